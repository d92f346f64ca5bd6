use super::{NOW, answered, quick_check, small_framework};
use crate::domain::assessment::{Assessment, Rating::*};
use crate::domain::scoring::{explanation, format_score, score};

#[test]
fn a_fresh_assessment_has_no_score() {
    let framework = quick_check();
    let scores = score(&framework, &Assessment::new("a".into(), &framework, NOW));
    assert_eq!(scores.overall, None);
    assert_eq!((scores.answered(), scores.total()), (0, 12));
    assert!(scores.weakest().is_empty());
    assert_eq!(format_score(scores.overall), "No score");
}

#[test]
fn all_dont_know_gives_no_score_but_counts_as_answered() {
    let framework = quick_check();
    let assessment = answered(&framework, &[DontKnow; 12]);
    let scores = score(&framework, &assessment);
    assert_eq!(scores.overall, None);
    assert_eq!((scores.answered(), scores.dont_know()), (12, 12));
    assert!(scores.next_steps(&assessment, 3).is_empty());
}

#[test]
fn unscored_answers_are_left_out_of_averages() {
    let framework = small_framework();
    // Area A: 1 and Not applicable; area B: 3.
    let assessment = answered(&framework, &[Level(1), NotApplicable, Level(3)]);
    let scores = score(&framework, &assessment);
    assert_eq!(scores.areas[0].score, Some(1.0));
    assert_eq!(scores.areas[0].not_applicable, 1);
    // Weights are 1 and 3: (1×1 + 3×3) / 4.
    assert_eq!(scores.overall, Some(2.5));
}

#[test]
fn partial_answers_score_only_the_areas_answered() {
    let framework = small_framework();
    let assessment = answered(&framework, &[Level(2), Level(3)]);
    let scores = score(&framework, &assessment);
    assert_eq!(scores.areas[0].score, Some(2.5));
    assert_eq!(scores.areas[1].score, None);
    assert_eq!(scores.overall, Some(2.5));
    assert_eq!(scores.answered(), 2);
}

#[test]
fn weakest_areas_come_first_and_ties_keep_framework_order() {
    let framework = quick_check();
    let ratings = [
        Level(3),
        Level(1),
        Level(4),
        Level(1),
        DontKnow,
        Level(2),
        Level(5),
        Level(5),
        Level(5),
        Level(5),
        Level(5),
        Level(5),
    ];
    let assessment = answered(&framework, &ratings);
    let scores = score(&framework, &assessment);
    let weakest: Vec<&str> = scores.weakest().iter().take(3).map(|a| a.area.id.as_str()).collect();
    assert_eq!(weakest, ["data", "ethics", "leadership"]);
    assert_eq!(scores.strongest().unwrap().area.id, "local-productivity");
    let steps = scores.next_steps(&assessment, 3);
    assert_eq!(steps.len(), 3);
    assert_eq!(steps[0].statement.id, "q2");
    assert_eq!(steps[0].guidance, framework.areas[1].statements[0].levels[0].next_step.as_deref().unwrap());
}

#[test]
fn top_level_answers_have_no_next_step() {
    let framework = quick_check();
    let assessment = answered(&framework, &[Level(5); 12]);
    let scores = score(&framework, &assessment);
    assert_eq!(scores.overall, Some(5.0));
    assert!(scores.next_steps(&assessment, 3).is_empty());
}

#[test]
fn the_explanation_names_the_scale_and_mentions_weights_only_when_used() {
    let quick = explanation(&quick_check());
    assert!(
        quick.starts_with("Each answer scores its level, from 1 (Not yet) to 5 (Embedded and improving)."),
        "{quick}"
    );
    assert!(quick.contains("Each outcome's score is the average of its answers"), "{quick}");
    // The quick check counts data, leadership, services and value more, and says so.
    assert!(quick.contains("weighted by each outcome's importance (Data 1.5, Leadership 1.5, Services 1.5, Value 1.5; every other outcome 1)."), "{quick}");
    assert!(
        explanation(&small_framework()).contains("weighted by each area's importance (Area B 3; every other area 1)")
    );
    let even = small_framework().with_weights(&[("b".to_string(), 1.0)].into_iter().collect());
    assert!(!explanation(&even).contains("weighted"));
}

