//! The frameworks on this device: download any of them, import a council's own, remove imports.

use leptos::prelude::*;

use crate::components::confirm::{Confirm, FileField, JSON_FILES};
use crate::components::error_summary::{ErrorItem, FileProblems};
use crate::domain::exchange::MAX_FILE_BYTES;
use crate::domain::framework::Framework;
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
                        let title = format!("{} (version {})", framework.title, framework.version);
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
                    <FileProblems title=format!("{file} could not be imported") errors=errors/>
                    <p class="hint">"A mistake in the JSON itself, or a value of the wrong type, stops Almanac reading the file there: fix it and import the file again to check the rest. Other problems are all listed at once."</p>
                }
                .into_any()
            }
            ImportState::Done(title) => view! {
                <div class="notification notification--success" role="status">
                    <p class="notification__heading">"Imported: "<bdi>{title}</bdi></p>
                    <p class="body">"You can now start an assessment with it."</p>
                </div>
            }.into_any(),
            ImportState::Idle => ().into_any(),
        }}
        <h1 class="heading-l" tabindex="-1">"Frameworks"</h1>
        <p class="body">"A framework is the set of statements an assessment is made against. Download one to see how it is written or to adapt it for your council, then import your edited copy with a new version number. Assessments always stay with the framework version they were made with."</p>
        <ul class="saved-list">
            {move || state.catalogue.with(|catalogue| catalogue.offered().map(|f| (f.clone(), catalogue.is_built_in(f))).collect::<Vec<_>>())
                .into_iter()
                .map(|(framework, built_in)| view! { <FrameworkItem framework=framework built_in=built_in/> })
                .collect_view()}
        </ul>
        <h2 class="heading-m">"Import a framework"</h2>
        <FileField accept=JSON_FILES id=IMPORT_INPUT_ID label="Upload a framework file"
            hint="A .json file in Almanac’s framework format. Problems are listed with where they are in the file."
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
    let file_name = format!("almanac-framework-{}-{}.json", framework.id, framework.version);
    let text = serde_json::to_string_pretty(&framework).expect("a framework always serialises");
    let heading_id = format!("framework-{}-{}", framework.id, framework.version.replace('.', "-"));
    let remove = {
        let (id, version) = (id.clone(), version.clone());
        move || state.remove_framework(&id, &version)
    };
    view! {
        <li class="saved-list__item">
            <h2 class="heading-s" id=heading_id>{framework.title.clone()}</h2>
            <p class="body">{framework.summary.clone()}</p>
            <dl class="summary-list">
                <div class="summary-list__row"><dt class="summary-list__key">"Version"</dt><dd class="summary-list__value">{framework.version.clone()}" "
                    {if built_in { view! { <strong class="tag tag--grey">"Built in"</strong> } } else { view! { <strong class="tag tag--blue">"Imported"</strong> } }}
                </dd></div>
                <div class="summary-list__row"><dt class="summary-list__key">"Contents"</dt><dd class="summary-list__value">{format!("{} statements in {} {}", framework.statement_count(), framework.areas.len(), framework.area_names.plural)}</dd></div>
                <div class="summary-list__row"><dt class="summary-list__key">"Source"</dt><dd class="summary-list__value">{framework.source.clone()}</dd></div>
            </dl>
            <div class="button-group">
                <button type="button" class="button button--secondary" on:click=move |_| { let _ = web::download(&file_name, "application/json", &text); }>
                    "Download"<span class="visually-hidden">{format!(" {}", framework.title)}</span>
                </button>
                {(!built_in).then(|| view! {
                    <button type="button" class="button button--warning" on:click=move |_| confirming.set(true)>
                        "Remove"<span class="visually-hidden">{format!(" {}", framework.title)}</span>
                    </button>
                })}
            </div>
            <Show when=move || confirming.get()>
                {
                    let remove = remove.clone();
                    move || match users.get() {
                        0 => view! {
                            <Confirm label="Confirm removal" yes="Yes, remove it" no="Cancel"
                                on_yes=remove.clone() on_no=move || confirming.set(false)>
                                <p class="body">"Remove this framework from this device?"</p>
                            </Confirm>
                        }.into_any(),
                        n => view! {
                            <div class="confirm" role="alert">
                                <p class="body">{format!("{n} saved assessment(s) use this framework. Delete or download them first, so that nothing is left without its framework.")}</p>
                                <button type="button" class="button button--secondary" on:click=move |_| confirming.set(false)>"OK"</button>
                            </div>
                        }.into_any(),
                    }
                }
            </Show>
        </li>
    }
}
