use super::contents;
use crate::domain::performance::Responses::Five;
use crate::domain::performance::entry::{Draft, EntryField, parse_count, parse_draft, parse_money};
use crate::domain::performance::indicators::{Indicators, ratio, volume_ranking};
use crate::domain::performance::portfolio::{Change, Indicator, portfolio_indicator};
use crate::domain::performance::sample::sample;
use crate::domain::performance::shift::{Basis, NotComparable, Unvalued, portfolio_shift, service_shift};
use crate::domain::performance::{Cost, Figures, Performance, Period, Service, YearStart, file};

/// January to March 2026 (Q4 2025/26) and April to June 2026 (Q1 2026/27).
pub const Q1: Period = Period::quarter(2026, 1);
pub const Q2: Period = Period::quarter(2026, 4);

pub fn service(id: &str, name: &str) -> Service {
    Service { id: id.into(), name: name.into(), description: String::new(), owner: String::new(), category: None }
}

pub fn figures(service: &str, period: Period, channel: &str, completed: u64, cost: f64) -> Figures {
    let mut row = Figures::empty(service, period, channel);
    row.completed = Some(completed);
    row.cost = Some(Cost::Total(cost));
    row
}

/// Bins: 600 online (of 800 started) and 400 by phone in Q1; 800 online and 200 by phone in Q2.
pub fn bins() -> Performance {
    let mut performance =
        Performance { services: vec![service("bins", "Report a missed bin")], ..Performance::default() };
    let mut online = figures("bins", Q1, "online", 600, 300.0);
    online.started = Some(800);
    online.satisfaction = Some(Five([10, 10, 20, 40, 20]));
    let mut phone = figures("bins", Q1, "phone", 400, 1_200.0);
    phone.satisfaction = Some(Five([5, 5, 10, 30, 50]));
    let mut online_later = figures("bins", Q2, "online", 800, 400.0);
    online_later.started = Some(1_000);
    let phone_later = figures("bins", Q2, "phone", 200, 600.0);
    performance.figures = vec![online, phone, online_later, phone_later];
    performance
}

pub fn close(actual: Option<f64>, expected: f64) {
    let actual = actual.expect("a number");
    assert!((actual - expected).abs() < 1e-9, "{actual} is not {expected}");
}

#[test]
fn the_four_indicators_follow_the_gov_uk_definitions() {
    let performance = bins();
    let q1 = Indicators::for_service(&performance, "bins", Q1);
    assert_eq!(q1.volume, Some(1_000));
    close(q1.cost_per_transaction, 1.5); // (300 + 1200) / 1000
    close(q1.satisfaction, 140.0 / 200.0); // (40 + 20 + 30 + 50) / 200 responses
    close(q1.completion_rate, 0.75); // 600 / 800
    close(q1.take_up, 0.6); // 600 / 1000
    // Each channel on its own, as the cost chart draws it: £300 for 600 online, £1,200 for 400 by phone.
    let channel = |id: &str| {
        let rows: Vec<&Figures> = performance.figures_for("bins", Q1).into_iter().filter(|f| f.channel == id).collect();
        Indicators::of(&performance, &rows).cost_per_transaction
    };
    close(channel("online"), 0.5);
    close(channel("phone"), 3.0);
}

#[test]
fn a_cost_per_transaction_is_multiplied_out_by_volume() {
    let mut performance = bins();
    performance.figures[1].cost = Some(Cost::PerTransaction(3.0));
    close(Indicators::for_service(&performance, "bins", Q1).cost_per_transaction, 1.5);
    performance.figures[1].completed = None;
    assert_eq!(Indicators::for_service(&performance, "bins", Q1).cost_per_transaction, None);
}

#[test]
fn missing_figures_make_an_indicator_missing_never_zero() {
    let mut performance = bins();
    performance.figures[1].cost = None;
    let q1 = Indicators::for_service(&performance, "bins", Q1);
    assert_eq!(q1.cost_per_transaction, None, "one channel's cost unknown: the total is unknown");
    assert!(q1.take_up.is_some(), "the other indicators do not need cost");
    performance.figures[0].started = None;
    assert_eq!(Indicators::for_service(&performance, "bins", Q1).completion_rate, None);
    performance.figures[0].completed = None;
    let q1 = Indicators::for_service(&performance, "bins", Q1);
    assert_eq!((q1.volume, q1.take_up), (None, None));
    let nothing = Indicators::for_service(&performance, "bins", Period::quarter(2020, 1));
    assert_eq!(nothing, Indicators::default());
    assert_eq!(Indicators::for_service(&performance, "bins", Q2).satisfaction, None, "nobody was asked in Q2");
}

