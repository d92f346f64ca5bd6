//! Small wrappers over browser APIs that the pages share.

use time::{OffsetDateTime, UtcOffset};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::embedding::EmbedMode;
use crate::i18n::t::web as t;
use crate::routes::Route;

fn window() -> web_sys::Window {
    web_sys::window().expect("Almanac runs in a browser window")
}

fn document() -> web_sys::Document {
    window().document().expect("a window has a document")
}

/// The time now, in the person's own time zone.
pub fn now() -> OffsetDateTime {
    let date = js_sys::Date::new_0();
    let utc = OffsetDateTime::from_unix_timestamp_nanos((date.get_time() * 1_000_000.0) as i128)
        .unwrap_or(OffsetDateTime::UNIX_EPOCH);
    let offset = UtcOffset::from_whole_seconds(-(date.get_timezone_offset() as i32) * 60).unwrap_or(UtcOffset::UTC);
    utc.to_offset(offset)
}

pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

pub fn current_route() -> Route {
    Route::parse(&window().location().hash().unwrap_or_default())
}

/// A full link to a page of this app, wherever it is hosted. It keeps the brand colour and logo
/// but not the embed mode: a link opens Almanac in a tab of its own.
pub fn link_to(route: &Route) -> String {
    let mut appearance = crate::embedded::read_settings().appearance;
    appearance.mode = EmbedMode::Standalone;
    format!("{}{}{}", app_address(), appearance.to_query(), route.href())
}

/// This page in another language (`?lang=cy`), keeping the rest of its address.
pub fn address_in_language(code: &str) -> String {
    let location = window().location();
    let search = location.search().unwrap_or_default();
    let kept = search.trim_start_matches('?').split('&').filter(|pair| !pair.is_empty() && !pair.starts_with("lang="));
    let query: Vec<&str> = kept.collect();
    let query = if query.is_empty() { String::new() } else { format!("{}&", query.join("&")) };
    format!("{}?{query}lang={code}{}", location.pathname().unwrap_or_default(), location.hash().unwrap_or_default())
}

/// Opens this page in another language: the page loads again, with that language's words.
pub fn open_in_language(code: &str) {
    let _ = window().location().assign(&address_in_language(code));
}

/// The page's language, as `public/boot.js` chose it (`<html lang>`).
pub fn page_language() -> crate::domain::language::Language {
    let lang = window().document().and_then(|d| d.document_element()).and_then(|e| e.get_attribute("lang"));
    // "cy", or "en-GB", which names no file's language: English, the default.
    lang.as_deref().and_then(crate::domain::language::Language::from_code).unwrap_or_default()
}

/// The first words file, as `public/boot.js` fetched it beside the app's code (without the home
/// page, which it has already shown). None if it could not be fetched: boot.js says so.
pub async fn first_words() -> Option<String> {
    let promise = js_sys::Reflect::get(&window(), &JsValue::from_str("almanacFirstWords")).ok()?;
    JsFuture::from(promise.dyn_into::<js_sys::Promise>().ok()?).await.ok()?.as_string()
}

/// Where this copy of Almanac is hosted, with no query or fragment.
pub fn app_address() -> String {
    let location = window().location();
    format!("{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default())
}

/// This page, outside the council's page that embeds it.
pub fn standalone_link() -> String {
    link_to(&current_route())
}

/// Puts text on the clipboard; false when the browser does not allow it.
pub async fn copy_text(text: &str) -> bool {
    JsFuture::from(window().navigator().clipboard().write_text(text)).await.is_ok()
}

pub fn navigate(route: &Route) {
    // Setting the fragment fires `hashchange`, which the app listens to.
    let _ = window().location().set_hash(&route.href());
}

/// Offers text to the person as a file download.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    offer(file_name, mime, || JsValue::from_str(text))
}

/// Offers bytes (a workbook, a document) to the person as a file download.
pub fn download_bytes(file_name: &str, mime: &str, bytes: &[u8]) -> Result<(), JsValue> {
    // A view of the bytes where they lie, which the Blob copies at once (nothing allocates in
    // between, so the view stays valid): a copy made in JavaScript would need bindings of its
    // own, which every page's first download would carry.
    offer(file_name, mime, || unsafe { js_sys::Uint8Array::view(bytes) }.into())
}

