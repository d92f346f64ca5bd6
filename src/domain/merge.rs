//! Three-way merging of records two tabs changed at once: each side's changes since the version
//! both started from are kept. Where both changed the same item differently, this tab's change
//! wins and the clash is counted, so the person can be told.

use std::collections::BTreeMap;

use crate::domain::combine::Group;
use crate::domain::performance::Performance;

/// A merged list, and how many items both sides changed differently.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged<T> {
    pub value: T,
    pub clashes: usize,
}

/// One value: whichever side changed it, or this tab's when both did.
pub fn merge_value<T: Clone + PartialEq>(base: &T, mine: &T, theirs: &T) -> Merged<T> {
    let (value, clashes) = if mine == theirs || theirs == base {
        (mine.clone(), 0)
    } else if mine == base {
        (theirs.clone(), 0)
    } else {
        (mine.clone(), 1)
    };
    Merged { value, clashes }
}

/// A list of items with keys: each item added, changed or removed by one side is so in the
/// result. Their order is kept, then the items only this tab added, in its order.
pub fn merge_list<T: Clone + PartialEq, K: PartialEq>(
    base: &[T],
    mine: &[T],
    theirs: &[T],
    key: impl Fn(&T) -> K,
) -> Merged<Vec<T>> {
    let find = |list: &[T], k: &K| list.iter().find(|item| key(item) == *k).cloned();
    let mut value = Vec::new();
    let mut clashes = 0;
    let mut settle = |k: &K| {
        let merged = merge_value(&find(base, k), &find(mine, k), &find(theirs, k));
        clashes += merged.clashes;
        merged.value
    };
    for item in theirs {
        value.extend(settle(&key(item)));
    }
    for item in mine {
        let k = key(item);
        if find(theirs, &k).is_none() {
            value.extend(settle(&k));
        }
    }
    Merged { value, clashes }
}

/// A map merged key by key, each key's value as `merge_value` settles it; a key either side
/// removed (and the other left alone) stays removed.
pub fn merge_map<K: Ord + Clone, V: Clone + PartialEq>(
    base: &BTreeMap<K, V>,
    mine: &BTreeMap<K, V>,
    theirs: &BTreeMap<K, V>,
) -> Merged<BTreeMap<K, V>> {
    let mut value = BTreeMap::new();
    let mut clashes = 0;
    for key in base.keys().chain(mine.keys()).chain(theirs.keys()) {
        if value.contains_key(key) {
            continue;
        }
        let merged = merge_value(&base.get(key), &mine.get(key), &theirs.get(key));
        clashes += merged.clashes;
        if let Some(kept) = merged.value {
            value.insert(key.clone(), kept.clone());
        }
    }
    Merged { value, clashes }
}

/// The service performance data as two tabs changed it: services, channels and figures merged
/// item by item (figures by service, period and channel).
pub fn performance(base: &Performance, mine: &Performance, theirs: &Performance) -> Merged<Performance> {
    let services = merge_list(&base.services, &mine.services, &theirs.services, |s| s.id.clone());
    let channels = merge_list(&base.channels, &mine.channels, &theirs.channels, |c| c.id.clone());
    let figures =
        merge_list(&base.figures, &mine.figures, &theirs.figures, |f| (f.service.clone(), f.period, f.channel.clone()));
    let illustrative = merge_value(&base.illustrative, &mine.illustrative, &theirs.illustrative);
    let year_start = merge_value(&base.year_start, &mine.year_start, &theirs.year_start);
    let organisation = merge_value(&base.organisation, &mine.organisation, &theirs.organisation);
    let targets = merge_list(&base.targets, &mine.targets, &theirs.targets, |t| (t.service.clone(), t.indicator, t.by));
    Merged {
        clashes: services.clashes
            + channels.clashes
            + figures.clashes
            + illustrative.clashes
            + year_start.clashes
            + organisation.clashes
            + targets.clashes,
        value: Performance {
            services: services.value,
            channels: channels.value,
            figures: figures.value,
            illustrative: illustrative.value,
            year_start: year_start.value,
            organisation: organisation.value,
            targets: targets.value,
        },
    }
}

