//! The services register: every service ranked by volume, adding a service, and moving figures
//! in and out (CSV template and import, CSV and JSON export, JSON import, the sample data).

use leptos::prelude::*;

use crate::components::confirm::{CSV_FILES, Confirm, FileField, JSON_FILES};
use crate::components::error_summary::{ErrorItem, FileProblems};
use crate::components::performance::{IllustrativeBanner, PeriodHelp, ServiceDraft, ServiceFieldIds, ServiceFields};
use crate::domain::performance::file::{self, MAX_PERFORMANCE_BYTES};
use crate::domain::performance::format;
use crate::domain::performance::indicators::{TOP_SERVICES, is_top, volume_ranking};
use crate::domain::performance::{Figures, Performance, Period, Service, sample, sheet};
use crate::routes::Route;
use crate::state::AppState;
use crate::web;

const NAME_ID: &str = "service-name";
const TEMPLATE_PERIOD_ID: &str = "template-period";
const CSV_INPUT_ID: &str = "figures-csv";
const JSON_INPUT_ID: &str = "performance-json";

#[component]
pub fn ServicesPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let has_services = move || state.performance().with(|p| !p.services.is_empty());
    view! {
        <IllustrativeBanner/>
        <h1 class="heading-l" tabindex="-1">"Services"</h1>
        <p class="body">"List the services people use most, then record for each period how many transactions each channel completed, what they cost and how satisfied people were. Councils are asked to track at least their top 10 to 20 services by volume."</p>
        <p class="body"><a href=Route::Performance.href()>"Go to the performance dashboard"</a></p>
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
            Some(period) => {
                format!("Services ranked by transactions completed in {}", period.label(performance.year_start))
            }
            None => "Services (no figures yet)".to_string(),
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
                            {top.then(|| view! { " " <strong class="tag tag--blue tag--inline">{format!("Top {TOP_SERVICES}")}</strong> })}
                        </th>
                        <td class="table__cell table__cell--numeric">{format::optional_count(volume)}</td>
                        <td class="table__cell">{service.category.clone().unwrap_or_default()}</td>
                        <td class="table__cell">{service.owner.clone()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-scroll" tabindex="0" role="region" aria-label="Services register (scrolls sideways)">
                <table class="table service-table">
                    <caption class="table__caption">{caption}</caption>
                    <thead><tr class="table__row">
                        <th scope="col" class="table__header table__header--numeric">"Rank"</th>
                        <th scope="col" class="table__header">"Service"</th>
                        <th scope="col" class="table__header table__header--numeric">"Transactions"</th>
                        <th scope="col" class="table__header">"Category"</th>
                        <th scope="col" class="table__header">"Owner"</th>
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
            <FileProblems title="There is a problem" errors=vec![ErrorItem { message, field: Some(NAME_ID.into()) }]/>
        })}
        {move || added.get().map(|service| view! {
            <div class="notification notification--success" role="status">
                <p class="notification__heading">"Added “"<bdi>{service}</bdi>"” to the register"</p>
            </div>
        })}
        <h2 class="heading-m">"Add a service"</h2>
        <form class="form" novalidate on:submit=add>
            <ServiceFields ids=ServiceFieldIds { name: NAME_ID, description: "service-description", owner: "service-owner", category: "service-category" }
                draft=draft error=error/>
            <button type="submit" class="button button--secondary">"Add the service"</button>
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
            let name = format!("almanac-figures-template-{}.csv", name.replace(['/', ' ', '+'], "-"));
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
        transfer.set(Transfer::Done(match count {
            1 => "Imported 1 row of figures.".to_string(),
            n => format!("Imported {n} rows of figures."),
        }));
    };
    let on_csv = move |ev: leptos::ev::Event| {
        let Some(chosen) = web::take_chosen_file(&ev) else { return };
        let name = chosen.name();
        leptos::task::spawn_local(async move {
            let read = web::read_file(chosen, MAX_PERFORMANCE_BYTES).await;
            let outcome = read.map_err(|p| vec![p]).and_then(|text| {
                state
                    .performance()
                    .with_untracked(|p| sheet::import(&text, p))
                    .map_err(|problems| problems.0.iter().map(ToString::to_string).collect())
            });
            match outcome {
                Err(problems) => transfer.set(Transfer::Failed { file: name, field: CSV_INPUT_ID, problems }),
                Ok(figures) if figures.is_empty() => transfer.set(Transfer::Failed {
                    file: name,
                    field: CSV_INPUT_ID,
                    problems: vec!["there are no figures in the file: every row’s figures are blank".into()],
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
        let _ = web::download(&format!("almanac-service-figures-{}.csv", web::now().date()), "text/csv", &text);
    };
    let export_json = move |_| {
        let text = state.performance().with_untracked(file::to_json);
        let _ = web::download(
            &format!("almanac-service-performance-{}.json", web::now().date()),
            "application/json",
            &text,
        );
    };
    view! {
        {move || match transfer.get() {
            Transfer::Failed { file, field, problems } => {
                let errors = problems.into_iter().map(|message| ErrorItem { message, field: Some(field.into()) }).collect();
                view! { <FileProblems title=format!("{file} could not be imported") errors=errors/> }.into_any()
            }
            Transfer::Done(message) => view! {
                <div class="notification notification--success" role="status"><p class="notification__heading">{message}</p></div>
            }.into_any(),
            _ => ().into_any(),
        }}
        <h2 class="heading-m">"Import figures from a spreadsheet"</h2>
        <p class="body">"Download the template for a period: it has a row for every service and channel, with any figures already entered. Fill it in, save it as CSV and upload it. Rows left blank are skipped."</p>
        <div class="form-group" class:form-group--error=move || period_error.get()>
            <label class="label" for=TEMPLATE_PERIOD_ID>"Period for the template"</label>
            <div class="hint" id="template-period-hint">{hint}</div>
            <Show when=move || period_error.get()>
                <p class="error-message" id="template-period-error"><span class="visually-hidden">"Error: "</span>{message.clone()}</p>
            </Show>
            <input class="input input--short" type="text" id=TEMPLATE_PERIOD_ID spellcheck="false"
                aria-describedby=move || if period_error.get() { "template-period-hint template-period-error" } else { "template-period-hint" }
                prop:value=move || template_period.get() on:input=move |ev| template_period.set(event_target_value(&ev))/>
        </div>
        <p class="body"><button type="button" class="button button--secondary" on:click=download_template>"Download the CSV template"</button></p>
        {move || match transfer.get() {
            Transfer::ConfirmFigures { figures, clashes } => view! {
                <Confirm label="Some figures are already entered" heading=true yes="Replace them" no="Cancel the import"
                    on_yes=move || accept_figures(figures.clone()) on_no=move || transfer.set(Transfer::Idle)>
                    <p class="body">{format!("{clashes} row(s) of the file have different figures for a service, period and channel already entered. Replace those with the file’s figures? Nothing changes if you cancel.")}</p>
                </Confirm>
            }.into_any(),
            _ => ().into_any(),
        }}
        <FileField accept=CSV_FILES id=CSV_INPUT_ID label="Upload filled-in figures"
            hint="A .csv file in the template’s layout. Nothing is changed unless every row is valid."
            failed=Signal::derive(move || matches!(transfer.get(), Transfer::Failed { field: CSV_INPUT_ID, .. })) on_file=on_csv/>

        <h2 class="heading-m">"Export and import service data"</h2>
        <div class="button-group">
            <button type="button" class="button button--secondary" on:click=export_csv>"Download all figures (CSV)"</button>
            <button type="button" class="button button--secondary" on:click=export_json>"Download all service data (JSON)"</button>
        </div>
        {move || match transfer.get() {
            Transfer::ConfirmReplace(incoming) => {
                let summary = format!("The file has {} service(s) and {} row(s) of figures. It replaces every service and figure on this device.", incoming.services.len(), incoming.figures.len());
                view! {
                    <Confirm label="Replace the service data on this device?" heading=true yes="Replace all service data" no="Keep what is here"
                        on_yes=move || { state.save_performance((*incoming).clone()); transfer.set(Transfer::Done("The service data was replaced.".into())); }
                        on_no=move || transfer.set(Transfer::Idle)>
                        <p class="body">{summary.clone()}</p>
                    </Confirm>
                }.into_any()
            }
            _ => ().into_any(),
        }}
        <FileField accept=JSON_FILES id=JSON_INPUT_ID label="Upload service data (JSON)"
            hint="A service data file downloaded from Almanac. You will be asked before anything is replaced."
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
        <h2 class="heading-m">"Try it with sample data"</h2>
        <p class="body">"Load twelve made-up services with four quarters of figures, to see how the register, the indicators and the charts work. The figures are illustrative, not real."</p>
        <Show when=move || confirming.get()
            fallback=move || view! {
                <button type="button" class="button button--secondary" on:click=move |_| {
                    if state.performance().with_untracked(Performance::is_empty) { load() } else { confirming.set(true) }
                }>"Load the illustrative sample data"</button>
            }>
            <Confirm label="Replace your service data with the sample?" heading=true yes="Yes, replace it with the sample" no="Cancel"
                on_yes=load on_no=move || confirming.set(false)>
                <p class="body">"Every service and figure on this device will be replaced by the made-up sample. Download your data first if you want to keep it."</p>
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
        <h2 class="heading-m">"Delete all service data"</h2>
        <Show when=move || confirming.get()
            fallback=move || view! { <button type="button" class="button button--warning" on:click=move |_| confirming.set(true)>"Delete all service data"</button> }>
            <Confirm label="Are you sure you want to delete all service data?" heading=true yes="Yes, delete all service data" no="Cancel"
                on_yes=move || {
                    let (channels, services) = state.performance().with_untracked(|p| (p.channels.clone(), p.services.clone()));
                    state.save_performance(Performance { channels, ..Performance::default() });
                    for service in services {
                        state.clear_drafts(&service.id);
                    }
                    confirming.set(false);
                }
                on_no=move || confirming.set(false)>
                <p class="body">"Every service and figure will be deleted from this browser. Your channels and unit-cost assumptions are kept. This cannot be undone."</p>
            </Confirm>
        </Show>
    }
}
