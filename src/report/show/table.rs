//! One subject at a terminal: its names and who used them, then a row per property with
//! the group's verdict and every claim, then each event it takes part in with its claims, then
//! a summary line; tables when the terminal is wide enough, else blocks.

use super::{PropertyClaims, SubjectView};
use crate::report::Options;
use crate::report::parts::grid::{Column, Grid, Heading, Para, Role, Row, Tone, write_wrapped};
use crate::report::parts::table::{side_paras, verdict_label, verdict_tone};
use std::io::{self, Write};

const NAME_COLUMNS: [Column; 2] = [
    Column {
        header: "Spelling",
        role: Role::Heading,
        prose: false,
    },
    Column {
        header: "Used by",
        role: Role::Heading,
        prose: true,
    },
];

const CLAIM_COLUMNS: [Column; 4] = [
    Column {
        header: "Verdict",
        role: Role::Heading,
        prose: false,
    },
    Column {
        header: "Property",
        role: Role::Heading,
        prose: false,
    },
    Column {
        header: "Claims (outlet: value as written, quote)",
        role: Role::Body,
        prose: true,
    },
    Column {
        header: "Why",
        role: Role::Note,
        prose: true,
    },
];

/// Writes a subject view laid out for the width, verdicts in colour when allowed.
pub(in crate::report) fn write_show_table(view: &SubjectView, options: Options, out: &mut dyn Write) -> io::Result<()> {
    let Options { width, color, compact } = options;
    write_wrapped(&heading(view), width, out)?;
    writeln!(out)?;
    names_grid(view).write(width, color, out)?;
    writeln!(out)?;
    if view.properties.is_empty() {
        out.write_all(b"No claims are about this subject.\n\n")?;
    } else {
        claims_grid(view, &view.properties, compact).write(width, color, out)?;
        writeln!(out)?;
    }
    for event in &view.events {
        write_wrapped(&event_heading(event), width, out)?;
        if !event.properties.is_empty() {
            writeln!(out)?;
            claims_grid(view, &event.properties, compact).write(width, color, out)?;
        }
        writeln!(out)?;
    }
    write_wrapped(&view.summary(), width, out)
}

fn names_grid(view: &SubjectView) -> Grid {
    let rows = view.spellings.iter().map(|spelling| {
        let mut text = spelling.text.clone();
        if !spelling.registered {
            text.push_str(" (written in a claim, not registered)");
        }
        let used = if spelling.sources.is_empty() {
            "no source text".to_owned()
        } else {
            spelling.sources.join(", ")
        };
        Row {
            heading: Heading {
                lead: String::new(),
                text: format!("{text}: used by {used}"),
            },
            cells: vec![vec![Para::new(&text)], vec![Para::new(&used)]],
            tone: Tone::Plain,
        }
    });
    Grid {
        columns: NAME_COLUMNS.to_vec(),
        rows: rows.collect(),
        toned: None,
    }
}

/// `Omar Diaby (omar-diaby, person), within ghuraba; parts: french-battalion`.
pub(super) fn heading(view: &SubjectView) -> String {
    let entity = view.entity;
    let kind = serde_json::to_value(entity.kind)
        .ok()
        .and_then(|kind| kind.as_str().map(str::to_owned))
        .unwrap_or_default();
    let mut heading = format!("{} ({}, {kind})", entity.name, entity.id);
    if let Some(within) = &entity.within {
        heading.push_str(&format!(", within {within}"));
    }
    if !view.parts.is_empty() {
        let parts: Vec<&str> = view.parts.iter().map(|part| part.id.as_str()).collect();
        heading.push_str(&format!("; parts: {}", parts.join(", ")));
    }
    heading
}

/// `Takes part in Diaby's detention by HTS (diaby-hts-detention, event): listed in the registry`.
pub(super) fn event_heading(event: &super::EventClaims) -> String {
    let involvement = &event.involvement;
    let kind = serde_json::to_value(involvement.event.kind)
        .ok()
        .and_then(|kind| kind.as_str().map(str::to_owned))
        .unwrap_or_default();
    format!(
        "Takes part in {} ({}, {kind}): {}",
        involvement.event.name,
        involvement.event.id,
        involvement.how()
    )
}

fn claims_grid(view: &SubjectView, properties: &[PropertyClaims], compact: bool) -> Grid {
    let corpus = view.corpus;
    let rows = properties.iter().map(|group| {
        let sides = group
            .claims
            .iter()
            .flat_map(|side| side_paras(side.claim, corpus, compact))
            .collect();
        let (label, tone, reason) = match &group.verdict {
            Some((verdict, reason)) => (verdict_label(*verdict), verdict_tone(*verdict), reason.as_str()),
            None => ("single", Tone::Plain, "made by one source only"),
        };
        let name = group.name(corpus);
        Row {
            heading: Heading {
                lead: label.to_owned(),
                text: name.clone(),
            },
            cells: vec![
                vec![Para::new(label)],
                vec![Para::new(&name)],
                sides,
                vec![Para::new(reason)],
            ],
            tone,
        }
    });
    Grid {
        columns: CLAIM_COLUMNS.to_vec(),
        rows: rows.collect(),
        toned: Some(0),
    }
}
