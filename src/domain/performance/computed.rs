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

/// The indicators of every service and of the portfolio, in every period.
pub fn indicators_csv(performance: &Performance) -> String {
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
    spreadsheet::write(&columns(), rows.into_iter())
}

fn row(
    performance: &Performance,
    name: &str,
    period: Period,
    values: [Option<f64>; 5],
    shift: Option<&ChannelShift>,
    rests_on: String,
) -> Vec<String> {
    let number = |value: Option<f64>, places: usize| value.map(|v| format!("{v:.places$}")).unwrap_or_default();
    let percent = |value: Option<f64>| number(value.map(|v| v * 100.0), 1);
    let [volume, cost, satisfaction, completion, take_up] = values;
    let saving = shift.and_then(ChannelShift::saving);
    let basis = shift.and_then(|s| s.value.as_ref().ok()).map(|value| match value.basis() {
        Basis::Measured => t::own_costs(),
        Basis::Assumed => t::assumed_costs(),
        Basis::Mixed => t::own_and_assumed(),
    });
    vec![
        name.to_string(),
        period_cell(period, performance),
        period.length().months().to_string(),
        number(volume, 0),
        number(cost, 2),
        percent(satisfaction),
        percent(completion),
        percent(take_up),
        number(shift.map(ChannelShift::points), 1),
        number(shift.map(|s| s.moved), 0),
        number(saving, 2),
        basis.unwrap_or_default().to_string(),
        rests_on,
    ]
}
