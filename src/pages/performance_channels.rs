//! The settings the dashboard's figures rest on: the council's name and the month its financial
//! year starts (which name quarters and years), and the channels services are used through with
//! the unit cost assumed for each. The saving from channel shift is valued on the council's own
//! costs where they are complete, and on these assumptions otherwise, so they are shown openly.

use leptos::prelude::*;

use crate::components::confirm::Confirm;
use crate::components::error_summary::{ErrorItem, ErrorSummary};
use crate::components::performance::IllustrativeBanner;
use crate::components::text_field::TextField;
use crate::domain::performance::entry::{money, parse_money};
use crate::domain::performance::period::months;
use crate::domain::performance::{Channel, Performance, YearStart, default_channels};
use crate::i18n::t::performance_channels as t;
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

fn rows_from(channels: Vec<Channel>) -> Vec<ChannelRow> {
    channels
        .into_iter()
        .map(|c| ChannelRow {
            id: c.id,
            digital: c.digital,
            name: RwSignal::new(c.name),
            cost: RwSignal::new(c.assumed_unit_cost.map(money).unwrap_or_default()),
        })
        .collect()
}

/// The assumed unit cost typed for a channel called `name`: required, so a channel never counts as free.
fn typed_cost(text: &str, name: &str, field: String, found: &mut Vec<ErrorItem>) -> Option<f64> {
    let label = t::cost_what(name);
    match parse_money(text, &label) {
        Ok(Some(cost)) => Some(cost),
        Ok(None) => {
            found.push(ErrorItem { message: t::enter_cost(name), field: Some(field) });
            None
        }
        Err(message) => {
            found.push(ErrorItem { message, field: Some(field) });
            None
        }
    }
}

