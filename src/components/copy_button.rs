//! A button that puts text on the clipboard and says, in a status message, whether it did.

use leptos::prelude::*;

use crate::web;

#[component]
pub fn CopyButton(
    #[prop(into)] text: String,
    label: &'static str,
    /// Said when the text is on the clipboard.
    copied: &'static str,
    /// Said when the browser refuses, telling the person how to copy it themselves.
    refused: &'static str,
    #[prop(default = "button button--secondary")] class: &'static str,
) -> impl IntoView {
    let status = RwSignal::new(None::<&'static str>);
    let copy = move |_| {
        let text = text.clone();
        leptos::task::spawn_local(async move {
            status.set(Some(if web::copy_text(&text).await { copied } else { refused }));
        });
    };
    view! {
        <button type="button" class=class on:click=copy>{label}</button>
        <p class="saved-status" role="status">{move || status.get()}</p>
    }
}
