//! The review of a source as JSON, schema `crosscheck/review@1` (see README): fields may be
//! added, never renamed or dropped without bumping the version.

use super::{Entry, Other, Review, ReviewTally};
use crate::report::parts::json::{ClaimFields, SourceOut, source_out, write_pretty};
use crate::report::property_name;
use serde::Serialize;
use std::io::{self, Write};

/// The schema name and version of the review.
pub const REVIEW_SCHEMA: &str = "crosscheck/review@1";

#[derive(Serialize)]
struct ReviewOut<'a> {
    schema: &'static str,
    source: SourceOut<'a>,
    summary: ReviewTally,
    claims: Vec<EntryOut<'a>>,
}

#[derive(Serialize)]
struct EntryOut<'a> {
    #[serde(flatten)]
    claim: ClaimFields<'a>,
    line: u32,
    subject: &'a str,
    subject_name: &'a str,
    subject_written: &'a str,
    property: &'a str,
    property_name: &'a str,
    standing: &'static str,
    group: Option<GroupOut<'a>>,
    others: Vec<OtherOut<'a>>,
}

#[derive(Serialize)]
struct GroupOut<'a> {
    verdict: &'static str,
    reason: &'a str,
}

#[derive(Serialize)]
struct OtherOut<'a> {
    #[serde(flatten)]
    claim: ClaimFields<'a>,
    independent: bool,
    verdict: &'static str,
    reason: Option<&'a str>,
}

/// Writes a review as JSON (pretty-printed, with a final newline).
pub(in crate::report) fn write_review_json(review: &Review, out: &mut dyn Write) -> io::Result<()> {
    let model = ReviewOut {
        schema: REVIEW_SCHEMA,
        source: source_out(review.source),
        summary: review.tally(),
        claims: review.entries.iter().map(|entry| entry_out(review, entry)).collect(),
    };
    write_pretty(&model, out)
}

fn entry_out<'a>(review: &Review<'a>, entry: &'a Entry<'a>) -> EntryOut<'a> {
    let corpus = review.corpus;
    let claim = entry.claim;
    EntryOut {
        claim: ClaimFields::of(claim, &entry.normal, &entry.origin),
        line: claim.line,
        subject: &claim.subject,
        subject_name: corpus.entity_name(&claim.subject),
        subject_written: &claim.subject_written,
        property: &claim.property,
        property_name: property_name(corpus, &claim.property),
        standing: entry.standing.as_str(),
        group: entry.group.as_ref().map(|(verdict, reason)| GroupOut {
            verdict: verdict.as_str(),
            reason,
        }),
        others: entry.others.iter().map(other_out).collect(),
    }
}

fn other_out<'a>(other: &'a Other<'a>) -> OtherOut<'a> {
    OtherOut {
        claim: ClaimFields::of(other.claim, &other.normal, &other.origin),
        independent: other.independent,
        verdict: other.verdict.as_str(),
        reason: other.reason.as_deref(),
    }
}
