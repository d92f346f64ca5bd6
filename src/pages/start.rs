//! Starting a full assessment: choose a framework, then optionally name it and say what it covers.
//! The same form changes an existing assessment's details.

use leptos::prelude::*;

use crate::components::error_summary::{ErrorItem, ErrorSummary};
use crate::components::text_field::TextField;
use crate::domain::assessment::{Assessment, Details, Scope};
use crate::domain::carry::start_from;
use crate::domain::catalogue::QUICK_CHECK_ID;
use crate::domain::exchange::MAX_DETAIL_CHARS;
use crate::domain::organisation::{OrganisationType, Region};
use crate::i18n::t::start as t;
use crate::routes::Route;
use crate::state::AppState;
use crate::web;

const FRAMEWORK_FIELD: &str = "framework";

#[component]
pub fn StartPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let chosen = RwSignal::new(None::<(String, String)>);
    let frameworks =
        move || state.catalogue.with(|c| c.offered().filter(|f| f.id != QUICK_CHECK_ID).cloned().collect::<Vec<_>>());
    state.load_crosswalk();
    let carry_over = RwSignal::new(true);
    // The latest assessment on another framework that answers statements the chosen one shares.
    let earlier = Memo::new(move |_| {
        let (id, version) = chosen.get()?;
        let framework = state.catalogue.with(|c| c.find(&id, &version).cloned())?;
        state.crosswalk.with(|crosswalk| {
            let crosswalk = crosswalk.as_ref()?;
            state.assessments.with(|all| {
                all.iter()
                    .filter(|a| a.framework.id != framework.id)
                    .filter_map(|a| {
                        let title = state
                            .catalogue
                            .with(|c| c.find(&a.framework.id, &a.framework.version).map(|f| f.title.clone()))?;
                        let described = t::earlier(a.display_title(&title), web::long_date(a.updated));
                        let answers = start_from(a, crosswalk, &framework, &described);
                        (!answers.is_empty()).then_some((a.updated, described, answers))
                    })
                    .max_by_key(|(updated, ..)| *updated)
                    .map(|(_, described, answers)| (described, answers))
            })
        })
    });
    let submit = move |details: Details| -> Vec<ErrorItem> {
        let framework = chosen
            .get_untracked()
            .and_then(|(id, version)| state.catalogue.with_untracked(|c| c.find(&id, &version).cloned()));
        let Some(framework) = framework else {
            return vec![ErrorItem {
                message: t::framework_missing().into(),
                field: Some(format!("{FRAMEWORK_FIELD}-0")),
            }];
        };
        let mut assessment = Assessment::new(web::new_id(), &framework, web::now());
        assessment.details = details;
        if carry_over.get_untracked()
            && let Some((_, answers)) = earlier.get_untracked()
        {
            assessment.answers = answers;
        }
        let route = Route::Overview { assessment: assessment.id.clone() };
        state.save(assessment);
        web::navigate(&route);
        Vec::new()
    };
    let framework_error = RwSignal::new(false);

    view! {
        <a class="back-link" href=Route::Home.href()>{t::back()}</a>
        <h1 class="heading-l" tabindex="-1">{t::heading()}</h1>
        <p class="body">{t::intro()}</p>
        <DetailsForm
            initial=Details { scope: Some(Scope::WholeCouncil), date: Some(web::now().date()), ..Details::default() }
            button=t::start_button()
            on_submit=move |details| {
                let errors = submit(details);
                framework_error.set(!errors.is_empty());
                errors
            }
        >
            <div class="form-group" class:form-group--error=move || framework_error.get()>
                <fieldset class="fieldset" aria-describedby=move || framework_error.get().then_some("framework-error")>
                    <legend class="fieldset__legend fieldset__legend--m"><h2 class="heading-m heading--flush">{t::framework_heading()}</h2></legend>
                    <Show when=move || framework_error.get()>
                        <p class="error-message" id="framework-error"><span class="visually-hidden">{t::error_prefix()}</span>{t::framework_missing()}</p>
                    </Show>
                    <div class="radios">
                        {move || frameworks().into_iter().enumerate().map(|(index, framework)| {
                            let input_id = format!("{FRAMEWORK_FIELD}-{index}");
                            let hint_id = format!("{input_id}-hint");
                            let key = (framework.id.clone(), framework.version.clone());
                            let is_chosen = { let key = key.clone(); move || chosen.get().as_ref() == Some(&key) };
                            let size = t::size(
                                framework.statement_count(), framework.areas.len(), &framework.area_names.plural, &framework.version
                            );
                            view! {
                                <div class="radios__item">
                                    <input class="radios__input" type="radio" name=FRAMEWORK_FIELD id=input_id.clone() aria-describedby=hint_id.clone()
                                        prop:checked=is_chosen on:change=move |_| chosen.set(Some(key.clone()))/>
                                    <label class="radios__label" for=input_id>{framework.title.clone()}</label>
                                    <div class="hint radios__hint" id=hint_id>{framework.summary.clone()}" "{size}</div>
                                </div>
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
            </div>
            {move || earlier.get().map(|(described, answers)| view! {
                <div class="form-group">
                    <div class="checkboxes">
                        <div class="checkboxes__item">
                            <input class="checkboxes__input" type="checkbox" id="carry-over" aria-describedby="carry-over-hint"
                                prop:checked=move || carry_over.get() on:change=move |ev| carry_over.set(event_target_checked(&ev))/>
                            <label class="checkboxes__label" for="carry-over">{t::start_from(described)}</label>
                            <div class="hint checkboxes__hint" id="carry-over-hint">{t::carry_over_hint(answers.len())}</div>
                        </div>
                    </div>
                </div>
            })}
        </DetailsForm>
        <p class="body">{t::own_version()}<a href=Route::Frameworks.href()>{t::import_link()}</a>"."</p>
    }
}

/// Changing the details of an assessment that has already started.
#[component]
pub fn DetailsPage(id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(assessment) = state.assessments.with_untracked(|all| all.iter().find(|a| a.id == id).cloned()) else {
        return view! { <crate::pages::not_found::NotFoundPage/> }.into_any();
    };
    let overview = Route::Overview { assessment: id.clone() };
    let back = overview.clone();
    view! {
        <a class="back-link" href=back.href()>{t::back()}</a>
        <h1 class="heading-l" tabindex="-1">{t::details_heading()}</h1>
        <DetailsForm
            initial=assessment.details.clone()
            button=t::save_details()
            on_submit=move |details| {
                if let Some(mut assessment) = state.assessment(&id) {
                    assessment.details = details;
                    assessment.updated = web::now();
                    state.save(assessment);
                }
                web::navigate(&overview);
                Vec::new()
            }
        />
    }
    .into_any()
}

/// The optional details of an assessment; `children` come first in the form.
#[component]
fn DetailsForm(
    initial: Details,
    button: &'static str,
    on_submit: impl Fn(Details) -> Vec<ErrorItem> + Send + Sync + 'static,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let title = RwSignal::new(initial.title.clone().unwrap_or_default());
    let organisation = RwSignal::new(initial.organisation.clone().unwrap_or_default());
    let organisation_type = RwSignal::new(initial.organisation_type());
    let region = RwSignal::new(initial.region());
    let scope = RwSignal::new(initial.scope);
    let scope_name = RwSignal::new(initial.scope_name.clone().unwrap_or_default());
    let date = RwSignal::new(initial.date.map(crate::domain::dates::format_day).unwrap_or_default());
    let errors = RwSignal::new(Vec::<ErrorItem>::new());

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut problems = Vec::new();
        // `too_long` says which field is too long, given the most it may hold.
        let text =
            |signal: RwSignal<String>, field: &str, too_long: fn(usize) -> String, problems: &mut Vec<ErrorItem>| {
                let value = signal.get_untracked().trim().to_string();
                if value.chars().count() > MAX_DETAIL_CHARS {
                    problems.push(ErrorItem { message: too_long(MAX_DETAIL_CHARS), field: Some(field.into()) });
                }
                (!value.is_empty()).then_some(value)
            };
        let title = text(title, "details-title", t::title_too_long, &mut problems);
        let organisation = text(organisation, "details-organisation", t::organisation_too_long, &mut problems);
        let scope_name = text(scope_name, "details-scope-name", t::scope_name_too_long, &mut problems);
        let date = match date.get_untracked().trim() {
            "" => None,
            typed => match crate::domain::dates::parse_day(typed).ok_or(()) {
                Ok(date) => Some(date),
                Err(_) => {
                    problems.push(ErrorItem { message: t::date_invalid().into(), field: Some("details-date".into()) });
                    None
                }
            },
        };
        let scope = scope.get_untracked();
        let mut details = Details {
            title,
            organisation,
            scope,
            scope_name: scope_name.filter(|_| scope.is_some_and(|s| s != Scope::WholeCouncil)),
            date,
            ..Details::default()
        };
        details.set_organisation_kind(organisation_type.get_untracked(), region.get_untracked());
        if problems.is_empty() {
            problems = on_submit(details);
        }
        errors.set(problems);
    };

    let field_error = move |field: &'static str| {
        move || errors.with(|all| all.iter().find(|e| e.field.as_deref() == Some(field)).map(|e| e.message.clone()))
    };

    view! {
        {move || {
            let current = errors.get();
            (!current.is_empty()).then(|| view! { <ErrorSummary title=t::error_title() errors=current/> })
        }}
        <form novalidate on:submit=submit>
            {children.map(|children| children())}
            <h2 class="heading-m">{t::about_heading()}</h2>
            <TextField id="details-title" label=t::title_label() hint=t::title_hint() value=title error=Signal::derive(field_error("details-title"))/>
            <TextField id="details-organisation" label=t::organisation_label() hint=t::organisation_hint() value=organisation error=Signal::derive(field_error("details-organisation"))/>
            {optional_select("details-organisation-type", t::type_label(), t::type_hint(),
                OrganisationType::ALL.map(|kind| (kind, kind.code(), kind.label())), organisation_type)}
            {optional_select("details-region", t::region_label(), t::region_hint(),
                Region::ALL.map(|region| (region, region.code(), region.label())), region)}
            <div class="form-group">
                <fieldset class="fieldset">
                    <legend class="fieldset__legend fieldset__legend--s">{t::scope_legend()}</legend>
                    <div class="radios radios--small">
                        {Scope::ALL.into_iter().map(|choice| {
                            // Named the same in every language.
                            let input_id = format!("details-scope-{}", match choice {
                                Scope::WholeCouncil => "whole-council",
                                Scope::Directorate => "a-directorate",
                                Scope::Service => "a-service",
                            });
                            view! {
                                <div class="radios__item">
                                    <input class="radios__input" type="radio" name="scope" id=input_id.clone()
                                        prop:checked=move || scope.get() == Some(choice) on:change=move |_| scope.set(Some(choice))/>
                                    <label class="radios__label" for=input_id>{choice.label()}</label>
                                </div>
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
            </div>
            <Show when=move || scope.get().is_some_and(|s| s != Scope::WholeCouncil)>
                <div class="conditional">
                    <TextField id="details-scope-name" label=t::scope_name_label() hint=t::scope_name_hint() value=scope_name error=Signal::derive(field_error("details-scope-name"))/>
                </div>
            </Show>
            <div class="form-group" class:form-group--error=move || field_error("details-date")().is_some()>
                <label class="label" for="details-date">{t::date_label()}</label>
                <div class="hint" id="details-date-hint">{t::date_hint()}</div>
                {move || field_error("details-date")().map(|message| view! { <p class="error-message" id="details-date-error"><span class="visually-hidden">{t::error_prefix()}</span>{message}</p> })}
                <input class="input input--date" type="date" id="details-date" aria-describedby=move || if field_error("details-date")().is_some() { "details-date-hint details-date-error" } else { "details-date-hint" }
                    prop:value=move || date.get() on:change=move |ev| date.set(event_target_value(&ev))/>
            </div>
            <button type="submit" class="button">{button}</button>
        </form>
    }
}

/// A choice that may be left blank, GOV.UK style: "Not given" first, then each choice as its code
/// (the option's value) and label.
fn optional_select<T: Copy + PartialEq + Send + Sync + 'static, const N: usize>(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    choices: [(T, &'static str, &'static str); N],
    value: RwSignal<Option<T>>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let choose = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev);
        value.set(choices.iter().find(|(_, c, _)| *c == code).map(|(choice, ..)| *choice));
    };
    view! {
        <div class="form-group">
            <label class="label" for=id>{label}</label>
            <div class="hint" id=hint_id.clone()>{hint}</div>
            <select class="select" id=id aria-describedby=hint_id on:change=choose>
                <option value="" prop:selected=move || value.get().is_none()>{t::not_given()}</option>
                {choices.into_iter().map(|(choice, code, text)| view! {
                    <option value=code prop:selected=move || value.get() == Some(choice)>{text}</option>
                }).collect_view()}
            </select>
        </div>
    }
}
