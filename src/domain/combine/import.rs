//! Bringing other people's assessments into a group, and checking a group that arrives whole (in
//! a backup) exactly as those imports are checked.

use super::{
    GROUP_FORMAT, Group, MAX_GROUP_NAME_CHARS, MAX_LABEL_CHARS, MAX_SOURCE_CHARS, Member, check_schema_version,
};
use crate::domain::assessment::Rating;
use crate::domain::catalogue::Catalogue;
use crate::domain::exchange;
use crate::domain::framework::{Framework, is_valid_id};
use crate::domain::problem::{Problem, Problems};
use crate::domain::workshop::MAX_AGREED_NOTE_CHARS;
use crate::i18n::t::combine as t;

/// One file or link offered for import, with the name it is known by.
pub struct Offered {
    pub source: String,
    pub text: String,
    /// Set for a share link, which holds no assessment id of its own.
    pub is_link: bool,
}

/// A file that cannot go in, with every problem found in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Refused {
    pub source: String,
    pub problems: Problems,
}

/// What an import would do, worked out before anything changes.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportPreview {
    /// Respondents not yet in the group.
    pub new: Vec<Member>,
    /// Respondents already in the group (the same assessment), whose copy would be replaced.
    pub replacing: Vec<Member>,
    pub refused: Vec<Refused>,
}

/// Checks every offered file as an assessment import is checked, and sorts them into new,
/// replacing and refused. A group holds one framework: the group's, or for an empty group
/// the one most of the good files use.
pub fn prepare_import(offered: Vec<Offered>, group: &Group, catalogue: &Catalogue) -> ImportPreview {
    let mut preview = ImportPreview::default();
    let mut good: Vec<Member> = Vec::new();
    for file in offered {
        let read = if file.is_link {
            match link_data(&file.text) {
                Some(data) => crate::domain::share::decode(data, link_id(data), catalogue),
                None => Err(Problem::whole(t::not_share_link()).into()),
            }
        } else {
            crate::domain::exchange::from_json(&file.text, catalogue)
        };
        match read {
            Ok(assessment) if assessment.answers.values().all(|a| a.rating.is_none()) => {
                preview.refused.push(Refused { source: file.source, problems: Problem::whole(t::no_answers()).into() })
            }
            Ok(assessment) => match good.iter().find(|m| m.assessment == assessment.id) {
                Some(first) => preview.refused.push(Refused {
                    source: file.source,
                    problems: Problem::whole(t::same_assessment(&first.source)).into(),
                }),
                None => good.push(Member::from_assessment(&assessment, file.source)),
            },
            Err(problems) => preview.refused.push(Refused { source: file.source, problems }),
        }
    }
    let Some(framework_id) = group.framework_id().map(String::from).or_else(|| most_common_framework(&good)) else {
        return preview;
    };
    for member in good {
        if member.framework.id != framework_id {
            let message = other_framework(&member.framework.id, &framework_id, catalogue);
            preview.refused.push(Refused { source: member.source, problems: Problem::whole(message).into() });
        } else if group.members.iter().any(|m| m.assessment == member.assessment) {
            preview.replacing.push(member);
        } else {
            preview.new.push(member);
        }
    }
    preview
}

fn other_framework(member_framework: &str, group_framework: &str, catalogue: &Catalogue) -> String {
    let title = |id: &str| catalogue.latest(id).map(|f| f.title.clone()).unwrap_or_else(|| id.to_string());
    t::other_framework(title(member_framework), title(group_framework))
}

