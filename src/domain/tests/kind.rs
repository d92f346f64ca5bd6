//! Every import says what is wrong with a file in the person's terms: what kind of file it is,
//! that more follows its end, that it nests too deeply; never a Rust type's name.

use serde_json::json;

use super::{NOW, answered, contents, every_framework, quick_check};
use crate::domain::assessment::Rating::*;
use crate::domain::combine::Group;
use crate::domain::framework::Framework;
use crate::domain::performance::{file as performance_file, sample::sample};
use crate::domain::{backup, exchange};

/// What each import says of `text`.
fn refusals(text: &str) -> [String; 5] {
    let catalogue = every_framework();
    [
        exchange::from_json(text, &catalogue).unwrap_err().to_string(),
        Framework::from_json(text).unwrap_err().to_string(),
        backup::from_json(text, &catalogue).unwrap_err().to_string(),
        performance_file::from_json(text).unwrap_err().to_string(),
        Group::from_json(text).unwrap_err().to_string(),
    ]
}

fn result_file() -> String {
    exchange::to_json(&answered(&quick_check(), &[Level(3), DontKnow]))
}

#[test]
fn two_files_joined_or_junk_after_the_end_are_refused() {
    let joined = format!("{}\n{}", result_file(), result_file());
    let line = result_file().lines().count() + 1;
    assert_eq!(
        exchange::from_json(&joined, &every_framework()).unwrap_err().to_string(),
        format!(
            "there is more after the end of the Almanac file, from line {line}, column 1: it may be two files joined together, or have had something added"
        )
    );
    let framework = serde_json::to_string(&quick_check()).unwrap();
    for text in [format!("{framework} junk"), format!("{framework}{{}}")] {
        assert!(
            Framework::from_json(&text).unwrap_err().to_string().starts_with("there is more after the end"),
            "{text:.40}"
        );
    }
    let backup = backup::to_json(contents(&[], &[], None, &[]), NOW);
    assert!(refusals(&format!("{backup}]"))[2].starts_with("there is more after the end of the Almanac file"));
    let performance = performance_file::to_json(&sample());
    assert!(refusals(&format!("{performance},"))[3].starts_with("there is more after the end of the Almanac file"));
    assert!(
        exchange::from_json(&format!("{}\n\n  ", result_file()), &every_framework()).is_ok(),
        "white space is fine"
    );
}

#[test]
fn the_framework_import_says_what_kind_of_file_it_was_given() {
    let group = Group::new("g1".into(), "Workshop".into(), NOW).to_json();
    let cases = [
        (result_file(), "this is an assessment file, not a framework"),
        (backup::to_json(contents(&[], &[], None, &[]), NOW), "this is a backup file, not a framework"),
        (group, "this is a group file, not a framework"),
        (performance_file::to_json(&sample()), "this is a service performance file, not a framework"),
    ];
    for (text, expected) in cases {
        assert_eq!(Framework::from_json(&text).unwrap_err().to_string(), expected);
    }
    let framework = serde_json::to_string(&quick_check()).unwrap();
    let catalogue = every_framework();
    assert_eq!(
        backup::from_json(&framework, &catalogue).unwrap_err().to_string(),
        "this is a framework file, not a backup"
    );
    assert_eq!(
        performance_file::from_json(&framework).unwrap_err().to_string(),
        "this is a framework file, not service performance data"
    );
}

#[test]
fn json_that_is_not_named_fields_is_called_what_it_is() {
    let names = ["assessment file", "framework file", "backup file", "service performance file", "group file"];
    for (text, what) in
        [("[1,2,3]", "a list"), ("42", "a number"), ("\"hello\"", "text in quotes"), ("null", "just null")]
    {
        let expected = names.map(|name| format!("this JSON is {what}, not an Almanac {name}"));
        assert_eq!(refusals(text), expected);
    }
}

