//! The data tables that go with the charts, and the tables of the printed report.

use leptos::prelude::*;

use crate::domain::assessment::Assessment;
use crate::domain::framework::Framework;
use crate::domain::plan::action_plan;
use crate::domain::scoring::{format_score, score};
use crate::domain::tables::{action_text, area_answers, capitalise, level_columns, level_counts};
use crate::i18n::t::result_tables as t;

/// Score and target per area: the radar chart's data.
#[component]
pub fn ScoreTable(framework: Framework, assessment: Assessment) -> impl IntoView {
    let scores = score(&framework, &assessment);
    let one_per_area = framework.areas.iter().all(|a| a.statements.len() == 1);
    let any_target = scores.areas.iter().any(|a| a.target.is_some());
    let rows = scores
        .areas
        .iter()
        .map(|a| {
            let third = area_answers(&framework, &assessment, a, one_per_area);
            view! {
                <tr class="table__row">
                    <th scope="row" class="table__header">{a.area.title.clone()}</th>
                    <td class="table__cell table__cell--numeric">{format_score(a.score)}</td>
                    {any_target.then(|| view! { <td class="table__cell table__cell--numeric">{a.target.map(|t| format_score(Some(t))).unwrap_or_else(|| t::not_set().into())}</td> })}
                    <td class="table__cell">{third}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="table">
            <caption class="table__caption">{t::scores_caption(&framework.area_names.singular, framework.top_level())}</caption>
            <thead>
                <tr class="table__row">
                    <th scope="col" class="table__header">{capitalise(&framework.area_names.singular)}</th>
                    <th scope="col" class="table__header table__header--numeric">{t::score()}</th>
                    {any_target.then(|| view! { <th scope="col" class="table__header table__header--numeric">{t::target()}</th> })}
                    <th scope="col" class="table__header">{if one_per_area { t::your_answer() } else { t::answered() }}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// Gaps between score and target, largest first: the gap chart's data.
#[component]
pub fn GapTable(framework: Framework, assessment: Assessment) -> impl IntoView {
    let scores = score(&framework, &assessment);
    let mut gaps: Vec<_> = scores.areas.iter().filter_map(|a| a.gap().map(|gap| (a, gap))).collect();
    gaps.sort_by(|(_, x), (_, y)| y.total_cmp(x));
    let rows = gaps
        .into_iter()
        .map(|(a, gap)| {
            view! {
                <tr class="table__row">
                    <th scope="row" class="table__header">{a.area.title.clone()}</th>
                    <td class="table__cell table__cell--numeric">{format_score(a.score)}</td>
                    <td class="table__cell table__cell--numeric">{format_score(a.target)}</td>
                    <td class="table__cell table__cell--numeric">{format!("+{}", format_score(Some(gap)))}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="table">
            <caption class="table__caption">{t::gaps_caption()}</caption>
            <thead>
                <tr class="table__row">
                    <th scope="col" class="table__header">{capitalise(&framework.area_names.singular)}</th>
                    <th scope="col" class="table__header table__header--numeric">{t::score()}</th>
                    <th scope="col" class="table__header table__header--numeric">{t::target()}</th>
                    <th scope="col" class="table__header table__header--numeric">{t::gap()}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// The heat map chart's columns, shorter than the table's: each level, then DK, N/A and None.
pub fn heat_map_columns(framework: &Framework) -> Vec<String> {
    framework
        .scale
        .levels
        .iter()
        .map(|l| l.value.to_string())
        .chain([t::dont_know_short(), t::not_applicable_short(), t::none_short()].map(String::from))
        .collect()
}

/// Statements at each level by area: the heat map's data.
#[component]
pub fn LevelTable(framework: Framework, assessment: Assessment) -> impl IntoView {
    let columns = level_columns(&framework);
    let rows = level_counts(&framework, &assessment)
        .into_iter()
        .map(|(title, counts)| view! {
            <tr class="table__row">
                <th scope="row" class="table__header">{title}</th>
                {counts.into_iter().map(|c| view! { <td class="table__cell table__cell--numeric">{c}</td> }).collect_view()}
            </tr>
        })
        .collect_view();
    let level_names: Vec<String> = framework.scale.levels.iter().map(|l| format!("{} = {}", l.value, l.name)).collect();
    view! {
        // Focusable, so keyboard users can scroll it sideways on a narrow screen.
        <div class="table-scroll" tabindex="0" role="region" aria-label=t::levels_region()>
            <table class="table">
                <caption class="table__caption">{t::levels_caption(&framework.area_names.singular, level_names.join(", "))}</caption>
                <thead>
                    <tr class="table__row">
                        <th scope="col" class="table__header">{capitalise(&framework.area_names.singular)}</th>
                        {columns.into_iter().map(|c| view! { <th scope="col" class="table__header table__header--numeric">{c}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The action plan as a table, for the report.
#[component]
pub fn PlanTable(framework: Framework, assessment: Assessment) -> impl IntoView {
    let items = action_plan(&framework, &assessment);
    if items.is_empty() {
        return view! { <p class="body">{t::nothing_in_plan()}</p> }.into_any();
    }
    let rows = items
        .iter()
        .enumerate()
        .map(|(index, item)| {
            let action = action_text(item.action);
            let decided = [
                Some(item.entry.status.label().to_string()),
                item.entry.owner.clone(),
                item.entry.due.map(crate::web::long_day),
                item.entry.phase().map(|phase| phase.label()),
                item.entry.effort().map(|effort| t::effort(effort.label().to_lowercase())),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
            view! {
                <tr class="table__row">
                    <td class="table__cell table__cell--numeric">{index + 1}</td>
                    <td class="table__cell"><strong>{item.area.title.clone()}</strong><br/>{item.statement.text.clone()}</td>
                    <td class="table__cell">{action}</td>
                    <td class="table__cell">{item.guidance.unwrap_or(t::find_out_then_answer()).to_string()}</td>
                    <td class="table__cell">{decided}</td>
                </tr>
            }
        })
        .collect_view();
    // Five columns do not fit a phone: the table scrolls sideways on its own, not the page.
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=t::plan_region()>
        <table class="table">
            <caption class="table__caption">{t::plan_caption(assessment.plan.ranking().label().to_lowercase())}</caption>
            <thead>
                <tr class="table__row">
                    <th scope="col" class="table__header table__header--numeric">{t::rank()}</th>
                    <th scope="col" class="table__header">{t::statement()}</th>
                    <th scope="col" class="table__header">{t::action()}</th>
                    <th scope="col" class="table__header">{t::next_step()}</th>
                    <th scope="col" class="table__header">{t::decided()}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        </div>
    }
    .into_any()
}

/// Every answer with its target, confidence and evidence, area by area, for the report.
#[component]
pub fn AnswersTable(framework: Framework, assessment: Assessment) -> impl IntoView {
    framework
        .areas
        .iter()
        .map(|area| {
            let rows = area
                .statements
                .iter()
                .map(|statement| {
                    let answer = assessment.answer_to(&statement.id);
                    view! {
                        <tr class="table__row">
                            <td class="table__cell">{statement.text.clone()}</td>
                            <td class="table__cell">{answer.rating.map(|r| r.label(&framework)).unwrap_or_else(|| t::not_answered().into())}</td>
                            <td class="table__cell">{answer.target.map(|t| t.to_string()).unwrap_or_default()}</td>
                            <td class="table__cell">{answer.confidence.map(|c| c.label()).unwrap_or_default()}</td>
                            <td class="table__cell table__cell--text">{answer.evidence.clone().unwrap_or_default()}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="table">
                    <caption class="table__caption">{area.title.clone()}</caption>
                    <thead>
                        <tr class="table__row">
                            <th scope="col" class="table__header">{t::statement()}</th>
                            <th scope="col" class="table__header">{t::answer()}</th>
                            <th scope="col" class="table__header">{t::target()}</th>
                            <th scope="col" class="table__header">{t::confidence()}</th>
                            <th scope="col" class="table__header">{t::evidence()}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        })
        .collect_view()
}
