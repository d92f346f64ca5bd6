//! Benchmarks: quartiles worked by hand, the threshold, the split by kind of council, the
//! position words at their boundaries, another version, and that nothing of a respondent's own
//! reaches the file.

use time::macros::date;

use super::{NOW, answered, quick_check, small_framework};
use crate::domain::assessment::{FrameworkRef, Rating, Rating::*};
use crate::domain::benchmark::{
    Benchmark, NotCompared, Position, Publication, Quartiles, Withheld, publish, quartiles, standing,
};
use crate::domain::combine::Member;
use crate::domain::framework::Framework;
use crate::domain::organisation::{Organisation, OrganisationType, Region};

fn no_other_versions(_: &FrameworkRef) -> Option<Vec<String>> {
    None
}

fn member(name: &str, kind: Option<OrganisationType>, ratings: &[(&str, Rating)]) -> Member {
    Member {
        assessment: name.into(),
        source: format!("{name}.json"),
        label: None,
        organisation: Organisation { name: None, kind, region: None },
        framework: FrameworkRef { id: "small".into(), version: "1".into() },
        updated: NOW,
        ratings: ratings.iter().map(|(id, r)| (id.to_string(), *r)).collect(),
    }
}

fn publication(threshold: u32, split_by_type: bool) -> Publication {
    Publication {
        id: "bm-1".into(),
        title: "North West benchmark".into(),
        population: "Councils in the North West, assessed in autumn 2026".into(),
        published: date!(2026 - 12 - 01),
        threshold,
        split_by_type,
    }
}

fn published(framework: &Framework, members: &[Member], threshold: u32, split: bool) -> Benchmark {
    let members: Vec<&Member> = members.iter().collect();
    publish(framework, &members, &no_other_versions, &publication(threshold, split)).expect("publishes")
}

/// `n` members rating a1, a2 and b1 with the levels given for each, in turn.
fn members_rating(levels: &[[u8; 3]]) -> Vec<Member> {
    levels
        .iter()
        .enumerate()
        .map(|(i, [a1, a2, b1])| {
            member(&format!("m{i}"), None, &[("a1", Level(*a1)), ("a2", Level(*a2)), ("b1", Level(*b1))])
        })
        .collect()
}

#[test]
fn quartiles_are_those_a_spreadsheet_gives() {
    // QUARTILE.INC by hand: position p × (n − 1), interpolated.
    assert_eq!(quartiles(&[]), None);
    assert_eq!(quartiles(&[3.0]), Some((3.0, 3.0, 3.0)));
    // n = 4, positions 0.75, 1.5, 2.25: 1 + 0.75 × 1 = 1.75; (2 + 3) / 2; 3 + 0.25 × 1.
    assert_eq!(quartiles(&[1.0, 2.0, 3.0, 4.0]), Some((1.75, 2.5, 3.25)));
    // n = 5, positions 1, 2, 3: the values themselves.
    assert_eq!(quartiles(&[1.0, 2.0, 2.0, 3.0, 5.0]), Some((2.0, 2.0, 3.0)));
    // Ties: six answers of which four are 2. Positions 1.25, 2.5, 3.75.
    assert_eq!(quartiles(&[1.0, 2.0, 2.0, 2.0, 2.0, 3.0]), Some((2.0, 2.0, 2.0)));
    // n = 6, positions 1.25, 2.5, 3.75: 1 + 0.25 × (2 − 1); (2 + 3) / 2; 3 + 0.75 × (3 − 3).
    assert_eq!(quartiles(&[1.0, 1.0, 2.0, 3.0, 3.0, 5.0]), Some((1.25, 2.5, 3.0)));
    assert_eq!(quartiles(&[1.0, 2.0, 2.0, 3.0, 3.0, 5.0]), Some((2.0, 2.5, 3.0)));
}