/// Offers a file of one part (a string, or a view of bytes made at the last moment) as a download.
fn offer(file_name: &str, mime: &str, part: impl FnOnce() -> JsValue) -> Result<(), JsValue> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    // The binding says "strings", but a Blob takes any part; bytes use the same one.
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&js_sys::Array::of1(&part()), &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    download_url(file_name, &url)?;
    web_sys::Url::revoke_object_url(&url)
}

/// Offers what a local URL (an object or data URL) holds as a file download.
pub fn download_url(file_name: &str, url: &str) -> Result<(), JsValue> {
    let document = window().document().expect("a window has a document");
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(url);
    link.set_download(file_name);
    link.click();
    Ok(())
}

/// The file chosen in a file input's change event; the input is emptied so that choosing the
/// same file again (after fixing it) fires another change.
pub fn take_chosen_file(event: &web_sys::Event) -> Option<web_sys::File> {
    let input: web_sys::HtmlInputElement = event.target()?.dyn_into().ok()?;
    let file = input.files().and_then(|files| files.get(0));
    input.set_value("");
    file
}

/// Reads a chosen file as text, refusing files over `max_bytes` before reading them.
pub async fn read_file(file: web_sys::File, max_bytes: usize) -> Result<String, String> {
    if file.size() > max_bytes as f64 {
        let size = (file.size() / 1024.0).ceil();
        return Err(t::too_large(size, max_bytes / 1024));
    }
    let bytes = JsFuture::from(file.array_buffer()).await.map_err(|_| t::unreadable().to_string())?;
    text_of(&bytes).ok_or_else(|| t::unreadable().to_string())?
}

/// Reads a chosen file's bytes (a workbook), refusing files over `max_bytes` before reading them.
pub async fn read_file_bytes(file: web_sys::File, max_bytes: usize) -> Result<Vec<u8>, String> {
    if file.size() > max_bytes as f64 {
        let size = (file.size() / 1024.0).ceil();
        return Err(t::too_large(size, max_bytes / 1024));
    }
    let bytes = JsFuture::from(file.array_buffer()).await.map_err(|_| t::unreadable().to_string())?;
    let bytes = bytes.dyn_ref::<js_sys::ArrayBuffer>().ok_or_else(|| t::unreadable().to_string())?;
    Ok(js_sys::Uint8Array::new(bytes).to_vec())
}

/// The text in a file's bytes (an `ArrayBuffer`), or why it is not text Almanac reads; `None`
/// when the value is not bytes at all.
fn text_of(bytes: &JsValue) -> Option<Result<String, String>> {
    let bytes = bytes.dyn_ref::<js_sys::ArrayBuffer>()?;
    Some(crate::domain::text::from_bytes(js_sys::Uint8Array::new(bytes).to_vec()).map_err(|p| p.to_string()))
}

/// Fetches a file that comes with the app (an address relative to the app's own), as text;
/// offline, the service worker answers from its cache.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let failed = |_| format!("{url} could not be fetched");
    let response: web_sys::Response =
        JsFuture::from(window().fetch_with_str(url)).await.map_err(failed)?.unchecked_into();
    if !response.ok() {
        return Err(format!("{url} could not be fetched ({} {})", response.status(), response.status_text()));
    }
    let text = JsFuture::from(response.text().map_err(failed)?).await.map_err(failed)?;
    text.as_string().ok_or_else(|| format!("{url} is not text"))
}

