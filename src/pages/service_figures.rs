//! Typing in one service's figures for one period, a group of fields per channel. Everything
//! typed is kept on this device as it is typed, so leaving the page or reloading it loses
//! nothing; the figures themselves change only when they are saved and pass every check.

use leptos::prelude::*;

use crate::components::error_summary::{ErrorItem, FileProblems};
use crate::components::performance::IllustrativeBanner;
use crate::domain::performance::entry::{Draft, EntryError, EntryField, draft_from, parse_draft};
use crate::domain::performance::{Channel, Period};
use crate::i18n::t::service_figures as t;
use crate::pages::not_found::NotFoundPage;
use crate::routes::Route;
use crate::state::AppState;
use crate::web;

#[component]
pub fn ServiceFiguresPage(service: String, period: Period) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(found) = state.performance().with_untracked(|p| p.service(&service).cloned()) else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let code = period.code();
    let saved_draft = move || state.performance().with_untracked(|p| draft_from(&p.figures_for(&found.id, period)));
    let kept = state.draft(&service, &code);
    let unsaved = RwSignal::new(kept.is_some());
    let draft = RwSignal::new(kept.unwrap_or_else(saved_draft.clone()));
    let errors = RwSignal::new(Vec::<EntryError>::new());
    let (channels, year_start) = state.performance().with_untracked(|p| (p.channels.clone(), p.year_start));
    let service_route = Route::Service { service: service.clone() };

    let keep = {
        let (service, code) = (service.clone(), code.clone());
        Callback::new(move |(id, value): (String, String)| {
            draft.update(|d| {
                if value.trim().is_empty() {
                    d.remove(&id);
                } else {
                    d.insert(id, value);
                }
            });
            unsaved.set(true);
            state.set_draft(&service, &code, Some(draft.get_untracked()));
        })
    };
    let save = {
        let (service, code, channels, service_route) =
            (service.clone(), code.clone(), channels.clone(), service_route.clone());
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            match parse_draft(&draft.get_untracked(), &service, period, &channels) {
                Err(found) => errors.set(found),
                Ok(figures) => {
                    let mut performance = state.performance().get_untracked();
                    performance.set_figures(&service, period, figures);
                    state.save_performance(performance);
                    state.set_draft(&service, &code, None);
                    crate::pages::service::note_saved(period);
                    web::navigate(&service_route);
                }
            }
        }
    };
    let discard = {
        let (service, code) = (service.clone(), code.clone());
        move |_| {
            state.set_draft(&service, &code, None);
            draft.set(saved_draft());
            errors.set(Vec::new());
            unsaved.set(false);
        }
    };
    let groups = channels
        .into_iter()
        .map(|channel| view! { <ChannelFields channel=channel draft=draft errors=errors keep=keep/> })
        .collect_view();

    view! {
        <IllustrativeBanner/>
        {move || {
            let found = errors.get();
            (!found.is_empty()).then(|| {
                let items = found.into_iter().map(|e| ErrorItem { message: e.message, field: Some(e.field) }).collect();
                view! { <FileProblems title=t::problem() errors=items/> }
            })
        }}
        <a class="back-link" href=service_route.href()>{t::back(&found.name)}</a>
        <span class="caption">{found.name.clone()}</span>
        <h1 class="heading-l" tabindex="-1">{t::heading(period.label(year_start))}</h1>
        <Show when=move || unsaved.get()>
            <div class="inset">
                <p class="body">{t::unsaved()}
                    <button type="button" class="link-button link-button--small" on:click=discard.clone()>{t::discard()}</button></p>
            </div>
        </Show>
        <p class="body">{t::guidance()}</p>
        <form class="form figures-form" novalidate on:submit=save>
            {groups}
            <div class="button-group">
                <button type="submit" class="button">{t::save()}</button>
                <a class="button button--secondary" href=service_route.href()>{t::cancel()}</a>
            </div>
        </form>
    }
    .into_any()
}

