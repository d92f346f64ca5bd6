//! Reading saved records: the JSON parser and the checks of each record against its framework.
//! A first-time visitor has nothing to read, so this code is a chunk of its own (see `lazy.rs`),
//! fetched at the start only on a device that has saved results or imported frameworks.

use futures::future::LocalBoxFuture;
use leptos::prelude::*;

use super::{AppState, StorageNotice};
use crate::domain::catalogue::{BUILT_IN_FILES, BuiltInFile, Catalogue};
use crate::domain::exchange;
use crate::domain::framework::Framework;
use crate::lazy::NotLoaded;
use crate::storage::{DamagedRecord, Key, Library, Loaded, Read, StorageError, read_assessment};

/// Every framework (in the catalogue) and assessment read from storage, or why storage could not
/// be read.
type AllRecords = (Catalogue, Result<Loaded, StorageError>);

impl AppState {
    /// Whether the saved records have been read, or there were none to read.
    pub fn has_read_storage(&self) -> bool {
        !self.unread.get_value()
    }

    /// Reads the saved records, the first time it is called. Reading puts what is wrong with a
    /// record in words (`DamagedRecord::problem`), so it waits for the pages' words as well, even
    /// on a page of the first download.
    pub async fn read_storage(&self) -> Result<(), NotLoaded> {
        if self.has_read_storage() {
            return Ok(());
        }
        let (words, read) = futures::future::join(crate::lazy::page_words(), read_records(*self, None)).await;
        words?;
        read?.await;
        Ok(())
    }

    /// Reads everything from storage again (after the page was restored from the back-forward
    /// cache, missing other tabs' changes), keeping in memory only writes that have not landed.
    pub async fn reload_all(self) {
        if !self.has_read_storage()
            || !self.unwritten.with_value(Vec::is_empty)
            || self.storage_notice.with_untracked(Option::is_some)
        {
            return;
        }
        // Should the code not load, the page keeps what it shows; writes still check first that
        // they do not overwrite another tab's change.
        if let Ok(shown) = read_records(self, None).await {
            shown.await;
            for open in self.parts.get_value() {
                (open.reload)(None);
            }
        }
    }

    /// Brings one record in memory into line with storage, after another tab changed it.
    pub fn reload_from_storage(&self, name: &str) {
        let Some(key) = Key::parse(name) else { return };
        // This tab's own change to the record is on its way: it is checked against the other
        // tab's when it is written, and must not be replaced in memory before then.
        if self.unwritten.with_value(|pending| pending.iter().any(|(k, _)| *k == key)) {
            return;
        }
        match key {
            Key::Performance | Key::PerformanceDraft(..) | Key::Group(_) | Key::Benchmark(_) => {
                for open in self.parts.get_value() {
                    (open.reload)(Some(&key));
                }
            }
            Key::Assessment(_) | Key::Framework(..) | Key::LastBackup if self.has_read_storage() => {
                let state = *self;
                leptos::task::spawn_local(async move {
                    if let Ok(shown) = read_records(state, Some(key)).await {
                        shown.await;
                    }
                });
            }
            Key::Assessment(_) | Key::Framework(..) | Key::LastBackup => self.changed_unread.update_value(|changed| {
                if !changed.contains(&key) {
                    changed.push(key);
                }
            }),
        }
    }

    /// Fetches the built-in frameworks not yet here: the current versions, and the earlier ones
    /// that saved assessments, colleagues' files and old links may name (all kept by the service
    /// worker for offline use); then checks the assessments that waited for them.
    pub async fn fetch_frameworks(&self) -> Result<(), NotLoaded> {
        self.fetch_files(BUILT_IN_FILES.iter().collect()).await
    }

    /// Fetches the whole file of the built-in framework an assessment was made with (the quick
    /// check's challenges and examples are not in the first download), when it is not here yet.
    pub async fn fetch_framework_of(&self, assessment: &str) -> Result<(), NotLoaded> {
        let reference =
            self.assessments.with_untracked(|all| all.iter().find(|a| a.id == assessment).map(|a| a.framework.clone()));
        let Some(reference) = reference else { return Ok(()) };
        self.fetch_files(BuiltInFile::find(&reference.id, &reference.version).into_iter().collect()).await
    }

    async fn fetch_files(&self, files: Vec<&'static BuiltInFile>) -> Result<(), NotLoaded> {
        let mut fetched = Vec::new();
        for file in files {
            if !self.catalogue.with_untracked(|c| c.has_fetched(file)) {
                fetched.push(crate::web::fetch_text(file.url).await.map_err(|_| NotLoaded)?);
            }
        }
        if fetched.is_empty() {
            return Ok(());
        }
        add_fetched(*self, fetched).await
    }

    /// Every framework and assessment in storage, with their problems.
    fn read_all_records(&self) -> AllRecords {
        let mut catalogue = self.catalogue.with_untracked(Catalogue::with_built_in_only);
        let loaded = self.library.with_value(|library| library.load(&mut catalogue));
        (catalogue, loaded)
    }

    fn show_records(&self, (catalogue, loaded): AllRecords) {
        let loaded = loaded.unwrap_or_else(|error| {
            self.storage_notice.set(Some(StorageNotice::Blocked(error)));
            Loaded::default()
        });
        self.last_backup.set(self.library.with_value(Library::last_backup));
        self.seen.set_value(loaded.fingerprints);
        self.catalogue.set(catalogue);
        self.assessments.set(loaded.assessments);
        self.waiting.set(loaded.waiting);
        self.damaged.set(loaded.damaged);
        self.unread.set_value(false);
        for key in self.changed_unread.try_update_value(std::mem::take).unwrap_or_default() {
            self.read_record(key);
        }
    }

