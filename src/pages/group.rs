//! A group of other people's assessments: importing their files, and the combined view of
//! their answers with the statements they disagree about most first.

use std::collections::BTreeMap;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::charts::heatmap::{HeatMap, HeatRow};
use crate::charts::range_radar::RangeRadarChart;
use crate::components::chart_canvas::{Chart, ChartCanvas};
use crate::components::confirm::Confirm;
use crate::components::error_summary::{ErrorItem, FileProblems};
use crate::components::result_tables::{capitalise, heat_map_columns};
use crate::domain::combine::{
    Combined, Group, ImportPreview, MAX_LABEL_CHARS, Member, Offered, Refused, StatementSummary, Stats, combine,
    combined_csv, combined_json, format_number, prepare_import, with_label,
};
use crate::domain::exchange::MAX_FILE_BYTES;
use crate::domain::framework::Framework;
use crate::domain::problem::Problem;
use crate::domain::scoring::format_score;
use crate::domain::text::isolated;
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
            .map(|(index, line)| Offered {
                source: format!("Share link {}", index + 1),
                text: line.to_string(),
                is_link: true,
            })
            .collect();
        if offered.is_empty() {
            import.set(Import::Checked(ImportPreview {
                refused: vec![Refused {
                    source: "Share links".into(),
                    problems: Problem::whole("paste at least one share link, one a line").into(),
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
            <a class="back-link" href=Route::Compare.href()>"Back to compare and combine"</a>
        </div>
        <span class="caption">"Combined assessments"</span>
        <h1 class="heading-l" tabindex="-1">{name}</h1>
        {move || has_members.get().then(|| view! { <p class="body no-print"><a href=group_id.with_value(|id| Route::Workshop { group: id.clone() }.href())>"Prepare a workshop pack"</a>", to agree one view with the people in the room"</p> })}
        {move || has_members.get().then(|| view! { <CombinedSection group_id=group_id label_filter=label_filter/> })}
        <div class="no-print">
            <h2 class="heading-m">{move || if has_members.get() { "Add more assessment files" } else { "Add assessment files" }}</h2>
            <ImportOutcome import=import confirm=confirm/>
            <p class="body">"Ask each person to download their result from Almanac and send you the file. Only the levels they chose are kept in the group: their evidence notes and action plans stay in their files. Nothing is added until you have checked what will be added."</p>
            <div class="drop-zone" class:drop-zone--active=move || dragging.get()
                on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop>
                <div class="form-group">
                    <label class="label" for="group-files">"Upload assessment files"</label>
                    <div class="hint" id="group-files-hint">"Choose as many .json result files as you like at once, or drag them here."</div>
                    <input class="file-upload" type="file" id="group-files" multiple accept=".json,application/json"
                        aria-describedby="group-files-hint" on:change=on_files/>
                </div>
            </div>
            <div class="form-group">
                <label class="label" for="group-links">"Or paste share links"</label>
                <div class="hint" id="group-links-hint">"One link a line. A share link holds the result itself."</div>
                <textarea class="textarea" id="group-links" rows="4" aria-describedby="group-links-hint"
                    prop:value=move || links.get() on:input=move |ev| links.set(web::typed_text(&ev))></textarea>
            </div>
            <button type="button" class="button button--secondary" on:click=add_links>"Add share links"</button>
        </div>
        <div class="no-print">
            <h2 class="heading-m">"Delete this group"</h2>
            <p class="body">"Deleting the group removes the combined answers from this device. The files people sent you are not affected."</p>
            <Show
                when=move || confirming_delete.get()
                fallback=move || view! { <button type="button" class="button button--warning" on:click=move |_| confirming_delete.set(true)>"Delete this group"</button> }
            >
                <Confirm label="Delete this group from this device?" heading=true yes="Yes, delete the group" no="Cancel"
                    on_yes=delete on_no=move || confirming_delete.set(false)>
                    <p class="body">{move || format!("The combined answers of {} will be deleted. This cannot be undone.", plural(count.get(), "respondent"))}</p>
                </Confirm>
            </Show>
        </div>
    }
}

/// How many respondents are listed before "Show the other …": drawing a thousand rows of text
/// fields at once would hold up the page.
const FIRST_RESPONDENTS: usize = 100;

/// "1 respondent", "20 respondents".
fn plural(count: usize, noun: &str) -> String {
    if count == 1 { format!("1 {noun}") } else { format!("{count} {noun}s") }
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
                <label class="label" for="import-progress">{format!("Reading files: {done} of {total}")}</label>
                <progress id="import-progress" class="progress progress--import" max=total.to_string() value=done.to_string()></progress>
            </div>
        }
        .into_any(),
        Import::Done { added, replaced } => {
            let mut text = match added {
                1 => "1 assessment was added to the group.".to_string(),
                n => format!("{n} assessments were added to the group."),
            };
            if replaced > 0 {
                text.push_str(&format!(" {replaced} already in the group {} replaced.", if replaced == 1 { "was" } else { "were" }));
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
                .map(|refused| ErrorItem { message: format!("{}: {}", refused.source, describe(&refused.problems.0)), field: None })
                .collect();
            let refused_count = errors.len();
            let (new, replacing) = (preview.new.len(), preview.replacing.len());
            let confirm = confirm.clone();
            let question = (new + replacing > 0).then(|| {
                let mut lines: Vec<String> = match new {
                    0 => Vec::new(),
                    1 => vec!["1 new assessment will be added.".to_string()],
                    n => vec![format!("{n} new assessments will be added.")],
                };
                if replacing > 0 {
                    let sources: Vec<String> = preview.replacing.iter().map(|m| m.source.clone()).collect();
                    lines.push(format!(
                        "{replacing} {} already in this group and will replace the copy there: {}.",
                        if replacing == 1 { "is" } else { "are" },
                        sources.join(", ")
                    ));
                }
                match refused_count {
                    0 => {}
                    1 => lines.push("The file listed above will be left out.".to_string()),
                    n => lines.push(format!("The {n} files listed above will be left out.")),
                }
                view! {
                    <Confirm label="Add these assessments to the group?" heading=true yes="Yes, add them" no="Cancel"
                        on_yes=confirm on_no=move || import.set(Import::Idle)>
                        {lines.into_iter().map(|line| view! { <p class="body">{line}</p> }).collect_view()}
                    </Confirm>
                }
            });
            let nothing = (new + replacing == 0).then(|| view! { <p class="body">"Nothing has been added. Fix the files and choose them again."</p> });
            view! {
                {(refused_count > 0).then(|| view! {
                    <FileProblems title=if refused_count == 1 { "1 file cannot be added".to_string() } else { format!("{refused_count} files cannot be added") } errors=errors/>
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
        n if n > 3 => format!("{} (and {} more problems)", shown.join("; "), n - 3),
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
                <p class="body">"The framework these assessments were made with is no longer on this device. Import it again on the Frameworks page to see the combined view."</p>
            }
            .into_any(),
        })
    };
    view! {
        {move || (!labels.with(Vec::is_empty)).then(|| view! {
            <div class="form-group no-print">
                <label class="label" for="group-label-filter">"Show the answers of"</label>
                <select class="select" id="group-label-filter" on:change=move |ev| {
                    let value = event_target_value(&ev);
                    label_filter.set((!value.is_empty()).then_some(value));
                }>
                    <option value="" prop:selected=move || label_filter.with(Option::is_none)>"Everyone"</option>
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
    let stem = format!("almanac-{}-combined", framework.id);

    let downloads = {
        let (csv, json) = (combined_csv(&combined), combined_json(&combined, &group.name, label.as_deref()));
        let (csv_name, json_name) = (format!("{stem}.csv"), format!("{stem}.json"));
        view! {
            <div class="button-group no-print">
                <button type="button" class="button button--secondary" on:click=move |_| { let _ = web::download(&csv_name, "text/csv", &csv); }>"Download the combined view (CSV)"</button>
                <button type="button" class="button button--secondary" on:click=move |_| { let _ = web::download(&json_name, "application/json", &json); }>"Download the combined view (JSON)"</button>
                <button type="button" class="button button--secondary" on:click=|_| { if let Some(w) = web_sys::window() { let _ = w.print(); } }>"Print or save as PDF"</button>
            </div>
        }
    };
    let respondents = plural(combined.respondents, "respondent");
    let who = match label.clone() {
        Some(label) => view! { {respondents}" labelled “"<bdi>{label}</bdi>"”" }.into_any(),
        None => respondents.into_any(),
    };
    let overall = match (combined.overall.median, combined.overall.range()) {
        (Some(median), Some(_)) => format!(
            "Median overall score {} out of {top}, from {} to {}.",
            format_number(Some(median)),
            format_number(combined.overall.min),
            format_number(combined.overall.max)
        ),
        _ => "No respondent has an overall score yet.".to_string(),
    };
    let versions = combined
        .versions
        .iter()
        .map(|v| {
            let mut line = format!(
                "{} {} version {} rather than {}: {}.",
                plural(v.sources.len(), "file"),
                if v.sources.len() == 1 { "uses" } else { "use" },
                v.version,
                framework.version,
                v.sources.join(", ")
            );
            if !v.missing.is_empty() {
                line.push_str(&format!(
                    " Version {} does not have these statements, so those files are not counted on them: {}.",
                    v.version,
                    v.missing.join(", ")
                ));
            }
            if v.ignored_answers > 0 {
                line.push_str(&format!(
                    " {} to statements that version {} does not have {} left out.",
                    plural(v.ignored_answers, "answer"),
                    framework.version,
                    if v.ignored_answers == 1 { "is" } else { "are" }
                ));
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
    let radar_label = format!(
        "Radar chart of the median score for each of the {} {nouns}, with a shaded band from the lowest to the highest respondent’s score, on a scale of 1 to {top}. The same figures are in the table that follows.",
        combined.areas.len()
    );
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
    let heat_note = format!(
        "Each row is a statement, numbered as in its {noun}’s table below; each number is how many respondents chose that level. DK: “{}”. N/A: “{}”. None: not answered, or not in their version of the framework.",
        isolated(&framework.scale.dont_know),
        isolated(&framework.scale.not_applicable),
        noun = framework.area_names.singular
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
                <h2 class="heading-m">"Combined answers"</h2>
                <dl class="summary-list">
                    <div class="summary-list__row"><dt class="summary-list__key">"Framework"</dt><dd class="summary-list__value">{format!("{}, version {}", framework.title, framework.version)}</dd></div>
                    <div class="summary-list__row"><dt class="summary-list__key">"Respondents"</dt><dd class="summary-list__value">{who}</dd></div>
                    <div class="summary-list__row"><dt class="summary-list__key">"Overall"</dt><dd class="summary-list__value">{overall}</dd></div>
                    <div class="summary-list__row"><dt class="summary-list__key">"Produced"</dt><dd class="summary-list__value">{web::long_date(web::now())}" with Almanac"</dd></div>
                </dl>
                <p class="body">{format!("For each statement, the median is the middle answer when they are put in order; the range is the highest answer minus the lowest. “{}” and “{}” are counted but left out of these figures. An {noun}’s figures are over each respondent’s score for it, the average of their answers in it.", isolated(&framework.scale.dont_know), isolated(&framework.scale.not_applicable))}</p>
                {(!versions.is_empty()).then(|| view! {
                    <div class="inset">
                        <p class="body">{format!("Not every file uses the same version of the framework. All are compared on version {}, on the statements the versions share.", framework.version)}</p>
                        <ul class="list">{versions.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                    </div>
                })}
                {downloads}
                <h2 class="heading-m">"Where people disagree most"</h2>
                {disagreements}
            </section>
            <section class="report__section">
                <h2 class="heading-m">{format!("Median and range for each {noun}")}</h2>
                <ChartCanvas chart=Chart::RangeRadar(radar) label=radar_label file_name=format!("{stem}-radar.png")/>
                <div class="table-scroll">
                    <table class="table">
                        <caption class="table__caption">{format!("Respondents’ scores for each {noun}, out of {top}")}</caption>
                        <thead><tr class="table__row">
                            <th scope="col" class="table__header">{capitalise(&noun)}</th>
                            <StatsHeaders/>
                        </tr></thead>
                        <tbody>{area_rows}</tbody>
                    </table>
                </div>
                <h2 class="heading-m">"How many chose each level"</h2>
                <ChartCanvas chart=Chart::Levels(heat) label="Heat map of how many respondents chose each level for each statement. The same counts are in the tables that follow.".to_string() file_name=format!("{stem}-levels.png")/>
                <p class="hint">{heat_note}</p>
            </section>
            <section class="report__section section--long">
                <h2 class="heading-m">"Every statement"</h2>
                {statement_tables}
            </section>
        </article>
    }
}

fn disagreement_table(combined: &Combined, framework: &Framework) -> AnyView {
    let found = combined.disagreements();
    if found.is_empty() {
        return view! { <p class="body">"No statement has answers two or more levels apart: people broadly agree."</p> }.into_any();
    }
    // Each statement heads its own row group, so its words get the full width on a phone.
    let row = |s: &&StatementSummary| {
        view! {
            <tbody class="table__group">
                <tr class="table__row table__row--statement">
                    <th scope="rowgroup" colspan="5" class="table__header table__cell--text">{s.statement.text.clone()}" "<span class="hint">{format!("({})", s.area.title)}</span></th>
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
        1 => "1 statement has answers two or more levels apart.".to_string(),
        n if n > SHOWN_DISAGREEMENTS => format!(
            "{n} statements have answers two or more levels apart; the {SHOWN_DISAGREEMENTS} with the widest spread come first."
        ),
        n => format!("{n} statements have answers two or more levels apart."),
    };
    let more = (!rest.is_empty()).then(|| {
        let summary = format!("Show the other {} statements people disagree about", rest.len());
        view! {
            <details class="details">
                <summary class="details__summary">{summary}</summary>
                <div class="details__text">
                    <div class="table-scroll">
                        <table class="table">
                            <caption class="table__caption">"More statements people disagree about, widest range first"</caption>
                            <DisagreementHeaders/>
                            {rest}
                        </table>
                    </div>
                </div>
            </details>
        }
    });
    view! {
        <p class="body">{intro}" Start the conversation with these: people see the same thing differently, or know different things about it."</p>
        <div class="table-scroll">
            <table class="table" id="disagreements">
                <caption class="table__caption">{format!("Statements with the widest range of answers first, on a scale of 1 to {}", framework.top_level())}</caption>
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
                    <th scope="col" class="table__header table__header--numeric">"Lowest"</th>
                    <th scope="col" class="table__header table__header--numeric">"Highest"</th>
                    <th scope="col" class="table__header table__header--numeric">"Range"</th>
                    <th scope="col" class="table__header table__header--numeric">"Median"</th>
                    <th scope="col" class="table__header table__header--numeric">"Answers"</th>
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
            let disagreement = s.is_disagreement().then(|| view! { " "<strong class="tag tag--red">"Disagreement"</strong> });
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
                    <th scope="col" class="table__header table__header--numeric"><abbr title=framework.scale.dont_know.clone()>"DK"</abbr></th>
                    <th scope="col" class="table__header table__header--numeric"><abbr title=framework.scale.not_applicable.clone()>"N/A"</abbr></th>
                </tr></thead>
                {rows}
            </table>
        </div>
    }
}

#[component]
fn StatsHeaders() -> impl IntoView {
    view! {
        <th scope="col" class="table__header table__header--numeric">"Respondents"</th>
        <th scope="col" class="table__header table__header--numeric">"Median"</th>
        <th scope="col" class="table__header table__header--numeric">"Lowest"</th>
        <th scope="col" class="table__header table__header--numeric">"Highest"</th>
        <th scope="col" class="table__header table__header--numeric">"Range"</th>
    }
}

/// The count, median, lowest, highest and range. `averages` (scores that are averages of
/// levels) are shown to one decimal place; levels as whole numbers (or halves, for a median).
#[component]
fn StatsCells(stats: Stats, averages: bool) -> impl IntoView {
    let shown = move |value: Option<f64>| {
        if averages { format_score(value).replace("No score", "–") } else { format_number(value) }
    };
    view! {
        <td class="table__cell table__cell--numeric">{stats.count}</td>
        <td class="table__cell table__cell--numeric">{shown(stats.median)}</td>
        <td class="table__cell table__cell--numeric">{shown(stats.min)}</td>
        <td class="table__cell table__cell--numeric">{shown(stats.max)}</td>
        <td class="table__cell table__cell--numeric">{shown(stats.range())}</td>
    }
}

/// Who is in the group, each with an optional role or team. Drawn once per change of who is in
/// it, not per label typed, so the field being edited keeps its focus.
#[component]
fn Respondents(group_id: StoredValue<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let people = Memo::new(move |_| {
        group_id
            .with_value(|id| {
                state.with_group(id, |g| {
                    g.members
                        .iter()
                        .map(|m| (m.assessment.clone(), m.source.clone(), m.updated, m.framework.version.clone()))
                        .collect::<Vec<_>>()
                })
            })
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
        <section class="report__section section--long">
            <h2 class="heading-m">"Respondents"</h2>
            <p class="body no-print">"You can label each respondent with a role or team, such as “ICT” or “Adult social care”, and then show one label’s answers at a time. Labels are optional."</p>
            <div class="table-scroll">
                <table class="table respondents-table">
                    <caption class="table__caption">{move || format!("The {} in this group", plural(people.with(Vec::len), "respondent"))}</caption>
                    <thead><tr class="table__row">
                        <th scope="col" class="table__header">"File"</th>
                        <th scope="col" class="table__header">"Last changed"</th>
                        <th scope="col" class="table__header">"Role or team (optional)"</th>
                    </tr></thead>
                    <tbody>
                        {move || { let labels = labels(); let shown = if show_all.get() { usize::MAX } else { FIRST_RESPONDENTS }; people.get().into_iter().take(shown).enumerate().map(|(index, (assessment, source, updated, version))| {
                            let field = format!("respondent-label-{index}");
                            let for_label = assessment.clone();
                            let label = labels.get(&assessment).cloned().unwrap_or_default();
                            view! {
                                <tr class="table__row">
                                    <th scope="row" class="table__header table__cell--text"><span id=format!("{field}-file")>{source.clone()}</span><br/><span class="hint">{format!("Framework version {version}")}</span></th>
                                    <td class="table__cell">{web::long_day(updated.date())}</td>
                                    <td class="table__cell">
                                        <span class="print-only">{label.clone()}</span>
                                        <input class="input input--label no-print" type="text" id=field.clone() prop:value=label
                                            aria-labelledby=format!("{field}-heading {field}-file") maxlength=MAX_LABEL_CHARS.to_string()
                                            on:change=move |ev| set_label(for_label.clone(), web::typed_text(&ev))/>
                                        <span class="visually-hidden" id=format!("{field}-heading")>"Role or team for"</span>
                                    </td>
                                </tr>
                            }
                        }).collect_view() }}
                    </tbody>
                </table>
            </div>
            {move || (hidden() > 0 && !show_all.get()).then(|| view! {
                <button type="button" class="button button--secondary no-print" on:click=move |_| show_all.set(true)>
                    {format!("Show the other {}", plural(hidden(), "respondent"))}
                </button>
            })}
        </section>
    }
}
