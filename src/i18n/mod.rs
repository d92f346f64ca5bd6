//! The words the interface shows, in the page's language. Every message is a function,
//! `t::<file>::<message>()`, compiled from `locales/` by build.rs (see `build/words.rs`); the
//! texts themselves are not compiled in: the page's language's words arrive as files, so neither
//! language carries the other's words. The first part (the frame, the home page, the quick
//! check's questions and the quick check's own texts) comes with the app's code, fetched by
//! `public/boot.js`; the pages' part beside any other page's code (`areas::prepare`).
//!
//! Natively (tests, the build-time home page) both languages are compiled in.
//!
//! No web dependencies: this sits below the domain, which names things in the person's language.

use std::cell::{Cell, RefCell};
use std::fmt::{Display, Write};

use crate::domain::language::Language;

pub mod t {
    include!(concat!(env!("OUT_DIR"), "/t.rs"));
}

include!(concat!(env!("OUT_DIR"), "/page_words.rs"));

const MESSAGE_END: char = '\u{1e}';
/// Separates the parts of the first words file: the words, then the quick check's texts.
const PART_END: char = '\u{1d}';

thread_local! {
    static LANGUAGE: Cell<Language> = const { Cell::new(Language::English) };
    /// Numbered as build.rs numbers messages: the first part's, then the pages'.
    static WORDS: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
    static QUICK_CHECK: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

/// The language the page is shown in.
pub fn language() -> Language {
    LANGUAGE.with(Cell::get)
}

/// The pages' words file for the page's language, fetched beside any page's code.
pub fn page_words_url() -> &'static str {
    PAGE_WORDS_URLS[language() as usize]
}

/// Whether the pages' words have arrived.
pub fn has_page_words() -> bool {
    compiled_in();
    WORDS.with_borrow(|words| words.len() > FIRST_PAGE_WORD)
}

/// Takes the first words file (without the home page boot.js took from it): from here on the
/// page is in `language`. Kept for the life of the page, as the texts of the code are.
pub fn start(language: Language, first: String) {
    LANGUAGE.with(|cell| cell.set(language));
    let first: &'static str = Box::leak(first.into_boxed_str());
    let (words, quick_check) = first.split_once(PART_END).unwrap_or((first, ""));
    WORDS.with_borrow_mut(|list| {
        list.clear();
        list.extend(words.split(MESSAGE_END));
    });
    QUICK_CHECK.with_borrow_mut(|list| {
        list.clear();
        list.extend(quick_check.split(MESSAGE_END));
    });
}

/// Takes the pages' words file.
pub fn add_page_words(pages: String) {
    if has_page_words() {
        return;
    }
    let pages: &'static str = Box::leak(pages.into_boxed_str());
    WORDS.with_borrow_mut(|list| list.extend(pages.split(MESSAGE_END)));
}

/// The quick check's texts in the page's language, in the order build.rs flattens them.
pub fn quick_check_texts() -> Vec<&'static str> {
    compiled_in();
    QUICK_CHECK.with_borrow(Vec::clone)
}

/// A message without placeholders.
pub fn word(index: usize) -> &'static str {
    compiled_in();
    WORDS.with_borrow(|words| words.get(index).copied().unwrap_or_default())
}

/// A message with its placeholders filled in.
pub fn fill(index: usize, arguments: &[&dyn Display]) -> String {
    place(word(index), arguments)
}

/// A message that depends on a count: the form CLDR's plural rules give the page's language for
/// `count`, with its placeholders filled in.
pub fn count(index: usize, count: usize, arguments: &[&dyn Display]) -> String {
    let forms = word(index).get(2..).unwrap_or_default();
    let form = forms.split('\u{3}').nth(plural_category(language(), count)).unwrap_or_default();
    place(form, arguments)
}

/// The index of `count`'s CLDR plural category in `language`: zero, one, two, few, many, other.
pub fn plural_category(language: Language, count: usize) -> usize {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let id = match language {
        Language::English => unic_langid::langid!("en"),
        Language::Welsh => unic_langid::langid!("cy"),
    };
    let rules = PluralRules::create(id, PluralRuleType::CARDINAL).expect("CLDR has rules for English and Welsh");
    match rules.select(count) {
        Ok(PluralCategory::ZERO) => 0,
        Ok(PluralCategory::ONE) => 1,
        Ok(PluralCategory::TWO) => 2,
        Ok(PluralCategory::FEW) => 3,
        Ok(PluralCategory::MANY) => 4,
        _ => 5,
    }
}

/// `\u{1}` and a digit stand for an argument.
fn place(text: &str, arguments: &[&dyn Display]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('\u{1}') {
        out.push_str(&rest[..at]);
        let index = rest.as_bytes().get(at + 1).map_or(0, |digit| usize::from(digit.wrapping_sub(b'0')));
        if let Some(argument) = arguments.get(index) {
            let _ = write!(out, "{argument}");
        }
        rest = rest.get(at + 2..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}

/// Natively, and in the browser tests, every word is compiled in; the app fetches its own.
#[cfg(any(not(target_arch = "wasm32"), test))]
fn compiled_in() {
    if WORDS.with_borrow(Vec::is_empty) {
        use_compiled_in(language());
    }
}

#[cfg(not(any(not(target_arch = "wasm32"), test)))]
fn compiled_in() {}

/// Shows the compiled-in words of `language` from here on (tests, the build-time pages).
#[cfg(any(not(target_arch = "wasm32"), test))]
pub fn use_compiled_in(language: Language) {
    const WORDS_FILES: [[&str; 2]; 2] = [
        [
            include_str!(concat!(env!("OUT_DIR"), "/words-en-first.txt")),
            include_str!(concat!(env!("OUT_DIR"), "/words-en-pages.txt")),
        ],
        [
            include_str!(concat!(env!("OUT_DIR"), "/words-cy-first.txt")),
            include_str!(concat!(env!("OUT_DIR"), "/words-cy-pages.txt")),
        ],
    ];
    const QUICK_CHECK_FILES: [&str; 2] = [
        include_str!(concat!(env!("OUT_DIR"), "/quick-check-en.txt")),
        include_str!(concat!(env!("OUT_DIR"), "/quick-check-cy.txt")),
    ];
    let [first, pages] = WORDS_FILES[language as usize];
    start(language, format!("{first}{PART_END}{}", QUICK_CHECK_FILES[language as usize]));
    add_page_words(pages.to_string());
}

/// The words files as the build writes them beside the app: for each language, its first file
/// (to follow the home page in `first-<language>-<hash>.txt`) and its pages' file, with its name.
#[cfg(not(target_arch = "wasm32"))]
pub fn files(language: Language) -> (String, (&'static str, String)) {
    use_compiled_in(language);
    let words = WORDS.with_borrow(|words| {
        let first: Vec<&str> = words[..FIRST_PAGE_WORD].to_vec();
        let pages: Vec<&str> = words[FIRST_PAGE_WORD..].to_vec();
        (first.join(&MESSAGE_END.to_string()), pages.join(&MESSAGE_END.to_string()))
    });
    let quick_check = QUICK_CHECK.with_borrow(|texts| texts.join(&MESSAGE_END.to_string()));
    (format!("{}{PART_END}{quick_check}", words.0), (PAGE_WORDS_URLS[language as usize], words.1))
}

#[cfg(test)]
mod tests;
