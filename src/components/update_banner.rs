//! Tells the person a new version of Almanac has been downloaded, and switches on their say-so.

use leptos::prelude::*;

use crate::offline::Updates;

#[component]
pub fn UpdateBanner() -> impl IntoView {
    let updates = expect_context::<Updates>();
    view! {
        <Show when=move || updates.ready.get()>
            <div class="notification" role="region" aria-labelledby="update-title">
                <h2 class="notification__title" id="update-title">"A new version of Almanac is ready"</h2>
                <p class="body">"Everything you have entered is saved. Switch when it suits you: the page reloads and you carry on where you were."</p>
                <button type="button" class="button" on:click=move |_| updates.apply()>"Use the new version"</button>
            </div>
        </Show>
    }
}
