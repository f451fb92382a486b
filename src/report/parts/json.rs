//! What every JSON view is made of: models written as they are serialized, and the fields
//! of a source and of a claim as the JSON views give them.

use crate::model::{Claim, Source};
use serde::Serialize;
use std::io::{self, Write};

/// Writes a model as pretty-printed JSON with a final newline, as it is serialized. The
/// serializer's many small writes go to a buffer of a known type, not through `dyn Write`
/// one by one.
pub(in crate::report) fn write_pretty(model: &impl Serialize, out: &mut dyn Write) -> io::Result<()> {
    let mut buffer = io::BufWriter::with_capacity(SERIALIZER_BUFFER_BYTES, out);
    let mut serializer = serde_json::Serializer::with_formatter(&mut buffer, Pretty::default());
    model.serialize(&mut serializer)?;
    buffer.write_all(b"\n")?;
    buffer.flush()
}

/// serde_json's pretty layout, byte for byte (`PrettyFormatter` with two spaces a level),
/// writing each line break with its indentation at once instead of one write a level: a
/// report writes millions of them.
#[derive(Default)]
struct Pretty {
    /// How deep the current array or object is.
    level: usize,
    /// Whether the current array or object has a value yet.
    has_value: bool,
}

/// A comma, a line break and the indentation of the deepest levels written at once.
const LINE: &[u8] = b",\n                                                                                                                                ";

impl Pretty {
    /// A line break (after a comma unless `first`) and the current level's indentation.
    fn new_line<W: ?Sized + Write>(&self, writer: &mut W, first: bool) -> io::Result<()> {
        let from = usize::from(first);
        let mut spaces = 2 * self.level;
        let at_once = spaces.min(LINE.len() - 2);
        writer.write_all(LINE.get(from..2 + at_once).unwrap_or_default())?;
        spaces -= at_once;
        while spaces > 0 {
            let more = spaces.min(LINE.len() - 2);
            writer.write_all(LINE.get(2..2 + more).unwrap_or_default())?;
            spaces -= more;
        }
        Ok(())
    }

    /// Opens an array or object with `open`, one level deeper.
    fn open<W: ?Sized + Write>(&mut self, writer: &mut W, open: &[u8]) -> io::Result<()> {
        self.level += 1;
        self.has_value = false;
        writer.write_all(open)
    }

    /// Closes an array or object with `close`, on a line of its own when it has values.
    fn close<W: ?Sized + Write>(&mut self, writer: &mut W, close: &[u8]) -> io::Result<()> {
        self.level = self.level.saturating_sub(1);
        if self.has_value {
            self.new_line(writer, true)?;
        }
        writer.write_all(close)
    }
}

impl serde_json::ser::Formatter for Pretty {
    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        self.new_line(writer, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        self.new_line(writer, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// How much serialized JSON is gathered before it is handed on.
const SERIALIZER_BUFFER_BYTES: usize = 1 << 16;

/// A source's metadata in JSON reports.
#[derive(Serialize)]
pub(in crate::report) struct SourceOut<'a> {
    id: &'a str,
    outlet: &'a str,
    title: &'a str,
    url: Option<&'a str>,
    published: String,
    published_note: Option<&'a str>,
    language: &'a str,
    origin: &'a [String],
    text: String,
    claims: usize,
}

/// A source's metadata as the JSON views give it.
pub(in crate::report) fn source_out(source: &Source) -> SourceOut<'_> {
    SourceOut {
        id: &source.id,
        outlet: &source.outlet,
        title: &source.title,
        url: source.url.as_deref(),
        published: source.published.to_string(),
        published_note: source.published_note.as_deref(),
        language: &source.language,
        origin: &source.origin,
        text: source.text_path.display().to_string(),
        claims: source.claims.len(),
    }
}

/// The fields the JSON views (`review`, `show`) give every claim: who says what, when, in
/// which words, and through whom.
#[derive(Serialize)]
pub(in crate::report) struct ClaimFields<'a> {
    source: &'a str,
    id: &'a str,
    value: &'a str,
    normalized: &'a str,
    as_of: String,
    scope: Option<&'a str>,
    hedge: Option<&'a str>,
    attribution: Option<&'a str>,
    quote: &'a str,
    quote_line: usize,
    origin: &'a str,
}

impl<'a> ClaimFields<'a> {
    /// The fields of a claim with its normal form and origin as described for people.
    pub(in crate::report) fn of(claim: &'a Claim, normalized: &'a str, origin: &'a str) -> Self {
        ClaimFields {
            source: &claim.source,
            id: &claim.id,
            value: &claim.written,
            normalized,
            as_of: claim.as_of.to_string(),
            scope: claim.scope.as_deref(),
            hedge: claim.hedge.as_deref(),
            attribution: claim.attribution.as_deref(),
            quote: &claim.quote,
            quote_line: claim.span.line,
            origin,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::write_pretty;
    use proptest::prelude::{Strategy, prop_assert_eq, prop_oneof, proptest};
    use serde_json::Value;

    /// JSON values of every kind, empty and nested arrays and objects included.
    fn value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            proptest::strategy::Just(Value::Null),
            proptest::bool::ANY.prop_map(Value::Bool),
            proptest::num::f64::NORMAL.prop_map(Value::from),
            "[a-z\"\\\n é]{0,6}".prop_map(Value::String),
        ];
        leaf.prop_recursive(6, 48, 4, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                proptest::collection::btree_map("[a-z]{1,3}", inner, 0..4)
                    .prop_map(|map| Value::Object(map.into_iter().collect())),
            ]
        })
    }

    /// `value` nested `depth` arrays deep.
    fn nested(value: Value, depth: usize) -> Value {
        (0..depth).fold(value, |inner, _| Value::Array(vec![inner, Value::Null]))
    }

    proptest! {
        #[test]
        fn the_layout_is_serde_jsons_pretty_layout(value in value(), depth in 0usize..3) {
            // Deep enough for indentations longer than one write.
            let value = nested(value, [0, 1, 80][depth]);
            let mut ours = Vec::new();
            write_pretty(&value, &mut ours).unwrap();
            let mut theirs = serde_json::to_vec_pretty(&value).unwrap();
            theirs.push(b'\n');
            prop_assert_eq!(String::from_utf8(ours).unwrap(), String::from_utf8(theirs).unwrap());
        }
    }
}
