//! The frameworks on this device: download any of them, import a council's own, remove imports.

use leptos::prelude::*;

use crate::components::confirm::{Confirm, FileField, JSON_FILES};
use crate::components::error_summary::{ErrorItem, FileProblems};
use crate::domain::exchange::MAX_FILE_BYTES;
use crate::domain::framework::Framework;
use crate::domain::language::Language;
use crate::i18n::t::frameworks as t;
use crate::state::AppState;
use crate::web;

const IMPORT_INPUT_ID: &str = "import-framework";

#[derive(Debug, Clone, PartialEq)]
enum ImportState {
    Idle,
    Failed { file: String, problems: Vec<String> },
    Done(String),
}

#[component]
pub fn FrameworksPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let import = RwSignal::new(ImportState::Idle);
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = web::take_chosen_file(&ev) else { return };
        let name = file.name();
        leptos::task::spawn_local(async move {
            let outcome = match web::read_file(file, MAX_FILE_BYTES).await {
                Err(problem) => ImportState::Failed { file: name, problems: vec![problem] },
                Ok(text) => match Framework::from_json(&text) {
                    Err(problems) => ImportState::Failed {
                        file: name,
                        problems: problems.0.iter().map(ToString::to_string).collect(),
                    },
                    Ok(framework) => {
                        let title = t::title_and_version(&framework.title, &framework.version);
                        match state.add_framework(framework) {
                            Ok(()) => ImportState::Done(title),
                            Err(problem) => ImportState::Failed { file: name, problems: vec![problem.to_string()] },
                        }
                    }
                },
            };
            import.set(outcome);
        });
    };

    view! {
        {move || match import.get() {
            ImportState::Failed { file, problems } => {
                let errors = problems.into_iter().map(|message| ErrorItem { message, field: Some(IMPORT_INPUT_ID.into()) }).collect();
                view! {
                    <FileProblems title=t::not_imported(file) errors=errors/>
                    <p class="hint">{t::not_imported_hint()}</p>
                }
                .into_any()
            }
            ImportState::Done(title) => view! {
                <div class="notification notification--success" role="status">
                    <p class="notification__heading">{t::imported()}<bdi>{title}</bdi></p>
                    <p class="body">{t::imported_body()}</p>
                </div>
            }.into_any(),
            ImportState::Idle => ().into_any(),
        }}
        <h1 class="heading-l" tabindex="-1">{t::heading()}</h1>
        <p class="body">{t::intro()}</p>
        <ul class="saved-list">
            {move || state.catalogue.with(|catalogue| catalogue.offered().map(|f| (f.clone(), catalogue.is_built_in(f))).collect::<Vec<_>>())
                .into_iter()
                .map(|(framework, built_in)| view! { <FrameworkItem framework=framework built_in=built_in/> })
                .collect_view()}
        </ul>
        <h2 class="heading-m">{t::import_heading()}</h2>
        <FileField accept=JSON_FILES id=IMPORT_INPUT_ID label=t::upload_label()
            hint=t::upload_hint()
            failed=Signal::derive(move || matches!(import.get(), ImportState::Failed { .. })) on_file=on_file/>
    }
}

/// One framework with what it holds and what can be done with it.
#[component]
fn FrameworkItem(framework: Framework, built_in: bool) -> impl IntoView {
    let state = expect_context::<AppState>();
    let confirming = RwSignal::new(false);
    let (id, version) = (framework.id.clone(), framework.version.clone());
    let users = {
        let (id, version) = (id.clone(), version.clone());
        Memo::new(move |_| {
            state
                .assessments
                .with(|all| all.iter().filter(|a| a.framework.id == id && a.framework.version == version).count())
        })
    };
    let file_name = t::file_name(&framework.id, &framework.version);
    let text = serde_json::to_string_pretty(&framework).expect("a framework always serialises");
    let heading_id = format!("framework-{}-{}", framework.id, framework.version.replace('.', "-"));
    let remove = {
        let (id, version) = (id.clone(), version.clone());
        move || state.remove_framework(&id, &version)
    };
    // Each language named in itself, and marked as such for screen readers.
    let languages = framework
        .languages()
        .into_iter()
        .enumerate()
        .map(|(index, language)| {
            let name = match language {
                Language::English => t::language_english(),
                Language::Welsh => t::language_welsh(),
            };
            view! { {(index > 0).then_some(", ")}<span lang=language.code()>{name}</span> }
        })
        .collect_view();
    view! {
        <li class="saved-list__item">
            <h2 class="heading-s" id=heading_id>{framework.title.clone()}</h2>
            <p class="body">{framework.summary.clone()}</p>
            <dl class="summary-list">
                <div class="summary-list__row"><dt class="summary-list__key">{t::version()}</dt><dd class="summary-list__value">{framework.version.clone()}" "
                    {if built_in { view! { <strong class="tag tag--grey">{t::built_in()}</strong> } } else { view! { <strong class="tag tag--blue">{t::imported_tag()}</strong> } }}
                </dd></div>
                <div class="summary-list__row"><dt class="summary-list__key">{t::contents()}</dt><dd class="summary-list__value">{t::statements_in_areas(framework.statement_count(), framework.areas.len(), &framework.area_names.plural)}</dd></div>
                <div class="summary-list__row"><dt class="summary-list__key">{t::languages()}</dt><dd class="summary-list__value">{languages}</dd></div>
                <div class="summary-list__row"><dt class="summary-list__key">{t::source()}</dt><dd class="summary-list__value">{framework.source.clone()}</dd></div>
            </dl>
            <div class="button-group">
                <button type="button" class="button button--secondary" on:click=move |_| { let _ = web::download(&file_name, "application/json", &text); }>
                    {t::download()}<span class="visually-hidden">{format!(" {}", framework.title)}</span>
                </button>
                {(!built_in).then(|| view! {
                    <button type="button" class="button button--warning" on:click=move |_| confirming.set(true)>
                        {t::remove()}<span class="visually-hidden">{format!(" {}", framework.title)}</span>
                    </button>
                })}
            </div>
            <Show when=move || confirming.get()>
                {
                    let remove = remove.clone();
                    move || match users.get() {
                        0 => view! {
                            <Confirm label=t::confirm_removal() yes=t::remove_yes() no=t::cancel()
                                on_yes=remove.clone() on_no=move || confirming.set(false)>
                                <p class="body">{t::remove_question()}</p>
                            </Confirm>
                        }.into_any(),
                        n => view! {
                            <div class="confirm" role="alert">
                                <p class="body">{t::in_use(n)}</p>
                                <button type="button" class="button button--secondary" on:click=move |_| confirming.set(false)>{t::ok()}</button>
                            </div>
                        }.into_any(),
                    }
                }
            </Show>
        </li>
    }
}
