//! One question per screen: the level radios with their descriptors, autosaved on every change.

use leptos::prelude::*;

use crate::components::error_summary::{ERROR_SUMMARY_ID, ErrorItem, ErrorSummary};
use crate::domain::assessment::Rating;
use crate::domain::framework::{Framework, Statement};
use crate::i18n::t::question as t;
use crate::routes::Route;
use crate::state::AppState;
use crate::web;

const FIRST_OPTION_ID: &str = "rating-1";

#[component]
pub fn QuestionPage(id: String, number: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(assessment) = state.assessments.with_untracked(|all| all.iter().find(|a| a.id == id).cloned()) else {
        return view! { <crate::pages::not_found::NotFoundPage/> }.into_any();
    };
    let Some(framework) = state.framework_for(&assessment) else {
        return view! { <crate::pages::not_found::NotFoundPage/> }.into_any();
    };
    let count = framework.statement_count();
    let Some((area, statement)) = framework.statements().nth(number - 1).map(|(a, s)| (a.clone(), s.clone())) else {
        return view! { <crate::pages::not_found::NotFoundPage/> }.into_any();
    };
    // Remember where the person is, so they come back to this question.
    if assessment.position != number - 1 {
        let mut moved = assessment.clone();
        moved.move_to(number - 1);
        state.save(moved);
    }

    let statement_id = statement.id.clone();
    let rating = {
        let (id, statement_id) = (id.clone(), statement_id.clone());
        Memo::new(move |_| state.assessment(&id).and_then(|a| a.rating(&statement_id)))
    };
    let missing_answer = RwSignal::new(false);
    let saved = RwSignal::new(false);

    let choose = {
        let (id, statement_id) = (id.clone(), statement_id.clone());
        move |choice: Rating| {
            if let Some(mut assessment) = state.assessment(&id) {
                assessment.answer(&statement_id, choice, web::now());
                state.save(assessment);
                missing_answer.set(false);
                saved.set(true);
            }
        }
    };

    let next = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if rating.get_untracked().is_none() {
                missing_answer.set(true);
                // The summary may already be showing: take focus back to it all the same.
                request_animation_frame(|| {
                    web::focus(ERROR_SUMMARY_ID);
                });
                return;
            }
            if number < count {
                web::navigate(&Route::Question { assessment: id.clone(), number: number + 1 });
            } else {
                if let Some(mut assessment) = state.assessment(&id) {
                    assessment.complete(web::now());
                    state.save(assessment);
                }
                web::navigate(&Route::Result { assessment: id.clone() });
            }
        }
    };

    let back = if number > 1 { Route::Question { assessment: id.clone(), number: number - 1 } } else { Route::Home };
    let error_text = t::choose_level(&framework.scale.dont_know);
    let summary_text = error_text.clone();
    let hint_id = statement.hint.as_ref().map(|_| "question-hint".to_string());
    let described_by = move || {
        let mut ids: Vec<&str> = hint_id.iter().map(String::as_str).collect();
        if missing_answer.get() {
            ids.push("question-error");
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let saved_message = move || {
        if !saved.get() {
            String::new()
        } else if state.is_persistent() {
            t::saved_on_device().into()
        } else {
            t::saved_for_now().into()
        }
    };

    view! {
        <a class="back-link" href=back.href()>{t::back()}</a>
        <progress class="progress" aria-hidden="true" max=count value=number></progress>
        <Show when=move || missing_answer.get()>
            <ErrorSummary title=t::error_title() errors=vec![ErrorItem { message: summary_text.clone(), field: Some(FIRST_OPTION_ID.into()) }]/>
        </Show>
        <form novalidate on:submit=next>
            <div class="form-group" class:form-group--error=move || missing_answer.get()>
                <fieldset class="fieldset" aria-describedby=described_by>
                    <legend class="fieldset__legend">
                        <span class="caption">{t::position(number, count, &area.title)}</span>
                        <h1 class="fieldset__heading" tabindex="-1">{statement.text.clone()}</h1>
                    </legend>
                    {statement.hint.clone().map(|hint| view! { <div class="hint" id="question-hint">{hint}</div> })}
                    <Show when=move || missing_answer.get()>
                        <p class="error-message" id="question-error"><span class="visually-hidden">{t::error_prefix()}</span>{error_text.clone()}</p>
                    </Show>
                    <Options framework=framework.clone() statement=statement.clone() rating=rating choose=choose/>
                </fieldset>
            </div>
            <p class="saved-status" role="status">{saved_message}</p>
            <div class="button-group">
                <button type="submit" class="button">{if number < count { t::continue_button() } else { t::see_result() }}</button>
                <a class="link-button" href=Route::Home.href()>{t::save_later()}</a>
            </div>
        </form>
    }
    .into_any()
}

/// The radios: every level with its descriptor, then the two unscored answers.
#[component]
fn Options(
    framework: Framework,
    statement: Statement,
    rating: Memo<Option<Rating>>,
    choose: impl Fn(Rating) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let option = move |choice: Rating, label: String, descriptor: Option<String>| {
        let input_id = format!("rating-{}", choice.code().replace('_', "-"));
        let hint_id = descriptor.as_ref().map(|_| format!("{input_id}-hint"));
        let choose = choose.clone();
        view! {
            <div class="radios__item">
                <input
                    class="radios__input"
                    type="radio"
                    name="rating"
                    id=input_id.clone()
                    value=choice.code()
                    aria-describedby=hint_id.clone()
                    prop:checked=move || rating.get() == Some(choice)
                    on:change=move |_| choose(choice)
                />
                <label class="radios__label" for=input_id>{label}</label>
                {descriptor.map(|text| view! { <div class="hint radios__hint" id=hint_id>{text}</div> })}
            </div>
        }
    };
    let levels = framework
        .scale
        .levels
        .iter()
        .zip(&statement.levels)
        .map(|(level, described)| {
            option(Rating::Level(level.value), level.name.clone(), Some(described.descriptor.clone()))
        })
        .collect_view();
    view! {
        <div class="radios">
            {levels}
            <div class="radios__divider">{t::or()}</div>
            {option(Rating::DontKnow, framework.scale.dont_know.clone(), None)}
            {option(Rating::NotApplicable, framework.scale.not_applicable.clone(), None)}
        </div>
    }
}
