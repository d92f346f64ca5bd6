use calamine::Data;

use super::{MADE, assert_no_formulas, cells, headings, number_format, sheet_names, text};
use crate::domain::performance::computed::{columns, indicators_csv};
use crate::domain::performance::sheet::COLUMNS;
use crate::domain::tests::performance::bins;
use crate::office::figures_workbook;
use crate::office::performance_workbook::workbook;

#[test]
fn the_performance_workbook_holds_the_figures_as_numbers_laid_out_like_the_template() {
    let performance = bins();
    let bytes = workbook(&performance, MADE).unwrap();
    assert_eq!(sheet_names(&bytes), ["Figures", "Indicators", "Assumed unit costs", "About"]);
    assert_eq!(headings(&bytes, "Figures"), COLUMNS);
    let figures = cells(&bytes, "Figures");
    assert_eq!(figures.len(), 1 + performance.figures.len());
    // Bins by phone in Q1: 400 transactions costing £1,200 in all, surveyed on five points.
    let phone = figures.iter().find(|row| row[1] == text("Q4 2025/26") && row[2] == text("Phone")).unwrap();
    let number = Data::Float;
    assert_eq!(
        phone[..12],
        [
            text("Report a missed bin"),
            text("Q4 2025/26"),
            text("Phone"),
            number(400.0),
            number(1_200.0),
            Data::Empty,
            Data::Empty,
            number(5.0),
            number(5.0),
            number(10.0),
            number(30.0),
            number(50.0)
        ]
    );
    assert_eq!(number_format(&bytes, "Figures", (1, 4)).as_deref(), Some("£#,##0.00"), "money");
    assert_eq!(number_format(&bytes, "Figures", (1, 3)).as_deref(), Some("0"), "a count");
    assert_eq!(number_format(&bytes, "Figures", (1, 1)).as_deref(), Some("@"), "a typed period stays text");
}

#[test]
fn the_indicators_are_the_csvs_with_shares_as_percentages() {
    let performance = bins();
    let bytes = workbook(&performance, MADE).unwrap();
    assert_eq!(headings(&bytes, "Indicators"), columns());
    let rows = cells(&bytes, "Indicators");
    let csv = indicators_csv(&performance);
    let csv: Vec<Vec<String>> = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes())
        .records()
        .map(|record| record.unwrap().iter().map(String::from).collect())
        .collect();
    assert_eq!(rows.len(), 1 + csv.len());
    for (row, csv) in rows[1..].iter().zip(&csv) {
        for (column, (cell, csv)) in row.iter().zip(csv).enumerate() {
            // The CSV writes shares as percentages to one place; the workbook keeps the share.
            let scale = if (5..=7).contains(&column) { 100.0 } else { 1.0 };
            match (cell, csv.parse::<f64>()) {
                (Data::Float(ours), Ok(theirs)) => {
                    assert!((ours * scale - theirs).abs() < 0.051, "column {column}: {ours} is not {theirs}")
                }
                (Data::Empty, _) => assert_eq!(csv, "", "column {column}"),
                (ours, _) => assert_eq!(*ours, text(csv), "column {column}"),
            }
        }
    }
    // Bins' satisfaction in Q1: 60 of 100 satisfied online and 80 of 100 by phone.
    let q1 = rows.iter().find(|row| row[0] == text("Report a missed bin") && row[1] == text("Q4 2025/26")).unwrap();
    assert!(matches!(q1[5], Data::Float(share) if (share - 0.7).abs() < 1e-9), "{:?}", q1[5]);
    assert_eq!(number_format(&bytes, "Indicators", (1, 5)).as_deref(), Some("0.0%"));
    assert_eq!(number_format(&bytes, "Indicators", (1, 4)).as_deref(), Some("£#,##0.00"));
}

#[test]
fn the_unit_cost_assumptions_and_the_about_sheet_say_what_the_figures_rest_on() {
    let mut performance = bins();
    performance.organisation = "Anytown Council".into();
    performance.illustrative = true;
    performance.channels[4].assumed_unit_cost = None;
    let bytes = workbook(&performance, MADE).unwrap();
    let costs = cells(&bytes, "Assumed unit costs");
    assert_eq!(costs[0], [text("Channel"), text("Digital channel"), text("Assumed cost of one transaction (£)")]);
    assert_eq!(costs[1], [text("Online"), text("Yes"), Data::Float(0.5)]);
    assert_eq!(costs[2], [text("Phone"), text("No"), Data::Float(3.0)]);
    assert_eq!(costs[5], [text("Other"), text("No"), Data::Empty], "no assumption is not £0");
    assert_eq!(number_format(&bytes, "Assumed unit costs", (1, 2)).as_deref(), Some("£#,##0.00"));
    let about = cells(&bytes, "About");
    let facts: Vec<(String, Data)> = about[2..].iter().map(|row| (row[0].to_string(), row[1].clone())).collect();
    assert_eq!(facts[0], ("Organisation".into(), text("Anytown Council")));
    assert!(facts[1].1.to_string().starts_with("Made up"), "{facts:?}");
    assert_eq!(facts[2], ("Financial year starts in".into(), text("April")));
    assert!(matches!(facts[3], (ref name, Data::DateTime(_)) if name == "Made on"), "{facts:?}");
}

#[test]
fn the_figures_sheet_uploads_again_as_the_figures_held_and_hostile_names_stay_text() {
    let mut performance = bins();
    performance.services[0].name = "=1+1".into();
    performance.channels[1].name = "<b>Phone</b>".into();
    performance.organisation = "@SUM(A1)".into();
    let bytes = workbook(&performance, MADE).unwrap();
    for sheet in sheet_names(&bytes) {
        assert_no_formulas(&bytes, &sheet);
    }
    let figures = cells(&bytes, "Figures");
    assert_eq!(figures[1][0], text("=1+1"));
    assert!(figures.iter().any(|row| row[2] == text("<b>Phone</b>")));
    assert!(cells(&bytes, "About").iter().any(|row| row[1] == text("@SUM(A1)")));
    assert_eq!(figures_workbook::import(&bytes, &performance), Ok(performance.figures.clone()));
}
