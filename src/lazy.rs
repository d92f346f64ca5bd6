//! What the first download leaves out loads when first needed, as a separate WebAssembly chunk
//! (split by `wasm_split`, see `scripts/build-wasm.sh`): the pages of each area (`areas.rs`) and
//! the reading of saved records (`state/stored.rs`).

use wasm_split_helpers::SplitLoaderError;

/// A chunk of code, or a framework a page needs, could not be fetched (offline before it was
/// kept, or a blocked request). Nothing is lost: the next attempt starts afresh.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotLoaded;

impl From<SplitLoaderError> for NotLoaded {
    fn from(_: SplitLoaderError) -> NotLoaded {
        NotLoaded
    }
}
