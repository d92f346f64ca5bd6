//! Turning answers into scores. "Don't know" and "Not applicable" never count towards a score.

use super::assessment::{Assessment, Rating, weight_text};
use super::framework::{Area, Framework, Statement};
use crate::i18n::t::scoring as t;

#[derive(Debug, Clone, PartialEq)]
pub struct AreaScore<'f> {
    pub area: &'f Area,
    /// The mean level of the area's scored answers; `None` when none is scored.
    pub score: Option<f64>,
    /// The mean of the targets set in the area; `None` when none is set.
    pub target: Option<f64>,
    pub scored: usize,
    pub dont_know: usize,
    pub not_applicable: usize,
    pub total: usize,
}

impl AreaScore<'_> {
    pub fn answered(&self) -> usize {
        self.scored + self.dont_know + self.not_applicable
    }

    /// How far the target is above the score, when both are known and the target is higher.
    pub fn gap(&self) -> Option<f64> {
        match (self.score, self.target) {
            (Some(score), Some(target)) if target > score => Some(target - score),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scores<'f> {
    /// The weighted mean of the area scores; `None` when no area has a score.
    pub overall: Option<f64>,
    pub areas: Vec<AreaScore<'f>>,
}

/// The framework's advice for moving one answer up a level.
#[derive(Debug, Clone, PartialEq)]
pub struct NextStep<'f> {
    pub area: &'f Area,
    pub statement: &'f Statement,
    pub level: u8,
    pub guidance: &'f str,
}

pub fn score<'f>(framework: &'f Framework, assessment: &Assessment) -> Scores<'f> {
    let areas: Vec<AreaScore> = framework
        .areas
        .iter()
        .map(|area| {
            let ratings: Vec<Rating> = area.statements.iter().filter_map(|s| assessment.rating(&s.id)).collect();
            let levels: Vec<f64> = ratings.iter().filter_map(|r| r.level()).map(f64::from).collect();
            let targets: Vec<f64> =
                area.statements.iter().filter_map(|s| assessment.answer_to(&s.id).target).map(f64::from).collect();
            AreaScore {
                area,
                score: mean(&levels),
                target: mean(&targets),
                scored: levels.len(),
                dont_know: ratings.iter().filter(|r| **r == Rating::DontKnow).count(),
                not_applicable: ratings.iter().filter(|r| **r == Rating::NotApplicable).count(),
                total: area.statements.len(),
            }
        })
        .collect();
    let weighted: Vec<(f64, f64)> = areas.iter().filter_map(|a| a.score.map(|score| (score, a.area.weight))).collect();
    let weight_sum: f64 = weighted.iter().map(|(_, weight)| weight).sum();
    let overall = (weight_sum > 0.0).then(|| weighted.iter().map(|(s, w)| s * w).sum::<f64>() / weight_sum);
    Scores { overall, areas }
}

fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

impl<'f> Scores<'f> {
    pub fn answered(&self) -> usize {
        self.areas.iter().map(AreaScore::answered).sum()
    }

    pub fn total(&self) -> usize {
        self.areas.iter().map(|a| a.total).sum()
    }

    pub fn dont_know(&self) -> usize {
        self.areas.iter().map(|a| a.dont_know).sum()
    }

    pub fn not_applicable(&self) -> usize {
        self.areas.iter().map(|a| a.not_applicable).sum()
    }

    /// Scored areas, lowest first; ties keep the framework's order.
    pub fn weakest(&self) -> Vec<&AreaScore<'f>> {
        let mut scored: Vec<&AreaScore> = self.areas.iter().filter(|a| a.score.is_some()).collect();
        scored.sort_by(|a, b| a.score.partial_cmp(&b.score).expect("scores are finite"));
        scored
    }

    /// The strongest scored area; ties go to the first in the framework.
    pub fn strongest(&self) -> Option<&AreaScore<'f>> {
        self.areas.iter().filter(|a| a.score.is_some()).fold(None, |best: Option<&AreaScore>, a| match best {
            Some(b) if b.score >= a.score => Some(b),
            _ => Some(a),
        })
    }

    /// Guidance for the weakest areas, up to `count` of them, each from its lowest-rated statement.
    pub fn next_steps(&self, assessment: &Assessment, count: usize) -> Vec<NextStep<'f>> {
        self.weakest()
            .into_iter()
            .filter_map(|area_score| {
                let area = area_score.area;
                let (statement, level) = area
                    .statements
                    .iter()
                    .filter_map(|s| assessment.rating(&s.id).and_then(Rating::level).map(|level| (s, level)))
                    .min_by_key(|(_, level)| *level)?;
                let guidance = statement.levels.get(usize::from(level) - 1)?.next_step.as_deref()?;
                Some(NextStep { area, statement, level, guidance })
            })
            .take(count)
            .collect()
    }
}