#[test]
fn completeness_counts_unscored_answers() {
    let framework = quick_check();
    let scores_of = |ratings: &[crate::domain::assessment::Rating]| {
        let assessment = answered(&framework, ratings);
        score(&framework, &assessment).completeness_sentence(&framework)
    };
    assert_eq!(scores_of(&[Level(2); 12]), "You answered 12 of 12 questions.");
    assert_eq!(
        scores_of(&[Level(2), NotApplicable]),
        "You answered 2 of 12 questions. 1 “Not applicable” is not scored."
    );
    assert_eq!(
        scores_of(&[DontKnow, DontKnow, NotApplicable, Level(3)]),
        "You answered 4 of 12 questions. 2 “Don't know” and 1 “Not applicable” are not scored."
    );
}

#[test]
fn strength_sentence_covers_ties_and_single_scores() {
    let framework = quick_check();
    let sentence = |ratings: &[crate::domain::assessment::Rating]| {
        let assessment = answered(&framework, ratings);
        score(&framework, &assessment).strength_sentence(&framework)
    };
    assert_eq!(
        sentence(&[Level(2), Level(4), Level(1)]),
        "Your strongest outcome is Data (4.0) and your weakest is Democracy (1.0)."
    );
    assert_eq!(sentence(&[Level(3), Level(3)]), "Every outcome with a score has the same score, 3.0.");
    assert_eq!(sentence(&[DontKnow, Level(5)]), "Only one outcome, Data, has a score so far.");
    assert_eq!(sentence(&[]), "No outcome has a score yet.");
}

#[test]
fn gap_sentences_name_the_largest_gaps() {
    let framework = quick_check();
    let mut assessment = answered(&framework, &[Level(1), Level(2), Level(3), Level(4)]);
    assert_eq!(
        score(&framework, &assessment).gap_sentence(&framework),
        "No targets are set yet: set a target level for a statement to see the gap to close."
    );
    for (id, target) in [("q1", 4), ("q2", 3), ("q3", 5), ("q4", 5)] {
        assessment.edit(id, NOW, |a| a.target = Some(target));
    }
    assert_eq!(
        score(&framework, &assessment).gap_sentence(&framework),
        "The largest gaps between score and target are in Connectivity (3.0), Democracy (2.0) and Data (1.0)."
    );
    for id in ["q1", "q2", "q3"] {
        assessment.edit(id, NOW, |a| a.target = Some(1));
    }
    assert_eq!(
        score(&framework, &assessment).gap_sentence(&framework),
        "The only gap between score and target is in Ethics (1.0)."
    );
    assessment.edit("q4", NOW, |a| a.target = Some(4));
    assert_eq!(
        score(&framework, &assessment).gap_sentence(&framework),
        "Every outcome with a target has reached it or gone beyond it."
    );
}

#[test]
fn evidence_gaps_are_counted_by_area() {
    let framework = quick_check();
    let sentence = |ratings: &[crate::domain::assessment::Rating]| {
        score(&framework, &answered(&framework, ratings)).evidence_gap_sentence(&framework)
    };
    assert_eq!(sentence(&[Level(1)]), None);
    assert_eq!(
        sentence(&[DontKnow]).unwrap(),
        "1 answer is “Don't know”, in Connectivity (1). Finding out is the first step in the action plan."
    );
    assert_eq!(
        sentence(&[DontKnow, Level(2), DontKnow, DontKnow]).unwrap(),
        "3 answers are “Don't know”, in Connectivity (1), Democracy (1) and Ethics (1). Finding these out is the first step in the action plan."
    );
}
