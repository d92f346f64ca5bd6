//! A reporting period: a calendar month ("2026-04") or a calendar quarter ("2026-Q2").

use std::cmp::Ordering;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    /// `month` from 1 (January) to 12.
    Month { year: i32, month: u8 },
    /// `quarter` from 1 (January to March) to 4.
    Quarter { year: i32, quarter: u8 },
}

impl Period {
    /// Reads "2026-04" or "2026-Q2" (any case), as written in files, links and spreadsheets.
    pub fn parse(text: &str) -> Option<Period> {
        let (year, rest) = text.trim().split_once('-')?;
        if year.len() != 4 || !year.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let year: i32 = year.parse().ok()?;
        if let Some(quarter) = rest.strip_prefix(['Q', 'q']) {
            match quarter {
                "1" | "2" | "3" | "4" => Some(Period::Quarter { year, quarter: quarter.parse().ok()? }),
                _ => None,
            }
        } else if rest.len() == 2 && rest.chars().all(|c| c.is_ascii_digit()) {
            let month: u8 = rest.parse().ok()?;
            (1..=12).contains(&month).then_some(Period::Month { year, month })
        } else {
            None
        }
    }

    /// "2026-04" or "2026-Q2".
    pub fn code(self) -> String {
        match self {
            Period::Month { year, month } => format!("{year}-{month:02}"),
            Period::Quarter { year, quarter } => format!("{year}-Q{quarter}"),
        }
    }

    /// "April 2026" or "April to June 2026".
    pub fn label(self) -> String {
        match self {
            Period::Month { year, month } => format!("{} {year}", MONTHS[usize::from(month - 1)]),
            Period::Quarter { year, quarter } => {
                let first = usize::from(quarter - 1) * 3;
                format!("{} to {} {year}", MONTHS[first], MONTHS[first + 2])
            }
        }
    }

    /// "Apr 2026" or "Q2 2026", for chart axes where room is short.
    pub fn short_label(self) -> String {
        match self {
            Period::Month { year, month } => format!("{} {year}", &MONTHS[usize::from(month - 1)][..3]),
            Period::Quarter { year, quarter } => format!("Q{quarter} {year}"),
        }
    }

    /// The period just before this one, of the same length.
    pub fn previous(self) -> Period {
        match self {
            Period::Month { year, month: 1 } => Period::Month { year: year - 1, month: 12 },
            Period::Month { year, month } => Period::Month { year, month: month - 1 },
            Period::Quarter { year, quarter: 1 } => Period::Quarter { year: year - 1, quarter: 4 },
            Period::Quarter { year, quarter } => Period::Quarter { year, quarter: quarter - 1 },
        }
    }

    /// The period just after this one, of the same length.
    pub fn next(self) -> Period {
        match self {
            Period::Month { year, month: 12 } => Period::Month { year: year + 1, month: 1 },
            Period::Month { year, month } => Period::Month { year, month: month + 1 },
            Period::Quarter { year, quarter: 4 } => Period::Quarter { year: year + 1, quarter: 1 },
            Period::Quarter { year, quarter } => Period::Quarter { year, quarter: quarter + 1 },
        }
    }

    /// The quarter holding a date.
    pub fn quarter_of(date: time::Date) -> Period {
        Period::Quarter { year: date.year(), quarter: (u8::from(date.month()) - 1) / 3 + 1 }
    }

    /// Months since year 0 at the start of the period; quarters sort after the month they start in.
    fn sort_key(self) -> (i32, u8) {
        match self {
            Period::Month { year, month } => (year * 12 + i32::from(month) - 1, 0),
            Period::Quarter { year, quarter } => (year * 12 + i32::from(quarter - 1) * 3, 1),
        }
    }
}

impl Ord for Period {
    fn cmp(&self, other: &Period) -> Ordering {
        self.sort_key().cmp(&other.sort_key())
    }
}

impl PartialOrd for Period {
    fn partial_cmp(&self, other: &Period) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.code())
    }
}

impl Serialize for Period {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.code())
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Period, D::Error> {
        let text = String::deserialize(deserializer)?;
        Period::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "\"{text}\" is not a period: write a month as 2026-04 or a quarter as 2026-Q2"
            ))
        })
    }
}
