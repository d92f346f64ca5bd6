//! The header, footer and skip link around every page.

use leptos::prelude::*;

use crate::i18n::t::frame as t;
use crate::routes::Route;

/// Lets keyboard users jump past the header.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! { <a href="#main-content" class="skip-link" on:click=|ev| { ev.prevent_default(); crate::web::focus_heading(); }>{t::skip_link()}</a> }
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
                    <span class="header__tagline">{t::service_tagline()}</span>
                </a>
                <MainNavigation/>
                <LanguageLink/>
            </div>
        </header>
    }
}

#[component]
fn MainNavigation() -> impl IntoView {
    view! {
        <nav class="header__nav" aria-label=t::navigation_label()>
            <a href=Route::Home.href()>{t::navigation_home()}</a>
            <a href=Route::Saved.href()>{t::navigation_saved()}</a>
            <a href=Route::Compare.href()>{t::navigation_compare()}</a>
            <a href=Route::Frameworks.href()>{t::navigation_frameworks()}</a>
            <a href=Route::Performance.href()>{t::navigation_performance()}</a>
        </nav>
    }
}

/// The same page in the other language ("Cymraeg" on an English page, "English" on a Welsh one),
/// named in that language. The page loads again in it; everything entered is already saved.
/// Drawn at build time (no page address yet), it points to the home page.
#[component]
fn LanguageLink() -> impl IntoView {
    let code = t::other_language_code();
    let route = use_context::<RwSignal<Route>>();
    let href = move || match route {
        Some(route) => {
            route.track();
            crate::web::address_in_language(code)
        }
        None => format!("?lang={code}"),
    };
    view! {
        <a
            class="header__language"
            href=href
            lang=code
            hreflang=code
            on:click=move |ev| {
                // The address of the page shown now, which may have changed since this was drawn.
                ev.prevent_default();
                crate::web::open_in_language(code);
            }
        >
            {t::other_language()}
        </a>
    }
}

/// Inside a council's page: a slim bar in its colour, with its name, the language link, and for
/// the whole tool the same navigation as the header.
#[component]
pub fn EmbedBar(logo: Option<String>, navigation: bool) -> impl IntoView {
    view! {
        <div class="embed-bar">
            <div class="width-container header__inner">
                {logo.map(|logo| view! { <span class="embed-bar__logo">{logo}</span> })}
                {navigation.then(|| view! { <MainNavigation/> })}
                <LanguageLink/>
            </div>
        </div>
    }
}

/// The privacy promise and where the content comes from.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="footer">
            <div class="width-container">
                <p>{t::footer_privacy()}</p>
                <p><a href=Route::Embed.href()>{t::footer_embed_link()}</a>{t::footer_embed_after()}</p>
                <p>{t::footer_sources_before()}<a href=Route::Frameworks.href()>{t::footer_sources_link()}</a>{t::footer_sources_after()}</p>
            </div>
        </footer>
    }
}
