//! Frameworks in English and Welsh (format version 3): texts by key, which languages a file
//! has, reading it in either, and the checks on translations.

use serde_json::json;

use super::framework_problems as problems_of;
use crate::domain::framework::Framework;
use crate::domain::language::Language::{English, Welsh};

const FORMATS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/formats");

fn fixture(version: &str) -> String {
    std::fs::read_to_string(format!("{FORMATS}/{version}/framework.json")).unwrap()
}

fn bilingual() -> serde_json::Value {
    serde_json::from_str(&fixture("v3")).unwrap()
}

#[test]
fn files_before_format_3_read_as_english_only() {
    for version in ["v1", "v2"] {
        let framework = Framework::from_json(&fixture(version)).unwrap();
        assert_eq!(framework.language, English, "{version}");
        assert_eq!(framework.languages(), [English], "{version}");
        assert_eq!(framework.missing(Welsh).len(), framework.texts().len(), "{version}: nothing is in Welsh");
        assert_eq!(framework.in_language(Welsh), framework, "{version}: read in Welsh, it is as it was");
    }
}

#[test]
fn every_text_a_person_reads_has_a_key_that_says_where_it_belongs() {
    let framework = Framework::from_json(&fixture("v2")).unwrap();
    let texts = framework.texts();
    // 4 about the framework, 2 area names, 3 levels × 2, 2 more on the scale, 2 areas × 2,
    // 3 statements, 1 hint, 3 × 3 descriptors and 3 × 2 next steps.
    assert_eq!(texts.len(), 4 + 2 + 6 + 2 + 4 + 3 + 1 + 9 + 6);
    assert_eq!(texts["statements.users-1.hint"], "Count interviews, visits and testing with residents.");
    assert_eq!(texts["statements.data-1.levels.2.next_step"], "Review figures at each team meeting.");
    assert_eq!(texts["scale.levels.3.name"], "Established");
    assert_eq!(texts["areas.data.description"], "Using data to run and improve services.");
    assert!(!texts.contains_key("statements.data-1.levels.3.next_step"), "the top level has no next step");
}

#[test]
fn a_complete_translation_reads_in_welsh_and_leaves_the_english_as_it_is() {
    let framework = Framework::from_json(&fixture("v3")).unwrap();
    assert_eq!(framework.languages(), [English, Welsh]);
    assert!(framework.missing(Welsh).is_empty());
    let welsh = framework.in_language(Welsh);
    assert_eq!(welsh.title, "Gwiriad gwasanaethau Anytown");
    assert_eq!(welsh.area_names.plural, "themâu");
    assert_eq!(welsh.scale.levels[0].name, "Dechrau");
    assert_eq!(
        welsh.statement("users-1").unwrap().hint.as_deref(),
        Some("Cyfrwch gyfweliadau, ymweliadau a phrofion gyda phreswylwyr.")
    );
    assert_eq!(
        welsh.statement("data-1").unwrap().levels[1].next_step.as_deref(),
        Some("Adolygwch ffigurau ym mhob cyfarfod tîm.")
    );
    // Only texts change: ids, weights and the scale's numbers are the framework's own.
    assert_eq!(
        welsh.areas.iter().map(|a| (&a.id, a.weight)).collect::<Vec<_>>(),
        framework.areas.iter().map(|a| (&a.id, a.weight)).collect::<Vec<_>>()
    );
    assert_eq!(framework.in_language(English), framework);
    assert_eq!(framework.unsure.get(&Welsh).unwrap(), &["statements.data-1.levels.3.descriptor"]);
    // Rooted in Welsh, with the English kept: written out and read back in English, it is the
    // framework it was.
    assert_eq!(welsh.language, Welsh);
    assert_eq!(welsh.languages(), [Welsh, English]);
    let again = Framework::from_json(&serde_json::to_string(&welsh).unwrap()).unwrap();
    assert_eq!(again.in_language(English).texts(), framework.texts());
    assert_eq!(again.in_language(English).translations, framework.translations);
}

