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
    /// The closed interval `[lo, hi]` (`lo <= hi`).
    pub fn closed(lo: f64, hi: f64) -> Self {
        todo!("{lo} {hi}")
    }

    /// The single point `[x, x]`.
    pub fn point(x: f64) -> Self {
        todo!("{x}")
    }

    /// Whether the two intervals share at least one point (open ends respected).
    pub fn overlaps(&self, other: &Interval) -> bool {
        todo!("{self:?} {other:?}")
    }

    /// The common part, or `None` when they do not overlap.
    pub fn intersection(&self, other: &Interval) -> Option<Interval> {
        todo!("{self:?} {other:?}")
    }

    /// The interval widened on both finite ends by `relative` times the magnitude of that end
    /// (`[70, 70]` widened by 0.15 is `[59.5, 80.5]`); unbounded ends stay unbounded.
    pub fn widened(&self, relative: f64) -> Interval {
        todo!("{self:?} {relative}")
    }

    /// Whether `x` lies in the interval.
    pub fn contains(&self, x: f64) -> bool {
        todo!("{self:?} {x}")
    }

    /// The distance between the two intervals (0 when they overlap).
    pub fn gap(&self, other: &Interval) -> f64 {
        todo!("{self:?} {other:?}")
    }
}

/// Written as `70`, `[59.5, 80.5]`, `(70, inf)`, `[0, 80]`, `[127.5, 172.5]`: numbers
/// without trailing zeros, `inf` for unbounded ends.
impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let _ = f; todo!()
    }
}