#[test]
fn no_message_names_a_rust_type() {
    let mut shaped_as_lists = vec![json!(["almanac.assessment", 1]).to_string()];
    let mut document: serde_json::Value = serde_json::from_str(&result_file()).unwrap();
    document["assessment"] = json!(["a1", {"id": "quick-check", "version": "1.0.0"}]);
    shaped_as_lists.push(document.to_string());
    document["assessment"] = json!({"id": "a1", "framework": ["quick-check"]});
    shaped_as_lists.push(document.to_string());
    let mut framework = serde_json::to_value(quick_check()).unwrap();
    framework["areas"][0]["weight"] = json!("heavy");
    framework["scale"]["levels"][0]["value"] = json!(300);
    for text in shaped_as_lists {
        for message in refusals(&text) {
            assert!(!message.contains("struct") && !message.contains("sequence"), "{message}");
        }
    }
    let message = Framework::from_json(&framework.to_string()).unwrap_err().to_string();
    assert_eq!(message, "areas[0].weight: invalid type: string \"heavy\", expected a number");
    framework["areas"][0]["weight"] = json!(1);
    let message = Framework::from_json(&framework.to_string()).unwrap_err().to_string();
    assert_eq!(message, "scale.levels[0].value: invalid value: integer `300`, expected a whole number from 0 to 255");
    let mut document: serde_json::Value = serde_json::from_str(&result_file()).unwrap();
    document["assessment"] = json!(["a1"]);
    assert_eq!(
        exchange::from_json(&document.to_string(), &every_framework()).unwrap_err().to_string(),
        "assessment: is a list, where named fields in { } were expected"
    );
}

#[test]
fn a_file_nested_too_deeply_says_so() {
    let deep = format!("{}1{}", "[".repeat(10_000), "]".repeat(10_000));
    for (field, expected_column) in [("format", 138), ("schema_version", 146)] {
        let text = format!("{{\"{field}\": {deep}}}");
        for message in refusals(&text) {
            assert_eq!(
                message,
                format!(
                    "this file is nested too deeply to be an Almanac file (lists or fields inside one another, at line 1, column {expected_column})"
                )
            );
        }
    }
}

#[test]
fn a_file_is_refused_in_welsh_when_the_page_is_in_welsh() {
    use crate::domain::language::Language;
    use crate::i18n::use_compiled_in;

    let mut framework = serde_json::to_value(quick_check()).unwrap();
    framework["areas"][0]["weight"] = json!("heavy");
    framework["scale"]["levels"][0].as_object_mut().unwrap().remove("name");
    let mut document: serde_json::Value = serde_json::from_str(&result_file()).unwrap();
    document["assessment"]["colour"] = json!("blue");
    let said = || {
        [
            Framework::from_json(&result_file()).unwrap_err().to_string(),
            refusals("[1,2,3]")[0].clone(),
            Framework::from_json(&framework.to_string()).unwrap_err().to_string(),
            exchange::from_json("{\"format\": \"almanac.assessment\",", &every_framework()).unwrap_err().to_string(),
            exchange::from_json(&document.to_string(), &every_framework()).unwrap_err().to_string(),
        ]
    };
    use_compiled_in(Language::Welsh);
    let welsh = said();
    use_compiled_in(Language::English);
    let english = said();
    assert_eq!(welsh[0], "ffeil asesiad yw hon, nid fframwaith");
    assert_eq!(welsh[1], "rhestr yw'r JSON hwn, nid ffeil asesiad Almanac");
    assert!(
        welsh[2].starts_with("areas[0].weight: math annilys: testun \"heavy\", roedd disgwyl rhif"),
        "{}",
        welsh[2]
    );
    assert!(welsh[3].starts_with("mae'r ffeil yn dod i ben yn rhy gynnar, ar linell 1"), "{}", welsh[3]);
    assert!(
        welsh[4].starts_with("assessment.colour: maes anhysbys `colour`, roedd disgwyl un o `id`, "),
        "{}",
        welsh[4]
    );
    assert_eq!(english[0], "this is an assessment file, not a framework");
    assert!(
        english[2].starts_with("areas[0].weight: invalid type: string \"heavy\", expected a number"),
        "{}",
        english[2]
    );
    assert!(
        english[4].starts_with("assessment.colour: unknown field `colour`, expected one of `id`, "),
        "{}",
        english[4]
    );
}
