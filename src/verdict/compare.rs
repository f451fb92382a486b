//! How well two normal forms of the same property fit together, before scope, time and
//! hedges are considered.

use super::edge::{Edge, Stretch, only_at_edges};
use super::normal::Normal;
use super::registry::RuleId;
use super::wording;
use crate::model::Corpus;
use crate::value::{Bound, DateValue, EntitySet, Interval, Precision};
use std::borrow::Cow;

/// Why two values fit as they do: the facts of one rule, kept as data (reporters put them in
/// words, for the findings that are shown).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "found", rename_all = "kebab-case")]
pub enum Why<'a> {
    /// The values are compatible.
    Compatible,
    /// They overlap only within the reporting tolerance.
    WithinTolerance,
    /// Readings that overlap only in a sliver of the narrower: what would have to be true.
    EdgeFit {
        /// The common part of the readings.
        edge: Edge,
    },
    /// Two sets each naming members the other lacks: what each adds, by name.
    SetsDiffer {
        /// The members only the first names.
        first_adds: Vec<Cow<'a, str>>,
        /// The members only the second names.
        second_adds: Vec<Cow<'a, str>>,
    },
    /// Figures that do not meet, even read loosely.
    ReadingsApart {
        /// The gap between the readings.
        gap: f64,
    },
    /// Single days (or nights) next to each other, one of them at the turn of a day: a
    /// late hour, or time zones.
    ConsecutiveDays,
    /// Single days next to each other, neither at the turn of a day: different days.
    NextDay,
    /// Dates that do not meet.
    DaysApart {
        /// Days between them.
        days: i64,
    },
    /// A date read two ways: one reading is this many days from the other claim's date,
    /// another agrees with it.
    AmbiguousReading {
        /// The reading that does not fit.
        #[serde(serialize_with = "as_text")]
        apart: DateValue,
        /// How many days it is from the other date.
        days: i64,
        /// A reading that fits.
        #[serde(serialize_with = "as_text")]
        fits: DateValue,
    },
    /// Birth-date windows (of two ages) that do not overlap.
    BirthWindowsApart,
    /// Lengths that do not meet.
    DurationsApart {
        /// Days between them.
        days: f64,
    },
    /// One names an entity, the other says there is none.
    NoneVersusNamed,
    /// One names an entity the other explicitly excludes.
    Excluded {
        /// The entity, by name.
        name: Cow<'a, str>,
    },
    /// One entity is part of the other: the same answer at a finer granularity.
    PartOf {
        /// The finer entity, by name.
        part: Cow<'a, str>,
        /// The entity it is part of, by name.
        whole: Cow<'a, str>,
    },
    /// They name different entities.
    DifferentEntities,
    /// One wording says more than the other, in the same words.
    MoreSpecific {
        /// The fuller wording.
        longer: Cow<'a, str>,
        /// The shorter one.
        shorter: Cow<'a, str>,
    },
    /// The same words in another order ("Suez Canal Authority chairman", "chairman of the
    /// Suez Canal Authority").
    SameWords,
    /// Two titles that both name the head of one body, in other words ("police chief",
    /// "commander of the police force").
    HeadOfOneBody {
        /// The first title.
        first: Cow<'a, str>,
        /// The second title.
        second: Cow<'a, str>,
    },
    /// A bare round figure against a value hedged toward it (`nearly 400`, `400`): they miss
    /// each other only at that figure.
    RoundFigure {
        /// The round figure.
        figure: f64,
    },
    /// Worded differently.
    WordedDifferently,
    /// Two titles naming different offices (`mayor`, `governor`).
    DifferentOffices,
    /// One says yes, the other no.
    YesAndNo,
    /// Times that do not meet.
    MinutesApart {
        /// Minutes between them.
        minutes: i64,
    },
    /// Different codes.
    DifferentCodes,
    /// Values of different kinds.
    DifferentKinds,
    /// One says it is not known or not disclosed, the other gives it.
    UnknownAgainstKnown,
    /// A count of a part larger than the count of its whole, whatever the scope.
    ExceedsWhole {
        /// The part's scope, by name.
        part: Cow<'a, str>,
        /// The whole's scope, by name; `None` for the whole subject (no scope).
        whole: Option<Cow<'a, str>>,
    },
}

