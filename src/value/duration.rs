//! Lengths of time: `17 months`, `five years`, `one day`, `about two weeks`.

use super::{Interval, Quantity, Tolerance};
use std::fmt;

/// The unit a duration was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DurationUnit {
    /// Days.
    Day,
    /// Weeks (7 days).
    Week,
    /// Months (30.436875 days on average).
    Month,
    /// Years (365.2425 days on average).
    Year,
}

/// A hedged amount of a unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Duration {
    /// The amount, hedged as written (`about 17`).
    pub amount: Quantity,
    /// The unit it was written in.
    pub unit: DurationUnit,
}

impl Duration {
    /// The interval of days this duration stands for: the amount's interval under the
    /// tolerance, widened by half a unit either side when the unit is a month or a year
    /// (a duration counted in whole months is rounded), converted to days.
    pub fn days(&self, tolerance: Tolerance) -> Interval {
        todo!("{self:?} {tolerance:?}")
    }
}

/// Written as `17 months`, `about 2 weeks`, `1 day`.
impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let _ = f; todo!()
    }
}
