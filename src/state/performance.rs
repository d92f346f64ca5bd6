//! The service performance data and unsaved figures forms, read from storage the first time a
//! performance page (or a backup) asks for them.

use leptos::prelude::*;

use super::{AppState, Part};
use crate::domain::merge::{self, Merged};
use crate::domain::performance::entry::Draft;
use crate::domain::performance::{Performance, file};
use crate::storage::{Key, Library};

impl AppState {
    /// Reactive: the service performance register and figures.
    pub fn performance(&self) -> RwSignal<Performance> {
        self.open_performance();
        self.performance
    }

    /// Keeps new performance data in memory at once and writes it to storage.
    pub fn save_performance(&self, performance: Performance) {
        self.open_performance();
        let text = file::to_json(&performance);
        self.performance.set(performance);
        self.write(Key::Performance, Some(text));
    }

    /// What was typed into the figures form for a service and period and not yet saved.
    pub fn draft(&self, service: &str, period: &str) -> Option<Draft> {
        self.open_performance();
        self.drafts.with_untracked(|drafts| drafts.get(&(service.to_string(), period.to_string())).cloned())
    }

    /// Keeps the form's text as typed, so nothing is lost if the page is left or reloaded;
    /// `None` once the figures are saved.
    pub fn set_draft(&self, service: &str, period: &str, draft: Option<Draft>) {
        self.open_performance();
        let slot = (service.to_string(), period.to_string());
        let text = draft.as_ref().map(|draft| serde_json::to_string(draft).expect("a draft always serialises"));
        self.drafts.update(|drafts| match draft {
            Some(draft) => {
                drafts.insert(slot, draft);
            }
            None => {
                drafts.remove(&slot);
            }
        });
        self.write(Key::PerformanceDraft(service.to_string(), period.to_string()), text);
    }

    /// Forgets every unsaved figures form for a service, once the service is removed.
    pub fn clear_drafts(&self, service: &str) {
        self.open_performance();
        let periods: Vec<String> = self.drafts.with_untracked(|drafts| {
            drafts.keys().filter(|(s, _)| s == service).map(|(_, period)| period.clone()).collect()
        });
        for period in periods {
            self.set_draft(service, &period, None);
        }
    }

    fn open_performance(&self) {
        let state = *self;
        let reload = move |key: Option<&Key>| match key {
            None | Some(Key::Performance) => state.read_performance(),
            Some(Key::PerformanceDraft(service, period)) => state.read_draft(service, period),
            Some(_) => {}
        };
        let merge = move |_: &Key, base: Option<&str>, mine: &str, theirs: &str| {
            let read = |text: &str| file::from_json(text).map_err(|p| p.to_string());
            let theirs = read(theirs)?;
            let base = base.and_then(|text| read(text).ok()).unwrap_or_default();
            let Merged { value, clashes } = merge::performance(&base, &read(mine)?, &theirs);
            state.performance.set(value.clone());
            Ok(Merged { value: file::to_json(&value), clashes })
        };
        self.open_part(Part::Performance, reload, merge);
    }

    fn read_performance(&self) {
        let (performance, drafts, text) = self.library.with_value(|library| {
            (library.load_performance(), library.load_drafts(), library.raw(&Key::Performance.name()).ok().flatten())
        });
        self.note_base(&Key::Performance, text);
        match performance {
            Ok(performance) => self.performance.set(performance.unwrap_or_default()),
            Err(damaged) => self.damaged.update(|all| {
                all.retain(|d| d.key != damaged.key);
                all.push(damaged);
            }),
        }
        if let Ok(drafts) = drafts {
            self.drafts.set(drafts);
        }
    }

    fn read_draft(&self, service: &str, period: &str) {
        let name = Key::PerformanceDraft(service.to_string(), period.to_string()).name();
        let fresh = self.library.with_value(|library: &Library| library.raw(&name).ok().flatten());
        let fresh = fresh.and_then(|text| serde_json::from_str::<Draft>(&text).ok());
        let slot = (service.to_string(), period.to_string());
        self.drafts.update(|drafts| match fresh {
            Some(draft) => {
                drafts.insert(slot, draft);
            }
            None => {
                drafts.remove(&slot);
            }
        });
    }
}