#[test]
fn a_benchmark_holds_counts_quartiles_and_levels_worked_by_hand() {
    let framework = small_framework();
    let members = members_rating(&[[1, 3, 2], [2, 2, 2], [2, 3, 3], [3, 3, 1], [1, 1, 3], [3, 2, 2]]);
    let benchmark = published(&framework, &members, 5, false);
    assert_eq!(benchmark.figures.respondents, Some(6));
    let a1 = &benchmark.figures.areas[0].statements[0].level;
    // a1 levels sorted: 1 1 2 2 3 3 → positions 1.25, 2.5, 3.75 → 1.25, 2, 2.75.
    assert_eq!(
        (a1.answered, a1.lower_quartile, a1.median, a1.upper_quartile),
        (Some(6), Some(1.25), Some(2.0), Some(2.75))
    );
    assert_eq!(a1.levels, Some(vec![2, 2, 2]));
    // Area a's scores are each member's mean of a1 and a2: 2, 2, 2.5, 3, 1, 2.5 → sorted
    // 1 2 2 2.5 2.5 3 → 2, 2.25, 2.5.
    let area = &benchmark.figures.areas[0].score;
    assert_eq!((area.lower_quartile, area.median, area.upper_quartile), (Some(2.0), Some(2.25), Some(2.5)));
    assert_eq!(area.levels, None);
    // Overall, weights 1 and 3: (2 + 6) / 4 = 2, (2 + 6) / 4 = 2, (2.5 + 9) / 4 = 2.875,
    // (3 + 3) / 4 = 1.5, (1 + 9) / 4 = 2.5, (2.5 + 6) / 4 = 2.125 → sorted 1.5 2 2 2.125 2.5 2.875
    // → 2, 2.0625 (shown 2.06), 2.40625 (shown 2.41).
    let overall = &benchmark.figures.overall;
    assert_eq!((overall.lower_quartile, overall.median, overall.upper_quartile), (Some(2.0), Some(2.06), Some(2.41)));
    assert!(benchmark.problems().is_empty(), "{:?}", benchmark.problems());
}

#[test]
fn a_statement_four_people_answered_is_withheld_and_marked() {
    let framework = small_framework();
    let mut members = members_rating(&[[1, 3, 2], [2, 2, 2], [2, 3, 3], [3, 3, 1], [1, 1, 3], [3, 2, 2]]);
    // Only four answer a2 with a level: the others say they do not know.
    members[0].ratings.insert("a2".into(), DontKnow);
    members[1].ratings.insert("a2".into(), NotApplicable);
    let benchmark = published(&framework, &members, 5, false);
    let a2 = &benchmark.figures.areas[0].statements[1].level;
    assert_eq!(a2.withheld, Some(Withheld::FewerThanThreshold));
    assert_eq!((a2.answered, a2.median, a2.levels.as_ref()), (None, None, None));
    let json = benchmark.to_json();
    assert!(json.contains("\"withheld\": \"fewer_than_threshold\""), "{json}");
    // Every area score still rests on six people.
    assert_eq!(benchmark.figures.areas[0].score.answered, Some(6));
}

#[test]
fn a_chosen_threshold_above_five_withholds_more_and_below_five_is_raised() {
    let framework = small_framework();
    let members = members_rating(&[[1, 3, 2], [2, 2, 2], [2, 3, 3], [3, 3, 1], [1, 1, 3], [3, 2, 2]]);
    let lowered = published(&framework, &members, 2, false);
    assert_eq!(lowered.threshold, 5);
    let members: Vec<&Member> = members.iter().collect();
    let refused = publish(&framework, &members, &no_other_versions, &publication(7, false)).unwrap_err();
    assert!(refused.to_string().contains("at least 7 respondents"), "{refused}");
    let refused = publish(&framework, &members[..4], &no_other_versions, &publication(5, false)).unwrap_err();
    assert!(refused.to_string().contains("This group has 4"), "{refused}");
}

