fn main() {
    almanac::panic::install();
    wasm_bindgen_futures::spawn_local(async {
        // The page's words come beside the app's code; without them it cannot say anything, and
        // public/boot.js has already said so in both languages.
        let Some(words) = almanac::web::first_words().await else { return };
        almanac::i18n::start(almanac::web::page_language(), words);
        // Storage is opened in one task and the page drawn in the next: on a slow phone, both
        // in one go would keep the page from answering a tap for longer.
        let state = almanac::state::AppState::open();
        almanac::web::next_task().await;
        draw(state);
    });
}

/// public/boot.js has shown the home page as drawn at build time, in the page's language; the app
/// draws the page for the address in its place, in the same frame, so nothing flickers. A
/// first-time visitor's home page is that drawing's content, kept (see `FirstVisitHome`).
fn draw(state: almanac::state::AppState) {
    let drawn = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("prerendered"));
    let drawn_home =
        drawn.as_ref().and_then(|drawn| drawn.query_selector("main").ok().flatten()).map(|main| main.inner_html());
    if let Some(drawn) = drawn {
        drawn.remove();
    }
    leptos::mount::mount_to_body(move || leptos::view! { <almanac::app::App state=state drawn_home=drawn_home/> });
}
