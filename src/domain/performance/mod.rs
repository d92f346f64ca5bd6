//! Service performance: a register of services, and for each service, period and channel the
//! transactions completed, what they cost, how satisfied people were and (for digital channels)
//! how many transactions were started. From these come the four indicators GOV.UK uses for
//! services, channel shift between periods and the saving it brings.
//!
//! Missing data stays missing: every figure is an `Option`, a blank is never read as zero, and an
//! indicator whose inputs are incomplete, or whose divisor is zero, is `None` rather than a number.

pub mod computed;
pub mod entry;
pub mod file;
pub mod format;
pub mod indicators;
pub mod period;
pub mod portfolio;
pub mod rollup;
pub mod sample;
pub mod sheet;
pub mod shift;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

pub use period::{Length, Period, YearStart};
pub use portfolio::{Indicator, Target};

use super::framework::is_valid_id;
use super::problem::Problem;
use crate::i18n::t::performance_data as t;

/// A service the council runs, such as "Report a missed bin".
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// Lower case letters, digits and hyphens; used in links and in the file.
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// The team or person responsible.
    #[serde(default)]
    pub owner: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
}

/// A way people use a service: online, phone and so on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    pub id: String,
    pub name: String,
    /// Whether transactions on this channel count as digital for take-up and completion rate.
    pub digital: bool,
    /// An assumption, not a measurement: what one transaction on this channel is taken to cost,
    /// in pounds, when the saving from channel shift cannot be worked out on the council's own
    /// costs. `None` until the person gives one, so a new channel never counts as free.
    #[serde(default)]
    pub assumed_unit_cost: Option<f64>,
}

/// What transactions on one channel cost in a period: a total, or a cost for each transaction.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Cost {
    Total(f64),
    PerTransaction(f64),
}

/// An answer on the five-point satisfaction scale, from 0 (very dissatisfied) to 4 (very
/// satisfied), in the page's language.
pub fn satisfaction_label(point: usize) -> &'static str {
    [t::very_dissatisfied, t::dissatisfied, t::neither, t::satisfied, t::very_satisfied][point.min(4)]()
}

/// An answer on the three-point satisfaction scale some surveys use, from 0 (dissatisfied): the
/// middle three of the five.
pub fn three_point_label(point: usize) -> &'static str {
    satisfaction_label(point.min(2) + 1)
}

/// How many people gave each answer to a satisfaction survey, on the five-point scale or the
/// three-point one; a file holds the counts as a list of five or of three.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Responses {
    Five([u64; 5]),
    Three([u64; 3]),
}

impl<'de> Deserialize<'de> for Responses {
    /// Any other number of counts is refused in words a person can act on.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Responses, D::Error> {
        let counts = Vec::<u64>::deserialize(deserializer)?;
        match counts.as_slice() {
            [a, b, c, d, e] => Ok(Responses::Five([*a, *b, *c, *d, *e])),
            [a, b, c] => Ok(Responses::Three([*a, *b, *c])),
            other => Err(serde::de::Error::custom(t::wrong_number_of_counts(other.len()))),
        }
    }
}

impl Responses {
    /// Every answer's count, from the least satisfied.
    pub fn counts(&self) -> &[u64] {
        match self {
            Responses::Five(counts) => counts,
            Responses::Three(counts) => counts,
        }
    }

    /// The counts of the satisfied answers (satisfied and very satisfied; or satisfied).
    pub fn satisfied(&self) -> &[u64] {
        match self {
            Responses::Five(counts) => &counts[3..],
            Responses::Three(counts) => &counts[2..],
        }
    }
}

/// The figures for one service, in one period, on one channel. Each is `None` when not known.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figures {
    pub service: String,
    pub period: Period,
    pub channel: String,
    /// Transactions completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<Cost>,
    /// Transactions started; only digital channels record this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started: Option<u64>,
    /// Survey responses, on the five-point or the three-point scale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub satisfaction: Option<Responses>,
    /// The channel was not offered for this service in this period, so it had no transactions.
    /// Only this mark makes a channel's count zero: a channel with no figures is unknown.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub not_offered: bool,
}

impl Figures {
    pub fn empty(service: &str, period: Period, channel: &str) -> Figures {
        Figures {
            service: service.into(),
            period,
            channel: channel.into(),
            completed: None,
            cost: None,
            started: None,
            satisfaction: None,
            not_offered: false,
        }
    }

