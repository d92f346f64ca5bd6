//! The Word report read back as Word reads it: the parts of the .docx file, unzipped here, and
//! the paragraphs and tables of its document part.

use std::collections::BTreeMap;

use time::macros::{date, datetime};

use super::*;
use crate::domain::assessment::{Confidence, Rating};
use crate::domain::programme::Phase;

const TODAY: Date = date!(2026 - 12 - 01);
const HOSTILE_TITLE: &str = "<script>alert(1)</script> & \"Board\"";
const HOSTILE_OWNER: &str = "=HYPERLINK(\"http://example.com\",\"Click\")";
const HOSTILE_EVIDENCE: &str = "<b>x</b>\n=1+1";

fn framework() -> Framework {
    let levels = serde_json::json!([
        {"descriptor": "At 1", "next_step": "Go to 2"},
        {"descriptor": "At 2", "next_step": "Go to 3"},
        {"descriptor": "At 3"}
    ]);
    let document = serde_json::json!({
        "format": "almanac.framework", "schema_version": 1, "id": "small", "version": "1",
        "title": "Small", "summary": "A small framework.", "source": "Tests", "credit": "Tests",
        "scale": {
            "levels": [
                {"value": 1, "name": "One", "description": "First"},
                {"value": 2, "name": "Two", "description": "Second"},
                {"value": 3, "name": "Three", "description": "Third"}
            ],
            "dont_know": "Don't know", "not_applicable": "Not applicable"
        },
        "areas": [
            {"id": "a", "title": "Area A", "description": "A", "weight": 1,
             "statements": [{"id": "a1", "text": "A one", "levels": levels},
                            {"id": "a2", "text": "A two", "levels": levels}]},
            {"id": "b", "title": "Area B", "description": "B", "weight": 1,
             "statements": [{"id": "b1", "text": "B one", "levels": levels}]}
        ]
    });
    Framework::from_json(&document.to_string()).expect("the framework is valid")
}

/// Answers 1, "Don't know" and 2, with a target of 3 on the first, typed text in the title,
/// an owner and the evidence, and the first item in a phase.
fn assessment(framework: &Framework) -> Assessment {
    let now = datetime!(2026-11-23 10:00 UTC);
    let mut assessment = Assessment::new("a1".into(), framework, now);
    assessment.details.title = Some(HOSTILE_TITLE.into());
    assessment.details.organisation = Some("Anytown Council".into());
    assessment.answer("a1", Rating::Level(1), now);
    assessment.answer("a2", Rating::DontKnow, now);
    assessment.answer("b1", Rating::Level(2), now);
    assessment.edit("a1", now, |answer| {
        answer.target = Some(3);
        answer.evidence = Some(HOSTILE_EVIDENCE.into());
        answer.confidence = Some(Confidence::High);
    });
    assessment.plan.edit("a1", |entry| {
        entry.owner = Some(HOSTILE_OWNER.into());
        entry.due = Some(date!(2027 - 03 - 31));
        entry.set_phase(Some(Phase::Quarter { year: 2026, quarter: 4 }));
    });
    assessment
}

/// A picture's bytes: the PNG signature is all the document needs of them.
fn chart(figure: Figure) -> ChartImage {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.push(figure as u8);
    ChartImage { figure, description: format!("{figure:?} chart <alt>"), png, width_px: 1200, height_px: 800 }
}

fn every_chart() -> Vec<ChartImage> {
    [Figure::Scores, Figure::Gaps, Figure::Levels, Figure::Roadmap].into_iter().map(chart).collect()
}

/// The files in a zip archive by name, without its folders: as much of the format as docx-rs
/// writes (stored or deflated entries, named in the central directory).
fn unzip(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let u16_at = |at: usize| usize::from(u16::from_le_bytes([bytes[at], bytes[at + 1]]));
    let u32_at = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap()) as usize;
    let end = (0..=bytes.len() - 22).rev().find(|&at| u32_at(at) == 0x0605_4b50).expect("the zip's directory");
    let (count, mut at) = (u16_at(end + 10), u32_at(end + 16));
    let mut files = BTreeMap::new();
    for _ in 0..count {
        assert_eq!(u32_at(at), 0x0201_4b50, "a directory entry");
        let (method, size, local) = (u16_at(at + 10), u32_at(at + 20), u32_at(at + 42));
        let (name_length, rest) = (u16_at(at + 28), u16_at(at + 30) + u16_at(at + 32));
        let name = String::from_utf8(bytes[at + 46..at + 46 + name_length].to_vec()).unwrap();
        let start = local + 30 + u16_at(local + 26) + u16_at(local + 28);
        let data = &bytes[start..start + size];
        let data = match method {
            0 => data.to_vec(),
            8 => miniz_oxide::inflate::decompress_to_vec(data).unwrap(),
            other => panic!("{name}: compression method {other}"),
        };
        at += 46 + name_length + rest;
        if !name.ends_with('/') {
            files.insert(name, data);
        }
    }
    files
}

