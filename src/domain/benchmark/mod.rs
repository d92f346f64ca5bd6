//! A benchmark: what many councils' assessments of one framework add up to, as counts and
//! quartiles only, so that any council can see where it stands without anyone's answers leaving
//! the coordinator's device.
//!
//! A coordinator publishes one from a group (`publish`); a council opens it and compares its own
//! result with it (`standing`). Every figure rests on at least `threshold` respondents (never
//! fewer than `MIN_THRESHOLD`); one that would rest on fewer is withheld and says so.

use serde::{Deserialize, Serialize};
use time::Date;

use super::assessment::FrameworkRef;
use super::framework::is_valid_id;
use super::kind::{self, FileKind};
use super::organisation::OrganisationType;
use super::problem::{Problem, Problems, parse_json, parse_own_json};
use crate::i18n::t::benchmark as t;

pub(crate) mod publish;
mod standing;

pub use publish::{Publication, publish, quartiles};
pub use standing::{AreaStanding, NotCompared, Position, Standing, standing};

pub const BENCHMARK_FORMAT: &str = "almanac.benchmark";
pub const BENCHMARK_SCHEMA_VERSION: u32 = 1;
/// No figure is ever published that rests on fewer respondents than this.
pub const MIN_THRESHOLD: u32 = 5;
pub const MAX_TITLE_CHARS: usize = 100;
pub const MAX_POPULATION_CHARS: usize = 300;
/// Far above any real benchmark (a framework of a few hundred statements, split nine ways).
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;

/// A published benchmark file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Benchmark {
    pub format: String,
    pub schema_version: u32,
    /// Made when it is published, so the same file opened twice replaces itself.
    pub id: String,
    pub title: String,
    /// Who the figures describe, in the coordinator's words: "14 councils in the North West,
    /// assessed in autumn 2026".
    pub population: String,
    #[serde(with = "crate::domain::dates::day")]
    pub published: Date,
    pub framework: FrameworkRef,
    /// The fewest respondents any figure rests on.
    pub threshold: u32,
    pub figures: Figures,
    /// The same figures for each kind of council, when the coordinator split them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub by_type: Vec<Split>,
}

/// The figures for one population: everyone, or one kind of council.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figures {
    /// How many assessments the figures combine; withheld (`None`) for a split too small to show.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub respondents: Option<u32>,
    /// Over each respondent's overall score, with the framework's weights.
    pub overall: Figure,
    pub areas: Vec<AreaFigures>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaFigures {
    pub id: String,
    /// Over each respondent's score for the area (the mean of their levels in it).
    pub score: Figure,
    pub statements: Vec<StatementFigures>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementFigures {
    pub id: String,
    /// Over the levels chosen, with how many chose each.
    pub level: Figure,
}

/// One kind of council's figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Split {
    #[serde(rename = "type")]
    pub kind: OrganisationType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figures: Option<Figures>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withheld: Option<Withheld>,
}

/// One distribution: published with its count and quartiles, or withheld with the reason.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// How many respondents it rests on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answered: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lower_quartile: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub median: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper_quartile: Option<f64>,
    /// For a statement: how many chose each level, lowest level first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub levels: Option<Vec<u32>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withheld: Option<Withheld>,
}

/// Why a figure is not in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Withheld {
    /// It would rest on fewer respondents than the threshold.
    FewerThanThreshold,
    /// It rests on enough, but with the other figures published it would let someone work out
    /// the figures of a group smaller than the threshold (the rest of the councils).
    ProtectsOthers,
}

/// The lower quartile, median and upper quartile of a distribution.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quartiles {
    pub lower: f64,
    pub median: f64,
    pub upper: f64,
}

impl Figure {
    pub fn withheld(reason: Withheld) -> Figure {
        Figure { withheld: Some(reason), ..Figure::default() }
    }

    /// The quartiles, when the figure is published.
    pub fn quartiles(&self) -> Option<Quartiles> {
        if self.withheld.is_some() {
            return None;
        }
        Some(Quartiles { lower: self.lower_quartile?, median: self.median?, upper: self.upper_quartile? })
    }
}

