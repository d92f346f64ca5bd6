//! Combining many people's assessments of one framework: per area and statement the count,
//! median, lowest, highest and range, and the statements people disagree about most.
//!
//! A group keeps only what the combined view needs from each file (the ratings, when it was made,
//! the organisation it names and an optional role or team), so a thousand respondents fit in local
//! storage and evidence notes stay in the files people sent.
//!
//! Format 2 adds the levels a workshop agreed (`agreed`); groups of format 1 have none and still load.
//! Format 3 adds each respondent's organisation (`members[].organisation`); groups of format 1 and
//! 2 have none and still load.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::assessment::{Assessment, FrameworkRef, Rating};
use super::framework::{Area, Framework, Statement};
use super::kind::{self, FileKind};
use super::organisation::Organisation;
use super::problem::{Problem, Problems, parse_json};
use crate::i18n::t::combine as t;

mod export;
mod import;

pub use export::{combined_csv, combined_json};
pub use import::{ImportPreview, Offered, Refused, group_problems, link_data, prepare_import};

pub const GROUP_FORMAT: &str = "almanac.group";
pub const GROUP_SCHEMA_VERSION: u32 = 3;
/// The first format with the levels a workshop agreed.
const AGREED_SCHEMA_VERSION: u32 = 2;
/// The first format with each respondent's organisation.
const ORGANISATION_SCHEMA_VERSION: u32 = 3;
pub const COMBINED_FORMAT: &str = "almanac.combined";
/// A range of this many levels or more between the lowest and highest answer is a disagreement.
pub const DISAGREEMENT_RANGE: u8 = 2;
pub const MAX_LABEL_CHARS: usize = 60;
pub const MAX_GROUP_NAME_CHARS: usize = 100;
/// A respondent's source is a file name or "Share link 3"; no file system allows longer names.
const MAX_SOURCE_CHARS: usize = 255;

/// A named set of other people's assessments, kept apart from the person's own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub format: String,
    pub schema_version: u32,
    pub id: String,
    pub name: String,
    #[serde(with = "crate::domain::dates::moment")]
    pub created: OffsetDateTime,
    #[serde(default)]
    pub members: Vec<Member>,
    /// What a workshop agreed for each statement, by statement id (see `domain::workshop`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub agreed: BTreeMap<String, Agreed>,
}

/// A workshop's decision on one statement: the level agreed, once there is one, and a note of
/// why. A note may come before the decision, so either can be there without the other.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agreed {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<Rating>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One respondent: the ratings from one file, with where they came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    /// The id of the assessment in the file, so the same file imported twice is noticed.
    pub assessment: String,
    /// The file name or "Share link 3", to say where a respondent came from.
    pub source: String,
    /// A role or team, when the coordinator gives one; never required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Who answered, as their file said; kept for the group page and a benchmark's split by kind
    /// of council.
    #[serde(default, skip_serializing_if = "Organisation::is_empty")]
    pub organisation: Organisation,
    pub framework: FrameworkRef,
    #[serde(with = "crate::domain::dates::moment")]
    pub updated: OffsetDateTime,
    pub ratings: BTreeMap<String, Rating>,
}

impl Member {
    pub fn from_assessment(assessment: &Assessment, source: String) -> Member {
        Member {
            assessment: assessment.id.clone(),
            source,
            label: None,
            organisation: assessment.details.organisation(),
            framework: assessment.framework.clone(),
            updated: assessment.updated,
            ratings: assessment
                .answers
                .iter()
                .filter_map(|(id, answer)| answer.rating.map(|rating| (id.clone(), rating)))
                .collect(),
        }
    }
}

impl Group {
    pub fn new(id: String, name: String, created: OffsetDateTime) -> Group {
        Group {
            format: GROUP_FORMAT.into(),
            schema_version: GROUP_SCHEMA_VERSION,
            id,
            name,
            created,
            members: Vec::new(),
            agreed: BTreeMap::new(),
        }
    }

