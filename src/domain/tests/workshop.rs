//! The workshop: the order of the pack, the spread of views in words, the unanimous rule, the
//! agreed assessment built from a group of five, and agreed levels in storage, backups and tabs.

use serde_json::json;
use time::macros::date;

use super::{NOW, contents, quick_check, small_framework};
use crate::domain::assessment::{FrameworkRef, Rating, Rating::*, WorkshopRecord};
use crate::domain::combine::{Agreed, Combined, GROUP_SCHEMA_VERSION, Group, Member, combine};
use crate::domain::framework::Framework;
use crate::domain::workshop::{
    MAX_AGREED_NOTE_CHARS, accept, agreed_assessment, count_in_words, discussion_order, labels_by_statement,
    spread_in_words, unanimous, unanimous_answers, undecided,
};
use crate::domain::{backup, exchange, merge};

fn member(name: &str, label: Option<&str>, framework: &Framework, ratings: &[(&str, Rating)]) -> Member {
    Member {
        assessment: name.into(),
        source: format!("{name}.json"),
        label: label.map(String::from),
        organisation: Default::default(),
        framework: FrameworkRef { id: framework.id.clone(), version: framework.version.clone() },
        updated: NOW,
        ratings: ratings.iter().map(|(id, r)| (id.to_string(), *r)).collect(),
    }
}

fn combined<'f>(framework: &'f Framework, members: &[Member]) -> Combined<'f> {
    combine(framework, &members.iter().collect::<Vec<_>>(), &|_| None)
}

/// Five colleagues' files on the small framework (levels 1 to 3):
/// a1: 1, 3, 3, 2, 3 (two levels apart); a2: 2 from everyone; b1: 3, 3, "Don't know", 3 and
/// one person who did not answer it.
fn five(framework: &Framework) -> Group {
    let mut group = Group::new("g1".into(), "Digital board".into(), NOW);
    group.add(vec![
        member("ann", Some("ICT"), framework, &[("a1", Level(1)), ("a2", Level(2)), ("b1", Level(3))]),
        member("bob", Some("ICT"), framework, &[("a1", Level(3)), ("a2", Level(2)), ("b1", Level(3))]),
        member("cat", Some("Finance"), framework, &[("a1", Level(3)), ("a2", Level(2)), ("b1", DontKnow)]),
        member("dan", None, framework, &[("a1", Level(2)), ("a2", Level(2)), ("b1", Level(3))]),
        member("eve", Some("Adult social care"), framework, &[("a1", Level(3)), ("a2", Level(2))]),
    ]);
    group
}

#[test]
fn the_pack_puts_the_widest_disagreements_first_then_the_rest_in_framework_order() {
    let framework = quick_check();
    let members = [
        member("x", None, &framework, &[("q1", Level(2)), ("q3", Level(1)), ("q5", Level(2)), ("q7", Level(1))]),
        member("y", None, &framework, &[("q1", Level(4)), ("q3", Level(5)), ("q5", Level(2)), ("q7", Level(4))]),
    ];
    let combined = combined(&framework, &members);
    let order: Vec<&str> = discussion_order(&combined).iter().map(|s| s.statement.id.as_str()).collect();
    // q3 is four levels apart, q7 three, q1 two; q5 is agreed and comes with the rest.
    assert_eq!(&order[..5], ["q3", "q7", "q1", "q2", "q4"]);
    assert_eq!(order.len(), framework.statement_count(), "every statement is in the pack once");
    assert_eq!(order.iter().position(|id| *id == "q5"), Some(5));
}

