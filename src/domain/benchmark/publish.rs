//! Publishing a benchmark from a group: counts and quartiles, with every figure that would rest
//! on too few respondents withheld.

use time::Date;

use super::{
    AreaFigures, BENCHMARK_FORMAT, BENCHMARK_SCHEMA_VERSION, Benchmark, Figure, Figures, MIN_THRESHOLD, Split,
    StatementFigures, Withheld,
};
use crate::domain::assessment::FrameworkRef;
use crate::domain::combine::{Combined, Member, Stats, combine};
use crate::domain::framework::Framework;
use crate::domain::organisation::OrganisationType;
use crate::domain::problem::{Problem, Problems};
use crate::i18n::t::benchmark as t;

/// What the coordinator says about a benchmark before it is published.
#[derive(Debug, Clone, PartialEq)]
pub struct Publication {
    pub id: String,
    pub title: String,
    pub population: String,
    pub published: Date,
    /// The fewest respondents a figure may rest on; raised to `MIN_THRESHOLD` if lower.
    pub threshold: u32,
    /// Whether to add the figures for each kind of council.
    pub split_by_type: bool,
}

/// The lower quartile, median and upper quartile of values sorted lowest first, as a
/// spreadsheet's QUARTILE.INC gives them: the value at position p × (n − 1), interpolated.
pub fn quartiles(sorted: &[f64]) -> Option<(f64, f64, f64)> {
    let at = |p: f64| {
        let position = p * (sorted.len() - 1) as f64;
        let below = position.floor() as usize;
        let above = (below + 1).min(sorted.len() - 1);
        sorted[below] + (position - below as f64) * (sorted[above] - sorted[below])
    };
    (!sorted.is_empty()).then(|| (at(0.25), at(0.5), at(0.75)))
}

/// The benchmark of `members` on `framework`, or what stops it: too few respondents, or a
/// title or population description that is missing or too long.
pub fn publish(
    framework: &Framework,
    members: &[&Member],
    known_statements: &dyn Fn(&FrameworkRef) -> Option<Vec<String>>,
    publication: &Publication,
) -> Result<Benchmark, Problems> {
    let threshold = publication.threshold.max(MIN_THRESHOLD);
    if members.len() < threshold as usize {
        return Err(Problem::whole(t::too_few_respondents(members.len(), threshold)).into());
    }
    let whole = combine(framework, members, known_statements);
    let kinds: Vec<OrganisationType> = if publication.split_by_type {
        let mut kinds: Vec<OrganisationType> = members.iter().filter_map(|m| m.organisation.kind).collect();
        kinds.sort();
        kinds.dedup();
        kinds
    } else {
        Vec::new()
    };
    let parts: Vec<Combined> = kinds
        .iter()
        .map(|kind| {
            let of_kind: Vec<&Member> =
                members.iter().copied().filter(|m| m.organisation.kind == Some(*kind)).collect();
            combine(framework, &of_kind, known_statements)
        })
        .collect();
    // Whether each kind's split appears at all, judged on its number of respondents.
    let shown = publishable(whole.respondents, &parts.iter().map(|p| p.respondents).collect::<Vec<_>>(), threshold);
    let by_type = kinds
        .iter()
        .zip(&shown)
        .enumerate()
        .map(|(index, (kind, split))| match split {
            Ok(()) => Split {
                kind: *kind,
                figures: Some(split_figures(&whole, &parts, &shown, index, threshold)),
                withheld: None,
            },
            Err(reason) => Split { kind: *kind, figures: None, withheld: Some(*reason) },
        })
        .collect();
    let benchmark = Benchmark {
        format: BENCHMARK_FORMAT.into(),
        schema_version: BENCHMARK_SCHEMA_VERSION,
        id: publication.id.clone(),
        title: publication.title.trim().to_string(),
        population: publication.population.trim().to_string(),
        published: publication.published,
        framework: FrameworkRef { id: framework.id.clone(), version: framework.version.clone() },
        threshold,
        figures: figures(&whole, threshold),
        by_type,
    };
    let problems = benchmark.problems();
    if problems.is_empty() { Ok(benchmark) } else { Err(Problems(problems)) }
}

