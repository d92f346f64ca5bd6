//! A group of other people's assessments: importing their files, and the combined view of
//! their answers with the statements they disagree about most first, then who is in the group.

use std::rc::Rc;

use futures::FutureExt;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::charts::Chart;
use crate::charts::heatmap::{HeatMap, HeatRow};
use crate::charts::range_radar::RangeRadarChart;
use crate::components::chart_canvas::ChartCanvas;
use crate::components::confirm::Confirm;
use crate::components::document_download::{DocumentDownload, MakeDocument};
use crate::components::error_summary::{ErrorItem, FileProblems};
use crate::components::respondents::Respondents;
use crate::components::result_tables::heat_map_columns;
use crate::domain::combine::{
    Combined, Group, ImportPreview, Member, Offered, Refused, StatementSummary, Stats, combine, combined_csv,
    combined_json, format_number, prepare_import, with_label,
};
use crate::domain::exchange::MAX_FILE_BYTES;
use crate::domain::framework::Framework;
use crate::domain::problem::Problem;
use crate::domain::scoring::format_score;
use crate::domain::tables::capitalise;
use crate::domain::text::isolated;
use crate::i18n::t::group as t;
use crate::routes::Route;
use crate::state::AppState;
use crate::web;

#[component]
pub fn GroupPage(group: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let exists = {
        let id = group.clone();
        Memo::new(move |_| state.groups().with(|all| all.iter().any(|g| g.id == id)))
    };
    move || {
        if exists.get() {
            view! { <GroupView id=group.clone()/> }.into_any()
        } else {
            view! { <crate::pages::not_found::NotFoundPage/> }.into_any()
        }
    }
}

/// Where an import has got to.
#[derive(Debug, Clone, PartialEq)]
enum Import {
    Idle,
    Reading {
        done: usize,
        total: usize,
    },
    /// Checked; waiting for the person to say yes. Refused files are listed alongside.
    Checked(ImportPreview),
    Done {
        added: usize,
        replaced: usize,
    },
}

