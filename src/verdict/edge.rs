//! Edge fits, one principle for every type read as a stretch (figures, dates, birth-date
//! windows, lengths): two readings that overlap only in a sliver of the narrower one can both
//! be true only if the truth sits at the edge of each, which an editor raises as a tension
//! and words as what would have to be true.

use super::normal::Normal;
use crate::value::{Bound, DateValue, Interval};
use jiff::civil::{Date, date};

/// A reading as a stretch of the real line: a number's interval, or a range of days counted
/// from a fixed day (the last day included, so a single day is one day wide).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Stretch {
    /// The low end (minus infinity when unbounded).
    pub lo: f64,
    /// The high end (plus infinity when unbounded).
    pub hi: f64,
}

impl Stretch {
    /// The stretch of an interval; open and closed ends alike.
    pub fn of_interval(interval: &Interval) -> Stretch {
        let end = |bound: Bound, unbounded: f64| match bound {
            Bound::Closed(x) | Bound::Open(x) => x,
            Bound::Unbounded => unbounded,
        };
        Stretch {
            lo: end(interval.lo, f64::NEG_INFINITY),
            hi: end(interval.hi, f64::INFINITY),
        }
    }

    /// The stretch of a range of days.
    pub fn of_days(days: &DateValue) -> Stretch {
        Stretch {
            lo: day_number(days.first),
            hi: day_number(days.last) + 1.0,
        }
    }

    /// The stretch a normal form is weighed by for edge fits: a number as read, a date read
    /// one way, a birth-date window, a length; `None` for the others.
    pub fn of_normal(normal: &Normal) -> Option<Stretch> {
        match normal {
            Normal::Numbers { strict, .. } => Some(Stretch::of_interval(strict)),
            Normal::Days(days) if !days.is_ambiguous() => Some(Stretch::of_days(days)),
            Normal::Birth(days) => Some(Stretch::of_days(days)),
            Normal::Duration(interval) => Some(Stretch::of_interval(interval)),
            _ => None,
        }
    }

    /// The length of the stretch (infinite when an end is unbounded).
    pub fn width(self) -> f64 {
        self.hi - self.lo
    }
}

/// Days from 1 January 1970.
fn day_number(day: Date) -> f64 {
    (day.duration_since(date(1970, 1, 1)).as_secs() / 86_400) as f64
}

/// The overlap of two readings as a share of the narrower one: 1 when the narrower lies
/// within the other, when it is a single point (read exactly), or when both are unbounded;
/// 0 when they only touch.
pub fn overlap_share(a: Stretch, b: Stretch) -> f64 {
    let overlap = (a.hi.min(b.hi) - a.lo.max(b.lo)).max(0.0);
    let narrower = a.width().min(b.width());
    if narrower <= 0.0 || narrower.is_infinite() {
        return 1.0;
    }
    (overlap / narrower).min(1.0)
}

/// Whether two overlapping readings fit only at their edges under a property's `edge_fit`.
pub fn only_at_edges(a: Stretch, b: Stretch, edge_fit: f64) -> bool {
    overlap_share(a, b) < edge_fit
}

/// What would have to be true for two readings that fit only at their edges to both hold:
/// their common part, by the type of the readings (reporters put it in words).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Edge {
    /// Figures: the common part of two numbers' readings.
    Figure {
        /// The common part.
        common: Stretch,
    },
    /// Ages: the birth dates both ages allow.
    Birth {
        /// The earliest birth date both allow.
        #[serde(serialize_with = "as_day")]
        first: Date,
        /// The latest.
        #[serde(serialize_with = "as_day")]
        last: Date,
    },
    /// Lengths: the common part of two durations, in days.
    Length {
        /// The common part, in days.
        common: Stretch,
    },
    /// Dates: the days both dates allow.
    Days {
        /// The first day both allow.
        #[serde(serialize_with = "as_day")]
        first: Date,
        /// The last.
        #[serde(serialize_with = "as_day")]
        last: Date,
    },
}

impl Edge {
    /// The common part of two figures.
    pub fn figures(a: &Interval, b: &Interval) -> Edge {
        Edge::Figure {
            common: common(Stretch::of_interval(a), Stretch::of_interval(b)),
        }
    }

    /// The common part of two lengths in days.
    pub fn lengths(a: &Interval, b: &Interval) -> Edge {
        Edge::Length {
            common: common(Stretch::of_interval(a), Stretch::of_interval(b)),
        }
    }

    /// The birth dates two ages' windows share.
    pub fn births(a: &DateValue, b: &DateValue) -> Edge {
        Edge::Birth {
            first: a.first.max(b.first),
            last: a.last.min(b.last),
        }
    }

    /// The days two dates share.
    pub fn days(a: &DateValue, b: &DateValue) -> Edge {
        Edge::Days {
            first: a.first.max(b.first),
            last: a.last.min(b.last),
        }
    }
}

fn as_day<S: serde::Serializer>(day: &Date, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(day)
}

fn common(a: Stretch, b: Stretch) -> Stretch {
    Stretch {
        lo: a.lo.max(b.lo),
        hi: a.hi.min(b.hi),
    }
}

#[cfg(test)]
mod tests {
    use super::{Stretch, only_at_edges, overlap_share};
    use crate::value::{DateValue, Precision};
    use jiff::civil::date;
    use proptest::prelude::*;

    fn stretch(lo: f64, hi: f64) -> Stretch {
        Stretch { lo, hi }
    }

    #[test]
    fn the_share_is_of_the_narrower_reading() {
        assert_eq!(overlap_share(stretch(0.0, 100.0), stretch(90.0, 1000.0)), 0.1);
        assert_eq!(overlap_share(stretch(0.0, 100.0), stretch(40.0, 60.0)), 1.0);
        assert_eq!(overlap_share(stretch(0.0, 10.0), stretch(10.0, 20.0)), 0.0);
        assert_eq!(overlap_share(stretch(5.0, 5.0), stretch(5.0, 20.0)), 1.0);
        assert_eq!(
            overlap_share(stretch(f64::NEG_INFINITY, 80.0), stretch(70.0, f64::INFINITY)),
            1.0
        );
        assert!(only_at_edges(stretch(0.0, 100.0), stretch(95.0, 200.0), 0.1));
        assert!(!only_at_edges(stretch(0.0, 100.0), stretch(95.0, 200.0), 0.0));
    }

    #[test]
    fn a_month_of_a_year_of_dates_is_wide_enough() {
        let year = DateValue::span(date(2016, 1, 1), date(2016, 12, 31), Precision::Year);
        let september = DateValue::span(date(2016, 9, 1), date(2016, 9, 30), Precision::Month);
        assert_eq!(
            overlap_share(Stretch::of_days(&year), Stretch::of_days(&september)),
            1.0
        );
    }

    proptest! {
        /// Moving one reading towards the other never lowers their share of overlap.
        #[test]
        fn a_wider_overlap_never_lowers_the_share(lo in -100.0..100.0f64, width in 0.0..50.0f64, other in 0.0..50.0f64, gap in 0.0..100.0f64, step in 0.0..100.0f64) {
            let a = stretch(lo, lo + width);
            let far = stretch(lo + width - gap + step, lo + width - gap + step + other);
            let near = stretch(lo + width - gap, lo + width - gap + other);
            prop_assume!(near.lo >= a.lo && far.lo >= a.lo);
            prop_assert!(overlap_share(a, near) >= overlap_share(a, far));
        }
    }
}
