//! The verdict rules for a pair of claims in one group: value fit first, then scope, time
//! and hedges. This file is where an editorial rule changes.

use super::Verdict;
use super::compare::{Fit, Why, fit};
use super::normal::Normal;
use super::registry::RuleId;
use crate::model::{Claim, Corpus, Property};
use crate::value::{Bound, Interval, ValueType};
use std::borrow::Cow;

/// One side of a comparison: the claim and its normal form.
pub struct Side<'a> {
    /// The claim.
    pub claim: &'a Claim,
    /// Its normal form.
    pub normal: &'a Normal,
}

/// Why a pair gets its verdict, kept as data (reporters put it in words).
#[derive(Debug, Clone, PartialEq)]
pub enum Reason<'a> {
    /// How the two values fit, as it stands.
    Fit(Why<'a>),
    /// Compatible values, one of them hedged: they agree, and the reason names the hedge.
    Hedged {
        /// How the values fit.
        why: Why<'a>,
    },
    /// Different values dated far enough apart on a property that changes over time.
    Drift {
        /// How the values differ.
        why: Why<'a>,
        /// Days between their dates.
        days: i64,
        /// The property's name.
        property: &'a str,
    },
    /// A running total whose later figure is below an earlier one, dated far enough apart
    /// to be drift on any other property.
    TotalFell {
        /// How the values differ.
        why: Why<'a>,
        /// Days between their dates.
        days: i64,
        /// The property's name.
        property: &'a str,
        /// Which side (0 or 1) is the later, lower figure.
        later: usize,
    },
    /// Different values dated too close together for the property to have changed.
    TooClose {
        /// How the values differ.
        why: Why<'a>,
        /// Days between their dates.
        days: i64,
        /// The property's name.
        property: &'a str,
    },
    /// Counts of nested scopes that can both be right.
    Nested {
        /// The scope that is part of the other, by name.
        part: &'a str,
        /// The scope it is part of, by name; `None` for the whole subject (no scope).
        whole: Option<&'a str>,
    },
    /// A count of a part below the count of its whole on every reading: they agree.
    BelowWhole {
        /// The scope that is part of the other, by name.
        part: &'a str,
        /// The scope it is part of, by name; `None` for the whole subject (no scope).
        whole: Option<&'a str>,
    },
    /// Values of different scopes, for an editor to check.
    DifferentScopes {
        /// How the values fit.
        fit: Fit<'a>,
    },
}

impl Reason<'_> {
    /// The rule behind the verdict.
    pub fn rule(&self) -> RuleId {
        match self {
            Reason::Fit(why) => why.rule(),
            Reason::Hedged { .. } => RuleId::OneSideHedged,
            Reason::Drift { .. } => RuleId::DriftOverTime,
            Reason::TotalFell { .. } => RuleId::RunningTotalFell,
            Reason::TooClose { .. } => RuleId::TooCloseInTime,
            Reason::Nested { .. } => RuleId::NestedScopes,
            Reason::BelowWhole { .. } => RuleId::PartBelowWhole,
            Reason::DifferentScopes { .. } => RuleId::ScopeDiffers,
        }
    }
}

/// The verdict on a pair and why.
pub fn weigh_pair<'a>(a: &Side<'a>, b: &Side<'a>, property: &'a Property, corpus: &'a Corpus) -> (Verdict, Reason<'a>) {
    match (&a.claim.scope, &b.claim.scope) {
        (sa, sb) if sa == sb => same_scope(a, b, property, corpus),
        _ => different_scope(a, b, property, corpus),
    }
}

fn same_scope<'a>(a: &Side<'a>, b: &Side<'a>, property: &'a Property, corpus: &'a Corpus) -> (Verdict, Reason<'a>) {
    match fit(a.normal, b.normal, property.edge_fit, corpus) {
        Fit::Compatible(why) if a.claim.hedge.is_some() != b.claim.hedge.is_some() => {
            (Verdict::Agree, Reason::Hedged { why })
        }
        Fit::Compatible(why) => (Verdict::Agree, Reason::Fit(why)),
        Fit::Loose(Why::SetsDiffer { .. }) if a.claim.source == b.claim.source => {
            (Verdict::Agree, Reason::Fit(Why::Compatible))
        }
        Fit::Loose(why) => (Verdict::Tension, Reason::Fit(why)),
        Fit::Incompatible(why) => drift_or_conflict(a, b, property, why),
    }
}

