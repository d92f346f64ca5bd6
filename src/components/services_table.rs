//! Every service's indicators in a period, ranked by transactions, with the change since the period
//! before: on the dashboard, and (the top ones only) in the board report.

use leptos::prelude::*;

use crate::components::performance::top_services_note;
use crate::domain::performance::format;
use crate::domain::performance::indicators::{Indicators, is_top, volume_ranking};
use crate::domain::performance::{Performance, Period};
use crate::i18n::t::services_table as t;
use crate::routes::Route;

/// Every service's indicators in a period, largest by volume first, the top ones marked.
#[component]
pub fn ServicesTable(performance: Performance, period: Period, limit: Option<usize>) -> impl IntoView {
    let year_start = performance.year_start;
    let previous = period.previous();
    let ranking = volume_ranking(&performance, Some(period));
    let ranked = ranking.iter().filter(|(rank, ..)| rank.is_some()).count();
    let rows = ranking
        .into_iter()
        .take(limit.unwrap_or(usize::MAX))
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
        <p class="body">{t::note_and_change(top_services_note(ranked), previous.label(year_start))}</p>
        <div class="table-scroll" tabindex="0" role="region" aria-label=t::scrolls()>
            <table class="table service-table">
                <caption class="table__caption">{t::caption(period.label(year_start), previous.label(year_start))}</caption>
                <thead><tr class="table__row">
                    <th scope="col" class="table__header table__header--numeric">{t::rank()}</th>
                    <th scope="col" class="table__header">{t::service()}</th>
                    <th scope="col" class="table__header table__header--numeric">{t::transactions()}</th>
                    <th scope="col" class="table__header table__header--numeric">{t::cost_per_transaction()}</th>
                    <th scope="col" class="table__header table__header--numeric">{t::satisfaction()}</th>
                    <th scope="col" class="table__header table__header--numeric">{t::completion_rate()}</th>
                    <th scope="col" class="table__header table__header--numeric">{t::take_up()}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
