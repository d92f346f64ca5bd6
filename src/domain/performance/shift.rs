//! Channel shift between two periods and the saving it brings, like for like: only services
//! with comparable figures in both periods count, and the rest are named with the reason.

use super::indicators::{Indicators, channel_volume};
use super::{Figures, Performance, Period};

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

/// Why a service's figures cannot be compared between two periods.
#[derive(Debug, Clone, PartialEq)]
pub enum NotComparable {
    /// It has figures in the later period only.
    Added,
    /// It has figures in the earlier period only.
    Dropped,
    /// A channel has figures in one period and not the other (channel ids): a channel not
    /// recorded is unknown, and comparing would read it as none.
    ChannelsDiffer { only_before: Vec<String>, only_now: Vec<String> },
    /// Take-up is not known in one of the periods (a blank count).
    TakeUpUnknown,
}

/// One service's channel shift from the period before `period` to `period`, or why there is none.
pub fn service_shift(performance: &Performance, service: &str, period: Period) -> Result<ChannelShift, NotComparable> {
    let before = performance.figures_for(service, period.previous());
    let now = performance.figures_for(service, period);
    comparable(&before, &now)?;
    channel_shift(performance, &before, &now).ok_or(NotComparable::TakeUpUnknown)
}

/// Whether one service's figures in two periods can be compared.
fn comparable(before: &[&Figures], now: &[&Figures]) -> Result<(), NotComparable> {
    match (before.is_empty(), now.is_empty()) {
        (true, false) => return Err(NotComparable::Added),
        (false, true) => return Err(NotComparable::Dropped),
        _ => {}
    }
    let only = |these: &[&Figures], those: &[&Figures]| -> Vec<String> {
        these.iter().filter(|f| !those.iter().any(|g| g.channel == f.channel)).map(|f| f.channel.clone()).collect()
    };
    let (only_before, only_now) = (only(before, now), only(now, before));
    if only_before.is_empty() && only_now.is_empty() {
        Ok(())
    } else {
        Err(NotComparable::ChannelsDiffer { only_before, only_now })
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

/// The portfolio's channel shift, over the services whose figures compare, with what it rests on.
#[derive(Debug, Clone, PartialEq)]
pub struct PortfolioShift {
    /// `None` when no service's figures compare.
    pub shift: Option<ChannelShift>,
    /// The services counted, by id, in register order.
    pub compared: Vec<String>,
    /// The services with figures in either period that are not counted, and why.
    pub left_out: Vec<(String, NotComparable)>,
    /// The counted services' share of the later period's transactions, where that is known.
    pub share_of_volume: Option<f64>,
}

/// The whole portfolio's channel shift from the period before `period` to `period`, like for
/// like: services added or dropped, or recorded on other channels, are left out and named.
pub fn portfolio_shift(performance: &Performance, period: Period) -> PortfolioShift {
    let (mut compared, mut left_out) = (Vec::new(), Vec::new());
    let (mut before, mut now) = (Vec::new(), Vec::new());
    for service in &performance.services {
        let rows_before = performance.figures_for(&service.id, period.previous());
        let rows_now = performance.figures_for(&service.id, period);
        if rows_before.is_empty() && rows_now.is_empty() {
            continue;
        }
        let checked = comparable(&rows_before, &rows_now).and_then(|()| {
            channel_shift(performance, &rows_before, &rows_now).map(|_| ()).ok_or(NotComparable::TakeUpUnknown)
        });
        match checked {
            Ok(()) => {
                compared.push(service.id.clone());
                before.extend(rows_before);
                now.extend(rows_now);
            }
            Err(why) => left_out.push((service.id.clone(), why)),
        }
    }
    let all_now: Vec<&Figures> = performance.figures.iter().filter(|f| f.period == period).collect();
    let share_of_volume = match (Indicators::of(performance, &now).volume, Indicators::of(performance, &all_now).volume)
    {
        (Some(counted), Some(all)) if all > 0 => Some(counted as f64 / all as f64),
        _ => None,
    };
    let shift = if compared.is_empty() { None } else { channel_shift(performance, &before, &now) };
    PortfolioShift { shift, compared, left_out, share_of_volume }
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
