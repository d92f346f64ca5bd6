//! What a person inside a council's page needs to know: which address settings were not used,
//! and, inside another site's page, where their answers are kept.

use leptos::prelude::*;

use crate::domain::embedding::SettingProblem;
use crate::embedded::Frame;
use crate::i18n::t::embed_notice as t;
use crate::state::{AppState, StorageNotice};
use crate::web;

#[component]
pub fn EmbedNotice(problems: Vec<SettingProblem>, frame: Frame) -> impl IntoView {
    let state = expect_context::<AppState>();
    let blocked = move || matches!(state.storage_notice.get(), Some(StorageNotice::Blocked(_)));
    let settings = (!problems.is_empty()).then(|| {
        view! {
            <div class="notification notification--warning" role="region" aria-labelledby="settings-title">
                <h2 class="notification__title" id="settings-title">{t::settings_heading()}</h2>
                <ul class="list list--bullet">
                    {problems.into_iter().map(|problem| view! { <li>{problem.to_string()}</li> }).collect_view()}
                </ul>
                <p class="body">{t::settings_body()}</p>
            </div>
        }
    });
    // Inside another site's page browsers either keep storage apart (and may clear it sooner) or
    // block it; either way Almanac on its own tab keeps answers for good.
    let other_site = move || {
        (frame == Frame::OtherOrigin).then(|| {
            let situation = if blocked() { t::other_site_blocked() } else { t::other_site_kept_apart() };
            view! {
                <div class="inset" role="note">
                    <p class="body">
                        {situation}{t::download_or()}
                        <a href=web::standalone_link() target="_blank" rel="noopener">{t::open_own_tab()}</a>"."
                    </p>
                </div>
            }
        })
    };
    view! { {settings} {other_site} }
}
