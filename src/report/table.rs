//! The discrepancy table for a terminal: one row per group, most severe first, each side
//! with its value, source and shortened quote, and the reason; then the claims only one
//! source makes, and a summary line.

use super::{Analysis, qualified_value, shorten, single_value};
use crate::model::Claim;
use crate::verdict::{Judged, Verdict};
use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width};

const QUOTE_CHARS: usize = 90;

/// Renders the analysis as text tables fitted to `width` columns.
pub fn render_table(analysis: &Analysis, width: u16) -> String {
    let mut out = String::new();
    let shown: Vec<&Judged> = analysis.groups.iter().collect();
    if shown.is_empty() {
        out.push_str("No groups of claims to compare.\n");
    } else {
        out.push_str(&groups_table(analysis, &shown, width).to_string());
        out.push('\n');
    }
    if !analysis.singles.is_empty() {
        out.push_str(&format!(
            "\nClaims made by one source only ({}):\n",
            analysis.singles.len()
        ));
        out.push_str(&singles_table(analysis, width).to_string());
        out.push('\n');
    }
    out.push_str(&summary_line(analysis));
    out
}

fn new_table(width: u16, header: &[&str]) -> Table {
    let mut table = Table::new();
    table
        .load_style(UTF8_FULL_CONDENSED)
        .force_no_tty()
        .set_content_arrangement(ContentArrangement::DynamicFullWidth)
        .set_width(width)
        .set_header(header.to_vec());
    table
}

fn groups_table(analysis: &Analysis, groups: &[&Judged], width: u16) -> Table {
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
    );
    table.set_constraints(vec![
        ColumnConstraint::ContentWidth,
        ColumnConstraint::UpperBoundary(Width::Fixed(18)),
        ColumnConstraint::UpperBoundary(Width::Fixed(16)),
        ColumnConstraint::LowerBoundary(Width::Percentage(40)),
        ColumnConstraint::LowerBoundary(Width::Percentage(25)),
    ]);
    for judged in groups {
        let property = corpus
            .properties
            .get(&judged.group.property)
            .map_or(judged.group.property.as_str(), |p| p.name.as_str());
        let sides: Vec<String> = judged
            .sides(corpus)
            .map(|(_, claim, normal)| side_text(claim, &normal.describe(corpus), corpus))
            .collect();
        table.add_row(vec![
            verdict_label(judged.verdict).to_owned(),
            corpus.entity_name(&judged.group.subject).to_owned(),
            property.to_owned(),
            sides.join("\n"),
            judged.reason.clone(),
        ]);
    }
    table
}

fn side_text(claim: &Claim, normal: &str, corpus: &crate::model::Corpus) -> String {
    format!(
        "{} = {normal}\n  · {}\n  “{}”",
        qualified_value(corpus, claim),
        claim.source,
        shorten(&claim.quote, QUOTE_CHARS)
    )
}

fn singles_table(analysis: &Analysis, width: u16) -> Table {
    let corpus = analysis.corpus;
    let mut table = new_table(width, &["Subject", "Property", "Value", "Source", "Quote"]);
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
            .get(&claim.property)
            .map_or(claim.property.as_str(), |p| p.name.as_str());
        let value = single_value(corpus, claim);
        table.add_row(vec![
            corpus.entity_name(&claim.subject).to_owned(),
            property.to_owned(),
            value,
            claim.source.clone(),
            format!("“{}”", shorten(&claim.quote, QUOTE_CHARS)),
        ]);
    }
    table
}

fn verdict_label(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Conflict => "CONFLICT",
        Verdict::Drift => "drift",
        Verdict::Tension => "tension",
        Verdict::Agree => "agree",
    }
}

fn summary_line(analysis: &Analysis) -> String {
    let differences = analysis.differences();
    format!(
        "{} sources, {} claims, {}\n{} groups differ in value, {} only in how the values are written, {} not at all\n",
        analysis.corpus.sources.len(),
        analysis.corpus.claims().count(),
        analysis.summary(),
        differences.in_value,
        differences.in_form_only,
        differences.none
    )
}
