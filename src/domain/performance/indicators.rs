//! The four indicators GOV.UK asks services to publish, channel shift and its saving.
//!
//! Every function works on a set of figures: one service's in one period, or every service's in a
//! period for the portfolio. A channel with no figures at all in the period is taken as not used;
//! a channel with figures but a blank that an indicator needs makes that indicator unknown.

use super::{Figures, Performance, Period};

/// The four indicators and the volume they rest on; each `None` when it cannot be worked out.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Indicators {
    /// Transactions completed on every channel.
    pub volume: Option<u64>,
    /// Total cost ÷ transactions completed, in pounds.
    pub cost_per_transaction: Option<f64>,
    /// Satisfied and very satisfied responses as a share (0 to 1) of all responses.
    pub satisfaction: Option<f64>,
    /// Digital transactions completed as a share of those started.
    pub completion_rate: Option<f64>,
    /// Digital transactions completed as a share of all transactions completed.
    pub take_up: Option<f64>,
}

/// `top ÷ bottom`, or `None` when either is unknown or the bottom is zero.
pub fn ratio(top: Option<f64>, bottom: Option<f64>) -> Option<f64> {
    match (top, bottom) {
        (Some(top), Some(bottom)) if bottom != 0.0 => Some(top / bottom),
        _ => None,
    }
}

/// The sum of a figure over every row, or `None` if there are no rows or any row lacks it.
fn sum_all<T: Copy + std::iter::Sum<T>>(rows: &[&Figures], figure: impl Fn(&Figures) -> Option<T>) -> Option<T> {
    if rows.is_empty() {
        return None;
    }
    rows.iter().map(|row| figure(row)).sum()
}

impl Indicators {
    pub fn of(performance: &Performance, rows: &[&Figures]) -> Indicators {
        let is_digital = |row: &&Figures| performance.channel(&row.channel).is_some_and(|c| c.digital);
        let digital: Vec<&Figures> = rows.iter().copied().filter(is_digital).collect();
        let volume = sum_all(rows, |f| f.completed);
        let as_float = |count: Option<u64>| count.map(|c| c as f64);
        let total_cost = sum_all(rows, Figures::total_cost);
        let digital_completed = sum_all(&digital, |f| f.completed);
        let digital_started = sum_all(&digital, |f| f.started);
        // Digital take-up is 0 when the service has no digital channel in use, not unknown.
        let take_up_top = if digital.is_empty() && volume.is_some() { Some(0) } else { digital_completed };
        Indicators {
            volume,
            cost_per_transaction: ratio(total_cost, as_float(volume)),
            satisfaction: satisfaction(rows),
            completion_rate: ratio(as_float(digital_completed), as_float(digital_started)),
            take_up: ratio(as_float(take_up_top), as_float(volume)),
        }
    }

    /// One service in one period.
    pub fn for_service(performance: &Performance, service: &str, period: Period) -> Indicators {
        Indicators::of(performance, &performance.figures_for(service, period))
    }

    /// Every service together in one period.
    pub fn for_portfolio(performance: &Performance, period: Period) -> Indicators {
        let rows: Vec<&Figures> = performance.figures.iter().filter(|f| f.period == period).collect();
        Indicators::of(performance, &rows)
    }
}

/// Satisfied and very satisfied as a share of all responses, over the channels that asked.
fn satisfaction(rows: &[&Figures]) -> Option<f64> {
    let surveyed: Vec<[u64; 5]> = rows.iter().filter_map(|row| row.satisfaction).collect();
    if surveyed.is_empty() {
        return None;
    }
    let responses: u64 = surveyed.iter().flatten().sum();
    let satisfied: u64 = surveyed.iter().map(|counts| counts[3] + counts[4]).sum();
    ratio(Some(satisfied as f64), Some(responses as f64))
}

/// One channel's cost per transaction for a service in a period.
pub fn channel_cost_per_transaction(
    performance: &Performance,
    service: &str,
    period: Period,
    channel: &str,
) -> Option<f64> {
    let row =
        performance.figures.iter().find(|f| f.service == service && f.period == period && f.channel == channel)?;
    ratio(row.total_cost(), row.completed.map(|c| c as f64))
}

/// One channel's transactions completed; `None` when the channel has no figures or a blank.
pub fn channel_volume(rows: &[&Figures], channel: &str) -> Option<u64> {
    let on_channel: Vec<&Figures> = rows.iter().copied().filter(|f| f.channel == channel).collect();
    sum_all(&on_channel, |f| f.completed)
}

