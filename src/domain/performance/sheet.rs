//! Figures as a spreadsheet: a template to fill in, the import of a filled-in one, and an export.
//! One row per service, period and channel; the import checks every cell before anything changes
//! and names each problem by its row and column, as the spreadsheet shows them.

use super::entry::{money, parse_count, parse_money};
use super::{Cost, Figures, Performance, Period, Responses, figure_problems};
use crate::domain::problem::{Problem, Problems};
use crate::domain::spreadsheet;
use crate::i18n::t::performance_sheet as t;

/// The columns, in order; the import expects exactly these headings (or all but the last, as
/// templates made before "Not offered" was added have).
///
/// They are the same in every language, and not in the catalogue: the import reads them back, and
/// a file downloaded with the page in Welsh must import with the page in English, and the other
/// way round. So are the "Yes" that marks a channel not offered and the financial year's names in
/// the period column. What the import says about a file is in the page's language.
pub const COLUMNS: [&str; 16] = [
    "Service",
    "Period",
    "Channel",
    "Transactions completed",
    "Total cost (£)",
    "Cost per transaction (£)",
    "Digital transactions started",
    "Very dissatisfied",
    "Dissatisfied",
    "Neither satisfied nor dissatisfied",
    "Satisfied",
    "Very satisfied",
    "Dissatisfied (three-point scale)",
    "Neither (three-point scale)",
    "Satisfied (three-point scale)",
    "Not offered",
];
const COMPLETED: usize = 3;
const TOTAL_COST: usize = 4;
const UNIT_COST: usize = 5;
const STARTED: usize = 6;
const FIRST_SATISFACTION: usize = 7;
const FIRST_THREE_POINT: usize = 12;
const NOT_OFFERED: usize = 15;
/// Templates made before the three-point scale and "Not offered" had only the first 12 columns.
const OLD_COLUMNS: usize = 12;

/// Whether a column holds amounts in pounds, which a workbook shows and reads as money.
pub fn is_money(column: usize) -> bool {
    column == TOTAL_COST || column == UNIT_COST
}

/// Import no more rows than this: 20 services × 5 channels × 60 months is 6,000.
pub const MAX_ROWS: usize = 20_000;

/// A cell of the figures sheet before it is written: a name or mark as text, a figure as the
/// number it is, so that a CSV file and a workbook hold the same thing.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Count(Option<u64>),
    Money(Option<f64>),
}

impl Value {
    fn csv(self) -> String {
        match self {
            Value::Text(text) => text,
            Value::Count(count) => count.map(|v| v.to_string()).unwrap_or_default(),
            Value::Money(pounds) => pounds.map(money).unwrap_or_default(),
        }
    }
}

/// A row for every service and channel in `period`, with the figures already held filled in.
pub fn template_rows(performance: &Performance, period: Period) -> Vec<Vec<Value>> {
    let mut rows = Vec::new();
    for service in &performance.services {
        for channel in &performance.channels {
            let held = performance
                .figures
                .iter()
                .find(|f| f.service == service.id && f.period == period && f.channel == channel.id);
            rows.push(row(
                performance,
                held.cloned().unwrap_or_else(|| Figures::empty(&service.id, period, &channel.id)),
            ));
        }
    }
    rows
}

/// The template as CSV.
pub fn template(performance: &Performance, period: Period) -> String {
    as_csv(template_rows(performance, period))
}

/// Every figure held, by service (in register order), period and channel.
pub fn export_rows(performance: &Performance) -> Vec<Vec<Value>> {
    let mut rows = Vec::new();
    for service in &performance.services {
        for period in performance.periods_of(&service.id) {
            for figures in performance.figures_for(&service.id, period) {
                rows.push(row(performance, figures.clone()));
            }
        }
    }
    rows
}

/// Every figure held, as CSV.
pub fn export(performance: &Performance) -> String {
    as_csv(export_rows(performance))
}

fn as_csv(rows: Vec<Vec<Value>>) -> String {
    spreadsheet::write(&COLUMNS, rows.into_iter().map(|row| row.into_iter().map(Value::csv).collect()))
}

