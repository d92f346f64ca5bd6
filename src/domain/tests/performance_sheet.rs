//! Service figures as a spreadsheet: the template, the import with its messages by row and column,
//! and the export, including the three-point satisfaction scale and the "Not offered" column.

use super::performance::{Q1, bins, close};
use crate::domain::performance::Responses::{Five, Three};
use crate::domain::performance::entry::parse_count;
use crate::domain::performance::indicators::Indicators;
use crate::domain::performance::{Cost, sheet};

#[test]
fn the_csv_template_filled_in_imports_and_exports_the_same() {
    let mut performance = bins();
    performance.figures.clear();
    let template = sheet::template(&performance, Q1);
    assert!(template.starts_with('\u{feff}'));
    let lines: Vec<&str> = template.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines.len(), 1 + 5, "a heading and a row for each channel");
    assert_eq!(lines[1], "Report a missed bin,Q4 2025/26,Online,,,,,,,,,,,,,");
    let filled = template
        .replace(
            "Report a missed bin,Q4 2025/26,Online,,,,,,,,,,,,,",
            "Report a missed bin,2026-Q1,Online,600,300,,800,10,10,20,40,20,,,,",
        )
        .replace(
            "Report a missed bin,Q4 2025/26,Phone,,,,,,,,,,,,,",
            "report a missed bin,2025/26 q4,phone,400,,3,,,,,,,,,,",
        )
        .replace(
            "Report a missed bin,Q4 2025/26,Other,,,,,,,,,,,,,",
            "Report a missed bin,Q4 2025/26,Other,,,,,,,,,,,,,yes",
        );
    let imported = sheet::import(&filled, &performance).unwrap();
    assert_eq!(imported.len(), 3, "blank rows are skipped");
    assert!(imported[2].not_offered);
    performance.merge(imported);
    close(Indicators::for_service(&performance, "bins", Q1).cost_per_transaction, 1.5);
    let exported = sheet::export(&performance);
    assert_eq!(sheet::import(&exported, &performance).unwrap(), performance.figures);
    assert!(exported.contains("Report a missed bin,Q4 2025/26,Phone,400,,3,,,,,,,,,,"));
    assert!(exported.contains("Report a missed bin,Q4 2025/26,Other,,,,,,,,,,,,,Yes"));
    // A template from before the three-point scale and "Not offered" (its first 12 columns) still imports.
    let old = filled
        .lines()
        .filter(|line| !line.ends_with(",yes"))
        .map(|line| line.split(',').take(12).collect::<Vec<_>>().join(","))
        .collect::<Vec<_>>()
        .join("\n");
    assert_eq!(sheet::import(&old, &performance).unwrap().len(), 2);
}

#[test]
fn a_csv_import_lists_every_problem_by_row_and_column() {
    let performance = bins();
    let header = sheet::COLUMNS.join(",");
    let text = [
        header.as_str(),
        "Report a missed bin,2026-Q1,Online,900,,,800,,,,,,,,,",
        "Fly-tipping,2026-Q1,Online,5,,,,,,,,,,,,",
        "Report a missed bin,Spring,Carrier pigeon,5,,,,,,,,,,,,",
        "Report a missed bin,2026-Q2,Phone,-5,abc,,7,1,2,,,,,,,",
        "Report a missed bin,2026-Q1,Online,100,,,,,,,,,,,,maybe",
    ]
    .join("\r\n");
    let problems = sheet::import(&text, &performance).unwrap_err().to_string();
    assert_eq!(
        problems,
        [
            "row 2, column D (Transactions completed): Online transactions completed (900) cannot be more than those started (800)",
            "row 3, column A (Service): \"Fly-tipping\" is not a service in the register: add it there first, or check the spelling",
            "row 4, column B (Period): \"Spring\" is not a period: write a month as 2026-04, a quarter as Q1 2026/27 or a year as 2026/27",
            "row 4, column C (Channel): \"Carrier pigeon\" is not a channel; the channels are Online, Phone, Face to face, Post or email, Other",
            "row 5, column D (Transactions completed): Transactions completed cannot be negative",
            "row 5, column E (Total cost (£)): Total cost (£) must be an amount in pounds, like 1250.50",
            "row 5, column J (Neither satisfied nor dissatisfied): give all five satisfaction counts (0 where nobody chose that answer), or leave all five blank",
            "row 5, column G (Digital transactions started): transactions started are recorded for digital channels only, and phone is not one",
            "row 6, column P (Not offered): write Yes if the channel was not offered in this period, or leave it blank",
        ]
        .join("\n")
    );
}