/// Every problem with a group that arrives whole (in a backup), each with its path in the group:
/// what an import of its respondents' files would have refused, and what the group page allows.
pub fn group_problems(group: &Group, catalogue: &Catalogue) -> Vec<Problem> {
    let mut problems = Vec::new();
    if group.format != GROUP_FORMAT {
        problems.push(Problem::at("format", t::must_be_format(GROUP_FORMAT)));
    }
    if let Err(problem) = check_schema_version(group.schema_version) {
        problems.push(problem);
    }
    if !is_valid_id(&group.id) {
        problems.push(Problem::at("id", exchange::invalid_id(&group.id)));
    }
    if group.name.trim().is_empty() {
        problems.push(Problem::at("name", t::empty()));
    } else if group.name.chars().count() > MAX_GROUP_NAME_CHARS {
        problems.push(Problem::at("name", t::too_long(MAX_GROUP_NAME_CHARS)));
    }
    let group_framework = group.framework_id().unwrap_or_default();
    problems.extend(agreed_problems(group, catalogue));
    for (index, member) in group.members.iter().enumerate() {
        let path = format!("members[{index}]");
        if !is_valid_id(&member.assessment) {
            problems.push(Problem::at(format!("{path}.assessment"), exchange::invalid_id(&member.assessment)));
        } else if group.members[..index].iter().any(|m| m.assessment == member.assessment) {
            problems.push(Problem::at(format!("{path}.assessment"), t::twice(&member.assessment)));
        }
        for (field, text, limit) in [
            ("source", Some(&member.source), MAX_SOURCE_CHARS),
            ("label", member.label.as_ref(), MAX_LABEL_CHARS),
            ("organisation.name", member.organisation.name.as_ref(), exchange::MAX_DETAIL_CHARS),
        ] {
            if text.is_some_and(|text| text.chars().count() > limit) {
                problems.push(Problem::at(format!("{path}.{field}"), t::too_long(limit)));
            }
        }
        if member.framework.id != group_framework {
            problems.push(Problem::at(path, other_framework(&member.framework.id, group_framework, catalogue)));
            continue;
        }
        let Some(framework) = catalogue.find(&member.framework.id, &member.framework.version) else {
            problems.push(Problem::at(format!("{path}.framework"), exchange::missing_framework(&member.framework)));
            continue;
        };
        if member.ratings.is_empty() {
            problems.push(Problem::at(path.clone(), t::no_answers()));
        }
        for (statement_id, rating) in &member.ratings {
            let path = format!("{path}.ratings.{statement_id}");
            if framework.statement(statement_id).is_none() {
                problems.push(Problem::at(path, exchange::unknown_statement(framework)));
            } else if let Rating::Level(level) = rating
                && framework.level(*level).is_none()
            {
                problems.push(Problem::at(path, exchange::off_scale(*level, framework)));
            }
        }
    }
    problems
}

/// What a workshop agreed, checked against the framework version the workshop pack shows (the
/// latest of the group's framework on this device), or, for a statement that version no longer
/// has, the version one of the respondents used, so a newer version imported since does not make
/// the group unreadable.
fn agreed_problems(group: &Group, catalogue: &Catalogue) -> Vec<Problem> {
    if group.agreed.is_empty() {
        return Vec::new();
    }
    let Some(latest) = group.framework_id().and_then(|id| catalogue.latest(id)) else {
        // With no respondents there was nothing to agree on; a missing framework is already named
        // against each respondent.
        return if group.members.is_empty() {
            vec![Problem::at("agreed", t::agreed_without_respondents())]
        } else {
            Vec::new()
        };
    };
    let versions: Vec<&Framework> = std::iter::once(latest)
        .chain(group.members.iter().filter_map(|m| catalogue.find(&m.framework.id, &m.framework.version)))
        .collect();
    let mut problems = Vec::new();
    for (statement_id, agreed) in &group.agreed {
        let path = format!("agreed.{statement_id}");
        let Some(framework) = versions.iter().find(|f| f.statement(statement_id).is_some()) else {
            problems.push(Problem::at(path, exchange::unknown_statement(latest)));
            continue;
        };
        if let Some(Rating::Level(level)) = agreed.rating
            && framework.level(level).is_none()
        {
            problems.push(Problem::at(format!("{path}.rating"), exchange::off_scale(level, framework)));
        }
        if agreed.note.as_ref().is_some_and(|note| note.chars().count() > MAX_AGREED_NOTE_CHARS) {
            problems.push(Problem::at(format!("{path}.note"), t::too_long(MAX_AGREED_NOTE_CHARS)));
        }
    }
    problems
}

fn most_common_framework(members: &[Member]) -> Option<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for member in members {
        match counts.iter_mut().find(|(id, _)| *id == member.framework.id) {
            Some((_, count)) => *count += 1,
            None => counts.push((&member.framework.id, 1)),
        }
    }
    // The first of the most common, so the order people chose the files in breaks a tie.
    counts.iter().rev().max_by_key(|(_, count)| *count).map(|(id, _)| id.to_string())
}

/// The encoded result in a pasted share link (or the bare code).
pub fn link_data(text: &str) -> Option<&str> {
    let text = text.trim();
    let data = match text.find("#/shared/") {
        Some(index) => &text[index + "#/shared/".len()..],
        None if !text.is_empty() && !text.contains(['/', '#', ' ']) => text,
        None => return None,
    };
    (!data.is_empty()).then_some(data)
}

/// The same link always gets the same id, so pasting it twice is noticed like a file.
fn link_id(data: &str) -> String {
    // FNV-1a: stable across builds and platforms, unlike the standard library's hasher.
    let hash = data
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3));
    format!("link-{hash:016x}")
}
