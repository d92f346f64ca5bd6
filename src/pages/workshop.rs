//! A group's workshop pack: every statement, the widest disagreement first, with how many chose
//! each level and prompts for the discussion. The facilitator records the level the room agreed
//! for each, and makes the agreed assessment from them. It prints on A4, with a line to write
//! the agreed level on wherever none is recorded yet.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::components::error_summary::{ErrorItem, ErrorSummary};
use crate::domain::assessment::{FrameworkRef, Rating};
use crate::domain::combine::{Agreed, Member, StatementSummary, combine};
use crate::domain::framework::Framework;
use crate::domain::workshop::{
    MAX_AGREED_NOTE_CHARS, accept, agreed_assessment, discussion_order, is_decided, labels_by_statement,
    spread_in_words, unanimous_answers, undecided,
};
use crate::i18n::t::workshop as t;
use crate::routes::Route;
use crate::state::AppState;
use crate::web;

#[component]
pub fn WorkshopPage(group: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let exists = {
        let id = group.clone();
        Memo::new(move |_| state.groups().with(|all| all.iter().any(|g| g.id == id)))
    };
    move || {
        if exists.get() {
            view! { <WorkshopView id=group.clone()/> }.into_any()
        } else {
            view! { <crate::pages::not_found::NotFoundPage/> }.into_any()
        }
    }
}

#[component]
fn WorkshopView(id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let group_id = StoredValue::new(id);
    let name = move || group_id.with_value(|id| state.with_group(id, |g| g.name.clone())).unwrap_or_default();
    // The pack is drawn again only when who is in the group changes, not with each level
    // recorded, so the field in use keeps its focus.
    let members =
        Memo::new(move |_| group_id.with_value(|id| state.with_group(id, |g| g.members.clone())).unwrap_or_default());
    let agreed =
        Memo::new(move |_| group_id.with_value(|id| state.with_group(id, |g| g.agreed.clone())).unwrap_or_default());
    let back = move || group_id.with_value(|id| Route::Group { group: id.clone() }.href());
    let pack = move || {
        let members = members.get();
        let Some(first) = members.first() else {
            return view! {
                <p class="body">{t::no_members()}</p>
            }
            .into_any();
        };
        match state.latest_framework(&first.framework.id) {
            Some(framework) => {
                view! { <Pack group_id=group_id members=members framework=framework agreed=agreed/> }.into_any()
            }
            None => view! {
                <p class="body">{t::no_framework()}</p>
            }
            .into_any(),
        }
    };
    view! {
        <div class="no-print">
            <a class="back-link" href=back>{t::back()}</a>
        </div>
        <span class="caption">{t::caption()}</span>
        <h1 class="heading-l" tabindex="-1">{name}</h1>
        {pack}
    }
}

/// One statement of the pack, drawn from the combined view and kept apart from it.
struct Item {
    id: String,
    number: usize,
    area: String,
    text: String,
    disagreement: bool,
    spread: String,
    /// Each level's number, name, this statement's descriptor of it, and how many chose it.
    levels: Vec<(u8, String, String, usize)>,
    dont_know: usize,
    not_applicable: usize,
    not_answered: usize,
    labels: Vec<String>,
}

