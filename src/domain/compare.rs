//! Comparing a council's own assessments: the trend across repeats of one framework, and two
//! assessments side by side. Both are scored on one version of the framework (the newest on the
//! device), so assessments made with an older version count on the statements the two share.

use time::Date;

use super::assessment::{Assessment, Rating};
use super::framework::{Area, Framework, Statement};
use super::plan::{PlanStatus, action_plan};
use super::scoring::score;
use crate::i18n::t::compare as t;

/// The date an assessment describes: the one the person gave, or the day it was finished, or
/// the day it was last changed.
pub fn assessment_date(assessment: &Assessment) -> Date {
    assessment.details.date.or(assessment.completed.map(|c| c.date())).unwrap_or(assessment.updated.date())
}

/// One assessment's place on the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendPoint {
    pub assessment: String,
    pub title: String,
    pub date: Date,
    /// The framework version it was made with.
    pub version: String,
    pub overall: Option<f64>,
    /// A score per area of the framework compared on, in its order.
    pub areas: Vec<Option<f64>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Trend<'f> {
    pub framework: &'f Framework,
    /// Oldest first.
    pub points: Vec<TrendPoint>,
}

/// Every assessment of `framework`'s id, oldest first, scored on `framework`'s statements.
pub fn trend<'f>(
    framework: &'f Framework,
    assessments: &[Assessment],
    title: impl Fn(&Assessment) -> String,
) -> Trend<'f> {
    let mut points: Vec<TrendPoint> = assessments
        .iter()
        .filter(|a| a.framework.id == framework.id)
        .map(|assessment| {
            let scores = score(framework, assessment);
            TrendPoint {
                assessment: assessment.id.clone(),
                title: title(assessment),
                date: assessment_date(assessment),
                version: assessment.framework.version.clone(),
                overall: scores.overall,
                areas: scores.areas.iter().map(|a| a.score).collect(),
            }
        })
        .collect();
    points.sort_by_key(|p| p.date);
    Trend { framework, points }
}

/// Which way one answer or score moved between two assessments.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Change {
    Up(f64),
    Down(f64),
    Same,
    /// One side or both has no level to compare (blank, "Don't know" or "Not applicable").
    NotComparable,
}

impl Change {
    pub fn between(before: Option<f64>, after: Option<f64>) -> Change {
        match (before, after) {
            (Some(before), Some(after)) if (after - before).abs() < 1e-9 => Change::Same,
            (Some(before), Some(after)) if after > before => Change::Up(after - before),
            (Some(before), Some(after)) => Change::Down(before - after),
            _ => Change::NotComparable,
        }
    }

    /// In words, with the amount: "Up 1.5", "Down 2", "Same", "Cannot compare".
    pub fn describe(self) -> String {
        let amount = |value: f64| if value.fract() == 0.0 { format!("{value:.0}") } else { format!("{value:.1}") };
        match self {
            Change::Up(by) => t::up(amount(by)),
            Change::Down(by) => t::down(amount(by)),
            Change::Same => t::same().into(),
            Change::NotComparable => t::cannot_compare().into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct StatementChange<'f> {
    pub area: &'f Area,
    pub statement: &'f Statement,
    pub before: Option<Rating>,
    pub after: Option<Rating>,
    pub change: Change,
    /// The status the earlier assessment's action plan gave the statement; `None` when it was not
    /// in that plan.
    pub planned: Option<PlanStatus>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AreaChange<'f> {
    pub area: &'f Area,
    pub before: Option<f64>,
    pub after: Option<f64>,
    pub change: Change,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SideBySide<'f> {
    pub overall: OverallChange,
    pub areas: Vec<AreaChange<'f>>,
    pub statements: Vec<StatementChange<'f>>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OverallChange {
    pub before: Option<f64>,
    pub after: Option<f64>,
    pub change: Change,
}

/// How many statements went up, went down, stayed the same, or cannot be compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    pub up: usize,
    pub down: usize,
    pub same: usize,
    pub not_comparable: usize,
}

/// Two assessments of the same framework compared on `framework`'s statements and areas.
pub fn side_by_side<'f>(framework: &'f Framework, before: &Assessment, after: &Assessment) -> SideBySide<'f> {
    let (scores_before, scores_after) = (score(framework, before), score(framework, after));
    let areas = scores_before
        .areas
        .iter()
        .zip(&scores_after.areas)
        .map(|(b, a)| AreaChange {
            area: b.area,
            before: b.score,
            after: a.score,
            change: Change::between(b.score, a.score),
        })
        .collect();
    let plan = action_plan(framework, before);
    let statements = framework
        .statements()
        .map(|(area, statement)| {
            let (b, a) = (before.rating(&statement.id), after.rating(&statement.id));
            let level = |rating: Option<Rating>| rating.and_then(Rating::level).map(f64::from);
            let planned = plan.iter().find(|item| item.statement.id == statement.id).map(|item| item.entry.status);
            StatementChange {
                area,
                statement,
                before: b,
                after: a,
                change: Change::between(level(b), level(a)),
                planned,
            }
        })
        .collect();
    SideBySide {
        overall: OverallChange {
            before: scores_before.overall,
            after: scores_after.overall,
            change: Change::between(scores_before.overall, scores_after.overall),
        },
        areas,
        statements,
    }
}

impl SideBySide<'_> {
    pub fn tally(&self) -> Tally {
        let mut tally = Tally::default();
        for statement in &self.statements {
            match statement.change {
                Change::Up(_) => tally.up += 1,
                Change::Down(_) => tally.down += 1,
                Change::Same => tally.same += 1,
                Change::NotComparable => tally.not_comparable += 1,
            }
        }
        tally
    }
}
