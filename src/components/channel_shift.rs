//! Channel shift in words and as a table: the change in take-up, the transactions it moved, the
//! saving with how it was valued (the council's own costs or the assumptions), the saving at that
//! rate for a year, and which services it rests on.

use leptos::prelude::*;

use crate::domain::performance::format;
use crate::domain::performance::shift::{Basis, ChannelShift, NotComparable, PortfolioShift, Unvalued};
use crate::domain::performance::{Performance, Period};
use crate::i18n::t::channel_shift as t;
use crate::routes::Route;

/// Why one service's figures in `period` and the period before cannot be compared, as a clause.
pub fn why_not_compared(performance: &Performance, why: &NotComparable, period: Period) -> String {
    let year_start = performance.year_start;
    let previous = period.previous().label(year_start);
    let channels = |ids: &[String]| channel_names(performance, ids, t::or());
    match why {
        NotComparable::Added => t::no_figures_in(previous),
        NotComparable::Dropped => t::no_figures_in(period.label(year_start)),
        NotComparable::ChannelsDiffer { only_before, only_now } if only_before.is_empty() => {
            t::no_channel_figures_in(channels(only_now), previous)
        }
        NotComparable::ChannelsDiffer { only_before, .. } => {
            t::no_channel_figures_in(channels(only_before), period.label(year_start))
        }
        NotComparable::TakeUpUnknown => t::take_up_unknown().to_string(),
    }
}

fn channel_names(performance: &Performance, ids: &[String], joined_by: &str) -> String {
    ids.iter()
        .map(|id| performance.channel(id).map_or(id.clone(), |c| c.name.clone()))
        .collect::<Vec<_>>()
        .join(joined_by)
}

fn service_names(performance: &Performance, ids: &[String]) -> String {
    ids.iter().map(|id| performance.service(id).map_or(id.clone(), |s| s.name.clone())).collect::<Vec<_>>().join(", ")
}

pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// What the portfolio's channel shift rests on: how many services and what share of transactions,
/// and each service left out with the reason.
pub fn coverage(performance: &Performance, portfolio: &PortfolioShift, period: Period) -> String {
    let with_figures = portfolio.compared.len() + portfolio.left_out.len();
    let share = portfolio
        .share_of_volume
        .map(|share| t::coverage_share(format::share(Some(share)), period.label(performance.year_start)));
    let mut text = t::like_for_like(with_figures, portfolio.compared.len(), share.unwrap_or_default());
    if !portfolio.left_out.is_empty() {
        let named: Vec<String> = portfolio
            .left_out
            .iter()
            .map(|(id, why)| {
                let name = performance.service(id).map_or(id.as_str(), |s| s.name.as_str());
                format!("{name} ({})", why_not_compared(performance, why, period))
            })
            .collect();
        text.push_str(&t::left_out(named.join("; ")));
    }
    text
}

/// The transactions moved, in words.
fn moved_text(shift: &ChannelShift) -> String {
    let moved = shift.moved;
    if moved >= 0.0 {
        t::moved_to(format::count(moved.round() as u64))
    } else {
        t::moved_away(format::count((-moved).round() as u64))
    }
}

/// "£500" or "an extra cost of £500".
fn saving_text(saving: f64) -> String {
    if saving >= 0.0 { format::pounds(Some(saving)) } else { t::extra_cost(format::pounds(Some(-saving))) }
}

/// The saving for the period and for a year at that rate, and what it was valued on.
pub fn value_sentences(performance: &Performance, shift: &ChannelShift, period: Period) -> Vec<String> {
    let label = period.label(performance.year_start);
    match &shift.value {
        Ok(value) => {
            // Labelled as what it is: the period's saving, and that rate carried over a year.
            let annual = if shift.per_year > 1.0 {
                t::per_year(saving_text(value.saving * shift.per_year))
            } else {
                String::new()
            };
            let mut sentences = vec![t::estimated_saving(&label, saving_text(value.saving), annual)];
            sentences.push(match (value.basis(), value.unit_costs) {
                (Basis::Measured, Some((offline, digital))) => t::valued_own(
                    format::pounds(Some(offline)),
                    period.previous().label(performance.year_start),
                    format::pounds(Some(digital)),
                    &label,
                ),
                (Basis::Assumed, Some((offline, digital))) => {
                    t::valued_assumed(format::pounds(Some(offline)), format::pounds(Some(digital)))
                }
                (Basis::Measured, None) => t::valued_own_all().to_string(),
                (Basis::Assumed, None) => t::valued_assumed_all().to_string(),
                (Basis::Mixed, _) => t::valued_mixed(saving_text(value.on_measured), saving_text(value.on_assumed)),
            });
            sentences
        }
        Err(Unvalued::NoAssumedCost(channels)) => {
            vec![t::no_assumed_cost(channel_names(performance, channels, t::and()))]
        }
        Err(Unvalued::Services(ids)) => vec![t::services_unvalued(service_names(performance, ids))],
    }
}

