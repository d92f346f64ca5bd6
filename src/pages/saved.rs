//! Saved results: open, download or delete each; import a file; delete everything on this device.

use leptos::prelude::*;

use crate::components::confirm::{Confirm, FileField, JSON_FILES};
use crate::components::error_summary::{ErrorItem, FileProblems};
use crate::domain::assessment::Assessment;
use crate::domain::backup::{self, Backup, MAX_BACKUP_BYTES};
use crate::domain::carry::reassess_on;
use crate::domain::catalogue::QUICK_CHECK_ID;
use crate::domain::exchange::{self, MAX_FILE_BYTES};
use crate::domain::listing::{Filter, SortOrder, StatusFilter, sort_and_filter, title_of};
use crate::domain::scoring::{format_score, score};
use crate::i18n::t::saved as t;
use crate::pages::overview::CarriedNote;
use crate::routes::Route;
use crate::state::{AppState, Restored};
use crate::storage::{DamagedRecord, Key};
use crate::web;

const IMPORT_INPUT_ID: &str = "import-file";
const RESTORE_INPUT_ID: &str = "restore-file";

/// Where an import has got to.
#[derive(Debug, Clone, PartialEq)]
enum ImportState {
    Idle,
    Failed {
        file: String,
        problems: Vec<String>,
    },
    /// The file holds a result that is already saved: ask before replacing it.
    Conflict(Box<Assessment>),
    /// Saved; `beside` when a record that could not be read had its id.
    Done {
        result: Described,
        beside: bool,
    },
}

