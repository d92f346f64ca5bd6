use serde_json::json;

use super::{framework_problems as problems_of, quick_check, small_framework_json};
use crate::domain::framework::Framework;

#[test]
fn the_built_in_quick_check_has_one_question_per_outcome() {
    let framework = quick_check();
    let ids: Vec<&str> = framework.areas.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "connectivity",
            "data",
            "democracy",
            "ethics",
            "inclusion",
            "leadership",
            "local-productivity",
            "organisational-capability",
            "partnership",
            "security-and-resilience",
            "services",
            "value"
        ]
    );
    assert!(framework.areas.iter().all(|a| a.statements.len() == 1));
    assert_eq!(framework.scale.levels.len(), 5);
    assert_eq!(framework.statement_count(), 12);
}

#[test]
fn a_valid_document_loads() {
    let framework = Framework::from_json(&small_framework_json().to_string()).unwrap();
    assert_eq!(framework.statement_count(), 3);
    assert_eq!(framework.area_names.singular, "area", "area names default when left out");
}

#[test]
fn weight_defaults_to_one() {
    let mut document = small_framework_json();
    document["areas"][0].as_object_mut().unwrap().remove("weight");
    assert_eq!(Framework::from_json(&document.to_string()).unwrap().areas[0].weight, 1.0);
}

#[test]
fn a_type_error_names_its_path() {
    let mut document = small_framework_json();
    document["areas"][1]["statements"][0]["text"] = json!(5);
    let problems = problems_of(document);
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].starts_with("areas[1].statements[0].text: invalid type: integer `5`, expected a string"),
        "{problems:?}"
    );
}

#[test]
fn a_missing_field_names_its_parent() {
    let mut document = small_framework_json();
    document["scale"].as_object_mut().unwrap().remove("dont_know");
    assert_eq!(problems_of(document), ["scale: missing field `dont_know`"]);
}

#[test]
fn an_unknown_field_is_refused_so_typos_are_caught() {
    let mut document = small_framework_json();
    document["areas"][0]["wieght"] = json!(2);
    let problems = problems_of(document);
    assert!(problems[0].starts_with("areas[0].wieght: unknown field `wieght`, expected one of"), "{problems:?}");
}

#[test]
fn every_semantic_problem_is_listed_with_its_path() {
    let mut document = small_framework_json();
    document["id"] = json!("Small Framework");
    document["areas"][1]["id"] = json!("a");
    document["areas"][1]["weight"] = json!(0);
    document["areas"][1]["statements"][0]["id"] = json!("a2");
    document["areas"][0]["statements"][0]["levels"][0]["descriptor"] = json!("  ");
    document["areas"][0]["statements"][1]["levels"].as_array_mut().unwrap().pop();
    document["areas"][0]["statements"][0]["levels"][2]["next_step"] = json!("Beyond the top");
    document["areas"][0]["statements"][0]["levels"][1].as_object_mut().unwrap().remove("next_step");
    document["scale"]["levels"][2]["value"] = json!(4);
    assert_eq!(
        problems_of(document),
        [
            "id: \"Small Framework\" is not a valid id: use 1 to 64 lower-case letters, digits and hyphens",
            "scale.levels[2].value: must be 3 (levels are numbered 1, 2, 3 … in order), not 4",
            "areas[0].statements[0].levels[0].descriptor: must not be empty",
            "areas[0].statements[0].levels[1].next_step: is missing: every level but the top one needs guidance for reaching the next",
            "areas[0].statements[0].levels[2].next_step: must be left out on the top level, which has no next level",
            "areas[0].statements[1].levels: has 2 entries but the scale has 3 levels",
            "areas[1].id: \"a\" is used by another area",
            "areas[1].weight: must be more than 0 and at most 100, not 0",
            "areas[1].statements[0].id: \"a2\" is used by another statement",
        ]
    );
}

#[test]
fn a_newer_format_is_refused_with_a_reason() {
    let mut document = small_framework_json();
    document["schema_version"] = json!(4);
    assert_eq!(
        problems_of(document),
        ["schema_version: version 4 was made by a newer version of Almanac; this one reads up to version 3"]
    );
}

