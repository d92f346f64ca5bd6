//! Publishing a benchmark from a group.

use leptos::prelude::*;

use crate::i18n::t::publish_benchmark as t;

#[component]
pub fn PublishBenchmarkPage(group: String) -> impl IntoView {
    let _ = group;
    view! { <h1 class="heading-l" tabindex="-1">{t::heading()}</h1> }
}
