use serde_json::json;

use super::{NOW, answered, contents, quick_check, small_framework};
use crate::domain::assessment::Rating::*;
use crate::domain::backup::{from_json, to_json};

fn sample() -> serde_json::Value {
    let small = small_framework();
    let mut first = answered(&quick_check(), &[Level(2), DontKnow]);
    first.plan.edit("q1", |e| e.owner = Some("Digital lead".into()));
    let mut second = answered(&small, &[Level(1)]);
    second.id = "a2".into();
    serde_json::from_str(&to_json(contents(&[first, second], &[small], None, &[]), NOW)).unwrap()
}

fn refuse(document: serde_json::Value) -> String {
    from_json(&document.to_string(), &super::every_framework()).unwrap_err().to_string()
}

#[test]
fn a_backup_holds_everything_and_reads_back() {
    let text = sample().to_string();
    let backup = from_json(&text, &super::every_framework()).unwrap();
    assert_eq!(backup.assessments.len(), 2);
    assert_eq!(backup.frameworks[0].id, "small", "imported frameworks travel with the assessments made with them");
    assert_eq!(backup.assessments[0].plan.entry("q1").owner.as_deref(), Some("Digital lead"));
}

#[test]
fn every_problem_is_named_by_its_place_in_the_backup() {
    let mut document = sample();
    document["assessments"][1]["answers"]["a1"]["rating"] = json!(7);
    document["assessments"][0]["id"] = json!("a2");
    document["frameworks"][0]["areas"][0]["weight"] = json!(0);
    assert_eq!(
        refuse(document),
        [
            "frameworks[0].areas[0].weight: must be more than 0 and at most 100, not 0",
            "assessments[1].id: \"a2\" is in the backup twice",
            "assessments[1].answers.a1: level 7 is not on this framework's scale (1 to 3)",
        ]
        .join("\n")
    );
}

#[test]
fn the_wrong_file_a_newer_format_and_a_clashing_framework_are_refused() {
    let mut document = sample();
    document["format"] = json!("almanac.assessment");
    assert_eq!(refuse(document), "this is an assessment file, not a backup");
    let mut document = sample();
    document["format"] = json!("almanac.everything");
    assert_eq!(refuse(document), "format: this is not an Almanac backup (its format is \"almanac.everything\")");
    let mut document = sample();
    document["schema_version"] = json!(4);
    assert_eq!(refuse(document), "schema_version: the backup was made by a newer version of Almanac (format 4)");
    let mut document = sample();
    document["frameworks"][0] = serde_json::to_value(quick_check()).unwrap();
    document["frameworks"][0]["title"] = json!("Quick check, edited");
    assert!(
        refuse(document).starts_with(
            "frameworks[0]: \"quick-check\" version 2.0.0 is already on this device with different content"
        )
    );
}

#[test]
fn a_reminder_comes_only_for_changes_a_week_old_that_no_backup_holds() {
    use crate::domain::backup::needs_reminder;
    use time::Duration;
    let day = |n: i64| NOW - Duration::days(n);
    assert!(!needs_reminder(&[], None, NOW), "nothing to back up");
    assert!(!needs_reminder(&[day(2)], None, NOW), "recent work is not nagged about");
    assert!(needs_reminder(&[day(2), day(9)], None, NOW), "work a week old and never backed up");
    assert!(!needs_reminder(&[day(9)], Some(day(8)), NOW), "backed up since");
    assert!(needs_reminder(&[day(9), day(3)], Some(day(10)), NOW), "changed since the backup, a while ago");
}

#[test]
fn groups_of_other_peoples_assessments_travel_in_the_backup() {
    use crate::domain::combine::{Group, Member};
    let mut group = Group::new("g1".into(), "Workshop".into(), NOW);
    group.add(vec![Member::from_assessment(&answered(&quick_check(), &[Level(3), Level(4)]), "ann.json".into())]);
    let text = to_json(contents(&[], &[], None, std::slice::from_ref(&group)), NOW);
    let backup = from_json(&text, &super::every_framework()).unwrap();
    assert_eq!(backup.groups, vec![group]);

    let none = to_json(contents(&[], &[], None, &[]), NOW);
    assert!(!none.contains("\"groups\""), "no empty list is written");

    let mut document: serde_json::Value = serde_json::from_str(&text).unwrap();
    document["groups"][0]["format"] = json!("almanac.assessment");
    document["groups"][0]["schema_version"] = json!(9);
    assert_eq!(
        refuse(document),
        [
            "groups[0].format: must be \"almanac.group\"",
            "groups[0].schema_version: the group was made by a newer version of Almanac",
        ]
        .join("\n")
    );
}

