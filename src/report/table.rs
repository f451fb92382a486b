//! The discrepancy report at a terminal: one row per group, most severe first, each side
//! with its outlet, value as written and quote, and the reason; then the claims only one source
//! makes, and a summary line. Wide enough, each is a table; narrower, one block per group
//! (see [`Grid`]).

use super::parts::grid::{Column, Grid, Heading, Para, Role, Row, Tone, write_wrapped};
use super::parts::table::{note_text, outlet, side_paras, verdict_label, verdict_tone};
use super::reviewed::{review_line, reviews_summary, stale_line};
use super::{
    CheckView, DiffView, Options, Renderer, Review, SubjectView, counted, group_property_name, groups_summary,
    qualified_value,
};
use crate::analysis::Analysis;
use crate::counted::agreeing;
use crate::model::{Claim, Corpus};
use crate::verdict::Judged;
use std::io::{self, Write};

/// The terminal views, laid out for the width of the terminal, verdicts in colour when allowed.
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
        super::diff::write_diff_table(diff, self.0.width, out)
    }
}

/// Writes the analysis for a terminal: the groups, the claims made by one source only, the
/// stale decisions and the counts, each part as soon as it is made.
fn write_table(analysis: &Analysis, options: Options, out: &mut dyn Write) -> io::Result<()> {
    let Options { width, color, compact } = options;
    if analysis.groups.is_empty() {
        out.write_all(b"No groups of claims to compare.\n")?;
    } else {
        groups_grid(analysis, compact).write(width, color, out)?;
    }
    if !analysis.singles.is_empty() {
        writeln!(out, "\nClaims made by one source only ({}):\n", analysis.singles.len())?;
        singles_grid(analysis, compact).write(width, color, out)?;
    }
    if !analysis.standings.stale.is_empty() {
        writeln!(out, "\nStale decisions ({}):", analysis.standings.stale.len())?;
        for entry in &analysis.standings.stale {
            writeln!(out, "  {}", stale_line(entry))?;
        }
    }
    let mut summary = Vec::new();
    write_summary(analysis, &mut summary)?;
    writeln!(out)?;
    write_wrapped(&String::from_utf8_lossy(&summary), width, out)
}

/// Writes the counts alone: sources, claims, groups by verdict, how values differ, and where
/// the discrepancies stand against the reviewed decisions (the last lines of the table).
pub fn write_summary(analysis: &Analysis, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{}{}", summary_line(analysis), reviews_summary(analysis))
}

const GROUP_COLUMNS: [Column; 5] = [
    Column {
        header: "Verdict",
        role: Role::Heading,
        prose: false,
    },
    Column {
        header: "Subject",
        role: Role::Heading,
        prose: false,
    },
    Column {
        header: "Property",
        role: Role::Heading,
        prose: false,
    },
    Column {
        header: "Sides (outlet: value as written, quote)",
        role: Role::Body,
        prose: true,
    },
    Column {
        header: "Why",
        role: Role::Note,
        prose: true,
    },
];

fn groups_grid(analysis: &Analysis, compact: bool) -> Grid {
    let rows = analysis
        .groups
        .iter()
        .map(|judged| group_row(analysis, judged, compact));
    Grid {
        columns: GROUP_COLUMNS.to_vec(),
        rows: rows.collect(),
        toned: Some(0),
    }
}

/// A group: its verdict and review status, subject, property, sides, and why, with the
/// discrepancy's id and decision.
fn group_row(analysis: &Analysis, judged: &Judged, compact: bool) -> Row {
    let corpus = analysis.corpus;
    let subject = corpus.entity_name(&judged.group.subject);
    let property = group_property_name(corpus, judged);
    let label = verdict_label(judged.verdict);
    let review = analysis.standing(judged);
    let mut verdict = vec![Para::new(label)];
    let reason = super::reason::group(judged, corpus, &analysis.graph);
    let mut why = vec![Para::new(&reason)];
    if let Some(review) = review {
        verdict.push(Para::new(review.status.as_str()));
        why.push(Para::new(&review.id(corpus).to_string()));
        why.push(Para::new(&note_text(&review_line(review), compact)));
    }
    if let Some(line) = super::estimate::estimate_line(analysis, judged) {
        why.push(Para::new(&line));
    }
    let sides = judged
        .sides(corpus)
        .flat_map(|(_, claim, _)| side_paras(claim, corpus, compact))
        .collect();
    Row {
        heading: Heading {
            lead: label.to_owned(),
            text: format!("{subject} / {property}"),
        },
        cells: vec![
            verdict,
            vec![Para::new(subject)],
            vec![Para::new(&property)],
            sides,
            why,
        ],
        tone: verdict_tone(judged.verdict),
    }
}

const SINGLE_COLUMNS: [Column; 3] = [
    Column {
        header: "Subject",
        role: Role::Heading,
        prose: false,
    },
    Column {
        header: "Property",
        role: Role::Heading,
        prose: false,
    },
    Column {
        header: "Claim (outlet: value as written, quote)",
        role: Role::Body,
        prose: true,
    },
];

fn singles_grid(analysis: &Analysis, compact: bool) -> Grid {
    let corpus = analysis.corpus;
    let rows = analysis.singles.iter().filter_map(|&at| corpus.claim(at)).map(|claim| {
        let subject = corpus.entity_name(&claim.subject);
        let property = super::property_name(corpus, &claim.property);
        Row {
            heading: Heading {
                lead: String::new(),
                text: format!("{subject} / {property}"),
            },
            cells: vec![
                vec![Para::new(subject)],
                vec![Para::new(property)],
                single_paras(corpus, claim, compact),
            ],
            tone: Tone::Plain,
        }
    });
    Grid {
        columns: SINGLE_COLUMNS.to_vec(),
        rows: rows.collect(),
        toned: None,
    }
}

/// A claim made by one source only: its outlet and value, then its quote unless it is the value.
fn single_paras(corpus: &Corpus, claim: &Claim, compact: bool) -> Vec<Para> {
    let mut paras = side_paras(claim, corpus, compact);
    if let (Some(hedge), Some(first)) = (&claim.hedge, paras.first_mut()) {
        *first = Para::indented(
            &format!(
                "{}: {} ({hedge})",
                outlet(corpus, claim),
                qualified_value(corpus, claim)
            ),
            0,
            2,
        );
    }
    paras
}

fn summary_line(analysis: &Analysis) -> String {
    let differences = analysis.differences();
    format!(
        "{}, {}, {}\n{} {} in value, {} only in how the values are written, {} not at all\n",
        counted(analysis.corpus.sources.len(), "source", "sources"),
        counted(analysis.corpus.claims().count(), "claim", "claims"),
        groups_summary(analysis),
        counted(differences.in_value, "group", "groups"),
        agreeing(differences.in_value, "differs", "differ"),
        differences.in_form_only,
        differences.none
    )
}
