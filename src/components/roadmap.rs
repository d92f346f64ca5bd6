//! The roadmap, as the roadmap page and the printed report show it: a chart and table of the
//! scores now, at the end of each phase and at target, and each phase's items.

use leptos::prelude::*;

use crate::charts::Chart;
use crate::charts::score_trend::ScoreTrendChart;
use crate::components::chart_canvas::ChartCanvas;
use crate::domain::assessment::Assessment;
use crate::domain::framework::Framework;
use crate::domain::plan::{Action, PlanItem};
use crate::domain::programme::{PhasePlan, Roadmap, roadmap, stages};
use crate::domain::scoring::{Scores, format_score};
use crate::domain::tables::capitalise;
use crate::i18n::t::roadmap as t;
use crate::web;

/// The chart's points: now, the end of each phase, at target.
fn chart_points(roadmap: &Roadmap) -> Vec<String> {
    std::iter::once(t::now().to_string())
        .chain(roadmap.phases.iter().map(|p| p.phase.label()))
        .chain(std::iter::once(t::target().to_string()))
        .collect()
}

/// The overall score now, after each phase and at target, with its text alternative, as the
/// chart first shows it: the Word report's picture of the roadmap.
pub fn overall_chart(framework: &Framework, assessment: &Assessment) -> (Chart, String) {
    let roadmap = roadmap(framework, assessment);
    let labels = chart_points(&roadmap);
    let max = framework.top_level();
    let label = t::chart_label(labels.len() - 2, max);
    let overall = stages(&roadmap).into_iter().map(|(_, scores)| scores.overall).collect();
    (Chart::ScoreTrend(ScoreTrendChart { labels, max, overall, area: None }), label)
}

/// The overall score (and one area's, when chosen) now, after each phase and at target.
#[component]
pub fn RoadmapChart(framework: Framework, assessment: Assessment) -> impl IntoView {
    let roadmap = roadmap(&framework, &assessment);
    let chosen_area = RwSignal::new(None::<usize>);
    let labels = chart_points(&roadmap);
    let scores: Vec<Vec<Option<f64>>> = stages(&roadmap)
        .into_iter()
        .map(|(_, scores)| std::iter::once(scores.overall).chain(scores.areas.iter().map(|a| a.score)).collect())
        .collect();
    let area_titles: Vec<String> = framework.areas.iter().map(|a| a.title.clone()).collect();
    let (max, noun) = (framework.top_level(), framework.area_names.singular.clone());
    let file_name = t::chart_file(&framework.id);
    let chart = {
        let area_titles = area_titles.clone();
        move || {
            let series = |column: usize| scores.iter().map(|stage| stage[column]).collect::<Vec<_>>();
            let area = chosen_area.get().map(|index| (area_titles[index].clone(), series(index + 1)));
            let label = match chosen_area.get() {
                Some(index) => t::chart_label_area(labels.len() - 2, &area_titles[index], max),
                None => t::chart_label(labels.len() - 2, max),
            };
            let chart = ScoreTrendChart { labels: labels.clone(), max, overall: series(0), area };
            view! { <ChartCanvas chart=Chart::ScoreTrend(chart) label=label file_name=file_name.clone()/> }
        }
    };
    view! {
        <div class="form-group no-print">
            <label class="label" for="roadmap-area">{t::also_show(&noun)}</label>
            <select class="select" id="roadmap-area" on:change=move |ev| chosen_area.set(event_target_value(&ev).parse().ok())>
                <option value="">{t::overall_only()}</option>
                {area_titles.into_iter().enumerate().map(|(index, title)| view! { <option value=index.to_string()>{title}</option> }).collect_view()}
            </select>
        </div>
        {chart}
    }
}

