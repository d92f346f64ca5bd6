//! Publishing a benchmark from a group: the coordinator names it and says whom it describes, sees
//! exactly what the file will hold, then downloads it or keeps it on this device.

use leptos::prelude::*;

use crate::components::benchmark_figures::BenchmarkFigures;
use crate::components::benchmark_summary::BenchmarkSummary;
use crate::components::error_summary::{ErrorItem, ErrorSummary};
use crate::components::text_field::TextField;
use crate::domain::assessment::FrameworkRef;
use crate::domain::benchmark::{
    Benchmark, MAX_POPULATION_CHARS, MAX_TITLE_CHARS, MIN_THRESHOLD, Publication, Withheld, publish,
};
use crate::domain::combine::Member;
use crate::domain::dates::{format_day, parse_day};
use crate::domain::framework::Framework;
use crate::i18n::t::publish_benchmark as t;
use crate::routes::Route;
use crate::state::AppState;
use crate::web;

const TITLE_FIELD: &str = "benchmark-title";
const POPULATION_FIELD: &str = "benchmark-population";
const DATE_FIELD: &str = "benchmark-date";
const THRESHOLD_FIELD: &str = "benchmark-threshold";
const SPLIT_FIELD: &str = "benchmark-split";
const PREVIEW_HEADING: &str = "benchmark-preview";

#[component]
pub fn PublishBenchmarkPage(group: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let exists = {
        let id = group.clone();
        Memo::new(move |_| state.groups().with(|all| all.iter().any(|g| g.id == id)))
    };
    move || {
        if exists.get() {
            view! { <PublishView id=group.clone()/> }.into_any()
        } else {
            view! { <crate::pages::not_found::NotFoundPage/> }.into_any()
        }
    }
}

/// What the coordinator has typed, as typed.
#[derive(Debug, Clone, PartialEq)]
struct Form {
    title: String,
    population: String,
    date: String,
    threshold: String,
    split: bool,
}

/// The form's fields, kept above the part of the page that redraws when the group changes, so
/// that nothing typed is lost.
#[derive(Clone, Copy)]
struct Fields {
    title: RwSignal<String>,
    population: RwSignal<String>,
    date: RwSignal<String>,
    threshold: RwSignal<String>,
    split: RwSignal<bool>,
}

impl Fields {
    fn new() -> Fields {
        Fields {
            title: RwSignal::new(String::new()),
            population: RwSignal::new(String::new()),
            date: RwSignal::new(format_day(web::now().date())),
            threshold: RwSignal::new(MIN_THRESHOLD.to_string()),
            split: RwSignal::new(false),
        }
    }

    /// Reactive.
    fn form(&self) -> Form {
        Form {
            title: self.title.get(),
            population: self.population.get(),
            date: self.date.get(),
            threshold: self.threshold.get(),
            split: self.split.get(),
        }
    }
}

/// A benchmark exactly as it will be saved, with the form it was made from: once the form
/// changes, it no longer shows what would be saved.
#[derive(Debug, Clone, PartialEq)]
struct Preview {
    benchmark: Benchmark,
    text: String,
    made_from: Form,
}

/// How many respondents the group has, and how many of them gave no kind of council.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Respondents {
    all: usize,
    without_kind: usize,
}

