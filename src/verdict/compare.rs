//! How well two normal forms of the same property fit together, before scope, time and
//! hedges are considered.

use super::normal::Normal;
use crate::model::Corpus;
use crate::value::EntitySet;
use std::fmt;

/// Why two values fit as they do, for the reason line: kept as data, and written out only
/// for a reason that is shown (most pairs weighed are never described).
#[derive(Debug, Clone, PartialEq)]
pub enum Why<'a> {
    /// Fixed words.
    Words(&'static str),
    /// `the readings are 22686.95 apart`.
    ReadingsApart(f64),
    /// `the date ranges are 3 days apart`.
    DaysApart(i64),
    /// `the durations are 40 days apart`.
    DurationsApart(f64),
    /// `the times are 12 minutes apart`.
    MinutesApart(i64),
    /// `one names the 82nd Division, the other explicitly excludes it`.
    Excluded(&'a str),
    /// `the 82nd Brigade is part of the 82nd Division: a difference of granularity`.
    PartOf(&'a str, &'a str),
    /// `incompatible whatever the scope: French nationals are part of the whole, so their
    /// number cannot exceed it`.
    ExceedsWhole(&'a str, &'a str),
}

impl fmt::Display for Why<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Why::Words(words) => f.write_str(words),
            Why::ReadingsApart(gap) => write!(f, "the readings are {} apart", trim_number(*gap)),
            Why::DaysApart(days) => write!(f, "the date ranges are {days} days apart"),
            Why::DurationsApart(gap) => write!(f, "the durations are {} days apart", trim_number(*gap)),
            Why::MinutesApart(minutes) => write!(f, "the times are {minutes} minutes apart"),
            Why::Excluded(name) => write!(f, "one names {name}, the other explicitly excludes it"),
            Why::PartOf(part, whole) => write!(f, "{part} is part of {whole}: a difference of granularity"),
            Why::ExceedsWhole(part, whole) => write!(
                f,
                "incompatible whatever the scope: {part} are part of {whole}, so their number cannot exceed it"
            ),
        }
    }
}

/// How two values fit.
#[derive(Debug, Clone, PartialEq)]
pub enum Fit<'a> {
    /// Both can be true.
    Compatible(Why<'a>),
    /// Both can be true only loosely (reporting tolerance, adjacent days, wording,
    /// granularity).
    Loose(Why<'a>),
    /// They cannot both be true.
    Incompatible(Why<'a>),
}

/// Compares two normal forms of one property; the why is for the reason line.
pub fn fit<'a>(a: &'a Normal, b: &'a Normal, corpus: &'a Corpus) -> Fit<'a> {
    match (a, b) {
        (Normal::Numbers { strict: sa, loose: la }, Normal::Numbers { strict: sb, loose: lb }) => {
            if sa.overlaps(sb) {
                Fit::Compatible(Why::Words("the readings overlap"))
            } else if la.overlaps(lb) {
                Fit::Loose(Why::Words("they overlap only within the reporting tolerance"))
            } else {
                Fit::Incompatible(Why::ReadingsApart(sa.gap(sb)))
            }
        }
        (Normal::Days(da), Normal::Days(db)) => {
            if da.overlaps(db) {
                Fit::Compatible(Why::Words("the date ranges overlap"))
            } else if da.days_apart(db) == 1 {
                Fit::Loose(Why::Words(
                    "they are on consecutive days (a night-time event, or time zones?)",
                ))
            } else {
                Fit::Incompatible(Why::DaysApart(da.days_apart(db)))
            }
        }
        (Normal::Birth(da), Normal::Birth(db)) => {
            if da.overlaps(db) {
                Fit::Compatible(Why::Words("the birth-date windows overlap"))
            } else {
                Fit::Incompatible(Why::Words(
                    "the birth-date windows do not overlap, so both ages cannot be right",
                ))
            }
        }
        (Normal::Duration(ia), Normal::Duration(ib)) => {
            if ia.overlaps(ib) {
                Fit::Compatible(Why::Words("the durations overlap"))
            } else {
                Fit::Incompatible(Why::DurationsApart(ia.gap(ib)))
            }
        }
        (Normal::Entity(ea), Normal::Entity(eb)) => fit_entities(ea, eb, false, corpus),
        (Normal::EntitySet(ea), Normal::EntitySet(eb)) => fit_entities(ea, eb, true, corpus),
        (Normal::Text(ta), Normal::Text(tb)) => {
            if ta == tb {
                Fit::Compatible(Why::Words("same wording"))
            } else {
                Fit::Loose(Why::Words("worded differently"))
            }
        }
        (Normal::TextSet(_), Normal::TextSet(_)) => Fit::Compatible(Why::Words(
            "sets are open: naming different items is not a contradiction",
        )),
        (Normal::Boolean(ya), Normal::Boolean(yb)) => {
            if ya == yb {
                Fit::Compatible(Why::Words("same answer"))
            } else {
                Fit::Incompatible(Why::Words("one says yes, the other no"))
            }
        }
        (Normal::Time(ta), Normal::Time(tb)) => {
            if ta == tb {
                Fit::Compatible(Why::Words("same time"))
            } else {
                let minutes = ta.duration_until(*tb).as_secs().abs() / 60;
                Fit::Incompatible(Why::MinutesApart(minutes))
            }
        }
        (Normal::Code(ca), Normal::Code(cb)) => {
            if ca == cb {
                Fit::Compatible(Why::Words("same code"))
            } else {
                Fit::Incompatible(Why::Words("different codes"))
            }
        }
        _ => Fit::Loose(Why::Words("the values are of different kinds")),
    }
}

fn fit_entities<'a>(a: &'a EntitySet, b: &'a EntitySet, open_world: bool, corpus: &'a Corpus) -> Fit<'a> {
    if a.none != b.none && (!a.included.is_empty() || !b.included.is_empty()) {
        return Fit::Incompatible(Why::Words("one names an entity, the other says there is none"));
    }
    let excluded_by_b: Vec<&String> = a.included.iter().filter(|id| b.excluded.contains(id)).collect();
    let excluded_by_a: Vec<&String> = b.included.iter().filter(|id| a.excluded.contains(id)).collect();
    if let Some(id) = excluded_by_b.first().or(excluded_by_a.first()) {
        return Fit::Incompatible(Why::Excluded(corpus.entity_name(id)));
    }
    if !open_world {
        return fit_single(a.included.first(), b.included.first(), corpus);
    }
    Fit::Compatible(Why::Words(
        "sets are open: naming different members is not a contradiction",
    ))
}

fn fit_single<'a>(a: Option<&'a String>, b: Option<&'a String>, corpus: &'a Corpus) -> Fit<'a> {
    let (Some(a), Some(b)) = (a, b) else {
        return Fit::Compatible(Why::Words("nothing to compare"));
    };
    if a == b {
        Fit::Compatible(Why::Words("same entity"))
    } else if corpus.entity_within(a, b) {
        Fit::Loose(Why::PartOf(corpus.entity_name(a), corpus.entity_name(b)))
    } else if corpus.entity_within(b, a) {
        Fit::Loose(Why::PartOf(corpus.entity_name(b), corpus.entity_name(a)))
    } else {
        Fit::Incompatible(Why::Words("they name different entities"))
    }
}

/// A number without trailing zeros, at most two decimals.
pub fn trim_number(x: f64) -> String {
    let text = format!("{x:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}
