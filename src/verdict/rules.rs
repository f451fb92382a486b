//! The verdict rules for a pair of claims in one group: value fit first, then scope, time
//! and hedges. This file is where an editorial rule changes.

use super::Verdict;
use super::compare::{Fit, Why, fit};
use super::normal::Normal;
use super::registry::RuleId;
use crate::model::{Claim, Corpus, Property};
use crate::value::{Bound, Interval, ValueType};
use std::fmt;

/// One side of a comparison: the claim and its normal form.
pub struct Side<'a> {
    /// The claim.
    pub claim: &'a Claim,
    /// Its normal form.
    pub normal: &'a Normal,
}

/// Why a pair gets its verdict, kept as data and written out (by `Display`) only for a
/// reason that is shown.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason<'a> {
    /// How the two values fit, as it stands.
    Fit(Why<'a>),
    /// Compatible values, one of them hedged: they agree, and the reason names the hedge.
    Hedged {
        /// How the values fit.
        why: Why<'a>,
        /// The source whose claim is hedged.
        source: &'a str,
        /// Its hedge.
        hedge: &'a str,
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
        /// The two scopes, as the pair names them.
        scopes: (&'a str, &'a str),
        /// The scope that is part of the other, and that other.
        part_of: (&'a str, &'a str),
    },
    /// A count of a part below the count of its whole on every reading: they agree.
    BelowWhole {
        /// The scope that is part of the other, and that other.
        part_of: (&'a str, &'a str),
    },
    /// Values of different scopes, for an editor to check.
    DifferentScopes {
        /// The two scopes.
        scopes: (&'a str, &'a str),
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
            Reason::TooClose { .. } => RuleId::TooCloseInTime,
            Reason::Nested { .. } => RuleId::NestedScopes,
            Reason::BelowWhole { .. } => RuleId::PartBelowWhole,
            Reason::DifferentScopes { .. } => RuleId::ScopeDiffers,
        }
    }
}

impl fmt::Display for Reason<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::Fit(why) => write!(f, "{why}"),
            Reason::Hedged { why, source, hedge } => {
                write!(f, "compatible ({why}); only a hedge differs ({source}: \"{hedge}\")")
            }
            Reason::Drift { why, days, property } => write!(
                f,
                "{why}, but they are dated {} apart and {property} changes over time",
                describe_days(*days)
            ),
            Reason::TooClose { why, days, property } => write!(
                f,
                "{why}; dated {} apart, too close for {property} to have changed that much",
                describe_days(*days)
            ),
            Reason::Nested {
                scopes: (a, b),
                part_of: (part, whole),
            } => write!(
                f,
                "different scopes ({a} vs {b}); consistent, since {part} are part of {whole}"
            ),
            Reason::BelowWhole { part_of: (part, whole) } => write!(
                f,
                "{part} are part of {whole}, and every reading of the part's count is below the whole's"
            ),
            Reason::DifferentScopes { scopes: (a, b), fit } => {
                let detail = match fit {
                    Fit::Compatible(why) => format!("values compatible ({why})"),
                    Fit::Loose(why) | Fit::Incompatible(why) => format!("values differ ({why})"),
                };
                write!(
                    f,
                    "different scopes ({a} vs {b}); {detail}, so an editor should check they measure the same thing"
                )
            }
        }
    }
}

/// The verdict on a pair and why, without the description of the two values that a full
/// reason starts with (see [`pair_reason`]).
pub fn weigh_pair<'a>(a: &Side<'a>, b: &Side<'a>, property: &'a Property, corpus: &'a Corpus) -> (Verdict, Reason<'a>) {
    match (&a.claim.scope, &b.claim.scope) {
        (sa, sb) if sa == sb => same_scope(a, b, property, corpus),
        _ => different_scope(a, b, property, corpus),
    }
}

