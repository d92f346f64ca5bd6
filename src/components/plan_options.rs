//! How the action plan is ranked and how its phases are named, kept with the assessment.

use leptos::prelude::*;

use crate::domain::plan::{Plan, Ranking};
use crate::domain::programme::Phasing;
use crate::i18n::t::plan_options as t;
use crate::state::AppState;
use crate::web;

#[component]
pub fn PlanOptions(id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let plan = {
        let id = id.clone();
        Memo::new(move |_| state.assessment(&id).map(|a| (a.plan.ranking(), a.plan.phasing())).unwrap_or_default())
    };
    let change = move |edit: Box<dyn FnOnce(&mut Plan)>| {
        if let Some(mut assessment) = state.assessment(&id) {
            edit(&mut assessment.plan);
            assessment.updated = web::now();
            state.save(assessment);
        }
    };
    let rank = {
        let change = change.clone();
        move |ranking: Ranking| change(Box::new(move |plan| plan.set_ranking(ranking)))
    };
    let name_phases =
        move |phasing: Phasing| change(Box::new(move |plan| plan.set_phasing(phasing, web::now().date())));
    view! {
        <div class="plan-options">
            {choice(
                "ranking",
                t::ranking_legend(),
                t::ranking_hint(),
                Ranking::ALL.map(|r| (r, r.code(), r.label())).to_vec(),
                move || plan.get().0,
                rank,
            )}
            {choice(
                "phasing",
                t::phasing_legend(),
                t::phasing_hint(),
                Phasing::ALL.map(|p| (p, p.code(), p.label())).to_vec(),
                move || plan.get().1,
                name_phases,
            )}
        </div>
    }
}

/// A small set of radios, with a hint, whose choice is saved at once.
fn choice<T: Copy + PartialEq + Send + Sync + 'static>(
    name: &'static str,
    legend: &'static str,
    hint: &'static str,
    options: Vec<(T, &'static str, &'static str)>,
    chosen: impl Fn() -> T + Copy + Send + Sync + 'static,
    choose: impl Fn(T) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class="form-group">
            <fieldset class="fieldset" aria-describedby=format!("{name}-hint")>
                <legend class="fieldset__legend fieldset__legend--s">{legend}</legend>
                <p class="hint" id=format!("{name}-hint")>{hint}</p>
                <div class="radios radios--small">
                    {options.into_iter().map(|(value, code, label)| {
                        let choose = choose.clone();
                        let id = format!("{name}-{code}");
                        view! {
                            <div class="radios__item">
                                <input class="radios__input" type="radio" name=name id=id.clone()
                                    prop:checked=move || chosen() == value on:change=move |_| choose(value)/>
                                <label class="label radios__label" for=id>{label}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
        </div>
    }
}
