mod assessment;
mod backup;
mod benchmark;
mod carry;
mod catalogue;
mod colour;
mod combine;
mod compare;
mod content;
#[cfg(not(target_arch = "wasm32"))]
mod dates;
mod embedding;
mod exchange;
mod framework;
#[cfg(not(target_arch = "wasm32"))]
mod hostile;
mod kind;
mod listing;
mod organisation;
pub(crate) mod performance;
mod performance_board;
mod performance_sheet;
mod plan;
mod programme;
mod scoring;
mod share;
mod spreadsheet;
mod text;
mod translation;
mod workshop;

use time::OffsetDateTime;
use time::macros::datetime;

use super::assessment::{Assessment, Rating};
use super::catalogue::{BUILT_IN_FILES, Catalogue, QUICK_CHECK_ID};
use super::framework::Framework;

pub(crate) const NOW: OffsetDateTime = datetime!(2026-11-23 10:00 UTC);

/// The catalogue once every built-in framework has been fetched: read here from `frameworks/`,
/// the files the app fetches from its build.
pub(crate) fn every_framework() -> Catalogue {
    let mut catalogue = Catalogue::built_in();
    for file in BUILT_IN_FILES {
        let path = format!("{}/frameworks/{}", env!("CARGO_MANIFEST_DIR"), file.file);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"));
        catalogue.add_fetched(Framework::from_own_json(&text).unwrap_or_else(|problems| panic!("{path}: {problems}")));
    }
    catalogue
}

/// What a backup holds, with no benchmarks.
pub(super) fn contents<'a>(
    assessments: &'a [Assessment],
    frameworks: &'a [Framework],
    performance: Option<&'a super::performance::Performance>,
    groups: &'a [super::combine::Group],
) -> super::backup::Contents<'a> {
    super::backup::Contents { assessments, frameworks, performance, groups, benchmarks: &[] }
}

/// The whole quick check, as the result and plan pages have it once its file is fetched.
pub(crate) fn quick_check() -> Framework {
    every_framework().latest(QUICK_CHECK_ID).expect("quick check is built in").clone()
}

/// An assessment of `framework` with the given ratings, one per statement in order.
pub(crate) fn answered(framework: &Framework, ratings: &[Rating]) -> Assessment {
    let mut assessment = Assessment::new("a1".into(), framework, NOW);
    for ((_, statement), rating) in framework.statements().zip(ratings) {
        assessment.answer(&statement.id, *rating, NOW);
    }
    assessment
}

/// A small two-area framework, as JSON, for shaping bad documents from.
/// Every problem a framework document is refused for, as the person reads them; none if it loads.
pub(super) fn framework_problems(document: serde_json::Value) -> Vec<String> {
    match Framework::from_json(&document.to_string()) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.0.iter().map(ToString::to_string).collect(),
    }
}

pub(super) fn small_framework_json() -> serde_json::Value {
    let levels = |n: usize| -> Vec<serde_json::Value> {
        (1..=n)
            .map(|i| {
                if i < n {
                    serde_json::json!({"descriptor": format!("At {i}"), "next_step": format!("Go to {}", i + 1)})
                } else {
                    serde_json::json!({"descriptor": format!("At {i}")})
                }
            })
            .collect()
    };
    serde_json::json!({
        "format": "almanac.framework",
        "schema_version": 1,
        "id": "small",
        "version": "1",
        "title": "Small",
        "summary": "A small framework.",
        "source": "Tests",
        "credit": "Tests",
        "scale": {
            "levels": [
                {"value": 1, "name": "One", "description": "First"},
                {"value": 2, "name": "Two", "description": "Second"},
                {"value": 3, "name": "Three", "description": "Third"}
            ],
            "dont_know": "Don't know",
            "not_applicable": "Not applicable"
        },
        "areas": [
            {"id": "a", "title": "Area A", "description": "A", "weight": 1,
             "statements": [{"id": "a1", "text": "A one", "levels": levels(3)},
                            {"id": "a2", "text": "A two", "levels": levels(3)}]},
            {"id": "b", "title": "Area B", "description": "B", "weight": 3,
             "statements": [{"id": "b1", "text": "B one", "levels": levels(3)}]}
        ]
    })
}

pub(crate) fn small_framework() -> Framework {
    Framework::from_json(&small_framework_json().to_string()).expect("small framework is valid")
}

/// A file as LibreOffice opens it, converted to `format` (such as "fods" or "fodt", flat XML):
/// the converted file's text. A folder and profile of its own, so parallel runs do not clash.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn converted_by_libreoffice(file_name: &str, bytes: &[u8], format: &str) -> String {
    static RUNS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let run = RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let work = std::env::temp_dir().join(format!("almanac-soffice-{}-{run}", std::process::id()));
    std::fs::create_dir_all(&work).unwrap();
    let source = work.join(file_name);
    std::fs::write(&source, bytes).unwrap();
    let converted = std::process::Command::new("soffice")
        .arg(format!("-env:UserInstallation=file://{}/profile", work.display()))
        .args(["--headless", "--convert-to", format, "--outdir"])
        .arg(&work)
        .arg(&source)
        .output()
        .expect("soffice runs (scripts/install.sh installs LibreOffice Calc and Writer)");
    let stem = std::path::Path::new(file_name).file_stem().unwrap().to_string_lossy().to_string();
    let text = std::fs::read_to_string(work.join(format!("{stem}.{format}")));
    let _ = std::fs::remove_dir_all(&work);
    text.unwrap_or_else(|_| panic!("soffice converted {file_name}: {converted:?}"))
}
