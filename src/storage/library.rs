//! The `Library`: every kind of Almanac record, stored as text through the key–value interface.

use std::collections::BTreeMap;

use super::{DamagedRecord, Key, PREFIX, Storage, StorageError, fingerprint};
use crate::domain::assessment::Assessment;
use crate::domain::benchmark::Benchmark;
use crate::domain::catalogue::Catalogue;
use crate::domain::combine::Group;
use crate::domain::exchange;
use crate::domain::framework::Framework;
use crate::domain::performance::{self, Performance, entry::Draft};

#[derive(Debug, Default)]
pub struct Loaded {
    pub assessments: Vec<Assessment>,
    /// Assessments of a built-in framework that has not been fetched yet: checked once it is.
    pub waiting: Vec<Assessment>,
    pub damaged: Vec<DamagedRecord>,
    /// The fingerprint of each readable assessment's text, by id: of the very text read, so that
    /// a change another tab makes meanwhile is not taken as seen.
    pub fingerprints: BTreeMap<String, u64>,
}

/// What a stored assessment turned out to be.
#[derive(Debug)]
pub enum Read {
    Checked(Assessment),
    /// Its built-in framework is not here yet.
    Waiting(Assessment),
    Damaged(String),
}

/// Reads a stored assessment, checking it against its framework when that is here.
pub fn read_assessment(text: &str, catalogue: &Catalogue) -> Read {
    match exchange::read_stored(text) {
        Ok(assessment) if catalogue.awaits(&assessment.framework.id, &assessment.framework.version) => {
            Read::Waiting(assessment)
        }
        Ok(assessment) => match exchange::check(assessment, catalogue) {
            Ok(assessment) => Read::Checked(assessment),
            Err(problems) => Read::Damaged(problems.to_string()),
        },
        Err(problems) => Read::Damaged(problems.to_string()),
    }
}

pub struct Library {
    storage: Box<dyn Storage>,
}

impl Library {
    pub fn new(storage: Box<dyn Storage>) -> Library {
        Library { storage }
    }

    /// Every stored framework into the catalogue, then every stored assessment, most recently
    /// changed first (frameworks first, as assessments are checked against them).
    pub fn load(&self, catalogue: &mut Catalogue) -> Result<Loaded, StorageError> {
        /// The problem with a record whose content belongs under another key, in the person's words.
        fn stored_under_another_key(key: &Key, held: &Key) -> String {
            use crate::i18n::t::library as t;
            match held {
                Key::Assessment(id) => t::holds_result(key.name(), id),
                Key::Framework(id, version) => t::holds_framework(key.name(), id, version),
                _ => t::holds_other(key.name(), held.name()),
            }
        }
        let mut loaded = Loaded::default();
        let mut names = self.storage.keys()?;
        names.sort();
        for name in &names {
            if let Some(key @ Key::Framework(..)) = Key::parse(name) {
                let Some(text) = self.storage.get(name)? else { continue };
                let added = Framework::from_own_json(&text)
                    .map_err(|p| p.to_string())
                    .and_then(|f| {
                        // A record under another framework's key would stand in for that one.
                        let held = Key::Framework(f.id.clone(), f.version.clone());
                        if held == key { Ok(f) } else { Err(stored_under_another_key(&key, &held)) }
                    })
                    .and_then(|f| catalogue.add(f).map_err(|p| p.to_string()));
                if let Err(problem) = added {
                    loaded.damaged.push(DamagedRecord { key: name.clone(), problem });
                }
            }
        }
        for name in names {
            if let Some(key @ Key::Assessment(_)) = Key::parse(&name) {
                let Some(text) = self.storage.get(&name)? else { continue };
                let read = match read_assessment(&text, catalogue) {
                    // Shown beside the record its id belongs to, it would be a second card of it.
                    Read::Checked(assessment) | Read::Waiting(assessment)
                        if Key::Assessment(assessment.id.clone()) != key =>
                    {
                        Read::Damaged(stored_under_another_key(&key, &Key::Assessment(assessment.id)))
                    }
                    read => read,
                };
                if let Read::Checked(assessment) | Read::Waiting(assessment) = &read {
                    loaded.fingerprints.insert(assessment.id.clone(), fingerprint(&text));
                }
                match read {
                    Read::Checked(assessment) => loaded.assessments.push(assessment),
                    Read::Waiting(assessment) => loaded.waiting.push(assessment),
                    Read::Damaged(problem) => loaded.damaged.push(DamagedRecord { key: name, problem }),
                }
            }
        }
        loaded.assessments.sort_by_key(|a| std::cmp::Reverse(a.updated));
        Ok(loaded)
    }

