//! Check your answers: every statement's answer with a link to change it, then mark as complete.

use leptos::prelude::*;

use crate::components::error_summary::{ErrorItem, ErrorSummary};
use crate::domain::assessment::Assessment;
use crate::domain::framework::Framework;
use crate::i18n::t::check_answers as t;
use crate::pages::WithAssessment;
use crate::routes::Route;
use crate::state::AppState;
use crate::web;

#[component]
pub fn CheckAnswersPage(id: String) -> impl IntoView {
    view! { <WithAssessment id=id page=|assessment, framework| view! { <CheckAnswers assessment=assessment framework=framework/> }/> }
}

#[component]
fn CheckAnswers(assessment: Assessment, framework: Framework) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = assessment.id.clone();
    let change_link = |area_id: &str, number: usize| {
        Route::Area { assessment: id.clone(), area: area_id.to_string(), statement: number }.href()
    };
    let mut unanswered_count = 0;
    // One line per area, not per statement, so a long list stays readable.
    let unanswered: Vec<ErrorItem> = framework
        .areas
        .iter()
        .filter_map(|area| {
            let missing: Vec<_> = area.statements.iter().filter(|s| assessment.rating(&s.id).is_none()).collect();
            let first = missing.first()?;
            let message = t::unanswered_in_area(missing.len(), &area.title);
            // Rows have no field to focus, so the link goes to the first missing answer's Change link.
            Some((missing.len(), ErrorItem { message, field: Some(format!("change-{}", first.id)) }))
        })
        .map(|(count, item)| {
            unanswered_count += count;
            item
        })
        .collect();
    let show_errors = RwSignal::new(false);
    let complete = {
        let id = id.clone();
        move |_| {
            if unanswered_count > 0 {
                show_errors.set(true);
                web::focus(crate::components::error_summary::ERROR_SUMMARY_ID);
                return;
            }
            if let Some(mut assessment) = state.assessment(&id) {
                assessment.complete(web::now());
                state.save(assessment);
            }
            web::navigate(&Route::Result { assessment: id.clone() });
        }
    };

    let sections = framework
        .areas
        .iter()
        .map(|area| {
            let rows = area
                .statements
                .iter()
                .enumerate()
                .map(|(index, statement)| {
                    let answer = assessment.answer_to(&statement.id);
                    let mut lines: Vec<String> = vec![
                        answer.rating.map(|r| r.label(&framework)).unwrap_or_else(|| t::not_answered().into()),
                    ];
                    if let Some(target) = answer.target {
                        lines.push(t::target(crate::domain::assessment::Rating::Level(target).label(&framework)));
                    }
                    if let Some(confidence) = answer.confidence {
                        lines.push(t::confidence(confidence.label()));
                    }
                    if let Some(evidence) = &answer.evidence {
                        lines.push(t::evidence(evidence));
                    }
                    view! {
                        <div class="summary-list__row">
                            <dt class="summary-list__key">{statement.text.clone()}</dt>
                            <dd class="summary-list__value" id=format!("answer-{}", statement.id)>
                                {lines.into_iter().map(|line| view! { <p class="summary-list__line">{line}</p> }).collect_view()}
                            </dd>
                            <dd class="summary-list__actions">
                                <a id=format!("change-{}", statement.id) href=change_link(&area.id, index + 1)>{t::change()}<span class="visually-hidden">{t::change_hidden(&statement.text)}</span></a>
                            </dd>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <h2 class="heading-m">{area.title.clone()}</h2>
                <dl class="summary-list summary-list--actions">{rows}</dl>
            }
        })
        .collect_view();

    view! {
        <Show when=move || show_errors.get()>
            <ErrorSummary title=t::still_unanswered(unanswered_count) errors=unanswered.clone()/>
        </Show>
        <a class="back-link" href=Route::Overview { assessment: id.clone() }.href()>{t::back()}</a>
        <span class="caption">{framework.title.clone()}</span>
        <h1 class="heading-l" tabindex="-1">{t::heading()}</h1>
        {sections}
        {if assessment.is_completed() {
            view! { <p class="body">{t::already_complete()}</p> }.into_any()
        } else {
            view! {
                <h2 class="heading-m">{t::complete_heading()}</h2>
                <p class="body">{t::complete_body()}</p>
                <button type="button" class="button" on:click=complete>{t::complete_button()}</button>
            }.into_any()
        }}
    }
}
