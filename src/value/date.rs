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
    /// A night, which crosses midnight: the day it starts and the next (`Tuesday night`).
    Night,
    /// A week (`last week`) or part of one (`early last week`).
    Week,
    /// A part of a month (`late October`, `mid-October`).
    PartOfMonth,
    /// A calendar month.
    Month,
    /// A season (`autumn 2025`).
    Season,
    /// A part of a year (`early 2025`, `mid-2020`, `late 2020`).
    PartOfYear,
    /// A calendar year.
    Year,
    /// A decade or part of one (`the 2000s`, `early 2000s`, `the 1980s`).
    Decade,
    /// An explicit range between two dates (`between 2020 and 2022`).
    Range,
    /// Open-ended forward: from the first day to the reference day, or to the end of the
    /// calendar without one (`since 2013`, `after 2016`).
    Since,
    /// Open-ended backward: from the start of the calendar to the last day (`by 2016`,
    /// `before 2016`).
    By,
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
    /// When the text reads two ways (`03/04/2025` without a date order, `shortly after
    /// midnight Tuesday`), the two readings as ranges of days; `first` and `last` then span
    /// both. `None` for a date that reads one way.
    pub readings: Option<[(Date, Date); 2]>,
    /// The text places the moment at the turn of a day (at night, in the evening, late or
    /// early in a day, at dawn, around midnight), where a late hour or another time zone can
    /// make it the day before or after.
    pub at_turn: bool,
}

impl DateValue {
    /// A single day.
    pub fn day(date: Date) -> Self {
        DateValue {
            first: date,
            last: date,
            precision: Precision::Day,
            readings: None,
            at_turn: false,
        }
    }

    /// A range of days read one way.
    pub fn span(first: Date, last: Date, precision: Precision) -> Self {
        DateValue {
            first,
            last,
            precision,
            readings: None,
            at_turn: false,
        }
    }

    /// The same days, placed at the turn of a day by the text.
    pub fn at_turn(self) -> Self {
        DateValue { at_turn: true, ..self }
    }

    /// Whether the moment could be the day before or after the one written: a night (which
    /// crosses midnight) or a moment the text places at the turn of a day.
    pub fn near_midnight(&self) -> bool {
        self.at_turn || self.precision == Precision::Night
    }

    /// Two readings of one text, kept apart; one reading when they are the same days.
    pub fn either(one: DateValue, other: DateValue) -> Self {
        if (one.first, one.last) == (other.first, other.last) {
            return one;
        }
        let (one, other) = if (other.first, other.last) < (one.first, one.last) {
            (other, one)
        } else {
            (one, other)
        };
        DateValue {
            first: one.first.min(other.first),
            last: one.last.max(other.last),
            precision: one.precision.max(other.precision),
            readings: Some([(one.first, one.last), (other.first, other.last)]),
            at_turn: one.at_turn || other.at_turn,
        }
    }

    /// Each reading as a date read one way: the date itself when it reads one way.
    pub fn each_reading(&self) -> Vec<DateValue> {
        match self.readings {
            Some(readings) => readings
                .iter()
                .map(|&(first, last)| DateValue {
                    at_turn: self.at_turn,
                    ..DateValue::span(first, last, self.precision)
                })
                .collect(),
            None => vec![*self],
        }
    }

    /// Whether the text read two ways.
    pub fn is_ambiguous(&self) -> bool {
        self.readings.is_some()
    }

    /// Whether the two ranges share a day.
    pub fn overlaps(&self, other: &DateValue) -> bool {
        self.first <= other.last && other.first <= self.last
    }

    /// Days from the end of the earlier range to the start of the later one: 0 when they
    /// share a day, 1 when they are on consecutive days.
    pub fn days_apart(&self, other: &DateValue) -> i64 {
        let (earlier, later) = if self.last < other.first {
            (self, other)
        } else {
            (other, self)
        };
        if earlier.last >= later.first {
            return 0;
        }
        i64::from((later.first - earlier.last).get_days())
    }

    /// Whether the range is exactly one calendar month.
    fn is_whole_month(&self) -> bool {
        self.first.day() == 1 && self.last == self.first.last_of_month()
    }

    /// Whether the range is exactly one calendar year.
    fn is_whole_year(&self) -> bool {
        self.first == self.first.first_of_year() && self.last == self.first.last_of_year()
    }
}

