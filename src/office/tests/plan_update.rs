use calamine::{Data, ExcelDateTime, ExcelDateTimeType, Reader, Xlsx};
use rust_xlsxwriter::{Format, Workbook};
use time::macros::date;

use super::sheets;
use crate::domain::assessment::{Assessment, Rating};
use crate::domain::framework::Framework;
use crate::domain::plan::{PlanStatus, action_plan};
use crate::domain::tests::{answered, quick_check};
use crate::office::assessment_workbook::assessment_workbook;
use crate::office::plan_update::{PlanUpdate, apply, read_plan_update};

const PLAN: &str = "Action plan";
// The plan sheet's columns: B the ID, L status, M owner, N due, O note.
const ID: usize = 1;
const STATUS: usize = 11;
const OWNER: usize = 12;
const DUE: usize = 13;
const NOTE: usize = 14;

fn assessment() -> (Framework, Assessment) {
    let framework = quick_check();
    let ratings: Vec<Rating> = (0..framework.statement_count()).map(|i| Rating::Level(1 + (i % 3) as u8)).collect();
    (framework.clone(), answered(&framework, &ratings))
}

fn workbook(framework: &Framework, assessment: &Assessment) -> Vec<u8> {
    assessment_workbook(framework, assessment, &[], date!(2026 - 12 - 01)).unwrap()
}

/// The workbook as an owner would save it after changing the plan sheet's cells: every sheet
/// written back with its values, and the workbook's names kept.
fn edited(bytes: &[u8], change: impl FnOnce(&mut Vec<Vec<Data>>)) -> Vec<u8> {
    let mut change = Some(change);
    let names = Xlsx::new(std::io::Cursor::new(bytes.to_vec())).unwrap().defined_names().to_vec();
    let mut out = Workbook::new();
    for (name, name_value) in names.into_iter().filter(|(name, _)| !name.starts_with("_xlnm")) {
        out.define_name(name, &name_value).unwrap();
    }
    let date = Format::new().set_num_format("dd/mm/yyyy");
    for (name, range) in sheets(bytes) {
        let mut rows: Vec<Vec<Data>> = range.rows().map(<[Data]>::to_vec).collect();
        if name == PLAN {
            (change.take().expect("one plan sheet"))(&mut rows);
        }
        let sheet = out.add_worksheet().set_name(&name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match cell {
                    Data::String(text) => {
                        sheet.write_string(r, c, text).unwrap();
                    }
                    Data::Float(value) => {
                        sheet.write_number(r, c, *value).unwrap();
                    }
                    Data::DateTime(day) => {
                        let day = rust_xlsxwriter::ExcelDateTime::from_serial_datetime(day.as_f64()).unwrap();
                        {
                            sheet.write_datetime_with_format(r, c, &day, &date).unwrap();
                        };
                    }
                    _ => {}
                }
            }
        }
    }
    out.save_to_buffer().unwrap()
}

/// The row of the plan sheet holding an item.
fn row_of(rows: &[Vec<Data>], id: &str) -> usize {
    rows.iter().position(|row| row.get(ID) == Some(&Data::String(id.into()))).unwrap()
}

fn read(bytes: Vec<u8>, framework: &Framework, assessment: &Assessment) -> PlanUpdate {
    read_plan_update(bytes, framework, assessment).unwrap()
}

fn messages(update: &PlanUpdate) -> Vec<String> {
    update.problems.iter().map(ToString::to_string).collect()
}

#[test]
fn a_workbook_as_it_was_made_changes_nothing() {
    let (framework, assessment) = assessment();
    let update = read(workbook(&framework, &assessment), &framework, &assessment);
    assert_eq!(update.changes, []);
    assert_eq!(update.problems, []);
    assert_eq!(update.unchanged, action_plan(&framework, &assessment).len());
}

