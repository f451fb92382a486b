//! Relative dates, resolved against the reference day: `October 22`, `the 22nd`,
//! `Wednesday`, `last Tuesday`, `next Monday`, `today`, `yesterday`, `tomorrow`, `the day
//! before yesterday`, `last week`, `early last week`, `earlier this week`, `last weekend`,
//! `last month`, `last October`, `this year`, `earlier this year`, `two days ago`, `about a
//! year ago`, `the past two weeks`, `in recent days`. A reference known only as a range of
//! days (a month) resolves against its first and last day, and the result spans both.

use super::ParseContext;
use super::date::{DateValue, Precision};
use super::date_words::{
    Found, Problem, Unit, day_number, is_ordinal_day, month_number, month_span, on_reference, shift, shift_months,
    small_count, span, weekday, year_span,
};
use jiff::civil::{Date, Weekday};

/// A recognised relative date, not yet resolved.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Relative {
    /// `October 22`, `22 October`: that day in the reference year.
    MonthDay(i8, i8),
    /// `the 22nd`: that day in the reference month.
    DayOfMonth(i8),
    /// `October`: that month in the reference year.
    NamedMonth(i8),
    /// `last October` (1 back), `this October` (0), `next October` (-1): the latest such
    /// month before the reference month, in its year, or the next one.
    MonthBack(i8, i64),
    /// `Wednesday` (on or before the reference day), `last Wednesday` (strictly before) or
    /// `next Wednesday` (strictly after).
    Weekday(Weekday, WeekdayWhich),
    /// `today` (0), `yesterday` (1), `tomorrow` (-1), `the day before yesterday` (2).
    DaysBack(i64),
    /// `this week` (0), `last week` (1) or `next week` (-1), whole or in part.
    Week(i64, WeekPart),
    /// `this month` (0), `last month` (1) or `next month` (-1).
    CalendarMonth(i64),
    /// `this year` (0), `last year` (1) or `next year` (-1).
    CalendarYear(i64),
    /// `earlier this year`: the first of January to the reference day.
    EarlierThisYear,
    /// `earlier this month`: the first of the month to the reference day.
    EarlierThisMonth,
    /// `earlier this week`: Monday to the reference day.
    EarlierThisWeek,
    /// `N units ago`, hedged or not.
    Ago(Ago),
    /// `the past two weeks`, `in recent days`: the days back to the reference day.
    Past(i64, Unit),
}

/// Which `Wednesday` a weekday names.
#[derive(Debug, Clone, Copy, PartialEq)]
enum WeekdayWhich {
    /// On or before the reference day.
    Latest,
    /// Strictly before (`last Wednesday`).
    Last,
    /// Strictly after (`next Wednesday`).
    Next,
}

/// Which days of a week were written.
#[derive(Debug, Clone, Copy, PartialEq)]
enum WeekPart {
    /// Monday to Sunday.
    Whole,
    /// Monday to Wednesday.
    Early,
    /// Tuesday to Thursday.
    Mid,
    /// Thursday to Sunday.
    Late,
    /// Saturday and Sunday.
    Weekend,
}

impl WeekPart {
    /// The first and last day of the part, counted from Monday.
    fn days(self) -> (i64, i64) {
        match self {
            WeekPart::Whole => (0, 6),
            WeekPart::Early => (0, 2),
            WeekPart::Mid => (1, 3),
            WeekPart::Late => (3, 6),
            WeekPart::Weekend => (5, 6),
        }
    }
}

/// `N units ago`: how many, in what unit, and how it was hedged.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Ago {
    n: i64,
    unit: Unit,
    hedge: AgoHedge,
}

/// The hedge of an `ago`.
#[derive(Debug, Clone, Copy, PartialEq)]
enum AgoHedge {
    /// `two days ago`: that day; weeks a week around it, months and years their calendar
    /// month and year.
    Exact,
    /// `about a year ago`: a unit either side.
    About,
    /// `more than a year ago`: any day before.
    MoreThan,
    /// `less than a year ago`: any day since.
    LessThan,
}

/// Reads a relative date and resolves it, or `None` when the tokens are not one.
pub(super) fn read(tokens: &[&str], ctx: &ParseContext) -> Found {
    if let Some(found) = rest_of(tokens, ctx)? {
        return Ok(Some(found));
    }
    let Some(relative) = recognise(tokens) else {
        return Ok(None);
    };
    let text = tokens.join(" ");
    on_reference(ctx, |day| resolve_on(relative, day, &text))
}

