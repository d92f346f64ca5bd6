//! The GOV.UK summary list: keys and their values, one row each.

use leptos::prelude::*;

/// Rows whose value is empty are left out, so details nobody gave take no room.
#[component]
pub fn SummaryList(rows: Vec<(&'static str, String)>) -> impl IntoView {
    let rows: Vec<_> = rows.into_iter().filter(|(_, value)| !value.is_empty()).collect();
    (!rows.is_empty()).then(|| {
        view! {
            <dl class="summary-list">
                {rows.into_iter().map(|(key, value)| view! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{key}</dt>
                        <dd class="summary-list__value">{value}</dd>
                    </div>
                }).collect_view()}
            </dl>
        }
    })
}
