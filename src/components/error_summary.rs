//! The GOV.UK error summary: a titled list of problems, each linking to its field when it has one.

use leptos::prelude::*;

use crate::i18n::t::error_summary as t;

pub const ERROR_SUMMARY_ID: &str = "error-summary";

#[derive(Debug, Clone, PartialEq)]
pub struct ErrorItem {
    pub message: String,
    /// The id of the field the message is about.
    pub field: Option<String>,
}

/// Shown at the top of a page or form; takes focus so the problem is heard at once. `children`,
/// when given, follow the list inside the summary.
#[component]
pub fn ErrorSummary(
    #[prop(into)] title: String,
    errors: Vec<ErrorItem>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
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
            {children.map(|children| children())}
        </div>
    }
}

/// How many of a file's problems are listed: a hostile file can have tens of thousands, which
/// would take seconds to draw and could not be read anyway.
const LISTED: usize = 50;

/// The error summary for a file's problems: the first fifty listed, the rest counted and offered
/// as a download. (Kept apart from `ErrorSummary`, which a question page needs in the first
/// download, while files are only read by pages that load later.)
#[component]
pub fn FileProblems(#[prop(into)] title: String, errors: Vec<ErrorItem>) -> impl IntoView {
    let unlisted = errors.len().saturating_sub(LISTED);
    let full_list = (unlisted > 0).then(|| errors.iter().map(|e| e.message.as_str()).collect::<Vec<_>>().join("\n"));
    let listed: Vec<ErrorItem> = errors.into_iter().take(LISTED).collect();
    match full_list {
        None => view! { <ErrorSummary title=title errors=listed/> }.into_any(),
        Some(list) => {
            let more = t::more_problems(unlisted);
            view! {
                <ErrorSummary title=title errors=listed>
                    <p class="body">{more.clone()}</p>
                    <button type="button" class="button button--secondary"
                        on:click={ let list = list.clone(); move |_| { let _ = crate::web::download(t::problems_file_name(), "text/plain", &list); } }>
                        {t::download_problems()}
                    </button>
                </ErrorSummary>
            }
            .into_any()
        }
    }
}
