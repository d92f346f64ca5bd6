//! A button that makes a document (a workbook, a Word report) and offers it as a download. The
//! code that makes it is fetched the first time someone presses the button (`crate::exports`),
//! so the button says when it is working and, in the person's terms, when it could not.

use std::rc::Rc;

use futures::future::LocalBoxFuture;
use leptos::prelude::*;

use crate::i18n::t::document_download as t;

/// A document made, ready to download.
pub struct Document {
    pub file_name: String,
    pub mime: &'static str,
    pub bytes: Vec<u8>,
}

pub const WORKBOOK_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
pub const WORD_MIME: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// Makes the document, or says why it could not be made.
pub type MakeDocument = Rc<dyn Fn() -> LocalBoxFuture<'static, Result<Document, String>>>;

#[component]
pub fn DocumentDownload(
    /// The button's words, such as "Download as an Excel workbook".
    label: String,
    make: MakeDocument,
) -> AnyView {
    let working = RwSignal::new(false);
    let failure = RwSignal::new(None::<String>);
    let id = format!("document-{}", crate::web::new_id());
    let error_id = format!("{id}-error");
    let press = move |_| {
        if working.get_untracked() {
            return;
        }
        working.set(true);
        failure.set(None);
        let make = make.clone();
        leptos::task::spawn_local(async move {
            match make().await {
                Ok(document) => {
                    if crate::web::download_bytes(&document.file_name, document.mime, &document.bytes).is_err() {
                        failure.set(Some(t::not_offered().to_string()));
                    }
                }
                Err(message) => failure.set(Some(message)),
            }
            working.set(false);
        });
    };
    let described = error_id.clone();
    view! {
        <button type="button" class="button button--secondary" id=id on:click=press
            aria-disabled=move || working.get().then_some("true")
            aria-describedby=move || failure.get().map(|_| described.clone())>
            {move || if working.get() { t::preparing().to_string() } else { label.clone() }}
        </button>
        {move || failure.get().map(|message| view! {
            // An alert, so a screen reader hears it as it appears; the button's own words say when
            // the file is being made.
            <p class="error-message" role="alert" id=error_id.clone()><span class="visually-hidden">{t::error_prefix()}</span>{message}</p>
        })}
    }
    // Erased, so that a page's own view type (which the first download can hold, for pages
    // shown through `WithAssessment`) does not grow by this button's.
    .into_any()
}
