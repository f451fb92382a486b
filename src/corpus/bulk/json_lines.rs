//! JSON Lines bulk files: one claim a line, its texts borrowed from the line where they have
//! no escapes.

use super::pieces::lines;
use super::{lossy, made_up_id};
use crate::corpus::claim::{At, ClaimInput, Place, Problem, ValueText, Written};
use crate::diagnostics::Code;
use serde::Deserialize;
use std::borrow::Cow;

/// One claim of a JSON Lines file, its texts borrowed from the line where they have no
/// escapes.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonClaim<'r> {
    #[serde(borrow)]
    source: Text<'r>,
    #[serde(borrow)]
    subject: Text<'r>,
    #[serde(borrow)]
    property: Text<'r>,
    value: serde_json::Value,
    #[serde(borrow)]
    id: Option<Text<'r>>,
    #[serde(borrow)]
    as_of: Option<Text<'r>>,
    #[serde(borrow)]
    scope: Option<Text<'r>>,
    #[serde(borrow)]
    hedge: Option<Text<'r>>,
    #[serde(borrow)]
    attribution: Option<Text<'r>>,
    #[serde(borrow)]
    origin: Option<Text<'r>>,
    #[serde(borrow)]
    quote: Option<Text<'r>>,
    #[serde(borrow)]
    note: Option<Text<'r>>,
}

impl<'r> JsonClaim<'r> {
    /// The claim as written, at `line` of the file `stem`.
    fn input(self, stem: &str, line: usize) -> ClaimInput<'r> {
        let at = At::Row { line, column: None };
        let written = |text: Text<'r>| Written { text: text.0, at };
        ClaimInput {
            id_given: self.id.is_some(),
            id: match self.id {
                Some(id) => written(id),
                None => Written {
                    text: Cow::Owned(made_up_id(stem, line, None)),
                    at,
                },
            },
            source: self.source.0,
            subject: written(self.subject),
            property: written(self.property),
            value: Written {
                text: ValueText::Scalar(json_value_text(self.value)),
                at,
            },
            quote: self.quote.map(written),
            as_of: self.as_of.map(written),
            scope: self.scope.map(written),
            attribution: self.attribution.map(|text| text.0),
            origin: self.origin.map(|text| text.0),
            hedge: self.hedge.map(|text| text.0),
            note: self.note.map(|text| text.0),
            line,
            column: 1,
        }
    }
}

/// A JSON string, borrowed from the line when it holds no escapes (an optional field of
/// plain `Cow` type is always copied).
#[derive(Debug)]
struct Text<'r>(Cow<'r, str>);

impl<'de: 'r, 'r> Deserialize<'de> for Text<'r> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor<'r>(std::marker::PhantomData<&'r str>);
        impl<'de: 'r, 'r> serde::de::Visitor<'de> for Visitor<'r> {
            type Value = Text<'r>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: serde::de::Error>(self, text: &'de str) -> Result<Text<'r>, E> {
                Ok(Text(Cow::Borrowed(text)))
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Text<'r>, E> {
                Ok(Text(Cow::Owned(text.to_owned())))
            }
            fn visit_string<E: serde::de::Error>(self, text: String) -> Result<Text<'r>, E> {
                Ok(Text(Cow::Owned(text)))
            }
        }
        deserializer.deserialize_str(Visitor(std::marker::PhantomData))
    }
}

/// Reads JSON Lines whose first line is `first_line` of the file.
pub(super) fn read_json_lines(
    bytes: &[u8],
    (stem, first_line): (&str, usize),
    problems: &mut Vec<Problem>,
    sink: &mut dyn FnMut(ClaimInput<'_>),
) {
    for (index, line_bytes) in lines(bytes).enumerate() {
        let line = index + first_line;
        let text = lossy(line_bytes, line, None, problems);
        if text.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<JsonClaim>(&text) {
            Ok(claim) => sink(claim.input(stem, line)),
            Err(error) => problems.push(Problem::new(
                Place::Row { line, column: None },
                (
                    Code::InvalidRow,
                    format!("not a claim: {error}"),
                    "each line is one JSON object with source, subject, property and value (see README.md, \"Bulk claims\")"
                        .to_owned(),
                ),
            )),
        }
    }
}

/// A JSON value as text: strings as they are, `yes` and `no` for booleans, arrays joined
/// with commas.
fn json_value_text<'r>(value: serde_json::Value) -> Cow<'r, str> {
    match value {
        serde_json::Value::String(text) => Cow::Owned(text),
        serde_json::Value::Bool(true) => Cow::Borrowed("yes"),
        serde_json::Value::Bool(false) => Cow::Borrowed("no"),
        serde_json::Value::Array(items) => {
            Cow::Owned(items.into_iter().map(json_value_text).collect::<Vec<_>>().join(", "))
        }
        other => Cow::Owned(other.to_string()),
    }
}
