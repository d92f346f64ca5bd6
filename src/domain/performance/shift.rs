//! Channel shift between two periods and the saving it brings, like for like: only services
//! with comparable figures in both periods count, and the rest are named with the reason.

use super::indicators::{Indicators, channel_volume};
use super::{Channel, Figures, Performance, Period};

/// How take-up moved between two periods and what that is worth.
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelShift {
    pub take_up_before: f64,
    pub take_up_now: f64,
    /// Transactions that went digital instead: the change in take-up applied to the later volume;
    /// negative when take-up fell. For the portfolio, the sum over the services compared.
    pub moved: f64,
    /// What the moved transactions are worth, or why that cannot be worked out.
    pub value: Result<Value, Unvalued>,
    /// How many periods of this length make a year, to annualise the saving.
    pub per_year: f64,
}

/// The saving from channel shift and what it rests on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Value {
    /// Transactions moved × (offline − digital cost per transaction), in pounds; negative is a cost.
    pub saving: f64,
    /// The saving valued on the council's own costs, in pounds (all of it for one service).
    pub on_measured: f64,
    /// The saving valued on the assumed unit costs.
    pub on_assumed: f64,
    /// For one service: the offline and digital cost per transaction used.
    pub unit_costs: Option<(f64, f64)>,
    basis: Basis,
}

impl Value {
    /// How the saving was worked out (kept apart from the amounts, which can be £0 either way).
    pub fn basis(&self) -> Basis {
        self.basis
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// On the council's own cost per transaction in both periods.
    Measured,
    /// On the assumed unit costs, because the council's own costs are incomplete.
    Assumed,
    /// Some services on their own costs, the rest on the assumptions.
    Mixed,
}

/// Why a saving cannot be worked out.
#[derive(Debug, Clone, PartialEq)]
pub enum Unvalued {
    /// Costs are incomplete and these channels (ids) have no assumed unit cost either.
    NoAssumedCost(Vec<String>),
    /// For the portfolio: these services (ids) could not be valued, so the total would be partial.
    Services(Vec<String>),
}

impl ChannelShift {
    /// The change in take-up, in percentage points.
    pub fn points(&self) -> f64 {
        (self.take_up_now - self.take_up_before) * 100.0
    }

    /// The saving in the period, when known.
    pub fn saving(&self) -> Option<f64> {
        self.value.as_ref().ok().map(|value| value.saving)
    }

