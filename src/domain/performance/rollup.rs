//! Quarters and years added up from shorter periods: a council that records months sees its
//! quarters and financial years, but only where every month is there. A quarter with a month
//! missing is not added up, and is named, rather than shown as a smaller quarter.

use std::collections::HashMap;

use super::{Cost, Figures, Length, Performance, Period, Responses};

/// A quarter or year that could not be added up for a service on a channel, because parts of it
/// have no figures.
#[derive(Debug, Clone, PartialEq)]
pub struct Gap {
    pub service: String,
    pub channel: String,
    pub period: Period,
    pub missing: Vec<Period>,
}

impl Performance {
    /// This data with figures added for every financial quarter whose three months are all
    /// recorded, and every financial year whose four quarters are (by service and channel), where
    /// the quarter or year has no figures of its own; with the gaps that stopped one being added
    /// up while later figures exist.
    pub fn with_rollups(&self) -> (Performance, Vec<Gap>) {
        let mut view = self.clone();
        let mut gaps = Vec::new();
        for length in [Length::Quarter, Length::Year] {
            let added = add_up(&view, length, &mut gaps);
            view.figures.extend(added);
        }
        (view, gaps)
    }
}

/// Figures for every span of `length` (in line with the financial year) built from its parts.
fn add_up(performance: &Performance, length: Length, gaps: &mut Vec<Gap>) -> Vec<Figures> {
    let part_length = if length == Length::Year { Length::Quarter } else { Length::Month };
    let mut spans: Vec<(String, String, Period)> = performance
        .figures
        .iter()
        .filter(|f| f.period.length() == part_length)
        .filter_map(|f| {
            f.period.within(length, performance.year_start).map(|span| (f.service.clone(), f.channel.clone(), span))
        })
        .collect();
    spans.sort_by(|a, b| (&a.0, &a.1, a.2).cmp(&(&b.0, &b.1, b.2)));
    spans.dedup();
    // Every figure by its slot, and each service's last period to start, so that each span is looked up
    // rather than searched for.
    let held_at: HashMap<(&str, &str, Period), &Figures> =
        performance.figures.iter().map(|f| ((f.service.as_str(), f.channel.as_str(), f.period), f)).collect();
    let mut latest: HashMap<&str, Period> = HashMap::new();
    for figures in &performance.figures {
        let last = latest.entry(figures.service.as_str()).or_insert(figures.period);
        *last = (*last).max(figures.period);
    }
    let mut added = Vec::new();
    for (service, channel, span) in spans {
        let held = |period: Period| held_at.get(&(service.as_str(), channel.as_str(), period)).copied();
        if held(span).is_some() {
            continue;
        }
        let parts: Vec<(Period, Option<&Figures>)> = span.parts().into_iter().map(|part| (part, held(part))).collect();
        let missing: Vec<Period> = parts.iter().filter(|(_, row)| row.is_none()).map(|(part, _)| *part).collect();
        if missing.is_empty() {
            let rows: Vec<&Figures> = parts.iter().filter_map(|(_, row)| *row).collect();
            added.push(sum(&service, span, &channel, &rows));
        } else if latest.get(service.as_str()).is_some_and(|last| span.ends_before(*last)) {
            gaps.push(Gap { service, channel, period: span, missing });
        }
    }
    added
}

/// One set of figures holding all of `rows`; a figure blank in any row is blank in the sum.
fn sum(service: &str, period: Period, channel: &str, rows: &[&Figures]) -> Figures {
    if rows.iter().all(|row| row.not_offered) {
        return Figures { not_offered: true, ..Figures::empty(service, period, channel) };
    }
    let add = |read: &dyn Fn(&Figures) -> Option<u64>| {
        rows.iter().try_fold(0u64, |total, row| read(row).and_then(|count| total.checked_add(count)))
    };
    // Counts add up answer by answer; surveys on different scales cannot, so give none.
    let surveyed: Vec<Responses> = rows.iter().filter_map(|row| row.satisfaction).collect();
    let add_answers = |points: usize| {
        (0..points)
            .map(|point| surveyed.iter().try_fold(0u64, |total, r| total.checked_add(r.counts()[point])))
            .collect::<Option<Vec<u64>>>()
    };
    let satisfaction = match surveyed.first() {
        _ if surveyed.windows(2).any(|pair| pair[0].counts().len() != pair[1].counts().len()) => None,
        Some(Responses::Five(_)) => add_answers(5).map(|c| Responses::Five(std::array::from_fn(|p| c[p]))),
        Some(Responses::Three(_)) => add_answers(3).map(|c| Responses::Three(std::array::from_fn(|p| c[p]))),
        None => None,
    };
    let any_started = rows.iter().any(|row| row.started.is_some());
    Figures {
        service: service.into(),
        period,
        channel: channel.into(),
        completed: add(&Figures::transactions),
        cost: rows.iter().map(|row| row.total_cost()).sum::<Option<f64>>().filter(|t| t.is_finite()).map(Cost::Total),
        started: if any_started {
            add(&|row: &Figures| if row.not_offered { Some(0) } else { row.started })
        } else {
            None
        },
        satisfaction,
        not_offered: false,
    }
}
