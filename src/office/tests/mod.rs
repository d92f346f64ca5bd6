//! Workbooks written, then read back with calamine as a spreadsheet program reads them.

mod combined;
mod figures;
mod performance;

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};

/// The date the workbooks in these tests are made on.
const MADE: time::Date = time::macros::date!(2026 - 11 - 23);

fn open(bytes: &[u8]) -> Xlsx<Cursor<&[u8]>> {
    Xlsx::new(Cursor::new(bytes)).expect("the workbook opens")
}

fn sheet_names(bytes: &[u8]) -> Vec<String> {
    open(bytes).sheet_names()
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
