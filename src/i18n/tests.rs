use std::path::Path;

use super::*;

#[allow(dead_code)]
#[path = "../../build/words.rs"]
mod words;

fn locales() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

#[test]
fn every_message_is_in_both_languages_with_the_same_placeholders() {
    if let Err(problems) = words::read(&locales()) {
        panic!("{}", problems.join("\n"));
    }
}

#[test]
fn every_catalogue_file_has_messages_in_both_languages() {
    let catalogue = words::read(&locales()).expect("the catalogue reads");
    assert!(catalogue.messages.iter().any(|m| m.part == 0) && catalogue.messages.iter().any(|m| m.part == 1));
    for message in &catalogue.messages {
        assert_eq!(message.texts.len(), 2, "{}: {}", message.file, message.id);
        assert!(message.texts.iter().all(|text| !text.trim().is_empty()), "{}: {} is blank", message.file, message.id);
    }
}

/// A catalogue in a temporary folder, from (path, text) pairs.
fn catalogue(files: &[(&str, &str)]) -> Result<words::Catalogue, Vec<String>> {
    let root = std::env::temp_dir().join(format!("almanac-words-{}", uuid::Uuid::new_v4()));
    for language in ["en", "cy"] {
        for part in ["first", "pages"] {
            std::fs::create_dir_all(root.join(language).join(part)).unwrap();
        }
    }
    for (path, text) in files {
        std::fs::write(root.join(path), text).unwrap();
    }
    let read = words::read(&root);
    std::fs::remove_dir_all(&root).unwrap();
    read
}

fn problems(files: &[(&str, &str)]) -> Vec<String> {
    catalogue(files).err().unwrap_or_default()
}

#[test]
fn a_message_missing_from_the_welsh_is_named() {
    let found = problems(&[("en/pages/a.ftl", "hello = Hello\nbye = Goodbye\n"), ("cy/pages/a.ftl", "hello = Helo\n")]);
    assert_eq!(found, ["locales/cy/pages/a.ftl: bye is missing"]);
}

#[test]
fn a_welsh_file_without_its_english_is_named() {
    let found = problems(&[
        ("en/pages/a.ftl", "hello = Hello\n"),
        ("cy/pages/a.ftl", "hello = Helo\n"),
        ("cy/pages/b.ftl", "x = y\n"),
    ]);
    assert_eq!(found, ["locales/cy/pages/b.ftl has no English file of that name"]);
}

#[test]
fn a_placeholder_that_differs_is_named() {
    let found = problems(&[
        ("en/pages/a.ftl", "saved = Saved { $name }\n"),
        ("cy/pages/a.ftl", "saved = Wedi cadw { $enw }\n"),
    ]);
    assert_eq!(found, ["locales/cy/pages/a.ftl: saved has the placeholders { $enw } but the English has { $name }"]);
}

#[test]
fn a_plural_form_the_language_does_not_have_is_named() {
    let found = problems(&[
        (
            "en/pages/a.ftl",
            "n = { $count ->\n    [one] One answer\n    [few] A few answers\n   *[other] { $count } answers\n}\n",
        ),
        ("cy/pages/a.ftl", "n = { $count ->\n    [one] Un ateb\n   *[other] { $count } ateb\n}\n"),
    ]);
    assert_eq!(
        found,
        ["locales/en/pages/a.ftl: n has a form \"few\", which is not a plural category of English: use one, other"]
    );
}

#[test]
fn a_count_inside_a_sentence_is_refused() {
    let found = problems(&[
        ("en/pages/a.ftl", "n = You have { $count ->\n    [one] one answer\n   *[other] answers\n}\n"),
        ("cy/pages/a.ftl", "n = { $count } ateb\n"),
    ]);
    assert!(found[0].contains("has a choice inside a sentence"), "{found:?}");
}

#[test]
fn a_message_given_twice_is_named() {
    let found = problems(&[("en/pages/a.ftl", "a = One\na = Two\n"), ("cy/pages/a.ftl", "a = Un\n")]);
    assert_eq!(found, ["locales/en/pages/a.ftl: a is given twice: keep one"]);
}

#[test]
fn an_unsure_welsh_message_is_marked() {
    let read = catalogue(&[
        ("en/first/a.ftl", "a = Save\nb = Back\n"),
        ("cy/first/a.ftl", "# UNSURE: or \"Arbed\"?\na = Cadw\nb = Yn ôl\n"),
        ("en/pages/p.ftl", "c = C\n"),
        ("cy/pages/p.ftl", "c = C\n"),
    ])
    .expect("reads");
    let unsure: Vec<&str> = read.messages.iter().filter(|m| m.unsure).map(|m| m.id.as_str()).collect();
    assert_eq!(unsure, ["a"]);
}

#[test]
fn welsh_counts_take_the_six_cldr_forms() {
    let forms: Vec<usize> = [0, 1, 2, 3, 6, 20].map(|n| plural_category(Language::Welsh, n)).to_vec();
    // zero, one, two, few, many, other
    assert_eq!(forms, [0, 1, 2, 3, 4, 5]);
    let forms: Vec<usize> = [0, 1, 2, 3, 6, 20].map(|n| plural_category(Language::English, n)).to_vec();
    assert_eq!(forms, [5, 1, 5, 5, 5, 5]);
}

#[test]
fn a_count_message_reads_the_welsh_way() {
    use_compiled_in(Language::Welsh);
    let said: Vec<String> = [0, 1, 2, 3, 6, 20].map(t::counts::people).to_vec();
    use_compiled_in(Language::English);
    let english: Vec<String> = [0, 1, 2].map(t::counts::people).to_vec();
    assert_eq!(said, ["0 o bobl", "1 person", "2 berson", "3 pherson", "6 pherson", "20 o bobl"]);
    assert_eq!(english, ["0 people", "1 person", "2 people"]);
}

#[test]
fn placeholders_are_filled_in_either_order() {
    assert_eq!(place("\u{1}1 of \u{1}0", &[&3, &"twelve"]), "twelve of 3");
    assert_eq!(place("no placeholders", &[]), "no placeholders");
}

#[test]
fn no_message_of_the_first_download_depends_on_a_count() {
    // A count needs CLDR's plural rules, which weigh several KB: only the pages' words may count.
    let catalogue = words::read(&locales()).expect("the catalogue reads");
    let counting: Vec<String> = catalogue
        .messages
        .iter()
        .filter(|m| m.part == 0 && m.count.is_some())
        .map(|m| format!("{}: {}", m.file, m.id))
        .collect();
    assert_eq!(counting, Vec::<String>::new());
}