#[component]
pub fn SavedPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Read now, so that a service data record or group that cannot be read is listed below with
    // the others, to download or delete.
    let _ = (state.performance(), state.groups());
    let import = RwSignal::new(ImportState::Idle);
    let confirming_delete_all = RwSignal::new(false);
    let order = RwSignal::new(SortOrder::LastChanged);
    let filter = RwSignal::new(Filter { framework: None, status: StatusFilter::Any });

    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = web::take_chosen_file(&ev) else { return };
        let name = file.name();
        leptos::task::spawn_local(async move {
            let outcome = match web::read_file(file, MAX_FILE_BYTES).await {
                Err(problem) => ImportState::Failed { file: name, problems: vec![problem] },
                Ok(text) => match state.catalogue.with_untracked(|catalogue| exchange::from_json(&text, catalogue)) {
                    Err(problems) => ImportState::Failed {
                        file: name,
                        problems: problems.0.iter().map(ToString::to_string).collect(),
                    },
                    Ok(assessment)
                        if state.assessments.with_untracked(|all| all.iter().any(|a| a.id == assessment.id)) =>
                    {
                        ImportState::Conflict(Box::new(assessment))
                    }
                    // The record under its id could not be read: it stays as it was, and this
                    // result is saved beside it.
                    Ok(mut assessment) if state.is_set_aside(&Key::Assessment(assessment.id.clone())) => {
                        assessment.id = web::new_id();
                        let result = describe(&assessment, state);
                        state.save(assessment);
                        ImportState::Done { result, beside: true }
                    }
                    Ok(assessment) => {
                        let result = describe(&assessment, state);
                        state.save(assessment);
                        ImportState::Done { result, beside: false }
                    }
                },
            };
            import.set(outcome);
        });
    };

    let replace = move || {
        if let ImportState::Conflict(assessment) = import.get_untracked() {
            let result = describe(&assessment, state);
            state.save(*assessment);
            import.set(ImportState::Done { result, beside: false });
        }
    };

    view! {
        {move || match import.get() {
            ImportState::Failed { file, problems } => {
                let errors = problems.into_iter().map(|message| ErrorItem { message, field: Some(IMPORT_INPUT_ID.into()) }).collect();
                view! { <FileProblems title=t::import_failed(file) errors=errors/> }.into_any()
            }
            ImportState::Done { result, beside } => view! {
                <div class="notification notification--success" role="status">
                    <p class="notification__heading">{t::imported()}{result.view()}{beside.then_some(t::imported_beside())}</p>
                </div>
            }.into_any(),
            _ => ().into_any(),
        }}
        <h1 class="heading-l" tabindex="-1">{t::heading()}</h1>
        <Show when=move || state.assessments.with(|all| all.len() > 1)>
            <ListControls order=order filter=filter/>
        </Show>
        {move || {
            let all = state.assessments.get();
            let shown: Vec<Assessment> = state.catalogue.with(|catalogue| {
                sort_and_filter(&all, catalogue, order.get(), &filter.get()).into_iter().cloned().collect()
            });
            if all.is_empty() {
                view! { <p class="body">{t::none_saved()}</p> }.into_any()
            } else if shown.is_empty() {
                view! { <p class="body">{t::none_shown()}</p> }.into_any()
            } else {
                view! {
                    <ul class="saved-list">
                        {shown.into_iter().map(|assessment| view! { <SavedItem assessment=assessment/> }).collect_view()}
                    </ul>
                }.into_any()
            }
        }}
        <Show when=move || !state.damaged.with(Vec::is_empty)>
            <div class="notification notification--warning" role="region" aria-labelledby="damaged-title">
                <h2 class="notification__title" id="damaged-title">{t::damaged_heading()}</h2>
                <p class="body">{t::damaged_body()}</p>
                <ul class="saved-list">{move || state.damaged.get().into_iter().map(|record| view! { <DamagedItem record=record/> }).collect_view()}</ul>
            </div>
        </Show>

        <h2 class="heading-m">{t::import_heading()}</h2>
        {move || match import.get() {
            ImportState::Conflict(assessment) => view! {
                <Confirm label=t::already_saved() heading=true
                    yes=t::replace_saved() no=t::keep_saved()
                    on_yes=replace on_no=move || import.set(ImportState::Idle)>
                    <p class="body">{describe(&assessment, state).view()}{t::already_here()}</p>
                </Confirm>
            }.into_any(),
            _ => ().into_any(),
        }}
        <FileField accept=JSON_FILES id=IMPORT_INPUT_ID label=t::import_label()
            hint=t::import_hint()
            failed=Signal::derive(move || matches!(import.get(), ImportState::Failed { .. })) on_file=on_file/>

        <BackupRestore/>

        <h2 class="heading-m">{t::delete_everything_heading()}</h2>
        <p class="body">{t::delete_everything_body()}</p>
        <Show
            when=move || confirming_delete_all.get()
            fallback=move || view! { <button type="button" class="button button--warning" on:click=move |_| confirming_delete_all.set(true)>{t::delete_everything()}</button> }
        >
            <Confirm label=t::delete_everything_sure() heading=true yes=t::delete_everything_yes() no=t::cancel()
                on_yes=move || { state.delete_everything(); confirming_delete_all.set(false); import.set(ImportState::Idle); }
                on_no=move || confirming_delete_all.set(false)>
                <p class="body">{move || t::delete_everything_count(state.assessments.with(Vec::len))}</p>
            </Confirm>
        </Show>
    }
}

/// "Quick check, 23 November 2026 at 4:31pm": how a result is named to the person.
#[derive(Debug, Clone, PartialEq)]
struct Described {
    title: String,
    when: String,
}

impl Described {
    /// The title isolated, so that right-to-left text in it cannot reorder the date after it.
    fn view(self) -> impl IntoView {
        view! { <bdi>{self.title}</bdi>{format!(", {}", self.when)} }
    }
}

fn describe(assessment: &Assessment, state: AppState) -> Described {
    let title = state.catalogue.with_untracked(|catalogue| title_of(assessment, catalogue));
    Described { title, when: web::long_date_time(assessment.created) }
}

