//! What the result's tables say, as text: the pages' tables and the Word report's alike.

use super::assessment::{Assessment, Rating};
use super::framework::Framework;
use super::plan::Action;
use super::scoring::AreaScore;
use crate::i18n::t::result_tables as t;

/// ASCII only: full Unicode case tables would add 7 KB (gzipped) to the app for table headings.
pub fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|first| first.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
}

/// The answer columns of the heat map, short enough for a phone: levels, then the rest.
pub fn level_columns(framework: &Framework) -> Vec<String> {
    let mut columns: Vec<String> = framework.scale.levels.iter().map(|l| l.value.to_string()).collect();
    columns.extend([
        framework.scale.dont_know.clone(),
        framework.scale.not_applicable.clone(),
        t::not_answered().into(),
    ]);
    columns
}

/// How many statements in each area sit at each level, "Don't know", "Not applicable" or none.
pub fn level_counts(framework: &Framework, assessment: &Assessment) -> Vec<(String, Vec<usize>)> {
    let top = usize::from(framework.top_level());
    framework
        .areas
        .iter()
        .map(|area| {
            let mut counts = vec![0; top + 3];
            for statement in &area.statements {
                let column = match assessment.rating(&statement.id) {
                    Some(Rating::Level(level)) => usize::from(level) - 1,
                    Some(Rating::DontKnow) => top,
                    Some(Rating::NotApplicable) => top + 1,
                    None => top + 2,
                };
                counts[column] += 1;
            }
            (area.title.clone(), counts)
        })
        .collect()
}

/// An area's answers as the scores table gives them: the answer itself where each area has one
/// statement, otherwise how many were answered, with how many "Don't know".
pub fn area_answers(framework: &Framework, assessment: &Assessment, area: &AreaScore, one_per_area: bool) -> String {
    if one_per_area {
        return area
            .area
            .statements
            .iter()
            .map(|s| assessment.rating(&s.id).map_or_else(|| t::not_answered().to_string(), |r| r.label(framework)))
            .collect::<Vec<_>>()
            .join("; ");
    }
    let mut text = t::answered_of(area.answered(), area.total);
    if area.dont_know > 0 {
        text.push_str(&format!(", {} “{}”", area.dont_know, framework.scale.dont_know));
    }
    text
}

/// A plan item's action as the printed plan gives it: "Find out", or the levels it moves between.
pub fn action_text(action: Action) -> String {
    match action {
        Action::GatherEvidence => t::find_out().to_string(),
        Action::Improve { current, target } => format!("{current} → {target}"),
    }
}
