//! Intervals on the real line with open, closed or infinite ends: the common normal form
//! of counts, percentages, ages, durations (in days) and derived figures.

use std::fmt;

/// One end of an interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Bound {
    /// The end is included.
    Closed(f64),
    /// The end is excluded.
    Open(f64),
    /// No end (minus infinity for a low end, plus infinity for a high end).
    Unbounded,
}

/// A set of reals `lo..hi`; never empty when built by the constructors.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    /// The low end.
    pub lo: Bound,
    /// The high end.
    pub hi: Bound,
}

impl Interval {
    /// The closed interval `[lo, hi]` (`lo <= hi`; the ends are swapped otherwise).
    pub fn closed(lo: f64, hi: f64) -> Self {
        let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
        Interval {
            lo: Bound::Closed(lo),
            hi: Bound::Closed(hi),
        }
    }

    /// The single point `[x, x]`.
    pub fn point(x: f64) -> Self {
        Interval::closed(x, x)
    }

    /// Whether the two intervals share at least one point (open ends respected).
    pub fn overlaps(&self, other: &Interval) -> bool {
        self.intersection(other).is_some()
    }

    /// The common part, or `None` when they do not overlap.
    pub fn intersection(&self, other: &Interval) -> Option<Interval> {
        let common = Interval {
            lo: tighter(self.lo, other.lo, Side::Low),
            hi: tighter(self.hi, other.hi, Side::High),
        };
        common.is_nonempty().then_some(common)
    }

    /// The interval widened on both finite ends by `relative` times the magnitude of that end
    /// (`[70, 70]` widened by 0.15 is `[59.5, 80.5]`); unbounded ends stay unbounded.
    pub fn widened(&self, relative: f64) -> Interval {
        let relative = if relative > 0.0 { relative } else { 0.0 };
        Interval {
            lo: map_bound(self.lo, |x| x - relative * x.abs()),
            hi: map_bound(self.hi, |x| x + relative * x.abs()),
        }
    }

    /// Whether `x` lies in the interval.
    pub fn contains(&self, x: f64) -> bool {
        let above_lo = match self.lo {
            Bound::Closed(lo) => x >= lo,
            Bound::Open(lo) => x > lo,
            Bound::Unbounded => true,
        };
        let below_hi = match self.hi {
            Bound::Closed(hi) => x <= hi,
            Bound::Open(hi) => x < hi,
            Bound::Unbounded => true,
        };
        above_lo && below_hi
    }

    /// The distance between the two intervals (0 when they overlap).
    pub fn gap(&self, other: &Interval) -> f64 {
        if self.overlaps(other) {
            return 0.0;
        }
        let below = low_value(other.lo) - high_value(self.hi);
        let above = low_value(self.lo) - high_value(other.hi);
        0.0_f64.max(below).max(above)
    }

    /// Whether at least one real lies between the ends.
    fn is_nonempty(&self) -> bool {
        match (self.lo, self.hi) {
            (Bound::Unbounded, _) | (_, Bound::Unbounded) => true,
            (Bound::Closed(lo), Bound::Closed(hi)) => lo <= hi,
            (Bound::Closed(lo) | Bound::Open(lo), Bound::Closed(hi) | Bound::Open(hi)) => lo < hi,
        }
    }
}

/// Which end of an interval a bound is.
#[derive(Clone, Copy)]
enum Side {
    /// The low end.
    Low,
    /// The high end.
    High,
}

/// The finite value of a bound.
fn finite(bound: Bound) -> Option<f64> {
    match bound {
        Bound::Closed(x) | Bound::Open(x) => Some(x),
        Bound::Unbounded => None,
    }
}

/// Of two bounds on the same side, the one that excludes more.
fn tighter(a: Bound, b: Bound, side: Side) -> Bound {
    let (Some(x), Some(y)) = (finite(a), finite(b)) else {
        return if finite(a).is_some() { a } else { b };
    };
    let a_inside = match side {
        Side::Low => x > y,
        Side::High => x < y,
    };
    if a_inside || (x == y && matches!(a, Bound::Open(_))) {
        a
    } else {
        b
    }
}

/// The bound with its value mapped, its kind kept.
pub(super) fn map_bound(bound: Bound, f: impl Fn(f64) -> f64) -> Bound {
    match bound {
        Bound::Closed(x) => Bound::Closed(f(x)),
        Bound::Open(x) => Bound::Open(f(x)),
        Bound::Unbounded => Bound::Unbounded,
    }
}

/// A low end's value, minus infinity when unbounded.
fn low_value(bound: Bound) -> f64 {
    finite(bound).unwrap_or(f64::NEG_INFINITY)
}

/// A high end's value, plus infinity when unbounded.
fn high_value(bound: Bound) -> f64 {
    finite(bound).unwrap_or(f64::INFINITY)
}

/// Whole numbers below this are exact in an `f64` and in an `i64`.
const WHOLE_BELOW: f64 = 1e15;

/// Numbers at least this large are written through the exact decimal expansion.
const LARGE: f64 = 1e9;
/// How near a tie between two hundredths a number may come before it is written through the
/// exact decimal expansion (the product by 100 is off by far less).
const NEAR_TIE: f64 = 1e-3;

