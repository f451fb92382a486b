//! How well two normal forms of the same property fit together, before scope, time and
//! hedges are considered.

use super::normal::Normal;
use super::registry::RuleId;
use crate::model::Corpus;
use crate::value::EntitySet;
use std::fmt;

/// Why two values fit as they do: the evidence of one rule, kept as data and written out
/// (by `Display`) only for a reason that is shown (most pairs weighed are never described).
#[derive(Debug, Clone, PartialEq)]
pub enum Why<'a> {
    /// Compatible, and how: `the readings overlap`, `same entity`.
    Compatible(&'static str),
    /// `they overlap only within the reporting tolerance`.
    WithinTolerance,
    /// `the readings are 22686.95 apart`.
    ReadingsApart(f64),
    /// `they are on consecutive days (a night-time event, or time zones?)`.
    ConsecutiveDays,
    /// `the date ranges are 3 days apart`.
    DaysApart(i64),
    /// `the birth-date windows do not overlap, so both ages cannot be right`.
    BirthWindowsApart,
    /// `the durations are 40 days apart`.
    DurationsApart(f64),
    /// `one names an entity, the other says there is none`.
    NoneVersusNamed,
    /// `one names the 82nd Division, the other explicitly excludes it`.
    Excluded(&'a str),
    /// `the 82nd Brigade is part of the 82nd Division: a difference of granularity`.
    PartOf(&'a str, &'a str),
    /// `they name different entities`.
    DifferentEntities,
    /// `worded differently`.
    WordedDifferently,
    /// `one says yes, the other no`.
    YesAndNo,
    /// `the times are 12 minutes apart`.
    MinutesApart(i64),
    /// `different codes`.
    DifferentCodes,
    /// `the values are of different kinds`.
    DifferentKinds,
    /// `incompatible whatever the scope: French nationals are part of the whole, so their
    /// number cannot exceed it`.
    ExceedsWhole(&'a str, &'a str),
}

impl Why<'_> {
    /// The rule this evidence is for.
    pub fn rule(&self) -> RuleId {
        match self {
            Why::Compatible(_) => RuleId::Compatible,
            Why::WithinTolerance => RuleId::WithinReportingTolerance,
            Why::ReadingsApart(_) => RuleId::DisjointIntervals,
            Why::ConsecutiveDays => RuleId::ConsecutiveDays,
            Why::DaysApart(_) => RuleId::DisjointDates,
            Why::BirthWindowsApart => RuleId::BirthWindowsDisjoint,
            Why::DurationsApart(_) => RuleId::DisjointDurations,
            Why::NoneVersusNamed => RuleId::NoneVersusNamed,
            Why::Excluded(_) => RuleId::NamedAndExcluded,
            Why::PartOf(..) => RuleId::EntityGranularity,
            Why::DifferentEntities => RuleId::DifferentEntities,
            Why::WordedDifferently => RuleId::WordedDifferently,
            Why::YesAndNo => RuleId::YesAndNo,
            Why::MinutesApart(_) => RuleId::DifferentTimes,
            Why::DifferentCodes => RuleId::DifferentCodes,
            Why::DifferentKinds => RuleId::DifferentKinds,
            Why::ExceedsWhole(..) => RuleId::PartExceedsWhole,
        }
    }
}

