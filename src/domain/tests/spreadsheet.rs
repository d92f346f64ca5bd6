use super::{NOW, answered, quick_check};
use crate::domain::assessment::{Confidence, Rating::*};
use crate::domain::programme::{Effort, Phase};
use crate::domain::spreadsheet::{answers_csv, plan_csv};

fn read(text: &str) -> Vec<Vec<String>> {
    let body = text.strip_prefix('\u{feff}').expect("starts with a byte order mark");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

#[test]
fn answers_open_back_as_the_same_table() {
    let framework = quick_check();
    let mut assessment = answered(&framework, &[Level(2), DontKnow]);
    assessment.edit("q1", NOW, |a| {
        a.target = Some(4);
        a.confidence = Some(Confidence::High);
        a.evidence = Some("Board minutes, \"Digital\" item;\nsee page 3".into());
    });
    let text = answers_csv(&framework, &assessment);
    assert!(text.contains("\r\n"), "RFC 4180 line endings");
    let rows = read(&text);
    assert_eq!(rows.len(), 13);
    assert_eq!(
        rows[0],
        ["Area", "Statement ID", "Statement", "Answer", "Level", "Target level", "Confidence", "Evidence"]
    );
    assert_eq!(rows[1][..2], ["Connectivity", "q1"]);
    assert_eq!(rows[1][3..], ["2: In places", "2", "4", "High", "Board minutes, \"Digital\" item;\nsee page 3"]);
    assert_eq!(rows[2][3..5], ["Don't know", ""]);
    assert_eq!(rows[3][3], "Not answered");
}

#[test]
fn formulas_typed_into_notes_stay_text() {
    let framework = quick_check();
    let mut assessment = answered(&framework, &[Level(2)]);
    assessment.edit("q1", NOW, |a| a.evidence = Some("=HYPERLINK(\"http://example.invalid\")".into()));
    let rows = read(&answers_csv(&framework, &assessment));
    assert_eq!(rows[1][7], "'=HYPERLINK(\"http://example.invalid\")");
}

#[test]
fn the_plan_lists_items_in_rank_order() {
    let framework = quick_check();
    let mut assessment = answered(&framework, &[Level(4), Level(1), DontKnow, Level(5)]);
    assessment.plan.edit("q2", |e| {
        e.owner = Some("Data lead".into());
        e.set_phase(Some(Phase::Quarter { year: 2027, quarter: 1 }));
        e.set_effort(Some(Effort::Medium));
    });
    let rows = read(&plan_csv(&framework, &assessment));
    assert_eq!(rows[0][..4], ["Rank", "Area", "Statement", "Action"]);
    assert_eq!(rows.len(), 4, "header, the don't know, and two gaps; q4 is at the top");
    assert_eq!(rows[1][..4].to_vec(), ["1", "Democracy", framework.areas[2].statements[0].text.as_str(), "Find out"]);
    assert_eq!(
        rows[2][1..8].to_vec(),
        // Level to reach one above the current; gap 4 × the data outcome's weight of 1.5.
        ["Data", framework.areas[1].statements[0].text.as_str(), "Improve", "1", "2", "5", "6.0"]
    );
    assert_eq!(rows[2][9..], ["Q1 2027/28", "Medium", "Not started", "Data lead", ""]);
    assert_eq!(rows[0][9..], ["Phase", "Effort", "Status", "Owner", "Due"]);
    assert_eq!(rows[3][1], "Connectivity");
}