    pub fn is_empty(&self) -> bool {
        !self.not_offered
            && self.completed.is_none()
            && self.cost.is_none()
            && self.started.is_none()
            && self.satisfaction.is_none()
    }

    /// Transactions completed: as given, 0 on a channel marked not offered, `None` when blank.
    pub fn transactions(&self) -> Option<u64> {
        if self.not_offered { Some(0) } else { self.completed }
    }

    /// The total cost: as given, or the cost per transaction times the transactions completed;
    /// nothing on a channel marked not offered.
    pub fn total_cost(&self) -> Option<f64> {
        if self.not_offered {
            return Some(0.0);
        }
        match self.cost? {
            Cost::Total(total) => Some(total),
            Cost::PerTransaction(unit) => Some(unit * self.completed? as f64),
        }
    }

    /// Whether these are the figures for the same service, period and channel as `other`.
    pub fn same_slot(&self, other: &Figures) -> bool {
        self.service == other.service && self.period == other.period && self.channel == other.channel
    }
}

/// Everything the service performance dashboard knows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Performance {
    #[serde(default)]
    pub services: Vec<Service>,
    #[serde(default = "default_channels")]
    pub channels: Vec<Channel>,
    #[serde(default)]
    pub figures: Vec<Figures>,
    /// Set on the sample data set, so every page can say that its figures are made up.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub illustrative: bool,
    /// The month the financial year starts in, which names quarters and years.
    #[serde(default)]
    pub year_start: YearStart,
    /// The council (or other body) the figures are for, as its board report's cover names it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organisation: String,
    /// What the council aims for, by indicator, for the portfolio and for services.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<Target>,
}

impl Default for Performance {
    fn default() -> Performance {
        Performance {
            services: Vec::new(),
            channels: default_channels(),
            figures: Vec::new(),
            illustrative: false,
            year_start: YearStart::default(),
            organisation: String::new(),
            targets: Vec::new(),
        }
    }
}

/// The five channels every council has, with starting unit-cost assumptions.
///
/// The costs are round starting figures, not measurements: they let the saving from channel shift
/// be worked out before a council has costed its own channels, and they keep the usual order
/// (face to face dearest, online cheapest). Each council should replace them with its own.
///
/// The names are in the page's language when the channels are made (the first time the data is
/// read, with the pages' words already fetched); from then on they are the council's data.
pub fn default_channels() -> Vec<Channel> {
    let channel = |id: &str, name: &str, digital: bool, cost: f64| Channel {
        id: id.into(),
        name: name.into(),
        digital,
        assumed_unit_cost: Some(cost),
    };
    vec![
        channel("online", t::online(), true, 0.5),
        channel("phone", t::phone(), false, 3.0),
        channel("face-to-face", t::face_to_face(), false, 9.0),
        channel("post-email", t::post_or_email(), false, 5.0),
        channel("other", t::other(), false, 5.0),
    ]
}

