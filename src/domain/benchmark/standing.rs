//! Where one council stands against a benchmark: per area, the benchmark's quartiles beside its
//! score and a position in words.

use std::collections::BTreeMap;

use super::{Benchmark, Figures, Quartiles, Withheld};
use crate::domain::assessment::Assessment;
use crate::domain::framework::{Area, Framework};
use crate::domain::organisation::OrganisationType;
use crate::domain::scoring::{format_score, score};
use crate::i18n::t::benchmark as t;

/// Where a score sits among the benchmark's councils, judged on the figures as shown (to one
/// decimal place), so the words never contradict the table beside them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// Above the upper quartile.
    TopQuarter,
    /// Above the median, up to the upper quartile.
    AboveMedian,
    /// The same as the median, as shown.
    AroundMedian,
    /// Below the median, down to the lower quartile.
    BelowMedian,
    /// Below the lower quartile.
    LowestQuarter,
}

impl Position {
    pub fn of(score: f64, quartiles: &Quartiles) -> Position {
        // In tenths, rounded exactly as `format_score` shows them, so the words never contradict
        // the figures beside them.
        let shown = |value: f64| (format_score(Some(value)).parse::<f64>().unwrap_or(value) * 10.0).round() as i64;
        let (score, lower, median, upper) =
            (shown(score), shown(quartiles.lower), shown(quartiles.median), shown(quartiles.upper));
        if score > upper {
            Position::TopQuarter
        } else if score < lower {
            Position::LowestQuarter
        } else if score == median {
            Position::AroundMedian
        } else if score > median {
            Position::AboveMedian
        } else {
            Position::BelowMedian
        }
    }

    /// "in the top quarter", to follow a sentence's subject.
    pub fn words(self) -> &'static str {
        match self {
            Position::TopQuarter => t::top_quarter(),
            Position::AboveMedian => t::above_median(),
            Position::AroundMedian => t::around_median(),
            Position::BelowMedian => t::below_median(),
            Position::LowestQuarter => t::lowest_quarter(),
        }
    }
}

/// Why an area has no comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotCompared {
    Withheld(Withheld),
    /// The benchmark's version of the framework does not have the area.
    NotInBenchmark,
    /// The area's statements differ between the two versions, so its scores mean different things.
    ChangedBetweenVersions,
    /// This council has no score for the area.
    NoScore,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AreaStanding<'f> {
    pub area: &'f Area,
    pub score: Option<f64>,
    /// The benchmark's quartiles, and how many respondents they rest on.
    pub benchmark: Option<(Quartiles, u32)>,
    /// Where the score sits, or why it cannot be said.
    pub position: Result<Position, NotCompared>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Standing<'f> {
    /// Whether the benchmark was made with the same version of the framework.
    pub same_version: bool,
    /// How many of this version's statements the benchmark's version has too.
    pub shared_statements: usize,
    pub total_statements: usize,
    /// The overall score, the benchmark's quartiles and the position: only on the same version,
    /// as another version's overall rests on other statements.
    pub overall: Option<(f64, Quartiles, Position)>,
    pub areas: Vec<AreaStanding<'f>>,
    /// Each shared statement's median level in the benchmark, where it is published.
    medians: BTreeMap<String, f64>,
}

impl Standing<'_> {
    /// Whether this level of a statement is below the benchmark's median for it.
    pub fn is_below_median(&self, statement_id: &str, level: u8) -> bool {
        self.medians.get(statement_id).is_some_and(|median| f64::from(level) < *median)
    }

    pub fn statement_median(&self, statement_id: &str) -> Option<f64> {
        self.medians.get(statement_id).copied()
    }
}

/// Where `assessment` stands against `benchmark` (everyone, or one kind of council), or `None`
/// when the benchmark is of another framework or has no figures for that kind.
pub fn standing<'f>(
    framework: &'f Framework,
    assessment: &Assessment,
    benchmark: &Benchmark,
    kind: Option<OrganisationType>,
) -> Option<Standing<'f>> {
    if benchmark.framework.id != framework.id {
        return None;
    }
    let figures: &Figures = benchmark.figures_for(kind)?;
    let same_version = benchmark.framework.version == framework.version;
    let scores = score(framework, assessment);
    let benchmark_statements: BTreeMap<&str, &super::Figure> =
        figures.areas.iter().flat_map(|a| &a.statements).map(|s| (s.id.as_str(), &s.level)).collect();
    let areas = scores
        .areas
        .iter()
        .map(|area_score| {
            let area = area_score.area;
            let found = figures.areas.iter().find(|a| a.id == area.id);
            let comparable = found.ok_or(NotCompared::NotInBenchmark).and_then(|found| {
                let theirs: Vec<&str> = found.statements.iter().map(|s| s.id.as_str()).collect();
                let ours: Vec<&str> = area.statements.iter().map(|s| s.id.as_str()).collect();
                if same_version || sorted(theirs) == sorted(ours) {
                    Ok(found)
                } else {
                    Err(NotCompared::ChangedBetweenVersions)
                }
            });
            let benchmark = comparable.ok().and_then(|found| Some((found.score.quartiles()?, found.score.answered?)));
            let position = comparable.and_then(|found| match found.score.withheld {
                Some(reason) => Err(NotCompared::Withheld(reason)),
                None => {
                    let (quartiles, _) = benchmark.ok_or(NotCompared::Withheld(Withheld::FewerThanThreshold))?;
                    let score = area_score.score.ok_or(NotCompared::NoScore)?;
                    Ok(Position::of(score, &quartiles))
                }
            });
            AreaStanding { area, score: area_score.score, benchmark, position }
        })
        .collect();
    let shared_statements =
        framework.statements().filter(|(_, s)| benchmark_statements.contains_key(s.id.as_str())).count();
    let medians = framework
        .statements()
        .filter_map(|(_, s)| Some((s.id.clone(), benchmark_statements.get(s.id.as_str())?.quartiles()?.median)))
        .collect();
    let overall = match (same_version, scores.overall, figures.overall.quartiles()) {
        (true, Some(overall), Some(quartiles)) => Some((overall, quartiles, Position::of(overall, &quartiles))),
        _ => None,
    };
    Some(Standing {
        same_version,
        shared_statements,
        total_statements: framework.statement_count(),
        overall,
        areas,
        medians,
    })
}

fn sorted(mut ids: Vec<&str>) -> Vec<&str> {
    ids.sort_unstable();
    ids
}