/// One saved result as a card with its status, score and actions.
#[component]
fn SavedItem(assessment: Assessment) -> impl IntoView {
    let state = expect_context::<AppState>();
    let confirming = RwSignal::new(false);
    let framework = state.framework_for(&assessment);
    let Some(framework) = framework else {
        return ().into_any();
    };
    let scores = score(&framework, &assessment);
    let progress = t::answered(scores.answered(), scores.total());
    let overall = format_score(scores.overall);
    let open = if assessment.is_completed() {
        (Route::Result { assessment: assessment.id.clone() }, t::view_result())
    } else {
        (crate::pages::resume_route(&assessment, &framework), t::continue_button())
    };
    let is_full = framework.id != QUICK_CHECK_ID;
    // A re-assessment uses the framework's newest version, carrying every answer it can.
    let newer = state.latest_framework(&framework.id).filter(|latest| latest.version != framework.version);
    let reassess_label = match &newer {
        Some(latest) => t::reassess_on_version(&latest.version),
        None => t::reassess_copy().to_string(),
    };
    let reassess = {
        let (assessment, framework) = (assessment.clone(), framework.clone());
        move |_| {
            let copy = match &newer {
                Some(latest) => {
                    let (copy, left) = reassess_on(&assessment, &framework, latest, web::new_id(), web::now());
                    crate::pages::overview::note_carried(CarriedNote {
                        from_version: framework.version.clone(),
                        carried: copy.answers.len(),
                        left,
                    });
                    copy
                }
                None => assessment.reassess(web::new_id(), web::now()),
            };
            let route = Route::Overview { assessment: copy.id.clone() };
            state.save(copy);
            web::navigate(&route);
        }
    };
    let described = describe(&assessment, state);
    let heading_id = format!("saved-{}", assessment.id);
    let download_copy = assessment.clone();
    let id = assessment.id.clone();
    view! {
        <li class="saved-list__item">
            <h2 class="heading-s" id=heading_id>{described.view()}</h2>
            <dl class="summary-list">
                <div class="summary-list__row"><dt class="summary-list__key">{t::framework()}</dt><dd class="summary-list__value">{t::framework_version(&framework.title, &framework.version)}</dd></div>
                <div class="summary-list__row"><dt class="summary-list__key">{t::status()}</dt><dd class="summary-list__value">
                    {if assessment.is_completed() { view! { <strong class="tag tag--green">{t::completed()}</strong> } } else { view! { <strong class="tag tag--blue">{t::in_progress()}</strong> } }}
                </dd></div>
                <div class="summary-list__row"><dt class="summary-list__key">{t::answers()}</dt><dd class="summary-list__value">{progress}</dd></div>
                <div class="summary-list__row"><dt class="summary-list__key">{t::overall_score()}</dt><dd class="summary-list__value">{overall}</dd></div>
                <div class="summary-list__row"><dt class="summary-list__key">{t::last_changed()}</dt><dd class="summary-list__value">{web::long_date_time(assessment.updated)}</dd></div>
            </dl>
            <div class="button-group">
                <a class="button" href=open.0.href()>{open.1}</a>
                <button type="button" class="button button--secondary" on:click=move |_| {
                    let _ = web::download(&crate::pages::file_name(&download_copy), "application/json", &exchange::to_json(&download_copy));
                }>{t::download()}</button>
                {is_full.then(|| view! {
                    <button type="button" class="button button--secondary" on:click=reassess.clone()>{reassess_label.clone()}</button>
                })}
                <button type="button" class="button button--warning" aria-expanded=move || confirming.get().to_string() on:click=move |_| confirming.set(true)>{t::delete()}</button>
            </div>
            <Show when=move || confirming.get()>
                <Confirm label=t::confirm_deletion() yes=t::delete_yes() no=t::cancel()
                    on_yes={ let id = id.clone(); move || state.delete(&id) } on_no=move || confirming.set(false)>
                    <p class="body">{t::delete_result()}</p>
                </Confirm>
            </Show>
        </li>
    }
    .into_any()
}

