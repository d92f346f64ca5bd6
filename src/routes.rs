//! The app's pages as URL fragments (`#/result/…`).
//!
//! Routing lives in the fragment because a static host serves the same `index.html` for any
//! fragment: a deep link survives a reload without server rewrite rules, under any sub-path.

use crate::domain::framework::is_valid_id;
use crate::domain::performance::Period;

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
    /// The action plan in phases, with the scores each phase should reach.
    Roadmap {
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
    /// Making the snippet that puts Almanac in an intranet page.
    Embed,
    /// The service performance dashboard: every service's indicators in a period.
    Performance,
    /// The channels and the unit costs assumed for each.
    PerformanceChannels,
    /// The portfolio's figures for a period (the latest when `None`), laid out to print for a board.
    PerformanceReport {
        period: Option<Period>,
    },
    /// The register of services, with the template, imports, exports and sample data.
    Services,
    /// One service's indicators over time and its trend charts.
    Service {
        service: String,
    },
    /// Typing in one service's figures for one period.
    ServiceFigures {
        service: String,
        period: Period,
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
    /// A group's workshop pack, where the facilitator records the levels the room agreed.
    Workshop {
        group: String,
    },
    /// Publishing a benchmark from a group: its counts and quartiles, seen before they are saved.
    PublishBenchmark {
        group: String,
    },
    /// The benchmarks opened on this device and those the hosting site provides.
    Benchmarks,
    NotFound,
}

/// Which part of the app's code a page needs. `First` pages are in the first download; each
/// other area is fetched the first time someone goes there (see `areas.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    /// The quick check's questions: with the home page drawn at build time (`FirstVisitHome`),
    /// all an anonymous visitor needs to start.
    First,
    /// The home page for someone with saved results or a quick check in progress.
    Home,
    /// A result, its chart and next steps, and results opened from share links.
    Results,
    /// Full assessments: starting, answering, checking, the action plan and roadmap, the report,
    /// frameworks.
    Assess,
    /// The service performance dashboard.
    Performance,
    /// Compare and combine.
    Compare,
    /// Saved results, imports, backup and restore.
    Saved,
    /// The page that writes the code to embed Almanac.
    Embed,
}

