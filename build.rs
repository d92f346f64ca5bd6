//! Writes the quick check, which is compiled into the app, as flat lists of its texts and numbers
//! (`quick_check.rs`): the first download of every visitor then needs no JSON parser to have it.
//! A test proves what the app reads from them equal to `frameworks/quick-check.json`.
//!
//! Names each built-in framework's data file by its content (`frameworks/<name>-<hash>.json`), so
//! the app fetches exactly the file of its own build and browsers may cache it for good.
//! `scripts/post-build.mjs` copies the files into the build under the same names (the same hash:
//! the first 16 hex digits of the file's SHA-256).
//!
//! Compiles the interface's words (`locales/`, see `build/words.rs`) into a function per message
//! and a words file per language and part; a catalogue with a missing message or placeholder
//! fails the build, naming it.

#[path = "build/words.rs"]
mod words;

use std::fmt::Write;
use std::path::Path;

use serde_json::Value;
use sha2::{Digest, Sha256};

/// Compiled into the first download as far as the questions need it: without its sources, its
/// outcomes' descriptions, challenges and examples, and the next steps, which the result and
/// plan pages take from the whole file, fetched while the questions are answered. The
/// questions must not wait for a fetch, and the first download must stay within 150 KB.
const COMPILED_IN: &str = "quick-check.json";
/// Which statements of the built-in frameworks cover the same ground: data, fetched when needed.
const CROSSWALK: &str = "crosswalk.json";
/// The styles only the pages outside the first download use (see `src/areas.rs`).
const PAGE_STYLES: &str = "pages.css";
/// The order pages list them in, as the product brief numbers them; any other file follows.
const ORDER: [&str; 4] =
    ["quick-check.json", "digitalisation-outcomes.json", "digital-capabilities.json", "digital-by-default.json"];

/// The package's folder, read when the script runs: a script built once may run for another
/// checkout of the same package (git worktrees sharing a target folder).
fn package() -> std::path::PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR").into()
}

fn main() {
    let folder = package().join("frameworks");
    let archive = folder.join("archive");
    let mut table = String::from("&[\n");
    let mut crosswalk = None;
    // The current versions first, in the brief's order; then the earlier versions.
    for (folder, current) in [(&folder, true), (&archive, false)] {
        // The folder for files added or removed, each file for its content.
        println!("cargo::rerun-if-changed={}", folder.display());
        let mut files: Vec<String> = std::fs::read_dir(folder)
            .expect("frameworks/ is readable")
            .map(|entry| entry.expect("a folder entry").file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".json"))
            .collect();
        files.sort_by_key(|name| (ORDER.iter().position(|first| first == name).unwrap_or(ORDER.len()), name.clone()));
        for file in files {
            println!("cargo::rerun-if-changed={}", folder.join(&file).display());
            let bytes = std::fs::read(folder.join(&file)).expect("a framework file is readable");
            let url = format!("frameworks/{}-{}.json", file.trim_end_matches(".json"), content_hash(&bytes));
            if current && file == CROSSWALK {
                crosswalk = Some(url);
                continue;
            }
            let document: Value = serde_json::from_slice(&bytes).expect("a framework file is JSON");
            let (id, version) = (&document["id"], &document["version"]);
            let file = if current { file } else { format!("archive/{file}") };
            writeln!(
                table,
                "    BuiltInFile {{ id: {id}, version: {version}, #[cfg(test)] file: {file:?}, url: {url:?}, current: {current} }},"
            )
            .expect("writing to a string");
        }
    }
    table.push(']');
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
    std::fs::write(out.join("built_in_frameworks.rs"), table).expect("OUT_DIR is writable");
    let crosswalk = crosswalk.expect("frameworks/crosswalk.json exists");
    std::fs::write(out.join("crosswalk_url.rs"), format!("{crosswalk:?}")).expect("OUT_DIR is writable");

    // The styles of the pages that load when first needed, named by content as post-build does.
    let styles = package().join("style").join(PAGE_STYLES);
    println!("cargo::rerun-if-changed={}", styles.display());
    let bytes = std::fs::read(&styles).expect("style/pages.css is readable");
    let url = format!("{}-{}.css", PAGE_STYLES.trim_end_matches(".css"), content_hash(&bytes));
    std::fs::write(out.join("page_styles_url.rs"), format!("{url:?}")).expect("OUT_DIR is writable");

    let quick_check = std::fs::read_to_string(folder.join(COMPILED_IN)).expect("the quick check is readable");
    let document: Value = serde_json::from_str(&quick_check).expect("the quick check is JSON");
    let mut flat = Flat::default();
    flat.framework(&document);
    std::fs::write(out.join("quick_check.rs"), flat.source()).expect("OUT_DIR is writable");
    for language in words::LANGUAGES {
        let texts = flat.texts_in(&document, language).join(&words::MESSAGE_END.to_string());
        std::fs::write(out.join(format!("quick-check-{language}.txt")), texts).expect("OUT_DIR is writable");
    }

    compile_words(&out);
}

