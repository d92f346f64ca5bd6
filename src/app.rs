//! The app shell: state, the page for the current URL fragment, header and footer.

use leptos::prelude::*;

use crate::components::embed_notice::EmbedNotice;
use crate::components::layout::{EmbedBar, Footer, Header, SkipLink};
use crate::components::storage_banner::StorageBanner;
use crate::components::update_banner::UpdateBanner;
use crate::domain::embedding::EmbedMode;
use crate::embedded;
use crate::offline::Updates;
use crate::pages::action_plan::ActionPlanPage;
use crate::pages::area::AreaPage;
use crate::pages::check_answers::CheckAnswersPage;
use crate::pages::compare::{ComparePage, SideBySidePage, TrendPage};
use crate::pages::embed::EmbedPage;
use crate::pages::frameworks::FrameworksPage;
use crate::pages::group::GroupPage;
use crate::pages::overview::OverviewPage;
use crate::pages::performance::PerformancePage;
use crate::pages::performance_channels::PerformanceChannelsPage;
use crate::pages::report::ReportPage;
use crate::pages::service::ServicePage;
use crate::pages::service_figures::ServiceFiguresPage;
use crate::pages::services::ServicesPage;
use crate::pages::shared::SharedResultPage;
use crate::pages::start::{DetailsPage, StartPage};
use crate::pages::{
    home::HomePage, not_found::NotFoundPage, question::QuestionPage, result::ResultPage, saved::SavedPage,
};
use crate::routes::Route;
use crate::state::AppState;
use crate::web;

/// What the screen is like now: dark mode (charts redraw in matching colours) and whether it is
/// wide enough for a whole area per page.
#[derive(Clone, Copy)]
pub struct Screen {
    pub dark: RwSignal<bool>,
    pub wide: RwSignal<bool>,
}

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::open();
    provide_context(state);
    let settings = embedded::read_settings();
    embedded::apply(&settings.appearance);
    embedded::report_height_to_parent();
    let appearance = settings.appearance.clone();
    provide_context(appearance.clone());
    provide_context(Updates::register());
    let screen = Screen { dark: RwSignal::new(web::prefers_dark()), wide: RwSignal::new(web::is_wide()) };
    web::on_colour_scheme_change(move |is_dark| screen.dark.set(is_dark));
    web::on_width_change(move |is_wide| screen.wide.set(is_wide));
    provide_context(screen);
    let route = RwSignal::new(web::current_route());
    let listener = window_event_listener(leptos::ev::hashchange, move |_| route.set(web::current_route()));
    // Another tab of Almanac changed something: show it here too, so this tab never works on,
    // and then writes back, an old copy.
    let other_tab = window_event_listener(leptos::ev::storage, move |event| {
        if let Some(key) = event.key() {
            state.reload_from_storage(&key);
        }
    });
    // A page restored from the back-forward cache missed those events: read everything again.
    let restored = window_event_listener(leptos::ev::pageshow, move |event| {
        if event.persisted() {
            state.reload_all();
        }
    });
    on_cleanup(move || {
        listener.remove();
        other_tab.remove();
        restored.remove();
    });

    // A new page takes focus to its heading, as a full page load would; the first load does not.
    Effect::new(move |previous: Option<Route>| {
        let current = route.get();
        if previous.is_some_and(|previous| previous != current) {
            request_animation_frame(web::focus_heading);
        }
        current
    });

    let page = move || match route.get() {
        Route::Home => view! { <HomePage/> }.into_any(),
        Route::Question { assessment, number } => view! { <QuestionPage id=assessment number=number/> }.into_any(),
        Route::Result { assessment } => view! { <ResultPage id=assessment/> }.into_any(),
        Route::Saved => view! { <SavedPage/> }.into_any(),
        Route::Start => view! { <StartPage/> }.into_any(),
        Route::Details { assessment } => view! { <DetailsPage id=assessment/> }.into_any(),
        Route::Overview { assessment } => view! { <OverviewPage id=assessment/> }.into_any(),
        Route::Area { assessment, area, statement } => {
            view! { <AreaPage id=assessment area=area statement=statement/> }.into_any()
        }
        Route::CheckAnswers { assessment } => view! { <CheckAnswersPage id=assessment/> }.into_any(),
        Route::Frameworks => view! { <FrameworksPage/> }.into_any(),
        Route::ActionPlan { assessment } => view! { <ActionPlanPage id=assessment/> }.into_any(),
        Route::Report { assessment } => view! { <ReportPage id=assessment/> }.into_any(),
        Route::Shared { data } => view! { <SharedResultPage data=data/> }.into_any(),
        Route::Embed => view! { <EmbedPage/> }.into_any(),
        Route::Performance => view! { <PerformancePage/> }.into_any(),
        Route::PerformanceChannels => view! { <PerformanceChannelsPage/> }.into_any(),
        Route::Services => view! { <ServicesPage/> }.into_any(),
        Route::Service { service } => view! { <ServicePage service=service/> }.into_any(),
        Route::ServiceFigures { service, period } => {
            view! { <ServiceFiguresPage service=service period=period/> }.into_any()
        }
        Route::Compare => view! { <ComparePage/> }.into_any(),
        Route::Trend { framework } => view! { <TrendPage framework=framework/> }.into_any(),
        Route::SideBySide { before, after } => view! { <SideBySidePage before=before after=after/> }.into_any(),
        Route::Group { group } => view! { <GroupPage group=group/> }.into_any(),
        Route::NotFound => view! { <NotFoundPage/> }.into_any(),
    };
    let embedded = appearance.mode.is_embedded();
    let logo = appearance.logo;

    view! {
        <SkipLink/>
        {if embedded {
            view! { <EmbedBar logo=logo navigation=appearance.mode == EmbedMode::Full/> }.into_any()
        } else {
            view! { <Header logo=logo/> }.into_any()
        }}
        <div class="width-container">
            <UpdateBanner/>
            <EmbedNotice problems=settings.problems frame=embedded::frame()/>
            <StorageBanner/>
            <main class="main" id="main-content" data-ready="">
                {page}
            </main>
        </div>
        {(!embedded).then(|| view! { <Footer/> })}
    }
}