#[test]
fn status_owner_due_date_and_note_filled_in_by_an_owner_come_back() {
    let (framework, assessment) = assessment();
    let items = action_plan(&framework, &assessment);
    let (first, second) = (items[0].statement.id.clone(), items[1].statement.id.clone());
    let bytes = edited(&workbook(&framework, &assessment), |rows| {
        let row = row_of(rows, &first);
        rows[row][STATUS] = Data::String("Done".into());
        rows[row][OWNER] = Data::String("=Head of Digital".into());
        rows[row][DUE] = Data::DateTime(ExcelDateTime::new(46477.0, ExcelDateTimeType::DateTime, false));
        rows[row][NOTE] = Data::String("<b>Started</b> with @IT".into());
        // Typed as text rather than as a date, and the status in other capitals.
        let row = row_of(rows, &second);
        rows[row][STATUS] = Data::String(" in progress ".into());
        rows[row][DUE] = Data::String("1/4/2027".into());
    });
    let update = read(bytes, &framework, &assessment);
    assert_eq!(update.problems, []);
    assert_eq!(update.unchanged, items.len() - 2);
    let fields: Vec<Vec<(String, String, String)>> = update
        .changes
        .iter()
        .map(|c| c.fields.iter().map(|f| (f.field.clone(), f.before.clone(), f.after.clone())).collect())
        .collect();
    let owned = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), c.to_string());
    assert_eq!(
        fields,
        [
            vec![
                owned("Status", "Not started", "Done"),
                owned("Owner", "", "=Head of Digital"),
                owned("Due", "", "31 March 2027"),
                owned("Note", "", "<b>Started</b> with @IT"),
            ],
            vec![owned("Status", "Not started", "In progress"), owned("Due", "", "1 April 2027")],
        ]
    );

    let mut updated = assessment.clone();
    apply(&mut updated, &update.changes);
    let entry = updated.plan.entry(&first);
    assert_eq!(entry.status, PlanStatus::Done);
    assert_eq!(entry.owner.as_deref(), Some("=Head of Digital"));
    assert_eq!(entry.due, Some(date!(2027 - 03 - 31)));
    assert_eq!(entry.note.as_deref(), Some("<b>Started</b> with @IT"));
    assert_eq!(updated.plan.entry(&second).due, Some(date!(2027 - 04 - 01)));
    // The answers are never changed by an import.
    assert_eq!(updated.answers, assessment.answers);
}

#[test]
fn a_field_changed_on_the_page_since_the_workbook_was_read_is_kept() {
    let (framework, assessment) = assessment();
    let id = action_plan(&framework, &assessment)[0].statement.id.clone();
    let bytes = edited(&workbook(&framework, &assessment), |rows| {
        let row = row_of(rows, &id);
        rows[row][STATUS] = Data::String("Done".into());
    });
    let update = read(bytes, &framework, &assessment);
    let mut meanwhile = assessment.clone();
    meanwhile.plan.edit(&id, |entry| entry.owner = Some("Typed on the page".into()));
    apply(&mut meanwhile, &update.changes);
    let entry = meanwhile.plan.entry(&id);
    assert_eq!((entry.status, entry.owner.as_deref()), (PlanStatus::Done, Some("Typed on the page")));
}

