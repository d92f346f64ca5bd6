//! If the app fails, the page says so plainly instead of going blank.

/// Static text only: nothing from the failure is put into the page.
const MESSAGE: &str = r#"<div class="width-container"><main class="main" id="main-content">
<h1 class="heading-l">Sorry, Almanac has stopped working</h1>
<p class="body">Something went wrong in this page. Your saved answers are safe: they are kept in this browser and were saved before this happened.</p>
<p class="body"><a class="button" href="./">Reload Almanac</a></p>
</main></div>"#;

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Almanac stopped: {info}").into());
        if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
            body.set_inner_html(MESSAGE);
        }
    }));
}
