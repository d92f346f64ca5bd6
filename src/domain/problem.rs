//! Problems found in a document, each tied to the exact path of the field at fault.

use std::fmt;

use serde::de::DeserializeOwned;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where the problem is, such as `areas[2].statements[0].text`; empty for the whole document.
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() { write!(f, "{}", self.message) } else { write!(f, "{}: {}", self.path, self.message) }
    }
}

impl Problem {
    pub fn whole(message: impl Into<String>) -> Problem {
        Problem { path: String::new(), message: message.into() }
    }

    pub fn at(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem { path: path.into(), message: message.into() }
    }
}

/// Every problem found, so a person can fix a file in one go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems(pub Vec<Problem>);

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines: Vec<String> = self.0.iter().map(Problem::to_string).collect();
        write!(f, "{}", lines.join("\n"))
    }
}

impl From<Problem> for Problems {
    fn from(problem: Problem) -> Problems {
        Problems(vec![problem])
    }
}

/// Reads JSON into `T`; a failure names the path of the field at fault and the line it is on.
/// For files people bring: the path tracking is heavy, and worth it only there.
pub fn parse_json<T: DeserializeOwned>(text: &str) -> Result<T, Problems> {
    let text = check_not_empty(text)?;
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let path = error.path().to_string();
        Problems::from(problem(error.inner(), if path == "." { String::new() } else { path }))
    })?;
    deserializer.end().map_err(|error| problem(&error, String::new()))?;
    Ok(value)
}

/// Reads JSON that Almanac wrote itself (a stored record, a built-in framework), which is only
/// wrong when damaged: a failure says where in the text, without a field path.
pub fn parse_own_json<T: DeserializeOwned>(text: &str) -> Result<T, Problems> {
    // `from_str` also checks that nothing follows the value.
    serde_json::from_str(check_not_empty(text)?).map_err(|error| problem(&error, String::new()).into())
}

pub(crate) fn check_not_empty(text: &str) -> Result<&str, Problems> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Problem::whole("the file is empty").into());
    }
    Ok(text)
}

pub(crate) fn problem(error: &serde_json::Error, path: String) -> Problem {
    // A broken file has no meaningful field path: the line and column say where to look.
    let (line, column) = (error.line(), error.column());
    match error.classify() {
        serde_json::error::Category::Eof => {
            Problem::whole(format!("the file ends too early, at line {line}: it may have been cut short"))
        }
        serde_json::error::Category::Syntax => match describe(error).as_str() {
            "trailing characters" => Problem::whole(format!(
                "there is more after the end of the Almanac file, from line {line}, column {column}: it may be two files joined together, or have had something added"
            )),
            "recursion limit exceeded" => Problem::whole(format!(
                "this file is nested too deeply to be an Almanac file (lists or fields inside one another, at line {line}, column {column})"
            )),
            syntax => Problem::whole(format!("this is not valid JSON ({syntax} at line {line}, column {column})")),
        },
        _ => Problem { path, message: in_plain_words(&describe(error)) },
    }
}

/// serde_json's message without its "at line … column …" tail, which we place ourselves.
fn describe(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(index) => text[..index].to_string(),
        None => text,
    }
}

/// serde's "invalid type: sequence, expected struct Assessment" names Rust's types; people know
/// JSON's: a list, named fields, text, a number.
fn in_plain_words(message: &str) -> String {
    let Some((found, expected)) = message.rsplit_once(", expected ") else { return message.to_string() };
    if found.starts_with("invalid length ") && expected.starts_with("struct ") {
        return "is a list, where named fields in { } were expected".into();
    }
    let found = match found.strip_prefix("invalid type: ") {
        Some(kind) => format!("invalid type: {}", plain_kind(kind)),
        None => found.to_string(),
    };
    format!("{found}, expected {}", plain_expectation(expected))
}

fn plain_kind(kind: &str) -> &str {
    match kind {
        "sequence" => "a list",
        "map" => "named fields",
        "unit value" => "null",
        other => other,
    }
}

fn plain_expectation(expected: &str) -> String {
    match expected {
        "f32" | "f64" => "a number".into(),
        "u8" => "a whole number from 0 to 255".into(),
        "u16" | "u32" | "u64" | "u128" | "usize" => "a whole number from 0".into(),
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => "a whole number".into(),
        "a sequence" => "a list".into(),
        "a map" => "named fields in { }".into(),
        "char" => "a single character".into(),
        _ if expected.starts_with("struct ") => "named fields in { }".into(),
        _ if expected.starts_with("enum ") => "one of the words allowed here".into(),
        _ => match expected.strip_prefix("a tuple of size ").or_else(|| expected.strip_prefix("tuple of size ")) {
            Some(size) => format!("a list of {size} values"),
            None => expected.to_string(),
        },
    }
}
