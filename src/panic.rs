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
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            show_failure(&document);
        }
    }));
}

/// Replaces the page with the failure message; the reload link is plain HTML, so it works even
/// though the app's code can no longer run.
fn show_failure(document: &web_sys::Document) {
    if let Some(body) = document.body() {
        body.set_inner_html(MESSAGE);
    }
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn the_failure_message_reassures_and_offers_a_reload() {
        let document = web_sys::window().unwrap().document().unwrap();
        let page = document.implementation().unwrap().create_html_document_with_title("Almanac").unwrap();
        page.body().unwrap().set_inner_html("<main data-ready>app</main>");
        super::show_failure(&page);
        let text = page.body().unwrap().text_content().unwrap();
        assert!(text.contains("Sorry, Almanac has stopped working"));
        assert!(text.contains("Your saved answers are safe"));
        let link = page.query_selector("a.button").unwrap().unwrap();
        assert_eq!(link.get_attribute("href").as_deref(), Some("./"), "reloads the app without its fragment");
        assert!(page.query_selector("[data-ready]").unwrap().is_none(), "the broken app is gone");
    }
}
