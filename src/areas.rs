//! The parts of Almanac that load when first needed.
//!
//! The first download holds only the home page and the quick check's questions. Every other page
//! belongs to an area whose code is a separate WebAssembly chunk (split at the functions below by
//! `wasm_split`, see `scripts/build-wasm.sh`), fetched the first time someone goes there with the
//! styles those pages share, and kept by the service worker. Which area a route belongs to is decided in `routes.rs`.

use futures::FutureExt;
use leptos::prelude::*;
use wasm_split_helpers::wasm_split;

use crate::i18n::t::frame as t;
use crate::lazy::NotLoaded;
use crate::routes::{Area, Route};
use crate::state::AppState;

/// The styles of every page outside the first download, kept apart so that the quick check's
/// first download carries only its own (`style/pages.css`, named by content in `build.rs`).
const PAGE_STYLES_URL: &str = include!(concat!(env!("OUT_DIR"), "/page_styles_url.rs"));

/// Fetches, side by side, the code and styles of a route's area and what it shows: the saved
/// records, when they have not been read yet, and the built-in frameworks, when the route needs
/// them.
async fn prepare(state: AppState, route: &Route) -> Result<(), NotLoaded> {
    // Saved records first: whether a page waits for the other frameworks depends on them.
    let data = async {
        state.read_storage().await?;
        if needs_frameworks(&state, route) { state.fetch_frameworks().await } else { Ok(()) }
    };
    let styles = async {
        match route.area() {
            Area::First => Ok(()),
            _ => {
                let (styles, words) =
                    futures::future::join(crate::web::load_stylesheet(PAGE_STYLES_URL), crate::lazy::page_words())
                        .await;
                styles.map_err(|_| NotLoaded).and(words)
            }
        }
    };
    let (code, data, styles) = futures::future::join3(preload(route.area()), data, styles).await;
    code.and(data).and(styles)
}

/// The page for a route whose area's code is here: its split function answers at once.
fn page(route: Route) -> Result<AnyView, NotLoaded> {
    let page = match route.area() {
        Area::First => return Ok(crate::app::first_page(route)),
        Area::Home => home(route).now_or_never(),
        Area::Results => results(route).now_or_never(),
        Area::Assess => assess(route).now_or_never(),
        Area::Performance => performance(route).now_or_never(),
        Area::Compare => compare(route).now_or_never(),
        Area::Saved => saved(route).now_or_never(),
        Area::Embed => embed(route).now_or_never(),
    };
    page.unwrap_or(Err(NotLoaded))
}

/// Whether a page shows or lists assessments whose framework is one of the built-in data files
/// not fetched yet, or shows what the first download leaves out of the quick check. The quick
/// check's questions and result never wait for them.
fn needs_frameworks(state: &AppState, route: &Route) -> bool {
    if state.has_every_framework() {
        return false;
    }
    match route {
        Route::Result { assessment }
        | Route::Overview { assessment }
        | Route::Details { assessment }
        | Route::Area { assessment, .. }
        | Route::CheckAnswers { assessment } => state.is_waiting(assessment),
        // The plan and the report show the framework's challenges and examples, which the quick
        // check's first download leaves out.
        Route::ActionPlan { .. }
        | Route::Roadmap { .. }
        | Route::Report { .. }
        | Route::Shared { .. }
        | Route::Start
        | Route::Frameworks
        | Route::Saved
        | Route::Compare
        | Route::Trend { .. }
        | Route::SideBySide { .. }
        | Route::Group { .. }
        | Route::Workshop { .. }
        | Route::PublishBenchmark { .. }
        | Route::Benchmarks => true,
        _ => false,
    }
}