/// One kind's figures: each published only if the other kinds' published figures, taken from
/// everyone's, leave either nobody or at least `threshold` people.
fn split_figures(
    whole: &Combined,
    parts: &[Combined],
    shown: &[Result<(), Withheld>],
    index: usize,
    threshold: u32,
) -> Figures {
    let part = &parts[index];
    let judge = |place: Place| {
        let counts: Vec<usize> =
            parts.iter().zip(shown).map(|(p, shown)| if shown.is_ok() { place.stats(p).count } else { 0 }).collect();
        publishable(place.stats(whole).count, &counts, threshold)[index]
    };
    let overall = figure(&part.overall, &[], judge(Place::Overall), threshold);
    let areas = part
        .areas
        .iter()
        .enumerate()
        .map(|(a, area)| AreaFigures {
            id: area.area.id.clone(),
            score: figure(&area.stats, &[], judge(Place::Area(a)), threshold),
            statements: area
                .statements
                .iter()
                .enumerate()
                .map(|(s, statement)| StatementFigures {
                    id: statement.statement.id.clone(),
                    level: figure(&statement.stats, &statement.levels, judge(Place::Statement(a, s)), threshold),
                })
                .collect(),
        })
        .collect();
    Figures { respondents: Some(part.respondents as u32), overall, areas }
}

/// Which figure of a combined view: the overall score, an area's score (by index) or a
/// statement's levels (by area and statement index).
#[derive(Clone, Copy)]
enum Place {
    Overall,
    Area(usize),
    Statement(usize, usize),
}

impl Place {
    fn stats<'c>(self, combined: &'c Combined) -> &'c Stats {
        match self {
            Place::Overall => &combined.overall,
            Place::Area(a) => &combined.areas[a].stats,
            Place::Statement(a, s) => &combined.areas[a].statements[s].stats,
        }
    }
}

/// Everyone's figures, each withheld only if it rests on too few.
fn figures(combined: &Combined, threshold: u32) -> Figures {
    Figures {
        respondents: Some(combined.respondents as u32),
        overall: figure(&combined.overall, &[], Ok(()), threshold),
        areas: combined
            .areas
            .iter()
            .map(|area| AreaFigures {
                id: area.area.id.clone(),
                score: figure(&area.stats, &[], Ok(()), threshold),
                statements: area
                    .statements
                    .iter()
                    .map(|statement| StatementFigures {
                        id: statement.statement.id.clone(),
                        level: figure(&statement.stats, &statement.levels, Ok(()), threshold),
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// A distribution as published, or withheld: for resting on fewer than `threshold`, or for
/// `allowed`'s reason. `levels` are a statement's counts by level (empty for a score).
fn figure(stats: &Stats, levels: &[usize], allowed: Result<(), Withheld>, threshold: u32) -> Figure {
    if stats.count < threshold as usize {
        return Figure::withheld(Withheld::FewerThanThreshold);
    }
    if let Err(reason) = allowed {
        return Figure::withheld(reason);
    }
    let Some((lower, median, upper)) = quartiles(&stats.values) else {
        return Figure::withheld(Withheld::FewerThanThreshold);
    };
    let round = |value: f64| (value * 100.0).round() / 100.0;
    Figure {
        answered: Some(stats.count as u32),
        lower_quartile: Some(round(lower)),
        median: Some(round(median)),
        upper_quartile: Some(round(upper)),
        levels: (!levels.is_empty()).then(|| levels.iter().map(|n| *n as u32).collect()),
        withheld: None,
    }
}

/// Which of the `parts` of `whole` can be published beside it: each needs `threshold` people, and
/// what the published parts leave of the whole (the rest, which anyone could work out by
/// subtraction) must be nobody or at least `threshold` people too; until it is, the smallest
/// part still shown is withheld.
pub(crate) fn publishable(whole: usize, parts: &[usize], threshold: u32) -> Vec<Result<(), Withheld>> {
    let threshold = threshold as usize;
    let mut shown: Vec<Result<(), Withheld>> =
        parts.iter().map(|&n| if n >= threshold { Ok(()) } else { Err(Withheld::FewerThanThreshold) }).collect();
    loop {
        let published: usize = parts.iter().zip(&shown).filter(|(_, s)| s.is_ok()).map(|(n, _)| n).sum();
        let rest = whole.saturating_sub(published);
        if rest == 0 || rest >= threshold {
            return shown;
        }
        let smallest = parts.iter().enumerate().filter(|(i, _)| shown[*i].is_ok()).min_by_key(|(_, n)| **n);
        match smallest {
            Some((index, _)) => shown[index] = Err(Withheld::ProtectsOthers),
            None => return shown,
        }
    }
}