#[test]
fn rows_almanac_cannot_use_are_named_by_sheet_row_and_column_and_change_nothing() {
    let (framework, assessment) = assessment();
    let items = action_plan(&framework, &assessment);
    let ids: Vec<String> = items.iter().take(4).map(|i| i.statement.id.clone()).collect();
    let mut rows_seen = Vec::new();
    let bytes = edited(&workbook(&framework, &assessment), |rows| {
        let row = row_of(rows, &ids[0]);
        rows[row][STATUS] = Data::String("Finished".into());
        rows[row][OWNER] = Data::String("Someone".into());
        let row = row_of(rows, &ids[1]);
        rows[row][DUE] = Data::String("next week".into());
        let row = row_of(rows, &ids[2]);
        rows[row][ID] = Data::String("no-such-item".into());
        let row = row_of(rows, &ids[3]);
        rows[row][NOTE] = Data::String("x".repeat(5001));
        let mut repeated = rows[1].clone();
        repeated[STATUS] = Data::String("Done".into());
        rows.push(repeated);
        rows_seen = vec![row_of(rows, &ids[0]) + 1, row_of(rows, &ids[1]) + 1, rows.len()];
    });
    let update = read(bytes, &framework, &assessment);
    let first_id = match &cells_of_first_row(&framework, &assessment) {
        Data::String(id) => id.clone(),
        other => panic!("{other:?}"),
    };
    let [bad_status, bad_date, repeated_row] = rows_seen[..] else { unreachable!() };
    let problems = messages(&update);
    assert!(problems.contains(&format!(
        "Sheet “Action plan”, row {bad_status}, column L (Status): “Finished” is not a status Almanac knows. Use one of: Not started, In progress, Done. This row changes nothing."
    )), "{problems:#?}");
    assert!(problems.contains(&format!(
        "Sheet “Action plan”, row {bad_date}, column N (Due): “next week” is not a date Almanac can read. Enter a date such as 31/03/2027. This row changes nothing."
    )), "{problems:#?}");
    assert!(
        problems.iter().any(|p| p.contains("column B (ID): No item in this plan has the ID “no-such-item”")),
        "{problems:#?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("column O (Note): This is 5001 characters long; the most Almanac keeps is 5000.")),
        "{problems:#?}"
    );
    assert!(problems.contains(&format!(
        "Sheet “Action plan”, row {repeated_row}, column B (ID): The item “{first_id}” is also in row 2. Only that row is read; this one changes nothing."
    )), "{problems:#?}");
    assert_eq!(update.problems.len(), 5);
    // None of those rows changes anything, not even the owner typed beside a bad status.
    assert_eq!(update.changes, []);
}

fn cells_of_first_row(framework: &Framework, assessment: &Assessment) -> Data {
    Data::String(action_plan(framework, assessment)[0].statement.id.clone())
}

#[test]
fn a_file_that_is_not_this_assessments_workbook_is_refused_whole() {
    let (framework, assessment) = assessment();
    let refused = |bytes: Vec<u8>| read_plan_update(bytes, &framework, &assessment).unwrap_err().to_string();
    assert_eq!(
        refused(b"Rank,ID,Status\n1,a,Done\n".to_vec()),
        "This file is not an Excel workbook (.xlsx). Choose the workbook Almanac made from this assessment, saved as an Excel workbook."
    );
    let mut other = assessment.clone();
    other.id = "someone-else".into();
    assert_eq!(
        refused(workbook(&framework, &other)),
        "This workbook was made from another assessment. Choose the one made from “Digital maturity quick check”: nothing has changed."
            .replace("Digital maturity quick check", &framework.title)
    );
    let no_plan = {
        let mut book = Workbook::new();
        book.add_worksheet().write_string(0, 0, "Service").unwrap();
        book.save_to_buffer().unwrap()
    };
    assert!(refused(no_plan).starts_with("This workbook has no action plan: no sheet has a column headed “ID”"));
    let no_status = edited(&workbook(&framework, &assessment), |rows| rows[0][STATUS] = Data::String("State".into()));
    assert_eq!(
        refused(no_status),
        "Sheet “Action plan”, row 1: There is no column headed Status. Put the headings back as Almanac wrote them: nothing has changed."
    );
}

#[test]
fn a_plan_sheet_far_bigger_than_any_plan_is_refused_before_it_is_all_read() {
    let (framework, assessment) = assessment();
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name(PLAN).unwrap();
    for (column, heading) in ["Rank", "ID", "Status", "Owner", "Due", "Note"].iter().enumerate() {
        sheet.write_string(0, column as u16, *heading).unwrap();
    }
    // 20,000 rows of six filled cells: 120,000 cells, where a plan has a few thousand at most.
    for row in 1..=20_000 {
        for column in 0..6 {
            sheet.write_number(row, column, 1.0).unwrap();
        }
    }
    let refused = read_plan_update(book.save_to_buffer().unwrap(), &framework, &assessment).unwrap_err();
    assert_eq!(
        refused.to_string(),
        "The sheet “Action plan” holds far more than any plan: nothing has changed. Choose the workbook Almanac made from this assessment."
    );
}
