//! A result opened from a share link: shown read-only, saved only if the person chooses.

use leptos::prelude::*;

use crate::components::error_summary::{ErrorItem, FileProblems};
use crate::domain::share;
use crate::i18n::t::shared as t;
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
                <FileProblems title=t::cannot_open() errors=errors/>
                <h1 class="heading-l" tabindex="-1">{t::heading()}</h1>
                <p class="body">{t::ask_again()}</p>
                <p class="body"><a href=Route::Home.href()>{t::go_to_start()}</a></p>
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
            <p class="body">{t::already_saved()}</p>
            <p class="body"><a href=saved_copy.href()>{t::open_saved()}</a></p>
        }
        .into_any()
    } else {
        view! {
            <p class="body">{t::not_saved()}</p>
            <button type="button" class="button" on:click=save>{t::save()}</button>
        }
        .into_any()
    };
    view! {
        <div class="notification" role="region" aria-labelledby="shared-title">
            <h2 class="notification__title" id="shared-title">{t::shared_with_you()}</h2>
            {action}
        </div>
        <ResultSummary assessment=assessment framework=framework/>
    }
    .into_any()
}
