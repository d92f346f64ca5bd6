//! The browser's local storage. Reaching it can throw (blocked storage), so it is probed once.

use wasm_bindgen::{JsCast, JsValue};

use super::{Storage, StorageError};

pub struct BrowserStorage {
    storage: web_sys::Storage,
}

const PROBE_KEY: &str = "almanac.probe";

impl BrowserStorage {
    /// Local storage if this page may really write to it; otherwise why not.
    pub fn probe() -> Result<BrowserStorage, StorageError> {
        let window = web_sys::window().ok_or_else(|| StorageError::Unavailable("no window".into()))?;
        let storage = window
            .local_storage()
            .map_err(describe)?
            .ok_or_else(|| StorageError::Unavailable("local storage is switched off".into()))?;
        let browser = BrowserStorage { storage };
        browser.set(PROBE_KEY, "1")?;
        browser.remove(PROBE_KEY)?;
        Ok(browser)
    }
}

fn describe(error: JsValue) -> StorageError {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(exception) if exception.name() == "QuotaExceededError" => StorageError::Full,
        Some(exception) => StorageError::Unavailable(exception.message()),
        None => StorageError::Unavailable(error.as_string().unwrap_or_else(|| "unknown error".into())),
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

    #[wasm_bindgen(inline_js = "
        export function block_storage() {
            const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
            Object.defineProperty(window, 'localStorage', {
                configurable: true,
                get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
            });
            return () => Object.defineProperty(window, 'localStorage', original);
        }")]
    extern "C" {
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
