//! The action plan: what to work on first, with the framework's guidance, and the person's own
//! status, owner, due date and order for each item.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use time::Date;

use super::assessment::{Assessment, Rating};
use super::framework::{Area, Framework, Statement};

/// How items are ranked, in words, shown beside the plan.
pub const RANKING_RULE: &str = "Statements answered “Don’t know” come first: find out where you stand before acting. \
The rest are ranked by gap × weight. The gap is your target level minus your current level; where no target is set, \
the target is the top of the scale. The weight is the importance the framework gives the statement’s area. \
Ties go to the lower current level. Statements already at their target, and those not applicable, are left out. \
You can move items up and down: your order is kept.";

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
}

impl PlanEntry {
    fn is_empty(&self) -> bool {
        *self == PlanEntry::default()
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
            PlanStatus::NotStarted => "Not started",
            PlanStatus::InProgress => "In progress",
            PlanStatus::Done => "Done",
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
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty() && self.order.is_empty()
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
    items.sort_by(|(pa, a), (pb, b)| {
        b.priority.total_cmp(&a.priority).then(current(a).cmp(&current(b))).then(pa.cmp(pb))
    });
    let ranked: Vec<PlanItem> = items.into_iter().map(|(_, item)| item).collect();
    let order = &assessment.plan.order;
    let (mut placed, rest): (Vec<PlanItem>, Vec<PlanItem>) =
        ranked.into_iter().partition(|item| order.contains(&item.statement.id));
    placed.sort_by_key(|item| order.iter().position(|id| *id == item.statement.id));
    placed.extend(rest);
    placed
}