#[test]
fn a_partial_translation_says_what_is_missing_and_is_shown_in_the_own_language() {
    let mut document = bilingual();
    let welsh = document["translations"]["cy"].as_object_mut().unwrap();
    welsh.remove("statements.users-2.text");
    welsh.remove("scale.dont_know");
    let framework = Framework::from_json(&document.to_string()).unwrap();
    assert_eq!(framework.languages(), [English], "Welsh is not complete, so not offered as a language of the file");
    assert_eq!(framework.missing(Welsh), ["scale.dont_know", "statements.users-2.text"]);
    assert_eq!(framework.in_language(Welsh), framework, "shown whole in English, not half in each");
}

#[test]
fn a_bilingual_framework_survives_a_json_round_trip() {
    let framework = Framework::from_json(&fixture("v3")).unwrap();
    let again = Framework::from_json(&serde_json::to_string(&framework).unwrap()).unwrap();
    assert_eq!(again, framework);
}

#[test]
fn translation_problems_are_named_by_path() {
    let mut document = bilingual();
    document["translations"]["cy"]["areas.nowhere.title"] = json!("Unman");
    document["translations"]["cy"]["statements.users-1.text"] = json!("  ");
    document["translations"]["cy"]["statements.data-1.levels.3.next_step"] = json!("Dim");
    document["unsure"]["cy"] = json!(["statements.users-1.text", "title.typo"]);
    assert_eq!(
        problems_of(document),
        [
            "translations.cy[\"areas.nowhere.title\"]: is not a text of this framework: check the key against the list in the README",
            "translations.cy[\"statements.data-1.levels.3.next_step\"]: is not a text of this framework: check the key against the list in the README",
            "translations.cy[\"statements.users-1.text\"]: must not be empty",
            "unsure.cy[1]: \"title.typo\" has no text in translations.cy",
        ]
    );
}

#[test]
fn a_translation_is_into_another_language() {
    let mut document = bilingual();
    document["translations"]["en"] = json!({"title": "Again"});
    assert_eq!(
        problems_of(document),
        ["translations.en: is the framework's own language (English): its texts are in the fields themselves"]
    );
}

#[test]
fn a_language_almanac_does_not_read_is_refused_by_name() {
    let mut document = bilingual();
    document["translations"]["fr"] = json!({"title": "Vérification"});
    let problems = problems_of(document);
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].starts_with(
            "translations.fr: \"fr\" is not a language Almanac reads: use \"en\" (English) or \"cy\" (Welsh)"
        ),
        "{}",
        problems[0]
    );

    let mut document = bilingual();
    document["language"] = json!("de");
    assert!(problems_of(document)[0].starts_with("language: \"de\" is not a language Almanac reads"));
}

#[test]
fn a_text_translated_twice_is_named() {
    let text = fixture("v3").replacen(
        "\"title\": \"Gwiriad gwasanaethau Anytown\",",
        "\"title\": \"Gwiriad gwasanaethau Anytown\", \"title\": \"Gwiriad Anytown\",",
        1,
    );
    let problems = Framework::from_json(&text).unwrap_err().0.iter().map(ToString::to_string).collect::<Vec<_>>();
    assert_eq!(problems, ["translations.cy[\"title\"]: is given twice: keep one"]);
}

#[test]
fn a_translation_longer_than_any_text_may_be_is_refused() {
    let mut document = bilingual();
    document["translations"]["cy"]["summary"] = json!("a".repeat(4001));
    assert_eq!(problems_of(document), ["translations.cy[\"summary\"]: is longer than 4000 characters"]);
}

#[test]
fn every_built_in_framework_has_welsh_for_every_text_a_person_reads() {
    for file in crate::domain::catalogue::BUILT_IN_FILES {
        let path = format!("{}/frameworks/{}", env!("CARGO_MANIFEST_DIR"), file.file);
        let framework = Framework::from_own_json(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(framework.missing(Welsh), Vec::<String>::new(), "{path}");
        assert_eq!(framework.languages(), [English, Welsh], "{path}");
        let welsh = framework.in_language(Welsh);
        assert_eq!(welsh.language, Welsh, "{path}");
        assert!(welsh.problems().is_empty(), "{path}: {:?}", welsh.problems());
        assert_eq!(welsh.in_language(English), framework, "{path}: reading it in Welsh loses nothing");
    }
}