#[component]
fn PublishView(id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let back = Route::Group { group: id.clone() };
    let group_id = StoredValue::new(id);
    let name = move || group_id.with_value(|id| state.with_group(id, |g| g.name.clone())).unwrap_or_default();
    // The group page's framework: the latest version of the group's framework on this device.
    let framework = Memo::new(move |_| {
        let framework_id =
            group_id.with_value(|id| state.with_group(id, |g| g.framework_id().map(str::to_string))).flatten()?;
        state.latest_framework(&framework_id)
    });
    let respondents = Memo::new(move |_| {
        group_id
            .with_value(|id| {
                state.with_group(id, |g| Respondents {
                    all: g.members.len(),
                    without_kind: g.members.iter().filter(|m| m.organisation.kind.is_none()).count(),
                })
            })
            .unwrap_or_default()
    });
    let enough = Memo::new(move |_| respondents.get().all >= MIN_THRESHOLD as usize);
    let fields = Fields::new();
    // Made once per visit, so the preview and the saved file are the same benchmark.
    let benchmark_id = StoredValue::new(web::new_id());
    let add_more = back.clone();
    view! {
        <a class="back-link" href=back.href()>{t::back()}</a>
        <span class="caption">{name}</span>
        <h1 class="heading-l" tabindex="-1">{t::heading()}</h1>
        <p class="body">{t::intro()}</p>
        {move || match (enough.get(), framework.get()) {
            (false, _) => view! {
                <p class="body">{move || crate::i18n::t::benchmark::too_few_respondents(respondents.get().all, MIN_THRESHOLD)}</p>
                <p class="body"><a href=add_more.href()>{t::add_more()}</a></p>
            }
            .into_any(),
            (true, None) => view! { <p class="body">{t::no_framework()}</p> }.into_any(),
            (true, Some(framework)) => view! {
                <PublishForm group_id=group_id benchmark_id=benchmark_id framework=framework fields=fields respondents=respondents/>
            }
            .into_any(),
        }}
    }
}

