//! Problems found in a document, each tied to the exact path of the field at fault.

use std::fmt;

use serde::de::DeserializeOwned;

use crate::i18n::t::problem as t;

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
        let path = if path == "." { String::new() } else { path };
        let serde_message = describe(error.inner());
        // serde quotes a wrong text with Debug formatting, which the app's release build leaves
        // out (-Zfmt-debug=none in scripts/build-wasm.sh): quote it from the file instead.
        match string_at(text, error.path()) {
            Some(quoted) if serde_message.contains("string , ") => {
                Problems::from(Problem { path, message: in_plain_words(&with_quoted_string(&serde_message, &quoted)) })
            }
            _ => Problems::from(problem(error.inner(), path)),
        }
    })?;
    deserializer.end().map_err(|error| problem(&error, String::new()))?;
    Ok(value)
}

/// The text at `path` in the JSON document, quoted as JSON writes it, if there is one.
fn string_at(text: &str, path: &serde_path_to_error::Path) -> Option<String> {
    use serde_path_to_error::Segment;
    let document: serde_json::Value = serde_json::from_str(text).ok()?;
    let mut value = &document;
    for segment in path.iter() {
        value = match segment {
            Segment::Seq { index } => value.get(*index)?,
            Segment::Map { key } => value.get(key)?,
            Segment::Enum { .. } | Segment::Unknown => return None,
        };
    }
    value.is_string().then(|| value.to_string())
}

/// serde's message with the quoted text its build could not write ("string , expected …").
fn with_quoted_string(serde_message: &str, quoted: &str) -> String {
    serde_message.replacen("string , ", &format!("string {quoted}, "), 1)
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
        return Err(Problem::whole(t::file_empty()).into());
    }
    Ok(text)
}

