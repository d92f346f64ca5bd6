//! Where a result stands against a benchmark of its framework: which benchmark and which kind
//! of council it is compared with, the position in words, a strip chart and its table. The
//! result page lets the person choose; the action plan and the printed report use that choice.

use leptos::prelude::*;

use crate::charts::Chart;
use crate::charts::benchmark::{BenchmarkChart, BenchmarkRow, Quartiles as Band};
use crate::components::chart_canvas::ChartCanvas;
use crate::domain::assessment::Assessment;
use crate::domain::benchmark::{Benchmark, NotCompared, Position, Standing, Withheld, standing};
use crate::domain::framework::Framework;
use crate::domain::organisation::OrganisationType;
use crate::domain::scoring::format_score;
use crate::domain::tables::capitalise;
use crate::i18n::t::benchmark_standing as t;
use crate::routes::Route;
use crate::state::{AppState, BenchmarkChoice};
use crate::web;

/// The benchmark to compare with: the one the person chose, while it is still there, or the
/// newest of the framework's; and the kind of council, when that benchmark has its figures.
pub fn chosen_benchmark(state: AppState, benchmarks: &[Benchmark]) -> Option<(Benchmark, Option<OrganisationType>)> {
    let choice = state.benchmark_choice().get();
    let chosen = choice
        .as_ref()
        .and_then(|choice| benchmarks.iter().find(|b| b.id == choice.id))
        .or_else(|| benchmarks.first())?
        .clone();
    let kind = choice
        .filter(|choice| choice.id == chosen.id)
        .and_then(|choice| choice.kind)
        .filter(|kind| chosen.published_types().contains(kind));
    Some((chosen, kind))
}

/// The framework exactly as published, without the person's own weights: a benchmark's overall
/// figures are made with the framework's weights.
fn published_framework(state: AppState, assessment: &Assessment) -> Option<Framework> {
    state.catalogue.with(|c| c.find(&assessment.framework.id, &assessment.framework.version).cloned())
}

/// The result page's section: chooses the benchmark and shows where the result stands.
#[component]
pub fn BenchmarkSection(assessment: Assessment) -> impl IntoView {
    let state = expect_context::<AppState>();
    leptos::task::spawn_local(async move { state.fetch_hosted_benchmarks().await });
    let framework_id = assessment.framework.id.clone();
    let benchmarks = Memo::new(move |_| state.benchmarks_of(&framework_id));
    let assessment = StoredValue::new(assessment);
    view! {
        <h2 class="heading-m" id="benchmark-heading">{t::heading()}</h2>
        {move || {
            let all = benchmarks.get();
            let Some((benchmark, kind)) = chosen_benchmark(state, &all) else {
                return view! {
                    <p class="body">{t::none_yet()}" "<a href=Route::Benchmarks.href()>{t::open_one()}</a></p>
                }
                .into_any();
            };
            let Some(framework) = assessment.with_value(|a| published_framework(state, a)) else { return ().into_any() };
            view! {
                <BenchmarkChoices benchmarks=all chosen=benchmark.id.clone() kind=kind/>
                <StandingView framework=framework assessment=assessment.get_value() benchmark=benchmark kind=kind/>
                <p class="body no-print"><a href=Route::Benchmarks.href()>{t::manage()}</a></p>
            }
            .into_any()
        }}
    }
}

/// The printed report's section, with the benchmark chosen on the result page (or the newest);
/// nothing when the framework has none.
#[component]
pub fn BenchmarkReportSection(assessment: Assessment) -> impl IntoView {
    let state = expect_context::<AppState>();
    leptos::task::spawn_local(async move { state.fetch_hosted_benchmarks().await });
    let framework_id = assessment.framework.id.clone();
    let benchmarks = Memo::new(move |_| state.benchmarks_of(&framework_id));
    let assessment = StoredValue::new(assessment);
    move || {
        let (benchmark, kind) = chosen_benchmark(state, &benchmarks.get())?;
        let framework = assessment.with_value(|a| published_framework(state, a))?;
        Some(view! {
            <section class="report__section">
                <h2 class="heading-l">{t::heading()}</h2>
                <StandingView framework=framework assessment=assessment.get_value() benchmark=benchmark kind=kind/>
            </section>
        })
    }
}

