//! How well two normal forms of the same property fit together, before scope, time and
//! hedges are considered.

use super::edge::{Edge, Stretch, only_at_edges};
use super::normal::Normal;
use super::registry::RuleId;
use super::wording;
use crate::model::Corpus;
use crate::value::{Bound, DateValue, EntitySet, Interval, Precision};
use std::fmt;

/// Why two values fit as they do: the evidence of one rule, kept as data and written out
/// (by `Display`) only for a reason that is shown (most pairs weighed are never described).
#[derive(Debug, Clone, PartialEq)]
pub enum Why<'a> {
    /// Compatible, and how: `the readings overlap`, `same entity`.
    Compatible(&'static str),
    /// `they overlap only within the reporting tolerance`.
    WithinTolerance,
    /// Readings that overlap only in a sliver of the narrower: what would have to be true.
    EdgeFit(Edge),
    /// Two sets each naming members the other lacks: what each adds.
    SetsDiffer(Vec<&'a str>, Vec<&'a str>),
    /// `the readings are 22686.95 apart`.
    ReadingsApart(f64),
    /// `they are on consecutive days (a night-time event, or time zones?)`.
    ConsecutiveDays,
    /// `the date ranges are 3 days apart`.
    DaysApart(i64),
    /// A date read two ways: one reading is this many days from the other claim's date,
    /// another agrees with it.
    AmbiguousReading {
        /// The reading that does not fit.
        apart: DateValue,
        /// How many days it is from the other date.
        days: i64,
        /// A reading that fits.
        fits: DateValue,
    },
    /// `the birth-date windows do not overlap, so both ages cannot be right`.
    BirthWindowsApart,
    /// `the durations are 40 days apart`.
    DurationsApart(f64),
    /// `one names an entity, the other says there is none`.
    NoneVersusNamed,
    /// `one names the 82nd Division, the other explicitly excludes it`.
    Excluded(&'a str),
    /// `the 82nd Brigade is part of the 82nd Division: the same answer at a finer granularity`.
    PartOf(&'a str, &'a str),
    /// `they name different entities`.
    DifferentEntities,
    /// `"interim president" says more than "president", in the same words`.
    MoreSpecific(&'a str, &'a str),
    /// `the same words in another order` ("Suez Canal Authority chairman", "chairman of the
    /// Suez Canal Authority").
    SameWords,
    /// `"police chief" and "commander of the police force" both name the head of one body`.
    HeadOfOneBody(&'a str, &'a str),
    /// A bare round figure against a value hedged toward it (`nearly 400`, `400`): they miss
    /// each other only at that figure.
    RoundFigure(f64),
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
    /// `one says it is not known or not disclosed, the other gives it`.
    UnknownAgainstKnown,
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
            Why::EdgeFit(_) => RuleId::EdgeFit,
            Why::SetsDiffer(..) => RuleId::SetsDiffer,
            Why::ReadingsApart(_) => RuleId::DisjointIntervals,
            Why::ConsecutiveDays => RuleId::ConsecutiveDays,
            Why::DaysApart(_) => RuleId::DisjointDates,
            Why::AmbiguousReading { .. } => RuleId::AmbiguousReading,
            Why::BirthWindowsApart => RuleId::BirthWindowsDisjoint,
            Why::DurationsApart(_) => RuleId::DisjointDurations,
            Why::NoneVersusNamed => RuleId::NoneVersusNamed,
            Why::Excluded(_) => RuleId::NamedAndExcluded,
            Why::PartOf(..) => RuleId::EntityGranularity,
            Why::DifferentEntities => RuleId::DifferentEntities,
            Why::MoreSpecific(..) | Why::SameWords => RuleId::MoreSpecificWording,
            Why::HeadOfOneBody(..) => RuleId::HeadOfOneBody,
            Why::RoundFigure(_) => RuleId::BareRoundFigure,
            Why::WordedDifferently => RuleId::WordedDifferently,
            Why::YesAndNo => RuleId::YesAndNo,
            Why::MinutesApart(_) => RuleId::DifferentTimes,
            Why::DifferentCodes => RuleId::DifferentCodes,
            Why::DifferentKinds => RuleId::DifferentKinds,
            Why::UnknownAgainstKnown => RuleId::UnknownAgainstKnown,
            Why::ExceedsWhole(..) => RuleId::PartExceedsWhole,
        }
    }
}

