//! Dates of any precision as inclusive ranges of days: `2013` is the whole year,
//! `August 2020` the month, `October 22` a day in the reference year, `last week` the
//! previous Monday-to-Sunday, `the 2000s` a decade, `between 2020 and 2022` a range.

use jiff::civil::Date;
use std::fmt;

/// How precisely a date was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// One day.
    Day,
    /// A week (`last week`) or part of one (`early last week`).
    Week,
    /// A calendar month.
    Month,
    /// A part of a year (`early 2025`, `mid-2020`, `late 2020`).
    PartOfYear,
    /// A calendar year.
    Year,
    /// A decade or part of one (`the 2000s`, `early 2000s`, `the 1980s`).
    Decade,
    /// An explicit range between two dates (`between 2020 and 2022`).
    Range,
}

/// A date as the inclusive range of days it could be, with its precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateValue {
    /// First possible day.
    pub first: Date,
    /// Last possible day (inclusive).
    pub last: Date,
    /// How precisely it was written.
    pub precision: Precision,
}

impl DateValue {
    /// A single day.
    pub fn day(date: Date) -> Self {
        todo!("{date}")
    }

    /// Whether the two ranges share a day.
    pub fn overlaps(&self, other: &DateValue) -> bool {
        todo!("{self:?} {other:?}")
    }
}

/// Written by precision: `2025-10-22`, `2020-08`, `2013`, or `first..last` for anything else
/// (`2025-10-13..2025-10-19`).
impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let _ = f; todo!()
    }
}