impl Scores<'_> {
    /// How much was answered, and what was left out of the score.
    pub fn completeness_sentence(&self, framework: &Framework) -> String {
        let mut sentence = t::answered_of(self.total(), self.answered());
        let (scale, dont_know, not_applicable) = (&framework.scale, self.dont_know(), self.not_applicable());
        sentence.push_str(&match (dont_know, not_applicable) {
            (0, 0) => String::new(),
            (count, 0) => t::unscored(count, &scale.dont_know),
            (0, count) => t::unscored(count, &scale.not_applicable),
            _ => t::unscored_both(dont_know, &scale.dont_know, not_applicable, &scale.not_applicable),
        });
        sentence
    }

    /// The strongest and weakest areas in a sentence.
    pub fn strength_sentence(&self, framework: &Framework) -> String {
        let noun = &framework.area_names.singular;
        let scored = self.areas.iter().filter(|a| a.score.is_some()).count();
        match (self.strongest(), self.weakest().first()) {
            (Some(only), _) if scored == 1 => t::only_one_scored(noun, &only.area.title),
            (Some(strong), Some(weak)) if strong.score != weak.score => t::strongest_weakest(
                noun,
                &strong.area.title,
                format_score(strong.score),
                &weak.area.title,
                format_score(weak.score),
            ),
            (Some(strong), Some(_)) => t::same_score(noun, format_score(strong.score)),
            _ => t::none_scored(noun),
        }
    }
}

impl Scores<'_> {
    /// The areas with the largest gaps between score and target, or what to do when no target is set.
    pub fn gap_sentence(&self, framework: &Framework) -> String {
        let mut gaps: Vec<(&AreaScore, f64)> = self.areas.iter().filter_map(|a| a.gap().map(|gap| (a, gap))).collect();
        gaps.sort_by(|(_, x), (_, y)| y.total_cmp(x));
        let named: Vec<String> =
            gaps.iter().take(3).map(|(a, gap)| format!("{} ({})", a.area.title, format_score(Some(*gap)))).collect();
        match named.as_slice() {
            [] if self.areas.iter().any(|a| a.target.is_some()) => {
                t::every_target_reached(&framework.area_names.singular)
            }
            [] => t::no_targets().to_string(),
            [only] => t::only_gap(only),
            [first @ .., last] => t::largest_gaps(first.join(", "), last),
        }
    }

    /// How many "Don't know" answers there are and where, as evidence to gather.
    pub fn evidence_gap_sentence(&self, framework: &Framework) -> Option<String> {
        let places: Vec<String> = self
            .areas
            .iter()
            .filter(|a| a.dont_know > 0)
            .map(|a| format!("{} ({})", a.area.title, a.dont_know))
            .collect();
        let count = self.dont_know();
        let label = &framework.scale.dont_know;
        match places.as_slice() {
            [] => None,
            [only] => Some(t::evidence_gap(count, label, only)),
            [first @ .., last] => Some(t::evidence_gaps(count, label, first.join(", "), last)),
        }
    }
}

/// How the scores are worked out, in words, for the framework's own scale and area name.
pub fn explanation(framework: &Framework) -> String {
    let area_noun = &framework.area_names.singular;
    let top = framework.top_level();
    let weighted = framework.areas.windows(2).any(|pair| pair[0].weight != pair[1].weight);
    let overall = if weighted {
        t::overall_weighted(area_noun, weights_in_words(framework))
    } else {
        t::overall_plain(area_noun)
    };
    t::explanation(
        &framework.scale.levels[0].name,
        top,
        &framework.scale.levels[usize::from(top) - 1].name,
        area_noun,
        overall,
        &framework.scale.dont_know,
        &framework.scale.not_applicable,
    )
}

/// The weights that differ from the most common one, then the most common: "Data 1.5, Value 1.5;
/// every other outcome 1".
fn weights_in_words(framework: &Framework) -> String {
    let weights: Vec<f64> = framework.areas.iter().map(|area| area.weight).collect();
    // The most common weight; on a tie, the first area's.
    let usual =
        weights.iter().copied().rev().max_by_key(|w| weights.iter().filter(|other| *other == w).count()).unwrap_or(1.0);
    let named: Vec<String> = framework
        .areas
        .iter()
        .filter(|area| area.weight != usual)
        .map(|area| format!("{} {}", area.title, weight_text(area.weight)))
        .collect();
    t::weights_others(named.join(", "), &framework.area_names.singular, weight_text(usual))
}

/// A score shown to one decimal place, as people read it.
pub fn format_score(score: Option<f64>) -> String {
    match score {
        Some(value) => format!("{value:.1}"),
        None => t::no_score().into(),
    }
}
