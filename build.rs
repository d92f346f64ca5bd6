//! Writes the quick check, which is compiled into the app, as Rust values (`quick_check.rs`): the
//! first download of every visitor then needs no JSON parser to have it. A test proves the values
//! equal to what `frameworks/quick-check.json` reads as.
//!
//! Names each built-in framework's data file by its content (`frameworks/<name>-<hash>.json`), so
//! the app fetches exactly the file of its own build and browsers may cache it for good.
//! `scripts/post-build.mjs` copies the files into the build under the same names (the same hash:
//! the first 16 hex digits of the file's SHA-256).

use std::fmt::Write;
use std::path::Path;

use serde_json::Value;
use sha2::{Digest, Sha256};

/// Compiled into the first download instead: the quick check must not wait for a fetch.
const COMPILED_IN: &str = "quick-check.json";
/// The order pages list them in, as the product brief numbers them; any other file follows.
const ORDER: [&str; 3] = ["digitalisation-outcomes.json", "digital-capabilities.json", "digital-by-default.json"];

fn main() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("frameworks");
    // The folder for files added or removed, each file for its content.
    println!("cargo::rerun-if-changed={}", folder.display());
    let mut files: Vec<String> = std::fs::read_dir(&folder)
        .expect("frameworks/ is readable")
        .map(|entry| entry.expect("a folder entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".json"))
        .collect();
    for file in &files {
        println!("cargo::rerun-if-changed={}", folder.join(file).display());
    }
    files.retain(|name| name != COMPILED_IN);
    files.sort_by_key(|name| (ORDER.iter().position(|first| first == name).unwrap_or(ORDER.len()), name.clone()));
    let mut table = String::from("&[\n");
    for file in files {
        let bytes = std::fs::read(folder.join(&file)).expect("a framework file is readable");
        let hash: String = Sha256::digest(&bytes)[..8].iter().map(|byte| format!("{byte:02x}")).collect();
        let stem = file.trim_end_matches(".json");
        writeln!(table, "    BuiltInFile {{ id: {stem:?}, file: {file:?}, url: \"frameworks/{stem}-{hash}.json\" }},")
            .expect("writing to a string");
    }
    table.push(']');
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
    std::fs::write(out.join("built_in_frameworks.rs"), table).expect("OUT_DIR is writable");

    let quick_check = std::fs::read_to_string(folder.join(COMPILED_IN)).expect("the quick check is readable");
    let document: Value = serde_json::from_str(&quick_check).expect("the quick check is JSON");
    std::fs::write(out.join("quick_check.rs"), framework(&document)).expect("OUT_DIR is writable");
}

// One function per type of `src/domain/framework.rs`, each writing a Rust expression that builds
// it. `text("…")` makes a `String` (see `domain::catalogue`). A field the type does not have fails
// the build; one it has that is missing here fails to compile.

fn framework(value: &Value) -> String {
    let fields = object(value, &["format", "schema_version", "id", "version", "title", "summary", "source", "credit", "area_names", "scale", "areas"]);
    let area_names = match fields.get("area_names") {
        Some(names) => {
            let names = object(names, &["singular", "plural"]);
            format!("AreaNames {{ singular: {}, plural: {} }}", text(&names["singular"]), text(&names["plural"]))
        }
        None => "AreaNames::default()".into(),
    };
    format!(
        "Framework {{ format: {}, schema_version: {}, id: {}, version: {}, title: {}, summary: {}, source: {}, credit: {}, area_names: {area_names}, scale: {}, areas: {} }}",
        text(&fields["format"]),
        fields["schema_version"].as_u64().expect("schema_version is a whole number"),
        text(&fields["id"]),
        text(&fields["version"]),
        text(&fields["title"]),
        text(&fields["summary"]),
        text(&fields["source"]),
        text(&fields["credit"]),
        scale(&fields["scale"]),
        list(&fields["areas"], area),
    )
}

fn scale(value: &Value) -> String {
    let fields = object(value, &["levels", "dont_know", "not_applicable"]);
    let level = |value: &Value| {
        let level = object(value, &["value", "name", "description"]);
        format!(
            "Level {{ value: {}, name: {}, description: {} }}",
            level["value"].as_u64().expect("a level's value is a whole number"),
            text(&level["name"]),
            text(&level["description"])
        )
    };
    format!(
        "Scale {{ levels: {}, dont_know: {}, not_applicable: {} }}",
        list(&fields["levels"], level),
        text(&fields["dont_know"]),
        text(&fields["not_applicable"])
    )
}

fn area(value: &Value) -> String {
    let fields = object(value, &["id", "title", "description", "weight", "challenges", "examples", "statements"]);
    let weight = fields.get("weight").map_or(1.0, |w| w.as_f64().expect("weight is a number"));
    let texts = |name: &str| fields.get(name).map_or_else(|| "Vec::new()".into(), |v| list(v, text));
    format!(
        "Area {{ id: {}, title: {}, description: {}, weight: {weight:?}, challenges: {}, examples: {}, statements: {} }}",
        text(&fields["id"]),
        text(&fields["title"]),
        text(&fields["description"]),
        texts("challenges"),
        texts("examples"),
        list(&fields["statements"], statement),
    )
}

fn statement(value: &Value) -> String {
    let fields = object(value, &["id", "text", "hint", "levels"]);
    let level = |value: &Value| {
        let level = object(value, &["descriptor", "next_step"]);
        format!("StatementLevel {{ descriptor: {}, next_step: {} }}", text(&level["descriptor"]), optional(level.get("next_step")))
    };
    format!(
        "Statement {{ id: {}, text: {}, hint: {}, levels: {} }}",
        text(&fields["id"]),
        text(&fields["text"]),
        optional(fields.get("hint")),
        list(&fields["levels"], level)
    )
}

fn object<'a>(value: &'a Value, known: &[&str]) -> &'a serde_json::Map<String, Value> {
    let fields = value.as_object().expect("an object");
    if let Some(unknown) = fields.keys().find(|key| !known.contains(&key.as_str())) {
        panic!("quick-check.json: unknown field {unknown:?}");
    }
    fields
}

fn list(value: &Value, item: impl Fn(&Value) -> String) -> String {
    let items: Vec<String> = value.as_array().expect("a list").iter().map(item).collect();
    format!("vec![{}]", items.join(", "))
}

fn text(value: &Value) -> String {
    // Debug writes a str as a Rust string literal, escapes and all.
    format!("text({:?})", value.as_str().expect("a string"))
}

fn optional(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => "None".into(),
        Some(value) => format!("Some({})", text(value)),
    }
}
