//! Writes the quick check, which is compiled into the app, without the spaces that make the file
//! readable (it is in the first download of every visitor).
//!
//! Names each built-in framework's data file by its content (`frameworks/<name>-<hash>.json`), so
//! the app fetches exactly the file of its own build and browsers may cache it for good.
//! `scripts/post-build.mjs` copies the files into the build under the same names (the same hash:
//! the first 16 hex digits of the file's SHA-256).

use std::fmt::Write;
use std::path::Path;

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
    let document: serde_json::Value = serde_json::from_str(&quick_check).expect("the quick check is JSON");
    std::fs::write(out.join(COMPILED_IN), document.to_string()).expect("OUT_DIR is writable");
}
