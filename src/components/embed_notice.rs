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
    // Inside another site's page browsers either keep storage apart (and may clear it sooner) or
    // block it; either way Almanac on its own tab keeps answers for good.
    let other_site = move || {
        (frame == Frame::OtherOrigin).then(|| {
            let situation = if blocked() {
                "You are using Almanac inside another website’s page, where your browser does not let it save. "
            } else {
                "You are using Almanac inside another website’s page. Your browser keeps your answers for this page only, apart from Almanac opened on its own, and may clear them sooner. "
            };
            view! {
                <div class="inset" role="note">
                    <p class="body">
                        {situation}"Download your result to keep a copy, or "
                        <a href=web::standalone_link() target="_blank" rel="noopener">"open Almanac in its own tab (opens in new tab)"</a>"."
                    </p>
                </div>
            }
        })
    };
    view! { {settings} {other_site} }
}
