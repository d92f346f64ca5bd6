//! Compare and combine: the hub, the trend across repeats of one framework, and two assessments
//! side by side.

use leptos::prelude::*;

use crate::charts::Chart;
use crate::charts::score_trend::ScoreTrendChart;
use crate::components::change_tag::ChangeTag;
use crate::components::chart_canvas::ChartCanvas;
use crate::components::error_summary::{ErrorItem, ErrorSummary};
use crate::domain::assessment::{Assessment, Rating};
use crate::domain::combine::{Group, MAX_GROUP_NAME_CHARS};
use crate::domain::compare::{assessment_date, side_by_side, trend};
use crate::domain::dates::short_month_name;
use crate::domain::framework::Framework;
use crate::domain::listing::title_of;
use crate::domain::plan::PlanStatus;
use crate::domain::scoring::format_score;
use crate::domain::tables::capitalise;
use crate::domain::text::isolated;
use crate::i18n::t::compare as t;
use crate::routes::Route;
use crate::state::AppState;
use crate::web;

#[component]
pub fn ComparePage() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <h1 class="heading-l" tabindex="-1">{t::heading()}</h1>
        <p class="lead">{t::lead()}</p>
        <h2 class="heading-m">{t::over_time_heading()}</h2>
        {move || {
            let frameworks: Vec<(Framework, usize)> = state.catalogue.with(|catalogue| {
                let mut seen: Vec<(Framework, usize)> = Vec::new();
                state.assessments.with(|all| {
                    for assessment in all {
                        match seen.iter_mut().find(|(f, _)| f.id == assessment.framework.id) {
                            Some((_, count)) => *count += 1,
                            None => {
                                if let Some(latest) = catalogue.latest(&assessment.framework.id) {
                                    seen.push((latest.clone(), 1));
                                }
                            }
                        }
                    }
                });
                seen
            });
            if frameworks.is_empty() {
                view! { <p class="body">{t::no_results()}</p> }.into_any()
            } else {
                view! {
                    <ul class="list">
                        {frameworks.into_iter().map(|(framework, count)| {
                            let route = Route::Trend { framework: framework.id.clone() };
                            view! { <li><a href=route.href()>{t::trend_for(&framework.title)}</a>{t::assessment_count(count)}</li> }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }
        }}
        <ChooseTwo/>
        <Groups/>
        <h2 class="heading-m">{t::benchmarks_heading()}</h2>
        <p class="body">{t::benchmarks_body()}</p>
        <p class="body"><a href=Route::Benchmarks.href()>{t::benchmarks_link()}</a></p>
    }
}

/// Two selects and a button that opens the side-by-side comparison.
#[component]
fn ChooseTwo() -> impl IntoView {
    let state = expect_context::<AppState>();
    let before = RwSignal::new(String::new());
    let after = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<ErrorItem>::new());
    let options = move || {
        let mut all = state.assessments.get();
        all.sort_by_key(assessment_date);
        all.into_iter()
            .map(|a| {
                let title = state.catalogue.with(|c| title_of(&a, c));
                (a.id.clone(), t::title_and_date(title, web::long_day(assessment_date(&a))))
            })
            .collect::<Vec<_>>()
    };
    let compare = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (first, second) = (before.get_untracked(), after.get_untracked());
        let framework_of = |id: &str| {
            state.assessments.with_untracked(|all| all.iter().find(|a| a.id == id).map(|a| a.framework.id.clone()))
        };
        let mut found = Vec::new();
        if first.is_empty() {
            found.push(ErrorItem { message: t::choose_earlier().into(), field: Some("compare-before".into()) });
        }
        if second.is_empty() {
            found.push(ErrorItem { message: t::choose_later().into(), field: Some("compare-after".into()) });
        }
        if found.is_empty() && first == second {
            found.push(ErrorItem { message: t::choose_different().into(), field: Some("compare-after".into()) });
        }
        if found.is_empty() && framework_of(&first) != framework_of(&second) {
            found.push(ErrorItem { message: t::choose_same_framework().into(), field: Some("compare-after".into()) });
        }
        if found.is_empty() {
            web::navigate(&Route::SideBySide { before: first, after: second });
        }
        errors.set(found);
    };
    let field = move |id: &'static str, label: &'static str, chosen: RwSignal<String>| {
        let message =
            move || errors.with(|e| e.iter().find(|e| e.field.as_deref() == Some(id)).map(|e| e.message.clone()));
        let error_id = format!("{id}-error");
        view! {
            <div class="form-group list-controls__item" class:form-group--error=move || message().is_some()>
                <label class="label" for=id>{label}</label>
                {let error_id = error_id.clone(); move || message().map(|text| view! { <p class="error-message" id=error_id.clone()><span class="visually-hidden">{t::error_prefix()}</span>{text}</p> })}
                <select class="select" id=id aria-describedby=move || message().map(|_| error_id.clone()) on:change=move |ev| chosen.set(event_target_value(&ev))>
                    <option value="" prop:selected=move || chosen.with(String::is_empty)>{t::choose_assessment()}</option>
                    {move || options().into_iter().map(|(value, text)| {
                        let selected = value.clone();
                        view! { <option value=value prop:selected=move || chosen.with(|c| *c == selected)>{text}</option> }
                    }).collect_view()}
                </select>
            </div>
        }
    };
    view! {
        <h2 class="heading-m">{t::side_by_side_heading()}</h2>
        <p class="body">{t::side_by_side_body()}</p>
        {move || (!errors.with(Vec::is_empty)).then(|| view! { <ErrorSummary title=t::error_title() errors=errors.get()/> })}
        <form class="form" on:submit=compare novalidate>
            <div class="list-controls">
                {field("compare-before", t::earlier_assessment(), before)}
                {field("compare-after", t::later_assessment(), after)}
            </div>
            <button type="submit" class="button button--secondary">{t::compare_button()}</button>
        </form>
    }
}

