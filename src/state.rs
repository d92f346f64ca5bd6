//! The app's shared state: the frameworks, every saved assessment, and how storage is doing.

use leptos::prelude::*;

use crate::domain::assessment::Assessment;
use crate::domain::catalogue::Catalogue;
use crate::domain::framework::Framework;
use crate::storage::browser::BrowserStorage;
use crate::storage::memory::MemoryStorage;
use crate::storage::{Library, StorageError};

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
    catalogue: StoredValue<Catalogue>,
    library: StoredValue<Library, LocalStorage>,
    pub assessments: RwSignal<Vec<Assessment>>,
    pub storage_notice: RwSignal<Option<StorageNotice>>,
    /// Stored records that could not be read, by key and problem; they are left untouched.
    pub damaged: RwSignal<Vec<String>>,
}

impl AppState {
    /// Opens local storage, or memory when the browser blocks it, and loads what is saved.
    pub fn open() -> AppState {
        let mut catalogue = Catalogue::built_in();
        let (library, notice) = match BrowserStorage::probe() {
            Ok(storage) => (Library::new(Box::new(storage)), None),
            Err(error) => (Library::new(Box::new(MemoryStorage::default())), Some(StorageNotice::Blocked(error))),
        };
        let (assessments, damaged, notice) = match library.load(&mut catalogue) {
            Ok(loaded) => (
                loaded.assessments,
                loaded.damaged.into_iter().map(|d| format!("{}: {}", d.key, d.problem)).collect(),
                notice,
            ),
            Err(error) => (Vec::new(), Vec::new(), Some(StorageNotice::Blocked(error))),
        };
        AppState {
            catalogue: StoredValue::new(catalogue),
            library: StoredValue::new_local(library),
            assessments: RwSignal::new(assessments),
            storage_notice: RwSignal::new(notice),
            damaged: RwSignal::new(damaged),
        }
    }

    pub fn framework_for(&self, assessment: &Assessment) -> Option<Framework> {
        self.catalogue.with_value(|c| c.find(&assessment.framework.id, &assessment.framework.version).cloned())
    }

    pub fn latest_framework(&self, id: &str) -> Option<Framework> {
        self.catalogue.with_value(|c| c.latest(id).cloned())
    }

    pub fn catalogue(&self) -> Catalogue {
        self.catalogue.get_value()
    }

    /// Reactive: the assessment with this id, as it is now.
    pub fn assessment(&self, id: &str) -> Option<Assessment> {
        self.assessments.with(|all| all.iter().find(|a| a.id == id).cloned())
    }

    /// Keeps an assessment in memory at once and writes it to storage; a failed write is reported.
    pub fn save(&self, assessment: Assessment) {
        let result = self.library.with_value(|library| library.save(&assessment));
        self.assessments.update(|all| {
            all.retain(|a| a.id != assessment.id);
            all.insert(0, assessment);
        });
        self.report(result);
    }

    pub fn delete(&self, id: &str) {
        let result = self.library.with_value(|library| library.delete(id));
        self.assessments.update(|all| all.retain(|a| a.id != id));
        self.report(result);
    }

    pub fn delete_everything(&self) {
        let result = self.library.with_value(Library::delete_everything);
        self.assessments.set(Vec::new());
        self.damaged.set(Vec::new());
        self.report(result);
    }

    fn report(&self, result: Result<(), StorageError>) {
        let blocked = matches!(self.storage_notice.get_untracked(), Some(StorageNotice::Blocked(_)));
        match result {
            Err(error) if !blocked => self.storage_notice.set(Some(StorageNotice::WriteFailed(error))),
            Ok(()) if !blocked && self.storage_notice.get_untracked().is_some() => self.storage_notice.set(None),
            _ => {}
        }
    }

    /// Whether answers given now will still be here after a reload.
    pub fn is_persistent(&self) -> bool {
        self.storage_notice.with(Option::is_none)
    }
}
