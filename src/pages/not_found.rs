//! Shown for a link that points nowhere, such as a deleted result.

use leptos::prelude::*;

use crate::i18n::t::frame as t;
use crate::routes::Route;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <h1 class="heading-l" tabindex="-1">{t::not_found_heading()}</h1>
        <p class="body">{t::not_found_body()}</p>
        <p class="body"><a href=Route::Home.href()>{t::go_to_start()}</a>{t::not_found_or()}<a href=Route::Saved.href()>{t::not_found_saved()}</a>"."</p>
    }
}
