//! Share links: a result carried in the URL fragment, compressed, so it never reaches a server.
//! Decoding checks the link exactly as an imported file is checked.
//!
//! A link of version 2 is "2." and then the payload in zlib's wrapper, whose Adler-32 checksum of
//! the payload tells a link changed or cut short from one Almanac made. Version 1 links (raw
//! deflate with no checksum, and no prefix: "." is not in their alphabet) still open. Version 3
//! is version 2 whose details name the kind of council or the region; only links that do are
//! made as version 3, so an older Almanac opens every other link and says of these that they are
//! newer rather than failing on a field it does not know.

use std::collections::BTreeMap;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::assessment::{Answer, Assessment, Confidence, Details, FrameworkRef, Rating};
use super::catalogue::Catalogue;
use super::exchange;
use super::problem::{Problem, Problems, parse_json};
use crate::i18n::t::share as t;

/// Far above the longest real link (a full framework with notes); longer text is not read.
pub const MAX_LINK_CHARS: usize = 64 * 1024;
/// The most a link may inflate to, so that a small link cannot unpack into a huge one.
const MAX_INFLATED_BYTES: usize = 256 * 1024;
const SHARE_VERSION: u32 = 3;
/// Links whose details name no kind of council or region; the same encoding as `SHARE_VERSION`.
const CHECKED_VERSION: u32 = 2;
/// Links made before the checksum; they carry no version prefix.
const UNCHECKED_VERSION: u32 = 1;

/// What a link carries: the answers and what describes them, in short field names.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Payload {
    /// Format version of the link.
    v: u32,
    /// Framework id and version.
    f: (String, String),
    #[serde(with = "crate::domain::dates::moment")]
    d: OffsetDateTime,
    /// Answers by statement id: rating, then target, confidence and evidence when present.
    a: BTreeMap<String, ShareAnswer>,
    #[serde(default, skip_serializing_if = "Details::is_empty")]
    m: Details,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ShareAnswer {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    r: Option<Rating>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    t: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    c: Option<Confidence>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    e: Option<String>,
}

/// The text for the fragment. Evidence notes go only when the person asks for them; the plan
/// and anything else about how they work stays on their device.
pub fn encode(assessment: &Assessment, include_notes: bool) -> String {
    let details = if include_notes { assessment.details.clone() } else { Details::default() };
    let version =
        if details.organisation_type.is_some() || details.region.is_some() { SHARE_VERSION } else { CHECKED_VERSION };
    let payload = Payload {
        v: version,
        f: (assessment.framework.id.clone(), assessment.framework.version.clone()),
        d: assessment.updated,
        a: assessment
            .answers
            .iter()
            .map(|(id, answer)| {
                let shared = ShareAnswer {
                    r: answer.rating,
                    t: answer.target,
                    c: answer.confidence,
                    e: answer.evidence.clone().filter(|_| include_notes),
                };
                (id.clone(), shared)
            })
            .collect(),
        m: details,
    };
    let json = serde_json::to_vec(&payload).expect("a payload always serialises");
    format!("{version}.{}", URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec_zlib(&json, 9)))
}

/// Reads a link's text back into an assessment with the given id, checked like an import.
/// Whether a link's data is short enough to be opened: a sender is told before making one that
/// is not (a full framework with long notes can pass it).
pub fn opens(data: &str) -> bool {
    data.len() <= MAX_LINK_CHARS
}

/// The id a result from this link is saved under: the same link always gives the same id, so
/// saving it twice finds the first copy instead of adding a second. (FNV-1a, 64 bits: stable
/// from one build to the next, unlike the standard library's hasher.)
pub fn saved_id(link: &str) -> String {
    let hash = link
        .trim()
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3));
    format!("shared-{hash:016x}")
}

pub fn decode(text: &str, id: String, catalogue: &Catalogue) -> Result<Assessment, Problems> {
    let broken = || Problems::from(Problem::whole(t::broken()));
    if !opens(text) {
        return Err(Problem::whole(t::too_long()).into());
    }
    let (version, data) = match text.trim().split_once('.') {
        Some((version, data)) => (version.parse::<u32>().map_err(|_| broken())?, data),
        None => (UNCHECKED_VERSION, text.trim()),
    };
    if version > SHARE_VERSION {
        return Err(Problem::whole(t::newer()).into());
    }
    let compressed = URL_SAFE_NO_PAD.decode(data).map_err(|_| broken())?;
    let inflated = match version {
        UNCHECKED_VERSION => miniz_oxide::inflate::decompress_to_vec_with_limit(&compressed, MAX_INFLATED_BYTES),
        CHECKED_VERSION | SHARE_VERSION => {
            miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&compressed, MAX_INFLATED_BYTES)
        }
        _ => return Err(broken()),
    };
    let json = String::from_utf8(inflated.map_err(|_| broken())?).map_err(|_| broken())?;
    let payload: Payload = parse_json(&json)?;
    // The version inside must be the one outside: Almanac never made a link of version 0.
    if payload.v != version {
        return Err(broken());
    }
    let (framework_id, framework_version) = payload.f;
    let assessment = Assessment {
        id,
        framework: FrameworkRef { id: framework_id, version: framework_version },
        created: payload.d,
        updated: payload.d,
        completed: Some(payload.d),
        position: 0,
        answers: payload
            .a
            .into_iter()
            .map(|(id, a)| {
                (id, Answer { rating: a.r, target: a.t, evidence: a.e, confidence: a.c, carried_from: None })
            })
            .collect(),
        details: payload.m,
        previous: None,
        plan: Default::default(),
        weights: Default::default(),
        workshop: None,
    };
    // The same checks as a file: every statement and level must be on the framework.
    exchange::from_json(&exchange::to_json(&assessment), catalogue)
}