/// A group as two tabs changed it: its name, its respondents by the assessment they answered,
/// and what a workshop agreed by statement.
pub fn group(base: &Group, mine: &Group, theirs: &Group) -> Merged<Group> {
    let name = merge_value(&base.name, &mine.name, &theirs.name);
    let members = merge_list(&base.members, &mine.members, &theirs.members, |m| m.assessment.clone());
    let agreed = merge_map(&base.agreed, &mine.agreed, &theirs.agreed);
    Merged {
        clashes: name.clashes + members.clashes + agreed.clashes,
        value: Group {
            // The newer format of the two, which is the one whose fields the group now has.
            schema_version: mine.schema_version.max(theirs.schema_version),
            name: name.value,
            members: members.value,
            agreed: agreed.value,
            ..mine.clone()
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::performance::sample::sample;

    fn merge(base: &[(u8, &str)], mine: &[(u8, &str)], theirs: &[(u8, &str)]) -> Merged<Vec<(u8, String)>> {
        let own = |list: &[(u8, &str)]| list.iter().map(|(k, v)| (*k, v.to_string())).collect::<Vec<_>>();
        merge_list(&own(base), &own(mine), &own(theirs), |(k, _)| *k)
    }

    #[test]
    fn additions_on_both_sides_are_both_kept() {
        let merged = merge(&[(1, "a")], &[(1, "a"), (2, "mine")], &[(1, "a"), (3, "theirs")]);
        assert_eq!(merged.value, [(1, "a".into()), (3, "theirs".into()), (2, "mine".into())]);
        assert_eq!(merged.clashes, 0);
    }

    #[test]
    fn a_change_on_one_side_is_kept_whichever_side_made_it() {
        let merged = merge(&[(1, "a"), (2, "b")], &[(1, "changed here"), (2, "b")], &[(1, "a"), (2, "changed there")]);
        assert_eq!(merged.value, [(1, "changed here".into()), (2, "changed there".into())]);
        assert_eq!(merged.clashes, 0);
    }

    #[test]
    fn a_removal_on_one_side_stays_removed() {
        let merged = merge(&[(1, "a"), (2, "b")], &[(1, "a")], &[(1, "a"), (2, "b"), (3, "new")]);
        assert_eq!(merged.value, [(1, "a".into()), (3, "new".into())]);
        let merged = merge(&[(1, "a"), (2, "b")], &[(1, "a"), (2, "b")], &[(2, "b")]);
        assert_eq!(merged.value, [(2, "b".into())]);
    }

    #[test]
    fn the_same_item_changed_differently_keeps_this_tabs_and_counts_the_clash() {
        let merged = merge(&[(1, "a")], &[(1, "mine")], &[(1, "theirs")]);
        assert_eq!(merged.value, [(1, "mine".into())]);
        assert_eq!(merged.clashes, 1);
        let removed_here_changed_there = merge(&[(1, "a")], &[], &[(1, "theirs")]);
        assert_eq!(removed_here_changed_there.value, []);
        assert_eq!(removed_here_changed_there.clashes, 1);
    }

    #[test]
    fn single_values_follow_the_same_rules() {
        assert_eq!(merge_value(&1, &1, &2), Merged { value: 2, clashes: 0 });
        assert_eq!(merge_value(&1, &3, &1), Merged { value: 3, clashes: 0 });
        assert_eq!(merge_value(&1, &3, &2), Merged { value: 3, clashes: 1 });
        assert_eq!(merge_value(&1, &3, &3), Merged { value: 3, clashes: 0 });
    }

    #[test]
    fn services_added_in_two_tabs_at_once_are_both_kept() {
        let base = sample();
        let (mut mine, mut theirs) = (base.clone(), base.clone());
        let mut added_here = base.services[0].clone();
        added_here.id = "added-here".into();
        mine.services.push(added_here);
        let mut added_there = base.services[0].clone();
        added_there.id = "added-there".into();
        theirs.services.push(added_there);
        theirs.figures.remove(0);
        let merged = performance(&base, &mine, &theirs);
        let ids: Vec<&str> = merged.value.services.iter().map(|s| s.id.as_str()).collect();
        assert!(ids.contains(&"added-here") && ids.contains(&"added-there"), "{ids:?}");
        assert_eq!(merged.value.services.len(), base.services.len() + 2);
        assert_eq!(merged.value.figures.len(), base.figures.len() - 1, "the other tab's removal stands");
        assert_eq!(merged.clashes, 0);
    }

    #[test]
    fn respondents_added_to_one_group_in_two_tabs_are_both_kept() {
        let base = Group::new("g1".into(), "Workshop".into(), time::OffsetDateTime::UNIX_EPOCH);
        let member = |id: &str| crate::domain::combine::Member {
            assessment: id.into(),
            source: format!("{id}.json"),
            label: None,
            organisation: Default::default(),
            framework: crate::domain::assessment::FrameworkRef { id: "f".into(), version: "1".into() },
            updated: time::OffsetDateTime::UNIX_EPOCH,
            ratings: Default::default(),
        };
        let (mut mine, mut theirs) = (base.clone(), base.clone());
        mine.members.push(member("a"));
        theirs.members.push(member("b"));
        theirs.name = "Renamed there".into();
        let merged = group(&base, &mine, &theirs);
        assert_eq!(merged.value.members.iter().map(|m| m.assessment.as_str()).collect::<Vec<_>>(), ["b", "a"]);
        assert_eq!(merged.value.name, "Renamed there");
        assert_eq!(merged.clashes, 0);
    }
}