#[test]
fn groups_in_a_backup_are_checked_as_a_group_import_is() {
    use crate::domain::combine::{Group, Member};
    let member = |name: &str, framework: &crate::domain::framework::Framework| {
        let mut assessment = answered(framework, &[Level(3), Level(4)]);
        assessment.id = name.into();
        Member::from_assessment(&assessment, format!("{name}.json"))
    };
    let mut workshop = Group::new("g1".into(), "Workshop".into(), NOW);
    workshop.add(vec![member("ann", &quick_check()), member("bob", &quick_check())]);
    let mut other = Group::new("g2".into(), "Districts".into(), NOW);
    other.add(vec![member("cy", &quick_check())]);
    let text = to_json(contents(&[], &[], None, &[workshop, other]), NOW);
    assert!(from_json(&text, &super::every_framework()).is_ok());

    let mut document: serde_json::Value = serde_json::from_str(&text).unwrap();
    document["groups"][0]["name"] = json!("n".repeat(300_000));
    document["groups"][0]["members"][0]["label"] = json!("l".repeat(5_000));
    document["groups"][0]["members"][0]["ratings"]["q1"] = json!(0);
    document["groups"][0]["members"][0]["ratings"]["q99"] = json!(2);
    document["groups"][0]["members"][1]["ratings"]["q2"] = json!(255);
    let members = document["groups"][0]["members"].as_array_mut().unwrap();
    members.push(serde_json::to_value(member("dee", &small_framework())).unwrap());
    members.push(members[1].clone());
    document["groups"][1]["id"] = json!("g1");
    document["groups"][1]["members"][0]["framework"]["version"] = json!("9.9.9");
    assert_eq!(
        refuse(document.clone()),
        [
            "groups[0].name: is longer than 100 characters",
            "groups[0].members[0].label: is longer than 60 characters",
            "groups[0].members[0].ratings.q1: level 0 is not on this framework's scale (1 to 5)",
            "groups[0].members[0].ratings.q99: \"Quick check\" has no statement with this id",
            "groups[0].members[1].ratings.q2: level 255 is not on this framework's scale (1 to 5)",
            "groups[0].members[2]: is an assessment of “small”, but this group combines “Quick check”: put it in a group of its own",
            "groups[0].members[3].assessment: \"bob\" is in the group twice",
            "groups[0].members[3].ratings.q2: level 255 is not on this framework's scale (1 to 5)",
            "groups[1].id: \"g1\" is in the backup twice",
            "groups[1].members[0].framework: framework \"quick-check\" version 9.9.9 is not on this device; import the framework first",
        ]
        .join("\n")
    );

    let mut document: serde_json::Value = serde_json::from_str(&text).unwrap();
    document["groups"][0]["id"] = json!("../Not A Group");
    document["groups"][0]["name"] = json!("  ");
    document["groups"][0]["members"][0]["ratings"] = json!({});
    document["groups"][0]["members"][1]["source"] = json!("s".repeat(300));
    document["groups"][1]["schema_version"] = json!(0);
    assert_eq!(
        refuse(document),
        [
            "groups[0].id: \"../Not A Group\" is not a valid id: use 1 to 64 lower-case letters, digits and hyphens",
            "groups[0].name: must not be empty",
            "groups[0].members[0]: has no answers yet",
            "groups[0].members[1].source: is longer than 255 characters",
            "groups[1].schema_version: must be a whole number from 1",
        ]
        .join("\n")
    );
}

#[test]
fn format_version_0_is_refused_as_result_files_refuse_it() {
    let mut document = sample();
    document["schema_version"] = json!(0);
    assert_eq!(refuse(document), "schema_version: must be a whole number from 1");
}
