//! Dates ahead of the reference day, as news copy announces them: `in two weeks` (the
//! second week from now), `two days from now`, `three weeks from today`, `the next five
//! days`, `the coming weekend`, `June next year`, `the 22nd of next month`, `4 next month`.

use super::ParseContext;
use super::date::{DateValue, Precision};
use super::date_words::{
    Found, Problem, Unit, day_number, month_number, on_reference, shift, shift_months, small_count, span,
};
use jiff::civil::{Date, Weekday};

/// A date ahead, recognised but not yet resolved.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Ahead {
    /// `in two weeks`: the last of the N units from the reference day (a day is that day).
    In(i64, Unit),
    /// `two days from now`: the day N units after the reference day.
    FromNow(i64, Unit),
    /// `the next five days`: from the day after the reference day to N units after it.
    Next(i64, Unit),
    /// `the coming weekend`: the first Saturday and Sunday after the reference day.
    ComingWeekend,
    /// `June next year` (1), `June last year` (-1), `June this year` (0).
    MonthOfYear(i8, i64),
    /// `July 23 last year`, `23 July next year`: a day of a month in a year so many ahead.
    DayOfYear(i8, i8, i64),
    /// `the 22nd of next month` (1), `of this month` (0), `of last month` (-1).
    DayOfMonth(i8, i64),
}

/// Reads a date ahead of (or a month named against) the reference day; `None` when the words
/// are not such a date.
pub(super) fn read(all: &[&str], ctx: &ParseContext) -> Found {
    // Every form has one of these words: most dates are not searched further.
    let marked = all.iter().any(|t| {
        matches!(
            *t,
            "in" | "within" | "now" | "today" | "hence" | "next" | "coming" | "this" | "last"
        )
    });
    if !marked {
        return Ok(None);
    }
    // Every form is a few words: gathered on the stack, without `the` and `of`.
    let mut words = [""; 5];
    let mut len = 0;
    for token in all.iter().filter(|t| !matches!(**t, "the" | "of")) {
        let Some(slot) = words.get_mut(len) else {
            return Ok(None);
        };
        *slot = token;
        len += 1;
    }
    let Some(ahead) = words.get(..len).and_then(recognise) else {
        return Ok(None);
    };
    on_reference(ctx, |day| resolve(ahead, day))
}

/// The form the words take, if any.
fn recognise(tokens: &[&str]) -> Option<Ahead> {
    let count = |word: &str| small_count(word).filter(|n| *n >= 1);
    match tokens {
        ["in" | "within", n, unit] | ["in", n, unit, "time"] => Some(Ahead::In(count(n)?, Unit::of(unit)?)),
        [n, unit, "from", "now" | "today"] | [n, unit, "hence"] => Some(Ahead::FromNow(count(n)?, Unit::of(unit)?)),
        [lead @ .., n, unit] if is_next(lead) => Some(Ahead::Next(count(n)?, Unit::of(unit)?)),
        ["coming", "weekend"] | ["this", "coming", "weekend"] => Some(Ahead::ComingWeekend),
        [month, which, "year"] => Some(Ahead::MonthOfYear(month_number(month)?, which_one(which)?)),
        [a, b, which, "year"] => {
            let (month, day) = match (month_number(a), day_number(b)) {
                (Some(month), Some(day)) => (month, day),
                _ => (month_number(b)?, day_number(a)?),
            };
            Some(Ahead::DayOfYear(month, day, which_one(which)?))
        }
        [day, which, "month"] | [day, "in", which, "month"] => {
            Some(Ahead::DayOfMonth(day_number(day)?, which_one(which)?))
        }
        _ => None,
    }
}

/// `next`, `the coming`, `over the next`, `in the next`, `within the next` (`the` dropped).
fn is_next(lead: &[&str]) -> bool {
    matches!(
        lead,
        ["next" | "coming"] | ["over" | "in" | "within" | "during", "next" | "coming"]
    )
}

/// `next` is one ahead, `this` none, `last` one back.
fn which_one(word: &str) -> Option<i64> {
    match word {
        "next" => Some(1),
        "this" => Some(0),
        "last" => Some(-1),
        _ => None,
    }
}