    /// The level agreed for a statement, if the workshop has decided it.
    pub fn agreed_rating(&self, statement_id: &str) -> Option<Rating> {
        self.agreed.get(statement_id).and_then(|agreed| agreed.rating)
    }

    /// Changes what was agreed for one statement; an entry left with nothing in it is removed.
    pub fn agree(&mut self, statement_id: &str, change: impl FnOnce(&mut Agreed)) {
        let mut agreed = self.agreed.remove(statement_id).unwrap_or_default();
        change(&mut agreed);
        if agreed != Agreed::default() {
            self.agreed.insert(statement_id.to_string(), agreed);
        }
        // Written as format 2 (or later) from now on, so an older Almanac says the group is newer
        // rather than failing on a field it does not know.
        self.schema_version = self.schema_version.max(AGREED_SCHEMA_VERSION);
    }

    /// The framework id every member shares; `None` while the group is empty.
    pub fn framework_id(&self) -> Option<&str> {
        self.members.first().map(|m| m.framework.id.as_str())
    }

    /// The labels in use, sorted, each once.
    pub fn labels(&self) -> Vec<String> {
        let mut labels: Vec<String> = self.members.iter().filter_map(|m| m.label.clone()).collect();
        labels.sort();
        labels.dedup();
        labels
    }

    /// Adds members, replacing any with the same assessment id.
    pub fn add(&mut self, members: Vec<Member>) {
        let incoming: std::collections::BTreeSet<&str> = members.iter().map(|m| m.assessment.as_str()).collect();
        self.members.retain(|m| !incoming.contains(m.assessment.as_str()));
        // As `agree` does for agreed levels: a field an older Almanac does not know is written
        // only in a format it refuses politely.
        if members.iter().any(|m| !m.organisation.is_empty()) {
            self.schema_version = self.schema_version.max(ORGANISATION_SCHEMA_VERSION);
        }
        self.members.extend(members);
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a group always serialises")
    }

    pub fn from_json(text: &str) -> Result<Group, Problems> {
        kind::expect(text, FileKind::Group)?;
        let group: Group = parse_json(text)?;
        if group.format != GROUP_FORMAT {
            return Err(Problem::at("format", t::must_be_format(GROUP_FORMAT)).into());
        }
        check_schema_version(group.schema_version)?;
        Ok(group)
    }
}

fn check_schema_version(version: u32) -> Result<(), Problem> {
    match version {
        0 => Err(Problem::at("schema_version", t::whole_number())),
        newer if newer > GROUP_SCHEMA_VERSION => Err(Problem::at("schema_version", t::newer_version())),
        _ => Ok(()),
    }
}

/// Count, median, lowest, highest and range of a set of levels or scores, with the answers that
/// were left out of them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    /// How many respondents gave a level (or, for an area, had a score).
    pub count: usize,
    pub median: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub dont_know: usize,
    pub not_applicable: usize,
    /// Respondents who left it blank, or whose framework version does not have the statement.
    pub not_answered: usize,
    /// The values themselves, lowest first, for a benchmark's quartiles; never written to a file.
    #[serde(skip)]
    pub values: Vec<f64>,
}

impl Stats {
    fn of(mut values: Vec<f64>, dont_know: usize, not_applicable: usize, not_answered: usize) -> Stats {
        values.sort_by(f64::total_cmp);
        let count = values.len();
        let median = match count {
            0 => None,
            _ if count % 2 == 1 => Some(values[count / 2]),
            _ => Some((values[count / 2 - 1] + values[count / 2]) / 2.0),
        };
        Stats {
            count,
            median,
            min: values.first().copied(),
            max: values.last().copied(),
            dont_know,
            not_applicable,
            not_answered,
            values,
        }
    }