#[test]
fn the_spread_of_views_is_in_words_with_small_numbers_spelled_out() {
    let framework = small_framework();
    let group = five(&framework);
    let combined = combined(&framework, &group.members);
    let spreads: Vec<String> = combined.statements().map(spread_in_words).collect();
    assert_eq!(
        spreads,
        [
            "5 people: one said 1, one said 2, three said 3",
            "5 people: five said 2",
            "5 people: three said 3, one didn't know, one did not answer",
        ]
    );
    let mut twelve: Vec<Member> =
        (0..10).map(|i| member(&format!("m{i}"), None, &framework, &[("a1", Level(1))])).collect();
    twelve.push(member("n1", None, &framework, &[("a1", NotApplicable)]));
    twelve.push(member("n2", None, &framework, &[("a1", NotApplicable)]));
    let combined = self::combined(&framework, &twelve);
    assert_eq!(spread_in_words(&combined.areas[0].statements[0]), "12 people: 10 said 1, two said not applicable");
    let one = [member("solo", None, &framework, &[("a1", NotApplicable)])];
    let combined = self::combined(&framework, &one);
    assert_eq!(spread_in_words(&combined.areas[0].statements[0]), "1 person: one said not applicable");
    assert_eq!((count_in_words(9), count_in_words(10)), ("nine".to_string(), "10".to_string()));
}

#[test]
fn on_a_welsh_page_the_spread_of_views_and_the_agreed_title_are_in_welsh() {
    use crate::domain::language::Language;
    let framework = small_framework();
    let group = five(&framework);
    let combined = combined(&framework, &group.members);
    crate::i18n::use_compiled_in(Language::Welsh);
    let spreads: Vec<String> = combined.statements().map(spread_in_words).collect();
    let title = agreed_assessment(&group, &combined, "agreed".into(), NOW).details.title;
    crate::i18n::use_compiled_in(Language::English);
    assert_eq!(
        spreads,
        [
            "5 o bobl: un wedi dewis 1, un wedi dewis 2, tri wedi dewis 3",
            "5 o bobl: pump wedi dewis 2",
            "5 o bobl: tri wedi dewis 3, un ddim yn gwybod, un heb ateb",
        ]
    );
    assert_eq!(title.as_deref(), Some("Barn y cytunwyd arni: Digital board"));
}

#[test]
fn a_statement_is_unanimous_only_when_everyone_gave_the_same_answer() {
    let framework = small_framework();
    let group = five(&framework);
    let combined = combined(&framework, &group.members);
    let found: Vec<Option<Rating>> = combined.statements().map(unanimous).collect();
    assert_eq!(found, [None, Some(Level(2)), None], "b1 has a “Don't know” and someone who did not answer");

    let all_dont_know: Vec<Member> =
        ["x", "y", "z"].map(|name| member(name, None, &framework, &[("a1", DontKnow), ("a2", Level(1))])).to_vec();
    let combined = self::combined(&framework, &all_dont_know);
    let a1 = &combined.areas[0].statements[0];
    assert_eq!(unanimous(a1), Some(DontKnow), "everyone not knowing is agreement too");
    assert_eq!(unanimous(&combined.areas[1].statements[0]), None, "no one answered b1");

    let mut one_silent = all_dont_know.clone();
    one_silent.push(member("w", None, &framework, &[("a2", Level(1))]));
    let combined = self::combined(&framework, &one_silent);
    assert_eq!(unanimous(&combined.areas[0].statements[0]), None, "w did not answer a1");
    assert_eq!(unanimous(&combined.areas[0].statements[1]), Some(Level(1)));

    let nobody = self::combined(&framework, &[]);
    assert_eq!(unanimous(&nobody.areas[0].statements[0]), None);
}

#[test]
fn accepting_the_unanimous_statements_leaves_those_already_decided_alone() {
    let framework = small_framework();
    let mut group = five(&framework);
    let extra = member("fay", None, &framework, &[("a1", Level(3)), ("a2", Level(2)), ("b1", Level(3))]);
    group.members.retain(|m| m.assessment != "cat" && m.assessment != "eve");
    group.add(vec![extra]);
    // Now a1 is 1, 3, 2, 3; a2 and b1 are unanimous (2 and 3). b1 is already decided as 2.
    group.agree("b1", |agreed| agreed.rating = Some(Level(2)));
    let combined = combined(&framework, &group.members);
    let answers = unanimous_answers(&combined);
    assert_eq!(answers, [("a2".to_string(), Level(2)), ("b1".to_string(), Level(3))]);
    assert_eq!(undecided(&answers, &group.agreed).collect::<Vec<_>>(), [&("a2".to_string(), Level(2))]);
    accept(&mut group, &answers);
    assert_eq!(group.agreed_rating("a2"), Some(Level(2)));
    assert_eq!(group.agreed_rating("b1"), Some(Level(2)), "a decision already made stands");
    assert_eq!(undecided(&answers, &group.agreed).count(), 0);
}