#[test]
fn splits_by_kind_of_council_withhold_a_small_kind_and_whatever_would_reveal_it() {
    let framework = small_framework();
    let levels = [[1, 3, 2], [2, 2, 2], [2, 3, 3], [3, 3, 1], [1, 1, 3], [3, 2, 2]];
    let mut members = Vec::new();
    // Six districts, five unitaries, three counties (too few) and one council of no given kind.
    for (i, kind) in [(0, OrganisationType::District), (6, OrganisationType::Unitary), (11, OrganisationType::County)] {
        let n = match kind {
            OrganisationType::District => 6,
            OrganisationType::Unitary => 5,
            _ => 3,
        };
        for j in 0..n {
            let [a1, a2, b1] = levels[j % levels.len()];
            let ratings = [("a1", Level(a1)), ("a2", Level(a2)), ("b1", Level(b1))];
            members.push(member(&format!("m{}", i + j), Some(kind), &ratings));
        }
    }
    members.push(member("m14", None, &[("a1", Level(2)), ("a2", Level(2)), ("b1", Level(2))]));
    let benchmark = published(&framework, &members, 5, true);
    let split = |kind| benchmark.by_type.iter().find(|s| s.kind == kind).unwrap();
    // Counties: three, withheld. Then the rest beside districts and unitaries would be 3 + 1 = 4,
    // which anyone could work out by subtraction: the smaller of the two (unitaries) goes too.
    assert_eq!(split(OrganisationType::County).withheld, Some(Withheld::FewerThanThreshold));
    assert_eq!(split(OrganisationType::Unitary).withheld, Some(Withheld::ProtectsOthers));
    let districts = split(OrganisationType::District).figures.as_ref().expect("districts published");
    assert_eq!(districts.respondents, Some(6));
    assert_eq!(benchmark.published_types(), [OrganisationType::District]);
    assert!(benchmark.figures_for(Some(OrganisationType::County)).is_none());
    // Everyone else beside the districts: 15 − 6 = 9, enough.
    assert_eq!(benchmark.figures.respondents, Some(15));
    assert!(benchmark.problems().is_empty(), "{:?}", benchmark.problems());
}

#[test]
fn without_a_split_asked_for_the_file_has_none() {
    let framework = small_framework();
    let mut members = members_rating(&[[1, 3, 2], [2, 2, 2], [2, 3, 3], [3, 3, 1], [1, 1, 3], [3, 2, 2]]);
    for m in &mut members {
        m.organisation.kind = Some(OrganisationType::District);
    }
    let benchmark = published(&framework, &members, 5, false);
    assert!(benchmark.by_type.is_empty());
    assert!(!benchmark.to_json().contains("by_type"));
}

#[test]
fn the_threshold_rule_withholds_the_smallest_part_until_the_rest_is_safe() {
    use crate::domain::benchmark::publish::publishable;
    let ok = Ok(());
    let few = Err(Withheld::FewerThanThreshold);
    let protects = Err(Withheld::ProtectsOthers);
    // Everyone is in one of the parts: nothing left to reveal.
    assert_eq!(publishable(10, &[5, 5], 5), [ok, ok]);
    // A rest of 1 beside one published part: that part goes.
    assert_eq!(publishable(6, &[5], 5), [protects]);
    // A rest of exactly 5 is safe.
    assert_eq!(publishable(10, &[5], 5), [ok]);
    // Parts 8, 6 and 2: the rest is 2, so the 6 goes; then the rest is 8.
    assert_eq!(publishable(16, &[8, 6, 2], 5), [ok, protects, few]);
}

fn standing_of(framework: &Framework, ratings: &[Rating], benchmark: &Benchmark) -> Vec<Result<Position, NotCompared>> {
    let assessment = answered(framework, ratings);
    standing(framework, &assessment, benchmark, None)
        .expect("same framework")
        .areas
        .iter()
        .map(|a| a.position)
        .collect()
}

