//! A full assessment's task list: each area with its status, and the way to check and finish.

use leptos::prelude::*;

use crate::domain::carry::NotCarried;

use crate::domain::assessment::{AreaStatus, Assessment};
use crate::domain::framework::Framework;
use crate::i18n::t::overview as t;
use crate::pages::WithAssessment;
use crate::routes::Route;
use crate::state::AppState;
use crate::web;

/// What a re-assessment on a new version carried over, for the overview to say once.
pub struct CarriedNote {
    pub from_version: String,
    pub carried: usize,
    pub left: Vec<NotCarried>,
}

thread_local! {
    static JUST_CARRIED: std::cell::RefCell<Option<CarriedNote>> = const { std::cell::RefCell::new(None) };
}

/// Called by the saved page as it opens a re-assessment made on a new version.
pub fn note_carried(note: CarriedNote) {
    JUST_CARRIED.with(|just| *just.borrow_mut() = Some(note));
}

#[component]
pub fn OverviewPage(id: String) -> impl IntoView {
    view! { <WithAssessment id=id page=|assessment, framework| view! { <Overview assessment=assessment framework=framework/> }/> }
}

#[component]
fn Overview(assessment: Assessment, framework: Framework) -> impl IntoView {
    let state = expect_context::<AppState>();
    let completed_areas = framework.areas.iter().filter(|a| assessment.area_status(a) == AreaStatus::Completed).count();
    let total_areas = framework.areas.len();
    let id = assessment.id.clone();
    let reopen = {
        let id = id.clone();
        move |_| {
            if let Some(mut assessment) = state.assessment(&id) {
                assessment.reopen(web::now());
                state.save(assessment);
            }
        }
    };
    let details = crate::pages::details_summary(&assessment);
    let tasks = framework
        .areas
        .iter()
        .map(|area| {
            let status = assessment.area_status(area);
            let href = Route::Area { assessment: id.clone(), area: area.id.clone(), statement: 1 }.href();
            let status_id = format!("status-{}", area.id);
            let status_view = match status {
                AreaStatus::Completed => view! { <span class="task-list__status">{t::completed()}</span> }.into_any(),
                AreaStatus::InProgress => {
                    view! { <strong class="tag tag--blue task-list__status">{t::in_progress()}</strong> }.into_any()
                }
                AreaStatus::NotStarted => {
                    view! { <strong class="tag tag--grey task-list__status">{t::not_started()}</strong> }.into_any()
                }
            };
            let statements = t::statements(area.statements.len());
            view! {
                <li class="task-list__item">
                    <div class="task-list__name">
                        <a href=href aria-describedby=status_id.clone()>{area.title.clone()}</a>
                        <div class="hint task-list__hint">{statements}</div>
                    </div>
                    <div id=status_id>{status_view}</div>
                </li>
            }
        })
        .collect_view();

    let carried = JUST_CARRIED
        .with(|just| just.borrow_mut().take())
        .map(|note| view! { <Carried note=note version=framework.version.clone()/> });
    view! {
        <a class="back-link" href=Route::Saved.href()>{t::back()}</a>
        {carried}
        <span class="caption">{t::framework_version(&framework.title, &framework.version)}</span>
        <h1 class="heading-l" tabindex="-1">{assessment.display_title(&framework.title)}</h1>
        {details}
        {(assessment.carried_count() > 0).then(|| view! {
            <div class="inset">
                <p class="body">{t::carried_levels(assessment.carried_count())}</p>
            </div>
        })}
        <p class="body"><a href=Route::Details { assessment: id.clone() }.href()>{t::change_details()}</a></p>
        {assessment.completed.map(|completed| view! {
            <div class="notification" role="region" aria-labelledby="completed-title">
                <h2 class="notification__title" id="completed-title">{t::completed_on(web::long_date_time(completed))}</h2>
                <p class="body">{t::reopen_first()}</p>
                <div class="button-group">
                    <a class="button" href=Route::Result { assessment: id.clone() }.href()>{t::view_results()}</a>
                    <button type="button" class="button button--secondary" on:click=reopen.clone()>{t::reopen()}</button>
                </div>
            </div>
        })}
        <h2 class="heading-m">{t::progress(completed_areas, total_areas, &framework.area_names.plural)}</h2>
        <ul class="task-list">{tasks}</ul>
        <h2 class="heading-m">{t::check_heading()}</h2>
        <p class="body">{t::check_body()}</p>
        <div class="button-group">
            <a class="button" href=Route::CheckAnswers { assessment: id.clone() }.href()>{t::check_answers()}</a>
            <a class="button button--secondary" href=Route::Result { assessment: id.clone() }.href()>{t::results_so_far()}</a>
        </div>
    }
}

/// The re-assessment's start: how many answers came across from the earlier version, and each
/// that could not, with why, so nothing is silently dropped.
#[component]
fn Carried(note: CarriedNote, version: String) -> impl IntoView {
    view! {
        <div class="notification" role="region" aria-labelledby="carried-title">
            <h2 class="notification__title" id="carried-title">{t::carried_title(&version, &note.from_version)}</h2>
            <p class="body">{t::carried_answers(note.carried)}</p>
            {(!note.left.is_empty()).then(|| view! {
                <p class="body">{t::not_carried(note.left.len())}</p>
                <ul class="list list--bullet">
                    {note.left.into_iter().map(|left| view! { <li>{format!("“{}”: {}", left.statement, left.reason)}</li> }).collect_view()}
                </ul>
            })}
        </div>
    }
}
