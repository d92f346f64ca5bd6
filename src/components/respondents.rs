//! Who is in a group: each respondent's file, the organisation it names, when it was last
//! changed, and a role or team the coordinator may give.

use std::collections::BTreeMap;

use leptos::prelude::*;
use time::OffsetDateTime;

use crate::domain::combine::{MAX_LABEL_CHARS, Member};
use crate::domain::organisation::Organisation;
use crate::i18n::t::respondents as t;
use crate::state::AppState;
use crate::web;

/// How many respondents are listed before "Show the other …": drawing a thousand rows of text
/// fields at once would hold up the page.
const FIRST_RESPONDENTS: usize = 100;

/// What a row shows of one respondent. The label is read apart, when the table is drawn, so
/// typing one does not redraw the table.
#[derive(Clone, PartialEq)]
struct Row {
    assessment: String,
    source: String,
    updated: OffsetDateTime,
    version: String,
    organisation: Organisation,
}

impl Row {
    fn of(member: &Member) -> Row {
        Row {
            assessment: member.assessment.clone(),
            source: member.source.clone(),
            updated: member.updated,
            version: member.framework.version.clone(),
            organisation: member.organisation.clone(),
        }
    }
}

/// Who is in the group, each with the organisation their file names and an optional role or team. Drawn once per change of who is in
/// it, not per label typed, so the field being edited keeps its focus.
#[component]
pub fn Respondents(group_id: StoredValue<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let people = Memo::new(move |_| {
        group_id
            .with_value(|id| state.with_group(id, |g| g.members.iter().map(Row::of).collect::<Vec<_>>()))
            .unwrap_or_default()
    });
    let set_label = move |assessment: String, text: String| {
        let text: String = text.trim().chars().take(MAX_LABEL_CHARS).collect();
        group_id.with_value(|id| {
            state.update_group(id, |group| {
                if let Some(member) = group.members.iter_mut().find(|m| m.assessment == assessment) {
                    member.label = (!text.is_empty()).then_some(text);
                }
            })
        });
    };
    // Read once per drawing of the table, not once per row.
    let labels = move || -> BTreeMap<String, String> {
        group_id
            .with_value(|id| {
                state.groups().with_untracked(|all| {
                    all.iter().find(|g| &g.id == id).map(|g| {
                        g.members.iter().filter_map(|m| Some((m.assessment.clone(), m.label.clone()?))).collect()
                    })
                })
            })
            .unwrap_or_default()
    };
    let show_all = RwSignal::new(false);
    let hidden = move || people.with(Vec::len).saturating_sub(FIRST_RESPONDENTS);
    view! {
        // Not `section--long`: the first respondents only are shown until the person asks for the
        // rest, and a section laid out late would let the page below cover its last fields.
        <section class="report__section">
            <h2 class="heading-m">{t::respondents_heading()}</h2>
            <p class="body no-print">{t::labels_help()}</p>
            <div class="table-scroll">
                <table class="table respondents-table">
                    <caption class="table__caption">{move || t::respondents_caption(people.with(Vec::len))}</caption>
                    <thead><tr class="table__row">
                        <th scope="col" class="table__header">{t::file()}</th>
                        <th scope="col" class="table__header">{t::last_changed()}</th>
                        <th scope="col" class="table__header">{t::role_or_team()}</th>
                    </tr></thead>
                    <tbody>
                        {move || { let labels = labels(); let shown = if show_all.get() { usize::MAX } else { FIRST_RESPONDENTS }; people.get().into_iter().take(shown).enumerate().map(|(index, Row { assessment, source, updated, version, organisation })| {
                            let field = format!("respondent-label-{index}");
                            let for_label = assessment.clone();
                            let label = labels.get(&assessment).cloned().unwrap_or_default();
                            let organisation = Some(organisation.summary()).filter(|text| !text.is_empty()).map(|text| view! {
                                <br/><span class="respondents-table__organisation"><span class="visually-hidden">{t::organisation_prefix()}</span>{text}</span>
                            });
                            view! {
                                <tr class="table__row">
                                    <th scope="row" class="table__header table__cell--text"><span id=format!("{field}-file")>{source}</span>{organisation}<br/><span class="hint">{t::framework_version_short(&version)}</span></th>
                                    <td class="table__cell">{web::long_day(updated.date())}</td>
                                    <td class="table__cell">
                                        <span class="print-only">{label.clone()}</span>
                                        <input class="input input--label no-print" type="text" id=field.clone() prop:value=label
                                            aria-labelledby=format!("{field}-heading {field}-file") maxlength=MAX_LABEL_CHARS.to_string()
                                            on:change=move |ev| set_label(for_label.clone(), web::typed_text(&ev))/>
                                        <span class="visually-hidden" id=format!("{field}-heading")>{t::role_for()}</span>
                                    </td>
                                </tr>
                            }
                        }).collect_view() }}
                    </tbody>
                </table>
            </div>
            {move || (hidden() > 0 && !show_all.get()).then(|| view! {
                <button type="button" class="button button--secondary no-print" on:click=move |_| show_all.set(true)>
                    {t::show_other_respondents(hidden())}
                </button>
            })}
        </section>
    }
}
