//! Backup and restore of everything on this device, for the saved results page.

use leptos::prelude::*;

use super::AppState;
use crate::domain::assessment::Assessment;
use crate::domain::backup::{self, Backup, Contents};
use crate::domain::benchmark::Benchmark;
use crate::domain::combine::Group;
use crate::domain::exchange;
use crate::domain::framework::Framework;
use crate::domain::performance::Performance;
use crate::storage::{Key, StorageError};

impl AppState {
    /// Everything on this device as one backup file, noted as the last backup.
    pub fn backup_json(&self) -> String {
        let now = crate::web::now();
        // Results still waiting for their framework are saved all the same.
        let mut assessments = self.assessments.get_untracked();
        assessments.extend(self.waiting.get_untracked());
        let benchmarks = self.kept_benchmarks().get_untracked();
        let text = self.performance().with_untracked(|performance| {
            self.groups().with_untracked(|groups| {
                self.catalogue.with_untracked(|c| {
                    let contents = Contents {
                        assessments: &assessments,
                        frameworks: c.imported(),
                        performance: Some(performance),
                        groups,
                        benchmarks: &benchmarks,
                    };
                    backup::to_json(contents, now)
                })
            })
        });
        self.last_backup.set(Some(now));
        self.write(Key::LastBackup, Some(crate::storage::stamp(now)));
        text
    }

    /// Restores a checked backup: new records are added, and saved assessments whose ids are in
    /// `replace` are replaced; the rest are kept. The backup's service performance data is taken
    /// when there is none here, or when `replace_performance` says so. A record here that could
    /// not be read is never written over. All of it is stored, or none.
    pub fn restore(
        &self,
        backup: &Backup,
        replace: &[String],
        replace_performance: bool,
    ) -> Result<Restored, StorageError> {
        // Weighed against what is here, so the parts kept apart are read first.
        let (here, groups_here, benchmarks_here) = (self.performance(), self.groups(), self.kept_benchmarks());
        let mut set_aside = 0;
        let mut unless_set_aside = |key: Key| {
            let kept = self.is_set_aside(&key);
            set_aside += usize::from(kept);
            !kept
        };
        let performance = backup
            .performance
            .clone()
            .filter(|_| replace_performance || here.with_untracked(Performance::is_empty))
            .filter(|_| unless_set_aside(Key::Performance));
        let frameworks: Vec<Framework> = self.catalogue.with_untracked(|c| {
            backup.frameworks.iter().filter(|f| c.find(&f.id, &f.version).is_none()).cloned().collect()
        });
        // A group already here is kept as it is: it may have gained respondents since the backup.
        let groups: Vec<Group> = groups_here.with_untracked(|here| {
            backup
                .groups
                .iter()
                .filter(|g| !here.iter().any(|h| h.id == g.id) && unless_set_aside(Key::Group(g.id.clone())))
                .cloned()
                .collect()
        });
        // A benchmark never changes once published: one already here is the same.
        let benchmarks: Vec<Benchmark> = benchmarks_here.with_untracked(|here| {
            backup
                .benchmarks
                .iter()
                .filter(|b| !here.iter().any(|h| h.id == b.id) && unless_set_aside(Key::Benchmark(b.id.clone())))
                .cloned()
                .collect()
        });
        let assessments: Vec<Assessment> = self.assessments.with_untracked(|saved| {
            backup
                .assessments
                .iter()
                .filter(|a| !saved.iter().any(|s| s.id == a.id) || replace.contains(&a.id))
                .filter(|a| unless_set_aside(Key::Assessment(a.id.clone())))
                .cloned()
                .collect()
        });
        // Written now, even while a storage notice shows: it lands whole, or the person is told.
        self.library.with_value(|library| {
            library.restore(&frameworks, &assessments, performance.as_ref(), &groups, &benchmarks)
        })?;
        if let Some(performance) = &performance {
            self.note_base(&Key::Performance, Some(crate::domain::performance::file::to_json(performance)));
        }
        for group in &groups {
            self.note_base(&Key::Group(group.id.clone()), Some(group.to_json()));
        }
        self.catalogue.update(|c| {
            for framework in frameworks {
                let _ = c.add(framework);
            }
        });
        let restored = Restored { results: assessments.len(), performance: performance.is_some(), set_aside };
        if let Some(performance) = performance {
            self.performance.set(performance);
        }
        self.groups.update(|here| here.extend(groups));
        benchmarks_here.update(|here| here.extend(benchmarks));
        self.seen.update_value(|seen| {
            for assessment in &assessments {
                seen.insert(assessment.id.clone(), crate::storage::fingerprint(&exchange::to_json(assessment)));
            }
        });
        self.assessments.update(|saved| {
            for assessment in assessments {
                saved.retain(|s| s.id != assessment.id);
                saved.push(assessment);
            }
            saved.sort_by_key(|a| std::cmp::Reverse(a.updated));
        });
        Ok(restored)
    }
}

/// What a restore wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Restored {
    /// Results added or replaced.
    pub results: usize,
    /// Whether the backup's service performance data was taken.
    pub performance: bool,
    /// Records in the backup left out because the one here under the same key could not be read.
    pub set_aside: usize,
}
