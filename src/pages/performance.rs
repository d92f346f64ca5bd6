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
use crate::routes::Route;
use crate::state::AppState;

#[component]
pub fn PerformancePage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let chosen = RwSignal::new(None::<Period>);
    view! {
        <IllustrativeBanner/>
        <h1 class="heading-l" tabindex="-1">"Service performance"</h1>
        <p class="body">"The four indicators GOV.UK asks of every service — cost per transaction, user satisfaction, completion rate and digital take-up — for each of your services, and how far people have moved to digital channels."</p>
        {move || {
            let (performance, gaps) = state.performance().with(Performance::with_rollups);
            let periods = performance.periods();
            let Some(latest) = periods.last().copied() else {
                return view! {
                    <p class="body">"There are no figures yet. "<a href=Route::Services.href()>"Add your services and their figures"</a>", or load the illustrative sample data there to see how the dashboard works."</p>
                }.into_any();
            };
            let period = chosen.get().filter(|p| periods.contains(p)).unwrap_or(latest);
            let year_start = performance.year_start;
            let portfolio = portfolio_shift(&performance, period);
            view! {
                <p class="body"><a href=Route::Services.href()>"Services register, figures and imports"</a>" · "<a href=Route::PerformanceChannels.href()>"Channels, unit costs and financial year"</a>" · "<a href=Route::PerformanceReport { period: Some(period) }.href()>"Board report for this period"</a></p>
                <div class="form-group">
                    <label class="label" for="dashboard-period">"Period"</label>
                    <div class="hint" id="dashboard-period-hint">"Quarters and years are added up from monthly figures where every month has them."</div>
                    <select class="select" id="dashboard-period" aria-describedby="dashboard-period-hint" on:change=move |ev| chosen.set(Period::parse(&event_target_value(&ev)))>
                        {periods.iter().rev().map(|p| {
                            let p = *p;
                            view! { <option value=p.code() selected=p == period>{p.label(year_start)}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <GapsNote performance=performance.clone() gaps=gaps/>
                <h2 class="heading-m">{format!("All services, {}", period.label(year_start))}</h2>
                <IndicatorSummary performance=performance.clone() service=None period=period/>
                <h2 class="heading-m">"Targets for all services"</h2>
                <TargetsTable performance=performance.clone() service=None period=period editable=true/>
                <details class="details">
                    <summary class="details__summary">"Channel shift by service"</summary>
                    <div class="details__text"><ShiftTable performance=performance.clone() portfolio=portfolio period=period/></div>
                </details>
                <h2 class="heading-m">"Each service"</h2>
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
            format!(
                "{service}, {channel}: {} not added up (no figures for {})",
                gap.period.label(year_start),
                missing.join(", ")
            )
        })
        .map(|text| view! { <li>{text}</li> })
        .collect_view();
    view! {
        <details class="details">
            <summary class="details__summary">{format!("{} not added up, because a part has no figures", crate::components::performance::plural(gaps.len(), "quarter or year"))}</summary>
            <div class="details__text"><ul class="list list--bullet">{items}</ul></div>
        </details>
    }
    .into_any()
}