#[component]
pub fn PerformanceChannelsPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let held = state.performance().get_untracked();
    let rows = RwSignal::new(rows_from(held.channels.clone()));
    let organisation = RwSignal::new(held.organisation.clone());
    let year_start = RwSignal::new(held.year_start.0);
    let errors = RwSignal::new(Vec::<ErrorItem>::new());
    let saved = RwSignal::new(None::<String>);
    let new_name = RwSignal::new(String::new());
    let new_cost = RwSignal::new(String::new());
    let new_digital = RwSignal::new(false);
    let removing = RwSignal::new(None::<(String, String, usize)>);

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut found = Vec::new();
        let mut channels = Vec::new();
        for row in rows.get_untracked() {
            let name = row.name.get_untracked().trim().to_string();
            if name.is_empty() {
                found.push(ErrorItem {
                    message: t::enter_name().into(),
                    field: Some(format!("channel-{}-name", row.id)),
                });
            }
            let shown = if name.is_empty() { row.id.clone() } else { name.clone() };
            let cost = typed_cost(&row.cost.get_untracked(), &shown, format!("channel-{}-cost", row.id), &mut found);
            channels.push(Channel { id: row.id, name, digital: row.digital, assumed_unit_cost: cost });
        }
        let added = new_name.get_untracked().trim().to_string();
        let mut performance = state.performance().get_untracked();
        if !added.is_empty() {
            let id = performance.new_service_id(&added);
            let id = if channels.iter().any(|c| c.id == id) { format!("{id}-channel") } else { id };
            if channels.iter().any(|c| c.name.eq_ignore_ascii_case(&added)) {
                found.push(ErrorItem {
                    message: t::channel_exists(crate::domain::text::isolated(&added)),
                    field: Some("new-channel-name".into()),
                });
            }
            let cost = typed_cost(&new_cost.get_untracked(), &added, "new-channel-cost".into(), &mut found);
            channels.push(Channel { id, name: added, digital: new_digital.get_untracked(), assumed_unit_cost: cost });
        } else if !new_cost.get_untracked().trim().is_empty() {
            found.push(ErrorItem { message: t::enter_new_name().into(), field: Some("new-channel-name".into()) });
        }
        if found.is_empty()
            && channels
                .iter()
                .enumerate()
                .any(|(i, c)| channels[..i].iter().any(|d| d.name.eq_ignore_ascii_case(&c.name)))
        {
            found.push(ErrorItem { message: t::same_names().into(), field: None });
        }
        let name = organisation.get_untracked().trim().to_string();
        if name.chars().count() > 200 {
            found.push(ErrorItem { message: t::organisation_too_long().into(), field: Some("organisation".into()) });
        }
        saved.set(found.is_empty().then(|| t::saved().to_string()));
        if found.is_empty() {
            performance.channels = channels.clone();
            performance.organisation = name;
            performance.year_start = YearStart(year_start.get_untracked());
            state.save_performance(performance);
            rows.set(rows_from(channels));
            new_name.set(String::new());
            new_cost.set(String::new());
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
        saved.set(Some(t::restored().into()));
    };
    let remove = move || {
        let Some((id, name, _)) = removing.get_untracked() else { return };
        let mut performance: Performance = state.performance().get_untracked();
        performance.channels.retain(|c| c.id != id);
        performance.figures.retain(|f| f.channel != id);
        rows.update(|rows| rows.retain(|row| row.id != id));
        state.save_performance(performance);
        removing.set(None);
        saved.set(Some(t::removed(name)));
    };

    view! {
        <IllustrativeBanner/>
        {move || (!errors.with(Vec::is_empty)).then(|| view! { <ErrorSummary title=t::problem() errors=errors.get()/> })}
        {move || saved.get().map(|message| view! {
            <div class="notification notification--success" role="status"><p class="notification__heading">{message}</p></div>
        })}
        <a class="back-link" href=Route::Performance.href()>{t::back()}</a>
        <h1 class="heading-l" tabindex="-1">{t::heading()}</h1>
        <div class="inset">
            <p class="body">{t::saving_explained()}</p>
            <p class="body">{t::starting_figures()}</p>
        </div>
        <form class="form" novalidate on:submit=save>
            <h2 class="heading-m">{t::organisation_heading()}</h2>
            <TextField id="organisation" label=t::organisation_label() hint=t::organisation_hint()
                value=organisation error=Signal::derive(|| None)/>
            <div class="form-group">
                <label class="label" for="year-start">{t::year_start_label()}</label>
                <div class="hint" id="year-start-hint">{t::year_start_hint()}</div>
                <select class="select" id="year-start" aria-describedby="year-start-hint" on:change=move |ev| {
                    if let Ok(month) = event_target_value(&ev).parse::<u8>() { year_start.set(month) }
                }>
                    {(1..=12u8).map(|month| view! {
                        <option value=month.to_string() selected=move || year_start.get() == month>{months()[usize::from(month - 1)]}</option>
                    }).collect_view()}
                </select>
            </div>
            <h2 class="heading-m">{t::channels_heading()}</h2>
            {move || rows.get().into_iter().map(|row| {
                let name_id = format!("channel-{}-name", row.id);
                let cost_id = format!("channel-{}-cost", row.id);
                let (name, cost) = (row.name, row.cost);
                let kind = if row.digital { t::digital_channel() } else { t::offline_channel() };
                let id = row.id.clone();
                let ask_to_remove = move |_| {
                    let uses = state.performance().with_untracked(|p| p.figures.iter().filter(|f| f.channel == id).count());
                    removing.set(Some((id.clone(), name.get_untracked(), uses)));
                };
                let only_one = rows.with(|rows| rows.len() == 1);
                view! {
                    <fieldset class="fieldset figures-form__channel">
                        <legend class="fieldset__legend fieldset__legend--s">{move || name.get()}</legend>
                        <p class="body hint">{kind}</p>
                        <div class="form-group">
                            <label class="label" for=name_id.clone()>{t::name_label()}</label>
                            <input class="input" type="text" id=name_id prop:value=move || name.get() on:input=move |ev| name.set(crate::web::typed_text(&ev))/>
                        </div>
                        <div class="form-group">
                            <label class="label" for=cost_id.clone()>{t::cost_label()}</label>
                            <input class="input input--number" type="text" inputmode="decimal" id=cost_id prop:value=move || cost.get() on:input=move |ev| cost.set(event_target_value(&ev))/>
                        </div>
                        {(!only_one).then(|| view! {
                            <button type="button" class="button button--secondary" on:click=ask_to_remove>
                                {t::remove()}<span class="visually-hidden">{move || format!(" ({})", name.get())}</span>
                            </button>
                        })}
                    </fieldset>
                }
            }).collect_view()}
            {move || removing.get().map(|(_, name, uses)| {
                let consequence = match uses {
                    0 => t::no_figures_held().to_string(),
                    n => t::figures_deleted(n),
                };
                view! {
                    <Confirm label=t::remove_question(&name) heading=true yes=t::yes_remove() no=t::cancel()
                        on_yes=remove on_no=move || removing.set(None)>
                        <p class="body">{consequence}</p>
                    </Confirm>
                }
            })}
            <fieldset class="fieldset figures-form__channel">
                <legend class="fieldset__legend fieldset__legend--s">{t::add_legend()}</legend>
                <div class="form-group">
                    <label class="label" for="new-channel-name">{t::new_name_label()}</label>
                    <input class="input" type="text" id="new-channel-name" prop:value=move || new_name.get() on:input=move |ev| new_name.set(crate::web::typed_text(&ev))/>
                </div>
                <div class="form-group">
                    <label class="label" for="new-channel-cost">{t::new_cost_label()}</label>
                    <div class="hint" id="new-channel-cost-hint">{t::new_cost_hint()}</div>
                    <input class="input input--number" type="text" inputmode="decimal" id="new-channel-cost" aria-describedby="new-channel-cost-hint"
                        prop:value=move || new_cost.get() on:input=move |ev| new_cost.set(event_target_value(&ev))/>
                </div>
                <div class="checkboxes__item">
                    <input class="checkboxes__input" type="checkbox" id="new-channel-digital" prop:checked=move || new_digital.get() on:change=move |ev| new_digital.set(event_target_checked(&ev))/>
                    <label class="checkboxes__label" for="new-channel-digital">{t::digital_label()}</label>
                </div>
            </fieldset>
            <div class="button-group">
                <button type="submit" class="button">{t::save()}</button>
                <button type="button" class="button button--secondary" on:click=restore_defaults>{t::restore()}</button>
            </div>
        </form>
    }
}