impl fmt::Display for Why<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Why::Compatible(words) => f.write_str(words),
            Why::WithinTolerance => f.write_str("they overlap only within the reporting tolerance"),
            Why::EdgeFit(edge) => write!(f, "{edge}"),
            Why::SetsDiffer(first, second) => write!(
                f,
                "each names what the other lacks: the first adds {}, the second {}",
                and_list(first),
                and_list(second)
            ),
            Why::ReadingsApart(gap) => write!(f, "the readings are {} apart", trim_number(*gap)),
            Why::ConsecutiveDays => f.write_str("they are on consecutive days (a night-time event, or time zones?)"),
            Why::DaysApart(1) => f.write_str("the dates do not overlap: one ends the day before the other begins"),
            Why::DaysApart(days) => write!(f, "the date ranges are {days} days apart"),
            Why::AmbiguousReading { apart, days, fits } => {
                let how = if *days == 1 {
                    "it falls on the day next to the other date".to_owned()
                } else {
                    format!("it contradicts the other date ({days} days apart)")
                };
                write!(
                    f,
                    "ambiguous: read as {} {how}; read as {} they agree",
                    spoken(apart),
                    spoken(fits)
                )
            }
            Why::BirthWindowsApart => {
                f.write_str("the birth-date windows do not overlap, so both ages cannot be right")
            }
            Why::DurationsApart(gap) if *gap == 1.0 => f.write_str("the durations are 1 day apart"),
            Why::DurationsApart(gap) => write!(f, "the durations are {} days apart", trim_number(*gap)),
            Why::NoneVersusNamed => f.write_str("one names an entity, the other says there is none"),
            Why::Excluded(name) => write!(f, "one names {name}, the other explicitly excludes it"),
            Why::PartOf(part, whole) => write!(f, "{part} is part of {whole}: the same answer at a finer granularity"),
            Why::DifferentEntities => f.write_str("they name different entities"),
            Why::SameWords => f.write_str("the same words in another order"),
            Why::MoreSpecific(longer, shorter) => {
                write!(f, "\"{longer}\" says more than \"{shorter}\", in the same words")
            }
            Why::HeadOfOneBody(a, b) => write!(f, "\"{a}\" and \"{b}\" both name the head of one body, in other words"),
            Why::RoundFigure(x) => write!(
                f,
                "the bare round figure {} is itself approximate, so only the hedge toward it differs",
                trim_number(*x)
            ),
            Why::WordedDifferently => f.write_str("worded differently"),
            Why::YesAndNo => f.write_str("one says yes, the other no"),
            Why::MinutesApart(1) => f.write_str("the times are 1 minute apart"),
            Why::MinutesApart(minutes) => write!(f, "the times are {minutes} minutes apart"),
            Why::DifferentCodes => f.write_str("different codes"),
            Why::DifferentKinds => f.write_str("the values are of different kinds"),
            Why::UnknownAgainstKnown => {
                f.write_str("one source says it is not known or not disclosed, the other gives it")
            }
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

