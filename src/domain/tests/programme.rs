use time::macros::date;

use super::{NOW, answered, every_framework, small_framework};
use crate::domain::assessment::Rating::*;
use crate::domain::compare::{Change, side_by_side};
use crate::domain::plan::{PlanStatus, Ranking, action_plan};
use crate::domain::programme::{Effort, EffortTotal, Phase, Phasing, delivery, roadmap};

fn ids(items: &[crate::domain::plan::PlanItem]) -> Vec<String> {
    items.iter().map(|i| i.statement.id.clone()).collect()
}

const Q1: Phase = Phase::Quarter { year: 2027, quarter: 1 };
const Q2: Phase = Phase::Quarter { year: 2027, quarter: 2 };

#[test]
fn projected_scores_by_phase_worked_by_hand() {
    // Area a (weight 1): a1, a2. Area b (weight 3): b1. Scale 1 to 3. Everything at 1 today.
    let framework = small_framework();
    let mut assessment = answered(&framework, &[Level(1), Level(1), Level(1)]);
    assessment.plan.edit("a1", |e| {
        e.set_phase(Some(Q1));
        e.set_effort(Some(Effort::Small));
    });
    assessment.plan.edit("b1", |e| {
        e.set_phase(Some(Q1));
        e.set_effort(Some(Effort::Days(5)));
        e.reach = Some(3);
    });
    // A level past the target is never used: a2's target is 2, so it reaches 2.
    assessment.edit("a2", NOW, |a| a.target = Some(2));
    assessment.plan.edit("a2", |e| {
        e.set_phase(Some(Q2));
        e.reach = Some(3);
    });
    let map = roadmap(&framework, &assessment);
    assert_eq!(map.current.overall, Some(1.0));
    assert_eq!(map.phases.iter().map(|p| p.phase).collect::<Vec<_>>(), [Q1, Q2]);
    let q1 = &map.phases[0];
    assert_eq!(ids(&q1.items), ["b1", "a1"], "in the plan's order: b1 (gap 2 × 3) before a1 (gap 2 × 1)");
    // a1 reaches 2 (one above), b1 reaches 3: area a (1 + 2) / 2 = 1.5, area b 3;
    // overall (1.5 × 1 + 3 × 3) / 4 = 2.625.
    assert_eq!(q1.projected.areas.iter().map(|a| a.score).collect::<Vec<_>>(), [Some(1.5), Some(3.0)]);
    assert_eq!(q1.projected.overall, Some(2.625));
    assert_eq!(q1.effort, EffortTotal { small: 1, days: 5, ..Default::default() });
    assert_eq!(q1.effort.describe(), "1 small and 5 days");
    // Q2 adds a2 at 2: area a 2, overall (2 + 9) / 4 = 2.75.
    let q2 = &map.phases[1];
    assert_eq!(q2.items[0].reach, Some(2));
    assert_eq!(q2.projected.overall, Some(2.75));
    assert_eq!(q2.effort.describe(), "Not sized yet");
    // At target: a1 3, a2 2, b1 3: area a 2.5, overall (2.5 + 9) / 4 = 2.875.
    assert_eq!(map.target.overall, Some(2.875));
    assert!(map.unphased.is_empty());
}

#[test]
fn items_without_a_phase_and_evidence_to_gather_change_no_projection() {
    let framework = small_framework();
    let mut assessment = answered(&framework, &[Level(1), DontKnow, Level(2)]);
    assessment.plan.edit("a2", |e| e.set_phase(Some(Phase::Now)));
    let map = roadmap(&framework, &assessment);
    assert_eq!(map.phases.len(), 1);
    assert_eq!(map.phases[0].items[0].reach, None);
    assert_eq!(map.phases[0].projected.overall, map.current.overall);
    assert_eq!(ids(&map.unphased), ["b1", "a1"]);
}

#[test]
fn the_level_to_reach_defaults_to_one_above_and_stays_within_current_and_target() {
    let framework = small_framework();
    let mut assessment = answered(&framework, &[Level(1), Level(2), Level(1)]);
    assessment.plan.edit("a1", |e| e.reach = Some(1)); // not above the current level
    assessment.plan.edit("b1", |e| e.reach = Some(3));
    let plan = action_plan(&framework, &assessment);
    let reach = |id: &str| plan.iter().find(|i| i.statement.id == id).unwrap().reach;
    assert_eq!((reach("a1"), reach("a2"), reach("b1")), (Some(2), Some(3), Some(3)));
}

