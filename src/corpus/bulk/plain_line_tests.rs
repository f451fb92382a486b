//! The plainest JSON Lines claims, read without serde: the claims read as serde_json reads them.

use super::{JsonClaim, plain_claim};
use crate::corpus::bulk::plain_line::slot;
use proptest::prelude::*;
use std::borrow::Cow;

/// Whether every text of a claim is borrowed from the line.
fn all_borrowed(claim: &JsonClaim) -> bool {
    let optional = [
        &claim.id,
        &claim.as_of,
        &claim.scope,
        &claim.hedge,
        &claim.attribution,
        &claim.origin,
        &claim.quote,
        &claim.note,
    ];
    [&claim.source, &claim.subject, &claim.property]
        .into_iter()
        .chain(optional.into_iter().flatten())
        .all(|text| matches!(text.0, Cow::Borrowed(_)))
        && matches!(claim.value.0, Cow::Borrowed(_))
}

#[test]
fn plain_lines_are_read_and_others_left_to_serde() {
    let plain = [
        r#"{"source": "Daily Item", "subject": "Harbour Bridge", "property": "length", "value": "about 1,149 m", "as_of": "2024-05-01"}"#,
        r#"  {"value":"two","property":"p","subject":"s","source":"o","note":"été"} "#,
        "{\"source\":\"o\",\"subject\":\"s\",\"property\":\"p\",\"value\":\"\"}",
    ];
    for line in plain {
        let claim = plain_claim(line);
        assert!(claim.as_ref().is_some_and(all_borrowed), "{line}");
        assert_eq!(claim, serde_json::from_str(line).ok(), "{line}");
    }
    let others = [
        r#"{"source": "o", "subject": "s", "property": "p", "value": 12}"#,
        r#"{"source": "o", "subject": "s", "property": "p", "value": "a \"b\""}"#,
        r#"{"source": "o", "subject": "s", "property": "p", "value": "v", "hedge": null}"#,
        r#"{"source": "o", "subject": "s", "property": "p", "value": "v", "colour": "red"}"#,
        r#"{"source": "o", "source": "o", "subject": "s", "property": "p", "value": "v"}"#,
        r#"{"source": "o", "subject": "s", "property": "p"}"#,
        r#"{"source": "o", "subject": "s", "property": "p", "value": "v"} x"#,
        r#"{"source": "o", "subject": "s", "property": "p", "value": "v",}"#,
        "{\"source\": \"o\tp\", \"subject\": \"s\", \"property\": \"p\", \"value\": \"v\"}",
        "{\"source\":\"o\",\"subject\":\"s\",\"property\":\"p\",\"value\":\"v\"}\r",
        "{}",
        "[]",
    ];
    for line in others {
        assert_eq!(plain_claim(line), None, "{line}");
    }
}

/// The field names of a claim, in the order [`JsonClaim`] declares them.
const FIELDS: [&str; 12] = [
    "source",
    "subject",
    "property",
    "value",
    "id",
    "as_of",
    "scope",
    "hedge",
    "attribution",
    "origin",
    "quote",
    "note",
];

#[test]
fn every_field_has_its_slot() {
    for (at, name) in FIELDS.iter().enumerate() {
        assert_eq!(slot(name), Some(at));
    }
    assert_eq!(slot("colour"), None);
}

/// A field's key, mostly a known one.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => proptest::sample::select(FIELDS.to_vec()).prop_map(str::to_owned),
        1 => "[a-z_]{1,6}",
    ]
}

/// A field's value as JSON: mostly strings, some with escapes or control characters.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        12 => "[a-z0-9 ,.é-]{0,8}".prop_map(|text| format!("\"{text}\"")),
        1 => "[a-z\"\\\\\t]{0,4}".prop_map(|text| format!("\"{text}\"")),
        1 => proptest::sample::select(vec!["null", "12", "true", "[\"a\"]", "{}", "\"\\u0041\""])
            .prop_map(str::to_owned),
    ]
}

/// Whitespace between tokens, mostly none or a space.
fn space() -> impl Strategy<Value = &'static str> {
    proptest::sample::select(vec!["", "", " ", "  ", "\t", "\r", "x"])
}

/// A line: an object of the required fields and a few others (some unknown, some
/// repeated), in any order, with whitespace between its tokens and around it.
fn line() -> impl Strategy<Value = String> {
    let plain = || proptest::sample::select(vec!["", " ", "  "]);
    let required = proptest::collection::vec((plain(), plain(), value(), plain()), 4).prop_map(|parts| {
        let keys = FIELDS.iter().map(|key| (*key).to_owned());
        keys.zip(parts)
            .map(|(key, (a, b, value, c))| (key, a, b, value, c))
            .collect::<Vec<_>>()
    });
    let others = proptest::collection::vec((key(), space(), space(), value(), space()), 0..4);
    let fields = (required, others)
        .prop_map(|(mut fields, others)| {
            fields.extend(others);
            fields
        })
        .prop_shuffle();
    (space(), fields, space(), space()).prop_map(|(before, fields, close, after)| {
        let written: Vec<String> = fields
            .iter()
            .map(|(key, a, b, value, c)| format!("\"{key}\"{a}:{b}{value}{c}"))
            .collect();
        format!("{before}{{{}{close}}}{after}", written.join(","))
    })
}

proptest! {
    /// A line read without serde is read as serde_json reads it, every text borrowed; a
    /// line serde_json refuses is never read.
    #[test]
    fn a_plain_line_reads_as_serde_json_reads_it(line in line()) {
        if let Some(claim) = plain_claim(&line) {
            prop_assert!(all_borrowed(&claim));
            prop_assert_eq!(Some(claim), serde_json::from_str::<JsonClaim>(&line).ok());
        }
    }

    /// A line of known fields given once, each a plain string, is read without serde.
    #[test]
    fn a_line_of_plain_strings_is_read(texts in proptest::collection::vec("[a-z0-9 ,.é-]{0,8}", 12)) {
        let fields: Vec<String> = FIELDS.iter().zip(&texts).map(|(key, text)| format!("\"{key}\": \"{text}\"")).collect();
        let line = format!("{{{}}}", fields.join(", "));
        prop_assert!(plain_claim(&line).is_some());
    }
}