#[component]
fn Pack(
    group_id: StoredValue<String>,
    members: Vec<Member>,
    framework: Framework,
    agreed: Memo<BTreeMap<String, Agreed>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let statements_of = move |reference: &FrameworkRef| {
        state.catalogue.with_untracked(|c| {
            c.find(&reference.id, &reference.version).map(|f| f.statements().map(|(_, s)| s.id.clone()).collect())
        })
    };
    let everyone: Vec<&Member> = members.iter().collect();
    let combined = combine(&framework, &everyone, &statements_of);
    let labels = labels_by_statement(&members);
    let item = |(index, summary): (usize, &&StatementSummary)| Item {
        id: summary.statement.id.clone(),
        number: index + 1,
        area: summary.area.title.clone(),
        text: summary.statement.text.clone(),
        disagreement: summary.is_disagreement(),
        spread: spread_in_words(summary),
        levels: framework
            .scale
            .levels
            .iter()
            .zip(&summary.statement.levels)
            .zip(&summary.levels)
            .map(|((level, described), count)| (level.value, level.name.clone(), described.descriptor.clone(), *count))
            .collect(),
        dont_know: summary.stats.dont_know,
        not_applicable: summary.stats.not_applicable,
        not_answered: summary.stats.not_answered,
        labels: labels
            .get(summary.statement.id.as_str())
            .map(|set| set.iter().map(|l| l.to_string()).collect())
            .unwrap_or_default(),
    };
    let items: Vec<Item> = discussion_order(&combined).iter().enumerate().map(item).collect();
    let disagreements = items.iter().filter(|i| i.disagreement).count();
    let unanimous = StoredValue::new(unanimous_answers(&combined));
    // Number and words of every statement in the pack's order, for the list of those undecided.
    let headings =
        StoredValue::new(items.iter().map(|i| (i.id.clone(), format!("{}. {}", i.number, i.text))).collect::<Vec<_>>());
    let total = items.len();
    let order = match disagreements {
        0 => t::order_none().to_string(),
        n => t::order(n),
    };
    let lead = t::lead(t::people(combined.respondents), &framework.title, &framework.version, order);
    let print = |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    let framework = StoredValue::new(framework);
    let statements = items
        .into_iter()
        .map(|item| view! { <StatementSection item=item framework=framework group_id=group_id agreed=agreed/> })
        .collect_view();
    view! {
        <p class="lead">{lead}</p>
        <p class="body print-only">{t::produced(web::long_date(web::now()))}</p>
        <div class="no-print">
            <div class="inset">
                <p class="body">{t::print_intro()}</p>
                <button type="button" class="button" on:click=print>{t::print_button()}</button>
            </div>
            <Decisions group_id=group_id agreed=agreed headings=headings unanimous=unanimous total=total/>
        </div>
        <article class="report">
            {statements}
        </article>
        <AgreedAssessment group_id=group_id framework=framework agreed=agreed headings=headings/>
    }
}

/// How many statements are decided, links to those that are not, and accepting in one step the
/// statements everyone answered alike.
#[component]
fn Decisions(
    group_id: StoredValue<String>,
    agreed: Memo<BTreeMap<String, Agreed>>,
    headings: StoredValue<Vec<(String, String)>>,
    unanimous: StoredValue<Vec<(String, Rating)>>,
    total: usize,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let accepted = RwSignal::new(None::<usize>);
    let pending = move || agreed.with(|agreed| unanimous.with_value(|answers| undecided(answers, agreed).count()));
    let accept_all = move |_| {
        let count = pending();
        group_id
            .with_value(|id| state.update_group(id, |group| unanimous.with_value(|answers| accept(group, answers))));
        accepted.set(Some(count));
        request_animation_frame(|| {
            web::focus("workshop-accepted");
        });
    };
    let decided = move || {
        agreed.with(|agreed| headings.with_value(|all| all.iter().filter(|(id, _)| is_decided(agreed, id)).count()))
    };
    let undecided_links = move || {
        let open: Vec<(String, String)> = agreed.with(|agreed| {
            headings.with_value(|all| all.iter().filter(|(id, _)| !is_decided(agreed, id)).cloned().collect())
        });
        (!open.is_empty()).then(|| view! {
            <p class="body">{t::not_decided_list()}</p>
            <ul class="list">
                {open.into_iter().map(|(id, heading)| {
                    // The address's fragment is the route, so the link moves the focus instead.
                    let target = format!("workshop-{id}-heading");
                    let href = format!("#{target}");
                    view! { <li><a href=href on:click=move |ev| { ev.prevent_default(); web::focus(&target); }>{heading}</a></li> }
                }).collect_view()}
            </ul>
        })
    };
    view! {
        <h2 class="heading-m">{t::decisions_heading()}</h2>
        <p class="body" id="workshop-decided">{move || t::decided(total, decided())}</p>
        {move || accepted.get().map(|count| view! {
            <div class="notification notification--success" id="workshop-accepted" tabindex="-1" role="status">
                <p class="notification__title">{t::accepted(count)}</p>
            </div>
        })}
        {undecided_links}
        {move || (pending() > 0).then(|| view! {
            <p class="body">{t::accept_intro()}</p>
            <button type="button" class="button button--secondary" on:click=accept_all>
                {t::accept_button(pending())}
            </button>
        })}
    }
}