impl Why<'_> {
    /// The rule this evidence is for.
    pub fn rule(&self) -> RuleId {
        match self {
            Why::Compatible => RuleId::Compatible,
            Why::WithinTolerance => RuleId::WithinReportingTolerance,
            Why::EdgeFit { .. } => RuleId::EdgeFit,
            Why::SetsDiffer { .. } => RuleId::SetsDiffer,
            Why::ReadingsApart { .. } => RuleId::DisjointIntervals,
            Why::ConsecutiveDays => RuleId::ConsecutiveDays,
            Why::NextDay => RuleId::NextDay,
            Why::DaysApart { .. } => RuleId::DisjointDates,
            Why::AmbiguousReading { .. } => RuleId::AmbiguousReading,
            Why::BirthWindowsApart => RuleId::BirthWindowsDisjoint,
            Why::DurationsApart { .. } => RuleId::DisjointDurations,
            Why::NoneVersusNamed => RuleId::NoneVersusNamed,
            Why::Excluded { .. } => RuleId::NamedAndExcluded,
            Why::PartOf { .. } => RuleId::EntityGranularity,
            Why::DifferentEntities => RuleId::DifferentEntities,
            Why::MoreSpecific { .. } | Why::SameWords => RuleId::MoreSpecificWording,
            Why::HeadOfOneBody { .. } => RuleId::HeadOfOneBody,
            Why::RoundFigure { .. } => RuleId::BareRoundFigure,
            Why::WordedDifferently => RuleId::WordedDifferently,
            Why::DifferentOffices => RuleId::DifferentOffices,
            Why::YesAndNo => RuleId::YesAndNo,
            Why::MinutesApart { .. } => RuleId::DifferentTimes,
            Why::DifferentCodes => RuleId::DifferentCodes,
            Why::DifferentKinds => RuleId::DifferentKinds,
            Why::UnknownAgainstKnown => RuleId::UnknownAgainstKnown,
            Why::ExceedsWhole { .. } => RuleId::PartExceedsWhole,
        }
    }

    /// The same facts owning their names, to be kept in a finding's evidence.
    pub fn into_owned(self) -> Why<'static> {
        let owned = |text: Cow<'_, str>| Cow::Owned(text.into_owned());
        let all = |names: Vec<Cow<'_, str>>| names.into_iter().map(owned).collect();
        match self {
            Why::Compatible => Why::Compatible,
            Why::WithinTolerance => Why::WithinTolerance,
            Why::EdgeFit { edge } => Why::EdgeFit { edge },
            Why::SetsDiffer {
                first_adds,
                second_adds,
            } => Why::SetsDiffer {
                first_adds: all(first_adds),
                second_adds: all(second_adds),
            },
            Why::ReadingsApart { gap } => Why::ReadingsApart { gap },
            Why::ConsecutiveDays => Why::ConsecutiveDays,
            Why::NextDay => Why::NextDay,
            Why::DaysApart { days } => Why::DaysApart { days },
            Why::AmbiguousReading { apart, days, fits } => Why::AmbiguousReading { apart, days, fits },
            Why::BirthWindowsApart => Why::BirthWindowsApart,
            Why::DurationsApart { days } => Why::DurationsApart { days },
            Why::NoneVersusNamed => Why::NoneVersusNamed,
            Why::Excluded { name } => Why::Excluded { name: owned(name) },
            Why::PartOf { part, whole } => Why::PartOf {
                part: owned(part),
                whole: owned(whole),
            },
            Why::DifferentEntities => Why::DifferentEntities,
            Why::MoreSpecific { longer, shorter } => Why::MoreSpecific {
                longer: owned(longer),
                shorter: owned(shorter),
            },
            Why::SameWords => Why::SameWords,
            Why::HeadOfOneBody { first, second } => Why::HeadOfOneBody {
                first: owned(first),
                second: owned(second),
            },
            Why::RoundFigure { figure } => Why::RoundFigure { figure },
            Why::WordedDifferently => Why::WordedDifferently,
            Why::DifferentOffices => Why::DifferentOffices,
            Why::YesAndNo => Why::YesAndNo,
            Why::MinutesApart { minutes } => Why::MinutesApart { minutes },
            Why::DifferentCodes => Why::DifferentCodes,
            Why::DifferentKinds => Why::DifferentKinds,
            Why::UnknownAgainstKnown => Why::UnknownAgainstKnown,
            Why::ExceedsWhole { part, whole } => Why::ExceedsWhole {
                part: owned(part),
                whole: whole.map(owned),
            },
        }
    }
}

