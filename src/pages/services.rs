//! The services register: every service ranked by volume, adding a service, and moving figures
//! in and out (CSV template, import from CSV or a workbook, CSV, workbook and JSON export, JSON
//! import, the sample data).

use std::rc::Rc;

use futures::FutureExt;
use leptos::prelude::*;

use crate::components::confirm::{Confirm, FileField, JSON_FILES, SHEET_FILES};
use crate::components::document_download::{DocumentDownload, MakeDocument};
use crate::components::error_summary::{ErrorItem, FileProblems};
use crate::components::performance::{IllustrativeBanner, PeriodHelp, ServiceDraft, ServiceFieldIds, ServiceFields};
use crate::domain::performance::file::{self, MAX_PERFORMANCE_BYTES};
use crate::domain::performance::format;
use crate::domain::performance::indicators::{TOP_SERVICES, is_top, volume_ranking};
use crate::domain::performance::{Figures, Performance, Period, Service, sample, sheet};
use crate::domain::text;
use crate::i18n::t::services as t;
use crate::office::figures_workbook;
use crate::routes::Route;
use crate::state::AppState;
use crate::web;

const NAME_ID: &str = "service-name";
const TEMPLATE_PERIOD_ID: &str = "template-period";
const FIGURES_INPUT_ID: &str = "figures-csv";
const JSON_INPUT_ID: &str = "performance-json";

#[component]
pub fn ServicesPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let has_services = move || state.performance().with(|p| !p.services.is_empty());
    view! {
        <IllustrativeBanner/>
        <h1 class="heading-l" tabindex="-1">{t::heading()}</h1>
        <p class="body">{t::intro()}</p>
        <p class="body"><a href=Route::Performance.href()>{t::dashboard_link()}</a></p>
        <Show when=has_services fallback=|| view! { <SampleData/> }>
            <Register/>
        </Show>
        <AddService/>
        <Show when=has_services>
            <Transfers/>
            <SampleData/>
            <DeleteAll/>
        </Show>
    }
}

