//! What a JSON Schema cannot say about a framework: unique ids, levels in order, guidance on
//! every level but the top, sources that exist.

use super::*;
use crate::i18n::t::check as t;

impl Framework {
    /// Every problem with the document beyond its shape, each with its path.
    pub fn problems(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut report = |path: String, message: String| problems.push(Problem { path, message });

        if self.format != FRAMEWORK_FORMAT {
            report("format".into(), t::wrong_format(FRAMEWORK_FORMAT, &self.format));
        }
        if self.schema_version > FRAMEWORK_SCHEMA_VERSION {
            report("schema_version".into(), t::newer_format(self.schema_version, FRAMEWORK_SCHEMA_VERSION));
        } else if self.schema_version == 0 {
            report("schema_version".into(), t::one_or_more().into());
        }
        check_id("id", &self.id, &mut report);
        check_version("version", &self.version, &mut report);
        if let Some(previous) = &self.previous_version {
            check_version("previous_version", previous, &mut report);
            if *previous == self.version {
                report("previous_version".into(), t::same_version().into());
            }
        }
        let mut source_ids = Vec::new();
        for (index, source) in self.sources.iter().enumerate() {
            let path = format!("sources[{index}]");
            check_id(&format!("{path}.id"), &source.id, &mut report);
            if source_ids.contains(&&source.id) {
                report(format!("{path}.id"), t::source_used(&source.id));
            }
            source_ids.push(&source.id);
            check_text(&format!("{path}.title"), &source.title, &mut report);
            check_text(&format!("{path}.used_for"), &source.used_for, &mut report);
        }
        for (field, value) in [
            ("title", &self.title),
            ("summary", &self.summary),
            ("source", &self.source),
            ("credit", &self.credit),
            ("area_names.singular", &self.area_names.singular),
            ("area_names.plural", &self.area_names.plural),
            ("scale.dont_know", &self.scale.dont_know),
            ("scale.not_applicable", &self.scale.not_applicable),
        ] {
            check_text(field, value, &mut report);
        }

        let level_count = self.scale.levels.len();
        if !(2..=10).contains(&level_count) {
            report("scale.levels".into(), t::level_count(level_count));
        }
        for (index, level) in self.scale.levels.iter().enumerate() {
            let path = format!("scale.levels[{index}]");
            if usize::from(level.value) != index + 1 {
                report(format!("{path}.value"), t::level_value(index + 1, level.value));
            }
            check_text(&format!("{path}.name"), &level.name, &mut report);
            check_text(&format!("{path}.description"), &level.description, &mut report);
        }

        if self.areas.is_empty() {
            report("areas".into(), t::no_areas().into());
        }
        let mut area_ids = Vec::new();
        let mut statement_ids = Vec::new();
        let mut replaced = Vec::new();
        for (area_index, area) in self.areas.iter().enumerate() {
            let path = format!("areas[{area_index}]");
            check_id(&format!("{path}.id"), &area.id, &mut report);
            if area_ids.contains(&&area.id) {
                report(format!("{path}.id"), t::area_used(&area.id));
            }
            area_ids.push(&area.id);
            check_text(&format!("{path}.title"), &area.title, &mut report);
            check_text(&format!("{path}.description"), &area.description, &mut report);
            if !(area.weight.is_finite() && area.weight > 0.0 && area.weight <= 100.0) {
                report(format!("{path}.weight"), t::weight_range(area.weight));
            }
            // Version 1 had plain texts; from version 2 every challenge has a mitigation and every
            // example says whether it is real (with its source) or an illustration.
            let labelled = self.schema_version >= 2;
            for (index, challenge) in area.challenges.iter().enumerate() {
                let path = format!("{path}.challenges[{index}]");
                if challenge.mitigations.is_empty() && !labelled {
                    check_text(&path, &challenge.challenge, &mut report);
                    continue;
                }
                check_text(&format!("{path}.challenge"), &challenge.challenge, &mut report);
                if challenge.mitigations.is_empty() {
                    report(format!("{path}.mitigations"), t::no_mitigations().into());
                }
                for (index, mitigation) in challenge.mitigations.iter().enumerate() {
                    check_text(&format!("{path}.mitigations[{index}]"), mitigation, &mut report);
                }
            }
            for (index, example) in area.examples.iter().enumerate() {
                let path = format!("{path}.examples[{index}]");
                if example.kind.is_none() && example.source.is_none() && !labelled {
                    check_text(&path, &example.text, &mut report);
                    continue;
                }
                check_text(&format!("{path}.text"), &example.text, &mut report);
                match (example.kind, &example.source) {
                    (None, _) => report(format!("{path}.kind"), t::no_kind().into()),
                    (Some(ExampleKind::Example), None) => report(format!("{path}.source"), t::no_source().into()),
                    (Some(ExampleKind::Example), Some(source)) if !source_ids.contains(&source) => {
                        report(format!("{path}.source"), t::unknown_source(source))
                    }
                    (Some(ExampleKind::Illustration), Some(_)) => {
                        report(format!("{path}.source"), t::illustration_source().into())
                    }
                    _ => {}
                }
            }
            if area.statements.is_empty() {
                report(format!("{path}.statements"), t::no_statements().into());
            }
            for (statement_index, statement) in area.statements.iter().enumerate() {
                let path = format!("{path}.statements[{statement_index}]");
                check_id(&format!("{path}.id"), &statement.id, &mut report);
                if statement_ids.contains(&&statement.id) {
                    report(format!("{path}.id"), t::statement_used(&statement.id));
                }
                statement_ids.push(&statement.id);
                for (index, old) in statement.replaces.iter().enumerate() {
                    check_id(&format!("{path}.replaces[{index}]"), old, &mut report);
                    if replaced.contains(&old) {
                        report(format!("{path}.replaces[{index}]"), t::carried_already(old));
                    }
                    replaced.push(old);
                }
                check_text(&format!("{path}.text"), &statement.text, &mut report);
                if let Some(hint) = &statement.hint {
                    check_text(&format!("{path}.hint"), hint, &mut report);
                }
                if statement.levels.len() != level_count {
                    report(format!("{path}.levels"), t::level_entries(statement.levels.len(), level_count));
                }
                for (level_index, level) in statement.levels.iter().enumerate() {
                    let path = format!("{path}.levels[{level_index}]");
                    check_text(&format!("{path}.descriptor"), &level.descriptor, &mut report);
                    let is_top = level_index + 1 == level_count;
                    match (&level.next_step, is_top) {
                        (Some(step), false) => check_text(&format!("{path}.next_step"), step, &mut report),
                        (None, false) => report(format!("{path}.next_step"), t::no_next_step().into()),
                        (Some(_), true) => report(format!("{path}.next_step"), t::top_next_step().into()),
                        (None, true) => {}
                    }
                }
            }
        }
        self.check_translations(&mut report);
        problems
    }