/// `t.rs`, a module per catalogue file and a function per message, and the words files
/// (`words-<language>-<part>.txt`); `page_words.rs` names the pages' words files by content.
fn compile_words(out: &Path) {
    let root = package().join("locales");
    println!("cargo::rerun-if-changed={}", root.display());
    for language in words::LANGUAGES {
        for part in words::PARTS {
            let folder = root.join(language).join(part);
            println!("cargo::rerun-if-changed={}", folder.display());
            for entry in std::fs::read_dir(&folder).into_iter().flatten().flatten() {
                println!("cargo::rerun-if-changed={}", entry.path().display());
            }
        }
    }
    let catalogue = words::read(&root).unwrap_or_else(|problems| {
        panic!("the interface's words (locales/) need correcting:\n  {}", problems.join("\n  "))
    });
    let mut source = String::new();
    let mut files: Vec<&str> = catalogue.messages.iter().map(|m| m.file.as_str()).collect();
    files.dedup();
    for file in files {
        writeln!(source, "pub mod {} {{\n    #![allow(clippy::all)]", words::rust_name(file))
            .expect("writing to a string");
        for (index, message) in catalogue.messages.iter().enumerate().filter(|(_, m)| m.file == file) {
            let english = message.texts[0].replace(['\u{1}', '\u{2}', '\u{3}'], "…");
            let name = words::rust_name(&message.id);
            let parameters: Vec<String> = message
                .arguments
                .iter()
                .map(|argument| {
                    let ty = if message.count.as_ref() == Some(argument) { "usize" } else { "impl std::fmt::Display" };
                    format!("{}: {ty}", words::rust_name(argument))
                })
                .collect();
            let arguments: Vec<String> =
                message.arguments.iter().map(|argument| format!("&{}", words::rust_name(argument))).collect();
            let body = match (&message.count, message.arguments.is_empty()) {
                (None, true) => format!("-> &'static str {{ crate::i18n::word({index}) }}"),
                (None, false) => format!("-> String {{ crate::i18n::fill({index}, &[{}]) }}", arguments.join(", ")),
                (Some(count), _) => format!(
                    "-> String {{ crate::i18n::count({index}, {}, &[{}]) }}",
                    words::rust_name(count),
                    arguments.join(", ")
                ),
            };
            writeln!(source, "    /// {english:?}\n    #[inline]\n    pub fn {name}({}) {body}", parameters.join(", "))
                .expect("writing to a string");
        }
        source.push_str("}\n");
    }
    std::fs::write(out.join("t.rs"), source).expect("OUT_DIR is writable");
    let mut urls = Vec::new();
    for (language_index, language) in words::LANGUAGES.iter().enumerate() {
        for (part_index, part) in words::PARTS.iter().enumerate() {
            let text = catalogue.words(language_index, part_index);
            if *part == "pages" {
                urls.push(format!("words/{language}-pages-{}.txt", content_hash(text.as_bytes())));
            }
            std::fs::write(out.join(format!("words-{language}-{part}.txt")), text).expect("OUT_DIR is writable");
        }
    }
    let first_part = catalogue.messages.iter().filter(|m| m.part == 0).count();
    std::fs::write(
        out.join("page_words.rs"),
        format!("/// The first message of the pages' part.\nconst FIRST_PAGE_WORD: usize = {first_part};\nconst PAGE_WORDS_URLS: [&str; 2] = {urls:?};\n"),
    )
    .expect("OUT_DIR is writable");
}

/// The first 16 hex digits of the file's SHA-256, as `scripts/post-build.mjs` names it.
fn content_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)[..8].iter().map(|byte| format!("{byte:02x}")).collect()
}

/// The quick check flattened, field by field in the order of `src/domain/framework/mod.rs`: its texts
/// in one list and its numbers (values, weights, and the length of each list, 1 or 0 for an
/// optional text) in another. `domain::catalogue::quick_check` reads them back in the same order;
/// a test proves the result equal to the file. A field this does not know fails the build.
#[derive(Default)]
struct Flat {
    texts: Vec<String>,
    /// The translation key of each text a person reads (`src/domain/framework/translation.rs`).
    keys: Vec<Option<String>>,
    numbers: Vec<f64>,
}