/// Compares two normal forms of one property; the why is for the reason line. Readings that
/// overlap by less than `edge_fit` of the narrower one fit only at their edges.
pub fn fit<'a>(a: &'a Normal, b: &'a Normal, edge_fit: f64, corpus: &'a Corpus) -> Fit<'a> {
    match (a, b) {
        (Normal::Numbers { strict: sa, loose: la }, Normal::Numbers { strict: sb, loose: lb }) => {
            if sa.overlaps(sb) {
                if only_at_edges(Stretch::of_interval(sa), Stretch::of_interval(sb), edge_fit) {
                    return Fit::Loose(Why::EdgeFit(Edge::figures(sa, sb)));
                }
                Fit::Compatible(Why::Compatible("the readings overlap"))
            } else if let Some(figure) = round_figure_met(sa, sb).or_else(|| round_figure_met(sb, sa)) {
                Fit::Compatible(Why::RoundFigure(figure))
            } else if la.overlaps(lb) {
                Fit::Loose(Why::WithinTolerance)
            } else {
                Fit::Incompatible(Why::ReadingsApart(sa.gap(sb)))
            }
        }
        (Normal::Days(da), Normal::Days(db)) if da.is_ambiguous() || db.is_ambiguous() => fit_readings(da, db),
        (Normal::Days(da), Normal::Days(db)) => match fit_days(da, db) {
            Fit::Compatible(_) if only_at_edges(Stretch::of_days(da), Stretch::of_days(db), edge_fit) => {
                Fit::Loose(Why::EdgeFit(Edge::days(da, db)))
            }
            fit => fit,
        },
        (Normal::Birth(da), Normal::Birth(db)) => {
            if da.overlaps(db) && only_at_edges(Stretch::of_days(da), Stretch::of_days(db), edge_fit) {
                Fit::Loose(Why::EdgeFit(Edge::births(da, db)))
            } else if da.overlaps(db) {
                Fit::Compatible(Why::Compatible("the birth-date windows overlap"))
            } else {
                Fit::Incompatible(Why::BirthWindowsApart)
            }
        }
        (Normal::Duration(ia), Normal::Duration(ib)) => {
            if ia.overlaps(ib) && only_at_edges(Stretch::of_interval(ia), Stretch::of_interval(ib), edge_fit) {
                Fit::Loose(Why::EdgeFit(Edge::lengths(ia, ib)))
            } else if ia.overlaps(ib) {
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
            } else if let Some(relation) = wording::relation(ta, tb) {
                Fit::Compatible(match relation {
                    wording::Relation::SameWords => Why::SameWords,
                    wording::Relation::MoreSpecific { longer, shorter } => Why::MoreSpecific(longer, shorter),
                    wording::Relation::HeadOfOneBody => Why::HeadOfOneBody(ta, tb),
                })
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
            } else if ta.overlaps(tb) {
                Fit::Compatible(Why::Compatible("the times overlap"))
            } else {
                Fit::Incompatible(Why::MinutesApart(ta.minutes_apart(tb)))
            }
        }
        (Normal::Code(ca), Normal::Code(cb)) => {
            if ca == cb {
                Fit::Compatible(Why::Compatible("same code"))
            } else {
                Fit::Incompatible(Why::DifferentCodes)
            }
        }
        (Normal::Unknown(_), Normal::Unknown(_)) => Fit::Compatible(Why::Compatible("neither gives it")),
        (Normal::Unknown(_), _) | (_, Normal::Unknown(_)) => Fit::Loose(Why::UnknownAgainstKnown),
        _ => Fit::Loose(Why::DifferentKinds),
    }
}

/// The figure, when `bare` is one round figure (a whole number of tens: `400`, `20`) and
/// `hedged` leaves it out only by an open end at it (`nearly 400`, `more than 400`): a round
/// figure printed bare is itself approximate, so the two differ only by the hedge.
fn round_figure_met(bare: &Interval, hedged: &Interval) -> Option<f64> {
    let (Bound::Closed(x), Bound::Closed(y)) = (bare.lo, bare.hi) else {
        return None;
    };
    let round = x == y && x != 0.0 && x.fract() == 0.0 && x % 10.0 == 0.0;
    let touches = hedged.lo == Bound::Open(x) || hedged.hi == Bound::Open(x);
    (round && touches).then_some(x)
}

/// How two dates read one way each fit. Only two single days (or nights) a day apart can be
/// one moment seen across midnight or a time zone; two years or months that touch are
/// different dates.
fn fit_days<'a>(da: &DateValue, db: &DateValue) -> Fit<'a> {
    if da.overlaps(db) {
        Fit::Compatible(Why::Compatible("the date ranges overlap"))
    } else if da.days_apart(db) == 1 && is_one_day_or_night(da) && is_one_day_or_night(db) {
        Fit::Loose(Why::ConsecutiveDays)
    } else {
        Fit::Incompatible(Why::DaysApart(da.days_apart(db)))
    }
}

/// Whether a date is a single day or a single night (which crosses midnight).
fn is_one_day_or_night(date: &DateValue) -> bool {
    matches!(date.precision, Precision::Day | Precision::Night)
}

/// How two dates fit when one reads two ways: each pair of readings is compared. Every
/// reading fitting is agreement; none fitting is the best fit of any pair (a conflict when
/// every reading conflicts); some fitting and some not is a tension under the
/// `ambiguous-reading` rule, naming a reading that does not fit and one that does.
fn fit_readings<'a>(da: &DateValue, db: &DateValue) -> Fit<'a> {
    let pairs: Vec<(DateValue, DateValue)> = da
        .each_reading()
        .into_iter()
        .flat_map(|ra| db.each_reading().into_iter().map(move |rb| (ra, rb)))
        .collect();
    let fitting = pairs.iter().find(|(ra, rb)| ra.overlaps(rb));
    let apart = pairs.iter().find(|(ra, rb)| !ra.overlaps(rb));
    match (fitting, apart) {
        (Some(_), None) => Fit::Compatible(Why::Compatible("every reading of the dates overlaps")),
        (Some((fa, fb)), Some((aa, ab))) => {
            let (apart, fits) = if da.is_ambiguous() { (*aa, *fa) } else { (*ab, *fb) };
            Fit::Loose(Why::AmbiguousReading {
                apart,
                days: aa.days_apart(ab),
                fits,
            })
        }
        (None, _) => pairs
            .iter()
            .map(|(ra, rb)| fit_days(ra, rb))
            .min_by_key(|fit| match fit {
                Fit::Compatible(_) => 0,
                Fit::Loose(_) => 1,
                Fit::Incompatible(Why::DaysApart(days)) => 1 + *days,
                Fit::Incompatible(_) => i64::MAX,
            })
            .unwrap_or(Fit::Incompatible(Why::DifferentKinds)),
    }
}

