//! What an area offers beyond its statements: challenges with their mitigations, and examples
//! with their sources. Format version 1 had plain texts for both; they still read, and are
//! written back as plain texts, so a version 1 file keeps its shape.

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::i18n::t::content as t;

/// An article the framework's content draws on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    /// Which facts in the framework come from it.
    pub used_for: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Challenge {
    pub challenge: String,
    /// What a council can do about it; none only in a version 1 file.
    #[serde(default)]
    pub mitigations: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExampleKind {
    /// A real, named case, with its source.
    Example,
    /// An invented case showing what good looks like, shown as such.
    Illustration,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// Absent only in a version 1 file, which did not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ExampleKind>,
    pub text: String,
    /// The id of one of the framework's sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// A version 1 entry: a plain text.
pub(super) trait FromText: Sized {
    /// What an entry may be, in the page's language.
    fn expecting() -> &'static str;
    fn from_text(text: String) -> Self;
    fn as_text(&self) -> Option<&str>;
}

impl FromText for Challenge {
    fn expecting() -> &'static str {
        t::challenge_expected()
    }
    fn from_text(challenge: String) -> Challenge {
        Challenge { challenge, mitigations: Vec::new() }
    }
    fn as_text(&self) -> Option<&str> {
        self.mitigations.is_empty().then_some(self.challenge.as_str())
    }
}

impl FromText for Example {
    fn expecting() -> &'static str {
        t::example_expected()
    }
    fn from_text(text: String) -> Example {
        Example { kind: None, text, source: None }
    }
    fn as_text(&self) -> Option<&str> {
        (self.kind.is_none() && self.source.is_none()).then_some(self.text.as_str())
    }
}

/// One entry: a plain text (version 1) or the object (version 2), read with the object's own
/// messages for unknown or missing fields.
pub(super) struct Entry<T>(T);

impl<'de, T: FromText + Deserialize<'de>> Deserialize<'de> for Entry<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Entry<T>, D::Error> {
        struct TextOrObject<T>(std::marker::PhantomData<T>);
        impl<'de, T: FromText + Deserialize<'de>> Visitor<'de> for TextOrObject<T> {
            type Value = T;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(T::expecting())
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
                Ok(T::from_text(text.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map))
            }
        }
        deserializer.deserialize_any(TextOrObject(std::marker::PhantomData)).map(Entry)
    }
}

/// `#[serde(with = "entries")]` for a list of challenges or examples.
pub(super) mod entries {
    use super::*;

    pub fn serialize<T: Serialize + FromText, S: Serializer>(items: &[T], serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = serializer.serialize_seq(Some(items.len()))?;
        for item in items {
            match item.as_text() {
                Some(text) => seq.serialize_element(text)?,
                None => seq.serialize_element(item)?,
            }
        }
        seq.end()
    }

    pub fn deserialize<'de, T: FromText + Deserialize<'de>, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Vec<T>, D::Error> {
        Ok(Vec::<Entry<T>>::deserialize(deserializer)?.into_iter().map(|entry| entry.0).collect())
    }
}