/// The scores at each stage: overall, then each area.
#[component]
pub fn ProjectionTable(framework: Framework, assessment: Assessment) -> impl IntoView {
    let roadmap = roadmap(&framework, &assessment);
    let stages = stages(&roadmap);
    let heads = stages
        .iter()
        .map(|(head, _)| view! { <th scope="col" class="table__header table__header--numeric">{head.clone()}</th> })
        .collect_view();
    let cells = |score: &dyn Fn(&Scores) -> Option<f64>| {
        stages
            .iter()
            .map(
                |(_, scores)| view! { <td class="table__cell table__cell--numeric">{format_score(score(scores))}</td> },
            )
            .collect_view()
    };
    let area_rows = framework
        .areas
        .iter()
        .enumerate()
        .map(|(index, area)| {
            view! {
                <tr class="table__row">
                    <th scope="row" class="table__header">{area.title.clone()}</th>
                    {cells(&|scores: &Scores| scores.areas[index].score)}
                </tr>
            }
        })
        .collect_view();
    let caption = t::caption(framework.top_level(), &framework.area_names.singular);
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=t::region(&caption)>
            <table class="table projection-table">
                <caption class="table__caption">{caption.clone()}</caption>
                <thead><tr class="table__row">
                    <th scope="col" class="table__header">{capitalise(&framework.area_names.singular)}</th>
                    {heads}
                </tr></thead>
                <tbody>
                    <tr class="table__row">
                        <th scope="row" class="table__header">{t::overall()}</th>
                        {cells(&|scores: &Scores| scores.overall)}
                    </tr>
                    {area_rows}
                </tbody>
            </table>
        </div>
    }
}

/// Each phase with its items, side by side on a wide screen; then the items with no phase.
#[component]
pub fn RoadmapPhases(framework: Framework, assessment: Assessment) -> impl IntoView {
    let roadmap = roadmap(&framework, &assessment);
    let phases = roadmap.phases.iter().map(|phase| phase_view(phase, &framework)).collect_view();
    let unphased = (!roadmap.unphased.is_empty()).then(|| {
        let items = roadmap.unphased.iter().map(|item| item_view(item, &framework)).collect_view();
        view! {
            <h3 class="heading-m">{t::not_in_phase_heading()}</h3>
            <p class="body">{t::not_in_phase()}</p>
            <ul class="roadmap__items">{items}</ul>
        }
    });
    view! {
        <ol class="roadmap">{phases}</ol>
        {unphased}
    }
}

fn phase_view(phase: &PhasePlan, framework: &Framework) -> impl IntoView + use<> {
    let top = framework.top_level();
    let ends = phase.phase.ends().map(|day| t::ends(web::long_day(day)));
    let items = phase.items.iter().map(|item| item_view(item, framework)).collect_view();
    view! {
        <li class="roadmap__phase">
            <h3 class="heading-m">{phase.phase.label()}</h3>
            {ends.map(|text| view! { <p class="hint">{text}</p> })}
            <dl class="roadmap__facts">
                <div><dt>{t::effort()}</dt><dd>{phase.effort.describe()}</dd></div>
                <div><dt>{t::score_at_end()}</dt><dd>{t::out_of(format_score(phase.projected.overall), top)}</dd></div>
            </dl>
            <ul class="roadmap__items">{items}</ul>
        </li>
    }
}

fn item_view(item: &PlanItem, framework: &Framework) -> impl IntoView + use<> {
    let level = |value: u8| framework.level(value).map(|l| format!("{value} ({})", l.name)).unwrap_or_default();
    let action = match (item.action, item.reach) {
        (Action::Improve { current, .. }, Some(reach)) => t::from_to(level(current), level(reach)),
        _ => t::find_out(&framework.scale.dont_know),
    };
    let decided: Vec<String> = [
        Some(item.entry.status.label().to_string()),
        item.entry.owner.as_ref().map(t::owner),
        item.entry.effort().map(|effort| t::item_effort(effort.label().to_lowercase())),
        item.entry.due.map(|due| t::due(web::long_day(due))),
    ]
    .into_iter()
    .flatten()
    .collect();
    view! {
        <li class="roadmap__item">
            <span class="caption">{item.area.title.clone()}</span>
            <p class="body roadmap__statement">{item.statement.text.clone()}</p>
            <p class="body"><strong>{action}</strong></p>
            <p class="hint">{decided.join(" · ")}</p>
        </li>
    }
}
