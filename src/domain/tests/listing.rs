use time::Duration;

use super::{NOW, answered, quick_check};
use crate::domain::assessment::Rating::*;
use crate::domain::listing::{Filter, SortOrder, StatusFilter, sort_and_filter, title_of};

fn three() -> Vec<crate::domain::assessment::Assessment> {
    let framework = quick_check();
    let mut low = answered(&framework, &[Level(1)]);
    low.id = "low".into();
    low.details.title = Some("zebra review".into());
    low.updated = NOW + Duration::days(3);
    let mut high = answered(&framework, &[Level(5)]);
    high.id = "high".into();
    high.created = NOW + Duration::days(1);
    high.updated = high.created;
    high.complete(high.created);
    let mut none = answered(&framework, &[DontKnow]);
    none.id = "none".into();
    none.details.title = Some("Annual review".into());
    none.created = NOW + Duration::days(2);
    none.updated = none.created;
    vec![low, high, none]
}

fn ids(order: SortOrder, filter: &Filter) -> Vec<String> {
    let all = three();
    sort_and_filter(&all, &super::every_framework(), order, filter).iter().map(|a| a.id.clone()).collect()
}

const EVERYTHING: Filter = Filter { framework: None, status: StatusFilter::Any };

#[test]
fn every_sort_order() {
    assert_eq!(ids(SortOrder::LastChanged, &EVERYTHING), ["low", "none", "high"]);
    assert_eq!(ids(SortOrder::Newest, &EVERYTHING), ["none", "high", "low"]);
    assert_eq!(ids(SortOrder::Title, &EVERYTHING), ["none", "high", "low"], "Annual, Quick check, zebra");
    assert_eq!(ids(SortOrder::HighestScore, &EVERYTHING), ["high", "low", "none"], "no score comes last");
}

#[test]
fn filters_by_status_and_framework() {
    let completed = Filter { framework: None, status: StatusFilter::Completed };
    assert_eq!(ids(SortOrder::LastChanged, &completed), ["high"]);
    let in_progress = Filter { framework: Some("quick-check".into()), status: StatusFilter::InProgress };
    assert_eq!(ids(SortOrder::LastChanged, &in_progress), ["low", "none"]);
    let other = Filter { framework: Some("digital-by-default".into()), status: StatusFilter::Any };
    assert!(ids(SortOrder::LastChanged, &other).is_empty());
}

#[test]
fn titles_fall_back_to_the_framework() {
    let all = three();
    assert_eq!(title_of(&all[1], &super::every_framework()), "Quick check");
    assert_eq!(title_of(&all[2], &super::every_framework()), "Annual review");
}

#[test]
fn sort_codes_round_trip() {
    for order in SortOrder::ALL {
        assert_eq!(SortOrder::from_code(order.code()), order);
    }
    assert_eq!(SortOrder::from_code("nonsense"), SortOrder::LastChanged);
}
