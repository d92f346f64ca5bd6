use super::{NOW, every_framework, quick_check};
use crate::domain::assessment::{Answer, Rating};
use crate::domain::carry::{reassess_on, start_from};
use crate::domain::catalogue::BUILT_IN_FILES;
use crate::domain::crosswalk::Crosswalk;
use crate::domain::exchange;

fn crosswalk() -> Crosswalk {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/frameworks/crosswalk.json");
    Crosswalk::from_own_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn assessments_on_every_earlier_version_move_to_the_new_one_losing_nothing_unsaid() {
    let catalogue = every_framework();
    for file in BUILT_IN_FILES.iter().filter(|file| !file.current) {
        let path = format!(
            "{}/tests/fixtures/framework-versions/{}/{}.json",
            env!("CARGO_MANIFEST_DIR"),
            file.version,
            file.id
        );
        let old_assessment = exchange::from_json(&std::fs::read_to_string(&path).unwrap(), &catalogue).unwrap();
        let old = catalogue.find(file.id, file.version).unwrap();
        let new = catalogue.latest(file.id).unwrap();
        assert_eq!(old.statement_count(), old_assessment.answers.len(), "{path} answers every statement");

        let (moved, left) = reassess_on(&old_assessment, old, new, "moved".into(), NOW);
        assert_eq!(moved.framework.version, new.version);
        assert!(exchange::problems(&moved, &catalogue).is_empty(), "{} moves to a valid assessment", file.id);
        // Every earlier answer is carried, or listed with its reason: none goes silently.
        assert_eq!(moved.answers.len() + left.len(), old_assessment.answers.len(), "{}: {left:?}", file.id);
        for (id, answer) in &moved.answers {
            let from = std::iter::once(id).chain(&new.statement(id).unwrap().replaces);
            assert!(
                from.filter_map(|s| old_assessment.answers.get(s)).any(|old| old == answer),
                "{id} keeps its answer"
            );
        }
        // A statement kept by id keeps its answer, evidence and target with it.
        for (_, statement) in new.statements().filter(|(_, s)| old.statement(&s.id).is_some()) {
            assert_eq!(moved.answers.get(&statement.id), old_assessment.answers.get(&statement.id), "{}", statement.id);
        }
        assert_eq!(moved.previous.as_deref(), Some(old_assessment.id.as_str()));
        assert_eq!(moved.details.organisation, old_assessment.details.organisation);
    }
}

#[test]
fn a_merged_statement_takes_the_first_answer_and_names_the_other() {
    let catalogue = every_framework();
    let old = catalogue.find("digitalisation-outcomes", "1.0.0").unwrap();
    let new = catalogue.latest("digitalisation-outcomes").unwrap();
    let mut assessment = crate::domain::assessment::Assessment::new("old".into(), old, NOW);
    assessment.answer("value-1", Rating::Level(2), NOW);
    let (moved, left) = reassess_on(&assessment, old, new, "new".into(), NOW);
    assert_eq!(
        moved.rating("services-4"),
        Some(Rating::Level(2)),
        "value-1 moves into services-4 when that is unanswered"
    );
    assert!(left.is_empty());

    assessment.answer("services-4", Rating::Level(4), NOW);
    let (moved, left) = reassess_on(&assessment, old, new, "new".into(), NOW);
    assert_eq!(moved.rating("services-4"), Some(Rating::Level(4)), "its own answer comes first");
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].statement, old.statement("value-1").unwrap().text);
    assert!(left[0].reason.starts_with("it was merged into “"), "{}", left[0].reason);
}

#[test]
fn the_persons_weights_move_for_the_areas_that_remain() {
    let catalogue = every_framework();
    let old = catalogue.find("digital-by-default", "1.0.0").unwrap();
    let new = catalogue.latest("digital-by-default").unwrap();
    let mut assessment = crate::domain::assessment::Assessment::new("old".into(), old, NOW);
    assessment.weights.insert("user-needs".into(), 3.0);
    assessment.weights.insert("gone-area".into(), 2.0);
    let (moved, _) = reassess_on(&assessment, old, new, "new".into(), NOW);
    assert_eq!(moved.weights.into_iter().collect::<Vec<_>>(), [("user-needs".to_string(), 3.0)]);
}

