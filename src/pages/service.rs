//! One service: its details, its indicators in each period with the change since the one
//! before, the way to enter figures for a period, and its trend charts.

use leptos::prelude::*;

use crate::components::summary_list::SummaryList;
use crate::components::targets::TargetsTable;

use crate::components::confirm::Confirm;
use crate::components::error_summary::{ErrorItem, ErrorSummary};
use crate::components::performance::{
    IllustrativeBanner, IndicatorSummary, PerformanceCharts, PeriodHelp, ServiceDraft, ServiceFieldIds, ServiceFields,
};
use crate::domain::performance::format;
use crate::domain::performance::indicators::Indicators;
use crate::domain::performance::{Performance, Period, Service, YearStart};
use crate::i18n::t::service as t;
use crate::pages::not_found::NotFoundPage;
use crate::routes::Route;
use crate::state::AppState;
use crate::web;

const PERIOD_ID: &str = "figures-period";

thread_local! {
    /// The period whose figures were just saved, for the service page to say so once.
    static JUST_SAVED: std::cell::Cell<Option<Period>> = const { std::cell::Cell::new(None) };
}

/// Called by the figures page as it returns here after saving.
pub fn note_saved(period: Period) {
    JUST_SAVED.with(|saved| saved.set(Some(period)));
}

#[component]
pub fn ServicePage(service: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    // Outside the page's closure, so that the notice survives the redraw its own change causes.
    let changed = RwSignal::new(false);
    let saved_period = JUST_SAVED.with(std::cell::Cell::take);
    move || {
        let performance = state.performance().with(|p| p.with_rollups().0);
        let Some(found) = performance.service(&service).cloned() else {
            return view! { <NotFoundPage/> }.into_any();
        };
        let periods = performance.periods_of(&found.id);
        let latest = periods.last().copied();
        let entered = state.performance().with(|p| p.periods_of(&found.id));
        let year_start = performance.year_start;
        view! {
            <IllustrativeBanner/>
            <Show when=move || changed.get()>
                <div class="notification notification--success" role="status"><p class="notification__heading">{t::details_saved()}</p></div>
            </Show>
            {saved_period.map(|period| view! {
                <div class="notification notification--success" role="status"><p class="notification__heading">{t::figures_saved(period.label(year_start))}</p></div>
            })}
            <a class="back-link" href=Route::Services.href()>{t::all_services()}</a>
            <h1 class="heading-l" tabindex="-1">{found.name.clone()}</h1>
            <SummaryList rows=vec![
                (t::description(), found.description.clone()),
                (t::owner(), found.owner.clone()),
                (t::category(), found.category.clone().unwrap_or_default()),
            ]/>
            <ManageService service=found.clone() changed=changed/>
            {latest.map(|period| view! {
                <h2 class="heading-m">{t::indicators_for(period.label(year_start))}</h2>
                <IndicatorSummary performance=performance.clone() service=Some(found.id.clone()) period=period/>
                <h2 class="heading-m">{t::targets()}</h2>
                <TargetsTable performance=performance.clone() service=Some(found.id.clone()) period=period editable=true/>
            })}
            <ChoosePeriod service=found.id.clone() latest=entered.last().copied() year_start=year_start/>
            <PeriodsTable performance=performance.clone() service=found.id.clone() periods=periods entered=entered/>
            {latest.map(|period| view! { <PerformanceCharts performance=performance.clone() service=Some(found.id.clone()) length=period.length()/> })}
        }
        .into_any()
    }
}

/// Changing the service's details, or removing it with all its figures.
#[component]
fn ManageService(service: Service, changed: RwSignal<bool>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let draft = ServiceDraft::new(Some(&service));
    let error = RwSignal::new(None::<String>);
    let confirming = RwSignal::new(false);
    let id = service.id.clone();
    let save = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let mut performance = state.performance().get_untracked();
            let problem = performance.name_problem(&draft.name.get_untracked(), Some(&id));
            error.set(problem.clone());
            if problem.is_some() {
                return;
            }
            if let Some(found) = performance.services.iter_mut().find(|s| s.id == id) {
                draft.fill(found);
            }
            changed.set(true);
            state.save_performance(performance);
        }
    };
    let remove = move || {
        let mut performance = state.performance().get_untracked();
        performance.services.retain(|s| s.id != id);
        performance.figures.retain(|f| f.service != id);
        performance.targets.retain(|t| t.service.as_ref() != Some(&id));
        state.save_performance(performance);
        state.clear_drafts(&id);
        web::navigate(&Route::Services);
    };
    view! {
        {move || error.get().map(|message| view! {
            <ErrorSummary title=t::problem() errors=vec![ErrorItem { message, field: Some("edit-service-name".into()) }]/>
        })}
        <details class="details" prop:open=move || error.with(Option::is_some)>
            <summary class="details__summary">{t::manage()}</summary>
            <div class="details__text">
                <form class="form" novalidate on:submit=save>
                    <ServiceFields ids=ServiceFieldIds { name: "edit-service-name", description: "edit-service-description", owner: "edit-service-owner", category: "edit-service-category" }
                        draft=draft error=error/>
                    <button type="submit" class="button button--secondary">{t::save_details()}</button>
                </form>
                <Show when=move || confirming.get()
                    fallback=move || view! { <button type="button" class="button button--warning" on:click=move |_| confirming.set(true)>{t::remove()}</button> }>
                    <Confirm label=t::remove_question() heading=true yes=t::yes_remove() no=t::cancel()
                        on_yes=remove.clone() on_no=move || confirming.set(false)>
                        <p class="body">{t::remove_warning()}</p>
                    </Confirm>
                </Show>
            </div>
        </details>
    }
}

