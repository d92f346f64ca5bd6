//! The service performance data as a workbook: the raw figures, laid out like the CSV template so
//! that the sheet can be uploaded again (`figures_workbook`); the computed indicators with what
//! the portfolio's rest on; the assumed unit costs; and an About sheet.

use rust_xlsxwriter::{Workbook, XlsxError};
use time::Date;

use super::sheet::{Cell, Column, Shape, write_about, write_table};
use crate::domain::performance::computed::{IndicatorRow, columns, indicator_rows};
use crate::domain::performance::sheet::{self, COLUMNS, Value};
use crate::domain::performance::{Channel, Performance};
use crate::i18n::t::office_sheets as t;

pub fn workbook(performance: &Performance, made: Date) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    write_table(workbook.add_worksheet().set_name(t::figures_sheet())?, &figure_columns(), &figure_rows(performance))?;
    let indicators: Vec<Vec<Cell>> = indicator_rows(performance).into_iter().map(indicator_cells).collect();
    write_table(workbook.add_worksheet().set_name(t::indicators_sheet())?, &indicator_columns(), &indicators)?;
    let costs: Vec<Vec<Cell>> = performance.channels.iter().map(unit_cost_cells).collect();
    write_table(workbook.add_worksheet().set_name(t::unit_costs_sheet())?, &unit_cost_columns(), &costs)?;
    let mut facts = Vec::new();
    let organisation = performance.organisation.trim();
    if !organisation.is_empty() {
        facts.push((t::organisation().to_string(), Cell::text(organisation)));
    }
    if performance.illustrative {
        facts.push((t::figures().to_string(), Cell::text(t::illustrative())));
    }
    facts.extend([
        (t::year_starts().to_string(), Cell::text(performance.year_start.month_name())),
        (t::made_on().to_string(), Cell::Date(made)),
        (String::new(), Cell::Text(t::figures_explained(t::figures_sheet()))),
        (String::new(), Cell::text(t::unit_costs_explained())),
    ]);
    write_about(workbook.add_worksheet().set_name(t::about_sheet())?, t::about_heading(), &facts)?;
    workbook.save_to_buffer()
}

/// The template's columns, headed as the template is so the import reads them back.
fn figure_columns() -> Vec<Column> {
    COLUMNS
        .iter()
        .enumerate()
        .map(|(index, heading)| match index {
            0 => Column::new(*heading, Shape::Text, 30.0),
            1 | 2 => Column::new(*heading, Shape::Text, 16.0),
            _ if sheet::is_money(index) => Column::new(*heading, Shape::Money, 14.0),
            // "Not offered" holds a mark; the columns between hold counts.
            _ if index == COLUMNS.len() - 1 => Column::new(*heading, Shape::Text, 12.0),
            _ => Column::new(*heading, Shape::Count, 14.0),
        })
        .collect()
}

fn figure_rows(performance: &Performance) -> Vec<Vec<Cell>> {
    let cell = |value: Value| match value {
        Value::Text(text) => Cell::Text(text),
        Value::Count(count) => Cell::number(count.map(|count| count as f64)),
        Value::Money(pounds) => Cell::number(pounds),
    };
    sheet::export_rows(performance).into_iter().map(|row| row.into_iter().map(cell).collect()).collect()
}

fn indicator_columns() -> Vec<Column> {
    let shapes = [
        (Shape::Text, 30.0),
        (Shape::Text, 14.0),
        (Shape::Count, 9.0),
        (Shape::Count, 14.0),
        (Shape::Money, 14.0),
        (Shape::Percent, 13.0),
        (Shape::Percent, 13.0),
        (Shape::Percent, 13.0),
        (Shape::Score, 16.0),
        (Shape::Count, 14.0),
        (Shape::Money, 14.0),
        (Shape::Text, 24.0),
        (Shape::Wrapped, 50.0),
    ];
    columns().into_iter().zip(shapes).map(|(heading, (shape, width))| Column::new(heading, shape, width)).collect()
}

fn indicator_cells(row: IndicatorRow) -> Vec<Cell> {
    let [volume, cost, satisfaction, completion, take_up] = row.values;
    vec![
        Cell::Text(row.name),
        Cell::Text(row.period),
        Cell::Number(f64::from(row.months)),
        Cell::number(volume),
        Cell::number(cost),
        Cell::number(satisfaction),
        Cell::number(completion),
        Cell::number(take_up),
        Cell::number(row.take_up_change),
        Cell::number(row.moved),
        Cell::number(row.saving),
        Cell::optional(row.valued_on),
        Cell::optional((!row.rests_on.is_empty()).then_some(row.rests_on)),
    ]
}

fn unit_cost_columns() -> Vec<Column> {
    vec![
        Column::new(t::channel(), Shape::Text, 24.0),
        Column::new(t::digital(), Shape::Text, 14.0),
        Column::new(t::assumed_cost(), Shape::Money, 18.0),
    ]
}

fn unit_cost_cells(channel: &Channel) -> Vec<Cell> {
    vec![
        Cell::text(&channel.name),
        Cell::text(if channel.digital { t::yes() } else { t::no() }),
        Cell::number(channel.assumed_unit_cost),
    ]
}
