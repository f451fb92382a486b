//! What a change to a corpus did ([`CorpusDiff`]), for a terminal, for a pull-request
//! comment (Markdown) and as JSON (`crosscheck/diff@1`).

use super::parts::grid::write_indented;
use super::parts::json::write_pretty;
use super::parts::markdown::escape;
use crate::counted::counted;
use crate::decisions::diff::{CorpusDiff, Discrepancy, GroupChange, SourceChange};
use crate::decisions::{Standing, Status};
use serde::Serialize;
use std::io::{self, Write};

/// The schema name and version of `crosscheck diff --format json`.
pub const DIFF_SCHEMA: &str = "crosscheck/diff@1";

/// The model of `diff`: what the change did, between two labelled states.
pub struct DiffView<'a> {
    /// What changed.
    pub diff: &'a CorpusDiff,
    /// The old state: a folder, or a revision.
    pub old: &'a str,
    /// The new state's folder.
    pub new: &'a str,
}

/// The three kinds of discrepancy change, with their headings and whether they are the
/// resolved ones.
fn sections(diff: &CorpusDiff) -> [(&'static str, &[GroupChange], bool); 3] {
    [
        ("Discrepancies added", &diff.added, false),
        ("Discrepancies changed", &diff.changed, false),
        ("Discrepancies resolved", &diff.resolved, true),
    ]
}

/// `1 added, 0 changed, 2 resolved; 1 unreviewed conflict fails the check`.
fn summary(diff: &CorpusDiff) -> String {
    let failing = diff
        .added
        .iter()
        .chain(&diff.changed)
        .filter(|change| change.fails())
        .count();
    let verdict = match failing {
        0 => "no new unreviewed conflict".to_owned(),
        1 => "1 new unreviewed conflict fails the check".to_owned(),
        n => format!("{n} new unreviewed conflicts fail the check"),
    };
    format!(
        "{} added, {} changed, {} resolved; {} touched; {verdict}",
        diff.added.len(),
        diff.changed.len(),
        diff.resolved.len(),
        counted(diff.sources.len(), "source", "sources")
    )
}

/// The id change and verdict change of a discrepancy: `conflict omar-diaby/age#3f2a1c`,
/// `tension → conflict ghuraba/size#aaaaaa → #bbbbbb`.
fn headline(change: &GroupChange) -> String {
    match (&change.old, &change.new) {
        (Some(old), Some(new)) if old.verdict != new.verdict || old.id != new.id => {
            let verdict = if old.verdict == new.verdict {
                new.verdict.to_string()
            } else {
                format!("{} → {}", old.verdict, new.verdict)
            };
            let id = if old.id == new.id {
                new.id.to_string()
            } else {
                format!("{} → #{}", old.id, new.id.hash)
            };
            format!("{verdict} {id}")
        }
        (_, Some(side)) | (Some(side), None) => format!("{} {}", side.verdict, side.id),
        (None, None) => String::new(),
    }
}

/// What changed in the claims of a discrepancy: `gained x/y; lost z/w; edited v/u`.
fn claim_changes(change: &GroupChange) -> Vec<String> {
    let edited = change.edited.iter().map(|c| format!("edited {c}"));
    let (Some(old), Some(new)) = (&change.old, &change.new) else {
        return edited.collect();
    };
    let gained = new
        .claims
        .iter()
        .filter(|c| !old.claims.contains(c))
        .map(|c| format!("gained {c}"));
    let lost = old
        .claims
        .iter()
        .filter(|c| !new.claims.contains(c))
        .map(|c| format!("lost {c}"));
    gained.chain(lost).chain(edited).collect()
}

fn side(change: &GroupChange) -> Option<&Discrepancy> {
    change.new.as_ref().or(change.old.as_ref())
}

fn review_text(review: Option<&Standing>, resolved: bool) -> String {
    match review {
        _ if resolved => "resolved".to_owned(),
        Some(review) if review.status == Status::Reviewed => review.label(),
        Some(review) if review.fails() => format!("{}: FAILS the check", review.status.as_str()),
        Some(review) => review.status.as_str().to_owned(),
        None => String::new(),
    }
}

fn source_line(change: &SourceChange) -> String {
    let mut parts = Vec::new();
    for (sign, what, ids) in [
        ('+', "added", &change.added),
        ('-', "removed", &change.removed),
        ('~', "edited", &change.changed),
    ] {
        if !ids.is_empty() {
            parts.push(format!("{sign}{} {what} ({})", ids.len(), ids.join(", ")));
        }
    }
    format!("{} [{}]: {}", change.source, change.status.as_str(), parts.join("; "))
}

/// Writes a diff for a terminal, wrapped at `width` columns.
pub(super) fn write_diff_table(view: &DiffView, width: u16, out: &mut dyn Write) -> io::Result<()> {
    let DiffView { diff, old, new } = *view;
    let line = |out: &mut dyn Write, indent: usize, text: &str| write_indented(text, indent, indent + 2, width, out);
    line(out, 0, &format!("crosscheck diff: {old} → {new}"))?;
    if diff.is_empty() {
        out.write_all(b"\nNo change to claims or discrepancies.\n")?;
    }
    for (heading, changes, resolved) in sections(diff) {
        if changes.is_empty() {
            continue;
        }
        writeln!(out, "\n{heading} ({}):", changes.len())?;
        for change in changes {
            let Some(group) = side(change) else { continue };
            let head = format!(
                "{}  {} · {}  [{}]",
                headline(change),
                group.subject_name,
                group.property_name,
                review_text(change.review.as_ref(), resolved)
            );
            line(out, 2, &head)?;
            for text in claim_changes(change) {
                line(out, 4, &text)?;
            }
            line(out, 4, &group.reason)?;
        }
    }
    if !diff.sources.is_empty() {
        out.write_all(b"\nClaims by source:\n")?;
        for change in &diff.sources {
            line(out, 2, &source_line(change))?;
        }
    }
    writeln!(out)?;
    line(out, 0, &summary(diff))
}

/// Writes a diff as GitHub-flavoured Markdown, for a pull-request comment.
pub(super) fn write_diff_markdown(view: &DiffView, out: &mut dyn Write) -> io::Result<()> {
    let DiffView { diff, old, new } = *view;
    writeln!(
        out,
        "## crosscheck diff\n\n`{}` → `{}`: {}",
        escape(old),
        escape(new),
        escape(&summary(diff))
    )?;
    for (heading, changes, resolved) in sections(diff) {
        if changes.is_empty() {
            continue;
        }
        write!(out, "\n### {heading} ({})\n\n", changes.len())?;
        out.write_all(b"| Verdict and id | Subject | Property | Review | What changed | Why |\n")?;
        out.write_all(b"| --- | --- | --- | --- | --- | --- |\n")?;
        for change in changes {
            let Some(group) = side(change) else { continue };
            let review = review_text(change.review.as_ref(), resolved);
            let review = if change.fails() {
                format!("**{}**", escape(&review))
            } else {
                escape(&review)
            };
            writeln!(
                out,
                "| `{}` | {} | {} | {review} | {} | {} |",
                headline(change),
                escape(&group.subject_name),
                escape(&group.property_name),
                escape(&claim_changes(change).join("; ")),
                escape(&group.reason)
            )?;
        }
    }
    if !diff.sources.is_empty() {
        out.write_all(b"\n### Claims by source\n\n")?;
        for change in &diff.sources {
            writeln!(out, "- {}", escape(&source_line(change)))?;
        }
    }
    if diff.fails() {
        out.write_all(
            b"\nRecord a decision for each new conflict once it is read: \
             `crosscheck accept ID --note \"why\"`, then commit `reviewed.yaml`.\n",
        )?;
    }
    Ok(())
}

#[derive(Serialize)]
struct DiffOut<'a> {
    schema: &'static str,
    old: &'a str,
    new: &'a str,
    fails: bool,
    added: Vec<ChangeOut<'a>>,
    changed: Vec<ChangeOut<'a>>,
    resolved: Vec<ChangeOut<'a>>,
    sources: Vec<SourceOut<'a>>,
}