    fn read_record(&self, key: Key) {
        let stored = self.library.with_value(|library| library.raw(&key.name()).ok().flatten());
        match key {
            Key::Assessment(id) => {
                let fresh = stored
                    .as_deref()
                    .map(|text| self.catalogue.with_untracked(|catalogue| read_assessment(text, catalogue)));
                let fingerprint = stored.as_deref().map(crate::storage::fingerprint);
                self.seen.update_value(|seen| match (&fresh, fingerprint) {
                    (Some(Read::Checked(_) | Read::Waiting(_)), Some(fingerprint)) => {
                        seen.insert(id.clone(), fingerprint);
                    }
                    _ => {
                        seen.remove(&id);
                    }
                });
                self.waiting.update(|all| all.retain(|a| a.id != id));
                self.assessments.update(|all| all.retain(|a| a.id != id));
                match fresh {
                    Some(Read::Checked(assessment)) => self.assessments.update(|all| {
                        all.insert(0, assessment);
                        all.sort_by_key(|a| std::cmp::Reverse(a.updated));
                    }),
                    Some(Read::Waiting(assessment)) => self.waiting.update(|all| all.push(assessment)),
                    Some(Read::Damaged(_)) | None => {}
                }
            }
            Key::Framework(id, version) => {
                let fresh = stored.and_then(|text| Framework::from_own_json(&text).ok());
                self.catalogue.update(|catalogue| {
                    catalogue.remove(&id, &version);
                    if let Some(framework) = fresh {
                        let _ = catalogue.add(framework);
                    }
                });
            }
            Key::LastBackup => self.last_backup.set(self.library.with_value(Library::last_backup)),
            _ => {}
        }
    }

    fn check_fetched(&self, fetched: Vec<String>) -> Result<(), NotLoaded> {
        for text in fetched {
            // The tests check every file; one that does not read is not the file of this build.
            let framework = Framework::from_own_json(&text).map_err(|_| NotLoaded)?;
            self.catalogue.update(|catalogue| catalogue.add_fetched(framework));
        }
        let waiting = self.waiting.try_update(std::mem::take).unwrap_or_default();
        let (mut checked, mut damaged) = (Vec::new(), Vec::new());
        self.catalogue.with_untracked(|catalogue| {
            for assessment in waiting {
                let key = Key::Assessment(assessment.id.clone()).name();
                match exchange::check(assessment, catalogue) {
                    Ok(assessment) => checked.push(assessment),
                    Err(problems) => damaged.push(DamagedRecord { key, problem: problems.to_string() }),
                }
            }
        });
        if !checked.is_empty() {
            self.assessments.update(|all| {
                all.extend(checked);
                all.sort_by_key(|a| std::cmp::Reverse(a.updated));
            });
        }
        if !damaged.is_empty() {
            self.damaged.update(|all| all.extend(damaged));
        }
        Ok(())
    }
}

crate::lazy::split! {
    stored,
    /// Reads one record (`Some`) from storage into memory; or, once the future returned is
    /// awaited (so that `read_storage` can fetch the pages' words meanwhile), every framework and
    /// assessment, shown in a task of its own: on a slow phone, reading and drawing in one go
    /// would keep the page from answering a tap for longer.
    fn read_records(state: AppState, key: Option<Key>) -> Result<LocalBoxFuture<'static, ()>, NotLoaded> {
        Ok(match key {
            Some(key) => {
                state.read_record(key);
                Box::pin(async {})
            }
            None => Box::pin(async move {
                let read = state.read_all_records();
                crate::web::next_task().await;
                state.show_records(read);
            }),
        })
    }
}

crate::lazy::split! {
    stored,
    /// Adds the fetched built-in frameworks and checks the assessments that waited for them.
    fn add_fetched(state: AppState, fetched: Vec<String>) -> Result<(), NotLoaded> {
        state.check_fetched(fetched)
    }
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use time::macros::datetime;
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;
    use crate::domain::assessment::{Assessment, Rating};
    use crate::domain::catalogue::QUICK_CHECK_ID;

    #[wasm_bindgen_test]
    async fn a_change_another_tab_makes_while_saved_records_are_read_is_not_missed() {
        let local = web_sys::window().unwrap().local_storage().unwrap().unwrap();
        local.clear().unwrap();
        let now = datetime!(2026-11-30 9:00 UTC);
        let framework = Catalogue::built_in().latest(QUICK_CHECK_ID).unwrap().clone();
        let mut assessment = Assessment::new("window".into(), &framework, now);
        let key = Key::Assessment("window".into()).name();
        local.set_item(&key, &exchange::to_json(&assessment)).unwrap();
        let state = AppState::open();

        // The records are read, then shown a task later; the other tab's change lands between.
        let changed_meanwhile = async {
            assessment.answer("q1", Rating::Level(3), now);
            local.set_item(&key, &exchange::to_json(&assessment)).unwrap();
            state.reload_from_storage(&key);
        };
        let (read, ()) = futures::join!(state.read_storage(), changed_meanwhile);
        read.unwrap();
        let shown = state.assessments.with_untracked(|all| all.iter().find(|a| a.id == "window").cloned());
        assert_eq!(shown.and_then(|a| a.rating("q1")), Some(Rating::Level(3)));
        local.clear().unwrap();
    }
}
