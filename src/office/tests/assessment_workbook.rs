use calamine::Data;
use time::macros::date;

use super::{cells, part, sheets};
use crate::domain::assessment::{Assessment, Rating};
use crate::domain::plan::{PlanStatus, action_plan};
use crate::domain::scoring::{format_score, score};
use crate::domain::tests::{answered, quick_check};
use crate::office::assessment_workbook::{ITEM_ID, assessment_workbook};

const TODAY: time::Date = date!(2026 - 12 - 01);

/// A quick check answered at levels 1 to 5 in turn, with a target, evidence and plan entries.
fn assessment() -> (crate::domain::framework::Framework, Assessment) {
    let framework = quick_check();
    let ratings: Vec<Rating> = (0..framework.statement_count()).map(|i| Rating::Level(1 + (i % 5) as u8)).collect();
    let mut assessment = answered(&framework, &ratings);
    assessment.details.title = Some("Testshire digital check".into());
    let first = framework.statements().next().unwrap().1.id.clone();
    assessment.edit(&first, crate::domain::tests::NOW, |answer| {
        answer.evidence = Some("=HYPERLINK(\"http://evil.example\",\"x\") <script>alert(1)</script>".into());
        answer.target = Some(4);
    });
    assessment.plan.edit(&first, |entry| {
        entry.status = PlanStatus::InProgress;
        entry.owner = Some("@Head of Digital".into());
        entry.due = Some(date!(2027 - 03 - 31));
        entry.note = Some("+1 started <b>bold</b>".into());
    });
    (framework, assessment)
}

/// A score as the result page shows it (`format_score`), as the number a spreadsheet holds: the
/// workbook never shows a board a different figure from the page's.
fn shown(score: Option<f64>) -> Data {
    score.map_or(Data::Empty, |s| Data::Float(format_score(Some(s)).parse().unwrap()))
}

#[test]
fn the_workbook_has_a_sheet_for_the_summary_answers_plan_and_about() {
    let (framework, assessment) = assessment();
    let bytes = assessment_workbook(&framework, &assessment, std::slice::from_ref(&assessment), TODAY).unwrap();
    let names: Vec<String> = sheets(&bytes).into_iter().map(|(name, _)| name).collect();
    assert_eq!(names, ["Summary", "Answers", "Action plan", "About"]);
}

#[test]
fn the_summary_holds_the_scores_as_numbers() {
    let (framework, assessment) = assessment();
    let bytes = assessment_workbook(&framework, &assessment, &[], TODAY).unwrap();
    let rows = cells(&bytes, "Summary");
    let scores = score(&framework, &assessment);
    assert_eq!(rows[0][0], Data::String("Area".into()));
    assert_eq!(rows[1][0], Data::String("Overall".into()));
    assert_eq!(rows[1][1], shown(scores.overall));
    assert_eq!(rows.len(), 2 + framework.areas.len());
    for (row, area) in rows[2..].iter().zip(&scores.areas) {
        assert_eq!(row[0], Data::String(area.area.title.clone()));
        assert_eq!(row[1], shown(area.score));
        assert_eq!(row[5], Data::Float(area.total as f64));
        let share = format!("{:.1}", 100.0 * area.answered() as f64 / area.total as f64);
        assert_eq!(row[6], Data::Float(share.parse::<f64>().unwrap() / 100.0));
    }
}

#[test]
fn every_answer_is_listed_with_its_descriptor_and_hostile_text_stays_text() {
    let (framework, assessment) = assessment();
    let bytes = assessment_workbook(&framework, &assessment, &[], TODAY).unwrap();
    let rows = cells(&bytes, "Answers");
    assert_eq!(rows.len(), 1 + framework.statement_count());
    let (_, first) = framework.statements().next().unwrap();
    assert_eq!(rows[1][1], Data::String(first.id.clone()));
    assert_eq!(rows[1][4], Data::Float(1.0));
    assert_eq!(rows[1][5], Data::String(first.levels[0].descriptor.clone()));
    assert_eq!(rows[1][6], Data::Float(4.0));
    let evidence = "=HYPERLINK(\"http://evil.example\",\"x\") <script>alert(1)</script>";
    assert_eq!(rows[1][8], Data::String(evidence.into()));
    // A string cell, not a formula: no <f> element anywhere in the sheet.
    let sheet = part(&bytes, "xl/worksheets/sheet2.xml");
    assert!(!sheet.contains("<f>"), "a cell became a formula");
    assert!(part(&bytes, "xl/sharedStrings.xml").contains("&lt;script&gt;"));
}