/// The reason for a pair's verdict: both values described, then why.
pub fn pair_reason(a: &Side, b: &Side, verdict: Verdict, why: &Reason, corpus: &Corpus) -> String {
    let values = format!("{} and {}", describe(a, corpus), describe(b, corpus));
    let mut reason = format!("{values}: {why}");
    if a.claim.source == b.claim.source && verdict == Verdict::Conflict {
        match (&a.claim.attribution, &b.claim.attribution) {
            _ if a.claim.party == b.claim.party => {
                reason.push_str(&format!(" (the source {} contradicts itself)", a.claim.source));
            }
            (Some(first), Some(second)) => reason.push_str(&format!(
                " (the source {} reports a disagreement between {first} and {second})",
                a.claim.source
            )),
            (Some(party), None) | (None, Some(party)) => reason.push_str(&format!(
                " (the source {} gives a value of its own against {party}'s)",
                a.claim.source
            )),
            (None, None) => {}
        }
    }
    reason
}

fn same_scope<'a>(a: &Side<'a>, b: &Side<'a>, property: &'a Property, corpus: &'a Corpus) -> (Verdict, Reason<'a>) {
    match fit(a.normal, b.normal, property.edge_fit, corpus) {
        Fit::Compatible(why) => match hedge_difference(a.claim, b.claim) {
            Some((source, hedge)) => (Verdict::Agree, Reason::Hedged { why, source, hedge }),
            None => (Verdict::Agree, Reason::Fit(why)),
        },
        Fit::Loose(Why::SetsDiffer(..)) if a.claim.source == b.claim.source => (
            Verdict::Agree,
            Reason::Fit(Why::Compatible("one source names the members in parts")),
        ),
        Fit::Loose(why) => (Verdict::Tension, Reason::Fit(why)),
        Fit::Incompatible(why) => drift_or_conflict(a, b, property, why),
    }
}

/// A difference on a property that changes over time is drift when the claims are dated
/// far enough apart; otherwise it is a conflict.
fn drift_or_conflict<'a>(a: &Side, b: &Side, property: &'a Property, why: Why<'a>) -> (Verdict, Reason<'a>) {
    let days = a.claim.as_of.days_apart(&b.claim.as_of);
    let name = property.name.as_str();
    match property.drift_after_days {
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

fn different_scope<'a>(
    a: &Side<'a>,
    b: &Side<'a>,
    property: &'a Property,
    corpus: &'a Corpus,
) -> (Verdict, Reason<'a>) {
    let scopes = (scope_name(a.claim, corpus), scope_name(b.claim, corpus));
    let counts = property.value_type == ValueType::Count;
    if let Some(a_is_part) = nesting(a.claim, b.claim, corpus).filter(|_| counts) {
        let (inner_side, outer_side) = if a_is_part { (a, b) } else { (b, a) };
        if let (
            Normal::Numbers {
                strict: part_read,
                loose: part,
            },
            Normal::Numbers {
                strict: whole_read,
                loose: whole,
            },
        ) = (inner_side.normal, outer_side.normal)
        {
            let part_of = (
                scope_name(inner_side.claim, corpus),
                scope_name(outer_side.claim, corpus),
            );
            if !part_can_fit(part, whole) {
                return drift_or_conflict(a, b, property, Why::ExceedsWhole(part_of.0, part_of.1));
            }
            if wholly_below(part_read, whole_read) {
                return (Verdict::Agree, Reason::BelowWhole { part_of });
            }
            return (Verdict::Tension, Reason::Nested { scopes, part_of });
        }
    }
    let fit = fit(a.normal, b.normal, property.edge_fit, corpus);
    (Verdict::Tension, Reason::DifferentScopes { scopes, fit })
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

/// The source and hedge of the one hedged claim of a pair, when only one is.
fn hedge_difference<'a>(a: &'a Claim, b: &'a Claim) -> Option<(&'a str, &'a str)> {
    match (&a.hedge, &b.hedge) {
        (Some(hedge), None) => Some((&a.source, hedge)),
        (None, Some(hedge)) => Some((&b.source, hedge)),
        _ => None,
    }
}

fn scope_name<'a>(claim: &'a Claim, corpus: &'a Corpus) -> &'a str {
    match &claim.scope {
        Some(id) => corpus
            .scopes
            .get(id.as_str())
            .map_or(id.as_str(), |scope| scope.name.as_str()),
        None => "the whole",
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
        context.push(scope_name(claim, corpus).to_owned());
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
