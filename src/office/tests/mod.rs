//! The office documents, opened as another program would: workbooks read back with calamine, and
//! the XML inside each file.

mod assessment_workbook;
mod plan_update;

use std::io::{Cursor, Read};

use calamine::{Data, Range, Reader, Xlsx};

/// Every sheet of a workbook, by name, in order.
pub(super) fn sheets(bytes: &[u8]) -> Vec<(String, Range<Data>)> {
    Xlsx::new(Cursor::new(bytes.to_vec())).expect("an xlsx file").worksheets()
}

/// One sheet's cells as text, row by row.
pub(super) fn cells(bytes: &[u8], sheet: &str) -> Vec<Vec<Data>> {
    let range =
        sheets(bytes).into_iter().find(|(name, _)| name == sheet).unwrap_or_else(|| panic!("no sheet {sheet}")).1;
    range.rows().map(<[Data]>::to_vec).collect()
}

/// The text of one file inside a zip container (an .xlsx or .docx).
pub(super) fn part(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip container");
    let mut text = String::new();
    archive.by_name(name).unwrap_or_else(|_| panic!("no part {name}")).read_to_string(&mut text).expect("UTF-8 XML");
    text
}
