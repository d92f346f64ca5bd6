//! Tells the person a new version of Almanac has been downloaded, and switches on their say-so.

use leptos::prelude::*;

use crate::i18n::t::update_banner as t;
use crate::offline::Updates;

#[component]
pub fn UpdateBanner() -> impl IntoView {
    let updates = expect_context::<Updates>();
    view! {
        <Show when=move || updates.ready.get()>
            <div class="notification" role="region" aria-labelledby="update-title">
                <h2 class="notification__title" id="update-title">{t::heading()}</h2>
                <p class="body">{t::body()}</p>
                <button type="button" class="button" on:click=move |_| updates.apply()>{t::switch()}</button>
            </div>
        </Show>
    }
}
