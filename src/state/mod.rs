//! The app's shared state: the frameworks, every saved assessment, and how storage is doing.
//!
//! This file holds what the first download needs. Saved assessments and frameworks are read by
//! `stored.rs`, the service performance data and groups the first time a page asks for them
//! (`performance.rs`, `groups.rs`), and backup and restore live in `backup.rs`, so that their
//! code loads only when it is needed.

mod backup;
mod benchmarks;
mod groups;
mod performance;
mod screen;
mod stored;
mod writes;

pub use backup::Restored;
pub use benchmarks::{BenchmarkChoice, Hosted};
pub use screen::Screen;

use std::collections::BTreeMap;
use std::rc::Rc;

use leptos::prelude::*;
use time::OffsetDateTime;

use crate::domain::assessment::Assessment;
use crate::domain::catalogue::Catalogue;
use crate::domain::combine::Group;
use crate::domain::crosswalk::Crosswalk;
use crate::domain::exchange;
use crate::domain::framework::Framework;
use crate::domain::merge::Merged;
use crate::domain::performance::Performance;
use crate::domain::performance::entry::Draft;
use crate::domain::problem::Problem;
use crate::storage::browser::BrowserStorage;
use crate::storage::memory::MemoryStorage;
use crate::storage::{DamagedRecord, Key, Library, Storage, StorageError};

/// Why answers are not being kept on this device, when they are not.
#[derive(Debug, Clone, PartialEq)]
pub enum StorageNotice {
    /// Storage was blocked from the start: everything lives in memory.
    Blocked(StorageError),
    /// Storage reads but would not take a write when the page opened (usually a full store):
    /// everything saved is shown, and changes are kept in memory until a write succeeds.
    ReadOnly(StorageError),
    /// A write failed (usually a full store); the change is kept in memory.
    WriteFailed(StorageError),
}

/// A change that met another tab's change to the same record, or a record set aside. Put in
/// words by the notice that shows it (`components::storage_banner`), which loads only then.
#[derive(Debug, Clone, PartialEq)]
pub enum Conflict {
    /// Another tab changed this result: its version is kept, and this tab's saved beside it
    /// under this title with "(copy from another tab)".
    KeptBoth { title: String },
    /// Both tabs' changes to the service data (`group: false`) or a group were merged; `clashes`
    /// items were changed in both, where this tab's change was kept.
    Merged { group: bool, clashes: usize },
    /// A change waits: the record it would replace could not be read.
    HeldBack,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub catalogue: RwSignal<Catalogue>,
    library: StoredValue<Library, LocalStorage>,
    pub assessments: RwSignal<Vec<Assessment>>,
    /// Saved assessments of a built-in framework not fetched yet; checked when it arrives.
    waiting: RwSignal<Vec<Assessment>>,
    pub storage_notice: RwSignal<Option<StorageNotice>>,
    /// Stored records that could not be read, by key and problem; they are left untouched.
    pub damaged: RwSignal<Vec<DamagedRecord>>,
    /// Records changed in memory whose last write to storage failed, newest first, each with
    /// the text to write (`None` to remove it).
    unwritten: StoredValue<Vec<(Key, Option<String>)>>,
    /// When a backup of everything was last downloaded on this device.
    pub last_backup: RwSignal<Option<OffsetDateTime>>,
    /// Which statements of the built-in frameworks correspond, once fetched (`load_crosswalk`).
    pub crosswalk: RwSignal<Option<Crosswalk>>,
    /// Each stored assessment's fingerprint (`storage::fingerprint`) as this tab last read or
    /// wrote it: a stored copy changed since by another tab is never written over.
    seen: StoredValue<BTreeMap<String, u64>>,
    /// Saved records are still to be read (`stored.rs`); none are shown or written over until then.
    unread: StoredValue<bool>,
    /// Records another tab changed before the saved records were shown: read again once they are,
    /// as the reading may have caught them just before the change.
    changed_unread: StoredValue<Vec<Key>>,
    /// Said when another tab changed what this tab was saving, and what was done about it.
    pub conflict: RwSignal<Option<Conflict>>,
    /// The text of each service performance and group record as this tab last read or wrote
    /// it, by key: what both tabs started from when another tab changes the record meanwhile.
    bases: StoredValue<BTreeMap<String, String>>,
    /// The service performance register and figures, once read (see `performance.rs`).
    performance: RwSignal<Performance>,
    /// Figures forms typed into but not yet saved, by service id and period code.
    drafts: RwSignal<BTreeMap<(String, String), Draft>>,
    /// Groups of other people's assessments, combined; oldest first (see `groups.rs`).
    groups: RwSignal<Vec<Group>>,
    /// The parts read from storage when first needed, each with how to read its records again
    /// after another tab changes them (`None`: everything).
    parts: StoredValue<Vec<OpenPart>, LocalStorage>,
}

