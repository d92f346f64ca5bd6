//! The action plan: what to work on first, with the framework's guidance, and the person's own
//! status, owner, due date, phase, effort and order for each item.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use time::Date;

use super::assessment::{Assessment, Rating};
use super::framework::{Area, Framework, Statement};
use super::programme::{Effort, Phase, Phasing};
use crate::i18n::t::plan as t;

/// How items are ranked: by how much closing the gap is worth, or by that worth for the effort.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Ranking {
    #[default]
    GapTimesWeight,
    ValueForEffort,
}

impl Ranking {
    pub const ALL: [Ranking; 2] = [Ranking::GapTimesWeight, Ranking::ValueForEffort];

    pub fn code(self) -> &'static str {
        match self {
            Ranking::GapTimesWeight => "gap_times_weight",
            Ranking::ValueForEffort => "value_for_effort",
        }
    }

    pub fn parse(code: &str) -> Option<Ranking> {
        Ranking::ALL.into_iter().find(|r| r.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Ranking::GapTimesWeight => t::ranking_gap_times_weight(),
            Ranking::ValueForEffort => t::ranking_value_for_effort(),
        }
    }

    /// The rule in words, shown beside the plan.
    pub fn rule(self) -> String {
        let rest = match self {
            Ranking::GapTimesWeight => t::rule_gap_times_weight(),
            Ranking::ValueForEffort => t::rule_value_for_effort(),
        };
        format!("{} {rest} {}", t::rule_common(), t::rule_end())
    }
}