/// One statement: its levels and how many chose each, who answered, what to discuss, and the
/// level agreed (a choice on screen, a line to write on paper).
#[component]
fn StatementSection(
    item: Item,
    framework: StoredValue<Framework>,
    group_id: StoredValue<String>,
    agreed: Memo<BTreeMap<String, Agreed>>,
) -> impl IntoView {
    let Item { id, number, area, text, disagreement, spread, levels, dont_know, not_applicable, not_answered, labels } =
        item;
    let heading_id = format!("workshop-{id}-heading");
    let labelled_by = heading_id.clone();
    let (dont_know_name, not_applicable_name) =
        framework.with_value(|f| (f.scale.dont_know.clone(), f.scale.not_applicable.clone()));
    let level_rows = levels
        .iter()
        .map(|(value, name, descriptor, count)| {
            view! {
                <tr class="table__row">
                    <td class="table__cell table__cell--numeric">{*value}</td>
                    <th scope="row" class="table__header">{name.clone()}</th>
                    <td class="table__cell table__cell--text">{descriptor.clone()}</td>
                    <td class="table__cell table__cell--numeric">{*count}</td>
                </tr>
            }
        })
        .collect_view();
    let other_rows = [
        (dont_know_name, dont_know),
        (not_applicable_name, not_applicable),
        (t::not_answered().to_string(), not_answered),
    ]
    .into_iter()
    .map(|(name, count)| {
        view! {
            <tr class="table__row">
                <td class="table__cell table__cell--numeric">"–"</td>
                <th scope="row" class="table__header">{name}</th>
                <td class="table__cell"></td>
                <td class="table__cell table__cell--numeric">{count}</td>
            </tr>
        }
    })
    .collect_view();
    let answered_by = (!labels.is_empty()).then(|| {
        view! {
            <p class="body">{t::answered_by(labels.join(", "))}</p>
        }
    });
    view! {
        <section class="statement" aria-labelledby=labelled_by>
            <span class="caption">{area}</span>
            <h2 class="heading-m" id=heading_id tabindex="-1">{format!("{number}. {text}")}</h2>
            {disagreement.then(|| view! { <p class="body"><strong class="tag tag--red">{t::far_apart()}</strong></p> })}
            <p class="body">{t::spread(spread)}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label=t::levels_region(number)>
                <table class="table levels-table">
                    <caption class="table__caption">{t::levels_caption(number)}</caption>
                    <thead><tr class="table__row">
                        <th scope="col" class="table__header table__header--numeric">{t::level()}</th>
                        <th scope="col" class="table__header">{t::name()}</th>
                        <th scope="col" class="table__header">{t::looks_like()}</th>
                        <th scope="col" class="table__header table__header--numeric">{t::people_heading()}</th>
                    </tr></thead>
                    <tbody>{level_rows}{other_rows}</tbody>
                </table>
            </div>
            {answered_by}
            <h3 class="heading-s">{t::discuss_heading()}</h3>
            <ul class="list">
                <li>{t::discuss_evidence()}</li>
                <li>{t::discuss_move_up()}</li>
            </ul>
            <AgreedFields id=id number=number framework=framework group_id=group_id agreed=agreed/>
        </section>
    }
}

