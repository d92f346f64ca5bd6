//! A year on: for each item of the earlier assessment's plan, whether it was marked done and
//! whether the answer moved.

use crate::domain::assessment::{Assessment, Rating};
use crate::domain::compare::Change;
use crate::domain::framework::{Area, Framework, Statement};
use crate::domain::plan::{PlanStatus, action_plan};

#[derive(Debug, Clone, PartialEq)]
pub struct Delivered<'f> {
    pub area: &'f Area,
    /// The statement as the earlier assessment's framework worded it.
    pub statement: &'f Statement,
    pub status: PlanStatus,
    pub before: Option<Rating>,
    /// The answer now: to the same statement, or to the one that replaced it in a newer version.
    pub now: Option<Rating>,
    pub change: Change,
}

/// Every item of `before`'s plan (made on `before_framework`), in its order, with the answer
/// `after` (made on `after_framework`) gives the same statement.
pub fn delivery<'f>(
    before_framework: &'f Framework,
    before: &Assessment,
    after_framework: &Framework,
    after: &Assessment,
) -> Vec<Delivered<'f>> {
    action_plan(before_framework, before)
        .into_iter()
        .map(|item| {
            let id = &item.statement.id;
            let now_id = match after_framework.statement(id) {
                Some(_) => Some(id.as_str()),
                None => after_framework.statements().find(|(_, s)| s.replaces.contains(id)).map(|(_, s)| s.id.as_str()),
            };
            let now = now_id.and_then(|id| after.rating(id));
            let before_rating = before.rating(id);
            let level = |rating: Option<Rating>| rating.and_then(Rating::level).map(f64::from);
            Delivered {
                area: item.area,
                statement: item.statement,
                status: item.entry.status,
                before: before_rating,
                now,
                change: Change::between(level(before_rating), level(now)),
            }
        })
        .collect()
}
