//! The action plan as a work programme: items in phases, the scores each phase should leave the
//! council with, and, a year on, what became of the last plan.

mod delivery;
mod phase;

pub use delivery::{Delivered, delivery};
pub use phase::{Effort, EffortTotal, MAX_EFFORT_DAYS, Phase, Phasing};

use super::assessment::{Assessment, Rating};
use super::framework::Framework;
use super::plan::{Action, PlanItem, action_plan};
use super::scoring::{Scores, score};
use crate::i18n::t::roadmap as road;

/// One phase: its items in the plan's order, their effort, and the scores once they are done.
#[derive(Debug, Clone, PartialEq)]
pub struct PhasePlan<'f> {
    pub phase: Phase,
    pub items: Vec<PlanItem<'f>>,
    pub effort: EffortTotal,
    /// The scores at the end of the phase, if every item in it and in earlier phases reaches
    /// its level.
    pub projected: Scores<'f>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Roadmap<'f> {
    /// The scores today.
    pub current: Scores<'f>,
    /// Phases in order, only those with items.
    pub phases: Vec<PhasePlan<'f>>,
    /// Items not given a phase yet, in the plan's order.
    pub unphased: Vec<PlanItem<'f>>,
    /// The scores if every item in the plan reaches its target.
    pub target: Scores<'f>,
}

/// The plan laid out in phases, with the scores each phase is projected to reach. Items that
/// gather evidence change no score: their level is not known yet.
pub fn roadmap<'f>(framework: &'f Framework, assessment: &Assessment) -> Roadmap<'f> {
    let items = action_plan(framework, assessment);
    let mut phases: Vec<Phase> = items.iter().filter_map(|item| item.entry.phase()).collect();
    phases.sort();
    phases.dedup();
    let mut projected = assessment.clone();
    let phases = phases
        .into_iter()
        .map(|phase| {
            let items: Vec<PlanItem> = items.iter().filter(|item| item.entry.phase() == Some(phase)).cloned().collect();
            for item in &items {
                if let Some(reach) = item.reach {
                    raise(&mut projected, &item.statement.id, reach);
                }
            }
            PhasePlan {
                phase,
                effort: EffortTotal::of(items.iter().map(|item| item.entry.effort())),
                projected: score(framework, &projected),
                items,
            }
        })
        .collect();
    let mut at_target = assessment.clone();
    for item in &items {
        if let Action::Improve { target, .. } = item.action {
            raise(&mut at_target, &item.statement.id, target);
        }
    }
    Roadmap {
        current: score(framework, assessment),
        phases,
        unphased: items.iter().filter(|item| item.entry.phase().is_none()).cloned().collect(),
        target: score(framework, &at_target),
    }
}

/// Raises a statement's level to `level`, never lowering it.
fn raise(assessment: &mut Assessment, statement_id: &str, level: u8) {
    if let Some(answer) = assessment.answers.get_mut(statement_id)
        && answer.rating.and_then(Rating::level).is_some_and(|current| current < level)
    {
        answer.rating = Some(Rating::Level(level));
    }
}

/// The column heads and the scores under each: now, each phase, at target.
pub fn stages<'a, 'f>(roadmap: &'a Roadmap<'f>) -> Vec<(String, &'a Scores<'f>)> {
    let mut stages = vec![(road::now().to_string(), &roadmap.current)];
    stages.extend(roadmap.phases.iter().map(|p| (road::end_of(p.phase.label()), &p.projected)));
    stages.push((road::every_item_at_target().to_string(), &roadmap.target));
    stages
}
