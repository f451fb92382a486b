//! How well two normal forms of the same property fit together, before scope, time and
//! hedges are considered.

use super::normal::Normal;
use crate::model::Corpus;
use crate::value::EntitySet;
use std::borrow::Cow;

/// Why two values fit as they do, for the reason line: mostly fixed words, formatted only
/// when it names figures or entities.
pub type Why = Cow<'static, str>;

/// How two values fit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fit {
    /// Both can be true.
    Compatible(Why),
    /// Both can be true only loosely (reporting tolerance, adjacent days, wording,
    /// granularity).
    Loose(Why),
    /// They cannot both be true.
    Incompatible(Why),
}

/// Compares two normal forms of one property; the string says why, for the reason line.
pub fn fit(a: &Normal, b: &Normal, corpus: &Corpus) -> Fit {
    match (a, b) {
        (Normal::Numbers { strict: sa, loose: la }, Normal::Numbers { strict: sb, loose: lb }) => {
            if sa.overlaps(sb) {
                Fit::Compatible("the readings overlap".into())
            } else if la.overlaps(lb) {
                Fit::Loose("they overlap only within the reporting tolerance".into())
            } else {
                Fit::Incompatible(format!("the readings are {} apart", trim_number(sa.gap(sb))).into())
            }
        }
        (Normal::Days(da), Normal::Days(db)) => {
            if da.overlaps(db) {
                Fit::Compatible("the date ranges overlap".into())
            } else if da.days_apart(db) == 1 {
                Fit::Loose("they are on consecutive days (a night-time event, or time zones?)".into())
            } else {
                Fit::Incompatible(format!("the date ranges are {} days apart", da.days_apart(db)).into())
            }
        }
        (Normal::Birth(da), Normal::Birth(db)) => {
            if da.overlaps(db) {
                Fit::Compatible("the birth-date windows overlap".into())
            } else {
                Fit::Incompatible("the birth-date windows do not overlap, so both ages cannot be right".into())
            }
        }
        (Normal::Duration(ia), Normal::Duration(ib)) => {
            if ia.overlaps(ib) {
                Fit::Compatible("the durations overlap".into())
            } else {
                Fit::Incompatible(format!("the durations are {} days apart", trim_number(ia.gap(ib))).into())
            }
        }
        (Normal::Entity(ea), Normal::Entity(eb)) => fit_entities(ea, eb, false, corpus),
        (Normal::EntitySet(ea), Normal::EntitySet(eb)) => fit_entities(ea, eb, true, corpus),
        (Normal::Text(ta), Normal::Text(tb)) => {
            if ta == tb {
                Fit::Compatible("same wording".into())
            } else {
                Fit::Loose("worded differently".into())
            }
        }
        (Normal::TextSet(_), Normal::TextSet(_)) => {
            Fit::Compatible("sets are open: naming different items is not a contradiction".into())
        }
        (Normal::Boolean(ya), Normal::Boolean(yb)) => {
            if ya == yb {
                Fit::Compatible("same answer".into())
            } else {
                Fit::Incompatible("one says yes, the other no".into())
            }
        }
        (Normal::Time(ta), Normal::Time(tb)) => {
            if ta == tb {
                Fit::Compatible("same time".into())
            } else {
                let minutes = ta.duration_until(*tb).as_secs().abs() / 60;
                Fit::Incompatible(format!("the times are {minutes} minutes apart").into())
            }
        }
        (Normal::Code(ca), Normal::Code(cb)) => {
            if ca == cb {
                Fit::Compatible("same code".into())
            } else {
                Fit::Incompatible("different codes".into())
            }
        }
        _ => Fit::Loose("the values are of different kinds".into()),
    }
}

fn fit_entities(a: &EntitySet, b: &EntitySet, open_world: bool, corpus: &Corpus) -> Fit {
    if a.none != b.none && (!a.included.is_empty() || !b.included.is_empty()) {
        return Fit::Incompatible("one names an entity, the other says there is none".into());
    }
    let excluded_by_b: Vec<&String> = a.included.iter().filter(|id| b.excluded.contains(id)).collect();
    let excluded_by_a: Vec<&String> = b.included.iter().filter(|id| a.excluded.contains(id)).collect();
    if let Some(id) = excluded_by_b.first().or(excluded_by_a.first()) {
        return Fit::Incompatible(
            format!("one names {}, the other explicitly excludes it", corpus.entity_name(id)).into(),
        );
    }
    if !open_world {
        return fit_single(a.included.first(), b.included.first(), corpus);
    }
    Fit::Compatible("sets are open: naming different members is not a contradiction".into())
}

fn fit_single(a: Option<&String>, b: Option<&String>, corpus: &Corpus) -> Fit {
    let (Some(a), Some(b)) = (a, b) else {
        return Fit::Compatible("nothing to compare".into());
    };
    if a == b {
        Fit::Compatible("same entity".into())
    } else if corpus.entity_within(a, b) {
        Fit::Loose(
            format!(
                "{} is part of {}: a difference of granularity",
                corpus.entity_name(a),
                corpus.entity_name(b)
            )
            .into(),
        )
    } else if corpus.entity_within(b, a) {
        Fit::Loose(
            format!(
                "{} is part of {}: a difference of granularity",
                corpus.entity_name(b),
                corpus.entity_name(a)
            )
            .into(),
        )
    } else {
        Fit::Incompatible("they name different entities".into())
    }
}

/// A number without trailing zeros, at most two decimals.
pub fn trim_number(x: f64) -> String {
    let text = format!("{x:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}