fn part(files: &BTreeMap<String, Vec<u8>>, name: &str) -> String {
    String::from_utf8(files.get(name).unwrap_or_else(|| panic!("{name} is in the file")).clone()).unwrap()
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#xA;", "\n")
        .replace("&amp;", "&")
}

/// The text of every `w:t` in some XML, run together, with a line break for each `w:br`.
fn text_of(xml: &str) -> String {
    let mut text = String::new();
    for piece in xml.split('<').skip(1) {
        if piece.starts_with("w:br ") || piece.starts_with("w:br/") {
            text.push('\n');
        } else if let Some(content) = piece
            .strip_prefix("w:t>")
            .or_else(|| piece.strip_prefix("w:t ").and_then(|rest| rest.split_once('>')).map(|(_, content)| content))
        {
            text.push_str(&unescape(content));
        }
    }
    text
}

/// Each paragraph outside tables: its style id, if any, and its text.
fn paragraphs(document: &str) -> Vec<(Option<String>, String)> {
    let mut outside = String::new();
    let mut rest = document;
    while let Some(start) = rest.find("<w:tbl>") {
        outside.push_str(&rest[..start]);
        rest = &rest[rest.find("</w:tbl>").expect("a table ends") + "</w:tbl>".len()..];
    }
    outside.push_str(rest);
    outside
        .split("</w:p>")
        .filter(|piece| piece.contains("<w:p>") || piece.contains("<w:p "))
        .map(|piece| {
            let style = piece
                .split_once("<w:pStyle w:val=\"")
                .and_then(|(_, rest)| rest.split_once('"'))
                .map(|(style, _)| style.to_string());
            (style, text_of(piece))
        })
        .collect()
}

/// Each table: whether its first row repeats as a header, and its rows' cells' texts.
fn tables(document: &str) -> Vec<(bool, Vec<Vec<String>>)> {
    document
        .split("</w:tbl>")
        .filter_map(|piece| piece.split_once("<w:tbl>").map(|(_, table)| table))
        .map(|table| {
            let rows: Vec<&str> = table.split("</w:tr>").filter(|row| row.contains("<w:tr")).collect();
            let header = rows.first().is_some_and(|row| row.contains("<w:tblHeader />"));
            assert!(rows.iter().skip(1).all(|row| !row.contains("w:tblHeader")), "only the first row is a header");
            let cells = rows
                .iter()
                .map(|row| row.split("</w:tc>").filter(|cell| cell.contains("<w:tc")).map(text_of).collect())
                .collect();
            (header, cells)
        })
        .collect()
}

fn made(charts: &[ChartImage]) -> BTreeMap<String, Vec<u8>> {
    let framework = framework();
    let bytes = report_document(&framework, &assessment(&framework), charts, TODAY).expect("the report is made");
    unzip(&bytes)
}

fn headed(paragraphs: &[(Option<String>, String)], style: &str) -> Vec<String> {
    paragraphs.iter().filter(|(s, _)| s.as_deref() == Some(style)).map(|(_, text)| text.clone()).collect()
}

