//! The service performance dashboard: the portfolio's indicators and channel shift in a period,
//! with what each rests on, every service's four indicators with the change since the period
//! before, and trend charts. Quarters and years added up from months appear beside those entered.

use leptos::prelude::*;

use crate::components::channel_shift::ShiftTable;
use crate::components::performance::{IllustrativeBanner, IndicatorSummary, PerformanceCharts, top_services_note};
use crate::domain::performance::format;
use crate::domain::performance::indicators::{Indicators, is_top, volume_ranking};
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
                <details class="details">
                    <summary class="details__summary">"Channel shift by service"</summary>
                    <div class="details__text"><ShiftTable performance=performance.clone() portfolio=portfolio period=period/></div>
                </details>
                <ServicesTable performance=performance.clone() period=period/>
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

/// Every service's indicators in a period, largest by volume first, the top ones marked.
#[component]
fn ServicesTable(performance: Performance, period: Period) -> impl IntoView {
    let year_start = performance.year_start;
    let previous = period.previous();
    let ranking = volume_ranking(&performance, Some(period));
    let ranked = ranking.iter().filter(|(rank, ..)| rank.is_some()).count();
    let rows = ranking
        .into_iter()
        .map(|(rank, service, _)| {
            let now = Indicators::for_service(&performance, &service.id, period);
            let before = Indicators::for_service(&performance, &service.id, previous);
            let cell = |value: String, change: String| {
                view! {
                    <td class="table__cell table__cell--numeric">
                        {value}<span class="indicator-change">{change}</span>
                    </td>
                }
            };
            view! {
                <tr class="table__row" class:table__row--highlight=is_top(rank, ranked)>
                    <td class="table__cell table__cell--numeric">{rank.map_or("–".to_string(), |r| r.to_string())}</td>
                    <th scope="row" class="table__header"><a href=Route::Service { service: service.id.clone() }.href()>{service.name.clone()}</a></th>
                    {cell(format::optional_count(now.volume), format::change_in_count(now.volume, before.volume))}
                    {cell(format::pounds(now.cost_per_transaction), format::change_in_pounds(now.cost_per_transaction, before.cost_per_transaction))}
                    {cell(format::share(now.satisfaction), format::change_in_share(now.satisfaction, before.satisfaction))}
                    {cell(format::share(now.completion_rate), format::change_in_share(now.completion_rate, before.completion_rate))}
                    {cell(format::share(now.take_up), format::change_in_share(now.take_up, before.take_up))}
                </tr>
            }
        })
        .collect_view();
    view! {
        <h2 class="heading-m">"Each service"</h2>
        <p class="body">{format!("{} Under each figure is its change since {}.", top_services_note(ranked), previous.label(year_start))}</p>
        <div class="table-scroll" tabindex="0" role="region" aria-label="Indicators for each service (scrolls sideways)">
            <table class="table service-table">
                <caption class="table__caption">{format!("Indicators for each service, {}, with the change since {}", period.label(year_start), previous.label(year_start))}</caption>
                <thead><tr class="table__row">
                    <th scope="col" class="table__header table__header--numeric">"Rank"</th>
                    <th scope="col" class="table__header">"Service"</th>
                    <th scope="col" class="table__header table__header--numeric">"Transactions"</th>
                    <th scope="col" class="table__header table__header--numeric">"Cost per transaction"</th>
                    <th scope="col" class="table__header table__header--numeric">"User satisfaction"</th>
                    <th scope="col" class="table__header table__header--numeric">"Completion rate"</th>
                    <th scope="col" class="table__header table__header--numeric">"Digital take-up"</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
