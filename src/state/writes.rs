//! Writing to storage. Every write runs in a turn that all of this device's Almanac tabs take
//! in order (`web::in_storage_turn`), so that one tab's read, check and write cannot interleave
//! with another's: a change another tab made meanwhile is always seen, and kept.

use std::rc::Rc;

use leptos::prelude::*;

use super::{AppState, Conflict, Merge, Part, StorageNotice, WritePart};
use crate::domain::assessment::Assessment;
use crate::domain::exchange;
use crate::domain::merge::Merged;
use crate::storage::{DamagedRecord, Key, Library, StorageError};

/// What became of one write.
pub(super) enum Written {
    Done,
    /// Not written, so as not to write over a record that could not be read.
    HeldBack,
}

impl AppState {
    /// Brings one stored record into line with memory: `text` written, or the record removed.
    /// Records whose write failed are kept in `unwritten` and tried again with every later write,
    /// so that once there is room again (say, after a deletion) nothing typed in is lost.
    pub(super) fn write(&self, key: Key, text: Option<String>) {
        if matches!(self.storage_notice.get_untracked(), Some(StorageNotice::Blocked(_))) {
            return;
        }
        self.unwritten.update_value(|pending| {
            pending.retain(|(k, _)| *k != key);
            pending.insert(0, (key, text));
        });
        self.write_pending();
    }

    /// Tries every write not made yet, in this tab's turn.
    pub(super) fn write_pending(&self) {
        let state = *self;
        let names = self.unwritten.with_value(|pending| pending.iter().map(|(key, _)| key.name()).collect());
        crate::web::in_storage_turn(names, move || state.write_unwritten());
    }

    /// Writes what is waiting for its turn at once: the page is going away, and a write left
    /// waiting would be lost with it.
    pub fn write_before_leaving(&self) {
        if self.unwritten.with_value(|pending| !pending.is_empty()) {
            self.write_unwritten();
        }
    }

    /// Whether the stored record under this key was set aside as damaged or newer: it is never
    /// written over until the person has removed it.
    pub fn is_set_aside(&self, key: &Key) -> bool {
        let name = key.name();
        self.damaged.with_untracked(|all| all.iter().any(|d| d.key == name))
    }

    fn write_unwritten(&self) {
        let mut failure = None;
        let mut held_back = false;
        for (key, text) in self.unwritten.get_value() {
            let written = if text.is_some() && self.is_set_aside(&key) {
                Ok(Written::HeldBack)
            } else {
                self.library.with_value(|library| self.write_one(library, &key, text.as_deref()))
            };
            match written {
                Ok(Written::Done) => self.unwritten.update_value(|pending| pending.retain(|(k, _)| *k != key)),
                Ok(Written::HeldBack) => held_back = true,
                Err(error) => failure = Some(error),
            }
        }
        if held_back {
            self.conflict.set(Some(Conflict::HeldBack));
        }
        match failure {
            Some(error) => self.fail(error),
            None if self.storage_notice.get_untracked().is_some() => self.storage_notice.set(None),
            None => {}
        }
    }

    fn write_one(&self, library: &Library, key: &Key, text: Option<&str>) -> Result<Written, StorageError> {
        match (key, text) {
            (Key::Assessment(id), Some(text)) => {
                match self.assessments.with_untracked(|all| all.iter().find(|a| &a.id == id).cloned()) {
                    Some(assessment) => self.write_assessment(library, assessment, text),
                    None => {
                        self.seen.update_value(|seen| {
                            seen.remove(id);
                        });
                        library.put(key, Some(text)).map(|()| Written::Done)
                    }
                }
            }
            (Key::Performance | Key::Group(_), Some(text)) => match self.part_writing(key) {
                Some(write) => write(library, key, text),
                // Not read by this tab, so not changed by it either: there is nothing to merge.
                None => library.put(key, Some(text)).map(|()| Written::Done),
            },
            _ => {
                if let Key::Assessment(id) = key {
                    self.seen.update_value(|seen| {
                        seen.remove(id);
                    });
                }
                self.bases.update_value(|bases| {
                    bases.remove(&key.name());
                });
                library.put(key, text).map(|()| Written::Done)
            }
        }
    }