#[test]
fn the_agreed_assessment_carries_each_decision_the_spread_and_the_workshop() {
    let framework = small_framework();
    let mut group = five(&framework);
    group.agree("a1", |agreed| {
        agreed.rating = Some(Level(3));
        agreed.note = Some("The board minutes of March settle it.".into());
    });
    group.agree("b1", |agreed| agreed.note = Some("Ask the data team.".into()));
    let combined = combined(&framework, &group.members);
    accept(&mut group, &unanimous_answers(&combined));

    let assessment = agreed_assessment(&group, &combined, "agreed-1".into(), NOW);
    assert_eq!(assessment.id, "agreed-1");
    assert_eq!(assessment.framework, FrameworkRef { id: "small".into(), version: "1".into() });
    assert_eq!(assessment.details.title.as_deref(), Some("Agreed view: Digital board"));
    assert_eq!(assessment.details.date, Some(date!(2026 - 11 - 23)));
    assert_eq!(assessment.workshop, Some(WorkshopRecord { date: date!(2026 - 11 - 23), people: 5 }));
    assert_eq!(assessment.rating("a1"), Some(Level(3)));
    assert_eq!(assessment.rating("a2"), Some(Level(2)), "accepted as unanimous");
    assert_eq!(assessment.rating("b1"), None, "not decided yet");
    let evidence = |id: &str| assessment.answer_to(id).evidence.unwrap_or_default();
    assert_eq!(
        evidence("a1"),
        "5 people: one said 1, one said 2, three said 3.\n\nThe board minutes of March settle it."
    );
    assert_eq!(evidence("a2"), "5 people: five said 2.");
    assert_eq!(evidence("b1"), "5 people: three said 3, one didn't know, one did not answer.\n\nAsk the data team.");
    assert!(!assessment.is_completed(), "b1 is left to finish in the task list");
    assert!(exchange::problems(&assessment, &catalogue_with(&framework)).is_empty());

    group.agree("b1", |agreed| agreed.rating = Some(NotApplicable));
    let assessment = agreed_assessment(&group, &combined, "agreed-2".into(), NOW);
    assert_eq!(assessment.rating("b1"), Some(NotApplicable));
    assert_eq!(assessment.completed, Some(NOW), "every statement is decided");
    let read = exchange::from_json(&exchange::to_json(&assessment), &catalogue_with(&framework)).unwrap();
    assert_eq!(read.workshop, assessment.workshop, "the workshop record is in the file");
}

#[test]
fn the_longest_note_still_fits_the_evidence_limit() {
    let framework = small_framework();
    let mut group = five(&framework);
    group.agree("a1", |agreed| agreed.note = Some("n".repeat(MAX_AGREED_NOTE_CHARS)));
    let combined = combined(&framework, &group.members);
    let assessment = agreed_assessment(&group, &combined, "agreed".into(), NOW);
    assert!(exchange::problems(&assessment, &catalogue_with(&framework)).is_empty());
}

#[test]
fn the_roles_that_answered_each_statement_are_listed_once() {
    let framework = small_framework();
    let group = five(&framework);
    let labels = labels_by_statement(&group.members);
    let of = |id: &str| labels.get(id).map(|set| set.iter().copied().collect::<Vec<_>>()).unwrap_or_default();
    assert_eq!(of("a1"), ["Adult social care", "Finance", "ICT"]);
    assert_eq!(of("b1"), ["Finance", "ICT"], "eve did not answer b1; dan has no label");
}

