//! The figures a board sees: savings valued on the council's own costs first, quarters and years
//! added up from months, channels marked not offered, and files of format 1. Every expected
//! number is worked by hand in the comment beside it.

use super::performance::{Q1, Q2, bins, close, figures, service};
use crate::domain::performance::entry::{Draft, parse_draft};
use crate::domain::performance::indicators::{Indicators, TOP_SERVICES, is_top};
use crate::domain::performance::rollup::Gap;
use crate::domain::performance::shift::{Basis, NotComparable, Unvalued, portfolio_shift, service_shift};
use crate::domain::performance::{Cost, Figures, Performance, Period, figure_problems, file};

#[test]
fn the_saving_is_valued_on_the_councils_own_costs_where_they_are_complete() {
    // Bins: phone cost £1,600 for 400 in Q1 (£4 each), online £200 for 800 in Q2 (£0.25 each).
    let mut performance = bins();
    performance.figures[1].cost = Some(Cost::Total(1_600.0));
    performance.figures[2].cost = Some(Cost::Total(200.0));
    let shift = service_shift(&performance, "bins", Q2).unwrap();
    let value = shift.value.clone().unwrap();
    assert_eq!((value.basis(), value.unit_costs), (Basis::Measured, Some((4.0, 0.25))));
    close(shift.saving(), 200.0 * 3.75); // 750, where the assumptions (£3, £0.50) would give 500
    close(shift.annual_saving(), 3_000.0); // four quarters at that rate
}

#[test]
fn a_portfolio_valued_partly_on_assumptions_says_how_much() {
    // Bins on its own costs: 200 moved × (£3 − £0.50) = £500. Tax has no costs at all: 50% to 75%
    // of 1,000 is 250 moved × (£3 − £0.50) assumed = £625.
    let mut performance = bins();
    performance.services.push(service("tax", "Pay council tax"));
    for (period, online, phone) in [(Q1, 500, 500), (Q2, 750, 250)] {
        for (channel, completed) in [("online", online), ("phone", phone)] {
            let mut row = Figures::empty("tax", period, channel);
            row.completed = Some(completed);
            performance.figures.push(row);
        }
    }
    let portfolio = portfolio_shift(&performance, Q2);
    let shift = portfolio.shift.clone().unwrap();
    close(Some(shift.moved), 450.0);
    let value = shift.value.clone().unwrap();
    assert_eq!(value.basis(), Basis::Mixed);
    close(Some(value.on_measured), 500.0);
    close(Some(value.on_assumed), 625.0);
    close(shift.saving(), 1_125.0);
    // With no assumed cost for phone, tax cannot be valued, so no total is given.
    performance.channels[1].assumed_unit_cost = None;
    let shift = portfolio_shift(&performance, Q2).shift.unwrap();
    assert_eq!(shift.value, Err(Unvalued::Services(vec!["tax".into()])));
    assert_eq!(shift.saving(), None);
}

#[test]
fn a_forgotten_online_row_gives_no_channel_shift() {
    // The example: phone only in Q1; online 600 and phone 400 in Q2. Read as zero, take-up
    // would go from 0% to 60% and 600 transactions would have moved, worth £1,500.
    let mut performance = Performance { services: vec![service("permits", "Permits")], ..Performance::default() };
    performance.figures.push(figures("permits", Q1, "phone", 400, 1_200.0));
    performance.figures.push(figures("permits", Q2, "online", 600, 300.0));
    performance.figures.push(figures("permits", Q2, "phone", 400, 1_200.0));
    assert_eq!(Indicators::for_service(&performance, "permits", Q1).take_up, None);
    assert!(matches!(service_shift(&performance, "permits", Q2), Err(NotComparable::ChannelsDiffer { .. })));
    // Marked not offered online in Q1, the shift is real: 0% to 60%, 600 moved.
    performance.figures.push(Figures { not_offered: true, ..Figures::empty("permits", Q1, "online") });
    let shift = service_shift(&performance, "permits", Q2).unwrap();
    close(Some(shift.moved), 600.0);
}

