//! Relative dates, resolved against the reference day: `October 22`, `Wednesday`,
//! `last Tuesday`, `today`, `yesterday`, `last week`, `early last week`, `last month`,
//! `this year`, `earlier this year`. A reference known only as a range of days (a month)
//! resolves against its first and last day, and the result spans both.

use super::calendar::{Found, Problem, day_number, month_number, month_span, span, year_span};
use super::date::{DateValue, Precision};
use super::{DayRange, ParseContext};
use jiff::Span;
use jiff::civil::{Date, Weekday};

/// A recognised relative date, not yet resolved.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Relative {
    /// `October 22`, `22 October`: that day in the reference year.
    MonthDay(i8, i8),
    /// `October`: that month in the reference year.
    NamedMonth(i8),
    /// `Wednesday` (on or before the reference day) or `last Wednesday` (strictly before).
    Weekday(Weekday, bool),
    /// `today`.
    Today,
    /// `yesterday`.
    Yesterday,
    /// `this week` (0) or `last week` (1), whole or in part.
    Week(i64, WeekPart),
    /// `this month` (0) or `last month` (1).
    CalendarMonth(i64),
    /// `this year` (0) or `last year` (1).
    CalendarYear(i16),
    /// `earlier this year`: the first of January to the reference day.
    EarlierThisYear,
    /// `earlier this month`: the first of the month to the reference day.
    EarlierThisMonth,
}

/// Which days of a week were written.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum WeekPart {
    /// Monday to Sunday.
    Whole,
    /// Monday to Wednesday.
    Early,
    /// Tuesday to Thursday.
    Mid,
    /// Thursday to Sunday.
    Late,
}

impl WeekPart {
    /// The first and last day of the part, counted from Monday.
    fn days(self) -> (i64, i64) {
        match self {
            WeekPart::Whole => (0, 6),
            WeekPart::Early => (0, 2),
            WeekPart::Mid => (1, 3),
            WeekPart::Late => (3, 6),
        }
    }
}

/// The relative date the tokens spell, if any.
pub(super) fn recognise(tokens: &[&str]) -> Option<Relative> {
    match tokens {
        ["today"] => Some(Relative::Today),
        ["yesterday"] => Some(Relative::Yesterday),
        ["earlier", "this", "year"] => Some(Relative::EarlierThisYear),
        ["earlier", "this", "month"] => Some(Relative::EarlierThisMonth),
        [this_or_last, "week"] => Some(Relative::Week(back(this_or_last)?, WeekPart::Whole)),
        [part, this_or_last, "week"] => Some(Relative::Week(back(this_or_last)?, week_part(part)?)),
        [this_or_last, "month"] => Some(Relative::CalendarMonth(back(this_or_last)?)),
        [this_or_last, "year"] => Some(Relative::CalendarYear(back(this_or_last)?.try_into().ok()?)),
        _ => day_or_weekday(tokens),
    }
}

/// `October 22`, `22 October`, `October`, `Wednesday`, `this Wednesday`, `last Tuesday`.
fn day_or_weekday(tokens: &[&str]) -> Option<Relative> {
    match tokens {
        [a, b] => match (month_number(a), day_number(b), day_number(a), month_number(b)) {
            (Some(month), Some(day), _, _) | (_, _, Some(day), Some(month)) => Some(Relative::MonthDay(month, day)),
            _ => Some(Relative::Weekday(weekday(b)?, back(a)? == 1)),
        },
        [word] => month_number(word)
            .map(Relative::NamedMonth)
            .or_else(|| Some(Relative::Weekday(weekday(word)?, false))),
        _ => None,
    }
}

/// `this` is 0 units back, `last` 1.
fn back(word: &str) -> Option<i64> {
    match word {
        "this" => Some(0),
        "last" => Some(1),
        _ => None,
    }
}

/// `early`, `mid` or `late` part of a week.
fn week_part(word: &str) -> Option<WeekPart> {
    match word {
        "early" => Some(WeekPart::Early),
        "mid" => Some(WeekPart::Mid),
        "late" => Some(WeekPart::Late),
        _ => None,
    }
}

