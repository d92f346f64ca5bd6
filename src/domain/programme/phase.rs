//! When a plan item is to be done (a phase) and how much work it is (an effort).
//!
//! Both are kept in files as short codes ("2027-q1", "now", "medium", "12 days") and read when a
//! page needs them: the first download, which saves quick checks, then carries no code for them.

use time::{Date, Month};

use crate::i18n::t::phase as t;

/// How a plan's phases are named: quarters of the UK financial year, or three loose horizons.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Phasing {
    #[default]
    Quarters,
    NowNextLater,
}

impl Phasing {
    pub const ALL: [Phasing; 2] = [Phasing::Quarters, Phasing::NowNextLater];

    pub fn code(self) -> &'static str {
        match self {
            Phasing::Quarters => "quarters",
            Phasing::NowNextLater => "now_next_later",
        }
    }

    pub fn parse(code: &str) -> Option<Phasing> {
        Phasing::ALL.into_iter().find(|p| p.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Phasing::Quarters => t::phasing_quarters(),
            Phasing::NowNextLater => t::phasing_now_next_later(),
        }
    }

    /// The phases a person can choose from on `today`: the current quarter and the seven after
    /// it (two years), or the three horizons.
    pub fn choices(self, today: Date) -> Vec<Phase> {
        match self {
            Phasing::Quarters => {
                let first = Phase::quarter_of(today);
                std::iter::successors(Some(first), |p| p.following()).take(8).collect()
            }
            Phasing::NowNextLater => vec![Phase::Now, Phase::Next, Phase::Later],
        }
    }
}

/// One phase of a work programme. Quarters sort by date; "now", "next" and "later" after them
/// (a plan holds one kind unless a file mixes them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Phase {
    /// Quarter `quarter` (1 to 4) of the financial year that starts on 1 April `year`.
    Quarter {
        year: i32,
        quarter: u8,
    },
    Now,
    Next,
    Later,
}

/// Financial years Almanac accepts in a file: wide enough for any real plan.
const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

impl Phase {
    /// The quarter of the financial year a day falls in.
    pub fn quarter_of(day: Date) -> Phase {
        let month = u8::from(day.month());
        if month >= 4 {
            Phase::Quarter { year: day.year(), quarter: (month - 4) / 3 + 1 }
        } else {
            Phase::Quarter { year: day.year() - 1, quarter: 4 }
        }
    }

    /// The next phase of the same kind; `None` after "later".
    pub fn following(self) -> Option<Phase> {
        match self {
            Phase::Quarter { year, quarter: 4 } => Some(Phase::Quarter { year: year + 1, quarter: 1 }),
            Phase::Quarter { year, quarter } => Some(Phase::Quarter { year, quarter: quarter + 1 }),
            Phase::Now => Some(Phase::Next),
            Phase::Next => Some(Phase::Later),
            Phase::Later => None,
        }
    }

    pub fn phasing(self) -> Phasing {
        match self {
            Phase::Quarter { .. } => Phasing::Quarters,
            _ => Phasing::NowNextLater,
        }
    }

    /// As files write it: `2027-q1` (the financial year 2027/28), `now`, `next`, `later`.
    pub fn code(self) -> String {
        match self {
            Phase::Quarter { year, quarter } => format!("{year}-q{quarter}"),
            Phase::Now => "now".into(),
            Phase::Next => "next".into(),
            Phase::Later => "later".into(),
        }
    }

    pub fn parse(code: &str) -> Option<Phase> {
        match code {
            "now" => Some(Phase::Now),
            "next" => Some(Phase::Next),
            "later" => Some(Phase::Later),
            _ => {
                let (year, quarter) = code.split_once("-q")?;
                let all_digits = |text: &str| !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
                if !all_digits(year) || !all_digits(quarter) {
                    return None;
                }
                let (year, quarter) = (year.parse().ok()?, quarter.parse().ok()?);
                (YEARS.contains(&year) && (1..=4).contains(&quarter)).then_some(Phase::Quarter { year, quarter })
            }
        }
    }

    /// As people say it: "Q1 2027/28", "Now".
    pub fn label(self) -> String {
        match self {
            Phase::Quarter { year, quarter } => {
                t::quarter(quarter, year, format_args!("{:02}", (year + 1).rem_euclid(100)))
            }
            Phase::Now => t::now().into(),
            Phase::Next => t::next().into(),
            Phase::Later => t::later().into(),
        }
    }

    /// The last day of a quarter; the horizons have none.
    pub fn ends(self) -> Option<Date> {
        let Phase::Quarter { year, quarter } = self else { return None };
        let (year, month, day) = match quarter {
            1 => (year, Month::June, 30),
            2 => (year, Month::September, 30),
            3 => (year, Month::December, 31),
            _ => (year + 1, Month::March, 31),
        };
        Date::from_calendar_date(year, month, day).ok()
    }

