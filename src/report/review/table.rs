//! The review of a source at a terminal: one row per claim in text order, with what the
//! other claims of its group say, then a summary line.

use super::{Entry, Other, Review, Standing};
use crate::model::Claim;
use crate::report::parts::table::new_table;
use crate::report::{Options, property_name, qualified_value, shorten};
use comfy_table::{Attribute, Cell, Color, ColumnConstraint, Width};
use std::io::{self, Write};

const QUOTE_CHARS: usize = 90;

/// Writes a review as a table fitted to the width, standings in colour when allowed.
pub(in crate::report) fn write_review_table(review: &Review, options: Options, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{}", heading(review))?;
    if review.entries.is_empty() {
        out.write_all(b"This source makes no claims.\n")?;
    } else {
        let mut table = new_table(
            options.width,
            &[
                "Line",
                "Claim (value = normal form · quote)",
                "Standing",
                "What the others say",
            ],
            options.color,
        );
        table.set_constraints(vec![
            ColumnConstraint::ContentWidth,
            ColumnConstraint::LowerBoundary(Width::Percentage(35)),
            ColumnConstraint::ContentWidth,
            ColumnConstraint::LowerBoundary(Width::Percentage(40)),
        ]);
        for entry in &review.entries {
            table.add_row(vec![
                Cell::new(entry.claim.span.line),
                Cell::new(claim_text(review, entry)),
                standing_cell(entry),
                Cell::new(others_text(review, entry)),
            ]);
        }
        writeln!(out, "{table}")?;
    }
    writeln!(out, "{}", review.summary())
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

fn claim_text(review: &Review, entry: &Entry) -> String {
    let corpus = review.corpus;
    let claim = entry.claim;
    format!(
        "{} · {}: {} = {}\n  “{}”",
        corpus.entity_name(&claim.subject),
        property_name(corpus, &claim.property),
        qualified_value(corpus, claim),
        entry.normal,
        shorten(&claim.quote, QUOTE_CHARS)
    )
}

fn standing_cell(entry: &Entry) -> Cell {
    let mut text = entry.standing.as_str().to_owned();
    if let Some((verdict, _)) = entry.group {
        text.push_str(&format!("\n(group: {verdict})"));
    }
    let cell = Cell::new(text);
    match entry.standing {
        Standing::Conflict => cell.fg(Color::Red).add_attribute(Attribute::Bold),
        Standing::Drift => cell.fg(Color::Magenta),
        Standing::Tension => cell.fg(Color::Yellow),
        Standing::Corroborated => cell.fg(Color::Green),
        Standing::Echoed | Standing::Uncorroborated => cell,
    }
}

fn others_text(review: &Review, entry: &Entry) -> String {
    if entry.others.is_empty() {
        return "no other source says".to_owned();
    }
    entry
        .others
        .iter()
        .map(|other| other_text(review, other))
        .collect::<Vec<_>>()
        .join("\n")
}

fn other_text(review: &Review, other: &Other) -> String {
    let claim = other.claim;
    let mut text = format!(
        "{}: {} = {}{} · {}\n  “{}”",
        claim.source,
        qualified_value(review.corpus, claim),
        other.normal,
        implicit_as_of(claim),
        other.origin_words(review),
        shorten(&claim.quote, QUOTE_CHARS)
    );
    if let Some(reason) = &other.reason {
        text.push_str(&format!("\n  {}: {reason}", other.verdict));
    }
    text
}

/// ` (as of 2025-10-22)` when the value as qualified does not already say it.
fn implicit_as_of(claim: &Claim) -> String {
    if claim.as_of_explicit {
        String::new()
    } else {
        format!(" (as of {})", claim.as_of)
    }
}
