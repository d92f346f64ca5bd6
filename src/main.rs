fn main() {
    almanac::panic::install();
    // Storage is opened in one task and the page drawn in the next: on a slow phone, both in
    // one go would keep the page from answering a tap for longer.
    let state = almanac::state::AppState::open();
    wasm_bindgen_futures::spawn_local(async move {
        almanac::web::next_task().await;
        draw(state);
    });
}

/// index.html holds the home page as drawn at build time; the app draws the page for the address
/// in its place, in the same frame, so nothing flickers. A first-time visitor's home page is that
/// drawing's content, kept (see `FirstVisitHome`).
fn draw(state: almanac::state::AppState) {
    let drawn = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("prerendered"));
    let drawn_home =
        drawn.as_ref().and_then(|drawn| drawn.query_selector("main").ok().flatten()).map(|main| main.inner_html());
    if let Some(drawn) = drawn {
        drawn.remove();
    }
    leptos::mount::mount_to_body(move || leptos::view! { <almanac::app::App state=state drawn_home=drawn_home/> });
}