#[test]
fn months_add_up_to_quarters_and_quarters_to_years_only_when_every_part_is_there() {
    let mut performance = Performance { services: vec![service("bins", "Bins")], ..Performance::default() };
    // April, May and June online; April and June by phone (May forgotten); July online.
    for (month, online) in [(4, 100), (5, 110), (6, 120), (7, 130)] {
        performance.figures.push(figures("bins", Period::month(2026, month), "online", online, online as f64));
    }
    for month in [4, 6] {
        performance.figures.push(figures("bins", Period::month(2026, month), "phone", 50, 150.0));
    }
    let (view, gaps) = performance.with_rollups();
    let quarter = view.figures_for("bins", Q2);
    assert_eq!(quarter.len(), 1, "online adds up; phone does not");
    assert_eq!((quarter[0].completed, quarter[0].cost), (Some(330), Some(Cost::Total(330.0))));
    assert_eq!(
        gaps,
        [Gap { service: "bins".into(), channel: "phone".into(), period: Q2, missing: vec![Period::month(2026, 5)] }]
    );
    // The quarter from July has only July so far, and nothing later: not a gap, just not over.
    assert!(view.figures_for("bins", Period::quarter(2026, 7)).is_empty());
    // Figures entered for a quarter are used as they are, never replaced by a sum of months.
    performance.figures.push(figures("bins", Q2, "phone", 160, 480.0));
    let (view, gaps) = performance.with_rollups();
    assert_eq!(view.figures_for("bins", Q2).iter().map(|f| f.completed).collect::<Vec<_>>(), [Some(330), Some(160)]);
    assert!(gaps.is_empty());
    // Four quarters make the financial year 2026/27.
    for month in [7, 10, 1] {
        let year = if month == 1 { 2027 } else { 2026 };
        performance.figures.push(figures("bins", Period::quarter(year, month), "online", 1_000, 500.0));
    }
    performance.figures.retain(|f| f.period != Period::month(2026, 7));
    let (view, _) = performance.with_rollups();
    let year = view.figures_for("bins", Period::year(2026, 4));
    assert_eq!(year.iter().map(|f| f.completed).collect::<Vec<_>>(), [Some(3_330)], "phone has one quarter only");
}

#[test]
fn a_sum_of_months_keeps_a_blank_blank() {
    let mut performance = Performance { services: vec![service("bins", "Bins")], ..Performance::default() };
    for month in [4, 5, 6] {
        performance.figures.push(figures("bins", Period::month(2026, month), "online", 100, 10.0));
    }
    performance.figures[1].cost = None;
    let (view, _) = performance.with_rollups();
    let quarter = view.figures_for("bins", Q2);
    assert_eq!((quarter[0].completed, quarter[0].cost), (Some(300), None));
}

#[test]
fn a_channel_marked_not_offered_cannot_also_have_figures() {
    let performance = bins();
    let mut row = figures("bins", Q1, "online", 5, 1.0);
    row.not_offered = true;
    let problems = figure_problems(&row, performance.channel("online").unwrap());
    assert_eq!(problems[0].1, "Online is marked not offered but has figures: clear them, or remove the mark");
    let typed: Draft = [("online-not-offered", "yes"), ("online-completed", "5"), ("phone-not-offered", "yes")]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let errors = parse_draft(&typed, "bins", Q1, &performance.channels).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, "online-completed");
    let mut typed = typed;
    typed.remove("online-completed");
    let rows = parse_draft(&typed, "bins", Q1, &performance.channels).unwrap();
    assert!(rows.iter().all(|row| row.not_offered) && rows.len() == 2);
}

#[test]
fn only_a_ranking_longer_than_the_top_twenty_marks_any_service() {
    assert!(!is_top(Some(1), 12), "with 12 services, marking all 12 would mark nothing");
    assert!(is_top(Some(TOP_SERVICES), 25));
    assert!(!is_top(Some(TOP_SERVICES + 1), 25));
    assert!(!is_top(None, 25));
}

#[test]
fn a_file_of_format_one_loads_with_its_calendar_quarters_as_the_same_months() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/formats/v1/performance.json"))
            .unwrap();
    let performance = file::from_json(&text).unwrap();
    assert_eq!(performance.periods(), [Q1, Period::month(2026, 4), Q2]);
    assert_eq!(performance.year_start.0, 4, "UK councils' year, April to March");
    let shift = service_shift(&performance, "missed-bin", Q2).unwrap();
    close(Some(shift.moved), 200.0); // 60% to 80% of 1,000
    // Own costs: phone £3.20 in Q1, online £360 / 800 = £0.45 in Q2.
    close(shift.saving(), 200.0 * (3.2 - 0.45));
    let written = file::to_json(&performance);
    assert!(written.contains("\"schema_version\": 2") && written.contains("\"2026-04+3\""));
    assert_eq!(file::from_json(&written).unwrap(), performance);
}

