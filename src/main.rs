fn main() {
    almanac::panic::install();
    // index.html holds the home page as drawn at build time; the app draws the page for the
    // address in its place, in the same frame, so nothing flickers.
    if let Some(drawn) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("prerendered")) {
        drawn.remove();
    }
    leptos::mount::mount_to_body(almanac::app::App);
}
