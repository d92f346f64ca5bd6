//! The start page: what Almanac is, the privacy promise, and the way in.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::assessment::Assessment;
use crate::domain::backup::needs_reminder;
use crate::domain::catalogue::QUICK_CHECK_ID;
use crate::domain::embedding::{Appearance, EmbedMode};
use crate::i18n::t::home as t;
use crate::routes::Route;
use crate::state::AppState;
use crate::web;

/// "Start the quick check" was pressed on the home page drawn at build time, before the app ran
/// (`public/boot.js` notes it): the home page starts the quick check once, on arrival.
#[derive(Clone, Copy)]
pub struct StartPressedEarly(pub StoredValue<bool>);

/// Starts a new quick check and goes to its first question.
fn start_quick_check(state: AppState) {
    let framework = state.latest_framework(QUICK_CHECK_ID).expect("the quick check is built in");
    let assessment = Assessment::new(web::new_id(), &framework, web::now());
    let route = Route::Question { assessment: assessment.id.clone(), number: 1 };
    state.save(assessment);
    web::navigate(&route);
}

/// Starts the quick check once, on arrival, when "Start" was pressed before the app ran.
fn start_if_pressed_early(state: AppState) {
    if let Some(early) = use_context::<StartPressedEarly>()
        && early.0.try_update_value(std::mem::take).unwrap_or(false)
    {
        request_animation_frame(move || start_quick_check(state));
    }
}

/// The home page as a first-time visitor sees it, taken from the page drawn at build time
/// (index.html): the same components drew it, and with nothing saved yet it has nothing to
/// change, so the first download does not carry the code that draws it. Its one control,
/// "Start the quick check", is answered here. `html` is what that page's `<main>` holds.
#[component]
pub fn FirstVisitHome(html: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    start_if_pressed_early(state);
    let quick_only = use_context::<Appearance>().is_some_and(|appearance| appearance.mode == EmbedMode::Quick);
    let drawn = NodeRef::<leptos::html::Div>::new();
    if quick_only {
        // Drawn for Almanac on its own: an embedded quick check leaves out the rest of Almanac.
        drawn.on_load(|drawn| {
            if let Ok(Some(rest)) = drawn.query_selector(".home__rest") {
                rest.remove();
            }
        });
    }
    let start = move |event: leptos::ev::MouseEvent| {
        let pressed = event.target().and_then(|target| target.dyn_into::<web_sys::Element>().ok());
        if pressed.is_some_and(|element| element.closest(".button--start").ok().flatten().is_some()) {
            start_quick_check(state);
        }
    };
    view! { <div class="home" node_ref=drawn inner_html=html on:click=start></div> }
}

/// The home page drawn by the app: for someone with saved results or a check in progress.
#[component]
pub fn HomePage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let framework = state.latest_framework(QUICK_CHECK_ID).expect("the quick check is built in");
    let count = framework.statement_count();
    let in_progress = Memo::new(move |_| {
        state
            .assessments
            .with(|all| all.iter().find(|a| a.framework.id == QUICK_CHECK_ID && !a.is_completed()).cloned())
    });
    let saved_count = move || state.saved_count();
    // A page that embeds just the quick check is inviting people to take it, nothing more.
    let quick_only = use_context::<Appearance>().is_some_and(|appearance| appearance.mode == EmbedMode::Quick);
    start_if_pressed_early(state);
    let start = move |_| start_quick_check(state);

    view! {
        <h1 class="heading-xl" tabindex="-1">{t::heading()}</h1>
        <p class="lead">{framework.summary.clone()}</p>
        <p class="body">{t::what_it_covers()}</p>
        <div class="inset">
            <h2 class="heading-s">{t::privacy_heading()}</h2>
            <p class="body">{t::privacy()}</p>
        </div>
        {move || match in_progress.get() {
            Some(assessment) => {
                let answered = assessment.answers.len();
                let resume = Route::Question { assessment: assessment.id.clone(), number: (assessment.position + 1).min(count) };
                view! {
                    <h2 class="heading-m">{t::continue_heading()}</h2>
                    <p class="body">{t::answered_so_far(answered, count, web::long_date_time(assessment.created))}</p>
                    <div class="button-group">
                        <a class="button" href=resume.href()>{t::continue_check()}</a>
                        <button type="button" class="button button--secondary" on:click=start>{t::start_new_check()}</button>
                    </div>
                }.into_any()
            }
            None => view! {
                <button type="button" class="button button--start" on:click=start>
                    {t::start_check()}
                    <svg class="button__arrow" aria-hidden="true" focusable="false" width="17.5" height="19" viewBox="0 0 33 40"><path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"/></svg>
                </button>
            }.into_any(),
        }}
        <Show when=move || { saved_count() > 0 }>
            <p class="body">
                <a href=Route::Saved.href()>{move || t::saved_results(saved_count())}</a>
                {t::saved_results_after()}
            </p>
        </Show>
        <Show when=move || { saved_count() > 0 }>
            <BackupStatus/>
        </Show>
        <Show when=move || { saved_count() == 0 }>
            <p class="body">{t::import_before()}<a href=Route::Saved.href()>{t::import_link()}</a>"."</p>
        </Show>
        {(!quick_only).then(|| view! {
            <div class="home__rest">
            <h2 class="heading-m">{t::full_heading()}</h2>
            <p class="body">{t::full_body()}</p>
            <p class="body"><a class="button button--secondary" href=Route::Start.href()>{t::full_start()}</a></p>
            <h2 class="heading-m">{t::performance_heading()}</h2>
            <p class="body">{t::performance_body()}</p>
            <p class="body"><a class="button button--secondary" href=Route::Performance.href()>{t::performance_open()}</a></p>
            <h2 class="heading-m">{t::compare_heading()}</h2>
            <p class="body">{t::compare_body()}<a href=Route::Compare.href()>{t::compare_link()}</a></p>
            </div>
        })}
        <h2 class="heading-s">{t::about_heading()}</h2>
        <p class="body">{framework.source.clone()}" "{framework.credit.clone()}</p>
    }
}

/// When everything was last backed up, and a gentle reminder when work is going unbacked-up.
#[component]
fn BackupStatus() -> impl IntoView {
    let state = expect_context::<AppState>();
    let remind = move || {
        let changes: Vec<_> = state.assessments.with(|all| all.iter().map(|a| a.updated).collect());
        needs_reminder(&changes, state.last_backup.get(), web::now())
    };
    let last = move || match state.last_backup.get() {
        Some(when) => t::last_backup(web::long_date_time(when)),
        None => t::no_backup().to_string(),
    };
    view! {
        {move || if remind() {
            view! {
                <div class="inset inset--reminder">
                    <p class="body">{last()}{t::backup_reminder_before()}<a href=Route::Saved.href()>{t::backup_reminder_link()}</a>{t::backup_reminder_after()}</p>
                </div>
            }.into_any()
        } else {
            view! { <p class="body">{last()}" "<a href=Route::Saved.href()>{t::backup_link()}</a></p> }.into_any()
        }}
    }
}