#[test]
fn the_computed_indicators_export_says_what_each_portfolio_figure_rests_on() {
    let mut performance = bins();
    performance.services.push(service("tax", "Pay council tax"));
    performance.figures.push(figures("tax", Q2, "online", 1_000, 100.0));
    let csv = crate::domain::performance::computed::indicators_csv(&performance);
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    // Bins in Q2: 1,000 transactions costing £1,000; 800 of 1,000 started online were completed;
    // take-up 60% to 80%, 200 moved, £500 on its own costs. Nobody was surveyed.
    assert!(lines.contains(&"Report a missed bin,Q1 2026/27,3,1000,1.00,,80.0,80.0,20.0,200,500.00,Own costs,"));
    // All services: tax's 1,000 online count in volume and cost, but not in take-up or completion.
    assert!(lines.contains(
        &"All services,Q1 2026/27,3,2000,0.55,,80.0,80.0,20.0,200,500.00,Own costs,Completion rate: 1 of 2 services; Digital take-up: 1 of 2 services; Channel shift: 1 of 2 services"
    ), "{csv}");
    // A fall is a plain negative number, not text a spreadsheet cannot add up.
    performance.figures[2].completed = Some(200); // 200 online and 200 by phone: 50%, 10 points down
    performance.figures[2].started = Some(200);
    let csv = crate::domain::performance::computed::indicators_csv(&performance);
    assert!(csv.contains(",-10.0,-40,"), "{csv}"); // 10 points of 400
}

#[test]
fn targets_are_checked_and_measured_the_right_way_round() {
    use crate::domain::performance::{Indicator, Target};
    let mut performance = bins();
    let take_up = Target { service: None, indicator: Indicator::TakeUp, value: 0.75, by: Period::year(2026, 4) };
    let cost = Target { service: Some("bins".into()), indicator: Indicator::CostPerTransaction, value: 1.2, by: Q2 };
    // Q1: take-up 60%, short of 75%; cost £1.50, above £1.20. Q2: 80% and £1.00, both reached.
    assert_eq!(take_up.progress(&performance, Q1).reached, Some(false));
    assert_eq!(cost.progress(&performance, Q1).reached, Some(false));
    assert_eq!(take_up.progress(&performance, Q2).reached, Some(true));
    assert_eq!(cost.progress(&performance, Q2).reached, Some(true));
    close(cost.progress(&performance, Q2).value, 1.0);
    performance.targets = vec![
        take_up.clone(),
        take_up,
        Target { service: Some("gone".into()), indicator: Indicator::Satisfaction, value: 1.5, by: Q2 },
    ];
    let problems: Vec<String> = performance.problems().iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        [
            "targets[1]: the same target is set twice",
            "targets[2].service: \"gone\" is not a service in the register",
            "targets[2].value: must be a percentage from 0 to 100",
        ]
    );
}

#[test]
fn the_basis_is_kept_even_when_the_saving_is_nothing() {
    // Take-up 60% in both quarters, with a cost left blank: nothing moved, valued on the assumptions.
    let mut performance = bins();
    performance.figures[2].completed = Some(600);
    performance.figures[2].started = Some(800);
    performance.figures[3].completed = Some(400);
    performance.figures[3].cost = None;
    let value = service_shift(&performance, "bins", Q2).unwrap().value.unwrap();
    assert_eq!((value.saving, value.basis()), (0.0, Basis::Assumed));
    assert_eq!(portfolio_shift(&performance, Q2).shift.unwrap().value.unwrap().basis(), Basis::Assumed);
}

#[test]
fn with_no_offline_transactions_before_the_offline_assumptions_are_averaged() {
    // Q1: 600 online and phone not offered (100% take-up); Q2: 800 online, 200 by phone, costs
    // blank. 20 points of 1,000 moved away from digital: −200 × (average offline assumption
    // (£3 + £9 + £5 + £5) / 4 = £5.50 − £0.50 online) = −£1,000.
    let mut performance = bins();
    performance.figures[0].cost = None;
    performance.figures[1] = Figures { not_offered: true, ..Figures::empty("bins", Q1, "phone") };
    performance.figures[3].cost = None;
    let shift = service_shift(&performance, "bins", Q2).unwrap();
    close(Some(shift.moved), -200.0);
    close(shift.saving(), -1_000.0);
}