/// The groups of other people's assessments, and a form to start a new one.
#[component]
fn Groups() -> impl IntoView {
    let state = expect_context::<AppState>();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen = name.get_untracked().trim().to_string();
        if chosen.is_empty() {
            error.set(Some(t::group_name_missing().into()));
            return;
        }
        if chosen.chars().count() > MAX_GROUP_NAME_CHARS {
            error.set(Some(t::group_name_too_long(MAX_GROUP_NAME_CHARS)));
            return;
        }
        let group = Group::new(web::new_id(), chosen, web::now());
        let route = Route::Group { group: group.id.clone() };
        state.save_group(group);
        web::navigate(&route);
    };
    view! {
        <h2 class="heading-m">{t::combine_heading()}</h2>
        <p class="body">{t::combine_body()}</p>
        {move || {
            let groups = state.groups().get();
            (!groups.is_empty()).then(|| view! {
                <ul class="list">
                    {groups.into_iter().map(|group| {
                        let count = group.members.len();
                        view! { <li><a href=Route::Group { group: group.id.clone() }.href()>{group.name.clone()}</a>{t::respondent_count(count)}</li> }
                    }).collect_view()}
                </ul>
            })
        }}
        {move || error.get().map(|message| view! {
            <ErrorSummary title=t::error_title() errors=vec![ErrorItem { message, field: Some("group-name".into()) }]/>
        })}
        <form class="form" on:submit=create novalidate>
            <div class="form-group" class:form-group--error=move || error.with(Option::is_some)>
                <label class="label" for="group-name">{t::group_name_label()}</label>
                <div class="hint" id="group-name-hint">{t::group_name_hint()}</div>
                {move || error.get().map(|message| view! { <p class="error-message" id="group-name-error"><span class="visually-hidden">{t::error_prefix()}</span>{message}</p> })}
                <input class="input" type="text" id="group-name"
                    aria-describedby=move || if error.with(Option::is_some) { "group-name-hint group-name-error" } else { "group-name-hint" } prop:value=move || name.get()
                    on:input=move |ev| name.set(web::typed_text(&ev))/>
            </div>
            <button type="submit" class="button">{t::create_group()}</button>
        </form>
    }
}

#[component]
pub fn TrendPage(framework: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    move || match state.latest_framework(&framework) {
        Some(framework) => view! { <TrendView framework=framework/> }.into_any(),
        None => view! { <crate::pages::not_found::NotFoundPage/> }.into_any(),
    }
}

