//! CSV exports for spreadsheets: RFC 4180, UTF-8 with a byte order mark so Excel reads the
//! accents and curly quotes correctly.

use super::assessment::Assessment;
use super::framework::Framework;
use super::plan::{Action, action_plan};

const BYTE_ORDER_MARK: &str = "\u{feff}";

/// Every statement with its answer, target, confidence and evidence.
pub fn answers_csv(framework: &Framework, assessment: &Assessment) -> String {
    let header = ["Area", "Statement ID", "Statement", "Answer", "Level", "Target level", "Confidence", "Evidence"];
    let rows = framework.statements().map(|(area, statement)| {
        let answer = assessment.answer_to(&statement.id);
        vec![
            area.title.clone(),
            statement.id.clone(),
            statement.text.clone(),
            answer.rating.map(|r| r.label(framework)).unwrap_or_else(|| "Not answered".into()),
            answer.rating.and_then(|r| r.level()).map(|l| l.to_string()).unwrap_or_default(),
            answer.target.map(|t| t.to_string()).unwrap_or_default(),
            answer.confidence.map(|c| c.label().to_string()).unwrap_or_default(),
            answer.evidence.unwrap_or_default(),
        ]
    });
    write(&header, rows)
}

/// The action plan in its current order.
pub fn plan_csv(framework: &Framework, assessment: &Assessment) -> String {
    let header = [
        "Rank",
        "Area",
        "Statement",
        "Action",
        "Current level",
        "Target level",
        "Priority",
        "Next step",
        "Status",
        "Owner",
        "Due",
    ];
    let rows = action_plan(framework, assessment).into_iter().enumerate().map(|(index, item)| {
        let (action, current, target, priority) = match item.action {
            Action::GatherEvidence => ("Find out".to_string(), String::new(), String::new(), "First".to_string()),
            Action::Improve { current, target } => {
                ("Improve".to_string(), current.to_string(), target.to_string(), format!("{:.1}", item.priority))
            }
        };
        vec![
            (index + 1).to_string(),
            item.area.title.clone(),
            item.statement.text.clone(),
            action,
            current,
            target,
            priority,
            item.guidance.unwrap_or_default().to_string(),
            item.entry.status.label().to_string(),
            item.entry.owner.clone().unwrap_or_default(),
            item.entry.due.map(|d| d.to_string()).unwrap_or_default(),
        ]
    });
    write(&header, rows)
}

pub(crate) fn write(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    writer.write_record(header).expect("writing to memory cannot fail");
    for row in rows {
        writer.write_record(row.iter().map(|cell| defuse(cell))).expect("writing to memory cannot fail");
    }
    let bytes = writer.into_inner().expect("writing to memory cannot fail");
    format!("{BYTE_ORDER_MARK}{}", String::from_utf8(bytes).expect("every cell is UTF-8"))
}

/// Spreadsheets run a cell that starts with = + - @ as a formula; a typed note must stay text.
fn defuse(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}
