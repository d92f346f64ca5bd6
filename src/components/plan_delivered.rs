//! On a re-assessment's action plan: what became of each item of the earlier assessment's plan.

use leptos::prelude::*;

use crate::components::change_tag::ChangeTag;
use crate::domain::assessment::{Assessment, Rating};
use crate::domain::compare::{Change, assessment_date};
use crate::domain::framework::Framework;
use crate::domain::plan::PlanStatus;
use crate::domain::programme::delivery;
use crate::i18n::t::plan_delivered as t;
use crate::state::AppState;
use crate::web;

/// Shown when the assessment was copied from an earlier one that is still on this device and
/// whose plan had items.
#[component]
pub fn PlanDelivered(assessment: Assessment, framework: Framework) -> impl IntoView {
    let state = expect_context::<AppState>();
    let earlier = assessment.previous.as_deref().and_then(|id| state.assessment(id));
    let Some((earlier, earlier_framework)) = earlier.and_then(|e| state.framework_for(&e).map(|f| (e, f))) else {
        return ().into_any();
    };
    let delivered = delivery(&earlier_framework, &earlier, &framework, &assessment);
    if delivered.is_empty() {
        return ().into_any();
    }
    let done = delivered.iter().filter(|d| d.status == PlanStatus::Done).count();
    let moved_up = delivered.iter().filter(|d| matches!(d.change, Change::Up(_))).count();
    let summary = t::summary(
        delivered.len(),
        earlier.display_title(&earlier_framework.title),
        web::long_day(assessment_date(&earlier)),
        done,
        moved_up,
    );
    let answer = |rating: Option<Rating>, framework: &Framework| match rating {
        Some(rating) => rating.label(framework),
        None => t::not_answered().to_string(),
    };
    let rows = delivered
        .iter()
        .map(|d| {
            // Each item heads its own row group, so its words get the full width on a phone.
            view! {
                <tbody class="table__group">
                    <tr class="table__row table__row--statement">
                        <th scope="rowgroup" colspan="4" class="table__header table__cell--text">{d.statement.text.clone()}" "<span class="hint">{format!("({})", d.area.title)}</span></th>
                    </tr>
                    <tr class="table__row">
                        <td class="table__cell">{d.status.label()}</td>
                        <td class="table__cell">{answer(d.before, &earlier_framework)}</td>
                        <td class="table__cell">{answer(d.now, &framework)}</td>
                        <td class="table__cell"><ChangeTag change=d.change/></td>
                    </tr>
                </tbody>
            }
        })
        .collect_view();
    view! {
        <section class="plan-delivered" aria-labelledby="plan-delivered-heading">
            <h2 class="heading-m" id="plan-delivered-heading">{t::heading()}</h2>
            <p class="body">{summary}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label=t::region()>
                <table class="table" id="plan-delivered">
                    <caption class="table__caption">{t::caption()}</caption>
                    <thead><tr class="table__row">
                        <th scope="col" class="table__header">{t::marked_as()}</th>
                        <th scope="col" class="table__header">{t::answer_then()}</th>
                        <th scope="col" class="table__header">{t::answer_now()}</th>
                        <th scope="col" class="table__header">{t::moved()}</th>
                    </tr></thead>
                    {rows}
                </table>
            </div>
        </section>
    }
    .into_any()
}
