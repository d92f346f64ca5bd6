//! If the app fails, the page says so plainly instead of going blank.

/// Static text only: nothing from the failure is put into the page. In both languages at once,
/// each part marked with its language: the failure may come before the page's words have
/// arrived, so the message cannot rely on them.
const MESSAGE: &str = r#"<div class="width-container"><main class="main" id="main-content">
<h1 class="heading-l"><span lang="en-GB">Sorry, Almanac has stopped working</span><br>
<span lang="cy">Mae'n ddrwg gennym, mae Almanac wedi stopio gweithio</span></h1>
<p class="body" lang="en-GB">Something went wrong in this page. Your saved answers are safe: they are kept in this browser and were saved before this happened.</p>
<p class="body" lang="cy">Aeth rhywbeth o'i le ar y dudalen hon. Mae'r atebion rydych wedi'u cadw yn ddiogel: maent yn cael eu cadw yn y porwr hwn a chawsant eu cadw cyn i hyn ddigwydd.</p>
<p class="body"><a class="button" href="./"><span lang="en-GB">Reload Almanac</span> / <span lang="cy">Ail-lwytho Almanac</span></a></p>
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
        assert!(
            text.contains("Mae'n ddrwg gennym, mae Almanac wedi stopio gweithio"),
            "and in Welsh, whatever the page's language"
        );
        for part in ["h1 [lang=en-GB]", "h1 [lang=cy]", "p[lang=en-GB]", "p[lang=cy]", "a [lang=en-GB]", "a [lang=cy]"]
        {
            assert!(page.query_selector(part).unwrap().is_some(), "each part says which language it is in: {part}");
        }
        let link = page.query_selector("a.button").unwrap().unwrap();
        assert_eq!(link.get_attribute("href").as_deref(), Some("./"), "reloads the app without its fragment");
        assert!(page.query_selector("[data-ready]").unwrap().is_none(), "the broken app is gone");
    }
}