#[test]
fn division_by_zero_never_gives_a_number() {
    assert_eq!(ratio(Some(5.0), Some(0.0)), None);
    assert_eq!(ratio(None, Some(2.0)), None);
    let mut performance = bins();
    for row in &mut performance.figures {
        row.completed = Some(0);
        row.started = row.started.map(|_| 0);
        row.satisfaction = row.satisfaction.map(|_| Five([0; 5]));
    }
    let q1 = Indicators::for_service(&performance, "bins", Q1);
    assert_eq!(q1.volume, Some(0));
    assert_eq!((q1.cost_per_transaction, q1.take_up, q1.completion_rate, q1.satisfaction), (None, None, None, None));
    assert!(q1.cost_per_transaction.is_none_or(f64::is_finite));
}

#[test]
fn take_up_needs_a_digital_and_an_offline_channel_recorded_or_marked_not_offered() {
    // The online row forgotten: not 0% take-up but unknown.
    let mut performance = bins();
    performance.figures.retain(|f| f.channel == "phone");
    let q1 = Indicators::for_service(&performance, "bins", Q1);
    assert_eq!((q1.volume, q1.take_up), (Some(400), None));
    assert_eq!(q1.completion_rate, None, "no digital starts: no completion rate");
    // Marked not offered, online is none: 0 of 400.
    performance.figures.push(Figures { not_offered: true, ..Figures::empty("bins", Q1, "online") });
    close(Indicators::for_service(&performance, "bins", Q1).take_up, 0.0);
    // The phone row forgotten: not 100% but unknown, until phone is marked not offered.
    let mut performance = bins();
    performance.figures.retain(|f| f.channel == "online");
    assert_eq!(Indicators::for_service(&performance, "bins", Q1).take_up, None);
    performance.figures.push(Figures { not_offered: true, ..Figures::empty("bins", Q1, "phone") });
    let q1 = Indicators::for_service(&performance, "bins", Q1);
    close(q1.take_up, 1.0);
    close(q1.cost_per_transaction, 0.5); // a channel not offered costs nothing: 300 / 600
}

#[test]
fn channel_shift_and_the_saving_it_brings() {
    let performance = bins();
    let shift = service_shift(&performance, "bins", Q2).unwrap();
    close(Some(shift.points()), 20.0); // 60% to 80%
    close(Some(shift.moved), 200.0); // 20 points of 1000 transactions
    // Every cost is known: phone cost £1,200 for 400 in Q1 (£3), online £400 for 800 in Q2 (£0.50).
    let value = shift.value.clone().unwrap();
    assert_eq!((value.basis(), value.unit_costs), (Basis::Measured, Some((3.0, 0.5))));
    close(shift.saving(), 200.0 * 2.5);
    close(shift.annual_saving(), 200.0 * 2.5 * 4.0); // a quarter's saving, four times a year
    assert_eq!(service_shift(&performance, "bins", Q1), Err(NotComparable::Added), "nothing before Q1 to compare with");
}

#[test]
fn falling_take_up_is_a_negative_shift_and_a_cost() {
    let mut performance = bins();
    performance.figures[2].completed = Some(100);
    performance.figures[2].cost = Some(Cost::Total(50.0));
    let shift = service_shift(&performance, "bins", Q2).unwrap();
    assert!(shift.points() < 0.0 && shift.saving().unwrap() < 0.0);
}