#[component]
fn TrendView(framework: Framework) -> impl IntoView {
    let state = expect_context::<AppState>();
    let assessments = state.assessments.get();
    let titled = |a: &Assessment| state.catalogue.with_untracked(|c| title_of(a, c));
    let trend = trend(&framework, &assessments, titled);
    let points = trend.points.clone();
    let noun = framework.area_names.singular.clone();
    let chosen_area = RwSignal::new(None::<usize>);
    let other_versions: Vec<String> = points
        .iter()
        .filter(|p| p.version != framework.version)
        .map(|p| t::other_version(&p.title, web::long_day(p.date), &p.version))
        .collect();
    let short_date = |date: time::Date| format!("{} {}", short_month_name(date.month()), date.year());
    let dates: Vec<String> = points.iter().map(|p| short_date(p.date)).collect();
    let area_titles: Vec<String> = framework.areas.iter().map(|a| a.title.clone()).collect();
    let chart = {
        let (points, dates, area_titles, max) =
            (points.clone(), dates.clone(), area_titles.clone(), framework.top_level());
        let file_name = t::chart_file(&framework.id);
        move || {
            let area = chosen_area
                .get()
                .map(|index| (area_titles[index].clone(), points.iter().map(|p| p.areas[index]).collect()));
            let chart = ScoreTrendChart {
                labels: dates.clone(),
                max,
                overall: points.iter().map(|p| p.overall).collect(),
                area,
            };
            let label = match chosen_area.get() {
                Some(index) => t::chart_label_area(&area_titles[index], points.len(), max),
                None => t::chart_label(points.len(), max),
            };
            view! { <ChartCanvas chart=Chart::ScoreTrend(chart) label=label file_name=file_name.clone()/> }
        }
    };
    let header_cells = points
        .iter()
        .map(|p| view! { <th scope="col" class="table__header table__header--numeric">{format!("{} {} {}", p.date.day(), short_month_name(p.date.month()), p.date.year())}</th> })
        .collect_view();
    let overall_cells = points
        .iter()
        .map(|p| view! { <td class="table__cell table__cell--numeric"><strong>{format_score(p.overall)}</strong></td> })
        .collect_view();
    let area_rows = framework
        .areas
        .iter()
        .enumerate()
        .map(|(index, area)| {
            let cells = points
                .iter()
                .map(|p| view! { <td class="table__cell table__cell--numeric">{format_score(p.areas[index])}</td> })
                .collect_view();
            view! { <tr class="table__row"><th scope="row" class="table__header">{area.title.clone()}</th>{cells}</tr> }
        })
        .collect_view();
    let too_few = points.len() < 2;
    view! {
        <a class="back-link" href=Route::Compare.href()>{t::back()}</a>
        <h1 class="heading-l" tabindex="-1">{t::trend_for(&framework.title)}</h1>
        {if too_few {
            view! { <p class="body">{t::only_one()}</p> }.into_any()
        } else {
            view! { <p class="body">{t::trend_summary(points.len(), web::long_day(points[0].date), web::long_day(points[points.len() - 1].date), framework.top_level())}</p> }.into_any()
        }}
        {(!other_versions.is_empty()).then(|| view! {
            <div class="inset">
                <p class="body">{t::versions_note(&framework.version)}</p>
                <ul class="list">{other_versions.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
            </div>
        })}
        <div class="form-group no-print">
            <label class="label" for="trend-area">{t::also_show(&noun)}</label>
            <select class="select" id="trend-area" on:change=move |ev| chosen_area.set(event_target_value(&ev).parse().ok())>
                <option value="">{t::overall_only()}</option>
                {area_titles.iter().enumerate().map(|(index, title)| view! { <option value=index.to_string()>{title.clone()}</option> }).collect_view()}
            </select>
        </div>
        {chart}
        <div class="table-scroll">
            <table class="table">
                <caption class="table__caption">{t::trend_caption(&noun, framework.top_level())}</caption>
                <thead><tr class="table__row"><th scope="col" class="table__header">{capitalise(&noun)}</th>{header_cells}</tr></thead>
                <tbody>
                    <tr class="table__row"><th scope="row" class="table__header">{t::overall()}</th>{overall_cells}</tr>
                    {area_rows}
                </tbody>
            </table>
        </div>
    }
}

#[component]
pub fn SideBySidePage(before: String, after: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let found = state.assessment(&before).zip(state.assessment(&after));
        let framework = found.as_ref().and_then(|(b, a)| {
            (b.framework.id == a.framework.id).then(|| state.latest_framework(&a.framework.id)).flatten()
        });
        match (found, framework) {
            (Some((before, after)), Some(framework)) => {
                view! { <SideBySideView before=before after=after framework=framework/> }.into_any()
            }
            _ => view! { <crate::pages::not_found::NotFoundPage/> }.into_any(),
        }
    }
}

