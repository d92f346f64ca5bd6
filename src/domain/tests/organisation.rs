//! Who made an assessment (the organisation's name, kind of council and region): kept in the
//! assessment file, share links and backups, by each respondent of a group (format 3, which older
//! groups load without), checked when a group arrives whole, and merged across tabs.

use serde_json::json;

use super::{NOW, answered, contents, quick_check};
use crate::domain::assessment::{Assessment, Rating::*};
use crate::domain::combine::{GROUP_SCHEMA_VERSION, Group, Member, group_problems};
use crate::domain::organisation::{Organisation, OrganisationType, Region};
use crate::domain::{backup, exchange, merge, share};

fn fixture(path: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/formats/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// A quick check by a London borough, with the assessment id `id`.
fn by_london_borough(id: &str) -> Assessment {
    let mut assessment = answered(&quick_check(), &[Level(3), Level(2)]);
    assessment.id = id.into();
    assessment.details.organisation = Some("Anytown".into());
    assessment.details.set_organisation_kind(Some(OrganisationType::LondonBorough), Some(Region::London));
    assessment
}

fn anytown() -> Organisation {
    Organisation {
        name: Some("Anytown".into()),
        kind: Some(OrganisationType::LondonBorough),
        region: Some(Region::London),
    }
}

/// A respondent who gave no organisation, as every respondent of a format 1 or 2 group is.
fn anonymous(id: &str) -> Member {
    let mut assessment = answered(&quick_check(), &[Level(1)]);
    assessment.id = id.into();
    Member::from_assessment(&assessment, format!("{id}.json"))
}

#[test]
fn codes_and_labels_cover_every_kind_and_region() {
    for kind in OrganisationType::ALL {
        assert_eq!(OrganisationType::parse(kind.code()), Some(kind));
        assert_eq!(serde_json::to_value(kind).unwrap(), json!(kind.code()), "the file holds the form's code");
        assert!(!kind.label().is_empty() && !kind.plural().is_empty());
    }
    for region in Region::ALL {
        assert_eq!(Region::parse(region.code()), Some(region));
        assert_eq!(serde_json::to_value(region).unwrap(), json!(region.code()));
        assert!(!region.label().is_empty());
    }
    assert_eq!(OrganisationType::parse("parish"), None);
}

#[test]
fn an_organisation_reads_in_one_line_with_whichever_parts_were_given() {
    assert_eq!(anytown().summary(), "Anytown, London borough council, London");
    let kind_only = Organisation { kind: Some(OrganisationType::County), ..Organisation::default() };
    assert_eq!(kind_only.summary(), "County council");
    let blank_name = Organisation { name: Some("  ".into()), region: Some(Region::Wales), ..Organisation::default() };
    assert_eq!(blank_name.summary(), "Wales");
    assert_eq!(Organisation::default().summary(), "");
}

#[test]
fn the_kind_of_council_and_region_survive_export_and_import() {
    let assessment = by_london_borough("a1");
    let text = exchange::to_json(&assessment);
    assert!(text.contains("\"organisation_type\": \"london_borough\""), "{text}");
    assert!(text.contains("\"region\": \"london\""), "{text}");
    let back = exchange::from_json(&text, &super::every_framework()).unwrap();
    assert_eq!(back, assessment);
    assert_eq!(back.details.organisation(), anytown());
}

#[test]
fn an_unknown_kind_of_council_or_region_is_refused_with_the_codes_allowed() {
    let mut document: serde_json::Value = serde_json::from_str(&exchange::to_json(&by_london_borough("a1"))).unwrap();
    document["assessment"]["details"]["organisation_type"] = json!("parish");
    let problems = exchange::from_json(&document.to_string(), &super::every_framework()).unwrap_err();
    assert_eq!(problems.0.len(), 1);
    assert_eq!(problems.0[0].path, "details.organisation_type");
    let message = &problems.0[0].message;
    assert!(
        message.starts_with("\"parish\" is not a kind of council Almanac knows: use one of county, district"),
        "{message}"
    );
    assert!(message.ends_with("northern_ireland, other"), "every code allowed is named: {message}");

    document["assessment"]["details"]["organisation_type"] = json!("county");
    document["assessment"]["details"]["region"] = json!("mercia");
    let problems = exchange::from_json(&document.to_string(), &super::every_framework()).unwrap_err();
    assert_eq!(problems.0[0].path, "details.region");
    assert!(problems.0[0].message.starts_with("\"mercia\" is not a region Almanac knows: use one of north_east"));
}

#[test]
fn a_respondent_keeps_the_organisation_their_file_names() {
    let member = Member::from_assessment(&by_london_borough("a1"), "anytown.json".into());
    assert_eq!(member.organisation, anytown());
    assert!(anonymous("a2").organisation.is_empty());
    let text = serde_json::to_string(&anonymous("a2")).unwrap();
    assert!(!text.contains("organisation"), "no organisation, no field: {text}");
}

#[test]
fn a_group_with_an_organisation_is_written_as_format_3_and_reads_back() {
    let mut group = Group::from_json(&fixture("v2/group.json")).unwrap();
    group.add(vec![anonymous("cy")]);
    assert_eq!(group.schema_version, 2, "nothing format 2 cannot hold");

    group.add(vec![Member::from_assessment(&by_london_borough("dee"), "anytown.json".into())]);
    assert_eq!(group.schema_version, 3);
    assert_eq!(GROUP_SCHEMA_VERSION, 3);
    let text = group.to_json();
    assert!(text.contains(r#""organisation":{"name":"Anytown","type":"london_borough","region":"london"}"#), "{text}");
    let back = Group::from_json(&text).unwrap();
    assert_eq!(back, group);

    let mut older = Group::from_json(&fixture("v1/group.json")).unwrap();
    older.add(vec![anonymous("cy")]);
    assert_eq!(older.schema_version, 1, "a format 1 group stays format 1 while it needs nothing newer");
}

#[test]
fn groups_of_every_format_still_load() {
    for (path, version) in [("v1/group.json", 1), ("v2/group.json", 2)] {
        let group = Group::from_json(&fixture(path)).unwrap();
        assert_eq!(group.schema_version, version);
        assert!(group.members.iter().all(|m| m.organisation.is_empty()), "{path}");
    }
    let group = Group::from_json(&fixture("v3/group.json")).unwrap();
    let organisations: Vec<&Organisation> = group.members.iter().map(|m| &m.organisation).collect();
    assert_eq!(
        organisations,
        [
            &Organisation {
                name: Some("Anytown Borough Council".into()),
                kind: Some(OrganisationType::District),
                region: Some(Region::EastMidlands),
            },
            &Organisation { kind: Some(OrganisationType::County), ..Organisation::default() },
            &Organisation::default(),
        ]
    );
    assert!(group_problems(&group, &super::every_framework()).is_empty());
}

#[test]
fn an_over_long_organisation_name_in_a_group_is_a_problem_at_its_path() {
    let mut group = Group::new("g1".into(), "Benchmark".into(), NOW);
    group.add(vec![anonymous("ann"), Member::from_assessment(&by_london_borough("bob"), "bob.json".into())]);
    let catalogue = super::every_framework();
    assert!(group_problems(&group, &catalogue).is_empty());
    group.members[1].organisation.name = Some("n".repeat(exchange::MAX_DETAIL_CHARS + 1));
    let problems: Vec<String> = group_problems(&group, &catalogue).iter().map(ToString::to_string).collect();
    assert_eq!(problems, ["members[1].organisation.name: is longer than 200 characters"]);
    group.members[1].organisation.name = Some("n".repeat(exchange::MAX_DETAIL_CHARS));
    assert!(group_problems(&group, &catalogue).is_empty(), "200 characters are allowed");
}

#[test]
fn respondents_added_with_organisations_in_two_tabs_are_both_kept() {
    let base = Group::from_json(&fixture("v2/group.json")).unwrap();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    mine.add(vec![Member::from_assessment(&by_london_borough("here"), "here.json".into())]);
    let mut there = by_london_borough("there");
    there.details.set_organisation_kind(Some(OrganisationType::WelshPrincipal), Some(Region::Wales));
    theirs.add(vec![Member::from_assessment(&there, "there.json".into())]);
    let merged = merge::group(&base, &mine, &theirs);
    assert_eq!(merged.clashes, 0);
    assert_eq!(merged.value.schema_version, 3);
    let find = |id: &str| merged.value.members.iter().find(|m| m.assessment == id).unwrap().organisation.clone();
    assert_eq!(find("here"), anytown());
    assert_eq!(
        (find("there").kind, find("there").region),
        (Some(OrganisationType::WelshPrincipal), Some(Region::Wales))
    );

    let older = merge::group(&base, &mine, &base);
    assert_eq!(older.value.schema_version, 3, "this tab's newer format wins over the other's older one");
}

#[test]
fn share_links_carry_the_kind_and_region_with_notes_and_old_links_still_open() {
    let catalogue = super::every_framework();
    let assessment = by_london_borough("a1");
    let with_notes = share::encode(&assessment, true);
    assert!(with_notes.starts_with("3."), "an older Almanac says a link naming them is newer: {with_notes}");
    let opened = share::decode(&with_notes, "x".into(), &catalogue).unwrap();
    assert_eq!(opened.details.organisation(), anytown());

    let without_notes = share::encode(&assessment, false);
    assert!(without_notes.starts_with("2."), "a link without details opens in an older Almanac");
    assert!(share::decode(&without_notes, "x".into(), &catalogue).unwrap().details.is_empty());
    let mut named_only = assessment.clone();
    (named_only.details.organisation_type, named_only.details.region) = (None, None);
    let link = share::encode(&named_only, true);
    assert!(link.starts_with("2."), "{link}");
    assert_eq!(share::decode(&link, "x".into(), &catalogue).unwrap().details.organisation.as_deref(), Some("Anytown"));
}

#[test]
fn backups_keep_the_organisation_of_assessments_and_respondents() {
    let assessment = by_london_borough("a1");
    let mut group = Group::new("g1".into(), "Benchmark".into(), NOW);
    group.add(vec![Member::from_assessment(&by_london_borough("bob"), "bob.json".into())]);
    let text =
        backup::to_json(contents(std::slice::from_ref(&assessment), &[], None, std::slice::from_ref(&group)), NOW);
    let back = backup::from_json(&text, &super::every_framework()).unwrap();
    assert_eq!(back.assessments, [assessment]);
    assert_eq!(back.groups, [group]);

    let mut document: serde_json::Value = serde_json::from_str(&text).unwrap();
    document["groups"][0]["members"][0]["organisation"]["name"] = json!("n".repeat(201));
    let refused = backup::from_json(&document.to_string(), &super::every_framework()).unwrap_err().to_string();
    assert_eq!(refused, "groups[0].members[0].organisation.name: is longer than 200 characters");
}
