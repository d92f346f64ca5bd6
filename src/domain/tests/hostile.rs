//! Files and links made to break Almanac: each is refused with a specific message, and nothing
//! panics whatever the input.

use proptest::prelude::*;
use serde_json::json;

use super::{answered, quick_check};
use crate::domain::assessment::Rating::*;
use crate::domain::framework::Framework;
use crate::domain::{backup, exchange, share};

fn sample() -> serde_json::Value {
    serde_json::from_str(&exchange::to_json(&answered(&quick_check(), &[Level(3), DontKnow]))).unwrap()
}

fn refuse(text: &str) -> String {
    exchange::from_json(text, &super::every_framework()).unwrap_err().to_string()
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(refuse(&deep), "this JSON is a list, not an Almanac assessment file");
    let deep_inside = format!("{{\"format\": {}{}}}", "[".repeat(10_000), "]".repeat(10_000));
    assert_eq!(
        refuse(&deep_inside),
        "this file is nested too deeply to be an Almanac file (lists or fields inside one another, at line 1, column 138)"
    );
    let mut document = sample();
    document["assessment"]["answers"]["q1"]["evidence"] =
        serde_json::from_str(&format!("{}1{}", "[".repeat(100), "]".repeat(100))).unwrap();
    assert!(refuse(&document.to_string()).starts_with("assessment.answers.q1.evidence: invalid type: a list"));
}

#[test]
fn huge_numbers_and_wrong_types_are_named() {
    let mut document = sample();
    document["assessment"]["position"] = json!(1e308);
    assert!(refuse(&document.to_string()).starts_with("assessment.position: invalid type: floating point"));
    let mut document = sample();
    document["assessment"]["answers"]["q1"]["rating"] = json!(u64::MAX);
    assert_eq!(
        refuse(&document.to_string()),
        "assessment.answers.q1.rating: level 18446744073709551615 is not on any scale"
    );
    let mut document = sample();
    document["assessment"]["answers"] = json!(["q1", 3]);
    assert_eq!(refuse(&document.to_string()), "assessment.answers: invalid type: a list, expected named fields in { }");
}

#[test]
fn markup_in_text_is_kept_as_text_and_only_ids_are_restricted() {
    let script = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    let mut document = sample();
    document["assessment"]["answers"]["q1"]["evidence"] = json!(script);
    document["assessment"]["details"] = json!({"title": script, "organisation": script});
    let assessment = exchange::from_json(&document.to_string(), &super::every_framework()).unwrap();
    assert_eq!(assessment.answer_to("q1").evidence.as_deref(), Some(script), "kept exactly, shown as text");
    document["assessment"]["id"] = json!(script);
    assert!(refuse(&document.to_string()).starts_with("assessment.id: \"<script>"));
}

#[test]
fn a_fifty_megabyte_file_is_refused_before_it_is_read() {
    let huge = format!("{{\"format\":\"almanac.assessment\",\"pad\":\"{}\"}}", "x".repeat(50 * 1024 * 1024));
    assert_eq!(refuse(&huge), "the file is larger than the 1024 KB an assessment can be");
    assert_eq!(
        backup::from_json(&huge, &super::every_framework()).unwrap_err().to_string(),
        "the file is larger than the 20 MB a backup can be"
    );
}

#[test]
fn unknown_frameworks_and_statements_are_refused() {
    let mut document = sample();
    document["assessment"]["framework"] = json!({"id": "made-up", "version": "1"});
    assert_eq!(
        refuse(&document.to_string()),
        "assessment.framework: framework \"made-up\" version 1 is not on this device; import the framework first"
    );
    let mut document = sample();
    document["assessment"]["answers"]["../../etc"] = json!({"rating": 1});
    assert_eq!(refuse(&document.to_string()), "answers.../../etc: \"Quick check\" has no statement with this id");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn no_input_makes_a_decoder_panic(text in ".{0,400}") {
        let catalogue = super::every_framework();
        let _ = exchange::from_json(&text, &catalogue);
        let _ = backup::from_json(&text, &catalogue);
        let _ = Framework::from_json(&text);
        let _ = share::decode(&text, "x".into(), &catalogue);
    }

    #[test]
    fn damaging_a_valid_file_never_panics(cut in 0usize..2000, byte in any::<u8>()) {
        let mut text = exchange::to_json(&answered(&quick_check(), &[Level(3), DontKnow, Level(5)])).into_bytes();
        let at = cut % text.len();
        text[at] = byte;
        let text = String::from_utf8_lossy(&text);
        let _ = exchange::from_json(&text, &super::every_framework());
        let link = share::encode(&answered(&quick_check(), &[Level(2)]), false);
        let mut damaged = link.into_bytes();
        let at = cut % damaged.len();
        damaged[at] = byte;
        let _ = share::decode(&String::from_utf8_lossy(&damaged), "x".into(), &super::every_framework());
    }
}
