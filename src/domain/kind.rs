//! What kind of file a text is, read from its outside (is it JSON fields at all, and what does its
//! `format` say) before anything else, so that the wrong file gets a plain answer: "this is a
//! backup file, not a framework", never a list of the fields one kind of file expects.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::problem::{Problem, Problems, check_not_empty, problem};
use crate::i18n::t::kind as t;

/// Every kind of file Almanac writes that a person might bring to the wrong import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Assessment,
    Framework,
    Backup,
    Group,
    Performance,
    Combined,
    Benchmark,
}

const KINDS: [FileKind; 7] = [
    FileKind::Assessment,
    FileKind::Framework,
    FileKind::Backup,
    FileKind::Group,
    FileKind::Performance,
    FileKind::Combined,
    FileKind::Benchmark,
];

impl FileKind {
    pub fn format(self) -> &'static str {
        match self {
            FileKind::Assessment => super::exchange::ASSESSMENT_FORMAT,
            FileKind::Framework => super::framework::FRAMEWORK_FORMAT,
            FileKind::Backup => super::backup::BACKUP_FORMAT,
            FileKind::Group => super::combine::GROUP_FORMAT,
            FileKind::Performance => super::performance::file::PERFORMANCE_FORMAT,
            FileKind::Combined => super::combine::COMBINED_FORMAT,
            FileKind::Benchmark => super::benchmark::BENCHMARK_FORMAT,
        }
    }

    /// The file's name, as "not an Almanac …" uses it.
    fn name(self) -> &'static str {
        match self {
            FileKind::Assessment => t::name_assessment(),
            FileKind::Framework => t::name_framework(),
            FileKind::Backup => t::name_backup(),
            FileKind::Group => t::name_group(),
            FileKind::Performance => t::name_performance(),
            FileKind::Combined => t::name_combined(),
            FileKind::Benchmark => t::name_benchmark(),
        }
    }

    /// The file, as "this is …" names it.
    fn noun(self) -> &'static str {
        match self {
            FileKind::Assessment => t::noun_assessment(),
            FileKind::Framework => t::noun_framework(),
            FileKind::Backup => t::noun_backup(),
            FileKind::Group => t::noun_group(),
            FileKind::Performance => t::noun_performance(),
            FileKind::Combined => t::noun_combined(),
            FileKind::Benchmark => t::noun_benchmark(),
        }
    }

    /// What an import of this kind wants, as "…, not …" names it.
    fn wanted(self) -> &'static str {
        match self {
            FileKind::Assessment => t::wanted_assessment(),
            FileKind::Framework => t::wanted_framework(),
            FileKind::Backup => t::wanted_backup(),
            FileKind::Group => t::wanted_group(),
            FileKind::Performance => t::wanted_performance(),
            FileKind::Combined => t::wanted_combined(),
            FileKind::Benchmark => t::wanted_benchmark(),
        }
    }

    fn of(format: &str) -> Option<FileKind> {
        KINDS.into_iter().find(|kind| kind.format() == format)
    }
}

/// The fields that say what a file is, when it has them.
#[derive(Debug, Default)]
pub struct Envelope {
    pub format: Option<String>,
    /// As written: a number, or whatever else was there instead.
    pub schema_version: Option<serde_json::Value>,
}

/// The outside of a JSON document: named fields, or something else.
enum Outside {
    Fields(Envelope),
    /// What the document is instead, in words: "a list", "a number".
    Other(&'static str),
}

/// Refuses `text` unless it is named fields whose `format`, if it names another kind of Almanac
/// file, is `wanted`'s. What the fields hold is left to the full read.
pub fn expect(text: &str, wanted: FileKind) -> Result<Envelope, Problems> {
    let text = check_not_empty(text)?;
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let outside = Outside::deserialize(&mut deserializer)
        .and_then(|outside| deserializer.end().map(|()| outside))
        .map_err(|error| problem(&error, String::new()))?;
    match outside {
        Outside::Other(what) => Err(Problem::whole(t::json_is(what, wanted.name())).into()),
        Outside::Fields(envelope) => match envelope.format.as_deref().and_then(FileKind::of) {
            Some(found) if found != wanted => Err(Problem::whole(t::is_not(found.noun(), wanted.wanted())).into()),
            _ => Ok(envelope),
        },
    }
}

impl<'de> Deserialize<'de> for Outside {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Outside, D::Error> {
        deserializer.deserialize_any(OutsideVisitor)
    }
}

struct OutsideVisitor;

impl<'de> Visitor<'de> for OutsideVisitor {
    type Value = Outside;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a JSON document")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Outside, A::Error> {
        let mut envelope = Envelope::default();
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            match key.as_ref() {
                "format" => envelope.format = map.next_value::<serde_json::Value>()?.as_str().map(String::from),
                "schema_version" => envelope.schema_version = Some(map.next_value()?),
                _ => map.next_value::<IgnoredAny>().map(drop)?,
            }
        }
        Ok(Outside::Fields(envelope))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Outside, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Outside::Other(t::what_list()))
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Outside, E> {
        Ok(Outside::Other(t::what_text()))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Outside, E> {
        Ok(Outside::Other(t::what_true_false()))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Outside, E> {
        Ok(Outside::Other(t::what_number()))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Outside, E> {
        Ok(Outside::Other(t::what_number()))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Outside, E> {
        Ok(Outside::Other(t::what_number()))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Outside, E> {
        Ok(Outside::Other(t::what_null()))
    }
}
