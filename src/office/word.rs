//! A Word document laid out as a person would for a committee paper: A4 pages, real heading
//! styles (which Word's navigation pane, a table of contents and a screen reader all find),
//! tables whose header row repeats on every page, and pictures as wide as the text with their
//! text alternatives.
//!
//! Every text goes in as a run of text, which docx-rs escapes, so typed markup or a formula stays
//! exactly what was typed.

use std::io::Cursor;

use docx_rs::{
    AlignmentType, BreakType, Docx, LineSpacing, LineSpacingType, PageMargin, Paragraph, Pic, Run, RunFonts, Shading,
    Style, StyleType, Table, TableCell, TableCellMargins, TableRow, WidthType,
};
use time::Date;

use crate::domain::text::without_controls;

/// A4, in twentieths of a point (twips).
const PAGE_WIDTH: u32 = 11_906;
const PAGE_HEIGHT: u32 = 16_838;
/// 2 cm all round.
const MARGIN: u32 = 1_134;
/// Where a header or footer would sit: 1.25 cm from the edge, as in Word's own A4 documents.
const HEADER_MARGIN: i32 = 709;
const TEXT_WIDTH: u32 = PAGE_WIDTH - 2 * MARGIN;
const TEXT_HEIGHT: u32 = PAGE_HEIGHT - 2 * MARGIN;
/// Pictures are sized in English Metric Units.
const EMU_PER_TWIP: u64 = 635;
/// A picture's height at most, so that its heading fits on its page.
const MAX_PICTURE_HEIGHT: u32 = TEXT_HEIGHT * 7 / 10;
/// The header row's fill, as the workbooks' (`office::sheet`).
const HEADER_FILL: &str = "DEE6EF";
const FONT: &str = "Arial";
/// Text in tables, in half-points: a point smaller than the paragraphs', as committee papers
/// set their tables.
const TABLE_TEXT: usize = 20;

/// The style ids Word and LibreOffice know by their names ("Heading 1" and so on).
pub const TITLE: &str = "Title";
pub const HEADING_1: &str = "Heading1";
pub const HEADING_2: &str = "Heading2";
pub const CAPTION: &str = "Caption";

/// A table's column: its heading, its share of the text's width (about the characters it
/// needs), and whether it holds numbers (set to the right, as the page's tables set them).
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub heading: String,
    pub share: u32,
    pub numeric: bool,
}

impl Column {
    pub fn text(heading: impl Into<String>, share: u32) -> Column {
        Column { heading: heading.into(), share, numeric: false }
    }

    pub fn number(heading: impl Into<String>, share: u32) -> Column {
        Column { heading: heading.into(), share, numeric: true }
    }
}

/// One cell's text, with a bold first line where it has one (an item's area above its statement).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cell {
    pub lead: Option<String>,
    pub text: String,
}

impl Cell {
    pub fn led(lead: impl Into<String>, text: impl Into<String>) -> Cell {
        Cell { lead: Some(lead.into()), text: text.into() }
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell { lead: None, text }
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell::from(text.to_string())
    }
}

/// A document being written, top to bottom.
pub struct Document {
    docx: Docx,
    /// Each picture's name and text alternative, in the order placed.
    pictures: Vec<(String, String)>,
}

impl Document {
    pub fn new(today: Date) -> Document {
        let docx = Docx::new()
            .page_size(PAGE_WIDTH, PAGE_HEIGHT)
            .page_margin(
                PageMargin::new()
                    .top(twips(MARGIN))
                    .bottom(twips(MARGIN))
                    .left(twips(MARGIN))
                    .right(twips(MARGIN))
                    .header(HEADER_MARGIN)
                    .footer(HEADER_MARGIN),
            )
            .default_fonts(RunFonts::new().ascii(FONT).hi_ansi(FONT).cs(FONT))
            .default_size(22)
            // The rule said, for LibreOffice reads a line height without one as exact: a
            // picture would show one line high.
            .default_line_spacing(LineSpacing::new().after(160).line(264).line_rule(LineSpacingType::Auto))
            .created_at(&format!("{today}T00:00:00Z"))
            .updated_at(&format!("{today}T00:00:00Z"))
            .add_style(paragraph_style(TITLE, "Title", 48).line_spacing(LineSpacing::new().after(240)))
            .add_style(
                heading_style(HEADING_1, "Heading 1", 32, 0).line_spacing(LineSpacing::new().before(360).after(120)),
            )
            .add_style(
                heading_style(HEADING_2, "Heading 2", 26, 1).line_spacing(LineSpacing::new().before(240).after(120)),
            )
            .add_style(paragraph_style(CAPTION, "Caption", 20).line_spacing(LineSpacing::new().before(120).after(80)));
        Document { docx, pictures: Vec::new() }
    }

    fn add(&mut self, paragraph: Paragraph) {
        self.docx = std::mem::take(&mut self.docx).add_paragraph(paragraph);
    }