#[test]
fn broken_json_says_where() {
    let text = small_framework_json().to_string();
    let cut = Framework::from_json(&text[..text.len() / 2]).unwrap_err();
    assert!(cut.to_string().starts_with("the file ends too early, at line 1"), "{cut}");
    let garbled = Framework::from_json("{\"id\": nope}").unwrap_err();
    assert_eq!(garbled.to_string(), "this is not valid JSON (expected ident at line 1, column 9)");
    assert_eq!(Framework::from_json(" ").unwrap_err().to_string(), "the file is empty");
}

#[test]
fn a_framework_survives_a_json_round_trip() {
    let framework = quick_check();
    let text = serde_json::to_string(&framework).unwrap();
    assert_eq!(Framework::from_json(&text).unwrap(), framework);
}

#[test]
fn every_document_in_the_frameworks_folder_is_valid() {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/frameworks");
    let mut checked = 0;
    let entries = std::fs::read_dir(folder).unwrap().chain(std::fs::read_dir(format!("{folder}/archive")).unwrap());
    for entry in entries {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") && !path.ends_with("crosswalk.json") {
            let text = std::fs::read_to_string(&path).unwrap();
            if let Err(problems) = Framework::from_json(&text) {
                panic!("{} is not a valid framework:\n{problems}", path.display());
            }
            checked += 1;
        }
    }
    assert!(checked >= 8, "the current versions and the earlier ones");
}

#[test]
fn challenges_and_examples_are_optional_but_never_blank() {
    let mut document = small_framework_json();
    document["areas"][0]["challenges"] = json!(["Budgets are tight"]);
    document["areas"][0]["examples"] = json!(["Kent cut the cost of approving childminders", ""]);
    assert_eq!(problems_of(document), ["areas[0].examples[1]: must not be empty"]);
}

/// Format 2: sources, challenges with mitigations, examples that say what they are.
fn format_2_json() -> serde_json::Value {
    let mut document = small_framework_json();
    document["schema_version"] = json!(2);
    document["sources"] = json!([{"id": "article", "title": "An article", "used_for": "Kent's result"}]);
    document["areas"][0]["challenges"] = json!([{"challenge": "Budgets are tight", "mitigations": ["Start small"]}]);
    document["areas"][0]["examples"] = json!([
        {"kind": "example", "text": "Kent cut a budget by 90%", "source": "article"},
        {"kind": "illustration", "text": "A district council tests forms with residents"}
    ]);
    document
}

#[test]
fn format_2_needs_mitigations_and_examples_that_say_what_they_are() {
    assert_eq!(problems_of(format_2_json()), Vec::<String>::new());
    let mut document = format_2_json();
    document["areas"][0]["challenges"] = json!([{"challenge": "Budgets are tight", "mitigations": []}, "Old style"]);
    document["areas"][0]["examples"] = json!([
        {"kind": "example", "text": "Kent", "source": "elsewhere"},
        {"kind": "example", "text": "Glasgow"},
        {"kind": "illustration", "text": "A council", "source": "article"},
        {"text": "Unlabelled"}
    ]);
    document["areas"][0]["statements"][1]["replaces"] = json!(["old-1"]);
    document["areas"][1]["statements"][0]["replaces"] = json!(["old-1", "Bad Id"]);
    assert_eq!(
        problems_of(document),
        [
            "areas[0].challenges[0].mitigations: needs at least one way to deal with the challenge",
            "areas[0].challenges[1].mitigations: needs at least one way to deal with the challenge",
            "areas[0].examples[0].source: \"elsewhere\" is not one of the framework's sources",
            "areas[0].examples[1].source: is missing: a real example names its source",
            "areas[0].examples[2].source: must be left out: an illustration is invented, so it has no source",
            "areas[0].examples[3].kind: is missing: say \"example\" for a real case with its source, or \"illustration\"",
            "areas[1].statements[0].replaces[0]: \"old-1\" is carried to another statement already",
            "areas[1].statements[0].replaces[1]: \"Bad Id\" is not a valid id: use 1 to 64 lower-case letters, digits and hyphens",
        ]
    );
}