/// The days a date ahead names, on the reference day `day`.
fn resolve(ahead: Ahead, day: Date) -> Result<DateValue, Problem> {
    let off = || Problem::Impossible("a date beyond the calendar".to_owned());
    match ahead {
        Ahead::In(n, Unit::Day) => Ok(DateValue::day(Unit::Day.moved(day, n).ok_or_else(off)?)),
        Ahead::In(n, unit) => {
            let last = unit.moved(day, n).ok_or_else(off)?;
            let after_one_less = unit.moved(day, n - 1).ok_or_else(off)?;
            let first = shift(after_one_less, 1).ok_or_else(off)?;
            Ok(span(first, last, Precision::Range))
        }
        Ahead::FromNow(n, unit) => Ok(DateValue::day(unit.moved(day, n).ok_or_else(off)?)),
        Ahead::Next(n, unit) => {
            let first = shift(day, 1).ok_or_else(off)?;
            let last = unit.moved(day, n).ok_or_else(off)?;
            Ok(span(first, last, Precision::Range))
        }
        Ahead::ComingWeekend => {
            let saturday = day.nth_weekday(1, Weekday::Saturday).map_err(|_| off())?;
            let sunday = shift(saturday, 1).ok_or_else(off)?;
            Ok(span(saturday, sunday, Precision::Range))
        }
        Ahead::MonthOfYear(month, years) => {
            let year = shift_months(day, years.checked_mul(12).ok_or_else(off)?)
                .ok_or_else(off)?
                .year();
            let first = Date::new(year, month, 1).map_err(|_| off())?;
            Ok(span(first, first.last_of_month(), Precision::Month))
        }
        Ahead::DayOfYear(month, number, years) => {
            let year = shift_months(day, years.checked_mul(12).ok_or_else(off)?)
                .ok_or_else(off)?
                .year();
            let date = Date::new(year, month, number)
                .map_err(|_| Problem::Impossible(format!("{year}-{month:02}-{number:02}")))?;
            Ok(DateValue::day(date))
        }
        Ahead::DayOfMonth(number, months) => {
            let month = shift_months(day.first_of_month(), months).ok_or_else(off)?;
            let date = Date::new(month.year(), month.month(), number)
                .map_err(|_| Problem::Impossible(format!("{}-{:02}-{number:02}", month.year(), month.month())))?;
            Ok(DateValue::day(date))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::read;

    /// How the words read on Friday 14 March 2025.
    fn shown(text: &str) -> String {
        crate::value::date_words::shown_on_14_march_2025(read, text)
    }

    #[test]
    fn dates_ahead_of_the_reference_day() {
        assert_eq!(shown("in three days"), "2025-03-17");
        assert_eq!(shown("in two weeks"), "2025-03-22..2025-03-28");
        assert_eq!(shown("in a month"), "2025-03-15..2025-04-14");
        assert_eq!(shown("two weeks from today"), "2025-03-28");
        assert_eq!(shown("four days from now"), "2025-03-18");
        assert_eq!(shown("the next ten days"), "2025-03-15..2025-03-24");
        assert_eq!(shown("over the next 2 months"), "2025-03-15..2025-05-14");
        assert_eq!(shown("the coming weekend"), "2025-03-15..2025-03-16");
        assert_eq!(shown("july next year"), "2026-07");
        assert_eq!(shown("may last year"), "2024-05");
        assert_eq!(shown("july 23 last year"), "2024-07-23");
        assert_eq!(shown("23 july next year"), "2026-07-23");
        assert_eq!(shown("february 30 last year"), "Impossible(\"2024-02-30\")");
        assert_eq!(shown("the 9th of next month"), "2025-04-09");
        assert_eq!(shown("30 next month"), "2025-04-30");
        assert_eq!(shown("30 in next month"), "2025-04-30");
        assert_eq!(shown("31st of next month"), "Impossible(\"2025-04-31\")");
    }

    #[test]
    fn other_words_are_not_dates_ahead() {
        for text in [
            "in 2013",
            "in march",
            "next week",
            "next monday",
            "the 9th",
            "in zero days",
            "two days",
        ] {
            assert_eq!(shown(text), "none", "{text}");
        }
    }
}
