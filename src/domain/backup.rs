//! A backup of everything on this device in one file: assessments (with their action plans),
//! imported frameworks, service performance data, groups of other people's assessments and the
//! benchmarks opened here.
//! Restoring checks the whole file before anything is changed.
//!
//! Format 2 added `performance` and `groups`, format 3 `benchmarks`; older backups still load.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::assessment::Assessment;
use super::benchmark::Benchmark;
use super::catalogue::Catalogue;
use super::combine::{Group, group_problems};
use super::exchange;
use super::framework::Framework;
use super::kind::{self, FileKind};
use super::performance::Performance;
use super::problem::{Problem, Problems, parse_json};
use crate::i18n::t::backup as t;

pub const BACKUP_FORMAT: &str = "almanac.backup";
const BACKUP_SCHEMA_VERSION: u32 = 3;
/// Room for thousands of assessments; a larger file is not read at all.
pub const MAX_BACKUP_BYTES: usize = 20 * 1024 * 1024;
const MAX_RECORDS: usize = 10_000;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Backup {
    pub format: String,
    pub schema_version: u32,
    #[serde(with = "crate::domain::dates::moment")]
    pub created: OffsetDateTime,
    #[serde(default)]
    pub frameworks: Vec<Framework>,
    #[serde(default)]
    pub assessments: Vec<Assessment>,
    /// The service performance register and figures; absent from format 1 and when there are none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub performance: Option<Performance>,
    /// Groups of other people's assessments, combined; absent from format 1 and when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<Group>,
    /// Benchmarks opened on this device; absent before format 3 and when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub benchmarks: Vec<Benchmark>,
}

/// Everything a backup holds, as this device has it.
pub struct Contents<'a> {
    pub assessments: &'a [Assessment],
    pub frameworks: &'a [Framework],
    pub performance: Option<&'a Performance>,
    pub groups: &'a [Group],
    pub benchmarks: &'a [Benchmark],
}

pub fn to_json(contents: Contents, now: OffsetDateTime) -> String {
    let backup = Backup {
        format: BACKUP_FORMAT.into(),
        schema_version: BACKUP_SCHEMA_VERSION,
        created: now,
        frameworks: contents.frameworks.to_vec(),
        assessments: contents.assessments.to_vec(),
        performance: contents.performance.filter(|p| !p.is_empty()).cloned(),
        groups: contents.groups.to_vec(),
        benchmarks: contents.benchmarks.to_vec(),
    };
    serde_json::to_string_pretty(&backup).expect("a backup always serialises")
}

/// Reads a backup and checks every framework and assessment in it, as if each were imported.
pub fn from_json(text: &str, catalogue: &Catalogue) -> Result<Backup, Problems> {
    if text.len() > MAX_BACKUP_BYTES {
        let limit = MAX_BACKUP_BYTES / (1024 * 1024);
        return Err(Problem::whole(t::too_large(limit)).into());
    }
    kind::expect(text, FileKind::Backup)?;
    let backup: Backup = parse_json(text)?;
    if backup.format != BACKUP_FORMAT {
        return Err(Problem::at("format", t::not_backup(&backup.format)).into());
    }
    if backup.schema_version > BACKUP_SCHEMA_VERSION {
        return Err(Problem::at("schema_version", t::newer_format(backup.schema_version)).into());
    }
    if backup.schema_version == 0 {
        return Err(Problem::at("schema_version", t::whole_number_from_1()).into());
    }
    if backup.frameworks.len() + backup.assessments.len() + backup.groups.len() + backup.benchmarks.len() > MAX_RECORDS
    {
        return Err(Problem::whole(t::too_many_records(MAX_RECORDS)).into());
    }
    let mut problems = Vec::new();
    let mut known = catalogue.clone();
    for (index, framework) in backup.frameworks.iter().enumerate() {
        let prefix = format!("frameworks[{index}]");
        problems.extend(framework.problems().into_iter().map(|p| within(&prefix, p)));
        match known.find(&framework.id, &framework.version) {
            Some(existing) if existing == framework => {}
            Some(_) => problems.push(Problem::at(prefix, t::different_content(&framework.id, &framework.version))),
            None => {
                let _ = known.add(framework.clone());
            }
        }
    }
    for (index, assessment) in backup.assessments.iter().enumerate() {
        let prefix = format!("assessments[{index}]");
        if backup.assessments[..index].iter().any(|a| a.id == assessment.id) {
            problems.push(Problem::at(format!("{prefix}.id"), t::twice(&assessment.id)));
        }
        problems.extend(exchange::problems(assessment, &known).into_iter().map(|p| within(&prefix, p)));
    }
    for (index, group) in backup.groups.iter().enumerate() {
        let prefix = format!("groups[{index}]");
        if backup.groups[..index].iter().any(|g| g.id == group.id) {
            problems.push(Problem::at(format!("{prefix}.id"), t::twice(&group.id)));
        }
        problems.extend(group_problems(group, &known).into_iter().map(|p| within(&prefix, p)));
    }
    for (index, benchmark) in backup.benchmarks.iter().enumerate() {
        let prefix = format!("benchmarks[{index}]");
        if backup.benchmarks[..index].iter().any(|b| b.id == benchmark.id) {
            problems.push(Problem::at(format!("{prefix}.id"), t::twice(&benchmark.id)));
        }
        problems.extend(benchmark.problems().into_iter().map(|p| within(&prefix, p)));
    }
    if let Some(performance) = &backup.performance {
        problems.extend(performance.problems().into_iter().map(|p| within("performance", p)));
    }
    if problems.is_empty() { Ok(backup) } else { Err(Problems(problems)) }
}

/// How long changes may go without a backup before the home page suggests one.
pub const REMINDER_AFTER: time::Duration = time::Duration::days(7);

/// Whether any change made since the last backup (or ever, when there has been none) is older
/// than `REMINDER_AFTER`: a gentle nudge, not a nag about work done today.
pub fn needs_reminder(changes: &[OffsetDateTime], last_backup: Option<OffsetDateTime>, now: OffsetDateTime) -> bool {
    changes
        .iter()
        .filter(|changed| last_backup.is_none_or(|backup| **changed > backup))
        .any(|changed| now - *changed > REMINDER_AFTER)
}

/// A problem found inside one record, placed under that record's path in the backup.
fn within(prefix: &str, problem: Problem) -> Problem {
    let path = problem.path.strip_prefix("assessment.").unwrap_or(&problem.path);
    let path = if path.is_empty() { prefix.to_string() } else { format!("{prefix}.{path}") };
    Problem { path, message: problem.message }
}
