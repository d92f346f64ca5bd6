//! The board report: the portfolio's figures for one period on pages that print as A4, in the
//! style of the assessment report. Every figure says what it rests on, and a data-quality section
//! lists each gap and assumption, so nothing in it claims more than the figures hold.

use leptos::prelude::*;

use crate::components::channel_shift::{ShiftSummary, ShiftTable, capitalised, coverage};
use crate::components::performance::{
    IllustrativeBanner, PerformanceCharts, change_text, covered_text, plural, value_text_of,
};
use crate::components::services_table::ServicesTable;
use crate::components::targets::TargetsTable;
use crate::domain::performance::indicators::TOP_SERVICES;
use crate::domain::performance::portfolio::{Indicator, portfolio_indicator};
use crate::domain::performance::rollup::Gap;
use crate::domain::performance::shift::portfolio_shift;
use crate::domain::performance::{Performance, Period, computed, format};
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
                <a class="back-link" href=Route::Performance.href()>"Back to the dashboard"</a>
                <h1 class="heading-l" tabindex="-1">"Board report"</h1>
                <p class="body">"There are no figures to report yet. "<a href=Route::Services.href()>"Add your services and their figures"</a>" first."</p>
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
        "Service performance".to_string()
    } else {
        format!("{}: service performance", performance.organisation.trim())
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
            let _ = web::download(&format!("almanac-service-indicators-{}.csv", web::now().date()), "text/csv", &text);
        }
    };
    let headline = Indicator::ALL
        .into_iter()
        .map(|indicator| {
            let covered = portfolio_indicator(&performance, period, indicator);
            let change = match covered.change {
                Some(change) => format!(
                    "{} (over {})",
                    change_text(indicator, Some(change.now), Some(change.before)),
                    plural(change.services, "service")
                ),
                None => "Not known".to_string(),
            };
            view! {
                <tr class="table__row">
                    <th scope="row" class="table__header">{indicator.name()}</th>
                    <td class="table__cell table__cell--numeric">{value_text_of(indicator, covered.value)}</td>
                    <td class="table__cell table__cell--numeric">{change}</td>
                    <td class="table__cell">{capitalised(covered_text(&covered).trim_start_matches("Rests on "))}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="no-print">
            <a class="back-link" href=Route::Performance.href()>"Back to the dashboard"</a>
            <div class="inset">
                <p class="body">"This page is laid out to print on A4. To make a PDF, print it and choose “Save as PDF” as the printer."</p>
                <div class="button-group">
                    <button type="button" class="button" on:click=print>"Print or save as PDF"</button>
                    <button type="button" class="button button--secondary" on:click=export>"Download the indicators (CSV)"</button>
                </div>
            </div>
        </div>
        <IllustrativeBanner/>
        <article class="report">
            <header class="report__cover">
                <p class="caption">"Service performance report"</p>
                <h1 class="heading-xl" tabindex="-1">{title}</h1>
                <p class="body-l">{label.clone()}</p>
                <dl class="summary-list">
                    <div class="summary-list__row"><dt class="summary-list__key">"Period"</dt><dd class="summary-list__value">{label.clone()}</dd></div>
                    <div class="summary-list__row"><dt class="summary-list__key">"Compared with"</dt><dd class="summary-list__value">{previous.clone()}</dd></div>
                    <div class="summary-list__row"><dt class="summary-list__key">"Services with figures"</dt><dd class="summary-list__value">{format!("{with_figures} of {} in the register", performance.services.len())}</dd></div>
                    {performance.illustrative.then(|| view! {
                        <div class="summary-list__row"><dt class="summary-list__key">"Figures"</dt><dd class="summary-list__value">"Illustrative sample data, made up to show how the dashboard works: not any council’s real figures"</dd></div>
                    })}
                    <div class="summary-list__row"><dt class="summary-list__key">"Report produced"</dt><dd class="summary-list__value">{web::long_date(web::now())}" with Almanac"</dd></div>
                </dl>
            </header>
            <section class="report__section">
                <h2 class="heading-l">"Headline figures"</h2>
                <p class="body">{format!("All services together in {label}. Each figure is worked out over the services whose figures give it; the change since {previous} is over the services counted in both periods, so a service added or dropped is never counted as a rise or fall.")}</p>
                <div class="table-scroll" tabindex="0" role="region" aria-label="Headline figures (scrolls sideways)">
                    <table class="table">
                        <caption class="table__caption">{format!("The four indicators and volume for all services, {label}")}</caption>
                        <thead><tr class="table__row">
                            <th scope="col" class="table__header">"Indicator"</th>
                            <th scope="col" class="table__header table__header--numeric">{period.short_label(year_start)}</th>
                            <th scope="col" class="table__header table__header--numeric">{format!("Change since {}", period.previous().short_label(year_start))}</th>
                            <th scope="col" class="table__header">"Rests on"</th>
                        </tr></thead>
                        <tbody>{headline}</tbody>
                    </table>
                </div>
                <ShiftSummary performance=performance.clone() shift=portfolio.shift.clone() basis=Some(coverage(&performance, &portfolio, period)) period=period/>
                <h3 class="heading-m">"Targets"</h3>
                <TargetsTable performance=performance.clone() service=None period=period editable=false/>
            </section>
            <section class="report__section">
                <h2 class="heading-l">"Channel shift by service"</h2>
                <ShiftTable performance=performance.clone() portfolio=portfolio.clone() period=period/>
                <h2 class="heading-l">{format!("The top {TOP_SERVICES} services")}</h2>
                <ServicesTable performance=performance.clone() period=period limit=Some(TOP_SERVICES)/>
            </section>
            <section class="report__section">
                <h2 class="heading-l">"Trends"</h2>
                <PerformanceCharts performance=performance.clone() service=None length=period.length()/>
            </section>
            <section class="report__section">
                <h2 class="heading-l">"Data quality"</h2>
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
        items.push("These are illustrative sample figures, made up to show how the dashboard works: they are not any council’s real figures.".into());
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
        items.push(format!(
            "{} leaves out {}, for want of a figure it needs: {}.",
            indicator.name(),
            plural(left_out.len(), "service"),
            left_out.join(", ")
        ));
    }
    items.push(coverage(&performance, &portfolio_shift(&performance, period), period));
    for gap in &gaps {
        let missing: Vec<String> = gap.missing.iter().map(|p| p.label(year_start)).collect();
        let channel = performance.channel(&gap.channel).map_or(gap.channel.clone(), |c| c.name.clone());
        items.push(format!(
            "{}, {channel}: {} is not added up from its months, because {} has no figures.",
            name(&gap.service),
            gap.period.label(year_start),
            missing.join(" and ")
        ));
    }
    let assumptions: Vec<String> = performance
        .channels
        .iter()
        .map(|c| {
            format!(
                "{} {}",
                c.name,
                c.assumed_unit_cost.map_or("none given".to_string(), |cost| format::pounds(Some(cost)))
            )
        })
        .collect();
    items.push(format!(
        "Where a service’s own costs are not complete for both periods, its saving is valued on assumed unit costs per transaction: {}. These are assumptions, not measurements.",
        assumptions.join(", ")
    ));
    items.push("A channel with no figures for a service in a period is not known, and never counted as none; only a channel marked “not offered” counts as none.".into());
    view! {
        <ul class="list list--bullet">
            {items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}
        </ul>
    }
}
