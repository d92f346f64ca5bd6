//! A made-up data set for trying the dashboard: twelve common council services over four
//! quarters, with take-up rising at different rates. Marked `illustrative` so that every page
//! showing it says the figures are not real.

use super::{Cost, Figures, Performance, Period, Responses, Service, default_channels};
use crate::i18n::t::performance_sample as t;

/// Words in the page's language.
type Words = fn() -> &'static str;

/// (name, category, owner, transactions a quarter, online share in the first quarter in %,
/// rise in online share each quarter in points). The words are in the page's language when the
/// sample is loaded; from then on they are data, like any council's own.
const SERVICES: [(Words, Words, Words, u64, u64, u64); 12] = [
    (t::pay_council_tax, t::revenues_and_benefits, t::head_of_revenues, 42_000, 58, 4),
    (t::report_a_missed_bin, t::waste, t::waste_services_manager, 18_500, 47, 6),
    (t::book_a_bulky_waste_collection, t::waste, t::waste_services_manager, 6_200, 52, 5),
    (t::apply_for_a_parking_permit, t::parking, t::parking_manager, 9_800, 61, 3),
    (t::claim_housing_benefit, t::revenues_and_benefits, t::head_of_benefits, 7_400, 34, 5),
    (t::apply_for_a_school_place, t::education, t::admissions_manager, 5_100, 82, 2),
    (t::comment_on_a_planning_application, t::planning, t::development_manager, 4_300, 66, 3),
    (t::report_a_pothole, t::highways, t::highways_manager, 8_900, 39, 7),
    (t::subscribe_to_garden_waste_collection, t::waste, t::waste_services_manager, 12_600, 71, 4),
    (t::join_the_library, t::libraries, t::libraries_manager, 3_200, 25, 6),
    (t::apply_for_a_blue_badge, t::adult_social_care, t::customer_services_manager, 2_700, 29, 4),
    (t::register_a_birth, t::registration, t::superintendent_registrar, 1_900, 10, 2),
];

/// How offline transactions split between phone, face to face, post or email, and other, in %.
const OFFLINE_SPLIT: [(&str, u64); 4] = [("phone", 60), ("face-to-face", 22), ("post-email", 14), ("other", 4)];

pub fn sample() -> Performance {
    let mut performance = Performance { channels: default_channels(), illustrative: true, ..Performance::default() };
    // The four quarters of the financial year 2025/26.
    let quarters =
        [Period::quarter(2025, 4), Period::quarter(2025, 7), Period::quarter(2025, 10), Period::quarter(2026, 1)];
    for (number, (name, category, owner, volume, first_share, rise)) in SERVICES.into_iter().enumerate() {
        let name = name();
        let id = performance.new_service_id(name);
        performance.services.push(Service {
            id: id.clone(),
            name: name.into(),
            description: t::description(name.to_lowercase()),
            owner: owner().into(),
            category: Some(category().into()),
        });
        let seed = number as u64;
        for (step, period) in quarters.into_iter().enumerate() {
            let step = step as u64;
            // Volume wobbles a little from quarter to quarter.
            let total = volume * (100 + (seed * 7 + step * 5) % 9) / 100;
            let share = (first_share + rise * step).min(95);
            let online = total * share / 100;
            let offline = total - online;
            let completion = 72 + (seed * 3 + step * 2) % 20;
            let mut online_figures = Figures::empty(&id, period, "online");
            online_figures.completed = Some(online);
            online_figures.started = Some(online * 100 / completion);
            // Online unit costs fall a little as volume grows; offline ones creep up.
            let online_unit = 0.38 + (seed % 4) as f64 * 0.05 - step as f64 * 0.02;
            online_figures.cost = Some(Cost::Total((online as f64 * online_unit).round()));
            online_figures.satisfaction = Some(Responses::Five(satisfaction(online / 40, 70 + (seed % 5) * 3 + step)));
            performance.figures.push(online_figures);
            for (channel, split) in OFFLINE_SPLIT {
                let completed = offline * split / 100;
                let unit = match channel {
                    "phone" => 3.1,
                    "face-to-face" => 8.4,
                    "post-email" => 5.6,
                    _ => 4.2,
                };
                let mut figures = Figures::empty(&id, period, channel);
                figures.completed = Some(completed);
                figures.cost = Some(Cost::Total((completed as f64 * unit * (1.0 + step as f64 * 0.015)).round()));
                if channel == "phone" {
                    figures.satisfaction = Some(Responses::Five(satisfaction(completed / 60, 64 + (seed % 3) * 4)));
                }
                performance.figures.push(figures);
            }
        }
    }
    performance
}

/// `responses` spread over the five-point scale with `satisfied` % satisfied or very satisfied.
fn satisfaction(responses: u64, satisfied: u64) -> [u64; 5] {
    let happy = responses * satisfied / 100;
    let rest = responses - happy;
    let very_satisfied = happy * 2 / 5;
    let neither = rest / 2;
    let very_dissatisfied = rest / 5;
    [very_dissatisfied, rest - neither - very_dissatisfied, neither, happy - very_satisfied, very_satisfied]
}
