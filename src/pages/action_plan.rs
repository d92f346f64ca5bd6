//! The action plan: what to work on first, with the framework's guidance, challenges and good
//! practice, and the person's status, owner, due date, phase, effort and order for each item.

use leptos::prelude::*;

use crate::components::area_help::AreaHelp;
use crate::components::benchmark_marks::{BenchmarkMarks, Marks};
use crate::components::document_download::DocumentDownload;
use crate::components::plan_delivered::PlanDelivered;
use crate::components::plan_item::PlanItemView;
use crate::components::plan_options::PlanOptions;
use crate::components::plan_update::PlanUpdateForm;
use crate::components::weights_form::WeightsForm;
use crate::domain::assessment::Assessment;
use crate::domain::framework::{Area, Framework};
use crate::domain::plan::action_plan;
use crate::domain::spreadsheet::plan_csv;
use crate::i18n::t::action_plan as t;
use crate::routes::Route;
use crate::state::AppState;
use crate::web;

#[component]
pub fn ActionPlanPage(id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(assessment) = state.assessments.with_untracked(|all| all.iter().find(|a| a.id == id).cloned()) else {
        return view! { <crate::pages::not_found::NotFoundPage/> }.into_any();
    };
    let Some(framework) = state.framework_for(&assessment) else {
        return view! { <crate::pages::not_found::NotFoundPage/> }.into_any();
    };
    let published =
        state.catalogue.with_untracked(|c| c.find(&assessment.framework.id, &assessment.framework.version).cloned());
    // The framework's own weights, to which the person's current ones are applied.
    let unweighted = StoredValue::new(published.clone().unwrap_or_else(|| framework.clone()));
    let framework = StoredValue::new(framework);
    let delivered =
        framework.with_value(|f| view! { <PlanDelivered assessment=assessment.clone() framework=f.clone()/> });
    // Only the order is tracked here: typing an owner must not rebuild the list under the caret.
    // It follows the person's weights as they change them.
    let order = {
        let id = id.clone();
        Memo::new(move |_| {
            let assessment = state.assessment(&id).unwrap_or_else(|| assessment.clone());
            let weighted = unweighted.with_value(|f| f.with_weights(&assessment.weights));
            action_plan(&weighted, &assessment).iter().map(|i| i.statement.id.clone()).collect::<Vec<_>>()
        })
    };
    let download = {
        let id = id.clone();
        move |_| {
            if let Some(assessment) = state.assessment(&id) {
                let text = framework.with_value(|f| plan_csv(f, &assessment));
                let _ = web::download(&csv_name(&assessment, t::plan_file()), "text/csv", &text);
            }
        }
    };
    let title = framework.with_value(|f| assessment_title(&state, &id, f));
    let marks = RwSignal::new(Marks::new());
    let result = Route::Result { assessment: id.clone() };
    let report = Route::Report { assessment: id.clone() };
    let roadmap = Route::Roadmap { assessment: id.clone() };
    // Bumped when a workbook's updates are saved, so every item's fields are drawn afresh.
    let revision = RwSignal::new(0_u32);
    let phasing = {
        let id = id.clone();
        Memo::new(move |_| state.assessment(&id).map(|a| a.plan.phasing()).unwrap_or_default())
    };

    view! {
        <a class="back-link" href=result.href()>{t::back()}</a>
        <span class="caption">{title}</span>
        <h1 class="heading-l" tabindex="-1">{t::heading()}</h1>
        <p class="lead lead--small">{t::lead()}</p>
        <details class="details">
            <summary class="details__summary">{t::how_ranked()}</summary>
            <div class="details__text">{
                let id = id.clone();
                move || state.assessment(&id).map(|a| a.plan.ranking().rule())
            }</div>
        </details>
        {published.map(|framework| view! { <WeightsForm id=id.clone() framework=framework/> })}
        <PlanOptions id=id.clone()/>
        <BenchmarkMarks id=id.clone() marks=marks/>
        <div class="button-group">
            <a class="button" href=roadmap.href()>{t::see_roadmap()}</a>
            <button type="button" class="button button--secondary" on:click=download>{t::download_plan()}</button>
            <DocumentDownload label=crate::i18n::t::document_download::workbook().to_string()
                make=crate::pages::workbook_of(state, id.clone())/>
            <a class="button button--secondary" href=report.href()>{t::printable_report()}</a>
        </div>
        <PlanUpdateForm id=id.clone() on_updated=Callback::new(move |()| revision.update(|r| *r += 1))/>
        {delivered}
        {move || if order.with(Vec::is_empty) {
            view! { <p class="body">{t::nothing_in_plan()}</p> }.into_any()
        } else {
            ().into_any()
        }}
        <ol class="plan">
            // Keyed by the phasing too: the items' phase fields offer the phases of the kind chosen,
            // so each item is drawn afresh when it changes (and after a workbook's updates).
            <For
                each=move || {
                    let (phasing, revision) = (phasing.get(), revision.get());
                    order.get().into_iter().map(move |id| (id, phasing, revision)).collect::<Vec<_>>()
                }
                key=|(statement_id, phasing, revision)| format!("{}:{revision}:{statement_id}", phasing.code())
                let:((statement_id, _, _))
            >
                <PlanItemView id=id.clone() statement_id=statement_id framework=framework order=order marks=marks/>
            </For>
        </ol>
        {move || {
            let areas = framework.with_value(|f| areas_in(f, &order.get()));
            (!areas.is_empty()).then(|| {
                let names = framework.with_value(|f| f.area_names.plural.clone());
                view! {
                    <h2 class="heading-m">{t::help_heading()}</h2>
                    <p class="body">{t::help_intro(names)}</p>
                    {areas.into_iter().map(|area| view! { <AreaHelp framework=framework.get_value() area=area/> }).collect_view()}
                }
            })
        }}
    }
    .into_any()
}

/// The areas of the plan's items that have challenges or examples, in the plan's order, once each.
fn areas_in(framework: &Framework, order: &[String]) -> Vec<Area> {
    let mut areas: Vec<Area> = Vec::new();
    for (area, _) in order.iter().filter_map(|id| framework.statements().find(|(_, s)| s.id == *id)) {
        let has_help = !area.challenges.is_empty() || !area.examples.is_empty();
        if has_help && !areas.iter().any(|a| a.id == area.id) {
            areas.push(area.clone());
        }
    }
    areas
}

fn assessment_title(state: &AppState, id: &str, framework: &Framework) -> String {
    state.assessment(id).map(|a| a.display_title(&framework.title)).unwrap_or_default()
}

/// The download name for a CSV export of an assessment.
pub fn csv_name(assessment: &Assessment, what: &str) -> String {
    format!("almanac-{}-{what}-{}.csv", assessment.framework.id, assessment.updated.date())
}
