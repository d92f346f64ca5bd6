//! Bringing owners' updates back from an assessment's workbook: the status, owner, due date and
//! note they filled in on the plan sheet. Nothing else is read, so the answers never change.
//!
//! Every row is checked first. A row that names no item in the plan, or holds a value Almanac
//! cannot accept, is named by sheet, row and column and changes nothing; the rest are offered as
//! a list of changes to confirm.

use std::io::Cursor;

use calamine::{Data, Range, Reader, Xlsx};
use time::{Date, Duration, Month};

use super::assessment_workbook::{ASSESSMENT_NAME, ITEM_ID, editable_headings};
use super::sheet::column_letters;
use crate::domain::assessment::Assessment;
use crate::domain::dates::parse_day;
use crate::domain::exchange::{MAX_DETAIL_CHARS, MAX_EVIDENCE_CHARS};
use crate::domain::framework::Framework;
use crate::domain::plan::{PlanEntry, PlanStatus, action_plan};
use crate::domain::problem::{Problem, Problems};
use crate::i18n::t::plan_update as t;

/// What a workbook would change, and the rows that change nothing because of a problem.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanUpdate {
    pub changes: Vec<ItemChange>,
    /// Items whose row matches the plan as it is.
    pub unchanged: usize,
    pub problems: Vec<Problem>,
}

/// One item's new entry, and what differs, for the person to check before it is applied.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemChange {
    pub statement_id: String,
    pub statement: String,
    pub fields: Vec<FieldChange>,
    /// The entry when the workbook was read, and as the workbook would make it.
    pub before: PlanEntry,
    pub after: PlanEntry,
}

/// One field changed: its column's heading, and the value before and after (empty for none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    pub field: String,
    pub before: String,
    pub after: String,
}

/// Reads a workbook Almanac made for `assessment`, as the bytes of the `.xlsx` file. A file that
/// is not such a workbook at all is refused with why, as `Problems`.
pub fn read_plan_update(
    bytes: Vec<u8>,
    framework: &Framework,
    assessment: &Assessment,
) -> Result<PlanUpdate, Problems> {
    let mut workbook = Xlsx::new(Cursor::new(bytes)).map_err(|_| Problem::whole(t::not_a_workbook()))?;
    if let Some((_, made_from)) = workbook.defined_names().iter().find(|(name, _)| name == ASSESSMENT_NAME) {
        let made_from = made_from.trim_start_matches('=').trim_matches('"').replace("\"\"", "\"");
        if made_from != assessment.id {
            return Err(Problem::whole(t::another_assessment(assessment.display_title(&framework.title))).into());
        }
    }
    let names: Vec<String> = workbook.sheet_names();
    let sheet = names
        .into_iter()
        .find(|name| first_row(&mut workbook, name).iter().any(|heading| heading == ITEM_ID))
        .ok_or_else(|| Problem::whole(t::no_plan_sheet(ITEM_ID)))?;
    let range = read_sheet(&mut workbook, &sheet)?;
    compare(&sheet, &range, framework, assessment)
}

/// A plan has an item for each statement at most: a few hundred rows of 15 columns. Reading
/// stops past this many filled cells, so a small file that unzips to millions of cells cannot
/// exhaust the page's memory.
const MAX_CELLS: usize = 100_000;

/// The texts of a sheet's first row, read without reading the rest of the sheet.
fn first_row(workbook: &mut Xlsx<Cursor<Vec<u8>>>, name: &str) -> Vec<String> {
    let Ok(mut cells) = workbook.worksheet_cells_reader(name) else { return Vec::new() };
    let mut headings = Vec::new();
    while let Ok(Some(cell)) = cells.next_cell() {
        if cell.get_position().0 > 0 {
            break;
        }
        headings.push(text(&Data::from(cell.get_value().clone())).trim().to_string());
    }
    headings
}

/// The plan sheet's cells, or why it cannot be read.
fn read_sheet(workbook: &mut Xlsx<Cursor<Vec<u8>>>, name: &str) -> Result<Range<Data>, Problem> {
    let mut cells = workbook.worksheet_cells_reader(name).map_err(|_| Problem::whole(t::not_a_workbook()))?;
    let mut read = Vec::new();
    while let Some(cell) = cells.next_cell().map_err(|_| Problem::whole(t::not_a_workbook()))? {
        if read.len() == MAX_CELLS {
            return Err(Problem::whole(t::too_many_cells(name)));
        }
        let (row, column) = cell.get_position();
        read.push(calamine::Cell::new((row, column), Data::from(cell.get_value().clone())));
    }
    Ok(Range::from_sparse(read))
}

