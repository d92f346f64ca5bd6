use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet};

use crate::domain::performance::sheet::{self, COLUMNS, MAX_ROWS};
use crate::domain::performance::{Performance, Period};
use crate::domain::tests::performance::bins;
use crate::office::figures_workbook::{import, is_workbook};

/// Writes rows as a person types them into a spreadsheet: what reads as a number becomes one,
/// anything else text; an empty cell is left blank.
fn write_rows(sheet: &mut Worksheet, rows: &[Vec<&str>]) {
    for (row, cells) in rows.iter().enumerate() {
        for (column, cell) in cells.iter().enumerate() {
            let (row, column) = (row as u32, column as u16);
            match cell.parse::<f64>() {
                Ok(number) => sheet.write_number(row, column, number).map(|_| ()),
                Err(_) if cell.is_empty() => Ok(()),
                Err(_) => sheet.write_string(row, column, *cell).map(|_| ()),
            }
            .unwrap();
        }
    }
}

fn workbook_of(rows: &[Vec<&str>]) -> Vec<u8> {
    let mut workbook = Workbook::new();
    write_rows(workbook.add_worksheet(), rows);
    workbook.save_to_buffer().unwrap()
}

/// The same rows as a CSV file.
fn csv_of(rows: &[Vec<&str>]) -> String {
    rows.iter().map(|row| row.join(",")).collect::<Vec<_>>().join("\r\n")
}

/// The template's headings, then `rows`, each padded to the template's width.
fn template<'a>(rows: &[&[&'a str]]) -> Vec<Vec<&'a str>> {
    let mut all = vec![COLUMNS.to_vec()];
    all.extend(rows.iter().map(|row| {
        let mut cells = row.to_vec();
        cells.resize(COLUMNS.len(), "");
        cells
    }));
    all
}

/// What the import says of the rows as a workbook, having checked it says the same of them as CSV.
fn imported_both_ways(rows: &[Vec<&str>], performance: &Performance) -> String {
    let from_workbook = import(&workbook_of(rows), performance);
    assert_eq!(from_workbook, sheet::import(&csv_of(rows), performance), "as the same rows saved as CSV");
    match from_workbook {
        Ok(figures) => format!("{figures:?}"),
        Err(problems) => problems.to_string(),
    }
}

#[test]
fn a_workbook_in_the_templates_layout_imports_the_figures_its_csv_would() {
    let mut performance = bins();
    performance.figures.clear();
    let rows = template(&[
        &["Report a missed bin", "2026-Q1", "Online", "600", "300", "", "800", "10", "10", "20", "40", "20"],
        &[],
        &["report a missed bin", "2025/26 q4", "phone", "400", "", "3.5"],
        &["Report a missed bin", "Q4 2025/26", "Other", "", "", "", "", "", "", "", "", "", "", "", "", "yes"],
    ]);
    let imported = import(&workbook_of(&rows), &performance).unwrap();
    assert_eq!(Ok(imported.clone()), sheet::import(&csv_of(&rows), &performance));
    assert_eq!(imported.len(), 3, "the blank row is skipped");
    assert_eq!(imported[0].completed, Some(600));
    assert_eq!(imported[1].cost, Some(crate::domain::performance::Cost::PerTransaction(3.5)));
    assert!(imported[2].not_offered);
}

#[test]
fn an_amount_in_pounds_is_read_to_the_penny_as_the_cell_shows_it() {
    let performance = bins();
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    write_rows(sheet, &template(&[&["Report a missed bin", "2026-Q1", "Phone", "3"]]));
    sheet.write_number(1, 5, 10.0 / 3.0).unwrap();
    let imported = import(&workbook.save_to_buffer().unwrap(), &performance).unwrap();
    assert_eq!(imported[0].cost, Some(crate::domain::performance::Cost::PerTransaction(3.33)));
}

#[test]
fn a_month_that_excel_made_a_date_imports_as_that_month() {
    let performance = bins();
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    write_rows(sheet, &template(&[&["Report a missed bin", "", "Online", "5"]]));
    let first_of_april = ExcelDateTime::from_ymd(2026, 4, 1).unwrap();
    sheet.write_datetime_with_format(1, 1, &first_of_april, &Format::new().set_num_format("mmm-yy")).unwrap();
    let imported = import(&workbook.save_to_buffer().unwrap(), &performance).unwrap();
    assert_eq!(imported[0].period, Period::month(2026, 4));
}

