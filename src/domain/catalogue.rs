//! The frameworks this device knows: the built-in ones shipped inside the app.

use super::framework::Framework;

/// A `static`, not a `const`, so each document is in the binary once, however often it is read.
static BUILT_IN: &[&str] = &[include_str!("../../frameworks/quick-check.json")];

pub const QUICK_CHECK_ID: &str = "quick-check";

#[derive(Debug, Clone)]
pub struct Catalogue {
    frameworks: Vec<Framework>,
}

impl Catalogue {
    /// The frameworks compiled into the app; their validity is proved by the tests.
    pub fn built_in() -> Catalogue {
        let frameworks = BUILT_IN
            .iter()
            .map(|text| Framework::from_json(text).unwrap_or_else(|problems| panic!("built-in framework: {problems}")))
            .collect();
        Catalogue { frameworks }
    }

    pub fn find(&self, id: &str, version: &str) -> Option<&Framework> {
        self.frameworks.iter().find(|f| f.id == id && f.version == version)
    }

    /// The newest version of a framework, for starting a new assessment.
    pub fn latest(&self, id: &str) -> Option<&Framework> {
        self.frameworks.iter().filter(|f| f.id == id).last()
    }
}
