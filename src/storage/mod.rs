//! Where assessments are kept: one small key–value interface, a browser implementation and an
//! in-memory one, and the `Library` that stores assessment files through either.

pub mod browser;
mod library;
pub mod memory;

pub use library::{Library, Loaded, Read, read_assessment};

use std::fmt;

use crate::i18n::t::storage as t;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// The browser's storage quota is used up.
    Full,
    /// Storage is blocked (private browsing, a sandboxed or third-party iframe) or failed.
    Unavailable(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Full => f.write_str(t::full()),
            StorageError::Unavailable(reason) => f.write_str(&t::unavailable(reason)),
        }
    }
}

pub trait Storage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    fn keys(&self) -> Result<Vec<String>, StorageError>;
}

/// Every key Almanac writes; no other code spells a storage key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key {
    Assessment(String),
    /// An imported framework, by id and version.
    Framework(String, String),
    /// When a backup of everything was last downloaded.
    LastBackup,
    /// The service performance register and figures.
    Performance,
    /// What was typed into the figures form for one service (id) and period (code), not yet saved.
    PerformanceDraft(String, String),
    /// A group of other people's assessments, combined; kept apart from the person's own.
    Group(String),
    /// A benchmark opened on this device, by its id.
    Benchmark(String),
}

/// Every record of Almanac's, and nothing else's, is stored under a name starting so.
const PREFIX: &str = "almanac.";
const ASSESSMENT_PREFIX: &str = "almanac.assessment.";
const FRAMEWORK_PREFIX: &str = "almanac.framework.";
const LAST_BACKUP: &str = "almanac.last-backup";
const PERFORMANCE: &str = "almanac.performance";
const PERFORMANCE_DRAFT_PREFIX: &str = "almanac.performance-draft.";
const GROUP_PREFIX: &str = "almanac.group.";
const BENCHMARK_PREFIX: &str = "almanac.benchmark.";

impl Key {
    pub fn name(&self) -> String {
        match self {
            Key::Assessment(id) => format!("{ASSESSMENT_PREFIX}{id}"),
            // Ids have no dots, so the first dot ends the id and the version may have its own.
            Key::Framework(id, version) => format!("{FRAMEWORK_PREFIX}{id}.{version}"),
            Key::LastBackup => LAST_BACKUP.into(),
            Key::Performance => PERFORMANCE.into(),
            // Service ids have no dots and period codes none either.
            Key::PerformanceDraft(service, period) => format!("{PERFORMANCE_DRAFT_PREFIX}{service}.{period}"),
            Key::Group(id) => format!("{GROUP_PREFIX}{id}"),
            Key::Benchmark(id) => format!("{BENCHMARK_PREFIX}{id}"),
        }
    }

    pub fn parse(name: &str) -> Option<Key> {
        if name == LAST_BACKUP {
            return Some(Key::LastBackup);
        }
        if name == PERFORMANCE {
            return Some(Key::Performance);
        }
        if let Some(rest) = name.strip_prefix(PERFORMANCE_DRAFT_PREFIX) {
            let (service, period) = rest.split_once('.')?;
            return Some(Key::PerformanceDraft(service.to_string(), period.to_string()));
        }
        if let Some(id) = name.strip_prefix(ASSESSMENT_PREFIX) {
            return Some(Key::Assessment(id.to_string()));
        }
        if let Some(id) = name.strip_prefix(GROUP_PREFIX) {
            return Some(Key::Group(id.to_string()));
        }
        if let Some(id) = name.strip_prefix(BENCHMARK_PREFIX) {
            return Some(Key::Benchmark(id.to_string()));
        }
        let (id, version) = name.strip_prefix(FRAMEWORK_PREFIX)?.split_once('.')?;
        Some(Key::Framework(id.to_string(), version.to_string()))
    }
}

/// Tells whether a stored record is still the text this tab last read or wrote, without reading
/// it: another tab's change to it, however small, gives another fingerprint.
pub fn fingerprint(text: &str) -> u64 {
    use std::hash::{DefaultHasher, Hash, Hasher};
    let mut hasher = DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}

/// A moment as stored (RFC 3339), such as the last backup's.
pub fn stamp(when: time::OffsetDateTime) -> String {
    crate::domain::dates::format_moment(when)
}

/// A stored record that could not be read; it is left in place, untouched.
#[derive(Debug, Clone, PartialEq)]
pub struct DamagedRecord {
    pub key: String,
    pub problem: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn keys_round_trip() {
        for key in [
            Key::Assessment("abc".into()),
            Key::Framework("my-framework".into(), "1.2.0-local".into()),
            Key::LastBackup,
            Key::Performance,
            Key::PerformanceDraft("report-a-missed-bin".into(), "2026-Q2".into()),
            Key::Group("g-1".into()),
            Key::Benchmark("b-1".into()),
        ] {
            assert_eq!(Key::parse(&key.name()), Some(key));
        }
        assert_eq!(Key::parse("other"), None);
        assert_eq!(Key::parse("almanac.framework.no-version"), None);
    }
}