/// The headings in the sheet's first row, trimmed.
fn header(range: &Range<Data>) -> Vec<String> {
    range.rows().next().map(|row| row.iter().map(|cell| text(cell).trim().to_string()).collect()).unwrap_or_default()
}

/// Where a cell is, as the spreadsheet shows it: sheet, row number and column letter.
fn place(sheet: &str, row: usize, column: usize, heading: &str) -> String {
    t::place(sheet, row + 1, column_letters(column), heading)
}

fn compare(
    sheet: &str,
    range: &Range<Data>,
    framework: &Framework,
    assessment: &Assessment,
) -> Result<PlanUpdate, Problems> {
    let (first_row, first_column) = range.start().map_or((0, 0), |(row, column)| (row as usize, column as usize));
    let headings = header(range);
    let column_of = |heading: &str| headings.iter().position(|h| h == heading);
    let id_column = column_of(ITEM_ID).expect("the plan sheet was found by this heading");
    let wanted = editable_headings();
    let missing: Vec<&str> = wanted.iter().filter(|h| column_of(h).is_none()).map(String::as_str).collect();
    if !missing.is_empty() {
        let at = t::row_place(sheet, first_row + 1);
        return Err(Problem::at(at, t::headings_missing(missing.join(", "))).into());
    }
    let [status_column, owner_column, due_column, note_column] =
        wanted.each_ref().map(|h| column_of(h).expect("checked above"));
    let items = action_plan(framework, assessment);
    let mut update = PlanUpdate { changes: Vec::new(), unchanged: 0, problems: Vec::new() };
    let mut seen: Vec<(String, usize)> = Vec::new();
    for (index, row) in range.rows().enumerate().skip(1) {
        let row_number = first_row + index;
        let cell = |column: usize| row.get(column).unwrap_or(&Data::Empty);
        let at = |column: usize| place(sheet, row_number, first_column + column, &headings[column]);
        let id = text(cell(id_column)).trim().to_string();
        if id.is_empty() {
            if row.iter().any(|c| !text(c).trim().is_empty()) {
                update.problems.push(Problem::at(at(id_column), t::no_id()));
            }
            continue;
        }
        if let Some((_, first)) = seen.iter().find(|(seen_id, _)| *seen_id == id) {
            update.problems.push(Problem::at(at(id_column), t::repeated(&id, first + 1)));
            continue;
        }
        seen.push((id.clone(), row_number));
        let Some(item) = items.iter().find(|item| item.statement.id == id) else {
            update.problems.push(Problem::at(at(id_column), t::unknown_item(&id)));
            continue;
        };
        let mut entry = item.entry.clone();
        let mut problems = Vec::new();
        match status(cell(status_column)) {
            Ok(status) => entry.status = status,
            Err(message) => problems.push(Problem::at(at(status_column), message)),
        }
        match limited(cell(owner_column), MAX_DETAIL_CHARS) {
            Ok(owner) => entry.owner = owner,
            Err(message) => problems.push(Problem::at(at(owner_column), message)),
        }
        match day(cell(due_column)) {
            Ok(due) => entry.due = due,
            Err(message) => problems.push(Problem::at(at(due_column), message)),
        }
        match limited(cell(note_column), MAX_EVIDENCE_CHARS) {
            Ok(note) => entry.note = note,
            Err(message) => problems.push(Problem::at(at(note_column), message)),
        }
        if !problems.is_empty() {
            update.problems.extend(problems);
            continue;
        }
        let fields = differences(&item.entry, &entry, &wanted);
        if fields.is_empty() {
            update.unchanged += 1;
        } else {
            let (statement, before) = (item.statement.text.clone(), item.entry.clone());
            update.changes.push(ItemChange { statement_id: id, statement, fields, before, after: entry });
        }
    }
    Ok(update)
}

