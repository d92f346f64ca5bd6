//! Making the copy-paste code that puts Almanac in an intranet page, in the council's colour and
//! the language of that page.

use leptos::prelude::*;

use crate::components::copy_button::CopyButton;
use crate::components::text_field::TextField;
use crate::domain::colour::{Brand, Colour};
use crate::domain::embedding::{Appearance, EmbedMode, logo_text, snippet};
use crate::domain::language::Language;
use crate::i18n::t::embed as t;
use crate::routes::Route;
use crate::web;

/// The two ways to embed Almanac: the mode, its name and what it holds.
fn modes() -> [(EmbedMode, &'static str, &'static str); 2] {
    [(EmbedMode::Quick, t::mode_quick(), t::mode_quick_hint()), (EmbedMode::Full, t::mode_full(), t::mode_full_hint())]
}

/// The languages Almanac can open in, each named in itself. English is left out of the address:
/// it is what the code has always given, and a person who chose Welsh before still gets Welsh.
fn languages() -> [(Option<Language>, Language, &'static str); 2] {
    [(None, Language::English, t::language_english()), (Some(Language::Welsh), Language::Welsh, t::language_welsh())]
}

#[component]
pub fn EmbedPage() -> impl IntoView {
    let mode = RwSignal::new(EmbedMode::Quick);
    // At first the language of this page, which is likely to be the intranet page's.
    let language = RwSignal::new((!crate::i18n::language().is_english()).then_some(crate::i18n::language()));
    let brand_text = RwSignal::new(String::new());
    let logo_value = RwSignal::new(String::new());
    let brand = Memo::new(move |_| {
        let text = brand_text.get();
        if text.trim().is_empty() { Ok(None) } else { Colour::parse(&text).map(|colour| Some(Brand::new(colour))) }
    });
    let logo = Memo::new(move |_| logo_text(&logo_value.get()));
    let appearance = Memo::new(move |_| {
        Some(Appearance {
            mode: mode.get(),
            brand: brand.get().ok()?,
            logo: logo.get().ok()?,
            language: language.get(),
        })
    });
    let app_address = web::app_address();
    let code = {
        let app_address = app_address.clone();
        move || appearance.get().map(|appearance| snippet(&app_address, &appearance))
    };
    let preview = move || appearance.get().map(|appearance| format!("{app_address}{}", appearance.to_query()));

    view! {
        <a class="back-link" href=Route::Home.href()>{t::back()}</a>
        <h1 class="heading-l" tabindex="-1">{t::heading()}</h1>
        <p class="body">{t::paste()}</p>
        <p class="body">{t::answers_stay()}</p>
        <div class="form-group">
        <fieldset class="fieldset">
            <legend class="fieldset__legend fieldset__legend--m"><h2 class="heading-m heading--flush">{t::mode_heading()}</h2></legend>
            <div class="radios">
                {modes().into_iter().map(|(choice, label, hint)| {
                    let id = format!("embed-mode-{}", if choice == EmbedMode::Quick { "quick" } else { "full" });
                    let hint_id = format!("{id}-hint");
                    view! {
                        <div class="radios__item">
                            <input class="radios__input" type="radio" name="embed-mode" id=id.clone() aria-describedby=hint_id.clone()
                                prop:checked=move || mode.get() == choice on:change=move |_| mode.set(choice)/>
                            <label class="radios__label" for=id>{label}</label>
                            <div class="hint radios__hint" id=hint_id>{hint}</div>
                        </div>
                    }
                }).collect_view()}
            </div>
        </fieldset>
        </div>
        <div class="form-group">
        <fieldset class="fieldset" aria-describedby="embed-language-hint">
            <legend class="fieldset__legend fieldset__legend--m"><h2 class="heading-m heading--flush">{t::language_heading()}</h2></legend>
            <div class="hint" id="embed-language-hint">{t::language_hint()}</div>
            <div class="radios radios--inline">
                {languages().into_iter().map(|(choice, named, name)| {
                    let id = format!("embed-language-{}", named.code());
                    view! {
                        <div class="radios__item">
                            <input class="radios__input" type="radio" name="embed-language" id=id.clone()
                                prop:checked=move || language.get() == choice on:change=move |_| language.set(choice)/>
                            <label class="radios__label" for=id lang=named.code()>{name}</label>
                        </div>
                    }
                }).collect_view()}
            </div>
        </fieldset>
        </div>
        <div class="brand-field">
            <TextField id="embed-brand" label=t::brand_label()
                hint=t::brand_hint()
                value=brand_text error=Signal::derive(move || brand.get().err())/>
            {move || brand.get().ok().flatten().map(|brand| view! {
                <p class="body brand-check">
                    // A fill attribute, not a style, so the Content Security Policy allows it.
                    <svg class="brand-check__swatch" width="40" height="40" aria-hidden="true" focusable="false"><rect width="40" height="40" fill=brand.colour.to_string()/></svg>
                    {brand.explanation()}
                </p>
            })}
        </div>
        <TextField id="embed-logo" label=t::logo_label()
            hint=t::logo_hint()
            value=logo_value error=Signal::derive(move || logo.get().err().map(t::logo_too_long))/>
        <h2 class="heading-m">{t::code_heading()}</h2>
        {move || match code() {
            Some(text) => view! {
                <label class="label" for="embed-code">{t::code_label()}</label>
                <textarea class="textarea textarea--code" id="embed-code" rows="12" readonly spellcheck="false">{text.clone()}</textarea>
                <CopyButton text=text label=t::copy() class="button" copied=t::copied() refused=t::copy_refused()/>
            }.into_any(),
            None => view! { <p class="body">{t::fix_first()}</p> }.into_any(),
        }}
        <h2 class="heading-m">{t::what_heading()}</h2>
        <ul class="list">
            <li>{t::sandbox_before()}<code>"sandbox"</code>{t::sandbox_middle()}<code>"allow-downloads"</code>{t::sandbox_after()}</li>
            <li>{t::resize_before()}<code>"{ type: \"almanac:resize\", height }"</code>{t::resize_after()}</li>
            <li>{t::nothing_sent()}</li>
        </ul>
        {move || preview().map(|address| view! {
            <h2 class="heading-m">{t::preview_heading()}</h2>
            <iframe class="embed-preview" src=address title=t::preview_title()></iframe>
        })}
    }
}