/// `the rest of the week`, `the rest of this month`, `the rest of the year`: the reference
/// day to the end of its week (Sunday), month or year.
fn rest_of(tokens: &[&str], ctx: &ParseContext) -> Found {
    let unit = match tokens {
        ["rest", unit] | ["rest", "this" | "my" | "current", unit] => *unit,
        _ => return Ok(None),
    };
    let end = |day: Date| -> Result<Date, Problem> {
        match unit {
            "week" => moved(day, i64::from(6 - day.weekday().to_monday_zero_offset())),
            "month" => Ok(day.last_of_month()),
            "year" => Ok(day.last_of_year()),
            _ => Err(Problem::Unreadable),
        }
    };
    if !matches!(unit, "week" | "month" | "year") {
        return Ok(None);
    }
    on_reference(ctx, |day| Ok(span(day, end(day)?, Precision::Range)))
}

/// The relative date the tokens spell, if any.
fn recognise(tokens: &[&str]) -> Option<Relative> {
    match tokens {
        ["today"] | ["earlier", "today"] => Some(Relative::DaysBack(0)),
        ["yesterday"] => Some(Relative::DaysBack(1)),
        ["tomorrow"] => Some(Relative::DaysBack(-1)),
        ["day", "before", "yesterday"] => Some(Relative::DaysBack(2)),
        ["day", "after", "tomorrow"] => Some(Relative::DaysBack(-2)),
        ["week"] => Some(Relative::Week(0, WeekPart::Whole)),
        ["month"] => Some(Relative::CalendarMonth(0)),
        ["year"] => Some(Relative::CalendarYear(0)),
        ["earlier", "this", "year"] => Some(Relative::EarlierThisYear),
        ["earlier", "this", "month"] => Some(Relative::EarlierThisMonth),
        ["earlier", "this" | "in", "week"] => Some(Relative::EarlierThisWeek),
        ["earlier", "in", "month"] => Some(Relative::EarlierThisMonth),
        ["earlier", "in", "year"] => Some(Relative::EarlierThisYear),
        ["this", "past", "weekend"] => Some(Relative::Week(-2, WeekPart::Weekend)),
        ["weekend"] | ["over", "weekend"] => Some(Relative::Week(-2, WeekPart::Weekend)),
        [which, "weekend"] if back(which).is_some() => Some(Relative::Week(back(which)?, WeekPart::Weekend)),
        [which, "week"] if back(which).is_some() => Some(Relative::Week(back(which)?, WeekPart::Whole)),
        [part, which, "week"] => Some(Relative::Week(back(which)?, week_part(part)?)),
        [which, "month"] if back(which).is_some() => Some(Relative::CalendarMonth(back(which)?)),
        [which, "year"] if back(which).is_some() => Some(Relative::CalendarYear(back(which)?)),
        [.., "ago"] => ago(tokens),
        _ => past(tokens).or_else(|| day_or_weekday(tokens)),
    }
}

/// `two days ago`, `a week ago`, `some 20 years ago`, `more than a decade ago`.
fn ago(tokens: &[&str]) -> Option<Relative> {
    let [before @ .., count, unit, "ago"] = tokens else {
        return None;
    };
    let unit = Unit::of(unit)?;
    let (before, n) = match (*count, before) {
        ("few", [rest @ .., "a"]) => (rest, 3),
        ("several", rest) => (rest, 4),
        ("couple", [rest @ .., "a"]) => (rest, 2),
        (count, rest) => (rest, small_count(count)?),
    };
    let hedge = match before {
        [] => AgoHedge::Exact,
        ["about" | "around" | "roughly" | "some" | "approximately" | "nearly" | "almost" | "barely" | "just"] => {
            AgoHedge::About
        }
        ["more", "than"] | ["over"] | ["well", "over"] => AgoHedge::MoreThan,
        ["less" | "fewer", "than"] | ["under"] | ["not", "even"] => AgoHedge::LessThan,
        _ => return None,
    };
    Some(Relative::Ago(Ago { n, unit, hedge }))
}