#[test]
fn positions_at_their_boundaries() {
    let q = Quartiles { lower: 2.0, median: 2.5, upper: 3.2 };
    assert_eq!(Position::of(3.3, &q), Position::TopQuarter);
    // Level with the upper quartile as the page shows both (3.24 and 3.25 show as 3.2).
    assert_eq!(Position::of(3.2, &q), Position::AboveMedian);
    assert_eq!(Position::of(3.25, &q), Position::AboveMedian);
    assert_eq!(Position::of(3.26, &q), Position::TopQuarter);
    assert_eq!(Position::of(2.6, &q), Position::AboveMedian);
    assert_eq!(Position::of(2.5, &q), Position::AroundMedian);
    assert_eq!(Position::of(2.46, &q), Position::AroundMedian);
    assert_eq!(Position::of(2.44, &q), Position::BelowMedian);
    assert_eq!(Position::of(2.0, &q), Position::BelowMedian);
    assert_eq!(Position::of(1.96, &q), Position::BelowMedian);
    assert_eq!(Position::of(1.94, &q), Position::LowestQuarter);
    // Everyone answered the same: only that level is around the median.
    let flat = Quartiles { lower: 3.0, median: 3.0, upper: 3.0 };
    assert_eq!(Position::of(3.0, &flat), Position::AroundMedian);
    assert_eq!(Position::of(3.5, &flat), Position::TopQuarter);
    assert_eq!(Position::of(2.5, &flat), Position::LowestQuarter);
    assert_eq!(Position::TopQuarter.words(), "in the top quarter");
    assert_eq!(Position::AroundMedian.words(), "around the median");
    assert_eq!(Position::LowestQuarter.words(), "in the lowest quarter");
}

#[test]
fn a_council_sees_where_each_area_and_its_overall_score_stand() {
    let framework = small_framework();
    let members = members_rating(&[[1, 3, 2], [2, 2, 2], [2, 3, 3], [3, 3, 1], [1, 1, 3], [3, 2, 2]]);
    let benchmark = published(&framework, &members, 5, false);
    // Area a: quartiles 2, 2.25, 2.5; area b (b1 sorted 1 2 2 2 3 3): 2, 2, 2.75.
    assert_eq!(
        standing_of(&framework, &[Level(3), Level(3), Level(1)], &benchmark),
        [Ok(Position::TopQuarter), Ok(Position::LowestQuarter)]
    );
    assert_eq!(
        standing_of(&framework, &[Level(2), Level(2), Level(2)], &benchmark),
        [Ok(Position::BelowMedian), Ok(Position::AroundMedian)]
    );
    assert_eq!(standing_of(&framework, &[DontKnow, DontKnow, Level(3)], &benchmark)[0], Err(NotCompared::NoScore));
    let assessment = answered(&framework, &[Level(2), Level(2), Level(2)]);
    let standing = standing(&framework, &assessment, &benchmark, None).unwrap();
    let (score, quartiles, position) = standing.overall.expect("same version compares overall");
    // 2.06 shows as 2.1, so 2.0 is below it.
    assert_eq!((score, quartiles.median, position), (2.0, 2.06, Position::BelowMedian));
    // The plan marks statements below the benchmark's median level: a1's is 2, b1's 2.
    assert!(standing.is_below_median("a1", 1));
    assert!(!standing.is_below_median("a1", 2));
    assert!(standing.same_version);
}

#[test]
fn another_version_compares_on_the_statements_both_have_and_says_so() {
    let framework = small_framework();
    let members = members_rating(&[[1, 3, 2], [2, 2, 2], [2, 3, 3], [3, 3, 1], [1, 1, 3], [3, 2, 2]]);
    let mut benchmark = published(&framework, &members, 5, false);
    // The benchmark was made with version 0.9, whose area a had only a1.
    benchmark.framework.version = "0.9".into();
    benchmark.figures.areas[0].statements.truncate(1);
    let assessment = answered(&framework, &[Level(2), Level(2), Level(2)]);
    let standing = standing(&framework, &assessment, &benchmark, None).unwrap();
    assert!(!standing.same_version);
    assert_eq!((standing.shared_statements, standing.total_statements), (2, 3));
    assert_eq!(standing.areas[0].position, Err(NotCompared::ChangedBetweenVersions));
    assert_eq!(standing.areas[0].benchmark, None);
    assert_eq!(standing.areas[1].position, Ok(Position::AroundMedian));
    assert_eq!(standing.overall, None, "another version's overall rests on other statements");
    // Another framework altogether is no comparison at all.
    benchmark.framework.id = "other".into();
    assert!(crate::domain::benchmark::standing(&framework, &assessment, &benchmark, None).is_none());
}

