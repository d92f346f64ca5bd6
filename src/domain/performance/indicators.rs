//! The four indicators GOV.UK asks services to publish (channel shift is in `shift.rs`).
//!
//! Every function works on a set of figures: one service's in one period, or every service's in a
//! period for the portfolio. A channel with no figures in the period is unknown, not zero: only a
//! channel marked not offered counts as none. Volume and cost add up the channels recorded; digital
//! take-up needs a digital and an offline channel recorded (or marked not offered), so a forgotten
//! online row is not 0% and a forgotten phone row is not 100%. A channel with figures but a blank
//! that an indicator needs makes that indicator unknown.

use super::{Figures, Performance, Period, Responses};

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

/// The sum of a count over every row, or `None` if there are no rows, any row lacks it, or the
/// total is more than a count can hold (never a total that has wrapped round).
fn sum_all(rows: &[&Figures], figure: impl Fn(&Figures) -> Option<u64>) -> Option<u64> {
    if rows.is_empty() {
        return None;
    }
    rows.iter().try_fold(0u64, |total, row| total.checked_add(figure(row)?))
}

/// The total cost over every row, or `None` if there are no rows, any row lacks it, or the total
/// is too large to be a number of pounds.
fn total_cost(rows: &[&Figures]) -> Option<f64> {
    if rows.is_empty() {
        return None;
    }
    rows.iter().map(|row| row.total_cost()).sum::<Option<f64>>().filter(|total| total.is_finite())
}

impl Indicators {
    pub fn of(performance: &Performance, rows: &[&Figures]) -> Indicators {
        let is_digital = |row: &&Figures| performance.channel(&row.channel).is_some_and(|c| c.digital);
        let digital: Vec<&Figures> = rows.iter().copied().filter(is_digital).collect();
        let offered_digital: Vec<&Figures> = digital.iter().copied().filter(|f| !f.not_offered).collect();
        let volume = sum_all(rows, Figures::transactions);
        let as_float = |count: Option<u64>| count.map(|c| c as f64);
        let total_cost = total_cost(rows);
        let digital_completed = sum_all(&digital, Figures::transactions);
        let both_kinds_recorded = !digital.is_empty() && digital.len() < rows.len();
        Indicators {
            volume,
            cost_per_transaction: ratio(total_cost, as_float(volume)),
            satisfaction: satisfaction(rows),
            completion_rate: ratio(
                as_float(sum_all(&offered_digital, |f| f.completed)),
                as_float(sum_all(&offered_digital, |f| f.started)),
            ),
            take_up: ratio(as_float(digital_completed.filter(|_| both_kinds_recorded)), as_float(volume)),
        }
    }

    /// One service in one period.
    pub fn for_service(performance: &Performance, service: &str, period: Period) -> Indicators {
        Indicators::of(performance, &performance.figures_for(service, period))
    }
}

/// Satisfied (and very satisfied) as a share of all responses, over the channels that asked, on
/// whichever scale each asked on.
fn satisfaction(rows: &[&Figures]) -> Option<f64> {
    let surveyed: Vec<Responses> = rows.iter().filter_map(|row| row.satisfaction).collect();
    if surveyed.is_empty() {
        return None;
    }
    let add = |total: Option<u64>, count: &u64| total?.checked_add(*count);
    let responses = surveyed.iter().flat_map(Responses::counts).fold(Some(0), add);
    let satisfied = surveyed.iter().flat_map(Responses::satisfied).fold(Some(0), add);
    ratio(satisfied.map(|s| s as f64), responses.map(|r| r as f64))
}

/// One channel's transactions completed; `None` when the channel has no figures or a blank.
pub fn channel_volume(rows: &[&Figures], channel: &str) -> Option<u64> {
    let on_channel: Vec<&Figures> = rows.iter().copied().filter(|f| f.channel == channel).collect();
    sum_all(&on_channel, Figures::transactions)
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

/// Whether a service of this rank is marked as one of the top services: only when there are more
/// ranked services than that, since marking every row would mark nothing.
pub fn is_top(rank: Option<usize>, ranked: usize) -> bool {
    ranked > TOP_SERVICES && rank.is_some_and(|rank| rank <= TOP_SERVICES)
}
