//! The app's shared state: the frameworks, every saved assessment, and how storage is doing.

use std::collections::BTreeMap;

use leptos::prelude::*;
use time::OffsetDateTime;

use crate::domain::assessment::Assessment;
use crate::domain::backup::{self, Backup};
use crate::domain::catalogue::Catalogue;
use crate::domain::combine::Group;
use crate::domain::exchange;
use crate::domain::framework::Framework;
use crate::domain::performance::Performance;
use crate::domain::performance::entry::Draft;
use crate::domain::problem::Problem;
use crate::storage::browser::BrowserStorage;
use crate::storage::memory::MemoryStorage;
use crate::storage::{DamagedRecord, Key, Library, StorageError};

/// Why answers are not being kept on this device, when they are not.
#[derive(Debug, Clone, PartialEq)]
pub enum StorageNotice {
    /// Storage was blocked from the start: everything lives in memory.
    Blocked(StorageError),
    /// A write failed (usually a full store); the change is kept in memory.
    WriteFailed(StorageError),
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub catalogue: RwSignal<Catalogue>,
    library: StoredValue<Library, LocalStorage>,
    pub assessments: RwSignal<Vec<Assessment>>,
    pub storage_notice: RwSignal<Option<StorageNotice>>,
    /// Stored records that could not be read, by key and problem; they are left untouched.
    pub damaged: RwSignal<Vec<DamagedRecord>>,
    /// Records changed in memory whose last write to storage failed, newest first.
    unwritten: StoredValue<Vec<Key>>,
    /// When a backup of everything was last downloaded on this device.
    pub last_backup: RwSignal<Option<OffsetDateTime>>,
    /// When each stored assessment was last changed, as this tab last saw it: a stored copy
    /// changed since by another tab is never written over.
    seen: StoredValue<BTreeMap<String, OffsetDateTime>>,
    /// Said when this tab's change was kept as a copy because another tab had changed the same result.
    pub conflict: RwSignal<Option<String>>,
    /// The service performance register and figures.
    pub performance: RwSignal<Performance>,
    /// Figures forms typed into but not yet saved, by service id and period code.
    drafts: RwSignal<BTreeMap<(String, String), Draft>>,
    /// Groups of other people's assessments, combined; oldest first.
    pub groups: RwSignal<Vec<Group>>,
}

impl AppState {
    /// Opens local storage, or memory when the browser blocks it, and loads what is saved.
    pub fn open() -> AppState {
        let mut catalogue = Catalogue::built_in();
        let (library, notice) = match BrowserStorage::probe() {
            Ok(storage) => (Library::new(Box::new(storage)), None),
            Err(error) => (Library::new(Box::new(MemoryStorage::default())), Some(StorageNotice::Blocked(error))),
        };
        let (assessments, mut damaged, notice) = match library.load(&mut catalogue) {
            Ok(loaded) => (loaded.assessments, loaded.damaged, notice),
            Err(error) => (Vec::new(), Vec::new(), Some(StorageNotice::Blocked(error))),
        };
        let (groups, damaged_groups) = library.load_groups().unwrap_or_default();
        damaged.extend(damaged_groups);
        let seen = assessments.iter().map(|a| (a.id.clone(), a.updated)).collect();
        let performance = library.load_performance().unwrap_or_else(|record| {
            damaged.push(record);
            None
        });
        let drafts = library.load_drafts().unwrap_or_default();
        AppState {
            catalogue: RwSignal::new(catalogue),
            last_backup: RwSignal::new(library.last_backup()),
            library: StoredValue::new_local(library),
            assessments: RwSignal::new(assessments),
            storage_notice: RwSignal::new(notice),
            damaged: RwSignal::new(damaged),
            unwritten: StoredValue::new(Vec::new()),
            seen: StoredValue::new(seen),
            conflict: RwSignal::new(None),
            performance: RwSignal::new(performance.unwrap_or_default()),
            drafts: RwSignal::new(drafts),
            groups: RwSignal::new(groups),
        }
    }

