//! An assessment: one person's answers against one version of a framework.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::{Date, OffsetDateTime};

use super::framework::{Area, Framework};
use super::organisation::{Organisation, OrganisationType, Region};
use super::plan::Plan;
use crate::i18n::t::assessment as t;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub id: String,
    pub framework: FrameworkRef,
    #[serde(with = "crate::domain::dates::moment")]
    pub created: OffsetDateTime,
    #[serde(with = "crate::domain::dates::moment")]
    pub updated: OffsetDateTime,
    #[serde(default, with = "crate::domain::dates::moment::option", skip_serializing_if = "Option::is_none")]
    pub completed: Option<OffsetDateTime>,
    /// Index of the statement the person was on, so they resume where they left off.
    #[serde(default)]
    pub position: usize,
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    #[serde(default, skip_serializing_if = "Details::is_empty")]
    pub details: Details,
    /// The assessment this one was copied from, when it is a re-assessment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    #[serde(default, skip_serializing_if = "Plan::is_empty")]
    pub plan: Plan,
    /// The person's own weights for some areas, in place of the framework's, by area id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty", with = "weights_as_text")]
    pub weights: BTreeMap<String, f64>,
    /// Set when the answers are the view a group agreed in a workshop, not one person's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workshop: Option<WorkshopRecord>,
}

/// When a group agreed an assessment together, and how many people's answers it started from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkshopRecord {
    #[serde(with = "crate::domain::dates::day")]
    pub date: Date,
    pub people: u32,
}

/// What the person chose to say about the assessment; every part is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Details {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// The kind of council (an `OrganisationType` code), so a benchmark can be split by it, and
    /// the region (a `Region` code). Held as their codes: the quick check's first download
    /// writes assessments, and a field of a type of its own would bring that type's writing code
    /// into it. `exchange::problems` refuses a code that is not one of them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Scope>,
    /// The directorate or service assessed, when the scope is narrower than the whole council.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope_name: Option<String>,
    /// The date the assessment describes, which may differ from when it was typed in.
    #[serde(default, with = "crate::domain::dates::day::option", skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
}

impl Details {
    pub fn is_empty(&self) -> bool {
        *self == Details::default()
    }

    /// Who made the assessment, as a group keeps it.
    pub fn organisation(&self) -> Organisation {
        Organisation { name: self.organisation.clone(), kind: self.organisation_type(), region: self.region() }
    }

    pub fn organisation_type(&self) -> Option<OrganisationType> {
        self.organisation_type.as_deref().and_then(OrganisationType::parse)
    }

    pub fn region(&self) -> Option<Region> {
        self.region.as_deref().and_then(Region::parse)
    }

    /// Sets the kind of council and the region, by their codes.
    pub fn set_organisation_kind(&mut self, kind: Option<OrganisationType>, region: Option<Region>) {
        self.organisation_type = kind.map(|kind| kind.code().to_string());
        self.region = region.map(|region| region.code().to_string());
    }

    /// The texts a person typed, by field name, for checking their length.
    pub fn texts(&self) -> [(&'static str, Option<&str>); 3] {
        [
            ("title", self.title.as_deref()),
            ("organisation", self.organisation.as_deref()),
            ("scope_name", self.scope_name.as_deref()),
        ]
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    WholeCouncil,
    Directorate,
    Service,
}

impl Scope {
    pub const ALL: [Scope; 3] = [Scope::WholeCouncil, Scope::Directorate, Scope::Service];

    pub fn label(self) -> &'static str {
        match self {
            Scope::WholeCouncil => t::whole_council(),
            Scope::Directorate => t::a_directorate(),
            Scope::Service => t::a_service(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    pub const ALL: [Confidence; 3] = [Confidence::Low, Confidence::Medium, Confidence::High];

    pub fn label(self) -> &'static str {
        match self {
            Confidence::Low => t::low(),
            Confidence::Medium => t::medium(),
            Confidence::High => t::high(),
        }
    }
}

/// Whether an area has been started and finished: GOV.UK task list statuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AreaStatus {
    NotStarted,
    InProgress,
    Completed,
}

/// Assessments are tied to the exact framework version they were made with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrameworkRef {
    pub id: String,
    pub version: String,
}

/// One statement's answer. A person may write evidence or set a target before choosing a level,
/// so every part is optional; an answer with none of them is removed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<Rating>,
    /// The level the council wants to reach in 12 months.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
    /// Where a level carried over from another assessment came from (such as "your quick check
    /// of 3 November 2026"), until the person confirms or changes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carried_from: Option<String>,
}

impl Answer {
    fn is_empty(&self) -> bool {
        *self == Answer::default()
    }
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

