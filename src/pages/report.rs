//! The report for senior management: one page that prints as a clean A4 document.

use leptos::prelude::*;

use crate::components::result_tables::{AnswersTable, PlanTable};
use crate::components::roadmap::{ProjectionTable, RoadmapChart, RoadmapPhases};
use crate::domain::assessment::Assessment;
use crate::domain::framework::Framework;
use crate::domain::programme::roadmap;
use crate::domain::scoring::{explanation, format_score, score};
use crate::pages::WithAssessment;
use crate::pages::result::{ResultCharts, agreed_in_workshop};
use crate::routes::Route;
use crate::web;

#[component]
pub fn ReportPage(id: String) -> impl IntoView {
    view! { <WithAssessment id=id page=|assessment, framework| view! { <Report assessment=assessment framework=framework/> }/> }
}

#[component]
fn Report(assessment: Assessment, framework: Framework) -> impl IntoView {
    let scores = score(&framework, &assessment);
    let title = assessment.display_title(&framework.title);
    let status = match assessment.completed {
        Some(completed) => format!("Completed on {}", web::long_date(completed)),
        None => "In progress: not yet marked as complete".to_string(),
    };
    let overall = match scores.overall {
        Some(overall) => format!("Overall score: {} out of {}.", format_score(Some(overall)), framework.top_level()),
        None => "There is no overall score yet.".to_string(),
    };
    let summary: Vec<String> = [
        Some(overall),
        Some(scores.completeness_sentence(&framework)),
        Some(scores.strength_sentence(&framework)),
        Some(scores.gap_sentence(&framework)),
        scores.evidence_gap_sentence(&framework),
    ]
    .into_iter()
    .flatten()
    .collect();
    let back = Route::Result { assessment: assessment.id.clone() };
    let has_phases = !roadmap(&framework, &assessment).phases.is_empty();
    let print = |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    view! {
        <div class="no-print">
            <a class="back-link" href=back.href()>"Back to the results"</a>
            <div class="inset">
                <p class="body">"This page is laid out to print on A4. To make a PDF, print it and choose “Save as PDF” as the printer."</p>
                <button type="button" class="button" on:click=print>"Print or save as PDF"</button>
            </div>
        </div>
        <article class="report">
            <header class="report__cover">
                <p class="caption">"Digital maturity self-assessment"</p>
                <h1 class="heading-xl" tabindex="-1">{title}</h1>
                {assessment.workshop.map(|record| view! { <p class="hint">{agreed_in_workshop(&record)}</p> })}
                {crate::pages::details_summary(&assessment)}
                <dl class="summary-list">
                    <div class="summary-list__row"><dt class="summary-list__key">"Framework"</dt><dd class="summary-list__value">{format!("{}, version {}", framework.title, framework.version)}</dd></div>
                    <div class="summary-list__row"><dt class="summary-list__key">"Status"</dt><dd class="summary-list__value">{status}</dd></div>
                    <div class="summary-list__row"><dt class="summary-list__key">"Source"</dt><dd class="summary-list__value">{framework.source.clone()}</dd></div>
                    <div class="summary-list__row"><dt class="summary-list__key">"Report produced"</dt><dd class="summary-list__value">{web::long_date(web::now())}" with Almanac"</dd></div>
                </dl>
            </header>
            <section class="report__section">
                <h2 class="heading-l">"Summary"</h2>
                {summary.into_iter().map(|sentence| view! { <p class="body">{sentence}</p> }).collect_view()}
                <p class="body">{explanation(&framework)}</p>
                {(!assessment.weights.is_empty()).then(|| view! {
                    <p class="body">{format!(
                        "The weights are this assessment’s own, set in place of the framework’s for: {}.",
                        assessment.weights.keys().filter_map(|id| framework.area(id)).map(|area| area.title.clone()).collect::<Vec<_>>().join(", ")
                    )}</p>
                })}
            </section>
            <section class="report__section">
                <ResultCharts framework=framework.clone() assessment=assessment.clone()/>
            </section>
            <section class="report__section">
                <h2 class="heading-l">"Action plan"</h2>
                <PlanTable framework=framework.clone() assessment=assessment.clone()/>
            </section>
            {has_phases.then(|| view! {
                <section class="report__section">
                    <h2 class="heading-l">"Roadmap"</h2>
                    <p class="body">"The action plan in phases, with the scores each phase should reach if every item in it, and in the phases before it, reaches its level."</p>
                    <RoadmapChart framework=framework.clone() assessment=assessment.clone()/>
                    <ProjectionTable framework=framework.clone() assessment=assessment.clone()/>
                    <RoadmapPhases framework=framework.clone() assessment=assessment.clone()/>
                </section>
            })}
            <section class="report__section">
                <h2 class="heading-l">"All answers"</h2>
                <AnswersTable framework=framework.clone() assessment=assessment.clone()/>
            </section>
        </article>
    }
}
