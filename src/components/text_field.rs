//! A labelled text input with its hint and error message.

use leptos::prelude::*;

use crate::i18n::t::text_field as t;

/// A labelled text input with hint and error message, GOV.UK style.
#[component]
pub fn TextField(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    value: RwSignal<String>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || if error.get().is_some() { format!("{hint_id} {error_id}") } else { hint_id.clone() }
    };
    view! {
        <div class="form-group" class:form-group--error=move || error.get().is_some()>
            <label class="label" for=id>{label}</label>
            <div class="hint" id=hint_id>{hint}</div>
            {move || error.get().map(|message| view! { <p class="error-message" id=error_id.clone()><span class="visually-hidden">{t::error_prefix()}</span>{message}</p> })}
            <input class="input" type="text" id=id maxlength="400" autocomplete="off" aria-describedby=described_by
                prop:value=move || value.get() on:input=move |ev| value.set(crate::domain::text::without_controls(&event_target_value(&ev)))/>
        </div>
    }
}
