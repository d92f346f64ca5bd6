//! Storage that lasts as long as the page: used when the browser blocks local storage, and in tests.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use super::{Storage, StorageError};

#[derive(Debug, Default)]
pub struct MemoryStorage {
    entries: RefCell<BTreeMap<String, String>>,
    /// A limit in bytes of keys and values, to act out a full store; `None` is unlimited.
    capacity: Option<usize>,
}

impl MemoryStorage {
    pub fn with_capacity(bytes: usize) -> MemoryStorage {
        MemoryStorage { entries: RefCell::default(), capacity: Some(bytes) }
    }
}

impl Storage for MemoryStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.entries.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        let mut entries = self.entries.borrow_mut();
        if let Some(capacity) = self.capacity {
            let others: usize = entries.iter().filter(|(k, _)| k.as_str() != key).map(|(k, v)| k.len() + v.len()).sum();
            if others + key.len() + value.len() > capacity {
                return Err(StorageError::Full);
            }
        }
        entries.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.entries.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(self.entries.borrow().keys().cloned().collect())
    }
}

/// Lets a test keep a handle on the store it gives away.
impl<S: Storage> Storage for Rc<S> {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        S::get(self, key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        S::set(self, key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        S::remove(self, key)
    }
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        S::keys(self)
    }
}
