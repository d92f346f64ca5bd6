//! The browser's local storage. Reaching it can throw (blocked storage), and a full or read-only
//! store still reads, so it is probed once for each.

use wasm_bindgen::{JsCast, JsValue};

use super::{Storage, StorageError};
use crate::i18n::t::browser as t;

pub struct BrowserStorage {
    storage: web_sys::Storage,
}

const PROBE_KEY: &str = "almanac.probe";

impl BrowserStorage {
    /// Local storage if this page may read it; otherwise why not.
    pub fn probe() -> Result<BrowserStorage, StorageError> {
        let window = web_sys::window().ok_or_else(|| StorageError::Unavailable(t::no_window().into()))?;
        let storage = window
            .local_storage()
            .map_err(describe)?
            .ok_or_else(|| StorageError::Unavailable(t::switched_off().into()))?;
        let browser = BrowserStorage { storage };
        browser.keys()?;
        Ok(browser)
    }

    /// Whether this page may also write: a full store, or one that refuses writes, still reads.
    pub fn probe_writing(&self) -> Result<(), StorageError> {
        self.set(PROBE_KEY, "1")?;
        self.remove(PROBE_KEY)
    }
}

fn describe(error: JsValue) -> StorageError {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(exception) if exception.name() == "QuotaExceededError" => StorageError::Full,
        Some(exception) => StorageError::Unavailable(exception.message()),
        None => StorageError::Unavailable(error.as_string().unwrap_or_else(|| t::unknown_error().into())),
    }
}

impl Storage for BrowserStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.storage.get_item(key).map_err(describe)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.storage.set_item(key, value).map_err(describe)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.storage.remove_item(key).map_err(describe)
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let count = self.storage.length().map_err(describe)?;
        (0..count).filter_map(|index| self.storage.key(index).map_err(describe).transpose()).collect()
    }
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    fn clear() {
        web_sys::window().unwrap().local_storage().unwrap().unwrap().clear().unwrap();
    }

    #[wasm_bindgen_test]
    fn stores_reads_lists_and_removes() {
        clear();
        let storage = BrowserStorage::probe().expect("local storage works in a normal page");
        assert_eq!(storage.probe_writing(), Ok(()));
        assert_eq!(storage.keys().unwrap(), Vec::<String>::new(), "the probe leaves nothing behind");
        storage.set("almanac.assessment.a", "{\"x\": 1}").unwrap();
        storage.set("other", "kept").unwrap();
        assert_eq!(storage.get("almanac.assessment.a").unwrap().as_deref(), Some("{\"x\": 1}"));
        let mut keys = storage.keys().unwrap();
        keys.sort();
        assert_eq!(keys, ["almanac.assessment.a", "other"]);
        storage.remove("almanac.assessment.a").unwrap();
        assert_eq!(storage.get("almanac.assessment.a").unwrap(), None);
        clear();
    }

    #[wasm_bindgen_test]
    fn a_full_store_says_so() {
        clear();
        let storage = BrowserStorage::probe().unwrap();
        // Chromium allows about five million characters per origin.
        let too_big = "x".repeat(6 * 1024 * 1024);
        assert_eq!(storage.set("almanac.assessment.big", &too_big), Err(StorageError::Full));
        assert_eq!(storage.get("almanac.assessment.big").unwrap(), None, "a failed write stores nothing");
        clear();
    }

    #[wasm_bindgen_test]
    fn a_full_store_still_reads_and_says_it_cannot_write() {
        clear();
        let storage = BrowserStorage::probe().unwrap();
        storage.set("almanac.assessment.kept", "{}").unwrap();
        fill_storage();
        let opened = BrowserStorage::probe().expect("a full store still opens");
        assert_eq!(opened.probe_writing(), Err(StorageError::Full));
        assert_eq!(opened.get("almanac.assessment.kept").unwrap().as_deref(), Some("{}"));
        clear();
    }

    #[wasm_bindgen(inline_js = "
        export function fill_storage() {
            // Halving chunks, down to one character, until not even that fits.
            for (let size = 1 << 22, i = 0; size >= 1; ) {
                try { localStorage.setItem('filler.' + i++, 'x'.repeat(size)); } catch { size >>= 1; }
            }
        }
        export function block_storage() {
            const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
            Object.defineProperty(window, 'localStorage', {
                configurable: true,
                get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
            });
            return () => Object.defineProperty(window, 'localStorage', original);
        }")]
    extern "C" {
        fn fill_storage();
        fn block_storage() -> js_sys::Function;
    }

    #[wasm_bindgen_test]
    fn blocked_storage_is_reported_not_panicked_on() {
        let unblock = block_storage();
        let probed = BrowserStorage::probe();
        unblock.call0(&JsValue::NULL).unwrap();
        assert_eq!(probed.err(), Some(StorageError::Unavailable("The operation is insecure.".into())));
    }
}
