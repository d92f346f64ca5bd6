//! The header, footer and skip link around every page.

use leptos::prelude::*;

use crate::routes::Route;

/// Lets keyboard users jump past the header.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! { <a href="#main-content" class="skip-link" on:click=|ev| { ev.prevent_default(); crate::web::focus_heading(); }>"Skip to main content"</a> }
}

/// The service name, the council's name when it has given one, and the places a person can
/// always go.
#[component]
pub fn Header(logo: Option<String>) -> impl IntoView {
    view! {
        <header class="header">
            <div class="width-container header__inner">
                <a class="header__service" href=Route::Home.href()>
                    {logo.map(|logo| view! { <span class="header__logo">{logo}</span> })}
                    "Almanac"
                    <span class="header__tagline">"Digital maturity self-assessment"</span>
                </a>
                <MainNavigation/>
            </div>
        </header>
    }
}

#[component]
fn MainNavigation() -> impl IntoView {
    view! {
        <nav class="header__nav" aria-label="Main">
            <a href=Route::Home.href()>"Home"</a>
            <a href=Route::Saved.href()>"Saved results"</a>
            <a href=Route::Compare.href()>"Compare"</a>
            <a href=Route::Frameworks.href()>"Frameworks"</a>
            <a href=Route::Performance.href()>"Service performance"</a>
        </nav>
    }
}

/// Inside a council's page: a slim bar in its colour, with its name, and for the whole tool the
/// same navigation as the header.
#[component]
pub fn EmbedBar(logo: Option<String>, navigation: bool) -> impl IntoView {
    (logo.is_some() || navigation).then(|| {
        view! {
            <div class="embed-bar">
                <div class="width-container header__inner">
                    {logo.map(|logo| view! { <span class="embed-bar__logo">{logo}</span> })}
                    {navigation.then(|| view! { <MainNavigation/> })}
                </div>
            </div>
        }
    })
}

/// The privacy promise and where the content comes from.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="footer">
            <div class="width-container">
                <p>"Almanac keeps everything in this browser. It sets no cookies, asks for no name and sends nothing to anyone."</p>
                <p><a href=Route::Embed.href()>"Put Almanac on your intranet"</a>" in your council’s colour."</p>
                <p>"The built-in frameworks draw on work by the Local Government Association, Socitm and Solace. See "<a href=Route::Frameworks.href()>"Frameworks"</a>" for the source of each."</p>
            </div>
        </footer>
    }
}