    /// An assessment another tab changed since this tab last saw it is kept, and this tab's
    /// version saved beside it, so that neither is lost and neither silently wins.
    fn write_assessment(&self, library: &Library, mine: Assessment, text: &str) -> Result<Written, StorageError> {
        let stored = library.fingerprint(&mine.id);
        if stored.is_some() && stored != self.seen.with_value(|seen| seen.get(&mine.id).copied()) {
            return self.keep_both(library, mine).map(|()| Written::Done);
        }
        library.put(&Key::Assessment(mine.id.clone()), Some(text))?;
        self.seen.update_value(|seen| {
            seen.insert(mine.id.clone(), crate::storage::fingerprint(text));
        });
        Ok(Written::Done)
    }

    fn keep_both(&self, library: &Library, mine: Assessment) -> Result<(), StorageError> {
        let mut copy = mine.clone();
        copy.id = crate::web::new_id();
        let title = self.catalogue.with_untracked(|c| crate::domain::listing::title_of(&mine, c));
        copy.details.title = Some(crate::i18n::t::writes::copy_title(&title));
        let text = exchange::to_json(&copy);
        library.put(&Key::Assessment(copy.id.clone()), Some(&text))?;
        self.seen.update_value(|seen| {
            seen.insert(copy.id.clone(), crate::storage::fingerprint(&text));
        });
        self.assessments.update(|all| {
            all.retain(|a| a.id != mine.id);
            all.insert(0, copy);
        });
        self.reload_from_storage(&Key::Assessment(mine.id.clone()).name());
        self.conflict.set(Some(Conflict::KeptBoth { title }));
        Ok(())
    }

    /// How the part that reads this record writes it, once this tab has read the part.
    fn part_writing(&self, key: &Key) -> Option<Rc<WritePart>> {
        let part = if matches!(key, Key::Group(_)) { Part::Groups } else { Part::Performance };
        self.parts.with_value(|parts| parts.iter().find(|open| open.part == part).and_then(|open| open.write.clone()))
    }

    /// The service performance data or a group: when another tab changed the record since this
    /// tab read it, both tabs' changes are merged item by item, and the merge is written.
    pub(super) fn write_merging(
        &self,
        library: &Library,
        key: &Key,
        text: &str,
        merge: &Merge,
    ) -> Result<Written, StorageError> {
        let name = key.name();
        let stored = library.raw(&name)?;
        let base = self.bases.with_value(|bases| bases.get(&name).cloned());
        let text = match stored {
            Some(theirs) if Some(&theirs) != base.as_ref() && theirs != text => {
                let merged = self.readable(key, merge(key, base.as_deref(), text, &theirs));
                let Some(Merged { value, clashes }) = merged else { return Ok(Written::HeldBack) };
                self.conflict.set(Some(Conflict::Merged { group: matches!(key, Key::Group(_)), clashes }));
                value
            }
            _ => text.to_string(),
        };
        library.put(key, Some(&text))?;
        self.bases.update_value(|bases| {
            bases.insert(name, text);
        });
        Ok(Written::Done)
    }

    /// A record another tab wrote, or why it cannot be read (it is then set aside, never
    /// written over).
    fn readable<T>(&self, key: &Key, read: Result<T, String>) -> Option<T> {
        read.map_err(|problem| {
            self.damaged.update(|all| all.push(DamagedRecord { key: key.name(), problem }));
        })
        .ok()
    }

    pub(super) fn fail(&self, error: StorageError) {
        self.storage_notice.set(Some(StorageNotice::WriteFailed(error)));
    }

    /// Notes the stored text of a service performance or group record as read, the version a
    /// later merge starts from.
    pub(super) fn note_base(&self, key: &Key, text: Option<String>) {
        self.bases.update_value(|bases| match text {
            Some(text) => {
                bases.insert(key.name(), text);
            }
            None => {
                bases.remove(&key.name());
            }
        });
    }
}