fn as_text<S: serde::Serializer>(date: &DateValue, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(date)
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
        (
            Normal::Numbers {
                strict: sa,
                loose: la,
                written: wa,
            },
            Normal::Numbers {
                strict: sb,
                loose: lb,
                written: wb,
            },
        ) => {
            if sa.overlaps(sb) {
                if only_at_edges(Stretch::of_interval(sa), Stretch::of_interval(sb), edge_fit)
                    || meet_only_stretched((sa, wa), (sb, wb))
                {
                    return Fit::Loose(Why::EdgeFit {
                        edge: Edge::figures(sa, sb),
                    });
                }
                Fit::Compatible(Why::Compatible)
            } else if let Some(figure) = round_figure_met(sa, sb).or_else(|| round_figure_met(sb, sa)) {
                Fit::Compatible(Why::RoundFigure { figure })
            } else if la.overlaps(lb) {
                Fit::Loose(Why::WithinTolerance)
            } else {
                Fit::Incompatible(Why::ReadingsApart { gap: sa.gap(sb) })
            }
        }
        (Normal::Days(da), Normal::Days(db)) if da.is_ambiguous() || db.is_ambiguous() => fit_readings(da, db),
        (Normal::Days(da), Normal::Days(db)) => match fit_days(da, db) {
            Fit::Compatible(_) if only_at_edges(Stretch::of_days(da), Stretch::of_days(db), edge_fit) => {
                Fit::Loose(Why::EdgeFit {
                    edge: Edge::days(da, db),
                })
            }
            fit => fit,
        },
        (Normal::Birth(da), Normal::Birth(db)) => {
            if da.overlaps(db) && only_at_edges(Stretch::of_days(da), Stretch::of_days(db), edge_fit) {
                Fit::Loose(Why::EdgeFit {
                    edge: Edge::births(da, db),
                })
            } else if da.overlaps(db) {
                Fit::Compatible(Why::Compatible)
            } else {
                Fit::Incompatible(Why::BirthWindowsApart)
            }
        }
        (Normal::Duration(ia), Normal::Duration(ib)) => {
            if ia.overlaps(ib) && only_at_edges(Stretch::of_interval(ia), Stretch::of_interval(ib), edge_fit) {
                Fit::Loose(Why::EdgeFit {
                    edge: Edge::lengths(ia, ib),
                })
            } else if ia.overlaps(ib) {
                Fit::Compatible(Why::Compatible)
            } else {
                Fit::Incompatible(Why::DurationsApart { days: ia.gap(ib) })
            }
        }
        (Normal::Entity(ea), Normal::Entity(eb)) => fit_entities(ea, eb, false, corpus),
        (Normal::EntitySet(ea), Normal::EntitySet(eb)) => fit_entities(ea, eb, true, corpus),
        (Normal::Text(ta), Normal::Text(tb)) => {
            if ta == tb {
                Fit::Compatible(Why::Compatible)
            } else if let Some(relation) = wording::relation(ta, tb) {
                Fit::Compatible(match relation {
                    wording::Relation::SameWords => Why::SameWords,
                    wording::Relation::MoreSpecific { longer, shorter } => Why::MoreSpecific {
                        longer: Cow::Borrowed(longer),
                        shorter: Cow::Borrowed(shorter),
                    },
                    wording::Relation::HeadOfOneBody => Why::HeadOfOneBody {
                        first: Cow::Borrowed(ta),
                        second: Cow::Borrowed(tb),
                    },
                })
            } else if wording::different_offices(ta, tb) {
                Fit::Incompatible(Why::DifferentOffices)
            } else {
                Fit::Loose(Why::WordedDifferently)
            }
        }
        (Normal::TextSet(_), Normal::TextSet(_)) => Fit::Compatible(Why::Compatible),
        (Normal::Boolean(ya), Normal::Boolean(yb)) => {
            if ya == yb {
                Fit::Compatible(Why::Compatible)
            } else {
                Fit::Incompatible(Why::YesAndNo)
            }
        }
        (Normal::Time(ta), Normal::Time(tb)) => {
            if ta == tb || ta.overlaps(tb) {
                Fit::Compatible(Why::Compatible)
            } else {
                Fit::Incompatible(Why::MinutesApart {
                    minutes: ta.minutes_apart(tb),
                })
            }
        }
        (Normal::Code(ca), Normal::Code(cb)) => {
            if ca == cb {
                Fit::Compatible(Why::Compatible)
            } else {
                Fit::Incompatible(Why::DifferentCodes)
            }
        }
        (Normal::Unknown(_), Normal::Unknown(_)) => Fit::Compatible(Why::Compatible),
        (Normal::Unknown(_), _) | (_, Normal::Unknown(_)) => Fit::Loose(Why::UnknownAgainstKnown),
        _ => Fit::Loose(Why::DifferentKinds),
    }
}