thread_local! {
    /// Each stylesheet added, by address, with the promise of its loading.
    static STYLESHEETS: std::cell::RefCell<Vec<(String, js_sys::Promise)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Adds a stylesheet that comes with the app to the page, once, and waits until it has loaded.
/// One that cannot be fetched is taken away again, so that the next call tries afresh.
pub async fn load_stylesheet(url: &str) -> Result<(), JsValue> {
    let added = STYLESHEETS.with(|all| all.borrow().iter().find(|(u, _)| u == url).map(|(_, p)| p.clone()));
    let promise = match added {
        Some(promise) => promise,
        None => {
            let link = document().create_element("link")?;
            link.set_attribute("rel", "stylesheet")?;
            link.set_attribute("href", url)?;
            let element: web_sys::HtmlElement = link.unchecked_into();
            let promise = js_sys::Promise::new(&mut |resolve, reject| {
                element.set_onload(Some(&resolve));
                element.set_onerror(Some(&reject));
            });
            document().head().ok_or("the page has no head")?.append_child(&element)?;
            STYLESHEETS.with(|all| all.borrow_mut().push((url.to_string(), promise.clone())));
            promise
        }
    };
    if let Err(error) = JsFuture::from(promise).await {
        STYLESHEETS.with(|all| all.borrow_mut().retain(|(u, _)| u != url));
        if let Ok(Some(link)) = document().query_selector(&format!("link[href=\"{url}\"]")) {
            link.remove();
        }
        return Err(error);
    }
    Ok(())
}

pub fn device_pixel_ratio() -> f64 {
    window().device_pixel_ratio().clamp(1.0, 4.0)
}

const DARK: &str = "(prefers-color-scheme: dark)";
/// Wide enough to show a whole area of statements on one page (GOV.UK's tablet breakpoint).
const WIDE: &str = "(min-width: 40.0625em)";

fn media_matches(query: &str) -> bool {
    window().match_media(query).ok().flatten().is_some_and(|query| query.matches())
}

pub fn prefers_dark() -> bool {
    media_matches(DARK)
}

pub fn is_wide() -> bool {
    media_matches(WIDE)
}

/// Whether the page's root element carries the attribute `name`, which is then removed: a note
/// left by `public/boot.js` before the app ran.
pub fn take_root_flag(name: &str) -> bool {
    let Some(root) = window().document().and_then(|document| document.document_element()) else { return false };
    let present = root.has_attribute(name);
    if present {
        let _ = root.remove_attribute(name);
    }
    present
}

/// Moves focus to the page's heading, as a full page load would, so screen readers announce it.
pub fn focus_heading() {
    let document = window().document().expect("a window has a document");
    if let Ok(Some(heading)) = document.query_selector("main h1")
        && let Some(heading) = heading.dyn_ref::<web_sys::HtmlElement>()
    {
        let _ = heading.focus();
    }
    window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// Moves focus to an element; false when it is missing or cannot take focus (disabled).
pub fn focus(element_id: &str) -> bool {
    let document = window().document().expect("a window has a document");
    let Some(element) = document.get_element_by_id(element_id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    let _ = element.focus();
    document.active_element().is_some_and(|active| active == *element)
}

/// A date as people write it, in the page's language: "23 November 2026", "23 Tachwedd 2026".
pub fn long_date(moment: OffsetDateTime) -> String {
    long_day(moment.date())
}

/// A day as people write it, in the page's language (`domain::dates::long_day`).
pub fn long_day(day: time::Date) -> String {
    crate::domain::dates::long_day(day)
}

/// A date and time: "23 November 2026 at 4:05pm", "23 Tachwedd 2026 am 16:05".
pub fn long_date_time(moment: OffsetDateTime) -> String {
    crate::domain::dates::long_date_time(moment)
}

/// A time of day: "4:05pm" as GOV.UK writes it; "16:05" in Welsh.
pub fn clock_time(moment: OffsetDateTime) -> String {
    crate::domain::dates::clock_time(moment)
}

/// Calls `changed` with the new answer whenever the system switches between light and dark.
pub fn on_colour_scheme_change(changed: impl Fn(bool) + 'static) {
    on_media_change(DARK, changed);
}

/// Calls `changed` whenever the window crosses the wide-screen breakpoint.
pub fn on_width_change(changed: impl Fn(bool) + 'static) {
    on_media_change(WIDE, changed);
}

/// The listener lasts as long as the page, so it is installed once, by the app shell.
fn on_media_change(query: &str, changed: impl Fn(bool) + 'static) {
    use wasm_bindgen::closure::Closure;
    let Ok(Some(query)) = window().match_media(query) else { return };
    let listener = Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(move |event: web_sys::MediaQueryListEvent| {
        changed(event.matches())
    });
    if query.add_event_listener_with_callback("change", listener.as_ref().unchecked_ref()).is_ok() {
        listener.forget();
    }
}

/// Runs `work` and records how long it took as a User Timing measure named `name`, which the
/// browser's developer tools and `make bench` can read; nothing leaves the page.
pub fn measure<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = window().performance();
    let start = format!("{name}:start");
    if let Some(performance) = &performance {
        let _ = performance.mark(&start);
    }
    let result = work();
    if let Some(performance) = &performance {
        let _ = performance.measure_with_start_mark(name, &start);
    }
    result
}

/// Reads many chosen files as text, `batch` at a time side by side, and calls `progress` with how
/// many are done after each batch. Each file gets its text or, like `read_file`, why not.
pub async fn read_files(
    files: Vec<web_sys::File>,
    max_bytes: usize,
    batch: usize,
    progress: impl Fn(usize),
) -> Vec<(String, Result<String, String>)> {
    let too_large = t::too_large_for_assessment(max_bytes / 1024);
    let mut read = Vec::with_capacity(files.len());
    for chunk in files.chunks(batch.max(1)) {
        let promises = js_sys::Array::new();
        for file in chunk {
            let promise = if file.size() > max_bytes as f64 {
                js_sys::Promise::resolve(&JsValue::UNDEFINED)
            } else {
                file.array_buffer()
            };
            promises.push(&promise);
        }
        let settled = JsFuture::from(js_sys::Promise::all_settled(&promises)).await.unwrap_or_default();
        let outcomes = js_sys::Array::from(&settled);
        for (index, file) in chunk.iter().enumerate() {
            let outcome = outcomes.get(index as u32);
            let value = js_sys::Reflect::get(&outcome, &"value".into()).ok();
            let text = match value.as_ref().and_then(text_of) {
                _ if file.size() > max_bytes as f64 => Err(too_large.clone()),
                Some(text) => text,
                None => Err(t::unreadable().to_string()),
            };
            read.push((file.name(), text));
        }
        progress(read.len());
    }
    read
}

/// Runs `run`, which writes the stored records named in `names`, in this tab's turn: the tabs of
/// this site take turns, and a turn starts once this tab's copy of those records has caught up
/// with every other tab's last write to them (`public/storage-turn.js`). Where that script has
/// not loaded, `run` runs at once.
pub fn in_storage_turn(names: Vec<String>, run: impl FnOnce() + 'static) {
    let Some(turn) = page_function("almanacStorageTurn") else { return run() };
    let names: js_sys::Array = names.into_iter().map(JsValue::from).collect();
    // Should the call fail, the change is still waiting in memory and goes with the next write.
    let _ = turn.call2(&JsValue::NULL, &names, &wasm_bindgen::closure::Closure::once_into_js(run));
}

/// Forgets the notes of past turns, with everything else stored.
pub fn forget_storage_turns() {
    if let Some(forget) = page_function("almanacForgetTurns") {
        let _ = forget.call0(&JsValue::NULL);
    }
}

/// A function one of the page's own scripts (`public/`) put on `window`.
fn page_function(name: &str) -> Option<js_sys::Function> {
    js_sys::Reflect::get(&window(), &name.into()).ok()?.dyn_into().ok()
}

/// Waits for the browser's next task, so that what it has to do meanwhile (drawing, answering a
/// tap) is not held up by a long piece of work done in one go.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = JsFuture::from(promise).await;
}

/// Whether this browser has promised to keep this site's storage until the person deletes it
/// (`None`: it cannot say). Without that promise Safari, for one, deletes it after seven days
/// without a visit, and any browser may when the device runs short of space.
pub async fn storage_is_persistent() -> Option<bool> {
    let promise = window().navigator().storage().persisted().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}

/// Asks the browser to keep this site's storage for good. Some browsers ask the person, so it
/// is asked once a page, and only once there is something worth keeping.
pub fn ask_to_keep_storage() {
    thread_local!(static ASKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if ASKED.replace(true) {
        return;
    }
    if let Ok(promise) = window().navigator().storage().persist() {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = JsFuture::from(promise).await;
        });
    }
}

/// What was typed into a text box or area, without invisible control characters.
pub fn typed_text(ev: &leptos::ev::Event) -> String {
    crate::domain::text::without_controls(&leptos::prelude::event_target_value(ev))
}
