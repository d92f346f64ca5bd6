use super::{every_framework, quick_check, small_framework};
use crate::domain::catalogue::{BUILT_IN_FILES, Catalogue, QUICK_CHECK_ID};
use crate::domain::framework::Framework;

#[test]
fn a_new_version_sits_beside_the_old_one() {
    let mut catalogue = Catalogue::built_in();
    let mut first = small_framework();
    catalogue.add(first.clone()).unwrap();
    first.version = "2".into();
    first.title = "Small, revised".into();
    catalogue.add(first).unwrap();
    assert_eq!(catalogue.find("small", "1").unwrap().title, "Small");
    assert_eq!(catalogue.latest("small").unwrap().title, "Small, revised");
    assert!(!catalogue.is_built_in(catalogue.find("small", "2").unwrap()));
    catalogue.remove("small", "2");
    assert_eq!(catalogue.latest("small").unwrap().version, "1");
}

#[test]
fn the_same_version_twice_is_refused_with_a_way_out() {
    let mut catalogue = Catalogue::built_in();
    let error = catalogue.add(quick_check()).unwrap_err();
    assert_eq!(
        error.to_string(),
        "version: \"quick-check\" version 2.0.0 is already on this device as a built-in framework; give your copy a new version, such as 2.0.0-local"
    );
    catalogue.remove("quick-check", "2.0.0");
    assert!(catalogue.find("quick-check", "2.0.0").is_some(), "built-in frameworks cannot be removed");
}

#[test]
fn an_earlier_built_in_version_cannot_be_imported_as_a_councils_own_even_before_it_is_fetched() {
    let mut catalogue = Catalogue::built_in();
    let old = every_framework().find("digital-by-default", "1.0.0").unwrap().clone();
    assert!(catalogue.find("digital-by-default", "1.0.0").is_none(), "not fetched yet");
    let error = catalogue.add(old).unwrap_err();
    assert!(error.to_string().contains("version 1.0.0 is already on this device as a built-in framework"), "{error}");
}

#[test]
fn every_framework_file_is_built_in_once() {
    let json_in = |folder: &str| {
        std::fs::read_dir(format!("{}/frameworks/{folder}", env!("CARGO_MANIFEST_DIR")))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".json") && name != "crosswalk.json")
            .count()
    };
    assert_eq!(BUILT_IN_FILES.len(), json_in("") + json_in("archive"));
    let catalogue = every_framework();
    assert_eq!(catalogue.all().count(), BUILT_IN_FILES.len(), "each file is one version of a framework");
    let current: Vec<&str> = BUILT_IN_FILES.iter().filter(|file| file.current).map(|file| file.id).collect();
    assert_eq!(current, [QUICK_CHECK_ID, "digitalisation-outcomes", "digital-capabilities", "digital-by-default"]);
    for file in BUILT_IN_FILES.iter().filter(|file| !file.current) {
        let latest = catalogue.latest(file.id).unwrap();
        assert_ne!(latest.version, file.version, "{} {} is an earlier version", file.id, file.version);
        assert_eq!(latest.previous_version.as_deref(), Some(file.version), "{} says which version it follows", file.id);
    }
}

#[test]
fn the_full_frameworks_are_the_size_the_sources_describe() {
    let catalogue = every_framework();
    let outcomes = catalogue.latest("digitalisation-outcomes").unwrap();
    assert_eq!(outcomes.areas.len(), 12);
    assert!(
        outcomes.areas.iter().all(|a| (3..=5).contains(&a.statements.len())),
        "three to five statements per outcome"
    );
    let capabilities = catalogue.latest("digital-capabilities").unwrap();
    let ids: Vec<&str> = capabilities.areas.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(
        &ids[..6],
        [
            "digital-leadership",
            "governance",
            "organisational-change",
            "procurement",
            "professionalism",
            "managing-and-sharing-resources"
        ]
    );
    assert_eq!(
        &ids[6..],
        ["flexible-and-mobile-working", "shared-platforms-and-data", "business-change", "digital-inclusion"]
    );
    for framework in catalogue.all().filter(|f| f.id != "quick-check") {
        assert!(
            framework.areas.iter().all(|a| !a.challenges.is_empty() && !a.examples.is_empty()),
            "{} has challenges and examples for every area",
            framework.id
        );
    }
}

