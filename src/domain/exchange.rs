//! The assessment file: the one format used for storage, downloads and imports.

use serde::{Deserialize, Serialize};

use super::assessment::{Assessment, FrameworkRef, Rating};
use super::catalogue::Catalogue;
use super::framework::{Framework, is_valid_id, is_valid_weight};
use super::kind::{self, Envelope, FileKind};
use super::organisation::{OrganisationType, Region};
use super::plan::Ranking;
use super::problem::{Problem, Problems, parse_json, parse_own_json};
use super::programme::{Effort, MAX_EFFORT_DAYS, Phase, Phasing};
use crate::i18n::t::exchange as t;

pub const ASSESSMENT_FORMAT: &str = "almanac.assessment";
pub const ASSESSMENT_SCHEMA_VERSION: u32 = 1;
/// Far above any real assessment; stops a wrong or hostile file from stalling the page.
pub const MAX_FILE_BYTES: usize = 1024 * 1024;
pub const MAX_EVIDENCE_CHARS: usize = 5000;
pub const MAX_DETAIL_CHARS: usize = 200;
/// The most people an agreed assessment can say it started from: a backup's most records.
pub const MAX_WORKSHOP_PEOPLE: u32 = 10_000;

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct AssessmentFile {
    format: String,
    schema_version: u32,
    assessment: Assessment,
}

pub fn to_json(assessment: &Assessment) -> String {
    let file = AssessmentFile {
        format: ASSESSMENT_FORMAT.into(),
        schema_version: ASSESSMENT_SCHEMA_VERSION,
        assessment: assessment.clone(),
    };
    serde_json::to_string_pretty(&file).expect("an assessment always serialises")
}

/// Reads an assessment file and checks every answer against the framework it names.
pub fn from_json(text: &str, catalogue: &Catalogue) -> Result<Assessment, Problems> {
    check(read(text)?, catalogue)
}

/// Reads an assessment file's shape, before the framework it names is at hand.
pub fn read(text: &str) -> Result<Assessment, Problems> {
    check_size(text)?;
    check_envelope(kind::expect(text, FileKind::Assessment)?)?;
    Ok(parse_json::<AssessmentFile>(text)?.assessment)
}

/// Reads the shape of an assessment Almanac stored itself (see `parse_own_json`).
pub fn read_stored(text: &str) -> Result<Assessment, Problems> {
    check_size(text)?;
    check_envelope(kind::expect(text, FileKind::Assessment)?)?;
    Ok(parse_own_json::<AssessmentFile>(text)?.assessment)
}

fn check_size(text: &str) -> Result<(), Problems> {
    if text.len() > MAX_FILE_BYTES {
        return Err(Problem::whole(t::too_large(MAX_FILE_BYTES / 1024)).into());
    }
    Ok(())
}

/// Checks an assessment that `read` accepted against the framework it names.
pub fn check(assessment: Assessment, catalogue: &Catalogue) -> Result<Assessment, Problems> {
    let problems = problems(&assessment, catalogue);
    if problems.is_empty() { Ok(assessment) } else { Err(Problems(problems)) }
}

/// Says what the file is before looking inside it, so a wrong file gets a plain message.
fn check_envelope(envelope: Envelope) -> Result<(), Problems> {
    if envelope.format.as_deref() != Some(ASSESSMENT_FORMAT) {
        return Err(Problem::whole(t::not_assessment()).into());
    }
    match envelope.schema_version.as_ref().and_then(|v| v.as_u64()) {
        Some(version) if version > u64::from(ASSESSMENT_SCHEMA_VERSION) => {
            Err(Problem::at("schema_version", t::newer_format(version, ASSESSMENT_SCHEMA_VERSION)).into())
        }
        Some(version) if version >= 1 => Ok(()),
        _ => Err(Problem::at("schema_version", t::whole_number_from_1()).into()),
    }
}