/// Picks the period to enter figures for, then opens its form.
#[component]
fn ChoosePeriod(service: String, latest: Option<Period>, year_start: YearStart) -> impl IntoView {
    let suggested = match latest {
        Some(latest) => latest.next(),
        None => Period::quarter_of(web::now().date(), year_start).previous(),
    };
    let typed = RwSignal::new(suggested.financial_name(year_start).unwrap_or_else(|| suggested.code()));
    let error = RwSignal::new(false);
    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match Period::parse_named(&typed.get_untracked(), year_start) {
            Some(period) => web::navigate(&Route::ServiceFigures { service: service.clone(), period }),
            None => error.set(true),
        }
    };
    let PeriodHelp { hint, message } = PeriodHelp::new(year_start);
    let summary_message = message.clone();
    view! {
        <Show when=move || error.get()>
            <ErrorSummary title=t::problem() errors=vec![ErrorItem { message: summary_message.clone(), field: Some(PERIOD_ID.into()) }]/>
        </Show>
        <h2 class="heading-m">{t::enter_figures()}</h2>
        <form class="form" novalidate on:submit=open>
            <div class="form-group" class:form-group--error=move || error.get()>
                <label class="label" for=PERIOD_ID>{t::period()}</label>
                <div class="hint" id="figures-period-hint">{hint}</div>
                <Show when=move || error.get()>
                    <p class="error-message" id="figures-period-error"><span class="visually-hidden">{t::error_prefix()}</span>{message.clone()}</p>
                </Show>
                <input class="input input--short" type="text" id=PERIOD_ID spellcheck="false"
                    aria-describedby=move || if error.get() { "figures-period-hint figures-period-error" } else { "figures-period-hint" }
                    prop:value=move || typed.get() on:input=move |ev| typed.set(event_target_value(&ev))/>
            </div>
            <button type="submit" class="button">{t::enter_for_period()}</button>
        </form>
    }
}

/// Every period with figures, newest first, with the indicators and a link to change them.
#[component]
fn PeriodsTable(
    performance: Performance,
    service: String,
    periods: Vec<Period>,
    entered: Vec<Period>,
) -> impl IntoView {
    let year_start = performance.year_start;
    if periods.is_empty() {
        return view! { <p class="body">{t::no_figures()}</p> }.into_any();
    }
    let rows = periods
        .iter()
        .rev()
        .map(|period| {
            let indicators = Indicators::for_service(&performance, &service, *period);
            let change = Route::ServiceFigures { service: service.clone(), period: *period };
            let label = period.label(year_start);
            // A quarter or year added up from months is changed through its months.
            let action = if entered.contains(period) {
                view! { <a href=change.href()>{t::change()}<span class="visually-hidden">{t::change_hidden(&label)}</span></a> }.into_any()
            } else {
                view! { <span class="hint">{t::added_up()}</span> }.into_any()
            };
            view! {
                <tr class="table__row">
                    <th scope="row" class="table__header">{period.label(year_start)}</th>
                    <td class="table__cell table__cell--numeric">{format::optional_count(indicators.volume)}</td>
                    <td class="table__cell table__cell--numeric">{format::pounds(indicators.cost_per_transaction)}</td>
                    <td class="table__cell table__cell--numeric">{format::share(indicators.satisfaction)}</td>
                    <td class="table__cell table__cell--numeric">{format::share(indicators.completion_rate)}</td>
                    <td class="table__cell table__cell--numeric">{format::share(indicators.take_up)}</td>
                    <td class="table__cell">{action}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h2 class="heading-m">{t::every_period()}</h2>
        <div class="table-scroll" tabindex="0" role="region" aria-label=t::scrolls()>
            <table class="table service-table">
                <caption class="table__caption">{t::caption()}</caption>
                <thead><tr class="table__row">
                    <th scope="col" class="table__header">{t::period()}</th>
                    <th scope="col" class="table__header table__header--numeric">{t::transactions()}</th>
                    <th scope="col" class="table__header table__header--numeric">{t::cost_per_transaction()}</th>
                    <th scope="col" class="table__header table__header--numeric">{t::satisfaction()}</th>
                    <th scope="col" class="table__header table__header--numeric">{t::completion_rate()}</th>
                    <th scope="col" class="table__header table__header--numeric">{t::take_up()}</th>
                    <th scope="col" class="table__header"><span class="visually-hidden">{t::action()}</span></th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