#[test]
fn the_assumed_offline_cost_is_weighted_by_volume() {
    let mut performance = bins();
    performance.figures.push(figures("bins", Q1, "face-to-face", 100, 900.0));
    performance.figures.push(figures("bins", Q2, "face-to-face", 50, 450.0));
    // A cost left blank: the service's own costs are incomplete, so the assumptions are used.
    performance.figures[3].cost = None;
    let offline = |performance: &Performance| {
        let value = service_shift(performance, "bins", Q2).unwrap().value.unwrap();
        assert_eq!(value.basis(), Basis::Assumed);
        Some(value.unit_costs.unwrap().0)
    };
    // 400 by phone at £3 and 100 face to face at £9: (1200 + 900) / 500.
    close(offline(&performance), 4.2);
    performance.channels[1].assumed_unit_cost = Some(4.0);
    close(offline(&performance), (1600.0 + 900.0) / 500.0);
    // A channel with no assumed cost cannot value a shift that needs it.
    performance.channels[2].assumed_unit_cost = None;
    assert_eq!(
        service_shift(&performance, "bins", Q2).unwrap().value,
        Err(Unvalued::NoAssumedCost(vec!["face-to-face".into()]))
    );
}

#[test]
fn the_portfolio_adds_services_together_and_says_what_each_figure_rests_on() {
    // The fixture: council tax is online only, and new in Q2. Its missing phone row
    // means take-up is not known for it, so take-up rests on bins alone.
    let mut performance = bins();
    performance.services.push(service("tax", "Pay council tax"));
    performance.figures.push(figures("tax", Q2, "online", 1_000, 100.0));
    let volume = portfolio_indicator(&performance, Q2, Indicator::Volume);
    close(volume.value, 2_000.0);
    assert!(volume.is_whole());
    let cost = portfolio_indicator(&performance, Q2, Indicator::CostPerTransaction);
    close(cost.value, 0.55); // (400 + 600 + 100) / 2000
    let take_up = portfolio_indicator(&performance, Q2, Indicator::TakeUp);
    close(take_up.value, 0.8); // bins' 800 of 1000, not 1,800 of 2,000
    assert_eq!((take_up.counted.clone(), take_up.with_figures), (vec!["bins".to_string()], 2));
    close(take_up.share_of_volume, 0.5);
    // The change is like for like: bins in both periods, 60% to 80%.
    assert_eq!(take_up.change, Some(Change { before: 0.6, now: 0.8, services: 1 }));
    let change = volume.change.unwrap();
    assert_eq!((change.before, change.now, change.services), (1_000.0, 1_000.0, 1), "tax is new: not a rise");
    // The shift: 200 moved and £500, with council tax left out and named.
    let portfolio = portfolio_shift(&performance, Q2);
    close(Some(portfolio.shift.as_ref().unwrap().moved), 200.0);
    close(portfolio.shift.unwrap().saving(), 500.0);
    assert_eq!(portfolio.left_out, [("tax".to_string(), NotComparable::Added)]);
}

#[test]
fn one_blank_cost_narrows_the_portfolio_cost_per_transaction_instead_of_blanking_it() {
    let mut performance = bins();
    performance.services.push(service("tax", "Pay council tax"));
    performance.figures.push(figures("tax", Q2, "online", 3_000, 300.0));
    performance.figures.push(figures("tax", Q2, "phone", 1_000, 3_000.0));
    performance.figures[3].cost = None; // bins' phone cost in Q2
    let cost = portfolio_indicator(&performance, Q2, Indicator::CostPerTransaction);
    close(cost.value, 3_300.0 / 4_000.0); // council tax alone
    assert_eq!((cost.counted.len(), cost.with_figures), (1, 2));
    close(cost.share_of_volume, 4_000.0 / 5_000.0);
    assert!(!cost.is_whole());
    assert_eq!(cost.change, None, "no service has a cost in both periods");
}

#[test]
fn services_are_ranked_by_volume_and_those_without_figures_follow() {
    let mut performance = bins();
    performance.services.push(service("tax", "Pay council tax"));
    performance.services.push(service("idle", "Nothing yet"));
    performance.figures.push(figures("tax", Q2, "online", 5_000, 100.0));
    let ranking = volume_ranking(&performance, Some(Q2));
    let order: Vec<(Option<usize>, &str, Option<u64>)> =
        ranking.iter().map(|(rank, s, v)| (*rank, s.id.as_str(), *v)).collect();
    assert_eq!(order, [(Some(1), "tax", Some(5_000)), (Some(2), "bins", Some(1_000)), (None, "idle", None)]);
}

