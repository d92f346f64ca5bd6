//! On the action plan: marks the items where this council's level is below a benchmark's median
//! for the statement, when the person asks for it.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::components::benchmark_standing::chosen_benchmark;
use crate::domain::benchmark::standing;
use crate::i18n::t::benchmark_marks as t;
use crate::state::AppState;

/// Each statement below the benchmark's median, with that median, by statement id.
pub type Marks = BTreeMap<String, f64>;

/// The choice to mark items, shown only when a benchmark of the framework is at hand; fills
/// `marks` while it is ticked.
#[component]
pub fn BenchmarkMarks(id: String, marks: RwSignal<Marks>) -> impl IntoView {
    let state = expect_context::<AppState>();
    leptos::task::spawn_local(async move { state.fetch_hosted_benchmarks().await });
    let ticked = RwSignal::new(false);
    let framework_id = state.assessment(&id).map(|a| a.framework.id).unwrap_or_default();
    let benchmarks = Memo::new(move |_| state.benchmarks_of(&framework_id));
    let chosen = Memo::new(move |_| chosen_benchmark(state, &benchmarks.get()));
    Effect::new(move |_| {
        let found = ticked.get().then(|| chosen.get()).flatten().and_then(|(benchmark, kind)| {
            let assessment = state.assessment(&id)?;
            let framework =
                state.catalogue.with(|c| c.find(&assessment.framework.id, &assessment.framework.version).cloned())?;
            let standing = standing(&framework, &assessment, &benchmark, kind)?;
            Some(
                framework
                    .statements()
                    .filter_map(|(_, statement)| {
                        let level = assessment.rating(&statement.id)?.level()?;
                        let median = standing.statement_median(&statement.id)?;
                        standing.is_below_median(&statement.id, level).then(|| (statement.id.clone(), median))
                    })
                    .collect(),
            )
        });
        marks.set(found.unwrap_or_default());
    });
    move || {
        chosen.get().map(|(benchmark, _)| {
            view! {
                <div class="checkboxes__item no-print">
                    <input class="checkboxes__input" type="checkbox" id="benchmark-marks"
                        prop:checked=move || ticked.get() on:change=move |ev| ticked.set(event_target_checked(&ev))/>
                    <label class="checkboxes__label" for="benchmark-marks">{t::mark_below(&benchmark.title)}</label>
                </div>
            }
        })
    }
}
