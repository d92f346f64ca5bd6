//! One file per page.

pub mod action_plan;
pub mod area;
pub mod benchmarks;
pub mod check_answers;
pub mod compare;
pub mod embed;
pub mod frameworks;
pub mod group;
pub mod home;
pub mod not_found;
pub mod overview;
pub mod performance;
pub mod performance_channels;
pub mod performance_report;
pub mod publish_benchmark;
pub mod question;
pub mod report;
pub mod result;
pub mod roadmap;
pub mod saved;
pub mod service;
pub mod service_figures;
pub mod services;
pub mod shared;
pub mod start;
pub mod workshop;

use leptos::prelude::GetUntracked;

use crate::domain::assessment::Assessment;
use crate::domain::catalogue::QUICK_CHECK_ID;
use crate::domain::framework::Framework;
use crate::routes::Route;

/// Makes an assessment's Excel workbook from what the device holds when the button is pressed.
pub fn workbook_of(state: crate::state::AppState, id: String) -> crate::components::document_download::MakeDocument {
    std::rc::Rc::new(move || {
        let found = state.assessment(&id).and_then(|a| Some((state.framework_for(&a)?, a)));
        let assessments = state.assessments.get_untracked();
        Box::pin(async move {
            let (framework, assessment) = found
                .ok_or_else(|| crate::i18n::t::document_download::failed(crate::i18n::t::document_download::gone()))?;
            crate::exports::assessment_workbook(framework, assessment, assessments, crate::web::now().date()).await
        })
    })
}

/// Where to carry on answering: the quick check's next question, or a full assessment's task list.
pub fn resume_route(assessment: &Assessment, framework: &Framework) -> Route {
    if framework.id == QUICK_CHECK_ID {
        let number = (assessment.position + 1).min(framework.statement_count());
        Route::Question { assessment: assessment.id.clone(), number }
    } else {
        Route::Overview { assessment: assessment.id.clone() }
    }
}

/// Where to change answers from the result: the first question, or the task list.
pub fn change_route(assessment: &Assessment, framework: &Framework) -> Route {
    if framework.id == QUICK_CHECK_ID {
        Route::Question { assessment: assessment.id.clone(), number: 1 }
    } else {
        Route::Overview { assessment: assessment.id.clone() }
    }
}

/// The download name for an assessment: framework and date, nothing that identifies a person.
pub fn file_name(assessment: &Assessment) -> String {
    let date = assessment.updated.date();
    format!("almanac-{}-{date}.json", assessment.framework.id)
}

/// Shows `page` for the assessment with this id and its framework, kept up to date as it
/// changes, or "Page not found" when either is missing (a deleted result, a mistyped link).
#[leptos::component]
pub fn WithAssessment<V: leptos::IntoView + 'static>(
    id: String,
    page: impl Fn(Assessment, Framework) -> V + Send + Sync + 'static,
) -> impl leptos::IntoView {
    use leptos::prelude::*;
    let state = expect_context::<crate::state::AppState>();
    move || match state.assessment(&id).and_then(|a| state.framework_for(&a).map(|f| (a, f))) {
        Some((assessment, framework)) => page(assessment, framework).into_any(),
        None => view! { <not_found::NotFoundPage/> }.into_any(),
    }
}

/// An assessment's details as a summary list; nothing is shown for details left blank.
pub fn details_summary(assessment: &Assessment) -> impl leptos::IntoView + use<> {
    use leptos::prelude::*;
    view! { <crate::components::summary_list::SummaryList rows=assessment.detail_rows()/> }
}