#[test]
fn the_crosswalk_names_real_statements_once_each_across_frameworks() {
    let catalogue = every_framework();
    let crosswalk = crosswalk();
    assert!(crosswalk.links.len() >= 12, "every quick check question is linked");
    let mut seen = Vec::new();
    for link in &crosswalk.links {
        let frameworks: std::collections::BTreeSet<&str> =
            link.statements.iter().map(|s| s.framework.as_str()).collect();
        assert!(frameworks.len() >= 2, "“{}” links at least two frameworks", link.topic);
        for reference in &link.statements {
            let framework = catalogue.latest(&reference.framework).unwrap_or_else(|| panic!("{}", reference.framework));
            assert!(
                framework.statement(&reference.statement).is_some(),
                "{} {} exists",
                reference.framework,
                reference.statement
            );
            assert!(!seen.contains(&reference), "{} {} is in one link only", reference.framework, reference.statement);
            seen.push(reference);
        }
    }
    for q in 1..=12 {
        assert!(crosswalk.link("quick-check", &format!("q{q}")).is_some(), "q{q} is linked");
    }
}

#[test]
fn a_full_assessment_starts_from_the_quick_check_at_the_lowest_linked_level_marked_as_carried() {
    let catalogue = every_framework();
    let crosswalk = crosswalk();
    let quick = quick_check();
    let outcomes = catalogue.latest("digitalisation-outcomes").unwrap();
    let mut earlier = crate::domain::assessment::Assessment::new("quick".into(), &quick, NOW);
    for (index, (_, statement)) in quick.statements().enumerate() {
        let rating = if index == 0 { Rating::DontKnow } else { Rating::Level(1 + (index % 5) as u8) };
        earlier.answer(&statement.id, rating, NOW);
    }
    let answers = start_from(&earlier, &crosswalk, outcomes, "your quick check of 23 November 2026");
    assert!(!answers.is_empty());
    for (id, answer) in &answers {
        let link = crosswalk.link("digitalisation-outcomes", id).unwrap();
        let levels: Vec<u8> = link
            .statements
            .iter()
            .filter(|s| s.framework == "quick-check")
            .filter_map(|s| earlier.rating(&s.statement).and_then(Rating::level))
            .collect();
        assert_eq!(answer.rating, levels.iter().min().map(|l| Rating::Level(*l)), "{id}");
        assert_eq!(answer.carried_from.as_deref(), Some("your quick check of 23 November 2026"));
        assert_eq!((answer.target, answer.evidence.as_ref()), (None, None), "only the level is carried");
    }
    // A "Don't know" carries nothing.
    for reference in crosswalk.also_covered("quick-check", "q1") {
        if reference.framework == "digitalisation-outcomes" {
            let only_q1 = crosswalk
                .link("digitalisation-outcomes", &reference.statement)
                .unwrap()
                .statements
                .iter()
                .filter(|s| s.framework == "quick-check")
                .count()
                == 1;
            if only_q1 {
                assert!(!answers.contains_key(&reference.statement));
            }
        }
    }
}

#[test]
fn confirming_a_carried_level_makes_it_the_persons_own() {
    let quick = quick_check();
    let mut assessment = crate::domain::assessment::Assessment::new("a".into(), &quick, NOW);
    assessment.answers.insert(
        "q1".into(),
        Answer { rating: Some(Rating::Level(3)), carried_from: Some("your quick check".into()), ..Answer::default() },
    );
    assert_eq!(assessment.carried_count(), 1);
    assessment.answer("q1", Rating::Level(4), NOW);
    assert_eq!(assessment.carried_count(), 0);
    assert_eq!(assessment.rating("q1"), Some(Rating::Level(4)));
}
