//! The notices above every page (a new version, storage trouble, settings an embedding page got
//! wrong) are rare, so their code is a chunk of its own (see `lazy.rs`), fetched the first time
//! one has something to say.

use futures::FutureExt;
use leptos::prelude::*;
use wasm_split_helpers::wasm_split;

use super::embed_notice::EmbedNotice;
use super::storage_banner::StorageBanner;
use super::update_banner::UpdateBanner;
use crate::domain::embedding::SettingProblem;
use crate::embedded::Frame;
use crate::lazy::NotLoaded;

#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// A new version of Almanac is ready.
    Update,
    /// Answers are not being kept, or another tab changed the same result.
    Storage,
    /// Settings in an embedding page's address that were not used, and where answers are kept.
    Embed { problems: Vec<SettingProblem>, frame: Frame },
}

/// Shows a notice once `when` is first true. The notice itself then decides, as it did before
/// its code was split off, what to show and when.
#[component]
pub fn LazyNotice(notice: Notice, #[prop(into)] when: Signal<bool>) -> impl IntoView {
    let loaded = RwSignal::new(false);
    Effect::new(move || {
        // Tried again whenever `when` turns true, should the code not have arrived before.
        if when.get() && !loaded.get_untracked() {
            leptos::task::spawn_local(async move {
                let (code, words) = futures::future::join(preload_notices(), crate::lazy::page_words()).await;
                if code.is_ok() && words.is_ok() {
                    let _ = loaded.try_set(true);
                }
            });
        }
    });
    move || loaded.get().then(|| draw(notice.clone()).now_or_never().and_then(Result::ok))
}

#[wasm_split(notices, fallible, preload(preload_notices))]
fn draw(notice: Notice) -> Result<AnyView, NotLoaded> {
    Ok(match notice {
        Notice::Update => view! { <UpdateBanner/> }.into_any(),
        Notice::Storage => view! { <StorageBanner/> }.into_any(),
        Notice::Embed { problems, frame } => view! { <EmbedNotice problems=problems frame=frame/> }.into_any(),
    })
}
