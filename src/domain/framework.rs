//! The framework model: a versioned JSON document of areas, statements and a maturity scale.

use serde::{Deserialize, Serialize};

use super::problem::{Problem, Problems};

pub const FRAMEWORK_FORMAT: &str = "almanac.framework";
pub const FRAMEWORK_SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Framework {
    pub format: String,
    pub schema_version: u32,
    pub id: String,
    pub version: String,
    pub title: String,
    pub summary: String,
    pub source: String,
    pub credit: String,
    /// What this framework calls its areas ("outcome", "capability"…), used in sentences.
    #[serde(default)]
    pub area_names: AreaNames,
    pub scale: Scale,
    pub areas: Vec<Area>,
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
    /// Problems councils commonly meet in this area, for the action plan.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub challenges: Vec<String>,
    /// Examples of good practice, for the action plan.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<String>,
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

    /// Every problem with the document beyond its shape, each with its path.
    pub fn problems(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut report = |path: String, message: String| problems.push(Problem { path, message });

        if self.format != FRAMEWORK_FORMAT {
            report("format".into(), format!("must be \"{FRAMEWORK_FORMAT}\", not \"{}\"", self.format));
        }
        if self.schema_version > FRAMEWORK_SCHEMA_VERSION {
            report(
                "schema_version".into(),
                format!(
                    "version {} was made by a newer version of Almanac; this one reads up to version {FRAMEWORK_SCHEMA_VERSION}",
                    self.schema_version
                ),
            );
        } else if self.schema_version == 0 {
            report("schema_version".into(), "must be 1 or more".into());
        }
        check_id("id", &self.id, &mut report);
        if !is_valid_version(&self.version) {
            report(
                "version".into(),
                format!("\"{}\" is not a valid version: use 1 to 32 letters, digits, dots and hyphens", self.version),
            );
        }
        for (field, value) in [
            ("title", &self.title),
            ("summary", &self.summary),
            ("source", &self.source),
            ("credit", &self.credit),
            ("area_names.singular", &self.area_names.singular),
            ("area_names.plural", &self.area_names.plural),
            ("scale.dont_know", &self.scale.dont_know),
            ("scale.not_applicable", &self.scale.not_applicable),
        ] {
            check_text(field, value, &mut report);
        }

        let level_count = self.scale.levels.len();
        if !(2..=10).contains(&level_count) {
            report("scale.levels".into(), format!("needs 2 to 10 levels, not {level_count}"));
        }
        for (index, level) in self.scale.levels.iter().enumerate() {
            let path = format!("scale.levels[{index}]");
            if usize::from(level.value) != index + 1 {
                report(
                    format!("{path}.value"),
                    format!("must be {} (levels are numbered 1, 2, 3 … in order), not {}", index + 1, level.value),
                );
            }
            check_text(&format!("{path}.name"), &level.name, &mut report);
            check_text(&format!("{path}.description"), &level.description, &mut report);
        }

        if self.areas.is_empty() {
            report("areas".into(), "needs at least one area".into());
        }
        let mut area_ids = Vec::new();
        let mut statement_ids = Vec::new();
        for (area_index, area) in self.areas.iter().enumerate() {
            let path = format!("areas[{area_index}]");
            check_id(&format!("{path}.id"), &area.id, &mut report);
            if area_ids.contains(&&area.id) {
                report(format!("{path}.id"), format!("\"{}\" is used by another area", area.id));
            }
            area_ids.push(&area.id);
            check_text(&format!("{path}.title"), &area.title, &mut report);
            check_text(&format!("{path}.description"), &area.description, &mut report);
            if !(area.weight.is_finite() && area.weight > 0.0 && area.weight <= 100.0) {
                report(format!("{path}.weight"), format!("must be more than 0 and at most 100, not {}", area.weight));
            }
            for (list, items) in [("challenges", &area.challenges), ("examples", &area.examples)] {
                for (index, item) in items.iter().enumerate() {
                    check_text(&format!("{path}.{list}[{index}]"), item, &mut report);
                }
            }
            if area.statements.is_empty() {
                report(format!("{path}.statements"), "needs at least one statement".into());
            }
            for (statement_index, statement) in area.statements.iter().enumerate() {
                let path = format!("{path}.statements[{statement_index}]");
                check_id(&format!("{path}.id"), &statement.id, &mut report);
                if statement_ids.contains(&&statement.id) {
                    report(format!("{path}.id"), format!("\"{}\" is used by another statement", statement.id));
                }
                statement_ids.push(&statement.id);
                check_text(&format!("{path}.text"), &statement.text, &mut report);
                if let Some(hint) = &statement.hint {
                    check_text(&format!("{path}.hint"), hint, &mut report);
                }
                if statement.levels.len() != level_count {
                    report(
                        format!("{path}.levels"),
                        format!("has {} entries but the scale has {level_count} levels", statement.levels.len()),
                    );
                }
                for (level_index, level) in statement.levels.iter().enumerate() {
                    let path = format!("{path}.levels[{level_index}]");
                    check_text(&format!("{path}.descriptor"), &level.descriptor, &mut report);
                    let is_top = level_index + 1 == level_count;
                    match (&level.next_step, is_top) {
                        (Some(step), false) => check_text(&format!("{path}.next_step"), step, &mut report),
                        (None, false) => report(
                            format!("{path}.next_step"),
                            "is missing: every level but the top one needs guidance for reaching the next".into(),
                        ),
                        (Some(_), true) => report(
                            format!("{path}.next_step"),
                            "must be left out on the top level, which has no next level".into(),
                        ),
                        (None, true) => {}
                    }
                }
            }
        }
        problems
    }
}

const MAX_TEXT_CHARS: usize = 4000;

fn check_text(path: &str, value: &str, report: &mut impl FnMut(String, String)) {
    if value.trim().is_empty() {
        report(path.into(), "must not be empty".into());
    } else if value.chars().count() > MAX_TEXT_CHARS {
        report(path.into(), format!("is longer than {MAX_TEXT_CHARS} characters"));
    }
}

/// Ids appear in file names, URLs and storage keys, so they are kept to a safe alphabet.
pub fn is_valid_id(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 64
        && value.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !value.starts_with('-')
}

fn is_valid_version(value: &str) -> bool {
    !value.is_empty() && value.len() <= 32 && value.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
}

fn check_id(path: &str, value: &str, report: &mut impl FnMut(String, String)) {
    if !is_valid_id(value) {
        report(
            path.into(),
            format!("\"{value}\" is not a valid id: use 1 to 64 lower-case letters, digits and hyphens"),
        );
    }
}
