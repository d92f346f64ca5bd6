use crate::domain::embedding::{Appearance, EmbedMode, MAX_LOGO_CHARS, RESIZE_MESSAGE_TYPE, snippet};
use crate::domain::language::Language;

fn read(pairs: &[(&str, &str)]) -> crate::domain::embedding::ReadSettings {
    Appearance::from_query(pairs.iter().copied())
}

#[test]
fn no_settings_means_almanac_on_its_own() {
    let settings = read(&[]);
    assert_eq!(settings.appearance, Appearance::default());
    assert!(!settings.appearance.mode.is_embedded());
    assert!(settings.problems.is_empty());
}

#[test]
fn reads_the_embed_mode_brand_and_logo() {
    let settings = read(&[("embed", "quick"), ("brand", "00703c"), ("logo", "  Anytown   Council "), ("utm", "x")]);
    assert!(settings.problems.is_empty(), "{:?}", settings.problems);
    assert_eq!(settings.appearance.mode, EmbedMode::Quick);
    assert_eq!(settings.appearance.brand.unwrap().colour.to_string(), "#00703c");
    assert_eq!(settings.appearance.logo.as_deref(), Some("Anytown Council"));
    assert_eq!(read(&[("embed", "full")]).appearance.mode, EmbedMode::Full);
}

#[test]
fn each_unusable_setting_is_named_and_the_rest_still_apply() {
    let long = "x".repeat(MAX_LOGO_CHARS + 1);
    let settings = read(&[("embed", "yes"), ("brand", "purple"), ("logo", &long), ("brand", "")]);
    assert_eq!(settings.appearance, Appearance::default());
    assert_eq!(settings.problems.len(), 4, "{:?}", settings.problems);
    let problems: Vec<String> = settings.problems.iter().map(ToString::to_string).collect();
    assert!(problems[0].contains("\"quick\"") && problems[0].contains("\"yes\""));
    assert!(problems[1].starts_with("brand: \"purple\" is not a colour"));
    assert!(problems[2].contains("61 characters"));

    let partly = read(&[("embed", "quick"), ("brand", "zz")]);
    assert_eq!(partly.appearance.mode, EmbedMode::Quick);
    assert_eq!(partly.problems.len(), 1);
}

#[test]
fn settings_survive_a_trip_through_the_query_string() {
    let settings = read(&[("embed", "full"), ("brand", "ffdd00"), ("logo", "Borough of Ashby & Trent")]);
    let query = settings.appearance.to_query();
    assert_eq!(query, "?embed=full&brand=ffdd00&logo=Borough%20of%20Ashby%20%26%20Trent");
    let pairs: Vec<(String, String)> = query[1..]
        .split('&')
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap();
            (name.to_string(), percent_encoding::percent_decode_str(value).decode_utf8().unwrap().into_owned())
        })
        .collect();
    let again = Appearance::from_query(pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())));
    assert_eq!(again.appearance, settings.appearance);
    assert_eq!(Appearance::default().to_query(), "");
}

#[test]
fn the_snippet_holds_the_iframe_with_its_sandbox_and_the_resize_script() {
    let appearance = read(&[("embed", "quick"), ("logo", "Anytown \"Council\"")]).appearance;
    let code = snippet("https://apps.example.gov.uk/almanac/?embed=full#/saved", &appearance);
    assert!(
        code.contains("src=\"https://apps.example.gov.uk/almanac/?embed=quick&amp;logo=Anytown%20%22Council%22\""),
        "{code}"
    );
    assert!(code.contains("title=\"Digital maturity quick check\""));
    for token in ["allow-scripts", "allow-same-origin", "allow-forms", "allow-downloads"] {
        assert!(code.contains(token), "missing {token}");
    }
    assert!(code.contains(RESIZE_MESSAGE_TYPE), "the script listens for the message Almanac posts");
    assert!(code.contains("<script>") && code.trim_end().ends_with("</script>"));
}

#[test]
fn a_huge_setting_is_quoted_only_in_part() {
    let huge = "z".repeat(10_000);
    let read = read(&[("brand", huge.as_str()), ("embed", huge.as_str())]);
    assert_eq!(read.problems.len(), 2);
    for problem in read.problems.iter().map(ToString::to_string) {
        assert!(problem.chars().count() < 200, "{problem}");
        assert!(problem.contains("… (10000 characters)"), "{problem}");
    }
}

#[test]
fn the_language_is_read_from_and_written_to_lang() {
    assert_eq!(read(&[]).appearance.language, None, "without lang, the person's own choice or their device's");
    assert_eq!(read(&[("lang", "en")]).appearance.language, Some(Language::English));
    let welsh = read(&[("embed", "quick"), ("lang", "cy")]);
    assert!(welsh.problems.is_empty(), "{:?}", welsh.problems);
    assert_eq!(welsh.appearance.language, Some(Language::Welsh));
    assert_eq!(welsh.appearance.to_query(), "?embed=quick&lang=cy");
    let again = Appearance::from_query([("embed", "quick"), ("lang", "cy")]);
    assert_eq!(again.appearance, welsh.appearance);

    let unknown = read(&[("lang", "fr"), ("embed", "full")]);
    assert_eq!(unknown.appearance.language, None);
    assert_eq!(unknown.appearance.mode, EmbedMode::Full, "the other settings still apply");
    assert_eq!(unknown.problems.len(), 1);
    assert_eq!(
        unknown.problems[0].to_string(),
        "lang is \"fr\", but it can only be \"en\" (English) or \"cy\" (Welsh)"
    );
}

#[test]
fn the_snippet_opens_almanac_in_the_chosen_language_with_a_title_in_it() {
    let welsh = read(&[("embed", "quick"), ("lang", "cy")]).appearance;
    let code = snippet("https://apps.example.gov.uk/almanac/", &welsh);
    assert!(code.contains("src=\"https://apps.example.gov.uk/almanac/?embed=quick&amp;lang=cy\""), "{code}");
    assert!(code.contains("title=\"Gwiriad cyflym aeddfedrwydd digidol\""), "{code}");
    let whole = Appearance { mode: EmbedMode::Full, ..welsh };
    assert!(
        snippet("https://apps.example.gov.uk/almanac/", &whole)
            .contains("title=\"Hunanasesiad aeddfedrwydd digidol Almanac\"")
    );
    let english = Appearance { language: None, ..whole };
    assert!(
        snippet("https://apps.example.gov.uk/almanac/", &english)
            .contains("title=\"Almanac digital maturity self-assessment\"")
    );
}
