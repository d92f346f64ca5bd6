//! Bringing owners' updates back from the plan's workbook: choose the file, see every change and
//! every row that changes nothing, then confirm. The code that reads workbooks is fetched when a
//! file is chosen (`crate::exports`).

use leptos::prelude::*;

use crate::components::confirm::{FileField, WORKBOOK_FILES};
use crate::components::error_summary::{ErrorItem, FileProblems};
use crate::domain::problem::Problems;
use crate::i18n::t::plan_update_form as t;
use crate::office::plan_update::{PlanUpdate, apply};
use crate::state::AppState;
use crate::web;

/// Workbooks of a plan are tens of kilobytes; refuse anything past this before reading it.
const MAX_WORKBOOK_BYTES: usize = 5 * 1024 * 1024;
const FIELD_ID: &str = "plan-workbook";
const PREVIEW_ID: &str = "plan-update-preview";
const DONE_ID: &str = "plan-update-done";

#[component]
pub fn PlanUpdateForm(
    /// The assessment whose plan is updated.
    id: String,
    /// Called once changes are saved, so the plan's fields show them.
    on_updated: Callback<()>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let reading = RwSignal::new(false);
    let refused = RwSignal::new(None::<Vec<ErrorItem>>);
    let preview = RwSignal::new(None::<PlanUpdate>);
    let done = RwSignal::new(None::<usize>);
    let on_file = {
        let id = id.clone();
        move |ev: leptos::ev::Event| {
            let Some(file) = web::take_chosen_file(&ev) else { return };
            let Some(assessment) = state.assessment(&id) else { return };
            let Some(framework) = state.framework_for(&assessment) else { return };
            let framework = framework.with_weights(&assessment.weights);
            reading.set(true);
            refused.set(None);
            preview.set(None);
            done.set(None);
            leptos::task::spawn_local(async move {
                let read = match web::read_file_bytes(file, MAX_WORKBOOK_BYTES).await {
                    Ok(bytes) => crate::exports::plan_update(bytes, framework, assessment).await,
                    Err(message) => Err(crate::domain::problem::Problem::whole(message).into()),
                };
                reading.set(false);
                match read {
                    Ok(update) => {
                        preview.set(Some(update));
                        request_animation_frame(|| {
                            web::focus(PREVIEW_ID);
                        });
                    }
                    Err(Problems(problems)) => refused.set(Some(
                        problems
                            .into_iter()
                            .map(|p| ErrorItem { message: p.to_string(), field: Some(FIELD_ID.into()) })
                            .collect(),
                    )),
                }
            });
        }
    };
    let confirm = Callback::new(move |()| {
        let Some(update) = preview.get_untracked() else { return };
        if let Some(mut assessment) = state.assessment(&id) {
            apply(&mut assessment, &update.changes);
            assessment.updated = web::now();
            state.save(assessment);
            on_updated.run(());
        }
        preview.set(None);
        done.set(Some(update.changes.len()));
        request_animation_frame(|| {
            web::focus(DONE_ID);
        });
    });

    view! {
        <section class="section" aria-labelledby="plan-update-title">
            <h2 class="heading-m" id="plan-update-title">{t::heading()}</h2>
            <p class="body">{t::intro()}</p>
            {move || refused.get().map(|errors| view! { <FileProblems title=t::refused() errors=errors/> })}
            <FileField id=FIELD_ID label=t::choose() hint=t::hint() accept=WORKBOOK_FILES
                failed=Signal::derive(move || refused.with(Option::is_some)) on_file=on_file/>
            <p class="body" role="status">{move || reading.get().then(t::reading)}</p>
            {move || done.get().map(|count| view! {
                <div class="notification notification--success" role="status">
                    <p class="notification__heading" id=DONE_ID tabindex="-1">{t::updated(count)}</p>
                </div>
            })}
            {move || preview.get().map(|update| view! { <Preview update=update confirm=confirm cancel=move || preview.set(None)/> })}
        </section>
    }
}

/// Every change the workbook would make, then every row that changes nothing and why.
#[component]
fn Preview(update: PlanUpdate, confirm: Callback<()>, cancel: impl Fn() + 'static) -> impl IntoView {
    let changed = update.changes.len();
    let shown = |value: String| if value.is_empty() { t::blank().to_string() } else { value };
    // A group of rows for each item: its statement once, then a row for each field that changes.
    let items = update
        .changes
        .into_iter()
        .map(|change| {
            let fields = change.fields.len().to_string();
            let rows = change.fields.into_iter().enumerate().map(|(index, field)| {
                let statement = (index == 0).then(|| view! {
                    <th scope="rowgroup" class="table__header" rowspan=fields.clone()>{change.statement.clone()}</th>
                });
                view! {
                    <tr class="table__row">
                        {statement}
                        <td class="table__cell">{field.field}</td>
                        <td class="table__cell">{shown(field.before)}</td>
                        <td class="table__cell">{shown(field.after)}</td>
                    </tr>
                }
            });
            view! { <tbody>{rows.collect_view()}</tbody> }
        })
        .collect_view();
    let problems = (!update.problems.is_empty()).then(|| {
        view! {
            <div class="notification notification--warning" role="region" aria-labelledby="plan-update-problems">
                <h3 class="notification__heading" id="plan-update-problems">{t::problems_heading(update.problems.len())}</h3>
                <ul class="list list--bullet">
                    {update.problems.into_iter().map(|problem| view! { <li>{problem.to_string()}</li> }).collect_view()}
                </ul>
            </div>
        }
    });
    view! {
        <div>
            <h3 class="heading-s" id=PREVIEW_ID tabindex="-1">{t::preview_heading()}</h3>
            <p class="body">{format!("{} {}", t::changes_count(changed), t::unchanged_count(update.unchanged))}</p>
            {(changed > 0).then(|| view! {
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby=PREVIEW_ID>
                    <table class="table">
                        <thead><tr class="table__row">
                            <th scope="col" class="table__header">{t::item()}</th>
                            <th scope="col" class="table__header">{t::field()}</th>
                            <th scope="col" class="table__header">{t::before()}</th>
                            <th scope="col" class="table__header">{t::after()}</th>
                        </tr></thead>
                        {items}
                    </table>
                </div>
            })}
            {problems}
            <div class="button-group">
                {(changed > 0).then(|| view! { <button type="button" class="button" on:click=move |_| confirm.run(())>{t::confirm(changed)}</button> })}
                <button type="button" class="button button--secondary" on:click=move |_| cancel()>{t::cancel()}</button>
            </div>
        </div>
    }
}