    /// Whether any assessment or imported framework is stored, to be read when the app starts.
    /// When storage cannot say, there may be: reading will report the problem.
    pub fn has_records(&self) -> bool {
        self.storage.keys().map_or(true, |names| {
            names.iter().any(|name| matches!(Key::parse(name), Some(Key::Assessment(_) | Key::Framework(..))))
        })
    }

    /// The fingerprint of an assessment's stored text, whoever wrote it; `None` when there is none.
    pub fn fingerprint(&self, id: &str) -> Option<u64> {
        self.storage.get(&Key::Assessment(id.to_string()).name()).ok().flatten().map(|text| fingerprint(&text))
    }

    pub fn last_backup(&self) -> Option<time::OffsetDateTime> {
        let text = self.storage.get(&Key::LastBackup.name()).ok().flatten()?;
        crate::domain::dates::parse_moment(&text)
    }

    /// Writes a record's text, or removes it for `None`.
    pub fn put(&self, key: &Key, text: Option<&str>) -> Result<(), StorageError> {
        match text {
            Some(text) => self.storage.set(&key.name(), text),
            None => self.storage.remove(&key.name()),
        }
    }

    /// Writes every framework and assessment of a restore, or none of them: when a write fails,
    /// the records already written are put back as they were.
    pub fn restore(
        &self,
        frameworks: &[Framework],
        assessments: &[Assessment],
        performance: Option<&Performance>,
        groups: &[Group],
        benchmarks: &[Benchmark],
    ) -> Result<(), StorageError> {
        let performance = performance.map(|p| (Key::Performance.name(), performance::file::to_json(p)));
        let groups = groups.iter().map(|g| (Key::Group(g.id.clone()).name(), g.to_json()));
        let records: Vec<(String, String)> = frameworks
            .iter()
            .map(|f| {
                let text = serde_json::to_string(f).expect("a framework always serialises");
                (Key::Framework(f.id.clone(), f.version.clone()).name(), text)
            })
            .chain(assessments.iter().map(|a| (Key::Assessment(a.id.clone()).name(), exchange::to_json(a))))
            .chain(performance)
            .chain(groups)
            .chain(benchmarks.iter().map(|b| (Key::Benchmark(b.id.clone()).name(), b.to_json())))
            .collect();
        let mut written: Vec<(String, Option<String>)> = Vec::new();
        for (name, text) in &records {
            let before = self.storage.get(name)?;
            if let Err(error) = self.storage.set(name, text) {
                for (name, before) in written.into_iter().rev() {
                    let _ = match before {
                        Some(text) => self.storage.set(&name, &text),
                        None => self.storage.remove(&name),
                    };
                }
                return Err(error);
            }
            written.push((name.clone(), before));
        }
        Ok(())
    }

    /// A damaged record's stored text, untouched. Only keys Almanac writes can be read this way.
    pub fn raw(&self, key: &str) -> Result<Option<String>, StorageError> {
        if Key::parse(key).is_none() {
            return Ok(None);
        }
        self.storage.get(key)
    }

    pub fn remove_raw(&self, key: &str) -> Result<(), StorageError> {
        if Key::parse(key).is_none() {
            return Ok(());
        }
        self.storage.remove(key)
    }

    /// The stored service performance data: `None` when there is none, an error when it is damaged.
    pub fn load_performance(&self) -> Result<Option<Performance>, DamagedRecord> {
        let name = Key::Performance.name();
        let damaged = |problem: String| DamagedRecord { key: name.clone(), problem };
        match self.storage.get(&name).map_err(|e| damaged(e.to_string()))? {
            None => Ok(None),
            Some(text) => performance::file::from_json(&text).map(Some).map_err(|p| damaged(p.to_string())),
        }
    }