/// Whether two overlapping readings meet only where both hedges reach: neither figure as
/// written lies in the other's reading, its ends included (`about 400`, read as 340 to 460,
/// and `nearly 500`, read as 425 to 500, meet only between 425 and 460, far from 400 and
/// from 500; `nearly 500` twice meets at its own figure). A bare figure, a range or an open
/// end is its own reading, so it never meets another only so.
fn meet_only_stretched(
    (read_a, written_a): (&Interval, &Interval),
    (read_b, written_b): (&Interval, &Interval),
) -> bool {
    !written_a.overlaps(&with_ends(read_b)) && !written_b.overlaps(&with_ends(read_a))
}

/// An interval with its open ends closed.
fn with_ends(interval: &Interval) -> Interval {
    let close = |bound: Bound| match bound {
        Bound::Open(x) => Bound::Closed(x),
        other => other,
    };
    Interval {
        lo: close(interval.lo),
        hi: close(interval.hi),
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
/// one moment seen across midnight or a time zone, and only when the text puts one of them
/// there (at night, late or early in a day, around midnight); two single days without it are
/// different days, and two years or months that touch are different dates.
fn fit_days<'a>(da: &DateValue, db: &DateValue) -> Fit<'a> {
    if da.overlaps(db) {
        Fit::Compatible(Why::Compatible)
    } else if da.days_apart(db) == 1 && is_one_day_or_night(da) && is_one_day_or_night(db) {
        if da.near_midnight() || db.near_midnight() {
            Fit::Loose(Why::ConsecutiveDays)
        } else {
            Fit::Incompatible(Why::NextDay)
        }
    } else {
        Fit::Incompatible(Why::DaysApart {
            days: da.days_apart(db),
        })
    }
}

/// Whether a date is a single day or a single night (which crosses midnight).
fn is_one_day_or_night(date: &DateValue) -> bool {
    matches!(date.precision, Precision::Day | Precision::Night)
}

/// How two dates fit when one reads two ways: each pair of readings is compared. Every
/// reading fitting is agreement; none fitting is the best fit of any pair (a conflict when
/// every reading conflicts); some fitting and some not is a tension under the
/// `ambiguous-reading` rule, naming a reading that does not fit and one that does. Two dates
/// read the same two ways say the same, whichever is meant: they agree.
fn fit_readings<'a>(da: &DateValue, db: &DateValue) -> Fit<'a> {
    if (da.first, da.last, da.readings) == (db.first, db.last, db.readings) {
        return Fit::Compatible(Why::Compatible);
    }
    let pairs: Vec<(DateValue, DateValue)> = da
        .each_reading()
        .into_iter()
        .flat_map(|ra| db.each_reading().into_iter().map(move |rb| (ra, rb)))
        .collect();
    let fitting = pairs.iter().find(|(ra, rb)| ra.overlaps(rb));
    let apart = pairs.iter().find(|(ra, rb)| !ra.overlaps(rb));
    match (fitting, apart) {
        (Some(_), None) => Fit::Compatible(Why::Compatible),
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
                Fit::Incompatible(Why::NextDay) => 2,
                Fit::Incompatible(Why::DaysApart { days }) => 1 + *days,
                Fit::Incompatible(_) => i64::MAX,
            })
            .unwrap_or(Fit::Incompatible(Why::DifferentKinds)),
    }
}

fn fit_entities<'a>(a: &'a EntitySet, b: &'a EntitySet, open_world: bool, corpus: &'a Corpus) -> Fit<'a> {
    if a.none != b.none && (!a.included.is_empty() || !b.included.is_empty()) {
        return Fit::Incompatible(Why::NoneVersusNamed);
    }
    let excluded_by_b: Vec<&String> = a.included.iter().filter(|id| b.excluded.contains(id)).collect();
    let excluded_by_a: Vec<&String> = b.included.iter().filter(|id| a.excluded.contains(id)).collect();
    if let Some(id) = excluded_by_b.first().or(excluded_by_a.first()) {
        return Fit::Incompatible(Why::Excluded {
            name: Cow::Borrowed(corpus.entity_name(id)),
        });
    }
    if !open_world {
        return fit_single(a.included.first(), b.included.first(), corpus);
    }
    let (a_adds, b_adds) = (adds(a, b, corpus), adds(b, a, corpus));
    if !a_adds.is_empty() && !b_adds.is_empty() {
        return Fit::Loose(Why::SetsDiffer {
            first_adds: a_adds,
            second_adds: b_adds,
        });
    }
    Fit::Compatible(Why::Compatible)
}

