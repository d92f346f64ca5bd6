//! Answering an area's statements: the whole area on a wide screen, one statement per screen on
//! a phone. Every change is saved at once.

use leptos::prelude::*;

use crate::domain::assessment::{Answer, Confidence, Rating};
use crate::domain::exchange::MAX_EVIDENCE_CHARS;
use crate::domain::framework::{Area, Framework, Statement};
use crate::i18n::t::area as t;
use crate::routes::Route;
use crate::state::AppState;
use crate::state::Screen;
use crate::web;

#[component]
pub fn AreaPage(id: String, area: String, statement: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let screen = expect_context::<Screen>();
    let Some(assessment) = state.assessments.with_untracked(|all| all.iter().find(|a| a.id == id).cloned()) else {
        return view! { <crate::pages::not_found::NotFoundPage/> }.into_any();
    };
    let Some(framework) = state.framework_for(&assessment) else {
        return view! { <crate::pages::not_found::NotFoundPage/> }.into_any();
    };
    let Some(area_index) = framework.areas.iter().position(|a| a.id == area) else {
        return view! { <crate::pages::not_found::NotFoundPage/> }.into_any();
    };
    let area = framework.areas[area_index].clone();
    if statement > area.statements.len() {
        return view! { <crate::pages::not_found::NotFoundPage/> }.into_any();
    }
    let locked = assessment.is_completed();
    let saved = RwSignal::new(None::<String>);
    state.load_crosswalk();
    let form = AreaForm { id: id.clone(), framework: framework.clone(), area: area.clone(), locked, saved };

    view! {
        {move || if screen.wide.get() { form.whole_area(statement).into_any() } else { form.one_statement(statement).into_any() }}
        <p class="saved-status" role="status">{move || saved.get()}</p>
    }
    .into_any()
}

/// What both layouts share.
#[derive(Clone)]
struct AreaForm {
    id: String,
    framework: Framework,
    area: Area,
    locked: bool,
    saved: RwSignal<Option<String>>,
}

impl AreaForm {
    fn overview(&self) -> Route {
        Route::Overview { assessment: self.id.clone() }
    }

    fn locked_notice(&self) -> impl IntoView + use<> {
        self.locked.then(|| {
            let overview = self.overview();
            view! {
                <div class="inset">
                    <p class="body">{t::locked_before()}<a href=overview.href()>{t::locked_link()}</a>{t::locked_after()}</p>
                </div>
            }
        })
    }

    fn whole_area(&self, focused: usize) -> impl IntoView + use<> {
        let overview = self.overview();
        // A link to a later statement (a Change link) lands on it, after the app has focused the
        // page heading as it does for every new page.
        if focused > 1 {
            request_animation_frame(move || {
                request_animation_frame(move || {
                    web::focus(&format!("statement-{focused}-heading"));
                })
            });
        }
        let statements = self
            .area
            .statements
            .iter()
            .enumerate()
            .map(|(index, statement)| {
                view! {
                    <section class="statement" id=format!("statement-{}", index + 1)>
                        <StatementFields form=self.clone() statement=statement.clone() heading=Heading::Section(index + 1)/>
                    </section>
                }
            })
            .collect_view();
        view! {
            <a class="back-link" href=overview.href()>{t::back_to_overview()}</a>
            <span class="caption">{self.framework.title.clone()}</span>
            <h1 class="heading-l" tabindex="-1">{self.area.title.clone()}</h1>
            <p class="lead lead--small">{self.area.description.clone()}</p>
            {self.locked_notice()}
            {statements}
            <a class="button" href=overview.href()>{t::save_and_return()}</a>
        }
    }