/// A part of the saved data this tab has read, with how to read its records again after another
/// tab changes them, and how to write one, merged with another tab's change to it.
#[derive(Clone)]
struct OpenPart {
    part: Part,
    reload: Rc<Reload>,
    /// Writes one of the part's records (`writes::write_merging`). Here, not called from
    /// `writes.rs` directly, so that the first download does not carry the code that merges and
    /// reads these records. `None` for records that are only ever replaced whole (benchmarks).
    write: Option<Rc<WritePart>>,
}

/// Reads a part's records again: the one changed, or `None` for all of them.
type Reload = dyn Fn(Option<&Key>);

/// Writes one of a part's records.
type WritePart = dyn Fn(&Library, &Key, &str) -> Result<writes::Written, StorageError>;

/// Merges this tab's text of a record with another tab's (`base`: the text both started from),
/// keeps the result in memory and returns its text; or why the other tab's text cannot be read.
type Merge = dyn Fn(&Key, Option<&str>, &str, &str) -> Result<Merged<String>, String>;

/// Parts of the saved data that are read from storage the first time a page needs them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Performance,
    Groups,
    Benchmarks,
}

impl AppState {
    /// Opens local storage, or memory when the browser blocks it. A store that is full or will
    /// not take writes is still read: what is saved there is shown and can be backed up.
    pub fn open() -> AppState {
        match BrowserStorage::probe() {
            Ok(storage) => {
                let notice = storage.probe_writing().err().map(StorageNotice::ReadOnly);
                AppState::open_with(Box::new(storage), notice)
            }
            Err(error) => AppState::open_with(Box::new(MemoryStorage::default()), Some(StorageNotice::Blocked(error))),
        }
    }

    /// With nothing saved, as a first-time visitor sees it (for drawing pages ahead of time).
    pub fn empty() -> AppState {
        AppState::open_with(Box::new(MemoryStorage::default()), None)
    }

    fn open_with(storage: Box<dyn Storage>, notice: Option<StorageNotice>) -> AppState {
        let library = Library::new(storage);
        // A first-time visitor has nothing to read, and does not wait for the code that reads.
        let unread = library.has_records();
        AppState {
            catalogue: RwSignal::new(Catalogue::built_in()),
            // Read with the saved records (`stored.rs`): only then is there anything to back up.
            last_backup: RwSignal::new(None),
            crosswalk: RwSignal::new(None),
            library: StoredValue::new_local(library),
            assessments: RwSignal::new(Vec::new()),
            waiting: RwSignal::new(Vec::new()),
            storage_notice: RwSignal::new(notice),
            damaged: RwSignal::new(Vec::new()),
            unwritten: StoredValue::new(Vec::new()),
            seen: StoredValue::new(BTreeMap::new()),
            unread: StoredValue::new(unread),
            changed_unread: StoredValue::new(Vec::new()),
            conflict: RwSignal::new(None),
            bases: StoredValue::new(BTreeMap::new()),
            performance: RwSignal::new(Performance::default()),
            drafts: RwSignal::new(BTreeMap::new()),
            groups: RwSignal::new(Vec::new()),
            parts: StoredValue::new_local(Vec::new()),
        }
    }

    /// How many results are saved on this device, including those whose framework is still to
    /// be fetched.
    pub fn saved_count(&self) -> usize {
        self.assessments.with(Vec::len) + self.waiting.with(Vec::len)
    }

    /// Whether every built-in framework is here, so that every saved assessment can be shown.
    pub fn has_every_framework(&self) -> bool {
        self.catalogue.with_untracked(Catalogue::has_every_built_in)
    }

    /// Whether the assessment with this id is saved but waits for its framework to be fetched.
    pub fn is_waiting(&self, id: &str) -> bool {
        self.waiting.with_untracked(|all| all.iter().any(|a| a.id == id))
    }

    /// Fetches the crosswalk in the background the first time a page asks; a page without it
    /// simply does not mention other frameworks.
    pub fn load_crosswalk(&self) {
        if self.crosswalk.with_untracked(Option::is_some) {
            return;
        }
        let crosswalk = self.crosswalk;
        leptos::task::spawn_local(async move {
            if let Ok(text) = crate::web::fetch_text(crate::domain::catalogue::CROSSWALK_URL).await
                && let Ok(read) = Crosswalk::from_own_json(&text)
            {
                crosswalk.set(Some(read));
            }
        });
    }