/// The fields for one channel, with the satisfaction counts in a group of their own.
#[component]
fn ChannelFields(
    channel: Channel,
    draft: RwSignal<Draft>,
    errors: RwSignal<Vec<EntryError>>,
    keep: Callback<(String, String)>,
) -> impl IntoView {
    let fields = EntryField::for_channel(&channel);
    let not_offered_id = EntryField::NotOffered.id(&channel.id);
    let three_point_ids: Vec<String> = (0..3).map(|point| EntryField::ThreePoint(point).id(&channel.id)).collect();
    let field = move |field: EntryField| {
        let id = field.id(&channel.id);
        let hint = match field {
            EntryField::Started => Some(t::started_hint()),
            EntryField::UnitCost => Some(t::unit_cost_hint()),
            _ => None,
        };
        view! { <NumberField id=id label=field.label() hint=hint money=matches!(field, EntryField::TotalCost | EntryField::UnitCost) draft=draft errors=errors keep=keep/> }
    };
    let main: Vec<_> = fields
        .iter()
        .filter(|f| !matches!(f, EntryField::Satisfaction(_) | EntryField::ThreePoint(_)))
        .map(|f| field(*f))
        .collect();
    let satisfaction: Vec<_> = (0..5).map(|point| field(EntryField::Satisfaction(point))).collect();
    let three_point: Vec<_> = (0..3).map(|point| field(EntryField::ThreePoint(point))).collect();
    // Open when the survey was on the three-point scale, or a problem is in those fields.
    let on_three_point = move || {
        draft.with(|d| three_point_ids.iter().any(|id| d.contains_key(id)))
            || errors.with(|all| all.iter().any(|e| e.field.contains("-three-point-")))
    };
    let legend = if channel.digital { t::digital_legend(&channel.name) } else { channel.name.clone() };
    let ticked = {
        let id = not_offered_id.clone();
        move || draft.with(|d| d.contains_key(&id))
    };
    let tick = {
        let id = not_offered_id.clone();
        move |ev: leptos::ev::Event| {
            keep.run((id.clone(), if event_target_checked(&ev) { "yes".into() } else { String::new() }))
        }
    };
    view! {
        <fieldset class="fieldset figures-form__channel">
            <legend class="fieldset__legend fieldset__legend--m">{legend}</legend>
            <div class="checkboxes__item">
                <input class="checkboxes__input" type="checkbox" id=not_offered_id.clone() prop:checked=ticked on:change=tick/>
                <label class="checkboxes__label" for=not_offered_id>{t::not_offered(&channel.name)}</label>
            </div>
            {main}
            <fieldset class="fieldset">
                <legend class="fieldset__legend fieldset__legend--s">{t::survey_legend(&channel.name)}</legend>
                <div class="hint">{t::survey_hint()}</div>
                <div class="figures-form__scale">{satisfaction}</div>
                <details class="details" prop:open=on_three_point>
                    <summary class="details__summary">{t::three_point_summary(&channel.name)}</summary>
                    <div class="details__text">
                        <div class="hint">{t::three_point_hint()}</div>
                        <div class="figures-form__scale">{three_point}</div>
                    </div>
                </details>
            </fieldset>
        </fieldset>
    }
}

/// One labelled number field; what is typed is kept at once, and its error shown beside it.
#[component]
fn NumberField(
    id: String,
    label: &'static str,
    hint: Option<&'static str>,
    money: bool,
    draft: RwSignal<Draft>,
    errors: RwSignal<Vec<EntryError>>,
    keep: Callback<(String, String)>,
) -> impl IntoView {
    let error = {
        let id = id.clone();
        Memo::new(move |_| errors.with(|all| all.iter().find(|e| e.field == id).map(|e| e.message.clone())))
    };
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let value = {
        let id = id.clone();
        move || draft.with(|d| d.get(&id).cloned().unwrap_or_default())
    };
    let on_input = {
        let id = id.clone();
        move |ev: leptos::ev::Event| keep.run((id.clone(), event_target_value(&ev)))
    };
    view! {
        <div class="form-group" class:form-group--error=move || error.with(Option::is_some)>
            <label class="label" for=id.clone()>{label}</label>
            {hint.map(|text| view! { <div class="hint" id=hint_id.clone()>{text}</div> })}
            {move || error.get().map(|message| view! { <p class="error-message" id=error_id.clone()><span class="visually-hidden">{t::error_prefix()}</span>{message}</p> })}
            <input class="input input--number" type="text" id=id.clone() autocomplete="off" spellcheck="false"
                inputmode=if money { "decimal" } else { "numeric" }
                aria-describedby=described prop:value=value on:input=on_input/>
        </div>
    }
}