#[test]
fn periods_read_write_order_and_step_back() {
    let april = YearStart::default();
    for (text, period) in [
        ("2026-04", Period::month(2026, 4)),
        ("2026-04+3", Q2),
        ("2026-04+12", Period::year(2026, 4)),
        ("2026-Q2", Q2),
        ("2026-q2", Q2),
    ] {
        assert_eq!(Period::parse(text), Some(period));
        assert_eq!(Period::parse(&period.code()), Some(period));
    }
    for bad in ["2026-13", "2026-00", "2026-Q5", "26-Q1", "2026", "April 2026", "2026-4", "2026-04+2", "2026-Q1+3"] {
        assert_eq!(Period::parse(bad), None, "{bad}");
    }
    assert_eq!(Q2.label(april), "April to June 2026 (Q1 2026/27)");
    assert_eq!(Q1.label(april), "January to March 2026 (Q4 2025/26)");
    assert_eq!(Period::year(2026, 4).label(april), "April 2026 to March 2027 (2026/27)");
    assert_eq!(Period::month(2026, 4).label(april), "April 2026");
    assert_eq!(
        (Q2.short_label(april), Period::month(2026, 4).short_label(april)),
        ("Q1 2026/27".into(), "Apr 2026".into())
    );
    assert_eq!(Period::month(2026, 1).previous(), Period::month(2025, 12));
    assert_eq!(Q1.previous(), Period::quarter(2025, 10));
    assert_eq!(Q1.next(), Q2);
    assert_eq!(Period::year(2026, 4).previous(), Period::year(2025, 4));
    assert!(Period::month(2025, 12) < Q1 && Q1 < Period::month(2026, 2));
    assert_eq!(Period::quarter_of(time::macros::date!(2026 - 11 - 23), april), Period::quarter(2026, 10));
    assert_eq!(Period::quarter_of(time::macros::date!(2027 - 02 - 01), april), Period::quarter(2027, 1));
}

#[test]
fn periods_are_named_by_the_financial_year_chosen() {
    let april = YearStart::default();
    for (text, period) in [
        ("Q1 2026/27", Q2),
        ("2026/27 q1", Q2),
        ("Q4 2025/26", Q1),
        ("2026/27", Period::year(2026, 4)),
        ("2026-04", Period::month(2026, 4)),
    ] {
        assert_eq!(Period::parse_named(text, april), Some(period), "{text}");
    }
    for bad in ["Q5 2026/27", "Q1 2026/28", "Q1 2026", "2026", "Q1 26/27"] {
        assert_eq!(Period::parse_named(bad, april), None, "{bad}");
    }
    // A calendar-year body: April to June is its Q2, and the year is named by its number.
    let january = YearStart(1);
    assert_eq!(Q2.label(january), "April to June 2026 (Q2 2026)");
    assert_eq!(Period::parse_named("Q2 2026", january), Some(Q2));
    assert_eq!(Period::parse_named("2026", january), Some(Period::year(2026, 1)));
    // A quarter out of line with the year is labelled by its months alone.
    let july = YearStart(7);
    assert_eq!(Period::quarter(2026, 5).label(july), "May to July 2026");
    assert_eq!(Q2.label(july), "April to June 2026 (Q4 2025/26)");
    assert_eq!(Period::quarter(2025, 11).label(april), "November 2025 to January 2026");
    assert_eq!(Period::year(2026, 4).per_year(), 1.0);
    assert_eq!(Period::month(2026, 4).per_year(), 12.0);
}

#[test]
fn typed_numbers_give_clear_messages() {
    assert_eq!(parse_count("", "Phone – transactions completed"), Ok(None));
    assert_eq!(parse_count(" 1,250 ", "x"), Ok(Some(1_250)));
    assert_eq!(
        parse_count("-3", "Phone – transactions completed"),
        Err("Phone – transactions completed cannot be negative".into())
    );
    assert_eq!(parse_count("2.5", "Started"), Err("Started must be a whole number".into()));
    assert_eq!(parse_count("lots", "Started"), Err("Started must be a number, like 1250".into()));
    assert_eq!(parse_money("£1,250.50", "Cost"), Ok(Some(1_250.5)));
    assert_eq!(parse_money("-1", "Cost"), Err("Cost cannot be negative".into()));
    for zero in ["-0", "-0.00", "£-0", "0"] {
        let parsed = parse_money(zero, "Cost").unwrap().unwrap();
        assert!(parsed == 0.0 && parsed.is_sign_positive(), "{zero} is £0, never £-0.00");
    }
    assert_eq!(parse_money("NaN", "Cost"), Err("Cost must be an amount in pounds, like 1250.50".into()));
}