    /// Reads everything from storage again, keeping in memory only writes that have not landed.
    pub fn reload_all(&self) {
        if !self.unwritten.with_value(Vec::is_empty) || self.storage_notice.with_untracked(Option::is_some) {
            return;
        }
        let mut catalogue = Catalogue::built_in();
        if let Ok(loaded) = self.library.with_value(|library| library.load(&mut catalogue)) {
            self.seen.set_value(loaded.assessments.iter().map(|a| (a.id.clone(), a.updated)).collect());
            self.catalogue.set(catalogue);
            self.assessments.set(loaded.assessments);
            self.damaged.set(loaded.damaged);
            self.reload_from_storage(&Key::Performance.name());
        }
        if let Ok((groups, _)) = self.library.with_value(Library::load_groups) {
            self.groups.set(groups);
        }
    }

    pub fn framework_for(&self, assessment: &Assessment) -> Option<Framework> {
        self.catalogue.with(|c| c.find(&assessment.framework.id, &assessment.framework.version).cloned())
    }

    pub fn latest_framework(&self, id: &str) -> Option<Framework> {
        self.catalogue.with(|c| c.latest(id).cloned())
    }

    /// Adds an imported framework to the catalogue and stores it.
    pub fn add_framework(&self, framework: Framework) -> Result<(), Problem> {
        let mut catalogue = self.catalogue.get_untracked();
        catalogue.add(framework.clone())?;
        self.catalogue.set(catalogue);
        self.write(Key::Framework(framework.id, framework.version));
        Ok(())
    }

    pub fn remove_framework(&self, id: &str, version: &str) {
        self.catalogue.update(|catalogue| catalogue.remove(id, version));
        self.write(Key::Framework(id.to_string(), version.to_string()));
    }

    /// Reactive: the assessment with this id, as it is now.
    pub fn assessment(&self, id: &str) -> Option<Assessment> {
        self.assessments.with(|all| all.iter().find(|a| a.id == id).cloned())
    }

    /// Keeps an assessment in memory at once and writes it to storage; a failed write is reported.
    pub fn save(&self, assessment: Assessment) {
        let key = Key::Assessment(assessment.id.clone());
        self.assessments.update(|all| {
            all.retain(|a| a.id != assessment.id);
            all.insert(0, assessment);
        });
        self.write(key);
    }

    pub fn delete(&self, id: &str) {
        self.assessments.update(|all| all.retain(|a| a.id != id));
        self.write(Key::Assessment(id.to_string()));
    }

    /// Keeps new performance data in memory at once and writes it to storage.
    pub fn save_performance(&self, performance: Performance) {
        self.performance.set(performance);
        self.write(Key::Performance);
    }

    /// What was typed into the figures form for a service and period and not yet saved.
    pub fn draft(&self, service: &str, period: &str) -> Option<Draft> {
        self.drafts.with_untracked(|drafts| drafts.get(&(service.to_string(), period.to_string())).cloned())
    }

    /// Keeps the form's text as typed, so nothing is lost if the page is left or reloaded;
    /// `None` once the figures are saved.
    pub fn set_draft(&self, service: &str, period: &str, draft: Option<Draft>) {
        let slot = (service.to_string(), period.to_string());
        self.drafts.update(|drafts| match draft {
            Some(draft) => {
                drafts.insert(slot, draft);
            }
            None => {
                drafts.remove(&slot);
            }
        });
        self.write(Key::PerformanceDraft(service.to_string(), period.to_string()));
    }

    /// Forgets every unsaved figures form for a service, once the service is removed.
    pub fn clear_drafts(&self, service: &str) {
        let periods: Vec<String> = self.drafts.with_untracked(|drafts| {
            drafts.keys().filter(|(s, _)| s == service).map(|(_, period)| period.clone()).collect()
        });
        for period in periods {
            self.set_draft(service, &period, None);
        }
    }

