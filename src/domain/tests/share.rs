use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use super::{NOW, answered, quick_check};
use crate::domain::assessment::Rating::*;
use crate::domain::share::{decode, encode};

#[test]
fn a_quick_check_result_makes_a_short_link() {
    let framework = quick_check();
    let assessment = answered(
        &framework,
        &[
            Level(3),
            Level(1),
            DontKnow,
            Level(5),
            Level(2),
            NotApplicable,
            Level(4),
            Level(3),
            Level(2),
            Level(1),
            Level(5),
            Level(4),
        ],
    );
    let link = encode(&assessment, false);
    assert!(link.len() < 300, "a full quick check link is {} characters", link.len());
    let back = decode(&link, "new-id".into(), &super::every_framework()).unwrap();
    assert_eq!(back.answers, assessment.answers);
    assert_eq!(back.id, "new-id");
    assert!(back.is_completed(), "a shared result is shown as a result");
}

#[test]
fn notes_travel_only_when_asked() {
    let framework = quick_check();
    let mut assessment = answered(&framework, &[Level(3)]);
    assessment.edit("q1", NOW, |a| a.evidence = Some("Cabinet paper".into()));
    assessment.details.organisation = Some("Anytown".into());
    let catalogue = super::every_framework();
    let without = decode(&encode(&assessment, false), "x".into(), &catalogue).unwrap();
    assert_eq!(without.answer_to("q1").evidence, None);
    assert_eq!(without.details.organisation, None);
    let with = decode(&encode(&assessment, true), "x".into(), &catalogue).unwrap();
    assert_eq!(with.answer_to("q1").evidence.as_deref(), Some("Cabinet paper"));
    assert_eq!(with.details.organisation.as_deref(), Some("Anytown"));
}

#[test]
fn damaged_and_hostile_links_are_refused_plainly() {
    let catalogue = super::every_framework();
    let link = encode(&answered(&quick_check(), &[Level(3)]), false);
    let refuse = |text: &str| decode(text, "x".into(), &catalogue).unwrap_err().to_string();
    let broken = "this link has been changed or cut short: ask for it again";
    assert_eq!(refuse(&link[..link.len() / 2]), broken);
    assert_eq!(refuse("not*base64!"), broken);
    assert_eq!(refuse(""), broken);
    assert_eq!(refuse(&"A".repeat(70_000)), "the link is too long to be an Almanac result");

    // A tiny link that would inflate to megabytes is stopped at the limit.
    let bomb = URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(&vec![b' '; 4_000_000], 9));
    assert!(bomb.len() < 20_000);
    assert_eq!(refuse(&bomb), broken);

    // Well-formed links are checked like a file: a level off the scale names the statement.
    let forged = URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(
        br#"{"v":1,"f":["quick-check","1.0.0"],"d":"2026-11-23T10:00:00Z","a":{"q4":{"r":9}}}"#,
        9,
    ));
    assert_eq!(refuse(&forged), "answers.q4: level 9 is not on this framework's scale (1 to 5)");
    let newer = URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec_zlib(
        br#"{"v":4,"f":["quick-check","1.0.0"],"d":"2026-11-23T10:00:00Z","a":{}}"#,
        9,
    ));
    assert_eq!(refuse(&format!("4.{newer}")), "the link was made by a newer version of Almanac");
}

/// A link as Almanac made it before links carried a checksum.
fn unchecked_link(payload: &str) -> String {
    URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(payload.as_bytes(), 9))
}

#[test]
fn a_changed_character_anywhere_in_a_link_is_caught() {
    let catalogue = super::every_framework();
    let original = answered(&quick_check(), &[Level(3), Level(1), DontKnow, Level(5), Level(2)]);
    let link = encode(&original, true);
    assert!(link.starts_with("2."));
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for at in 2..link.len() {
        for replacement in [b'A', b'q', b'7', b'_'].into_iter().chain(alphabet.iter().copied().skip(at % 60).take(1)) {
            let mut changed = link.clone().into_bytes();
            if changed[at] == replacement {
                continue;
            }
            changed[at] = replacement;
            let changed = String::from_utf8(changed).unwrap();
            match decode(&changed, "x".into(), &catalogue) {
                Err(problems) => {
                    assert_eq!(problems.to_string(), "this link has been changed or cut short: ask for it again")
                }
                // Bits past the end of the compressed data are ignored: such a change alters nothing.
                Ok(opened) => assert_eq!(opened.answers, original.answers, "{changed} opened another result"),
            }
        }
    }
    for cut in 3..link.len() - 1 {
        assert!(decode(&link[..cut], "x".into(), &catalogue).is_err(), "cut at {cut}");
    }
}

#[test]
fn links_made_before_the_checksum_still_open() {
    let catalogue = super::every_framework();
    let old = unchecked_link(r#"{"v":1,"f":["quick-check","1.0.0"],"d":"2026-11-23T10:00:00Z","a":{"q1":{"r":3}}}"#);
    let opened = decode(&old, "x".into(), &catalogue).unwrap();
    assert_eq!(opened.rating("q1"), Some(Level(3)));
}

#[test]
fn format_version_0_is_refused() {
    let catalogue = super::every_framework();
    let zero = unchecked_link(r#"{"v":0,"f":["quick-check","1.0.0"],"d":"2026-11-23T10:00:00Z","a":{"q1":{"r":3}}}"#);
    assert_eq!(
        decode(&zero, "x".into(), &catalogue).unwrap_err().to_string(),
        "this link has been changed or cut short: ask for it again"
    );
    let zero = URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec_zlib(
        br#"{"v":0,"f":["quick-check","1.0.0"],"d":"2026-11-23T10:00:00Z","a":{"q1":{"r":3}}}"#,
        9,
    ));
    for link in [format!("0.{zero}"), format!("2.{zero}")] {
        assert_eq!(
            decode(&link, "x".into(), &catalogue).unwrap_err().to_string(),
            "this link has been changed or cut short: ask for it again"
        );
    }
}

#[test]
fn the_same_link_is_saved_under_the_same_id_and_another_link_under_another() {
    let id = crate::domain::share::saved_id("2.abcdef");
    assert_eq!(id, crate::domain::share::saved_id("2.abcdef"));
    assert_eq!(id, crate::domain::share::saved_id(" 2.abcdef\n"), "as pasted, with space around it");
    assert_ne!(id, crate::domain::share::saved_id("2.abcdeg"));
    assert!(crate::domain::framework::is_valid_id(&id), "{id} is a valid id");
    // Pinned: a copy saved by an earlier build must still be found.
    assert_eq!(crate::domain::share::saved_id(""), "shared-cbf29ce484222325");
}
