//! A reporting period: a month, a quarter or a year, held by the month it starts in. Councils
//! report by financial year (April to March in the UK), so a quarter that lines up with the year's
//! start is also named as the financial year names it: April to June 2026 is Q1 of 2026/27.
//!
//! In files and links a period is written "2026-04" (a month), "2026-04+3" (three months from
//! April 2026) or "2026-04+12" (twelve months). Files of format 1 wrote calendar quarters as
//! "2026-Q2"; those still read, as the three months they always meant.

use std::cmp::Ordering;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::i18n::t::performance_period as t;

/// The months' names in the page's language, January first.
pub fn months() -> [&'static str; 12] {
    std::array::from_fn(|index| crate::domain::dates::month_name(month(index)))
}

/// The month of an index from 0 (January).
fn month(index: usize) -> time::Month {
    time::Month::January.nth_next(index as u8)
}

/// A month's name as it follows "to" ("i" in Welsh, which mutates it: "i Fehefin").
fn month_after_to(index: usize) -> &'static str {
    [
        t::to_january,
        t::to_february,
        t::to_march,
        t::to_april,
        t::to_may,
        t::to_june,
        t::to_july,
        t::to_august,
        t::to_september,
        t::to_october,
        t::to_november,
        t::to_december,
    ][index]()
}

/// A month's short name, for chart axes: "Apr".
fn short_month(index: usize) -> &'static str {
    crate::domain::dates::short_month_name(month(index))
}

/// How long a period is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Length {
    Month,
    Quarter,
    Year,
}

impl Length {
    pub fn months(self) -> i32 {
        match self {
            Length::Month => 1,
            Length::Quarter => 3,
            Length::Year => 12,
        }
    }
}

/// The month a body's financial year starts in, from 1 (January) to 12; April in the UK.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct YearStart(pub u8);

impl Default for YearStart {
    fn default() -> YearStart {
        YearStart(4)
    }
}

impl YearStart {
    pub fn is_valid(self) -> bool {
        (1..=12).contains(&self.0)
    }

    /// "April".
    pub fn month_name(self) -> &'static str {
        months()[usize::from(self.0.clamp(1, 12) - 1)]
    }

    /// Months since year 0 at the start of the financial year holding `months`.
    fn year_holding(self, months: i32) -> i32 {
        let offset = i32::from(self.0.clamp(1, 12)) - 1;
        (months - offset).div_euclid(12) * 12 + offset
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    /// Months since January of year 0 at the period's first month.
    start: i32,
    length: Length,
}

impl Period {
    /// `month` from 1 (January) to 12.
    pub const fn month(year: i32, month: u8) -> Period {
        Period { start: year * 12 + month as i32 - 1, length: Length::Month }
    }

    /// The three months from `month` of `year`.
    pub const fn quarter(year: i32, month: u8) -> Period {
        Period { start: year * 12 + month as i32 - 1, length: Length::Quarter }
    }

    /// The twelve months from `month` of `year`.
    pub const fn year(year: i32, month: u8) -> Period {
        Period { start: year * 12 + month as i32 - 1, length: Length::Year }
    }

    /// The quarter of the financial year that holds a date.
    pub fn quarter_of(date: time::Date, year_start: YearStart) -> Period {
        let month = Period::month(date.year(), u8::from(date.month()));
        month.within(Length::Quarter, year_start).expect("a month is shorter than a quarter")
    }

    pub fn length(self) -> Length {
        self.length
    }

    fn first_month(self) -> (i32, usize) {
        (self.start.div_euclid(12), self.start.rem_euclid(12) as usize)
    }

    fn last_month(self) -> (i32, usize) {
        let end = self.start + self.length.months() - 1;
        (end.div_euclid(12), end.rem_euclid(12) as usize)
    }

