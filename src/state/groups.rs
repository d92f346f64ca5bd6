//! Groups of other people's assessments, read from storage the first time a compare page (or
//! a backup) asks for them.

use leptos::prelude::*;

use super::{AppState, Part};
use crate::domain::combine::Group;
use crate::domain::merge::{self, Merged};
use crate::storage::{Key, Library};

impl AppState {
    /// Reactive: every group, oldest first.
    pub fn groups(&self) -> RwSignal<Vec<Group>> {
        self.open_groups();
        self.groups
    }

    /// Reactive: the group with this id, as it is now.
    pub fn group(&self, id: &str) -> Option<Group> {
        self.groups().with(|all| all.iter().find(|g| g.id == id).cloned())
    }

    pub fn group_untracked(&self, id: &str) -> Option<Group> {
        self.groups().with_untracked(|all| all.iter().find(|g| g.id == id).cloned())
    }

    /// Reactive: reads part of a group without copying it (a group may hold a thousand people).
    pub fn with_group<T>(&self, id: &str, read: impl FnOnce(&Group) -> T) -> Option<T> {
        self.groups().with(|all| all.iter().find(|g| g.id == id).map(read))
    }

    /// Changes a group in place and writes it to storage.
    pub fn update_group(&self, id: &str, change: impl FnOnce(&mut Group)) {
        let mut text = None;
        self.groups().update(|all| {
            if let Some(group) = all.iter_mut().find(|g| g.id == id) {
                change(group);
                text = Some(group.to_json());
            }
        });
        self.write(Key::Group(id.to_string()), text);
    }

    /// Keeps a group (new or changed) in memory and writes it to storage as one record, so an
    /// import lands whole or not at all.
    pub fn save_group(&self, group: Group) {
        let key = Key::Group(group.id.clone());
        let text = group.to_json();
        self.groups().update(|all| match all.iter_mut().find(|g| g.id == group.id) {
            Some(kept) => *kept = group,
            None => all.push(group),
        });
        self.write(key, Some(text));
    }

    pub fn delete_group(&self, id: &str) {
        self.groups().update(|all| all.retain(|g| g.id != id));
        self.write(Key::Group(id.to_string()), None);
    }

    fn open_groups(&self) {
        let state = *self;
        let reload = move |key: Option<&Key>| match key {
            None => state.read_groups(),
            Some(Key::Group(id)) => state.read_group(id),
            Some(_) => {}
        };
        let merge = move |_: &Key, base: Option<&str>, mine: &str, theirs: &str| {
            let read = |text: &str| Group::from_json(text).map_err(|p| p.to_string());
            let theirs = read(theirs)?;
            let base = base.and_then(|text| read(text).ok()).unwrap_or_else(|| Group {
                members: Vec::new(),
                agreed: Default::default(),
                ..theirs.clone()
            });
            let Merged { value, clashes } = merge::group(&base, &read(mine)?, &theirs);
            state.groups.update(|all| {
                if let Some(kept) = all.iter_mut().find(|g| g.id == value.id) {
                    *kept = value.clone();
                }
            });
            Ok(Merged { value: value.to_json(), clashes })
        };
        self.open_part(Part::Groups, reload, merge);
    }

    fn read_groups(&self) {
        if let Ok((groups, damaged)) = self.library.with_value(Library::load_groups) {
            for group in &groups {
                let key = Key::Group(group.id.clone());
                self.note_base(&key, self.library.with_value(|library| library.raw(&key.name()).ok().flatten()));
            }
            self.groups.set(groups);
            if !damaged.is_empty() {
                self.damaged.update(|all| {
                    all.retain(|d| !damaged.iter().any(|new| new.key == d.key));
                    all.extend(damaged);
                });
            }
        }
    }

    fn read_group(&self, id: &str) {
        let name = Key::Group(id.to_string()).name();
        let stored = self.library.with_value(|library| library.raw(&name).ok().flatten());
        self.note_base(&Key::Group(id.to_string()), stored.clone());
        let fresh = stored.and_then(|text| Group::from_json(&text).ok());
        self.groups.update(|all| match (all.iter_mut().find(|g| g.id == id), fresh) {
            (Some(kept), Some(fresh)) => *kept = fresh,
            (None, Some(fresh)) => all.push(fresh),
            (_, None) => all.retain(|g| g.id != id),
        });
    }
}
