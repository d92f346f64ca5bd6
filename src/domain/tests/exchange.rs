use serde_json::json;

use super::{answered, quick_check};
use crate::domain::assessment::Rating::*;
use crate::domain::exchange::{MAX_FILE_BYTES, from_json, to_json};

fn sample() -> String {
    let framework = quick_check();
    let mut assessment = answered(&framework, &[Level(3), DontKnow, NotApplicable, Level(1)]);
    assessment.move_to(4);
    to_json(&assessment)
}

fn import_error(document: serde_json::Value) -> String {
    from_json(&document.to_string(), &super::every_framework()).unwrap_err().to_string()
}

fn sample_value() -> serde_json::Value {
    serde_json::from_str(&sample()).unwrap()
}

#[test]
fn an_assessment_survives_export_and_import() {
    let catalogue = super::every_framework();
    let text = sample();
    let back = from_json(&text, &catalogue).unwrap();
    assert_eq!(to_json(&back), text);
    assert_eq!(back.rating("q2"), Some(DontKnow));
    assert_eq!(back.position, 4);
    assert!(text.contains("\"rating\": \"not_applicable\""));
    assert!(text.contains("\"created\": \"2026-11-23T10:00:00Z\""));
}

#[test]
fn a_level_off_the_scale_is_named_precisely() {
    let mut document = sample_value();
    document["assessment"]["answers"]["q4"]["rating"] = json!(9);
    assert_eq!(import_error(document), "answers.q4: level 9 is not on this framework's scale (1 to 5)");
}

#[test]
fn impossible_ratings_are_named_by_path() {
    let mut document = sample_value();
    document["assessment"]["answers"]["q4"]["rating"] = json!("maybe");
    assert_eq!(
        import_error(document.clone()),
        "assessment.answers.q4.rating: invalid value: string \"maybe\", expected a level number, \"dont_know\" or \"not_applicable\""
    );
    document["assessment"]["answers"]["q4"]["rating"] = json!(-1);
    assert_eq!(import_error(document.clone()), "assessment.answers.q4.rating: level -1 is not on any scale");
    document["assessment"]["answers"]["q4"]["rating"] = json!(1e300);
    assert!(import_error(document).starts_with("assessment.answers.q4.rating: invalid type: floating point"));
}

#[test]
fn unknown_statements_and_frameworks_are_refused() {
    let mut document = sample_value();
    document["assessment"]["answers"]["q99"] = json!({"rating": 2});
    assert_eq!(import_error(document), "answers.q99: \"Quick check\" has no statement with this id");
    let mut document = sample_value();
    document["assessment"]["framework"]["version"] = json!("9.9.9");
    assert_eq!(
        import_error(document),
        "assessment.framework: framework \"quick-check\" version 9.9.9 is not on this device; import the framework first"
    );
}

#[test]
fn the_wrong_kind_of_file_gets_a_plain_message() {
    assert_eq!(import_error(json!([1, 2])), "this JSON is a list, not an Almanac assessment file");
    assert_eq!(import_error(json!({"hello": "world"})), "this is not an Almanac assessment file");
    assert_eq!(
        import_error(serde_json::to_value(quick_check()).unwrap()),
        "this is a framework file, not an assessment"
    );
    let mut newer = sample_value();
    newer["schema_version"] = json!(7);
    assert_eq!(
        import_error(newer),
        "schema_version: the file was made by a newer version of Almanac (format 7); this one reads up to format 1"
    );
}

#[test]
fn bad_ids_dates_and_positions_are_refused() {
    let mut document = sample_value();
    document["assessment"]["id"] = json!("<script>");
    document["assessment"]["position"] = json!(12);
    document["assessment"]["updated"] = json!("2020-01-01T00:00:00Z");
    assert_eq!(
        import_error(document),
        [
            "assessment.id: \"<script>\" is not a valid id: use 1 to 64 lower-case letters, digits and hyphens",
            "assessment.updated: is earlier than the date it was created",
            "assessment.position: 12 is past the last of 12 statements",
        ]
        .join("\n")
    );
    let mut document = sample_value();
    document["assessment"]["created"] = json!("yesterday");
    assert!(import_error(document).starts_with("assessment.created: "));
}

#[test]
fn truncated_empty_and_oversized_files_are_refused() {
    let text = sample();
    let catalogue = super::every_framework();
    let cut = from_json(&text[..text.len() - 40], &catalogue).unwrap_err().to_string();
    assert!(cut.starts_with("the file ends too early"), "{cut}");
    assert_eq!(from_json("", &catalogue).unwrap_err().to_string(), "the file is empty");
    let huge = format!("{text}{}", " ".repeat(MAX_FILE_BYTES));
    assert_eq!(
        from_json(&huge, &catalogue).unwrap_err().to_string(),
        "the file is larger than the 1024 KB an assessment can be"
    );
}