#[component]
fn SideBySideView(before: Assessment, after: Assessment, framework: Framework) -> impl IntoView {
    let state = expect_context::<AppState>();
    let compared = side_by_side(&framework, &before, &after);
    let tally = compared.tally();
    let name = |a: &Assessment| {
        t::title_and_date(state.catalogue.with_untracked(|c| title_of(a, c)), web::long_day(assessment_date(a)))
    };
    let (before_name, after_name) = (name(&before), name(&after));
    let noun = framework.area_names.singular.clone();
    let summary = t::tally(t::statements_up(tally.up), t::statements_down(tally.down), t::statements_same(tally.same));
    let not_comparable = (tally.not_comparable > 0).then(|| {
        t::not_comparable(
            tally.not_comparable,
            isolated(&framework.scale.dont_know),
            isolated(&framework.scale.not_applicable),
        )
    });
    let versions = (before.framework.version != framework.version || after.framework.version != framework.version)
        .then(|| t::versions_compared(&framework.version));
    let rating_text =
        |rating: Option<Rating>| rating.map(|r| r.label(&framework)).unwrap_or_else(|| t::not_answered().into());
    let area_rows = compared
        .areas
        .iter()
        .map(|a| {
            view! {
                <tr class="table__row">
                    <th scope="row" class="table__header">{a.area.title.clone()}</th>
                    <td class="table__cell table__cell--numeric">{format_score(a.before)}</td>
                    <td class="table__cell table__cell--numeric">{format_score(a.after)}</td>
                    <td class="table__cell"><ChangeTag change=a.change/></td>
                </tr>
            }
        })
        .collect_view();
    let statement_rows = compared
        .statements
        .iter()
        // Each statement heads its own row group, so its words get the full width on a phone.
        .map(|s| view! {
            <tbody class="table__group">
                <tr class="table__row table__row--statement">
                    <th scope="rowgroup" colspan="4" class="table__header table__cell--text">{s.statement.text.clone()}" "<span class="hint">{t::in_area(&s.area.title)}</span></th>
                </tr>
                <tr class="table__row">
                    <td class="table__cell">{rating_text(s.before)}</td>
                    <td class="table__cell">{rating_text(s.after)}</td>
                    <td class="table__cell"><ChangeTag change=s.change/></td>
                    <td class="table__cell">{s.planned.map_or(t::not_in_plan(), PlanStatus::label)}</td>
                </tr>
            </tbody>
        })
        .collect_view();
    view! {
        <a class="back-link" href=Route::Compare.href()>{t::back()}</a>
        <h1 class="heading-l" tabindex="-1">{t::side_by_side_heading()}</h1>
        <dl class="summary-list">
            <div class="summary-list__row"><dt class="summary-list__key">{t::earlier()}</dt><dd class="summary-list__value">{before_name.clone()}</dd></div>
            <div class="summary-list__row"><dt class="summary-list__key">{t::later()}</dt><dd class="summary-list__value">{after_name.clone()}</dd></div>
            <div class="summary-list__row"><dt class="summary-list__key">{t::overall_score()}</dt><dd class="summary-list__value">
                {format!("{} ", t::score_then(format_score(compared.overall.before), format_score(compared.overall.after)))}<ChangeTag change=compared.overall.change/>
            </dd></div>
        </dl>
        <p class="body">{summary}</p>
        {not_comparable.map(|text| view! { <p class="body">{text}</p> })}
        {versions.map(|text| view! { <p class="body">{text}</p> })}
        <div class="table-scroll">
            <table class="table">
                <caption class="table__caption">{t::area_caption(&noun, framework.top_level())}</caption>
                <thead><tr class="table__row">
                    <th scope="col" class="table__header">{capitalise(&noun)}</th>
                    <th scope="col" class="table__header table__header--numeric">{t::earlier()}</th>
                    <th scope="col" class="table__header table__header--numeric">{t::later()}</th>
                    <th scope="col" class="table__header">{t::change()}</th>
                </tr></thead>
                <tbody>{area_rows}</tbody>
            </table>
        </div>
        <div class="table-scroll">
            <table class="table">
                <caption class="table__caption">{t::statements_caption()}</caption>
                <thead><tr class="table__row">
                    <th scope="col" class="table__header">{t::earlier()}</th>
                    <th scope="col" class="table__header">{t::later()}</th>
                    <th scope="col" class="table__header">{t::change()}</th>
                    <th scope="col" class="table__header">{t::plan_delivered()}</th>
                </tr></thead>
                {statement_rows}
            </table>
        </div>
    }
}