/// A difference on a property that changes over time is drift when the claims are dated
/// far enough apart (unless a running total fell: a conflict an editor checks); otherwise it
/// is a conflict.
fn drift_or_conflict<'a>(a: &Side, b: &Side, property: &'a Property, why: Why<'a>) -> (Verdict, Reason<'a>) {
    let days = a.claim.as_of.days_apart(&b.claim.as_of);
    let name = property.name.as_str();
    match property.drift_after_days {
        Some(threshold) if property.changes_over_time && days as f64 >= threshold && property.running_total => {
            match fallen(a, b) {
                Some(later) => (
                    Verdict::Conflict,
                    Reason::TotalFell {
                        why,
                        days,
                        property: name,
                        later,
                    },
                ),
                None => (
                    Verdict::Drift,
                    Reason::Drift {
                        why,
                        days,
                        property: name,
                    },
                ),
            }
        }
        Some(threshold) if property.changes_over_time && days as f64 >= threshold => (
            Verdict::Drift,
            Reason::Drift {
                why,
                days,
                property: name,
            },
        ),
        _ if property.changes_over_time && days > 0 => (
            Verdict::Conflict,
            Reason::TooClose {
                why,
                days,
                property: name,
            },
        ),
        _ => (Verdict::Conflict, Reason::Fit(why)),
    }
}

/// Which side (0 or 1) is the later of two figures dated apart when it is below the earlier
/// on every reading, even read loosely; `None` when the later figure is not lower.
fn fallen(a: &Side, b: &Side) -> Option<usize> {
    let (earlier, later, side) = if a.claim.as_of.first <= b.claim.as_of.first {
        (a, b, 1)
    } else {
        (b, a, 0)
    };
    match (earlier.normal, later.normal) {
        (Normal::Numbers { loose: before, .. }, Normal::Numbers { loose: after, .. }) => {
            wholly_below(after, before).then_some(side)
        }
        _ => None,
    }
}

fn different_scope<'a>(
    a: &Side<'a>,
    b: &Side<'a>,
    property: &'a Property,
    corpus: &'a Corpus,
) -> (Verdict, Reason<'a>) {
    let counts = property.value_type == ValueType::Count;
    if let Some(a_is_part) = nesting(a.claim, b.claim, corpus).filter(|_| counts) {
        let (inner_side, outer_side) = if a_is_part { (a, b) } else { (b, a) };
        if let (
            Normal::Numbers {
                strict: part_read,
                loose: part,
                ..
            },
            Normal::Numbers {
                strict: whole_read,
                loose: whole,
                ..
            },
        ) = (inner_side.normal, outer_side.normal)
        {
            let inner = scope_name(inner_side.claim, corpus).unwrap_or_default();
            let outer = scope_name(outer_side.claim, corpus);
            if !part_can_fit(part, whole) {
                let exceeds = Why::ExceedsWhole {
                    part: Cow::Borrowed(inner),
                    whole: outer.map(Cow::Borrowed),
                };
                return drift_or_conflict(a, b, property, exceeds);
            }
            if wholly_below(part_read, whole_read) {
                return (
                    Verdict::Agree,
                    Reason::BelowWhole {
                        part: inner,
                        whole: outer,
                    },
                );
            }
            return (
                Verdict::Tension,
                Reason::Nested {
                    part: inner,
                    whole: outer,
                },
            );
        }
    }
    let fit = fit(a.normal, b.normal, property.edge_fit, corpus);
    (Verdict::Tension, Reason::DifferentScopes { fit })
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

/// Whether a part's count is below its whole's on every reading: the part's high end is not
/// above the whole's low end.
pub(super) fn wholly_below(part: &Interval, whole: &Interval) -> bool {
    let part_high = match part.hi {
        Bound::Closed(x) | Bound::Open(x) => x,
        Bound::Unbounded => f64::INFINITY,
    };
    let whole_low = match whole.lo {
        Bound::Closed(x) | Bound::Open(x) => x,
        Bound::Unbounded => f64::NEG_INFINITY,
    };
    part_high <= whole_low
}

/// The name of a claim's scope; `None` for a claim about the whole subject.
fn scope_name<'a>(claim: &'a Claim, corpus: &'a Corpus) -> Option<&'a str> {
    let id = claim.scope.as_ref()?;
    Some(
        corpus
            .scopes
            .get(id.as_str())
            .map_or(id.as_str(), |scope| scope.name.as_str()),
    )
}
