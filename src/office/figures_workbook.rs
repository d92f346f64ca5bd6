//! Service figures from a workbook laid out like the CSV template: its cells become the text the
//! CSV import reads, and the same checks (`sheet::import_rows`) say the same about them, each
//! problem at its row and column as the spreadsheet shows them.

use std::collections::BTreeMap;
use std::io::Cursor;

use calamine::{DataRef, Reader, SheetType, Xlsx};

use crate::domain::performance::entry::money;
use crate::domain::performance::sheet::{self, COLUMNS, MAX_ROWS};
use crate::domain::performance::{Figures, Performance};
use crate::domain::problem::{Problem, Problems};
use crate::i18n::t::office_sheets as t;
use crate::i18n::t::performance_sheet as sheet_words;

/// How every zip file, an .xlsx among them, starts.
const ZIP: &[u8] = b"PK\x03\x04";
/// How older Office files start: an .xls, or a workbook encrypted with a password.
const OLD_OFFICE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
/// More filled cells than a sheet of the most rows the import takes; past this a sheet is not
/// read on, so a small file that unzips to millions of cells cannot exhaust the page's memory.
const MAX_CELLS: usize = (MAX_ROWS + 1) * COLUMNS.len();

/// Whether a chosen file is a workbook rather than CSV: by its name, or by how it starts when its
/// name does not say.
pub fn is_workbook(name: &str, bytes: &[u8]) -> bool {
    let name = name.to_lowercase();
    [".xlsx", ".xlsm", ".xls"].iter().any(|extension| name.ends_with(extension))
        || bytes.starts_with(ZIP)
        || bytes.starts_with(OLD_OFFICE)
}

/// Reads the figures from the sheet laid out like the template (its first cell "Service"), or
/// from the first sheet.
pub fn import(bytes: &[u8], performance: &Performance) -> Result<Vec<Figures>, Problems> {
    if bytes.starts_with(OLD_OFFICE) {
        return Err(Problem::whole(t::old_workbook()).into());
    }
    let mut workbook = Xlsx::new(Cursor::new(bytes)).map_err(|_| Problem::whole(t::not_workbook()))?;
    let names: Vec<String> = workbook
        .sheets_metadata()
        .iter()
        .filter(|sheet| sheet.typ == SheetType::WorkSheet)
        .map(|sheet| sheet.name.clone())
        .collect();
    let Some(first) = names.first() else { return Err(Problem::whole(sheet_words::empty()).into()) };
    let chosen = names.iter().find(|name| starts_like_template(&mut workbook, name)).unwrap_or(first);
    let mut rows = read_rows(&mut workbook, chosen)?;
    if rows.is_empty() {
        return Err(Problem::whole(t::empty_sheet(chosen)).into());
    }
    let headings = row_of(rows.remove(&0).unwrap_or_default(), 0);
    let width = headings.len();
    let last = rows.keys().next_back().copied().unwrap_or(0);
    // Every row after the headings in order, blank ones too, so that each has the number the
    // sheet shows; an .xlsx leaves blank cells out, so each row is as wide as the headings.
    let lines = (1..=last).map(|number| Ok(row_of(rows.remove(&number).unwrap_or_default(), width)));
    sheet::import_rows(&headings, lines, performance)
}

fn starts_like_template(workbook: &mut Xlsx<Cursor<&[u8]>>, name: &str) -> bool {
    let Ok(mut cells) = workbook.worksheet_cells_reader(name) else { return false };
    matches!(cells.next_cell(), Ok(Some(cell)) if cell.get_position() == (0, 0) && text(cell.get_value(), 0) == COLUMNS[0])
}

/// The filled cells of a sheet, by row and column from 0; none when the sheet is empty.
fn read_rows(workbook: &mut Xlsx<Cursor<&[u8]>>, name: &str) -> Result<BTreeMap<u32, BTreeMap<u32, String>>, Problem> {
    let not_workbook = |_| Problem::whole(t::not_workbook());
    let mut cells = workbook.worksheet_cells_reader(name).map_err(not_workbook)?;
    let mut rows: BTreeMap<u32, BTreeMap<u32, String>> = BTreeMap::new();
    let mut count = 0;
    while let Some(cell) = cells.next_cell().map_err(not_workbook)? {
        let (row, column) = cell.get_position();
        let text = text(cell.get_value(), column as usize);
        if text.is_empty() {
            continue;
        }
        if row as usize > MAX_ROWS {
            return Err(Problem::whole(sheet_words::too_many_rows(MAX_ROWS)));
        }
        count += 1;
        if count > MAX_CELLS {
            return Err(Problem::whole(t::too_many_cells(name, MAX_ROWS)));
        }
        rows.entry(row).or_default().insert(column, text);
    }
    Ok(rows)
}

/// A row's cells in order, blanks included, at least `width` of them.
fn row_of(cells: BTreeMap<u32, String>, width: usize) -> Vec<String> {
    let last = cells.keys().next_back().map_or(0, |column| *column as usize + 1);
    let mut row = vec![String::new(); last.max(width)];
    for (column, text) in cells {
        row[column as usize] = text;
    }
    row
}

/// A cell as the CSV import expects to read it: text as it is (trimmed, as a CSV cell is), numbers
/// as typed, amounts in pounds as `sheet::export` writes them, and a date that Excel made of a
/// typed month ("2026-04") as that month.
fn text(value: &DataRef, column: usize) -> String {
    match value {
        DataRef::Empty => String::new(),
        DataRef::String(text) => text.trim().to_string(),
        DataRef::SharedString(text) => text.trim().to_string(),
        DataRef::Int(number) => number.to_string(),
        // To the penny, as the cell shows it and as Excel would save it as CSV.
        DataRef::Float(number) if sheet::is_money(column) => money(*number),
        // Never with an exponent, and a whole number without ".0".
        DataRef::Float(number) => number.to_string(),
        DataRef::Bool(true) => "TRUE".into(),
        DataRef::Bool(false) => "FALSE".into(),
        DataRef::DateTime(moment) if moment.is_datetime() => match moment.to_ymd_hms_milli() {
            (year, month, 1, 0, 0, 0, 0) => format!("{year}-{month:02}"),
            (year, month, day, ..) => format!("{year}-{month:02}-{day:02}"),
        },
        DataRef::DateTime(duration) => duration.as_f64().to_string(),
        DataRef::DateTimeIso(text) | DataRef::DurationIso(text) => text.clone(),
        DataRef::Error(error) => error.to_string(),
    }
}