    /// Reactive: the group with this id, as it is now.
    pub fn group(&self, id: &str) -> Option<Group> {
        self.groups.with(|all| all.iter().find(|g| g.id == id).cloned())
    }

    pub fn group_untracked(&self, id: &str) -> Option<Group> {
        self.groups.with_untracked(|all| all.iter().find(|g| g.id == id).cloned())
    }

    /// Reactive: reads part of a group without copying it (a group may hold a thousand people).
    pub fn with_group<T>(&self, id: &str, read: impl FnOnce(&Group) -> T) -> Option<T> {
        self.groups.with(|all| all.iter().find(|g| g.id == id).map(read))
    }

    /// Changes a group in place and writes it to storage.
    pub fn update_group(&self, id: &str, change: impl FnOnce(&mut Group)) {
        self.groups.update(|all| {
            if let Some(group) = all.iter_mut().find(|g| g.id == id) {
                change(group);
            }
        });
        self.write(Key::Group(id.to_string()));
    }

    /// Keeps a group (new or changed) in memory and writes it to storage as one record, so an
    /// import lands whole or not at all.
    pub fn save_group(&self, group: Group) {
        let key = Key::Group(group.id.clone());
        self.groups.update(|all| match all.iter_mut().find(|g| g.id == group.id) {
            Some(kept) => *kept = group,
            None => all.push(group),
        });
        self.write(key);
    }

    pub fn delete_group(&self, id: &str) {
        self.groups.update(|all| all.retain(|g| g.id != id));
        self.write(Key::Group(id.to_string()));
    }

    pub fn delete_everything(&self) {
        let result = self.library.with_value(Library::delete_everything);
        self.performance.set(Performance::default());
        self.drafts.set(BTreeMap::new());
        self.assessments.set(Vec::new());
        self.groups.set(Vec::new());
        self.damaged.set(Vec::new());
        self.catalogue.set(Catalogue::built_in());
        self.last_backup.set(None);
        self.seen.set_value(BTreeMap::new());
        self.unwritten.set_value(Vec::new());
        if let Err(error) = result {
            self.fail(error);
        }
    }

    /// Brings one stored record into line with memory: written if it is there, removed if not.
    /// Records whose write failed are kept in `unwritten` and tried again with every later write,
    /// so that once there is room again (say, after a deletion) nothing typed in is lost.
    fn write(&self, key: Key) {
        if matches!(self.storage_notice.get_untracked(), Some(StorageNotice::Blocked(_))) {
            return;
        }
        self.unwritten.update_value(|keys| {
            keys.retain(|k| *k != key);
            keys.insert(0, key);
        });
        let mut failure = None;
        for key in self.unwritten.get_value() {
            match self.write_one(&key) {
                Ok(()) => self.unwritten.update_value(|keys| keys.retain(|k| *k != key)),
                Err(error) => failure = Some(error),
            }
        }
        match failure {
            Some(error) => self.fail(error),
            None if self.storage_notice.get_untracked().is_some() => self.storage_notice.set(None),
            None => {}
        }
    }

