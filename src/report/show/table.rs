//! One subject at a terminal: its names and who used them, then a row per property with
//! the group's verdict and every claim, then each event it takes part in with its claims, then
//! a summary line.

use super::{PropertyClaims, SubjectView};
use crate::report::Options;
use crate::report::parts::table::{new_table, side_text, verdict_cell};
use comfy_table::{Cell, ColumnConstraint, Width};
use std::io::{self, Write};

/// Writes a subject view as tables fitted to the width, verdicts in colour when allowed.
pub(in crate::report) fn write_show_table(view: &SubjectView, options: Options, out: &mut dyn Write) -> io::Result<()> {
    let Options { width, color } = options;
    writeln!(out, "{}", heading(view))?;
    let mut names = new_table(width, &["Spelling", "Used by"], color);
    for spelling in &view.spellings {
        let mut text = spelling.text.clone();
        if !spelling.registered {
            text.push_str(" (written in a claim, not registered)");
        }
        let used = if spelling.sources.is_empty() {
            "no source text".to_owned()
        } else {
            spelling.sources.join(", ")
        };
        names.add_row(vec![text, used]);
    }
    writeln!(out, "{names}")?;
    if view.properties.is_empty() {
        out.write_all(b"No claims are about this subject.\n")?;
    } else {
        writeln!(out, "{}", claims_table(view, &view.properties, width, color))?;
    }
    for event in &view.events {
        writeln!(out, "{}", event_heading(event))?;
        if !event.properties.is_empty() {
            writeln!(out, "{}", claims_table(view, &event.properties, width, color))?;
        }
    }
    writeln!(out, "{}", view.summary())
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

fn claims_table(view: &SubjectView, properties: &[PropertyClaims], width: u16, color: bool) -> comfy_table::Table {
    let corpus = view.corpus;
    let mut table = new_table(
        width,
        &[
            "Property",
            "Verdict",
            "Claims (value = normal form · source · quote)",
            "Why",
        ],
        color,
    );
    table.set_constraints(vec![
        ColumnConstraint::UpperBoundary(Width::Fixed(18)),
        ColumnConstraint::ContentWidth,
        ColumnConstraint::LowerBoundary(Width::Percentage(45)),
        ColumnConstraint::LowerBoundary(Width::Percentage(20)),
    ]);
    for group in properties {
        let sides: Vec<String> = group
            .claims
            .iter()
            .map(|side| side_text(side.claim, &side.normal, corpus))
            .collect();
        let (verdict, reason) = match group.verdict {
            Some((verdict, reason)) => (verdict_cell(verdict), reason),
            None => (Cell::new("single"), "made by one source only"),
        };
        table.add_row(vec![
            Cell::new(group.name(corpus)),
            verdict,
            Cell::new(sides.join("\n")),
            Cell::new(reason),
        ]);
    }
    table
}