impl Performance {
    pub fn is_empty(&self) -> bool {
        self.services.is_empty() && self.figures.is_empty()
    }

    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }

    pub fn channel(&self, id: &str) -> Option<&Channel> {
        self.channels.iter().find(|c| c.id == id)
    }

    /// The figures for one service and period, in channel order.
    pub fn figures_for(&self, service: &str, period: Period) -> Vec<&Figures> {
        self.channels
            .iter()
            .filter_map(|channel| {
                self.figures.iter().find(|f| f.service == service && f.period == period && f.channel == channel.id)
            })
            .collect()
    }

    /// Every service's figures in `period`, each in channel order, in one pass over the figures:
    /// portfolio figures look at every service, and asking `figures_for` of each would read the
    /// figures once per service and channel.
    pub fn figures_by_service(&self, period: Period) -> HashMap<&str, Vec<&Figures>> {
        let mut by_service: HashMap<&str, Vec<&Figures>> = HashMap::new();
        for figures in self.figures.iter().filter(|f| f.period == period) {
            by_service.entry(figures.service.as_str()).or_default().push(figures);
        }
        let order = |figures: &&Figures| self.channels.iter().position(|c| c.id == figures.channel);
        for rows in by_service.values_mut() {
            rows.retain(|f| order(f).is_some());
            rows.sort_by_key(order);
        }
        by_service
    }

    /// Every period with any figures, oldest first.
    pub fn periods(&self) -> Vec<Period> {
        let mut periods: Vec<Period> = self.figures.iter().map(|f| f.period).collect();
        periods.sort();
        periods.dedup();
        periods
    }

    /// The periods with figures for one service, oldest first.
    pub fn periods_of(&self, service: &str) -> Vec<Period> {
        let mut periods: Vec<Period> = self.figures.iter().filter(|f| f.service == service).map(|f| f.period).collect();
        periods.sort();
        periods.dedup();
        periods
    }

    /// Puts the figures for one service and period in place of what was there; empty ones are dropped.
    pub fn set_figures(&mut self, service: &str, period: Period, figures: Vec<Figures>) {
        self.figures.retain(|f| !(f.service == service && f.period == period));
        self.figures.extend(figures.into_iter().filter(|f| !f.is_empty()));
    }

    /// How many of `incoming` would replace different figures already held for the same slot.
    pub fn clashes(&self, incoming: &[Figures]) -> usize {
        incoming.iter().filter(|new| self.figures.iter().any(|old| old.same_slot(new) && old != *new)).count()
    }

    /// Adds imported figures, replacing any held for the same service, period and channel.
    pub fn merge(&mut self, incoming: Vec<Figures>) {
        for new in incoming {
            self.figures.retain(|old| !old.same_slot(&new));
            self.figures.push(new);
        }
    }

    /// An id for a new service named `name`, unlike any already used.
    pub fn new_service_id(&self, name: &str) -> String {
        let mut base: String = name
            .to_lowercase()
            .chars()
            .map(|c| if c.is_ascii_lowercase() || c.is_ascii_digit() { c } else { '-' })
            .collect::<String>()
            .split('-')
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        base.truncate(40);
        let base = base.trim_end_matches('-').to_string();
        let base = if base.is_empty() { "service".to_string() } else { base };
        let mut id = base.clone();
        let mut number = 2;
        while self.service(&id).is_some() {
            id = format!("{base}-{number}");
            number += 1;
        }
        id
    }

    /// Why `name` cannot be given to a service (the one with id `except`, when it is being
    /// renamed): it is empty, or another service has it already.
    pub fn name_problem(&self, name: &str, except: Option<&str>) -> Option<String> {
        if name.trim().is_empty() {
            return Some(t::enter_service_name().into());
        }
        self.services
            .iter()
            .any(|s| Some(s.id.as_str()) != except && same_name(&s.name, name))
            .then(|| t::service_exists(name.trim()))
    }

    /// Everything wrong with the data, each at its path, so a file can be fixed in one go.
    pub fn problems(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        for (index, service) in self.services.iter().enumerate() {
            let path = format!("services[{index}]");
            if !is_valid_id(&service.id) {
                problems.push(Problem::at(format!("{path}.id"), t::id_form()));
            }
            if service.name.trim().is_empty() {
                problems.push(Problem::at(format!("{path}.name"), t::enter_service_name_file()));
            }
            if self.services[..index].iter().any(|s| s.id == service.id) {
                problems.push(Problem::at(format!("{path}.id"), t::id_used_twice(&service.id)));
            }
            if self.services[..index].iter().any(|s| same_name(&s.name, &service.name)) {
                problems.push(Problem::at(format!("{path}.name"), t::service_exists_file(service.name.trim())));
            }
        }
        if self.channels.is_empty() {
            problems.push(Problem::at("channels", t::no_channels()));
        }
        for (index, target) in self.targets.iter().enumerate() {
            let path = format!("targets[{index}]");
            if let Some(id) = &target.service
                && self.service(id).is_none()
            {
                problems.push(Problem::at(format!("{path}.service"), t::not_a_service(id)));
            }
            if !(target.value.is_finite() && (0.0..=target.indicator.largest()).contains(&target.value)) {
                problems.push(Problem::at(format!("{path}.value"), target_range(target.indicator)));
            }
            if self.targets[..index]
                .iter()
                .any(|t| t.service == target.service && t.indicator == target.indicator && t.by == target.by)
            {
                problems.push(Problem::at(path, t::target_twice()));
            }
        }
        if self.organisation.chars().count() > 200 {
            problems.push(Problem::at("organisation", t::organisation_too_long()));
        }
        if !self.year_start.is_valid() {
            problems.push(Problem::at("year_start", t::year_start_range()));
        }
        for (index, channel) in self.channels.iter().enumerate() {
            let path = format!("channels[{index}]");
            if !is_valid_id(&channel.id) {
                problems.push(Problem::at(format!("{path}.id"), t::id_form()));
            }
            if channel.name.trim().is_empty() {
                problems.push(Problem::at(format!("{path}.name"), t::enter_channel_name()));
            }
            if self.channels[..index].iter().any(|c| c.id == channel.id || same_name(&c.name, &channel.name)) {
                problems.push(Problem::at(path.clone(), t::channel_twice(&channel.name)));
            }
            if channel
                .assumed_unit_cost
                .is_some_and(|cost| !(cost.is_finite() && (0.0..=entry::MAX_POUNDS).contains(&cost)))
            {
                problems.push(Problem::at(format!("{path}.assumed_unit_cost"), t::unit_cost_range()));
            }
        }
        for (index, figures) in self.figures.iter().enumerate() {
            let path = format!("figures[{index}]");
            if self.service(&figures.service).is_none() {
                problems.push(Problem::at(format!("{path}.service"), t::not_a_service(&figures.service)));
            }
            match self.channel(&figures.channel) {
                None => problems.push(Problem::at(format!("{path}.channel"), t::not_a_channel(&figures.channel))),
                Some(channel) => problems.extend(
                    figure_problems(figures, channel)
                        .into_iter()
                        .map(|(field, message)| Problem::at(format!("{path}.{}", field.json_name()), message)),
                ),
            }
            if self.figures[..index].iter().any(|f| f.same_slot(figures)) {
                problems.push(Problem::at(
                    path,
                    t::figures_twice(&figures.service, figures.period.label(self.year_start), &figures.channel),
                ));
            }
        }
        problems
    }
}

