//! The commonest JSON Lines claim read without serde: one flat object whose fields are all
//! known, given once, and strings without escapes, with spaces for its only whitespace and no
//! control characters. Such a line reads
//! exactly as serde_json reads it (every text borrowed from the line); any other line is
//! left to serde_json, which reads it or says what is wrong with it.

use super::json_lines::{JsonClaim, Text, ValueField};
use std::borrow::Cow;

/// The claim of a line of the plain form, its texts borrowed from the line; `None` for any
/// other line (another kind of value, an escape, a control character, an unknown, repeated or
/// missing field, anything after the object).
pub(super) fn plain_claim(line: &str) -> Option<JsonClaim<'_>> {
    if memchr::memchr(b'\\', line.as_bytes()).is_some() || has_control(line.as_bytes()) {
        return None;
    }
    let mut fields: [Option<&str>; 12] = [None; 12];
    let mut at = expect(line, skip_space(line, 0), b'{')?;
    loop {
        let (key, after) = string(line, skip_space(line, at))?;
        let slot = fields.get_mut(slot(key)?)?;
        let colon = expect(line, skip_space(line, after), b':')?;
        let (text, after) = string(line, skip_space(line, colon))?;
        if slot.replace(text).is_some() {
            return None;
        }
        at = skip_space(line, after);
        match line.as_bytes().get(at)? {
            b',' => at += 1,
            b'}' => break,
            _ => return None,
        }
    }
    (skip_space(line, at + 1) == line.len()).then(|| claim(fields))?
}

/// Whether `bytes` hold a control character (a tab or a carriage return is JSON whitespace
/// between tokens, but serde_json refuses one unescaped inside a string), looked for in every
/// byte without stopping, which the compiler does many bytes at a time.
fn has_control(bytes: &[u8]) -> bool {
    bytes.iter().fold(false, |found, &byte| found | (byte < 0x20))
}

/// Where a field goes among the fields of a [`JsonClaim`], in the order it declares them.
fn slot(key: &str) -> Option<usize> {
    Some(match key {
        "source" => 0,
        "subject" => 1,
        "property" => 2,
        "value" => 3,
        "id" => 4,
        "as_of" => 5,
        "scope" => 6,
        "hedge" => 7,
        "attribution" => 8,
        "origin" => 9,
        "quote" => 10,
        "note" => 11,
        _ => return None,
    })
}

/// The claim of the fields found, if the required ones are there.
fn claim(fields: [Option<&str>; 12]) -> Option<JsonClaim<'_>> {
    let text = |at: usize| fields.get(at).copied().flatten().map(|text| Text(Cow::Borrowed(text)));
    Some(JsonClaim {
        source: text(0)?,
        subject: text(1)?,
        property: text(2)?,
        value: ValueField(Cow::Borrowed(fields.get(3).copied().flatten()?)),
        id: text(4),
        as_of: text(5),
        scope: text(6),
        hedge: text(7),
        attribution: text(8),
        origin: text(9),
        quote: text(10),
        note: text(11),
    })
}

/// The position after `byte` at `at`, if it is there.
fn expect(line: &str, at: usize, byte: u8) -> Option<usize> {
    (line.as_bytes().get(at) == Some(&byte)).then_some(at + 1)
}

/// The first position from `at` that is not a space (the line holds no other whitespace).
fn skip_space(line: &str, at: usize) -> usize {
    let bytes = line.as_bytes().get(at..).unwrap_or_default();
    at + bytes.iter().take_while(|&&byte| byte == b' ').count()
}

/// The string starting at `at` and the position after it (the line holds no escapes).
fn string(line: &str, at: usize) -> Option<(&str, usize)> {
    let start = expect(line, at, b'"')?;
    let end = start + memchr::memchr(b'"', line.as_bytes().get(start..)?)?;
    Some((line.get(start..end)?, end + 1))
}

#[cfg(test)]
mod tests {
    use super::{plain_claim, slot};
    use crate::corpus::bulk::json_lines::JsonClaim;
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
}
