//! The frameworks this device knows: the quick check, compiled into the app; the other built-in
//! frameworks, data files fetched the first time a page needs them; and any a council imported.

use super::framework::{Area, AreaNames, Framework, Level, Scale, Statement, StatementLevel};
use super::problem::Problem;

include!(concat!(env!("OUT_DIR"), "/quick_check.rs"));

/// The questions of `frameworks/quick-check.json` (without its sources, descriptions, challenges,
/// examples and next steps), from the flat lists of texts and numbers that build.rs writes, so
/// that the first download needs no JSON parser. `tests/catalogue.rs` proves it equal to the
/// file's questions, and the file valid. The pages that show the rest fetch the whole file.
pub(crate) fn quick_check() -> Framework {
    Flat { texts: crate::i18n::quick_check_texts().into_iter(), numbers: QUICK_CHECK_NUMBERS.iter() }.framework()
}

/// Reads the lists in the order build.rs writes them: the fields of `framework.rs` in order,
/// each list after its length, each optional text after 1 (or 0 when absent).
struct Flat {
    texts: std::vec::IntoIter<&'static str>,
    numbers: std::slice::Iter<'static, f64>,
}

impl Flat {
    fn framework(mut self) -> Framework {
        Framework {
            format: self.text(),
            schema_version: self.number() as u32,
            id: self.text(),
            version: self.text(),
            previous_version: self.optional(),
            title: self.text(),
            summary: self.text(),
            source: self.text(),
            credit: self.text(),
            sources: Vec::new(),
            area_names: AreaNames { singular: self.text(), plural: self.text() },
            scale: Scale {
                levels: self.list(|flat| Level {
                    value: flat.number() as u8,
                    name: flat.text(),
                    description: flat.text(),
                }),
                dont_know: self.text(),
                not_applicable: self.text(),
            },
            areas: self.list(Flat::area),
            language: crate::i18n::language(),
            translations: Default::default(),
            unsure: Default::default(),
        }
    }

    fn area(&mut self) -> Area {
        Area {
            id: self.text(),
            title: self.text(),
            description: String::new(),
            weight: self.number(),
            challenges: Vec::new(),
            examples: Vec::new(),
            statements: self.list(|flat| Statement {
                id: flat.text(),
                text: flat.text(),
                hint: flat.optional(),
                replaces: flat.list(Flat::text),
                levels: flat.list(|flat| StatementLevel { descriptor: flat.text(), next_step: None }),
            }),
        }
    }

    fn text(&mut self) -> String {
        self.texts.next().expect("build.rs wrote every text").to_string()
    }

    fn number(&mut self) -> f64 {
        *self.numbers.next().expect("build.rs wrote every number")
    }

    fn optional(&mut self) -> Option<String> {
        (self.number() == 1.0).then(|| self.text())
    }

    fn list<T>(&mut self, mut item: impl FnMut(&mut Flat) -> T) -> Vec<T> {
        (0..self.number() as usize).map(|_| item(self)).collect()
    }
}

pub const QUICK_CHECK_ID: &str = "quick-check";

/// A built-in framework kept as a data file beside the app (`build.rs` names it by its content).
#[derive(Debug, PartialEq)]
pub struct BuiltInFile {
    pub id: &'static str,
    pub version: &'static str,
    /// Its name in `frameworks/` (or `frameworks/archive/` for an earlier version), for the tests.
    #[cfg(test)]
    pub file: &'static str,
    /// Where the app fetches it from, relative to the app's address.
    pub url: &'static str,
    /// The version new assessments use; earlier ones are fetched only for assessments made with them.
    pub current: bool,
}

/// Every built-in framework file: the current versions, then the earlier ones.
pub static BUILT_IN_FILES: &[BuiltInFile] = include!(concat!(env!("OUT_DIR"), "/built_in_frameworks.rs"));

/// Where the crosswalk between the built-in frameworks is fetched from.
pub const CROSSWALK_URL: &str = include!(concat!(env!("OUT_DIR"), "/crosswalk_url.rs"));

/// Whether a built-in framework is the version new assessments use.
fn is_current(framework: &Framework) -> bool {
    BuiltInFile::find(&framework.id, &framework.version).is_some_and(|file| file.current)
}

impl BuiltInFile {
    pub fn find(id: &str, version: &str) -> Option<&'static BuiltInFile> {
        BUILT_IN_FILES.iter().find(|file| file.id == id && file.version == version)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Catalogue {
    built_in: Vec<Framework>,
    /// The built-in files fetched so far (the quick check's questions are here before its file).
    fetched: Vec<&'static BuiltInFile>,
    custom: Vec<Framework>,
}

impl Catalogue {
    /// The quick check's questions alone, as the app starts.
    pub fn built_in() -> Catalogue {
        Catalogue { built_in: vec![quick_check()], fetched: Vec::new(), custom: Vec::new() }
    }