#[test]
fn the_plan_sheet_lists_every_item_in_rank_order_with_dates_as_dates() {
    let (framework, assessment) = assessment();
    let bytes = assessment_workbook(&framework, &assessment, &[], TODAY).unwrap();
    let rows = cells(&bytes, "Action plan");
    let weighted = framework.with_weights(&assessment.weights);
    let items = action_plan(&weighted, &assessment);
    assert_eq!(rows[0][1], Data::String(ITEM_ID.into()));
    assert_eq!(rows.len(), 1 + items.len());
    for (row, item) in rows[1..].iter().zip(&items) {
        assert_eq!(row[1], Data::String(item.statement.id.clone()));
        assert_eq!(row[11], Data::String(item.entry.status.label().into()));
    }
    let first = framework.statements().next().unwrap().1.id.clone();
    let row = rows.iter().find(|row| row[1] == Data::String(first.clone())).unwrap();
    assert_eq!(row[12], Data::String("@Head of Digital".into()));
    match &row[13] {
        // 31 March 2027 is day 46477 counted from 30 December 1899.
        Data::DateTime(day) => assert_eq!(day.as_f64(), 46477.0),
        other => panic!("the due date is not a date: {other:?}"),
    }
    assert_eq!(row[14], Data::String("+1 started <b>bold</b>".into()));
}

#[test]
fn the_plan_sheet_is_laid_out_for_owners_to_fill_in() {
    let (framework, assessment) = assessment();
    let bytes = assessment_workbook(&framework, &assessment, &[], TODAY).unwrap();
    let plan = part(&bytes, "xl/worksheets/sheet3.xml");
    let items = action_plan(&framework, &assessment).len();
    // The header row frozen, filters on the whole table and the status column limited to the
    // statuses Almanac knows.
    assert!(plan.contains(r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#), "{plan}");
    assert!(plan.contains(&format!(r#"<autoFilter ref="A1:O{}"/>"#, items + 1)), "{plan}");
    assert!(plan.contains(&format!(r#"sqref="L2:L{}""#, items + 1)), "{plan}");
    assert!(plan.contains("<formula1>\"Not started,In progress,Done\"</formula1>"), "{plan}");
    let styles = part(&bytes, "xl/styles.xml");
    assert!(styles.contains(r#"formatCode="dd/mm/yyyy""#));
    assert!(styles.contains(r#"wrapText="1""#));
    // Shares as percentages on the summary.
    assert!(styles.contains(r#"formatCode="0.0%""#), "no percentage format: {styles}");
}

#[test]
fn scores_over_time_appear_when_earlier_assessments_of_the_framework_exist() {
    let (framework, assessment) = assessment();
    let mut earlier = answered(&framework, &vec![Rating::Level(1); framework.statement_count()]);
    earlier.id = "earlier".into();
    earlier.details.date = Some(date!(2025 - 11 - 01));
    let mut later = earlier.clone();
    later.id = "later".into();
    later.details.date = Some(date!(2027 - 11 - 01));
    let mut this = assessment.clone();
    this.details.date = Some(date!(2026 - 11 - 01));
    let all = [earlier.clone(), this.clone(), later];
    let bytes = assessment_workbook(&framework, &this, &all, TODAY).unwrap();
    let rows = cells(&bytes, "Over time");
    // The earlier one and this one; not the one dated after it.
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[1][3], Data::Float(1.0));
    assert_eq!(rows[2][3], shown(score(&framework, &this).overall));
    assert_eq!(rows[0].len(), 4 + framework.areas.len());
}
