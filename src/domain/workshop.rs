//! From many views to one: a workshop pack lists a group's statements with the widest
//! disagreement first, the facilitator records the level the room agreed for each, and the
//! agreed levels become a new assessment of their own, with the spread of views kept as evidence.

use std::collections::{BTreeMap, BTreeSet};

use time::OffsetDateTime;

use super::assessment::{Assessment, Rating, WorkshopRecord};
use super::combine::{Agreed, Combined, Group, Member, StatementSummary};
use super::exchange::MAX_EVIDENCE_CHARS;
use crate::i18n::t::workshop as t;

/// A facilitator's note on one statement. It becomes the agreed assessment's evidence after the
/// spread of views, so it leaves that much room under the evidence limit.
pub const MAX_AGREED_NOTE_CHARS: usize = MAX_EVIDENCE_CHARS - 500;

/// Every statement in the order to discuss it: those people disagree about most first (as the
/// combined view ranks them), then the rest in the framework's order.
pub fn discussion_order<'c, 'f>(combined: &'c Combined<'f>) -> Vec<&'c StatementSummary<'f>> {
    let mut order = combined.disagreements();
    order.extend(combined.statements().filter(|s| !s.is_disagreement()));
    order
}

/// The answer every respondent gave, when they all gave the same one ("Don't know" included);
/// `None` when anyone answered differently or did not answer, or there is no one.
pub fn unanimous(summary: &StatementSummary) -> Option<Rating> {
    let stats = &summary.stats;
    let people = respondents(summary);
    if people == 0 || stats.not_answered > 0 {
        return None;
    }
    let level = summary.levels.iter().position(|count| *count == people);
    match level {
        Some(index) => u8::try_from(index + 1).ok().map(Rating::Level),
        None if stats.dont_know == people => Some(Rating::DontKnow),
        None if stats.not_applicable == people => Some(Rating::NotApplicable),
        None => None,
    }
}

/// Every statement everyone answered alike, with the answer they gave, in the framework's order.
pub fn unanimous_answers(combined: &Combined) -> Vec<(String, Rating)> {
    combined.statements().filter_map(|s| Some((s.statement.id.clone(), unanimous(s)?))).collect()
}

/// Whether the workshop has settled a statement: a level, "Don't know" or "Not applicable".
pub fn is_decided(agreed: &BTreeMap<String, Agreed>, statement_id: &str) -> bool {
    agreed.get(statement_id).is_some_and(|agreed| agreed.rating.is_some())
}

/// Those of `answers` whose statement is not decided yet.
pub fn undecided<'a>(
    answers: &'a [(String, Rating)],
    agreed: &'a BTreeMap<String, Agreed>,
) -> impl Iterator<Item = &'a (String, Rating)> {
    answers.iter().filter(|(statement_id, _)| !is_decided(agreed, statement_id))
}

/// Records each of these answers as agreed, leaving any statement already decided as it is.
pub fn accept(group: &mut Group, answers: &[(String, Rating)]) {
    let pending: Vec<(String, Rating)> = undecided(answers, &group.agreed).cloned().collect();
    for (statement_id, rating) in pending {
        group.agree(&statement_id, |agreed| agreed.rating = Some(rating));
    }
}

/// Everyone counted for a statement: those who chose a level, "Don't know" or "Not applicable",
/// and those who did not answer it.
fn respondents(summary: &StatementSummary) -> usize {
    let stats = &summary.stats;
    stats.count + stats.dont_know + stats.not_applicable + stats.not_answered
}

/// How the room's views were spread, in words: "5 people: two said 2, three said 3".
pub fn spread_in_words(summary: &StatementSummary) -> String {
    let stats = &summary.stats;
    let mut parts: Vec<String> = summary
        .levels
        .iter()
        .enumerate()
        .filter(|(_, count)| **count > 0)
        .map(|(index, count)| t::said_level(count_in_words(*count), index + 1))
        .collect();
    for (count, what) in [
        (stats.dont_know, t::didnt_know as fn(String) -> String),
        (stats.not_applicable, t::said_not_applicable),
        (stats.not_answered, t::did_not_answer),
    ] {
        if count > 0 {
            parts.push(what(count_in_words(count)));
        }
    }
    t::spread_of_views(respondents(summary), parts.join(", "))
}

/// One to nine in words, as plain English (and Welsh) writes small numbers in a sentence; 10 and
/// more in figures.
pub fn count_in_words(count: usize) -> String {
    let words = [t::one, t::two, t::three, t::four, t::five, t::six, t::seven, t::eight, t::nine];
    match count {
        1..=9 => words[count - 1]().to_string(),
        _ => count.to_string(),
    }
}

/// The roles or teams of the respondents who answered each statement (any answer, "Don't know"
/// included), sorted and each once, by statement id.
pub fn labels_by_statement(members: &[Member]) -> BTreeMap<&str, BTreeSet<&str>> {
    let mut labels: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for member in members {
        let Some(label) = member.label.as_deref() else { continue };
        for statement_id in member.ratings.keys() {
            labels.entry(statement_id.as_str()).or_default().insert(label);
        }
    }
    labels
}

/// The group's agreed view as an assessment of the combined framework: each decided statement
/// with its agreed level, and every statement with the spread of views (and the facilitator's
/// note) as its evidence, so whoever finishes the undecided ones sees how the room split.
/// Completed when every statement is decided; otherwise left in progress.
pub fn agreed_assessment(group: &Group, combined: &Combined, id: String, now: OffsetDateTime) -> Assessment {
    let mut assessment = Assessment::new(id, combined.framework, now);
    assessment.details.title = Some(t::agreed_title(&group.name));
    assessment.details.date = Some(now.date());
    assessment.workshop =
        Some(WorkshopRecord { date: now.date(), people: u32::try_from(combined.respondents).unwrap_or(u32::MAX) });
    let mut all_decided = true;
    for summary in combined.statements() {
        let agreed = group.agreed.get(&summary.statement.id);
        let rating = agreed.and_then(|agreed| agreed.rating);
        all_decided &= rating.is_some();
        let mut evidence = t::spread(spread_in_words(summary));
        if let Some(note) = agreed.and_then(|agreed| agreed.note.as_deref()) {
            evidence.push_str("\n\n");
            evidence.push_str(note);
        }
        assessment.edit(&summary.statement.id, now, |answer| {
            answer.rating = rating;
            answer.evidence = Some(evidence);
        });
    }
    if all_decided {
        assessment.complete(now);
    }
    assessment
}