#[test]
fn nothing_of_a_respondent_reaches_the_file() {
    let framework = quick_check();
    let statements: Vec<String> = framework.statements().map(|(_, s)| s.id.clone()).collect();
    let mut members = Vec::new();
    for i in 0..12_u8 {
        let mut assessment = answered(
            &framework,
            &statements.iter().enumerate().map(|(s, _)| Level(1 + (i + s as u8) % 4)).collect::<Vec<_>>(),
        );
        assessment.id = format!("respondent-zq{i}");
        assessment.details.organisation = Some(format!("Xylophone Borough Council {i}"));
        assessment.details.set_organisation_kind(Some(OrganisationType::District), Some(Region::NorthWest));
        assessment.details.title = Some(format!("Secret title Quokka{i}"));
        assessment.edit(&statements[0], NOW, |a| a.evidence = Some(format!("Confidential note Wombat{i}")));
        let mut member = Member::from_assessment(&assessment, format!("kestrel-file-{i}.json"));
        member.label = Some(format!("Team Narwhal{i}"));
        members.push(member);
    }
    let members: Vec<&Member> = members.iter().collect();
    let benchmark = publish(
        &framework,
        &members,
        &no_other_versions,
        &Publication {
            id: "bm-2".into(),
            title: "Quick check benchmark".into(),
            population: "12 councils".into(),
            published: date!(2026 - 12 - 01),
            threshold: 5,
            split_by_type: true,
        },
    )
    .unwrap();
    let json = benchmark.to_json();
    for needle in ["Xylophone", "Quokka", "Wombat", "kestrel", "Narwhal", "respondent-zq", "north_west", "2026-11-23"] {
        assert!(!json.to_lowercase().contains(&needle.to_lowercase()), "{needle} reached the benchmark: {json}");
    }
    assert_eq!(Benchmark::from_json(&json).unwrap(), benchmark);
}

#[test]
fn a_benchmark_file_round_trips_and_bad_ones_are_refused_by_path() {
    let framework = small_framework();
    let members = members_rating(&[[1, 3, 2], [2, 2, 2], [2, 3, 3], [3, 3, 1], [1, 1, 3], [3, 2, 2]]);
    let benchmark = published(&framework, &members, 5, false);
    let json = benchmark.to_json();
    assert_eq!(Benchmark::from_json(&json).unwrap(), benchmark);
    let problems = |change: &dyn Fn(&mut serde_json::Value)| {
        let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
        change(&mut value);
        Benchmark::from_json(&value.to_string()).unwrap_err().to_string()
    };
    let found = problems(&|v| v["figures"]["areas"][0]["statements"][0]["level"]["answered"] = 4.into());
    assert!(found.contains("figures.areas[0].statements[0].level.answered: rests on fewer respondents"), "{found}");
    let found = problems(&|v| v["figures"]["areas"][0]["score"]["median"] = 3.0.into());
    assert!(found.contains("figures.areas[0].score: must have the lower quartile at or below the median"), "{found}");
    let found =
        problems(&|v| v["figures"]["areas"][0]["statements"][0]["level"]["levels"] = serde_json::json!([1, 1, 1]));
    assert!(found.contains("do not add up to the 6"), "{found}");
    let found = problems(&|v| v["threshold"] = 3.into());
    assert!(found.contains("threshold: must be at least 5"), "{found}");
    let found = problems(&|v| v["figures"]["areas"][0]["score"]["withheld"] = "fewer_than_threshold".into());
    assert!(found.contains("is withheld but has figures"), "{found}");
    let found = problems(&|v| v["title"] = "  ".into());
    assert!(found.contains("title: must not be empty"), "{found}");
    let found = problems(&|v| v["schema_version"] = 2.into());
    assert!(found.contains("newer version of Almanac"), "{found}");
    let found = problems(&|v| v["format"] = "almanac.group".into());
    assert!(found.contains("group file"), "{found}");
    let found = Benchmark::from_json("[1, 2]").unwrap_err().to_string();
    assert!(found.contains("benchmark"), "{found}");
}

