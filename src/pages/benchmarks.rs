//! The benchmarks opened on this device and those the hosting site provides: open a benchmark
//! file to keep it here, or remove one.

use leptos::prelude::*;

use crate::components::benchmark_summary::BenchmarkSummary;
use crate::components::confirm::{Confirm, FileField, JSON_FILES};
use crate::components::error_summary::{ErrorItem, FileProblems};
use crate::domain::benchmark::{Benchmark, MAX_FILE_BYTES};
use crate::i18n::t::benchmarks as t;
use crate::state::AppState;
use crate::web;

const OPEN_INPUT_ID: &str = "benchmark-file";

/// What happened to the last file opened, or the last benchmark removed.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    Idle,
    Failed {
        file: String,
        problems: Vec<String>,
    },
    /// Kept: its title, and whether results of its framework can be compared with it here.
    Kept {
        title: String,
        compare: String,
    },
    Removed(String),
}

#[component]
pub fn BenchmarksPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    leptos::task::spawn_local(async move { state.fetch_hosted_benchmarks().await });
    let outcome = RwSignal::new(Outcome::Idle);
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = web::take_chosen_file(&ev) else { return };
        let name = file.name();
        leptos::task::spawn_local(async move {
            let read = match web::read_file(file, MAX_FILE_BYTES).await {
                Ok(text) => {
                    Benchmark::from_json(&text).map_err(|problems| problems.0.iter().map(ToString::to_string).collect())
                }
                Err(problem) => Err(vec![problem]),
            };
            outcome.set(match read {
                Ok(benchmark) => {
                    let framework = &benchmark.framework.id;
                    let compare = match state.catalogue.with_untracked(|c| c.latest(framework).map(|f| f.title.clone()))
                    {
                        Some(title) => t::opened_compare(title),
                        None => t::opened_no_framework(framework),
                    };
                    let title = benchmark.title.clone();
                    state.keep_benchmark(benchmark);
                    Outcome::Kept { title, compare }
                }
                Err(problems) => Outcome::Failed { file: name, problems },
            });
        });
    };
    let kept = Memo::new(move |_| {
        let mut all = state.kept_benchmarks().get();
        all.sort_by(|a, b| b.published.cmp(&a.published).then_with(|| a.title.cmp(&b.title)));
        all
    });
    let hosted = move || state.hosted_benchmarks().get().unwrap_or_default();
    // Said only once the site has answered, so it does not flash up before a hosted benchmark.
    let nothing = move || {
        kept.with(Vec::is_empty)
            && state.hosted_benchmarks().with(|h| h.as_ref().is_some_and(|h| h.benchmarks.is_empty()))
    };

    view! {
        {move || match outcome.get() {
            Outcome::Failed { file, problems } => {
                let errors = problems.into_iter().map(|message| ErrorItem { message, field: Some(OPEN_INPUT_ID.into()) }).collect();
                view! { <FileProblems title=t::open_failed(file) errors=errors/> }.into_any()
            }
            Outcome::Kept { title, compare } => view! {
                <div class="notification notification--success" role="status">
                    <p class="notification__heading">{t::opened(title)}</p>
                    <p class="body">{compare}</p>
                </div>
            }
            .into_any(),
            Outcome::Removed(title) => view! {
                <div class="notification notification--success" role="status">
                    <p class="notification__heading">{t::removed(title)}</p>
                </div>
            }
            .into_any(),
            Outcome::Idle => ().into_any(),
        }}
        <h1 class="heading-l" tabindex="-1">{t::heading()}</h1>
        <p class="lead">{t::lead()}</p>
        <p class="body">{t::intro()}</p>
        <Show when=nothing>
            <p class="body">{t::none()}</p>
        </Show>
        <Show when=move || !kept.with(Vec::is_empty)>
            <h2 class="heading-m">{t::kept_heading()}</h2>
            <ul class="saved-list">
                {move || kept.get().into_iter().map(|benchmark| view! { <KeptItem benchmark=benchmark outcome=outcome/> }).collect_view()}
            </ul>
        </Show>
        {move || {
            let hosted = hosted();
            view! {
                {(!hosted.benchmarks.is_empty()).then(|| view! {
                    <h2 class="heading-m">{t::hosted_heading()}</h2>
                    <p class="body">{t::hosted_body()}</p>
                    <ul class="saved-list">
                        {hosted.benchmarks.into_iter().map(|benchmark| view! {
                            <li class="saved-list__item">
                                <h3 class="heading-s">{benchmark.title.clone()}</h3>
                                <BenchmarkSummary benchmark=benchmark/>
                            </li>
                        }).collect_view()}
                    </ul>
                })}
                {(!hosted.problems.is_empty()).then(|| view! {
                    <div class="notification notification--warning" role="region" aria-labelledby="hosted-problems-title">
                        <h2 class="notification__title" id="hosted-problems-title">{t::hosted_problems_heading()}</h2>
                        <p class="body">{t::hosted_problems_body()}</p>
                        <ul class="list">
                            {hosted.problems.into_iter().map(|(file, problem)| view! { <li>{t::hosted_problem(file, problem)}</li> }).collect_view()}
                        </ul>
                    </div>
                })}
            }
        }}
        <h2 class="heading-m">{t::open_heading()}</h2>
        <FileField accept=JSON_FILES id=OPEN_INPUT_ID label=t::open_label() hint=t::open_hint()
            failed=Signal::derive(move || matches!(outcome.get(), Outcome::Failed { .. })) on_file=on_file/>
    }
}

/// A benchmark kept on this device, with what it is and a button that asks before removing it.
#[component]
fn KeptItem(benchmark: Benchmark, outcome: RwSignal<Outcome>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let confirming = RwSignal::new(false);
    let (id, title) = (benchmark.id.clone(), benchmark.title.clone());
    let remove = {
        let title = title.clone();
        move || {
            state.remove_benchmark(&id);
            outcome.set(Outcome::Removed(title.clone()));
        }
    };
    let question = t::remove_question(&title);
    view! {
        <li class="saved-list__item">
            <h3 class="heading-s">{title.clone()}</h3>
            <BenchmarkSummary benchmark=benchmark/>
            <Show
                when=move || confirming.get()
                fallback={
                    let title = title.clone();
                    move || view! {
                        <button type="button" class="button button--secondary" on:click=move |_| confirming.set(true)>
                            {t::remove()}<span class="visually-hidden">{t::remove_which(&title)}</span>
                        </button>
                    }
                }
            >
                <Confirm label=question.clone() heading=true yes=t::remove_yes() no=t::cancel()
                    on_yes=remove.clone() on_no=move || confirming.set(false)>
                    <p class="body">{t::remove_body()}</p>
                </Confirm>
            </Show>
        </li>
    }
}