/// A weekday name or abbreviation.
fn weekday(word: &str) -> Option<Weekday> {
    let word = word.strip_suffix('.').unwrap_or(word);
    let day = match word {
        "monday" | "mon" => Weekday::Monday,
        "tuesday" | "tue" | "tues" => Weekday::Tuesday,
        "wednesday" | "wed" => Weekday::Wednesday,
        "thursday" | "thu" | "thur" | "thurs" => Weekday::Thursday,
        "friday" | "fri" => Weekday::Friday,
        "saturday" | "sat" => Weekday::Saturday,
        "sunday" | "sun" => Weekday::Sunday,
        _ => return None,
    };
    Some(day)
}

/// Resolves against the reference: against its first and its last day, spanning both.
pub(super) fn resolve(relative: Relative, ctx: &ParseContext, text: &str) -> Found {
    let DayRange { first, last } = ctx.reference.ok_or(Problem::NeedsReference)?;
    let from = resolve_on(relative, first, text)?;
    let to = resolve_on(relative, last, text)?;
    Ok(Some(span(from.first, to.last, from.precision)))
}

/// `day` moved by `days` (negative for earlier).
fn shift(day: Date, days: i64) -> Result<Date, Problem> {
    Span::new()
        .try_days(days)
        .ok()
        .and_then(|s| day.checked_add(s).ok())
        .ok_or(Problem::Unreadable)
}

/// Resolves against one reference day.
fn resolve_on(relative: Relative, day: Date, text: &str) -> Result<DateValue, Problem> {
    match relative {
        Relative::MonthDay(month, d) => Date::new(day.year(), month, d)
            .map(DateValue::day)
            .map_err(|_| Problem::Impossible(format!("\"{text}\" in {}", day.year()))),
        Relative::NamedMonth(month) => month_span(day.year(), month).ok_or(Problem::Unreadable),
        Relative::Weekday(target, strictly_before) => weekday_before(day, target, strictly_before).map(DateValue::day),
        Relative::Today => Ok(DateValue::day(day)),
        Relative::Yesterday => shift(day, -1).map(DateValue::day),
        Relative::Week(back, part) => week(day, back, part),
        Relative::CalendarMonth(back) => month_back(day, back),
        Relative::CalendarYear(back) => day
            .year()
            .checked_sub(back)
            .and_then(year_span)
            .ok_or(Problem::Unreadable),
        Relative::EarlierThisYear => Ok(span(day.first_of_year(), day, Precision::Range)),
        Relative::EarlierThisMonth => Ok(span(day.first_of_month(), day, Precision::Range)),
    }
}

/// The latest `target` weekday on or (when `strictly_before`) strictly before `day`.
fn weekday_before(day: Date, target: Weekday, strictly_before: bool) -> Result<Date, Problem> {
    let today = i64::from(day.weekday().to_monday_zero_offset());
    let wanted = i64::from(target.to_monday_zero_offset());
    let mut back = (today - wanted).rem_euclid(7);
    if strictly_before && back == 0 {
        back = 7;
    }
    shift(day, -back)
}

/// Part of the Monday-to-Sunday week containing `day`, `back` weeks earlier.
fn week(day: Date, back: i64, part: WeekPart) -> Result<DateValue, Problem> {
    let since_monday = i64::from(day.weekday().to_monday_zero_offset());
    let monday = shift(day, -since_monday - 7 * back)?;
    let (from, to) = part.days();
    Ok(span(shift(monday, from)?, shift(monday, to)?, Precision::Week))
}

/// The calendar month containing `day`, `back` months earlier.
fn month_back(day: Date, back: i64) -> Result<DateValue, Problem> {
    let first = Span::new()
        .try_months(-back)
        .ok()
        .and_then(|s| day.first_of_month().checked_add(s).ok())
        .ok_or(Problem::Unreadable)?;
    Ok(span(first, first.last_of_month(), Precision::Month))
}

#[cfg(test)]
mod tests {
    use crate::value::calendar::parse_date;
    use crate::value::{DateValue, DayRange, ParseContext, Precision};
    use jiff::civil::{Date, date};

    fn on(day: Date) -> ParseContext {
        ParseContext {
            reference: Some(DayRange { first: day, last: day }),
        }
    }

    fn read(text: &str, ctx: &ParseContext) -> DateValue {
        match parse_date(text, ctx) {
            Ok(found) => found,
            Err(e) => panic!("{text}: {e}"),
        }
    }