/// Fetches an area's code without showing it, so a page the person is about to reach (the quick
/// check's result) appears at once.
pub async fn preload(area: Area) -> Result<(), NotLoaded> {
    let loaded = match area {
        Area::First => Ok(()),
        Area::Home => preload_home().await,
        Area::Results => preload_results().await,
        Area::Assess => preload_assess().await,
        Area::Performance => preload_performance().await,
        Area::Compare => preload_compare().await,
        Area::Saved => preload_saved().await,
        Area::Embed => preload_embed().await,
    };
    loaded.map_err(NotLoaded::from)
}

#[wasm_split(home, fallible, preload(preload_home))]
fn home(route: Route) -> Result<AnyView, NotLoaded> {
    use crate::pages::home::HomePage;
    Ok(match route {
        Route::Home => view! { <HomePage/> }.into_any(),
        _ => crate::app::first_page(Route::NotFound),
    })
}

#[wasm_split(results, fallible, preload(preload_results))]
fn results(route: Route) -> Result<AnyView, NotLoaded> {
    use crate::pages::{result::ResultPage, shared::SharedResultPage};
    Ok(match route {
        Route::Result { assessment } => view! { <ResultPage id=assessment/> }.into_any(),
        Route::Shared { data } => view! { <SharedResultPage data=data/> }.into_any(),
        _ => crate::app::first_page(Route::NotFound),
    })
}

#[wasm_split(assess, fallible, preload(preload_assess))]
fn assess(route: Route) -> Result<AnyView, NotLoaded> {
    use crate::pages::action_plan::ActionPlanPage;
    use crate::pages::area::AreaPage;
    use crate::pages::check_answers::CheckAnswersPage;
    use crate::pages::frameworks::FrameworksPage;
    use crate::pages::overview::OverviewPage;
    use crate::pages::report::ReportPage;
    use crate::pages::roadmap::RoadmapPage;
    use crate::pages::start::{DetailsPage, StartPage};
    Ok(match route {
        Route::Start => view! { <StartPage/> }.into_any(),
        Route::Details { assessment } => view! { <DetailsPage id=assessment/> }.into_any(),
        Route::Overview { assessment } => view! { <OverviewPage id=assessment/> }.into_any(),
        Route::Area { assessment, area, statement } => {
            view! { <AreaPage id=assessment area=area statement=statement/> }.into_any()
        }
        Route::CheckAnswers { assessment } => view! { <CheckAnswersPage id=assessment/> }.into_any(),
        Route::Frameworks => view! { <FrameworksPage/> }.into_any(),
        Route::ActionPlan { assessment } => view! { <ActionPlanPage id=assessment/> }.into_any(),
        Route::Roadmap { assessment } => view! { <RoadmapPage id=assessment/> }.into_any(),
        Route::Report { assessment } => view! { <ReportPage id=assessment/> }.into_any(),
        _ => crate::app::first_page(Route::NotFound),
    })
}

#[wasm_split(performance, fallible, preload(preload_performance))]
fn performance(route: Route) -> Result<AnyView, NotLoaded> {
    use crate::pages::performance::PerformancePage;
    use crate::pages::performance_channels::PerformanceChannelsPage;
    use crate::pages::performance_report::PerformanceReportPage;
    use crate::pages::service::ServicePage;
    use crate::pages::service_figures::ServiceFiguresPage;
    use crate::pages::services::ServicesPage;
    Ok(match route {
        Route::Performance => view! { <PerformancePage/> }.into_any(),
        Route::PerformanceChannels => view! { <PerformanceChannelsPage/> }.into_any(),
        Route::PerformanceReport { period } => view! { <PerformanceReportPage period=period/> }.into_any(),
        Route::Services => view! { <ServicesPage/> }.into_any(),
        Route::Service { service } => view! { <ServicePage service=service/> }.into_any(),
        Route::ServiceFigures { service, period } => {
            view! { <ServiceFiguresPage service=service period=period/> }.into_any()
        }
        _ => crate::app::first_page(Route::NotFound),
    })
}