/// The services, largest first by volume in the latest period, the top ones marked.
#[component]
fn Register() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let performance = state.performance().get();
        let latest = performance.periods().last().copied();
        let caption = match latest {
            Some(period) => t::ranked_caption(period.label(performance.year_start)),
            None => t::unranked_caption().to_string(),
        };
        let ranking = volume_ranking(&performance, latest);
        let ranked = ranking.iter().filter(|(rank, ..)| rank.is_some()).count();
        let rows = ranking
            .into_iter()
            .map(|(rank, service, volume)| {
                let top = is_top(rank, ranked);
                view! {
                    <tr class="table__row" class:table__row--highlight=top>
                        <td class="table__cell table__cell--numeric">{rank.map_or("–".to_string(), |r| r.to_string())}</td>
                        <th scope="row" class="table__header">
                            <a href=Route::Service { service: service.id.clone() }.href()>{service.name.clone()}</a>
                            {top.then(|| view! { " " <strong class="tag tag--blue tag--inline">{t::top_tag(TOP_SERVICES)}</strong> })}
                        </th>
                        <td class="table__cell table__cell--numeric">{format::optional_count(volume)}</td>
                        <td class="table__cell">{service.category.clone().unwrap_or_default()}</td>
                        <td class="table__cell">{service.owner.clone()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-scroll" tabindex="0" role="region" aria-label=t::register_scrolls()>
                <table class="table service-table">
                    <caption class="table__caption">{caption}</caption>
                    <thead><tr class="table__row">
                        <th scope="col" class="table__header table__header--numeric">{t::rank()}</th>
                        <th scope="col" class="table__header">{t::service()}</th>
                        <th scope="col" class="table__header table__header--numeric">{t::transactions()}</th>
                        <th scope="col" class="table__header">{t::category()}</th>
                        <th scope="col" class="table__header">{t::owner()}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    }
}

/// A form for a new service; only the name is needed.
#[component]
fn AddService() -> impl IntoView {
    let state = expect_context::<AppState>();
    let draft = ServiceDraft::new(None);
    let error = RwSignal::new(None::<String>);
    let added = RwSignal::new(None::<String>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut performance = state.performance().get_untracked();
        let problem = performance.name_problem(&draft.name.get_untracked(), None);
        error.set(problem.clone());
        if problem.is_some() {
            added.set(None);
            return;
        }
        let mut service = Service::default();
        draft.fill(&mut service);
        service.id = performance.new_service_id(&service.name);
        added.set(Some(service.name.clone()));
        performance.services.push(service);
        state.save_performance(performance);
        draft.clear();
    };
    view! {
        {move || error.get().map(|message| view! {
            <FileProblems title=t::problem() errors=vec![ErrorItem { message, field: Some(NAME_ID.into()) }]/>
        })}
        {move || added.get().map(|service| view! {
            <div class="notification notification--success" role="status">
                <p class="notification__heading">{t::added_before()}<bdi>{service}</bdi>{t::added_after()}</p>
            </div>
        })}
        <h2 class="heading-m">{t::add_heading()}</h2>
        <form class="form" novalidate on:submit=add>
            <ServiceFields ids=ServiceFieldIds { name: NAME_ID, description: "service-description", owner: "service-owner", category: "service-category" }
                draft=draft error=error/>
            <button type="submit" class="button button--secondary">{t::add_button()}</button>
        </form>
    }
}

/// Where an import or a replacement has got to.
#[derive(Debug, Clone, PartialEq)]
enum Transfer {
    Idle,
    Failed {
        file: String,
        field: &'static str,
        problems: Vec<String>,
    },
    /// Imported figures, `clashes` of which would replace different figures already held.
    ConfirmFigures {
        figures: Vec<Figures>,
        clashes: usize,
    },
    /// A whole data set that would replace what is here.
    ConfirmReplace(Box<Performance>),
    Done(String),
}

/// The CSV template, importing figures, and exporting everything.
#[component]
fn Transfers() -> impl IntoView {
    let state = expect_context::<AppState>();
    let transfer = RwSignal::new(Transfer::Idle);
    let year_start = state.performance().with_untracked(|p| p.year_start);
    let this_quarter = Period::quarter_of(web::now().date(), year_start);
    let template_period = RwSignal::new(this_quarter.financial_name(year_start).unwrap_or_else(|| this_quarter.code()));
    let period_error = RwSignal::new(false);
    let PeriodHelp { hint, message } = PeriodHelp::new(year_start);
    let download_template = move |_| match Period::parse_named(&template_period.get_untracked(), year_start) {
        Some(period) => {
            period_error.set(false);
            let (text, name) =
                state.performance().with_untracked(|p| (sheet::template(p, period), sheet::period_cell(period, p)));
            let name = t::template_file(name.replace(['/', ' ', '+'], "-"));
            let _ = web::download(&name, "text/csv", &text);
        }
        None => {
            period_error.set(true);
            web::focus(TEMPLATE_PERIOD_ID);
        }
    };
    let accept_figures = move |figures: Vec<Figures>| {
        let count = figures.len();
        let mut performance = state.performance().get_untracked();
        performance.merge(figures);
        state.save_performance(performance);
        transfer.set(Transfer::Done(t::imported(count)));
    };
    let on_figures = move |ev: leptos::ev::Event| {
        let Some(chosen) = web::take_chosen_file(&ev) else { return };
        let name = chosen.name();
        leptos::task::spawn_local(async move {
            let outcome = match web::read_file_bytes(chosen, MAX_PERFORMANCE_BYTES).await {
                Err(problem) => Err(vec![problem]),
                // A workbook is read by a chunk of its own, fetched the first time one is chosen.
                Ok(bytes) if figures_workbook::is_workbook(&name, &bytes) => {
                    crate::exports::figures_from_workbook(bytes, state.performance().get_untracked()).await
                }
                Ok(bytes) => text::from_bytes(bytes).map_err(|problem| vec![problem.to_string()]).and_then(|text| {
                    state
                        .performance()
                        .with_untracked(|p| sheet::import(&text, p))
                        .map_err(|problems| problems.0.iter().map(ToString::to_string).collect())
                }),
            };
            match outcome {
                Err(problems) => transfer.set(Transfer::Failed { file: name, field: FIGURES_INPUT_ID, problems }),
                Ok(figures) if figures.is_empty() => transfer.set(Transfer::Failed {
                    file: name,
                    field: FIGURES_INPUT_ID,
                    problems: vec![t::no_figures_in_file().into()],
                }),
                Ok(figures) => match state.performance().with_untracked(|p| p.clashes(&figures)) {
                    0 => accept_figures(figures),
                    clashes => transfer.set(Transfer::ConfirmFigures { figures, clashes }),
                },
            }
        });
    };
    let on_json = move |ev: leptos::ev::Event| {
        let Some(chosen) = web::take_chosen_file(&ev) else { return };
        let name = chosen.name();
        leptos::task::spawn_local(async move {
            let read = web::read_file(chosen, MAX_PERFORMANCE_BYTES).await;
            match read.map_err(|p| vec![p]).and_then(|text| {
                file::from_json(&text).map_err(|problems| problems.0.iter().map(ToString::to_string).collect())
            }) {
                Err(problems) => transfer.set(Transfer::Failed { file: name, field: JSON_INPUT_ID, problems }),
                Ok(performance) => transfer.set(Transfer::ConfirmReplace(Box::new(performance))),
            }
        });
    };
    let export_csv = move |_| {
        let text = state.performance().with_untracked(sheet::export);
        let _ = web::download(&t::figures_file(web::now().date()), "text/csv", &text);
    };
    let workbook: MakeDocument =
        Rc::new(move || crate::exports::performance_workbook(state.performance().get_untracked()).boxed_local());
    let export_json = move |_| {
        let text = state.performance().with_untracked(file::to_json);
        let _ = web::download(&t::data_file(web::now().date()), "application/json", &text);
    };
    view! {
        {move || match transfer.get() {
            Transfer::Failed { file, field, problems } => {
                let errors = problems.into_iter().map(|message| ErrorItem { message, field: Some(field.into()) }).collect();
                view! { <FileProblems title=t::not_imported(file) errors=errors/> }.into_any()
            }
            Transfer::Done(message) => view! {
                <div class="notification notification--success" role="status"><p class="notification__heading">{message}</p></div>
            }.into_any(),
            _ => ().into_any(),
        }}
        <h2 class="heading-m">{t::import_heading()}</h2>
        <p class="body">{t::import_intro()}</p>
        <div class="form-group" class:form-group--error=move || period_error.get()>
            <label class="label" for=TEMPLATE_PERIOD_ID>{t::template_period()}</label>
            <div class="hint" id="template-period-hint">{hint}</div>
            <Show when=move || period_error.get()>
                <p class="error-message" id="template-period-error"><span class="visually-hidden">{t::error_prefix()}</span>{message.clone()}</p>
            </Show>
            <input class="input input--short" type="text" id=TEMPLATE_PERIOD_ID spellcheck="false"
                aria-describedby=move || if period_error.get() { "template-period-hint template-period-error" } else { "template-period-hint" }
                prop:value=move || template_period.get() on:input=move |ev| template_period.set(event_target_value(&ev))/>
        </div>
        <p class="body"><button type="button" class="button button--secondary" on:click=download_template>{t::download_template()}</button></p>
        {move || match transfer.get() {
            Transfer::ConfirmFigures { figures, clashes } => view! {
                <Confirm label=t::clash_question() heading=true yes=t::replace_them() no=t::cancel_import()
                    on_yes=move || accept_figures(figures.clone()) on_no=move || transfer.set(Transfer::Idle)>
                    <p class="body">{t::clashes(clashes)}</p>
                </Confirm>
            }.into_any(),
            _ => ().into_any(),
        }}
        <FileField accept=SHEET_FILES id=FIGURES_INPUT_ID label=t::upload_figures()
            hint=t::upload_figures_hint()
            failed=Signal::derive(move || matches!(transfer.get(), Transfer::Failed { field: FIGURES_INPUT_ID, .. })) on_file=on_figures/>

        <h2 class="heading-m">{t::export_heading()}</h2>
        <div class="button-group">
            <button type="button" class="button button--secondary" on:click=export_csv>{t::download_figures()}</button>
            <DocumentDownload label=crate::i18n::t::document_download::workbook().to_string() make=workbook/>
            <button type="button" class="button button--secondary" on:click=export_json>{t::download_data()}</button>
        </div>
        {move || match transfer.get() {
            Transfer::ConfirmReplace(incoming) => {
                let summary = t::file_summary(incoming.services.len(), incoming.figures.len());
                view! {
                    <Confirm label=t::replace_question() heading=true yes=t::replace_all() no=t::keep()
                        on_yes=move || { state.save_performance((*incoming).clone()); transfer.set(Transfer::Done(t::replaced().into())); }
                        on_no=move || transfer.set(Transfer::Idle)>
                        <p class="body">{summary.clone()}</p>
                    </Confirm>
                }.into_any()
            }
            _ => ().into_any(),
        }}
        <FileField accept=JSON_FILES id=JSON_INPUT_ID label=t::upload_data()
            hint=t::upload_data_hint()
            failed=Signal::derive(move || matches!(transfer.get(), Transfer::Failed { field: JSON_INPUT_ID, .. })) on_file=on_json/>
    }
}

/// Loading the made-up data set, asking first if it would replace anything.
#[component]
fn SampleData() -> impl IntoView {
    let state = expect_context::<AppState>();
    let confirming = RwSignal::new(false);
    let load = move || {
        state.save_performance(sample::sample());
        confirming.set(false);
    };
    view! {
        <h2 class="heading-m">{t::sample_heading()}</h2>
        <p class="body">{t::sample_intro()}</p>
        <Show when=move || confirming.get()
            fallback=move || view! {
                <button type="button" class="button button--secondary" on:click=move |_| {
                    if state.performance().with_untracked(Performance::is_empty) { load() } else { confirming.set(true) }
                }>{t::load_sample()}</button>
            }>
            <Confirm label=t::sample_question() heading=true yes=t::yes_sample() no=t::cancel()
                on_yes=load on_no=move || confirming.set(false)>
                <p class="body">{t::sample_warning()}</p>
            </Confirm>
        </Show>
    }
}

/// Removing every service and figure, after asking.
#[component]
fn DeleteAll() -> impl IntoView {
    let state = expect_context::<AppState>();
    let confirming = RwSignal::new(false);
    view! {
        <h2 class="heading-m">{t::delete_heading()}</h2>
        <Show when=move || confirming.get()
            fallback=move || view! { <button type="button" class="button button--warning" on:click=move |_| confirming.set(true)>{t::delete_button()}</button> }>
            <Confirm label=t::delete_question() heading=true yes=t::yes_delete() no=t::cancel()
                on_yes=move || {
                    let (channels, services) = state.performance().with_untracked(|p| (p.channels.clone(), p.services.clone()));
                    state.save_performance(Performance { channels, ..Performance::default() });
                    for service in services {
                        state.clear_drafts(&service.id);
                    }
                    confirming.set(false);
                }
                on_no=move || confirming.set(false)>
                <p class="body">{t::delete_warning()}</p>
            </Confirm>
        </Show>
    }
}
