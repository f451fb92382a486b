//! Spans longer than a decade and sporting seasons: `the 1800s` and `the late 1700s` (a
//! century: `the 2000s` stays a decade), `the 19th century` and `the late nineteenth
//! century` (the 1800s and their last third), `the turn of the century` (the two years either side
//! of the latest century's first year, or of the one named: `the turn of the 20th century`),
//! `the turn of the millennium`, and `the 2022-23 season` (July to June across the two years)
//! or `the 2023 season` (the year).

use super::ParseContext;
use super::date::{DateValue, Precision};
use super::date_words::{
    Found, Problem, day_number, is_digits, is_ordinal_day, on_reference, span, year_number, year_span,
};
use jiff::civil::Date;

/// Reads a century, a turn of a century or a season; `None` when the words are none of them.
/// `tokens` are without `the` and `of`.
pub(super) fn read(tokens: &[&str], ctx: &ParseContext) -> Found {
    match tokens {
        ["turn", rest @ ..] => turn(rest, ctx),
        [ordinal, "century"] => Ok(numbered(ordinal).and_then(|start| years(start, start + 99))),
        [part, ordinal, "century"] => Ok(numbered(ordinal).and_then(|start| part_of_century(part, start))),
        [token, "season"] => Ok(season(token)),
        [token] => Ok(century(token).and_then(|start| years(start, start + 99))),
        [part, token] => Ok(century(token).and_then(|start| part_of_century(part, start))),
        _ => Ok(None),
    }
}

/// The first year of a century written `1800s` or `1700's` (any but `2000s`, a decade).
fn century(token: &str) -> Option<i16> {
    let digits = token.strip_suffix('s')?;
    let digits = digits.strip_suffix('\'').unwrap_or(digits);
    let year = year_number(digits)?;
    (year % 100 == 0 && year < 2000 && year > 0).then_some(year)
}

/// The first year of a century named by its number (`19th`, `nineteenth`: 1800), counted
/// as news counts it: the 19th century is the 1800s.
fn numbered(ordinal: &str) -> Option<i16> {
    let number = day_number(ordinal).filter(|_| is_ordinal_day(ordinal))?;
    Some((i16::from(number) - 1) * 100)
}

/// The first, middle or last third of a century (`early 1900s` is 1900-1933).
fn part_of_century(part: &str, start: i16) -> Option<DateValue> {
    let (from, to) = match part {
        "early" => (0, 33),
        "mid" => (34, 66),
        "late" => (67, 99),
        _ => return None,
    };
    years(start + from, start + to)
}

/// The years `first` to `last`, whole.
fn years(first: i16, last: i16) -> Option<DateValue> {
    let from = Date::new(first, 1, 1).ok()?;
    let to = Date::new(last, 12, 31).ok()?;
    Some(span(from, to, Precision::Range))
}

/// `2022-23 season`, `2022/23 season`: July of the first year to June of the second;
/// `2023 season`: the year.
fn season(token: &str) -> Option<DateValue> {
    if let Some(year) = year_number(token) {
        return year_span(year);
    }
    let (first, second) = token.split_once(['-', '/'])?;
    let year = year_number(first)?;
    let end: i16 = is_digits(second, 2, 2).then(|| second.parse().ok()).flatten()?;
    let last = year - year % 100 + end;
    if last != year + 1 {
        return None;
    }
    let from = Date::new(year, 7, 1).ok()?;
    let to = Date::new(last, 6, 30).ok()?;
    Some(span(from, to, Precision::Range))
}

/// `turn century`, `turn millennium`, `turn 20th century`: the two years either side of the
/// turn, which is the latest before the reference day unless the century is named.
fn turn(rest: &[&str], ctx: &ParseContext) -> Found {
    let around = |year: i16| years(year - 2, year + 2).ok_or(Problem::Unreadable);
    match rest {
        ["century"] => on_reference(ctx, |day| around(day.year() - day.year().rem_euclid(100))),
        ["millennium"] => on_reference(ctx, |day| around(day.year() - day.year().rem_euclid(1000))),
        [ordinal, "century"] => around(numbered(ordinal).ok_or(Problem::Unreadable)?).map(Some),
        _ => Ok(None),
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
    fn centuries_turns_and_seasons() {
        assert_eq!(shown("1800s"), "1800-01-01..1899-12-31");
        assert_eq!(shown("late 1700s"), "1767-01-01..1799-12-31");
        assert_eq!(shown("early 1900s"), "1900-01-01..1933-12-31");
        assert_eq!(shown("turn century"), "1998-01-01..2002-12-31");
        assert_eq!(shown("turn 20th century"), "1898-01-01..1902-12-31");
        assert_eq!(shown("turn millennium"), "1998-01-01..2002-12-31");
        assert_eq!(shown("2022-23 season"), "2022-07-01..2023-06-30");
        assert_eq!(shown("2019/20 season"), "2019-07-01..2020-06-30");
        assert_eq!(shown("2023 season"), "2023");
        assert_eq!(shown("19th century"), "1800-01-01..1899-12-31");
        assert_eq!(shown("late nineteenth century"), "1867-01-01..1899-12-31");
        assert_eq!(shown("mid 20th century"), "1934-01-01..1966-12-31");
        assert_eq!(shown("turn twentieth century"), "1898-01-01..1902-12-31");
    }

    #[test]
    fn decades_and_other_words_are_left_alone() {
        for text in [
            "2000s",
            "1980s",
            "late 2000s",
            "2022-25 season",
            "turn tide",
            "0000s",
            "19 century",
            "0th century",
        ] {
            assert_eq!(shown(text), "none", "{text}");
        }
    }
}
