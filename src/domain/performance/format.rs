//! Figures and indicators written for people: a missing value says so in words, never "0".
//! Numbers are written the British way in both languages.

use crate::i18n::t::performance_format as t;

/// What a missing figure or indicator shows: "No data".
pub fn no_data() -> &'static str {
    t::no_data()
}

/// Thousands separated by commas: "12,345".
pub fn count(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

pub fn optional_count(value: Option<u64>) -> String {
    value.map_or(no_data().to_string(), count)
}

/// A share from 0 to 1 as a percentage to one decimal place: "62.5%".
pub fn share(value: Option<f64>) -> String {
    value.map_or(no_data().to_string(), |v| format!("{:.1}%", v * 100.0))
}

/// Pounds and pence under £1,000, whole pounds with separators above: "£2.50", "£12,345".
pub fn pounds(value: Option<f64>) -> String {
    match value {
        None => no_data().to_string(),
        Some(v) if v < 0.0 => format!("−{}", pounds(Some(-v))),
        Some(v) if v >= 1_000.0 => format!("£{}", count(v.round() as u64)),
        Some(v) => format!("£{v:.2}"),
    }
}

/// The change in a share between two periods, in percentage points: "+4.2 points".
pub fn change_in_share(now: Option<f64>, before: Option<f64>) -> String {
    match (now, before) {
        (Some(now), Some(before)) => signed((now - before) * 100.0, |v| t::points(format!("{v:.1}"))),
        _ => t::not_known().to_string(),
    }
}

/// The change in an amount of money between two periods: "−£0.12".
pub fn change_in_pounds(now: Option<f64>, before: Option<f64>) -> String {
    match (now, before) {
        (Some(now), Some(before)) => signed(now - before, |v| pounds(Some(v))),
        _ => t::not_known().to_string(),
    }
}

/// The change in a count between two periods: "+1,200".
pub fn change_in_count(now: Option<u64>, before: Option<u64>) -> String {
    match (now, before) {
        (Some(now), Some(before)) => signed(now as f64 - before as f64, |v| count(v.round() as u64)),
        _ => t::not_known().to_string(),
    }
}

/// "+" or "−" before the size of a change, or "No change" when it rounds to nothing.
fn signed(change: f64, size: impl Fn(f64) -> String) -> String {
    let written = size(change.abs());
    if written == size(0.0) {
        t::no_change().to_string()
    } else if change > 0.0 {
        format!("+{written}")
    } else {
        format!("−{written}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_values_say_so() {
        assert_eq!(share(None), "No data");
        assert_eq!(pounds(None), "No data");
        assert_eq!(optional_count(None), "No data");
        assert_eq!(change_in_share(Some(0.5), None), "Not known");
    }

    #[test]
    fn numbers_are_written_the_british_way() {
        assert_eq!(count(0), "0");
        assert_eq!(count(1_234_567), "1,234,567");
        assert_eq!(share(Some(0.625)), "62.5%");
        assert_eq!(pounds(Some(2.5)), "£2.50");
        assert_eq!(pounds(Some(12_345.4)), "£12,345");
        assert_eq!(pounds(Some(-3.0)), "−£3.00");
        assert_eq!(change_in_share(Some(0.8), Some(0.6)), "+20.0 points");
        assert_eq!(change_in_share(Some(0.6), Some(0.6)), "No change");
        assert_eq!(change_in_pounds(Some(1.4), Some(1.5)), "−£0.10");
        assert_eq!(change_in_count(Some(900), Some(1_000)), "−100");
    }
}
