//! Says plainly when answers are not being kept on this device, and offers a download instead.

use leptos::prelude::*;

use crate::domain::exchange;
use crate::domain::text::isolated;
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

/// A conflict's heading and what was done about it.
fn conflict_in_words(conflict: Conflict) -> (&'static str, String) {
    match conflict {
        Conflict::KeptBoth { title } => {
            let title = isolated(&title);
            (
                "This result was also changed somewhere else",
                format!("“{title}” was changed in another tab or window. That version is kept, and the changes made here are saved beside it as “{title} (copy from another tab)”."),
            )
        }
        Conflict::Merged { group, clashes } => {
            let what = if group { "This group" } else { "The service performance data" };
            let clashes = match clashes {
                0 => String::new(),
                1 => " One item was changed in both, differently: the change made here was kept.".into(),
                n => format!(" {n} items were changed in both, differently: the changes made here were kept."),
            };
            ("This was also changed somewhere else", format!("{what} was changed in another tab or window at the same time. Both sets of changes are kept.{clashes}"))
        }
        Conflict::HeldBack => (
            "Your change is not saved yet",
            "A record on this device that this change would replace could not be read: it is damaged, or was saved by a newer version of Almanac. It is kept exactly as it was. Your change is kept while this page is open: go to Saved results, download the record that could not be read, then delete it, and your change will be saved.".into(),
        ),
    }
}
