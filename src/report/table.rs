//! The discrepancy table for a terminal: one row per group, most severe first, each side
//! with its value, source and shortened quote, and the reason; then the claims only one
//! source makes, and a summary line.

use super::parts::table::{QUOTE_CHARS, new_table, side_text, verdict_label, verdict_style};
use super::reviewed::{review_line, reviews_summary, stale_line};
use super::{
    CheckView, DiffView, Options, Renderer, Review, SubjectView, counted, group_property_name, groups_summary, shorten,
    single_value,
};
use crate::analysis::Analysis;
use crate::verdict::Judged;
use comfy_table::{Cell, ColumnConstraint, Table, Width};
use std::io::{self, Write};

const NOTE_CHARS: usize = 140;

/// Text tables fitted to a width, verdicts in colour when allowed.
pub(super) struct TableRenderer(pub(super) Options);

impl Renderer for TableRenderer {
    fn check(&self, view: &CheckView, out: &mut dyn Write) -> io::Result<()> {
        write_table(view.analysis, self.0, out)
    }

    fn review(&self, review: &Review, out: &mut dyn Write) -> io::Result<()> {
        super::review::write_review_table(review, self.0, out)
    }

    fn show(&self, view: &SubjectView, out: &mut dyn Write) -> io::Result<()> {
        super::show::write_show_table(view, self.0, out)
    }

    fn diff(&self, diff: &DiffView, out: &mut dyn Write) -> io::Result<()> {
        super::diff::write_diff_table(diff, out)
    }
}

/// Writes the analysis as text tables: the groups, the claims made by one source only, the
/// stale decisions and the counts, each part as soon as it is made.
fn write_table(analysis: &Analysis, options: Options, out: &mut dyn Write) -> io::Result<()> {
    let Options { width, color } = options;
    let shown: Vec<&Judged> = analysis.groups.iter().collect();
    if shown.is_empty() {
        out.write_all(b"No groups of claims to compare.\n")?;
    } else {
        writeln!(out, "{}", groups_table(analysis, &shown, width, color))?;
    }
    if !analysis.singles.is_empty() {
        writeln!(out, "\nClaims made by one source only ({}):", analysis.singles.len())?;
        writeln!(out, "{}", singles_table(analysis, width))?;
    }
    if !analysis.reviews.stale.is_empty() {
        writeln!(out, "\nStale decisions ({}):", analysis.reviews.stale.len())?;
        for entry in &analysis.reviews.stale {
            writeln!(out, "  {}", stale_line(entry))?;
        }
    }
    write_summary(analysis, out)
}

/// Writes the counts alone: sources, claims, groups by verdict, how values differ, and where
/// the discrepancies stand against the reviewed decisions (the last lines of the table).
pub fn write_summary(analysis: &Analysis, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{}{}", summary_line(analysis), reviews_summary(analysis))
}

fn groups_table(analysis: &Analysis, groups: &[&Judged], width: u16, color: bool) -> Table {
    let corpus = analysis.corpus;
    let mut table = new_table(
        width,
        &[
            "Verdict",
            "Subject",
            "Property",
            "Sides (value = normal form · source · quote)",
            "Why",
        ],
        color,
    );
    table.set_constraints(vec![
        ColumnConstraint::ContentWidth,
        ColumnConstraint::UpperBoundary(Width::Fixed(18)),
        ColumnConstraint::UpperBoundary(Width::Fixed(16)),
        ColumnConstraint::LowerBoundary(Width::Percentage(40)),
        ColumnConstraint::LowerBoundary(Width::Fixed(why_width(analysis, groups, width))),
    ]);
    for judged in groups {
        let sides: Vec<String> = judged
            .sides(corpus)
            .map(|(_, claim, normal)| side_text(claim, &normal.describe(corpus), corpus))
            .collect();
        let review = analysis.review(judged);
        let verdict = match review {
            Some(review) => format!("{}\n{}", verdict_label(judged.verdict), review.status.as_str()),
            None => verdict_label(judged.verdict).to_owned(),
        };
        let why = match review {
            Some(review) => format!(
                "{}\n{}\n{}",
                judged.reason,
                review.id,
                shorten(&review_line(review), NOTE_CHARS)
            ),
            None => judged.reason.clone(),
        };
        let why = match super::estimate::estimate_line(analysis, judged) {
            Some(line) => format!("{why}\n{line}"),
            None => why,
        };
        table.add_row(vec![
            verdict_style(Cell::new(verdict), judged.verdict),
            Cell::new(corpus.entity_name(&judged.group.subject)),
            Cell::new(group_property_name(corpus, judged)),
            Cell::new(sides.join("\n")),
            Cell::new(why),
        ]);
    }
    table
}

/// A quarter of the table, and never less than the longest discrepancy id, so that ids can
/// be copied whole.
fn why_width(analysis: &Analysis, groups: &[&Judged], width: u16) -> u16 {
    let longest = groups
        .iter()
        .filter_map(|judged| analysis.review(judged))
        .map(|review| review.id.to_string().chars().count())
        .max()
        .unwrap_or(0);
    // The column width counts one space of padding on each side.
    u16::try_from(longest + 2).unwrap_or(u16::MAX).max(width / 4)
}

fn singles_table(analysis: &Analysis, width: u16) -> Table {
    let corpus = analysis.corpus;
    let mut table = new_table(width, &["Subject", "Property", "Value", "Source", "Quote"], false);
    table.set_constraints(vec![
        ColumnConstraint::UpperBoundary(Width::Fixed(22)),
        ColumnConstraint::UpperBoundary(Width::Fixed(22)),
        ColumnConstraint::UpperBoundary(Width::Fixed(30)),
        ColumnConstraint::ContentWidth,
        ColumnConstraint::LowerBoundary(Width::Percentage(30)),
    ]);
    for claim in analysis.singles.iter().filter_map(|&at| corpus.claim(at)) {
        let property = corpus
            .properties
            .get(claim.property.as_str())
            .map_or(claim.property.as_str(), |p| p.name.as_str());
        let value = single_value(corpus, claim);
        table.add_row(vec![
            corpus.entity_name(&claim.subject).to_owned(),
            property.to_owned(),
            value,
            claim.source.to_string(),
            format!("“{}”", shorten(&claim.quote, QUOTE_CHARS)),
        ]);
    }
    table
}

fn summary_line(analysis: &Analysis) -> String {
    let differences = analysis.differences();
    format!(
        "{}, {}, {}\n{} {} in value, {} only in how the values are written, {} not at all\n",
        counted(analysis.corpus.sources.len(), "source", "sources"),
        counted(analysis.corpus.claims().count(), "claim", "claims"),
        groups_summary(analysis),
        counted(differences.in_value, "group", "groups"),
        if differences.in_value == 1 { "differs" } else { "differ" },
        differences.in_form_only,
        differences.none
    )
}