/// Every problem with an assessment against the frameworks known, each with its path.
pub fn problems(assessment: &Assessment, catalogue: &Catalogue) -> Vec<Problem> {
    let mut problems = Vec::new();
    if !is_valid_id(&assessment.id) {
        problems.push(Problem::at("assessment.id", invalid_id(&assessment.id)));
    }
    if assessment.updated < assessment.created {
        problems.push(Problem::at("assessment.updated", t::earlier_than_created()));
    }
    let reference = &assessment.framework;
    let Some(framework) = catalogue.find(&reference.id, &reference.version) else {
        problems.push(Problem::at("assessment.framework", missing_framework(reference)));
        return problems;
    };
    for (field, text) in assessment.details.texts() {
        if text.is_some_and(|text| text.chars().count() > MAX_DETAIL_CHARS) {
            problems.push(Problem::at(format!("details.{field}"), t::longer_than(MAX_DETAIL_CHARS)));
        }
    }
    let details = &assessment.details;
    if let Some(code) = details.organisation_type.as_deref().filter(|_| details.organisation_type().is_none()) {
        let codes = OrganisationType::ALL.map(OrganisationType::code).join(", ");
        problems.push(Problem::at("details.organisation_type", t::not_an_organisation_type(code, codes)));
    }
    if let Some(code) = details.region.as_deref().filter(|_| details.region().is_none()) {
        let codes = Region::ALL.map(Region::code).join(", ");
        problems.push(Problem::at("details.region", t::not_a_region(code, codes)));
    }
    let off_scale = |level: u8| off_scale(level, framework);
    for (statement_id, answer) in &assessment.answers {
        let path = format!("answers.{statement_id}");
        if framework.statement(statement_id).is_none() {
            problems.push(Problem::at(path, unknown_statement(framework)));
            continue;
        }
        if let Some(Rating::Level(level)) = answer.rating
            && framework.level(level).is_none()
        {
            problems.push(Problem::at(path.clone(), off_scale(level)));
        }
        if let Some(target) = answer.target
            && framework.level(target).is_none()
        {
            problems.push(Problem::at(format!("{path}.target"), off_scale(target)));
        }
        if answer.evidence.as_ref().is_some_and(|text| text.chars().count() > MAX_EVIDENCE_CHARS) {
            problems.push(Problem::at(format!("{path}.evidence"), t::longer_than(MAX_EVIDENCE_CHARS)));
        }
        if answer.carried_from.as_ref().is_some_and(|text| text.chars().count() > MAX_DETAIL_CHARS) {
            problems.push(Problem::at(format!("{path}.carried_from"), t::longer_than(MAX_DETAIL_CHARS)));
        }
    }
    for (area_id, weight) in &assessment.weights {
        let path = format!("weights.{area_id}");
        if framework.area(area_id).is_none() {
            problems.push(Problem::at(path, t::no_such_area(&framework.title, &framework.area_names.singular)));
        } else if !is_valid_weight(*weight) {
            problems.push(Problem::at(path, t::weight_range(weight)));
        }
    }
    for (statement_id, entry) in &assessment.plan.entries {
        let path = format!("plan.entries.{statement_id}");
        if framework.statement(statement_id).is_none() {
            problems.push(Problem::at(path, unknown_statement(framework)));
            continue;
        }
        if entry.owner.as_ref().is_some_and(|owner| owner.chars().count() > MAX_DETAIL_CHARS) {
            problems.push(Problem::at(format!("{path}.owner"), t::longer_than(MAX_DETAIL_CHARS)));
        }
        if entry.note.as_ref().is_some_and(|note| note.chars().count() > MAX_EVIDENCE_CHARS) {
            problems.push(Problem::at(format!("{path}.note"), t::longer_than(MAX_EVIDENCE_CHARS)));
        }
        if let Some(code) = entry.phase_code.as_deref().filter(|code| Phase::parse(code).is_none()) {
            problems.push(Problem::at(format!("{path}.phase"), t::not_a_phase(code)));
        }
        if let Some(code) = entry.effort_code.as_deref().filter(|code| Effort::parse(code).is_none()) {
            problems.push(Problem::at(format!("{path}.effort"), t::not_an_effort(code, MAX_EFFORT_DAYS)));
        }
        if let Some(reach) = entry.reach.filter(|level| framework.level(*level).is_none()) {
            problems.push(Problem::at(format!("{path}.reach"), off_scale(reach)));
        }
    }
    if let Some(code) = assessment.plan.phasing_code.as_deref().filter(|code| Phasing::parse(code).is_none()) {
        problems.push(Problem::at("plan.phasing", t::not_a_phasing(code)));
    }
    if let Some(code) = assessment.plan.ranking_code.as_deref().filter(|code| Ranking::parse(code).is_none()) {
        problems.push(Problem::at("plan.ranking", t::not_a_ranking(code)));
    }
    for (index, statement_id) in assessment.plan.order.iter().enumerate() {
        if framework.statement(statement_id).is_none() || assessment.plan.order[..index].contains(statement_id) {
            problems.push(Problem::at(format!("plan.order[{index}]"), t::not_in_order(statement_id)));
        }
    }
    if let Some(workshop) = &assessment.workshop
        && !(1..=MAX_WORKSHOP_PEOPLE).contains(&workshop.people)
    {
        problems.push(Problem::at("assessment.workshop.people", t::people_range(MAX_WORKSHOP_PEOPLE, workshop.people)));
    }
    if assessment.position >= framework.statement_count() {
        problems
            .push(Problem::at("assessment.position", t::past_last(framework.statement_count(), assessment.position)));
    }
    problems
}

// The words for problems that other records made from assessments (a group's respondents) share.

pub(crate) fn invalid_id(id: &str) -> String {
    t::invalid_id(id)
}

pub(crate) fn missing_framework(reference: &FrameworkRef) -> String {
    t::missing_framework(&reference.id, &reference.version)
}

pub(crate) fn unknown_statement(framework: &Framework) -> String {
    t::no_such_statement(&framework.title)
}

pub(crate) fn off_scale(level: u8, framework: &Framework) -> String {
    t::off_scale(level, framework.top_level())
}
