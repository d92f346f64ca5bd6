//! The office documents, opened as another program would: workbooks read back with calamine, and
//! the XML inside each file.

mod assessment_workbook;
mod combined;
mod figures;
mod performance;
mod plan_update;

use std::io::{Cursor, Read};

use calamine::{Data, Range, Reader, Xlsx};

/// The date the workbooks in these tests are made on.
const MADE: time::Date = time::macros::date!(2026 - 11 - 23);

fn open(bytes: &[u8]) -> Xlsx<Cursor<&[u8]>> {
    Xlsx::new(Cursor::new(bytes)).expect("the workbook opens")
}

fn sheet_names(bytes: &[u8]) -> Vec<String> {
    open(bytes).sheet_names()
}

/// Every sheet of a workbook, by name, in order.
fn sheets(bytes: &[u8]) -> Vec<(String, Range<Data>)> {
    open(bytes).worksheets()
}

/// A sheet's cells, row by row from A1.
fn cells(bytes: &[u8], sheet: &str) -> Vec<Vec<Data>> {
    let range = open(bytes).worksheet_range(sheet).expect("the sheet is there");
    assert_eq!(range.start(), Some((0, 0)), "{sheet} starts at A1");
    range.rows().map(<[Data]>::to_vec).collect()
}

/// The texts of a sheet's first row.
fn headings(bytes: &[u8], sheet: &str) -> Vec<String> {
    cells(bytes, sheet)[0].iter().map(ToString::to_string).collect()
}

/// The number format of a cell (row and column from 0), if it has one.
fn number_format(bytes: &[u8], sheet: &str, at: (u32, u32)) -> Option<String> {
    let styles = open(bytes).worksheet_style(sheet).expect("the sheet has styles");
    styles.get(at).and_then(|style| style.number_format.as_ref()).map(|format| format.format_code.clone())
}

/// No cell of the sheet is a formula: text that looks like one stayed text.
fn assert_no_formulas(bytes: &[u8], sheet: &str) {
    let formulas = open(bytes).worksheet_formula(sheet).expect("the sheet is there");
    assert!(formulas.used_cells().next().is_none(), "{sheet} has a formula");
}

fn text(value: &str) -> Data {
    Data::String(value.into())
}

/// The text of one file inside a zip container (an .xlsx or .docx).
fn part(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip container");
    let mut text = String::new();
    archive.by_name(name).unwrap_or_else(|_| panic!("no part {name}")).read_to_string(&mut text).expect("UTF-8 XML");
    text
}
