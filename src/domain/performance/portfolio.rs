//! The portfolio's indicators, each with what it rests on. One service with a blank cost does not
//! blank the portfolio's cost per transaction: that figure is worked out over the services whose
//! costs are known, and says how many that is and what share of transactions they handle. The
//! change since the period before is like for like, over the services counted in both.

use std::collections::HashMap;

use super::indicators::Indicators;
use super::shift::portfolio_shift;
use super::{Figures, Performance, Period};
use crate::i18n::t::performance_portfolio as t;

/// One of the figures the dashboard reports for every service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Indicator {
    Volume,
    CostPerTransaction,
    Satisfaction,
    CompletionRate,
    TakeUp,
}

impl Indicator {
    pub const ALL: [Indicator; 5] = [
        Indicator::Volume,
        Indicator::CostPerTransaction,
        Indicator::Satisfaction,
        Indicator::CompletionRate,
        Indicator::TakeUp,
    ];

    /// The indicator's name in the page's language.
    pub fn name(self) -> &'static str {
        match self {
            Indicator::Volume => t::volume(),
            Indicator::CostPerTransaction => t::cost_per_transaction(),
            Indicator::Satisfaction => t::satisfaction(),
            Indicator::CompletionRate => t::completion_rate(),
            Indicator::TakeUp => t::take_up(),
        }
    }

    /// This indicator's value among `indicators`; a volume as a number of transactions.
    pub fn of(self, indicators: &Indicators) -> Option<f64> {
        match self {
            Indicator::Volume => indicators.volume.map(|volume| volume as f64),
            Indicator::CostPerTransaction => indicators.cost_per_transaction,
            Indicator::Satisfaction => indicators.satisfaction,
            Indicator::CompletionRate => indicators.completion_rate,
            Indicator::TakeUp => indicators.take_up,
        }
    }
}

/// A portfolio figure and what it rests on.
#[derive(Debug, Clone, PartialEq)]
pub struct Covered {
    /// Over the services counted; `None` when no service's figures give it.
    pub value: Option<f64>,
    /// The services (ids) whose figures give this indicator, in register order.
    pub counted: Vec<String>,
    /// How many services have any figures in the period.
    pub with_figures: usize,
    /// The counted services' share of the transactions recorded in the period, where known.
    pub share_of_volume: Option<f64>,
    /// Like for like: the value in the period before and in this one, over the services counted
    /// in both (for take-up, the services whose channel shift compares), and how many they are.
    pub change: Option<Change>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Change {
    pub before: f64,
    pub now: f64,
    pub services: usize,
}

impl Covered {
    /// Whether every service with figures is counted.
    pub fn is_whole(&self) -> bool {
        self.counted.len() == self.with_figures
    }
}

/// One service's figures from figures grouped by service; none when it has none.
fn rows_of<'a>(rows: &HashMap<&str, Vec<&'a Figures>>, id: &str) -> Vec<&'a Figures> {
    rows.get(id).cloned().unwrap_or_default()
}

/// An indicator for every service together in `period`, over the services whose figures give it.
pub fn portfolio_indicator(performance: &Performance, period: Period, indicator: Indicator) -> Covered {
    let (now, before) = (performance.figures_by_service(period), performance.figures_by_service(period.previous()));
    // The services (in register order) whose own figures give this indicator.
    let counted_in = |rows: &HashMap<&str, Vec<&Figures>>, indicator: Indicator| -> Vec<String> {
        performance
            .services
            .iter()
            .filter(|s| indicator.of(&Indicators::of(performance, &rows_of(rows, &s.id))).is_some())
            .map(|s| s.id.clone())
            .collect()
    };
    let value_over = |ids: &[String], rows: &HashMap<&str, Vec<&Figures>>| -> Option<f64> {
        let rows: Vec<&Figures> = ids.iter().flat_map(|id| rows_of(rows, id)).collect();
        if rows.is_empty() { None } else { indicator.of(&Indicators::of(performance, &rows)) }
    };
    let counted = counted_in(&now, indicator);
    let with_figures = performance.services.iter().filter(|s| now.contains_key(s.id.as_str())).count();
    let volume_of = |ids: &[String]| -> u64 {
        ids.iter().filter_map(|id| Indicators::of(performance, &rows_of(&now, id)).volume).sum()
    };
    let share_of_volume = match (volume_of(&counted_in(&now, Indicator::Volume)), volume_of(&counted)) {
        (0, _) => None,
        (all, part) => Some(part as f64 / all as f64),
    };
    let in_both: Vec<String> = if indicator == Indicator::TakeUp {
        portfolio_shift(performance, period).compared.into_iter().map(|(id, _)| id).collect()
    } else {
        let counted_before = counted_in(&before, indicator);
        counted.iter().filter(|id| counted_before.contains(id)).cloned().collect()
    };
    let change = match (value_over(&in_both, &before), value_over(&in_both, &now)) {
        (Some(before), Some(now)) => Some(Change { before, now, services: in_both.len() }),
        _ => None,
    };
    Covered { value: value_over(&counted, &now), counted, with_figures, share_of_volume, change }
}

impl Indicator {
    /// Whether a lower value is the better one (cost), so a target is met by going below it.
    pub fn lower_is_better(self) -> bool {
        self == Indicator::CostPerTransaction
    }

    /// The largest value a target for this indicator can be.
    pub fn largest(self) -> f64 {
        match self {
            Indicator::Volume => super::entry::MAX_COUNT as f64,
            Indicator::CostPerTransaction => super::entry::MAX_POUNDS,
            _ => 1.0,
        }
    }
}

/// A value an indicator should reach by the end of a period, for one service or the portfolio.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// The service's id, or `None` for every service together.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    pub indicator: Indicator,
    /// A share from 0 to 1, pounds for cost per transaction, or a number of transactions.
    pub value: f64,
    /// The period by whose end it should be reached.
    pub by: Period,
}

/// Where an indicator stands against its target in a period.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Progress {
    /// The indicator's value in the period, when known.
    pub value: Option<f64>,
    /// Whether the target is reached in that period.
    pub reached: Option<bool>,
}

impl Target {
    /// The indicator's value in `period` (for the portfolio, over the services that give it)
    /// against this target.
    pub fn progress(&self, performance: &Performance, period: Period) -> Progress {
        let value = match &self.service {
            Some(id) => self.indicator.of(&Indicators::for_service(performance, id, period)),
            None => portfolio_indicator(performance, period, self.indicator).value,
        };
        let reached =
            value.map(|value| if self.indicator.lower_is_better() { value <= self.value } else { value >= self.value });
        Progress { value, reached }
    }
}