impl Route {
    pub fn area(&self) -> Area {
        match self {
            Route::Question { .. } | Route::NotFound => Area::First,
            Route::Home => Area::Home,
            Route::Result { .. } | Route::Shared { .. } => Area::Results,
            Route::Start
            | Route::Details { .. }
            | Route::Overview { .. }
            | Route::Area { .. }
            | Route::CheckAnswers { .. }
            | Route::Frameworks
            | Route::ActionPlan { .. }
            | Route::Roadmap { .. }
            | Route::Report { .. } => Area::Assess,
            Route::Performance
            | Route::PerformanceChannels
            | Route::PerformanceReport { .. }
            | Route::Services
            | Route::Service { .. }
            | Route::ServiceFigures { .. } => Area::Performance,
            Route::Compare
            | Route::Trend { .. }
            | Route::SideBySide { .. }
            | Route::Group { .. }
            | Route::Workshop { .. }
            | Route::PublishBenchmark { .. }
            | Route::Benchmarks => Area::Compare,
            Route::Saved => Area::Saved,
            Route::Embed => Area::Embed,
        }
    }

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
            ["roadmap", id] if is_valid_id(id) => Route::Roadmap { assessment: id.to_string() },
            ["report", id] if is_valid_id(id) => Route::Report { assessment: id.to_string() },
            ["shared", data] => Route::Shared { data: data.to_string() },
            ["start"] => Route::Start,
            ["compare"] => Route::Compare,
            ["compare", "trend", id] if is_valid_id(id) => Route::Trend { framework: id.to_string() },
            ["compare", before, after] if is_valid_id(before) && is_valid_id(after) => {
                Route::SideBySide { before: before.to_string(), after: after.to_string() }
            }
            ["group", id] if is_valid_id(id) => Route::Group { group: id.to_string() },
            ["group", id, "workshop"] if is_valid_id(id) => Route::Workshop { group: id.to_string() },
            ["group", id, "benchmark"] if is_valid_id(id) => Route::PublishBenchmark { group: id.to_string() },
            ["benchmarks"] => Route::Benchmarks,
            ["frameworks"] => Route::Frameworks,
            ["embed"] => Route::Embed,
            ["performance"] => Route::Performance,
            ["performance", "channels"] => Route::PerformanceChannels,
            ["performance", "report"] => Route::PerformanceReport { period: None },
            ["performance", "report", period] => match Period::parse(period) {
                Some(period) => Route::PerformanceReport { period: Some(period) },
                None => Route::NotFound,
            },
            ["services"] => Route::Services,
            ["services", id] if is_valid_id(id) => Route::Service { service: id.to_string() },
            ["services", id, period] if is_valid_id(id) => match Period::parse(period) {
                Some(period) => Route::ServiceFigures { service: id.to_string(), period },
                None => Route::NotFound,
            },
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
            Route::Roadmap { assessment } => format!("#/roadmap/{assessment}"),
            Route::Report { assessment } => format!("#/report/{assessment}"),
            Route::Shared { data } => format!("#/shared/{data}"),
            Route::Start => "#/start".into(),
            Route::Compare => "#/compare".into(),
            Route::Trend { framework } => format!("#/compare/trend/{framework}"),
            Route::SideBySide { before, after } => format!("#/compare/{before}/{after}"),
            Route::Group { group } => format!("#/group/{group}"),
            Route::Workshop { group } => format!("#/group/{group}/workshop"),
            Route::PublishBenchmark { group } => format!("#/group/{group}/benchmark"),
            Route::Benchmarks => "#/benchmarks".into(),
            Route::Frameworks => "#/frameworks".into(),
            Route::Embed => "#/embed".into(),
            Route::Performance => "#/performance".into(),
            Route::PerformanceChannels => "#/performance/channels".into(),
            Route::PerformanceReport { period: None } => "#/performance/report".into(),
            Route::PerformanceReport { period: Some(period) } => format!("#/performance/report/{}", period.code()),
            Route::Services => "#/services".into(),
            Route::Service { service } => format!("#/services/{service}"),
            Route::ServiceFigures { service, period } => format!("#/services/{service}/{}", period.code()),
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
    use crate::domain::performance::Period;

    #[test]
    fn every_route_survives_a_round_trip() {
        for route in [
            Route::Home,
            Route::Saved,
            Route::Question { assessment: "3f2a-b1".into(), number: 12 },
            Route::Result { assessment: "3f2a-b1".into() },
            Route::Start,
            Route::Frameworks,
            Route::Embed,
            Route::ActionPlan { assessment: "a1".into() },
            Route::Roadmap { assessment: "a1".into() },
            Route::Report { assessment: "a1".into() },
            Route::Overview { assessment: "a1".into() },
            Route::Details { assessment: "a1".into() },
            Route::CheckAnswers { assessment: "a1".into() },
            Route::Area { assessment: "a1".into(), area: "data".into(), statement: 3 },
            Route::Performance,
            Route::PerformanceChannels,
            Route::Services,
            Route::Service { service: "report-a-missed-bin".into() },
            Route::ServiceFigures { service: "bins".into(), period: Period::quarter(2026, 4) },
            Route::ServiceFigures { service: "bins".into(), period: Period::month(2026, 4) },
            Route::ServiceFigures { service: "bins".into(), period: Period::year(2026, 4) },
            Route::PerformanceReport { period: None },
            Route::PerformanceReport { period: Some(Period::quarter(2026, 7)) },
            Route::Compare,
            Route::Trend { framework: "quick-check".into() },
            Route::SideBySide { before: "a1".into(), after: "b2".into() },
            Route::Group { group: "g1".into() },
            Route::Workshop { group: "g1".into() },
            Route::PublishBenchmark { group: "g1".into() },
            Route::Benchmarks,
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
        assert_eq!(
            Route::parse("#/services/bins/2026-q2"),
            Route::ServiceFigures { service: "bins".into(), period: Period::quarter(2026, 4) }
        );
        assert_eq!(Route::parse("#/services/bins/2026-Q5"), Route::NotFound);
        assert_eq!(Route::parse("#/services/Bins"), Route::NotFound);
        assert_eq!(Route::parse("#/group/g1/workshop").area(), crate::routes::Area::Compare);
        assert_eq!(Route::parse("#/group/G1/workshop"), Route::NotFound);
    }
}