fn row(performance: &Performance, figures: Figures) -> Vec<Value> {
    let name = |id: &str, names: Vec<(&str, &str)>| {
        Value::Text(names.into_iter().find(|(i, _)| *i == id).map_or(id.to_string(), |(_, n)| n.to_string()))
    };
    let mut cells = vec![
        name(&figures.service, performance.services.iter().map(|s| (s.id.as_str(), s.name.as_str())).collect()),
        Value::Text(period_cell(figures.period, performance)),
        name(&figures.channel, performance.channels.iter().map(|c| (c.id.as_str(), c.name.as_str())).collect()),
        Value::Count(figures.completed),
        Value::Money(match figures.cost {
            Some(Cost::Total(total)) => Some(total),
            _ => None,
        }),
        Value::Money(match figures.cost {
            Some(Cost::PerTransaction(unit)) => Some(unit),
            _ => None,
        }),
        Value::Count(figures.started),
    ];
    let five = match figures.satisfaction {
        Some(Responses::Five(counts)) => counts.map(Some),
        _ => [None; 5],
    };
    let three = match figures.satisfaction {
        Some(Responses::Three(counts)) => counts.map(Some),
        _ => [None; 3],
    };
    cells.extend(five.into_iter().chain(three).map(Value::Count));
    cells.push(Value::Text(if figures.not_offered { "Yes".into() } else { String::new() }));
    cells
}

/// A period as a person reads it: "Q1 2026/27" or "2026/27" where the financial year names it,
/// otherwise its code ("2026-04").
pub fn period_cell(period: Period, performance: &Performance) -> String {
    period.financial_name(performance.year_start).unwrap_or_else(|| period.code())
}

/// Reads a filled-in template saved as CSV: the figures in every row with any, or every problem
/// found (`import_rows`).
pub fn import(text: &str, performance: &Performance) -> Result<Vec<Figures>, Problems> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Problem::whole(t::empty()).into());
    }
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(header)) => header,
        _ => return Err(Problem::whole(t::not_csv()).into()),
    };
    let headings: Vec<String> = header.iter().map(|h| h.trim().to_string()).collect();
    // Spaces around a cell are typing; a tab or return the export kept in a name is not, so the
    // quote goes first and what it kept is then compared without them.
    let rows = records.map(|record| {
        record
            .map(|record| record.iter().map(|cell| spreadsheet::undefuse(cell.trim()).trim().to_string()).collect())
            .map_err(t::unreadable_row)
    });
    import_rows(&headings, rows, performance)
}

/// Checks a filled-in template however it was read (a CSV file, or a workbook in
/// `office::figures_workbook`), so both say the same about it: `headings` are the first row's
/// cells, and each later row is its cells, trimmed, or why it cannot be read. Services and
/// channels are matched by name (or id), ignoring case; they must already be set up.
pub fn import_rows(
    headings: &[String],
    rows: impl Iterator<Item = Result<Vec<String>, String>>,
    performance: &Performance,
) -> Result<Vec<Figures>, Problems> {
    if headings != COLUMNS && headings != &COLUMNS[..OLD_COLUMNS] {
        let missing: Vec<&str> =
            COLUMNS[..OLD_COLUMNS].iter().copied().filter(|c| !headings.iter().any(|h| h == c)).collect();
        let message =
            if missing.is_empty() { t::wrong_order().to_string() } else { t::headings_missing(missing.join(", ")) };
        return Err(Problem::at(t::row(1), message).into());
    }
    let mut problems = Vec::new();
    let mut figures: Vec<(usize, Figures)> = Vec::new();
    for (index, cells) in rows.enumerate() {
        let number = index + 2;
        if number > MAX_ROWS + 1 {
            return Err(Problem::whole(t::too_many_rows(MAX_ROWS)).into());
        }
        let cells = match cells {
            Ok(cells) => cells,
            Err(message) => {
                problems.push(Problem::at(t::row(number), message));
                continue;
            }
        };
        if cells.iter().all(String::is_empty) {
            continue;
        }
        if cells.len() != headings.len() {
            problems.push(Problem::at(t::row(number), t::cells(cells.len(), headings.len())));
            continue;
        }
        if let Some(row) = read_row(number, &cells, performance, &mut problems) {
            figures.push((number, row));
        }
    }
    for (position, (number, row)) in figures.iter().enumerate() {
        if let Some((first, _)) = figures[..position].iter().find(|(_, other)| other.same_slot(row)) {
            problems.push(Problem::at(t::row(number), t::repeats(first)));
        }
    }
    if problems.is_empty() { Ok(figures.into_iter().map(|(_, row)| row).collect()) } else { Err(Problems(problems)) }
}

/// Where a cell is, as a spreadsheet shows it: "row 4, column D (Transactions completed)".
pub fn cell(row: usize, column: usize) -> String {
    let letter = char::from(b'A' + column as u8);
    t::cell(row, letter, COLUMNS[column])
}

