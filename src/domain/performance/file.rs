//! Service performance data as a file of its own, versioned like every Almanac file.

use serde::{Deserialize, Serialize};

use super::{Channel, Figures, Performance, Service, Target, YearStart, default_channels};
use crate::domain::kind::{self, FileKind};
use crate::domain::problem::{Problem, Problems, parse_json};
use crate::i18n::t::performance_file as t;

pub const PERFORMANCE_FORMAT: &str = "almanac.performance";
/// Format 2 holds periods by the month they start in ("2026-04+3"), the financial year's start,
/// channels marked not offered, and channels with no assumed unit cost. Format 1 files read as
/// they are: their calendar quarters ("2026-Q2") are the same three months.
pub const PERFORMANCE_SCHEMA_VERSION: u32 = 2;
/// Room for years of monthly figures for hundreds of services.
pub const MAX_PERFORMANCE_BYTES: usize = 10 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PerformanceFile {
    format: String,
    schema_version: u32,
    #[serde(default)]
    services: Vec<Service>,
    #[serde(default = "default_channels")]
    channels: Vec<Channel>,
    #[serde(default)]
    figures: Vec<Figures>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    illustrative: bool,
    #[serde(default)]
    year_start: YearStart,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    organisation: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    targets: Vec<Target>,
}

pub fn to_json(performance: &Performance) -> String {
    let file = PerformanceFile {
        format: PERFORMANCE_FORMAT.into(),
        schema_version: PERFORMANCE_SCHEMA_VERSION,
        services: performance.services.clone(),
        channels: performance.channels.clone(),
        figures: performance.figures.clone(),
        illustrative: performance.illustrative,
        year_start: performance.year_start,
        organisation: performance.organisation.clone(),
        targets: performance.targets.clone(),
    };
    serde_json::to_string_pretty(&file).expect("performance data always serialises")
}

/// Reads a file and checks all of it; nothing is returned unless every part is sound.
pub fn from_json(text: &str) -> Result<Performance, Problems> {
    if text.len() > MAX_PERFORMANCE_BYTES {
        let limit = MAX_PERFORMANCE_BYTES / (1024 * 1024);
        return Err(Problem::whole(t::too_large(limit)).into());
    }
    kind::expect(text, FileKind::Performance)?;
    let file: PerformanceFile = parse_json(text)?;
    if file.format != PERFORMANCE_FORMAT {
        return Err(Problem::at("format", t::not_performance(&file.format)).into());
    }
    if file.schema_version > PERFORMANCE_SCHEMA_VERSION {
        return Err(Problem::at("schema_version", t::newer(file.schema_version)).into());
    }
    if file.schema_version == 0 {
        return Err(Problem::at("schema_version", t::version_from_one()).into());
    }
    let performance = Performance {
        services: file.services,
        channels: file.channels,
        figures: file.figures,
        illustrative: file.illustrative,
        year_start: file.year_start,
        organisation: file.organisation,
        targets: file.targets,
    };
    let problems = performance.problems();
    if problems.is_empty() { Ok(performance) } else { Err(Problems(problems)) }
}
