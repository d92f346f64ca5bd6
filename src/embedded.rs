//! Almanac inside a council's page: reading the settings from the address, applying the brand
//! colour, and telling the parent page how tall the content is so its iframe can fit it.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::domain::embedding::{Appearance, RESIZE_MESSAGE_TYPE, ReadSettings};

fn window() -> web_sys::Window {
    web_sys::window().expect("Almanac runs in a browser window")
}

fn root() -> Option<web_sys::HtmlElement> {
    window().document()?.document_element()?.dyn_into().ok()
}

/// The appearance settings in this page's address (`?embed=quick&brand=…&logo=…`).
pub fn read_settings() -> ReadSettings {
    let search = window().location().search().unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else { return ReadSettings::default() };
    let pairs: Vec<(String, String)> = js_sys::try_iter(&params)
        .ok()
        .flatten()
        .into_iter()
        .flatten()
        .filter_map(|entry| {
            let entry: js_sys::Array = entry.ok()?.dyn_into().ok()?;
            Some((entry.get(0).as_string()?, entry.get(1).as_string()?))
        })
        .collect();
    Appearance::from_query(pairs.iter().map(|(name, value)| (name.as_str(), value.as_str())))
}

/// Puts the brand colour into the style sheet's custom properties and marks the page as
/// embedded, so the style sheet can drop the header, footer and full-height layout.
pub fn apply(appearance: &Appearance) {
    let Some(root) = root() else { return };
    if appearance.mode.is_embedded() {
        let _ = root.class_list().add_1("embedded");
    }
    if let Some(brand) = appearance.brand {
        let colour = brand.colour.to_string();
        let style = root.style();
        for property in ["--brand", "--button"] {
            let _ = style.set_property(property, &colour);
        }
        // The browser's own toolbar takes the colour too, on phones that colour it.
        if let Ok(Some(meta)) = window().document().expect("a document").query_selector("meta[name=theme-color]") {
            let _ = meta.set_attribute("content", &colour);
        }
    }
}

/// Where this page is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    TopLevel,
    /// In an iframe of a page from the same origin.
    SameOrigin,
    /// In an iframe of another site's page, where browsers keep storage apart or block it.
    OtherOrigin,
}

pub fn frame() -> Frame {
    let window = window();
    let Ok(Some(parent)) = window.parent() else { return Frame::TopLevel };
    if parent == window {
        return Frame::TopLevel;
    }
    // Reading another origin's address throws, which is how the browser says it is foreign.
    match parent.location().href() {
        Ok(_) => Frame::SameOrigin,
        Err(_) => Frame::OtherOrigin,
    }
}

/// Posts `{ type: "almanac:resize", height }` to the parent page now and whenever the content's
/// height changes. The height is not private, so any parent may hear it.
pub fn report_height_to_parent() {
    let window = window();
    let Ok(Some(parent)) = window.parent() else { return };
    if parent == window {
        return;
    }
    let Some(root) = root() else { return };
    let measured = root.clone();
    let last_height = std::cell::Cell::new(0.0);
    let post = Closure::<dyn Fn()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        if height == last_height.replace(height) {
            return;
        }
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &RESIZE_MESSAGE_TYPE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        let _ = parent.post_message(&message, "*");
    });
    let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) else { return };
    observer.observe(&root);
    // Both live as long as the page.
    post.forget();
    std::mem::forget(observer);
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;
    use crate::domain::colour::{Brand, Colour};
    use crate::domain::embedding::EmbedMode;

    #[wasm_bindgen_test]
    fn the_brand_colour_reaches_the_style_sheet_and_the_page_is_marked_embedded() {
        let appearance = Appearance {
            mode: EmbedMode::Full,
            brand: Some(Brand::new(Colour::parse("ffdd00").unwrap())),
            ..Appearance::default()
        };
        apply(&appearance);
        let root = root().unwrap();
        assert!(root.class_list().contains("embedded"));
        assert_eq!(root.style().get_property_value("--brand").unwrap(), "#877500");
        assert_eq!(root.style().get_property_value("--button").unwrap(), "#877500");
        let _ = root.class_list().remove_1("embedded");
        let _ = root.style().remove_property("--brand");
        let _ = root.style().remove_property("--button");
    }

    #[wasm_bindgen_test]
    fn the_test_page_is_not_in_a_frame() {
        assert_eq!(frame(), Frame::TopLevel);
    }
}
