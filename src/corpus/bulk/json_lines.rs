//! JSON Lines bulk files: one claim a line, its texts borrowed from the line where they have
//! no escapes.

use super::pieces::lines;
use super::plain_line::{Fields, plain_fields};
use super::{lossy, made_up_id};
use crate::corpus::claim::{At, ClaimInput, Place, Problem, ValueText, Written};
use crate::diagnostics::Code;
use serde::Deserialize;
use std::borrow::Cow;

/// One claim of a JSON Lines file, its texts borrowed from the line where they have no
/// escapes.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct JsonClaim<'r> {
    #[serde(borrow)]
    pub(super) source: Text<'r>,
    #[serde(borrow)]
    pub(super) subject: Text<'r>,
    #[serde(borrow)]
    pub(super) property: Text<'r>,
    #[serde(borrow)]
    pub(super) value: ValueField<'r>,
    #[serde(borrow)]
    pub(super) id: Option<Text<'r>>,
    #[serde(borrow)]
    pub(super) as_of: Option<Text<'r>>,
    #[serde(borrow)]
    pub(super) scope: Option<Text<'r>>,
    #[serde(borrow)]
    pub(super) hedge: Option<Text<'r>>,
    #[serde(borrow)]
    pub(super) attribution: Option<Text<'r>>,
    #[serde(borrow)]
    pub(super) origin: Option<Text<'r>>,
    #[serde(borrow)]
    pub(super) quote: Option<Text<'r>>,
    #[serde(borrow)]
    pub(super) note: Option<Text<'r>>,
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
                text: ValueText::Scalar(self.value.0),
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
#[derive(Debug, PartialEq)]
pub(super) struct Text<'r>(pub(super) Cow<'r, str>);

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
        match plain_claim(&text).map_or_else(|| serde_json::from_str::<JsonClaim>(&text), Ok) {
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

/// The claim of a line of the plainest form, read without serde (see [`plain_fields`]).
fn plain_claim(line: &str) -> Option<JsonClaim<'_>> {
    plain_fields(line).and_then(claim)
}

/// The claim of the fields found, if the required ones are there.
fn claim(fields: Fields<'_>) -> Option<JsonClaim<'_>> {
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

/// A JSON value as text, read straight from the line: strings as they are (borrowed when
/// they hold no escapes), `yes` and `no` for booleans, arrays joined with commas, anything
/// else as serde_json writes it.
#[derive(Debug, PartialEq)]
pub(super) struct ValueField<'r>(pub(super) Cow<'r, str>);

impl<'de: 'r, 'r> Deserialize<'de> for ValueField<'r> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ValueVisitor(std::marker::PhantomData))
    }
}

/// Reads a [`ValueField`] of any JSON kind.
struct ValueVisitor<'r>(std::marker::PhantomData<&'r str>);

impl<'de: 'r, 'r> serde::de::Visitor<'de> for ValueVisitor<'r> {
    type Value = ValueField<'r>;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_borrowed_str<E: serde::de::Error>(self, text: &'de str) -> Result<ValueField<'r>, E> {
        Ok(ValueField(Cow::Borrowed(text)))
    }
    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<ValueField<'r>, E> {
        Ok(ValueField(Cow::Owned(text.to_owned())))
    }
    fn visit_string<E: serde::de::Error>(self, text: String) -> Result<ValueField<'r>, E> {
        Ok(ValueField(Cow::Owned(text)))
    }
    fn visit_bool<E: serde::de::Error>(self, yes: bool) -> Result<ValueField<'r>, E> {
        Ok(ValueField(Cow::Borrowed(if yes { "yes" } else { "no" })))
    }
    fn visit_u64<E: serde::de::Error>(self, number: u64) -> Result<ValueField<'r>, E> {
        Ok(written(serde_json::Value::from(number)))
    }
    fn visit_i64<E: serde::de::Error>(self, number: i64) -> Result<ValueField<'r>, E> {
        Ok(written(serde_json::Value::from(number)))
    }
    fn visit_f64<E: serde::de::Error>(self, number: f64) -> Result<ValueField<'r>, E> {
        Ok(written(serde_json::Value::from(number)))
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<ValueField<'r>, E> {
        Ok(written(serde_json::Value::Null))
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut items: A) -> Result<ValueField<'r>, A::Error> {
        let mut texts: Vec<Cow<'r, str>> = Vec::new();
        while let Some(item) = items.next_element::<ValueField<'r>>()? {
            texts.push(item.0);
        }
        Ok(ValueField(Cow::Owned(texts.join(", "))))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<ValueField<'r>, A::Error> {
        let value = serde_json::Value::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
        Ok(written(value))
    }
}

/// A JSON value that is not text, a boolean or an array, as serde_json writes it.
fn written<'r>(value: serde_json::Value) -> ValueField<'r> {
    ValueField(Cow::Owned(value.to_string()))
}

#[cfg(test)]
mod tests {
    use super::ValueField;
    use proptest::prelude::*;
    use std::borrow::Cow;

    /// The text of a JSON value as first written: read into a `serde_json::Value`, then
    /// strings as they are, `yes` and `no`, arrays joined with commas, the rest as JSON.
    fn through_a_json_value(value: serde_json::Value) -> String {
        match value {
            serde_json::Value::String(text) => text,
            serde_json::Value::Bool(true) => "yes".to_owned(),
            serde_json::Value::Bool(false) => "no".to_owned(),
            serde_json::Value::Array(items) => items
                .into_iter()
                .map(through_a_json_value)
                .collect::<Vec<_>>()
                .join(", "),
            other => other.to_string(),
        }
    }

    fn json_value() -> impl Strategy<Value = serde_json::Value> {
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::from),
            any::<i64>().prop_map(serde_json::Value::from),
            any::<u64>().prop_map(serde_json::Value::from),
            (-1e12f64..1e12).prop_map(serde_json::Value::from),
            any::<f64>().prop_map(serde_json::Value::from),
            "[a-z \\\"é\n,]{0,8}".prop_map(serde_json::Value::from),
        ];
        leaf.prop_recursive(3, 16, 4, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::Array),
                proptest::collection::btree_map("[a-z]{1,3}", inner, 0..3)
                    .prop_map(|map| serde_json::Value::Object(map.into_iter().collect())),
            ]
        })
    }

    proptest! {
        /// Any JSON value reads as the same text as through a `serde_json::Value`.
        #[test]
        fn a_value_reads_as_it_did_through_a_json_value(value in json_value()) {
            let line = serde_json::to_string(&value).unwrap_or_default();
            let read: ValueField = serde_json::from_str(&line).unwrap_or(ValueField(Cow::Borrowed("?")));
            let expected = serde_json::from_str(&line).map(through_a_json_value).unwrap_or_default();
            prop_assert_eq!(read.0, expected);
        }
    }
}

#[cfg(test)]
#[path = "plain_line_tests.rs"]
mod plain_line_tests;