fn draft(fields: &[(&str, &str)]) -> Draft {
    fields.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

#[test]
fn the_entry_form_checks_every_field_and_names_it() {
    let channels = Performance::default().channels;
    let typed = draft(&[
        ("online-completed", "900"),
        ("online-started", "800"),
        ("phone-completed", "-4"),
        ("phone-cost", "100"),
        ("phone-unit-cost", "2"),
        ("face-to-face-satisfaction-0", "3"),
    ]);
    let errors = parse_draft(&typed, "bins", Q1, &channels).unwrap_err();
    let found: Vec<(&str, &str)> = errors.iter().map(|e| (e.field.as_str(), e.message.as_str())).collect();
    assert_eq!(
        found,
        [
            ("online-completed", "Online transactions completed (900) cannot be more than those started (800)"),
            ("phone-completed", "Phone – transactions completed cannot be negative"),
            ("phone-unit-cost", "Phone: give the total cost or the cost per transaction, not both"),
            (
                "face-to-face-satisfaction-1",
                "Face to face: give all five satisfaction counts (0 where nobody chose that answer), or leave all five blank"
            ),
        ]
    );
}

#[test]
fn a_good_form_gives_figures_for_the_channels_filled_in() {
    let channels = Performance::default().channels;
    let mut typed = draft(&[("online-completed", "600"), ("online-started", "800"), ("online-cost", "£300")]);
    for point in 0..5 {
        typed.insert(EntryField::Satisfaction(point).id("online"), "2".into());
    }
    let rows = parse_draft(&typed, "bins", Q1, &channels).unwrap();
    assert_eq!(rows.len(), 1, "blank channels give no figures");
    assert_eq!(rows[0].satisfaction, Some(Five([2; 5])));
    assert_eq!(rows[0].cost, Some(Cost::Total(300.0)));
    let back = crate::domain::performance::entry::draft_from(&rows.iter().collect::<Vec<_>>());
    assert_eq!(parse_draft(&back, "bins", Q1, &channels).unwrap(), rows);
}

#[test]
fn starts_are_for_digital_channels_only() {
    let performance = bins();
    let mut phone = figures("bins", Q1, "phone", 10, 10.0);
    phone.started = Some(10);
    let problems = crate::domain::performance::figure_problems(&phone, performance.channel("phone").unwrap());
    assert_eq!(problems[0].1, "transactions started are recorded for digital channels only, and phone is not one");
}

#[test]
fn a_file_with_a_cost_of_minus_zero_is_refused() {
    let mut document: serde_json::Value = serde_json::from_str(&file::to_json(&sample())).unwrap();
    let index = document["figures"].as_array().unwrap().iter().position(|f| f["cost"]["total"].is_number()).unwrap();
    document["figures"][index]["cost"]["total"] = serde_json::json!(-0.0);
    assert!(document.to_string().contains("-0.0"));
    let problems = file::from_json(&document.to_string()).unwrap_err().to_string();
    assert!(problems.ends_with("the cost must be £0 or more"), "{problems}");
}

#[test]
fn the_json_file_round_trips_and_is_checked() {
    let performance = sample();
    let text = file::to_json(&performance);
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!((value["format"].as_str(), value["schema_version"].as_u64()), (Some("almanac.performance"), Some(2)));
    assert_eq!(file::from_json(&text).unwrap(), performance);

    let mut bad = value.clone();
    bad["figures"][0]["service"] = "nowhere".into();
    bad["figures"][5]["completed"] = serde_json::json!(99_999_999);
    bad["channels"][1]["assumed_unit_cost"] = serde_json::json!(-1.0);
    assert_eq!(
        file::from_json(&bad.to_string()).unwrap_err().to_string(),
        [
            "channels[1].assumed_unit_cost: must be from £0 to £10,000,000,000",
            "figures[0].service: \"nowhere\" is not a service in the register",
            "figures[5].completed: Online transactions completed (99999999) cannot be more than those started (36948)",
        ]
        .join("\n")
    );
    let mut newer = value;
    newer["schema_version"] = 3.into();
    assert_eq!(
        file::from_json(&newer.to_string()).unwrap_err().to_string(),
        "schema_version: the file was made by a newer version of Almanac (format 3)"
    );
    assert!(file::from_json("{\"format\": \"almanac.performance\", \"schema_version\": 1, \"figures\": [{\"service\": \"a\", \"period\": \"2026-Q9\", \"channel\": \"online\"}]}")
        .unwrap_err()
        .to_string()
        .contains("\"2026-Q9\" is not a period"));
}

#[test]
fn the_register_refuses_blank_and_repeated_names() {
    let mut performance = bins();
    performance.services.push(service("bins-2", " report a MISSED bin "));
    performance.services.push(service("Bad Id", " "));
    let problems: Vec<String> = performance.problems().iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        [
            "services[1].name: there is already a service called \"report a MISSED bin\"",
            "services[2].id: must be lower case letters, digits and hyphens, up to 64 characters",
            "services[2].name: enter the service’s name",
        ]
    );
    assert_eq!(performance.new_service_id("Report a missed bin!"), "report-a-missed-bin");
    assert_eq!(performance.new_service_id("Bins"), "bins-3");
}