#[derive(Serialize)]
struct ChangeOut<'a> {
    id: String,
    old_id: Option<String>,
    subject: &'a str,
    subject_name: &'a str,
    property: &'a str,
    property_name: &'a str,
    verdict: Option<&'static str>,
    old_verdict: Option<&'static str>,
    reason: &'a str,
    claims: &'a [String],
    edited: &'a [String],
    review: Option<&'static str>,
    fails: bool,
}

#[derive(Serialize)]
struct SourceOut<'a> {
    source: &'a str,
    status: crate::decisions::diff::SourceStatus,
    added: &'a [String],
    removed: &'a [String],
    changed: &'a [String],
}

fn change_out(change: &GroupChange) -> Option<ChangeOut<'_>> {
    let group = side(change)?;
    Some(ChangeOut {
        id: group.id.to_string(),
        old_id: change.old.as_ref().map(|old| old.id.to_string()),
        subject: &group.id.subject,
        subject_name: &group.subject_name,
        property: &group.id.property,
        property_name: &group.property_name,
        verdict: change.new.as_ref().map(|new| new.verdict.as_str()),
        old_verdict: change.old.as_ref().map(|old| old.verdict.as_str()),
        reason: &group.reason,
        claims: &group.claims,
        edited: &change.edited,
        review: change.review.as_ref().map(|review| review.status.as_str()),
        fails: change.fails(),
    })
}

fn changes_out(list: &[GroupChange]) -> Vec<ChangeOut<'_>> {
    list.iter().filter_map(change_out).collect()
}

/// Writes a diff as JSON (`crosscheck/diff@1`, pretty-printed, with a final newline).
pub(super) fn write_diff_json(view: &DiffView, out: &mut dyn Write) -> io::Result<()> {
    let DiffView { diff, old, new } = *view;
    let report = DiffOut {
        schema: DIFF_SCHEMA,
        old,
        new,
        fails: diff.fails(),
        added: changes_out(&diff.added),
        changed: changes_out(&diff.changed),
        resolved: changes_out(&diff.resolved),
        sources: diff
            .sources
            .iter()
            .map(|change| SourceOut {
                source: &change.source,
                status: change.status,
                added: &change.added,
                removed: &change.removed,
                changed: &change.changed,
            })
            .collect(),
    };
    write_pretty(&report, out)
}