    fn write_one(&self, key: &Key) -> Result<(), StorageError> {
        self.library.with_value(|library| match key {
            Key::Assessment(id) => {
                match self.assessments.with_untracked(|all| all.iter().find(|a| &a.id == id).cloned()) {
                    Some(assessment) => {
                        let stored = library.stored_updated(id);
                        if stored.is_some() && stored != self.seen.with_value(|seen| seen.get(id).copied()) {
                            return self.keep_both(library, assessment);
                        }
                        library.save(&assessment)?;
                        self.seen.update_value(|seen| {
                            seen.insert(id.clone(), assessment.updated);
                        });
                        Ok(())
                    }
                    None => {
                        self.seen.update_value(|seen| {
                            seen.remove(id);
                        });
                        library.delete(id)
                    }
                }
            }
            Key::LastBackup => match self.last_backup.get_untracked() {
                Some(when) => library.set_last_backup(when),
                None => Ok(()),
            },
            Key::Group(id) => match self.groups.with_untracked(|all| all.iter().find(|g| &g.id == id).cloned()) {
                Some(group) => library.save_group(&group),
                None => library.delete_group(id),
            },
            Key::Framework(id, version) => match self.catalogue.with_untracked(|c| c.find(id, version).cloned()) {
                Some(framework) => library.save_framework(&framework),
                None => library.delete_framework(id, version),
            },
            Key::Performance => self.performance.with_untracked(|data| library.save_performance(data)),
            Key::PerformanceDraft(service, period) => {
                let draft = self.drafts.with_untracked(|d| d.get(&(service.clone(), period.clone())).cloned());
                library.save_draft(service, period, draft.as_ref())
            }
        })
    }

    /// Another tab changed this result since this tab last saw it: keep that version, and keep
    /// this tab's as a copy, so that neither is lost and neither silently wins.
    fn keep_both(&self, library: &Library, mine: Assessment) -> Result<(), StorageError> {
        let mut copy = mine.clone();
        copy.id = crate::web::new_id();
        let title = self.catalogue.with_untracked(|c| crate::domain::listing::title_of(&mine, c));
        copy.details.title = Some(format!("{title} (copy from another tab)"));
        library.save(&copy)?;
        self.seen.update_value(|seen| {
            seen.insert(copy.id.clone(), copy.updated);
        });
        self.assessments.update(|all| {
            all.retain(|a| a.id != mine.id);
            all.insert(0, copy);
        });
        self.reload_from_storage(&Key::Assessment(mine.id.clone()).name());
        self.conflict.set(Some(format!(
            "“{title}” was changed in another tab or window. That version is kept, and the changes made here are saved beside it as “{title} (copy from another tab)”."
        )));
        Ok(())
    }

    fn fail(&self, error: StorageError) {
        self.storage_notice.set(Some(StorageNotice::WriteFailed(error)));
    }

    /// Everything on this device as one backup file, noted as the last backup.
    pub fn backup_json(&self) -> String {
        let now = crate::web::now();
        let assessments = self.assessments.get_untracked();
        let text = self.performance.with_untracked(|performance| {
            self.groups.with_untracked(|groups| {
                self.catalogue
                    .with_untracked(|c| backup::to_json(&assessments, c.imported(), Some(performance), groups, now))
            })
        });
        self.last_backup.set(Some(now));
        self.write(Key::LastBackup);
        text
    }

    /// Restores a checked backup: new records are added, and saved assessments whose ids are in
    /// `replace` are replaced; the rest are kept. The backup's service performance data is taken
    /// when there is none here, or when `replace_performance` says so. All of it is stored, or none.
    pub fn restore(
        &self,
        backup: &Backup,
        replace: &[String],
        replace_performance: bool,
    ) -> Result<usize, StorageError> {
        let performance = backup
            .performance
            .clone()
            .filter(|_| replace_performance || self.performance.with_untracked(Performance::is_empty));
        let frameworks: Vec<Framework> = self.catalogue.with_untracked(|c| {
            backup.frameworks.iter().filter(|f| c.find(&f.id, &f.version).is_none()).cloned().collect()
        });
        // A group already here is kept as it is: it may have gained respondents since the backup.
        let groups: Vec<Group> = self.groups.with_untracked(|here| {
            backup.groups.iter().filter(|g| !here.iter().any(|h| h.id == g.id)).cloned().collect()
        });
        let assessments: Vec<Assessment> = self.assessments.with_untracked(|saved| {
            backup
                .assessments
                .iter()
                .filter(|a| !saved.iter().any(|s| s.id == a.id) || replace.contains(&a.id))
                .cloned()
                .collect()
        });
        if self.storage_notice.with_untracked(Option::is_none) {
            self.library
                .with_value(|library| library.restore(&frameworks, &assessments, performance.as_ref(), &groups))?;
        }
        self.catalogue.update(|c| {
            for framework in frameworks {
                let _ = c.add(framework);
            }
        });
        let count = assessments.len();
        if let Some(performance) = performance {
            self.performance.set(performance);
        }
        self.groups.update(|here| here.extend(groups));
        self.seen.update_value(|seen| {
            for assessment in &assessments {
                seen.insert(assessment.id.clone(), assessment.updated);
            }
        });
        self.assessments.update(|saved| {
            for assessment in assessments {
                saved.retain(|s| s.id != assessment.id);
                saved.push(assessment);
            }
            saved.sort_by_key(|a| std::cmp::Reverse(a.updated));
        });
        Ok(count)
    }