    pub fn save_performance(&self, data: &Performance) -> Result<(), StorageError> {
        self.storage.set(&Key::Performance.name(), &performance::file::to_json(data))
    }

    /// Every unsaved figures form, by service id and period code; unreadable ones are skipped.
    pub fn load_drafts(&self) -> Result<BTreeMap<(String, String), Draft>, StorageError> {
        let mut drafts = BTreeMap::new();
        for name in self.storage.keys()? {
            if let Some(Key::PerformanceDraft(service, period)) = Key::parse(&name)
                && let Some(draft) = self.load_draft(&name)
            {
                drafts.insert((service, period), draft);
            }
        }
        Ok(drafts)
    }

    fn load_draft(&self, name: &str) -> Option<Draft> {
        serde_json::from_str(&self.storage.get(name).ok().flatten()?).ok()
    }

    pub fn save_draft(&self, service: &str, period: &str, draft: Option<&Draft>) -> Result<(), StorageError> {
        let name = Key::PerformanceDraft(service.to_string(), period.to_string()).name();
        match draft {
            Some(draft) => self.storage.set(&name, &serde_json::to_string(draft).expect("a draft always serialises")),
            None => self.storage.remove(&name),
        }
    }

    pub fn save_framework(&self, framework: &Framework) -> Result<(), StorageError> {
        let text = serde_json::to_string(framework).expect("a framework always serialises");
        self.storage.set(&Key::Framework(framework.id.clone(), framework.version.clone()).name(), &text)
    }

    pub fn delete_framework(&self, id: &str, version: &str) -> Result<(), StorageError> {
        self.storage.remove(&Key::Framework(id.to_string(), version.to_string()).name())
    }

    pub fn save(&self, assessment: &Assessment) -> Result<(), StorageError> {
        self.storage.set(&Key::Assessment(assessment.id.clone()).name(), &exchange::to_json(assessment))
    }

    pub fn delete(&self, id: &str) -> Result<(), StorageError> {
        self.storage.remove(&Key::Assessment(id.to_string()).name())
    }

    /// Every stored group, oldest first; one that cannot be read is reported and left in place.
    pub fn load_groups(&self) -> Result<(Vec<Group>, Vec<DamagedRecord>), StorageError> {
        let (mut groups, mut damaged) = (Vec::new(), Vec::new());
        for name in self.storage.keys()? {
            if let Some(Key::Group(_)) = Key::parse(&name) {
                let Some(text) = self.storage.get(&name)? else { continue };
                match Group::from_json(&text) {
                    Ok(group) => groups.push(group),
                    Err(problems) => damaged.push(DamagedRecord { key: name, problem: problems.to_string() }),
                }
            }
        }
        groups.sort_by_key(|g| g.created);
        Ok((groups, damaged))
    }

    pub fn save_group(&self, group: &Group) -> Result<(), StorageError> {
        self.storage.set(&Key::Group(group.id.clone()).name(), &group.to_json())
    }

    pub fn delete_group(&self, id: &str) -> Result<(), StorageError> {
        self.storage.remove(&Key::Group(id.to_string()).name())
    }

    /// Every benchmark kept on this device, newest first, and any that could not be read.
    pub fn load_benchmarks(&self) -> Result<(Vec<Benchmark>, Vec<DamagedRecord>), StorageError> {
        let (mut benchmarks, mut damaged) = (Vec::new(), Vec::new());
        for name in self.storage.keys()? {
            if let Some(key @ Key::Benchmark(_)) = Key::parse(&name) {
                let Some(text) = self.storage.get(&name)? else { continue };
                let read = Benchmark::from_own_json(&text).map_err(|p| p.to_string()).and_then(|benchmark| {
                    let held = Key::Benchmark(benchmark.id.clone());
                    if held == key {
                        Ok(benchmark)
                    } else {
                        Err(crate::i18n::t::library::holds_other(key.name(), held.name()))
                    }
                });
                match read {
                    Ok(benchmark) => benchmarks.push(benchmark),
                    Err(problem) => damaged.push(DamagedRecord { key: name, problem }),
                }
            }
        }
        benchmarks.sort_by(|a, b| b.published.cmp(&a.published).then_with(|| a.title.cmp(&b.title)));
        Ok((benchmarks, damaged))
    }

