//! The computed indicators as a spreadsheet, beside the raw figures: a row for every service in
//! every period (quarters and years added up from months included), then a row for all services
//! together in each period that says what each figure rests on. A figure not known is a blank
//! cell, never 0; numbers are plain, so a spreadsheet can work with them.

use std::collections::HashMap;

use super::indicators::Indicators;
use super::portfolio::{Indicator, portfolio_indicator};
use super::sheet::period_cell;
use super::shift::{Basis, ChannelShift, portfolio_shift, shift_between};
use super::{Figures, Performance, Period};
use crate::domain::spreadsheet;
use crate::i18n::t::performance_computed as t;

/// The columns' headings, in the page's language: nothing reads this file back.
pub fn columns() -> [&'static str; 13] {
    [
        t::service(),
        t::period(),
        t::months(),
        t::volume(),
        t::cost_per_transaction(),
        t::satisfaction(),
        t::completion_rate(),
        t::take_up(),
        t::take_up_change(),
        t::moved(),
        t::saving(),
        t::valued_on(),
        t::rests_on(),
    ]
}

/// One row of the export before it is written, so that a CSV file and a workbook say the same.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorRow {
    /// A service's name, or "All services".
    pub name: String,
    pub period: String,
    pub months: i32,
    /// Volume, cost per transaction, satisfaction, completion rate and take-up (`Indicator::ALL`);
    /// the last three are shares from 0 to 1.
    pub values: [Option<f64>; 5],
    /// The change in take-up since the period before, in percentage points.
    pub take_up_change: Option<f64>,
    /// Transactions moved to digital channels.
    pub moved: Option<f64>,
    pub saving: Option<f64>,
    /// Whose unit costs the saving is valued on.
    pub valued_on: Option<&'static str>,
    /// What a portfolio row's figures rest on; empty for a service's own row.
    pub rests_on: String,
}

/// The indicators of every service and of the portfolio, in every period, as CSV.
pub fn indicators_csv(performance: &Performance) -> String {
    spreadsheet::write(&columns(), indicator_rows(performance).into_iter().map(csv_row))
}

/// The indicators of every service and of the portfolio, in every period.
pub fn indicator_rows(performance: &Performance) -> Vec<IndicatorRow> {
    let (view, _) = performance.with_rollups();
    let periods = view.periods();
    // Every period's figures grouped by service once, with the period before each.
    let grouped: HashMap<Period, HashMap<&str, Vec<&Figures>>> = periods
        .iter()
        .flat_map(|period| [*period, period.previous()])
        .map(|period| (period, view.figures_by_service(period)))
        .collect();
    let mut rows = Vec::new();
    for service in &view.services {
        for period in &periods {
            let rows_of = |period: Period| grouped[&period].get(service.id.as_str()).cloned().unwrap_or_default();
            let now = rows_of(*period);
            if now.is_empty() {
                continue;
            }
            let values = Indicator::ALL.map(|indicator| indicator.of(&Indicators::of(&view, &now)));
            let shift = shift_between(&view, &rows_of(period.previous()), &now, *period).ok();
            rows.push(row(&view, &service.name, *period, values, shift.as_ref(), String::new()));
        }
    }
    for period in periods {
        let covered = Indicator::ALL.map(|indicator| portfolio_indicator(&view, period, indicator));
        let values = covered.clone().map(|c| c.value);
        let narrowed: Vec<String> = Indicator::ALL
            .iter()
            .zip(&covered)
            .filter(|(_, c)| !c.is_whole() && c.value.is_some())
            .map(|(indicator, c)| t::indicator_rests_on(c.with_figures, indicator.name(), c.counted.len()))
            .collect();
        let portfolio = portfolio_shift(&view, period);
        let shift_note = (!portfolio.left_out.is_empty())
            .then(|| t::shift_rests_on(portfolio.compared.len() + portfolio.left_out.len(), portfolio.compared.len()));
        let with_figures = covered[0].with_figures;
        let rests_on = if narrowed.is_empty() && shift_note.is_none() {
            t::all_with_figures(with_figures)
        } else {
            narrowed.into_iter().chain(shift_note).collect::<Vec<_>>().join("; ")
        };
        rows.push(row(&view, t::all_services(), period, values, portfolio.shift.as_ref(), rests_on));
    }
    rows
}

fn row(
    performance: &Performance,
    name: &str,
    period: Period,
    values: [Option<f64>; 5],
    shift: Option<&ChannelShift>,
    rests_on: String,
) -> IndicatorRow {
    let basis = shift.and_then(|s| s.value.as_ref().ok()).map(|value| match value.basis() {
        Basis::Measured => t::own_costs(),
        Basis::Assumed => t::assumed_costs(),
        Basis::Mixed => t::own_and_assumed(),
    });
    IndicatorRow {
        name: name.to_string(),
        period: period_cell(period, performance),
        months: period.length().months(),
        values,
        take_up_change: shift.map(ChannelShift::points),
        moved: shift.map(|s| s.moved),
        saving: shift.and_then(ChannelShift::saving),
        valued_on: basis,
        rests_on,
    }
}

/// Numbers plain, so a spreadsheet can work with them; shares as percentages.
fn csv_row(row: IndicatorRow) -> Vec<String> {
    let number = |value: Option<f64>, places: usize| value.map(|v| format!("{v:.places$}")).unwrap_or_default();
    let percent = |value: Option<f64>| number(value.map(|v| v * 100.0), 1);
    let [volume, cost, satisfaction, completion, take_up] = row.values;
    vec![
        row.name,
        row.period,
        row.months.to_string(),
        number(volume, 0),
        number(cost, 2),
        percent(satisfaction),
        percent(completion),
        percent(take_up),
        number(row.take_up_change, 1),
        number(row.moved, 0),
        number(row.saving, 2),
        row.valued_on.unwrap_or_default().to_string(),
        row.rests_on,
    ]
}