/// A finite number's count of hundredths as `{x:.2}` rounds it, worked out from the number
/// without its exact decimal expansion; `None` when it is too large or too near a tie for
/// the product by 100 to round the same way.
pub(crate) fn hundredths(x: f64) -> Option<i64> {
    if !x.is_finite() || x.abs() >= LARGE {
        return None;
    }
    let scaled = x * 100.0;
    if ((scaled - scaled.trunc()).abs() - 0.5).abs() < NEAR_TIE {
        return None;
    }
    Some(scaled.round() as i64)
}

/// A number without trailing zeros and with at most two decimals (`59.5`, `70`, `0.33`).
pub(super) fn format_number(x: f64) -> String {
    Number(x).to_string()
}

/// A number written without trailing zeros and with at most two decimals, `inf` or `-inf`
/// (not a number is written `-inf` too).
struct Number(f64);

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let x = self.0;
        if !x.is_finite() {
            return f.write_str(if x > 0.0 { "inf" } else { "-inf" });
        }
        let mut digits = itoa::Buffer::new();
        // A whole number (most readings) is written as the two-decimal form below would write
        // it, without the exact decimal expansion that form costs.
        if x.fract() == 0.0 && x.abs() < WHOLE_BELOW {
            return f.write_str(digits.format(x as i64));
        }
        if let Some(hundredths) = hundredths(x) {
            return write_hundredths(f, hundredths);
        }
        let text = format!("{x:.2}");
        let trimmed = if text.contains('.') {
            text.trim_end_matches('0').trim_end_matches('.')
        } else {
            &text
        };
        f.write_str(if trimmed == "-0" { "0" } else { trimmed })
    }
}

/// A count of hundredths written as a number without trailing zeros (`-1250` as `-12.5`).
fn write_hundredths(f: &mut fmt::Formatter<'_>, hundredths: i64) -> fmt::Result {
    let (whole, cents) = (hundredths.unsigned_abs() / 100, hundredths.unsigned_abs() % 100);
    if hundredths < 0 {
        f.write_str("-")?;
    }
    let mut digits = itoa::Buffer::new();
    f.write_str(digits.format(whole))?;
    let decimals = [b'.', b'0' + (cents / 10) as u8, b'0' + (cents % 10) as u8];
    let written = match cents {
        0 => 0,
        _ if cents % 10 == 0 => 2,
        _ => 3,
    };
    let decimals = decimals.get(..written).unwrap_or_default();
    f.write_str(std::str::from_utf8(decimals).unwrap_or_default())
}

/// Written as `70`, `[59.5, 80.5]`, `(70, inf)`, `[0, 80]`, `[127.5, 172.5]`: numbers
/// without trailing zeros, `inf` for unbounded ends.
impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let (Bound::Closed(lo), Bound::Closed(hi)) = (self.lo, self.hi)
            && lo == hi
        {
            return Number(lo).fmt(f);
        }
        let (open, lo) = match self.lo {
            Bound::Closed(x) => ('[', x),
            Bound::Open(x) => ('(', x),
            Bound::Unbounded => ('(', f64::NEG_INFINITY),
        };
        let (close, hi) = match self.hi {
            Bound::Closed(x) => (']', x),
            Bound::Open(x) => (')', x),
            Bound::Unbounded => (')', f64::INFINITY),
        };
        write!(f, "{open}{}, {}{close}", Number(lo), Number(hi))
    }
}

#[cfg(test)]
mod tests {
    use super::{Bound, Interval, format_number};
    use proptest::prelude::{Strategy, prop_assert_eq, prop_oneof, proptest};

    /// What `format_number` writes for every number, whole or not: the exact two-decimal form,
    /// trimmed.
    fn two_decimals(x: f64) -> String {
        let text = format!("{x:.2}");
        let trimmed = text.trim_end_matches('0').trim_end_matches('.');
        if trimmed == "-0" { "0".into() } else { trimmed.into() }
    }

    proptest! {
        #[test]
        fn numbers_are_written_as_with_two_decimals(
            x in prop_oneof![
                (-2_000_000_000_000_000i64..2_000_000_000_000_000).prop_map(|n| n as f64),
                (-100_000i64..100_000).prop_map(|n| n as f64),
                (-100_000i64..100_000).prop_map(|n| n as f64 / 8.0),
                -1e16f64..1e16,
                -1e3f64..1e3,
                -1e10f64..1e10,
                (-100_000i64..100_000).prop_map(|n| (n as f64 + 0.5) / 100.0),
                (-100_000i64..100_000).prop_map(|n| n as f64 / 100.0),
            ]
        ) {
            prop_assert_eq!(format_number(x), two_decimals(x));
        }
    }

    #[test]
    fn negative_zero_and_large_numbers_are_written_plainly() {
        assert_eq!(format_number(-0.0), "0");
        assert_eq!(format_number(1e15), "1000000000000000");
        assert_eq!(format_number(70.0), "70");
        assert_eq!(format_number(-3.0), "-3");
        assert_eq!(format_number(59.5), "59.5");
        assert_eq!(format_number(69.999), "70");
    }