/// A reading for people: a single day with its weekday (`Tuesday 21 October 2025`), any
/// other date as shown.
fn spoken(date: &DateValue) -> String {
    if date.first == date.last && date.precision == Precision::Day {
        return date.first.strftime("%A %-d %B %Y").to_string();
    }
    date.to_string()
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
    let (a_adds, b_adds) = (adds(a, b, corpus), adds(b, a, corpus));
    if !a_adds.is_empty() && !b_adds.is_empty() {
        return Fit::Loose(Why::SetsDiffer(a_adds, b_adds));
    }
    Fit::Compatible(Why::Compatible(if a_adds.is_empty() && b_adds.is_empty() {
        "they name the same members"
    } else {
        "one set only adds members to the other (sets are open)"
    }))
}

/// The members `a` names that `b` does not cover, by display name: a member is covered when
/// `b` names it, names what it is part of, or names a part of it.
fn adds<'a>(a: &'a EntitySet, b: &'a EntitySet, corpus: &'a Corpus) -> Vec<&'a str> {
    a.included
        .iter()
        .filter(|id| {
            !b.included
                .iter()
                .any(|other| id == &other || corpus.entity_within(id, other) || corpus.entity_within(other, id))
        })
        .map(|id| corpus.entity_name(id))
        .collect()
}

/// `France`, `France and Mali`, `France, Mali and Senegal`.
fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn fit_single<'a>(a: Option<&'a String>, b: Option<&'a String>, corpus: &'a Corpus) -> Fit<'a> {
    let (Some(a), Some(b)) = (a, b) else {
        return Fit::Compatible(Why::Compatible("nothing to compare"));
    };
    if a == b {
        Fit::Compatible(Why::Compatible("same entity"))
    } else if corpus.entity_within(a, b) {
        Fit::Compatible(Why::PartOf(corpus.entity_name(a), corpus.entity_name(b)))
    } else if corpus.entity_within(b, a) {
        Fit::Compatible(Why::PartOf(corpus.entity_name(b), corpus.entity_name(a)))
    } else {
        Fit::Incompatible(Why::DifferentEntities)
    }
}

/// A number without trailing zeros, at most two decimals.
pub fn trim_number(x: f64) -> String {
    let text = format!("{x:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

#[cfg(test)]
mod tests {
    use super::{Fit, Why, fit_readings};
    use crate::value::DateValue;
    use jiff::civil::date;

    fn day(m: i8, d: i8) -> DateValue {
        DateValue::day(date(2025, m, d))
    }

    #[test]
    fn a_date_read_two_ways_is_compared_reading_by_reading() {
        let either = DateValue::either(day(3, 4), day(4, 3));
        assert!(matches!(
            fit_readings(&either, &day(4, 3)),
            Fit::Loose(Why::AmbiguousReading { days: 30, .. })
        ));
        let reason = fit_readings(&either, &day(4, 3));
        let Fit::Loose(why) = reason else { panic!("{reason:?}") };
        assert_eq!(
            why.to_string(),
            "ambiguous: read as Tuesday 4 March 2025 it contradicts the other date (30 days apart); \
             read as Thursday 3 April 2025 they agree"
        );
        assert!(matches!(
            fit_readings(&either, &day(6, 1)),
            Fit::Incompatible(Why::DaysApart(59))
        ));
        assert!(matches!(fit_readings(&either, &either), Fit::Loose(_)));
        let night = DateValue::either(day(10, 21), day(10, 22));
        assert!(matches!(
            fit_readings(&night, &day(10, 23)),
            Fit::Loose(Why::ConsecutiveDays)
        ));
        assert!(matches!(
            fit_readings(&night, &day(10, 22)),
            Fit::Loose(Why::AmbiguousReading { days: 1, .. })
        ));
        let both = DateValue::span(date(2025, 3, 1), date(2025, 4, 30), crate::value::Precision::Range);
        assert!(matches!(fit_readings(&either, &both), Fit::Compatible(_)));
    }
}
