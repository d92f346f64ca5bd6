//! A worksheet laid out as a person would by hand: a styled, frozen header row with filters, columns
//! sized to what they hold, long text wrapped, dates as dates and shares as percentages.
//!
//! Every text goes in as a string cell, never as a formula, so a typed `=SUM(...)` or markup stays
//! exactly what was typed.

use rust_xlsxwriter::{Color, ExcelDateTime, Format, FormatAlign, FormatBorder, Worksheet, XlsxError};
use time::Date;

/// The longest text a cell holds (Excel's limit); longer text is cut with an ellipsis.
const MAX_CELL_CHARS: usize = 32_767;

/// How a column shows its cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A short text: a name, a code, a status.
    Text,
    /// A long text that wraps within the column.
    Wrapped,
    /// A whole number.
    Count,
    /// A number shown to one decimal place, as the app shows scores.
    Score,
    /// A number shown as it is: a median of levels, 2 or 2.5.
    Number,
    /// Money, to two decimal places with a pound sign.
    Money,
    /// A share from 0 to 1, shown as a percentage to one decimal place, as the app shows shares.
    Percent,
    /// A day, shown as the UK writes it.
    Date,
}

impl Shape {
    /// A number as the app shows it, rounded where the app rounds: a spreadsheet rounds a half
    /// up (3.25 to 3.3) where the app rounds it to even (3.2), so a workbook holding the exact
    /// value would show a board a different figure from the page's for the same thing.
    fn as_shown(self, value: f64) -> f64 {
        let rounded = |places: usize, scale: f64| {
            format!("{:.places$}", value * scale).parse::<f64>().map_or(value, |shown| shown / scale)
        };
        match self {
            Shape::Score => rounded(1, 1.0),
            Shape::Money => rounded(2, 1.0),
            Shape::Percent => rounded(1, 100.0),
            Shape::Text | Shape::Wrapped | Shape::Count | Shape::Number | Shape::Date => value,
        }
    }

    fn number_format(self) -> Option<&'static str> {
        match self {
            // Text-formatted, so that what a person types later ("2026-04", "1-2") stays text
            // rather than becoming a date.
            Shape::Text | Shape::Wrapped => Some("@"),
            Shape::Number => None,
            Shape::Count => Some("0"),
            Shape::Score => Some("0.0"),
            Shape::Money => Some("£#,##0.00"),
            Shape::Percent => Some("0.0%"),
            Shape::Date => Some("dd/mm/yyyy"),
        }
    }
}

/// A column: its heading, how it shows its cells and its width in characters.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub heading: String,
    pub shape: Shape,
    pub width: f64,
}

impl Column {
    pub fn new(heading: impl Into<String>, shape: Shape, width: f64) -> Column {
        Column { heading: heading.into(), shape, width }
    }
}

/// One cell's value; its column says how it shows.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Date(Date),
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Cell {
        Cell::Text(text.into())
    }

    /// A number, or an empty cell when there is none.
    pub fn number(value: Option<f64>) -> Cell {
        value.map_or(Cell::Empty, Cell::Number)
    }

    /// A text, or an empty cell when there is none.
    pub fn optional(text: Option<impl Into<String>>) -> Cell {
        text.map_or(Cell::Empty, |text| Cell::Text(text.into()))
    }
}

/// The header's look: bold on a light blue-grey, with a line beneath.
fn header_format() -> Format {
    Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xDEE6EF))
        .set_border_bottom(FormatBorder::Medium)
        .set_text_wrap()
        .set_align(FormatAlign::Top)
}

fn cell_format(shape: Shape) -> Format {
    let format = Format::new().set_align(FormatAlign::Top);
    let format = if shape == Shape::Wrapped { format.set_text_wrap() } else { format };
    match shape.number_format() {
        Some(number_format) => format.set_num_format(number_format),
        None => format,
    }
}

/// Writes a table from the sheet's top-left corner: the header row, frozen and with filters,
/// then a row per entry. Returns the number of the last row written (0 when there are no rows).
pub fn write_table(sheet: &mut Worksheet, columns: &[Column], rows: &[Vec<Cell>]) -> Result<u32, XlsxError> {
    let header = header_format();
    for (index, column) in columns.iter().enumerate() {
        let col = column_number(index);
        sheet.set_column_width(col, column.width)?;
        sheet.write_string_with_format(0, col, &column.heading, &header)?;
    }
    let formats: Vec<Format> = columns.iter().map(|column| cell_format(column.shape)).collect();
    for (index, cells) in rows.iter().enumerate() {
        let row = u32::try_from(index + 1).expect("a sheet holds fewer rows than u32::MAX");
        for (at, ((cell, format), column)) in cells.iter().zip(&formats).zip(columns).enumerate() {
            let cell = match cell {
                Cell::Number(value) => &Cell::Number(column.shape.as_shown(*value)),
                other => other,
            };
            write_cell(sheet, row, column_number(at), cell, format)?;
        }
    }
    let last_row = u32::try_from(rows.len()).expect("a sheet holds fewer rows than u32::MAX");
    sheet.set_freeze_panes(1, 0)?;
    if !columns.is_empty() {
        sheet.autofilter(0, 0, last_row, column_number(columns.len() - 1))?;
    }
    Ok(last_row)
}

