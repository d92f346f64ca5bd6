//! The report for senior management: one page that prints as a clean A4 document.

use leptos::prelude::*;

use crate::components::benchmark_standing::BenchmarkReportSection;
use crate::components::result_tables::{AnswersTable, PlanTable};
use crate::components::roadmap::{ProjectionTable, RoadmapChart, RoadmapPhases};
use crate::domain::assessment::Assessment;
use crate::domain::framework::Framework;
use crate::domain::programme::roadmap;
use crate::domain::scoring::{explanation, format_score, score};
use crate::i18n::t::report as t;
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
        Some(completed) => t::completed_on(web::long_date(completed)),
        None => t::in_progress().to_string(),
    };
    let overall = match scores.overall {
        Some(overall) => t::overall(format_score(Some(overall)), framework.top_level()),
        None => t::no_overall().to_string(),
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
            <a class="back-link" href=back.href()>{t::back()}</a>
            <div class="inset">
                <p class="body">{t::print_note()}</p>
                <button type="button" class="button" on:click=print>{t::print()}</button>
            </div>
        </div>
        <article class="report">
            <header class="report__cover">
                <p class="caption">{t::kind()}</p>
                <h1 class="heading-xl" tabindex="-1">{title}</h1>
                {assessment.workshop.map(|record| view! { <p class="hint">{agreed_in_workshop(&record)}</p> })}
                {crate::pages::details_summary(&assessment)}
                <dl class="summary-list">
                    <div class="summary-list__row"><dt class="summary-list__key">{t::framework()}</dt><dd class="summary-list__value">{t::framework_version(&framework.title, &framework.version)}</dd></div>
                    <div class="summary-list__row"><dt class="summary-list__key">{t::status()}</dt><dd class="summary-list__value">{status}</dd></div>
                    <div class="summary-list__row"><dt class="summary-list__key">{t::source()}</dt><dd class="summary-list__value">{framework.source.clone()}</dd></div>
                    <div class="summary-list__row"><dt class="summary-list__key">{t::produced()}</dt><dd class="summary-list__value">{web::long_date(web::now())}{t::with_almanac()}</dd></div>
                </dl>
            </header>
            <section class="report__section">
                <h2 class="heading-l">{t::summary()}</h2>
                {summary.into_iter().map(|sentence| view! { <p class="body">{sentence}</p> }).collect_view()}
                <p class="body">{explanation(&framework)}</p>
                {(!assessment.weights.is_empty()).then(|| view! {
                    <p class="body">{t::own_weights(
                        assessment.weights.keys().filter_map(|id| framework.area(id)).map(|area| area.title.clone()).collect::<Vec<_>>().join(", ")
                    )}</p>
                })}
            </section>
            <section class="report__section">
                <ResultCharts framework=framework.clone() assessment=assessment.clone()/>
            </section>
            <BenchmarkReportSection assessment=assessment.clone()/>
            <section class="report__section">
                <h2 class="heading-l">{t::action_plan()}</h2>
                <PlanTable framework=framework.clone() assessment=assessment.clone()/>
            </section>
            {has_phases.then(|| view! {
                <section class="report__section">
                    <h2 class="heading-l">{t::roadmap()}</h2>
                    <p class="body">{t::roadmap_intro()}</p>
                    <RoadmapChart framework=framework.clone() assessment=assessment.clone()/>
                    <ProjectionTable framework=framework.clone() assessment=assessment.clone()/>
                    <RoadmapPhases framework=framework.clone() assessment=assessment.clone()/>
                </section>
            })}
            <section class="report__section">
                <h2 class="heading-l">{t::all_answers()}</h2>
                <AnswersTable framework=framework.clone() assessment=assessment.clone()/>
            </section>
        </article>
    }
}
