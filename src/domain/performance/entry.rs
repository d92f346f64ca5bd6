//! Typing in one service's figures for one period: the text of every field, kept as typed (so a
//! half-finished form survives a reload), and the checks that turn it into figures.

use std::collections::BTreeMap;

use super::{Channel, Cost, Field, Figures, Period, Responses, figure_problems, satisfaction_label, three_point_label};
use crate::i18n::t::performance_entry as t;

/// What is in each field of the form, by field id; blank fields may be left out.
pub type Draft = BTreeMap<String, String>;

/// The fields for one channel, in the order they appear.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryField {
    Completed,
    TotalCost,
    UnitCost,
    Started,
    /// Responses at one point of the five-point scale, from 0 (very dissatisfied).
    Satisfaction(usize),
    /// Responses at one point of the three-point scale, from 0 (dissatisfied).
    ThreePoint(usize),
    /// The mark that the channel was not offered in the period ("yes" when ticked).
    NotOffered,
}

impl EntryField {
    /// The fields a channel's part of the form has; only digital channels record starts.
    pub fn for_channel(channel: &Channel) -> Vec<EntryField> {
        let mut fields = vec![EntryField::Completed, EntryField::TotalCost, EntryField::UnitCost];
        if channel.digital {
            fields.push(EntryField::Started);
        }
        fields.extend((0..5).map(EntryField::Satisfaction));
        fields.extend((0..3).map(EntryField::ThreePoint));
        fields
    }

    /// The id of this field for `channel`, unique on the page.
    pub fn id(self, channel: &str) -> String {
        match self {
            EntryField::Completed => format!("{channel}-completed"),
            EntryField::TotalCost => format!("{channel}-cost"),
            EntryField::UnitCost => format!("{channel}-unit-cost"),
            EntryField::Started => format!("{channel}-started"),
            EntryField::Satisfaction(point) => format!("{channel}-satisfaction-{point}"),
            EntryField::ThreePoint(point) => format!("{channel}-three-point-{point}"),
            EntryField::NotOffered => format!("{channel}-not-offered"),
        }
    }

    /// The field's label in the page's language.
    pub fn label(self) -> &'static str {
        match self {
            EntryField::Completed => t::completed(),
            EntryField::TotalCost => t::total_cost(),
            EntryField::UnitCost => t::unit_cost(),
            EntryField::Started => t::started(),
            EntryField::Satisfaction(point) => satisfaction_label(point),
            EntryField::ThreePoint(point) => three_point_label(point),
            EntryField::NotOffered => t::not_offered(),
        }
    }
}

/// A problem with one field, by its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryError {
    pub field: String,
    pub message: String,
}

/// The form's fields filled in from figures already held.
pub fn draft_from(figures: &[&Figures]) -> Draft {
    let mut draft = Draft::new();
    for row in figures {
        let mut put = |field: EntryField, value: String| {
            draft.insert(field.id(&row.channel), value);
        };
        if row.not_offered {
            put(EntryField::NotOffered, "yes".into());
        }
        if let Some(completed) = row.completed {
            put(EntryField::Completed, completed.to_string());
        }
        match row.cost {
            Some(Cost::Total(total)) => put(EntryField::TotalCost, money(total)),
            Some(Cost::PerTransaction(unit)) => put(EntryField::UnitCost, money(unit)),
            None => {}
        }
        if let Some(started) = row.started {
            put(EntryField::Started, started.to_string());
        }
        match row.satisfaction {
            Some(Responses::Five(counts)) => {
                for (point, count) in counts.iter().enumerate() {
                    put(EntryField::Satisfaction(point), count.to_string());
                }
            }
            Some(Responses::Three(counts)) => {
                for (point, count) in counts.iter().enumerate() {
                    put(EntryField::ThreePoint(point), count.to_string());
                }
            }
            None => {}
        }
    }
    draft
}

/// An amount of money as typed into a field or a spreadsheet: no £, no thousands separators, and
/// pence only when there are some.
pub fn money(pounds: f64) -> String {
    if pounds.fract() == 0.0 { format!("{pounds:.0}") } else { format!("{pounds:.2}") }
}

/// More transactions or responses than any council service has in a period: a figure past this
/// is a slip (a pasted reference number, say), and would make totals meaningless.
pub const MAX_COUNT: u64 = 1_000_000_000;

/// More than any council service costs in a period.
pub const MAX_POUNDS: f64 = 10_000_000_000.0;

pub fn too_many(what: &str) -> String {
    t::too_many(what)
}

pub fn too_costly(what: &str) -> String {
    t::too_costly(what)
}

/// A count as typed: blank is `None`; commas and spaces between digits are allowed.
pub fn parse_count(text: &str, what: &str) -> Result<Option<u64>, String> {
    let cleaned: String = text.trim().chars().filter(|c| *c != ',' && *c != ' ').collect();
    if cleaned.is_empty() {
        return Ok(None);
    }
    if cleaned.starts_with('-') && cleaned[1..].parse::<f64>().is_ok() {
        return Err(t::negative(what));
    }
    match cleaned.parse::<u64>() {
        Ok(count) if count > MAX_COUNT => Err(too_many(what)),
        Ok(count) => Ok(Some(count)),
        Err(_) if cleaned.chars().all(|c| c.is_ascii_digit()) => Err(too_many(what)),
        Err(_) if cleaned.parse::<f64>().is_ok() => Err(t::whole_number(what)),
        Err(_) => Err(t::not_a_number(what)),
    }
}