impl fmt::Display for Why<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Why::Compatible(words) => f.write_str(words),
            Why::WithinTolerance => f.write_str("they overlap only within the reporting tolerance"),
            Why::ReadingsApart(gap) => write!(f, "the readings are {} apart", trim_number(*gap)),
            Why::ConsecutiveDays => f.write_str("they are on consecutive days (a night-time event, or time zones?)"),
            Why::DaysApart(days) => write!(f, "the date ranges are {days} days apart"),
            Why::BirthWindowsApart => {
                f.write_str("the birth-date windows do not overlap, so both ages cannot be right")
            }
            Why::DurationsApart(gap) => write!(f, "the durations are {} days apart", trim_number(*gap)),
            Why::NoneVersusNamed => f.write_str("one names an entity, the other says there is none"),
            Why::Excluded(name) => write!(f, "one names {name}, the other explicitly excludes it"),
            Why::PartOf(part, whole) => write!(f, "{part} is part of {whole}: a difference of granularity"),
            Why::DifferentEntities => f.write_str("they name different entities"),
            Why::WordedDifferently => f.write_str("worded differently"),
            Why::YesAndNo => f.write_str("one says yes, the other no"),
            Why::MinutesApart(minutes) => write!(f, "the times are {minutes} minutes apart"),
            Why::DifferentCodes => f.write_str("different codes"),
            Why::DifferentKinds => f.write_str("the values are of different kinds"),
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
                Fit::Compatible(Why::Compatible("the readings overlap"))
            } else if la.overlaps(lb) {
                Fit::Loose(Why::WithinTolerance)
            } else {
                Fit::Incompatible(Why::ReadingsApart(sa.gap(sb)))
            }
        }
        (Normal::Days(da), Normal::Days(db)) => {
            if da.overlaps(db) {
                Fit::Compatible(Why::Compatible("the date ranges overlap"))
            } else if da.days_apart(db) == 1 {
                Fit::Loose(Why::ConsecutiveDays)
            } else {
                Fit::Incompatible(Why::DaysApart(da.days_apart(db)))
            }
        }
        (Normal::Birth(da), Normal::Birth(db)) => {
            if da.overlaps(db) {
                Fit::Compatible(Why::Compatible("the birth-date windows overlap"))
            } else {
                Fit::Incompatible(Why::BirthWindowsApart)
            }
        }
        (Normal::Duration(ia), Normal::Duration(ib)) => {
            if ia.overlaps(ib) {
                Fit::Compatible(Why::Compatible("the durations overlap"))
            } else {
                Fit::Incompatible(Why::DurationsApart(ia.gap(ib)))
            }
        }
        (Normal::Entity(ea), Normal::Entity(eb)) => fit_entities(ea, eb, false, corpus),
        (Normal::EntitySet(ea), Normal::EntitySet(eb)) => fit_entities(ea, eb, true, corpus),
        (Normal::Text(ta), Normal::Text(tb)) => {
            if ta == tb {
                Fit::Compatible(Why::Compatible("same wording"))
            } else {
                Fit::Loose(Why::WordedDifferently)
            }
        }
        (Normal::TextSet(_), Normal::TextSet(_)) => Fit::Compatible(Why::Compatible(
            "sets are open: naming different items is not a contradiction",
        )),
        (Normal::Boolean(ya), Normal::Boolean(yb)) => {
            if ya == yb {
                Fit::Compatible(Why::Compatible("same answer"))
            } else {
                Fit::Incompatible(Why::YesAndNo)
            }
        }
        (Normal::Time(ta), Normal::Time(tb)) => {
            if ta == tb {
                Fit::Compatible(Why::Compatible("same time"))
            } else {
                let minutes = ta.duration_until(*tb).as_secs().abs() / 60;
                Fit::Incompatible(Why::MinutesApart(minutes))
            }
        }
        (Normal::Code(ca), Normal::Code(cb)) => {
            if ca == cb {
                Fit::Compatible(Why::Compatible("same code"))
            } else {
                Fit::Incompatible(Why::DifferentCodes)
            }
        }
        _ => Fit::Loose(Why::DifferentKinds),
    }
}

fn fit_entities<'a>(a: &'a EntitySet, b: &'a EntitySet, open_world: bool, corpus: &'a Corpus) -> Fit<'a> {
    if a.none != b.none && (!a.included.is_empty() || !b.included.is_empty()) {
        return Fit::Incompatible(Why::NoneVersusNamed);
    }
    let excluded_by_b: Vec<&String> = a.included.iter().filter(|id| b.excluded.contains(id)).collect();
    let excluded_by_a: Vec<&String> = b.included.iter().filter(|id| a.excluded.contains(id)).collect();
    if let Some(id) = excluded_by_b.first().or(excluded_by_a.first()) {
        return Fit::Incompatible(Why::Excluded(corpus.entity_name(id)));
    }
    if !open_world {
        return fit_single(a.included.first(), b.included.first(), corpus);
    }
    Fit::Compatible(Why::Compatible(
        "sets are open: naming different members is not a contradiction",
    ))
}

fn fit_single<'a>(a: Option<&'a String>, b: Option<&'a String>, corpus: &'a Corpus) -> Fit<'a> {
    let (Some(a), Some(b)) = (a, b) else {
        return Fit::Compatible(Why::Compatible("nothing to compare"));
    };
    if a == b {
        Fit::Compatible(Why::Compatible("same entity"))
    } else if corpus.entity_within(a, b) {
        Fit::Loose(Why::PartOf(corpus.entity_name(a), corpus.entity_name(b)))
    } else if corpus.entity_within(b, a) {
        Fit::Loose(Why::PartOf(corpus.entity_name(b), corpus.entity_name(a)))
    } else {
        Fit::Incompatible(Why::DifferentEntities)
    }
}

/// A number without trailing zeros, at most two decimals.
pub fn trim_number(x: f64) -> String {
    let text = format!("{x:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}
