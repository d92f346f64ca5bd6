//! The combined view of a group as a workbook: the figures for every statement and area (what
//! the combined CSV holds, as numbers), each respondent's levels, and an About sheet.
//!
//! Each respondent's levels are a row per respondent and statement rather than a column per
//! respondent: a group can have a thousand respondents, far too wide to read, and a long table
//! lets the header's filters show one respondent, role or team, statement or level at a time.

use rust_xlsxwriter::{Workbook, XlsxError};
use time::Date;

use super::sheet::{Cell, Column, Shape, write_about, write_table};
use crate::domain::combine::{Combined, Group, Member, Stats, combine, with_label};
use crate::domain::framework::Framework;
use crate::i18n::t::combine as csv;
use crate::i18n::t::group as page;
use crate::i18n::t::office_sheets as t;

/// The group's combined view, of everyone or of the respondents with one label, as a workbook.
pub fn workbook(group: &Group, framework: &Framework, label: Option<&str>, made: Date) -> Result<Vec<u8>, XlsxError> {
    let members = with_label(&group.members, label);
    // Which statements other versions lack only changes what the page says about versions,
    // which the workbook leaves to the page.
    let combined = combine(framework, &members, &|_| None);
    let mut workbook = Workbook::new();
    write_table(
        workbook.add_worksheet().set_name(t::statements_sheet())?,
        &statement_columns(framework),
        &statement_rows(&combined),
    )?;
    write_table(workbook.add_worksheet().set_name(t::areas_sheet())?, &area_columns(), &area_rows(&combined))?;
    let levels = workbook.add_worksheet().set_name(t::levels_sheet())?;
    write_table(levels, &level_columns(), &level_rows(&combined, &members))?;
    let mut facts = vec![
        (t::group().to_string(), Cell::text(&group.name)),
        (page::framework().to_string(), Cell::Text(page::framework_version(&framework.title, &framework.version))),
        (page::respondents_key().to_string(), Cell::Number(combined.respondents as f64)),
    ];
    facts.extend(label.map(|label| (t::role_or_team().to_string(), Cell::text(label))));
    facts.extend([
        (t::made_on().to_string(), Cell::Date(made)),
        (
            t::how_worked_out().to_string(),
            Cell::Text(page::method(
                &framework.scale.dont_know,
                &framework.scale.not_applicable,
                &framework.area_names.singular,
            )),
        ),
        (String::new(), Cell::Text(t::levels_explained(t::levels_sheet()))),
    ]);
    write_about(workbook.add_worksheet().set_name(t::about_sheet())?, t::about_heading(), &facts)?;
    workbook.save_to_buffer()
}

fn stats_columns(shape: Shape) -> [Column; 5] {
    [
        Column::new(csv::respondents(), Shape::Count, 13.0),
        Column::new(csv::median(), shape, 10.0),
        Column::new(csv::lowest(), shape, 10.0),
        Column::new(csv::highest(), shape, 10.0),
        Column::new(csv::range(), shape, 10.0),
    ]
}

fn stats_cells(stats: &Stats) -> [Cell; 5] {
    [
        Cell::Number(stats.count as f64),
        Cell::number(stats.median),
        Cell::number(stats.min),
        Cell::number(stats.max),
        Cell::number(stats.range()),
    ]
}

fn statement_columns(framework: &Framework) -> Vec<Column> {
    let scale = &framework.scale;
    let mut columns = vec![
        Column::new(csv::area(), Shape::Text, 24.0),
        Column::new(csv::statement_id(), Shape::Text, 12.0),
        Column::new(csv::statement(), Shape::Wrapped, 60.0),
    ];
    // A median of levels is a level or halfway between two.
    columns.extend(stats_columns(Shape::Number));
    columns
        .extend(scale.levels.iter().map(|level| Column::new(csv::level(level.value, &level.name), Shape::Count, 14.0)));
    columns.extend(
        [scale.dont_know.as_str(), scale.not_applicable.as_str(), csv::not_answered()]
            .map(|heading| Column::new(heading, Shape::Count, 14.0)),
    );
    columns
}

fn statement_rows(combined: &Combined) -> Vec<Vec<Cell>> {
    combined
        .statements()
        .map(|summary| {
            let mut cells = vec![
                Cell::text(&summary.area.title),
                Cell::text(&summary.statement.id),
                Cell::text(&summary.statement.text),
            ];
            cells.extend(stats_cells(&summary.stats));
            cells.extend(summary.levels.iter().map(|count| Cell::Number(*count as f64)));
            cells.extend(
                [summary.stats.dont_know, summary.stats.not_applicable, summary.stats.not_answered]
                    .map(|count| Cell::Number(count as f64)),
            );
            cells
        })
        .collect()
}

fn area_columns() -> Vec<Column> {
    let mut columns = vec![Column::new(csv::area(), Shape::Text, 30.0)];
    // An area's figures are over each respondent's score for it, an average of levels.
    columns.extend(stats_columns(Shape::Score));
    columns.push(Column::new(csv::not_answered(), Shape::Count, 14.0));
    columns
}

fn area_rows(combined: &Combined) -> Vec<Vec<Cell>> {
    combined
        .areas
        .iter()
        .map(|area| {
            let mut cells = vec![Cell::text(&area.area.title)];
            cells.extend(stats_cells(&area.stats));
            cells.push(Cell::Number(area.stats.not_answered as f64));
            cells
        })
        .collect()
}

fn level_columns() -> Vec<Column> {
    vec![
        Column::new(t::respondent(), Shape::Text, 28.0),
        Column::new(t::role_or_team(), Shape::Text, 18.0),
        Column::new(t::organisation(), Shape::Text, 30.0),
        Column::new(t::answers_changed(), Shape::Date, 14.0),
        Column::new(csv::area(), Shape::Text, 24.0),
        Column::new(csv::statement_id(), Shape::Text, 12.0),
        Column::new(csv::statement(), Shape::Wrapped, 50.0),
        Column::new(t::level(), Shape::Count, 8.0),
        Column::new(t::answer(), Shape::Text, 24.0),
    ]
}

/// A row per respondent and statement, each respondent's together in the framework's order.
fn level_rows(combined: &Combined, members: &[&Member]) -> Vec<Vec<Cell>> {
    let framework = combined.framework;
    let mut rows = Vec::with_capacity(members.len() * framework.statement_count());
    for member in members {
        let organisation = member.organisation.summary();
        for (area, statement) in framework.statements() {
            let rating = member.ratings.get(&statement.id);
            rows.push(vec![
                Cell::text(&member.source),
                Cell::optional(member.label.as_deref()),
                Cell::optional((!organisation.is_empty()).then_some(organisation.as_str())),
                Cell::Date(member.updated.date()),
                Cell::text(&area.title),
                Cell::text(&statement.id),
                Cell::text(&statement.text),
                Cell::number(rating.and_then(|r| r.level()).map(f64::from)),
                Cell::Text(rating.map_or_else(|| csv::not_answered().to_string(), |r| r.label(framework))),
            ]);
        }
    }
    rows
}