#[test]
fn the_sample_is_sound_labelled_and_shows_take_up_rising() {
    let performance = sample();
    assert!(performance.illustrative);
    assert!(performance.problems().is_empty(), "{:?}", performance.problems());
    assert_eq!(performance.services.len(), 12);
    let periods = performance.periods();
    assert_eq!(periods.len(), 4);
    let latest = *periods.last().unwrap();
    let portfolio = portfolio_shift(&performance, latest);
    assert_eq!((portfolio.compared.len(), portfolio.left_out.len()), (12, 0), "every sample service compares");
    let shift = portfolio.shift.unwrap();
    assert!(shift.points() > 0.0 && shift.saving().unwrap() > 0.0);
    for service in &performance.services {
        let indicators = Indicators::for_service(&performance, &service.id, latest);
        assert!(indicators.cost_per_transaction.is_some() && indicators.satisfaction.is_some());
        assert!(indicators.completion_rate.is_some_and(|rate| rate <= 1.0));
    }
}

#[test]
fn backups_carry_performance_data_and_format_one_still_loads() {
    use crate::domain::backup;
    let performance = sample();
    let text = backup::to_json(contents(&[], &[], Some(&performance), &[]), super::NOW);
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["schema_version"], 3);
    let restored = backup::from_json(&text, &super::every_framework()).unwrap();
    assert_eq!(restored.performance, Some(performance));
    let empty = backup::to_json(contents(&[], &[], Some(&Performance::default()), &[]), super::NOW);
    assert!(!empty.contains("performance"), "nothing to keep, nothing written");

    let mut broken = value;
    broken["performance"]["figures"][0]["channel"] = "fax".into();
    assert_eq!(
        backup::from_json(&broken.to_string(), &super::every_framework()).unwrap_err().to_string(),
        "performance.figures[0].channel: \"fax\" is not one of the channels"
    );

    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/formats");
    let v1 = std::fs::read_to_string(format!("{folder}/v1/backup.json")).unwrap();
    assert_eq!(backup::from_json(&v1, &super::every_framework()).unwrap().performance, None);
    let v2 = std::fs::read_to_string(format!("{folder}/v2/backup.json")).unwrap();
    let loaded = backup::from_json(&v2, &super::every_framework()).unwrap();
    assert_eq!(loaded.assessments.len(), 1);
    let data = loaded.performance.expect("format 2 carries performance data");
    assert_eq!(data.services.len(), 2);
    let tax = Indicators::for_service(&data, "pay-council-tax", Q2);
    close(tax.take_up, 0.8);
}

#[test]
fn a_service_name_must_be_given_and_not_used_by_another_service() {
    let performance = Performance {
        services: vec![service("bins", "Report a missed bin"), service("tax", "Pay council tax")],
        ..Performance::default()
    };
    assert_eq!(performance.name_problem("  ", None).as_deref(), Some("Enter the service’s name"));
    assert_eq!(
        performance.name_problem(" pay COUNCIL tax ", None).as_deref(),
        Some("There is already a service called “pay COUNCIL tax”")
    );
    assert_eq!(
        performance.name_problem("Pay council tax", Some("bins")).as_deref(),
        Some("There is already a service called “Pay council tax”")
    );
    assert_eq!(performance.name_problem("Pay Council Tax", Some("tax")), None, "a service keeps its own name");
    assert_eq!(performance.name_problem("Register a birth", None), None);
}