    /// Removes everything Almanac stored, and nothing that other apps on this origin stored.
    pub fn delete_everything(&self) -> Result<(), StorageError> {
        for name in self.storage.keys()? {
            if name.starts_with(PREFIX) {
                self.storage.remove(&name)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;
    use crate::domain::assessment::Rating;
    use crate::domain::catalogue::QUICK_CHECK_ID;
    use crate::storage::memory::MemoryStorage;
    use crate::storage::stamp;

    fn assessment(id: &str, day: u8) -> Assessment {
        let catalogue = crate::domain::tests::every_framework();
        let framework = catalogue.latest(QUICK_CHECK_ID).unwrap();
        let now = datetime!(2026-11-01 9:00 UTC).replace_day(day).unwrap();
        let mut assessment = Assessment::new(id.into(), framework, now);
        assessment.answer("q1", Rating::Level(2), now);
        assessment
    }

    #[test]
    fn saved_assessments_load_back_newest_first() {
        let library = Library::new(Box::new(MemoryStorage::default()));
        library.save(&assessment("older", 1)).unwrap();
        library.save(&assessment("newer", 20)).unwrap();
        let loaded = library.load(&mut crate::domain::tests::every_framework()).unwrap();
        let ids: Vec<&str> = loaded.assessments.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["newer", "older"]);
        assert_eq!(loaded.assessments[0].rating("q1"), Some(Rating::Level(2)));
    }

    #[test]
    fn loading_fingerprints_the_very_text_it_read() {
        let library = Library::new(Box::new(MemoryStorage::default()));
        let fine = assessment("fine", 2);
        library.save(&fine).unwrap();
        library.put(&Key::Assessment("broken".into()), Some("{")).unwrap();
        let loaded = library.load(&mut crate::domain::tests::every_framework()).unwrap();
        let expected = BTreeMap::from([("fine".to_string(), fingerprint(&exchange::to_json(&fine)))]);
        assert_eq!(loaded.fingerprints, expected, "readable records only, each as read");
    }

    #[test]
    fn a_damaged_record_is_reported_and_the_rest_still_load() {
        let storage = MemoryStorage::default();
        storage.set("almanac.assessment.broken", "{\"format\": \"almanac.assess").unwrap();
        let library = Library::new(Box::new(storage));
        library.save(&assessment("fine", 2)).unwrap();
        let loaded = library.load(&mut crate::domain::tests::every_framework()).unwrap();
        assert_eq!(loaded.assessments.len(), 1);
        assert_eq!(loaded.damaged.len(), 1);
        assert_eq!(loaded.damaged[0].key, "almanac.assessment.broken");
        assert!(loaded.damaged[0].problem.starts_with("the file ends too early"));
        assert_eq!(library.raw("almanac.assessment.broken").unwrap().as_deref(), Some("{\"format\": \"almanac.assess"));
        library.remove_raw("almanac.assessment.broken").unwrap();
        assert!(library.load(&mut crate::domain::tests::every_framework()).unwrap().damaged.is_empty());
    }

    #[test]
    fn a_record_under_another_records_key_is_set_aside_not_shown_twice() {
        let storage = std::rc::Rc::new(MemoryStorage::default());
        let library = Library::new(Box::new(storage.clone()));
        let b = assessment("b", 2);
        library.save(&b).unwrap();
        storage.set("almanac.assessment.a", &exchange::to_json(&b)).unwrap();
        let mut framework = crate::domain::tests::every_framework().latest(QUICK_CHECK_ID).unwrap().clone();
        framework.version = "2.0.0-anytown".into();
        storage.set("almanac.framework.quick-check.9.9.9", &serde_json::to_string(&framework).unwrap()).unwrap();

        let mut catalogue = crate::domain::tests::every_framework();
        let loaded = library.load(&mut catalogue).unwrap();
        let ids: Vec<&str> = loaded.assessments.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["b"], "one card for b");
        assert_eq!(loaded.fingerprints.keys().collect::<Vec<_>>(), ["b"], "the stray's text is not b's");
        assert!(catalogue.find(QUICK_CHECK_ID, "2.0.0-anytown").is_none(), "nor a framework under another's key");
        assert_eq!(
            loaded.damaged,
            [
                DamagedRecord {
                    key: "almanac.framework.quick-check.9.9.9".into(),
                    problem: "this record is kept under the name “almanac.framework.quick-check.9.9.9” but holds the framework “quick-check” version 2.0.0-anytown: it was changed outside Almanac, so it is kept aside to be downloaded as it is".into(),
                },
                DamagedRecord {
                    key: "almanac.assessment.a".into(),
                    problem: "this record is kept under the name “almanac.assessment.a” but holds the result “b”: it was changed outside Almanac, so it is kept aside to be downloaded as it is".into(),
                },
            ]
        );
        assert_eq!(library.raw("almanac.assessment.a").unwrap(), Some(exchange::to_json(&b)), "kept as it was");
    }

    #[test]
    fn delete_everything_leaves_other_apps_data_alone() {
        let storage = std::rc::Rc::new(MemoryStorage::default());
        storage.set("someone-else", "keep me").unwrap();
        let library = Library::new(Box::new(storage.clone()));
        library.save(&assessment("a", 3)).unwrap();
        library.save(&assessment("b", 4)).unwrap();
        library.delete("a").unwrap();
        assert_eq!(library.load(&mut crate::domain::tests::every_framework()).unwrap().assessments.len(), 1);
        library.delete_everything().unwrap();
        assert!(library.load(&mut crate::domain::tests::every_framework()).unwrap().assessments.is_empty());
        assert_eq!(storage.keys().unwrap(), ["someone-else"]);
    }

    #[test]
    fn any_change_to_a_stored_assessment_changes_its_fingerprint() {
        let library = Library::new(Box::new(MemoryStorage::default()));
        assert_eq!(library.fingerprint("a"), None);
        let mut saved = assessment("a", 5);
        library.save(&saved).unwrap();
        let first = library.fingerprint("a").expect("stored");
        assert_eq!(first, fingerprint(&exchange::to_json(&saved)), "the text as written");
        library.save(&saved).unwrap();
        assert_eq!(library.fingerprint("a"), Some(first), "the same text, the same fingerprint");
        saved.details.title = Some("Renamed".into());
        library.save(&saved).unwrap();
        assert_ne!(library.fingerprint("a"), Some(first));
    }

    #[test]
    fn only_assessments_and_frameworks_need_reading_at_the_start() {
        let storage = std::rc::Rc::new(MemoryStorage::default());
        let library = Library::new(Box::new(storage.clone()));
        assert!(!library.has_records(), "a first visit has nothing to read");
        storage.set("someone-else", "{}").unwrap();
        library.put(&Key::LastBackup, Some(&stamp(datetime!(2026-11-23 16:30 UTC)))).unwrap();
        library.put(&Key::Performance, Some("{}")).unwrap();
        assert!(!library.has_records(), "performance data and groups are read when a page needs them");
        library.save(&assessment("a", 5)).unwrap();
        assert!(library.has_records());
        library.delete("a").unwrap();
        let framework = crate::domain::tests::every_framework().latest("quick-check").unwrap().clone();
        library.save_framework(&Framework { version: "9".into(), ..framework }).unwrap();
        assert!(library.has_records());
    }

    #[test]
    fn the_last_backup_time_is_kept() {
        let library = Library::new(Box::new(MemoryStorage::default()));
        assert_eq!(library.last_backup(), None);
        let when = datetime!(2026-11-23 16:30 +01:00);
        library.put(&Key::LastBackup, Some(&stamp(when))).unwrap();
        assert_eq!(library.last_backup(), Some(when));
    }

    #[test]
    fn a_full_store_reports_its_error() {
        let library = Library::new(Box::new(MemoryStorage::with_capacity(100)));
        assert_eq!(library.save(&assessment("a", 3)), Err(StorageError::Full));
    }

    #[test]
    fn a_restore_that_runs_out_of_room_changes_nothing() {
        let storage = std::rc::Rc::new(MemoryStorage::with_capacity(2_000));
        let library = Library::new(Box::new(storage.clone()));
        let mut original = assessment("a", 3);
        library.save(&original).unwrap();
        let before: Vec<(String, Option<String>)> =
            storage.keys().unwrap().into_iter().map(|k| (k.clone(), storage.get(&k).unwrap())).collect();

        original.answer("q2", Rating::Level(4), original.updated);
        let newcomers: Vec<Assessment> = (0..10).map(|i| assessment(&format!("new-{i}"), 4)).collect();
        let mut restoring = vec![original];
        restoring.extend(newcomers);
        assert_eq!(library.restore(&[], &restoring, None, &[], &[]), Err(StorageError::Full));
        let after: Vec<(String, Option<String>)> =
            storage.keys().unwrap().into_iter().map(|k| (k.clone(), storage.get(&k).unwrap())).collect();
        assert_eq!(after, before, "the replaced record is put back and the new ones removed");

        let roomy = Library::new(Box::new(MemoryStorage::default()));
        roomy.restore(&[], &restoring, None, &[], &[]).unwrap();
        assert_eq!(roomy.load(&mut crate::domain::tests::every_framework()).unwrap().assessments.len(), 11);
    }

    #[test]
    fn performance_data_and_unsaved_forms_are_kept() {
        let library = Library::new(Box::new(MemoryStorage::default()));
        assert_eq!(library.load_performance(), Ok(None));
        let data = crate::domain::performance::sample::sample();
        library.save_performance(&data).unwrap();
        assert_eq!(library.load_performance(), Ok(Some(data)));
        let draft: Draft = [("online-completed".to_string(), "12x".to_string())].into();
        library.save_draft("bins", "2026-Q2", Some(&draft)).unwrap();
        let drafts = library.load_drafts().unwrap();
        assert_eq!(drafts.get(&("bins".to_string(), "2026-Q2".to_string())), Some(&draft), "kept exactly as typed");
        library.save_draft("bins", "2026-Q2", None).unwrap();
        assert!(library.load_drafts().unwrap().is_empty());
    }

    #[test]
    fn groups_are_kept_apart_from_assessments_and_load_back() {
        let library = Library::new(Box::new(MemoryStorage::default()));
        let mut group = Group::new("g1".into(), "Workshop".into(), datetime!(2026-11-01 9:00 UTC));
        group.add(vec![crate::domain::combine::Member::from_assessment(&assessment("a", 2), "a.json".into())]);
        library.save_group(&group).unwrap();
        library.save(&assessment("mine", 3)).unwrap();
        let loaded = library.load(&mut crate::domain::tests::every_framework()).unwrap();
        assert_eq!(loaded.assessments.len(), 1, "a group's respondents are not the person's own results");
        assert!(loaded.damaged.is_empty());
        let (groups, damaged) = library.load_groups().unwrap();
        assert_eq!((groups, damaged), (vec![group], Vec::new()));
        library.delete_group("g1").unwrap();
        assert!(library.load_groups().unwrap().0.is_empty());
    }

    #[test]
    fn imported_frameworks_load_before_the_assessments_made_with_them() {
        let library = Library::new(Box::new(MemoryStorage::default()));
        let mut framework = crate::domain::tests::every_framework().latest(QUICK_CHECK_ID).unwrap().clone();
        framework.version = "2.0.0-anytown".into();
        framework.title = "Anytown check".into();
        library.save_framework(&framework).unwrap();
        let mut assessment = assessment("a", 3);
        assessment.framework.version = framework.version.clone();
        library.save(&assessment).unwrap();

        let mut catalogue = crate::domain::tests::every_framework();
        let loaded = library.load(&mut catalogue).unwrap();
        assert_eq!(loaded.assessments.len(), 1, "{:?}", loaded.damaged);
        assert_eq!(catalogue.latest(QUICK_CHECK_ID).unwrap().title, "Anytown check");

        library.delete_framework(&framework.id, &framework.version).unwrap();
        let loaded = library.load(&mut crate::domain::tests::every_framework()).unwrap();
        assert!(loaded.assessments.is_empty());
        assert!(loaded.damaged[0].problem.contains("is not on this device"), "kept aside, not lost");
    }
}
