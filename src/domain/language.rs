//! The languages Almanac is written in. Welsh public bodies must offer every page in Welsh as
//! well as English (the Welsh Language Standards), so both are first-class: neither is a
//! translation the other falls back to.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Language {
    #[default]
    English,
    Welsh,
}

impl Serialize for Language {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Language, D::Error> {
        let code = String::deserialize(deserializer)?;
        Language::from_code(&code).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "\"{code}\" is not a language Almanac reads: use {}",
                Language::codes_in_words()
            ))
        })
    }
}

impl Language {
    pub const ALL: [Language; 2] = [Language::English, Language::Welsh];

    /// The code in files (`"language": "cy"`).
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Welsh => "cy",
        }
    }

    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|language| language.code() == code)
    }

    /// The language's name in English, for messages about files.
    pub fn english_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Welsh => "Welsh",
        }
    }

    pub fn is_english(&self) -> bool {
        *self == Language::English
    }

    /// The codes Almanac reads, for messages that name them.
    pub fn codes_in_words() -> String {
        Language::ALL.map(|l| format!("\"{}\" ({})", l.code(), l.english_name())).join(" or ")
    }
}
