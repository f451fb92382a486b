//! The report as GitHub-flavoured Markdown, for editorial notes and pull-request comments:
//! a heading, the verdict and review counts, one table of the groups (a row per claim, each
//! discrepancy with its id and review) and one of the claims made by one source only, then
//! any stale decisions. Every cell is escaped, so text from sources cannot break
//! the table or inject Markdown or HTML.

use super::parts::markdown::{escape, quote_cell, verdict_cell, write_table};
use super::parts::table::outlet;
use super::reviewed::{review_line, reviews_summary, stale_line};
use super::{
    CheckView, DiffView, Renderer, Review, SubjectView, group_property_name, groups_summary, property_name,
    qualified_value, shorten, single_value,
};
use crate::analysis::Analysis;
use crate::counted::counted;
use crate::verdict::Judged;
use std::io::{self, Write};

const NOTE_CHARS: usize = 200;

const GROUP_HEADER: [&str; 8] = [
    "Verdict",
    "Subject",
    "Property",
    "Value",
    "Normal form",
    "Outlet",
    "Quote",
    "Why",
];

const SINGLES_HEADER: [&str; 5] = ["Subject", "Property", "Value", "Outlet", "Quote"];

/// GitHub-flavoured Markdown, every cell escaped.
pub(super) struct MarkdownRenderer;

impl Renderer for MarkdownRenderer {
    fn check(&self, view: &CheckView, out: &mut dyn Write) -> io::Result<()> {
        write_markdown(view.analysis, out)
    }

    fn review(&self, review: &Review, out: &mut dyn Write) -> io::Result<()> {
        super::review::write_review_markdown(review, out)
    }

    fn show(&self, view: &SubjectView, out: &mut dyn Write) -> io::Result<()> {
        super::show::write_show_markdown(view, out)
    }

    fn diff(&self, diff: &DiffView, out: &mut dyn Write) -> io::Result<()> {
        super::diff::write_diff_markdown(diff, out)
    }
}

/// Writes the analysis as GitHub-flavoured Markdown, a row as soon as it is made.
fn write_markdown(analysis: &Analysis, out: &mut dyn Write) -> io::Result<()> {
    let corpus = analysis.corpus;
    write!(
        out,
        "## crosscheck: {}, {}\n\n{}\n\n{}\n\n",
        counted(corpus.sources.len(), "source", "sources"),
        counted(corpus.claims().count(), "claim", "claims"),
        groups_summary(analysis),
        reviews_summary(analysis)
    )?;
    if analysis.groups.is_empty() {
        out.write_all(b"No groups of claims to compare.\n")?;
    } else {
        let rows = analysis.groups.iter().flat_map(|judged| group_rows(analysis, judged));
        write_table(out, &GROUP_HEADER, rows)?;
    }
    if !analysis.singles.is_empty() {
        out.write_all(b"\n### Claims made by one source only\n\n")?;
        write_table(out, &SINGLES_HEADER, singles_rows(analysis))?;
    }
    if !analysis.standings.stale.is_empty() {
        out.write_all(b"\n### Stale decisions\n\n")?;
        for entry in &analysis.standings.stale {
            writeln!(out, "- {}", escape(&stale_line(entry)))?;
        }
    }
    Ok(())
}

/// One row per claim of a group; only the first carries verdict, subject, property and reason.
fn group_rows(analysis: &Analysis, judged: &Judged) -> Vec<[String; 8]> {
    let corpus = analysis.corpus;
    let review = analysis.standing(judged);
    judged
        .sides(corpus)
        .enumerate()
        .map(|(index, (_, claim, normal))| {
            let first = index == 0;
            let only_first = |text: String| if first { text } else { String::new() };
            [
                only_first(match review {
                    Some(review) => format!("{}<br>{}", verdict_cell(judged.verdict), review.status.as_str()),
                    None => verdict_cell(judged.verdict),
                }),
                only_first(escape(corpus.entity_name(&judged.group.subject))),
                only_first(escape(&group_property_name(corpus, judged))),
                escape(&qualified_value(corpus, claim)),
                escape(&normal.describe(corpus)),
                escape(outlet(corpus, claim)),
                quote_cell(&claim.quote),
                only_first(why_cell(analysis, judged)),
            ]
        })
        .collect()
}

/// The reason, the review and the best-supported reading of a group, escaped.
fn why_cell(analysis: &Analysis, judged: &Judged) -> String {
    let reason = super::reason::group(judged, analysis.corpus, &analysis.graph);
    let mut cell = match analysis.standing(judged) {
        Some(review) => format!(
            "{}<br>`{}` {}",
            escape(&reason),
            review.id(analysis.corpus),
            escape(&shorten(&review_line(review), NOTE_CHARS))
        ),
        None => escape(&reason),
    };
    if let Some(line) = super::estimate::estimate_line(analysis, judged) {
        cell.push_str("<br>");
        cell.push_str(&escape(&line));
    }
    cell
}

fn singles_rows<'a>(analysis: &'a Analysis) -> impl Iterator<Item = [String; 5]> + 'a {
    let corpus = analysis.corpus;
    analysis.singles.iter().filter_map(|&at| corpus.claim(at)).map(|claim| {
        [
            escape(corpus.entity_name(&claim.subject)),
            escape(property_name(corpus, &claim.property)),
            escape(&single_value(corpus, claim)),
            escape(outlet(corpus, claim)),
            quote_cell(&claim.quote),
        ]
    })
}
