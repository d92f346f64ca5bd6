//! Benchmarks: those opened on this device, read from storage the first time a page asks, and
//! those the site hosting Almanac provides in its `benchmarks/` folder, fetched once.

use leptos::prelude::*;

use super::{AppState, OpenPart, Part};
use crate::domain::benchmark::Benchmark;
use crate::storage::{Key, Library};

/// The benchmarks' signals live here rather than in `AppState`, made the first time a page asks:
/// a signal's code is made for each type it holds, and `AppState` is in the quick check's first
/// download, which has no room for code it never runs.
struct Signals {
    kept: ArcRwSignal<Vec<Benchmark>>,
    hosted: ArcRwSignal<Option<Hosted>>,
    choice: ArcRwSignal<Option<BenchmarkChoice>>,
}

thread_local! {
    static SIGNALS: Signals = Signals {
        kept: ArcRwSignal::new(Vec::new()),
        hosted: ArcRwSignal::new(None),
        choice: ArcRwSignal::new(None),
    };
}

/// After everything on the device is deleted: no benchmark is kept any more.
pub(super) fn forget() {
    SIGNALS.with(|signals| signals.kept.set(Vec::new()));
}

/// Where a host lists the benchmark files it provides, beside the app.
const HOSTED_INDEX: &str = "benchmarks/index.json";

/// What the hosting site provides: the benchmarks that could be read, and any file that could
/// not, with why (for the person running the site to put right).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Hosted {
    pub benchmarks: Vec<Benchmark>,
    pub problems: Vec<(String, String)>,
}

/// The hosting site's list of benchmark files.
#[derive(serde::Deserialize)]
struct Index {
    benchmarks: Vec<String>,
}

impl AppState {
    /// Reactive: every benchmark opened on this device, newest first.
    pub fn kept_benchmarks(&self) -> ArcRwSignal<Vec<Benchmark>> {
        if self.parts.with_value(|parts| !parts.iter().any(|open| open.part == Part::Benchmarks)) {
            self.read_benchmarks();
            let state = *self;
            let reload = move |_: Option<&Key>| state.read_benchmarks();
            self.parts.update_value(|parts| {
                parts.push(OpenPart { part: Part::Benchmarks, reload: std::rc::Rc::new(reload), write: None })
            });
        }
        SIGNALS.with(|signals| signals.kept.clone())
    }

    /// Reactive: what the hosting site provides, `None` until fetched (see `fetch_hosted_benchmarks`).
    pub fn hosted_benchmarks(&self) -> ArcRwSignal<Option<Hosted>> {
        SIGNALS.with(|signals| signals.hosted.clone())
    }

    /// The benchmark chosen on a result page, if any.
    pub fn benchmark_choice(&self) -> ArcRwSignal<Option<BenchmarkChoice>> {
        SIGNALS.with(|signals| signals.choice.clone())
    }

    /// Reactive: every benchmark of a framework, from this device and the hosting site, newest
    /// first; one opened here stands in for the site's copy of it.
    pub fn benchmarks_of(&self, framework_id: &str) -> Vec<Benchmark> {
        let mut all: Vec<Benchmark> = self
            .kept_benchmarks()
            .with(|kept| kept.iter().filter(|b| b.framework.id == framework_id).cloned().collect());
        self.hosted_benchmarks().with(|hosted| {
            for benchmark in hosted.iter().flat_map(|h| &h.benchmarks) {
                if benchmark.framework.id == framework_id && !all.iter().any(|b| b.id == benchmark.id) {
                    all.push(benchmark.clone());
                }
            }
        });
        all.sort_by(|a, b| b.published.cmp(&a.published).then_with(|| a.title.cmp(&b.title)));
        all
    }

    /// Keeps a benchmark on this device, replacing an earlier copy of the same one.
    pub fn keep_benchmark(&self, benchmark: Benchmark) {
        let key = Key::Benchmark(benchmark.id.clone());
        let text = benchmark.to_json();
        self.kept_benchmarks().update(|all| {
            all.retain(|b| b.id != benchmark.id);
            all.insert(0, benchmark);
        });
        self.write(key, Some(text));
    }

    pub fn remove_benchmark(&self, id: &str) {
        self.kept_benchmarks().update(|all| all.retain(|b| b.id != id));
        self.write(Key::Benchmark(id.to_string()), None);
    }

    /// Fetches the hosting site's benchmarks once. A site with none (no index) simply has none;
    /// offline, the service worker's copy from the last visit is used.
    pub async fn fetch_hosted_benchmarks(&self) {
        let hosted_signal = self.hosted_benchmarks();
        if hosted_signal.with_untracked(Option::is_some) {
            return;
        }
        let Ok(index) = crate::web::fetch_text(HOSTED_INDEX).await else {
            hosted_signal.set(Some(Hosted::default()));
            return;
        };
        let mut hosted = Hosted::default();
        let files = match serde_json::from_str::<Index>(&index) {
            Ok(index) => index.benchmarks,
            Err(error) => {
                hosted.problems.push((HOSTED_INDEX.to_string(), error.to_string()));
                Vec::new()
            }
        };
        for file in files {
            // Only files beside the index: the list names files, never another address.
            if file.contains(['/', '\\', ':']) || !file.ends_with(".json") {
                hosted.problems.push((file, crate::i18n::t::benchmarks::hosted_bad_name().to_string()));
                continue;
            }
            let read = crate::web::fetch_text(&format!("benchmarks/{file}"))
                .await
                .and_then(|text| Benchmark::from_json(&text).map_err(|problems| problems.to_string()));
            match read {
                Ok(benchmark) => hosted.benchmarks.push(benchmark),
                Err(problem) => hosted.problems.push((file, problem)),
            }
        }
        hosted_signal.set(Some(hosted));
    }

    fn read_benchmarks(&self) {
        if let Ok((benchmarks, damaged)) = self.library.with_value(Library::load_benchmarks) {
            SIGNALS.with(|signals| signals.kept.set(benchmarks));
            if !damaged.is_empty() {
                self.damaged.update(|all| {
                    all.retain(|d| !damaged.iter().any(|new| new.key == d.key));
                    all.extend(damaged);
                });
            }
        }
    }
}

/// The benchmark a person chose to compare with on a result page, and the kind of council;
/// kept while the app is open, for the action plan and the printed report.
#[derive(Debug, Clone, PartialEq)]
pub struct BenchmarkChoice {
    pub id: String,
    pub kind: Option<crate::domain::organisation::OrganisationType>,
}
