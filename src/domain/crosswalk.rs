//! Which statements of the built-in frameworks cover the same ground (`frameworks/crosswalk.json`),
//! so that one answer can inform another: a statement says where else it is covered, and a new
//! assessment can start from a person's earlier answers to the statements that correspond.
//!
//! Each link's topic is written in English, with its translations beside it (`"translations":
//! { "cy": { "topic": … } }`); a page shows the topic in its own language.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::language::Language;
use super::problem::{Problem, Problems};

pub const CROSSWALK_FORMAT: &str = "almanac.crosswalk";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Crosswalk {
    pub format: String,
    pub schema_version: u32,
    pub links: Vec<Link>,
}

/// Statements that ask materially the same question, so one's level is a fair start for another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// In English; `shown_topic` gives it in the page's language.
    pub topic: String,
    /// The topic in other languages, by language.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<Language, LinkTexts>,
    pub statements: Vec<StatementRef>,
}

/// A link's texts in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkTexts {
    pub topic: String,
}

impl Link {
    /// The topic in `language`: its translation, or the English topic where there is none.
    pub fn topic_in(&self, language: Language) -> &str {
        self.translations.get(&language).map_or(self.topic.as_str(), |texts| texts.topic.as_str())
    }

    /// The topic in the language the page is shown in.
    pub fn shown_topic(&self) -> &str {
        self.topic_in(crate::i18n::language())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementRef {
    pub framework: String,
    pub statement: String,
}

impl Crosswalk {
    /// Reads the crosswalk Almanac ships; a damaged one is refused whole.
    pub fn from_own_json(text: &str) -> Result<Crosswalk, Problems> {
        let crosswalk: Crosswalk = super::problem::parse_own_json(text)?;
        if crosswalk.format != CROSSWALK_FORMAT || crosswalk.schema_version != 1 {
            return Err(Problem::whole("this is not a crosswalk Almanac can read").into());
        }
        Ok(crosswalk)
    }

    /// The link a statement belongs to, if any.
    pub fn link(&self, framework: &str, statement: &str) -> Option<&Link> {
        self.links
            .iter()
            .find(|link| link.statements.iter().any(|s| s.framework == framework && s.statement == statement))
    }

    /// The statements of other frameworks that cover the same ground as this one.
    pub fn also_covered(&self, framework: &str, statement: &str) -> Vec<&StatementRef> {
        self.link(framework, statement)
            .map(|link| link.statements.iter().filter(|s| s.framework != framework).collect())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Crosswalk {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/frameworks/crosswalk.json");
        Crosswalk::from_own_json(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    #[test]
    fn every_topic_has_its_welsh() {
        for link in shipped().links {
            let welsh = link.topic_in(Language::Welsh);
            assert!(!welsh.trim().is_empty() && welsh != link.topic, "“{}” has a Welsh topic", link.topic);
            assert_eq!(link.topic_in(Language::English), link.topic);
        }
    }

    #[test]
    fn a_page_in_welsh_shows_the_welsh_topic() {
        let crosswalk = shipped();
        let link = crosswalk.link("quick-check", "q1").expect("q1 is linked");
        assert_eq!(link.shown_topic(), "Broadband and mobile coverage across your area");
        crate::i18n::use_compiled_in(Language::Welsh);
        let shown = link.shown_topic().to_string();
        crate::i18n::use_compiled_in(Language::English);
        assert_eq!(shown, "Band eang a darpariaeth ffonau symudol ar draws eich ardal");
    }

    #[test]
    fn a_topic_without_a_translation_is_shown_in_english() {
        let text = r#"{"format":"almanac.crosswalk","schema_version":1,"links":[{"topic":"Data","statements":[]}]}"#;
        let crosswalk = Crosswalk::from_own_json(text).unwrap();
        assert_eq!(crosswalk.links[0].topic_in(Language::Welsh), "Data");
        let written = serde_json::to_string(&crosswalk).unwrap();
        assert!(!written.contains("translations"), "{written}");
    }
}
