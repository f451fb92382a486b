//! The review of a source at a terminal: one row per claim in text order, with what the
//! other claims of its group say, then a summary line; a table when the terminal is wide
//! enough, else one block per claim.

use super::{ClaimStanding, Entry, Other, Review};
use crate::model::Claim;
use crate::report::Options;
use crate::report::parts::grid::{Column, Grid, Heading, Para, Role, Row, Tone, write_wrapped};
use crate::report::parts::table::{outlet, quote_text};
use crate::report::{property_name, qualified_value};
use std::io::{self, Write};

const COLUMNS: [Column; 4] = [
    Column {
        header: "Line",
        role: Role::Heading,
        prose: false,
    },
    Column {
        header: "Claim (value as written, quote)",
        role: Role::Body,
        prose: true,
    },
    Column {
        header: "Standing",
        role: Role::Heading,
        prose: false,
    },
    Column {
        header: "What the others say",
        role: Role::Body,
        prose: true,
    },
];

/// Writes a review laid out for the width, standings in colour when allowed.
pub(in crate::report) fn write_review_table(review: &Review, options: Options, out: &mut dyn Write) -> io::Result<()> {
    write_wrapped(&heading(review), options.width, out)?;
    for line in review.reliability() {
        write_wrapped(&line, options.width, out)?;
    }
    if review.entries.is_empty() {
        out.write_all(b"This source makes no claims.\n")?;
    } else {
        let rows = review
            .entries
            .iter()
            .map(|entry| entry_row(review, entry, options.compact));
        let grid = Grid {
            columns: COLUMNS.to_vec(),
            rows: rows.collect(),
            toned: Some(2),
        };
        writeln!(out)?;
        grid.write(options.width, options.color, out)?;
        writeln!(out)?;
    }
    write_wrapped(&review.summary(), options.width, out)
}

fn entry_row(review: &Review, entry: &Entry, compact: bool) -> Row {
    let corpus = review.corpus;
    let claim = entry.claim;
    let about = format!(
        "{} / {}",
        corpus.entity_name(&claim.subject),
        property_name(corpus, &claim.property)
    );
    let mut standing = vec![Para::new(entry.standing.as_str())];
    if let Some((verdict, _)) = entry.group {
        standing.push(Para::new(&format!("(group: {verdict})")));
    }
    let own = vec![
        Para::indented(&format!("{about}: {}", qualified_value(corpus, claim)), 0, 2),
        Para::indented(&quote_text(&claim.quote, compact), 2, 3),
    ];
    Row {
        heading: Heading {
            lead: entry.standing.as_str().to_owned(),
            text: format!("line {}", claim.span.line),
        },
        cells: vec![
            vec![Para::new(&claim.span.line.to_string())],
            own,
            standing,
            others_paras(review, entry, compact),
        ],
        tone: standing_tone(entry.standing),
    }
}

/// `bfmtv-oumar-diaby: BFM TV, “Title”, published 2025-10-22 (en), through AFP`.
pub(super) fn heading(review: &Review) -> String {
    let source = review.source;
    let mut heading = format!(
        "{}: {}, “{}”, published {} ({})",
        source.id, source.outlet, source.title, source.published, source.language
    );
    if !source.origin.is_empty() {
        heading.push_str(&format!(", through {}", source.origin.join(", ")));
    }
    heading
}

fn standing_tone(standing: ClaimStanding) -> Tone {
    match standing {
        ClaimStanding::Conflict => Tone::Alarm,
        ClaimStanding::Drift => Tone::Drift,
        ClaimStanding::Tension => Tone::Caution,
        ClaimStanding::Corroborated => Tone::Calm,
        ClaimStanding::Echoed | ClaimStanding::Uncorroborated => Tone::Plain,
    }
}

fn others_paras(review: &Review, entry: &Entry, compact: bool) -> Vec<Para> {
    if entry.others.is_empty() {
        return vec![Para::new("no other source says")];
    }
    entry
        .others
        .iter()
        .flat_map(|other| other_paras(review, other, compact))
        .collect()
}

fn other_paras(review: &Review, other: &Other, compact: bool) -> Vec<Para> {
    let claim = other.claim;
    let mut paras = vec![
        Para::indented(
            &format!(
                "{}: {}{} ({})",
                outlet(review.corpus, claim),
                qualified_value(review.corpus, claim),
                implicit_as_of(claim),
                other.origin_words(review)
            ),
            0,
            2,
        ),
        Para::indented(&quote_text(&claim.quote, compact), 2, 3),
    ];
    if let Some(reason) = &other.reason {
        paras.push(Para::indented(&format!("{}: {reason}", other.verdict), 2, 4));
    }
    paras
}

/// ` (as of 2025-10-22)` when the value as qualified does not already say it.
fn implicit_as_of(claim: &Claim) -> String {
    if claim.as_of_explicit {
        String::new()
    } else {
        format!(" (as of {})", claim.as_of)
    }
}
