//! The roadmap: the action plan in phases, with the scores each phase should leave the council
//! with. Phases read as a list on a phone and sit side by side on a wide screen.

use leptos::prelude::*;

use crate::components::roadmap::{ProjectionTable, RoadmapChart, RoadmapPhases};
use crate::domain::assessment::Assessment;
use crate::domain::framework::Framework;
use crate::domain::programme::roadmap;
use crate::domain::scoring::format_score;
use crate::i18n::t::roadmap_page as t;
use crate::pages::WithAssessment;
use crate::routes::Route;

#[component]
pub fn RoadmapPage(id: String) -> impl IntoView {
    view! { <WithAssessment id=id page=|assessment, framework| view! { <RoadmapView assessment=assessment framework=framework/> }/> }
}

#[component]
fn RoadmapView(assessment: Assessment, framework: Framework) -> impl IntoView {
    let map = roadmap(&framework, &assessment);
    let top = framework.top_level();
    let plan = Route::ActionPlan { assessment: assessment.id.clone() };
    let report = Route::Report { assessment: assessment.id.clone() };
    let summary = match map.phases.last() {
        None => None,
        Some(last) => Some(t::summary(
            format_score(map.current.overall),
            top,
            format_score(last.projected.overall),
            last.phase.label(),
            format_score(map.target.overall),
        )),
    };
    let has_phases = summary.is_some();
    view! {
        <a class="back-link no-print" href=plan.href()>{t::back()}</a>
        <span class="caption">{assessment.display_title(&framework.title)}</span>
        <h1 class="heading-l" tabindex="-1">{t::heading()}</h1>
        <p class="lead lead--small">{t::lead()}</p>
        {match summary {
            Some(text) => view! { <p class="body">{text}</p> }.into_any(),
            None => view! {
                <div class="inset">
                    <p class="body">{t::no_phases()}</p>
                    <a class="button" href=plan.href()>{t::go_to_plan()}</a>
                </div>
            }.into_any(),
        }}
        {has_phases.then(|| view! {
            <h2 class="heading-m">{t::scores_heading()}</h2>
            <RoadmapChart framework=framework.clone() assessment=assessment.clone()/>
            <ProjectionTable framework=framework.clone() assessment=assessment.clone()/>
        })}
        <h2 class="heading-m">{t::phases_heading()}</h2>
        <RoadmapPhases framework=framework.clone() assessment=assessment.clone()/>
        <div class="button-group no-print">
            <a class="button button--secondary" href=plan.href()>{t::change_phases()}</a>
            <a class="button button--secondary" href=report.href()>{t::printable_report()}</a>
        </div>
    }
}
