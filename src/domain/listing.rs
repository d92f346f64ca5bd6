//! Sorting and filtering the saved assessments list.

use std::cmp::{Ordering, Reverse};

use super::assessment::Assessment;
use super::catalogue::Catalogue;
use super::scoring::score;
use crate::i18n::t::listing as t;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortOrder {
    LastChanged,
    Newest,
    Title,
    HighestScore,
}

impl SortOrder {
    pub const ALL: [SortOrder; 4] =
        [SortOrder::LastChanged, SortOrder::Newest, SortOrder::Title, SortOrder::HighestScore];

    pub fn label(self) -> &'static str {
        match self {
            SortOrder::LastChanged => t::last_changed(),
            SortOrder::Newest => t::newest_first(),
            SortOrder::Title => t::title_a_to_z(),
            SortOrder::HighestScore => t::highest_score(),
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            SortOrder::LastChanged => "changed",
            SortOrder::Newest => "newest",
            SortOrder::Title => "title",
            SortOrder::HighestScore => "score",
        }
    }

    pub fn from_code(code: &str) -> SortOrder {
        SortOrder::ALL.into_iter().find(|order| order.code() == code).unwrap_or(SortOrder::LastChanged)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusFilter {
    Any,
    InProgress,
    Completed,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    /// Only assessments of this framework id (any version); `None` for all.
    pub framework: Option<String>,
    pub status: StatusFilter,
}

/// The title a person sees for an assessment: theirs, or the framework's.
pub fn title_of(assessment: &Assessment, catalogue: &Catalogue) -> String {
    let framework_title = catalogue
        .find(&assessment.framework.id, &assessment.framework.version)
        .map(|f| f.title.clone())
        .unwrap_or_else(|| assessment.framework.id.clone());
    assessment.display_title(&framework_title)
}

pub fn sort_and_filter<'a>(
    assessments: &'a [Assessment],
    catalogue: &Catalogue,
    order: SortOrder,
    filter: &Filter,
) -> Vec<&'a Assessment> {
    let mut shown: Vec<&Assessment> = assessments
        .iter()
        .filter(|a| filter.framework.as_ref().is_none_or(|id| &a.framework.id == id))
        .filter(|a| match filter.status {
            StatusFilter::Any => true,
            StatusFilter::InProgress => !a.is_completed(),
            StatusFilter::Completed => a.is_completed(),
        })
        .collect();
    let overall = |a: &Assessment| {
        catalogue.find(&a.framework.id, &a.framework.version).and_then(|framework| score(framework, a).overall)
    };
    match order {
        SortOrder::LastChanged => shown.sort_by_key(|a| Reverse(a.updated)),
        SortOrder::Newest => shown.sort_by_key(|a| Reverse(a.created)),
        SortOrder::Title => shown.sort_by_cached_key(|a| title_of(a, catalogue).to_lowercase()),
        SortOrder::HighestScore => shown.sort_by(|a, b| match (overall(a), overall(b)) {
            (Some(x), Some(y)) => y.partial_cmp(&x).unwrap_or(Ordering::Equal),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }),
    }
    shown
}