    /// A paragraph in one of the styles above, kept on the page of what follows it.
    pub fn styled(&mut self, style: &str, text: &str) {
        self.add(Paragraph::new().style(style).keep_next(true).add_run(text_run(text)));
    }

    pub fn paragraph(&mut self, text: &str) {
        self.add(Paragraph::new().add_run(text_run(text)));
    }

    /// A table with a header row that repeats at the top of each page it runs onto.
    pub fn table(&mut self, columns: &[Column], rows: Vec<Vec<Cell>>) {
        let widths = widths(columns);
        let head = columns
            .iter()
            .zip(&widths)
            .map(|(column, width)| {
                cell(&Cell::from(column.heading.as_str()), *width, column.numeric, true)
                    .shading(Shading::new().fill(HEADER_FILL))
            })
            .collect();
        // docx-rs writes no w:tblHeader: the header row is marked by w:cantSplit, which no other
        // row has, and `finish` adds w:tblHeader beside it.
        let mut table_rows = vec![TableRow::new(head).cant_split()];
        table_rows.extend(rows.iter().map(|cells| {
            let cells = cells
                .iter()
                .zip(columns.iter().zip(&widths))
                .map(|(content, (column, width))| cell(content, *width, column.numeric, false))
                .collect();
            TableRow::new(cells)
        }));
        self.add_table(Table::new(table_rows), widths);
    }

    /// Facts as a list of labels and values, with no header row: the report's details.
    pub fn facts(&mut self, rows: &[(&str, String)]) {
        let widths = vec![TEXT_WIDTH * 3 / 10, TEXT_WIDTH * 7 / 10];
        let rows = rows
            .iter()
            .map(|(label, value)| {
                TableRow::new(vec![
                    cell(&Cell::from(*label), widths[0], false, true),
                    cell(&Cell::from(value.as_str()), widths[1], false, false),
                ])
            })
            .collect();
        self.add_table(Table::new(rows), widths);
    }

    fn add_table(&mut self, table: Table, widths: Vec<u32>) {
        let grid = widths.iter().map(|width| *width as usize).collect();
        let table = table
            .set_grid(grid)
            .width(TEXT_WIDTH as usize, WidthType::Dxa)
            .margins(TableCellMargins::new().margin(57, 85, 57, 85));
        self.docx = std::mem::take(&mut self.docx).add_table(table);
        // Word runs two tables in a row together: a paragraph keeps them, and the text, apart.
        self.add(Paragraph::new().line_spacing(LineSpacing::new().after(120)));
    }

    /// A PNG as wide as the text (or narrower, so that it is never taller than most of a page),
    /// with its name and text alternative.
    pub fn picture(&mut self, png: Vec<u8>, width_px: u32, height_px: u32, name: &str, description: &str) {
        let (width, height) = picture_size(width_px, height_px);
        let pic = Pic::new_with_dimensions(png, width_px, height_px).size(width, height);
        self.add(Paragraph::new().keep_next(true).add_run(Run::new().add_image(pic)));
        self.pictures.push((name.to_string(), description.to_string()));
    }

    /// The document as the bytes of a .docx file.
    pub fn finish(self) -> Result<Vec<u8>, String> {
        let mut parts = self.docx.build();
        let document = String::from_utf8(parts.document).map_err(|error| error.to_string())?;
        parts.document = with_header_rows(&with_picture_names(&document, &self.pictures)).into_bytes();
        let mut bytes = Cursor::new(Vec::new());
        parts.pack(&mut bytes).map_err(|error| error.to_string())?;
        Ok(bytes.into_inner())
    }
}

fn twips(value: u32) -> i32 {
    i32::try_from(value).expect("a page's measures fit an i32")
}

fn paragraph_style(id: &str, name: &str, half_points: usize) -> Style {
    Style::new(id, StyleType::Paragraph).name(name).next("Normal").size(half_points).bold()
}

/// A heading style at an outline level (0 for Heading 1), which makes it a heading for Word.
fn heading_style(id: &str, name: &str, half_points: usize, level: usize) -> Style {
    paragraph_style(id, name, half_points).outline_lvl(level)
}

/// Each column's width in twips, in proportion to its share, filling the text's width. A share
/// is at least the longest word of the heading and a little room, so that no heading's word
/// is broken.
fn widths(columns: &[Column]) -> Vec<u32> {
    let shares: Vec<u32> = columns
        .iter()
        .map(|column| {
            let longest = column.heading.split_whitespace().map(|word| word.chars().count()).max().unwrap_or(0);
            column.share.max(u32::try_from(longest).unwrap_or(u32::MAX).saturating_add(3))
        })
        .collect();
    let total: u32 = shares.iter().sum::<u32>().max(1);
    shares.iter().map(|share| TEXT_WIDTH * share / total).collect()
}