impl Flat {
    fn framework(&mut self, value: &Value) {
        let fields = object(
            value,
            &[
                "format",
                "schema_version",
                "id",
                "version",
                "previous_version",
                "title",
                "summary",
                "source",
                "credit",
                "sources",
                "area_names",
                "scale",
                "areas",
                "language",
                "translations",
                "unsure",
            ],
        );
        self.text(&fields["format"], None);
        self.number(&fields["schema_version"]);
        self.text(&fields["id"], None);
        self.text(&fields["version"], None);
        self.optional(fields.get("previous_version"), None);
        for name in ["title", "summary", "source", "credit"] {
            self.text(&fields[name], Some(name.to_string()));
        }
        match fields.get("area_names") {
            Some(names) => {
                let names = object(names, &["singular", "plural"]);
                self.text(&names["singular"], Some("area_names.singular".into()));
                self.text(&names["plural"], Some("area_names.plural".into()));
            }
            // AreaNames::default()
            None => {
                self.texts.extend(["area".to_string(), "areas".to_string()]);
                self.keys.extend([None, None]);
            }
        }
        let scale = object(&fields["scale"], &["levels", "dont_know", "not_applicable"]);
        self.list(&scale["levels"], |flat, level| {
            let level = object(level, &["value", "name", "description"]);
            flat.number(&level["value"]);
            let key = format!("scale.levels.{}", level["value"]);
            flat.text(&level["name"], Some(format!("{key}.name")));
            flat.text(&level["description"], Some(format!("{key}.description")));
        });
        self.text(&scale["dont_know"], Some("scale.dont_know".into()));
        self.text(&scale["not_applicable"], Some("scale.not_applicable".into()));
        self.list(&fields["areas"], Flat::area);
    }

    fn area(&mut self, value: &Value) {
        let fields = object(value, &["id", "title", "description", "weight", "challenges", "examples", "statements"]);
        self.text(&fields["id"], None);
        self.text(&fields["title"], Some(format!("areas.{}.title", fields["id"].as_str().expect("an id"))));
        // The description is left out, as are challenges, examples and next steps below.
        self.numbers.push(fields.get("weight").map_or(1.0, |w| w.as_f64().expect("weight is a number")));
        self.list(&fields["statements"], |flat, statement| {
            let fields = object(statement, &["id", "text", "hint", "replaces", "levels"]);
            let key = format!("statements.{}", fields["id"].as_str().expect("an id"));
            flat.text(&fields["id"], None);
            flat.text(&fields["text"], Some(format!("{key}.text")));
            flat.optional(fields.get("hint"), Some(format!("{key}.hint")));
            match fields.get("replaces") {
                Some(ids) => flat.list(ids, |flat, id| flat.text(id, None)),
                None => flat.numbers.push(0.0),
            }
            let mut level = 0;
            flat.list(&fields["levels"], |flat, value| {
                object(value, &["descriptor", "next_step"]);
                level += 1;
                flat.text(&value["descriptor"], Some(format!("{key}.levels.{level}.descriptor")));
            });
        });
    }

    fn list(&mut self, value: &Value, mut item: impl FnMut(&mut Flat, &Value)) {
        let items = value.as_array().expect("a list");
        self.numbers.push(items.len() as f64);
        for value in items {
            item(self, value);
        }
    }

    /// A text, with its translation key if a person reads it.
    fn text(&mut self, value: &Value, key: Option<String>) {
        self.texts.push(value.as_str().expect("a string").to_string());
        self.keys.push(key);
    }

    fn number(&mut self, value: &Value) {
        self.numbers.push(value.as_f64().expect("a number"));
    }

    fn optional(&mut self, value: Option<&Value>, key: Option<String>) {
        match value {
            None | Some(Value::Null) => self.numbers.push(0.0),
            Some(value) => {
                self.numbers.push(1.0);
                self.text(value, key);
            }
        }
    }

    /// The texts in `language`: the file's own, or its translation where it has one. A missing
    /// translation is a test's to report (`domain::tests::translation`), not the build's.
    fn texts_in(&self, document: &Value, language: &str) -> Vec<String> {
        let own = document.get("language").and_then(Value::as_str).unwrap_or("en");
        let translations = &document["translations"][language];
        self.texts
            .iter()
            .zip(&self.keys)
            .map(|(text, key)| match key {
                Some(key) if language != own => translations[key].as_str().unwrap_or(text).to_string(),
                _ => text.clone(),
            })
            .collect()
    }

    /// The numbers, compiled in; the texts are in each language's first words file.
    fn source(&self) -> String {
        format!("static QUICK_CHECK_NUMBERS: &[f64] = &{:?};\n", self.numbers)
    }
}

fn object<'a>(value: &'a Value, known: &[&str]) -> &'a serde_json::Map<String, Value> {
    let fields = value.as_object().expect("an object");
    if let Some(unknown) = fields.keys().find(|key| !known.contains(&key.as_str())) {
        panic!("quick-check.json: unknown field {unknown:?}");
    }
    fields
}
