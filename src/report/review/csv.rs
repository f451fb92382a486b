//! The review of a source as CSV: one row per claim and other claim of its group (a claim
//! no other claim shares a group with gets one row with empty `other_*` cells).

use super::{Entry, Review};
use crate::report::parts::csv::{guard_formula, write_records};
use crate::report::{concat_cells, property_name};
use std::io::{self, Write};

const HEADER: [&str; 17] = [
    "line",
    "claim",
    "subject",
    "property",
    "value",
    "normalized",
    "as_of",
    "quote",
    "standing",
    "group_verdict",
    "other_source",
    "other_claim",
    "other_value",
    "other_as_of",
    "other_origin",
    "independent",
    "pair_verdict",
];

/// Writes a review as CSV (header row, then a row per claim and other claim).
pub(in crate::report) fn write_review_csv(review: &Review, out: &mut dyn Write) -> io::Result<()> {
    write_records(out, |writer| {
        writer.write_record(HEADER)?;
        for entry in &review.entries {
            for row in entry_rows(review, entry) {
                writer.write_record(row.iter().map(|cell| guard_formula(cell).into_owned()))?;
            }
        }
        Ok(())
    })
}

fn entry_rows(review: &Review, entry: &Entry) -> Vec<[String; 17]> {
    let claim = entry.claim;
    let own = [
        claim.span.line.to_string(),
        claim.id.to_string(),
        claim.subject.to_string(),
        property_name(review.corpus, &claim.property).to_owned(),
        claim.written.to_string(),
        entry.normal.clone(),
        claim.as_of.to_string(),
        claim.quote.to_string(),
        entry.standing.as_str().to_owned(),
        entry
            .group
            .as_ref()
            .map_or_else(String::new, |(verdict, _)| verdict.as_str().to_owned()),
    ];
    if entry.others.is_empty() {
        return vec![concat_cells(own, <[String; 7]>::default())];
    }
    entry
        .others
        .iter()
        .map(|other| {
            let side = [
                other.claim.source.to_string(),
                other.claim.id.to_string(),
                other.claim.written.to_string(),
                other.claim.as_of.to_string(),
                other.origin.clone(),
                other.independent.to_string(),
                other.verdict.as_str().to_owned(),
            ];
            concat_cells(own.clone(), side)
        })
        .collect()
}