#[test]
fn the_app_starts_with_the_quick_check_alone_and_waits_for_the_rest() {
    let mut catalogue = Catalogue::built_in();
    let ids: Vec<&str> = catalogue.all().map(|f| f.id.as_str()).collect();
    assert_eq!(ids, [QUICK_CHECK_ID], "the other frameworks are data fetched when first needed");
    assert!(!catalogue.has_every_built_in());
    assert!(catalogue.awaits("digitalisation-outcomes", "2.0.0"));
    assert!(catalogue.awaits("digitalisation-outcomes", "1.0.0"), "an earlier version is fetched for its assessments");
    assert!(catalogue.awaits(QUICK_CHECK_ID, "1.0.0"), "so is the quick check's");
    assert!(!catalogue.awaits(QUICK_CHECK_ID, "2.0.0"), "the quick check's questions are here");
    assert!(!catalogue.awaits("anytown-own", "1.0.0"), "only built-in frameworks can still arrive");

    // Fetched in any order, they are listed as the brief numbers them, the quick check first and
    // the earlier versions after the current ones.
    let full = every_framework();
    for file in BUILT_IN_FILES.iter().rev() {
        catalogue.add_fetched(full.find(file.id, file.version).unwrap().clone());
        assert_eq!(catalogue.has_every_built_in(), file.id == QUICK_CHECK_ID && file.current);
    }
    catalogue.add_fetched(full.latest("digital-capabilities").unwrap().clone());
    let ids: Vec<String> = catalogue.all().map(|f| format!("{} {}", f.id, f.version)).collect();
    let files: Vec<String> = BUILT_IN_FILES.iter().map(|file| format!("{} {}", file.id, file.version)).collect();
    assert_eq!(ids, files);
    assert_eq!(
        &ids[..4],
        [
            "quick-check 2.0.0",
            "digitalisation-outcomes 2.0.0",
            "digital-capabilities 2.0.0",
            "digital-by-default 2.0.0"
        ]
    );
    assert!(
        catalogue.find(QUICK_CHECK_ID, "2.0.0").is_some_and(|f| !f.sources.is_empty()),
        "the whole quick check replaced its questions"
    );
    assert!(!catalogue.awaits("digitalisation-outcomes", "9.9.9"), "once all are here, nothing more can arrive");
    assert!(catalogue.is_built_in(catalogue.latest("digital-by-default").unwrap()));
}

#[test]
fn each_data_file_is_named_by_its_content_as_the_build_names_it() {
    use sha2::{Digest, Sha256};
    for file in BUILT_IN_FILES {
        let bytes = std::fs::read(format!("{}/frameworks/{}", env!("CARGO_MANIFEST_DIR"), file.file)).unwrap();
        // scripts/post-build.mjs: the first 16 hex digits of the SHA-256 of the file.
        let hash: String = Sha256::digest(&bytes)[..8].iter().map(|b| format!("{b:02x}")).collect();
        let stem = file.file.trim_start_matches("archive/").trim_end_matches(".json");
        assert_eq!(file.url, format!("frameworks/{stem}-{hash}.json"));
    }
}

/// The quick check's file as the first download compiles it in: without what the questions do
/// not need, in `language`.
fn questions_of_the_file(language: crate::domain::language::Language) -> Framework {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/frameworks/quick-check.json");
    let file =
        Framework::from_own_json(&std::fs::read_to_string(path).unwrap()).expect("the quick check file is valid");
    assert!(file.areas.iter().all(|area| !area.challenges.is_empty() && !area.examples.is_empty()));
    let mut file = file.in_language(language);
    assert_eq!(file.language, language, "the file reads in {language:?}");
    file.translations = Default::default();
    file.unsure = Default::default();
    file.sources.clear();
    for area in &mut file.areas {
        area.description.clear();
        area.challenges.clear();
        area.examples.clear();
        for statement in &mut area.statements {
            for level in &mut statement.levels {
                level.next_step = None;
            }
        }
    }
    file
}

#[test]
fn the_compiled_in_quick_check_is_the_files_questions() {
    crate::i18n::use_compiled_in(crate::domain::language::Language::English);
    let file = questions_of_the_file(crate::domain::language::Language::English);
    let compiled = crate::domain::catalogue::quick_check();
    assert_eq!(compiled, file, "build.rs writes every other field of the file as Rust");
    let mut catalogue = Catalogue::built_in();
    assert!(!catalogue.is_whole(QUICK_CHECK_ID, &compiled.version), "the rest is fetched when needed");
    catalogue.add_fetched(every_framework().latest(QUICK_CHECK_ID).unwrap().clone());
    assert!(catalogue.is_whole(QUICK_CHECK_ID, &compiled.version));
    assert!(catalogue.latest(QUICK_CHECK_ID).unwrap().problems().is_empty());
}

#[test]
fn the_compiled_in_quick_check_in_welsh_is_the_files_welsh_questions() {
    use crate::domain::language::Language::{English, Welsh};
    crate::i18n::use_compiled_in(Welsh);
    let compiled = crate::domain::catalogue::quick_check();
    crate::i18n::use_compiled_in(English);
    assert_eq!(compiled, questions_of_the_file(Welsh), "the Welsh first download holds the file's Welsh");
}
