//! How the action plan is ranked and how its phases are named, kept with the assessment.

use leptos::prelude::*;

use crate::domain::plan::Ranking;
use crate::domain::programme::Phasing;
use crate::state::AppState;
use crate::web;

#[component]
pub fn PlanOptions(id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let plan = {
        let id = id.clone();
        Memo::new(move |_| state.assessment(&id).map(|a| (a.plan.ranking(), a.plan.phasing())).unwrap_or_default())
    };
    let change = move |edit: Box<dyn FnOnce(&mut crate::domain::plan::Plan)>| {
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
            <div class="form-group">
                <fieldset class="fieldset" aria-describedby="ranking-hint">
                    <legend class="fieldset__legend fieldset__legend--s">"Rank the plan by"</legend>
                    <p class="hint" id="ranking-hint">"Choosing a rule re-ranks the whole plan, including items you moved."</p>
                    <div class="radios radios--small">
                        {Ranking::ALL.into_iter().map(|ranking| {
                            let rank = rank.clone();
                            view! {
                                <div class="radios__item">
                                    <input class="radios__input" type="radio" name="ranking" id=format!("ranking-{}", ranking.code())
                                        prop:checked=move || plan.get().0 == ranking on:change=move |_| rank(ranking)/>
                                    <label class="label radios__label" for=format!("ranking-{}", ranking.code())>{ranking.label()}</label>
                                </div>
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
            </div>
            <div class="form-group">
                <fieldset class="fieldset" aria-describedby="phasing-hint">
                    <legend class="fieldset__legend fieldset__legend--s">"Name the phases as"</legend>
                    <p class="hint" id="phasing-hint">"Items already in a phase move to the nearest phase of the other kind."</p>
                    <div class="radios radios--small">
                        {Phasing::ALL.into_iter().map(|phasing| {
                            let name_phases = name_phases.clone();
                            view! {
                                <div class="radios__item">
                                    <input class="radios__input" type="radio" name="phasing" id=format!("phasing-{}", phasing.code())
                                        prop:checked=move || plan.get().1 == phasing on:change=move |_| name_phases(phasing)/>
                                    <label class="label radios__label" for=format!("phasing-{}", phasing.code())>{phasing.label()}</label>
                                </div>
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
            </div>
        </div>
    }
}