#[test]
fn a_byte_order_mark_is_accepted() {
    assert!(from_json(&format!("\u{feff}{}", sample()), &super::every_framework()).is_ok());
}

#[test]
fn targets_evidence_and_details_are_checked() {
    let mut document = sample_value();
    document["assessment"]["answers"]["q1"]["target"] = json!(6);
    document["assessment"]["answers"]["q1"]["evidence"] = json!("x".repeat(5001));
    document["assessment"]["details"] = json!({"title": "y".repeat(201), "scope": "whole_council"});
    assert_eq!(
        import_error(document),
        [
            "details.title: is longer than 200 characters",
            "answers.q1.target: level 6 is not on this framework's scale (1 to 5)",
            "answers.q1.evidence: is longer than 5000 characters",
        ]
        .join("\n")
    );
    let mut document = sample_value();
    document["assessment"]["answers"]["q1"]["confidence"] = json!("certain");
    assert!(import_error(document).starts_with("assessment.answers.q1.confidence: unknown variant `certain`"));
}

#[test]
fn details_and_answer_notes_survive_a_round_trip() {
    let mut document = sample_value();
    document["assessment"]["answers"]["q1"] =
        json!({"rating": 2, "target": 4, "evidence": "Board minutes, May", "confidence": "high"});
    document["assessment"]["details"] = json!({"title": "Annual review", "organisation": "Anytown", "scope": "service", "scope_name": "Waste", "date": "2026-11-23"});
    let catalogue = super::every_framework();
    let assessment = from_json(&document.to_string(), &catalogue).unwrap();
    assert_eq!(from_json(&to_json(&assessment), &catalogue).unwrap(), assessment);
    assert_eq!(assessment.answer_to("q1").target, Some(4));
    assert_eq!(assessment.details.date, Some(time::macros::date!(2026 - 11 - 23)));
    assert!(to_json(&assessment).contains("\"date\": \"2026-11-23\""));
}

#[test]
fn the_plan_is_checked_and_kept() {
    let mut document = sample_value();
    document["assessment"]["plan"] = json!({
        "entries": {"q1": {"status": "in_progress", "owner": "Digital lead", "due": "2027-03-31", "note": "Waiting on IT"}},
        "order": ["q4", "q1"]
    });
    let catalogue = super::every_framework();
    let assessment = from_json(&document.to_string(), &catalogue).unwrap();
    assert_eq!(assessment.plan.entry("q1").owner.as_deref(), Some("Digital lead"));
    assert_eq!(assessment.plan.entry("q1").note.as_deref(), Some("Waiting on IT"));
    assert_eq!(from_json(&to_json(&assessment), &catalogue).unwrap(), assessment);

    document["assessment"]["plan"] = json!({
        "entries": {"q77": {"status": "done"}, "q2": {"owner": "z".repeat(201), "note": "n".repeat(5001)}},
        "order": ["q1", "q1", "nope"]
    });
    assert_eq!(
        import_error(document),
        [
            "plan.entries.q2.owner: is longer than 200 characters",
            "plan.entries.q2.note: is longer than 5000 characters",
            "plan.entries.q77: \"Quick check\" has no statement with this id",
            "plan.order[1]: \"q1\" is not a statement of this framework, or is listed twice",
            "plan.order[2]: \"nope\" is not a statement of this framework, or is listed twice",
        ]
        .join("\n")
    );
}

/// Files in each released format, kept as they were written: every later version must read them.
#[test]
fn files_of_every_released_format_still_load() {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/formats/v1");
    let read = |name: &str| std::fs::read_to_string(format!("{folder}/{name}")).unwrap();
    let catalogue = super::every_framework();
    let quick = from_json(&read("quick-check-assessment.json"), &catalogue).unwrap();
    assert_eq!(quick.answers.len(), 12);
    let full = from_json(&read("full-assessment.json"), &catalogue).unwrap();
    assert_eq!(full.answer_to("data-1").target, Some(4));
    assert_eq!(full.plan.entry("data-2").owner.as_deref(), Some("Head of digital"));
    let backup = crate::domain::backup::from_json(&read("backup.json"), &catalogue).unwrap();
    assert_eq!((backup.assessments.len(), backup.frameworks.len()), (2, 1));
    assert!(crate::domain::framework::Framework::from_json(&read("framework.json")).is_ok());
}
