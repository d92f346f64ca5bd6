//! The board report: the portfolio's figures for one period on pages that print as A4, in the
//! style of the assessment report. Every figure says what it rests on, and a data-quality section
//! lists each gap and assumption, so nothing in it claims more than the figures hold.

use std::rc::Rc;

use futures::FutureExt;
use leptos::prelude::*;

use crate::components::channel_shift::{ShiftSummary, ShiftTable, coverage};
use crate::components::document_download::{DocumentDownload, MakeDocument};
use crate::components::performance::{
    IllustrativeBanner, PerformanceCharts, change_text, covered_basis, value_text_of,
};
use crate::components::services_table::ServicesTable;
use crate::components::targets::TargetsTable;
use crate::domain::performance::indicators::TOP_SERVICES;
use crate::domain::performance::portfolio::{Indicator, portfolio_indicator};
use crate::domain::performance::rollup::Gap;
use crate::domain::performance::shift::portfolio_shift;
use crate::domain::performance::{Performance, Period, computed, format};
use crate::i18n::t::performance_report as t;
use crate::routes::Route;
use crate::state::AppState;
use crate::web;

#[component]
pub fn PerformanceReportPage(period: Option<Period>) -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let (performance, gaps) = state.performance().with(Performance::with_rollups);
        let periods = performance.periods();
        let chosen = period.filter(|p| periods.contains(p)).or(periods.last().copied());
        let Some(period) = chosen else {
            return view! {
                <a class="back-link" href=Route::Performance.href()>{t::back()}</a>
                <h1 class="heading-l" tabindex="-1">{t::heading()}</h1>
                <p class="body">{t::no_figures_before()}<a href=Route::Services.href()>{t::no_figures_link()}</a>{t::no_figures_after()}</p>
            }
            .into_any();
        };
        view! { <Report performance=performance gaps=gaps period=period/> }.into_any()
    }
}