    /// Highest minus lowest; `None` with no values.
    pub fn range(&self) -> Option<f64> {
        Some(self.max? - self.min?)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct StatementSummary<'f> {
    pub area: &'f Area,
    pub statement: &'f Statement,
    pub stats: Stats,
    /// How many chose each level, lowest level first.
    pub levels: Vec<usize>,
}

impl StatementSummary<'_> {
    /// Whether the answers are two or more levels apart.
    pub fn is_disagreement(&self) -> bool {
        self.stats.range().is_some_and(|range| range >= f64::from(DISAGREEMENT_RANGE))
    }

    /// How far the answers lie from the median, on average: breaks ties between equal ranges,
    /// so that a room split down the middle comes before one person out on their own.
    pub fn mean_distance(&self) -> f64 {
        let Some(median) = self.stats.median else { return 0.0 };
        let total: f64 = self
            .levels
            .iter()
            .enumerate()
            .map(|(index, count)| (index as f64 + 1.0 - median).abs() * *count as f64)
            .sum();
        if self.stats.count == 0 { 0.0 } else { total / self.stats.count as f64 }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct AreaSummary<'f> {
    pub area: &'f Area,
    /// Over each respondent's score for the area (the average of their levels in it).
    pub stats: Stats,
    pub statements: Vec<StatementSummary<'f>>,
}

/// The files whose framework version differs from the one the group is combined on.
#[derive(Debug, Clone, PartialEq)]
pub struct VersionDifference {
    pub version: String,
    pub sources: Vec<String>,
    /// Statements of the combined version that this version does not have.
    pub missing: Vec<String>,
    /// Answers in these files to statements the combined version does not have, which are left out.
    pub ignored_answers: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Combined<'f> {
    pub framework: &'f Framework,
    pub respondents: usize,
    /// Over each respondent's overall score.
    pub overall: Stats,
    pub areas: Vec<AreaSummary<'f>>,
    pub versions: Vec<VersionDifference>,
}

/// Combines `members` on `framework`'s statements. Members made with another version count on
/// the statement ids the two versions share; `versions` says which and what was left out.
/// `known_statements` gives the statement ids of each other version that is on this device.
pub fn combine<'f>(
    framework: &'f Framework,
    members: &[&Member],
    known_statements: &dyn Fn(&FrameworkRef) -> Option<Vec<String>>,
) -> Combined<'f> {
    let top = framework.top_level();
    // Each member's answers are read once, through an index of the framework's statements.
    let positions: BTreeMap<&str, (usize, usize)> = framework
        .areas
        .iter()
        .enumerate()
        .flat_map(|(a, area)| area.statements.iter().map(move |s| (a, s)))
        .enumerate()
        .map(|(position, (area, statement))| (statement.id.as_str(), (position, area)))
        .collect();
    let statement_count = positions.len();
    let mut levels = vec![vec![0_usize; usize::from(top)]; statement_count];
    let mut dont_know = vec![0_usize; statement_count];
    let mut not_applicable = vec![0_usize; statement_count];
    let mut area_scores: Vec<Vec<f64>> = vec![Vec::with_capacity(members.len()); framework.areas.len()];
    let mut overall_scores = Vec::with_capacity(members.len());
    for member in members {
        let mut sums = vec![(0.0, 0_u32); framework.areas.len()];
        for (id, rating) in &member.ratings {
            let Some(&(position, area)) = positions.get(id.as_str()) else { continue };
            match *rating {
                Rating::DontKnow => dont_know[position] += 1,
                Rating::NotApplicable => not_applicable[position] += 1,
                Rating::Level(level) if (1..=top).contains(&level) => {
                    levels[position][usize::from(level) - 1] += 1;
                    sums[area].0 += f64::from(level);
                    sums[area].1 += 1;
                }
                Rating::Level(_) => {}
            }
        }
        let (mut weighted, mut weights) = (0.0, 0.0);
        for ((sum, count), (scores, area)) in sums.into_iter().zip(area_scores.iter_mut().zip(&framework.areas)) {
            if count > 0 {
                let score = sum / f64::from(count);
                scores.push(score);
                weighted += score * area.weight;
                weights += area.weight;
            }
        }
        if weights > 0.0 {
            overall_scores.push(weighted / weights);
        }
    }
    let mut position = 0;
    let areas = framework
        .areas
        .iter()
        .zip(area_scores)
        .map(|(area, scores)| {
            let statements = area
                .statements
                .iter()
                .map(|statement| {
                    let counts = std::mem::take(&mut levels[position]);
                    // The levels in order, as many of each as were chosen.
                    let values: Vec<f64> =
                        counts.iter().enumerate().flat_map(|(i, n)| std::iter::repeat_n(i as f64 + 1.0, *n)).collect();
                    let answered = values.len() + dont_know[position] + not_applicable[position];
                    let stats =
                        Stats::of(values, dont_know[position], not_applicable[position], members.len() - answered);
                    position += 1;
                    StatementSummary { area, statement, stats, levels: counts }
                })
                .collect();
            let unscored = members.len() - scores.len();
            AreaSummary { area, stats: Stats::of(scores, 0, 0, unscored), statements }
        })
        .collect();
    let unscored = members.len() - overall_scores.len();
    Combined {
        framework,
        respondents: members.len(),
        overall: Stats::of(overall_scores, 0, 0, unscored),
        areas,
        versions: version_differences(framework, members, known_statements),
    }
}

