//! Text from a file's bytes. Almanac reads UTF-8, which it writes itself and which every current
//! tool can save; a file in another encoding is refused, never read with its letters replaced.
//!
//! Decoding Windows-1252 instead (what older Excel writes for "CSV") was weighed: `encoding_rs`
//! would add 157 KB (127 KB gzipped) of tables to the code that imports files, for one encoding.

use super::problem::Problem;
use crate::i18n::t::text as t;
use crate::i18n::t::text_encoding;

/// The text of a file, or why it cannot be read as text.
pub fn from_bytes(bytes: Vec<u8>) -> Result<String, Problem> {
    if bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff") {
        return Err(Problem::whole(text_encoding::utf16()));
    }
    match String::from_utf8(bytes) {
        // A byte order mark stays: every reader takes it off.
        Ok(text) => Ok(text),
        Err(error) => {
            let bytes = error.as_bytes();
            let valid = error.utf8_error().valid_up_to();
            let line = bytes[..valid].iter().filter(|b| **b == b'\n').count() + 1;
            Err(Problem::whole(text_encoding::not_utf8(line)))
        }
    }
}

/// The start of a value someone gave, to quote back in a message: a few words are enough to
/// recognise it, and ten thousand characters of it would bury the message.
pub fn excerpt(value: &str) -> String {
    const SHOWN: usize = 40;
    let count = value.chars().count();
    if count <= SHOWN {
        return value.to_string();
    }
    let start: String = value.chars().take(SHOWN).collect();
    t::excerpt(start, count)
}

/// Text someone gave, set inside a sentence of the app's own: isolated (first strong
/// isolate … pop directional isolate, the text form of `<bdi>`), so that right-to-left letters
/// or direction marks in it cannot reorder the words around it.
pub fn isolated(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

/// Typed or pasted text without C0 and C1 control characters other than tab and line breaks:
/// they are invisible, and they confuse the tools a file is later opened in.
pub fn without_controls(text: &str) -> String {
    text.chars().filter(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r')).collect()
}