#[test]
fn the_portfolio_shift_is_like_for_like_and_names_what_it_leaves_out() {
    // Bins moved 200 of 1,000 transactions to online; council tax only has figures in Q2.
    let mut performance = bins();
    performance.services.push(service("tax", "Pay council tax"));
    performance.figures.push(figures("tax", Q2, "online", 1_000, 100.0));
    let portfolio = portfolio_shift(&performance, Q2);
    assert_eq!(portfolio.compared.iter().map(|(id, _)| id.as_str()).collect::<Vec<_>>(), ["bins"]);
    assert_eq!(portfolio.left_out, [("tax".to_string(), NotComparable::Added)]);
    let shift = portfolio.shift.unwrap();
    close(Some(shift.moved), 200.0);
    close(shift.saving(), 500.0); // 200 × (£3 phone − £0.50 online)
    close(portfolio.share_of_volume, 0.5); // bins' 1,000 of 2,000 in Q2
}

#[test]
fn a_channel_not_recorded_in_one_period_is_not_read_as_none() {
    // Permits: phone only in Q1 (the online row forgotten); online 600 and phone 400 in Q2. Read
    // as zero, take-up would go from 0% to 60% and 600 transactions would have moved.
    let mut performance = bins();
    performance.services.push(service("permits", "Apply for a parking permit"));
    performance.figures.push(figures("permits", Q1, "phone", 400, 1_200.0));
    performance.figures.push(figures("permits", Q2, "online", 600, 300.0));
    performance.figures.push(figures("permits", Q2, "phone", 400, 1_200.0));
    let differ = NotComparable::ChannelsDiffer { only_before: vec![], only_now: vec!["online".into()] };
    assert_eq!(service_shift(&performance, "permits", Q2), Err(differ.clone()));
    let portfolio = portfolio_shift(&performance, Q2);
    assert_eq!(portfolio.left_out, [("permits".to_string(), differ)]);
    close(Some(portfolio.shift.unwrap().moved), 200.0); // bins alone
    close(portfolio.share_of_volume, 1_000.0 / 2_000.0);
}

#[test]
fn a_service_with_figures_only_before_is_dropped_not_counted() {
    let mut performance = bins();
    performance.services.push(service("tip", "Book a tip visit"));
    performance.figures.push(figures("tip", Q1, "phone", 5_000, 1_000.0));
    let portfolio = portfolio_shift(&performance, Q2);
    assert_eq!(portfolio.left_out, [("tip".to_string(), NotComparable::Dropped)]);
    close(Some(portfolio.shift.unwrap().take_up_before), 0.6);
    assert_eq!(service_shift(&performance, "tip", Q2), Err(NotComparable::Dropped));
}

#[test]
fn with_nothing_comparable_there_is_no_portfolio_shift() {
    let mut performance = bins();
    performance.figures.retain(|f| f.period == Q2);
    let portfolio = portfolio_shift(&performance, Q2);
    assert_eq!((portfolio.shift, portfolio.compared.len()), (None, 0));
    assert_eq!(portfolio.left_out, [("bins".to_string(), NotComparable::Added)]);
}

#[test]
fn totals_too_large_to_hold_are_unknown_never_wrapped_round() {
    // Figures that got past the checks (an older file, say) must not wrap round to a small
    // count, or add up to an infinite cost shown as a number.
    let mut performance = bins();
    performance.figures[0].completed = Some(u64::MAX - 10);
    performance.figures[0].started = Some(u64::MAX);
    performance.figures[1].satisfaction = Some(Five([u64::MAX, 0, 0, u64::MAX, 1]));
    performance.figures[0].cost = Some(Cost::Total(f64::MAX));
    performance.figures[1].cost = Some(Cost::Total(f64::MAX));
    let q1 = Indicators::for_service(&performance, "bins", Q1);
    assert_eq!((q1.volume, q1.take_up, q1.cost_per_transaction, q1.satisfaction), (None, None, None, None));
}