#[test]
fn value_for_effort_divides_by_effort_and_puts_unsized_items_last() {
    let framework = small_framework();
    // a1: gap 2 × weight 1 = 2. a2: don't know. b1: gap 1 × weight 3 = 3.
    let mut assessment = answered(&framework, &[Level(1), DontKnow, Level(2)]);
    assert_eq!(ids(&action_plan(&framework, &assessment)), ["a2", "b1", "a1"]);
    assessment.plan.move_item(&["a2", "b1", "a1"], "a1", true);
    assessment.plan.edit("a1", |e| e.set_effort(Some(Effort::Small))); // 2 / 1 = 2
    assessment.plan.edit("b1", |e| e.set_effort(Some(Effort::Days(30)))); // large: 3 / 3 = 1
    assessment.plan.set_ranking(Ranking::ValueForEffort);
    assert!(assessment.plan.order.is_empty(), "choosing a rule re-ranks the whole plan");
    assert_eq!(ids(&action_plan(&framework, &assessment)), ["a2", "a1", "b1"]);
    assessment.plan.edit("a1", |e| e.set_effort(None));
    assert_eq!(ids(&action_plan(&framework, &assessment)), ["a2", "b1", "a1"], "no effort: after those with one");
    assert!(Ranking::ValueForEffort.rule().contains("divided by the effort"));
    assessment.plan.set_ranking(Ranking::GapTimesWeight);
    assert_eq!(assessment.plan.ranking_code, None, "the default is not written");
}

#[test]
fn phases_are_financial_year_quarters_or_three_horizons() {
    assert_eq!(Phase::quarter_of(date!(2026 - 12 - 01)), Phase::Quarter { year: 2026, quarter: 3 });
    assert_eq!(Phase::quarter_of(date!(2027 - 03 - 31)), Phase::Quarter { year: 2026, quarter: 4 });
    assert_eq!(Phase::quarter_of(date!(2027 - 04 - 01)), Q1);
    assert_eq!(Q1.label(), "Q1 2027/28");
    assert_eq!(Phase::Quarter { year: 2099, quarter: 4 }.label(), "Q4 2099/00");
    assert_eq!(Phase::Quarter { year: 2026, quarter: 4 }.ends(), Some(date!(2027 - 03 - 31)));
    assert_eq!(Q2.ends(), Some(date!(2027 - 09 - 30)));
    for phase in [Q1, Phase::Now, Phase::Next, Phase::Later] {
        assert_eq!(Phase::parse(&phase.code()), Some(phase));
    }
    for bad in ["2027-q5", "2027-q0", "1999-q1", "+2027-q1", "2027-Q1", "q1", "soon", ""] {
        assert_eq!(Phase::parse(bad), None, "{bad}");
    }
    let choices = Phasing::Quarters.choices(date!(2026 - 12 - 01));
    assert_eq!(choices.len(), 8);
    assert_eq!((choices[0].label(), choices[7].label()), ("Q3 2026/27".into(), "Q2 2028/29".into()));
    assert!(Phase::Quarter { year: 2026, quarter: 4 } < Q1 && Q1 < Q2);
}

#[test]
fn changing_how_phases_are_named_moves_each_item_to_the_nearest_phase() {
    let today = date!(2026 - 12 - 01); // Q3 2026/27
    let framework = small_framework();
    let mut assessment = answered(&framework, &[Level(1), Level(1), Level(1)]);
    assessment.plan.edit("a1", |e| e.set_phase(Some(Phase::Quarter { year: 2026, quarter: 3 })));
    assessment.plan.edit("a2", |e| e.set_phase(Some(Phase::Quarter { year: 2026, quarter: 4 })));
    assessment.plan.edit("b1", |e| e.set_phase(Some(Q2)));
    assessment.plan.set_phasing(Phasing::NowNextLater, today);
    let phase = |a: &crate::domain::assessment::Assessment, id: &str| a.plan.entry(id).phase();
    assert_eq!(
        (phase(&assessment, "a1"), phase(&assessment, "a2"), phase(&assessment, "b1")),
        (Some(Phase::Now), Some(Phase::Next), Some(Phase::Later))
    );
    assert_eq!(assessment.plan.phasing(), Phasing::NowNextLater);
    assessment.plan.set_phasing(Phasing::Quarters, today);
    assert_eq!(phase(&assessment, "b1"), Some(Phase::Quarter { year: 2027, quarter: 1 }));
    assert_eq!(assessment.plan.phasing_code, None);
}

#[test]
fn efforts_are_sizes_or_days() {
    for effort in [Effort::Small, Effort::Medium, Effort::Large, Effort::Days(1), Effort::Days(999)] {
        assert_eq!(Effort::parse(&effort.code()), Some(effort));
    }
    assert_eq!(Effort::parse("1 day"), Some(Effort::Days(1)));
    for bad in ["0 days", "1000 days", "-3 days", "3", "huge", "3 weeks", " days"] {
        assert_eq!(Effort::parse(bad), None, "{bad}");
    }
    assert_eq!(Effort::Days(1).label(), "1 day");
    let points: Vec<u8> = [5, 6, 20, 21].map(|d| Effort::Days(d).points()).to_vec();
    assert_eq!(points, [1, 2, 2, 3]);
    let total = EffortTotal::of([Some(Effort::Small), Some(Effort::Small), Some(Effort::Large), None]);
    assert_eq!(total.describe(), "2 small and 1 large; 1 not sized yet");
}

