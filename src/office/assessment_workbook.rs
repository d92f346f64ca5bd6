//! The Excel workbook of one assessment: its scores, every answer, the action plan (which owners
//! fill in and `plan_update` reads back) and, when there are earlier assessments of the same
//! framework, the scores over time.

use rust_xlsxwriter::{DataValidation, DocProperties, Workbook, Worksheet, XlsxError};
use time::Date;

use super::sheet::{Cell, Column, Shape, write_about, write_table};
use crate::domain::assessment::Assessment;
use crate::domain::compare::{assessment_date, trend};
use crate::domain::framework::Framework;
use crate::domain::plan::{Action, PlanStatus, action_plan};
use crate::domain::programme::{Effort, Phase};
use crate::domain::scoring::score;
use crate::i18n::t::assessment_workbook as t;
use crate::i18n::t::spreadsheet as words;

/// The heading of the plan sheet's column of item ids, the same in every language: the import
/// finds the plan sheet, and each row's item, by it.
pub const ITEM_ID: &str = "ID";

/// The workbook-wide name that holds the assessment's id, so that updates are never brought into
/// another assessment's plan.
pub const ASSESSMENT_NAME: &str = "AlmanacAssessment";

/// The plan sheet's columns that owners fill in and the import reads: status, owner, due, note.
pub fn editable_headings() -> [String; 4] {
    [words::status().to_string(), words::owner().to_string(), words::due().to_string(), t::note().to_string()]
}

/// The workbook, as the bytes of an `.xlsx` file. `assessments` are every assessment on the
/// device: those of the same framework dated no later than this one make the sheet over time.
pub fn assessment_workbook(
    framework: &Framework,
    assessment: &Assessment,
    assessments: &[Assessment],
    today: Date,
) -> Result<Vec<u8>, XlsxError> {
    let framework = &framework.with_weights(&assessment.weights);
    let mut workbook = Workbook::new();
    let title = assessment.display_title(&framework.title);
    workbook.set_properties(&DocProperties::new().set_title(&title).set_subject(&framework.title));
    workbook.define_name(ASSESSMENT_NAME, &format!("=\"{}\"", assessment.id.replace('"', "\"\"")))?;
    summary(workbook.add_worksheet(), framework, assessment)?;
    answers(workbook.add_worksheet(), framework, assessment)?;
    plan(workbook.add_worksheet(), framework, assessment)?;
    let dated = assessment_date(assessment);
    let earlier: Vec<Assessment> = assessments
        .iter()
        .filter(|a| a.id != assessment.id && assessment_date(a) <= dated)
        .chain(std::iter::once(assessment))
        .cloned()
        .collect();
    let trend = trend(framework, &earlier, |a| a.display_title(&framework.title));
    if trend.points.len() > 1 {
        let sheet = workbook.add_worksheet().set_name(t::sheet_over_time())?;
        let mut columns = vec![
            Column::new(t::date(), Shape::Date, 12.0),
            Column::new(t::assessment(), Shape::Wrapped, 30.0),
            Column::new(t::version(), Shape::Text, 10.0),
            Column::new(t::overall(), Shape::Score, 10.0),
        ];
        columns.extend(framework.areas.iter().map(|area| Column::new(&area.title, Shape::Score, 14.0)));
        let rows: Vec<Vec<Cell>> = trend
            .points
            .iter()
            .map(|point| {
                let mut cells = vec![
                    Cell::Date(point.date),
                    Cell::text(&point.title),
                    Cell::text(&point.version),
                    Cell::number(point.overall),
                ];
                cells.extend(point.areas.iter().map(|score| Cell::number(*score)));
                cells
            })
            .collect();
        write_table(sheet, &columns, &rows)?;
    }
    about(workbook.add_worksheet(), framework, assessment, today)?;
    workbook.save_to_buffer()
}

fn summary(sheet: &mut Worksheet, framework: &Framework, assessment: &Assessment) -> Result<(), XlsxError> {
    sheet.set_name(t::sheet_summary())?;
    let scores = score(framework, assessment);
    let columns = [
        Column::new(words::area(), Shape::Wrapped, 36.0),
        Column::new(t::score(), Shape::Score, 9.0),
        Column::new(t::target(), Shape::Score, 9.0),
        Column::new(t::gap(), Shape::Score, 9.0),
        Column::new(t::answered(), Shape::Count, 11.0),
        Column::new(t::statements(), Shape::Count, 11.0),
        Column::new(t::answered_share(), Shape::Percent, 13.0),
    ];
    let share = |answered: usize, total: usize| (total > 0).then(|| answered as f64 / total as f64);
    let mut rows = vec![vec![
        Cell::text(t::overall()),
        Cell::number(scores.overall),
        Cell::Empty,
        Cell::Empty,
        Cell::Number(scores.answered() as f64),
        Cell::Number(scores.total() as f64),
        Cell::number(share(scores.answered(), scores.total())),
    ]];
    rows.extend(scores.areas.iter().map(|area| {
        vec![
            Cell::text(&area.area.title),
            Cell::number(area.score),
            Cell::number(area.target),
            Cell::number(area.gap()),
            Cell::Number(area.answered() as f64),
            Cell::Number(area.total as f64),
            Cell::number(share(area.answered(), area.total)),
        ]
    }));
    write_table(sheet, &columns, &rows).map(|_| ())
}

