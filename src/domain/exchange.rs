//! The assessment file: the one format used for storage, downloads and imports.

use serde::{Deserialize, Serialize};

use super::assessment::{Assessment, FrameworkRef, Rating};
use super::catalogue::Catalogue;
use super::framework::{Framework, is_valid_id, is_valid_weight};
use super::kind::{self, Envelope, FileKind};
use super::plan::Ranking;
use super::problem::{Problem, Problems, parse_json, parse_own_json};
use super::programme::{Effort, MAX_EFFORT_DAYS, Phase, Phasing};

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
        return Err(Problem::whole(format!(
            "the file is larger than the {} KB an assessment can be",
            MAX_FILE_BYTES / 1024
        ))
        .into());
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
        return Err(Problem::whole("this is not an Almanac assessment file").into());
    }
    match envelope.schema_version.as_ref().and_then(|v| v.as_u64()) {
        Some(version) if version > u64::from(ASSESSMENT_SCHEMA_VERSION) => Err(Problem::at(
            "schema_version",
            format!(
                "the file was made by a newer version of Almanac (format {version}); this one reads up to format {ASSESSMENT_SCHEMA_VERSION}"
            ),
        )
        .into()),
        Some(version) if version >= 1 => Ok(()),
        _ => Err(Problem::at("schema_version", "must be a whole number from 1").into()),
    }
}

/// Every problem with an assessment against the frameworks known, each with its path.
pub fn problems(assessment: &Assessment, catalogue: &Catalogue) -> Vec<Problem> {
    let mut problems = Vec::new();
    if !is_valid_id(&assessment.id) {
        problems.push(Problem::at("assessment.id", invalid_id(&assessment.id)));
    }
    if assessment.updated < assessment.created {
        problems.push(Problem::at("assessment.updated", "is earlier than the date it was created"));
    }
    let reference = &assessment.framework;
    let Some(framework) = catalogue.find(&reference.id, &reference.version) else {
        problems.push(Problem::at("assessment.framework", missing_framework(reference)));
        return problems;
    };
    for (field, text) in assessment.details.texts() {
        if text.is_some_and(|text| text.chars().count() > MAX_DETAIL_CHARS) {
            problems
                .push(Problem::at(format!("details.{field}"), format!("is longer than {MAX_DETAIL_CHARS} characters")));
        }
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
            problems.push(Problem::at(
                format!("{path}.evidence"),
                format!("is longer than {MAX_EVIDENCE_CHARS} characters"),
            ));
        }
        if answer.carried_from.as_ref().is_some_and(|text| text.chars().count() > MAX_DETAIL_CHARS) {
            problems.push(Problem::at(
                format!("{path}.carried_from"),
                format!("is longer than {MAX_DETAIL_CHARS} characters"),
            ));
        }
    }
    for (area_id, weight) in &assessment.weights {
        let path = format!("weights.{area_id}");
        if framework.area(area_id).is_none() {
            problems.push(Problem::at(
                path,
                format!("\"{}\" has no {} with this id", framework.title, framework.area_names.singular),
            ));
        } else if !is_valid_weight(*weight) {
            problems.push(Problem::at(path, format!("must be more than 0 and at most 100, not {weight}")));
        }
    }
    for (statement_id, entry) in &assessment.plan.entries {
        let path = format!("plan.entries.{statement_id}");
        if framework.statement(statement_id).is_none() {
            problems.push(Problem::at(path, unknown_statement(framework)));
            continue;
        }
        if entry.owner.as_ref().is_some_and(|owner| owner.chars().count() > MAX_DETAIL_CHARS) {
            problems
                .push(Problem::at(format!("{path}.owner"), format!("is longer than {MAX_DETAIL_CHARS} characters")));
        }
        if let Some(code) = entry.phase_code.as_deref().filter(|code| Phase::parse(code).is_none()) {
            problems.push(Problem::at(
                format!("{path}.phase"),
                format!("\"{code}\" is not a phase: use a financial-year quarter such as \"2027-q1\" (April to June 2027), or \"now\", \"next\" or \"later\""),
            ));
        }
        if let Some(code) = entry.effort_code.as_deref().filter(|code| Effort::parse(code).is_none()) {
            problems.push(Problem::at(
                format!("{path}.effort"),
                format!("\"{code}\" is not an effort: use \"small\", \"medium\", \"large\" or a number of days from 1 to {MAX_EFFORT_DAYS}, such as \"12 days\""),
            ));
        }
        if let Some(reach) = entry.reach.filter(|level| framework.level(*level).is_none()) {
            problems.push(Problem::at(format!("{path}.reach"), off_scale(reach)));
        }
    }
    if let Some(code) = assessment.plan.phasing_code.as_deref().filter(|code| Phasing::parse(code).is_none()) {
        problems.push(Problem::at(
            "plan.phasing",
            format!("\"{code}\" is not a way of naming phases: use \"quarters\" or \"now_next_later\""),
        ));
    }
    if let Some(code) = assessment.plan.ranking_code.as_deref().filter(|code| Ranking::parse(code).is_none()) {
        problems.push(Problem::at(
            "plan.ranking",
            format!("\"{code}\" is not a ranking rule: use \"gap_times_weight\" or \"value_for_effort\""),
        ));
    }
    for (index, statement_id) in assessment.plan.order.iter().enumerate() {
        if framework.statement(statement_id).is_none() || assessment.plan.order[..index].contains(statement_id) {
            problems.push(Problem::at(
                format!("plan.order[{index}]"),
                format!("\"{statement_id}\" is not a statement of this framework, or is listed twice"),
            ));
        }
    }
    if let Some(workshop) = &assessment.workshop
        && !(1..=MAX_WORKSHOP_PEOPLE).contains(&workshop.people)
    {
        problems.push(Problem::at(
            "assessment.workshop.people",
            format!("must be from 1 to {MAX_WORKSHOP_PEOPLE}, not {}", workshop.people),
        ));
    }
    if assessment.position >= framework.statement_count() {
        problems.push(Problem::at(
            "assessment.position",
            format!("{} is past the last of {} statements", assessment.position, framework.statement_count()),
        ));
    }
    problems
}

// The words for problems that other records made from assessments (a group's respondents) share.

pub(crate) fn invalid_id(id: &str) -> String {
    format!("\"{id}\" is not a valid id: use 1 to 64 lower-case letters, digits and hyphens")
}

pub(crate) fn missing_framework(reference: &FrameworkRef) -> String {
    format!(
        "framework \"{}\" version {} is not on this device; import the framework first",
        reference.id, reference.version
    )
}

pub(crate) fn unknown_statement(framework: &Framework) -> String {
    format!("\"{}\" has no statement with this id", framework.title)
}

pub(crate) fn off_scale(level: u8, framework: &Framework) -> String {
    format!("level {level} is not on this framework's scale (1 to {})", framework.top_level())
}
