//! The GOV.UK error summary: a titled list of problems, each linking to its field when it has one.

use leptos::prelude::*;

pub const ERROR_SUMMARY_ID: &str = "error-summary";

#[derive(Debug, Clone, PartialEq)]
pub struct ErrorItem {
    pub message: String,
    /// The id of the field the message is about.
    pub field: Option<String>,
}

/// How many problems are listed; a hostile file can have tens of thousands, which would take
/// seconds to draw and could not be read anyway. The rest are counted, and downloadable.
const LISTED: usize = 50;

/// Shown at the top of a page or form; takes focus so the problem is heard at once.
#[component]
pub fn ErrorSummary(#[prop(into)] title: String, errors: Vec<ErrorItem>) -> impl IntoView {
    request_animation_frame(|| {
        crate::web::focus(ERROR_SUMMARY_ID);
    });
    let unlisted = errors.len().saturating_sub(LISTED);
    let full_list = (unlisted > 0).then(|| errors.iter().map(|e| e.message.as_str()).collect::<Vec<_>>().join("\n"));
    let rest = full_list.map(|list| {
        let more = if unlisted == 1 {
            "1 more problem is not listed here.".to_string()
        } else {
            format!("{unlisted} more problems are not listed here.")
        };
        view! {
            <p class="body">{more}</p>
            <button type="button" class="button button--secondary"
                on:click=move |_| { let _ = crate::web::download("almanac-problems.txt", "text/plain", &list); }>
                "Download the full list of problems"
            </button>
        }
    });
    view! {
        <div class="error-summary" id=ERROR_SUMMARY_ID tabindex="-1" role="alert" aria-labelledby="error-summary-title">
            <h2 class="error-summary__title" id="error-summary-title">{title}</h2>
            <ul class="error-summary__list">
                {errors
                    .into_iter()
                    .take(LISTED)
                    .map(|error| match error.field {
                        Some(field) => view! { <li><a href=format!("#{field}") on:click=move |ev| { ev.prevent_default(); crate::web::focus(&field); }>{error.message}</a></li> }.into_any(),
                        None => view! { <li>{error.message}</li> }.into_any(),
                    })
                    .collect_view()}
            </ul>
            {rest}
        </div>
    }
}