    /// The framework an assessment was made with, weighted as the person chose.
    pub fn framework_for(&self, assessment: &Assessment) -> Option<Framework> {
        self.catalogue.with(|c| {
            c.find(&assessment.framework.id, &assessment.framework.version).map(|f| f.with_weights(&assessment.weights))
        })
    }

    pub fn latest_framework(&self, id: &str) -> Option<Framework> {
        self.catalogue.with(|c| c.latest(id).cloned())
    }

    /// Adds an imported framework to the catalogue and stores it.
    pub fn add_framework(&self, framework: Framework) -> Result<(), Problem> {
        let mut catalogue = self.catalogue.get_untracked();
        catalogue.add(framework.clone())?;
        self.catalogue.set(catalogue);
        let text = serde_json::to_string(&framework).expect("a framework always serialises");
        self.write(Key::Framework(framework.id, framework.version), Some(text));
        Ok(())
    }

    pub fn remove_framework(&self, id: &str, version: &str) {
        self.catalogue.update(|catalogue| catalogue.remove(id, version));
        self.write(Key::Framework(id.to_string(), version.to_string()), None);
    }

    /// Reactive: the assessment with this id, as it is now.
    pub fn assessment(&self, id: &str) -> Option<Assessment> {
        self.assessments.with(|all| all.iter().find(|a| a.id == id).cloned())
    }

    /// Keeps an assessment in memory at once and writes it to storage; a failed write is reported.
    /// A finished result is worth keeping, so the browser is then asked to keep storage for good.
    pub fn save(&self, assessment: Assessment) {
        if assessment.completed.is_some() && self.is_persistent() {
            crate::web::ask_to_keep_storage();
        }
        let key = Key::Assessment(assessment.id.clone());
        let text = exchange::to_json(&assessment);
        self.assessments.update(|all| {
            all.retain(|a| a.id != assessment.id);
            all.insert(0, assessment);
        });
        self.write(key, Some(text));
    }

    pub fn delete(&self, id: &str) {
        self.assessments.update(|all| all.retain(|a| a.id != id));
        self.write(Key::Assessment(id.to_string()), None);
    }

    pub fn delete_everything(&self) {
        let result = self.library.with_value(Library::delete_everything);
        crate::web::forget_storage_turns();
        self.performance.set(Performance::default());
        self.drafts.set(BTreeMap::new());
        self.assessments.set(Vec::new());
        self.waiting.set(Vec::new());
        self.groups.set(Vec::new());
        benchmarks::forget();
        self.damaged.set(Vec::new());
        self.catalogue.update(|catalogue| *catalogue = catalogue.with_built_in_only());
        self.last_backup.set(None);
        self.seen.set_value(BTreeMap::new());
        self.unwritten.set_value(Vec::new());
        if let Err(error) = result {
            self.fail(error);
        }
    }

    /// Reads a part of the saved data from storage the first time a page asks for it, and from
    /// then on again whenever another tab changes it. `reload` gets the changed key, or `None`
    /// for everything.
    fn open_part(
        &self,
        part: Part,
        reload: impl Fn(Option<&Key>) + 'static,
        merge: impl Fn(&Key, Option<&str>, &str, &str) -> Result<Merged<String>, String> + 'static,
    ) {
        if self.parts.with_value(|parts| parts.iter().any(|open| open.part == part)) {
            return;
        }
        reload(None);
        let state = *self;
        let write = move |library: &Library, key: &Key, text: &str| state.write_merging(library, key, text, &merge);
        let write: Option<Rc<WritePart>> = Some(Rc::new(write));
        self.parts.update_value(|parts| parts.push(OpenPart { part, reload: Rc::new(reload), write }));
    }

    /// A damaged record's text exactly as it is stored, so the person can keep or repair it.
    pub fn damaged_text(&self, key: &str) -> Option<String> {
        self.library.with_value(|library| library.raw(key).ok().flatten())
    }

    /// Removes a damaged record, once the person has chosen to.
    pub fn discard_damaged(&self, key: &str) {
        let result = self.library.with_value(|library| library.remove_raw(key));
        self.damaged.update(|all| all.retain(|d| d.key != key));
        match result {
            // A change held back so as not to write over it can go in now.
            Ok(()) => self.write_pending(),
            Err(error) => self.fail(error),
        }
    }

    /// Whether answers given now will still be here after a reload.
    pub fn is_persistent(&self) -> bool {
        self.storage_notice.with(Option::is_none)
    }
}