    /// The nearest phase of the other kind, as seen on `today`: "now" is the current quarter,
    /// "next" the one after and "later" the one after that; quarters already begun are "now".
    pub fn convert(self, to: Phasing, today: Date) -> Phase {
        let current = Phase::quarter_of(today);
        let after = |phase: Phase| phase.following().unwrap_or(phase);
        match (self, to) {
            (Phase::Quarter { .. }, Phasing::NowNextLater) if self <= current => Phase::Now,
            (Phase::Quarter { .. }, Phasing::NowNextLater) if self == after(current) => Phase::Next,
            (Phase::Quarter { .. }, Phasing::NowNextLater) => Phase::Later,
            (Phase::Now, Phasing::Quarters) => current,
            (Phase::Next, Phasing::Quarters) => after(current),
            (Phase::Later, Phasing::Quarters) => after(after(current)),
            (same, _) => same,
        }
    }
}

/// How much work an item is: a rough size, or a number of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effort {
    Small,
    Medium,
    Large,
    Days(u16),
}

/// The most days an item can be given: about four working years.
pub const MAX_EFFORT_DAYS: u16 = 999;

impl Effort {
    pub const SIZES: [Effort; 3] = [Effort::Small, Effort::Medium, Effort::Large];

    /// As files write it: `small`, `medium`, `large` or `12 days`.
    pub fn code(self) -> String {
        match self {
            Effort::Small => "small".into(),
            Effort::Medium => "medium".into(),
            Effort::Large => "large".into(),
            Effort::Days(days) => format!("{days} days"),
        }
    }

    pub fn parse(code: &str) -> Option<Effort> {
        match code {
            "small" => Some(Effort::Small),
            "medium" => Some(Effort::Medium),
            "large" => Some(Effort::Large),
            _ => {
                let days = code.strip_suffix(" days").or_else(|| code.strip_suffix(" day"))?;
                if days.is_empty() || !days.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                days.parse().ok().filter(|d| (1..=MAX_EFFORT_DAYS).contains(d)).map(Effort::Days)
            }
        }
    }

    pub fn label(self) -> String {
        match self {
            Effort::Small => t::effort_small().into(),
            Effort::Medium => t::effort_medium().into(),
            Effort::Large => t::effort_large().into(),
            Effort::Days(days) => t::effort_days(usize::from(days)),
        }
    }

    /// The cost the value-for-effort ranking divides by: small 1, medium 2, large 3; days count
    /// as small up to a working week (5), medium up to a working month (20), large beyond.
    pub fn points(self) -> u8 {
        match self {
            Effort::Small | Effort::Days(0..=5) => 1,
            Effort::Medium | Effort::Days(6..=20) => 2,
            Effort::Large | Effort::Days(_) => 3,
        }
    }
}

/// The effort of a set of items, added up in the terms they were given in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EffortTotal {
    pub small: usize,
    pub medium: usize,
    pub large: usize,
    pub days: u32,
    /// Items with no effort given.
    pub not_sized: usize,
}

impl EffortTotal {
    pub fn of(efforts: impl IntoIterator<Item = Option<Effort>>) -> EffortTotal {
        let mut total = EffortTotal::default();
        for effort in efforts {
            match effort {
                Some(Effort::Small) => total.small += 1,
                Some(Effort::Medium) => total.medium += 1,
                Some(Effort::Large) => total.large += 1,
                Some(Effort::Days(days)) => total.days += u32::from(days),
                None => total.not_sized += 1,
            }
        }
        total
    }

    /// "2 small, 1 large and 15 days; 1 not sized yet", or "Not sized yet".
    pub fn describe(self) -> String {
        let mut parts = Vec::new();
        for (count, size) in [
            (self.small, t::total_small as fn(usize) -> String),
            (self.medium, t::total_medium),
            (self.large, t::total_large),
        ] {
            if count > 0 {
                parts.push(size(count));
            }
        }
        if self.days > 0 {
            parts.push(t::total_days(self.days as usize));
        }
        let sized = match parts.len() {
            0 => String::new(),
            1 => parts.remove(0),
            _ => {
                let last = parts.pop().unwrap_or_default();
                t::total_and(parts.join(", "), last)
            }
        };
        match (sized.is_empty(), self.not_sized) {
            (true, 0) => t::nothing_to_do().into(),
            (true, _) => t::not_sized_yet().into(),
            (false, 0) => sized,
            (false, n) => format!("{sized}; {}", t::total_not_sized(n)),
        }
    }
}