    /// Reads a period as written in files and links: "2026-04", "2026-04+3", "2026-04+12", or a
    /// calendar quarter as format 1 wrote it ("2026-Q2", any case).
    pub fn parse(text: &str) -> Option<Period> {
        let text = text.trim();
        let (month_code, length) = match text.split_once('+') {
            None => (text, Length::Month),
            Some((month, "3")) => (month, Length::Quarter),
            Some((month, "12")) => (month, Length::Year),
            Some(_) => return None,
        };
        let (year, rest) = month_code.split_once('-')?;
        if year.len() != 4 || !year.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let year: i32 = year.parse().ok()?;
        if let Some(quarter) = rest.strip_prefix(['Q', 'q']) {
            let quarter: u8 = match quarter {
                "1" | "2" | "3" | "4" if length == Length::Month => quarter.parse().ok()?,
                _ => return None,
            };
            return Some(Period::quarter(year, (quarter - 1) * 3 + 1));
        }
        if rest.len() != 2 || !rest.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let month: u8 = rest.parse().ok()?;
        (1..=12).contains(&month).then_some(Period { length, ..Period::month(year, month) })
    }

    /// Reads a period as a person writes it in a spreadsheet: anything `parse` reads, or a
    /// financial quarter or year by its name ("Q1 2026/27", "2026/27 Q1", "2026/27"; "Q2 2026"
    /// and "2026" where the year starts in January).
    pub fn parse_named(text: &str, year_start: YearStart) -> Option<Period> {
        if let Some(period) = Period::parse(text) {
            return Some(period);
        }
        let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
        let (quarter, year) = match words.as_slice() {
            [year] => (None, year.as_str()),
            [first, second] if first.starts_with('q') => (Some(first.as_str()), second.as_str()),
            [first, second] if second.starts_with('q') => (Some(second.as_str()), first.as_str()),
            _ => return None,
        };
        let first_year = financial_year_from_name(year, year_start)?;
        let first_month = Period::month(first_year, year_start.0);
        match quarter {
            None => Some(Period { length: Length::Year, ..first_month }),
            Some(quarter) => {
                let number: i32 = match &quarter[1..] {
                    "1" | "2" | "3" | "4" => quarter[1..].parse().ok()?,
                    _ => return None,
                };
                Some(Period { start: first_month.start + (number - 1) * 3, length: Length::Quarter })
            }
        }
    }

    /// "2026-04", "2026-04+3" or "2026-04+12".
    pub fn code(self) -> String {
        let (year, month) = self.first_month();
        let month_code = format!("{year}-{:02}", month + 1);
        match self.length {
            Length::Month => month_code,
            Length::Quarter => format!("{month_code}+3"),
            Length::Year => format!("{month_code}+12"),
        }
    }

    /// Whether a quarter or year lines up with the financial year (a month always does).
    pub fn fits(self, year_start: YearStart) -> bool {
        let offset = self.start - year_start.year_holding(self.start);
        match self.length {
            Length::Month => true,
            Length::Quarter => offset % 3 == 0,
            Length::Year => offset == 0,
        }
    }

    /// The financial year's own name for a quarter or year that lines up with it: "Q1 2026/27",
    /// "2026/27" ("Q2 2026" and "2026" where the year starts in January).
    pub fn financial_name(self, year_start: YearStart) -> Option<String> {
        if self.length == Length::Month || !self.fits(year_start) {
            return None;
        }
        let year_begins = year_start.year_holding(self.start);
        let year = year_name(year_begins.div_euclid(12), year_start);
        Some(match self.length {
            Length::Quarter => format!("Q{} {year}", (self.start - year_begins) / 3 + 1),
            _ => year,
        })
    }