/// How take-up moved between two periods and what that is worth.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChannelShift {
    pub take_up_before: f64,
    pub take_up_now: f64,
    /// Transactions completed in the later period.
    pub volume_now: u64,
    /// The assumed cost of one offline transaction: each offline channel's assumed unit cost,
    /// weighted by its volume in the earlier period (the mix the moved transactions came from).
    pub offline_unit_cost: Option<f64>,
    /// The assumed cost of one digital transaction, weighted by digital volume in the later period.
    pub digital_unit_cost: Option<f64>,
}

impl ChannelShift {
    /// The change in take-up, in percentage points.
    pub fn points(&self) -> f64 {
        (self.take_up_now - self.take_up_before) * 100.0
    }

    /// Transactions that went digital instead: the change in take-up applied to the later volume.
    /// Negative when take-up fell.
    pub fn transactions_moved(&self) -> f64 {
        (self.take_up_now - self.take_up_before) * self.volume_now as f64
    }

    /// Transactions moved × (offline − digital unit cost), in pounds, on the assumed unit costs.
    pub fn saving(&self) -> Option<f64> {
        Some(self.transactions_moved() * (self.offline_unit_cost? - self.digital_unit_cost?))
    }
}

/// Channel shift between `before` and `now` over the chosen rows, or `None` when take-up is
/// unknown in either period.
pub fn channel_shift(performance: &Performance, before: &[&Figures], now: &[&Figures]) -> Option<ChannelShift> {
    let earlier = Indicators::of(performance, before);
    let later = Indicators::of(performance, now);
    Some(ChannelShift {
        take_up_before: earlier.take_up?,
        take_up_now: later.take_up?,
        volume_now: later.volume?,
        offline_unit_cost: assumed_unit_cost(performance, before, false),
        digital_unit_cost: assumed_unit_cost(performance, now, true),
    })
}

/// One service's channel shift from the period before `period` to `period`.
pub fn service_shift(performance: &Performance, service: &str, period: Period) -> Option<ChannelShift> {
    channel_shift(
        performance,
        &performance.figures_for(service, period.previous()),
        &performance.figures_for(service, period),
    )
}

/// The whole portfolio's channel shift from the period before `period` to `period`.
pub fn portfolio_shift(performance: &Performance, period: Period) -> Option<ChannelShift> {
    let rows = |p: Period| -> Vec<&Figures> { performance.figures.iter().filter(|f| f.period == p).collect() };
    channel_shift(performance, &rows(period.previous()), &rows(period))
}

/// The volume-weighted assumed unit cost of the digital (or offline) channels in these rows; with
/// no volume to weigh by, the plain average of those channels' assumptions.
fn assumed_unit_cost(performance: &Performance, rows: &[&Figures], digital: bool) -> Option<f64> {
    let channels: Vec<_> = performance.channels.iter().filter(|c| c.digital == digital).collect();
    if channels.is_empty() {
        return None;
    }
    let weighted: Vec<(f64, f64)> =
        channels.iter().filter_map(|c| channel_volume(rows, &c.id).map(|v| (v as f64, c.assumed_unit_cost))).collect();
    let weight: f64 = weighted.iter().map(|(volume, _)| volume).sum();
    if weight > 0.0 {
        Some(weighted.iter().map(|(volume, cost)| volume * cost).sum::<f64>() / weight)
    } else {
        Some(channels.iter().map(|c| c.assumed_unit_cost).sum::<f64>() / channels.len() as f64)
    }
}

/// Services ranked by volume in a period, largest first; services without a known volume follow,
/// unranked, in register order.
pub fn volume_ranking(
    performance: &Performance,
    period: Option<Period>,
) -> Vec<(Option<usize>, &super::Service, Option<u64>)> {
    let mut known: Vec<(&super::Service, u64)> = Vec::new();
    let mut unknown: Vec<&super::Service> = Vec::new();
    for service in &performance.services {
        match period.and_then(|p| Indicators::for_service(performance, &service.id, p).volume) {
            Some(volume) => known.push((service, volume)),
            None => unknown.push(service),
        }
    }
    known.sort_by_key(|(_, volume)| std::cmp::Reverse(*volume));
    known
        .into_iter()
        .enumerate()
        .map(|(index, (service, volume))| (Some(index + 1), service, Some(volume)))
        .chain(unknown.into_iter().map(|service| (None, service, None)))
        .collect()
}

/// How many of the largest services by volume the dashboard highlights: the seeds ask councils to
/// track their top 10 to 20 services, so the top 20 are marked.
pub const TOP_SERVICES: usize = 20;