pub(crate) fn problem(error: &serde_json::Error, path: String) -> Problem {
    // A broken file has no meaningful field path: the line and column say where to look.
    let (line, column) = (error.line(), error.column());
    match error.classify() {
        serde_json::error::Category::Eof => Problem::whole(t::ends_early(line)),
        serde_json::error::Category::Syntax => match describe(error).as_str() {
            "trailing characters" => Problem::whole(t::trailing(line, column)),
            "recursion limit exceeded" => Problem::whole(t::too_deep(line, column)),
            syntax => Problem::whole(t::not_json(syntax_in_words(syntax), line, column)),
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

/// serde_json's words for what breaks JSON, in the page's language (in English, as they are).
fn syntax_in_words(syntax: &str) -> String {
    match syntax {
        "expected value" => t::syntax_expected_value(),
        "expected `:`" => t::syntax_expected_colon(),
        "expected `,` or `]`" => t::syntax_expected_comma_list(),
        "expected `,` or `}`" => t::syntax_expected_comma_object(),
        "expected ident" => t::syntax_expected_ident(),
        "expected `\"`" => t::syntax_expected_quote(),
        "key must be a string" => t::syntax_key_string(),
        "trailing comma" => t::syntax_trailing_comma(),
        "invalid number" => t::syntax_invalid_number(),
        "invalid escape" => t::syntax_invalid_escape(),
        "number out of range" => t::syntax_number_out_of_range(),
        "control character (\\u0000-\\u001F) found while parsing a string" => t::syntax_control_character(),
        other => other,
    }
    .to_string()
}

/// serde's "invalid type: sequence, expected struct Assessment" names Rust's types; people know
/// JSON's: a list, named fields, text, a number. serde's other messages ("missing field `id`")
/// are put in the page's language.
fn in_plain_words(message: &str) -> String {
    let Some((found, expected)) = message.rsplit_once(", expected ") else { return unexpected_alone(message) };
    if found.starts_with("invalid length ") && expected.starts_with("struct ") {
        return t::list_not_fields().into();
    }
    let expected = plain_expectation(expected);
    if let Some(kind) = found.strip_prefix("invalid type: ") {
        t::invalid_type(plain_kind(kind), expected)
    } else if let Some(value) = found.strip_prefix("invalid value: ") {
        t::invalid_value(unexpected(value), expected)
    } else if let Some(length) = found.strip_prefix("invalid length ") {
        t::invalid_length(length, expected)
    } else if let Some(field) = found.strip_prefix("unknown field ") {
        t::unknown_field(field, expected)
    } else if let Some(variant) = found.strip_prefix("unknown variant ") {
        t::unknown_variant(variant, expected)
    } else {
        t::found_expected(found, expected)
    }
}

/// serde's messages that expect nothing in particular; any other (a format's own) as it is.
fn unexpected_alone(message: &str) -> String {
    if let Some(field) = message.strip_prefix("missing field ") {
        t::missing_field(field)
    } else if let Some(field) = message.strip_prefix("duplicate field ") {
        t::duplicate_field(field)
    } else if let Some(field) =
        message.strip_prefix("unknown field ").and_then(|rest| rest.strip_suffix(", there are no fields"))
    {
        t::unknown_field_none(field)
    } else if let Some(variant) =
        message.strip_prefix("unknown variant ").and_then(|rest| rest.strip_suffix(", there are no variants"))
    {
        t::unknown_variant_none(variant)
    } else {
        message.to_string()
    }
}

fn plain_kind(kind: &str) -> String {
    match kind {
        "sequence" => t::a_list().into(),
        "map" => t::named_fields().into(),
        "unit value" => "null".into(),
        other => unexpected(other),
    }
}

/// What serde found instead, as it says it ("integer `5`", "string \"five\"").
fn unexpected(found: &str) -> String {
    if let Some(value) = found.strip_prefix("string ") {
        t::kind_string(value)
    } else if let Some(value) = found.strip_prefix("integer ") {
        t::kind_integer(value)
    } else if let Some(value) = found.strip_prefix("floating point ") {
        t::kind_float(value)
    } else if let Some(value) = found.strip_prefix("boolean ") {
        t::kind_boolean(value)
    } else if let Some(value) = found.strip_prefix("character ") {
        t::kind_character(value)
    } else {
        found.to_string()
    }
}

fn plain_expectation(expected: &str) -> String {
    match expected {
        "f32" | "f64" => t::a_number().into(),
        "u8" => t::whole_number_to_255().into(),
        "u16" | "u32" | "u64" | "u128" | "usize" => t::whole_number_from_0().into(),
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => t::whole_number().into(),
        "a sequence" => t::a_list().into(),
        "a map" => t::named_fields_braces().into(),
        "char" => t::single_character().into(),
        "a string" => t::a_string().into(),
        "a boolean" => t::a_boolean().into(),
        _ if expected.starts_with("struct ") => t::named_fields_braces().into(),
        _ if expected.starts_with("enum ") => t::allowed_word().into(),
        _ => match expected.strip_prefix("a tuple of size ").or_else(|| expected.strip_prefix("tuple of size ")) {
            Some(size) => match size.parse() {
                Ok(count) => t::list_of_values(count),
                Err(_) => expected.to_string(),
            },
            None => names(expected),
        },
    }
}

/// serde's names allowed in a field: "`a`", "`a` or `b`", "one of `a`, `b`, `c`".
fn names(expected: &str) -> String {
    if let Some(list) = expected.strip_prefix("one of `") {
        return t::one_of(format!("`{list}"));
    }
    match expected.split_once("` or `") {
        Some((first, second)) if first.starts_with('`') && second.ends_with('`') && !first[1..].contains('`') => {
            t::either(format!("{first}`"), format!("`{second}"))
        }
        _ => expected.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrong_text_is_quoted_from_the_file_when_serde_could_not_quote_it() {
        let text = r#"{"areas": [{"weight": 1}, {"weight": "heavy"}]}"#;
        let mut deserializer = serde_json::Deserializer::from_str(text);
        let error = serde_path_to_error::deserialize::<_, serde_json::Value>(&mut deserializer).err();
        assert!(error.is_none(), "a Value takes anything");
        let path: serde_path_to_error::Path = {
            #[derive(serde::Deserialize, Debug)]
            #[allow(dead_code)]
            struct Area {
                weight: f64,
            }
            #[derive(serde::Deserialize, Debug)]
            #[allow(dead_code)]
            struct Doc {
                areas: Vec<Area>,
            }
            let mut deserializer = serde_json::Deserializer::from_str(text);
            serde_path_to_error::deserialize::<_, Doc>(&mut deserializer).unwrap_err().path().clone()
        };
        let quoted = string_at(text, &path).expect("a text at areas[1].weight");
        assert_eq!(quoted, r#""heavy""#);
        // What the release build's serde writes, and what the person then reads.
        let message = in_plain_words(&with_quoted_string("invalid type: string , expected f64", &quoted));
        assert_eq!(message, in_plain_words(r#"invalid type: string "heavy", expected f64"#));
        assert!(message.contains(r#""heavy""#), "{message}");
    }
}
