//! CSV exports for spreadsheets: RFC 4180, UTF-8 with a byte order mark so Excel reads the
//! accents and curly quotes correctly.

use super::assessment::Assessment;
use super::framework::Framework;
use super::plan::{Action, action_plan};
use super::programme::{Effort, Phase};
use crate::i18n::t::spreadsheet as t;

const BYTE_ORDER_MARK: &str = "\u{feff}";

/// Every statement with its answer, target, confidence and evidence.
pub fn answers_csv(framework: &Framework, assessment: &Assessment) -> String {
    let header = [
        t::area(),
        t::statement_id(),
        t::statement(),
        t::answer(),
        t::level(),
        t::target_level(),
        t::confidence(),
        t::evidence(),
    ];
    let rows = framework.statements().map(|(area, statement)| {
        let answer = assessment.answer_to(&statement.id);
        vec![
            area.title.clone(),
            statement.id.clone(),
            statement.text.clone(),
            answer.rating.map(|r| r.label(framework)).unwrap_or_else(|| t::not_answered().into()),
            answer.rating.and_then(|r| r.level()).map(|l| l.to_string()).unwrap_or_default(),
            answer.target.map(|t| t.to_string()).unwrap_or_default(),
            answer.confidence.map(|c| c.label().to_string()).unwrap_or_default(),
            answer.evidence.unwrap_or_default(),
        ]
    });
    write(&header, rows)
}

/// The action plan in its current order: one row per item, with its phase, effort and levels.
pub fn plan_csv(framework: &Framework, assessment: &Assessment) -> String {
    let header = [
        t::rank(),
        t::area(),
        t::statement(),
        t::action(),
        t::current_level(),
        t::level_to_reach(),
        t::target_level(),
        t::priority(),
        t::next_step(),
        t::phase(),
        t::effort(),
        t::status(),
        t::owner(),
        t::due(),
    ];
    let rows = action_plan(framework, assessment).into_iter().enumerate().map(|(index, item)| {
        let (action, current, target, priority) = match item.action {
            Action::GatherEvidence => (t::find_out().to_string(), String::new(), String::new(), t::first().to_string()),
            Action::Improve { current, target } => {
                (t::improve().to_string(), current.to_string(), target.to_string(), format!("{:.1}", item.priority))
            }
        };
        vec![
            (index + 1).to_string(),
            item.area.title.clone(),
            item.statement.text.clone(),
            action,
            current,
            item.reach.map(|r| r.to_string()).unwrap_or_default(),
            target,
            priority,
            item.guidance.unwrap_or_default().to_string(),
            item.entry.phase().map(Phase::label).unwrap_or_default(),
            item.entry.effort().map(Effort::label).unwrap_or_default(),
            item.entry.status.label().to_string(),
            item.entry.owner.clone().unwrap_or_default(),
            item.entry.due.map(|d| d.to_string()).unwrap_or_default(),
        ]
    });
    write(&header, rows)
}

pub(crate) fn write(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    // A header can hold a framework's own words (its scale's labels), so it is defused too.
    writer.write_record(header.iter().map(|cell| defuse(cell))).expect("writing to memory cannot fail");
    for row in rows {
        writer.write_record(row.iter().map(|cell| defuse(cell))).expect("writing to memory cannot fail");
    }
    let bytes = writer.into_inner().expect("writing to memory cannot fail");
    format!("{BYTE_ORDER_MARK}{}", String::from_utf8(bytes).expect("every cell is UTF-8"))
}

/// What a spreadsheet may take a cell starting with as the start of a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Spreadsheets run a cell that starts with = + - @ (or a tab or return before one) as a formula;
/// a typed note must stay text, so it gets a quote in front. A cell that already starts with a
/// quote gets one more, so that `undefuse` can always take exactly one off.
/// A plain negative number ("-200", "-3.5") is a number, not a formula, and is left as it is.
fn defuse(cell: &str) -> String {
    let plain_number = cell.strip_prefix('-').is_some_and(|digits| {
        let mut parts = digits.splitn(2, '.');
        let whole = parts.next().unwrap_or_default();
        let all_digits = |text: &str| !text.is_empty() && text.chars().all(|c| c.is_ascii_digit());
        all_digits(whole) && parts.next().is_none_or(all_digits)
    });
    if !plain_number && (cell.starts_with(FORMULA_STARTS) || cell.starts_with('\'')) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// The cell as it was before `defuse`, for files Almanac reads back.
pub(crate) fn undefuse(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) || rest.starts_with('\'') => rest,
        _ => cell,
    }
}
