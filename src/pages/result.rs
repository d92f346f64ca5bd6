//! The result: overall and per-outcome scores, the radar chart with its table, and next steps.

use leptos::prelude::*;

use crate::components::document_download::DocumentDownload;

use crate::charts::Chart;
use crate::charts::gaps::{GapBar, GapChart};
use crate::charts::heatmap::{HeatMap, HeatRow};
use crate::charts::radar::RadarChart;
use crate::components::benchmark_standing::BenchmarkSection;
use crate::components::chart_canvas::ChartCanvas;
use crate::components::confirm::Confirm;
use crate::components::copy_button::CopyButton;
use crate::components::result_tables::ScoreTable;
use crate::components::result_tables::{GapTable, LevelTable, heat_map_columns};
use crate::domain::assessment::{Assessment, WorkshopRecord};
use crate::domain::catalogue::QUICK_CHECK_ID;
use crate::domain::exchange;
use crate::domain::framework::ExampleKind;
use crate::domain::framework::Framework;
use crate::domain::scoring::{explanation, format_score, score};
use crate::domain::share;
use crate::domain::spreadsheet;
use crate::domain::tables::level_counts;
use crate::domain::text::isolated;
use crate::i18n::t::result as t;
use crate::pages::WithAssessment;
use crate::pages::action_plan::csv_name;
use crate::routes::Route;
use crate::state::AppState;
use crate::web;

#[component]
pub fn ResultPage(id: String) -> impl IntoView {
    // The quick check's challenges and examples are not in the first download: fetched now, they
    // join the next steps when they arrive, and are simply left out offline.
    let state = expect_context::<AppState>();
    {
        let id = id.clone();
        leptos::task::spawn_local(async move {
            let _ = state.fetch_framework_of(&id).await;
        });
    }
    view! { <WithAssessment id=id page=|assessment, framework| view! { <ResultView assessment=assessment framework=framework/> }/> }
}

#[component]
fn ResultView(assessment: Assessment, framework: Framework) -> impl IntoView {
    let state = expect_context::<AppState>();
    let scores = score(&framework, &assessment);
    let (total, answered) = (scores.total(), scores.answered());
    let plan = Route::ActionPlan { assessment: assessment.id.clone() };
    let report = Route::Report { assessment: assessment.id.clone() };
    let roadmap = Route::Roadmap { assessment: assessment.id.clone() };
    let answers_csv = {
        let (framework, assessment) = (framework.clone(), assessment.clone());
        move |_| {
            let text = spreadsheet::answers_csv(&framework, &assessment);
            let _ = web::download(&csv_name(&assessment, t::answers_file()), "text/csv", &text);
        }
    };
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
    let delete = move || {
        state.delete(&delete_id);
        web::navigate(&Route::Saved);
    };
    let keep_note = move || {
        if state.is_persistent() { t::kept_in_browser() } else { t::not_kept() }
    };

    view! {
        <ResultSummary assessment=assessment.clone() framework=framework.clone()/>
        <Show when=move || { answered < total }>
            <div class="inset">
                <p class="body">{t::not_complete(total, answered)}<a href=continue_at.href()>{t::continue_answering()}</a></p>
            </div>
        </Show>
        <p class="body"><a href=plan.href()>{t::full_plan_link()}</a>{t::full_plan_after()}</p>
        <p class="body"><a href=roadmap.href()>{t::roadmap_link()}</a>{t::roadmap_after()}</p>

        <h2 class="heading-m">{t::downloads_heading()}</h2>
        <div class="button-group">
            <a class="button button--secondary" href=report.href()>{t::printable_report()}</a>
            <button type="button" class="button button--secondary" on:click=answers_csv>{t::download_answers()}</button>
            <DocumentDownload label=crate::i18n::t::document_download::workbook().to_string()
                make=crate::pages::workbook_of(state, assessment.id.clone())/>
        </div>

        <ShareLink assessment=assessment.clone()/>

        <h2 class="heading-m">{t::keep_heading()}</h2>
        <p class="body">{keep_note}</p>
        <div class="button-group">
            <button type="button" class="button" on:click=download>{t::download_result()}</button>
            <a class="button button--secondary" href=change.href()>{t::change_answers()}</a>
        </div>
        <Show
            when=move || confirming_delete.get()
            fallback=move || view! { <button type="button" class="button button--warning" on:click=move |_| confirming_delete.set(true)>{t::delete_result()}</button> }
        >
            <Confirm label=t::delete_question() heading=true yes=t::delete_yes() no=t::delete_no()
                on_yes=delete.clone() on_no=move || confirming_delete.set(false)>
                <p class="body">{t::delete_warning()}</p>
            </Confirm>
        </Show>
    }
}

