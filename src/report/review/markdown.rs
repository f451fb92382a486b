//! The review of a source as GitHub-flavoured Markdown: a heading with the source's
//! metadata, the summary, and one table row per claim and other claim of its group (the
//! first row of a claim carries the claim itself). Every cell is escaped.

use super::table::heading;
use super::{Entry, Review};
use crate::report::parts::markdown::{escape, quote_cell, write_table};
use crate::report::parts::table::outlet;
use crate::report::{concat_cells, property_name, qualified_value};
use std::io::{self, Write};

const HEADER: [&str; 11] = [
    "Line",
    "Subject",
    "Property",
    "Value",
    "Quote",
    "Standing",
    "Other outlet",
    "Other value",
    "As of",
    "Origin",
    "Other quote",
];

/// Writes a review as GitHub-flavoured Markdown, a row as soon as it is made.
pub(in crate::report) fn write_review_markdown(review: &Review, out: &mut dyn Write) -> io::Result<()> {
    write!(
        out,
        "## Review of {}\n\n{}\n\n",
        escape(&review.source.id),
        escape(&heading(review))
    )?;
    if let Some(url) = &review.source.url {
        write!(out, "Address: {}\n\n", escape(url))?;
    }
    write!(out, "{}\n\n", review.summary())?;
    let reliability = review.reliability();
    for line in &reliability {
        writeln!(out, "- {}", escape(line))?;
    }
    if !reliability.is_empty() {
        out.write_all(b"\n")?;
    }
    if !review.entries.is_empty() {
        let rows = review.entries.iter().flat_map(|entry| entry_rows(review, entry));
        write_table(out, &HEADER, rows)?;
    }
    Ok(())
}

fn entry_rows(review: &Review, entry: &Entry) -> Vec<[String; 11]> {
    let corpus = review.corpus;
    let claim = entry.claim;
    let mut standing = entry.standing.as_str().to_owned();
    if let Some((verdict, _)) = entry.group {
        standing.push_str(&format!(" (group: {verdict})"));
    }
    let first = [
        claim.span.line.to_string(),
        escape(corpus.entity_name(&claim.subject)),
        escape(property_name(corpus, &claim.property)),
        escape(&format!("{} = {}", qualified_value(corpus, claim), entry.normal)),
        quote_cell(&claim.quote),
        escape(&standing),
    ];
    if entry.others.is_empty() {
        let none = [
            "no other source says".to_owned(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ];
        return vec![concat_cells(first, none)];
    }
    entry
        .others
        .iter()
        .enumerate()
        .map(|(index, other)| {
            let mut value = format!("{} = {}", qualified_value(corpus, other.claim), other.normal);
            if let Some(reason) = &other.reason {
                value.push_str(&format!(" ({}: {reason})", other.verdict));
            }
            let side = [
                escape(outlet(corpus, other.claim)),
                escape(&value),
                other.claim.as_of.to_string(),
                escape(&other.origin_words(review)),
                quote_cell(&other.claim.quote),
            ];
            let own = if index == 0 { first.clone() } else { Default::default() };
            concat_cells(own, side)
        })
        .collect()
}
