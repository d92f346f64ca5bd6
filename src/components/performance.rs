//! Pieces the service performance pages share: the sample-data banner, the indicators as a
//! summary list, the trend charts with their data tables, and the CSV upload field.

use leptos::prelude::*;

use crate::charts::performance::{Measure, Series, StackedChart, TrendChart};
use crate::components::chart_canvas::{Chart, ChartCanvas};
use crate::components::text_field::TextField;
use crate::domain::performance::format::{self, NO_DATA};
use crate::domain::performance::indicators::{Indicators, channel_cost_per_transaction, channel_volume};
use crate::domain::performance::shift::{ChannelShift, NotComparable, PortfolioShift, portfolio_shift, service_shift};
use crate::domain::performance::{Figures, Performance, Period, Service};
use crate::routes::Route;
use crate::state::AppState;

/// Says, on every page that shows it, that the sample data is made up.
#[component]
pub fn IllustrativeBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <Show when=move || state.performance().with(|p| p.illustrative)>
            <div class="notification notification--warning" role="region" aria-labelledby="illustrative-title">
                <h2 class="notification__title" id="illustrative-title">"Illustrative sample data"</h2>
                <p class="body">"These services and figures are made up, to show how the dashboard works. They are not any council’s real figures. "
                    <a href=Route::Services.href()>"Replace them with your own"</a>" when you are ready."</p>
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
#[component]
pub fn IndicatorSummary(performance: Performance, service: Option<String>, period: Period) -> impl IntoView {
    let now = Indicators::of(&performance, &rows_for(&performance, service.as_deref(), period));
    let before = Indicators::of(&performance, &rows_for(&performance, service.as_deref(), period.previous()));
    let (shift, basis) = match service.as_deref() {
        Some(id) => match service_shift(&performance, id, period) {
            Ok(shift) => (Some(shift), None),
            Err(why) => (None, Some(format!("{}.", capitalised(&why_not_compared(&performance, &why, period))))),
        },
        None => {
            let portfolio = portfolio_shift(&performance, period);
            (portfolio.shift, Some(coverage(&performance, &portfolio, period)))
        }
    };
    let previous = period.previous().label();
    let rows = [
        (
            "Transactions completed",
            format::optional_count(now.volume),
            format::change_in_count(now.volume, before.volume),
        ),
        (
            "Cost per transaction",
            format::pounds(now.cost_per_transaction),
            format::change_in_pounds(now.cost_per_transaction, before.cost_per_transaction),
        ),
        (
            "User satisfaction",
            format::share(now.satisfaction),
            format::change_in_share(now.satisfaction, before.satisfaction),
        ),
        (
            "Completion rate",
            format::share(now.completion_rate),
            format::change_in_share(now.completion_rate, before.completion_rate),
        ),
        ("Digital take-up", format::share(now.take_up), format::change_in_share(now.take_up, before.take_up)),
    ];
    view! {
        <dl class="summary-list indicator-list">
            {rows.into_iter().map(|(key, value, change)| view! {
                <div class="summary-list__row">
                    <dt class="summary-list__key">{key}</dt>
                    <dd class="summary-list__value">
                        <span class="indicator-list__value">{value}</span>
                        <span class="indicator-list__change">{format!("Since {previous}: {change}")}</span>
                    </dd>
                </div>
            }).collect_view()}
        </dl>
        <ShiftSummary shift=shift basis=basis previous=previous/>
    }
}