#[test]
fn a_year_later_each_earlier_item_says_whether_it_was_done_and_moved() {
    let framework = small_framework();
    let mut before = answered(&framework, &[Level(1), DontKnow, Level(2)]);
    before.plan.edit("a1", |e| e.status = PlanStatus::Done);
    before.plan.edit("b1", |e| e.status = PlanStatus::InProgress);
    let mut after = before.reassess("a2".into(), NOW);
    after.answer("a1", Level(2), NOW);
    after.answer("a2", Level(2), NOW);
    assert!(after.plan.is_empty(), "the new assessment starts its own plan");
    let delivered = delivery(&framework, &before, &framework, &after);
    let summary: Vec<(&str, PlanStatus, Change)> =
        delivered.iter().map(|d| (d.statement.id.as_str(), d.status, d.change)).collect();
    assert_eq!(
        summary,
        [
            ("a2", PlanStatus::NotStarted, Change::NotComparable),
            ("b1", PlanStatus::InProgress, Change::Same),
            ("a1", PlanStatus::Done, Change::Up(1.0)),
        ]
    );
    let compared = side_by_side(&framework, &before, &after);
    let planned: Vec<_> = compared.statements.iter().map(|s| s.planned).collect();
    assert_eq!(planned, [Some(PlanStatus::Done), Some(PlanStatus::NotStarted), Some(PlanStatus::InProgress)]);
}

#[test]
fn a_statement_merged_into_another_in_a_new_version_is_followed() {
    let catalogue = every_framework();
    let old = catalogue.find("digitalisation-outcomes", "1.0.0").expect("archived version").clone();
    let new = catalogue.find("digitalisation-outcomes", "2.0.0").expect("current version").clone();
    let mut before = crate::domain::assessment::Assessment::new("a1".into(), &old, NOW);
    before.answer("value-1", Level(1), NOW);
    before.plan.edit("value-1", |e| e.status = PlanStatus::Done);
    let mut after = crate::domain::assessment::Assessment::new("a2".into(), &new, NOW);
    after.answer("services-4", Level(3), NOW);
    let delivered = delivery(&old, &before, &new, &after);
    assert_eq!(delivered.len(), 1);
    assert_eq!((delivered[0].now, delivered[0].change), (Some(Level(3)), Change::Up(2.0)));
}

#[test]
fn phases_efforts_and_levels_to_reach_are_checked_in_files() {
    use crate::domain::exchange::{from_json, to_json};
    let framework = super::quick_check();
    let mut assessment = answered(&framework, &[Level(1), Level(2)]);
    assessment.plan.edit("q1", |e| {
        e.set_phase(Some(Q1));
        e.set_effort(Some(Effort::Days(12)));
        e.reach = Some(3);
    });
    assessment.plan.set_phasing(Phasing::Quarters, NOW.date());
    assessment.plan.set_ranking(Ranking::ValueForEffort);
    let text = to_json(&assessment);
    assert!(text.contains("\"phase\": \"2027-q1\"") && text.contains("\"effort\": \"12 days\""));
    let catalogue = every_framework();
    assert_eq!(from_json(&text, &catalogue).unwrap(), assessment);

    let mut document: serde_json::Value = serde_json::from_str(&text).unwrap();
    document["assessment"]["plan"] = serde_json::json!({
        "entries": {"q1": {"phase": "2027-q5", "effort": "a lot", "reach": 9}},
        "phasing": "monthly",
        "ranking": "=cheapest"
    });
    let error = from_json(&document.to_string(), &catalogue).unwrap_err().to_string();
    assert_eq!(
        error.lines().map(|l| l.split(':').next().unwrap()).collect::<Vec<_>>(),
        ["plan.entries.q1.phase", "plan.entries.q1.effort", "plan.entries.q1.reach", "plan.phasing", "plan.ranking"]
    );
    assert!(error.contains("\"2027-q5\" is not a phase: use a financial-year quarter such as \"2027-q1\""));
    assert!(error.contains("\"a lot\" is not an effort"));
}

#[test]
fn phases_efforts_and_statuses_read_in_welsh_too() {
    use crate::domain::language::Language;
    use crate::i18n::use_compiled_in;
    use_compiled_in(Language::Welsh);
    let said = (
        Q1.label(),
        Phase::Later.label(),
        Effort::Days(2).label(),
        EffortTotal::of([Some(Effort::Small), Some(Effort::Large), Some(Effort::Days(3)), None]).describe(),
        PlanStatus::InProgress.label(),
    );
    use_compiled_in(Language::English);
    assert_eq!(
        said,
        (
            "Ch1 2027/28".to_string(),
            "Yn nes ymlaen".to_string(),
            "2 ddiwrnod".to_string(),
            "1 eitem fach, 1 eitem fawr a 3 diwrnod; 1 eitem heb faint eto".to_string(),
            "Ar y gweill"
        )
    );
    assert_eq!(Q1.label(), "Q1 2027/28");
}
