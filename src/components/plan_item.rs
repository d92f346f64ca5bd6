//! One action plan item: what to do and why, the framework's help, and the person's decisions
//! about it (status, owner, due date, phase, effort and the level to reach), each saved as typed.

use leptos::prelude::*;

use crate::components::benchmark_marks::Marks;
use crate::domain::exchange::{MAX_DETAIL_CHARS, MAX_EVIDENCE_CHARS};
use crate::domain::framework::Framework;
use crate::domain::plan::{Action, PlanEntry, PlanStatus, action_plan};
use crate::domain::programme::{Effort, MAX_EFFORT_DAYS, Phase};
use crate::domain::scoring::format_score;
use crate::i18n::t::plan_item as t;
use crate::state::AppState;
use crate::web;

/// One item: what to do and why, the framework's help, and the person's decisions about it.
#[component]
pub fn PlanItemView(
    id: String,
    statement_id: String,
    framework: StoredValue<Framework>,
    order: Memo<Vec<String>>,
    /// The items below a benchmark's median, when the person asked to mark them.
    marks: RwSignal<Marks>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(assessment) = state.assessment(&id) else { return ().into_any() };
    let item = framework.with_value(|f| {
        action_plan(f, &assessment).into_iter().find(|i| i.statement.id == statement_id).map(|item| {
            let level_name = |value: u8| f.level(value).map(|l| format!("{value} ({})", l.name)).unwrap_or_default();
            let action = match item.action {
                Action::GatherEvidence => t::find_out(&f.scale.dont_know),
                Action::Improve { current, target } => t::improve(level_name(current), level_name(target)),
            };
            let guidance = match item.action {
                Action::GatherEvidence => t::find_out_how().to_string(),
                Action::Improve { .. } => item.guidance.unwrap_or_default().to_string(),
            };
            // The levels the item can reach: above the current level, up to the target.
            let reachable: Vec<(u8, String)> = match item.action {
                Action::GatherEvidence => Vec::new(),
                Action::Improve { current, target } => (current + 1..=target).map(|v| (v, level_name(v))).collect(),
            };
            (item.area.title.clone(), item.statement.text.clone(), action, guidance, reachable, item.reach)
        })
    });
    let Some((area_title, statement_text, action, guidance, reachable, reach)) = item else { return ().into_any() };
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
    let edit = entry_editor(id.clone(), statement_id.clone());
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
    let due_error_id = StoredValue::new(format!("due-{sid}-error"));
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
    let initial_note = entry.get_untracked().note.unwrap_or_default();
    let set_note = {
        let edit = edit.clone();
        move |ev: leptos::ev::Event| {
            let note: String = web::typed_text(&ev).chars().take(MAX_EVIDENCE_CHARS).collect();
            let note = (!note.trim().is_empty()).then_some(note);
            edit(Box::new(move |e: &mut PlanEntry| e.note = note));
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
            {
                let statement_id = statement_id.clone();
                move || marks.with(|marks| marks.get(&statement_id).map(|median| view! {
                    <p class="body"><strong class="tag tag--red">{crate::i18n::t::benchmark_marks::below_median(format_score(Some(*median)))}</strong></p>
                }))
            }
            <p class="body">{guidance}</p>
            <div class="plan__fields">
                <div class="form-group plan__field">
                    <label class="label" for=format!("status-{sid}")>{t::status()}</label>
                    <select class="select" id=format!("status-{sid}") on:change=set_status>
                        {PlanStatus::ALL.into_iter().map(|status| view! {
                            <option value=status.label() prop:selected=move || entry.with(|e| e.status == status)>{status.label()}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="form-group plan__field">
                    <label class="label" for=format!("owner-{sid}")>{t::owner()}</label>
                    <input class="input" type="text" id=format!("owner-{sid}") autocomplete="off" maxlength=MAX_DETAIL_CHARS.to_string() prop:value=initial_owner on:input=set_owner/>
                </div>
                <div class="form-group plan__field" class:form-group--error=move || due_error.get()>
                    <label class="label" for=format!("due-{sid}")>{t::due_date()}</label>
                    <Show when=move || due_error.get()>
                        <p class="error-message" id=due_error_id.get_value()><span class="visually-hidden">{t::error_prefix()}</span>{t::enter_real_date()}</p>
                    </Show>
                    <input class="input input--date" type="date" id=format!("due-{sid}")
                        aria-describedby=move || due_error.get().then(|| due_error_id.get_value())
                        prop:value=initial_due on:change=set_due/>
                </div>
            </div>
            <div class="form-group">
                <label class="label" for=format!("note-{sid}")>{t::note()}</label>
                <textarea class="textarea plan__note" id=format!("note-{sid}") rows="2" maxlength=MAX_EVIDENCE_CHARS.to_string()
                    prop:value=initial_note on:input=set_note></textarea>
            </div>
            <WorkFields id=id.clone() statement_id=statement_id.clone() entry=entry reachable=reachable reach=reach/>
            <div class="button-group plan__move">
                <button type="button" class="button button--secondary" id=format!("move-up-{sid}") disabled=is_first on:click=move_up>
                    {t::move_up()}<span class="visually-hidden">{format!(": {statement_text}")}</span>
                </button>
                <button type="button" class="button button--secondary" id=format!("move-down-{sid}") disabled=is_last on:click=move_down>
                    {t::move_down()}<span class="visually-hidden">{format!(": {statement_text}")}</span>
                </button>
            </div>
        </li>
    }
    .into_any()
}

/// A change to one plan entry.
type EntryChange = Box<dyn FnOnce(&mut PlanEntry)>;

/// Edits one plan entry of an assessment and saves it.
fn entry_editor(id: String, statement_id: String) -> impl Fn(EntryChange) + Clone {
    let state = expect_context::<AppState>();
    move |change: EntryChange| {
        if let Some(mut assessment) = state.assessment(&id) {
            assessment.plan.edit(&statement_id, change);
            assessment.updated = web::now();
            state.save(assessment);
        }
    }
}

/// The work programme: the phase, the effort and the level to reach in that phase.
#[component]
fn WorkFields(
    id: String,
    statement_id: String,
    entry: Memo<PlanEntry>,
    reachable: Vec<(u8, String)>,
    reach: Option<u8>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let edit = entry_editor(id.clone(), statement_id.clone());
    let sid = statement_id;
    let phasing = state.assessment(&id).map(|a| a.plan.phasing()).unwrap_or_default();
    let today = web::now().date();
    // The phases on offer, and the item's own even when it is no longer among them.
    let mut phases = phasing.choices(today);
    if let Some(own) = entry.get_untracked().phase().filter(|own| !phases.contains(own)) {
        phases.insert(0, own);
    }
    let set_phase = {
        let edit = edit.clone();
        move |ev: leptos::ev::Event| {
            let phase = Phase::parse(&event_target_value(&ev));
            edit(Box::new(move |e: &mut PlanEntry| e.set_phase(phase)));
        }
    };
    let initial_effort = entry.get_untracked().effort();
    let in_days = RwSignal::new(matches!(initial_effort, Some(Effort::Days(_))));
    let days_error = RwSignal::new(false);
    let set_size = {
        let edit = edit.clone();
        move |ev: leptos::ev::Event| {
            let chosen = event_target_value(&ev);
            in_days.set(chosen == "days");
            days_error.set(false);
            // Days are saved once typed; until then the item has no effort, as the page shows.
            let effort = Effort::parse(&chosen);
            edit(Box::new(move |e: &mut PlanEntry| e.set_effort(effort)));
        }
    };
    let set_days = {
        let edit = edit.clone();
        move |ev: leptos::ev::Event| {
            let typed = event_target_value(&ev);
            let days = typed.trim().parse::<u16>().ok().filter(|d| (1..=MAX_EFFORT_DAYS).contains(d));
            let cleared = typed.trim().is_empty();
            days_error.set(days.is_none() && !cleared);
            // A number that cannot be used changes nothing; an emptied field takes the days away.
            if days.is_some() || cleared {
                edit(Box::new(move |e: &mut PlanEntry| e.set_effort(days.map(Effort::Days))));
            }
        }
    };
    let set_reach = move |ev: leptos::ev::Event| {
        let level = event_target_value(&ev).parse::<u8>().ok();
        edit(Box::new(move |e: &mut PlanEntry| e.reach = level));
    };
    let size_code = initial_effort.map(|effort| match effort {
        Effort::Days(_) => "days".to_string(),
        size => size.code(),
    });
    let initial_days = match initial_effort {
        Some(Effort::Days(days)) => days.to_string(),
        _ => String::new(),
    };
    // Copied into the fields drawn when "A number of days" is chosen.
    let days_id = StoredValue::new(format!("days-{sid}"));
    let days_error_id = StoredValue::new(format!("days-{sid}-error"));
    view! {
        <div class="plan__fields">
            <div class="form-group plan__field">
                <label class="label" for=format!("phase-{sid}")>{t::phase()}</label>
                <select class="select" id=format!("phase-{sid}") on:change=set_phase>
                    <option value="" selected=entry.get_untracked().phase().is_none()>{t::not_planned()}</option>
                    {phases.into_iter().map(|phase| {
                        let selected = entry.get_untracked().phase() == Some(phase);
                        view! { <option value=phase.code() selected=selected>{phase.label()}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="form-group plan__field">
                <label class="label" for=format!("effort-{sid}")>{t::effort()}</label>
                <select class="select" id=format!("effort-{sid}") on:change=set_size>
                    <option value="" selected=size_code.is_none()>{t::not_given()}</option>
                    {Effort::SIZES.into_iter().map(|size| {
                        let selected = size_code.as_deref() == Some(size.code().as_str());
                        view! { <option value=size.code() selected=selected>{size.label()}</option> }
                    }).collect_view()}
                    <option value="days" selected=size_code.as_deref() == Some("days")>{t::number_of_days()}</option>
                </select>
            </div>
            <Show when=move || in_days.get()>
                <div class="form-group plan__field" class:form-group--error=move || days_error.get()>
                    <label class="label" for=days_id.get_value()>{t::days_of_work()}</label>
                    <Show when=move || days_error.get()>
                        <p class="error-message" id=days_error_id.get_value()><span class="visually-hidden">{t::error_prefix()}</span>{t::enter_days(MAX_EFFORT_DAYS)}</p>
                    </Show>
                    <input class="input input--width-4" type="text" inputmode="numeric" id=days_id.get_value() autocomplete="off"
                        aria-describedby=move || days_error.get().then(|| days_error_id.get_value())
                        prop:value=initial_days.clone() on:input=set_days.clone()/>
                </div>
            </Show>
            {(!reachable.is_empty()).then(|| view! {
                <div class="form-group plan__field">
                    <label class="label" for=format!("reach-{sid}")>{t::reach()}</label>
                    <select class="select" id=format!("reach-{sid}") on:change=set_reach>
                        {reachable.into_iter().map(|(value, name)| view! {
                            <option value=value.to_string() selected=reach == Some(value)>{name}</option>
                        }).collect_view()}
                    </select>
                </div>
            })}
        </div>
    }
}