/// Sort order, framework and status choices for the list; each applies as soon as it is chosen.
#[component]
fn ListControls(order: RwSignal<SortOrder>, filter: RwSignal<Filter>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let frameworks = move || {
        let used: Vec<String> = state.assessments.with(|all| all.iter().map(|a| a.framework.id.clone()).collect());
        state.catalogue.with(|catalogue| {
            let mut options: Vec<(String, String)> = Vec::new();
            for framework in catalogue.all() {
                if used.contains(&framework.id) && !options.iter().any(|(id, _)| *id == framework.id) {
                    options.push((framework.id.clone(), framework.title.clone()));
                }
            }
            options
        })
    };
    let statuses = [
        (StatusFilter::Any, "any", t::any_status()),
        (StatusFilter::InProgress, "in-progress", t::in_progress()),
        (StatusFilter::Completed, "completed", t::completed()),
    ];
    view! {
        <div class="list-controls">
            <div class="form-group list-controls__item">
                <label class="label" for="sort-order">{t::sort_by()}</label>
                <select class="select" id="sort-order" on:change=move |ev| order.set(SortOrder::from_code(&event_target_value(&ev)))>
                    {SortOrder::ALL.into_iter().map(|choice| view! {
                        <option value=choice.code() prop:selected=move || order.get() == choice>{choice.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="form-group list-controls__item">
                <label class="label" for="filter-framework">{t::framework()}</label>
                <select class="select" id="filter-framework" on:change=move |ev| {
                    let chosen = event_target_value(&ev);
                    filter.update(|f| f.framework = (!chosen.is_empty()).then_some(chosen));
                }>
                    <option value="" prop:selected=move || filter.with(|f| f.framework.is_none())>{t::all_frameworks()}</option>
                    {move || frameworks().into_iter().map(|(id, title)| {
                        let selected_id = id.clone();
                        view! { <option value=id prop:selected=move || filter.with(|f| f.framework.as_ref() == Some(&selected_id))>{title}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="form-group list-controls__item">
                <label class="label" for="filter-status">{t::status()}</label>
                <select class="select" id="filter-status" on:change=move |ev| {
                    let chosen = event_target_value(&ev);
                    let status = statuses.iter().find(|(_, code, _)| *code == chosen).map_or(StatusFilter::Any, |(s, _, _)| *s);
                    filter.update(|f| f.status = status);
                }>
                    {statuses.into_iter().map(|(status, code, label)| view! {
                        <option value=code prop:selected=move || filter.with(|f| f.status == status)>{label}</option>
                    }).collect_view()}
                </select>
            </div>
        </div>
    }
}

/// A stored record that could not be read: what is wrong, and its text to download as it was.
#[component]
fn DamagedItem(record: DamagedRecord) -> impl IntoView {
    let state = expect_context::<AppState>();
    let confirming = RwSignal::new(false);
    let key = record.key.clone();
    let download = {
        let key = key.clone();
        move |_| {
            if let Some(text) = state.damaged_text(&key) {
                let _ = web::download(&t::damaged_file_name(&key), "application/json", &text);
            }
        }
    };
    view! {
        <li class="saved-list__item">
            <p class="body"><strong>{record.key.clone()}</strong></p>
            <p class="body">{record.problem.clone()}</p>
            <div class="button-group">
                <button type="button" class="button button--secondary" on:click=download>{t::download_as_it_was()}<span class="visually-hidden">{format!(": {}", record.key)}</span></button>
                <button type="button" class="button button--warning" on:click=move |_| confirming.set(true)>{t::delete_it()}<span class="visually-hidden">{format!(": {}", record.key)}</span></button>
            </div>
            <Show when=move || confirming.get()>
                <Confirm label=t::confirm_deletion() yes=t::delete_yes() no=t::cancel()
                    on_yes={ let key = key.clone(); move || state.discard_damaged(&key) } on_no=move || confirming.set(false)>
                    <p class="body">{t::delete_record()}</p>
                </Confirm>
            </Show>
        </li>
    }
}

/// Whether this browser keeps what is saved here for good, and what to do when it may not.
#[component]
fn KeptForGood() -> impl IntoView {
    let state = expect_context::<AppState>();
    let kept = LocalResource::new(web::storage_is_persistent);
    move || {
        let text = match kept.get() {
            None => return None,
            _ if !state.is_persistent() => return None,
            Some(Some(true)) => t::kept_for_good(),
            Some(_) => t::may_clear(),
        };
        Some(view! { <p class="body" data-kept-for-good>{text}</p> })
    }
}

/// What a restore did, in words: what was restored, what was left out and why, and whether it
/// will still be here after the page is closed.
fn restored_message(restored: Restored, persistent: bool) -> String {
    let mut message = match (restored.results, restored.performance) {
        (0, false) => t::nothing_changed().to_string(),
        (0, true) => t::performance_restored().to_string(),
        (n, false) => t::results_restored(n),
        (n, true) => t::results_and_performance_restored(n),
    };
    if restored.set_aside > 0 {
        message.push_str(&t::not_restored(restored.set_aside));
    }
    if !persistent {
        message.push_str(t::not_kept());
    }
    message
}

/// Where a restore has got to.
#[derive(Debug, Clone, PartialEq)]
enum RestoreState {
    Idle,
    Failed {
        file: String,
        problems: Vec<String>,
    },
    /// Checked and waiting for the person's choices.
    Preview(Box<Backup>),
    Done(String),
}

/// A backup of everything in one file, and restoring one with a preview of what it changes.
#[component]
fn BackupRestore() -> impl IntoView {
    let state = expect_context::<AppState>();
    let restore = RwSignal::new(RestoreState::Idle);
    let replace = RwSignal::new(Vec::<String>::new());
    let replace_performance = RwSignal::new(false);
    let download = move |_| {
        let date = web::now().date();
        let _ = web::download(&t::backup_file_name(date), "application/json", &state.backup_json());
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = web::take_chosen_file(&ev) else { return };
        let name = file.name();
        leptos::task::spawn_local(async move {
            let outcome = match web::read_file(file, MAX_BACKUP_BYTES).await {
                Err(problem) => RestoreState::Failed { file: name, problems: vec![problem] },
                Ok(text) => match state.catalogue.with_untracked(|catalogue| backup::from_json(&text, catalogue)) {
                    Err(problems) => RestoreState::Failed {
                        file: name,
                        problems: problems.0.iter().map(ToString::to_string).collect(),
                    },
                    Ok(backup) => RestoreState::Preview(Box::new(backup)),
                },
            };
            replace.set(Vec::new());
            replace_performance.set(false);
            restore.set(outcome);
        });
    };
    let apply = move |_| {
        if let RestoreState::Preview(backup) = restore.get_untracked() {
            restore.set(match state.restore(&backup, &replace.get_untracked(), replace_performance.get_untracked()) {
                Ok(restored) => RestoreState::Done(restored_message(restored, state.is_persistent())),
                Err(error) => {
                    RestoreState::Failed { file: t::the_backup().into(), problems: vec![t::restore_no_room(error)] }
                }
            });
        }
    };
    view! {
        <h2 class="heading-m">{t::backup_heading()}</h2>
        <p class="body">{t::backup_body()}</p>
        <KeptForGood/>
        <button type="button" class="button button--secondary" on:click=download>{t::download_backup()}</button>
        {move || match restore.get() {
            RestoreState::Failed { file, problems } => {
                let errors = problems.into_iter().map(|message| ErrorItem { message, field: Some(RESTORE_INPUT_ID.into()) }).collect();
                view! { <FileProblems title=t::restore_failed(file) errors=errors/> }.into_any()
            }
            RestoreState::Done(message) => view! {
                <div class="notification notification--success" role="status"><p class="notification__heading">{message}</p></div>
            }.into_any(),
            RestoreState::Preview(backup) => {
                let saved = state.assessments.get_untracked();
                let title = |a: &Assessment| state.catalogue.with_untracked(|c| title_of(a, c));
                let (clashing, new): (Vec<&Assessment>, Vec<&Assessment>) =
                    backup.assessments.iter().partition(|a| saved.iter().any(|s| s.id == a.id));
                let new_frameworks = state.catalogue.with_untracked(|c| backup.frameworks.iter().filter(|f| c.find(&f.id, &f.version).is_none()).count());
                let kept_groups = state.groups().with_untracked(|here| backup.groups.iter().filter(|g| here.iter().any(|h| h.id == g.id)).count());
                let groups_line = (!backup.groups.is_empty()).then(|| {
                    let new_groups = backup.groups.len() - kept_groups;
                    let kept = if kept_groups > 0 { t::groups_kept(kept_groups) } else { String::new() };
                    view! { <li>{t::groups_added(new_groups)}{kept}</li> }
                });
                let choices = clashing.iter().map(|incoming| {
                    let id = incoming.id.clone();
                    let mine = saved.iter().find(|s| s.id == id).map(|s| s.updated).unwrap_or(incoming.updated);
                    let name = format!("restore-{id}");
                    let (keep_id, replace_id) = (format!("{name}-keep"), format!("{name}-replace"));
                    let (for_keep, for_replace) = (id.clone(), id.clone());
                    view! {
                        <div class="form-group">
                            <fieldset class="fieldset">
                                <legend class="fieldset__legend fieldset__legend--s">{title(incoming)}</legend>
                                <div class="radios radios--small">
                                    <div class="radios__item">
                                        <input class="radios__input" type="radio" name=name.clone() id=keep_id.clone()
                                            prop:checked=move || !replace.with(|r| r.contains(&for_keep))
                                            on:change={ let id = id.clone(); move |_| replace.update(|r| r.retain(|x| *x != id)) }/>
                                        <label class="radios__label" for=keep_id>{t::keep_mine(web::long_date_time(mine))}</label>
                                    </div>
                                    <div class="radios__item">
                                        <input class="radios__input" type="radio" name=name id=replace_id.clone()
                                            prop:checked=move || replace.with(|r| r.contains(&for_replace))
                                            on:change={ let id = id.clone(); move |_| replace.update(|r| r.push(id.clone())) }/>
                                        <label class="radios__label" for=replace_id>{t::replace_with_backup(web::long_date_time(incoming.updated))}</label>
                                    </div>
                                </div>
                            </fieldset>
                        </div>
                    }
                }).collect_view();
                view! {
                    <div class="confirm" role="group" aria-labelledby="restore-title">
                        <h3 class="heading-s" id="restore-title">{t::restore_question(web::long_date_time(backup.created))}</h3>
                        <ul class="list">
                            <li>{t::results_added(new.len())}</li>
                            <li>{t::results_clashing(clashing.len())}</li>
                            <li>{t::frameworks_added(new_frameworks)}</li>
                            {groups_line}
                        </ul>
                        {choices}
                        {backup.performance.as_ref().map(|incoming| view! { <PerformanceChoice incoming=incoming.services.len() replace=replace_performance/> })}
                        <div class="button-group">
                            <button type="button" class="button" on:click=apply>{t::restore()}</button>
                            <button type="button" class="button button--secondary" on:click=move |_| restore.set(RestoreState::Idle)>{t::cancel()}</button>
                        </div>
                    </div>
                }.into_any()
            }
            RestoreState::Idle => ().into_any(),
        }}
        <FileField accept=JSON_FILES id=RESTORE_INPUT_ID label=t::restore_label()
            hint=t::restore_hint()
            failed=Signal::derive(move || matches!(restore.get(), RestoreState::Failed { .. })) on_file=on_file/>
    }
}

/// What to do with the service performance data in a backup: added when there is none here,
/// otherwise kept or replaced as the person chooses (kept unless they say).
#[component]
fn PerformanceChoice(incoming: usize, replace: RwSignal<bool>) -> impl IntoView {
    let state = expect_context::<AppState>();
    if state.performance().with_untracked(crate::domain::performance::Performance::is_empty) {
        return view! { <p class="body">{t::performance_added(incoming)}</p> }.into_any();
    }
    view! {
        <div class="form-group">
            <fieldset class="fieldset">
                <legend class="fieldset__legend fieldset__legend--s">{t::performance_legend()}</legend>
                <div class="radios radios--small">
                    <div class="radios__item">
                        <input class="radios__input" type="radio" name="restore-performance" id="restore-performance-keep"
                            prop:checked=move || !replace.get() on:change=move |_| replace.set(false)/>
                        <label class="radios__label" for="restore-performance-keep">{t::keep_performance()}</label>
                    </div>
                    <div class="radios__item">
                        <input class="radios__input" type="radio" name="restore-performance" id="restore-performance-replace"
                            prop:checked=move || replace.get() on:change=move |_| replace.set(true)/>
                        <label class="radios__label" for="restore-performance-replace">{t::replace_performance(incoming)}</label>
                    </div>
                </div>
            </fieldset>
        </div>
    }
    .into_any()
}
