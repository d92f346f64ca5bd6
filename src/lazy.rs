//! What the first download leaves out loads when first needed, as a separate WebAssembly chunk
//! (split by `wasm_split`, see `scripts/build-wasm.sh`): the pages of each area (`areas.rs`) and
//! the reading of saved records (`state/stored.rs`); and the words of every page outside the
//! first download (`i18n`).

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

/// Fetches the words of the pages outside the first download, in the page's language, once.
pub async fn page_words() -> Result<(), NotLoaded> {
    if !crate::i18n::has_page_words() {
        let words = crate::web::fetch_text(crate::i18n::page_words_url()).await.map_err(|_| NotLoaded)?;
        crate::i18n::add_page_words(words);
    }
    Ok(())
}

/// `#[wasm_split(module, fallible)]` on a function, except in the build of the browser tests,
/// whose runner has no chunk loader to give the split's imports: there the function is `async`
/// and runs at once, as it does natively. Needed where the first download's code calls into a
/// chunk from code that chunks also reach (the tests' build keeps every chunk's code).
macro_rules! split {
    ($module:ident, $(#[$meta:meta])* fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block) => {
        #[cfg(not(all(test, target_arch = "wasm32")))]
        #[wasm_split_helpers::wasm_split($module, fallible)]
        $(#[$meta])*
        fn $name($($arg: $ty),*) -> $ret $body

        #[cfg(all(test, target_arch = "wasm32"))]
        $(#[$meta])*
        async fn $name($($arg: $ty),*) -> $ret $body
    };
}
pub(crate) use split;
