//! The channels services are used through, and the unit cost assumed for each: the saving from
//! channel shift is worked out from these assumptions, so they are shown and edited openly.

use leptos::prelude::*;

use crate::components::error_summary::{ErrorItem, ErrorSummary};
use crate::components::performance::IllustrativeBanner;
use crate::domain::performance::entry::{money, parse_money};
use crate::domain::performance::{Channel, default_channels};
use crate::routes::Route;
use crate::state::AppState;

/// What the form holds for one channel: its name and assumed unit cost as typed.
#[derive(Debug, Clone, PartialEq)]
struct ChannelRow {
    id: String,
    digital: bool,
    name: RwSignal<String>,
    cost: RwSignal<String>,
}

#[component]
pub fn PerformanceChannelsPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows_from = |channels: Vec<Channel>| -> Vec<ChannelRow> {
        channels
            .into_iter()
            .map(|c| ChannelRow {
                id: c.id,
                digital: c.digital,
                name: RwSignal::new(c.name),
                cost: RwSignal::new(money(c.assumed_unit_cost)),
            })
            .collect()
    };
    let rows = RwSignal::new(rows_from(state.performance().with_untracked(|p| p.channels.clone())));
    let errors = RwSignal::new(Vec::<ErrorItem>::new());
    let saved = RwSignal::new(false);
    let new_name = RwSignal::new(String::new());
    let new_digital = RwSignal::new(false);

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut found = Vec::new();
        let mut channels = Vec::new();
        for row in rows.get_untracked() {
            let name = row.name.get_untracked().trim().to_string();
            let name_id = format!("channel-{}-name", row.id);
            let cost_id = format!("channel-{}-cost", row.id);
            if name.is_empty() {
                found.push(ErrorItem { message: "Enter a name for every channel".into(), field: Some(name_id) });
            }
            let label = format!("The assumed unit cost for {}", if name.is_empty() { &row.id } else { &name });
            let cost = match parse_money(&row.cost.get_untracked(), &label) {
                Ok(Some(cost)) => cost,
                Ok(None) => {
                    found.push(ErrorItem {
                        message: format!("{label} is needed to estimate savings"),
                        field: Some(cost_id),
                    });
                    0.0
                }
                Err(message) => {
                    found.push(ErrorItem { message, field: Some(cost_id) });
                    0.0
                }
            };
            channels.push(Channel { id: row.id, name, digital: row.digital, assumed_unit_cost: cost });
        }
        let added = new_name.get_untracked().trim().to_string();
        let mut performance = state.performance().get_untracked();
        if !added.is_empty() {
            let id = performance.new_service_id(&added);
            let id = if channels.iter().any(|c| c.id == id) { format!("{id}-channel") } else { id };
            if channels.iter().any(|c| c.name.eq_ignore_ascii_case(&added)) {
                found.push(ErrorItem {
                    message: format!("There is already a channel called “{}”", crate::domain::text::isolated(&added)),
                    field: Some("new-channel-name".into()),
                });
            }
            channels.push(Channel { id, name: added, digital: new_digital.get_untracked(), assumed_unit_cost: 0.0 });
        }
        if found.is_empty()
            && channels
                .iter()
                .enumerate()
                .any(|(i, c)| channels[..i].iter().any(|d| d.name.eq_ignore_ascii_case(&c.name)))
        {
            found.push(ErrorItem { message: "Two channels have the same name: give each its own".into(), field: None });
        }
        saved.set(found.is_empty());
        if found.is_empty() {
            performance.channels = channels.clone();
            state.save_performance(performance);
            rows.set(rows_from(channels));
            new_name.set(String::new());
        }
        errors.set(found);
    };
    let restore_defaults = move |_| {
        let mut performance = state.performance().get_untracked();
        for channel in &mut performance.channels {
            if let Some(default) = default_channels().into_iter().find(|d| d.id == channel.id) {
                channel.assumed_unit_cost = default.assumed_unit_cost;
            }
        }
        rows.set(rows_from(performance.channels.clone()));
        state.save_performance(performance);
        saved.set(true);
    };

    view! {
        <IllustrativeBanner/>
        {move || (!errors.with(Vec::is_empty)).then(|| view! { <ErrorSummary title="There is a problem" errors=errors.get()/> })}
        <Show when=move || saved.get()>
            <div class="notification notification--success" role="status"><p class="notification__heading">"The channels and assumptions are saved"</p></div>
        </Show>
        <a class="back-link" href=Route::Performance.href()>"Back to the dashboard"</a>
        <h1 class="heading-l" tabindex="-1">"Channels and unit-cost assumptions"</h1>
        <div class="inset">
            <p class="body">"The saving from channel shift is an estimate: the transactions that moved to digital channels times the difference between what an offline and a digital transaction are assumed to cost. The unit costs below are those assumptions."</p>
            <p class="body">"The starting figures (online £0.50, phone £3, face to face £9, post or email £5, other £5) are round numbers chosen only to keep the usual order, face to face dearest and online cheapest. They are not measured. Replace them with your council’s own unit costs."</p>
        </div>
        <p class="body">"Cost per transaction on the dashboard does not use these assumptions: it comes from the costs you enter."</p>
        <form class="form" novalidate on:submit=save>
            {move || rows.get().into_iter().map(|row| {
                let name_id = format!("channel-{}-name", row.id);
                let cost_id = format!("channel-{}-cost", row.id);
                let (name, cost) = (row.name, row.cost);
                let kind = if row.digital { "A digital channel" } else { "An offline channel" };
                view! {
                    <fieldset class="fieldset figures-form__channel">
                        <legend class="fieldset__legend fieldset__legend--s">{move || name.get()}</legend>
                        <p class="body hint">{kind}</p>
                        <div class="form-group">
                            <label class="label" for=name_id.clone()>"Name"</label>
                            <input class="input" type="text" id=name_id prop:value=move || name.get() on:input=move |ev| name.set(crate::web::typed_text(&ev))/>
                        </div>
                        <div class="form-group">
                            <label class="label" for=cost_id.clone()>"Assumed cost of one transaction (£)"</label>
                            <input class="input input--number" type="text" inputmode="decimal" id=cost_id prop:value=move || cost.get() on:input=move |ev| cost.set(event_target_value(&ev))/>
                        </div>
                    </fieldset>
                }
            }).collect_view()}
            <fieldset class="fieldset figures-form__channel">
                <legend class="fieldset__legend fieldset__legend--s">"Add a channel (optional)"</legend>
                <div class="form-group">
                    <label class="label" for="new-channel-name">"Name of the new channel"</label>
                    <input class="input" type="text" id="new-channel-name" prop:value=move || new_name.get() on:input=move |ev| new_name.set(crate::web::typed_text(&ev))/>
                </div>
                <div class="checkboxes__item">
                    <input class="checkboxes__input" type="checkbox" id="new-channel-digital" prop:checked=move || new_digital.get() on:change=move |ev| new_digital.set(event_target_checked(&ev))/>
                    <label class="checkboxes__label" for="new-channel-digital">"It is a digital channel (it counts towards take-up)"</label>
                </div>
            </fieldset>
            <div class="button-group">
                <button type="submit" class="button">"Save channels and assumptions"</button>
                <button type="button" class="button button--secondary" on:click=restore_defaults>"Put back the starting unit costs"</button>
            </div>
        </form>
    }
}
