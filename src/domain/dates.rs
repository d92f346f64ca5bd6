//! Dates and times as Almanac's files write them: RFC 3339 moments (`2026-11-23T16:30:00+01:00`)
//! and ISO days (`2026-11-23`); and as people read them, in the page's language ("23 November
//! 2026 at 4:05pm", "23 Tachwedd 2026 am 16:05"), with the month names from the pages' words
//! (`locales/*/pages/dates.ftl`).
//!
//! Written here rather than with the `time` crate's parser and formatter, which weigh about
//! 35 KB in the first download for two fixed layouts; the tests check both directions against
//! the `time` crate.

use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset};

use crate::domain::language::Language;
use crate::i18n::t::dates as t;

/// A day as people write it, in the page's language: "23 November 2026", "23 Tachwedd 2026".
pub fn long_day(day: Date) -> String {
    format!("{} {} {}", day.day(), month_name(day.month()), day.year())
}

/// A date and time in the page's language: "23 November 2026 at 4:05pm",
/// "23 Tachwedd 2026 am 16:05".
pub fn long_date_time(moment: OffsetDateTime) -> String {
    t::date_time(long_day(moment.date()), clock_time(moment))
}

/// A time of day: in English as GOV.UK writes it, "4:05pm"; in Welsh on the 24-hour clock,
/// "16:05", as Welsh public bodies write it.
pub fn clock_time(moment: OffsetDateTime) -> String {
    let (hour, minute) = (moment.hour(), moment.minute());
    match crate::i18n::language() {
        Language::English => {
            let twelve = if hour % 12 == 0 { 12 } else { hour % 12 };
            let half = if hour < 12 { "am" } else { "pm" };
            format!("{twelve}:{minute:02}{half}")
        }
        Language::Welsh => format!("{hour:02}:{minute:02}"),
    }
}

/// A month's name in the page's language: "November", "Tachwedd".
pub fn month_name(month: Month) -> &'static str {
    match month {
        Month::January => t::january(),
        Month::February => t::february(),
        Month::March => t::march(),
        Month::April => t::april(),
        Month::May => t::may(),
        Month::June => t::june(),
        Month::July => t::july(),
        Month::August => t::august(),
        Month::September => t::september(),
        Month::October => t::october(),
        Month::November => t::november(),
        Month::December => t::december(),
    }
}

/// A month's short name in the page's language, for a crowded axis or a narrow table: "Nov",
/// "Tach".
pub fn short_month_name(month: Month) -> &'static str {
    match month {
        Month::January => t::january_short(),
        Month::February => t::february_short(),
        Month::March => t::march_short(),
        Month::April => t::april_short(),
        Month::May => t::may_short(),
        Month::June => t::june_short(),
        Month::July => t::july_short(),
        Month::August => t::august_short(),
        Month::September => t::september_short(),
        Month::October => t::october_short(),
        Month::November => t::november_short(),
        Month::December => t::december_short(),
    }
}

/// `2026-11-23T16:30:05.25+01:00`: the fraction only when there is one, `Z` for UTC, exactly
/// as the `time` crate writes it.
pub fn format_moment(moment: OffsetDateTime) -> String {
    let mut text =
        format!("{}T{:02}:{:02}:{:02}", format_day(moment.date()), moment.hour(), moment.minute(), moment.second());
    let nanos = moment.nanosecond();
    if nanos != 0 {
        let digits = format!("{nanos:09}");
        text.push('.');
        text.push_str(digits.trim_end_matches('0'));
    }
    let offset = moment.offset();
    if offset == UtcOffset::UTC {
        text.push('Z');
    } else {
        let sign = if offset.is_negative() { '-' } else { '+' };
        let (hours, minutes) = (offset.whole_hours().unsigned_abs(), offset.minutes_past_hour().unsigned_abs());
        text.push_str(&format!("{sign}{hours:02}:{minutes:02}"));
    }
    text
}

