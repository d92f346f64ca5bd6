//! Targets: what the council aims for on an indicator by the end of a period, for the portfolio
//! or one service, with where the indicator stands now; and the form that sets one.

use leptos::prelude::*;

use crate::components::error_summary::{ErrorItem, ErrorSummary};
use crate::components::performance::{PeriodHelp, value_text_of};
use crate::domain::performance::entry::{parse_count, parse_money};
use crate::domain::performance::{Indicator, Performance, Period, Target, target_range};
use crate::i18n::t::targets as t;
use crate::state::AppState;

/// "Digital take-up of 80.0% by the end of March 2027 (2026/27)".
pub fn target_text(performance: &Performance, target: &Target) -> String {
    t::target_text(
        target.indicator.name(),
        value_text_of(target.indicator, Some(target.value)),
        target.by.label(performance.year_start),
    )
}

/// The targets for one service (or, with `None`, the portfolio), each against its value in
/// `period`; with `editable`, a button to remove each and a form to set another.
#[component]
pub fn TargetsTable(
    performance: Performance,
    service: Option<String>,
    period: Period,
    editable: bool,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let year_start = performance.year_start;
    let targets: Vec<(usize, Target)> =
        performance.targets.iter().cloned().enumerate().filter(|(_, t)| t.service == service).collect();
    let rows = targets
        .iter()
        .map(|(index, target)| {
            let progress = target.progress(&performance, period);
            let standing = match progress.reached {
                Some(true) => t::reached(),
                Some(false) if period.ends_before(target.by.next()) => t::not_yet_reached(),
                Some(false) => t::missed(),
                None => t::not_known(),
            };
            let index = *index;
            let remove = move |_| {
                let mut performance = state.performance().get_untracked();
                if index < performance.targets.len() {
                    performance.targets.remove(index);
                    state.save_performance(performance);
                }
            };
            let text = target_text(&performance, target);
            view! {
                <tr class="table__row">
                    <th scope="row" class="table__header">{text.clone()}</th>
                    <td class="table__cell table__cell--numeric">{value_text_of(target.indicator, progress.value)}</td>
                    <td class="table__cell">{standing}</td>
                    {editable.then(|| view! {
                        <td class="table__cell no-print"><button type="button" class="link-button" on:click=remove>
                            {t::remove()}<span class="visually-hidden">{t::remove_which(&text)}</span>
                        </button></td>
                    })}
                </tr>
            }
        })
        .collect_view();
    let table = (!targets.is_empty()).then(|| {
        view! {
            <div class="table-scroll" tabindex="0" role="region" aria-label=t::region()>
                <table class="table">
                    <caption class="table__caption">{t::caption(period.label(year_start))}</caption>
                    <thead><tr class="table__row">
                        <th scope="col" class="table__header">{t::target()}</th>
                        <th scope="col" class="table__header table__header--numeric">{t::figure_in(period.short_label(year_start))}</th>
                        <th scope="col" class="table__header">{t::standing()}</th>
                        {editable.then(|| view! { <th scope="col" class="table__header no-print"><span class="visually-hidden">{t::action()}</span></th> })}
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    view! {
        {if targets.is_empty() { Some(view! { <p class="body">{t::no_targets()}</p> }) } else { None }}
        {table}
        {editable.then(|| view! { <SetTarget service=service.clone() year_start=performance.year_start/> })}
    }
}

/// The form that sets a target: the indicator, the value and the period it should be reached by.
#[component]
fn SetTarget(service: Option<String>, year_start: crate::domain::performance::YearStart) -> impl IntoView {
    let state = expect_context::<AppState>();
    let indicator = RwSignal::new(Indicator::TakeUp);
    let value = RwSignal::new(String::new());
    let by = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<ErrorItem>::new());
    let PeriodHelp { hint, message } = PeriodHelp::new(year_start);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen = indicator.get_untracked();
        let mut found = Vec::new();
        let typed = value.get_untracked();
        let what = t::target_for(chosen.name().to_lowercase());
        let parsed = match chosen {
            Indicator::Volume => parse_count(&typed, &what).map(|count| count.map(|c| c as f64)),
            Indicator::CostPerTransaction => parse_money(&typed, &what),
            _ => parse_money(typed.trim().trim_end_matches('%'), &what).map(|share| share.map(|s| s / 100.0)),
        };
        let target_value = match parsed {
            Ok(Some(number)) if (0.0..=chosen.largest()).contains(&number) => Some(number),
            Ok(Some(_)) => {
                found.push(ErrorItem {
                    message: format!("{what} {}", target_range(chosen)),
                    field: Some("target-value".into()),
                });
                None
            }
            Ok(None) => {
                found.push(ErrorItem {
                    message: t::enter_target(what.to_lowercase()),
                    field: Some("target-value".into()),
                });
                None
            }
            Err(problem) => {
                found.push(ErrorItem { message: problem, field: Some("target-value".into()) });
                None
            }
        };
        let period = Period::parse_named(&by.get_untracked(), year_start);
        if period.is_none() {
            found.push(ErrorItem { message: message.clone(), field: Some("target-by".into()) });
        }
        if let (Some(target_value), Some(period)) = (target_value, period) {
            let target = Target { service: service.clone(), indicator: chosen, value: target_value, by: period };
            let mut performance = state.performance().get_untracked();
            performance
                .targets
                .retain(|t| !(t.service == target.service && t.indicator == target.indicator && t.by == target.by));
            performance.targets.push(target);
            state.save_performance(performance);
            value.set(String::new());
            by.set(String::new());
        }
        errors.set(found);
    };
    view! {
        <details class="details" prop:open=move || !errors.with(Vec::is_empty)>
            <summary class="details__summary">{t::set_a_target()}</summary>
            <div class="details__text">
                {move || (!errors.with(Vec::is_empty)).then(|| view! { <ErrorSummary title=t::error_title() errors=errors.get()/> })}
                <form class="form" novalidate on:submit=save>
                    <div class="form-group">
                        <label class="label" for="target-indicator">{t::indicator()}</label>
                        <select class="select" id="target-indicator" on:change=move |ev| {
                            let chosen = Indicator::ALL.into_iter().find(|i| i.name() == event_target_value(&ev));
                            if let Some(chosen) = chosen { indicator.set(chosen) }
                        }>
                            {Indicator::ALL.into_iter().map(|i| view! {
                                <option value=i.name() selected=move || indicator.get() == i>{i.name()}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="form-group">
                        <label class="label" for="target-value">{t::target()}</label>
                        <div class="hint" id="target-value-hint">{move || match indicator.get() {
                            Indicator::Volume => t::volume_hint(),
                            Indicator::CostPerTransaction => t::cost_hint(),
                            _ => t::percentage_hint(),
                        }}</div>
                        <input class="input input--number" type="text" inputmode="decimal" id="target-value" aria-describedby="target-value-hint"
                            prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
                    </div>
                    <div class="form-group">
                        <label class="label" for="target-by">{t::by_the_end_of()}</label>
                        <div class="hint" id="target-by-hint">{hint}</div>
                        <input class="input input--short" type="text" id="target-by" spellcheck="false" aria-describedby="target-by-hint"
                            prop:value=move || by.get() on:input=move |ev| by.set(event_target_value(&ev))/>
                    </div>
                    <button type="submit" class="button button--secondary">{t::set_the_target()}</button>
                </form>
            </div>
        </details>
    }
}
