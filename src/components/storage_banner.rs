//! Says plainly when answers are not being kept on this device, and offers a download instead.

use leptos::prelude::*;

use crate::domain::exchange;
use crate::state::{AppState, StorageNotice};
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
            view! {
                <div class="notification notification--warning" role="region" aria-labelledby="conflict-title">
                    <h2 class="notification__title" id="conflict-title">{conflict.title}</h2>
                    <p class="body">{conflict.message}</p>
                    <button type="button" class="button button--secondary" on:click=move |_| state.conflict.set(None)>"OK"</button>
                </div>
            }
        })
    };
    let storage = move || {
        state.storage_notice.get().map(|notice| {
            let (title, detail) = match &notice {
                StorageNotice::Blocked(error) => (
                    "Your answers are not being saved on this device",
                    format!("Almanac cannot save here because {error}. You can still answer every question and see your result; download it before you close this page."),
                ),
                StorageNotice::ReadOnly(StorageError::Full) => (
                    "Changes you make now cannot be kept on this device",
                    "This browser's storage for Almanac is full. Everything saved before is here and safe, and you can download a backup of it from Saved results. New answers are kept only while this page is open: delete old results, or download your result before you close the page.".to_string(),
                ),
                StorageNotice::ReadOnly(error) => (
                    "Changes you make now cannot be kept on this device",
                    format!("Almanac can read what is saved here but cannot save, because {error}. Everything saved before is here, and you can download a backup of it from Saved results. New answers are kept only while this page is open: download your result before you close the page."),
                ),
                StorageNotice::WriteFailed(StorageError::Full) => (
                    "Your latest answers could not be saved",
                    "This browser's storage is full. Your answers are kept while this page is open: download your result, then delete old results to make room.".to_string(),
                ),
                StorageNotice::WriteFailed(error) => (
                    "Your latest answers could not be saved",
                    format!("Saving failed because {error}. Your answers are kept while this page is open: download your result before you close it."),
                ),
            };
            let has_any = state.assessments.with(|all| !all.is_empty());
            view! {
                <div class="notification notification--warning" role="region" aria-labelledby="storage-notice-title">
                    <h2 class="notification__title" id="storage-notice-title">{title}</h2>
                    <p class="body">{detail}</p>
                    <Show when=move || has_any>
                        <button type="button" class="button button--secondary" on:click=download_latest>"Download your latest answers"</button>
                    </Show>
                </div>
            }
        })
    };
    view! { {conflict} {storage} }
}