    fn one_statement(&self, number: usize) -> impl IntoView + use<> {
        let count = self.area.statements.len();
        let statement = self.area.statements[number - 1].clone();
        let step =
            |number: usize| Route::Area { assessment: self.id.clone(), area: self.area.id.clone(), statement: number };
        let back = if number > 1 { step(number - 1) } else { self.overview() };
        let next = if number < count { step(number + 1) } else { self.overview() };
        view! {
            <a class="back-link" href=back.href()>{t::back()}</a>
            <span class="caption">{t::position(&self.area.title, number, count)}</span>
            {self.locked_notice()}
            <StatementFields form=self.clone() statement=statement heading=Heading::Page/>
            <div class="button-group">
                <a class="button" href=next.href()>{if number < count { t::continue_button() } else { t::save_and_return() }}</a>
            </div>
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Heading {
    /// The statement is the page's heading (one per screen).
    Page,
    /// The statement is one of several on the page; its number in the area.
    Section(usize),
}

/// One statement: its level, target, evidence and confidence.
#[component]
fn StatementFields(form: AreaForm, statement: Statement, heading: Heading) -> impl IntoView {
    let state = expect_context::<AppState>();
    let AreaForm { id, framework, locked, saved, .. } = form;
    let sid = statement.id.clone();
    let answer = {
        let (id, sid) = (id.clone(), sid.clone());
        Memo::new(move |_| state.assessment(&id).map(|a| a.answer_to(&sid)).unwrap_or_default())
    };
    let edit = {
        let (id, sid) = (id.clone(), sid.clone());
        move |change: Box<dyn FnOnce(&mut Answer)>| {
            if let Some(mut assessment) = state.assessment(&id) {
                let now = web::now();
                assessment.edit(&sid, now, change);
                state.save(assessment);
                let time = web::clock_time(now);
                saved.set(Some(if state.is_persistent() { t::saved_on_device(time) } else { t::saved_for_now(time) }));
            }
        }
    };
    let legend_heading = match heading {
        Heading::Page => view! { <h1 class="fieldset__heading" tabindex="-1">{statement.text.clone()}</h1> }.into_any(),
        Heading::Section(number) => view! {
            <h2 class="heading-m heading--flush" id=format!("statement-{number}-heading") tabindex="-1">{statement.text.clone()}</h2>
        }
        .into_any(),
    };
    let hint_id = format!("{sid}-hint");
    // Several statements share a page on wide screens: each field's name says which it is for.
    let context = view! { <span class="visually-hidden">{format!(" — {}", statement.text)}</span> };
    let levels = framework
        .scale
        .levels
        .iter()
        .zip(&statement.levels)
        .map(|(level, described)| (Rating::Level(level.value), level.name.clone(), Some(described.descriptor.clone())))
        .chain([
            (Rating::DontKnow, framework.scale.dont_know.clone(), None),
            (Rating::NotApplicable, framework.scale.not_applicable.clone(), None),
        ])
        .map(|(choice, label, descriptor)| {
            let input_id = format!("{sid}-rating-{}", choice.code().replace('_', "-"));
            let descriptor_id = descriptor.as_ref().map(|_| format!("{input_id}-hint"));
            let edit = edit.clone();
            let divider = (choice == Rating::DontKnow).then(|| view! { <div class="radios__divider">{t::or()}</div> });
            view! {
                {divider}
                <div class="radios__item">
                    <input class="radios__input" type="radio" name=format!("{sid}-rating") id=input_id.clone() value=choice.code()
                        aria-describedby=descriptor_id.clone() disabled=locked
                        prop:checked=move || answer.with(|a| a.rating == Some(choice))
                        on:change=move |_| edit(Box::new(move |a: &mut Answer| {
                            a.rating = Some(choice);
                            a.carried_from = None;
                        }))/>
                    <label class="radios__label" for=input_id>{label}</label>
                    {descriptor.map(|text| view! { <div class="hint radios__hint" id=descriptor_id>{text}</div> })}
                </div>
            }
        })
        .collect_view();
    let target_options = framework
        .scale
        .levels
        .iter()
        .map(|level| {
            let value = level.value;
            view! { <option value=value.to_string() prop:selected=move || answer.with(|a| a.target == Some(value))>{format!("{value}: {}", level.name)}</option> }
        })
        .collect_view();
    let set_target = {
        let edit = edit.clone();
        move |ev: leptos::ev::Event| {
            let target = event_target_value(&ev).parse::<u8>().ok();
            edit(Box::new(move |a: &mut Answer| a.target = target));
        }
    };
    let set_evidence = {
        let edit = edit.clone();
        move |ev: leptos::ev::Event| {
            let text = web::typed_text(&ev);
            let evidence = (!text.trim().is_empty()).then_some(text);
            edit(Box::new(move |a: &mut Answer| a.evidence = evidence));
        }
    };
    // Written once: the field keeps its own text as the person types, so the caret never jumps.
    let initial_evidence = answer.get_untracked().evidence.unwrap_or_default();
    let confidences = Confidence::ALL
        .into_iter()
        .map(|choice| {
            // Named the same in every language.
            let level = match choice {
                Confidence::Low => "low",
                Confidence::Medium => "medium",
                Confidence::High => "high",
            };
            let input_id = format!("{sid}-confidence-{level}");
            let edit = edit.clone();
            view! {
                <div class="radios__item">
                    <input class="radios__input" type="radio" name=format!("{sid}-confidence") id=input_id.clone() disabled=locked
                        prop:checked=move || answer.with(|a| a.confidence == Some(choice))
                        on:change=move |_| edit(Box::new(move |a: &mut Answer| a.confidence = Some(choice)))/>
                    <label class="radios__label" for=input_id>{choice.label()}</label>
                </div>
            }
        })
        .collect_view();

    let confirm_carried = {
        let edit = edit.clone();
        move |_| edit(Box::new(|a: &mut Answer| a.carried_from = None))
    };
    let carried = move || {
        answer.with(|a| a.carried_from.clone()).map(|from| {
            let confirm_carried = confirm_carried.clone();
            view! {
                <div class="inset inset--carried">
                    <p class="body">{t::carried_over(from)}</p>
                    <button type="button" class="button button--secondary" disabled=locked on:click=confirm_carried>{t::confirm_level()}</button>
                </div>
            }
        })
    };
    let also_covered = {
        let (framework_id, sid) = (framework.id.clone(), sid.clone());
        move || {
            let elsewhere = state.crosswalk.with(|crosswalk| {
                let crosswalk = crosswalk.as_ref()?;
                let texts: Vec<String> = state.catalogue.with(|catalogue| {
                    crosswalk
                        .also_covered(&framework_id, &sid)
                        .into_iter()
                        .filter_map(|other| {
                            let framework = catalogue.latest(&other.framework)?;
                            let statement = framework.statement(&other.statement)?;
                            Some(format!("{}: “{}”", framework.title, statement.text))
                        })
                        .collect()
                });
                (!texts.is_empty()).then_some(texts)
            })?;
            Some(view! {
                <details class="details">
                    <summary class="details__summary">{t::also_covered()}</summary>
                    <ul class="list list--bullet details__text">{elsewhere.into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}</ul>
                </details>
            })
        }
    };

    view! {
        <div class="form-group">
            <fieldset class="fieldset" aria-describedby=statement.hint.as_ref().map(|_| hint_id.clone())>
                <legend class="fieldset__legend">{legend_heading}</legend>
                {statement.hint.clone().map(|hint| view! { <div class="hint" id=hint_id.clone()>{hint}</div> })}
                {carried}
                <div class="radios">{levels}</div>
            </fieldset>
            {also_covered}
        </div>
        <div class="form-group">
            <label class="label" for=format!("{sid}-target")>{t::target_label()}{context.clone()}</label>
            <select class="select" id=format!("{sid}-target") disabled=locked on:change=set_target>
                <option value="" prop:selected=move || answer.with(|a| a.target.is_none())>{t::no_target()}</option>
                {target_options}
            </select>
        </div>
        <div class="form-group">
            <label class="label" for=format!("{sid}-evidence")>{t::evidence_label()}{context.clone()}</label>
            <div class="hint" id=format!("{sid}-evidence-hint")>{t::evidence_hint()}</div>
            <textarea class="textarea" id=format!("{sid}-evidence") rows="3" maxlength=MAX_EVIDENCE_CHARS.to_string() disabled=locked
                aria-describedby=format!("{sid}-evidence-hint") prop:value=initial_evidence on:input=set_evidence></textarea>
        </div>
        <div class="form-group">
            <fieldset class="fieldset">
                <legend class="fieldset__legend fieldset__legend--s">{t::confidence_legend()}{context}</legend>
                <div class="radios radios--small radios--inline">{confidences}</div>
            </fieldset>
        </div>
    }
}
