//! Parts of a period: `late October` (the 21st to the end), `mid-October` (11th to 20th),
//! `early October` (1st to 10th), `the end of 2024` (December), `the start of 2024`
//! (January), `the middle of 2024` (June and July), `the end of the month` (last ten days),
//! seasons (`autumn 2025` is September to November; `winter 2024` is December 2023 to
//! February 2024 or December 2024 to February 2025, two readings; `winter 2024-25` one),
//! quarters and halves (`Q3 2025`, `the first half of 2024`) and weeks of a month
//! (`the first week of October`, `the last week of October`).

use super::ParseContext;
use super::date::{DateValue, Precision};
use super::date_words::{Found, Problem, is_digits, month_span, on_reference, shift, span, year_number, year_span};
use jiff::civil::Date;

/// Reads the words of an inner date.
pub(super) type Inner<'a> = dyn Fn(&[&str]) -> Found + 'a;

/// A part of a period, or `None` when the tokens are not one.
pub(super) fn read(tokens: &[&str], ctx: &ParseContext, inner: &Inner) -> Found {
    let Some((first, rest)) = tokens.split_first() else {
        return Ok(None);
    };
    if let Some(season) = season(first) {
        return read_season(season, rest, ctx);
    }
    if let [quarter, rest @ ..] = tokens
        && let Some((index, count)) = quarter_code(quarter)
    {
        return Ok(inner(rest)?.and_then(|year| part_of_year(&year, index, count)));
    }
    match tokens {
        [which @ ("this" | "last" | "past"), word] if season(word).is_some() => {
            let start = season(word).unwrap_or(12);
            if *which == "this" {
                on_reference(ctx, |day| this_season(day, start))
            } else {
                on_reference(ctx, |day| season_over(day, start))
            }
        }
        [ordinal, unit @ ("quarter" | "half"), rest @ ..] => {
            let count = if *unit == "quarter" { 4 } else { 2 };
            let Some(index) = ordinal_index(ordinal, count) else {
                return Ok(None);
            };
            Ok(inner(rest)?.and_then(|year| part_of_year(&year, index, count)))
        }
        [ordinal, "week", rest @ ..] => {
            let Some(index) = ordinal_index(ordinal, 5) else {
                return Ok(None);
            };
            Ok(inner(rest)?.and_then(|month| week_of_month(&month, index)))
        }
        [part, rest @ ..] => {
            let Some(part) = Part::of(part) else {
                return Ok(None);
            };
            match inner(rest) {
                Ok(Some(whole)) => Ok(part_of(&whole, part)),
                Ok(None) | Err(Problem::Unreadable) => Ok(None),
                Err(problem) => Err(problem),
            }
        }
        [] => Ok(None),
    }
}

/// A third of a period, or its very start or end.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Part {
    /// `early`: the first third.
    Early,
    /// `mid`, `middle`: the middle third.
    Mid,
    /// `late`: the last third.
    Late,
    /// `the start of`, `the beginning of`.
    Start,
    /// `the end of`, `the close of`.
    End,
}

impl Part {
    fn of(word: &str) -> Option<Part> {
        match word {
            "early" => Some(Part::Early),
            "mid" | "middle" => Some(Part::Mid),
            "late" => Some(Part::Late),
            "start" | "beginning" | "outset" => Some(Part::Start),
            "end" | "close" => Some(Part::End),
            _ => None,
        }
    }
}