#[test]
fn the_pages_are_a4_and_the_headings_are_word_headings() {
    let files = made(&every_chart());
    let document = part(&files, "word/document.xml");
    assert!(document.contains(r#"<w:pgSz w:w="11906" w:h="16838""#), "A4 portrait");
    let paragraphs = paragraphs(&document);
    assert_eq!(headed(&paragraphs, TITLE), vec![HOSTILE_TITLE.to_string()]);
    assert_eq!(
        headed(&paragraphs, HEADING_1),
        vec![
            report::summary().to_string(),
            result::scores_and_targets_heading("area"),
            result::gaps_heading().to_string(),
            result::levels_heading().to_string(),
            report::action_plan().to_string(),
            report::roadmap().to_string(),
            report::all_answers().to_string(),
        ]
    );
    assert_eq!(
        headed(&paragraphs, HEADING_2),
        vec![
            Phase::Quarter { year: 2026, quarter: 4 }.label(),
            road::not_in_phase_heading().to_string(),
            "Area A".into(),
            "Area B".into()
        ]
    );
    let styles = part(&files, "word/styles.xml");
    for (id, name, level) in [(HEADING_1, "Heading 1", 0), (HEADING_2, "Heading 2", 1)] {
        let style = styles.split(&format!(r#"w:styleId="{id}">"#)).nth(1).expect("the style is defined");
        let style = &style[..style.find("</w:style>").unwrap()];
        assert!(style.contains(&format!(r#"<w:name w:val="{name}" />"#)), "{id} is named {name}: {style}");
        assert!(style.contains(&format!(r#"<w:outlineLvl w:val="{level}" />"#)), "{id} is at outline level {level}");
    }
}

#[test]
fn the_summary_says_what_the_printed_report_says() {
    let framework = framework();
    let paragraphs = paragraphs(&part(&made(&[]), "word/document.xml"));
    let summary = summary(&framework, &assessment(&framework));
    let at = paragraphs.iter().position(|(_, text)| text == report::summary()).expect("a summary");
    let given: Vec<String> = paragraphs[at + 1..=at + summary.len()].iter().map(|(_, text)| text.clone()).collect();
    assert_eq!(given, summary);
    assert!(summary[0].contains("1.5"), "the overall score, the mean of 1 and 2: {}", summary[0]);
}

#[test]
fn each_table_has_its_cells_and_a_header_row_that_repeats() {
    let document = part(&made(&every_chart()), "word/document.xml");
    let tables = tables(&document);
    let headed: Vec<&Vec<Vec<String>>> = tables.iter().filter(|(header, _)| *header).map(|(_, rows)| rows).collect();
    let facts: Vec<&Vec<Vec<String>>> = tables.iter().filter(|(header, _)| !*header).map(|(_, rows)| rows).collect();
    assert_eq!(facts.len(), 2, "the details, and the phase's effort and score");
    assert!(facts[0].contains(&vec![report::framework().to_string(), "Small, version 1".into()]));
    assert!(facts[0].contains(&vec![report::produced().to_string(), "1 December 2026 with Almanac".into()]));
    assert!(facts[0].iter().any(|row| row[1] == "Anytown Council"));

    let scores = headed[0];
    assert_eq!(scores[0], ["Area", "Score", "Target", "Gap", "Answered"]);
    assert_eq!(scores[1], ["Area A", "1.0", "3.0", "+2.0", "2 of 2, 1 “Don't know”"]);
    assert_eq!(scores[2], ["Area B", "2.0", "Not set", "", "1 of 1"]);
    assert_eq!(scores[3], ["Overall", "1.5", "", "", "3 of 3"]);
    let gaps = headed[1];
    assert_eq!(gaps[1..], [["Area A", "1.0", "3.0", "+2.0"]]);
    let levels = headed[2];
    assert_eq!(levels[0], ["Area", "1", "2", "3", "Don't know", "Not applicable", "Not answered"]);
    assert_eq!(levels[1], ["Area A", "1", "0", "0", "1", "0", "0"]);

    let plan = headed[3];
    assert_eq!(plan[0], ["Rank", "Statement", "Action", "Next step", "Status", "Owner", "Due", "Phase"]);
    assert_eq!(plan.len(), 4, "a header and three items");
    let first_gap = plan.iter().find(|row| row[1] == "Area A\nA one").expect("the item for A one");
    assert_eq!(first_gap[2], "1 → 3");
    assert_eq!(first_gap[3], "Go to 2");
    assert_eq!(first_gap[5], HOSTILE_OWNER);
    assert_eq!(first_gap[6], "31 March 2027");
    assert_eq!(first_gap[7], Phase::Quarter { year: 2026, quarter: 4 }.label());

    let answers = headed.last().unwrap();
    assert_eq!(answers[0], ["Statement", "Answer", "Target", "Confidence", "Evidence"]);
    assert_eq!(answers[1], ["B one", "2: Two", "", "", ""]);
    let area_a = headed[headed.len() - 2];
    assert_eq!(area_a[1], ["A one", "1: One", "3", Confidence::High.label(), HOSTILE_EVIDENCE]);
}

#[test]
fn each_chart_is_a_picture_with_its_text_alternative() {
    let files = made(&every_chart());
    let relations = part(&files, "word/_rels/document.xml.rels");
    let images: Vec<&str> = relations.split("<Relationship ").filter(|r| r.contains("relationships/image")).collect();
    assert_eq!(images.len(), 4, "{relations}");
    let media: Vec<&Vec<u8>> =
        files.iter().filter(|(name, _)| name.starts_with("word/media/")).map(|(_, b)| b).collect();
    assert_eq!(media.len(), 4);
    for figure in [Figure::Scores, Figure::Gaps, Figure::Levels, Figure::Roadmap] {
        assert!(media.contains(&&chart(figure).png), "the {figure:?} chart's bytes are kept as they are");
    }
    let document = part(&files, "word/document.xml");
    assert_eq!(document.matches("<w:drawing>").count(), 4);
    for (id, name) in [(1, result::scores_and_targets_heading("area")), (4, report::roadmap().to_string())] {
        let figure = if id == 1 { "Scores" } else { "Roadmap" };
        assert!(
            document.contains(&format!(r#"<wp:docPr id="{id}" name="{name}" descr="{figure} chart &lt;alt&gt;" />"#)),
            "picture {id} is named and described"
        );
    }
}

#[test]
fn a_chart_not_drawn_leaves_its_table() {
    let files = made(&[chart(Figure::Levels)]);
    let document = part(&files, "word/document.xml");
    assert_eq!(document.matches("<w:drawing>").count(), 1);
    assert_eq!(files.keys().filter(|name| name.starts_with("word/media/")).count(), 1);
    assert_eq!(tables(&document).iter().filter(|(header, _)| *header).count(), 9);
}

#[test]
fn typed_text_stays_text() {
    let document = part(&made(&[]), "word/document.xml");
    assert!(!document.contains("<script>") && !document.contains("<b>"), "markup is escaped");
    assert!(document.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!document.contains("w:instrText") && !document.contains("w:fldSimple"), "no field is made of a formula");
    let texts = text_of(&document);
    assert!(texts.contains(HOSTILE_TITLE) && texts.contains(HOSTILE_OWNER) && texts.contains(HOSTILE_EVIDENCE));
}

#[test]
fn the_file_reads_back_as_a_word_document() {
    let framework = framework();
    let bytes = report_document(&framework, &assessment(&framework), &every_chart(), TODAY).unwrap();
    let read = docx_rs::read_docx(&bytes).expect("docx-rs reads the file it wrote");
    assert!(read.document.children.len() > 20);
}

#[test]
fn a_quick_check_without_targets_has_no_gaps_nor_levels() {
    let catalogue = crate::domain::catalogue::Catalogue::built_in();
    let quick_check = catalogue.latest(crate::domain::catalogue::QUICK_CHECK_ID).expect("built in");
    let mut assessment = Assessment::new("q".into(), quick_check, datetime!(2026-11-23 10:00 UTC));
    let first = &quick_check.areas[0].statements[0];
    assessment.answer(&first.id, Rating::Level(2), datetime!(2026-11-23 10:00 UTC));
    let bytes = report_document(quick_check, &assessment, &[chart(Figure::Scores)], TODAY).unwrap();
    let document = part(&unzip(&bytes), "word/document.xml");
    let headings = headed(&paragraphs(&document), HEADING_1);
    assert!(!headings.contains(&result::gaps_heading().to_string()), "{headings:?}");
    assert!(!headings.contains(&result::levels_heading().to_string()), "one statement per area: {headings:?}");
    assert!(!headings.contains(&report::roadmap().to_string()), "no item has a phase");
    let scores = &tables(&document)[1].1;
    assert_eq!(scores[0][1..], ["Score", "Your answer"]);
    assert_eq!(scores[1][1..], ["2.0".to_string(), Rating::Level(2).label(quick_check)]);
    assert_eq!(scores.len(), quick_check.areas.len() + 2, "a header, each area, then overall");
}

/// LibreOffice Writer, as a person would open the report: the headings are headings, the header
/// rows repeat, the pages are A4, the charts keep their text alternatives, and typed markup is
/// text.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn libreoffice_reads_the_report_as_written() {
    let framework = framework();
    let bytes = report_document(&framework, &assessment(&framework), &every_chart(), TODAY).unwrap();
    let text = crate::domain::tests::converted_by_libreoffice("report.docx", &bytes, "fodt");
    assert_eq!(text.matches(r#"text:outline-level="1""#).count(), 7, "the seven sections are headings");
    assert_eq!(text.matches(r#"text:outline-level="2""#).count(), 4, "two phases and two areas");
    assert_eq!(text.matches("<table:table-header-rows>").count(), 9, "every table but the facts has a header row");
    assert!(text.contains(r#"fo:page-width="8.2681in" fo:page-height="11.6929in""#), "A4");
    assert_eq!(text.matches("<draw:image").count(), 4);
    assert!(text.contains("<svg:desc>Roadmap chart &lt;alt&gt;</svg:desc>"));
    assert!(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !text.contains("<script>"));
    assert!(text.contains("&lt;b&gt;x&lt;/b&gt;") && !text.contains("text:formula"), "text, not markup or formulas");
}
