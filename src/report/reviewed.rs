//! How reviews read in every format: the line under a group's reason, the list of stale
//! decisions, the count of reviews, and the notice on standard error that tells an editor
//! what fails the check and how to record decisions.

use super::Analysis;
use crate::counted::{agreeing, counted};
use crate::decisions::{Entry, Standing, Status};

/// The review of a group for people: `reviewed (explained, by A on 2026-11-23): note`.
pub(super) fn review_line(review: &Standing) -> String {
    match (&review.status, &review.decision) {
        (Status::Reviewed, Some(entry)) => format!("{}: {}", review.label(), entry.note.trim()),
        _ => review.label(),
    }
}

/// `Reviews: 8 discrepancies, 2 reviewed, 0 changed since review, 6 unreviewed; 0 stale decisions`.
pub(super) fn reviews_summary(analysis: &Analysis) -> String {
    let reviews = &analysis.standings;
    format!(
        "Reviews: {}, {} reviewed, {} changed since review, {} unreviewed; {}",
        counted(reviews.groups.len(), "discrepancy", "discrepancies"),
        reviews.count(Status::Reviewed),
        reviews.count(Status::Changed),
        reviews.count(Status::Unreviewed),
        counted(reviews.stale.len(), "stale decision", "stale decisions")
    )
}

/// A stale decision for people: `omar-diaby/age#3f2a1c (explained, by A on 2026-11-23, line 4)`.
pub(super) fn stale_line(entry: &Entry) -> String {
    format!(
        "{} ({}, by {} on {}, line {}): its discrepancy no longer exists",
        entry.id, entry.decision, entry.by, entry.on, entry.line
    )
}

/// How many failing conflicts the notice names; the others are counted (a research corpus can
/// have thousands, and the reports list them all).
const NAMED_CONFLICTS: usize = 20;

/// What standard error says after a check: the shown conflicts that fail (the first
/// [`NAMED_CONFLICTS`] in report order, the others counted), each stale decision, and how to record
/// decisions; empty when there is nothing to say.
pub fn review_notice(analysis: &Analysis) -> String {
    let mut out = String::new();
    let failing: Vec<&Standing> = analysis
        .groups
        .iter()
        .filter_map(|judged| analysis.standing(judged))
        .filter(|review| review.fails())
        .collect();
    for review in failing.iter().take(NAMED_CONFLICTS) {
        let what = match review.status {
            Status::Changed => format!("changed since review ({})", review.changes.join("; ")),
            _ => "unreviewed".to_owned(),
        };
        out.push_str(&format!("error: conflict {} is {what}\n", review.id(analysis.corpus)));
    }
    if let Some(more) = failing.len().checked_sub(NAMED_CONFLICTS).filter(|&more| more > 0) {
        out.push_str(&format!(
            "... and {} (`crosscheck check --verdict conflict` lists them all)\n",
            counted(more, "more conflict", "more conflicts")
        ));
    }
    let file = analysis
        .standings
        .file
        .as_ref()
        .map_or_else(|| "the decisions file".to_owned(), |path| path.display().to_string());
    for entry in &analysis.standings.stale {
        out.push_str(&format!("warning: stale decision in {file}: {}\n", stale_line(entry)));
    }
    if !analysis.standings.stale.is_empty() {
        out.push_str("  = help: remove stale entries from the file, or re-review the discrepancy under its new id\n");
    }
    if !failing.is_empty() {
        out.push_str(&format!(
            "  = help: read each conflict, then record a decision: crosscheck accept ID... --note \"why\" \
             (or crosscheck accept --all-new --note \"why\"); {} {} the check\n",
            counted(failing.len(), "conflict", "conflicts"),
            agreeing(failing.len(), "fails", "fail")
        ));
    }
    out
}