    /// "April 2026", "April to June 2026 (Q1 2026/27)", "April 2026 to March 2027 (2026/27)".
    /// The financial year's name ("Q1 2026/27") is the same in every language: it is what people
    /// type, and what a spreadsheet's period column holds, and both are read back.
    pub fn label(self, year_start: YearStart) -> String {
        let (first_year, first) = self.first_month();
        let (last_year, last) = self.last_month();
        let months = months();
        let span = match self.length {
            Length::Month => return t::month_year(months[first], first_year),
            _ if first_year == last_year => t::span_in_one_year(months[first], month_after_to(last), first_year),
            _ => t::span_over_years(months[first], first_year, month_after_to(last), last_year),
        };
        match self.financial_name(year_start) {
            Some(name) => t::span_with_name(span, name),
            None => span,
        }
    }

    /// "Apr 2026", "Q1 2026/27" or "2026/27", for chart axes where room is short.
    pub fn short_label(self, year_start: YearStart) -> String {
        let (first_year, first) = self.first_month();
        let (last_year, last) = self.last_month();
        match (self.length, self.financial_name(year_start)) {
            (Length::Month, _) => format!("{} {first_year}", short_month(first)),
            (_, Some(name)) => name,
            _ if first_year == last_year => format!("{}–{} {first_year}", short_month(first), short_month(last)),
            _ => format!("{} {first_year}–{} {last_year}", short_month(first), short_month(last)),
        }
    }

    /// The period just before this one, of the same length.
    pub fn previous(self) -> Period {
        Period { start: self.start - self.length.months(), ..self }
    }

    /// The period just after this one, of the same length.
    pub fn next(self) -> Period {
        Period { start: self.start + self.length.months(), ..self }
    }

    /// The shorter periods a quarter (its months) or a year (its quarters) adds up from.
    pub fn parts(self) -> Vec<Period> {
        let (length, count) = match self.length {
            Length::Month => return Vec::new(),
            Length::Quarter => (Length::Month, 3),
            Length::Year => (Length::Quarter, 4),
        };
        (0..count).map(|index| Period { start: self.start + index * length.months(), length }).collect()
    }

    /// The quarter or year of `length`, in line with the financial year, that holds this
    /// period's first month; `None` when this period is not shorter than `length`.
    pub fn within(self, length: Length, year_start: YearStart) -> Option<Period> {
        if self.length >= length {
            return None;
        }
        let year = year_start.year_holding(self.start);
        let start = year + (self.start - year) / length.months() * length.months();
        Some(Period { start, length })
    }

    /// How many of this period make a year: 12 for a month, 4 for a quarter, 1 for a year.
    pub fn per_year(self) -> f64 {
        f64::from(12 / self.length.months())
    }

    /// Whether the period's last month is before `other`'s first.
    pub fn ends_before(self, other: Period) -> bool {
        self.start + self.length.months() <= other.start
    }
}

/// "2026/27" for the year from April 2026; "2026" when the year starts in January.
fn year_name(first_year: i32, year_start: YearStart) -> String {
    if year_start.0 == 1 { first_year.to_string() } else { format!("{first_year}/{:02}", (first_year + 1) % 100) }
}

/// The calendar year a financial year named "2026/27" (or "2026" with a January start) begins in.
fn financial_year_from_name(name: &str, year_start: YearStart) -> Option<i32> {
    let digits = |text: &str, count: usize| text.len() == count && text.chars().all(|c| c.is_ascii_digit());
    match name.split_once('/') {
        None if year_start.0 == 1 && digits(name, 4) => name.parse().ok(),
        Some((first, second)) if year_start.0 != 1 && digits(first, 4) && digits(second, 2) => {
            let first: i32 = first.parse().ok()?;
            (second.parse::<i32>().ok()? == (first + 1) % 100).then_some(first)
        }
        _ => None,
    }
}

/// Periods sort by their first month, and a longer period after a shorter one that starts with it.
impl Ord for Period {
    fn cmp(&self, other: &Period) -> Ordering {
        (self.start, self.length).cmp(&(other.start, other.length))
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
        Period::parse(&text).ok_or_else(|| serde::de::Error::custom(t::not_a_period(&text)))
    }
}
