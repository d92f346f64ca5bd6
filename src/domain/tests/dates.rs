//! The hand-written date reading and writing agrees with the `time` crate's RFC 3339.

use proptest::prelude::*;
use time::format_description::well_known::Rfc3339;
use time::macros::{date, datetime};
use time::{OffsetDateTime, UtcOffset};

use crate::domain::dates::{
    clock_time, format_day, format_moment, long_date_time, long_day, month_name, parse_day, parse_moment,
    short_month_name,
};
use crate::domain::language::Language;
use crate::i18n::use_compiled_in;

#[test]
fn moments_as_files_write_them() {
    assert_eq!(format_moment(datetime!(2026-11-23 16:30 +01:00)), "2026-11-23T16:30:00+01:00");
    assert_eq!(format_moment(datetime!(2026-11-23 16:30:05.25 UTC)), "2026-11-23T16:30:05.25Z");
    assert_eq!(format_moment(datetime!(2026-01-02 03:04:05.000000007 -09:30)), "2026-01-02T03:04:05.000000007-09:30");
    assert_eq!(parse_moment("2026-11-23T16:30:00+01:00"), Some(datetime!(2026-11-23 16:30 +01:00)));
    assert_eq!(parse_moment("2026-11-23t16:30:05.5z"), Some(datetime!(2026-11-23 16:30:05.5 UTC)));
    assert_eq!(format_day(date!(2026 - 03 - 09)), "2026-03-09");
    assert_eq!(parse_day("2024-02-29"), Some(date!(2024 - 02 - 29)));
}

#[test]
fn dates_for_people_in_english() {
    use_compiled_in(Language::English);
    assert_eq!(long_day(date!(2026 - 03 - 03)), "3 March 2026");
    assert_eq!(long_day(date!(2026 - 11 - 23)), "23 November 2026");
    assert_eq!(long_date_time(datetime!(2026-03-03 14:05 UTC)), "3 March 2026 at 2:05pm");
    assert_eq!(clock_time(datetime!(2026-03-03 00:30 UTC)), "12:30am");
    assert_eq!(clock_time(datetime!(2026-03-03 09:05 UTC)), "9:05am");
    assert_eq!(clock_time(datetime!(2026-03-03 12:00 UTC)), "12:00pm");
    for month in 1..=12_u8 {
        let month = time::Month::try_from(month).unwrap();
        assert_eq!(month_name(month), month.to_string(), "as the time crate names it");
        assert_eq!(short_month_name(month), &month.to_string()[..3]);
    }
}

#[test]
fn dates_for_people_in_welsh() {
    use_compiled_in(Language::Welsh);
    let written = (
        long_day(date!(2026 - 03 - 03)),
        long_date_time(datetime!(2026-03-03 14:05 UTC)),
        clock_time(datetime!(2026-07-01 09:05 +01:00)),
        [1_u8, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(|m| month_name(time::Month::try_from(m).unwrap())),
        short_month_name(time::Month::November),
    );
    use_compiled_in(Language::English);
    assert_eq!(written.0, "3 Mawrth 2026");
    assert_eq!(written.1, "3 Mawrth 2026 am 14:05");
    assert_eq!(written.2, "09:05");
    assert_eq!(
        written.3,
        [
            "Ionawr",
            "Chwefror",
            "Ebrill",
            "Mai",
            "Mehefin",
            "Gorffennaf",
            "Awst",
            "Medi",
            "Hydref",
            "Tachwedd",
            "Rhagfyr"
        ]
    );
    assert_eq!(written.4, "Tach");
}

#[test]
fn anything_else_is_refused() {
    for text in [
        "",
        "2026-11-23",
        "2026-11-23 16:30:00Z",
        "2026-11-23T16:30:00",
        "2026-11-23T16:30:00+0100",
        "2026-11-23T25:00:00Z",
        "2026-02-30T10:00:00Z",
        "2026-11-23T16:30:00.Z",
        "2026-11-23T16:30:00.1234567890Z",
        "+026-11-23T16:30:00Z",
        "2026-11-23T16:30:00+24:00",
        "2026-11-23T16:30:\u{e9}0Z",
    ] {
        assert_eq!(parse_moment(text), None, "{text:?}");
    }
    for text in ["2023-02-29", "2026-13-01", "2026-1-01", "26-11-23", "2026/11/23", "2026-11-2\u{e9}"] {
        assert_eq!(parse_day(text), None, "{text:?}");
    }
}

fn any_moment() -> impl Strategy<Value = OffsetDateTime> {
    (0_i64..253_402_300_799, 0_u32..1_000_000_000, -23_i8..=23, prop::sample::select(vec![0_i8, 15, 30, 45])).prop_map(
        |(seconds, nanos, hours, minutes)| {
            let offset = UtcOffset::from_hms(hours, if hours < 0 { -minutes } else { minutes }, 0).unwrap();
            let moment = OffsetDateTime::from_unix_timestamp(seconds).unwrap().replace_nanosecond(nanos).unwrap();
            moment.to_offset(offset)
        },
    )
}

proptest! {
    #[test]
    fn writes_what_time_writes_and_reads_it_back(moment in any_moment()) {
        let written = format_moment(moment);
        prop_assert_eq!(&written, &moment.format(&Rfc3339).unwrap());
        prop_assert_eq!(parse_moment(&written), Some(moment));
        prop_assert_eq!(OffsetDateTime::parse(&written, &Rfc3339).unwrap(), moment);
    }
}