#[component]
fn PublishForm(
    group_id: StoredValue<String>,
    benchmark_id: StoredValue<String>,
    framework: Framework,
    fields: Fields,
    respondents: Memo<Respondents>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let errors = RwSignal::new(Vec::<ErrorItem>::new());
    let preview = RwSignal::new(None::<Preview>);
    let current = Memo::new(move |_| fields.form());
    // `None` before the first preview; false once the form has changed since.
    let is_current = Memo::new(move |_| preview.with(|p| p.as_ref().map(|p| p.made_from == current.get())));
    let has_kinds = move || respondents.with(|r| r.all > r.without_kind);
    let framework_for_submit = framework.clone();
    let make = move |form: &Form| -> Result<Benchmark, Vec<ErrorItem>> {
        let mut problems = Vec::new();
        let mut problem =
            |message: String, field: &str| problems.push(ErrorItem { message, field: Some(field.into()) });
        let title = form.title.trim();
        if title.is_empty() {
            problem(t::title_missing().into(), TITLE_FIELD);
        } else if title.chars().count() > MAX_TITLE_CHARS {
            problem(t::title_too_long(MAX_TITLE_CHARS), TITLE_FIELD);
        }
        let population = form.population.trim();
        if population.is_empty() {
            problem(t::population_missing().into(), POPULATION_FIELD);
        } else if population.chars().count() > MAX_POPULATION_CHARS {
            problem(t::population_too_long(MAX_POPULATION_CHARS), POPULATION_FIELD);
        }
        let date = parse_day(form.date.trim());
        if date.is_none() {
            let message = if form.date.trim().is_empty() { t::date_missing() } else { t::date_invalid() };
            problem(message.into(), DATE_FIELD);
        }
        let members = respondents.get_untracked().all;
        let threshold = match form.threshold.trim() {
            "" => {
                problem(t::threshold_missing(MIN_THRESHOLD), THRESHOLD_FIELD);
                None
            }
            typed => match typed.parse::<u32>() {
                Err(_) => {
                    problem(t::threshold_not_number(MIN_THRESHOLD), THRESHOLD_FIELD);
                    None
                }
                Ok(n) if n < MIN_THRESHOLD => {
                    problem(t::threshold_too_low(MIN_THRESHOLD), THRESHOLD_FIELD);
                    None
                }
                Ok(n) if n as usize > members => {
                    problem(crate::i18n::t::benchmark::too_few_respondents(members, n), THRESHOLD_FIELD);
                    None
                }
                Ok(n) => Some(n),
            },
        };
        let (Some(date), Some(threshold)) = (date, threshold) else { return Err(problems) };
        if !problems.is_empty() {
            return Err(problems);
        }
        let publication = Publication {
            id: benchmark_id.get_value(),
            title: title.to_string(),
            population: population.to_string(),
            published: date,
            threshold,
            split_by_type: form.split && has_kinds(),
        };
        let Some(group) = group_id.with_value(|id| state.group_untracked(id)) else { return Err(Vec::new()) };
        let members: Vec<&Member> = group.members.iter().collect();
        // Respondents on another version count on the statements their version has, as on the group page.
        let statements_of = |reference: &FrameworkRef| {
            state.catalogue.with_untracked(|c| {
                c.find(&reference.id, &reference.version).map(|f| f.statements().map(|(_, s)| s.id.clone()).collect())
            })
        };
        publish(&framework_for_submit, &members, &statements_of, &publication)
            .map_err(|found| found.0.iter().map(|p| ErrorItem { message: p.to_string(), field: None }).collect())
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = current.get_untracked();
        match make(&form) {
            Ok(benchmark) => {
                let text = benchmark.to_json();
                preview.set(Some(Preview { benchmark, text, made_from: form }));
                errors.set(Vec::new());
                request_animation_frame(|| {
                    web::focus(PREVIEW_HEADING);
                });
            }
            Err(found) => {
                preview.set(None);
                errors.set(found);
            }
        }
    };
    let field_error = move |field: &'static str| {
        move || errors.with(|all| all.iter().find(|e| e.field.as_deref() == Some(field)).map(|e| e.message.clone()))
    };
    let described_by = move |field: &'static str| {
        move || {
            if field_error(field)().is_some() { format!("{field}-hint {field}-error") } else { format!("{field}-hint") }
        }
    };
    let error_message = move |field: &'static str| {
        move || {
            field_error(field)().map(|message| view! {
                <p class="error-message" id=format!("{field}-error")><span class="visually-hidden">{t::error_prefix()}</span>{message}</p>
            })
        }
    };
    let split_hint = move || match respondents.get().without_kind {
        0 => t::split_hint().to_string(),
        n => t::split_hint_missing(n),
    };

    view! {
        {move || {
            let current = errors.get();
            (!current.is_empty()).then(|| view! { <ErrorSummary title=t::error_title() errors=current/> })
        }}
        <form novalidate on:submit=submit>
            <TextField id=TITLE_FIELD label=t::title_label() hint=t::title_hint() value=fields.title error=Signal::derive(field_error(TITLE_FIELD))/>
            <TextField id=POPULATION_FIELD label=t::population_label() hint=t::population_hint() value=fields.population error=Signal::derive(field_error(POPULATION_FIELD))/>
            <div class="form-group" class:form-group--error=move || field_error(DATE_FIELD)().is_some()>
                <label class="label" for=DATE_FIELD>{t::date_label()}</label>
                <div class="hint" id=format!("{DATE_FIELD}-hint")>{t::date_hint()}</div>
                {error_message(DATE_FIELD)}
                <input class="input input--date" type="date" id=DATE_FIELD aria-describedby=described_by(DATE_FIELD)
                    prop:value=move || fields.date.get() on:change=move |ev| fields.date.set(event_target_value(&ev))/>
            </div>
            <div class="form-group" class:form-group--error=move || field_error(THRESHOLD_FIELD)().is_some()>
                <label class="label" for=THRESHOLD_FIELD>{t::threshold_label()}</label>
                <div class="hint" id=format!("{THRESHOLD_FIELD}-hint")>{t::threshold_hint(MIN_THRESHOLD)}</div>
                {error_message(THRESHOLD_FIELD)}
                <input class="input input--width-4" type="text" inputmode="numeric" id=THRESHOLD_FIELD autocomplete="off"
                    aria-describedby=described_by(THRESHOLD_FIELD)
                    prop:value=move || fields.threshold.get() on:input=move |ev| fields.threshold.set(web::typed_text(&ev))/>
            </div>
            <Show when=has_kinds>
                <div class="form-group">
                    <div class="checkboxes">
                        <div class="checkboxes__item">
                            <input class="checkboxes__input" type="checkbox" id=SPLIT_FIELD aria-describedby=format!("{SPLIT_FIELD}-hint")
                                prop:checked=move || fields.split.get() on:change=move |ev| fields.split.set(event_target_checked(&ev))/>
                            <label class="checkboxes__label" for=SPLIT_FIELD>{t::split_label()}</label>
                            <div class="hint checkboxes__hint" id=format!("{SPLIT_FIELD}-hint")>{split_hint}</div>
                        </div>
                    </div>
                </div>
            </Show>
            <button type="submit" class="button button--secondary">{t::preview_button()}</button>
        </form>
        {move || match is_current.get() {
            None => ().into_any(),
            Some(false) => view! { <div class="inset" role="status"><p class="body">{t::changed()}</p></div> }.into_any(),
            // Tracked, so that previewing again redraws it (the group may have changed meanwhile).
            Some(true) => match preview.get() {
                Some(preview) => view! { <PreviewView preview=preview framework=framework.clone()/> }.into_any(),
                None => ().into_any(),
            },
        }}
    }
}

