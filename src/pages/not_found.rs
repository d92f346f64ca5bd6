//! Shown for a link that points nowhere, such as a deleted result.

use leptos::prelude::*;

use crate::routes::Route;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <h1 class="heading-l" tabindex="-1">"Page not found"</h1>
        <p class="body">"If you followed a link to a result, it may have been deleted from this device, or the link may be incomplete."</p>
        <p class="body"><a href=Route::Home.href()>"Go to the start"</a>" or "<a href=Route::Saved.href()>"see your saved results"</a>"."</p>
    }
}
