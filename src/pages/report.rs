//! The report for senior management: one page that prints as a clean A4 document.

use std::rc::Rc;

use leptos::prelude::*;

use crate::components::benchmark_standing::BenchmarkReportSection;
use crate::components::chart_canvas;
use crate::components::document_download::{DocumentDownload, MakeDocument};
use crate::components::result_tables::{AnswersTable, PlanTable};
use crate::components::roadmap::{ProjectionTable, RoadmapChart, RoadmapPhases, overall_chart};
use crate::domain::assessment::Assessment;
use crate::domain::framework::Framework;
use crate::domain::programme::roadmap;
use crate::i18n::t::report as t;
use crate::office::report_document::{ChartImage, Figure, summary};
use crate::pages::WithAssessment;
use crate::pages::result::{ResultChartSet, ResultCharts, agreed_in_workshop, result_charts};
use crate::routes::Route;
use crate::web;

#[component]
pub fn ReportPage(id: String) -> impl IntoView {
    view! { <WithAssessment id=id page=|assessment, framework| view! { <Report assessment=assessment framework=framework/> }/> }
}

#[component]
fn Report(assessment: Assessment, framework: Framework) -> impl IntoView {
    let title = assessment.display_title(&framework.title);
    let status = match assessment.completed {
        Some(completed) => t::completed_on(web::long_date(completed)),
        None => t::in_progress().to_string(),
    };
    let summary = summary(&framework, &assessment);
    let back = Route::Result { assessment: assessment.id.clone() };
    let has_phases = !roadmap(&framework, &assessment).phases.is_empty();
    let print = |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    let word: MakeDocument = {
        let (framework, assessment) = (framework.clone(), assessment.clone());
        Rc::new(move || {
            let (framework, assessment) = (framework.clone(), assessment.clone());
            Box::pin(async move {
                // Drawing the charts takes a moment: the button says it is working first.
                crate::web::next_task().await;
                let charts = chart_images(&framework, &assessment, has_phases)?;
                crate::exports::report_word_document(framework, assessment, charts, web::now().date()).await
            })
        })
    };
    view! {
        <div class="no-print">
            <a class="back-link" href=back.href()>{t::back()}</a>
            <div class="inset">
                <p class="body">{t::print_note()}</p>
                <button type="button" class="button" on:click=print>{t::print()}</button>
                " "
                <DocumentDownload label=crate::i18n::t::report_document::download().to_string() make=word/>
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
                {summary.into_iter().map(|paragraph| view! { <p class="body">{paragraph}</p> }).collect_view()}
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

/// The report's charts as pictures for the Word report, drawn at a fixed size whatever the screen.
fn chart_images(framework: &Framework, assessment: &Assessment, has_phases: bool) -> Result<Vec<ChartImage>, String> {
    let ResultChartSet { scores, gaps, levels } = result_charts(framework, assessment);
    let roadmap = has_phases.then(|| overall_chart(framework, assessment));
    [(Figure::Scores, Some(scores)), (Figure::Gaps, gaps), (Figure::Levels, levels), (Figure::Roadmap, roadmap)]
        .into_iter()
        .filter_map(|(figure, chart)| chart.map(|chart| (figure, chart)))
        .map(|(figure, (chart, description))| {
            let (png, width_px, height_px) = chart_canvas::png(&chart)?;
            Ok(ChartImage { figure, description, png, width_px, height_px })
        })
        .collect()
}