/// One row's figures, or `None` after noting its problems. A row whose figures are all blank is
/// skipped, so a template can be sent back with some rows left empty.
fn read_row(
    number: usize,
    cells: &[String],
    performance: &Performance,
    problems: &mut Vec<Problem>,
) -> Option<Figures> {
    let before = problems.len();
    let mut note = |column: usize, message: String| problems.push(Problem::at(cell(number, column), message));
    if cells[COMPLETED..].iter().all(String::is_empty) {
        return None;
    }
    let service =
        performance.services.iter().find(|s| s.name.trim().eq_ignore_ascii_case(&cells[0]) || s.id == cells[0]);
    if service.is_none() {
        note(0, if cells[0].is_empty() { t::enter_service().to_string() } else { t::not_a_service(&cells[0]) });
    }
    let period = Period::parse_named(&cells[1], performance.year_start);
    if period.is_none() {
        note(1, t::not_a_period(&cells[1]));
    }
    let not_offered = match cells.get(NOT_OFFERED).map(|cell| cell.to_lowercase()) {
        None => false,
        Some(mark) if mark.is_empty() || mark == "no" => false,
        Some(mark) if mark == "yes" => true,
        Some(_) => {
            note(NOT_OFFERED, t::not_offered_mark().into());
            false
        }
    };
    let channel =
        performance.channels.iter().find(|c| c.name.trim().eq_ignore_ascii_case(&cells[2]) || c.id == cells[2]);
    if channel.is_none() {
        let names: Vec<&str> = performance.channels.iter().map(|c| c.name.as_str()).collect();
        note(2, t::not_a_channel(&cells[2], names.join(", ")));
    }
    let text = |column: usize| cells.get(column).map_or("", String::as_str);
    let mut count = |column: usize| {
        parse_count(text(column), COLUMNS[column]).unwrap_or_else(|m| {
            note(column, m);
            None
        })
    };
    let completed = count(COMPLETED);
    let started = count(STARTED);
    let five: Vec<Option<u64>> = (0..5).map(|point| count(FIRST_SATISFACTION + point)).collect();
    let three: Vec<Option<u64>> = (0..3).map(|point| count(FIRST_THREE_POINT + point)).collect();
    let mut amount = |column: usize| {
        parse_money(&cells[column], COLUMNS[column]).unwrap_or_else(|m| {
            problems.push(Problem::at(cell(number, column), m));
            None
        })
    };
    let total = amount(TOTAL_COST);
    let unit = amount(UNIT_COST);
    let mut note = |column: usize, message: String| problems.push(Problem::at(cell(number, column), message));
    let cost = match (total, unit) {
        (Some(_), Some(_)) => {
            note(UNIT_COST, t::cost_both().into());
            None
        }
        (total, unit) => total.map(Cost::Total).or(unit.map(Cost::PerTransaction)),
    };
    // All the counts of one scale, or none: a half-filled scale is named at its first blank.
    let mut scale = |counts: &[Option<u64>], first: usize| -> Option<Vec<u64>> {
        let given = counts.iter().filter(|c| c.is_some()).count();
        let blank_cells = (0..counts.len()).filter(|point| text(first + point).is_empty()).count();
        if given == counts.len() {
            return Some(counts.iter().map(|c| c.unwrap_or_default()).collect());
        }
        if given > 0 && given + blank_cells == counts.len() {
            let missing = counts.iter().position(Option::is_none).unwrap_or_default();
            note(first + missing, if counts.len() == 5 { t::all_five() } else { t::all_three() }.into());
        }
        None
    };
    let on_five = scale(&five, FIRST_SATISFACTION);
    let on_three = scale(&three, FIRST_THREE_POINT);
    let satisfaction = match (on_five, on_three) {
        (Some(_), Some(_)) => {
            note(FIRST_THREE_POINT, t::both_scales().into());
            None
        }
        (Some(c), None) => Some(Responses::Five(std::array::from_fn(|point| c[point]))),
        (None, Some(c)) => Some(Responses::Three(std::array::from_fn(|point| c[point]))),
        (None, None) => None,
    };
    let (service, period, channel) = (service?, period?, channel?);
    let figures = Figures {
        service: service.id.clone(),
        period,
        channel: channel.id.clone(),
        completed,
        cost,
        started,
        satisfaction,
        not_offered,
    };
    for (field, message) in figure_problems(&figures, channel) {
        let column = match field {
            super::Field::Completed => COMPLETED,
            super::Field::Cost => TOTAL_COST,
            super::Field::Started => STARTED,
            super::Field::Satisfaction => FIRST_SATISFACTION,
        };
        note(column, message);
    }
    (problems.len() == before).then_some(figures)
}