    /// The saving at this rate for a whole year: the period's saving × periods in a year.
    pub fn annual_saving(&self) -> Option<f64> {
        self.saving().map(|saving| saving * self.per_year)
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
    shift_between(performance, &before, &now, period)
}

/// One service's channel shift between its figures in the period before `period` and in
/// `period`, each in channel order, or why there is none.
pub fn shift_between(
    performance: &Performance,
    before: &[&Figures],
    now: &[&Figures],
    period: Period,
) -> Result<ChannelShift, NotComparable> {
    comparable(before, now)?;
    channel_shift(performance, before, now, period).ok_or(NotComparable::TakeUpUnknown)
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

/// One service's channel shift between its figures `before` and `now` (in `period`), or `None`
/// when take-up is unknown in either period.
fn channel_shift(
    performance: &Performance,
    before: &[&Figures],
    now: &[&Figures],
    period: Period,
) -> Option<ChannelShift> {
    let earlier = Indicators::of(performance, before);
    let later = Indicators::of(performance, now);
    let (take_up_before, take_up_now) = (earlier.take_up?, later.take_up?);
    let moved = (take_up_now - take_up_before) * later.volume? as f64;
    let unit_costs = measured_unit_costs(performance, before, now)
        .map(|costs| (costs, Basis::Measured))
        .or_else(|| Some((assumed_unit_costs(performance, before, now).ok()?, Basis::Assumed)));
    let value = match unit_costs {
        Some(((offline, digital), basis)) => {
            let saving = moved * (offline - digital);
            let measured = basis == Basis::Measured;
            Ok(Value {
                saving,
                on_measured: if measured { saving } else { 0.0 },
                on_assumed: if measured { 0.0 } else { saving },
                unit_costs: Some((offline, digital)),
                basis,
            })
        }
        None => Err(Unvalued::NoAssumedCost(assumed_unit_costs(performance, before, now).err().unwrap_or_default())),
    };
    Some(ChannelShift { take_up_before, take_up_now, moved, value, per_year: period.per_year() })
}

/// The council's own cost of an offline transaction in the earlier period (the mix the moved
/// transactions came from) and of a digital one in the later, when every cost in both is known.
fn measured_unit_costs(performance: &Performance, before: &[&Figures], now: &[&Figures]) -> Option<(f64, f64)> {
    if before.iter().chain(now).any(|row| row.total_cost().is_none()) {
        return None;
    }
    let is_digital = |row: &&&Figures| performance.channel(&row.channel).is_some_and(|c| c.digital);
    let offline: Vec<&Figures> = before.iter().filter(|row| !is_digital(row)).copied().collect();
    let digital: Vec<&Figures> = now.iter().filter(is_digital).copied().collect();
    let unit = |rows: &[&Figures]| Indicators::of(performance, rows).cost_per_transaction;
    Some((unit(&offline)?, unit(&digital)?))
}

/// The assumed cost of an offline transaction (weighted by the earlier period's offline volumes)
/// and of a digital one (by the later period's digital volumes), or the channels used that have
/// no assumed cost.
fn assumed_unit_costs(
    performance: &Performance,
    before: &[&Figures],
    now: &[&Figures],
) -> Result<(f64, f64), Vec<String>> {
    let weighted = |rows: &[&Figures], digital: bool| -> Result<f64, Vec<String>> {
        let used: Vec<(&Channel, u64)> = performance
            .channels
            .iter()
            .filter(|c| c.digital == digital)
            .filter_map(|c| channel_volume(rows, &c.id).filter(|v| *v > 0).map(|v| (c, v)))
            .collect();
        let unpriced: Vec<String> =
            used.iter().filter(|(c, _)| c.assumed_unit_cost.is_none()).map(|(c, _)| c.id.clone()).collect();
        if !unpriced.is_empty() {
            return Err(unpriced);
        }
        let weight: f64 = used.iter().map(|(_, v)| *v as f64).sum();
        let cost: f64 = used.iter().map(|(c, v)| c.assumed_unit_cost.unwrap_or_default() * *v as f64).sum();
        if weight > 0.0 {
            return Ok(cost / weight);
        }
        // No transactions on this kind of channel to weigh by: the plain average of its assumptions.
        let kind: Vec<&Channel> = performance.channels.iter().filter(|c| c.digital == digital).collect();
        let priced: Vec<f64> = kind.iter().filter_map(|c| c.assumed_unit_cost).collect();
        if priced.is_empty() {
            Err(kind.iter().map(|c| c.id.clone()).collect())
        } else {
            Ok(priced.iter().sum::<f64>() / priced.len() as f64)
        }
    };
    let (offline, digital) = (weighted(before, false), weighted(now, true));
    match (offline, digital) {
        (Ok(offline), Ok(digital)) => Ok((offline, digital)),
        (offline, digital) => Err(offline.err().into_iter().chain(digital.err()).flatten().collect()),
    }
}

/// The portfolio's channel shift, over the services whose figures compare, with what it rests on.
#[derive(Debug, Clone, PartialEq)]
pub struct PortfolioShift {
    /// `None` when no service's figures compare.
    pub shift: Option<ChannelShift>,
    /// The services counted, by id, in register order, each with its own shift.
    pub compared: Vec<(String, ChannelShift)>,
    /// The services with figures in either period that are not counted, and why.
    pub left_out: Vec<(String, NotComparable)>,
    /// The counted services' share of the later period's transactions, where that is known.
    pub share_of_volume: Option<f64>,
}

/// The whole portfolio's channel shift from the period before `period` to `period`, like for
/// like: services added or dropped, or recorded on other channels, are left out and named. The
/// transactions moved and the saving add up each service's; take-up is over the services counted.
pub fn portfolio_shift(performance: &Performance, period: Period) -> PortfolioShift {
    let (mut compared, mut left_out) = (Vec::new(), Vec::new());
    let (mut before, mut now) = (Vec::new(), Vec::new());
    let (all_before, all_now) =
        (performance.figures_by_service(period.previous()), performance.figures_by_service(period));
    for service in &performance.services {
        let rows_before = all_before.get(service.id.as_str()).cloned().unwrap_or_default();
        let rows_now = all_now.get(service.id.as_str()).cloned().unwrap_or_default();
        if rows_before.is_empty() && rows_now.is_empty() {
            continue;
        }
        match shift_between(performance, &rows_before, &rows_now, period) {
            Ok(shift) => {
                compared.push((service.id.clone(), shift));
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
    let shift = (!compared.is_empty()).then(|| {
        let take_up = |rows: &[&Figures]| {
            Indicators::of(performance, rows).volume.and_then(|volume| {
                let digital: u64 = rows
                    .iter()
                    .filter(|row| performance.channel(&row.channel).is_some_and(|c| c.digital))
                    .filter_map(|row| row.transactions())
                    .sum();
                (volume > 0).then(|| digital as f64 / volume as f64)
            })
        };
        let unvalued: Vec<String> =
            compared.iter().filter(|(_, shift)| shift.value.is_err()).map(|(id, _)| id.clone()).collect();
        let value = if unvalued.is_empty() {
            let values: Vec<&Value> = compared.iter().filter_map(|(_, shift)| shift.value.as_ref().ok()).collect();
            let basis = |wanted: Basis| values.iter().all(|v| v.basis == wanted);
            Ok(Value {
                saving: values.iter().map(|v| v.saving).sum(),
                on_measured: values.iter().map(|v| v.on_measured).sum(),
                on_assumed: values.iter().map(|v| v.on_assumed).sum(),
                unit_costs: None,
                basis: if basis(Basis::Measured) {
                    Basis::Measured
                } else if basis(Basis::Assumed) {
                    Basis::Assumed
                } else {
                    Basis::Mixed
                },
            })
        } else {
            Err(Unvalued::Services(unvalued))
        };
        ChannelShift {
            take_up_before: take_up(&before).unwrap_or_default(),
            take_up_now: take_up(&now).unwrap_or_default(),
            moved: compared.iter().map(|(_, shift)| shift.moved).sum(),
            value,
            per_year: period.per_year(),
        }
    });
    PortfolioShift { shift, compared, left_out, share_of_volume }
}