    /// Every translated text belongs to a text of the framework, none is blank, and the texts a
    /// translator was unsure of are translated.
    fn check_translations(&self, report: &mut impl FnMut(String, String)) {
        if self.translations.is_empty() && self.unsure.is_empty() {
            return;
        }
        let own = self.texts();
        for (language, texts) in self.translations.iter() {
            let path = format!("translations.{}", language.code());
            if *language == self.language {
                let name = match language {
                    Language::English => t::language_english(),
                    Language::Welsh => t::language_welsh(),
                };
                report(path, t::own_language(name));
                continue;
            }
            let mut seen = std::collections::BTreeSet::new();
            for (key, text) in texts.iter() {
                let path = format!("{path}[\"{key}\"]");
                if !seen.insert(key) {
                    report(path, t::given_twice().into());
                } else if own.contains_key(key) {
                    check_text(&path, text, report);
                } else {
                    report(path, t::not_a_text().into());
                }
            }
        }
        for (language, keys) in self.unsure.iter() {
            for (index, key) in keys.iter().enumerate() {
                let has_text = if *language == self.language {
                    own.contains_key(key)
                } else {
                    self.translations.get(language).is_some_and(|texts| texts.contains_key(key))
                };
                if !has_text {
                    let code = language.code();
                    report(format!("unsure.{code}[{index}]"), t::no_translation(key, code));
                }
            }
        }
    }
}

const MAX_TEXT_CHARS: usize = 4000;

fn check_text(path: &str, value: &str, report: &mut impl FnMut(String, String)) {
    if value.trim().is_empty() {
        report(path.into(), t::empty().into());
    } else if value.chars().count() > MAX_TEXT_CHARS {
        report(path.into(), t::longer_than(MAX_TEXT_CHARS));
    }
}

/// Ids appear in file names, URLs and storage keys, so they are kept to a safe alphabet.
pub fn is_valid_id(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 64
        && value.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !value.starts_with('-')
}

fn check_version(path: &str, value: &str, report: &mut impl FnMut(String, String)) {
    if !is_valid_version(value) {
        report(path.into(), t::invalid_version(value));
    }
}

fn is_valid_version(value: &str) -> bool {
    !value.is_empty() && value.len() <= 32 && value.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
}

fn check_id(path: &str, value: &str, report: &mut impl FnMut(String, String)) {
    if !is_valid_id(value) {
        report(path.into(), t::invalid_id(value));
    }
}
