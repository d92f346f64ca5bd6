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