/// The part of a month, a year or a decade; `None` for other precisions (the absolute and
/// relative readers have their own early and late years and weeks).
fn part_of(whole: &DateValue, part: Part) -> Option<DateValue> {
    match whole.precision {
        Precision::Month => {
            let (from, to) = match part {
                Part::Early | Part::Start => (1, 10),
                Part::Mid => (11, 20),
                Part::Late | Part::End => (21, 31),
            };
            let first = Date::new(whole.first.year(), whole.first.month(), from).ok()?;
            let last_month = whole.last.first_of_month();
            let last = Date::new(
                last_month.year(),
                last_month.month(),
                to.min(last_month.days_in_month()),
            )
            .ok()?;
            Some(span(first, last, Precision::PartOfMonth))
        }
        Precision::Year => {
            let (from, to) = match part {
                Part::Early => (1, 4),
                Part::Mid => (6, 7),
                Part::Late => (9, 12),
                Part::Start => (1, 1),
                Part::End => (12, 12),
            };
            let first = month_span(whole.first.year(), from)?.first;
            let last = month_span(whole.last.year(), to)?.last;
            let one_month = from == to && whole.first.year() == whole.last.year();
            Some(span(
                first,
                last,
                if one_month {
                    Precision::Month
                } else {
                    Precision::PartOfYear
                },
            ))
        }
        Precision::Decade => {
            let (from, to) = match part {
                Part::Early | Part::Start => (0, 2),
                Part::Mid => (3, 6),
                Part::Late | Part::End => (7, 9),
            };
            let first = year_span(whole.first.year().checked_add(from)?)?.first;
            let last = year_span(whole.first.year().checked_add(to)?)?.last;
            Some(span(first, last, Precision::Decade))
        }
        _ => None,
    }
}

/// A season, by the month it starts in (meteorological seasons of the northern
/// hemisphere).
fn season(word: &str) -> Option<i8> {
    match word {
        "spring" => Some(3),
        "summer" => Some(6),
        "autumn" | "fall" => Some(9),
        "winter" => Some(12),
        _ => None,
    }
}

/// `autumn 2025`, `winter 2024-25`, `summer` (of the reference year), `last summer`, `this
/// winter`.
fn read_season(start: i8, rest: &[&str], ctx: &ParseContext) -> Found {
    let years = match rest {
        [year] | ["year", year] => year_number(year)
            .map(|y| (y, false))
            .or_else(|| winter_pair(year).map(|y| (y, true))),
        [] => None,
        _ => return Ok(None),
    };
    match (years, rest) {
        (Some((year, true)), _) => Ok(season_span(year, start)),
        (Some((year, false)), _) if start == 12 => Ok(season_span(year - 1, start)
            .zip(season_span(year, start))
            .map(|(a, b)| DateValue::either(a, b))),
        (Some((year, false)), _) => Ok(season_span(year, start)),
        (None, []) => on_reference(ctx, |day| latest_season(day, start)),
        _ => Ok(None),
    }
}

/// The season starting in month `start` of `year` (winter runs into the next year).
fn season_span(year: i16, start: i8) -> Option<DateValue> {
    let first = Date::new(year, start, 1).ok()?;
    let last = first.checked_add(jiff::Span::new().months(3)).ok()?.yesterday().ok()?;
    Some(span(first, last, Precision::Season))
}

/// `2024-25`: the first year of a winter written over two years.
fn winter_pair(token: &str) -> Option<i16> {
    let (first, second) = token.split_once(['-', '/'])?;
    let year = year_number(first)?;
    let next = if is_digits(second, 2, 2) {
        year - year % 100 + second.parse::<i16>().ok()?
    } else {
        year_number(second)?
    };
    (next == year + 1).then_some(year)
}

/// The season starting in month `start` that is under way or most recently over on `day`.
fn latest_season(day: Date, start: i8) -> Result<DateValue, Problem> {
    let this_year = season_span(day.year(), start).ok_or(Problem::Unreadable)?;
    let year = if this_year.first <= day {
        day.year()
    } else {
        day.year() - 1
    };
    season_span(year, start).ok_or(Problem::Unreadable)
}

/// The season starting in month `start` that is under way on `day` (a winter begun the
/// December before), or else the one starting in `day`'s year: `this summer` said in March
/// is the coming one, said in October the one just over.
fn this_season(day: Date, start: i8) -> Result<DateValue, Problem> {
    let year = day.year();
    match season_span(year - 1, start) {
        Some(before) if before.last >= day => Ok(before),
        _ => season_span(year, start).ok_or(Problem::Unreadable),
    }
}

/// The latest season starting in month `start` that was over before `day` (`last summer`
/// said in October is the summer just gone).
fn season_over(day: Date, start: i8) -> Result<DateValue, Problem> {
    let year = day.year();
    [year, year - 1, year - 2]
        .into_iter()
        .filter_map(|y| season_span(y, start))
        .find(|season| season.last < day)
        .ok_or(Problem::Unreadable)
}