/// Written by precision: `2025-10-22`, `2020-08`, `2013`, `since 2013-01-01`,
/// `by 2016-12-31`, `first..last` for anything else (`2025-10-13..2025-10-19`), and
/// `either A or B` for two readings.
impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_ambiguous()
            && let [Some(one), Some(other)] = [0, 1].map(|at| self.each_reading().get(at).copied())
        {
            return write!(f, "either {one} or {other}");
        }
        let (year, month) = (self.first.year(), self.first.month());
        match self.precision {
            Precision::Since => write!(f, "since {}", Day(self.first)),
            Precision::By => write!(f, "by {}", Day(self.last)),
            Precision::Day if self.first == self.last => Day(self.first).fmt(f),
            Precision::Month if self.is_whole_month() => write!(f, "{year:04}-{month:02}"),
            Precision::Year if self.is_whole_year() => write!(f, "{year:04}"),
            _ => write!(f, "{}..{}", Day(self.first), Day(self.last)),
        }
    }
}

/// A day written as `jiff` writes it (`2025-03-07`); a year of four digits without its printer.
struct Day(Date);

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let day = self.0;
        let Ok(year) = u16::try_from(day.year()) else {
            return write!(f, "{day}");
        };
        if year > 9999 {
            return write!(f, "{day}");
        }
        let digit = |n: u16| b'0' + (n % 10) as u8;
        let (month, of_month) = (day.month() as u16, day.day() as u16);
        let text = [
            digit(year / 1000),
            digit(year / 100),
            digit(year / 10),
            digit(year),
            b'-',
            digit(month / 10),
            digit(month),
            b'-',
            digit(of_month / 10),
            digit(of_month),
        ];
        f.write_str(std::str::from_utf8(&text).unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn days_apart_counts_from_the_end_of_the_earlier_range() {
        let day = |d: &str| DateValue::day(d.parse().unwrap());
        assert_eq!(day("2025-10-22").days_apart(&day("2025-10-22")), 0);
        assert_eq!(day("2025-10-21").days_apart(&day("2025-10-22")), 1);
        assert_eq!(day("2025-10-22").days_apart(&day("2025-10-19")), 3);
    }

    use super::{DateValue, Precision};
    use jiff::civil::{Date, date};

    fn span(first: Date, last: Date, precision: Precision) -> DateValue {
        DateValue::span(first, last, precision)
    }

    #[test]
    fn two_readings_span_both_and_show_both() {
        let one = DateValue::day(date(2025, 4, 3));
        let other = DateValue::day(date(2025, 3, 4));
        let both = DateValue::either(one, other);
        assert_eq!((both.first, both.last), (date(2025, 3, 4), date(2025, 4, 3)));
        assert_eq!(both.to_string(), "either 2025-03-04 or 2025-04-03");
        assert_eq!(both.each_reading(), vec![other, one]);
        assert_eq!(DateValue::either(one, one), one);
        assert!(!one.is_ambiguous() && both.is_ambiguous());
    }

    proptest::proptest! {
        #[test]
        fn a_day_is_written_as_jiff_writes_it(year in -9999i16..=9999, month in 1i8..=12, of_month in 1i8..=28) {
            let day = date(year, month, of_month);
            proptest::prop_assert_eq!(super::Day(day).to_string(), day.to_string());
        }
    }

    #[test]
    fn single_day() {
        let d = DateValue::day(date(2025, 10, 22));
        assert_eq!(d.first, d.last);
        assert_eq!(d.precision, Precision::Day);
        assert_eq!(d.to_string(), "2025-10-22");
    }

    #[test]
    fn overlaps() {
        let month = span(date(2020, 8, 1), date(2020, 8, 31), Precision::Month);
        assert!(month.overlaps(&DateValue::day(date(2020, 8, 31))));
        assert!(DateValue::day(date(2020, 8, 1)).overlaps(&month));
        assert!(!month.overlaps(&DateValue::day(date(2020, 9, 1))));
        assert!(!DateValue::day(date(2020, 7, 31)).overlaps(&month));
    }

    #[test]
    fn display_by_precision() {
        let month = span(date(2020, 8, 1), date(2020, 8, 31), Precision::Month);
        assert_eq!(month.to_string(), "2020-08");
        let year = span(date(2013, 1, 1), date(2013, 12, 31), Precision::Year);
        assert_eq!(year.to_string(), "2013");
        let week = span(date(2025, 10, 13), date(2025, 10, 19), Precision::Week);
        assert_eq!(week.to_string(), "2025-10-13..2025-10-19");
        let decade = span(date(2000, 1, 1), date(2009, 12, 31), Precision::Decade);
        assert_eq!(decade.to_string(), "2000-01-01..2009-12-31");
    }

    #[test]
    fn display_of_widened_ranges() {
        let days = span(date(2015, 3, 31), date(2015, 4, 29), Precision::Day);
        assert_eq!(days.to_string(), "2015-03-31..2015-04-29");
        let months = span(date(2015, 3, 1), date(2015, 4, 30), Precision::Month);
        assert_eq!(months.to_string(), "2015-03-01..2015-04-30");
        let years = span(date(2014, 1, 1), date(2015, 12, 31), Precision::Year);
        assert_eq!(years.to_string(), "2014-01-01..2015-12-31");
    }
}
