//! A result opened from a share link: shown read-only, saved only if the person chooses.

use leptos::prelude::*;

use crate::components::error_summary::{ErrorItem, FileProblems};
use crate::domain::share;
use crate::pages::result::ResultSummary;
use crate::routes::Route;
use crate::state::AppState;
use crate::web;

#[component]
pub fn SharedResultPage(data: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let decoded = state.catalogue.with_untracked(|catalogue| share::decode(&data, share::saved_id(&data), catalogue));
    let assessment = match decoded {
        Ok(assessment) => assessment,
        Err(problems) => {
            let errors = problems.0.iter().map(|p| ErrorItem { message: p.to_string(), field: None }).collect();
            return view! {
                <FileProblems title="This share link cannot be opened" errors=errors/>
                <h1 class="heading-l" tabindex="-1">"Shared result"</h1>
                <p class="body">"Ask the person who sent it for the link again, or for the result as a file."</p>
                <p class="body"><a href=Route::Home.href()>"Go to the start"</a></p>
            }
            .into_any();
        }
    };
    let Some(framework) = state.framework_for(&assessment) else {
        return view! { <crate::pages::not_found::NotFoundPage/> }.into_any();
    };
    let saved_copy = Route::Result { assessment: assessment.id.clone() };
    // Saved before from this very link (the id comes from the link): found, not saved twice.
    let already_saved = state.assessments.with_untracked(|all| all.iter().any(|a| a.id == assessment.id));
    let to_save = assessment.clone();
    let save = {
        let route = saved_copy.clone();
        move |_| {
            state.save(to_save.clone());
            web::navigate(&route);
        }
    };
    let action = if already_saved {
        view! {
            <p class="body">"This result is already saved on this device, from this same link."</p>
            <p class="body"><a href=saved_copy.href()>"Open the saved copy"</a></p>
        }
        .into_any()
    } else {
        view! {
            <p class="body">"It is shown from the link and is not saved on this device. Save it to keep it, compare it or plan from it."</p>
            <button type="button" class="button" on:click=save>"Save to this device"</button>
        }
        .into_any()
    };
    view! {
        <div class="notification" role="region" aria-labelledby="shared-title">
            <h2 class="notification__title" id="shared-title">"Someone shared this result with you"</h2>
            {action}
        </div>
        <ResultSummary assessment=assessment framework=framework/>
    }
    .into_any()
}