/// What differs between the entry as it is and as the workbook has it, in the sheet's columns.
fn differences(before: &PlanEntry, after: &PlanEntry, headings: &[String; 4]) -> Vec<FieldChange> {
    let shown = |entry: &PlanEntry| {
        [
            entry.status.label().to_string(),
            entry.owner.clone().unwrap_or_default(),
            entry.due.map(crate::domain::dates::long_day).unwrap_or_default(),
            entry.note.clone().unwrap_or_default(),
        ]
    };
    shown(before)
        .into_iter()
        .zip(shown(after))
        .zip(headings)
        .filter(|((before, after), _)| before != after)
        .map(|((before, after), field)| FieldChange { field: field.clone(), before, after })
        .collect()
}

/// A cell as text: numbers as a person typed them (a whole number with no ".0").
fn text(cell: &Data) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => text.clone(),
        Data::Float(value) if value.fract() == 0.0 && value.abs() < 1e15 => format!("{value:.0}"),
        Data::Float(value) => value.to_string(),
        Data::Int(value) => value.to_string(),
        Data::Bool(value) => value.to_string(),
        Data::DateTime(value) => value.as_f64().to_string(),
    }
}

/// A status, as the sheet's list offers them; an empty cell is "Not started".
fn status(cell: &Data) -> Result<PlanStatus, String> {
    let typed = text(cell);
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(PlanStatus::NotStarted);
    }
    PlanStatus::ALL.into_iter().find(|s| s.label().eq_ignore_ascii_case(typed)).ok_or_else(|| {
        let known: Vec<&str> = PlanStatus::ALL.iter().map(|s| s.label()).collect();
        t::not_a_status(typed, known.join(", "))
    })
}

/// A text of at most `limit` characters, or none for an empty cell.
fn limited(cell: &Data, limit: usize) -> Result<Option<String>, String> {
    let typed = text(cell);
    let typed = typed.trim();
    match typed.chars().count() {
        0 => Ok(None),
        count if count > limit => Err(t::too_long(count, limit)),
        _ => Ok(Some(typed.to_string())),
    }
}

/// A due date: a date cell, or text written as 31/03/2027 or 2027-03-31; none for an empty cell.
fn day(cell: &Data) -> Result<Option<Date>, String> {
    let not_a_date = |typed: &str| t::not_a_date(typed.trim());
    match cell {
        Data::Empty => Ok(None),
        Data::DateTime(value) if !value.is_duration() => {
            serial_day(value.as_f64()).map(Some).ok_or_else(|| not_a_date(&text(cell)))
        }
        _ => {
            let typed = text(cell);
            let trimmed = typed.trim();
            if trimmed.is_empty() {
                return Ok(None);
            }
            uk_day(trimmed)
                .or_else(|| parse_day(trimmed.get(..10).unwrap_or(trimmed)))
                .map(Some)
                .ok_or_else(|| not_a_date(trimmed))
        }
    }
}

/// A spreadsheet's day number (days since 30 December 1899) as a date.
fn serial_day(serial: f64) -> Option<Date> {
    let epoch = Date::from_calendar_date(1899, Month::December, 30).expect("a real day");
    (serial.is_finite() && (1.0..=2_958_465.0).contains(&serial))
        .then(|| epoch.checked_add(Duration::days(serial.floor() as i64)))
        .flatten()
}

/// Reads 31/03/2027 (or 1/4/2027) as the UK writes dates.
fn uk_day(text: &str) -> Option<Date> {
    let parts: Vec<&str> = text.split('/').collect();
    let [day, month, year] = parts.as_slice() else { return None };
    let number = |part: &str| part.bytes().all(|b| b.is_ascii_digit()).then(|| part.parse::<u16>().ok()).flatten();
    let (day, month, year) = (number(day)?, number(month)?, number(year)?);
    if year < 1000 {
        return None;
    }
    Date::from_calendar_date(i32::from(year), Month::try_from(u8::try_from(month).ok()?).ok()?, u8::try_from(day).ok()?)
        .ok()
}

/// Applies the changes confirmed: of each item's status, owner, due date and note, those the
/// workbook changed. A field changed on the page since the workbook was read, and not in it, stays.
pub fn apply(assessment: &mut Assessment, changes: &[ItemChange]) {
    for ItemChange { statement_id, before, after, .. } in changes {
        assessment.plan.edit(statement_id, |entry| {
            if before.status != after.status {
                entry.status = after.status;
            }
            if before.owner != after.owner {
                entry.owner.clone_from(&after.owner);
            }
            if before.due != after.due {
                entry.due = after.due;
            }
            if before.note != after.note {
                entry.note.clone_from(&after.note);
            }
        });
    }
}