impl Benchmark {
    /// The figures for everyone, or for one kind of council when the file holds that split.
    pub fn figures_for(&self, kind: Option<OrganisationType>) -> Option<&Figures> {
        match kind {
            None => Some(&self.figures),
            Some(kind) => self.by_type.iter().find(|split| split.kind == kind)?.figures.as_ref(),
        }
    }

    /// The kinds of council whose figures the file holds.
    pub fn published_types(&self) -> Vec<OrganisationType> {
        self.by_type.iter().filter(|split| split.figures.is_some()).map(|split| split.kind).collect()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a benchmark always serialises")
    }

    /// Reads a benchmark file someone brings, and checks it through.
    pub fn from_json(text: &str) -> Result<Benchmark, Problems> {
        if text.len() > MAX_FILE_BYTES {
            return Err(Problem::whole(t::too_large(MAX_FILE_BYTES / 1024 / 1024)).into());
        }
        let envelope = kind::expect(text, FileKind::Benchmark)?;
        if envelope.format.as_deref() != Some(BENCHMARK_FORMAT) {
            return Err(Problem::whole(t::not_benchmark()).into());
        }
        match envelope.schema_version.as_ref().and_then(|v| v.as_u64()) {
            Some(version) if version > u64::from(BENCHMARK_SCHEMA_VERSION) => {
                return Err(Problem::at("schema_version", t::newer_format()).into());
            }
            Some(version) if version >= 1 => {}
            _ => return Err(Problem::at("schema_version", t::whole_number_from_1()).into()),
        }
        let benchmark: Benchmark = parse_json(text)?;
        let problems = benchmark.problems();
        if problems.is_empty() { Ok(benchmark) } else { Err(Problems(problems)) }
    }

    /// Reads a benchmark Almanac stored itself, checked as any other.
    pub fn from_own_json(text: &str) -> Result<Benchmark, Problems> {
        let benchmark: Benchmark = parse_own_json(text)?;
        let problems = benchmark.problems();
        if problems.is_empty() { Ok(benchmark) } else { Err(Problems(problems)) }
    }

    /// Every problem with the file, each with its path: a figure on fewer respondents than the
    /// threshold, quartiles out of order, level counts that do not add up.
    pub fn problems(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        if !is_valid_id(&self.id) {
            problems.push(Problem::at("id", super::exchange::invalid_id(&self.id)));
        }
        if !is_valid_id(&self.framework.id) {
            problems.push(Problem::at("framework.id", super::exchange::invalid_id(&self.framework.id)));
        }
        for (field, text, limit) in
            [("title", &self.title, MAX_TITLE_CHARS), ("population", &self.population, MAX_POPULATION_CHARS)]
        {
            if text.trim().is_empty() {
                problems.push(Problem::at(field, t::empty()));
            } else if text.chars().count() > limit {
                problems.push(Problem::at(field, t::too_long(limit)));
            }
        }
        if self.threshold < MIN_THRESHOLD {
            problems.push(Problem::at("threshold", t::threshold_too_low(MIN_THRESHOLD)));
        }
        let threshold = self.threshold.max(MIN_THRESHOLD);
        figures_problems(&self.figures, "figures", threshold, &mut problems);
        if self.figures.respondents.is_none() {
            problems.push(Problem::at("figures.respondents", t::missing()));
        }
        for (index, split) in self.by_type.iter().enumerate() {
            let path = format!("by_type[{index}]");
            if self.by_type[..index].iter().any(|s| s.kind == split.kind) {
                problems.push(Problem::at(format!("{path}.type"), t::type_twice()));
            }
            match (&split.figures, split.withheld) {
                (Some(figures), None) => figures_problems(figures, &path, threshold, &mut problems),
                (None, Some(_)) => {}
                _ => problems.push(Problem::at(path, t::figures_or_withheld())),
            }
        }
        problems
    }
}

