//! One population's figures in a benchmark, as tables: the overall score, then for each area its
//! score and each statement with how many answered, the quartiles and how many chose each level.
//! A withheld figure says why in place of its numbers.

use leptos::prelude::*;

use crate::components::summary_list::SummaryList;
use crate::domain::benchmark::{AreaFigures, Figure, Figures, Withheld};
use crate::domain::framework::Framework;
use crate::i18n::t::benchmark_figures as t;

/// Why a figure is not in the file, in words; `threshold` is the fewest people a figure may rest on.
pub fn withheld_reason(reason: Withheld, threshold: u32) -> String {
    match reason {
        Withheld::FewerThanThreshold => t::fewer_than(threshold),
        Withheld::ProtectsOthers => t::protects_others().to_string(),
    }
}

/// A number as the file holds it (to two decimal places at most), without trailing zeros.
fn shown(value: f64) -> String {
    value.to_string()
}

#[component]
pub fn BenchmarkFigures(figures: Figures, framework: Framework, threshold: u32) -> impl IntoView {
    let overall = match (figures.overall.withheld, figures.overall.quartiles(), figures.overall.answered) {
        (None, Some(q), Some(answered)) => {
            t::overall_value(answered as usize, shown(q.median), shown(q.lower), shown(q.upper))
        }
        (reason, ..) => withheld_reason(reason.unwrap_or(Withheld::FewerThanThreshold), threshold),
    };
    let respondents = figures.respondents.map(|n| n.to_string()).unwrap_or_default();
    let top = framework.top_level();
    view! {
        <SummaryList rows=vec![(t::respondents(), respondents), (t::overall(), overall)]/>
        <p class="body">{t::tables_note(top)}</p>
        {figures.areas.iter().map(|area| area_table(area, &framework, threshold)).collect_view()}
    }
}

fn area_table(area: &AreaFigures, framework: &Framework, threshold: u32) -> impl IntoView + use<> {
    let title = framework.area(&area.id).map_or_else(|| area.id.clone(), |a| a.title.clone());
    let levels = framework.scale.levels.len();
    let level_headers = framework
        .scale
        .levels
        .iter()
        .map(|level| view! { <th scope="col" class="table__header table__header--numeric">{t::level_column(level.value, &level.name)}</th> })
        .collect_view();
    let score = figure_rows(t::area_score().to_string(), &area.score, levels, threshold);
    let statements = area
        .statements
        .iter()
        .map(|s| {
            let text = framework.statement(&s.id).map_or_else(|| s.id.clone(), |statement| statement.text.clone());
            figure_rows(text, &s.level, levels, threshold)
        })
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=t::scrolls(&title)>
            <table class="table benchmark-table">
                <caption class="table__caption">{title.clone()}</caption>
                <thead><tr class="table__row">
                    <th scope="col" class="table__header table__header--numeric">{t::answered()}</th>
                    <th scope="col" class="table__header table__header--numeric">{t::lower_quartile()}</th>
                    <th scope="col" class="table__header table__header--numeric">{t::median()}</th>
                    <th scope="col" class="table__header table__header--numeric">{t::upper_quartile()}</th>
                    {level_headers}
                </tr></thead>
                {score}
                {statements}
            </table>
        </div>
    }
}

/// A figure as a row group: its name across the table (so the words have the whole width on a
/// phone), then its numbers, or why it is withheld.
fn figure_rows(name: String, figure: &Figure, levels: usize, threshold: u32) -> impl IntoView + use<> {
    let columns = 4 + levels;
    let cell = |value: String| view! { <td class="table__cell table__cell--numeric">{value}</td> };
    let numbers = match (figure.withheld, figure.quartiles(), figure.answered) {
        (None, Some(q), Some(answered)) => {
            let counts = match &figure.levels {
                Some(counts) => counts.iter().map(|n| cell(n.to_string())).collect_view().into_any(),
                // A score has no level counts: the level columns stay empty.
                None => {
                    (levels > 0).then(|| view! { <td class="table__cell" colspan=levels.to_string()></td> }).into_any()
                }
            };
            view! {
                {cell(answered.to_string())}
                {cell(shown(q.lower))}
                {cell(shown(q.median))}
                {cell(shown(q.upper))}
                {counts}
            }
            .into_any()
        }
        (reason, ..) => view! {
            <td class="table__cell" colspan=columns.to_string()>
                {withheld_reason(reason.unwrap_or(Withheld::FewerThanThreshold), threshold)}
            </td>
        }
        .into_any(),
    };
    view! {
        <tbody class="table__group">
            <tr class="table__row table__row--statement">
                <th scope="rowgroup" colspan=columns.to_string() class="table__header table__cell--text">{name}</th>
            </tr>
            <tr class="table__row">{numbers}</tr>
        </tbody>
    }
}
