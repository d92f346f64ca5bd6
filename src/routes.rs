//! The app's pages as URL fragments (`#/result/…`).
//!
//! Routing lives in the fragment because a static host serves the same `index.html` for any
//! fragment: a deep link survives a reload without server rewrite rules, under any sub-path.

use crate::domain::framework::is_valid_id;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    /// Question `number` (counting from 1) of an assessment.
    Question {
        assessment: String,
        number: usize,
    },
    Result {
        assessment: String,
    },
    Saved,
    /// Choosing a framework and describing a new full assessment.
    Start,
    /// A full assessment's task list.
    Overview {
        assessment: String,
    },
    /// Changing an assessment's title, organisation, scope and date.
    Details {
        assessment: String,
    },
    /// One area: every statement on a wide screen, statement `statement` (from 1) on a phone.
    Area {
        assessment: String,
        area: String,
        statement: usize,
    },
    CheckAnswers {
        assessment: String,
    },
    Frameworks,
    ActionPlan {
        assessment: String,
    },
    /// Everything about one assessment on one page, laid out to print as an A4 report.
    Report {
        assessment: String,
    },
    /// A result someone shared: the answers themselves, compressed, in the fragment.
    Shared {
        data: String,
    },
    /// Compare and combine: the trend, two side by side, and groups of other people's files.
    Compare,
    /// Every assessment of one framework on a timeline.
    Trend {
        framework: String,
    },
    /// Two assessments side by side, the earlier one first.
    SideBySide {
        before: String,
        after: String,
    },
    /// A group of other people's assessments, combined.
    Group {
        group: String,
    },
    NotFound,
}

impl Route {
    pub fn parse(fragment: &str) -> Route {
        let path = fragment.trim_start_matches('#').trim_start_matches('/');
        let parts: Vec<&str> = path.split('/').filter(|part| !part.is_empty()).collect();
        match parts.as_slice() {
            [] => Route::Home,
            ["saved"] => Route::Saved,
            ["check", id, number] if is_valid_id(id) => match number.parse() {
                Ok(number) if number >= 1 => Route::Question { assessment: id.to_string(), number },
                _ => Route::NotFound,
            },
            ["result", id] if is_valid_id(id) => Route::Result { assessment: id.to_string() },
            ["plan", id] if is_valid_id(id) => Route::ActionPlan { assessment: id.to_string() },
            ["report", id] if is_valid_id(id) => Route::Report { assessment: id.to_string() },
            ["shared", data] => Route::Shared { data: data.to_string() },
            ["start"] => Route::Start,
            ["compare"] => Route::Compare,
            ["compare", "trend", id] if is_valid_id(id) => Route::Trend { framework: id.to_string() },
            ["compare", before, after] if is_valid_id(before) && is_valid_id(after) => {
                Route::SideBySide { before: before.to_string(), after: after.to_string() }
            }
            ["group", id] if is_valid_id(id) => Route::Group { group: id.to_string() },
            ["frameworks"] => Route::Frameworks,
            ["assessment", id] if is_valid_id(id) => Route::Overview { assessment: id.to_string() },
            ["assessment", id, "details"] if is_valid_id(id) => Route::Details { assessment: id.to_string() },
            ["assessment", id, "check"] if is_valid_id(id) => Route::CheckAnswers { assessment: id.to_string() },
            ["assessment", id, "area", area] if is_valid_id(id) && is_valid_id(area) => {
                Route::Area { assessment: id.to_string(), area: area.to_string(), statement: 1 }
            }
            ["assessment", id, "area", area, number] if is_valid_id(id) && is_valid_id(area) => match number.parse() {
                Ok(statement) if statement >= 1 => {
                    Route::Area { assessment: id.to_string(), area: area.to_string(), statement }
                }
                _ => Route::NotFound,
            },
            _ => Route::NotFound,
        }
    }

    pub fn href(&self) -> String {
        match self {
            Route::Home | Route::NotFound => "#/".into(),
            Route::Question { assessment, number } => format!("#/check/{assessment}/{number}"),
            Route::Result { assessment } => format!("#/result/{assessment}"),
            Route::Saved => "#/saved".into(),
            Route::ActionPlan { assessment } => format!("#/plan/{assessment}"),
            Route::Report { assessment } => format!("#/report/{assessment}"),
            Route::Shared { data } => format!("#/shared/{data}"),
            Route::Start => "#/start".into(),
            Route::Compare => "#/compare".into(),
            Route::Trend { framework } => format!("#/compare/trend/{framework}"),
            Route::SideBySide { before, after } => format!("#/compare/{before}/{after}"),
            Route::Group { group } => format!("#/group/{group}"),
            Route::Frameworks => "#/frameworks".into(),
            Route::Overview { assessment } => format!("#/assessment/{assessment}"),
            Route::Details { assessment } => format!("#/assessment/{assessment}/details"),
            Route::CheckAnswers { assessment } => format!("#/assessment/{assessment}/check"),
            Route::Area { assessment, area, statement } => format!("#/assessment/{assessment}/area/{area}/{statement}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Route;

    #[test]
    fn every_route_survives_a_round_trip() {
        for route in [
            Route::Home,
            Route::Saved,
            Route::Question { assessment: "3f2a-b1".into(), number: 12 },
            Route::Result { assessment: "3f2a-b1".into() },
            Route::Start,
            Route::Frameworks,
            Route::ActionPlan { assessment: "a1".into() },
            Route::Report { assessment: "a1".into() },
            Route::Overview { assessment: "a1".into() },
            Route::Details { assessment: "a1".into() },
            Route::CheckAnswers { assessment: "a1".into() },
            Route::Area { assessment: "a1".into(), area: "data".into(), statement: 3 },
            Route::Compare,
            Route::Trend { framework: "quick-check".into() },
            Route::SideBySide { before: "a1".into(), after: "b2".into() },
            Route::Group { group: "g1".into() },
        ] {
            assert_eq!(Route::parse(&route.href()), route);
        }
    }

    #[test]
    fn empty_and_odd_fragments() {
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("#"), Route::Home);
        assert_eq!(Route::parse("#/saved/"), Route::Saved);
        assert_eq!(Route::parse("#/check/abc/0"), Route::NotFound);
        assert_eq!(Route::parse("#/check/abc/two"), Route::NotFound);
        assert_eq!(Route::parse("#/result/<b>"), Route::NotFound);
        assert_eq!(Route::parse("#/elsewhere"), Route::NotFound);
        assert_eq!(
            Route::parse("#/assessment/a1/area/data"),
            Route::Area { assessment: "a1".into(), area: "data".into(), statement: 1 }
        );
        assert_eq!(Route::parse("#/assessment/a1/area/Data/1"), Route::NotFound);
    }
}