#[component]
fn Report(performance: Performance, gaps: Vec<Gap>, period: Period) -> impl IntoView {
    let year_start = performance.year_start;
    let label = period.label(year_start);
    let previous = period.previous().label(year_start);
    let title = if performance.organisation.trim().is_empty() {
        t::title().to_string()
    } else {
        t::title_of(performance.organisation.trim())
    };
    let portfolio = portfolio_shift(&performance, period);
    let with_figures =
        performance.services.iter().filter(|s| !performance.figures_for(&s.id, period).is_empty()).count();
    let print = |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    let export = {
        let performance = performance.clone();
        move |_| {
            let text = computed::indicators_csv(&performance);
            let _ = web::download(&t::indicators_file(web::now().date()), "text/csv", &text);
        }
    };
    let workbook: MakeDocument = {
        let performance = performance.clone();
        Rc::new(move || crate::exports::performance_workbook(performance.clone()).boxed_local())
    };
    let headline = Indicator::ALL
        .into_iter()
        .map(|indicator| {
            let covered = portfolio_indicator(&performance, period, indicator);
            let change = match covered.change {
                Some(change) => {
                    t::change_over(change.services, change_text(indicator, Some(change.now), Some(change.before)))
                }
                None => t::not_known().to_string(),
            };
            view! {
                <tr class="table__row">
                    <th scope="row" class="table__header">{indicator.name()}</th>
                    <td class="table__cell table__cell--numeric">{value_text_of(indicator, covered.value)}</td>
                    <td class="table__cell table__cell--numeric">{change}</td>
                    <td class="table__cell">{covered_basis(&covered)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="no-print">
            <a class="back-link" href=Route::Performance.href()>{t::back()}</a>
            <div class="inset">
                <p class="body">{t::print_note()}</p>
                <div class="button-group">
                    <button type="button" class="button" on:click=print>{t::print()}</button>
                    <button type="button" class="button button--secondary" on:click=export>{t::download_indicators()}</button>
                    <DocumentDownload label=crate::i18n::t::document_download::workbook().to_string() make=workbook/>
                </div>
            </div>
        </div>
        <IllustrativeBanner/>
        <article class="report">
            <header class="report__cover">
                <p class="caption">{t::report_caption()}</p>
                <h1 class="heading-xl" tabindex="-1">{title}</h1>
                <p class="body-l">{label.clone()}</p>
                <dl class="summary-list">
                    <div class="summary-list__row"><dt class="summary-list__key">{t::period()}</dt><dd class="summary-list__value">{label.clone()}</dd></div>
                    <div class="summary-list__row"><dt class="summary-list__key">{t::compared_with()}</dt><dd class="summary-list__value">{previous.clone()}</dd></div>
                    <div class="summary-list__row"><dt class="summary-list__key">{t::services_with_figures()}</dt><dd class="summary-list__value">{t::in_register(with_figures, performance.services.len())}</dd></div>
                    {performance.illustrative.then(|| view! {
                        <div class="summary-list__row"><dt class="summary-list__key">{t::figures()}</dt><dd class="summary-list__value">{t::illustrative()}</dd></div>
                    })}
                    <div class="summary-list__row"><dt class="summary-list__key">{t::report_produced()}</dt><dd class="summary-list__value">{web::long_date(web::now())}{t::with_almanac()}</dd></div>
                </dl>
            </header>
            <section class="report__section">
                <h2 class="heading-l">{t::headline_heading()}</h2>
                <p class="body">{t::headline_intro(&label, &previous)}</p>
                <div class="table-scroll" tabindex="0" role="region" aria-label=t::headline_scrolls()>
                    <table class="table">
                        <caption class="table__caption">{t::headline_caption(&label)}</caption>
                        <thead><tr class="table__row">
                            <th scope="col" class="table__header">{t::indicator()}</th>
                            <th scope="col" class="table__header table__header--numeric">{period.short_label(year_start)}</th>
                            <th scope="col" class="table__header table__header--numeric">{t::change_since(period.previous().short_label(year_start))}</th>
                            <th scope="col" class="table__header">{t::rests_on()}</th>
                        </tr></thead>
                        <tbody>{headline}</tbody>
                    </table>
                </div>
                <ShiftSummary performance=performance.clone() shift=portfolio.shift.clone() basis=Some(coverage(&performance, &portfolio, period)) period=period/>
                <h3 class="heading-m">{t::targets()}</h3>
                <TargetsTable performance=performance.clone() service=None period=period editable=false/>
            </section>
            <section class="report__section">
                <h2 class="heading-l">{t::shift_by_service()}</h2>
                <ShiftTable performance=performance.clone() portfolio=portfolio.clone() period=period/>
                <h2 class="heading-l">{t::top_services(TOP_SERVICES)}</h2>
                <ServicesTable performance=performance.clone() period=period limit=Some(TOP_SERVICES)/>
            </section>
            <section class="report__section">
                <h2 class="heading-l">{t::trends()}</h2>
                <PerformanceCharts performance=performance.clone() service=None length=period.length()/>
            </section>
            <section class="report__section">
                <h2 class="heading-l">{t::data_quality()}</h2>
                <DataQuality performance=performance.clone() gaps=gaps period=period/>
            </section>
        </article>
    }
}

/// Every gap and assumption behind the figures: services a figure leaves out and why, quarters not
/// added up, and the unit costs assumed.
#[component]
fn DataQuality(performance: Performance, gaps: Vec<Gap>, period: Period) -> impl IntoView {
    let year_start = performance.year_start;
    let name = |id: &str| performance.service(id).map_or(id.to_string(), |s| s.name.clone());
    let mut items: Vec<String> = Vec::new();
    if performance.illustrative {
        items.push(t::illustrative_note().into());
    }
    for indicator in Indicator::ALL {
        let covered = portfolio_indicator(&performance, period, indicator);
        if covered.is_whole() {
            continue;
        }
        let left_out: Vec<String> = performance
            .services
            .iter()
            .filter(|s| !performance.figures_for(&s.id, period).is_empty() && !covered.counted.contains(&s.id))
            .map(|s| s.name.clone())
            .collect();
        items.push(t::leaves_out(left_out.len(), indicator.name(), left_out.join(", ")));
    }
    items.push(coverage(&performance, &portfolio_shift(&performance, period), period));
    for gap in &gaps {
        let missing: Vec<String> = gap.missing.iter().map(|p| p.label(year_start)).collect();
        let channel = performance.channel(&gap.channel).map_or(gap.channel.clone(), |c| c.name.clone());
        items.push(t::gap(name(&gap.service), channel, gap.period.label(year_start), missing.join(t::and())));
    }
    let assumptions: Vec<String> = performance
        .channels
        .iter()
        .map(|c| {
            format!(
                "{} {}",
                c.name,
                c.assumed_unit_cost.map_or(t::none_given().to_string(), |cost| format::pounds(Some(cost)))
            )
        })
        .collect();
    items.push(t::assumptions(assumptions.join(", ")));
    items.push(t::unknown_channels().into());
    view! {
        <ul class="list list--bullet">
            {items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}
        </ul>
    }
}
