//! A framework's texts in more than one language (format version 3). The texts in the
//! framework's own fields are in its `language`; `translations` gives the same texts in another
//! language, each under a key that says where the text belongs, so a translator works through a
//! flat list and a check can say exactly which texts are missing:
//!
//! - `title`, `summary`, `source`, `credit`, `area_names.singular`, `area_names.plural`
//! - `sources.<source id>.title`, `sources.<source id>.used_for`
//! - `scale.levels.<level>.name`, `scale.levels.<level>.description`, `scale.dont_know`,
//!   `scale.not_applicable`
//! - `areas.<area id>.title`, `areas.<area id>.description`,
//!   `areas.<area id>.challenges.<n>.challenge`, `areas.<area id>.challenges.<n>.mitigations.<m>`,
//!   `areas.<area id>.examples.<n>.text`
//! - `statements.<statement id>.text`, `statements.<statement id>.hint`,
//!   `statements.<statement id>.levels.<level>.descriptor`,
//!   `statements.<statement id>.levels.<level>.next_step`
//!
//! Levels, challenges, mitigations and examples are counted from 1.

use std::collections::BTreeMap;

use super::{Framework, Pairs};
use crate::domain::language::Language;

/// Texts by key, in one language.
pub type Texts = BTreeMap<String, String>;

impl Framework {
    /// Calls `visit` with every text a person reads in the framework, and its key.
    fn visit_texts(&mut self, visit: &mut dyn FnMut(String, &mut String)) {
        visit("title".into(), &mut self.title);
        visit("summary".into(), &mut self.summary);
        visit("source".into(), &mut self.source);
        visit("credit".into(), &mut self.credit);
        visit("area_names.singular".into(), &mut self.area_names.singular);
        visit("area_names.plural".into(), &mut self.area_names.plural);
        for source in &mut self.sources {
            visit(format!("sources.{}.title", source.id), &mut source.title);
            visit(format!("sources.{}.used_for", source.id), &mut source.used_for);
        }
        for level in &mut self.scale.levels {
            visit(format!("scale.levels.{}.name", level.value), &mut level.name);
            visit(format!("scale.levels.{}.description", level.value), &mut level.description);
        }
        visit("scale.dont_know".into(), &mut self.scale.dont_know);
        visit("scale.not_applicable".into(), &mut self.scale.not_applicable);
        for area in &mut self.areas {
            let key = format!("areas.{}", area.id);
            visit(format!("{key}.title"), &mut area.title);
            visit(format!("{key}.description"), &mut area.description);
            for (n, challenge) in (1..).zip(&mut area.challenges) {
                visit(format!("{key}.challenges.{n}.challenge"), &mut challenge.challenge);
                for (m, mitigation) in (1..).zip(&mut challenge.mitigations) {
                    visit(format!("{key}.challenges.{n}.mitigations.{m}"), mitigation);
                }
            }
            for (n, example) in (1..).zip(&mut area.examples) {
                visit(format!("{key}.examples.{n}.text"), &mut example.text);
            }
            for statement in &mut area.statements {
                let key = format!("statements.{}", statement.id);
                visit(format!("{key}.text"), &mut statement.text);
                if let Some(hint) = &mut statement.hint {
                    visit(format!("{key}.hint"), hint);
                }
                for (level, step) in (1..).zip(&mut statement.levels) {
                    visit(format!("{key}.levels.{level}.descriptor"), &mut step.descriptor);
                    if let Some(next_step) = &mut step.next_step {
                        visit(format!("{key}.levels.{level}.next_step"), next_step);
                    }
                }
            }
        }
    }

    /// Every text a person reads, under its key, in the framework's own language: what a
    /// translator translates.
    pub fn texts(&self) -> Texts {
        self.text_list().into_iter().collect()
    }

    /// The same, in the order the framework holds them, as a translation lists them.
    fn text_list(&self) -> Vec<(String, String)> {
        let mut texts = Vec::new();
        self.clone().visit_texts(&mut |key, text| texts.push((key, text.clone())));
        texts
    }

    /// The languages the framework can be read in completely: its own, then each translation
    /// that has every text.
    pub fn languages(&self) -> Vec<Language> {
        let mut languages = vec![self.language];
        languages.extend(self.translations.keys().copied().filter(|&language| self.missing(language).is_empty()));
        languages
    }

    /// The keys of the texts not yet translated into `language`.
    pub fn missing(&self, language: Language) -> Vec<String> {
        if language == self.language {
            return Vec::new();
        }
        let translated = self.translations.get(&language);
        self.texts().into_keys().filter(|key| !translated.is_some_and(|texts| texts.contains_key(key))).collect()
    }

    /// The framework as a person reading `language` sees it. When it has every text in that
    /// language, it is rooted in it: its fields hold that language's texts, and its own texts
    /// become a translation, so nothing is lost when it is written out again. Otherwise it is
    /// shown as it is, in its own language, never half in one and half in another.
    pub fn in_language(&self, language: Language) -> Framework {
        let mut framework = self.clone();
        if language == self.language || !self.missing(language).is_empty() {
            return framework;
        }
        let Some(texts) = framework.translations.remove(&language) else { return framework };
        framework.visit_texts(&mut |key, text| {
            if let Some(translated) = texts.get(&key) {
                text.clone_from(translated);
            }
        });
        framework.translations.insert(self.language, Pairs(self.text_list()));
        framework.language = language;
        framework
    }
}