#[component]
fn GroupView(id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let import = RwSignal::new(Import::Idle);
    let label_filter = RwSignal::new(None::<String>);
    let group_id = StoredValue::new(id.clone());
    let name = move || group_id.with_value(|id| state.with_group(id, |g| g.name.clone())).unwrap_or_default();
    let count = Memo::new(move |_| {
        state
            .groups()
            .with(|all| all.iter().find(|g| group_id.with_value(|id| &g.id == id)).map_or(0, |g| g.members.len()))
    });
    // Only a change between empty and not redraws the combined view's frame, so typing a label
    // (which saves the group) does not take the focus away.
    let has_members = Memo::new(move |_| count.get() > 0);

    let check = move |offered: Vec<Offered>, unread: Vec<Refused>| {
        let Some(group) = group_id.with_value(|id| state.group_untracked(id)) else { return };
        let mut preview = web::measure("almanac:check-files", || {
            state.catalogue.with_untracked(|catalogue| prepare_import(offered, &group, catalogue))
        });
        preview.refused.splice(0..0, unread);
        import.set(Import::Checked(preview));
    };
    let read_files = move |files: Vec<web_sys::File>| {
        if files.is_empty() {
            return;
        }
        let total = files.len();
        import.set(Import::Reading { done: 0, total });
        leptos::task::spawn_local(async move {
            // Fifty at a time: quick to read, and the progress bar still moves.
            let read =
                web::read_files(files, MAX_FILE_BYTES, 50, |done| import.set(Import::Reading { done, total })).await;
            let (mut offered, mut unread) = (Vec::with_capacity(total), Vec::new());
            for (source, text) in read {
                match text {
                    Ok(text) => offered.push(Offered { source, text, is_link: false }),
                    Err(message) => unread.push(Refused { source, problems: Problem::whole(message).into() }),
                }
            }
            check(offered, unread);
        });
    };
    let on_files = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let files = input.files().map(file_list).unwrap_or_default();
        input.set_value("");
        read_files(files);
    };
    let dragging = RwSignal::new(false);
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let files = ev.data_transfer().and_then(|d| d.files()).map(file_list).unwrap_or_default();
        read_files(files);
    };
    let links = RwSignal::new(String::new());
    let add_links = move |_| {
        let offered: Vec<Offered> = links
            .get_untracked()
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .enumerate()
            .map(|(index, line)| Offered { source: t::share_link(index + 1), text: line.to_string(), is_link: true })
            .collect();
        if offered.is_empty() {
            import.set(Import::Checked(ImportPreview {
                refused: vec![Refused {
                    source: t::share_links().into(),
                    problems: Problem::whole(t::no_links()).into(),
                }],
                ..ImportPreview::default()
            }));
            return;
        }
        check(offered, Vec::new());
    };
    let confirm = move || {
        if let Import::Checked(preview) = import.get_untracked() {
            let (added, replaced) = (preview.new.len(), preview.replacing.len());
            let members = preview.new.into_iter().chain(preview.replacing).collect();
            group_id.with_value(|id| state.update_group(id, |group| group.add(members)));
            links.set(String::new());
            import.set(Import::Done { added, replaced });
        }
    };
    let confirming_delete = RwSignal::new(false);
    let delete = move || {
        group_id.with_value(|id| state.delete_group(id));
        web::navigate(&Route::Compare);
    };

    view! {
        <div class="no-print">
            <a class="back-link" href=Route::Compare.href()>{t::back()}</a>
        </div>
        <span class="caption">{t::caption()}</span>
        <h1 class="heading-l" tabindex="-1">{name}</h1>
        {move || has_members.get().then(|| view! { <p class="body no-print"><a href=group_id.with_value(|id| Route::Workshop { group: id.clone() }.href())>{t::workshop_link()}</a>{t::workshop_after()}</p> })}
        {move || has_members.get().then(|| view! { <p class="body no-print"><a href=group_id.with_value(|id| Route::PublishBenchmark { group: id.clone() }.href())>{t::benchmark_link()}</a>{t::benchmark_after()}</p> })}
        {move || has_members.get().then(|| view! { <CombinedSection group_id=group_id label_filter=label_filter/> })}
        <div class="no-print">
            <h2 class="heading-m">{move || if has_members.get() { t::add_more_heading() } else { t::add_heading() }}</h2>
            <ImportOutcome import=import confirm=confirm/>
            <p class="body">{t::how_to_add()}</p>
            <div class="drop-zone" class:drop-zone--active=move || dragging.get()
                on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop>
                <div class="form-group">
                    <label class="label" for="group-files">{t::upload_label()}</label>
                    <div class="hint" id="group-files-hint">{t::upload_hint()}</div>
                    <input class="file-upload" type="file" id="group-files" multiple accept=".json,application/json"
                        aria-describedby="group-files-hint" on:change=on_files/>
                </div>
            </div>
            <div class="form-group">
                <label class="label" for="group-links">{t::links_label()}</label>
                <div class="hint" id="group-links-hint">{t::links_hint()}</div>
                <textarea class="textarea" id="group-links" rows="4" aria-describedby="group-links-hint"
                    prop:value=move || links.get() on:input=move |ev| links.set(web::typed_text(&ev))></textarea>
            </div>
            <button type="button" class="button button--secondary" on:click=add_links>{t::add_links()}</button>
        </div>
        <div class="no-print">
            <h2 class="heading-m">{t::delete_heading()}</h2>
            <p class="body">{t::delete_body()}</p>
            <Show
                when=move || confirming_delete.get()
                fallback=move || view! { <button type="button" class="button button--warning" on:click=move |_| confirming_delete.set(true)>{t::delete_button()}</button> }
            >
                <Confirm label=t::delete_question() heading=true yes=t::delete_yes() no=t::cancel()
                    on_yes=delete on_no=move || confirming_delete.set(false)>
                    <p class="body">{move || t::delete_warning(count.get())}</p>
                </Confirm>
            </Show>
        </div>
    }
}

fn file_list(list: web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|index| list.get(index)).collect()
}

