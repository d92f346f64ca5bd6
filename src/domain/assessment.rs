//! An assessment: one person's answers against one version of a framework.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::OffsetDateTime;

use super::framework::Framework;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub id: String,
    pub framework: FrameworkRef,
    #[serde(with = "time::serde::rfc3339")]
    pub created: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated: OffsetDateTime,
    #[serde(default, with = "time::serde::rfc3339::option", skip_serializing_if = "Option::is_none")]
    pub completed: Option<OffsetDateTime>,
    /// Index of the statement the person was on, so they resume where they left off.
    #[serde(default)]
    pub position: usize,
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
}

/// Assessments are tied to the exact framework version they were made with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrameworkRef {
    pub id: String,
    pub version: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    pub rating: Rating,
}

/// A level on the scale, or one of the two answers that are kept out of the score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rating {
    Level(u8),
    DontKnow,
    NotApplicable,
}

const DONT_KNOW: &str = "dont_know";
const NOT_APPLICABLE: &str = "not_applicable";

impl Rating {
    pub fn level(self) -> Option<u8> {
        match self {
            Rating::Level(level) => Some(level),
            _ => None,
        }
    }

    /// The value used in forms and files: the level number, `dont_know` or `not_applicable`.
    pub fn code(self) -> String {
        match self {
            Rating::Level(level) => level.to_string(),
            Rating::DontKnow => DONT_KNOW.into(),
            Rating::NotApplicable => NOT_APPLICABLE.into(),
        }
    }

    pub fn from_code(code: &str) -> Option<Rating> {
        match code {
            DONT_KNOW => Some(Rating::DontKnow),
            NOT_APPLICABLE => Some(Rating::NotApplicable),
            number => number.parse().ok().map(Rating::Level),
        }
    }

    pub fn label(self, framework: &Framework) -> String {
        match self {
            Rating::Level(level) => match framework.level(level) {
                Some(found) => format!("{level}: {}", found.name),
                None => format!("Level {level}"),
            },
            Rating::DontKnow => framework.scale.dont_know.clone(),
            Rating::NotApplicable => framework.scale.not_applicable.clone(),
        }
    }
}

impl Serialize for Rating {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Rating::Level(level) => serializer.serialize_u8(*level),
            Rating::DontKnow => serializer.serialize_str(DONT_KNOW),
            Rating::NotApplicable => serializer.serialize_str(NOT_APPLICABLE),
        }
    }
}

impl<'de> Deserialize<'de> for Rating {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Rating, D::Error> {
        struct RatingVisitor;
        impl Visitor<'_> for RatingVisitor {
            type Value = Rating;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                write!(f, "a level number, \"{DONT_KNOW}\" or \"{NOT_APPLICABLE}\"")
            }
            fn visit_u64<E: de::Error>(self, value: u64) -> Result<Rating, E> {
                u8::try_from(value)
                    .map(Rating::Level)
                    .map_err(|_| E::custom(format!("level {value} is not on any scale")))
            }
            fn visit_i64<E: de::Error>(self, value: i64) -> Result<Rating, E> {
                match u64::try_from(value) {
                    Ok(value) => self.visit_u64(value),
                    Err(_) => Err(E::custom(format!("level {value} is not on any scale"))),
                }
            }
            fn visit_str<E: de::Error>(self, value: &str) -> Result<Rating, E> {
                match value {
                    DONT_KNOW => Ok(Rating::DontKnow),
                    NOT_APPLICABLE => Ok(Rating::NotApplicable),
                    _ => Err(E::invalid_value(de::Unexpected::Str(value), &self)),
                }
            }
        }
        deserializer.deserialize_any(RatingVisitor)
    }
}

impl Assessment {
    pub fn new(id: String, framework: &Framework, now: OffsetDateTime) -> Assessment {
        Assessment {
            id,
            framework: FrameworkRef { id: framework.id.clone(), version: framework.version.clone() },
            created: now,
            updated: now,
            completed: None,
            position: 0,
            answers: BTreeMap::new(),
        }
    }

    pub fn rating(&self, statement_id: &str) -> Option<Rating> {
        self.answers.get(statement_id).map(|answer| answer.rating)
    }

    pub fn answer(&mut self, statement_id: &str, rating: Rating, now: OffsetDateTime) {
        self.answers.insert(statement_id.to_string(), Answer { rating });
        self.updated = now;
    }

    pub fn move_to(&mut self, position: usize) {
        self.position = position;
    }

    pub fn complete(&mut self, now: OffsetDateTime) {
        self.completed = Some(now);
        self.updated = now;
    }

    pub fn is_completed(&self) -> bool {
        self.completed.is_some()
    }

    /// How many of the framework's statements have any answer, including "Don't know".
    pub fn answered_count(&self, framework: &Framework) -> usize {
        framework.statements().filter(|(_, statement)| self.answers.contains_key(&statement.id)).count()
    }
}