/// An amount in pounds as typed: blank is `None`; a £ sign and commas are allowed.
pub fn parse_money(text: &str, what: &str) -> Result<Option<f64>, String> {
    let cleaned: String = text.trim().chars().filter(|c| *c != ',' && *c != ' ' && *c != '£').collect();
    if cleaned.is_empty() {
        return Ok(None);
    }
    match cleaned.parse::<f64>() {
        Ok(value) if !value.is_finite() => Err(t::not_money(what)),
        Ok(value) if value < 0.0 => Err(t::negative(what)),
        Ok(value) if value > MAX_POUNDS => Err(too_costly(what)),
        // "-0" is nothing owed, and must never show as "£-0.00" (the pattern matches -0.0 too).
        Ok(0.0) => Ok(Some(0.0)),
        Ok(value) => Ok(Some(value)),
        Err(_) => Err(t::not_money(what)),
    }
}

/// Turns the form into figures, one per channel with anything typed, or lists every problem.
pub fn parse_draft(
    draft: &Draft,
    service: &str,
    period: Period,
    channels: &[Channel],
) -> Result<Vec<Figures>, Vec<EntryError>> {
    let mut figures = Vec::new();
    let mut errors = Vec::new();
    for channel in channels {
        let text = |field: EntryField| draft.get(&field.id(&channel.id)).map(String::as_str).unwrap_or("");
        let mut error = |field: EntryField, message: String| {
            errors.push(EntryError { field: field.id(&channel.id), message });
        };
        let what = |field: EntryField| format!("{} – {}", channel.name, field.label().to_lowercase());
        let count = |field: EntryField, error: &mut dyn FnMut(EntryField, String)| {
            parse_count(text(field), &what(field)).unwrap_or_else(|message| {
                error(field, message);
                None
            })
        };
        let mut row = Figures::empty(service, period, &channel.id);
        if !text(EntryField::NotOffered).is_empty() {
            let typed = EntryField::for_channel(channel).into_iter().find(|field| !text(*field).is_empty());
            match typed {
                Some(field) => error(field, t::marked_not_offered(&channel.name)),
                None => figures.push(Figures { not_offered: true, ..row }),
            }
            continue;
        }
        row.completed = count(EntryField::Completed, &mut error);
        if channel.digital {
            row.started = count(EntryField::Started, &mut error);
        }
        let total = parse_money(text(EntryField::TotalCost), &what(EntryField::TotalCost));
        let unit = parse_money(text(EntryField::UnitCost), &what(EntryField::UnitCost));
        row.cost = match (total, unit) {
            (Err(message), _) => {
                error(EntryField::TotalCost, message);
                None
            }
            (_, Err(message)) => {
                error(EntryField::UnitCost, message);
                None
            }
            (Ok(Some(_)), Ok(Some(_))) => {
                error(EntryField::UnitCost, t::cost_both(&channel.name));
                None
            }
            (Ok(total), Ok(unit)) => total.map(Cost::Total).or(unit.map(Cost::PerTransaction)),
        };
        let five: Vec<Option<u64>> = (0..5).map(|point| count(EntryField::Satisfaction(point), &mut error)).collect();
        let three: Vec<Option<u64>> = (0..3).map(|point| count(EntryField::ThreePoint(point), &mut error)).collect();
        let readable = |fields: Vec<EntryField>| fields.into_iter().all(|f| parse_count(text(f), "").is_ok());
        let scale = |counts: &[Option<u64>],
                     field: fn(usize) -> EntryField,
                     error: &mut dyn FnMut(EntryField, String)| {
            let given = counts.iter().filter(|c| c.is_some()).count();
            if given == counts.len() {
                return Some(counts.iter().map(|c| c.unwrap_or_default()).collect::<Vec<u64>>());
            }
            if given > 0 && readable((0..counts.len()).map(field).collect()) {
                let missing = counts.iter().position(Option::is_none).unwrap_or_default();
                let message = if counts.len() == 5 { t::all_five(&channel.name) } else { t::all_three(&channel.name) };
                error(field(missing), message);
            }
            None
        };
        let on_five = scale(&five, EntryField::Satisfaction, &mut error);
        let on_three = scale(&three, EntryField::ThreePoint, &mut error);
        row.satisfaction = match (on_five, on_three) {
            (Some(_), Some(_)) => {
                error(EntryField::ThreePoint(0), t::both_scales(&channel.name));
                None
            }
            (Some(counts), None) => Some(Responses::Five(std::array::from_fn(|point| counts[point]))),
            (None, Some(counts)) => Some(Responses::Three(std::array::from_fn(|point| counts[point]))),
            (None, None) => None,
        };
        for (field, message) in figure_problems(&row, channel) {
            let at = match field {
                Field::Completed => EntryField::Completed,
                Field::Cost => EntryField::TotalCost,
                Field::Started => EntryField::Started,
                Field::Satisfaction => EntryField::Satisfaction(0),
            };
            error(at, capitalise(&message));
        }
        if !row.is_empty() {
            figures.push(row);
        }
    }
    if errors.is_empty() { Ok(figures) } else { Err(errors) }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