/// Progress while files are read, then what will be added and what cannot be, with the question.
#[component]
fn ImportOutcome(import: RwSignal<Import>, confirm: impl Fn() + Clone + Send + Sync + 'static) -> impl IntoView {
    move || {
        match import.get() {
        Import::Idle => ().into_any(),
        Import::Reading { done, total } => view! {
            <div class="inset" role="status">
                <label class="label" for="import-progress">{t::reading(done, total)}</label>
                <progress id="import-progress" class="progress progress--import" max=total.to_string() value=done.to_string()></progress>
            </div>
        }
        .into_any(),
        Import::Done { added, replaced } => {
            let mut text = t::added(added);
            if replaced > 0 {
                text.push_str(&t::replaced(replaced));
            }
            view! {
                <div class="notification notification--success" role="status">
                    <p class="notification__title">{text}</p>
                </div>
            }
            .into_any()
        }
        Import::Checked(preview) => {
            let errors: Vec<ErrorItem> = preview
                .refused
                .iter()
                .map(|refused| ErrorItem { message: t::refused(&refused.source, describe(&refused.problems.0)), field: None })
                .collect();
            let refused_count = errors.len();
            let (new, replacing) = (preview.new.len(), preview.replacing.len());
            let confirm = confirm.clone();
            let question = (new + replacing > 0).then(|| {
                let mut lines: Vec<String> = match new {
                    0 => Vec::new(),
                    n => vec![t::will_add(n)],
                };
                if replacing > 0 {
                    let sources: Vec<String> = preview.replacing.iter().map(|m| m.source.clone()).collect();
                    lines.push(t::will_replace(replacing, sources.join(", ")));
                }
                if refused_count > 0 {
                    lines.push(t::left_out(refused_count));
                }
                view! {
                    <Confirm label=t::add_question() heading=true yes=t::add_yes() no=t::cancel()
                        on_yes=confirm on_no=move || import.set(Import::Idle)>
                        {lines.into_iter().map(|line| view! { <p class="body">{line}</p> }).collect_view()}
                    </Confirm>
                }
            });
            let nothing = (new + replacing == 0).then(|| view! { <p class="body">{t::nothing_added()}</p> });
            view! {
                {(refused_count > 0).then(|| view! {
                    <FileProblems title=t::cannot_add(refused_count) errors=errors/>
                })}
                {nothing}
                {question}
            }
            .into_any()
        }
    }
    }
}

/// A file's problems in one line: the first few, and how many more.
fn describe(problems: &[Problem]) -> String {
    let shown: Vec<String> = problems.iter().take(3).map(ToString::to_string).collect();
    match problems.len() {
        n if n > 3 => t::more_problems(n - 3, shown.join("; ")),
        _ => shown.join("; "),
    }
}

#[component]
fn CombinedSection(group_id: StoredValue<String>, label_filter: RwSignal<Option<String>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let labels = Memo::new(move |_| group_id.with_value(|id| state.with_group(id, Group::labels)).unwrap_or_default());
    let view_of = move || {
        let group = group_id.with_value(|id| state.group(id))?;
        let framework = state.latest_framework(group.framework_id()?);
        let chosen = label_filter.get().filter(|label| labels.with(|all| all.contains(label)));
        Some(match framework {
            Some(framework) => view! { <CombinedView group=group framework=framework label=chosen/> }.into_any(),
            None => view! {
                <p class="body">{t::no_framework()}</p>
            }
            .into_any(),
        })
    };
    view! {
        {move || (!labels.with(Vec::is_empty)).then(|| view! {
            <div class="form-group no-print">
                <label class="label" for="group-label-filter">{t::show_answers_of()}</label>
                <select class="select" id="group-label-filter" on:change=move |ev| {
                    let value = event_target_value(&ev);
                    label_filter.set((!value.is_empty()).then_some(value));
                }>
                    <option value="" prop:selected=move || label_filter.with(Option::is_none)>{t::everyone()}</option>
                    {labels.get().into_iter().map(|label| {
                        let (chosen, value) = (label.clone(), label.clone());
                        view! { <option value=value prop:selected=move || label_filter.with(|f| f.as_deref() == Some(chosen.as_str()))>{label}</option> }
                    }).collect_view()}
                </select>
            </div>
        })}
        {view_of}
        <Respondents group_id=group_id/>
    }
}