/// `Q3`, `H1`: the part's index and how many parts the year has.
fn quarter_code(word: &str) -> Option<(usize, usize)> {
    let (count, digit) = match word.as_bytes() {
        [b'q', digit] => (4, *digit),
        [b'h', digit] => (2, *digit),
        _ => return None,
    };
    let index = usize::from(digit.checked_sub(b'1')?);
    (index < count).then_some((index, count))
}

/// `first` (0) to `fourth`, or `last` / `final` (the last of `count`).
fn ordinal_index(word: &str, count: usize) -> Option<usize> {
    let index = match word {
        "first" | "1st" => 0,
        "second" | "2nd" => 1,
        "third" | "3rd" => 2,
        "fourth" | "4th" => 3,
        "last" | "final" => count - 1,
        _ => return None,
    };
    (index < count).then_some(index)
}

/// Part `index` of `count` equal parts of a calendar year.
fn part_of_year(year: &DateValue, index: usize, count: usize) -> Option<DateValue> {
    if year.precision != Precision::Year || year.first.year() != year.last.year() {
        return None;
    }
    let months = 12 / i8::try_from(count).ok()?;
    let first_month = i8::try_from(index).ok()? * months + 1;
    let first = month_span(year.first.year(), first_month)?.first;
    let last = month_span(year.first.year(), first_month + months - 1)?.last;
    Some(span(first, last, Precision::PartOfYear))
}

/// Week `index` of a month: days 1-7, 8-14, 15-21, 22-28; the last week is its last seven
/// days.
fn week_of_month(month: &DateValue, index: usize) -> Option<DateValue> {
    if month.precision != Precision::Month {
        return None;
    }
    let start = month.first.first_of_month();
    let (first, last) = if index == 4 {
        let last = start.last_of_month();
        (shift(last, -6)?, last)
    } else {
        let offset = 7 * i64::try_from(index).ok()?;
        (shift(start, offset)?, shift(start, offset + 6)?)
    };
    Some(span(first, last, Precision::Week))
}

#[cfg(test)]
mod tests {
    use crate::value::calendar::tests::shown_on_22_october_2025 as shown;

    #[test]
    fn parts_of_months_and_years() {
        assert_eq!(shown("late October"), "2025-10-21..2025-10-31");
        assert_eq!(shown("mid-October"), "2025-10-11..2025-10-20");
        assert_eq!(shown("early October 2024"), "2024-10-01..2024-10-10");
        assert_eq!(shown("late February 2024"), "2024-02-21..2024-02-29");
        assert_eq!(shown("the end of 2024"), "2024-12");
        assert_eq!(shown("the start of 2024"), "2024-01");
        assert_eq!(shown("the middle of 2024"), "2024-06-01..2024-07-31");
        assert_eq!(shown("the end of last year"), "2024-12");
        assert_eq!(shown("late last year"), "2024-09-01..2024-12-31");
        assert_eq!(shown("the end of the month"), "2025-10-21..2025-10-31");
        assert_eq!(shown("the late 1990s"), "1997-01-01..1999-12-31");
    }

    #[test]
    fn seasons_quarters_and_weeks() {
        assert_eq!(shown("autumn 2025"), "2025-09-01..2025-11-30");
        assert_eq!(shown("fall 2025"), "2025-09-01..2025-11-30");
        assert_eq!(shown("summer"), "2025-06-01..2025-08-31");
        assert_eq!(shown("winter 2024-25"), "2024-12-01..2025-02-28");
        assert_eq!(
            shown("winter 2024"),
            "either 2023-12-01..2024-02-29 or 2024-12-01..2025-02-28"
        );
        assert_eq!(shown("Q3 2025"), "2025-07-01..2025-09-30");
        assert_eq!(shown("the first half of 2024"), "2024-01-01..2024-06-30");
        assert_eq!(shown("the fourth quarter of 2024"), "2024-10-01..2024-12-31");
        assert_eq!(shown("the first week of October"), "2025-10-01..2025-10-07");
        assert_eq!(shown("the last week of October 2025"), "2025-10-25..2025-10-31");
    }
}
