//! The result: overall and per-outcome scores, the radar chart with its table, and next steps.

use leptos::prelude::*;

use crate::charts::radar::RadarChart;
use crate::components::radar_canvas::RadarCanvas;
use crate::domain::assessment::Assessment;
use crate::domain::exchange;
use crate::domain::framework::Framework;
use crate::domain::scoring::{explanation, format_score, score};
use crate::routes::Route;
use crate::state::AppState;
use crate::web;

#[component]
pub fn ResultPage(id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let found = move || {
        let assessment = state.assessment(&id)?;
        let framework = state.framework_for(&assessment)?;
        Some((assessment, framework))
    };
    move || match found() {
        Some((assessment, framework)) => view! { <ResultView assessment=assessment framework=framework/> }.into_any(),
        None => view! { <crate::pages::not_found::NotFoundPage/> }.into_any(),
    }
}

#[component]
fn ResultView(assessment: Assessment, framework: Framework) -> impl IntoView {
    let state = expect_context::<AppState>();
    let scores = score(&framework, &assessment);
    let top = framework.top_level();
    let area_noun = framework.area_names.singular.clone();
    let areas_noun = framework.area_names.plural.clone();
    let total = scores.total();
    let answered = scores.answered();

    let headline = match scores.overall {
        Some(overall) => {
            let nearest = framework.level(overall.round() as u8).map(|l| l.name.clone()).unwrap_or_default();
            view! {
                <div class="panel">
                    <h1 class="panel__title" tabindex="-1">{format!("{} result", assessment.display_title(&framework.title))}</h1>
                    <p class="panel__body">"Overall score"<br/><strong class="panel__score">{format!("{} out of {top}", format_score(Some(overall)))}</strong><br/>{format!("Closest level: {nearest}")}</p>
                </div>
            }
            .into_any()
        }
        None => view! {
            <h1 class="heading-l" tabindex="-1">{format!("{} result", assessment.display_title(&framework.title))}</h1>
            <p class="body">"There is no overall score yet, because no question has been answered with a level."</p>
        }
        .into_any(),
    };

    let chart = RadarChart {
        axes: scores.areas.iter().map(|a| a.area.title.clone()).collect(),
        max: top,
        values: scores.areas.iter().map(|a| a.score).collect(),
    };
    let chart_label = format!(
        "Radar chart of the score for each of the {} {areas_noun}, on a scale of 1 to {top}. The same scores are in the table that follows.",
        scores.areas.len()
    );
    let next_steps = scores.next_steps(&assessment, 3);
    let continue_at = crate::pages::resume_route(&assessment, &framework);
    let change = crate::pages::change_route(&assessment, &framework);
    let download_assessment = assessment.clone();
    let download = move |_| {
        let _ = web::download(
            &crate::pages::file_name(&download_assessment),
            "application/json",
            &exchange::to_json(&download_assessment),
        );
    };
    let confirming_delete = RwSignal::new(false);
    let delete_id = assessment.id.clone();
    let delete = move |_| {
        state.delete(&delete_id);
        web::navigate(&Route::Saved);
    };
    let keep_note = move || {
        if state.is_persistent() {
            "Your result is saved in this browser only. Download it to keep a copy or to send it to someone."
        } else {
            "This browser is not letting Almanac save your result. Download it now to keep it."
        }
    };

    view! {
        {headline}
        <Show when=move || { answered < total }>
            <div class="inset">
                <p class="body">{format!("You have answered {answered} of {total} questions, so this result is not complete yet. ")}<a href=continue_at.href()>"Continue answering"</a></p>
            </div>
        </Show>
        <p class="body">{scores.completeness_sentence(&framework)}</p>
        <p class="body">{scores.strength_sentence(&framework)}</p>
        <details class="details">
            <summary class="details__summary">"How the score is worked out"</summary>
            <div class="details__text">{explanation(&framework)}</div>
        </details>

        <h2 class="heading-m">{format!("Your score for each {area_noun}")}</h2>
        <RadarCanvas chart=chart label=chart_label/>
        <ScoreTable framework=framework.clone() assessment=assessment.clone()/>

        <h2 class="heading-m">"What to work on next"</h2>
        {if next_steps.is_empty() {
            view! { <p class="body">"There is no next step to suggest: answer at least one question with a level below the top of the scale."</p> }.into_any()
        } else {
            view! {
                <ol class="next-steps">
                    {next_steps.iter().map(|step| {
                        let level_name = framework.level(step.level).map(|l| l.name.clone()).unwrap_or_default();
                        view! {
                            <li class="next-steps__item">
                                <h3 class="heading-s">{step.area.title.clone()}</h3>
                                <p class="hint">{format!("You answered: {} ({level_name})", step.level)}</p>
                                <p class="body">{step.guidance.to_string()}</p>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            }.into_any()
        }}

        <h2 class="heading-m">"Keep your result"</h2>
        <p class="body">{keep_note}</p>
        <div class="button-group">
            <button type="button" class="button" on:click=download>"Download your result"</button>
            <a class="button button--secondary" href=change.href()>"Change your answers"</a>
        </div>
        <Show
            when=move || confirming_delete.get()
            fallback=move || view! { <button type="button" class="button button--warning" on:click=move |_| confirming_delete.set(true)>"Delete this result"</button> }
        >
            <div class="confirm" role="group" aria-labelledby="confirm-delete-title">
                <h3 class="heading-s" id="confirm-delete-title">"Delete this result from this device?"</h3>
                <p class="body">"This cannot be undone. Download it first if you may want it again."</p>
                <div class="button-group">
                    <button type="button" class="button button--warning" on:click=delete.clone()>"Yes, delete it"</button>
                    <button type="button" class="button button--secondary" on:click=move |_| confirming_delete.set(false)>"Cancel"</button>
                </div>
            </div>
        </Show>
    }
}

/// The chart's data as a table, with each answer in words.
#[component]
fn ScoreTable(framework: Framework, assessment: Assessment) -> impl IntoView {
    let rows = score(&framework, &assessment)
        .areas
        .iter()
        .map(|area_score| {
            let answers: Vec<String> = area_score
                .area
                .statements
                .iter()
                .map(|s| assessment.rating(&s.id).map(|r| r.label(&framework)).unwrap_or_else(|| "Not answered".into()))
                .collect();
            view! {
                <tr class="table__row">
                    <th scope="row" class="table__header">{area_score.area.title.clone()}</th>
                    <td class="table__cell table__cell--numeric">{format_score(area_score.score)}</td>
                    <td class="table__cell">{answers.join("; ")}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="table">
            <caption class="table__caption">{format!("Score for each {}, out of {}", framework.area_names.singular, framework.top_level())}</caption>
            <thead>
                <tr class="table__row">
                    <th scope="col" class="table__header">{capitalise(&framework.area_names.singular)}</th>
                    <th scope="col" class="table__header table__header--numeric">"Score"</th>
                    <th scope="col" class="table__header">"Your answer"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// ASCII only: full Unicode case tables would add 7 KB (gzipped) to the app for table headings.
fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|first| first.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
}
