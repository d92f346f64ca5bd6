use time::macros::{date, datetime};

use super::{NOW, answered, small_framework};
use crate::domain::assessment::{AreaStatus, Assessment, Confidence, Details, Rating::*, Scope};

#[test]
fn an_answer_emptied_of_everything_is_removed() {
    let framework = small_framework();
    let mut assessment = Assessment::new("a".into(), &framework, NOW);
    assessment.edit("a1", NOW, |answer| answer.evidence = Some("Minutes of the board".into()));
    assert_eq!(assessment.rating("a1"), None, "evidence can come before a level");
    assert!(assessment.answers.contains_key("a1"));
    assessment.edit("a1", NOW, |answer| answer.evidence = None);
    assert!(assessment.answers.is_empty());
}

#[test]
fn area_status_follows_the_task_list_rules() {
    let framework = small_framework();
    let mut assessment = Assessment::new("a".into(), &framework, NOW);
    let area = &framework.areas[0];
    assert_eq!(assessment.area_status(area), AreaStatus::NotStarted);
    assessment.edit("a1", NOW, |answer| answer.target = Some(3));
    assert_eq!(assessment.area_status(area), AreaStatus::InProgress, "a target alone starts an area");
    assessment.answer("a1", Level(2), NOW);
    assert_eq!(assessment.area_status(area), AreaStatus::InProgress);
    assessment.answer("a2", NotApplicable, NOW);
    assert_eq!(assessment.area_status(area), AreaStatus::Completed, "unscored answers still complete an area");
}

#[test]
fn reassessing_copies_answers_and_details_but_not_completion() {
    let framework = small_framework();
    let mut last_year = answered(&framework, &[Level(2), DontKnow, Level(3)]);
    last_year.edit("a1", NOW, |answer| {
        answer.target = Some(3);
        answer.confidence = Some(Confidence::Medium);
    });
    last_year.details = Details {
        title: Some("Annual review".into()),
        organisation: Some("Anytown Borough Council".into()),
        scope: Some(Scope::Directorate),
        scope_name: Some("Place".into()),
        date: Some(date!(2025 - 11 - 20)),
        ..Details::default()
    };
    last_year.complete(NOW);
    let this_year_now = datetime!(2026-11-20 9:00 UTC);
    let this_year = last_year.reassess("b".into(), this_year_now);
    assert_eq!(this_year.answers, last_year.answers);
    assert_eq!(this_year.previous.as_deref(), Some("a1"));
    assert_eq!(this_year.details.date, Some(date!(2026 - 11 - 20)));
    assert_eq!(this_year.details.organisation, last_year.details.organisation);
    assert!(!this_year.is_completed());
    assert_eq!((this_year.created, this_year.position), (this_year_now, 0));
}

#[test]
fn a_completed_assessment_can_be_reopened() {
    let framework = small_framework();
    let mut assessment = answered(&framework, &[Level(1), Level(1), Level(1)]);
    assessment.complete(NOW);
    assessment.reopen(NOW);
    assert!(!assessment.is_completed());
}

#[test]
fn own_weights_are_written_as_text_and_read_as_text_or_numbers() {
    use crate::domain::assessment::{parse_weight, weight_text};
    assert_eq!([1.0, 1.5, 0.25, 2.1, 100.0].map(weight_text), ["1", "1.5", "0.25", "2.1", "100"]);
    assert_eq!(parse_weight(" 1.234 "), Some(1.23), "kept to two decimal places, as files write it");
    assert_eq!(parse_weight("heavy"), None);

    let framework = super::quick_check();
    let mut assessment = crate::domain::assessment::Assessment::new("w".into(), &framework, super::NOW);
    assessment.weights.insert("value".into(), 2.5);
    let text = crate::domain::exchange::to_json(&assessment);
    assert!(text.contains(r#""weights": {"#) && text.contains(r#""value": "2.5""#), "{text}");
    let catalogue = super::every_framework();
    assert_eq!(crate::domain::exchange::from_json(&text, &catalogue).unwrap().weights, assessment.weights);
    let as_number = text.replace(r#""value": "2.5""#, r#""value": 2.5"#);
    assert_eq!(crate::domain::exchange::from_json(&as_number, &catalogue).unwrap().weights, assessment.weights);
    let refused = |from: &str, to: &str| {
        crate::domain::exchange::from_json(&text.replace(from, to), &catalogue).unwrap_err().to_string()
    };
    assert_eq!(
        refused(r#""value": "2.5""#, r#""nowhere": 2"#),
        "weights.nowhere: \"Quick check\" has no outcome with this id"
    );
    assert_eq!(
        refused(r#""value": "2.5""#, r#""value": 0"#),
        "weights.value: must be more than 0 and at most 100, not 0"
    );
    assert!(refused(r#""value": "2.5""#, r#""value": "heavy""#).contains("expected a weight, such as 1.5"));
}

#[test]
fn hostile_weights_and_carried_notes_in_a_file_are_named() {
    let framework = super::quick_check();
    let mut assessment = crate::domain::assessment::Assessment::new("w".into(), &framework, super::NOW);
    assessment.weights.insert("value".into(), 2.0);
    assessment.answers.insert(
        "q1".into(),
        crate::domain::assessment::Answer { carried_from: Some("x".repeat(5000)), ..Default::default() },
    );
    let text = crate::domain::exchange::to_json(&assessment);
    let catalogue = super::every_framework();
    let error = crate::domain::exchange::from_json(&text, &catalogue).unwrap_err().to_string();
    assert!(error.starts_with("answers.q1.carried_from: is longer than"), "{error}");
    assessment.answers.clear();
    let text = crate::domain::exchange::to_json(&assessment);
    for hostile in [r#""NaN""#, r#""inf""#, "1e308", r#""-1""#] {
        let error = crate::domain::exchange::from_json(
            &text.replace(r#""value": "2""#, &format!(r#""value": {hostile}"#)),
            &catalogue,
        )
        .unwrap_err()
        .to_string();
        assert!(error.starts_with("weights.value: must be more than 0 and at most 100"), "{hostile}: {error}");
    }
}
