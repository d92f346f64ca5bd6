//! The action plan: what to work on first, with the framework's guidance, challenges and good
//! practice, and the person's status, owner, due date and order for each item.

use leptos::prelude::*;

use crate::components::area_help::AreaHelp;
use crate::components::weights_form::WeightsForm;
use crate::domain::assessment::Assessment;
use crate::domain::exchange::MAX_DETAIL_CHARS;
use crate::domain::framework::{Area, Framework};
use crate::domain::plan::{Action, PlanEntry, PlanStatus, action_plan};
use crate::domain::spreadsheet::plan_csv;
use crate::routes::Route;
use crate::state::AppState;
use crate::web;

#[component]
pub fn ActionPlanPage(id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(assessment) = state.assessments.with_untracked(|all| all.iter().find(|a| a.id == id).cloned()) else {
        return view! { <crate::pages::not_found::NotFoundPage/> }.into_any();
    };
    let Some(framework) = state.framework_for(&assessment) else {
        return view! { <crate::pages::not_found::NotFoundPage/> }.into_any();
    };
    let published =
        state.catalogue.with_untracked(|c| c.find(&assessment.framework.id, &assessment.framework.version).cloned());
    // The framework's own weights, to which the person's current ones are applied.
    let unweighted = StoredValue::new(published.clone().unwrap_or_else(|| framework.clone()));
    let framework = StoredValue::new(framework);
    // Only the order is tracked here: typing an owner must not rebuild the list under the caret.
    // It follows the person's weights as they change them.
    let order = {
        let id = id.clone();
        Memo::new(move |_| {
            let assessment = state.assessment(&id).unwrap_or_else(|| assessment.clone());
            let weighted = unweighted.with_value(|f| f.with_weights(&assessment.weights));
            action_plan(&weighted, &assessment).iter().map(|i| i.statement.id.clone()).collect::<Vec<_>>()
        })
    };
    let download = {
        let id = id.clone();
        move |_| {
            if let Some(assessment) = state.assessment(&id) {
                let text = framework.with_value(|f| plan_csv(f, &assessment));
                let _ = web::download(&csv_name(&assessment, "action-plan"), "text/csv", &text);
            }
        }
    };
    let title = framework.with_value(|f| assessment_title(&state, &id, f));
    let result = Route::Result { assessment: id.clone() };
    let report = Route::Report { assessment: id.clone() };

    view! {
        <a class="back-link" href=result.href()>"Back to the results"</a>
        <span class="caption">{title}</span>
        <h1 class="heading-l" tabindex="-1">"Action plan"</h1>
        <p class="lead lead--small">"What to work on first, with the framework’s advice for reaching the next level. Set a status, an owner and a due date for each item: they are saved with the assessment."</p>
        <details class="details">
            <summary class="details__summary">"How the plan is ranked"</summary>
            <div class="details__text">{
                let id = id.clone();
                move || state.assessment(&id).map(|a| a.plan.ranking().rule())
            }</div>
        </details>
        {published.map(|framework| view! { <WeightsForm id=id.clone() framework=framework/> })}
        <div class="button-group">
            <button type="button" class="button button--secondary" on:click=download>"Download the plan (CSV)"</button>
            <a class="button button--secondary" href=report.href()>"Printable report"</a>
        </div>
        {move || if order.with(Vec::is_empty) {
            view! { <p class="body">"There is nothing in the plan: every answered statement is at its target, or not applicable. Answer more statements, or set higher targets."</p> }.into_any()
        } else {
            ().into_any()
        }}
        <ol class="plan">
            <For each=move || order.get() key=|statement_id| statement_id.clone() let:statement_id>
                <PlanItemView id=id.clone() statement_id=statement_id framework=framework order=order/>
            </For>
        </ol>
        {move || {
            let areas = framework.with_value(|f| areas_in(f, &order.get()));
            (!areas.is_empty()).then(|| {
                let names = framework.with_value(|f| f.area_names.plural.clone());
                view! {
                    <h2 class="heading-m">"Challenges and good practice"</h2>
                    <p class="body">{format!("For each of the {names} in the plan: problems councils commonly meet, what helps, and good practice.")}</p>
                    {areas.into_iter().map(|area| view! { <AreaHelp framework=framework.get_value() area=area/> }).collect_view()}
                }
            })
        }}
    }
    .into_any()
}