/// What the person has decided about one plan item.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanEntry {
    #[serde(default)]
    pub status: PlanStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(default, with = "crate::domain::dates::day::option", skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    /// A `Phase` code, read with `phase()`; see `programme::phase` for why codes.
    #[serde(default, rename = "phase", skip_serializing_if = "Option::is_none")]
    pub phase_code: Option<String>,
    /// An `Effort` code, read with `effort()`.
    #[serde(default, rename = "effort", skip_serializing_if = "Option::is_none")]
    pub effort_code: Option<String>,
    /// The level the item should reach in its phase, when the person chose one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reach: Option<u8>,
    /// Progress in the owner's words, typed on the plan or brought back in a workbook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl PlanEntry {
    fn is_empty(&self) -> bool {
        *self == PlanEntry::default()
    }

    pub fn phase(&self) -> Option<Phase> {
        self.phase_code.as_deref().and_then(Phase::parse)
    }

    pub fn set_phase(&mut self, phase: Option<Phase>) {
        self.phase_code = phase.map(Phase::code);
    }

    pub fn effort(&self) -> Option<Effort> {
        self.effort_code.as_deref().and_then(Effort::parse)
    }

    pub fn set_effort(&mut self, effort: Option<Effort>) {
        self.effort_code = effort.map(Effort::code);
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanStatus {
    #[default]
    NotStarted,
    InProgress,
    Done,
}

impl PlanStatus {
    pub const ALL: [PlanStatus; 3] = [PlanStatus::NotStarted, PlanStatus::InProgress, PlanStatus::Done];

    pub fn label(self) -> &'static str {
        match self {
            PlanStatus::NotStarted => t::status_not_started(),
            PlanStatus::InProgress => t::status_in_progress(),
            PlanStatus::Done => t::status_done(),
        }
    }
}

/// The plan as saved with the assessment: entries and the person's order, by statement id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub entries: BTreeMap<String, PlanEntry>,
    /// Statement ids in the order the person arranged them; empty until they move something.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub order: Vec<String>,
    /// A `Phasing` code, read with `phasing()`; quarters when there is none.
    #[serde(default, rename = "phasing", skip_serializing_if = "Option::is_none")]
    pub phasing_code: Option<String>,
    /// A `Ranking` code, read with `ranking()`; gap × weight when there is none.
    #[serde(default, rename = "ranking", skip_serializing_if = "Option::is_none")]
    pub ranking_code: Option<String>,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty() && self.order.is_empty() && self.phasing_code.is_none() && self.ranking_code.is_none()
    }

    pub fn phasing(&self) -> Phasing {
        self.phasing_code.as_deref().and_then(Phasing::parse).unwrap_or_default()
    }

    /// Names phases the other way, moving every item to the nearest phase of the new kind.
    pub fn set_phasing(&mut self, phasing: Phasing, today: Date) {
        self.phasing_code = (phasing != Phasing::default()).then(|| phasing.code().to_string());
        for entry in self.entries.values_mut() {
            if let Some(phase) = entry.phase() {
                entry.set_phase(Some(phase.convert(phasing, today)));
            }
        }
    }

    pub fn ranking(&self) -> Ranking {
        self.ranking_code.as_deref().and_then(Ranking::parse).unwrap_or_default()
    }

    /// Ranks the plan by `ranking`, setting aside the order the person arranged.
    pub fn set_ranking(&mut self, ranking: Ranking) {
        self.ranking_code = (ranking != Ranking::default()).then(|| ranking.code().to_string());
        self.order.clear();
    }

    pub fn entry(&self, statement_id: &str) -> PlanEntry {
        self.entries.get(statement_id).cloned().unwrap_or_default()
    }

    pub fn edit(&mut self, statement_id: &str, change: impl FnOnce(&mut PlanEntry)) {
        let mut entry = self.entry(statement_id);
        change(&mut entry);
        if entry.is_empty() {
            self.entries.remove(statement_id);
        } else {
            self.entries.insert(statement_id.to_string(), entry);
        }
    }

    /// Moves an item one place up or down the plan as it is shown now (`shown` is that order).
    pub fn move_item(&mut self, shown: &[&str], statement_id: &str, up: bool) {
        let mut order: Vec<String> = shown.iter().map(|id| id.to_string()).collect();
        let Some(index) = order.iter().position(|id| id == statement_id) else { return };
        let other = if up { index.checked_sub(1) } else { Some(index + 1).filter(|i| *i < order.len()) };
        if let Some(other) = other {
            order.swap(index, other);
            self.order = order;
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Action {
    /// The answer was "Don't know": find out first.
    GatherEvidence,
    Improve {
        current: u8,
        target: u8,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlanItem<'f> {
    pub area: &'f Area,
    pub statement: &'f Statement,
    pub action: Action,
    /// Gap × area weight; infinite for evidence to gather, so it ranks first.
    pub priority: f64,
    /// The level to reach in the item's phase: the person's choice, or one above the current
    /// level; never past the target. `None` for evidence to gather.
    pub reach: Option<u8>,
    /// The framework's advice for the next level up, when there is one.
    pub guidance: Option<&'f str>,
    pub entry: PlanEntry,
}

/// The plan in the person's order where they set one, otherwise ranked by `RANKING_RULE`.
pub fn action_plan<'f>(framework: &'f Framework, assessment: &Assessment) -> Vec<PlanItem<'f>> {
    let top = framework.top_level();
    let mut items: Vec<(usize, PlanItem)> = framework
        .statements()
        .enumerate()
        .filter_map(|(position, (area, statement))| {
            let answer = assessment.answer_to(&statement.id);
            let entry = assessment.plan.entry(&statement.id);
            let item = match answer.rating? {
                Rating::DontKnow => PlanItem {
                    area,
                    statement,
                    action: Action::GatherEvidence,
                    priority: f64::INFINITY,
                    reach: None,
                    guidance: None,
                    entry,
                },
                Rating::Level(current) => {
                    let target = answer.target.unwrap_or(top);
                    if target <= current {
                        return None;
                    }
                    PlanItem {
                        area,
                        statement,
                        action: Action::Improve { current, target },
                        priority: f64::from(target - current) * area.weight,
                        reach: Some(entry.reach.filter(|r| (current + 1..=target).contains(r)).unwrap_or(current + 1)),
                        guidance: statement.levels.get(usize::from(current) - 1).and_then(|l| l.next_step.as_deref()),
                        entry,
                    }
                }
                Rating::NotApplicable => return None,
            };
            Some((position, item))
        })
        .collect();
    let current = |item: &PlanItem| match item.action {
        Action::GatherEvidence => 0,
        Action::Improve { current, .. } => current,
    };
    // Value for effort: items with an effort first, by gap × weight per point of effort.
    let value = |item: &PlanItem| match assessment.plan.ranking() {
        Ranking::GapTimesWeight => (true, item.priority),
        Ranking::ValueForEffort => match item.entry.effort() {
            _ if item.action == Action::GatherEvidence => (true, item.priority),
            Some(effort) => (true, item.priority / f64::from(effort.points())),
            None => (false, item.priority),
        },
    };
    items.sort_by(|(pa, a), (pb, b)| {
        let ((sized_a, value_a), (sized_b, value_b)) = (value(a), value(b));
        sized_b.cmp(&sized_a).then(value_b.total_cmp(&value_a)).then(current(a).cmp(&current(b))).then(pa.cmp(pb))
    });
    let ranked: Vec<PlanItem> = items.into_iter().map(|(_, item)| item).collect();
    let order = &assessment.plan.order;
    let (mut placed, rest): (Vec<PlanItem>, Vec<PlanItem>) =
        ranked.into_iter().partition(|item| order.contains(&item.statement.id));
    placed.sort_by_key(|item| order.iter().position(|id| *id == item.statement.id));
    placed.extend(rest);
    placed
}