#[test]
fn a_bad_cell_in_a_workbook_is_named_by_row_and_column_as_in_a_csv() {
    let performance = bins();
    let rows = template(&[
        &["Report a missed bin", "2026-Q1", "Online", "900", "", "", "800"],
        &[],
        &["=1+1", "2026-Q1", "Online", "5"],
        &["Report a missed bin", "2026-Q2", "Phone", "-5", "abc", "", "", "1", "2"],
        &["Report a missed bin", "2026-Q2", "Online", "2.5", "1250.5"],
        &["<b>Bins</b>", "Spring", "@SUM(A1)", "5"],
    ]);
    let from_workbook = imported_both_ways(&rows, &performance);
    assert_eq!(
        from_workbook,
        [
            "row 2, column D (Transactions completed): Online transactions completed (900) cannot be more than those started (800)",
            "row 4, column A (Service): \"=1+1\" is not a service in the register: add it there first, or check the spelling",
            "row 5, column D (Transactions completed): Transactions completed cannot be negative",
            "row 5, column E (Total cost (£)): Total cost (£) must be an amount in pounds, like 1250.50",
            "row 5, column J (Neither satisfied nor dissatisfied): give all five satisfaction counts (0 where nobody chose that answer), or leave all five blank",
            "row 6, column D (Transactions completed): Transactions completed must be a whole number",
            "row 7, column A (Service): \"<b>Bins</b>\" is not a service in the register: add it there first, or check the spelling",
            "row 7, column B (Period): \"Spring\" is not a period: write a month as 2026-04, a quarter as Q1 2026/27 or a year as 2026/27",
            "row 7, column C (Channel): \"@SUM(A1)\" is not a channel; the channels are Online, Phone, Face to face, Post or email, Other",
        ]
        .join("\n")
    );
    // A cell past the template's columns, and headings that are not the template's.
    let mut wide = template(&[&["Report a missed bin", "2026-Q1", "Online", "5"]]);
    wide[1].push("a note");
    let from_workbook = imported_both_ways(&wide, &performance);
    assert_eq!(from_workbook, "row 2: has 17 cells; every row needs 16");
    let from_workbook = imported_both_ways(&[vec!["Service", "Period"], vec!["x", "y"]], &performance);
    assert!(from_workbook.starts_with("row 1: the first row must be the template’s headings"), "{from_workbook}");
}

#[test]
fn the_sheet_laid_out_like_the_template_is_found_among_others() {
    let performance = bins();
    let mut workbook = Workbook::new();
    write_rows(workbook.add_worksheet().set_name("Notes").unwrap(), &[vec!["Read me first"]]);
    write_rows(workbook.add_worksheet(), &template(&[&["Report a missed bin", "2026-Q1", "Online", "5"]]));
    assert_eq!(import(&workbook.save_to_buffer().unwrap(), &performance).unwrap().len(), 1);
}

#[test]
fn a_file_that_is_not_a_workbook_or_holds_nothing_is_refused_clearly() {
    let performance = bins();
    let said = |bytes: &[u8]| import(bytes, &performance).unwrap_err().to_string();
    assert_eq!(
        said(b"Service,Period\r\n"),
        "this is not an Excel workbook (.xlsx) Almanac can read: save it as an Excel workbook or as CSV, then upload it again"
    );
    assert!(said(b"PK\x03\x04 not really a zip").starts_with("this is not an Excel workbook (.xlsx)"));
    assert!(said(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 an .xls").starts_with("this is an older Excel file (.xls)"));

    let mut empty = Workbook::new();
    empty.add_worksheet();
    assert_eq!(
        said(&empty.save_to_buffer().unwrap()),
        "the sheet “Sheet1” is empty: put the figures on the first sheet, laid out like the template"
    );

    assert!(is_workbook("Figures.XLSX", b""));
    assert!(is_workbook("figures.xls", b""));
    assert!(is_workbook("figures.csv", b"PK\x03\x04"), "a workbook by any name");
    assert!(!is_workbook("figures.csv", b"Service,Period"));
}

#[test]
fn a_sheet_larger_than_the_import_takes_is_refused() {
    let performance = bins();
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    write_rows(sheet, &template(&[]));
    sheet.write_string(MAX_ROWS as u32 + 1, 0, "Report a missed bin").unwrap();
    let said = import(&workbook.save_to_buffer().unwrap(), &performance).unwrap_err().to_string();
    assert_eq!(said, format!("the file has more than {MAX_ROWS} rows of figures"));

    // As many filled cells as the longest template holds, but on few rows: refused before they are all kept.
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    write_rows(sheet, &template(&[]));
    for row in 1..=20 {
        for column in 0..=u16::MAX / 4 {
            sheet.write_number(row, column, 1.0).unwrap();
        }
    }
    let said = import(&workbook.save_to_buffer().unwrap(), &performance).unwrap_err().to_string();
    assert_eq!(said, format!("the sheet “Sheet1” has more filled cells than {MAX_ROWS} rows of the template hold"));
}
