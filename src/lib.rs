//! Almanac: a digital maturity self-assessment for UK councils, running entirely in the browser.
//!
//! `domain` is the pure core (no browser), `storage` keeps it, `charts` draws it, and `app`,
//! `pages` and `components` are the Leptos interface.

// Drawing the deepest pages as HTML (the `prerender` feature) goes past the default limit.
#![recursion_limit = "256"]

pub mod app;
pub mod areas;
pub mod charts;
pub mod components;
pub mod domain;
pub mod embedded;
pub mod exports;
pub mod i18n;
pub mod lazy;
pub mod office;
pub mod offline;
pub mod pages;
pub mod panic;
pub mod routes;
pub mod state;
pub mod storage;
pub mod web;

#[cfg(all(test, target_arch = "wasm32"))]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
