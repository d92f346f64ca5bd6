//! The framework model: a versioned JSON document of areas, statements and a maturity scale.

use serde::{Deserialize, Serialize};

use super::problem::{Problem, Problems};
use crate::domain::language::Language;

mod check;
mod content;
mod pairs;
mod translation;

pub use check::is_valid_id;
pub use content::{Challenge, Example, ExampleKind, Source};
pub use pairs::Pairs;
pub use translation::Texts;

pub const FRAMEWORK_FORMAT: &str = "almanac.framework";
/// Version 2 added sources, mitigations for each challenge, examples labelled as real or
/// illustrative, and the statements a new version carries answers from. Version 3 added the
/// language of the texts and their translations (`translation.rs`), which an earlier version's
/// file may also be given. Versions 1 and 2 still read, as English.
pub const FRAMEWORK_SCHEMA_VERSION: u32 = 3;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Framework {
    pub format: String,
    pub schema_version: u32,
    pub id: String,
    pub version: String,
    /// The version whose answers a re-assessment carries over: by statement id, or through a
    /// statement's `replaces`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_version: Option<String>,
    pub title: String,
    pub summary: String,
    pub source: String,
    pub credit: String,
    /// The articles the content draws on, which examples cite by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// What this framework calls its areas ("outcome", "capability"…), used in sentences.
    #[serde(default)]
    pub area_names: AreaNames,
    pub scale: Scale,
    pub areas: Vec<Area>,
    /// The language of the texts above.
    #[serde(default, skip_serializing_if = "Language::is_english")]
    pub language: Language,
    /// The same texts in other languages, each under its key (see `translation.rs`).
    #[serde(default, skip_serializing_if = "Pairs::is_empty")]
    pub translations: Pairs<Language, Pairs<String, String>>,
    /// The keys of translated texts the translator was unsure of, for a reviewer to check first.
    #[serde(default, skip_serializing_if = "Pairs::is_empty")]
    pub unsure: Pairs<Language, Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaNames {
    pub singular: String,
    pub plural: String,
}

impl Default for AreaNames {
    fn default() -> AreaNames {
        AreaNames { singular: "area".into(), plural: "areas".into() }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    pub levels: Vec<Level>,
    pub dont_know: String,
    pub not_applicable: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub value: u8,
    pub name: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub id: String,
    pub title: String,
    pub description: String,
    #[serde(default = "default_weight")]
    pub weight: f64,
    /// Problems councils commonly meet in this area, each with ways to deal with it.
    #[serde(default, skip_serializing_if = "Vec::is_empty", with = "content::entries")]
    pub challenges: Vec<Challenge>,
    /// Good practice: real cases with their source, or illustrations labelled as such.
    #[serde(default, skip_serializing_if = "Vec::is_empty", with = "content::entries")]
    pub examples: Vec<Example>,
    pub statements: Vec<Statement>,
}

fn default_weight() -> f64 {
    1.0
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub id: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// Statements of the previous version whose answers move here (merged or renamed ones).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replaces: Vec<String>,
    /// One entry per scale level, lowest first.
    pub levels: Vec<StatementLevel>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementLevel {
    pub descriptor: String,
    /// How to reach the next level up; absent on the top level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_step: Option<String>,
}

impl Framework {
    /// Parses and validates a framework document, naming the path of every problem found.
    pub fn from_json(text: &str) -> Result<Framework, Problems> {
        super::kind::expect(text, super::kind::FileKind::Framework)?;
        super::problem::parse_json::<Framework>(text)?.checked()
    }

    /// Reads a framework Almanac keeps itself (built in, or stored after an import checked it).
    pub fn from_own_json(text: &str) -> Result<Framework, Problems> {
        super::problem::parse_own_json::<Framework>(text)?.checked()
    }

    fn checked(self) -> Result<Framework, Problems> {
        let problems = self.problems();
        if problems.is_empty() { Ok(self) } else { Err(Problems(problems)) }
    }

    pub fn statements(&self) -> impl Iterator<Item = (&Area, &Statement)> {
        self.areas.iter().flat_map(|area| area.statements.iter().map(move |s| (area, s)))
    }

    pub fn statement_count(&self) -> usize {
        self.areas.iter().map(|area| area.statements.len()).sum()
    }

    pub fn statement(&self, id: &str) -> Option<&Statement> {
        self.statements().map(|(_, s)| s).find(|s| s.id == id)
    }

    pub fn top_level(&self) -> u8 {
        self.scale.levels.len() as u8
    }

    pub fn level(&self, value: u8) -> Option<&Level> {
        self.scale.levels.iter().find(|level| level.value == value)
    }

    pub fn area(&self, id: &str) -> Option<&Area> {
        self.areas.iter().find(|area| area.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }

    /// This framework with a person's own weights for some areas (kept with their assessment).
    pub fn with_weights(&self, weights: &std::collections::BTreeMap<String, f64>) -> Framework {
        let mut framework = self.clone();
        for area in &mut framework.areas {
            if let Some(weight) = weights.get(&area.id) {
                area.weight = *weight;
            }
        }
        framework
    }
}

/// The weights a person may give an area: the same range a framework file allows.
pub fn is_valid_weight(weight: f64) -> bool {
    weight.is_finite() && weight > 0.0 && weight <= 100.0
}