/// The file `tests/schema` checks against the JSON Schema: a benchmark of the quick check by
/// fifteen councils, split by kind (seven districts published, five unitaries withheld so the
/// three counties cannot be worked out, the counties too few). Written afresh with ALMANAC_WRITE_FIXTURES=1.
#[test]
fn the_schema_fixture_is_what_publishing_makes_now() {
    let framework = quick_check();
    let members: Vec<Member> = (0..15_u8)
        .map(|i| {
            let ratings: Vec<Rating> = framework
                .statements()
                .enumerate()
                .map(
                    |(s, _)| {
                        if (i as usize + s).is_multiple_of(7) { DontKnow } else { Level(1 + (i + s as u8 * 3) % 5) }
                    },
                )
                .collect();
            let mut assessment = answered(&framework, &ratings);
            assessment.id = format!("council-{i}");
            let kind = match i {
                0..7 => OrganisationType::District,
                7..12 => OrganisationType::Unitary,
                _ => OrganisationType::County,
            };
            assessment.details.set_organisation_kind(Some(kind), None);
            Member::from_assessment(&assessment, format!("council-{i}.json"))
        })
        .collect();
    let members: Vec<&Member> = members.iter().collect();
    let benchmark = publish(
        &framework,
        &members,
        &no_other_versions,
        &Publication {
            id: "example-benchmark".into(),
            title: "Example benchmark".into(),
            population: "Fifteen made-up councils, for testing the format".into(),
            published: date!(2026 - 12 - 01),
            threshold: 5,
            split_by_type: true,
        },
    )
    .unwrap();
    let path = format!("{}/tests/fixtures/formats/benchmark.json", env!("CARGO_MANIFEST_DIR"));
    let json = benchmark.to_json() + "\n";
    if std::env::var_os("ALMANAC_WRITE_FIXTURES").is_some() {
        std::fs::write(&path, &json).unwrap();
    }
    assert_eq!(
        std::fs::read_to_string(&path).unwrap_or_default(),
        json,
        "run with ALMANAC_WRITE_FIXTURES=1 to rewrite"
    );
}

#[test]
fn a_backup_carries_the_benchmarks_and_checks_them_as_an_import_would() {
    use crate::domain::backup::{self, Contents};
    let framework = small_framework();
    let members = members_rating(&[[1, 3, 2], [2, 2, 2], [2, 3, 3], [3, 3, 1], [1, 1, 3], [3, 2, 2]]);
    let benchmark = published(&framework, &members, 5, false);
    let contents =
        |benchmarks| Contents { assessments: &[], frameworks: &[], performance: None, groups: &[], benchmarks };
    let catalogue = super::every_framework();
    let text = backup::to_json(contents(std::slice::from_ref(&benchmark)), NOW);
    assert_eq!(backup::from_json(&text, &catalogue).unwrap().benchmarks, std::slice::from_ref(&benchmark));
    let mut damaged = benchmark.clone();
    damaged.threshold = 3;
    let both = [benchmark.clone(), damaged];
    let text = backup::to_json(contents(&both), NOW);
    let problems = backup::from_json(&text, &catalogue).unwrap_err().to_string();
    assert!(problems.contains("benchmarks[1].id: "), "{problems}");
    assert!(problems.contains("benchmarks[1].threshold: must be at least 5"), "{problems}");
    assert!(!backup::to_json(contents(&[]), NOW).contains("benchmarks"));
}
