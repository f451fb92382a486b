//! One subject as GitHub-flavoured Markdown: a heading, a table of spellings and who used
//! them, a table with a row per claim (the first row of a property carries its verdict), and
//! a heading and such a table per event it takes part in.

use super::table::{event_heading, heading};
use super::{PropertyClaims, SubjectView};
use crate::report::parts::markdown::{escape, quote_cell, verdict_cell, write_table};
use crate::report::parts::table::outlet;
use crate::report::qualified_value;
use std::io::{self, Write};

const HEADER: [&str; 8] = [
    "Property",
    "Verdict",
    "Value",
    "Normal form",
    "Outlet",
    "As of",
    "Quote",
    "Why",
];

/// Writes a subject view as GitHub-flavoured Markdown.
pub(in crate::report) fn write_show_markdown(view: &SubjectView, out: &mut dyn Write) -> io::Result<()> {
    write!(out, "## {}\n\n{}\n\n", escape(&heading(view)), escape(&view.summary()))?;
    let spellings = view.spellings.iter().map(|spelling| {
        [
            escape(&spelling.text),
            if spelling.registered { "yes" } else { "no" }.to_owned(),
            escape(&spelling.sources.join(", ")),
        ]
    });
    write_table(out, &["Spelling", "Registered", "Used by"], spellings)?;
    if !view.properties.is_empty() {
        out.write_all(b"\n")?;
        write_table(out, &HEADER, claim_rows(view, &view.properties))?;
    }
    for event in &view.events {
        write!(out, "\n### {}\n", escape(&event_heading(event)))?;
        if !event.properties.is_empty() {
            out.write_all(b"\n")?;
            write_table(out, &HEADER, claim_rows(view, &event.properties))?;
        }
    }
    Ok(())
}

fn claim_rows(view: &SubjectView, properties: &[PropertyClaims]) -> Vec<[String; 8]> {
    let corpus = view.corpus;
    let mut rows = Vec::new();
    for group in properties {
        let (verdict, reason) = match &group.verdict {
            Some((verdict, reason)) => (verdict_cell(*verdict), escape(reason)),
            None => ("single".to_owned(), "made by one source only".to_owned()),
        };
        for (index, side) in group.claims.iter().enumerate() {
            let first = index == 0;
            let only_first = |text: &str| if first { text.to_owned() } else { String::new() };
            rows.push([
                only_first(&escape(&group.name(corpus))),
                only_first(&verdict),
                escape(&qualified_value(corpus, side.claim)),
                escape(&side.normal),
                escape(outlet(corpus, side.claim)),
                side.claim.as_of.to_string(),
                quote_cell(&side.claim.quote),
                only_first(&reason),
            ]);
        }
    }
    rows
}