/// Channel shift in words: the change in take-up, the transactions it moved and the saving, with
/// what it rests on (`basis`).
#[component]
pub fn ShiftSummary(
    performance: Performance,
    shift: Option<ChannelShift>,
    basis: Option<String>,
    period: Period,
) -> impl IntoView {
    let previous = period.previous().label(performance.year_start);
    let heading = t::shift_heading(previous);
    let Some(shift) = shift else {
        return view! {
            <div class="inset shift-summary">
                <h3 class="heading-s">{heading}</h3>
                <p class="body">{t::shift_not_known()}</p>
                {basis.map(|basis| view! { <p class="body">{basis}</p> })}
            </div>
        }
        .into_any();
    };
    let values = value_sentences(&performance, &shift, period);
    view! {
        <div class="inset shift-summary">
            <h3 class="heading-s">{heading}</h3>
            <p class="body">{t::take_up_went(
                format::share(Some(shift.take_up_before)),
                format::share(Some(shift.take_up_now)),
                format::change_in_share(Some(shift.take_up_now), Some(shift.take_up_before)),
                moved_text(&shift),
            )}</p>
            {values.into_iter().map(|text| view! { <p class="body">{text}</p> }).collect_view()}
            {basis.map(|basis| view! { <p class="body">{basis}</p> })}
            <p class="body hint no-print"><a href=Route::PerformanceChannels.href()>{t::check_costs()}</a></p>
        </div>
    }
    .into_any()
}

/// Each compared service's channel shift, so every line of the saving shows what it rests on.
#[component]
pub fn ShiftTable(performance: Performance, portfolio: PortfolioShift, period: Period) -> impl IntoView {
    if portfolio.compared.is_empty() {
        return ().into_any();
    }
    let rows = portfolio
        .compared
        .iter()
        .map(|(id, shift)| {
            let name = performance.service(id).map_or(id.clone(), |s| s.name.clone());
            let (saving, basis) = match &shift.value {
                Ok(value) => (
                    saving_text(value.saving),
                    match (value.basis(), value.unit_costs) {
                        (Basis::Assumed, Some((offline, digital))) => {
                            t::assumed_costs_pair(format::pounds(Some(offline)), format::pounds(Some(digital)))
                        }
                        (_, Some((offline, digital))) => {
                            t::own_costs_pair(format::pounds(Some(offline)), format::pounds(Some(digital)))
                        }
                        _ => t::own_costs().to_string(),
                    },
                ),
                Err(Unvalued::NoAssumedCost(channels)) => {
                    (t::not_known().to_string(), t::no_assumed_cost_for(channel_names(&performance, channels, t::or())))
                }
                Err(Unvalued::Services(_)) => (t::not_known().to_string(), String::new()),
            };
            let moved = if shift.moved >= 0.0 {
                format::count(shift.moved.round() as u64)
            } else {
                format!("−{}", format::count((-shift.moved).round() as u64))
            };
            view! {
                <tr class="table__row">
                    <th scope="row" class="table__header">{name}</th>
                    <td class="table__cell table__cell--numeric">{format::share(Some(shift.take_up_before))}</td>
                    <td class="table__cell table__cell--numeric">{format::share(Some(shift.take_up_now))}</td>
                    <td class="table__cell table__cell--numeric">{moved}</td>
                    <td class="table__cell table__cell--numeric">{saving}</td>
                    <td class="table__cell">{basis}</td>
                </tr>
            }
        })
        .collect_view();
    let year_start = performance.year_start;
    let caption = t::table_caption(period.label(year_start), period.previous().label(year_start));
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=t::scrolls(&caption)>
            <table class="table service-table">
                <caption class="table__caption">{caption.clone()}</caption>
                <thead><tr class="table__row">
                    <th scope="col" class="table__header">{t::service()}</th>
                    <th scope="col" class="table__header table__header--numeric">{t::take_up_before()}</th>
                    <th scope="col" class="table__header table__header--numeric">{t::take_up_now()}</th>
                    <th scope="col" class="table__header table__header--numeric">{t::moved()}</th>
                    <th scope="col" class="table__header table__header--numeric">{t::saving()}</th>
                    <th scope="col" class="table__header">{t::valued_on()}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
