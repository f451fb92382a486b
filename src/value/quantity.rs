//! Hedged numbers: `70`, `about fifty`, `more than 70`, `up to 80%`, `dozens`, `50-70`.
//! The parser keeps the reading as written; [`Quantity::interval`] applies a property's
//! tolerances to give the interval that is compared.

use super::Interval;

/// How a number was hedged in the text.
#[derive(Debug, Clone, PartialEq)]
pub enum Reading {
    /// A bare number (`70`, `fifty`, `1,500`).
    Exact(f64),
    /// `about / around / roughly / some / approximately / nearly / an estimated` N.
    Approx(f64),
    /// `at least` N: `[N, inf)`.
    AtLeast(f64),
    /// `more than / over / upwards of` N: `(N, inf)`.
    MoreThan(f64),
    /// `up to / at most / no more than` N: `[0, N]`.
    AtMost(f64),
    /// `fewer than / less than / under` N: `[0, N)`.
    LessThan(f64),
    /// An explicit range `50-70`, `50 to 70`, `between 50 and 70`, `in his forties`.
    Range(f64, f64),
    /// A vague quantity phrase with its default reading (`dozens` is 24 to 99).
    Vague {
        /// The phrase as normalised (`dozens`, `a large hundred`).
        phrase: String,
        /// Low end of the default reading.
        lo: f64,
        /// High end of the default reading.
        hi: f64,
    },
}

/// A hedged number; percentages are stored as percent (80% is 80.0), ages in years.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// The reading as written.
    pub reading: Reading,
}

/// A property's tolerances, as fractions (0.15 is 15%).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tolerance {
    /// How far `about N` reaches either side of N.
    pub approx: f64,
    /// How far a bare `N` reaches either side of N (reporting error; 0 for exact).
    pub report: f64,
}

impl Quantity {
    /// The interval this reading stands for under the given tolerances:
    /// Exact(n) is n widened by `report`; Approx(n) is n widened by `approx`;
    /// AtLeast/MoreThan/AtMost/LessThan are half-lines (AtMost and LessThan start at 0);
    /// Range and Vague are their closed ranges.
    pub fn interval(&self, tolerance: Tolerance) -> Interval {
        todo!("{self:?} {tolerance:?}")
    }

    /// Whether the reading is hedged at all (anything but Exact).
    pub fn is_hedged(&self) -> bool {
        todo!("{self:?}")
    }
}
