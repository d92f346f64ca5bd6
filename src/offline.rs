//! Registers the service worker (built by `scripts/post-build.mjs`) that keeps the whole app for
//! use with no network, and notices when a new version of the app is waiting.
//!
//! A new version never takes over by itself: the worker waits until the person says so, and
//! the page then reloads into it. Every answer is already saved by then.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

const WORKER_SCRIPT: &str = "./sw.js";
/// The message that tells a waiting worker to take over; `pwa/service-worker.js` listens for it.
const SKIP_WAITING: &str = "almanac:skip-waiting";
/// The message that asks the worker to keep the rest of the app; `pwa/service-worker.js` listens.
const KEEP_EVERYTHING: &str = "almanac:keep-everything";

/// Whether a new version of the app has been downloaded and is waiting to be used.
#[derive(Clone, Copy)]
pub struct Updates {
    pub ready: RwSignal<bool>,
    registration: StoredValue<Option<ServiceWorkerRegistration>, LocalStorage>,
}

impl Updates {
    /// Starts registration in the background; the app works the same whether or not it succeeds
    /// (a browser without service workers, or a page opened from a file).
    pub fn register() -> Updates {
        let updates = Updates { ready: RwSignal::new(false), registration: StoredValue::new_local(None) };
        if let Some(container) = container() {
            wasm_bindgen_futures::spawn_local(async move {
                let Ok(registration) = JsFuture::from(container.register(WORKER_SCRIPT)).await else { return };
                // Some automated browsers answer with nothing at all rather than a registration.
                let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else { return };
                updates.watch(&registration);
                check_when_shown(&registration);
                updates.registration.set_value(Some(registration));
                keep_everything_when_idle(&container).await;
            });
        }
        updates
    }

    /// Asks the waiting version to take over; the page reloads once it has. When another tab
    /// has already switched to it, nothing is waiting any more: this page just reloads into it.
    pub fn apply(&self) {
        let Some(container) = container() else { return };
        let reload = || {
            let _ = web_sys::window().expect("a window").location().reload();
        };
        match self.registration.with_value(|r| r.as_ref().and_then(|r| r.waiting())) {
            Some(waiting) => {
                container.set_oncontrollerchange(Some(Closure::once_into_js(reload).unchecked_ref()));
                let _ = waiting.post_message(&JsValue::from_str(SKIP_WAITING));
            }
            None => reload(),
        }
    }

    fn watch(self, registration: &ServiceWorkerRegistration) {
        // Only an update waits behind a worker already in control; the first install does not.
        let has_controller = || container().and_then(|c| c.controller()).is_some();
        if registration.waiting().is_some() && has_controller() {
            self.ready.set(true);
        }
        let found_registration = registration.clone();
        let on_update_found = Closure::<dyn Fn()>::new(move || {
            let Some(installing) = found_registration.installing() else { return };
            let worker = installing.clone();
            let on_state_change = Closure::<dyn Fn()>::new(move || {
                if worker.state() == ServiceWorkerState::Installed && has_controller() {
                    self.ready.set(true);
                }
            });
            ServiceWorker::set_onstatechange(&installing, Some(on_state_change.as_ref().unchecked_ref()));
            on_state_change.forget();
        });
        registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
        on_update_found.forget();
    }
}

/// Once the worker is running and the page has nothing else to do, asks it to keep the rest of
/// the app (the other areas' code, the built-in frameworks) for use offline, at low priority;
/// not when the person has asked the browser to save data.
async fn keep_everything_when_idle(container: &ServiceWorkerContainer) {
    let Ok(ready) = container.ready() else { return };
    let Ok(registration) = JsFuture::from(ready).await else { return };
    let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else { return };
    if saves_data() {
        return;
    }
    let idle = js_sys::Promise::new(&mut |resolve, _| {
        let window = web_sys::window().expect("a window");
        // Browsers without requestIdleCallback wait a few seconds instead.
        if window.request_idle_callback(&resolve).is_err() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 3000);
        }
    });
    let _ = JsFuture::from(idle).await;
    if let Some(active) = registration.active() {
        let _ = active.post_message(&JsValue::from_str(KEEP_EVERYTHING));
    }
}

/// `navigator.connection.saveData`, where the browser has it.
fn saves_data() -> bool {
    let Some(window) = web_sys::window() else { return false };
    js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("connection"))
        .ok()
        .filter(|connection| connection.is_object())
        .and_then(|connection| js_sys::Reflect::get(&connection, &JsValue::from_str("saveData")).ok())
        .and_then(|save| save.as_bool())
        .unwrap_or(false)
}

/// Browsers look for a new version when the app is opened; an officer may keep a tab open for
/// days, so it also looks whenever the tab comes back into view.
fn check_when_shown(registration: &ServiceWorkerRegistration) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else { return };
    let registration = registration.clone();
    let shown = document.clone();
    let on_visibility_change = Closure::<dyn Fn()>::new(move || {
        if shown.visibility_state() == web_sys::VisibilityState::Visible {
            let _ = registration.update();
        }
    });
    if document
        .add_event_listener_with_callback("visibilitychange", on_visibility_change.as_ref().unchecked_ref())
        .is_ok()
    {
        on_visibility_change.forget();
    }
}

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Absent on insecure origins and in some embedded browsers.
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}