fn figures_problems(figures: &Figures, path: &str, threshold: u32, problems: &mut Vec<Problem>) {
    let respondents = figures.respondents.unwrap_or(u32::MAX);
    if figures.respondents.is_some_and(|n| n < threshold) {
        problems.push(Problem::at(format!("{path}.respondents"), t::below_threshold(threshold)));
    }
    figure_problems(&figures.overall, &format!("{path}.overall"), threshold, respondents, false, problems);
    for (a, area) in figures.areas.iter().enumerate() {
        let area_path = format!("{path}.areas[{a}]");
        if !is_valid_id(&area.id) {
            problems.push(Problem::at(format!("{area_path}.id"), super::exchange::invalid_id(&area.id)));
        } else if figures.areas[..a].iter().any(|other| other.id == area.id) {
            problems.push(Problem::at(format!("{area_path}.id"), t::id_twice(&area.id)));
        }
        figure_problems(&area.score, &format!("{area_path}.score"), threshold, respondents, false, problems);
        for (s, statement) in area.statements.iter().enumerate() {
            let statement_path = format!("{area_path}.statements[{s}]");
            let seen_before = figures.areas[..a]
                .iter()
                .flat_map(|other| &other.statements)
                .chain(&area.statements[..s])
                .any(|other| other.id == statement.id);
            if !is_valid_id(&statement.id) {
                problems.push(Problem::at(format!("{statement_path}.id"), super::exchange::invalid_id(&statement.id)));
            } else if seen_before {
                problems.push(Problem::at(format!("{statement_path}.id"), t::id_twice(&statement.id)));
            }
            figure_problems(
                &statement.level,
                &format!("{statement_path}.level"),
                threshold,
                respondents,
                true,
                problems,
            );
        }
    }
}

/// A published figure has its count (at least the threshold, at most the respondents), quartiles
/// in order and, for a statement, level counts that add up to its count. A withheld one has none.
fn figure_problems(
    figure: &Figure,
    path: &str,
    threshold: u32,
    respondents: u32,
    is_statement: bool,
    problems: &mut Vec<Problem>,
) {
    if figure.withheld.is_some() {
        let has_numbers = figure.answered.is_some()
            || figure.lower_quartile.is_some()
            || figure.median.is_some()
            || figure.upper_quartile.is_some()
            || figure.levels.is_some();
        if has_numbers {
            problems.push(Problem::at(path, t::withheld_with_numbers()));
        }
        return;
    }
    let Some(answered) = figure.answered else {
        problems.push(Problem::at(format!("{path}.answered"), t::missing()));
        return;
    };
    if answered < threshold {
        problems.push(Problem::at(format!("{path}.answered"), t::below_threshold(threshold)));
    }
    if answered > respondents {
        problems.push(Problem::at(format!("{path}.answered"), t::more_than_respondents(respondents)));
    }
    let Some(quartiles) = figure.quartiles() else {
        problems.push(Problem::at(path, t::missing_quartiles()));
        return;
    };
    let in_range = |value: f64| value.is_finite() && (0.0..=100.0).contains(&value);
    if ![quartiles.lower, quartiles.median, quartiles.upper].into_iter().all(in_range) {
        problems.push(Problem::at(path, t::quartiles_out_of_range()));
    } else if !(quartiles.lower <= quartiles.median && quartiles.median <= quartiles.upper) {
        problems.push(Problem::at(path, t::quartiles_out_of_order()));
    }
    match (&figure.levels, is_statement) {
        (Some(levels), true) => {
            if levels.iter().map(|n| u64::from(*n)).sum::<u64>() != u64::from(answered) {
                problems.push(Problem::at(format!("{path}.levels"), t::levels_do_not_add_up(answered)));
            } else if quartiles.upper > levels.len() as f64 || quartiles.lower < 1.0 {
                problems.push(Problem::at(path, t::quartiles_out_of_range()));
            }
        }
        (None, true) => problems.push(Problem::at(format!("{path}.levels"), t::missing())),
        (Some(_), false) => problems.push(Problem::at(format!("{path}.levels"), t::levels_only_for_statements())),
        (None, false) => {}
    }
}
