//! The GOV.UK error summary: a titled list of problems, each linking to its field when it has one.

use leptos::prelude::*;

pub const ERROR_SUMMARY_ID: &str = "error-summary";

#[derive(Debug, Clone, PartialEq)]
pub struct ErrorItem {
    pub message: String,
    /// The id of the field the message is about.
    pub field: Option<String>,
}

/// Shown at the top of a page or form; takes focus so the problem is heard at once.
#[component]
pub fn ErrorSummary(#[prop(into)] title: String, errors: Vec<ErrorItem>) -> impl IntoView {
    request_animation_frame(|| {
        crate::web::focus(ERROR_SUMMARY_ID);
    });
    view! {
        <div class="error-summary" id=ERROR_SUMMARY_ID tabindex="-1" role="alert" aria-labelledby="error-summary-title">
            <h2 class="error-summary__title" id="error-summary-title">{title}</h2>
            <ul class="error-summary__list">
                {errors
                    .into_iter()
                    .map(|error| match error.field {
                        Some(field) => view! { <li><a href=format!("#{field}") on:click=move |ev| { ev.prevent_default(); crate::web::focus(&field); }>{error.message}</a></li> }.into_any(),
                        None => view! { <li>{error.message}</li> }.into_any(),
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}
