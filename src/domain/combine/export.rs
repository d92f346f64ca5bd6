//! The combined view as files: CSV for spreadsheets, JSON for other tools.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{COMBINED_FORMAT, Combined, Stats};
use crate::domain::assessment::FrameworkRef;
use crate::i18n::t::combine as t;

/// The combined view as CSV: a row per area, then a row per statement in it.
pub fn combined_csv(combined: &Combined) -> String {
    let scale = &combined.framework.scale;
    let mut header: Vec<String> = [
        t::row(),
        t::area(),
        t::statement_id(),
        t::statement(),
        t::respondents(),
        t::median(),
        t::lowest(),
        t::highest(),
        t::range(),
    ]
    .map(String::from)
    .to_vec();
    header.extend(scale.levels.iter().map(|l| t::level(l.value, &l.name)));
    header.extend([scale.dont_know.clone(), scale.not_applicable.clone(), t::not_answered().into()]);
    let stats_cells = |stats: &Stats| {
        [
            stats.count.to_string(),
            csv_number(stats.median),
            csv_number(stats.min),
            csv_number(stats.max),
            csv_number(stats.range()),
        ]
    };
    let mut rows = Vec::new();
    for area in &combined.areas {
        let mut row = vec![t::area_score().to_string(), area.area.title.clone(), String::new(), String::new()];
        row.extend(stats_cells(&area.stats));
        row.extend(std::iter::repeat_n(String::new(), scale.levels.len() + 2));
        row.push(area.stats.not_answered.to_string());
        rows.push(row);
        for statement in &area.statements {
            let mut row = vec![
                t::statement().to_string(),
                area.area.title.clone(),
                statement.statement.id.clone(),
                statement.statement.text.clone(),
            ];
            row.extend(stats_cells(&statement.stats));
            row.extend(statement.levels.iter().map(usize::to_string));
            row.extend([
                statement.stats.dont_know.to_string(),
                statement.stats.not_applicable.to_string(),
                statement.stats.not_answered.to_string(),
            ]);
            rows.push(row);
        }
    }
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    crate::domain::spreadsheet::write(&header, rows.into_iter())
}

fn csv_number(value: Option<f64>) -> String {
    value.map(|v| format!("{}", (v * 100.0).round() / 100.0)).unwrap_or_default()
}

#[derive(Serialize)]
struct CombinedFile<'a> {
    format: &'static str,
    schema_version: u32,
    group: &'a str,
    /// The role or team the view is limited to, when it is.
    #[serde(skip_serializing_if = "Option::is_none")]
    label: Option<&'a str>,
    framework: FrameworkRef,
    respondents: usize,
    overall: &'a Stats,
    areas: Vec<AreaFile<'a>>,
    /// Statement ids, most disagreement first.
    disagreements: Vec<&'a str>,
    other_versions: Vec<VersionFile<'a>>,
}

#[derive(Serialize)]
struct AreaFile<'a> {
    id: &'a str,
    title: &'a str,
    stats: &'a Stats,
    statements: Vec<StatementFile<'a>>,
}

#[derive(Serialize)]
struct StatementFile<'a> {
    id: &'a str,
    text: &'a str,
    stats: &'a Stats,
    range: Option<f64>,
    /// How many chose each level, keyed by level.
    levels: BTreeMap<u8, usize>,
}

#[derive(Serialize)]
struct VersionFile<'a> {
    version: &'a str,
    files: &'a [String],
    missing_statements: &'a [String],
}

/// The combined view as JSON, for other tools.
pub fn combined_json(combined: &Combined, group: &str, label: Option<&str>) -> String {
    let file = CombinedFile {
        format: COMBINED_FORMAT,
        schema_version: 1,
        group,
        label,
        framework: FrameworkRef { id: combined.framework.id.clone(), version: combined.framework.version.clone() },
        respondents: combined.respondents,
        overall: &combined.overall,
        areas: combined
            .areas
            .iter()
            .map(|a| AreaFile {
                id: &a.area.id,
                title: &a.area.title,
                stats: &a.stats,
                statements: a
                    .statements
                    .iter()
                    .map(|s| StatementFile {
                        id: &s.statement.id,
                        text: &s.statement.text,
                        stats: &s.stats,
                        range: s.stats.range(),
                        levels: s.levels.iter().enumerate().map(|(i, n)| (i as u8 + 1, *n)).collect(),
                    })
                    .collect(),
            })
            .collect(),
        disagreements: combined.disagreements().iter().map(|s| s.statement.id.as_str()).collect(),
        other_versions: combined
            .versions
            .iter()
            .map(|v| VersionFile { version: &v.version, files: &v.sources, missing_statements: &v.missing })
            .collect(),
    };
    serde_json::to_string_pretty(&file).expect("a combined view always serialises")
}
