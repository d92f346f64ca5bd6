//! Files and links made to break Almanac: each is refused with a specific message, and nothing
//! panics whatever the input.

use proptest::prelude::*;
use serde_json::json;

use super::{answered, quick_check};
use crate::domain::assessment::Rating::*;
use crate::domain::framework::Framework;
use crate::domain::{backup, exchange, performance, share, text};

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
fn unknown_statements_are_refused() {
    let mut document = sample();
    document["assessment"]["answers"]["../../etc"] = json!({"rating": 1});
    assert_eq!(refuse(&document.to_string()), "answers.../../etc: \"Quick check\" has no statement with this id");
}

/// One case of `tests/fixtures/hostile/cases.json`.
#[derive(serde::Deserialize)]
struct Case {
    file: String,
    importer: String,
    expected: String,
}

/// What the named import says of a file's bytes: `Ok` with what it read when it took the file.
fn import(importer: &str, bytes: Vec<u8>, catalogue: &crate::domain::catalogue::Catalogue) -> Result<String, String> {
    use crate::domain::combine::{Group, Offered, prepare_import};
    if importer == "bytes" {
        return text::from_bytes(bytes).map(|text| format!("{} characters", text.len())).map_err(|p| p.to_string());
    }
    let text = String::from_utf8(bytes).expect("every fixture but the bytes cases is UTF-8");
    let said = |outcome: Result<String, crate::domain::problem::Problems>| outcome.map_err(|p| p.to_string());
    match importer {
        "result" => said(exchange::from_json(&text, catalogue).map(|a| a.id)),
        "framework" => said(Framework::from_json(&text).map(|f| f.id)),
        "backup" => said(backup::from_json(&text, catalogue).map(|b| format!("{} groups", b.groups.len()))),
        "group" => said(Group::from_json(&text).map(|g| g.id)),
        "performance" => said(performance::file::from_json(&text).map(|p| format!("{} services", p.services.len()))),
        "share-link" => {
            let offered = vec![Offered { source: "link".into(), text, is_link: true }];
            let preview = prepare_import(offered, &Group::new("g".into(), "G".into(), super::NOW), catalogue);
            match preview.refused.first() {
                Some(refused) => Err(refused.problems.to_string()),
                None => Ok(format!("{} respondents", preview.new.len())),
            }
        }
        other => panic!("no importer called {other:?}"),
    }
}

#[test]
fn every_hostile_file_is_refused_with_its_expected_message() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
    let index = std::fs::read_to_string(folder.join("cases.json")).unwrap();
    let cases: Vec<Case> =
        serde_json::from_value(serde_json::from_str::<serde_json::Value>(&index).unwrap()["cases"].clone()).unwrap();
    let catalogue = super::every_framework();
    let mut files: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != "cases.json")
        .collect();
    files.sort();
    let mut listed: Vec<String> = cases.iter().map(|case| case.file.clone()).collect();
    listed.sort();
    assert_eq!(files, listed, "every file in the folder has exactly one case in cases.json, and every case a file");
    let mut mismatches = Vec::new();
    for case in &cases {
        let bytes = std::fs::read(folder.join(&case.file)).unwrap();
        match import(&case.importer, bytes, &catalogue) {
            Err(message) if message.contains(&case.expected) => {}
            outcome => mismatches
                .push(format!("{} ({}): expected {:?}, got {outcome:?}", case.file, case.importer, case.expected)),
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
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
