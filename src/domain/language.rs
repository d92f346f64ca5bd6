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
            serde::de::Error::custom(crate::i18n::t::language::not_a_language(&code, Language::codes_in_words()))
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

    /// The codes Almanac reads, each with its language's name in the page's language, for
    /// messages that name them.
    pub fn codes_in_words() -> &'static str {
        crate::i18n::t::language::codes()
    }
}

#[cfg(test)]
mod tests {
    use super::Language;
    use crate::i18n::use_compiled_in;

    #[test]
    fn an_unknown_code_is_refused_in_the_pages_language() {
        let refuse = || serde_json::from_str::<Language>("\"fr\"").unwrap_err().to_string();
        assert_eq!(refuse(), "\"fr\" is not a language Almanac reads: use \"en\" (English) or \"cy\" (Welsh)");
        use_compiled_in(Language::Welsh);
        let welsh = refuse();
        use_compiled_in(Language::English);
        assert_eq!(
            welsh,
            "nid yw \"fr\" yn iaith y mae Almanac yn ei darllen: defnyddiwch \"en\" (Saesneg) neu \"cy\" (Cymraeg)"
        );
    }
}
