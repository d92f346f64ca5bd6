//! What a benchmark is, as a summary list: who the figures describe, when they were published,
//! the framework, how many respondents, the threshold and the kinds of council split out.

use leptos::prelude::*;

use crate::components::summary_list::SummaryList;
use crate::domain::benchmark::Benchmark;
use crate::i18n::t::benchmark_summary as t;
use crate::state::AppState;
use crate::web;

/// `with_title` adds the title as the first row, for where it is not already the heading.
#[component]
pub fn BenchmarkSummary(benchmark: Benchmark, #[prop(optional)] with_title: bool) -> impl IntoView {
    let state = expect_context::<AppState>();
    let reference = &benchmark.framework;
    let framework = match state.catalogue.with_untracked(|c| c.latest(&reference.id).map(|f| f.title.clone())) {
        Some(title) => t::framework_version(title, &reference.version),
        None => t::framework_not_here(&reference.id, &reference.version),
    };
    let kinds: Vec<&str> = benchmark.published_types().into_iter().map(|kind| kind.plural()).collect();
    let kinds = if kinds.is_empty() { t::no_kinds().to_string() } else { kinds.join(", ") };
    let mut rows = Vec::new();
    if with_title {
        rows.push((t::title(), benchmark.title.clone()));
    }
    rows.extend([
        (t::population(), benchmark.population.clone()),
        (t::published(), web::long_day(benchmark.published)),
        (t::framework(), framework),
        (t::respondents(), benchmark.figures.respondents.map(|n| n.to_string()).unwrap_or_default()),
        (t::threshold(), benchmark.threshold.to_string()),
        (t::kinds(), kinds),
    ]);
    view! { <SummaryList rows=rows/> }
}