    pub fn label(self, framework: &Framework) -> String {
        match self {
            Rating::Level(level) => match framework.level(level) {
                Some(found) => format!("{level}: {}", found.name),
                None => t::level(level),
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
                f.write_str(t::rating_expected())
            }
            fn visit_u64<E: de::Error>(self, value: u64) -> Result<Rating, E> {
                u8::try_from(value).map(Rating::Level).map_err(|_| E::custom(t::not_on_any_scale(value)))
            }
            fn visit_i64<E: de::Error>(self, value: i64) -> Result<Rating, E> {
                match u64::try_from(value) {
                    Ok(value) => self.visit_u64(value),
                    Err(_) => Err(E::custom(t::not_on_any_scale(value))),
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
            details: Details::default(),
            previous: None,
            plan: Plan::default(),
            weights: BTreeMap::new(),
            workshop: None,
        }
    }

    /// A new assessment that starts from this one's answers, for a repeat a year on: only what
    /// has moved needs changing.
    pub fn reassess(&self, id: String, now: OffsetDateTime) -> Assessment {
        Assessment {
            id,
            framework: self.framework.clone(),
            created: now,
            updated: now,
            completed: None,
            position: 0,
            answers: self.answers.clone(),
            details: Details { date: Some(now.date()), ..self.details.clone() },
            previous: Some(self.id.clone()),
            plan: Plan::default(),
            weights: self.weights.clone(),
            // A repeat is answered afresh, by whoever takes it, not agreed in the workshop.
            workshop: None,
        }
    }

    pub fn rating(&self, statement_id: &str) -> Option<Rating> {
        self.answers.get(statement_id).and_then(|answer| answer.rating)
    }

    pub fn answer_to(&self, statement_id: &str) -> Answer {
        self.answers.get(statement_id).cloned().unwrap_or_default()
    }

    /// Sets a statement's level; a level carried over from elsewhere is now the person's own.
    pub fn answer(&mut self, statement_id: &str, rating: Rating, now: OffsetDateTime) {
        self.edit(statement_id, now, |answer| {
            answer.rating = Some(rating);
            answer.carried_from = None;
        });
    }

    /// How many levels carried over from another assessment still wait to be confirmed.
    pub fn carried_count(&self) -> usize {
        self.answers.values().filter(|answer| answer.carried_from.is_some()).count()
    }

    /// Changes one statement's answer; an answer left with nothing in it is removed.
    pub fn edit(&mut self, statement_id: &str, now: OffsetDateTime, change: impl FnOnce(&mut Answer)) {
        let mut answer = self.answer_to(statement_id);
        change(&mut answer);
        if answer.is_empty() {
            self.answers.remove(statement_id);
        } else {
            self.answers.insert(statement_id.to_string(), answer);
        }
        self.updated = now;
    }

    pub fn reopen(&mut self, now: OffsetDateTime) {
        self.completed = None;
        self.updated = now;
    }

    pub fn area_status(&self, area: &Area) -> AreaStatus {
        let rated = area.statements.iter().filter(|s| self.rating(&s.id).is_some()).count();
        let touched = area.statements.iter().any(|s| self.answers.contains_key(&s.id));
        match rated {
            _ if rated == area.statements.len() => AreaStatus::Completed,
            0 if !touched => AreaStatus::NotStarted,
            _ => AreaStatus::InProgress,
        }
    }

    /// A name for lists and headings: the person's title, or the framework's with the date.
    pub fn display_title(&self, framework_title: &str) -> String {
        match &self.details.title {
            Some(title) => title.clone(),
            None => framework_title.to_string(),
        }
    }

    /// The details as people read them, labelled, for a summary list or the Word report; the
    /// rows of details left blank have empty values.
    pub fn detail_rows(&self) -> Vec<(&'static str, String)> {
        use crate::domain::dates::{long_date_time, long_day};
        use crate::i18n::t::pages as words;
        let details = &self.details;
        let scope = details.scope.map(|scope| match &details.scope_name {
            Some(name) => format!("{}: {name}", scope.label()),
            None => scope.label().to_string(),
        });
        vec![
            (words::organisation(), details.organisation.clone().unwrap_or_default()),
            (
                words::organisation_type(),
                details.organisation_type().map(|kind| kind.label().to_string()).unwrap_or_default(),
            ),
            (words::region(), details.region().map(|region| region.label().to_string()).unwrap_or_default()),
            (words::covers(), scope.unwrap_or_default()),
            (words::date(), details.date.map(long_day).unwrap_or_default()),
            (words::started(), long_date_time(self.created)),
        ]
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
}

/// A weight as people write it, to two decimal places at most: 1, 1.5, 0.25.
pub fn weight_text(weight: f64) -> String {
    let hundredths = (weight * 100.0).round() as u64;
    let (whole, part) = (hundredths / 100, hundredths % 100);
    match part {
        0 => whole.to_string(),
        _ if part % 10 == 0 => format!("{whole}.{}", part / 10),
        _ => format!("{whole}.{part:02}"),
    }
}

/// A weight a person typed, kept to two decimal places as files write it.
pub fn parse_weight(text: &str) -> Option<f64> {
    let weight = text.trim().parse::<f64>().ok()?;
    Some((weight * 100.0).round() / 100.0)
}

/// Weights are written as text ("1.5"): the first download, which saves quick checks, then
/// carries no code for writing decimal numbers. Numbers are read as well.
mod weights_as_text {
    use super::*;

    pub fn serialize<S: Serializer>(weights: &BTreeMap<String, f64>, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(weights.iter().map(|(area, weight)| (area, weight_text(*weight))))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<BTreeMap<String, f64>, D::Error> {
        struct Weight(f64);
        impl<'de> Deserialize<'de> for Weight {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Weight, D::Error> {
                struct WeightVisitor;
                impl Visitor<'_> for WeightVisitor {
                    type Value = Weight;
                    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                        f.write_str(t::weight_expected())
                    }
                    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Weight, E> {
                        Ok(Weight(value))
                    }
                    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Weight, E> {
                        Ok(Weight(value as f64))
                    }
                    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Weight, E> {
                        Ok(Weight(value as f64))
                    }
                    fn visit_str<E: de::Error>(self, value: &str) -> Result<Weight, E> {
                        parse_weight(value)
                            .map(Weight)
                            .ok_or_else(|| E::invalid_value(de::Unexpected::Str(value), &self))
                    }
                }
                deserializer.deserialize_any(WeightVisitor)
            }
        }
        let read = BTreeMap::<String, Weight>::deserialize(deserializer)?;
        Ok(read.into_iter().map(|(area, weight)| (area, weight.0)).collect())
    }
}