fn cell(content: &Cell, width: u32, numeric: bool, bold: bool) -> TableCell {
    let mut paragraph = Paragraph::new().line_spacing(LineSpacing::new().before(0).after(0));
    if numeric {
        paragraph = paragraph.align(AlignmentType::Right);
    }
    if let Some(lead) = &content.lead {
        paragraph = paragraph.add_run(text_run(lead).size(TABLE_TEXT).bold().add_break(BreakType::TextWrapping));
    }
    let run = text_run(&content.text).size(TABLE_TEXT);
    paragraph = paragraph.add_run(if bold { run.bold() } else { run });
    TableCell::new().width(width as usize, WidthType::Dxa).add_paragraph(paragraph)
}

/// A run of typed text: line breaks kept as breaks, control characters (which XML cannot hold)
/// left out.
fn text_run(text: &str) -> Run {
    let text = without_controls(text).replace("\r\n", "\n").replace('\r', "\n");
    let mut run = Run::new();
    for (index, line) in text.split('\n').enumerate() {
        if index > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        run = run.add_text(line);
    }
    run
}

/// The picture's size in EMUs: the text's width, or less to keep within `MAX_PICTURE_HEIGHT`.
fn picture_size(width_px: u32, height_px: u32) -> (u32, u32) {
    let (width_px, height_px) = (u64::from(width_px.max(1)), u64::from(height_px.max(1)));
    let mut width = u64::from(TEXT_WIDTH) * EMU_PER_TWIP;
    let mut height = width * height_px / width_px;
    let max_height = u64::from(MAX_PICTURE_HEIGHT) * EMU_PER_TWIP;
    if height > max_height {
        width = width * max_height / height;
        height = max_height;
    }
    let emus = |value: u64| u32::try_from(value).expect("a picture within an A4 page fits a u32 of EMUs");
    (emus(width), emus(height))
}

/// Marks each header row (the only rows docx-rs was asked not to split) as one to repeat.
fn with_header_rows(document: &str) -> String {
    document.replace("<w:cantSplit />", "<w:cantSplit /><w:tblHeader />")
}

/// docx-rs names every picture "Figure", with id 1 and no text alternative: each gets its own
/// id, name and description, in the order they were placed.
fn with_picture_names(document: &str, pictures: &[(String, String)]) -> String {
    const WRITTEN: &str = r#"<wp:docPr id="1" name="Figure" />"#;
    let mut parts = document.split(WRITTEN);
    let mut named = parts.next().unwrap_or_default().to_string();
    for (index, part) in parts.enumerate() {
        let (name, description) = pictures.get(index).map(|(n, d)| (n.as_str(), d.as_str())).unwrap_or_default();
        named.push_str(&format!(
            r#"<wp:docPr id="{}" name="{}" descr="{}" />"#,
            index + 1,
            attribute(name),
            attribute(description)
        ));
        named.push_str(part);
    }
    named
}

/// Text made safe for an XML attribute's value.
fn attribute(text: &str) -> String {
    without_controls(text)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace(['\n', '\r', '\t'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_picture_fills_the_width_unless_that_would_make_it_too_tall() {
        let full_width = u64::from(TEXT_WIDTH) * EMU_PER_TWIP;
        let (width, height) = picture_size(1200, 900);
        assert_eq!(u64::from(width), full_width);
        assert_eq!(u64::from(height), full_width * 3 / 4);
        let (width, height) = picture_size(600, 3000);
        assert_eq!(u64::from(height), u64::from(MAX_PICTURE_HEIGHT) * EMU_PER_TWIP);
        assert_eq!(u64::from(width), u64::from(height) / 5, "the proportions are kept");
    }

    #[test]
    fn column_widths_share_out_the_text_width() {
        let even = widths(&[Column::text("A", 10), Column::number("B", 30)]);
        assert_eq!(even, vec![TEXT_WIDTH / 4, TEXT_WIDTH * 3 / 4]);
        let roomy = widths(&[Column::text("Not applicable", 4), Column::number("B", 26)]);
        assert_eq!(roomy, vec![TEXT_WIDTH * 13 / 39, TEXT_WIDTH * 26 / 39], "room for “applicable”");
    }

    #[test]
    fn picture_names_are_escaped_and_each_picture_numbered() {
        let document = r#"<a><wp:docPr id="1" name="Figure" /><b/><wp:docPr id="1" name="Figure" /></a>"#;
        let named = with_picture_names(
            document,
            &[("One".into(), "Say \"hi\" <now> & then".into()), ("Two".into(), "Line\nbreak".into())],
        );
        assert_eq!(
            named,
            r#"<a><wp:docPr id="1" name="One" descr="Say &quot;hi&quot; &lt;now&gt; &amp; then" /><b/><wp:docPr id="2" name="Two" descr="Line break" /></a>"#
        );
    }
}
