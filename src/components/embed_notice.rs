//! What a person inside a council's page needs to know: which address settings were not used,
//! and, inside another site's page, where their answers are kept.

use leptos::prelude::*;

use crate::embedded::Frame;
use crate::state::{AppState, StorageNotice};
use crate::web;

#[component]
pub fn EmbedNotice(problems: Vec<String>, frame: Frame) -> impl IntoView {
    let state = expect_context::<AppState>();
    let blocked = move || matches!(state.storage_notice.get(), Some(StorageNotice::Blocked(_)));
    let settings = (!problems.is_empty()).then(|| {
        view! {
            <div class="notification notification--warning" role="region" aria-labelledby="settings-title">
                <h2 class="notification__title" id="settings-title">"Some settings in this page’s address were not used"</h2>
                <ul class="list list--bullet">
                    {problems.into_iter().map(|problem| view! { <li>{problem}</li> }).collect_view()}
                </ul>
                <p class="body">"Almanac works without them. Whoever set up this page can fix the address."</p>
            </div>
        }
    });
    // Blocked storage has a notice of its own; partitioned storage works but is easy to lose.
    let partitioned = move || {
        (frame == Frame::OtherOrigin && !blocked()).then(|| {
            view! {
                <div class="inset" role="note">
                    <p class="body">
                        "You are using Almanac inside another website’s page. Your browser keeps your answers for this page only, apart from Almanac opened on its own, and may clear them sooner. Download your result to keep a copy, or "
                        <a href=web::standalone_link() target="_blank" rel="noopener">"open Almanac in its own tab (opens in new tab)"</a>"."
                    </p>
                </div>
            }
        })
    };
    view! { {settings} {partitioned} }
}
