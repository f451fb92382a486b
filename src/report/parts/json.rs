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
    serde_json::to_writer_pretty(&mut buffer, model)?;
    buffer.write_all(b"\n")?;
    buffer.flush()
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
