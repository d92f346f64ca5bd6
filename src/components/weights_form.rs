//! A person's own weights for the areas of their assessment, in place of the framework's. Each
//! change is saved as soon as it is a weight Almanac can use; anything else is named, not saved.

use leptos::prelude::*;

use crate::domain::assessment::{parse_weight, weight_text};
use crate::domain::framework::{Framework, is_valid_weight};
use crate::i18n::t::weights_form as t;
use crate::state::AppState;
use crate::web;

/// `framework` is the framework as published, whose weights are the defaults.
#[component]
pub fn WeightsForm(id: String, framework: Framework) -> impl IntoView {
    let state = expect_context::<AppState>();
    let singular = framework.area_names.singular.clone();
    let changed = {
        let id = id.clone();
        move || state.assessment(&id).is_some_and(|a| !a.weights.is_empty())
    };
    let reset = {
        let id = id.clone();
        move |_| {
            if let Some(mut assessment) = state.assessment(&id) {
                assessment.weights.clear();
                assessment.updated = web::now();
                state.save(assessment);
            }
        }
    };
    view! {
        <details class="details">
            <summary class="details__summary">{t::change()}</summary>
            <div class="details__text">
                <p class="body">{t::explained(&framework.area_names.singular)}</p>
                <div class="weights">
                    {framework.areas.iter().map(|area| view! {
                        <WeightField id=id.clone() area_id=area.id.clone() title=area.title.clone() default=area.weight/>
                    }).collect_view()}
                </div>
                <Show when=changed.clone()>
                    <button type="button" class="button button--secondary" on:click=reset.clone()>{t::reset(&singular)}</button>
                </Show>
            </div>
        </details>
    }
}

#[component]
fn WeightField(id: String, area_id: String, title: String, default: f64) -> impl IntoView {
    let state = expect_context::<AppState>();
    let field = format!("weight-{area_id}");
    let hint = format!("{field}-hint");
    let error_id = format!("{field}-error");
    let error = RwSignal::new(false);
    let shown = {
        let (id, area_id) = (id.clone(), area_id.clone());
        move || weight_text(state.assessment(&id).and_then(|a| a.weights.get(&area_id).copied()).unwrap_or(default))
    };
    let set = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev);
        let weight = parse_weight(&typed).filter(|w| is_valid_weight(*w));
        error.set(weight.is_none());
        let (Some(weight), Some(mut assessment)) = (weight, state.assessment(&id)) else { return };
        if weight == default {
            assessment.weights.remove(&area_id);
        } else {
            assessment.weights.insert(area_id.clone(), weight);
        }
        assessment.updated = web::now();
        state.save(assessment);
    };
    let described_by = {
        let (hint, error_id) = (hint.clone(), error_id.clone());
        move || if error.get() { format!("{hint} {error_id}") } else { hint.clone() }
    };
    view! {
        <div class="form-group weights__field" class:form-group--error=move || error.get()>
            <label class="label" for=field.clone()>{title}</label>
            <div class="hint" id=hint>{t::default_weight(weight_text(default))}</div>
            <Show when=move || error.get()>
                <p class="error-message" id=error_id.clone()><span class="visually-hidden">{t::error_prefix()}</span>{t::invalid()}</p>
            </Show>
            <input class="input input--weight" type="text" inputmode="decimal" id=field autocomplete="off" maxlength="6"
                aria-describedby=described_by prop:value=shown on:change=set/>
        </div>
    }
}
