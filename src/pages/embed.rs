//! Making the copy-paste code that puts Almanac in an intranet page, in the council's colour.

use leptos::prelude::*;

use crate::components::copy_button::CopyButton;
use crate::components::text_field::TextField;
use crate::domain::colour::{Brand, Colour};
use crate::domain::embedding::{Appearance, EmbedMode, logo_text, snippet};
use crate::routes::Route;
use crate::web;

const MODES: [(EmbedMode, &str, &str); 2] = [
    (EmbedMode::Quick, "The quick check", "12 questions for anyone, with a result and next steps."),
    (
        EmbedMode::Full,
        "The whole tool",
        "Quick check, full assessments, results and action plans, with Almanac’s navigation.",
    ),
];

#[component]
pub fn EmbedPage() -> impl IntoView {
    let mode = RwSignal::new(EmbedMode::Quick);
    let brand_text = RwSignal::new(String::new());
    let logo_value = RwSignal::new(String::new());
    let brand = Memo::new(move |_| {
        let text = brand_text.get();
        if text.trim().is_empty() { Ok(None) } else { Colour::parse(&text).map(|colour| Some(Brand::new(colour))) }
    });
    let logo = Memo::new(move |_| logo_text(&logo_value.get()));
    let appearance =
        Memo::new(move |_| Some(Appearance { mode: mode.get(), brand: brand.get().ok()?, logo: logo.get().ok()? }));
    let app_address = web::app_address();
    let code = {
        let app_address = app_address.clone();
        move || appearance.get().map(|appearance| snippet(&app_address, &appearance))
    };
    let preview = move || appearance.get().map(|appearance| format!("{app_address}{}", appearance.to_query()));

    view! {
        <a class="back-link" href=Route::Home.href()>"Back"</a>
        <h1 class="heading-l" tabindex="-1">"Put Almanac on your intranet"</h1>
        <p class="body">"Paste the code below into an intranet page (a SharePoint embed web part or a CMS HTML block). Almanac then appears inside that page without its own header and footer, in your council’s colour, and the frame grows and shrinks to fit it."</p>
        <p class="body">"Answers stay in each person’s browser. Inside another website’s page, browsers keep them apart from Almanac opened on its own, or block saving altogether; Almanac tells people when that happens, and downloading a result always works."</p>
        <div class="form-group">
        <fieldset class="fieldset">
            <legend class="fieldset__legend fieldset__legend--m"><h2 class="heading-m heading--flush">"What should the page show?"</h2></legend>
            <div class="radios">
                {MODES.into_iter().map(|(choice, label, hint)| {
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
        <div class="brand-field">
            <TextField id="embed-brand" label="Your council’s colour (optional)"
                hint="Six hexadecimal digits, like 1d70b8. Buttons and the top bar use it with white text, so a colour too light for that is darkened until it meets WCAG contrast."
                value=brand_text error=Signal::derive(move || brand.get().err())/>
            {move || brand.get().ok().flatten().map(|brand| view! {
                <p class="body brand-check">
                    // A fill attribute, not a style, so the Content Security Policy allows it.
                    <svg class="brand-check__swatch" width="40" height="40" aria-hidden="true" focusable="false"><rect width="40" height="40" fill=brand.colour.to_string()/></svg>
                    {brand.explanation()}
                </p>
            })}
        </div>
        <TextField id="embed-logo" label="Your council’s name (optional)"
            hint="Shown at the top, where a logo would be. Up to 60 characters, for example “Anytown Borough Council”."
            value=logo_value error=Signal::derive(move || logo.get().err().map(|message| format!("The name is too long: {message}")))/>
        <h2 class="heading-m">"The code"</h2>
        {move || match code() {
            Some(text) => view! {
                <label class="label" for="embed-code">"Copy this into your intranet page"</label>
                <textarea class="textarea textarea--code" id="embed-code" rows="12" readonly spellcheck="false">{text.clone()}</textarea>
                <CopyButton text=text label="Copy the code" class="button" copied="Code copied."
                    refused="Your browser did not allow copying: select the code in the box and copy it."/>
            }.into_any(),
            None => view! { <p class="body">"Fix the colour or the name above to see the code."</p> }.into_any(),
        }}
        <h2 class="heading-m">"What the code does"</h2>
        <ul class="list">
            <li>"The frame’s "<code>"sandbox"</code>" lets Almanac run, save in the browser where allowed, and download files ("<code>"allow-downloads"</code>"), so people can always keep their result."</li>
            <li>"Almanac posts "<code>"{ type: \"almanac:resize\", height }"</code>" to the page whenever its height changes; the few lines of script set the frame to that height. They accept the message only from the frame and the address it was loaded from."</li>
            <li>"Nothing is sent to Almanac or anyone else: the page only loads Almanac’s files."</li>
        </ul>
        {move || preview().map(|address| view! {
            <h2 class="heading-m">"Preview"</h2>
            <iframe class="embed-preview" src=address title="Preview of Almanac as it will appear in your page"></iframe>
        })}
    }
}