fn answers(sheet: &mut Worksheet, framework: &Framework, assessment: &Assessment) -> Result<(), XlsxError> {
    sheet.set_name(t::sheet_answers())?;
    let columns = [
        Column::new(words::area(), Shape::Wrapped, 24.0),
        Column::new(words::statement_id(), Shape::Text, 12.0),
        Column::new(words::statement(), Shape::Wrapped, 50.0),
        Column::new(words::answer(), Shape::Wrapped, 16.0),
        Column::new(words::level(), Shape::Count, 7.0),
        Column::new(t::descriptor(), Shape::Wrapped, 50.0),
        Column::new(words::target_level(), Shape::Count, 8.0),
        Column::new(words::confidence(), Shape::Text, 12.0),
        Column::new(words::evidence(), Shape::Wrapped, 50.0),
    ];
    let rows: Vec<Vec<Cell>> = framework
        .statements()
        .map(|(area, statement)| {
            let answer = assessment.answer_to(&statement.id);
            let level = answer.rating.and_then(|r| r.level());
            let descriptor =
                level.and_then(|l| statement.levels.get(usize::from(l).checked_sub(1)?)).map(|l| l.descriptor.as_str());
            vec![
                Cell::text(&area.title),
                Cell::text(&statement.id),
                Cell::text(&statement.text),
                Cell::text(answer.rating.map(|r| r.label(framework)).unwrap_or_else(|| words::not_answered().into())),
                Cell::number(level.map(f64::from)),
                Cell::optional(descriptor),
                Cell::number(answer.target.map(f64::from)),
                Cell::optional(answer.confidence.map(|c| c.label())),
                Cell::optional(answer.evidence),
            ]
        })
        .collect();
    write_table(sheet, &columns, &rows).map(|_| ())
}

fn plan(sheet: &mut Worksheet, framework: &Framework, assessment: &Assessment) -> Result<(), XlsxError> {
    sheet.set_name(t::sheet_plan())?;
    let [status, owner, due, note] = editable_headings();
    let columns = [
        Column::new(words::rank(), Shape::Count, 6.0),
        Column::new(ITEM_ID, Shape::Text, 10.0),
        Column::new(words::area(), Shape::Wrapped, 22.0),
        Column::new(words::statement(), Shape::Wrapped, 44.0),
        Column::new(words::action(), Shape::Text, 10.0),
        Column::new(words::current_level(), Shape::Count, 8.0),
        Column::new(words::level_to_reach(), Shape::Count, 8.0),
        Column::new(words::target_level(), Shape::Count, 8.0),
        Column::new(t::guidance(), Shape::Wrapped, 44.0),
        Column::new(words::phase(), Shape::Text, 14.0),
        Column::new(words::effort(), Shape::Text, 12.0),
        Column::new(status, Shape::Text, 14.0),
        Column::new(owner, Shape::Text, 20.0),
        Column::new(due, Shape::Date, 12.0),
        Column::new(note, Shape::Wrapped, 40.0),
    ];
    let rows: Vec<Vec<Cell>> = action_plan(framework, assessment)
        .into_iter()
        .enumerate()
        .map(|(index, item)| {
            let (action, current, target) = match item.action {
                Action::GatherEvidence => (words::find_out(), None, None),
                Action::Improve { current, target } => (words::improve(), Some(current), Some(target)),
            };
            vec![
                Cell::Number((index + 1) as f64),
                Cell::text(&item.statement.id),
                Cell::text(&item.area.title),
                Cell::text(&item.statement.text),
                Cell::text(action),
                Cell::number(current.map(f64::from)),
                Cell::number(item.reach.map(f64::from)),
                Cell::number(target.map(f64::from)),
                Cell::optional(item.guidance),
                Cell::optional(item.entry.phase().map(Phase::label)),
                Cell::optional(item.entry.effort().map(Effort::label)),
                Cell::text(item.entry.status.label()),
                Cell::optional(item.entry.owner.clone()),
                item.entry.due.map_or(Cell::Empty, Cell::Date),
                Cell::optional(item.entry.note.clone()),
            ]
        })
        .collect();
    let last_row = write_table(sheet, &columns, &rows)?;
    if last_row > 0 {
        let statuses: Vec<&str> = PlanStatus::ALL.iter().map(|s| s.label()).collect();
        let only_statuses = DataValidation::new()
            .allow_list_strings(&statuses)?
            .set_error_title(words::status())?
            .set_error_message(statuses.join(", "))?;
        let status_column = 11;
        sheet.add_data_validation(1, status_column, last_row, status_column, &only_statuses)?;
    }
    Ok(())
}

fn about(sheet: &mut Worksheet, framework: &Framework, assessment: &Assessment, today: Date) -> Result<(), XlsxError> {
    sheet.set_name(t::sheet_about())?;
    let [status, owner, due, note] = editable_headings();
    let facts = [
        (t::assessment().to_string(), Cell::text(assessment.display_title(&framework.title))),
        (t::organisation().to_string(), Cell::optional(assessment.details.organisation.clone())),
        (t::framework().to_string(), Cell::text(&framework.title)),
        (t::version().to_string(), Cell::text(&assessment.framework.version)),
        (t::date().to_string(), Cell::Date(assessment_date(assessment))),
        (t::made_on().to_string(), Cell::Date(today)),
        (String::new(), Cell::text(t::scores_explained())),
        (String::new(), Cell::text(t::how_to_update([status, owner, due, note].join(", "), t::sheet_plan()))),
    ];
    write_about(sheet, t::about_heading(), &facts)
}
