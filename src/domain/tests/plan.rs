use time::macros::date;

use super::{NOW, answered, small_framework};
use crate::domain::assessment::Rating::*;
use crate::domain::plan::{Action, PlanStatus, action_plan};

fn ids(items: &[crate::domain::plan::PlanItem]) -> Vec<String> {
    items.iter().map(|i| i.statement.id.clone()).collect()
}

#[test]
fn dont_know_comes_first_then_gap_times_weight() {
    let framework = small_framework(); // area a (weight 1): a1, a2; area b (weight 3): b1; scale 1-3
    let assessment = answered(&framework, &[Level(1), DontKnow, Level(2)]);
    let plan = action_plan(&framework, &assessment);
    // a2: don't know. b1: gap 1 × weight 3 = 3. a1: gap 2 × weight 1 = 2.
    assert_eq!(ids(&plan), ["a2", "b1", "a1"]);
    assert_eq!(plan[0].action, Action::GatherEvidence);
    assert_eq!(plan[1].action, Action::Improve { current: 2, target: 3 });
    assert_eq!(plan[1].priority, 3.0);
    assert_eq!(plan[2].guidance, Some("Go to 2"), "the advice for the current level");
}

#[test]
fn targets_replace_the_top_of_the_scale_and_met_targets_drop_out() {
    let framework = small_framework();
    let mut assessment = answered(&framework, &[Level(1), Level(2), NotApplicable]);
    assessment.edit("a1", NOW, |a| a.target = Some(2));
    assessment.edit("a2", NOW, |a| a.target = Some(2));
    let plan = action_plan(&framework, &assessment);
    assert_eq!(ids(&plan), ["a1"], "a2 is at its target, b1 is not applicable");
    assert_eq!(plan[0].action, Action::Improve { current: 1, target: 2 });
}

#[test]
fn ties_go_to_the_lower_current_level_then_framework_order() {
    let framework = small_framework();
    let mut assessment = answered(&framework, &[Level(2), Level(1), Level(3)]);
    assessment.edit("a2", NOW, |a| a.target = Some(2)); // gap 1, current 1
    let plan = action_plan(&framework, &assessment); // a1: gap 1, current 2
    assert_eq!(ids(&plan), ["a2", "a1"]);
}

#[test]
fn the_persons_order_and_entries_are_kept() {
    let framework = small_framework();
    let mut assessment = answered(&framework, &[Level(1), DontKnow, Level(2)]);
    let shown = ids(&action_plan(&framework, &assessment));
    let shown: Vec<&str> = shown.iter().map(String::as_str).collect();
    assessment.plan.move_item(&shown, "a1", true);
    assert_eq!(ids(&action_plan(&framework, &assessment)), ["a2", "a1", "b1"]);
    assessment.plan.move_item(&["a2", "a1", "b1"], "a2", true);
    assert_eq!(ids(&action_plan(&framework, &assessment)), ["a2", "a1", "b1"], "the first cannot move up");
    assessment.plan.edit("b1", |e| {
        e.status = PlanStatus::InProgress;
        e.owner = Some("Head of digital".into());
        e.due = Some(date!(2027 - 03 - 31));
    });
    let plan = action_plan(&framework, &assessment);
    assert_eq!(plan[2].entry.owner.as_deref(), Some("Head of digital"));
    assessment.plan.edit("b1", |e| *e = Default::default());
    assert!(assessment.plan.entries.is_empty(), "an emptied entry is removed");
}

#[test]
fn a_new_item_joins_after_the_arranged_ones() {
    let framework = small_framework();
    let mut assessment = answered(&framework, &[Level(1), Level(3)]);
    assessment.plan.move_item(&["a1"], "a1", false);
    assert!(assessment.plan.order.is_empty(), "moving the only item does nothing");
    assessment.answer("b1", Level(1), NOW);
    let shown = ids(&action_plan(&framework, &assessment));
    assert_eq!(shown, ["b1", "a1"]);
    assessment.plan.move_item(&["b1", "a1"], "a1", true);
    assessment.answer("a2", DontKnow, NOW);
    assert_eq!(ids(&action_plan(&framework, &assessment)), ["a1", "b1", "a2"]);
}