/// What any result shows, saved or shared: the score, sentences, charts and next steps.
#[component]
pub fn ResultSummary(assessment: Assessment, framework: Framework) -> impl IntoView {
    let state = expect_context::<AppState>();
    // The quick check's next steps come with its whole file, fetched during the questions.
    let is_whole = state.catalogue.with_untracked(|c| c.is_whole(&framework.id, &framework.version));
    let scores = score(&framework, &assessment);
    let top = framework.top_level();
    let title = t::title(assessment.display_title(&framework.title));
    let headline = match scores.overall {
        Some(overall) => {
            let nearest = framework.level(overall.round() as u8).map(|l| l.name.clone()).unwrap_or_default();
            view! {
                <div class="panel">
                    <h1 class="panel__title" tabindex="-1">{title}</h1>
                    <p class="panel__body">{t::overall_score()}<br/><strong class="panel__score">{t::out_of(format_score(Some(overall)), top)}</strong><br/>{t::closest_level(nearest)}</p>
                </div>
            }
            .into_any()
        }
        None => view! {
            <h1 class="heading-l" tabindex="-1">{title}</h1>
            <p class="body">{t::no_overall_score()}</p>
        }
        .into_any(),
    };
    let next_steps = scores.next_steps(&assessment, 3);
    let is_full = framework.id != QUICK_CHECK_ID;
    view! {
        {headline}
        {assessment.workshop.map(|record| view! { <p class="hint">{agreed_in_workshop(&record)}</p> })}
        <p class="body">{scores.completeness_sentence(&framework)}</p>
        <p class="body">{scores.strength_sentence(&framework)}</p>
        {is_full.then(|| view! { <p class="body">{scores.gap_sentence(&framework)}</p> })}
        {scores.evidence_gap_sentence(&framework).map(|sentence| view! { <p class="body">{sentence}</p> })}
        <details class="details">
            <summary class="details__summary">{t::how_scored()}</summary>
            <div class="details__text">{explanation(&framework)}</div>
        </details>

        <ResultCharts framework=framework.clone() assessment=assessment.clone()/>
        <BenchmarkSection assessment=assessment.clone()/>

        <h2 class="heading-m">{t::next_heading()}</h2>
        {if next_steps.is_empty() && !is_whole {
            view! { <p class="body">{t::next_steps_offline()}</p> }.into_any()
        } else if next_steps.is_empty() {
            view! { <p class="body">{t::no_next_step()}</p> }.into_any()
        } else {
            view! {
                <ol class="next-steps">
                    {next_steps.iter().map(|step| {
                        let level_name = framework.level(step.level).map(|l| l.name.clone()).unwrap_or_default();
                        view! {
                            <li class="next-steps__item">
                                <h3 class="heading-s">{step.area.title.clone()}</h3>
                                <p class="hint">{t::you_answered(step.level, level_name)}</p>
                                <p class="body">{step.guidance.to_string()}</p>
                                {step.area.challenges.first().map(|c| view! {
                                    <p class="body"><strong>{t::common_challenge()}</strong>{c.challenge.clone()}
                                        {c.mitigations.first().map(|m| view! { " "<strong>{t::what_helps()}</strong>{m.clone()} })}</p>
                                })}
                                {step.area.examples.first().map(|e| view! {
                                    <p class="body"><strong>{match e.kind {
                                        Some(ExampleKind::Example) => t::example(),
                                        Some(ExampleKind::Illustration) => t::illustration(),
                                        None => t::good_practice(),
                                    }}</strong>{e.text.clone()}</p>
                                })}
                            </li>
                        }
                    }).collect_view()}
                </ol>
            }.into_any()
        }}
    }
}

/// "Agreed in a workshop on 1 December 2026 by 5 people", for a group's agreed assessment.
pub fn agreed_in_workshop(record: &WorkshopRecord) -> String {
    t::agreed_in_workshop(record.people as usize, web::long_day(record.date))
}

/// Makes a link that carries the result in its fragment, which browsers never send to a server.
#[component]
fn ShareLink(assessment: Assessment) -> impl IntoView {
    let has_notes = assessment.answers.values().any(|a| a.evidence.is_some()) || !assessment.details.is_empty();
    let include_notes = RwSignal::new(false);
    // The link, or how long it would have been when too long to open.
    let link = RwSignal::new(None::<Result<String, usize>>);
    let file = (crate::pages::file_name(&assessment), crate::domain::exchange::to_json(&assessment));
    let create = move |_| {
        let data = share::encode(&assessment, include_notes.get_untracked());
        link.set(Some(if share::opens(&data) { Ok(web::link_to(&Route::Shared { data })) } else { Err(data.len()) }));
    };
    view! {
        <h2 class="heading-m">{t::share_heading()}</h2>
        <p class="body">{t::share_body()}</p>
        {has_notes.then(|| view! {
            <div class="checkboxes__item">
                <input class="checkboxes__input" type="checkbox" id="share-notes" prop:checked=move || include_notes.get()
                    on:change=move |ev| { include_notes.set(event_target_checked(&ev)); link.set(None); }/>
                <label class="checkboxes__label" for="share-notes">{t::share_notes()}</label>
            </div>
        })}
        <button type="button" class="button button--secondary" on:click=create>{t::create_link()}</button>
        {move || link.get().map(|made| match made {
            Ok(url) => view! {
                <div class="form-group">
                    <label class="label" for="share-link">{t::share_link()}</label>
                    <input class="input input--wide" type="text" id="share-link" readonly prop:value=url.clone()/>
                </div>
                <CopyButton text=url label=t::copy_link() copied=t::link_copied() refused=t::copy_refused()/>
            }.into_any(),
            Err(length) => {
                let instead = if include_notes.get_untracked() { t::too_long_without_notes() } else { t::too_long_instead() };
                let (name, text) = file.clone();
                view! {
                    <div class="notification notification--warning" role="region" aria-labelledby="share-too-long-title">
                        <h3 class="notification__title" id="share-too-long-title">{t::too_long_heading()}</h3>
                        <p class="body">{t::too_long(length, share::MAX_LINK_CHARS, instead)}</p>
                        <button type="button" class="button button--secondary"
                            on:click=move |_| { let _ = web::download(&name, "application/json", &text); }>{t::download_file()}</button>
                    </div>
                }.into_any()
            }
        })}
    }
}