/// Everything the file will hold, the file itself, and the ways to save it.
#[component]
fn PreviewView(preview: Preview, framework: Framework) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Preview { benchmark, text, .. } = preview;
    let kept = RwSignal::new(false);
    let threshold = benchmark.threshold;
    let splits = benchmark
        .by_type
        .iter()
        .filter_map(|split| {
            let figures = split.figures.clone()?;
            Some(view! {
                <h3 class="heading-s">{split.kind.plural()}</h3>
                <BenchmarkFigures figures=figures framework=framework.clone() threshold=threshold/>
            })
        })
        .collect_view();
    let left_out: Vec<String> = benchmark
        .by_type
        .iter()
        .filter_map(|split| match split.withheld? {
            Withheld::FewerThanThreshold => Some(t::split_too_few(split.kind.plural(), threshold)),
            Withheld::ProtectsOthers => Some(t::split_protects_others(split.kind.plural())),
        })
        .collect();
    let file_name = format!("almanac-benchmark-{}-{}.json", benchmark.framework.id, format_day(benchmark.published));
    let download = {
        let text = text.clone();
        move |_| {
            let _ = web::download(&file_name, "application/json", &text);
        }
    };
    let to_keep = benchmark.clone();
    let keep = move |_| {
        state.keep_benchmark(to_keep.clone());
        kept.set(true);
    };
    view! {
        <h2 class="heading-m" id=PREVIEW_HEADING tabindex="-1">{t::preview_heading()}</h2>
        <p class="body">{t::preview_intro()}</p>
        <BenchmarkSummary benchmark=benchmark.clone() with_title=true/>
        <h3 class="heading-s">{t::everyone_heading()}</h3>
        <BenchmarkFigures figures=benchmark.figures.clone() framework=framework.clone() threshold=threshold/>
        {splits}
        {(!left_out.is_empty()).then(|| view! {
            <h3 class="heading-s">{t::left_out_heading()}</h3>
            <ul class="list">{left_out.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
        })}
        <details class="details">
            <summary class="details__summary">{t::show_file()}</summary>
            <div class="details__text">
                <pre class="code-block" tabindex="0" role="region" aria-label=t::file_region()>{text}</pre>
            </div>
        </details>
        <p class="body">{t::send_hint()}</p>
        <div class="button-group">
            <button type="button" class="button" on:click=download>{t::download()}</button>
            <button type="button" class="button button--secondary" on:click=keep>{t::keep()}</button>
        </div>
        <Show when=move || kept.get()>
            <div class="notification notification--success" role="status">
                <p class="notification__heading">{t::kept()}</p>
                <p class="body"><a href=Route::Benchmarks.href()>{t::kept_link()}</a></p>
            </div>
        </Show>
    }
}