/// Writes a sheet that says what a workbook holds: a bold heading, then a fact on each row, its
/// label beside its value. Dates show as dates; long values wrap.
pub fn write_about(sheet: &mut Worksheet, heading: &str, facts: &[(String, Cell)]) -> Result<(), XlsxError> {
    sheet.set_column_width(0, 28)?;
    sheet.set_column_width(1, 80)?;
    sheet.write_string_with_format(0, 0, within_limit(heading), &Format::new().set_bold().set_font_size(14))?;
    let label = Format::new().set_bold().set_align(FormatAlign::Top);
    for (index, (name, value)) in facts.iter().enumerate() {
        let row = u32::try_from(index + 2).expect("a few facts");
        let shape = match value {
            Cell::Date(_) => Shape::Date,
            Cell::Number(_) => Shape::Number,
            Cell::Empty | Cell::Text(_) => Shape::Wrapped,
        };
        sheet.write_string_with_format(row, 0, within_limit(name), &label)?;
        write_cell(sheet, row, 1, value, &cell_format(shape).set_align(FormatAlign::Left))?;
    }
    Ok(())
}

/// Writes one cell with its column's format.
pub fn write_cell(sheet: &mut Worksheet, row: u32, col: u16, cell: &Cell, format: &Format) -> Result<(), XlsxError> {
    match cell {
        Cell::Empty => sheet.write_blank(row, col, format).map(|_| ()),
        Cell::Text(text) => sheet.write_string_with_format(row, col, within_limit(text), format).map(|_| ()),
        Cell::Number(value) => sheet.write_number_with_format(row, col, *value, format).map(|_| ()),
        Cell::Date(date) => {
            let day = ExcelDateTime::from_ymd(
                u16::try_from(date.year()).map_err(|_| XlsxError::DateTimeRangeError(date.to_string()))?,
                u8::from(date.month()),
                date.day(),
            )?;
            sheet.write_datetime_with_format(row, col, &day, format).map(|_| ())
        }
    }
}

/// A column's number in the sheet; tables have a handful of columns.
pub fn column_number(index: usize) -> u16 {
    u16::try_from(index).expect("a table has fewer than 65,536 columns")
}

/// The column's letters as a spreadsheet shows them: 0 is A, 25 is Z, 26 is AA.
pub fn column_letters(index: usize) -> String {
    let mut letters = Vec::new();
    let mut rest = index + 1;
    while rest > 0 {
        let digit = (rest - 1) % 26;
        letters.push(char::from(b'A' + u8::try_from(digit).expect("under 26")));
        rest = (rest - 1) / 26;
    }
    letters.iter().rev().collect()
}

fn within_limit(text: &str) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(MAX_CELL_CHARS) {
        None => text.into(),
        Some((end, _)) => {
            let cut: String = text[..end].chars().take(MAX_CELL_CHARS - 1).collect();
            format!("{cut}…").into()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_a_spreadsheet_letters_them() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }

    #[test]
    fn numbers_are_written_as_the_app_shows_them() {
        // Halves go to even, as the app's own figures do, not up as a spreadsheet's format would.
        assert_eq!(Shape::Score.as_shown(3.25), 3.2);
        assert_eq!(Shape::Score.as_shown(2.75), 2.8);
        assert_eq!(Shape::Score.as_shown(7.0 / 3.0), 2.3);
        assert_eq!(Shape::Money.as_shown(1.125), 1.12);
        assert_eq!(Shape::Percent.as_shown(0.0625), 0.062);
        assert_eq!(Shape::Percent.as_shown(2.0 / 3.0), 0.667);
        assert_eq!(Shape::Count.as_shown(12.0), 12.0);
        assert_eq!(Shape::Number.as_shown(2.5), 2.5);
    }

    #[test]
    fn text_past_a_cells_limit_is_cut_with_an_ellipsis() {
        let long = "é".repeat(MAX_CELL_CHARS + 10);
        let cut = within_limit(&long);
        assert_eq!(cut.chars().count(), MAX_CELL_CHARS);
        assert!(cut.ends_with('…'));
        assert_eq!(within_limit("short"), "short");
    }
}