/// Which benchmark, when there are several, and which kind of council, when it is split.
#[component]
fn BenchmarkChoices(benchmarks: Vec<Benchmark>, chosen: String, kind: Option<OrganisationType>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let kinds = benchmarks.iter().find(|b| b.id == chosen).map(Benchmark::published_types).unwrap_or_default();
    let choose_benchmark = move |ev: leptos::ev::Event| {
        state.benchmark_choice().set(Some(BenchmarkChoice { id: event_target_value(&ev), kind: None }));
    };
    let chosen_id = StoredValue::new(chosen.clone());
    let choose_kind = move |ev: leptos::ev::Event| {
        let kind = OrganisationType::parse(&event_target_value(&ev));
        state.benchmark_choice().set(Some(BenchmarkChoice { id: chosen_id.get_value(), kind }));
    };
    view! {
        <div class="no-print">
            {(benchmarks.len() > 1).then(|| view! {
                <div class="form-group">
                    <label class="label" for="benchmark-choice">{t::choose_benchmark()}</label>
                    <select class="select" id="benchmark-choice" on:change=choose_benchmark>
                        {benchmarks.iter().map(|b| {
                            let selected = b.id == chosen;
                            view! { <option value=b.id.clone() selected=selected>{t::benchmark_option(&b.title, web::long_day(b.published))}</option> }
                        }).collect_view()}
                    </select>
                </div>
            })}
            {(!kinds.is_empty()).then(|| view! {
                <div class="form-group">
                    <label class="label" for="benchmark-kind">{t::choose_kind()}</label>
                    <select class="select" id="benchmark-kind" on:change=choose_kind>
                        <option value="" selected=kind.is_none()>{t::all_councils()}</option>
                        {kinds.into_iter().map(|k| view! {
                            <option value=k.code() selected=kind == Some(k)>{k.plural()}</option>
                        }).collect_view()}
                    </select>
                </div>
            })}
        </div>
    }
}

/// What the benchmark is, where this result stands in words, the chart and the table.
#[component]
fn StandingView(
    framework: Framework,
    assessment: Assessment,
    benchmark: Benchmark,
    kind: Option<OrganisationType>,
) -> impl IntoView {
    let Some(standing) = standing(&framework, &assessment, &benchmark, kind) else { return ().into_any() };
    let respondents = benchmark.figures_for(kind).and_then(|f| f.respondents).unwrap_or_default() as usize;
    let about = t::about(
        respondents,
        &benchmark.title,
        &benchmark.population,
        web::long_day(benchmark.published),
        benchmark.threshold,
    );
    let compared_with = kind.map(|kind| t::compared_with(kind.plural()));
    let versions = (!standing.same_version).then(|| {
        t::other_version(
            standing.total_statements,
            &benchmark.framework.version,
            &framework.version,
            standing.shared_statements,
        )
    });
    let overall = standing.overall.map(|(score, quartiles, position)| {
        t::overall(
            format_score(Some(score)),
            position.words(),
            format_score(Some(quartiles.lower)),
            format_score(Some(quartiles.upper)),
            format_score(Some(quartiles.median)),
        )
    });
    let groups = position_groups(&standing);
    let not_compared = not_compared_sentence(&standing, benchmark.threshold);
    let chart = BenchmarkChart {
        rows: standing
            .areas
            .iter()
            .map(|area| BenchmarkRow {
                label: area.area.title.clone(),
                band: area.benchmark.map(|(q, _)| Band { lower: q.lower, median: q.median, upper: q.upper }),
                value: area.score,
            })
            .collect(),
        max: framework.top_level(),
    };
    let label = t::chart_label(standing.areas.len(), &framework.area_names.plural, framework.top_level());
    let file_name = t::chart_file(&framework.id);
    view! {
        <p class="body">{about}</p>
        {compared_with.map(|sentence| view! { <p class="body">{sentence}</p> })}
        {versions.map(|sentence| view! { <div class="inset"><p class="body">{sentence}</p></div> })}
        {overall.map(|sentence| view! { <p class="body">{sentence}</p> })}
        {(!groups.is_empty()).then(|| view! {
            <ul class="list">
                {groups.into_iter().map(|(position, names)| view! {
                    <li><strong>{capitalise(position.words())}": "</strong>{names}</li>
                }).collect_view()}
            </ul>
        })}
        {not_compared.map(|sentence| view! { <p class="body">{sentence}</p> })}
        <ChartCanvas chart=Chart::Benchmark(chart) label=label file_name=file_name/>
        {standing_table(&standing, &framework.area_names.singular, benchmark.threshold)}
    }
    .into_any()
}