#[test]
fn a_csv_with_the_wrong_headings_or_repeated_rows_is_refused() {
    let performance = bins();
    assert_eq!(
        sheet::import("Service,Period\r\nx,y\r\n", &performance).unwrap_err().to_string(),
        format!(
            "row 1: the first row must be the template’s headings; these are missing: {}",
            sheet::COLUMNS[2..12].join(", ")
        )
    );
    let row = "Report a missed bin,2026-Q1,Phone,5,,,,,,,,,,,,";
    let text = [sheet::COLUMNS.join(","), row.into(), row.into()].join("\r\n");
    assert_eq!(
        sheet::import(&text, &performance).unwrap_err().to_string(),
        "row 3: repeats the service, period and channel of row 2"
    );
    assert_eq!(sheet::import("", &performance).unwrap_err().to_string(), "the file is empty");
}

#[test]
fn a_name_that_looks_like_a_formula_survives_the_round_trip() {
    let mut performance = bins();
    performance.services[0].name = "=Bins".into();
    let exported = sheet::export(&performance);
    assert!(exported.contains("'=Bins"), "defused for spreadsheets");
    assert_eq!(sheet::import(&exported, &performance).unwrap(), performance.figures);
}

#[test]
fn every_name_the_export_defuses_imports_back() {
    for name in ["\tBins", "\rBins", "\t=Bins", "-Bins", "@Bins", "+Bins", "'Bins", "'=Bins", "''Bins"] {
        let mut performance = bins();
        assert!(!performance.figures.is_empty());
        performance.services[0].name = name.into();
        performance.channels[0].name = format!("\t{}", performance.channels[0].name);
        let exported = sheet::export(&performance);
        assert_eq!(sheet::import(&exported, &performance), Ok(performance.figures.clone()), "{name:?}");
    }
}

#[test]
fn figures_past_any_councils_are_refused_by_row_and_column() {
    let performance = bins();
    let text = [
        sheet::COLUMNS.join(","),
        "Report a missed bin,2026-Q2,Phone,18446744073709551615,,,,,,,,,,,,".to_string(),
        "Report a missed bin,2026-Q2,Online,1000000001,99999999999,,,,,,,,,,,".to_string(),
    ]
    .join("\n");
    assert_eq!(
        sheet::import(&text, &performance).unwrap_err().to_string(),
        [
            "row 2, column D (Transactions completed): Transactions completed is more than 1,000,000,000: check the figure",
            "row 3, column D (Transactions completed): Transactions completed is more than 1,000,000,000: check the figure",
            "row 3, column E (Total cost (£)): Total cost (£) is more than £10,000,000,000: check the figure",
        ]
        .join("\n")
    );
    assert!(parse_count("99999999999999999999999", "Transactions").unwrap_err().contains("more than 1,000,000,000"));
    assert_eq!(parse_count("1,000,000,000", "Transactions"), Ok(Some(1_000_000_000)));

    // A file written by hand is checked the same way, field by field.
    let mut huge = bins();
    huge.figures[0].completed = Some(u64::MAX);
    huge.figures[1].satisfaction = Some(Five([u64::MAX, 1, 1, 1, 1]));
    let problems: Vec<String> = huge.problems().iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        [
            "figures[0].completed: the number of transactions completed is more than 1,000,000,000: check the figure",
            "figures[1].satisfaction: a satisfaction count is more than 1,000,000,000: check the figure",
        ]
    );
}

#[test]
fn satisfaction_on_a_three_point_scale_counts_the_satisfied_answer() {
    // Online asked on three points: 20 dissatisfied, 30 neither, 50 satisfied. Phone asked on five:
    // 5, 5, 10, 30, 50, so 80 of 100 satisfied. Together: 130 of 200.
    let mut performance = bins();
    performance.figures[0].satisfaction = Some(Three([20, 30, 50]));
    close(Indicators::for_service(&performance, "bins", Q1).satisfaction, 130.0 / 200.0);
    let header = sheet::COLUMNS.join(",");
    let text = [
        header.as_str(),
        "Report a missed bin,2026-Q1,Online,600,,,800,,,,,,20,30,50,",
        "Report a missed bin,2026-Q1,Phone,400,,,,1,1,1,1,1,1,1,1,",
        "Report a missed bin,2026-Q1,Other,4,,,,,,,,,1,,2,",
    ]
    .join("\n");
    assert_eq!(
        sheet::import(&text, &performance).unwrap_err().to_string(),
        [
            "row 3, column M (Dissatisfied (three-point scale)): give the survey responses on one scale, five-point or three-point, not both",
            "row 4, column N (Neither (three-point scale)): give all three satisfaction counts (0 where nobody chose that answer), or leave all three blank",
        ]
        .join("\n")
    );
    let good = text.lines().take(2).collect::<Vec<_>>().join("\n");
    let imported = sheet::import(&good, &performance).unwrap();
    assert_eq!(imported[0].satisfaction, Some(Three([20, 30, 50])));
    // The export writes it back in the same columns.
    performance.figures = imported;
    assert!(sheet::export(&performance).contains("Report a missed bin,Q4 2025/26,Online,600,,,800,,,,,,20,30,50,"));
}