/// The members `a` names that `b` does not cover, by display name: a member is covered when
/// `b` names it, names what it is part of, or names a part of it.
fn adds<'a>(a: &'a EntitySet, b: &'a EntitySet, corpus: &'a Corpus) -> Vec<Cow<'a, str>> {
    a.included
        .iter()
        .filter(|id| {
            !b.included
                .iter()
                .any(|other| id == &other || corpus.entity_within(id, other) || corpus.entity_within(other, id))
        })
        .map(|id| Cow::Borrowed(corpus.entity_name(id)))
        .collect()
}

fn fit_single<'a>(a: Option<&'a String>, b: Option<&'a String>, corpus: &'a Corpus) -> Fit<'a> {
    let (Some(a), Some(b)) = (a, b) else {
        return Fit::Compatible(Why::Compatible);
    };
    if a == b {
        Fit::Compatible(Why::Compatible)
    } else if corpus.entity_within(a, b) {
        Fit::Compatible(Why::PartOf {
            part: Cow::Borrowed(corpus.entity_name(a)),
            whole: Cow::Borrowed(corpus.entity_name(b)),
        })
    } else if corpus.entity_within(b, a) {
        Fit::Compatible(Why::PartOf {
            part: Cow::Borrowed(corpus.entity_name(b)),
            whole: Cow::Borrowed(corpus.entity_name(a)),
        })
    } else {
        Fit::Incompatible(Why::DifferentEntities)
    }
}

#[cfg(test)]
mod tests {
    use super::{Fit, Why, fit_readings, meet_only_stretched};
    use crate::value::{DateValue, ParseContext, Tolerance, Value, ValueType, parse};
    use jiff::civil::date;

    /// Whether two counts, as a corpus writes them, meet only where both hedges reach.
    fn stretched(a: &str, b: &str) -> bool {
        let tolerance = Tolerance {
            approx: 0.15,
            report: 0.0,
        };
        let read = |text: &str| {
            let context = ParseContext {
                reference: None,
                date_order: None,
            };
            let Ok(Value::Quantity(quantity)) = parse(text, ValueType::Count, &context) else {
                panic!("{text} reads as a count")
            };
            (quantity.interval(tolerance), quantity.as_written())
        };
        let ((read_a, written_a), (read_b, written_b)) = (read(a), read(b));
        read_a.overlaps(&read_b) && meet_only_stretched((&read_a, &written_a), (&read_b, &written_b))
    }

    /// Counts from other beats: two hedged figures that reach each other only by both
    /// hedges meet at an edge; one figure inside the other's reading, or an open end, does not.
    #[test]
    fn hedged_figures_that_meet_only_by_both_hedges_meet_at_an_edge() {
        for (a, b) in [
            ("about 400", "nearly 500"),
            ("about 1,300", "nearly 1,700"),
            ("around 60", "almost 75"),
        ] {
            assert!(stretched(a, b), "{a} / {b}");
        }
        for (a, b) in [
            ("about 400", "more than 400"),
            ("more than 400", "nearly 500"),
            ("about 30,000", "around 31,000"),
            ("some 14", "15"),
            ("about 400", "440"),
            ("between 300 and 400", "about 450"),
            ("nearly 500", "nearly 500"),
            ("more than 70", "more than 70"),
        ] {
            assert!(!stretched(a, b), "{a} / {b}");
        }
    }

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
        assert_eq!(
            fit_readings(&either, &day(4, 3)),
            Fit::Loose(Why::AmbiguousReading {
                apart: day(3, 4),
                days: 30,
                fits: day(4, 3)
            })
        );
        assert!(matches!(
            fit_readings(&either, &day(6, 1)),
            Fit::Incompatible(Why::DaysApart { days: 59 })
        ));
        assert!(matches!(fit_readings(&either, &either), Fit::Compatible(_)));
        let two_days = DateValue::either(day(10, 21), day(10, 22));
        assert!(matches!(
            fit_readings(&two_days, &day(10, 23)),
            Fit::Incompatible(Why::NextDay)
        ));
        let night = two_days.at_turn();
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