/// `the past two weeks`, `the last 24 hours`, `the past week`, `in recent days`, `over the
/// past year`, `within the past month`.
fn past(tokens: &[&str]) -> Option<Relative> {
    let tokens: Vec<&str> = tokens
        .iter()
        .copied()
        .filter(|t| !matches!(*t, "over" | "within" | "the" | "in"))
        .collect();
    match tokens.as_slice() {
        ["recent", unit] => match Unit::of(unit)? {
            Unit::Day => Some(Relative::Past(7, Unit::Day)),
            Unit::Week => Some(Relative::Past(6, Unit::Week)),
            Unit::Month => Some(Relative::Past(6, Unit::Month)),
            Unit::Year => Some(Relative::Past(3, Unit::Year)),
            _ => None,
        },
        ["past" | "last", unit] => Some(Relative::Past(1, Unit::of(unit)?)),
        ["past" | "last", "few", unit] => Some(Relative::Past(3, Unit::of(unit)?)),
        ["past" | "last", "24", "hours"] => Some(Relative::Past(1, Unit::Day)),
        ["past" | "last", "48", "hours"] => Some(Relative::Past(2, Unit::Day)),
        ["past" | "last", "72", "hours"] => Some(Relative::Past(3, Unit::Day)),
        ["past" | "last", count, unit] => Some(Relative::Past(small_count(count)?, Unit::of(unit)?)),
        _ => None,
    }
}

/// `October 22`, `22 October`, `the 22nd`, `October`, `last October`, `Wednesday`, `this
/// Wednesday`, `last Tuesday`, `next Monday`.
fn day_or_weekday(tokens: &[&str]) -> Option<Relative> {
    match tokens {
        [a, b] => match (month_number(a), day_number(b), day_number(a), month_number(b)) {
            (Some(month), Some(day), _, _) | (_, _, Some(day), Some(month)) => Some(Relative::MonthDay(month, day)),
            (_, _, _, Some(month)) => Some(Relative::MonthBack(month, back(a)?)),
            _ => Some(Relative::Weekday(weekday(b)?, which_weekday(a)?)),
        },
        [word] if is_ordinal_day(word) => day_number(word).map(Relative::DayOfMonth),
        [word] => month_number(word)
            .map(Relative::NamedMonth)
            .or_else(|| Some(Relative::Weekday(weekday(word)?, WeekdayWhich::Latest))),
        _ => None,
    }
}

/// `this` is 0 units back, `last` and `past` 1, `next` -1.
fn back(word: &str) -> Option<i64> {
    match word {
        "this" | "current" => Some(0),
        "last" | "previous" => Some(1),
        "next" | "coming" => Some(-1),
        _ => None,
    }
}