/// A figure that can be wrong, so that a message can point at the field or cell it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Completed,
    Cost,
    Started,
    Satisfaction,
}

impl Field {
    fn json_name(self) -> &'static str {
        match self {
            Field::Completed => "completed",
            Field::Cost => "cost",
            Field::Started => "started",
            Field::Satisfaction => "satisfaction",
        }
    }
}

/// What is wrong with one channel's figures, whoever typed them.
pub fn figure_problems(figures: &Figures, channel: &Channel) -> Vec<(Field, String)> {
    let mut problems = Vec::new();
    if figures.not_offered && !(Figures { not_offered: false, ..figures.clone() }).is_empty() {
        problems.push((Field::Completed, t::not_offered_with_figures(&channel.name)));
        return problems;
    }
    match figures.cost {
        // Negative zero included: a file written by hand could hold it, and it would show as "£-0.00".
        Some(Cost::Total(value) | Cost::PerTransaction(value)) if !(value.is_finite() && value.is_sign_positive()) => {
            problems.push((Field::Cost, t::negative_cost().to_string()));
        }
        Some(Cost::Total(value) | Cost::PerTransaction(value)) if value > entry::MAX_POUNDS => {
            problems.push((Field::Cost, entry::too_costly(t::the_cost())));
        }
        _ => {}
    }
    let counts = [(Field::Completed, figures.completed), (Field::Started, figures.started)].into_iter().chain(
        figures.satisfaction.iter().flat_map(Responses::counts).map(|count| (Field::Satisfaction, Some(*count))),
    );
    if let Some((field, _)) = counts.into_iter().find(|(_, count)| count.is_some_and(|c| c > entry::MAX_COUNT)) {
        let what = match field {
            Field::Completed => t::number_completed(),
            Field::Started => t::number_started(),
            _ => t::a_satisfaction_count(),
        };
        // The checks below add counts up: they would not mean anything.
        problems.push((field, entry::too_many(what)));
        return problems;
    }
    match (channel.digital, figures.started, figures.completed) {
        (false, Some(_), _) => problems.push((Field::Started, t::started_not_digital(channel.name.to_lowercase()))),
        (true, Some(started), Some(completed)) if completed > started => {
            problems.push((Field::Completed, t::completed_above_started(&channel.name, completed, started)))
        }
        _ => {}
    }
    if figures.satisfaction.is_some_and(|responses| responses.counts().iter().sum::<u64>() == 0) {
        problems.push((Field::Satisfaction, t::no_responses().to_string()));
    }
    problems
}

/// What a target for `indicator` may be, as a message.
pub fn target_range(indicator: Indicator) -> String {
    match indicator {
        Indicator::Volume => t::target_volume_range().into(),
        Indicator::CostPerTransaction => t::target_cost_range().into(),
        _ => t::target_share_range().into(),
    }
}

fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}
