//! The app shell: state, the page for the current URL fragment, header and footer.

use leptos::prelude::*;

use crate::components::layout::{Footer, Header, SkipLink};
use crate::components::storage_banner::StorageBanner;
use crate::pages::{
    home::HomePage, not_found::NotFoundPage, question::QuestionPage, result::ResultPage, saved::SavedPage,
};
use crate::routes::Route;
use crate::state::AppState;
use crate::web;

/// Whether the system is in dark mode now; charts redraw in the matching colours when it changes.
#[derive(Clone, Copy)]
pub struct ColourScheme {
    pub dark: RwSignal<bool>,
}

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::open();
    provide_context(state);
    let dark = RwSignal::new(web::prefers_dark());
    web::on_colour_scheme_change(move |is_dark| dark.set(is_dark));
    provide_context(ColourScheme { dark });
    let route = RwSignal::new(web::current_route());
    let listener = window_event_listener(leptos::ev::hashchange, move |_| route.set(web::current_route()));
    on_cleanup(move || listener.remove());

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
        Route::NotFound => view! { <NotFoundPage/> }.into_any(),
    };

    view! {
        <SkipLink/>
        <Header/>
        <div class="width-container">
            <StorageBanner/>
            <main class="main" id="main-content" data-ready="">
                {page}
            </main>
        </div>
        <Footer/>
    }
}