/// The result's charts, each with its text alternative: the page draws them on canvases, the
/// Word report (`office::report_document`) takes them as pictures.
pub struct ResultChartSet {
    /// Score (and target) per area.
    pub scores: (Chart, String),
    /// When an area's target is above its score: the gaps, largest first.
    pub gaps: Option<(Chart, String)>,
    /// When an area has more than one statement: the answers at each level.
    pub levels: Option<(Chart, String)>,
}

pub fn result_charts(framework: &Framework, assessment: &Assessment) -> ResultChartSet {
    let scores = score(framework, assessment);
    let top = framework.top_level();
    let noun = &framework.area_names.singular;
    let nouns = &framework.area_names.plural;
    let radar = RadarChart {
        axes: scores.areas.iter().map(|a| a.area.title.clone()).collect(),
        max: top,
        values: scores.areas.iter().map(|a| a.score).collect(),
        targets: scores.areas.iter().map(|a| a.target).collect(),
    };
    let radar_label = if scores.areas.iter().any(|a| a.target.is_some()) {
        t::radar_label_targets(scores.areas.len(), nouns, top)
    } else {
        t::radar_label(scores.areas.len(), nouns, top)
    };
    let mut gaps: Vec<GapBar> = scores
        .areas
        .iter()
        .filter_map(|a| {
            a.gap()?;
            Some(GapBar { label: a.area.title.clone(), current: a.score?, target: a.target? })
        })
        .collect();
    gaps.sort_by(|x, y| (y.target - y.current).total_cmp(&(x.target - x.current)));
    let gaps = (!gaps.is_empty()).then(|| (Chart::Gaps(GapChart { bars: gaps, max: top }), t::gaps_label(noun)));
    let one_per_area = framework.areas.iter().all(|a| a.statements.len() == 1);
    let levels = (!one_per_area).then(|| {
        let heat = HeatMap {
            rows: level_counts(framework, assessment)
                .into_iter()
                .map(|(label, counts)| HeatRow { label, counts })
                .collect(),
            columns: heat_map_columns(framework),
        };
        (Chart::Levels(heat), t::levels_label(noun))
    });
    ResultChartSet { scores: (Chart::Radar(radar), radar_label), gaps, levels }
}

/// Each chart of the result with its data table: score against target, gaps, answers by level.
#[component]
pub fn ResultCharts(framework: Framework, assessment: Assessment) -> impl IntoView {
    let has_targets = score(&framework, &assessment).areas.iter().any(|a| a.target.is_some());
    let noun = framework.area_names.singular.clone();
    let ResultChartSet { scores: (radar, radar_label), gaps, levels } = result_charts(&framework, &assessment);
    let heat_note = t::heat_note(isolated(&framework.scale.dont_know), isolated(&framework.scale.not_applicable));
    let stem = format!("almanac-{}", assessment.framework.id);
    view! {
        <h2 class="heading-m">{if has_targets { t::scores_and_targets_heading(&noun) } else { t::scores_heading(&noun) }}</h2>
        <ChartCanvas chart=radar label=radar_label file_name=t::scores_file(&stem)/>
        <ScoreTable framework=framework.clone() assessment=assessment.clone()/>
        {gaps.map(|(chart, label)| view! {
            <h2 class="heading-m">{t::gaps_heading()}</h2>
            <ChartCanvas chart=chart label=label file_name=t::gaps_file(&stem)/>
            <GapTable framework=framework.clone() assessment=assessment.clone()/>
        })}
        {levels.map(|(chart, label)| view! {
            <h2 class="heading-m">{t::levels_heading()}</h2>
            <ChartCanvas chart=chart label=label file_name=t::levels_file(&stem)/>
            <p class="hint">{heat_note}</p>
            <LevelTable framework=framework.clone() assessment=assessment.clone()/>
        })}
    }
}
