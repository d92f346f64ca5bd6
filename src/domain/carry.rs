//! Carrying answers forward: to a new version of the same framework when a person re-assesses,
//! and across frameworks through the crosswalk when they start one after another.

use std::collections::BTreeMap;

use time::OffsetDateTime;

use super::assessment::{Answer, Assessment, FrameworkRef, Rating};
use super::crosswalk::Crosswalk;
use super::framework::Framework;
use crate::i18n::t::carry as t;

/// An earlier answer a re-assessment could not carry, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotCarried {
    /// The statement as the earlier version put it.
    pub statement: String,
    pub reason: String,
}

/// A re-assessment on `to` (a new version, or the same one) starting from `from`'s answers: each
/// statement takes the answer to the statement with its id, or else to the first statement it
/// `replaces` that was answered. Every earlier answer left behind is listed with the reason.
pub fn reassess_on(
    from: &Assessment,
    old: &Framework,
    to: &Framework,
    id: String,
    now: OffsetDateTime,
) -> (Assessment, Vec<NotCarried>) {
    let mut assessment = from.reassess(id, now);
    assessment.framework = FrameworkRef { id: to.id.clone(), version: to.version.clone() };
    assessment.answers = BTreeMap::new();
    assessment.weights.retain(|area, _| to.area(area).is_some());
    let on_scale = |answer: &Answer| {
        let fits = |level: Option<u8>| level.is_none_or(|level| to.level(level).is_some());
        fits(answer.rating.and_then(Rating::level)) && fits(answer.target)
    };
    let mut used = Vec::new();
    let mut off_scale = Vec::new();
    for (_, statement) in to.statements() {
        let sources = std::iter::once(&statement.id).chain(&statement.replaces);
        if let Some((source, answer)) = sources.filter_map(|s| from.answers.get(s).map(|a| (s, a))).next() {
            used.push(source.clone());
            if on_scale(answer) {
                assessment.answers.insert(statement.id.clone(), answer.clone());
            } else {
                off_scale.push(source.clone());
            }
        }
    }
    let text = |id: &str| old.statement(id).map_or_else(|| id.to_string(), |s| s.text.clone());
    let mut left = Vec::new();
    for id in from.answers.keys() {
        let reason = if off_scale.contains(id) {
            t::off_scale().to_string()
        } else if used.contains(id) {
            continue;
        } else if let Some((_, merged)) = to.statements().find(|(_, s)| s.replaces.contains(id)) {
            t::merged(&merged.text)
        } else {
            t::no_longer_asked(&to.version)
        };
        left.push(NotCarried { statement: text(id), reason });
    }
    (assessment, left)
}

/// Levels for a new assessment on `to`, from an earlier assessment on another framework: each
/// statement linked by the crosswalk to statements answered with a level takes the lowest of
/// them (the cautious start), marked as carried over from `described` until confirmed.
pub fn start_from(
    earlier: &Assessment,
    crosswalk: &Crosswalk,
    to: &Framework,
    described: &str,
) -> BTreeMap<String, Answer> {
    let mut answers = BTreeMap::new();
    for (_, statement) in to.statements() {
        let Some(link) = crosswalk.link(&to.id, &statement.id) else { continue };
        let lowest = link
            .statements
            .iter()
            .filter(|s| s.framework == earlier.framework.id)
            .filter_map(|s| earlier.rating(&s.statement).and_then(Rating::level))
            .min();
        if let Some(level) = lowest.filter(|level| to.level(*level).is_some()) {
            let answer = Answer {
                rating: Some(Rating::Level(level)),
                carried_from: Some(described.to_string()),
                ..Answer::default()
            };
            answers.insert(statement.id.clone(), answer);
        }
    }
    answers
}