    fn open_above(x: f64) -> Interval {
        Interval {
            lo: Bound::Open(x),
            hi: Bound::Unbounded,
        }
    }

    fn half_open(lo: f64, hi: f64) -> Interval {
        Interval {
            lo: Bound::Closed(lo),
            hi: Bound::Open(hi),
        }
    }

    #[test]
    fn constructors() {
        assert_eq!(Interval::point(70.0), Interval::closed(70.0, 70.0));
        assert_eq!(Interval::closed(80.0, 0.0), Interval::closed(0.0, 80.0));
        assert_eq!(Interval::closed(0.0, 80.0).lo, Bound::Closed(0.0));
    }

    #[test]
    fn overlap_of_closed_intervals() {
        let a = Interval::closed(0.0, 10.0);
        assert!(a.overlaps(&Interval::closed(10.0, 20.0)));
        assert!(a.overlaps(&Interval::closed(5.0, 6.0)));
        assert!(!a.overlaps(&Interval::closed(10.5, 20.0)));
    }

    #[test]
    fn open_ends_touching_do_not_overlap() {
        assert!(!half_open(0.0, 10.0).overlaps(&Interval::closed(10.0, 20.0)));
        assert!(!open_above(70.0).overlaps(&Interval::point(70.0)));
        assert!(open_above(70.0).overlaps(&Interval::closed(70.0, 71.0)));
        assert!(!Interval::closed(10.0, 20.0).overlaps(&half_open(0.0, 10.0)));
        assert_eq!(half_open(0.0, 10.0).gap(&Interval::closed(10.0, 20.0)), 0.0);
    }

    #[test]
    fn unbounded_intervals() {
        let all = Interval {
            lo: Bound::Unbounded,
            hi: Bound::Unbounded,
        };
        assert!(all.overlaps(&Interval::point(-1e300)));
        assert!(open_above(5.0).overlaps(&open_above(1e9)));
        assert_eq!(all.gap(&Interval::point(3.0)), 0.0);
    }

    #[test]
    fn intersection() {
        let a = Interval::closed(0.0, 10.0);
        let b = open_above(5.0);
        let common = a.intersection(&b);
        assert_eq!(
            common,
            Some(Interval {
                lo: Bound::Open(5.0),
                hi: Bound::Closed(10.0)
            })
        );
        assert_eq!(a.intersection(&Interval::closed(11.0, 12.0)), None);
        assert_eq!(half_open(0.0, 10.0).intersection(&Interval::closed(10.0, 11.0)), None);
        assert_eq!(
            a.intersection(&Interval::closed(10.0, 12.0)),
            Some(Interval::point(10.0))
        );
    }

    #[test]
    fn widened() {
        let w = Interval::point(70.0).widened(0.15);
        assert!((w.to_string() == "[59.5, 80.5]"), "{w}");
        let neg = Interval::closed(-10.0, -5.0).widened(0.1);
        assert_eq!(neg, Interval::closed(-11.0, -4.5));
        assert_eq!(open_above(70.0).widened(0.1), open_above(63.0));
        assert_eq!(Interval::point(5.0).widened(-1.0), Interval::point(5.0));
        assert_eq!(Interval::point(5.0).widened(f64::NAN), Interval::point(5.0));
    }

    #[test]
    fn contains() {
        assert!(Interval::closed(0.0, 80.0).contains(80.0));
        assert!(!half_open(0.0, 10.0).contains(10.0));
        assert!(!open_above(70.0).contains(70.0));
        assert!(open_above(70.0).contains(1e300));
    }

    #[test]
    fn gap() {
        let a = Interval::closed(0.0, 10.0);
        assert_eq!(a.gap(&Interval::closed(15.0, 20.0)), 5.0);
        assert_eq!(Interval::closed(15.0, 20.0).gap(&a), 5.0);
        assert_eq!(a.gap(&Interval::closed(5.0, 20.0)), 0.0);
        assert_eq!(open_above(70.0).gap(&Interval::point(50.0)), 20.0);
    }

    #[test]
    fn display() {
        assert_eq!(Interval::point(70.0).to_string(), "70");
        assert_eq!(Interval::closed(59.5, 80.5).to_string(), "[59.5, 80.5]");
        assert_eq!(open_above(70.0).to_string(), "(70, inf)");
        assert_eq!(Interval::closed(0.0, 80.0).to_string(), "[0, 80]");
        assert_eq!(half_open(0.0, 10.0).to_string(), "[0, 10)");
        assert_eq!(Interval::closed(127.5, 172.5).to_string(), "[127.5, 172.5]");
        let below = Interval {
            lo: Bound::Unbounded,
            hi: Bound::Closed(3.0),
        };
        assert_eq!(below.to_string(), "(-inf, 3]");
    }

    #[test]
    fn number_format() {
        assert_eq!(format_number(1.0 / 3.0), "0.33");
        assert_eq!(format_number(2.50), "2.5");
        assert_eq!(format_number(-0.0), "0");
        assert_eq!(format_number(-0.001), "0");
        assert_eq!(format_number(1500.0), "1500");
        assert_eq!(format_number(f64::INFINITY), "inf");
    }
}
