//! The verdict rules for a pair of claims in one group: value fit first, then scope, time
//! and hedges. This file is where an editorial rule changes.

use super::Verdict;
use super::compare::{Fit, Why, fit};
use super::normal::Normal;
use crate::model::{Claim, Corpus, Property};
use crate::value::{Bound, Interval, ValueType};

/// One side of a comparison: the claim and its normal form.
pub struct Side<'a> {
    /// The claim.
    pub claim: &'a Claim,
    /// Its normal form.
    pub normal: &'a Normal,
}

/// The verdict on a pair and why, without the description of the two values that a full
/// reason starts with (see [`pair_reason`]).
pub fn weigh_pair(a: &Side, b: &Side, property: &Property, corpus: &Corpus) -> (Verdict, Why) {
    match (&a.claim.scope, &b.claim.scope) {
        (sa, sb) if sa == sb => same_scope(a, b, property, corpus),
        _ => different_scope(a, b, property, corpus),
    }
}

/// The reason for a pair's verdict: both values described, then why.
pub fn pair_reason(a: &Side, b: &Side, verdict: Verdict, why: &str, corpus: &Corpus) -> String {
    let values = format!("{} and {}", describe(a, corpus), describe(b, corpus));
    let mut reason = format!("{values}: {why}");
    if a.claim.source == b.claim.source && verdict == Verdict::Conflict {
        reason.push_str(&format!(" (the source {} contradicts itself)", a.claim.source));
    }
    reason
}

fn same_scope(a: &Side, b: &Side, property: &Property, corpus: &Corpus) -> (Verdict, Why) {
    match fit(a.normal, b.normal, corpus) {
        Fit::Compatible(why) => match hedge_difference(a.claim, b.claim) {
            Some(hedge) => (
                Verdict::Tension,
                format!("compatible ({why}), but one side is hedged ({hedge})").into(),
            ),
            None => (Verdict::Agree, why),
        },
        Fit::Loose(why) => (Verdict::Tension, why),
        Fit::Incompatible(why) => drift_or_conflict(a, b, property, why),
    }
}

/// A difference on a property that changes over time is drift when the claims are dated
/// far enough apart; otherwise it is a conflict.
fn drift_or_conflict(a: &Side, b: &Side, property: &Property, why: Why) -> (Verdict, Why) {
    let apart = a.claim.as_of.days_apart(&b.claim.as_of);
    match property.drift_after_days {
        Some(threshold) if property.changes_over_time && apart as f64 >= threshold => (
            Verdict::Drift,
            format!(
                "{why}, but they are dated {} apart and {} changes over time",
                describe_days(apart),
                property.name
            )
            .into(),
        ),
        _ if property.changes_over_time && apart > 0 => (
            Verdict::Conflict,
            format!(
                "{why}; dated {} apart, too close for {} to have changed that much",
                describe_days(apart),
                property.name
            )
            .into(),
        ),
        _ => (Verdict::Conflict, why),
    }
}

fn different_scope(a: &Side, b: &Side, property: &Property, corpus: &Corpus) -> (Verdict, Why) {
    let (scope_a, scope_b) = (scope_name(a.claim, corpus), scope_name(b.claim, corpus));
    let counts = property.value_type == ValueType::Count;
    if let Some(a_is_part) = nesting(a.claim, b.claim, corpus).filter(|_| counts) {
        let (inner_side, outer_side) = if a_is_part { (a, b) } else { (b, a) };
        if let (Normal::Numbers { loose: part, .. }, Normal::Numbers { loose: whole, .. }) =
            (inner_side.normal, outer_side.normal)
        {
            if !part_can_fit(part, whole) {
                let why = format!(
                    "incompatible whatever the scope: {} are part of {}, so their number cannot exceed it",
                    scope_name(inner_side.claim, corpus),
                    scope_name(outer_side.claim, corpus)
                );
                return drift_or_conflict(a, b, property, why.into());
            }
            return (
                Verdict::Tension,
                format!(
                    "different scopes ({scope_a} vs {scope_b}); consistent, since {} are part of {}",
                    scope_name(inner_side.claim, corpus),
                    scope_name(outer_side.claim, corpus)
                )
                .into(),
            );
        }
    }
    let detail = match fit(a.normal, b.normal, corpus) {
        Fit::Compatible(why) => format!("values compatible ({why})"),
        Fit::Loose(why) | Fit::Incompatible(why) => format!("values differ ({why})"),
    };
    (
        Verdict::Tension,
        format!(
            "different scopes ({scope_a} vs {scope_b}); {detail}, so an editor should check they measure the same thing"
        )
        .into(),
    )
}

/// Whether `a`'s scope is part of `b`'s (`Some(true)`), the reverse (`Some(false)`), or
/// neither. A claim without a scope covers the whole subject, so every scope is within it.
fn nesting(a: &Claim, b: &Claim, corpus: &Corpus) -> Option<bool> {
    match (&a.scope, &b.scope) {
        (Some(_), None) => Some(true),
        (None, Some(_)) => Some(false),
        (Some(sa), Some(sb)) if corpus.scope_within(sa, sb) => Some(true),
        (Some(sa), Some(sb)) if corpus.scope_within(sb, sa) => Some(false),
        _ => None,
    }
}

/// A part can be no larger than its whole: possible iff the part's low end is not above
/// the whole's high end.
pub(super) fn part_can_fit(part: &Interval, whole: &Interval) -> bool {
    let part_low = match part.lo {
        Bound::Closed(x) | Bound::Open(x) => x,
        Bound::Unbounded => f64::NEG_INFINITY,
    };
    match whole.hi {
        Bound::Closed(x) => part_low <= x,
        Bound::Open(x) => part_low < x,
        Bound::Unbounded => true,
    }
}

fn hedge_difference(a: &Claim, b: &Claim) -> Option<String> {
    match (&a.hedge, &b.hedge) {
        (Some(hedge), None) => Some(format!("{}: \"{hedge}\"", a.source)),
        (None, Some(hedge)) => Some(format!("{}: \"{hedge}\"", b.source)),
        _ => None,
    }
}

fn scope_name(claim: &Claim, corpus: &Corpus) -> String {
    match &claim.scope {
        Some(id) => corpus
            .scopes
            .get(id.as_str())
            .map_or_else(|| id.to_string(), |scope| scope.name.clone()),
        None => "the whole".to_owned(),
    }
}

/// `"about fifty" [42.5, 57.5] (bfmtv-oumar-diaby, as of 2024-12)`.
fn describe(side: &Side, corpus: &Corpus) -> String {
    let claim = side.claim;
    let mut context = vec![claim.source.to_string()];
    if claim.as_of_explicit {
        context.push(format!("as of {}", claim.as_of));
    }
    if claim.scope.is_some() {
        context.push(scope_name(claim, corpus));
    }
    format!(
        "\"{}\" {} ({})",
        claim.written,
        side.normal.describe(corpus),
        context.join(", ")
    )
}

fn describe_days(days: i64) -> String {
    match days {
        d if d >= 730 => format!("{} years", d / 365),
        d if d >= 60 => format!("{} months", d / 30),
        1 => "1 day".to_owned(),
        d => format!("{d} days"),
    }
}
