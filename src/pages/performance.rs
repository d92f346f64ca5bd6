//! The service performance dashboard: the portfolio's indicators and channel shift in a period,
//! every service's four indicators with the change since the period before, and trend charts.

use leptos::prelude::*;

use crate::components::performance::{IllustrativeBanner, IndicatorSummary, PerformanceCharts};
use crate::domain::performance::format;
use crate::domain::performance::indicators::{Indicators, TOP_SERVICES, volume_ranking};
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
            let performance = state.performance().get();
            let periods = performance.periods();
            let Some(latest) = periods.last().copied() else {
                return view! {
                    <p class="body">"There are no figures yet. "<a href=Route::Services.href()>"Add your services and their figures"</a>", or load the illustrative sample data there to see how the dashboard works."</p>
                }.into_any();
            };
            let period = chosen.get().filter(|p| periods.contains(p)).unwrap_or(latest);
            view! {
                <p class="body"><a href=Route::Services.href()>"Services register, figures and imports"</a>" · "<a href=Route::PerformanceChannels.href()>"Channels and unit-cost assumptions"</a></p>
                <div class="form-group">
                    <label class="label" for="dashboard-period">"Period"</label>
                    <select class="select" id="dashboard-period" on:change=move |ev| chosen.set(Period::parse(&event_target_value(&ev)))>
                        {periods.iter().rev().map(|p| {
                            let p = *p;
                            view! { <option value=p.code() selected=p == period>{p.label()}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <h2 class="heading-m">{format!("All services, {}", period.label())}</h2>
                <IndicatorSummary performance=performance.clone() service=None period=period/>
                <ServicesTable performance=performance period=period/>
                <PerformanceCharts service=None/>
            }.into_any()
        }}
    }
}

/// Every service's indicators in a period, largest by volume first, the top ones marked.
#[component]
fn ServicesTable(performance: Performance, period: Period) -> impl IntoView {
    let previous = period.previous();
    let rows = volume_ranking(&performance, Some(period))
        .into_iter()
        .map(|(rank, service, _)| {
            let now = Indicators::for_service(&performance, &service.id, period);
            let before = Indicators::for_service(&performance, &service.id, previous);
            let top = rank.is_some_and(|r| r <= TOP_SERVICES);
            let cell = |value: String, change: String| {
                view! {
                    <td class="table__cell table__cell--numeric">
                        {value}<span class="indicator-change">{change}</span>
                    </td>
                }
            };
            view! {
                <tr class="table__row" class:table__row--highlight=top>
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
        <p class="body">{format!("The top {TOP_SERVICES} services by transactions are highlighted. Under each figure is its change since {}.", previous.label())}</p>
        <div class="table-scroll" tabindex="0" role="region" aria-label="Indicators for each service (scrolls sideways)">
            <table class="table service-table">
                <caption class="table__caption">{format!("Indicators for each service, {}, with the change since {}", period.label(), previous.label())}</caption>
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