    /// The built-in frameworks here now, without the imported ones (to read storage afresh).
    pub fn with_built_in_only(&self) -> Catalogue {
        Catalogue { built_in: self.built_in.clone(), fetched: self.fetched.clone(), custom: Vec::new() }
    }

    /// Adds a built-in framework fetched from its data file, in place of what was here of it, in
    /// the page's language.
    pub fn add_fetched(&mut self, framework: Framework) {
        let framework = framework.in_language(crate::i18n::language());
        let Some(file) = BuiltInFile::find(&framework.id, &framework.version) else { return };
        if self.fetched.contains(&file) {
            return;
        }
        self.fetched.push(file);
        self.built_in.retain(|f| !(f.id == framework.id && f.version == framework.version));
        // In the order of the data files: the current versions, then the earlier ones.
        let rank = |f: &Framework| BUILT_IN_FILES.iter().position(|file| file.id == f.id && file.version == f.version);
        let at = self.built_in.iter().position(|f| rank(f) > rank(&framework)).unwrap_or(self.built_in.len());
        self.built_in.insert(at, framework);
    }

    /// Whether a framework here is whole: imported, or its built-in file fetched (the quick check's
    /// questions are here before its descriptions, challenges, examples and next steps).
    pub fn is_whole(&self, id: &str, version: &str) -> bool {
        BuiltInFile::find(id, version).is_none_or(|file| self.has_fetched(file))
    }

    /// Whether this built-in file has been fetched.
    pub fn has_fetched(&self, file: &BuiltInFile) -> bool {
        self.fetched.iter().any(|f| std::ptr::eq(*f, file))
    }

    /// Whether every built-in framework file, current or earlier, has been fetched.
    pub fn has_every_built_in(&self) -> bool {
        BUILT_IN_FILES.iter().all(|file| self.has_fetched(file))
    }

    /// Whether a framework an assessment names is a built-in data file still to be fetched, so
    /// that the assessment waits for it rather than being taken as damaged.
    pub fn awaits(&self, id: &str, version: &str) -> bool {
        self.find(id, version).is_none() && BuiltInFile::find(id, version).is_some()
    }

    /// What a new assessment can be made with: the current built-in versions and every
    /// imported framework (earlier built-in versions are here only for their assessments).
    pub fn offered(&self) -> impl Iterator<Item = &Framework> {
        self.built_in.iter().filter(|f| is_current(f)).chain(&self.custom)
    }

    pub fn all(&self) -> impl Iterator<Item = &Framework> {
        self.built_in.iter().chain(&self.custom)
    }

    pub fn find(&self, id: &str, version: &str) -> Option<&Framework> {
        self.all().find(|f| f.id == id && f.version == version)
    }

    /// The version of a framework a new assessment uses: a council's own copy if one was
    /// imported (the last one), or else the current built-in version.
    pub fn latest(&self, id: &str) -> Option<&Framework> {
        self.custom
            .iter()
            .rfind(|f| f.id == id)
            .or_else(|| self.built_in.iter().find(|f| f.id == id && is_current(f)))
            .or_else(|| self.built_in.iter().rfind(|f| f.id == id))
    }

    /// The frameworks a council imported, for backups.
    pub fn imported(&self) -> &[Framework] {
        &self.custom
    }

    pub fn is_built_in(&self, framework: &Framework) -> bool {
        self.built_in.iter().any(|f| f.id == framework.id && f.version == framework.version)
    }

    /// Adds an imported framework, shown in the page's language when it has every text in it.
    /// A new version of a known framework sits beside the old one,
    /// so assessments made with the old one keep their meaning; the same version twice is refused.
    pub fn add(&mut self, framework: Framework) -> Result<(), Problem> {
        // A built-in version counts as here even before its file is fetched.
        let existing = self.find(&framework.id, &framework.version);
        if existing.is_some() || BuiltInFile::find(&framework.id, &framework.version).is_some() {
            let built_in = existing.is_none_or(|existing| self.is_built_in(existing));
            let whose = if built_in { "a built-in framework" } else { "an imported framework" };
            return Err(Problem::at(
                "version",
                format!(
                    "\"{}\" version {} is already on this device as {whose}; give your copy a new version, such as {}-local",
                    framework.id, framework.version, framework.version
                ),
            ));
        }
        // In the page's language, when it has every text in it; as it is otherwise.
        self.custom.push(framework.in_language(crate::i18n::language()));
        Ok(())
    }

    /// Removes an imported framework; built-in ones cannot be removed.
    pub fn remove(&mut self, id: &str, version: &str) {
        self.custom.retain(|f| !(f.id == id && f.version == version));
    }
}