/// Reads an RFC 3339 moment; `None` for anything else, or an impossible date or time.
pub fn parse_moment(text: &str) -> Option<OffsetDateTime> {
    let bytes = text.as_bytes();
    // Only ASCII can be valid, and it makes every slice below fall on a character boundary.
    if !text.is_ascii()
        || bytes.len() < 20
        || !matches!(bytes[10], b'T' | b't')
        || bytes[13] != b':'
        || bytes[16] != b':'
    {
        return None;
    }
    let date = parse_day(&text[..10])?;
    let (hour, minute, second) = (number(&text[11..13])?, number(&text[14..16])?, number(&text[17..19])?);
    let mut rest = &text[19..];
    let mut nanos = 0;
    if let Some(fraction) = rest.strip_prefix('.') {
        let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=9).contains(&digits) {
            return None;
        }
        nanos = number(&fraction[..digits])? * 10_u32.pow(9 - digits as u32);
        rest = &fraction[digits..];
    }
    let offset = match rest {
        "Z" | "z" => UtcOffset::UTC,
        _ => {
            let (sign, hours_minutes) = match rest.as_bytes().first()? {
                b'+' => (1, &rest[1..]),
                b'-' => (-1, &rest[1..]),
                _ => return None,
            };
            if hours_minutes.len() != 5 || hours_minutes.as_bytes()[2] != b':' {
                return None;
            }
            let (hours, minutes) = (number(&hours_minutes[..2])?, number(&hours_minutes[3..])?);
            if hours > 23 || minutes > 59 {
                return None;
            }
            UtcOffset::from_hms(sign * hours as i8, sign * minutes as i8, 0).ok()?
        }
    };
    let time = Time::from_hms_nano(hour as u8, minute as u8, second as u8, nanos).ok()?;
    Some(PrimitiveDateTime::new(date, time).assume_offset(offset))
}

/// `2026-11-23`.
pub fn format_day(day: Date) -> String {
    format!("{:04}-{:02}-{:02}", day.year(), u8::from(day.month()), day.day())
}

/// Reads `2026-11-23`; `None` for anything else, or a day that does not exist.
pub fn parse_day(text: &str) -> Option<Date> {
    let bytes = text.as_bytes();
    if !text.is_ascii() || bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let month = Month::try_from(number(&text[5..7])? as u8).ok()?;
    Date::from_calendar_date(number(&text[..4])? as i32, month, number(&text[8..])? as u8).ok()
}

/// Digits only: no sign, no spaces.
fn number(text: &str) -> Option<u32> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// `#[serde(with = "dates::moment")]` for an `OffsetDateTime`.
pub mod moment {
    use serde::{Deserialize, Deserializer, Serializer, de::Error};
    use time::OffsetDateTime;

    pub fn serialize<S: Serializer>(moment: &OffsetDateTime, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&super::format_moment(*moment))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<OffsetDateTime, D::Error> {
        let text = String::deserialize(deserializer)?;
        super::parse_moment(&text)
            .ok_or_else(|| D::Error::custom(format!("\"{text}\" is not a date and time like 2026-11-23T16:30:00Z")))
    }

    /// For an `Option<OffsetDateTime>`.
    pub mod option {
        use serde::{Deserialize, Deserializer, Serializer, de::Error};
        use time::OffsetDateTime;

        pub fn serialize<S: Serializer>(moment: &Option<OffsetDateTime>, serializer: S) -> Result<S::Ok, S::Error> {
            match moment {
                Some(moment) => super::serialize(moment, serializer),
                None => serializer.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<OffsetDateTime>, D::Error> {
            match Option::<String>::deserialize(deserializer)? {
                None => Ok(None),
                Some(text) => super::super::parse_moment(&text).map(Some).ok_or_else(|| {
                    D::Error::custom(format!("\"{text}\" is not a date and time like 2026-11-23T16:30:00Z"))
                }),
            }
        }
    }
}

/// `#[serde(with = "dates::day")]` for a `Date`, and `dates::day::option` for an `Option<Date>`.
pub mod day {
    use serde::{Deserialize, Deserializer, Serializer, de::Error};
    use time::Date;

    pub fn serialize<S: Serializer>(day: &Date, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&super::format_day(*day))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        super::parse_day(&text).ok_or_else(|| D::Error::custom(format!("\"{text}\" is not a date like 2026-11-23")))
    }

    pub mod option {
        use serde::{Deserialize, Deserializer, Serializer, de::Error};
        use time::Date;

        pub fn serialize<S: Serializer>(day: &Option<Date>, serializer: S) -> Result<S::Ok, S::Error> {
            match day {
                Some(day) => serializer.serialize_str(&super::super::format_day(*day)),
                None => serializer.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Date>, D::Error> {
            match Option::<String>::deserialize(deserializer)? {
                None => Ok(None),
                Some(text) => super::super::parse_day(&text)
                    .map(Some)
                    .ok_or_else(|| D::Error::custom(format!("\"{text}\" is not a date like 2026-11-23"))),
            }
        }
    }
}
