//! The benchmarks opened on this device and those the hosting site provides.

use leptos::prelude::*;

use crate::i18n::t::benchmarks as t;

#[component]
pub fn BenchmarksPage() -> impl IntoView {
    view! { <h1 class="heading-l" tabindex="-1">{t::heading()}</h1> }
}
