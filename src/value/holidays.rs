//! Holidays as dates: fixed days (`Christmas Eve`, `New Year's Eve`, `Halloween`) and
//! movable ones (`Easter`, `Good Friday`, `Thanksgiving`). With a year, that year's; without,
//! the occurrence nearest the reference date, so that `New Year's Eve` said in March is the
//! one just past and `Christmas Day` said in October the one to come.

use super::ParseContext;
use super::date::{DateValue, Precision};
use super::date_words::{Found, Problem, on_reference, span, year_number};
use jiff::civil::{Date, Weekday};

/// How a holiday's day is found in a year.
#[derive(Debug, Clone, Copy)]
enum Rule {
    /// A fixed month and day.
    Fixed(i8, i8),
    /// Days after Easter Sunday (negative before it).
    Easter(i16),
    /// The nth weekday of a month (`0` counts from the end: the last one).
    Nth(i8, Weekday, i8),
}

/// Holiday names as words, and their rules.
const HOLIDAYS: [(&[&str], Rule); 22] = [
    (&["christmas", "eve"], Rule::Fixed(12, 24)),
    (&["christmas", "day"], Rule::Fixed(12, 25)),
    (&["christmas"], Rule::Fixed(12, 25)),
    (&["boxing", "day"], Rule::Fixed(12, 26)),
    (&["new", "year's", "eve"], Rule::Fixed(12, 31)),
    (&["new", "years", "eve"], Rule::Fixed(12, 31)),
    (&["new", "year's", "day"], Rule::Fixed(1, 1)),
    (&["new", "years", "day"], Rule::Fixed(1, 1)),
    (&["halloween"], Rule::Fixed(10, 31)),
    (&["valentine's", "day"], Rule::Fixed(2, 14)),
    (&["valentines", "day"], Rule::Fixed(2, 14)),
    (&["st", "patrick's", "day"], Rule::Fixed(3, 17)),
    (&["independence", "day"], Rule::Fixed(7, 4)),
    (&["bonfire", "night"], Rule::Fixed(11, 5)),
    (&["armistice", "day"], Rule::Fixed(11, 11)),
    (&["easter", "sunday"], Rule::Easter(0)),
    (&["easter", "monday"], Rule::Easter(1)),
    (&["easter"], Rule::Easter(0)),
    (&["good", "friday"], Rule::Easter(-2)),
    (&["thanksgiving"], Rule::Nth(11, Weekday::Thursday, 4)),
    (&["memorial", "day"], Rule::Nth(5, Weekday::Monday, 0)),
    (&["labor", "day"], Rule::Nth(9, Weekday::Monday, 1)),
];

/// A holiday, with or without a year.
pub(super) fn read(tokens: &[&str], ctx: &ParseContext) -> Found {
    let Some((rule, rest)) = HOLIDAYS.iter().find_map(|(name, rule)| {
        let rest = tokens.strip_prefix(*name)?;
        Some((*rule, rest))
    }) else {
        return Ok(None);
    };
    match rest {
        [year] => {
            let Some(year) = year_number(year) else {
                return Ok(None);
            };
            Ok(day_of(rule, year).map(one_day))
        }
        [] => on_reference(ctx, |day| nearest(rule, day)),
        _ => Ok(None),
    }
}

/// The holiday's day in `year`.
fn day_of(rule: Rule, year: i16) -> Option<Date> {
    match rule {
        Rule::Fixed(month, day) => Date::new(year, month, day).ok(),
        Rule::Easter(offset) => easter(year)?.checked_add(jiff::Span::new().days(offset)).ok(),
        Rule::Nth(month, weekday, 0) => Date::new(year, month, 1)
            .ok()?
            .last_of_month()
            .nth_weekday(-1, weekday)
            .ok(),
        Rule::Nth(month, weekday, n) => Date::new(year, month, 1).ok()?.nth_weekday_of_month(n, weekday).ok(),
    }
}

/// The occurrence nearest `day` (the one past on a tie).
fn nearest(rule: Rule, day: Date) -> Result<DateValue, Problem> {
    let year = day.year();
    let candidates = [year - 1, year, year + 1].map(|y| day_of(rule, y));
    candidates
        .into_iter()
        .flatten()
        .min_by_key(|date| {
            let distance = (*date - day).get_days().abs();
            (distance, *date > day)
        })
        .map(one_day)
        .ok_or(Problem::Unreadable)
}

/// One day as a date.
fn one_day(day: Date) -> DateValue {
    span(day, day, Precision::Day)
}

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous algorithm).
fn easter(year: i16) -> Option<Date> {
    let y = i32::from(year);
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::DayRange;

    fn on(day: Date) -> ParseContext {
        ParseContext {
            reference: Some(DayRange { first: day, last: day }),
            date_order: None,
        }
    }

    fn first(text: &str, day: Date) -> Date {
        let tokens: Vec<&str> = text.split(' ').collect();
        read(&tokens, &on(day)).unwrap().unwrap().first
    }

    #[test]
    fn fixed_and_movable_days() {
        let march = jiff::civil::date(2025, 3, 14);
        assert_eq!(first("new year's eve", march), jiff::civil::date(2024, 12, 31));
        assert_eq!(
            first("christmas day", jiff::civil::date(2025, 10, 22)),
            jiff::civil::date(2025, 12, 25)
        );
        assert_eq!(first("easter 2024", march), jiff::civil::date(2024, 3, 31));
        assert_eq!(first("easter 2025", march), jiff::civil::date(2025, 4, 20));
        assert_eq!(first("good friday 2024", march), jiff::civil::date(2024, 3, 29));
        assert_eq!(first("thanksgiving 2024", march), jiff::civil::date(2024, 11, 28));
        assert_eq!(first("memorial day 2024", march), jiff::civil::date(2024, 5, 27));
        assert_eq!(first("labor day 2024", march), jiff::civil::date(2024, 9, 2));
    }
}