#[test]
fn months_surveyed_on_different_scales_are_not_added_up() {
    use crate::domain::performance::{Performance, Period};
    let mut performance = Performance { services: bins().services, ..Performance::default() };
    for (month, responses) in [(4, Five([1, 1, 1, 1, 1])), (5, Five([2, 2, 2, 2, 2])), (6, Three([1, 1, 1]))] {
        let mut row = crate::domain::performance::Figures::empty("bins", Period::month(2026, month), "online");
        row.completed = Some(10);
        row.cost = Some(Cost::Total(5.0));
        row.satisfaction = Some(responses);
        performance.figures.push(row);
    }
    let (view, _) = performance.with_rollups();
    let quarter = view.figures_for("bins", Period::quarter(2026, 4));
    assert_eq!((quarter[0].completed, quarter[0].satisfaction), (Some(30), None));
    performance.figures[2].satisfaction = Some(Five([0, 0, 0, 3, 0]));
    let (view, _) = performance.with_rollups();
    assert_eq!(view.figures_for("bins", Period::quarter(2026, 4))[0].satisfaction, Some(Five([3, 3, 3, 6, 3])));
}

#[test]
fn a_file_holds_three_point_counts_as_a_list_of_three_and_refuses_four() {
    use crate::domain::performance::file;
    let mut performance = bins();
    performance.figures[0].satisfaction = Some(Three([1, 2, 3]));
    let text = file::to_json(&performance);
    assert!(text.contains("\"satisfaction\": [\n        1,\n        2,\n        3\n      ]"), "{text}");
    assert_eq!(file::from_json(&text).unwrap(), performance);
    let four = text.replacen("\"satisfaction\": [\n        1,", "\"satisfaction\": [\n        9,\n        1,", 1);
    assert!(file::from_json(&four).is_err());
}

#[test]
fn the_form_takes_the_three_point_scale_instead_of_the_five() {
    use crate::domain::performance::entry::{EntryField, parse_draft};
    let channels = bins().channels;
    let mut typed: crate::domain::performance::entry::Draft =
        (0..3).map(|point| (EntryField::ThreePoint(point).id("phone"), "4".to_string())).collect();
    typed.insert("phone-completed".into(), "12".into());
    let rows = parse_draft(&typed, "bins", Q1, &channels).unwrap();
    assert_eq!(rows[0].satisfaction, Some(Three([4, 4, 4])));
    typed.insert(EntryField::Satisfaction(0).id("phone"), "1".into());
    let errors = parse_draft(&typed, "bins", Q1, &channels).unwrap_err();
    assert_eq!(errors[0].field, "phone-satisfaction-1", "the five-point scale is half filled");
    for point in 1..5 {
        typed.insert(EntryField::Satisfaction(point).id("phone"), "1".into());
    }
    let errors = parse_draft(&typed, "bins", Q1, &channels).unwrap_err();
    assert_eq!(
        (errors[0].field.as_str(), errors[0].message.as_str()),
        ("phone-three-point-0", "Phone: give the survey responses on one scale, five-point or three-point, not both")
    );
}

#[test]
fn a_template_downloaded_in_welsh_imports_in_either_language() {
    use crate::domain::language::Language;
    use crate::i18n::use_compiled_in;
    use_compiled_in(Language::Welsh);
    // Made with the page in Welsh, so the starting channels have Welsh names (the council's data).
    let mut performance = bins();
    performance.figures.retain(|f| f.period == Q1 && f.channel == "online");
    performance.figures[0].satisfaction = None;
    let mut other = crate::domain::performance::Figures::empty("bins", Q1, "other");
    other.not_offered = true;
    performance.figures.push(other);
    let template = sheet::template(&performance, Q1);
    let in_welsh = sheet::import(&template, &performance);
    let header = sheet::COLUMNS.join(",");
    let wrong = [header.as_str(), "Report a missed bin,Spring,Ar-lein,5,,,,,,,,,,,,"].join("\r\n");
    let problems = sheet::import(&wrong, &performance).unwrap_err().to_string();
    let label = Q1.label(performance.year_start);
    let year = crate::domain::performance::Period::year(2025, 11).label(performance.year_start);
    use_compiled_in(Language::English);

    let lines: Vec<&str> = template.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines[0], header, "the headings the import reads, in English in both languages");
    assert!(lines.contains(&"Report a missed bin,Q4 2025/26,Ar-lein,600,300,,800,,,,,,,,,"), "{lines:?}");
    assert!(lines.contains(&"Report a missed bin,Q4 2025/26,Arall,,,,,,,,,,,,,Yes"), "{lines:?}");
    assert_eq!(in_welsh, Ok(performance.figures.clone()));
    assert_eq!(sheet::import(&template, &performance), Ok(performance.figures.clone()), "and in English");
    assert_eq!(
        problems,
        "rhes 2, colofn B (Period): nid yw \"Spring\" yn gyfnod: ysgrifennwch fis fel 2026-04, chwarter fel Q1 2026/27 neu flwyddyn fel 2026/27"
    );
    assert_eq!(label, "Ionawr i Fawrth 2026 (Q4 2025/26)");
    assert_eq!(year, "Tachwedd 2025 i Hydref 2026");
}
