//! Pieces the service performance pages share: the sample-data banner, the indicators as a
//! summary list, the trend charts with their data tables, and the CSV upload field.

use leptos::prelude::*;

use crate::charts::Chart;
use crate::charts::performance::{Measure, Series, StackedChart, TrendChart};
use crate::components::channel_shift::{ShiftSummary, capitalised, coverage, why_not_compared};
use crate::components::chart_canvas::ChartCanvas;
use crate::components::text_field::TextField;
use crate::domain::performance::format::{self, no_data};
use crate::domain::performance::indicators::{Indicators, TOP_SERVICES, channel_volume};
use crate::domain::performance::portfolio::{Covered, Indicator, portfolio_indicator};
use crate::domain::performance::shift::{portfolio_shift, service_shift};
use crate::domain::performance::{Figures, Length, Performance, Period, Service, YearStart};
use crate::i18n::t::performance_parts as t;
use crate::routes::Route;
use crate::state::AppState;

/// Says, on every page that shows it, that the sample data is made up.
#[component]
pub fn IllustrativeBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <Show when=move || state.performance().with(|p| p.illustrative)>
            <div class="notification notification--warning" role="region" aria-labelledby="illustrative-title">
                <h2 class="notification__title" id="illustrative-title">{t::banner_title()}</h2>
                <p class="body">{t::banner_before()}
                    <a href=Route::Services.href()>{t::banner_link()}</a>{t::banner_after()}</p>
            </div>
        </Show>
    }
}

/// The figures for a period: one service's, or every service's when `service` is `None`.
pub fn rows_for<'a>(performance: &'a Performance, service: Option<&str>, period: Period) -> Vec<&'a Figures> {
    match service {
        Some(service) => performance.figures_for(service, period),
        None => performance.figures.iter().filter(|f| f.period == period).collect(),
    }
}

/// The four indicators for a period with the change since the one before, and channel shift.
/// For the portfolio, each figure says which services it rests on, and its change is like for like.
#[component]
pub fn IndicatorSummary(performance: Performance, service: Option<String>, period: Period) -> impl IntoView {
    let year_start = performance.year_start;
    let previous = period.previous().label(year_start);
    let (shift, basis, rows) = match service.as_deref() {
        Some(id) => {
            let now = Indicators::for_service(&performance, id, period);
            let before = Indicators::for_service(&performance, id, period.previous());
            let rows: Vec<(&str, String, String, Option<String>)> = Indicator::ALL
                .into_iter()
                .map(|indicator| {
                    let change = change_text(indicator, indicator.of(&now), indicator.of(&before));
                    (indicator.name(), value_text_of(indicator, indicator.of(&now)), t::since(&previous, change), None)
                })
                .collect();
            match service_shift(&performance, id, period) {
                Ok(shift) => (Some(shift), None, rows),
                Err(why) => {
                    (None, Some(format!("{}.", capitalised(&why_not_compared(&performance, &why, period)))), rows)
                }
            }
        }
        None => {
            let rows = Indicator::ALL
                .into_iter()
                .map(|indicator| {
                    let covered = portfolio_indicator(&performance, period, indicator);
                    let change = match covered.change {
                        Some(change) => t::since_like_for_like(
                            change.services,
                            &previous,
                            change_text(indicator, Some(change.now), Some(change.before)),
                        ),
                        None => t::since_not_known(&previous),
                    };
                    (indicator.name(), value_text_of(indicator, covered.value), change, Some(covered_text(&covered)))
                })
                .collect();
            let portfolio = portfolio_shift(&performance, period);
            (portfolio.shift.clone(), Some(coverage(&performance, &portfolio, period)), rows)
        }
    };
    view! {
        <dl class="summary-list indicator-list">
            {rows.into_iter().map(|(key, value, change, covered)| view! {
                <div class="summary-list__row">
                    <dt class="summary-list__key">{key}</dt>
                    <dd class="summary-list__value">
                        <span class="indicator-list__value">{value}</span>
                        <span class="indicator-list__change">{change}</span>
                        {covered.map(|text| view! { <span class="indicator-list__change">{text}</span> })}
                    </dd>
                </div>
            }).collect_view()}
        </dl>
        <SatisfactionByChannel performance=performance.clone() service=service.clone() period=period/>
        <ShiftSummary performance=performance shift=shift basis=basis period=period/>
    }
}

