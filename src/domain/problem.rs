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
pub fn parse_json<T: DeserializeOwned>(text: &str) -> Result<T, Problems> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Problem::whole("the file is empty").into());
    }
    let mut deserializer = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let path = error.path().to_string();
        let inner = error.inner();
        // A broken file has no meaningful field path: the line and column say where to look.
        match inner.classify() {
            serde_json::error::Category::Eof => {
                Problem::whole(format!("the file ends too early, at line {}: it may have been cut short", inner.line()))
            }
            serde_json::error::Category::Syntax => Problem::whole(format!(
                "this is not valid JSON ({} at line {}, column {})",
                describe(inner),
                inner.line(),
                inner.column()
            )),
            _ => Problem { path: if path == "." { String::new() } else { path }, message: describe(inner) },
        }
        .into()
    })
}

/// serde_json's message without its "at line … column …" tail, which we place ourselves.
fn describe(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(index) => text[..index].to_string(),
        None => text,
    }
}
