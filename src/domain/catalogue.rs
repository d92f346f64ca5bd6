//! The frameworks this device knows: the built-in ones shipped inside the app, and any a
//! council imported.

use super::framework::Framework;
use super::problem::Problem;

/// A `static`, not a `const`, so each document is in the binary once, however often it is read.
static BUILT_IN: &[&str] = &[
    include_str!("../../frameworks/quick-check.json"),
    include_str!("../../frameworks/digitalisation-outcomes.json"),
    include_str!("../../frameworks/digital-capabilities.json"),
    include_str!("../../frameworks/digital-by-default.json"),
];

pub const QUICK_CHECK_ID: &str = "quick-check";

#[derive(Debug, Clone, PartialEq)]
pub struct Catalogue {
    built_in: Vec<Framework>,
    custom: Vec<Framework>,
}

impl Catalogue {
    /// The frameworks compiled into the app; their validity is proved by the tests.
    pub fn built_in() -> Catalogue {
        let built_in = BUILT_IN
            .iter()
            .map(|text| Framework::from_json(text).unwrap_or_else(|problems| panic!("built-in framework: {problems}")))
            .collect();
        Catalogue { built_in, custom: Vec::new() }
    }

    pub fn all(&self) -> impl Iterator<Item = &Framework> {
        self.built_in.iter().chain(&self.custom)
    }

    pub fn find(&self, id: &str, version: &str) -> Option<&Framework> {
        self.all().find(|f| f.id == id && f.version == version)
    }

    /// The most recently added version of a framework, for starting a new assessment.
    pub fn latest(&self, id: &str) -> Option<&Framework> {
        self.all().filter(|f| f.id == id).last()
    }

    /// The frameworks a council imported, for backups.
    pub fn imported(&self) -> &[Framework] {
        &self.custom
    }

    pub fn is_built_in(&self, framework: &Framework) -> bool {
        self.built_in.iter().any(|f| f.id == framework.id && f.version == framework.version)
    }

    /// Adds an imported framework. A new version of a known framework sits beside the old one,
    /// so assessments made with the old one keep their meaning; the same version twice is refused.
    pub fn add(&mut self, framework: Framework) -> Result<(), Problem> {
        if let Some(existing) = self.find(&framework.id, &framework.version) {
            let whose = if self.is_built_in(existing) { "a built-in framework" } else { "an imported framework" };
            return Err(Problem::at(
                "version",
                format!(
                    "\"{}\" version {} is already on this device as {whose}; give your copy a new version, such as {}-local",
                    framework.id, framework.version, framework.version
                ),
            ));
        }
        self.custom.push(framework);
        Ok(())
    }

    /// Removes an imported framework; built-in ones cannot be removed.
    pub fn remove(&mut self, id: &str, version: &str) {
        self.custom.retain(|f| !(f.id == id && f.version == version));
    }
}
