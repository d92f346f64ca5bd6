use time::macros::date;

use super::{NOW, answered, small_framework};
use crate::domain::assessment::{Assessment, Rating::*};
use crate::domain::compare::{Change, Tally, side_by_side, trend};

fn dated(mut assessment: Assessment, id: &str, day: time::Date) -> Assessment {
    assessment.id = id.into();
    assessment.details.date = Some(day);
    assessment
}

#[test]
fn the_trend_puts_every_assessment_of_the_framework_in_date_order() {
    let framework = small_framework();
    let later = dated(answered(&framework, &[Level(3), Level(3), Level(3)]), "later", date!(2026 - 11 - 01));
    let earlier = dated(answered(&framework, &[Level(1), Level(2), Level(1)]), "earlier", date!(2025 - 11 - 01));
    let mut elsewhere = answered(&framework, &[Level(1)]);
    elsewhere.framework.id = "other".into();
    let trend = trend(&framework, &[later, elsewhere, earlier], |a| a.id.clone());
    let ids: Vec<&str> = trend.points.iter().map(|p| p.assessment.as_str()).collect();
    assert_eq!(ids, ["earlier", "later"]);
    assert_eq!(trend.points[0].areas, [Some(1.5), Some(1.0)]);
    assert_eq!(trend.points[1].overall, Some(3.0));
}

#[test]
fn an_older_version_counts_on_the_statements_it_shares() {
    let framework = small_framework();
    let mut old = dated(answered(&framework, &[Level(2), Level(2), Level(2)]), "old", date!(2024 - 06 - 30));
    old.framework.version = "0".into();
    old.answers.remove("a2");
    old.answer("retired", Level(1), NOW);
    let trend = trend(&framework, &[old], |a| a.id.clone());
    assert_eq!(trend.points[0].version, "0");
    assert_eq!(trend.points[0].areas, [Some(2.0), Some(2.0)], "“retired” is not in this version and is left out");
}

#[test]
fn side_by_side_says_what_went_up_down_and_stayed() {
    let framework = small_framework();
    let before = answered(&framework, &[Level(1), Level(3), DontKnow]);
    let after = answered(&framework, &[Level(3), Level(2), Level(2)]);
    let compared = side_by_side(&framework, &before, &after);
    let changes: Vec<Change> = compared.statements.iter().map(|s| s.change).collect();
    assert_eq!(changes, [Change::Up(2.0), Change::Down(1.0), Change::NotComparable]);
    assert_eq!(compared.tally(), Tally { up: 1, down: 1, same: 0, not_comparable: 1 });
    assert_eq!(compared.areas[0].change, Change::Up(0.5), "area A goes from 2 to 2.5");
    assert_eq!(compared.areas[1].change, Change::NotComparable);
    let unchanged = side_by_side(&framework, &after, &after);
    assert_eq!(unchanged.tally().same, 3);
    assert_eq!(unchanged.overall.change, Change::Same);
    assert_eq!(Change::Up(0.5).describe(), "Up 0.5");
    assert_eq!(Change::Down(2.0).describe(), "Down 2");
}

#[test]
fn a_change_is_described_in_the_pages_language() {
    use crate::domain::language::Language;
    crate::i18n::use_compiled_in(Language::Welsh);
    let welsh = [Change::Up(1.5), Change::Down(2.0), Change::Same, Change::NotComparable].map(Change::describe);
    crate::i18n::use_compiled_in(Language::English);
    assert_eq!(welsh, ["I fyny 1.5", "I lawr 2", "Yr un fath", "Dim modd cymharu"]);
    assert_eq!(Change::Same.describe(), "Same");
}