/// The areas in each position, top quarter first; positions no area is in are left out.
fn position_groups(standing: &Standing) -> Vec<(Position, String)> {
    [
        Position::TopQuarter,
        Position::AboveMedian,
        Position::AroundMedian,
        Position::BelowMedian,
        Position::LowestQuarter,
    ]
    .into_iter()
    .filter_map(|position| {
        let names: Vec<&str> =
            standing.areas.iter().filter(|a| a.position == Ok(position)).map(|a| a.area.title.as_str()).collect();
        (!names.is_empty()).then(|| (position, names.join(", ")))
    })
    .collect()
}

/// Which areas are not compared, and why, in one sentence; `None` when every area is.
fn not_compared_sentence(standing: &Standing, threshold: u32) -> Option<String> {
    let reasons: Vec<String> = standing
        .areas
        .iter()
        .filter_map(|area| match area.position {
            Ok(_) => None,
            Err(reason) => Some(t::not_compared_item(&area.area.title, reason_words(reason, threshold))),
        })
        .collect();
    (!reasons.is_empty()).then(|| t::not_compared(reasons.join("; ")))
}

fn reason_words(reason: NotCompared, threshold: u32) -> String {
    match reason {
        NotCompared::Withheld(Withheld::FewerThanThreshold) => t::fewer_than(threshold),
        NotCompared::Withheld(Withheld::ProtectsOthers) => t::protects_others().to_string(),
        NotCompared::NotInBenchmark => t::not_in_benchmark().to_string(),
        NotCompared::ChangedBetweenVersions => t::changed_between_versions().to_string(),
        NotCompared::NoScore => t::no_score().to_string(),
    }
}

/// The chart's figures: per area, this score, the benchmark's quartiles and where it stands.
fn standing_table(standing: &Standing, noun: &str, threshold: u32) -> impl IntoView + use<> {
    let figure = |value: Option<f64>| value.map_or_else(|| "–".to_string(), |v| format_score(Some(v)));
    let rows = standing
        .areas
        .iter()
        .map(|area| {
            let quartiles = area.benchmark.map(|(q, _)| q);
            let position = match area.position {
                Ok(position) => capitalise(position.words()),
                Err(reason) => capitalise(&reason_words(reason, threshold)),
            };
            view! {
                <tr class="table__row">
                    <th scope="row" class="table__header">{area.area.title.clone()}</th>
                    <td class="table__cell table__cell--numeric">{figure(area.score)}</td>
                    <td class="table__cell table__cell--numeric">{figure(quartiles.map(|q| q.lower))}</td>
                    <td class="table__cell table__cell--numeric">{figure(quartiles.map(|q| q.median))}</td>
                    <td class="table__cell table__cell--numeric">{figure(quartiles.map(|q| q.upper))}</td>
                    <td class="table__cell table__cell--numeric">{area.benchmark.map_or_else(|| "–".to_string(), |(_, n)| n.to_string())}</td>
                    <td class="table__cell">{position}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=t::table_region()>
            <table class="table standing-table">
                <caption class="table__caption">{t::table_caption()}</caption>
                <thead>
                    <tr class="table__row">
                        <th scope="col" class="table__header">{capitalise(noun)}</th>
                        <th scope="col" class="table__header table__header--numeric">{t::your_score()}</th>
                        <th scope="col" class="table__header table__header--numeric">{t::lower_quartile()}</th>
                        <th scope="col" class="table__header table__header--numeric">{t::median()}</th>
                        <th scope="col" class="table__header table__header--numeric">{t::upper_quartile()}</th>
                        <th scope="col" class="table__header table__header--numeric">{t::councils()}</th>
                        <th scope="col" class="table__header">{t::where_you_stand()}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