#[test]
fn a_format_1_file_keeps_its_plain_texts_when_written_back() {
    let mut document = small_framework_json();
    document["areas"][0]["challenges"] = json!(["Budgets are tight"]);
    document["areas"][0]["examples"] = json!(["Kent cut the cost of approving childminders"]);
    let framework = Framework::from_json(&document.to_string()).unwrap();
    assert_eq!(framework.areas[0].challenges[0].challenge, "Budgets are tight");
    assert!(framework.areas[0].challenges[0].mitigations.is_empty());
    assert_eq!(framework.areas[0].examples[0].kind, None);
    let written: serde_json::Value = serde_json::to_value(&framework).unwrap();
    assert_eq!(written["areas"][0]["challenges"], document["areas"][0]["challenges"]);
    assert_eq!(written["areas"][0]["examples"], document["areas"][0]["examples"]);
    // And a format 2 file writes back as it came.
    let framework = Framework::from_json(&format_2_json().to_string()).unwrap();
    let written: serde_json::Value = serde_json::to_value(&framework).unwrap();
    assert_eq!(written["areas"][0]["examples"], format_2_json()["areas"][0]["examples"]);
    assert_eq!(written["sources"], format_2_json()["sources"]);
}

#[test]
fn an_unknown_field_in_a_challenge_is_named() {
    let mut document = format_2_json();
    document["areas"][0]["challenges"] = json!([{"challenge": "Tight", "mitigation": ["typo"]}]);
    let error = Framework::from_json(&document.to_string()).unwrap_err().to_string();
    assert!(error.starts_with("areas[0].challenges[0]"), "{error}");
    assert!(error.contains("mitigation"), "{error}");
}

#[test]
fn a_person_can_weigh_areas_their_own_way() {
    let framework = small_framework_json();
    let framework = Framework::from_json(&framework.to_string()).unwrap();
    let weights = [("a".to_string(), 2.5)].into_iter().collect();
    let weighted = framework.with_weights(&weights);
    assert_eq!(weighted.areas.iter().map(|a| a.weight).collect::<Vec<_>>(), [2.5, 3.0]);
    assert_eq!(framework.areas[0].weight, 1.0, "the framework itself is unchanged");
}

#[test]
fn versions_are_kept_to_a_safe_alphabet() {
    let mut document = small_framework_json();
    document["version"] = json!("1.0 final");
    assert_eq!(
        problems_of(document),
        ["version: \"1.0 final\" is not a valid version: use 1 to 32 letters, digits, dots and hyphens"]
    );
}

/// The same documents that tests/schema checks against the JSON Schema with ajv.
#[test]
fn bad_documents_are_refused_as_the_schema_refuses_them() {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/frameworks/bad");
    let mut refused = Vec::new();
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        match Framework::from_json(&text) {
            Ok(_) => panic!("{} was accepted", path.display()),
            Err(problems) => {
                refused.push((path.file_stem().unwrap().to_string_lossy().into_owned(), problems.0[0].path.clone()))
            }
        }
    }
    refused.sort();
    let expected_paths = [
        ("area-without-statements", "areas[1].statements"),
        ("blank-descriptor", "areas[1].statements[0].levels[2].descriptor"),
        ("challenge-without-mitigation", "areas[0].challenges[0].mitigations"),
        ("empty-challenge", "areas[0].challenges[0]"),
        ("example-without-kind", "areas[0].examples[0].kind"),
        ("example-without-source", "areas[0].examples[0].source"),
        ("id-with-capitals", "id"),
        ("level-value-not-a-number", "scale.levels[0].value"),
        ("missing-title", ""),
        ("newer-schema-version", "schema_version"),
        ("no-areas", "areas"),
        ("one-level-scale", "scale.levels"),
        ("plain-challenge-in-format-2", "areas[0].challenges[0].mitigations"),
        ("statement-id-with-space", "areas[0].statements[0].id"),
        ("text-not-a-string", "areas[0].statements[1].text"),
        ("translation-into-french", "translations.fr"),
        ("unknown-field", "areas[0].wieght"),
        ("version-with-space", "version"),
        ("weight-zero", "areas[0].weight"),
        // Its format names another kind of Almanac file, which is said of the whole file.
        ("wrong-format", ""),
    ];
    let expected: Vec<(String, String)> = expected_paths.iter().map(|(f, p)| (f.to_string(), p.to_string())).collect();
    assert_eq!(refused, expected, "each bad document is refused at the field the schema refuses");
}
