//! The service performance dashboard: the portfolio's indicators and channel shift in a period,
//! with what each rests on, every service's four indicators with the change since the period
//! before, and trend charts. Quarters and years added up from months appear beside those entered.

use leptos::prelude::*;

use crate::components::channel_shift::ShiftTable;
use crate::components::performance::{IllustrativeBanner, IndicatorSummary, PerformanceCharts};
use crate::components::services_table::ServicesTable;
use crate::components::targets::TargetsTable;
use crate::domain::performance::rollup::Gap;
use crate::domain::performance::shift::portfolio_shift;
use crate::domain::performance::{Performance, Period};
use crate::i18n::t::performance_dashboard as t;
use crate::routes::Route;
use crate::state::AppState;

#[component]
pub fn PerformancePage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let chosen = RwSignal::new(None::<Period>);
    view! {
        <IllustrativeBanner/>
        <h1 class="heading-l" tabindex="-1">{t::heading()}</h1>
        <p class="body">{t::intro()}</p>
        {move || {
            let (performance, gaps) = state.performance().with(Performance::with_rollups);
            let periods = performance.periods();
            let Some(latest) = periods.last().copied() else {
                return view! {
                    <p class="body">{t::no_figures_before()}<a href=Route::Services.href()>{t::no_figures_link()}</a>{t::no_figures_after()}</p>
                }.into_any();
            };
            let period = chosen.get().filter(|p| periods.contains(p)).unwrap_or(latest);
            let year_start = performance.year_start;
            let portfolio = portfolio_shift(&performance, period);
            view! {
                <p class="body"><a href=Route::Services.href()>{t::services_link()}</a>" · "<a href=Route::PerformanceChannels.href()>{t::channels_link()}</a>" · "<a href=Route::PerformanceReport { period: Some(period) }.href()>{t::report_link()}</a></p>
                <div class="form-group">
                    <label class="label" for="dashboard-period">{t::period_label()}</label>
                    <div class="hint" id="dashboard-period-hint">{t::period_hint()}</div>
                    <select class="select" id="dashboard-period" aria-describedby="dashboard-period-hint" on:change=move |ev| chosen.set(Period::parse(&event_target_value(&ev)))>
                        {periods.iter().rev().map(|p| {
                            let p = *p;
                            view! { <option value=p.code() selected=p == period>{p.label(year_start)}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <GapsNote performance=performance.clone() gaps=gaps/>
                <h2 class="heading-m">{t::all_services(period.label(year_start))}</h2>
                <IndicatorSummary performance=performance.clone() service=None period=period/>
                <h2 class="heading-m">{t::targets_heading()}</h2>
                <TargetsTable performance=performance.clone() service=None period=period editable=true/>
                <details class="details">
                    <summary class="details__summary">{t::shift_by_service()}</summary>
                    <div class="details__text"><ShiftTable performance=performance.clone() portfolio=portfolio period=period/></div>
                </details>
                <h2 class="heading-m">{t::each_service()}</h2>
                <ServicesTable performance=performance.clone() period=period limit=None/>
                <PerformanceCharts performance=performance service=None length=period.length()/>
            }.into_any()
        }}
    }
}

/// Quarters and years not added up from their months, because a month has no figures.
#[component]
pub fn GapsNote(performance: Performance, gaps: Vec<Gap>) -> impl IntoView {
    if gaps.is_empty() {
        return ().into_any();
    }
    let year_start = performance.year_start;
    let items = gaps
        .iter()
        .map(|gap| {
            let service = performance.service(&gap.service).map_or(gap.service.clone(), |s| s.name.clone());
            let channel = performance.channel(&gap.channel).map_or(gap.channel.clone(), |c| c.name.clone());
            let missing: Vec<String> = gap.missing.iter().map(|p| p.label(year_start)).collect();
            t::gap(service, channel, gap.period.label(year_start), missing.join(", "))
        })
        .map(|text| view! { <li>{text}</li> })
        .collect_view();
    view! {
        <details class="details">
            <summary class="details__summary">{t::gaps(gaps.len())}</summary>
            <div class="details__text"><ul class="list list--bullet">{items}</ul></div>
        </details>
    }
    .into_any()
}