#[wasm_split(compare, fallible, preload(preload_compare))]
fn compare(route: Route) -> Result<AnyView, NotLoaded> {
    use crate::pages::benchmarks::BenchmarksPage;
    use crate::pages::compare::{ComparePage, SideBySidePage, TrendPage};
    use crate::pages::group::GroupPage;
    use crate::pages::publish_benchmark::PublishBenchmarkPage;
    use crate::pages::workshop::WorkshopPage;
    Ok(match route {
        Route::Compare => view! { <ComparePage/> }.into_any(),
        Route::Trend { framework } => view! { <TrendPage framework=framework/> }.into_any(),
        Route::SideBySide { before, after } => view! { <SideBySidePage before=before after=after/> }.into_any(),
        Route::Group { group } => view! { <GroupPage group=group/> }.into_any(),
        Route::Workshop { group } => view! { <WorkshopPage group=group/> }.into_any(),
        Route::PublishBenchmark { group } => view! { <PublishBenchmarkPage group=group/> }.into_any(),
        Route::Benchmarks => view! { <BenchmarksPage/> }.into_any(),
        _ => crate::app::first_page(Route::NotFound),
    })
}

#[wasm_split(saved, fallible, preload(preload_saved))]
fn saved(route: Route) -> Result<AnyView, NotLoaded> {
    use crate::pages::saved::SavedPage;
    Ok(match route {
        Route::Saved => view! { <SavedPage/> }.into_any(),
        _ => crate::app::first_page(Route::NotFound),
    })
}

#[wasm_split(embed, fallible, preload(preload_embed))]
fn embed(route: Route) -> Result<AnyView, NotLoaded> {
    use crate::pages::embed::EmbedPage;
    Ok(match route {
        Route::Embed => view! { <EmbedPage/> }.into_any(),
        _ => crate::app::first_page(Route::NotFound),
    })
}

/// A page from an area that may not have loaded yet: says so at once while its code arrives,
/// and offers to try again if it cannot be fetched. `focus`: the person moved here from another
/// page, so its heading takes focus once it is shown, as it would on a full page load.
#[component]
pub fn LazyPage(route: Route, focus: bool) -> impl IntoView {
    let state = expect_context::<AppState>();
    // `None` while the area loads. A plain signal and task rather than `Suspense`, whose code
    // would weigh on the first download.
    let loaded = RwSignal::new(None::<Result<(), NotLoaded>>);
    // After "Try again" the page drawn in place of the message takes focus, whatever `focus` says.
    let retried = StoredValue::new(false);
    let load = {
        let route = route.clone();
        move || {
            loaded.set(None);
            let route = route.clone();
            leptos::task::spawn_local(async move {
                let outcome = prepare(state, &route).await;
                // The person may have moved on meanwhile, taking this page (and signal) away.
                let _ = loaded.try_set(Some(outcome));
            });
        }
    };
    load();
    let retry = move || {
        retried.set_value(true);
        load();
    };
    move || {
        let Some(outcome) = loaded.get() else {
            return view! { <p class="body loading" role="status">{t::loading()}</p> }.into_any();
        };
        if focus || retried.get_value() {
            request_animation_frame(crate::web::focus_heading);
        }
        match outcome.and_then(|()| page(route.clone())) {
            Ok(view) => view,
            Err(NotLoaded) => view! { <NotLoadedMessage retry=retry.clone()/> }.into_any(),
        }
    }
}

/// The area's code could not be fetched: nothing is lost, and the person can try again.
#[component]
fn NotLoadedMessage(retry: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    view! {
        <h1 class="heading-l" tabindex="-1">{t::not_loaded_heading()}</h1>
        <p class="body">{t::not_loaded_body()}</p>
        <p class="body">{t::not_loaded_check()}</p>
        <button type="button" class="button" on:click=move |_| retry()>{t::try_again()}</button>
        <p class="body"><a href=Route::Home.href()>{t::go_to_start()}</a></p>
    }
}