#[component]
fn CombinedView(group: Group, framework: Framework, label: Option<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let members: Vec<&Member> = with_label(&group.members, label.as_deref());
    let statements_of = |reference: &crate::domain::assessment::FrameworkRef| {
        state.catalogue.with_untracked(|c| {
            c.find(&reference.id, &reference.version).map(|f| f.statements().map(|(_, s)| s.id.clone()).collect())
        })
    };
    let combined = web::measure("almanac:combine", || combine(&framework, &members, &statements_of));
    let top = framework.top_level();
    let noun = framework.area_names.singular.clone();
    let nouns = framework.area_names.plural.clone();

    let downloads = {
        let (csv, json) = (combined_csv(&combined), combined_json(&combined, &group.name, label.as_deref()));
        let (csv_name, json_name) = (t::csv_file(&framework.id), t::json_file(&framework.id));
        let workbook: MakeDocument = {
            let (group, framework, label) = (group.clone(), framework.clone(), label.clone());
            Rc::new(move || {
                crate::exports::combined_workbook(group.clone(), framework.clone(), label.clone()).boxed_local()
            })
        };
        view! {
            <div class="button-group no-print">
                <button type="button" class="button button--secondary" on:click=move |_| { let _ = web::download(&csv_name, "text/csv", &csv); }>{t::download_csv()}</button>
                <DocumentDownload label=crate::i18n::t::document_download::workbook().to_string() make=workbook/>
                <button type="button" class="button button--secondary" on:click=move |_| { let _ = web::download(&json_name, "application/json", &json); }>{t::download_json()}</button>
                <button type="button" class="button button--secondary" on:click=|_| { if let Some(w) = web_sys::window() { let _ = w.print(); } }>{t::print()}</button>
            </div>
        }
    };
    let respondents = t::respondents(combined.respondents);
    let who = match label.clone() {
        Some(label) => view! { {respondents}{t::labelled_before()}<bdi>{label}</bdi>{t::labelled_after()} }.into_any(),
        None => respondents.into_any(),
    };
    let overall = match (combined.overall.median, combined.overall.range()) {
        (Some(median), Some(_)) => t::overall_median(
            format_number(Some(median)),
            top,
            format_number(combined.overall.min),
            format_number(combined.overall.max),
        ),
        _ => t::no_overall().to_string(),
    };
    let versions = combined
        .versions
        .iter()
        .map(|v| {
            let mut line = t::version_uses(v.sources.len(), &v.version, &framework.version, v.sources.join(", "));
            if !v.missing.is_empty() {
                line.push_str(&t::version_missing(&v.version, v.missing.join(", ")));
            }
            if v.ignored_answers > 0 {
                line.push_str(&t::version_ignored(v.ignored_answers, &framework.version));
            }
            line
        })
        .collect::<Vec<_>>();
    let disagreements = disagreement_table(&combined, &framework);
    let radar = RangeRadarChart {
        axes: combined.areas.iter().map(|a| a.area.title.clone()).collect(),
        max: top,
        medians: combined.areas.iter().map(|a| a.stats.median).collect(),
        ranges: combined.areas.iter().map(|a| a.stats.min.zip(a.stats.max)).collect(),
    };
    let radar_label = t::radar_label(combined.areas.len(), &nouns, top);
    let one_per_area = framework.areas.iter().all(|a| a.statements.len() == 1);
    let heat = HeatMap {
        // Short labels ("Data 2"), each the number of a statement in its area's table below: the
        // chart measures its words one by one, which is slow on a long page.
        rows: combined
            .areas
            .iter()
            .flat_map(|a| a.statements.iter().enumerate())
            .map(|(index, s)| HeatRow {
                label: if one_per_area { s.area.title.clone() } else { format!("{} {}", s.area.title, index + 1) },
                counts: s
                    .levels
                    .iter()
                    .copied()
                    .chain([s.stats.dont_know, s.stats.not_applicable, s.stats.not_answered])
                    .collect(),
            })
            .collect(),
        columns: heat_map_columns(&framework),
    };
    let heat_note = t::heat_note(
        &framework.area_names.singular,
        isolated(&framework.scale.dont_know),
        isolated(&framework.scale.not_applicable),
    );
    let area_rows = combined
        .areas
        .iter()
        .map(|a| {
            view! {
                <tr class="table__row">
                    <th scope="row" class="table__header">{a.area.title.clone()}</th>
                    <StatsCells stats=a.stats.clone() averages=true/>
                </tr>
            }
        })
        .collect_view();
    let statement_tables = combined.areas.iter().map(|a| statement_table(a, &framework)).collect_view();

    view! {
        <article class="report">
            <section class="report__section">
                <h2 class="heading-m">{t::combined_heading()}</h2>
                <dl class="summary-list">
                    <div class="summary-list__row"><dt class="summary-list__key">{t::framework()}</dt><dd class="summary-list__value">{t::framework_version(&framework.title, &framework.version)}</dd></div>
                    <div class="summary-list__row"><dt class="summary-list__key">{t::respondents_key()}</dt><dd class="summary-list__value">{who}</dd></div>
                    <div class="summary-list__row"><dt class="summary-list__key">{t::overall()}</dt><dd class="summary-list__value">{overall}</dd></div>
                    <div class="summary-list__row"><dt class="summary-list__key">{t::produced()}</dt><dd class="summary-list__value">{t::produced_with(web::long_date(web::now()))}</dd></div>
                </dl>
                <p class="body">{t::method(isolated(&framework.scale.dont_know), isolated(&framework.scale.not_applicable), &noun)}</p>
                {(!versions.is_empty()).then(|| view! {
                    <div class="inset">
                        <p class="body">{t::versions_differ(&framework.version)}</p>
                        <ul class="list">{versions.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                    </div>
                })}
                {downloads}
                <h2 class="heading-m">{t::disagree_heading()}</h2>
                {disagreements}
            </section>
            <section class="report__section">
                <h2 class="heading-m">{t::median_range_heading(&noun)}</h2>
                <ChartCanvas chart=Chart::RangeRadar(radar) label=radar_label file_name=t::radar_file(&framework.id)/>
                <div class="table-scroll">
                    <table class="table">
                        <caption class="table__caption">{t::area_caption(&noun, top)}</caption>
                        <thead><tr class="table__row">
                            <th scope="col" class="table__header">{capitalise(&noun)}</th>
                            <StatsHeaders/>
                        </tr></thead>
                        <tbody>{area_rows}</tbody>
                    </table>
                </div>
                <h2 class="heading-m">{t::levels_heading()}</h2>
                <ChartCanvas chart=Chart::Levels(heat) label=t::levels_label().to_string() file_name=t::levels_file(&framework.id)/>
                <p class="hint">{heat_note}</p>
            </section>
            <section class="report__section section--long">
                <h2 class="heading-m">{t::every_statement()}</h2>
                {statement_tables}
            </section>
        </article>
    }
}

fn disagreement_table(combined: &Combined, framework: &Framework) -> AnyView {
    let found = combined.disagreements();
    if found.is_empty() {
        return view! { <p class="body">{t::no_disagreement()}</p> }.into_any();
    }
    // Each statement heads its own row group, so its words get the full width on a phone.
    let row = |s: &&StatementSummary| {
        view! {
            <tbody class="table__group">
                <tr class="table__row table__row--statement">
                    <th scope="rowgroup" colspan="5" class="table__header table__cell--text">{s.statement.text.clone()}" "<span class="hint">{t::in_area(&s.area.title)}</span></th>
                </tr>
                <tr class="table__row">
                    <td class="table__cell table__cell--numeric">{format_number(s.stats.min)}</td>
                    <td class="table__cell table__cell--numeric">{format_number(s.stats.max)}</td>
                    <td class="table__cell table__cell--numeric">{format_number(s.stats.range())}</td>
                    <td class="table__cell table__cell--numeric">{format_number(s.stats.median)}</td>
                    <td class="table__cell table__cell--numeric">{s.stats.count}</td>
                </tr>
            </tbody>
        }
    };
    let first: Vec<_> = found.iter().take(SHOWN_DISAGREEMENTS).map(row).collect();
    let rest: Vec<_> = found.iter().skip(SHOWN_DISAGREEMENTS).map(row).collect();
    let intro = match found.len() {
        n if n > SHOWN_DISAGREEMENTS => t::disagreements_first(n, SHOWN_DISAGREEMENTS),
        n => t::disagreements(n),
    };
    let more = (!rest.is_empty()).then(|| {
        let summary = t::show_other_disagreements(rest.len());
        view! {
            <details class="details">
                <summary class="details__summary">{summary}</summary>
                <div class="details__text">
                    <div class="table-scroll">
                        <table class="table">
                            <caption class="table__caption">{t::more_caption()}</caption>
                            <DisagreementHeaders/>
                            {rest}
                        </table>
                    </div>
                </div>
            </details>
        }
    });
    view! {
        <p class="body">{intro}{t::start_with_these()}</p>
        <div class="table-scroll">
            <table class="table" id="disagreements">
                <caption class="table__caption">{t::disagreements_caption(framework.top_level())}</caption>
                <DisagreementHeaders/>
                {first}
            </table>
        </div>
        {more}
    }
    .into_any()
}

/// How many disagreements are listed before the rest are folded away.
const SHOWN_DISAGREEMENTS: usize = 10;

#[component]
fn DisagreementHeaders() -> impl IntoView {
    view! {
                <thead><tr class="table__row">
                    <th scope="col" class="table__header table__header--numeric">{t::lowest()}</th>
                    <th scope="col" class="table__header table__header--numeric">{t::highest()}</th>
                    <th scope="col" class="table__header table__header--numeric">{t::range()}</th>
                    <th scope="col" class="table__header table__header--numeric">{t::median()}</th>
                    <th scope="col" class="table__header table__header--numeric">{t::answers()}</th>
                </tr></thead>
    }
}

fn statement_table(area: &crate::domain::combine::AreaSummary, framework: &Framework) -> impl IntoView + use<> {
    let level_headers = framework
        .scale
        .levels
        .iter()
        .map(|l| view! { <th scope="col" class="table__header table__header--numeric"><abbr title=l.name.clone()>{l.value}</abbr></th> })
        .collect_view();
    let columns = (5 + framework.scale.levels.len() + 2).to_string();
    let rows = area
        .statements
        .iter()
        .enumerate()
        .map(|(index, s)| {
            let counts = s.levels.iter().map(|n| view! { <td class="table__cell table__cell--numeric">{*n}</td> }).collect_view();
            let disagreement = s.is_disagreement().then(|| view! { " "<strong class="tag tag--red">{t::disagreement()}</strong> });
            view! {
                <tbody class="table__group">
                    <tr class="table__row table__row--statement">
                        <th scope="rowgroup" colspan=columns.clone() class="table__header table__cell--text">{format!("{}. {}", index + 1, s.statement.text)}{disagreement}</th>
                    </tr>
                    <tr class="table__row">
                        <StatsCells stats=s.stats.clone() averages=false/>
                        {counts}
                        <td class="table__cell table__cell--numeric">{s.stats.dont_know}</td>
                        <td class="table__cell table__cell--numeric">{s.stats.not_applicable}</td>
                    </tr>
                </tbody>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table class="table">
                <caption class="table__caption">{area.area.title.clone()}</caption>
                <thead><tr class="table__row">
                    <StatsHeaders/>
                    {level_headers}
                    <th scope="col" class="table__header table__header--numeric"><abbr title=framework.scale.dont_know.clone()>{t::dont_know_short()}</abbr></th>
                    <th scope="col" class="table__header table__header--numeric"><abbr title=framework.scale.not_applicable.clone()>{t::not_applicable_short()}</abbr></th>
                </tr></thead>
                {rows}
            </table>
        </div>
    }
}

#[component]
fn StatsHeaders() -> impl IntoView {
    view! {
        <th scope="col" class="table__header table__header--numeric">{t::respondents_key()}</th>
        <th scope="col" class="table__header table__header--numeric">{t::median()}</th>
        <th scope="col" class="table__header table__header--numeric">{t::lowest()}</th>
        <th scope="col" class="table__header table__header--numeric">{t::highest()}</th>
        <th scope="col" class="table__header table__header--numeric">{t::range()}</th>
    }
}

/// The count, median, lowest, highest and range. `averages` (scores that are averages of
/// levels) are shown to one decimal place; levels as whole numbers (or halves, for a median).
#[component]
fn StatsCells(stats: Stats, averages: bool) -> impl IntoView {
    let shown = move |value: Option<f64>| {
        // A missing average shows as a dash, as format_number shows a missing level.
        if averages && value.is_some() { format_score(value) } else { format_number(value) }
    };
    view! {
        <td class="table__cell table__cell--numeric">{stats.count}</td>
        <td class="table__cell table__cell--numeric">{shown(stats.median)}</td>
        <td class="table__cell table__cell--numeric">{shown(stats.min)}</td>
        <td class="table__cell table__cell--numeric">{shown(stats.max)}</td>
        <td class="table__cell table__cell--numeric">{shown(stats.range())}</td>
    }
}
