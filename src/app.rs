//! The app shell: state, the page for the current URL fragment, header and footer.

use leptos::prelude::*;

use crate::areas::LazyPage;
use crate::components::layout::{EmbedBar, Footer, Header, SkipLink};
use crate::components::notices::{LazyNotice, Notice};
use crate::domain::embedding::{Appearance, EmbedMode};
use crate::embedded::{self, Frame};
use crate::offline::Updates;
use crate::pages::home::{FirstVisitHome, HomePage, StartPressedEarly};
use crate::pages::{not_found::NotFoundPage, question::QuestionPage};
use crate::routes::{Area, Route};
use crate::state::{AppState, Screen};
use crate::web;

/// `drawn_home`: what the `<main>` of the home page drawn at build time holds (index.html), shown
/// as the home page of a first-time visitor.
#[component]
pub fn App(state: AppState, drawn_home: Option<String>) -> impl IntoView {
    provide_context(state);
    let settings = embedded::read_settings();
    embedded::apply(&settings.appearance);
    embedded::report_height_to_parent();
    let appearance = settings.appearance.clone();
    provide_context(appearance.clone());
    let updates = Updates::register();
    provide_context(updates);
    provide_context(StartPressedEarly(StoredValue::new(web::take_root_flag("data-start-pressed"))));
    let screen = Screen { dark: RwSignal::new(web::prefers_dark()), wide: RwSignal::new(web::is_wide()) };
    web::on_colour_scheme_change(move |is_dark| screen.dark.set(is_dark));
    web::on_width_change(move |is_wide| screen.wide.set(is_wide));
    provide_context(screen);
    let route = RwSignal::new(web::current_route());
    provide_context(route);
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
            leptos::task::spawn_local(state.reload_all());
        }
    });
    let leaving = window_event_listener(leptos::ev::pagehide, move |_| state.write_before_leaving());
    on_cleanup(move || {
        listener.remove();
        other_tab.remove();
        restored.remove();
        leaving.remove();
    });

    // A new page takes focus to its heading, as a full page load would; the first load does not.
    let whole_file_asked = StoredValue::new(false);
    Effect::new(move |previous: Option<Route>| {
        let current = route.get();
        if previous.is_some_and(|previous| previous != current) {
            request_animation_frame(web::focus_heading);
        }
        // Someone answering the quick check will want the result, or to come back to the start:
        // fetch their code meanwhile, and the next steps the first download leaves out (from the
        // second question, so it never competes with the first).
        if let Route::Question { assessment, number } = &current
            && *number >= 2
        {
            leptos::task::spawn_local(async {
                let _ = crate::areas::preload(Area::Results).await;
                let _ = crate::areas::preload(Area::Home).await;
            });
            // Once: the result page fetches it again if this attempt fails.
            if !whole_file_asked.get_value() {
                whole_file_asked.set_value(true);
                let assessment = assessment.clone();
                leptos::task::spawn_local(async move {
                    let _ = state.fetch_framework_of(&assessment).await;
                });
            }
        }
        current
    });

    // A page whose area is still loading takes focus once it arrives (see `LazyPage`), unless
    // it is the first page shown.
    let shown_before = StoredValue::new(false);
    let page = move || {
        let route = route.get();
        let focus = shown_before.get_value();
        shown_before.set_value(true);
        let first_visit = state.has_read_storage() && untrack(|| state.saved_count()) == 0;
        match (route.area(), &drawn_home) {
            (Area::Home, Some(html)) if first_visit => view! { <FirstVisitHome html=html.clone()/> }.into_any(),
            // Someone with saved records waits for them to be read, as for a page not loaded yet.
            (Area::First, _) if state.has_read_storage() => first_page(route),
            _ => view! { <LazyPage route=route focus=focus/> }.into_any(),
        }
    };
    let frame = embedded::frame();
    let embed_notice = !settings.problems.is_empty() || frame == Frame::OtherOrigin;
    let storage_notice = move || state.storage_notice.with(Option::is_some) || state.conflict.with(Option::is_some);
    let notices = view! {
        <LazyNotice notice=Notice::Update when=updates.ready/>
        <LazyNotice notice=Notice::Embed { problems: settings.problems, frame } when=Signal::stored(embed_notice)/>
        <LazyNotice notice=Notice::Storage when=Signal::derive(storage_notice)/>
    };
    view! { <Layout appearance=appearance notices=notices.into_any() ready=true>{page}</Layout> }
}

/// Everything around the page: the skip link, the header (or, embedded, the slim bar), notices
/// and the footer. `ready` marks the page as drawn by the running app, not ahead of time.
#[component]
pub fn Layout(appearance: Appearance, notices: AnyView, ready: bool, children: Children) -> impl IntoView {
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
            {notices}
            <main class="main" id="main-content" data-ready=ready.then_some("")>
                {children()}
            </main>
        </div>
        {(!embedded).then(|| view! { <Footer/> })}
    }
}

/// The pages in the first download; any other route gets "Page not found".
pub fn first_page(route: Route) -> AnyView {
    match route {
        Route::Question { assessment, number } => view! { <QuestionPage id=assessment number=number/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

/// The home page as a first-time visitor sees it, as HTML: drawn at build time by the same
/// components, so it cannot drift from the page the app then shows in its place.
pub fn prerendered_home() -> String {
    Owner::new().with(|| {
        provide_context(AppState::empty());
        provide_context(Appearance::default());
        view! { <Layout appearance=Appearance::default() notices=().into_any() ready=false><HomePage/></Layout> }
            .to_html()
    })
}