/// The agreed level and note of one statement: radios and a text box on screen; on paper the
/// level recorded, or a line to write it on.
#[component]
fn AgreedFields(
    id: String,
    number: usize,
    framework: StoredValue<Framework>,
    group_id: StoredValue<String>,
    agreed: Memo<BTreeMap<String, Agreed>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let sid = StoredValue::new(id.clone());
    let current =
        Memo::new(move |_| sid.with_value(|sid| agreed.with(|all| all.get(sid).cloned().unwrap_or_default())));
    let record = move |change: Box<dyn FnOnce(&mut Agreed)>| {
        group_id.with_value(|gid| sid.with_value(|sid| state.update_group(gid, |group| group.agree(sid, change))));
    };
    let choices: Vec<(Option<Rating>, String)> = framework.with_value(|f| {
        f.scale
            .levels
            .iter()
            .map(|level| (Some(Rating::Level(level.value)), format!("{}: {}", level.value, level.name)))
            .chain([
                (Some(Rating::DontKnow), f.scale.dont_know.clone()),
                (Some(Rating::NotApplicable), f.scale.not_applicable.clone()),
                (None, t::not_decided().to_string()),
            ])
            .collect()
    });
    let radios = choices
        .into_iter()
        .map(|(choice, label)| {
            let code = choice.map_or("undecided".to_string(), |rating| rating.code().replace('_', "-"));
            let input_id = format!("workshop-{id}-agreed-{code}");
            let divider =
                (choice == Some(Rating::DontKnow)).then(|| view! { <div class="radios__divider">{t::or()}</div> });
            view! {
                {divider}
                <div class="radios__item">
                    <input class="radios__input" type="radio" name=format!("workshop-{id}-agreed") id=input_id.clone()
                        prop:checked=move || current.with(|a| a.rating == choice)
                        on:change=move |_| record(Box::new(move |a: &mut Agreed| a.rating = choice))/>
                    <label class="radios__label" for=input_id>{label}</label>
                </div>
            }
        })
        .collect_view();
    let set_note = move |ev: leptos::ev::Event| {
        let text: String = web::typed_text(&ev).trim().chars().take(MAX_AGREED_NOTE_CHARS).collect();
        record(Box::new(move |a: &mut Agreed| a.note = (!text.is_empty()).then_some(text)));
    };
    // Written once: the box keeps its own text as the person types.
    let initial_note = current.get_untracked().note.unwrap_or_default();
    let on_paper = move || {
        let Agreed { rating, note } = current.get();
        let level = match rating {
            Some(rating) => framework.with_value(|f| rating.label(f)),
            None => "_".repeat(30),
        };
        let note = note.unwrap_or_else(|| "_".repeat(60));
        view! {
            <div class="print-only">
                <p class="body"><strong>{t::agreed_level()}</strong>{level}</p>
                <p class="body"><strong>{t::evidence_notes()}</strong>{note}</p>
            </div>
        }
    };
    let note_id = format!("workshop-{id}-note");
    view! {
        <div class="no-print">
            <div class="form-group">
                <fieldset class="fieldset">
                    <legend class="fieldset__legend fieldset__legend--s">{t::agreed_legend(number)}</legend>
                    <div class="radios radios--small">{radios}</div>
                </fieldset>
            </div>
            <div class="form-group">
                <label class="label" for=note_id.clone()>{t::note_label(number)}</label>
                <div class="hint" id=format!("{note_id}-hint")>{t::note_hint()}</div>
                <textarea class="textarea" id=note_id.clone() rows="3" maxlength=MAX_AGREED_NOTE_CHARS.to_string()
                    aria-describedby=format!("{note_id}-hint") prop:value=initial_note on:change=set_note></textarea>
            </div>
        </div>
        {on_paper}
    }
}

/// Making the agreed assessment: its own result, action plan and roadmap, like any other.
#[component]
fn AgreedAssessment(
    group_id: StoredValue<String>,
    framework: StoredValue<Framework>,
    agreed: Memo<BTreeMap<String, Agreed>>,
    headings: StoredValue<Vec<(String, String)>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let error = RwSignal::new(false);
    let open = move || {
        agreed.with(|agreed| headings.with_value(|all| all.iter().filter(|(id, _)| !is_decided(agreed, id)).count()))
    };
    let make = move |_| {
        if open() == headings.with_value(Vec::len) {
            error.set(true);
            return;
        }
        let Some(group) = group_id.with_value(|id| state.group_untracked(id)) else { return };
        let statements_of = |reference: &FrameworkRef| {
            state.catalogue.with_untracked(|c| {
                c.find(&reference.id, &reference.version).map(|f| f.statements().map(|(_, s)| s.id.clone()).collect())
            })
        };
        let assessment = framework.with_value(|framework| {
            let everyone: Vec<&Member> = group.members.iter().collect();
            let combined = combine(framework, &everyone, &statements_of);
            agreed_assessment(&group, &combined, web::new_id(), web::now())
        });
        let route = Route::Result { assessment: assessment.id.clone() };
        state.save(assessment);
        web::navigate(&route);
    };
    let hint = move || match open() {
        0 => t::all_decided().to_string(),
        n => t::open(n),
    };
    view! {
        <section class="no-print">
            <h2 class="heading-m">{t::make_heading()}</h2>
            {move || (error.get() && open() == headings.with_value(Vec::len)).then(|| view! {
                <ErrorSummary title=t::error_title() errors=vec![ErrorItem {
                    message: t::none_agreed().into(),
                    field: None,
                }]/>
            })}
            <p class="body">{t::make_body()}</p>
            <p class="body" id="workshop-make-hint">{hint}</p>
            <button type="button" class="button" aria-describedby="workshop-make-hint" on:click=make>{t::make_button()}</button>
        </section>
    }
}