/// Why one service's figures in `period` and the period before cannot be compared, as a clause.
fn why_not_compared(performance: &Performance, why: &NotComparable, period: Period) -> String {
    let previous = period.previous().label();
    let channels = |ids: &[String]| {
        ids.iter()
            .map(|id| performance.channel(id).map_or(id.clone(), |c| c.name.clone()))
            .collect::<Vec<_>>()
            .join(" or ")
    };
    match why {
        NotComparable::Added => format!("no figures in {previous}"),
        NotComparable::Dropped => format!("no figures in {}", period.label()),
        NotComparable::ChannelsDiffer { only_before, only_now } if only_before.is_empty() => {
            format!("no {} figures in {previous}", channels(only_now))
        }
        NotComparable::ChannelsDiffer { only_before, .. } => {
            format!("no {} figures in {}", channels(only_before), period.label())
        }
        NotComparable::TakeUpUnknown => "a blank count of transactions".to_string(),
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// What the portfolio's channel shift rests on: how many services and what share of transactions,
/// and each service left out with the reason.
fn coverage(performance: &Performance, portfolio: &PortfolioShift, period: Period) -> String {
    let with_figures = portfolio.compared.len() + portfolio.left_out.len();
    let share = portfolio
        .share_of_volume
        .map(|share| format!(", {} of transactions in {}", format::share(Some(share)), period.label()));
    let mut text = format!(
        "Like for like: {} of {with_figures} services with figures{}.",
        portfolio.compared.len(),
        share.unwrap_or_default()
    );
    if !portfolio.left_out.is_empty() {
        let named: Vec<String> = portfolio
            .left_out
            .iter()
            .map(|(id, why)| {
                let name = performance.service(id).map_or(id.as_str(), |s| s.name.as_str());
                format!("{name} ({})", why_not_compared(performance, why, period))
            })
            .collect();
        text.push_str(&format!(" Left out, so neither counted as channel shift nor against it: {}.", named.join("; ")));
    }
    text
}

/// Channel shift in words: the change in take-up, the transactions it moved and the saving, with
/// what it rests on (`basis`).
#[component]
fn ShiftSummary(shift: Option<ChannelShift>, basis: Option<String>, previous: String) -> impl IntoView {
    let Some(shift) = shift else {
        return view! {
            <div class="inset shift-summary">
                <h3 class="heading-s">{format!("Channel shift since {previous}")}</h3>
                <p class="body">"Not known: no figures for the same channels in both periods, with every count filled in."</p>
                {basis.map(|basis| view! { <p class="body">{basis}</p> })}
            </div>
        }
        .into_any();
    };
    let moved = shift.transactions_moved();
    let moved_text = if moved >= 0.0 {
        format!("about {} transactions moved to digital channels", format::count(moved.round() as u64))
    } else {
        format!("about {} transactions moved away from digital channels", format::count((-moved).round() as u64))
    };
    let saving = match shift.saving() {
        Some(saving) if saving >= 0.0 => format!("an estimated saving of {}", format::pounds(Some(saving))),
        Some(cost) => format!("an estimated extra cost of {}", format::pounds(Some(-cost))),
        None => "a saving that cannot be estimated without both digital and offline channels".to_string(),
    };
    view! {
        <div class="inset shift-summary">
            <h3 class="heading-s">{format!("Channel shift since {previous}")}</h3>
            <p class="body">{format!(
                "Digital take-up went from {} to {} ({}): {moved_text}, {saving}.",
                format::share(Some(shift.take_up_before)),
                format::share(Some(shift.take_up_now)),
                format::change_in_share(Some(shift.take_up_now), Some(shift.take_up_before)),
            )}</p>
            {basis.map(|basis| view! { <p class="body">{basis}</p> })}
            <p class="body hint">{format!(
                "The saving uses assumed unit costs: {} for an offline transaction and {} for a digital one. ",
                format::pounds(shift.offline_unit_cost), format::pounds(shift.digital_unit_cost)
            )}<a href=Route::PerformanceChannels.href()>"Check or change the assumptions"</a></p>
        </div>
    }
    .into_any()
}

/// The three trend charts, each with its data table, for one service or (`None`) the portfolio.
#[component]
pub fn PerformanceCharts(service: Option<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let performance = state.performance().get();
        let periods = match &service {
            Some(id) => performance.periods_of(id),
            None => performance.periods(),
        };
        if periods.is_empty() {
            return ().into_any();
        }
        let who = match &service {
            Some(id) => performance.service(id).map_or(id.clone(), |s| s.name.clone()),
            None => "all services".to_string(),
        };
        let labels: Vec<String> = periods.iter().map(|p| p.short_label()).collect();
        let take_up = TrendChart {
            periods: labels.clone(),
            series: vec![Series {
                name: format!("Digital take-up, {who}"),
                values: periods
                    .iter()
                    .map(|p| Indicators::of(&performance, &rows_for(&performance, service.as_deref(), *p)).take_up)
                    .collect(),
            }],
            measure: Measure::Share,
        };
        let cost = TrendChart {
            periods: labels.clone(),
            series: performance
                .channels
                .iter()
                .map(|channel| Series {
                    name: channel.name.clone(),
                    values: periods
                        .iter()
                        .map(|p| match &service {
                            Some(id) => channel_cost_per_transaction(&performance, id, *p, &channel.id),
                            None => {
                                let rows: Vec<&Figures> = rows_for(&performance, None, *p)
                                    .into_iter()
                                    .filter(|f| f.channel == channel.id)
                                    .collect();
                                Indicators::of(&performance, &rows).cost_per_transaction
                            }
                        })
                        .collect(),
                })
                .filter(|series| series.values.iter().any(Option::is_some))
                .collect(),
            measure: Measure::Pounds,
        };
        let volume = StackedChart {
            periods: labels,
            series: performance
                .channels
                .iter()
                .map(|channel| Series {
                    name: channel.name.clone(),
                    values: periods
                        .iter()
                        .map(|p| {
                            channel_volume(&rows_for(&performance, service.as_deref(), *p), &channel.id)
                                .map(|v| v as f64)
                        })
                        .collect(),
                })
                .filter(|series| series.values.iter().any(Option::is_some))
                .collect(),
        };
        let slug = service.clone().unwrap_or_else(|| "all-services".into());
        let span = format!("{} to {}", periods[0].label(), periods[periods.len() - 1].label());
        view! {
            <h2 class="heading-m">"Digital take-up over time"</h2>
            <ChartCanvas chart=Chart::Trend(take_up.clone())
                label=format!("Line chart of digital take-up for {who}, {span}. {} The table below gives every value.", describe_line(&take_up.series[0], &take_up.periods, Measure::Share))
                file_name=format!("almanac-take-up-{slug}.png")/>
            <SeriesTable caption=format!("Digital take-up for {who}") periods=take_up.periods.clone() series=take_up.series.clone() measure=Measure::Share/>

            <h2 class="heading-m">"Cost per transaction by channel"</h2>
            {if cost.series.is_empty() {
                view! { <p class="body">"No costs have been entered yet."</p> }.into_any()
            } else {
                view! {
                    <ChartCanvas chart=Chart::Trend(cost.clone())
                        label=format!("Line chart of cost per transaction on each channel for {who}, {span}, one line for each of {}. The table below gives every value.", names(&cost.series))
                        file_name=format!("almanac-cost-per-transaction-{slug}.png")/>
                    <SeriesTable caption=format!("Cost per transaction by channel for {who}") periods=cost.periods.clone() series=cost.series.clone() measure=Measure::Pounds/>
                }.into_any()
            }}

            <h2 class="heading-m">"Transactions by channel"</h2>
            {if volume.series.is_empty() {
                view! { <p class="body">"No transactions have been entered yet."</p> }.into_any()
            } else {
                view! {
                    <ChartCanvas chart=Chart::Stacked(volume.clone())
                        label=format!("Stacked bar chart of transactions completed for {who}, {span}, with a layer for each of {}. The table below gives every value.", names(&volume.series))
                        file_name=format!("almanac-transactions-by-channel-{slug}.png")/>
                    <SeriesTable caption=format!("Transactions completed by channel for {who}") periods=volume.periods.clone() series=volume.series.clone() measure=Measure::Count/>
                }.into_any()
            }}
        }
        .into_any()
    }
}

fn names(series: &[Series]) -> String {
    series.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join(", ")
}

/// "From 58.0% in Q3 2025 to 70.0% in Q2 2026." — the first and last known values.
fn describe_line(series: &Series, periods: &[String], measure: Measure) -> String {
    let known: Vec<(usize, f64)> = series.values.iter().enumerate().filter_map(|(i, v)| v.map(|v| (i, v))).collect();
    match (known.first(), known.last()) {
        (Some(first), Some(last)) if first.0 != last.0 => format!(
            "From {} in {} to {} in {}.",
            value_text(Some(first.1), measure),
            periods[first.0],
            value_text(Some(last.1), measure),
            periods[last.0]
        ),
        (Some(only), _) => format!("{} in {}.", value_text(Some(only.1), measure), periods[only.0]),
        _ => "No values are known yet.".to_string(),
    }
}

fn value_text(value: Option<f64>, measure: Measure) -> String {
    match measure {
        Measure::Share => format::share(value),
        Measure::Pounds => format::pounds(value),
        Measure::Count => value.map_or(NO_DATA.to_string(), |v| format::count(v.round() as u64)),
    }
}

/// A chart's data: a row for each period and a column for each series.
#[component]
pub fn SeriesTable(caption: String, periods: Vec<String>, series: Vec<Series>, measure: Measure) -> impl IntoView {
    let headings = series
        .iter()
        .map(|s| view! { <th scope="col" class="table__header table__header--numeric">{s.name.clone()}</th> })
        .collect_view();
    let total = matches!(measure, Measure::Count) && series.len() > 1;
    let rows = periods
        .iter()
        .enumerate()
        .map(|(index, period)| {
            let cells = series
                .iter()
                .map(|s| view! { <td class="table__cell table__cell--numeric">{value_text(s.values[index], measure)}</td> })
                .collect_view();
            let sum = total.then(|| {
                let values: Vec<Option<f64>> = series.iter().map(|s| s.values[index]).collect();
                let known: f64 = values.iter().flatten().sum();
                let all = values.iter().any(Option::is_some).then_some(known);
                view! { <td class="table__cell table__cell--numeric">{value_text(all, measure)}</td> }
            });
            view! { <tr class="table__row"><th scope="row" class="table__header">{period.clone()}</th>{cells}{sum}</tr> }
        })
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=format!("{caption} (scrolls sideways)")>
            <table class="table">
                <caption class="table__caption">{caption.clone()}</caption>
                <thead><tr class="table__row">
                    <th scope="col" class="table__header">"Period"</th>
                    {headings}
                    {total.then(|| view! { <th scope="col" class="table__header table__header--numeric">"All channels"</th> })}
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
        <TextField id=ids.name label="Service name" hint="What people call it, such as “Report a missed bin”."
            value=draft.name error=error.into()/>
        <TextField id=ids.description label="Description (optional)" hint="A sentence on what the service does."
            value=draft.description error=none/>
        <TextField id=ids.owner label="Owner (optional)" hint="The team or person responsible, such as “Waste services”."
            value=draft.owner error=none/>
        <TextField id=ids.category label="Category (optional)" hint="A group to sort services by, such as “Environment”."
            value=draft.category error=none/>
    }
}