/// Which services are marked as the top ones by transactions, in a sentence.
pub fn top_services_note(ranked: usize) -> String {
    if ranked > TOP_SERVICES { t::top_highlighted(TOP_SERVICES) } else { t::none_marked(ranked, TOP_SERVICES) }
}

/// User satisfaction on each channel that asked, where the survey was by channel: responses and
/// the share satisfied, for one service or (`None`) every service together.
#[component]
pub fn SatisfactionByChannel(performance: Performance, service: Option<String>, period: Period) -> impl IntoView {
    let rows_in_period = rows_for(&performance, service.as_deref(), period);
    let rows: Vec<(String, u64, Option<f64>)> = performance
        .channels
        .iter()
        .filter_map(|channel| {
            let surveyed: Vec<&Figures> = rows_in_period
                .iter()
                .copied()
                .filter(|f| f.channel == channel.id && f.satisfaction.is_some())
                .collect();
            let responses = surveyed.iter().filter_map(|f| f.satisfaction).try_fold(0u64, |total, r| {
                total.checked_add(r.counts().iter().try_fold(0u64, |t, c| t.checked_add(*c))?)
            })?;
            (!surveyed.is_empty())
                .then(|| (channel.name.clone(), responses, Indicators::of(&performance, &surveyed).satisfaction))
        })
        .collect();
    if rows.len() < 2 {
        return ().into_any();
    }
    let caption = t::satisfaction_caption(period.label(performance.year_start));
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=t::scrolls(&caption)>
            <table class="table">
                <caption class="table__caption">{caption.clone()}</caption>
                <thead><tr class="table__row">
                    <th scope="col" class="table__header">{t::channel()}</th>
                    <th scope="col" class="table__header table__header--numeric">{t::responses()}</th>
                    <th scope="col" class="table__header table__header--numeric">{t::satisfied()}</th>
                </tr></thead>
                <tbody>{rows.into_iter().map(|(name, responses, share)| view! {
                    <tr class="table__row">
                        <th scope="row" class="table__header">{name}</th>
                        <td class="table__cell table__cell--numeric">{format::count(responses)}</td>
                        <td class="table__cell table__cell--numeric">{format::share(share)}</td>
                    </tr>
                }).collect_view()}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// The hint and the error message of a field where a period is typed, with this year's examples.
pub struct PeriodHelp {
    pub hint: String,
    pub message: String,
}

impl PeriodHelp {
    pub fn new(year_start: YearStart) -> PeriodHelp {
        let example = Period::quarter_of(crate::web::now().date(), year_start);
        let quarter = example.financial_name(year_start).unwrap_or_default();
        let year =
            example.within(Length::Year, year_start).and_then(|y| y.financial_name(year_start)).unwrap_or_default();
        let months = example.label(year_start).split(" (").next().unwrap_or_default().to_string();
        PeriodHelp { hint: t::period_hint(&quarter, months, &year), message: t::period_message(&quarter, &year) }
    }
}

/// What a portfolio figure rests on: "Rests on all 14 services with figures" or "Rests on 12 of
/// 14 services with figures, 96.0% of transactions (the others lack a figure it needs)".
pub fn covered_text(covered: &Covered) -> String {
    if covered.value.is_none() {
        return t::none_gives(covered.with_figures);
    }
    if covered.is_whole() {
        return t::rests_on_all(covered.with_figures);
    }
    t::rests_on_part(covered.with_figures, covered.counted.len(), share_of_transactions(covered))
}

/// The same as a table's cell, without "Rests on": "All 14 services with figures".
pub fn covered_basis(covered: &Covered) -> String {
    if covered.value.is_none() {
        return t::none_gives(covered.with_figures);
    }
    if covered.is_whole() {
        return t::basis_all(covered.with_figures);
    }
    t::basis_part(covered.with_figures, covered.counted.len(), share_of_transactions(covered))
}

/// ", 96.0% of transactions", or nothing when the share is not known.
fn share_of_transactions(covered: &Covered) -> String {
    covered.share_of_volume.map(|share| t::share_of_transactions(format::share(Some(share)))).unwrap_or_default()
}

/// An indicator's value as the dashboard writes it.
pub fn value_text_of(indicator: Indicator, value: Option<f64>) -> String {
    match indicator {
        Indicator::Volume => format::optional_count(value.map(|v| v.round() as u64)),
        Indicator::CostPerTransaction => format::pounds(value),
        _ => format::share(value),
    }
}

/// The change in an indicator between two periods, as the dashboard writes it.
pub fn change_text(indicator: Indicator, now: Option<f64>, before: Option<f64>) -> String {
    match indicator {
        Indicator::Volume => format::change_in_count(now.map(|v| v.round() as u64), before.map(|v| v.round() as u64)),
        Indicator::CostPerTransaction => format::change_in_pounds(now, before),
        _ => format::change_in_share(now, before),
    }
}

/// The three trend charts, each with its data table, for one service or (`None`) the portfolio,
/// over the periods of one length (months, quarters or years).
#[component]
pub fn PerformanceCharts(performance: Performance, service: Option<String>, length: Length) -> impl IntoView {
    let year_start = performance.year_start;
    let periods: Vec<Period> = match &service {
        Some(id) => performance.periods_of(id),
        None => performance.periods(),
    }
    .into_iter()
    .filter(|p| p.length() == length)
    .collect();
    if periods.is_empty() {
        return ().into_any();
    }
    let who = match &service {
        Some(id) => performance.service(id).map_or(id.clone(), |s| s.name.clone()),
        None => t::all_services().to_string(),
    };
    let labels: Vec<String> = periods.iter().map(|p| p.short_label(year_start)).collect();
    let (take_up_values, counted): (Vec<Option<f64>>, Option<Column>) = match &service {
        Some(id) => (periods.iter().map(|p| Indicators::for_service(&performance, id, *p).take_up).collect(), None),
        None => {
            let covered: Vec<Covered> =
                periods.iter().map(|p| portfolio_indicator(&performance, *p, Indicator::TakeUp)).collect();
            (
                covered.iter().map(|c| c.value).collect(),
                Some(Column {
                    heading: t::services_counted().into(),
                    cells: covered.iter().map(|c| t::counted_of(c.counted.len(), c.with_figures)).collect(),
                }),
            )
        }
    };
    let mut take_up_series = vec![Series { name: t::take_up_series(&who), values: take_up_values }];
    // The take-up target set for the latest date, drawn as a level line against the trend.
    let target: Option<&crate::domain::performance::Target> = performance
        .targets
        .iter()
        .filter(|t| t.service == service && t.indicator == Indicator::TakeUp)
        .max_by_key(|t| t.by);
    if let Some(target) = target {
        take_up_series.push(Series {
            name: t::target_series(target.by.short_label(year_start)),
            values: vec![Some(target.value); periods.len()],
        });
    }
    let take_up = TrendChart { periods: labels.clone(), series: take_up_series, measure: Measure::Share };
    let target_note = target
        .map(|target| t::target_note(format::share(Some(target.value)), target.by.label(year_start)))
        .unwrap_or_default();
    // A series for each channel with any value, the value in each period worked out by `value`.
    let by_channel = |value: &dyn Fn(&str, Period) -> Option<f64>| -> Vec<Series> {
        performance
            .channels
            .iter()
            .map(|channel| Series {
                name: channel.name.clone(),
                values: periods.iter().map(|p| value(&channel.id, *p)).collect(),
            })
            .filter(|series| series.values.iter().any(Option::is_some))
            .collect()
    };
    let cost = TrendChart {
        periods: labels.clone(),
        series: by_channel(&|channel, period| {
            let rows: Vec<&Figures> = rows_for(&performance, service.as_deref(), period)
                .into_iter()
                .filter(|f| f.channel == channel && !f.not_offered)
                .collect();
            Indicators::of(&performance, &rows).cost_per_transaction
        }),
        measure: Measure::Pounds,
    };
    let volume = StackedChart {
        periods: labels,
        series: by_channel(&|channel, period| {
            channel_volume(&rows_for(&performance, service.as_deref(), period), channel).map(|v| v as f64)
        }),
    };
    // The whole is known only when every figure in it is: a sum of the known parts is not a total.
    let total = Column {
        heading: t::all_channels().into(),
        cells: periods
            .iter()
            .map(|p| {
                let volume = Indicators::of(&performance, &rows_for(&performance, service.as_deref(), *p)).volume;
                volume.map_or_else(|| t::total_not_known().to_string(), format::count)
            })
            .collect(),
    };
    let slug = service.clone().unwrap_or_else(|| t::all_services_slug().into());
    let span = t::span(periods[0].label(year_start), periods[periods.len() - 1].label(year_start));
    view! {
        <h2 class="heading-m">{t::take_up_heading()}</h2>
        <ChartCanvas chart=Chart::Trend(take_up.clone())
            label=t::take_up_chart(&who, &span, describe_line(&take_up.series[0], &take_up.periods, Measure::Share), target_note)
            file_name=t::take_up_file(&slug)/>
        <SeriesTable caption=t::take_up_caption(&who) periods=take_up.periods.clone() series=take_up.series.clone() measure=Measure::Share extra=counted/>

        <h2 class="heading-m">{t::cost_heading()}</h2>
        {if cost.series.is_empty() {
            view! { <p class="body">{t::no_costs()}</p> }.into_any()
        } else {
            view! {
                <ChartCanvas chart=Chart::Trend(cost.clone())
                    label=t::cost_chart(&who, &span, names(&cost.series))
                    file_name=t::cost_file(&slug)/>
                <SeriesTable caption=t::cost_caption(&who) periods=cost.periods.clone() series=cost.series.clone() measure=Measure::Pounds extra=None/>
            }.into_any()
        }}

        <h2 class="heading-m">{t::volume_heading()}</h2>
        {if volume.series.is_empty() {
            view! { <p class="body">{t::no_transactions()}</p> }.into_any()
        } else {
            let extra = (volume.series.len() > 1).then_some(total);
            view! {
                <ChartCanvas chart=Chart::Stacked(volume.clone())
                    label=t::volume_chart(&who, &span, names(&volume.series))
                    file_name=t::volume_file(&slug)/>
                <SeriesTable caption=t::volume_caption(&who) periods=volume.periods.clone() series=volume.series.clone() measure=Measure::Count extra=extra/>
            }.into_any()
        }}
    }
    .into_any()
}

/// A last column for a data table, with a cell for each period.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub heading: String,
    pub cells: Vec<String>,
}