/// The areas of the plan's items that have challenges or examples, in the plan's order, once each.
fn areas_in(framework: &Framework, order: &[String]) -> Vec<Area> {
    let mut areas: Vec<Area> = Vec::new();
    for (area, _) in order.iter().filter_map(|id| framework.statements().find(|(_, s)| s.id == *id)) {
        let has_help = !area.challenges.is_empty() || !area.examples.is_empty();
        if has_help && !areas.iter().any(|a| a.id == area.id) {
            areas.push(area.clone());
        }
    }
    areas
}

fn assessment_title(state: &AppState, id: &str, framework: &Framework) -> String {
    state.assessment(id).map(|a| a.display_title(&framework.title)).unwrap_or_default()
}

/// The download name for a CSV export of an assessment.
pub fn csv_name(assessment: &Assessment, what: &str) -> String {
    format!("almanac-{}-{what}-{}.csv", assessment.framework.id, assessment.updated.date())
}

/// One item: what to do and why, the framework's help, and the person's decisions about it.
#[component]
fn PlanItemView(
    id: String,
    statement_id: String,
    framework: StoredValue<Framework>,
    order: Memo<Vec<String>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(assessment) = state.assessment(&id) else { return ().into_any() };
    let item = framework.with_value(|f| {
        action_plan(f, &assessment).into_iter().find(|i| i.statement.id == statement_id).map(|item| {
            let level_name = |value: u8| f.level(value).map(|l| format!("{value} ({})", l.name)).unwrap_or_default();
            let action = match item.action {
                Action::GatherEvidence => format!("Find out: the answer was “{}”", f.scale.dont_know),
                Action::Improve { current, target } => format!("Improve from {} to {}", level_name(current), level_name(target)),
            };
            let guidance = match item.action {
                Action::GatherEvidence => "Find out where your council stands on this: ask the service, look for data or documents, then answer the statement again.".to_string(),
                Action::Improve { .. } => item.guidance.unwrap_or_default().to_string(),
            };
            (item.area.title.clone(), item.statement.text.clone(), action, guidance)
        })
    });
    let Some((area_title, statement_text, action, guidance)) = item else { return ().into_any() };
    let rank = {
        let statement_id = statement_id.clone();
        move || order.with(|ids| ids.iter().position(|s| *s == statement_id).map_or(0, |p| p + 1))
    };
    let is_first = {
        let rank = rank.clone();
        move || rank() == 1
    };
    let is_last = {
        let rank = rank.clone();
        move || rank() == order.with(Vec::len)
    };
    let entry = {
        let (id, statement_id) = (id.clone(), statement_id.clone());
        Memo::new(move |_| state.assessment(&id).map(|a| a.plan.entry(&statement_id)).unwrap_or_default())
    };
    let edit = {
        let (id, statement_id) = (id.clone(), statement_id.clone());
        move |change: Box<dyn FnOnce(&mut PlanEntry)>| {
            if let Some(mut assessment) = state.assessment(&id) {
                assessment.plan.edit(&statement_id, change);
                assessment.updated = web::now();
                state.save(assessment);
            }
        }
    };
    let move_item = {
        let (id, statement_id) = (id.clone(), statement_id.clone());
        move |up: bool| {
            if let Some(mut assessment) = state.assessment(&id) {
                let shown = order.get_untracked();
                let shown: Vec<&str> = shown.iter().map(String::as_str).collect();
                assessment.plan.move_item(&shown, &statement_id, up);
                assessment.updated = web::now();
                state.save(assessment);
                // The item's node moves in the list, which takes focus away: give it back, to the
                // other button when this one is now disabled at the top or bottom.
                let (same, other) = if up { ("up", "down") } else { ("down", "up") };
                let same = format!("move-{same}-{statement_id}");
                let other = format!("move-{other}-{statement_id}");
                request_animation_frame(move || {
                    if !web::focus(&same) {
                        web::focus(&other);
                    }
                });
            }
        }
    };
    let sid = statement_id.clone();
    let heading_id = format!("plan-{sid}");
    let initial_owner = entry.get_untracked().owner.unwrap_or_default();
    let initial_due = entry.get_untracked().due.map(crate::domain::dates::format_day).unwrap_or_default();
    let due_error = RwSignal::new(false);
    let set_owner = {
        let edit = edit.clone();
        move |ev: leptos::ev::Event| {
            let owner: String = web::typed_text(&ev).chars().take(MAX_DETAIL_CHARS).collect();
            let owner = (!owner.trim().is_empty()).then_some(owner);
            edit(Box::new(move |e: &mut PlanEntry| e.owner = owner));
        }
    };
    let set_due = {
        let edit = edit.clone();
        move |ev: leptos::ev::Event| {
            let typed = event_target_value(&ev);
            match typed.trim() {
                "" => {
                    due_error.set(false);
                    edit(Box::new(|e: &mut PlanEntry| e.due = None));
                }
                text => match crate::domain::dates::parse_day(text).ok_or(()) {
                    Ok(date) => {
                        due_error.set(false);
                        edit(Box::new(move |e: &mut PlanEntry| e.due = Some(date)));
                    }
                    Err(_) => due_error.set(true),
                },
            }
        }
    };
    let set_status = {
        let edit = edit.clone();
        move |ev: leptos::ev::Event| {
            let chosen = event_target_value(&ev);
            let status = PlanStatus::ALL.into_iter().find(|s| s.label() == chosen).unwrap_or_default();
            edit(Box::new(move |e: &mut PlanEntry| e.status = status));
        }
    };
    let move_up = {
        let move_item = move_item.clone();
        move |_| move_item(true)
    };
    let move_down = move |_| move_item(false);

    view! {
        <li class="plan__item">
            <span class="caption">{
                let area_title = area_title.clone();
                move || format!("{}. {area_title}", rank())
            }</span>
            <h2 class="heading-s" id=heading_id>{statement_text.clone()}</h2>
            <p class="plan__action"><strong>{action}</strong></p>
            <p class="body">{guidance}</p>
            <div class="plan__fields">
                <div class="form-group plan__field">
                    <label class="label" for=format!("status-{sid}")>"Status"</label>
                    <select class="select" id=format!("status-{sid}") on:change=set_status>
                        {PlanStatus::ALL.into_iter().map(|status| view! {
                            <option value=status.label() prop:selected=move || entry.with(|e| e.status == status)>{status.label()}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="form-group plan__field">
                    <label class="label" for=format!("owner-{sid}")>"Owner"</label>
                    <input class="input" type="text" id=format!("owner-{sid}") autocomplete="off" maxlength=MAX_DETAIL_CHARS.to_string() prop:value=initial_owner on:input=set_owner/>
                </div>
                <div class="form-group plan__field" class:form-group--error=move || due_error.get()>
                    <label class="label" for=format!("due-{sid}")>"Due date"</label>
                    <Show when=move || due_error.get()>
                        <p class="error-message"><span class="visually-hidden">"Error: "</span>"Enter a real date"</p>
                    </Show>
                    <input class="input input--date" type="date" id=format!("due-{sid}") prop:value=initial_due on:change=set_due/>
                </div>
            </div>
            <div class="button-group plan__move">
                <button type="button" class="button button--secondary" id=format!("move-up-{sid}") disabled=is_first on:click=move_up>
                    "Move up"<span class="visually-hidden">{format!(": {statement_text}")}</span>
                </button>
                <button type="button" class="button button--secondary" id=format!("move-down-{sid}") disabled=is_last on:click=move_down>
                    "Move down"<span class="visually-hidden">{format!(": {statement_text}")}</span>
                </button>
            </div>
        </li>
    }
    .into_any()
}