fn version_differences(
    framework: &Framework,
    members: &[&Member],
    known_statements: &dyn Fn(&FrameworkRef) -> Option<Vec<String>>,
) -> Vec<VersionDifference> {
    let mut by_version: BTreeMap<&str, Vec<&Member>> = BTreeMap::new();
    for member in members.iter().filter(|m| m.framework.version != framework.version) {
        by_version.entry(&member.framework.version).or_default().push(member);
    }
    by_version
        .into_iter()
        .map(|(version, members)| {
            let theirs = known_statements(&members[0].framework);
            let missing = match &theirs {
                Some(ids) => framework.statements().map(|(_, s)| s.id.clone()).filter(|id| !ids.contains(id)).collect(),
                None => Vec::new(),
            };
            let ignored_answers =
                members.iter().flat_map(|m| m.ratings.keys()).filter(|id| framework.statement(id).is_none()).count();
            VersionDifference {
                version: version.to_string(),
                sources: members.iter().map(|m| m.source.clone()).collect(),
                missing,
                ignored_answers,
            }
        })
        .collect()
}

impl<'f> Combined<'f> {
    pub fn statements(&self) -> impl Iterator<Item = &StatementSummary<'f>> {
        self.areas.iter().flat_map(|a| &a.statements)
    }

    /// Statements whose answers are two or more levels apart, widest range first; among equal
    /// ranges, the more evenly split first; then in the framework's order.
    pub fn disagreements(&self) -> Vec<&StatementSummary<'f>> {
        let mut found: Vec<&StatementSummary> = self.statements().filter(|s| s.is_disagreement()).collect();
        found.sort_by(|a, b| {
            let range = |s: &StatementSummary| s.stats.range().unwrap_or(0.0);
            range(b).total_cmp(&range(a)).then(b.mean_distance().total_cmp(&a.mean_distance()))
        });
        found
    }
}

/// Which members to combine: everyone, or only those with one label.
pub fn with_label<'g>(members: &'g [Member], label: Option<&str>) -> Vec<&'g Member> {
    members.iter().filter(|m| label.is_none_or(|label| m.label.as_deref() == Some(label))).collect()
}

/// A number as the tables show it: whole numbers plainly, others to one decimal place.
pub fn format_number(value: Option<f64>) -> String {
    match value {
        Some(v) if v.fract() == 0.0 => format!("{v:.0}"),
        Some(v) => format!("{v:.1}"),
        None => "–".into(),
    }
}