fn names(series: &[Series]) -> String {
    series.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join(", ")
}

/// "From 58.0% in Q3 2025 to 70.0% in Q2 2026." — the first and last known values.
fn describe_line(series: &Series, periods: &[String], measure: Measure) -> String {
    let known: Vec<(usize, f64)> = series.values.iter().enumerate().filter_map(|(i, v)| v.map(|v| (i, v))).collect();
    match (known.first(), known.last()) {
        (Some(first), Some(last)) if first.0 != last.0 => t::from_to(
            value_text(Some(first.1), measure),
            &periods[first.0],
            value_text(Some(last.1), measure),
            &periods[last.0],
        ),
        (Some(only), _) => t::only_value(value_text(Some(only.1), measure), &periods[only.0]),
        _ => t::no_values().to_string(),
    }
}

fn value_text(value: Option<f64>, measure: Measure) -> String {
    match measure {
        Measure::Share => format::share(value),
        Measure::Pounds => format::pounds(value),
        Measure::Count => value.map_or(no_data().to_string(), |v| format::count(v.round() as u64)),
    }
}

/// A chart's data: a row for each period, a column for each series, and perhaps one more.
#[component]
pub fn SeriesTable(
    caption: String,
    periods: Vec<String>,
    series: Vec<Series>,
    measure: Measure,
    extra: Option<Column>,
) -> impl IntoView {
    let headings = series
        .iter()
        .map(|s| view! { <th scope="col" class="table__header table__header--numeric">{s.name.clone()}</th> })
        .collect_view();
    let rows = periods
        .iter()
        .enumerate()
        .map(|(index, period)| {
            let cells = series
                .iter()
                .map(|s| view! { <td class="table__cell table__cell--numeric">{value_text(s.values[index], measure)}</td> })
                .collect_view();
            let last = extra.as_ref().map(|column| {
                view! { <td class="table__cell table__cell--numeric">{column.cells[index].clone()}</td> }
            });
            view! { <tr class="table__row"><th scope="row" class="table__header">{period.clone()}</th>{cells}{last}</tr> }
        })
        .collect_view();
    let extra_heading = extra.as_ref().map(|column| {
        view! { <th scope="col" class="table__header table__header--numeric">{column.heading.clone()}</th> }
    });
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=t::scrolls(&caption)>
            <table class="table">
                <caption class="table__caption">{caption.clone()}</caption>
                <thead><tr class="table__row">
                    <th scope="col" class="table__header">{t::period()}</th>
                    {headings}
                    {extra_heading}
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// A service's details as typed into a form, kept until they are saved.
#[derive(Clone, Copy)]
pub struct ServiceDraft {
    pub name: RwSignal<String>,
    description: RwSignal<String>,
    owner: RwSignal<String>,
    category: RwSignal<String>,
}

impl ServiceDraft {
    /// Empty for a new service, or filled with an existing one's details.
    pub fn new(service: Option<&Service>) -> ServiceDraft {
        let text = |read: fn(&Service) -> String| RwSignal::new(service.map(read).unwrap_or_default());
        ServiceDraft {
            name: text(|s| s.name.clone()),
            description: text(|s| s.description.clone()),
            owner: text(|s| s.owner.clone()),
            category: text(|s| s.category.clone().unwrap_or_default()),
        }
    }

    /// Copies what was typed, trimmed, onto `service` (all but its id).
    pub fn fill(self, service: &mut Service) {
        let text = |signal: RwSignal<String>| signal.get_untracked().trim().to_string();
        service.name = text(self.name);
        service.description = text(self.description);
        service.owner = text(self.owner);
        service.category = Some(text(self.category)).filter(|c| !c.is_empty());
    }

    pub fn clear(self) {
        for signal in [self.name, self.description, self.owner, self.category] {
            signal.set(String::new());
        }
    }
}

/// The ids of a service form's four fields, so two forms can share a page.
pub struct ServiceFieldIds {
    pub name: &'static str,
    pub description: &'static str,
    pub owner: &'static str,
    pub category: &'static str,
}

/// The name (with its error) and the three optional details of a service.
#[component]
pub fn ServiceFields(ids: ServiceFieldIds, draft: ServiceDraft, error: RwSignal<Option<String>>) -> impl IntoView {
    let none = Signal::derive(|| None);
    view! {
        <TextField id=ids.name label=t::name_label() hint=t::name_hint()
            value=draft.name error=error.into()/>
        <TextField id=ids.description label=t::description_label() hint=t::description_hint()
            value=draft.description error=none/>
        <TextField id=ids.owner label=t::owner_label() hint=t::owner_hint()
            value=draft.owner error=none/>
        <TextField id=ids.category label=t::category_label() hint=t::category_hint()
            value=draft.category error=none/>
    }
}
