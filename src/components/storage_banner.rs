//! Says plainly when answers are not being kept on this device, and offers a download instead.

use leptos::prelude::*;

use crate::domain::exchange;
use crate::domain::text::isolated;
use crate::i18n::t::storage_banner as t;
use crate::state::{AppState, Conflict, StorageNotice};
use crate::storage::StorageError;

#[component]
pub fn StorageBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    let download_latest = move |_| {
        if let Some(latest) = state.assessments.with_untracked(|all| all.first().cloned()) {
            let _ = crate::web::download(
                &crate::pages::file_name(&latest),
                "application/json",
                &exchange::to_json(&latest),
            );
        }
    };
    let conflict = move || {
        state.conflict.get().map(|conflict| {
            let (title, message) = conflict_in_words(conflict);
            view! {
                <div class="notification notification--warning" role="region" aria-labelledby="conflict-title">
                    <h2 class="notification__title" id="conflict-title">{title}</h2>
                    <p class="body">{message}</p>
                    <button type="button" class="button button--secondary" on:click=move |_| state.conflict.set(None)>{t::ok()}</button>
                </div>
            }
        })
    };
    let storage = move || {
        state.storage_notice.get().map(|notice| {
            let (title, detail) = match &notice {
                StorageNotice::Blocked(error) => (t::blocked_heading(), t::blocked(error)),
                StorageNotice::ReadOnly(StorageError::Full) => (t::read_only_heading(), t::read_only_full().to_string()),
                StorageNotice::ReadOnly(error) => (t::read_only_heading(), t::read_only(error)),
                StorageNotice::WriteFailed(StorageError::Full) => {
                    (t::write_failed_heading(), t::write_failed_full().to_string())
                }
                StorageNotice::WriteFailed(error) => (t::write_failed_heading(), t::write_failed(error)),
            };
            let has_any = state.assessments.with(|all| !all.is_empty());
            view! {
                <div class="notification notification--warning" role="region" aria-labelledby="storage-notice-title">
                    <h2 class="notification__title" id="storage-notice-title">{title}</h2>
                    <p class="body">{detail}</p>
                    <Show when=move || has_any>
                        <button type="button" class="button button--secondary" on:click=download_latest>{t::download_latest()}</button>
                    </Show>
                </div>
            }
        })
    };
    view! { {conflict} {storage} }
}

/// A conflict's heading and what was done about it.
fn conflict_in_words(conflict: Conflict) -> (&'static str, String) {
    match conflict {
        Conflict::KeptBoth { title } => {
            let title = isolated(&title);
            (t::kept_both_heading(), t::kept_both(&title, crate::i18n::t::writes::copy_title(&title)))
        }
        Conflict::Merged { group, clashes } => {
            let merged = if group { t::merged_group() } else { t::merged_performance() };
            let clashes = if clashes == 0 { String::new() } else { t::clashes(clashes) };
            (t::merged_heading(), format!("{merged}{clashes}"))
        }
        Conflict::HeldBack => (t::held_back_heading(), t::held_back().into()),
    }
}
