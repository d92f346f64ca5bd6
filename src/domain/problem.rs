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
    serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let path = error.path().to_string();
        problem(error.inner(), if path == "." { String::new() } else { path }).into()
    })
}

/// Reads JSON that Almanac wrote itself (a stored record, a built-in framework), which is only
/// wrong when damaged: a failure says where in the text, without a field path.
pub fn parse_own_json<T: DeserializeOwned>(text: &str) -> Result<T, Problems> {
    serde_json::from_str(check_not_empty(text)?).map_err(|error| problem(&error, String::new()).into())
}

fn check_not_empty(text: &str) -> Result<&str, Problems> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Problem::whole("the file is empty").into());
    }
    Ok(text)
}

fn problem(error: &serde_json::Error, path: String) -> Problem {
    // A broken file has no meaningful field path: the line and column say where to look.
    match error.classify() {
        serde_json::error::Category::Eof => {
            Problem::whole(format!("the file ends too early, at line {}: it may have been cut short", error.line()))
        }
        serde_json::error::Category::Syntax => Problem::whole(format!(
            "this is not valid JSON ({} at line {}, column {})",
            describe(error),
            error.line(),
            error.column()
        )),
        _ => Problem { path, message: describe(error) },
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