fn catalogue_with(framework: &Framework) -> crate::domain::catalogue::Catalogue {
    let mut catalogue = super::every_framework();
    catalogue.add(framework.clone()).unwrap();
    catalogue
}

fn fixture(path: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/formats/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn a_group_of_format_1_still_reads_and_format_2_round_trips() {
    let old = Group::from_json(&fixture("v1/group.json")).unwrap();
    assert_eq!((old.schema_version, old.members.len()), (1, 2));
    assert!(old.agreed.is_empty());

    let new = Group::from_json(&fixture("v2/group.json")).unwrap();
    assert_eq!(new.schema_version, 2);
    assert_eq!(new.agreed["q1"], Agreed { rating: Some(Level(3)), note: Some("Strategy signed off in May.".into()) });
    assert_eq!(new.agreed["q2"], Agreed { rating: Some(DontKnow), note: None });
    assert_eq!(new.agreed["q3"], Agreed { rating: None, note: Some("Come back to this.".into()) });
    assert_eq!(Group::from_json(&new.to_json()), Ok(new.clone()));

    let mut upgraded = old.clone();
    upgraded.agree("q1", |agreed| agreed.rating = Some(Level(2)));
    assert_eq!(upgraded.schema_version, 2, "a group with agreed levels is written as format 2");
    let text = upgraded.to_json();
    assert!(text.contains("\"agreed\":{\"q1\":{\"rating\":2}}"), "{text}");
    assert!(!old.to_json().contains("agreed"), "no agreed levels, no field");

    let mut newer: serde_json::Value = serde_json::from_str(&new.to_json()).unwrap();
    newer["schema_version"] = json!(GROUP_SCHEMA_VERSION + 1);
    assert_eq!(
        Group::from_json(&newer.to_string()).unwrap_err().to_string(),
        "schema_version: the group was made by a newer version of Almanac"
    );
}

#[test]
fn an_agreed_entry_left_empty_is_removed() {
    let mut group = Group::new("g".into(), "G".into(), NOW);
    group.agree("q1", |agreed| agreed.note = Some("Later".into()));
    group.agree("q1", |agreed| agreed.note = None);
    assert!(group.agreed.is_empty());
}

#[test]
fn levels_agreed_in_two_tabs_at_once_are_merged_statement_by_statement() {
    let framework = small_framework();
    let mut base = five(&framework);
    base.agree("a1", |agreed| agreed.rating = Some(Level(1)));
    base.agree("b1", |agreed| agreed.rating = Some(Level(1)));
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    mine.agree("a1", |agreed| agreed.rating = Some(Level(3)));
    mine.agree("a2", |agreed| agreed.note = Some("Mine".into()));
    theirs.agree("a2", |agreed| agreed.rating = Some(Level(2)));
    theirs.agree("b1", |agreed| agreed.rating = None);
    let merged = merge::group(&base, &mine, &theirs);
    assert_eq!(merged.value.agreed_rating("a1"), Some(Level(3)), "changed here");
    assert_eq!(merged.value.agreed_rating("b1"), None, "cleared there");
    assert_eq!(merged.clashes, 1, "a2 was changed differently in both tabs");
    assert_eq!(merged.value.agreed["a2"].note.as_deref(), Some("Mine"), "this tab's wins the clash");

    let mut v1 = base.clone();
    v1.agreed.clear();
    v1.schema_version = 1;
    let mut there = v1.clone();
    there.agree("a1", |agreed| agreed.rating = Some(Level(2)));
    let merged = merge::group(&v1, &v1, &there);
    assert_eq!((merged.value.schema_version, merged.value.agreed_rating("a1")), (2, Some(Level(2))));
}

/// A backup holding the small framework and a group of two of its respondents.
fn backup_with_group(change: impl FnOnce(&mut serde_json::Value)) -> Result<backup::Backup, String> {
    let framework = small_framework();
    let mut group = five(&framework);
    group.members.truncate(2);
    group.agree("a1", |agreed| agreed.rating = Some(Level(2)));
    let text = backup::to_json(contents(&[], &[framework], None, &[group]), NOW);
    let mut document: serde_json::Value = serde_json::from_str(&text).unwrap();
    change(&mut document["groups"][0]);
    backup::from_json(&document.to_string(), &super::every_framework()).map_err(|p| p.to_string())
}

#[test]
fn agreed_levels_in_a_backup_are_checked_against_the_framework() {
    assert!(backup_with_group(|_| {}).is_ok());
    let refused = backup_with_group(|group| {
        group["agreed"] = json!({
            "nope": {"rating": 2},
            "a1": {"rating": 4},
            "a2": {"rating": "dont_know", "note": "x".repeat(MAX_AGREED_NOTE_CHARS + 1)},
            "b1": {"note": "Fine"},
        });
    })
    .unwrap_err();
    assert_eq!(
        refused,
        [
            "groups[0].agreed.a1.rating: level 4 is not on this framework's scale (1 to 3)",
            "groups[0].agreed.a2.note: is longer than 4500 characters",
            "groups[0].agreed.nope: \"Small\" has no statement with this id",
        ]
        .join("\n")
    );
    let refused = backup_with_group(|group| {
        group["members"] = json!([]);
    })
    .unwrap_err();
    assert_eq!(refused, "groups[0].agreed: has agreed levels, but the group has no respondents");
    let refused = backup_with_group(|group| group["agreed"]["a1"] = json!({"rating": 2, "by": "ann"})).unwrap_err();
    assert!(refused.starts_with("groups[0].agreed.a1.by: unknown field `by`"), "{refused}");
}

#[test]
fn a_bad_workshop_record_is_named() {
    let framework = small_framework();
    let group = five(&framework);
    let combined = combined(&framework, &group.members);
    let assessment = agreed_assessment(&group, &combined, "agreed".into(), NOW);
    let catalogue = catalogue_with(&framework);
    let mut document: serde_json::Value = serde_json::from_str(&exchange::to_json(&assessment)).unwrap();
    assert_eq!(document["assessment"]["workshop"], json!({"date": "2026-11-23", "people": 5}));
    let refuse = |workshop: serde_json::Value, document: &mut serde_json::Value| {
        document["assessment"]["workshop"] = workshop;
        exchange::from_json(&document.to_string(), &catalogue).unwrap_err().to_string()
    };
    assert_eq!(
        refuse(json!({"date": "2026-11-23", "people": 0}), &mut document),
        "assessment.workshop.people: must be from 1 to 10000, not 0"
    );
    assert_eq!(
        refuse(json!({"date": "2026-11-23", "people": 10_001}), &mut document),
        "assessment.workshop.people: must be from 1 to 10000, not 10001"
    );
    assert!(
        refuse(json!({"date": "1 December", "people": 5}), &mut document)
            .starts_with("assessment.workshop.date: \"1 December\" is not a date like 2026-11-23"),
    );
    assert!(refuse(json!({"date": "2026-11-23"}), &mut document).contains("missing field `people`"));
}

#[test]
fn an_agreed_level_on_a_statement_a_newer_version_dropped_still_reads() {
    let older = small_framework();
    let mut newer_json = super::small_framework_json();
    newer_json["version"] = json!("2");
    newer_json["areas"][0]["statements"].as_array_mut().unwrap().remove(1);
    let newer = Framework::from_json(&newer_json.to_string()).unwrap();
    let mut group = five(&older);
    group.agree("a2", |agreed| agreed.rating = Some(Level(2)));
    let read = |group: &Group| {
        let text =
            backup::to_json(contents(&[], &[older.clone(), newer.clone()], None, std::slice::from_ref(group)), NOW);
        backup::from_json(&text, &super::every_framework()).map(|_| ()).map_err(|p| p.to_string())
    };
    assert_eq!(read(&group), Ok(()), "a2 is in version 1, which the respondents used");
    group.agree("gone", |agreed| agreed.rating = Some(Level(1)));
    assert_eq!(read(&group), Err("groups[0].agreed.gone: \"Small\" has no statement with this id".to_string()));
}