    fn shown(text: &str, ctx: &ParseContext) -> String {
        read(text, ctx).to_string()
    }

    #[test]
    fn days_of_the_reference_year() {
        let ctx = on(date(2025, 10, 22));
        assert_eq!(read("October 22", &ctx), DateValue::day(date(2025, 10, 22)));
        assert_eq!(shown("22 October", &ctx), "2025-10-22");
        assert_eq!(shown("on October 20", &ctx), "2025-10-20");
        assert_eq!(shown("in August", &ctx), "2025-08");
        let leap = parse_date("February 29", &ctx).err();
        assert!(leap.is_some_and(|e| e.message.contains("\"february 29\" in 2025")));
    }

    #[test]
    fn weekdays() {
        let wednesday = on(date(2025, 10, 22));
        let today = DateValue::day(date(2025, 10, 22));
        assert_eq!(read("Wednesday", &wednesday), today);
        assert_eq!(read("this Wednesday", &wednesday), today);
        assert_eq!(shown("Tuesday", &wednesday), "2025-10-21");
        assert_eq!(shown("on Tuesday", &wednesday), "2025-10-21");
        assert_eq!(shown("last Tuesday", &wednesday), "2025-10-21");
        assert_eq!(shown("last Wednesday", &wednesday), "2025-10-15");
        assert_eq!(shown("Thursday", &wednesday), "2025-10-16");
        assert_eq!(shown("Sun.", &wednesday), "2025-10-19");
    }

    #[test]
    fn days_and_weeks() {
        let ctx = on(date(2025, 10, 27));
        assert_eq!(shown("today", &ctx), "2025-10-27");
        assert_eq!(shown("yesterday", &ctx), "2025-10-26");
        assert_eq!(shown("this week", &ctx), "2025-10-27..2025-11-02");
        assert_eq!(shown("last week", &ctx), "2025-10-20..2025-10-26");
        assert_eq!(shown("early last week", &ctx), "2025-10-20..2025-10-22");
        assert_eq!(shown("mid last week", &ctx), "2025-10-21..2025-10-23");
        assert_eq!(shown("late last week", &ctx), "2025-10-23..2025-10-26");
        assert_eq!(read("early last week", &ctx).precision, Precision::Week);
        let sunday = on(date(2025, 10, 26));
        assert_eq!(shown("this week", &sunday), "2025-10-20..2025-10-26");
    }

    #[test]
    fn months_and_years() {
        let ctx = on(date(2025, 10, 27));
        assert_eq!(shown("last year", &ctx), "2024");
        assert_eq!(read("last year", &ctx).precision, Precision::Year);
        assert_eq!(shown("this year", &ctx), "2025");
        assert_eq!(shown("this month", &ctx), "2025-10");
        assert_eq!(shown("earlier this year", &ctx), "2025-01-01..2025-10-27");
        assert_eq!(read("earlier this year", &ctx).precision, Precision::Range);
        assert_eq!(shown("earlier this month", &ctx), "2025-10-01..2025-10-27");
        assert_eq!(shown("last month", &on(date(2015, 4, 28))), "2015-03");
        assert_eq!(shown("last month", &on(date(2025, 1, 15))), "2024-12");
        assert_eq!(read("last month", &on(date(2015, 4, 28))).precision, Precision::Month);
    }

    #[test]
    fn reference_known_to_the_month() {
        let april = ParseContext {
            reference: Some(DayRange {
                first: date(2015, 4, 1),
                last: date(2015, 4, 30),
            }),
        };
        assert_eq!(read("April 25", &april), DateValue::day(date(2015, 4, 25)));
        assert_eq!(shown("last month", &april), "2015-03");
        assert_eq!(shown("yesterday", &april), "2015-03-31..2015-04-29");
        assert_eq!(read("yesterday", &april).precision, Precision::Day);
        assert_eq!(shown("Wednesday", &april), "2015-04-01..2015-04-29");
    }

    #[test]
    fn edge_of_the_calendar() {
        let first = on(date(-9999, 1, 1));
        assert!(parse_date("yesterday", &first).is_err());
        assert!(parse_date("last year", &first).is_err());
        assert!(parse_date("last week", &first).is_err());
        let last = on(date(9999, 12, 31));
        assert!(parse_date("this week", &last).is_err());
        assert_eq!(shown("today", &last), "9999-12-31");
    }
}