    /// Brings one record in memory into line with storage, after another tab changed it.
    pub fn reload_from_storage(&self, name: &str) {
        let Some(key) = Key::parse(name) else { return };
        let stored = self.library.with_value(|library| library.raw(name).ok().flatten());
        match key {
            Key::LastBackup => self.last_backup.set(self.library.with_value(Library::last_backup)),
            Key::Performance => {
                if let Ok(fresh) = self.library.with_value(Library::load_performance) {
                    self.performance.set(fresh.unwrap_or_default());
                }
            }
            Key::PerformanceDraft(service, period) => {
                let fresh = stored.and_then(|text| serde_json::from_str::<Draft>(&text).ok());
                self.drafts.update(|drafts| match fresh {
                    Some(draft) => {
                        drafts.insert((service, period), draft);
                    }
                    None => {
                        drafts.remove(&(service, period));
                    }
                });
            }
            Key::Group(id) => {
                let fresh = stored.and_then(|text| Group::from_json(&text).ok());
                self.groups.update(|all| match (all.iter_mut().find(|g| g.id == id), fresh) {
                    (Some(kept), Some(fresh)) => *kept = fresh,
                    (None, Some(fresh)) => all.push(fresh),
                    (_, None) => all.retain(|g| g.id != id),
                });
            }
            Key::Assessment(id) => {
                let fresh = stored.and_then(|text| {
                    self.catalogue.with_untracked(|catalogue| exchange::from_json(&text, catalogue).ok())
                });
                self.seen.update_value(|seen| match &fresh {
                    Some(assessment) => {
                        seen.insert(id.clone(), assessment.updated);
                    }
                    None => {
                        seen.remove(&id);
                    }
                });
                self.assessments.update(|all| {
                    all.retain(|a| a.id != id);
                    if let Some(assessment) = fresh {
                        all.insert(0, assessment);
                        all.sort_by_key(|a| std::cmp::Reverse(a.updated));
                    }
                });
            }
            Key::Framework(id, version) => {
                let fresh = stored.and_then(|text| Framework::from_json(&text).ok());
                self.catalogue.update(|catalogue| {
                    catalogue.remove(&id, &version);
                    if let Some(framework) = fresh {
                        let _ = catalogue.add(framework);
                    }
                });
            }
        }
    }

    /// A damaged record's text exactly as it is stored, so the person can keep or repair it.
    pub fn damaged_text(&self, key: &str) -> Option<String> {
        self.library.with_value(|library| library.raw(key).ok().flatten())
    }

    /// Removes a damaged record, once the person has chosen to.
    pub fn discard_damaged(&self, key: &str) {
        let result = self.library.with_value(|library| library.remove_raw(key));
        self.damaged.update(|all| all.retain(|d| d.key != key));
        if let Err(error) = result {
            self.fail(error);
        }
    }

    /// Whether answers given now will still be here after a reload.
    pub fn is_persistent(&self) -> bool {
        self.storage_notice.with(Option::is_none)
    }
}