/// `this Wednesday` is the latest, `last Wednesday` strictly before, `next` after.
fn which_weekday(word: &str) -> Option<WeekdayWhich> {
    match word {
        "this" => Some(WeekdayWhich::Latest),
        "last" | "past" => Some(WeekdayWhich::Last),
        "next" | "coming" => Some(WeekdayWhich::Next),
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

/// `day` moved by `days`, or a problem off the calendar.
fn moved(day: Date, days: i64) -> Result<Date, Problem> {
    shift(day, days).ok_or(Problem::Unreadable)
}

/// Resolves against one reference day.
fn resolve_on(relative: Relative, day: Date, text: &str) -> Result<DateValue, Problem> {
    let impossible = |year: i16| Problem::Impossible(format!("\"{text}\" in {year}"));
    match relative {
        Relative::MonthDay(month, d) => Date::new(day.year(), month, d)
            .map(DateValue::day)
            .map_err(|_| impossible(day.year())),
        Relative::DayOfMonth(d) => Date::new(day.year(), day.month(), d)
            .map(DateValue::day)
            .map_err(|_| impossible(day.year())),
        Relative::NamedMonth(month) => month_span(day.year(), month).ok_or(Problem::Unreadable),
        Relative::MonthBack(month, back) => {
            let year = match back {
                0 => day.year(),
                1 if month < day.month() => day.year(),
                1 => day.year() - 1,
                _ if month > day.month() => day.year(),
                _ => day.year() + 1,
            };
            month_span(year, month).ok_or(Problem::Unreadable)
        }
        Relative::Weekday(target, which) => weekday_near(day, target, which).map(DateValue::day),
        Relative::DaysBack(back) => moved(day, -back).map(DateValue::day),
        Relative::Week(-2, WeekPart::Weekend) => {
            let back = i64::from(day.weekday().to_monday_zero_offset() < 5);
            week(day, back, WeekPart::Weekend)
        }
        Relative::Week(back, part) => week(day, back, part),
        Relative::CalendarMonth(back) => month_back(day, back),
        Relative::CalendarYear(back) => i16::try_from(back)
            .ok()
            .and_then(|back| day.year().checked_sub(back))
            .and_then(year_span)
            .ok_or(Problem::Unreadable),
        Relative::EarlierThisYear => Ok(span(day.first_of_year(), day, Precision::Range)),
        Relative::EarlierThisMonth => Ok(span(day.first_of_month(), day, Precision::Range)),
        Relative::EarlierThisWeek => {
            let monday = moved(day, -i64::from(day.weekday().to_monday_zero_offset()))?;
            Ok(span(monday, day, Precision::Range))
        }
        Relative::Ago(ago) => resolve_ago(ago, day),
        Relative::Past(n, unit) => {
            let first = unit.moved(day, -n).ok_or(Problem::Unreadable)?;
            Ok(span(first, day, Precision::Range))
        }
    }
}

/// The days an `ago` names, counted back from `day`.
fn resolve_ago(ago: Ago, day: Date) -> Result<DateValue, Problem> {
    let Ago { n, unit, hedge } = ago;
    let then = unit.moved(day, -n).ok_or(Problem::Unreadable)?;
    let (first, last) = match hedge {
        AgoHedge::Exact => return exact_ago(then, unit),
        AgoHedge::About => (unit.moved(day, -(n + 1)), unit.moved(day, -(n - 1).max(0))),
        AgoHedge::MoreThan => return Ok(span(Date::MIN, moved(then, -1)?, Precision::By)),
        AgoHedge::LessThan => (Some(moved(then, 1)?), Some(day)),
    };
    let (Some(first), Some(last)) = (first, last) else {
        return Err(Problem::Unreadable);
    };
    Ok(span(first, last, Precision::Range))
}

/// `two days ago` is that day; `two weeks ago` three days either side of the day two weeks
/// back; `two months ago` that calendar month; `two years ago` that calendar year; `two
/// decades ago` five years either side.
fn exact_ago(then: Date, unit: Unit) -> Result<DateValue, Problem> {
    let around = |days: i64, precision| -> Result<DateValue, Problem> {
        Ok(span(moved(then, -days)?, moved(then, days)?, precision))
    };
    match unit {
        Unit::Day => Ok(DateValue::day(then)),
        Unit::Week | Unit::Fortnight => around(3, Precision::Week),
        Unit::Month => month_span(then.year(), then.month()).ok_or(Problem::Unreadable),
        Unit::Year => year_span(then.year()).ok_or(Problem::Unreadable),
        Unit::Decade => {
            let first = shift_months(then, -60).ok_or(Problem::Unreadable)?;
            let last = shift_months(then, 60).ok_or(Problem::Unreadable)?;
            Ok(span(first, last, Precision::Range))
        }
    }
}

/// The `target` weekday nearest `day` in the direction asked.
fn weekday_near(day: Date, target: Weekday, which: WeekdayWhich) -> Result<Date, Problem> {
    let today = i64::from(day.weekday().to_monday_zero_offset());
    let wanted = i64::from(target.to_monday_zero_offset());
    let mut back = (today - wanted).rem_euclid(7);
    match which {
        WeekdayWhich::Latest => {}
        WeekdayWhich::Last if back == 0 => back = 7,
        WeekdayWhich::Last => {}
        WeekdayWhich::Next => {
            let ahead = (wanted - today).rem_euclid(7);
            back = -if ahead == 0 { 7 } else { ahead };
        }
    }
    moved(day, -back)
}

/// Part of the Monday-to-Sunday week containing `day`, `back` weeks earlier.
fn week(day: Date, back: i64, part: WeekPart) -> Result<DateValue, Problem> {
    let since_monday = i64::from(day.weekday().to_monday_zero_offset());
    let monday = moved(day, -since_monday - 7 * back)?;
    let (from, to) = part.days();
    Ok(span(moved(monday, from)?, moved(monday, to)?, Precision::Week))
}

/// The calendar month containing `day`, `back` months earlier.
fn month_back(day: Date, back: i64) -> Result<DateValue, Problem> {
    let first = shift_months(day.first_of_month(), -back).ok_or(Problem::Unreadable)?;
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
            date_order: None,
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
            date_order: None,
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
