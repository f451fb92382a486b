//! Reading dates: absolute forms (`2013`, `2020-08`, `August 2020`, `22 October 2025`,
//! `early 2025`, `the 2000s`), relative forms (see [`super::relative`]) and ranges
//! (`between 2020 and 2022`, `2020-2022`, `from August 2020 to February 2022`).

use super::date::{DateValue, Precision};
use super::error::{error, help, quoted, unreadable};
use super::lexer::{clean, words};
use super::relative;
use super::{ParseContext, ValueError, ValueType};
use jiff::civil::Date;

/// Why a date could not be read.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Problem {
    /// The text is not in the grammar.
    Unreadable,
    /// A date that does not exist, described for the message (`"2025-02-30"`).
    Impossible(String),
    /// A relative date read without a reference date.
    NeedsReference,
    /// A range that ends before it starts.
    Reversed,
}

/// A date found, none (the text is not this form), or a problem.
pub(super) type Found = Result<Option<DateValue>, Problem>;

/// Reads a date of any precision; relative dates resolve against `ctx.reference`.
pub(super) fn parse_date(written: &str, ctx: &ParseContext) -> Result<DateValue, ValueError> {
    let text = prepare(&clean(written));
    if text.len() > MAX_DATE_LENGTH {
        return Err(unreadable(written, ValueType::Date));
    }
    match read_date(&text, ctx) {
        Ok(Some(found)) => Ok(found),
        Ok(None) | Err(Problem::Unreadable) => Err(unreadable(written, ValueType::Date)),
        Err(problem) => Err(problem_error(problem, written)),
    }
}

/// The error for a problem other than unreadable text.
fn problem_error(problem: Problem, written: &str) -> ValueError {
    let ty = ValueType::Date;
    match problem {
        Problem::Impossible(what) => error(format!("{what} is not a real date"), ty),
        Problem::NeedsReference => ValueError {
            message: format!(
                "cannot resolve the relative date {}: the source needs a publication date or \
                 the claim an `as_of`",
                quoted(written)
            ),
            help: format!(
                "add `published:` to the source or `as_of:` to the claim, or write an absolute \
                 date; {}",
                help(ty)
            ),
        },
        Problem::Reversed => error(format!("the date range {} ends before it starts", quoted(written)), ty),
        Problem::Unreadable => unreadable(written, ty),
    }
}

/// The longest text read as a date, in bytes (longer text is not a date).
const MAX_DATE_LENGTH: usize = 200;

/// Commas dropped and `mid-2020`, `early-2025` spaced out.
fn prepare(text: &str) -> String {
    text.replace(',', " ")
        .replace("mid-", "mid ")
        .replace("early-", "early ")
        .replace("late-", "late ")
}

/// A range or a single date.
fn read_date(text: &str, ctx: &ParseContext) -> Found {
    if let Some(rest) = text.strip_prefix("between ") {
        return read_range(rest, &[" and "], ctx);
    }
    if let Some(rest) = text.strip_prefix("from ") {
        return read_range(rest, &[" to ", " until ", " till ", " through "], ctx);
    }
    let separators = [" to ", " until ", " through ", ".."];
    if let Some(separator) = separators.iter().find(|s| text.contains(*s)) {
        return read_range(text, &[separator], ctx);
    }
    if let Some(found) = read_single(text, ctx)? {
        return Ok(Some(found));
    }
    read_range(text, &["-"], ctx)
}

/// `A SEP B` at the first separator where both sides are dates: first day of A to last
/// day of B.
fn read_range(text: &str, separators: &[&str], ctx: &ParseContext) -> Found {
    let mut problem = None;
    for separator in separators {
        for (at, _) in text.match_indices(separator) {
            let (Some(left), Some(right)) = (text.get(..at), text.get(at + separator.len()..)) else {
                continue;
            };
            match (read_single(left.trim(), ctx), read_single(right.trim(), ctx)) {
                (Ok(Some(from)), Ok(Some(to))) => return join(from, to).map(Some),
                (Ok(None), _) | (_, Ok(None)) => {}
                (Err(p), _) | (_, Err(p)) => {
                    problem.get_or_insert(p);
                }
            }
        }
    }
    problem.map_or(Ok(None), Err)
}

/// The range from the first day of `from` to the last day of `to`.
fn join(from: DateValue, to: DateValue) -> Result<DateValue, Problem> {
    if from.first > to.last {
        return Err(Problem::Reversed);
    }
    Ok(DateValue {
        first: from.first,
        last: to.last,
        precision: Precision::Range,
    })
}

/// One date, absolute or relative, with a leading `in`, `on` or `the` ignored.
fn read_single(text: &str, ctx: &ParseContext) -> Found {
    let all = words(text);
    let mut tokens: &[&str] = &all;
    while let Some((first, rest)) = tokens.split_first()
        && matches!(*first, "in" | "on" | "the" | "during")
    {
        tokens = rest;
    }
    let tokens: Vec<&str> = tokens.iter().copied().filter(|t| *t != "of").collect();
    if let Some(found) = absolute(&tokens)? {
        return Ok(Some(found));
    }
    match relative::recognise(&tokens) {
        Some(relative) => relative::resolve(relative, ctx, text),
        None => Ok(None),
    }
}

/// The absolute forms.
fn absolute(tokens: &[&str]) -> Found {
    match tokens {
        [token] => single_token(token),
        [part, token] if part_of(part).is_some() => Ok(part_of_period(part, token)),
        [month, year] => Ok(month_and_year(month, year)),
        [a, b, year] => day_month_year(a, b, year, tokens),
        _ => Ok(None),
    }
}

/// `2013`, `2020-08`, `2025-10-22`, `2000s`.
fn single_token(token: &str) -> Found {
    if let Some(year) = year_number(token) {
        return Ok(year_span(year));
    }
    if let Some(found) = iso(token)? {
        return Ok(Some(found));
    }
    Ok(decade_start(token).and_then(|start| decade_span(start, 0, 9)))
}

/// `YYYY-MM` or `YYYY-MM-DD`; an impossible month or day is a problem.
fn iso(token: &str) -> Found {
    let parts: Vec<&str> = token.split('-').collect();
    let impossible = || Problem::Impossible(format!("\"{token}\""));
    match parts.as_slice() {
        [y, m] => {
            let (Some(year), Some(month)) = (year_number(y), small_number(m)) else {
                return Ok(None);
            };
            month_span(year, month).map(Some).ok_or_else(impossible)
        }
        [y, m, d] => {
            let (Some(year), Some(month), Some(day)) = (year_number(y), small_number(m), small_number(d)) else {
                return Ok(None);
            };
            let date = Date::new(year, month, day).map_err(|_| impossible())?;
            Ok(Some(DateValue::day(date)))
        }
        _ => Ok(None),
    }
}

/// `early`, `mid` or `late`: the part's index (0, 1, 2).
fn part_of(word: &str) -> Option<usize> {
    ["early", "mid", "late"].iter().position(|p| *p == word)
}

/// `early 2025` (Jan-Apr), `mid-2020` (May-Aug), `late 2020` (Sep-Dec), `early 2000s`
/// (2000-2003), `mid-2000s` (2004-2006), `late 2000s` (2007-2009).
fn part_of_period(part: &str, token: &str) -> Option<DateValue> {
    let index = part_of(part)?;
    if let Some(year) = year_number(token) {
        let (first_month, last_month) = [(1, 4), (5, 8), (9, 12)].get(index).copied()?;
        let first = Date::new(year, first_month, 1).ok()?;
        let last = Date::new(year, last_month, 1).ok()?.last_of_month();
        return Some(span(first, last, Precision::PartOfYear));
    }
    let start = decade_start(token)?;
    let (from, to) = [(0, 3), (4, 6), (7, 9)].get(index).copied()?;
    decade_span(start, from, to)
}

/// `August 2020`, `Aug. 2020`.
fn month_and_year(month: &str, year: &str) -> Option<DateValue> {
    month_span(year_number(year)?, month_number(month)?)
}

/// `22 October 2025`, `October 22 2025`, `22nd October 2025`.
fn day_month_year(a: &str, b: &str, year: &str, tokens: &[&str]) -> Found {
    let Some(year) = year_number(year) else {
        return Ok(None);
    };
    let day_month = match (day_number(a), month_number(b), month_number(a), day_number(b)) {
        (Some(day), Some(month), _, _) | (_, _, Some(month), Some(day)) => (day, month),
        _ => return Ok(None),
    };
    let (day, month) = day_month;
    match Date::new(year, month, day) {
        Ok(date) => Ok(Some(DateValue::day(date))),
        Err(_) => Err(Problem::Impossible(format!("\"{}\"", tokens.join(" ")))),
    }
}

/// A range of days with a precision.
pub(super) fn span(first: Date, last: Date, precision: Precision) -> DateValue {
    DateValue { first, last, precision }
}

/// The whole calendar year.
pub(super) fn year_span(year: i16) -> Option<DateValue> {
    let first = Date::new(year, 1, 1).ok()?;
    Some(span(first, first.last_of_year(), Precision::Year))
}

/// The whole calendar month; `None` when there is no such month.
pub(super) fn month_span(year: i16, month: i8) -> Option<DateValue> {
    let first = Date::new(year, month, 1).ok()?;
    Some(span(first, first.last_of_month(), Precision::Month))
}

/// Years `from` to `to` of the decade starting at `start`.
fn decade_span(start: i16, from: i16, to: i16) -> Option<DateValue> {
    let first = Date::new(start.checked_add(from)?, 1, 1).ok()?;
    let last = Date::new(start.checked_add(to)?, 12, 31).ok()?;
    Some(span(first, last, Precision::Decade))
}

/// Whether `text` is `min` to `max` ASCII digits.
fn is_digits(text: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit())
}

/// A four-digit year.
fn year_number(token: &str) -> Option<i16> {
    is_digits(token, 4, 4).then(|| token.parse().ok()).flatten()
}

/// A one- or two-digit month or day number, unchecked.
fn small_number(token: &str) -> Option<i8> {
    is_digits(token, 1, 2).then(|| token.parse().ok()).flatten()
}

/// The first year of a decade written `2000s` or `1980's`.
fn decade_start(token: &str) -> Option<i16> {
    let digits = token.strip_suffix('s')?;
    let digits = digits.strip_suffix('\'').unwrap_or(digits);
    year_number(digits).filter(|year| year % 10 == 0)
}

/// A day of the month: `22`, `22nd`, `1st` (1 to 31).
pub(super) fn day_number(token: &str) -> Option<i8> {
    let digits = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|suffix| token.strip_suffix(suffix))
        .unwrap_or(token);
    small_number(digits).filter(|day| (1..=31).contains(day))
}

/// A month name or abbreviation (`august`, `aug`, `aug.`, `sept`).
pub(super) fn month_number(token: &str) -> Option<i8> {
    let word = token.strip_suffix('.').unwrap_or(token);
    let month = match word {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    };
    Some(month)
}

#[cfg(test)]
mod tests {
    use super::parse_date;
    use crate::value::{DateValue, DayRange, ParseContext, Precision};
    use jiff::civil::date;

    const NO_DATE: ParseContext = ParseContext { reference: None };

    fn read(text: &str) -> DateValue {
        match parse_date(text, &NO_DATE) {
            Ok(found) => found,
            Err(e) => panic!("{text}: {e}"),
        }
    }

    fn shown(text: &str) -> String {
        read(text).to_string()
    }

    fn fails(text: &str, needle: &str) {
        match parse_date(text, &NO_DATE) {
            Ok(found) => panic!("{text} read as {found}"),
            Err(e) => assert!(e.message.contains(needle), "{text}: {}", e.message),
        }
    }

    #[test]
    fn corpus_years() {
        for year in ["2013", "2016", "2020", "2022", "2011", "2015", "1949"] {
            let found = read(year);
            assert_eq!(found.precision, Precision::Year);
            assert_eq!(found.to_string(), year);
        }
        let y2013 = read("2013");
        assert_eq!((y2013.first, y2013.last), (date(2013, 1, 1), date(2013, 12, 31)));
        assert_eq!(shown("in 2013"), "2013");
    }

    #[test]
    fn corpus_months_and_days() {
        assert_eq!(shown("August 2020"), "2020-08");
        assert_eq!(shown("February 2022"), "2022-02");
        assert_eq!(shown("December 2024"), "2024-12");
        assert_eq!(shown("2024-12"), "2024-12");
        assert_eq!(read("2024-12").precision, Precision::Month);
        assert_eq!(read("February 2024").last, date(2024, 2, 29));
        assert_eq!(read("2025-10-22"), DateValue::day(date(2025, 10, 22)));
    }

    #[test]
    fn month_and_day_spellings() {
        for text in ["Aug 2020", "Aug. 2020", "aug 2020", "AUGUST 2020."] {
            assert_eq!(shown(text), "2020-08", "{text}");
        }
        let day = DateValue::day(date(2025, 10, 22));
        for text in [
            "22 October 2025",
            "October 22, 2025",
            "October 22 2025",
            "Oct. 22nd, 2025",
            "the 22nd of October 2025",
            "on 22 October 2025",
        ] {
            assert_eq!(read(text), day, "{text}");
        }
    }

    #[test]
    fn parts_of_years() {
        assert_eq!(shown("early 2025"), "2025-01-01..2025-04-30");
        assert_eq!(read("early 2025").precision, Precision::PartOfYear);
        assert_eq!(shown("mid-2020"), "2020-05-01..2020-08-31");
        assert_eq!(shown("mid 2020"), "2020-05-01..2020-08-31");
        assert_eq!(shown("mid‑2020"), "2020-05-01..2020-08-31");
        assert_eq!(shown("late 2020"), "2020-09-01..2020-12-31");
    }

    #[test]
    fn decades() {
        assert_eq!(shown("the 2000s"), "2000-01-01..2009-12-31");
        assert_eq!(shown("2000s"), "2000-01-01..2009-12-31");
        assert_eq!(shown("the 1980s"), "1980-01-01..1989-12-31");
        assert_eq!(shown("the 1980's"), "1980-01-01..1989-12-31");
        assert_eq!(read("the 1980s").precision, Precision::Decade);
        assert_eq!(shown("early 2000s"), "2000-01-01..2003-12-31");
        assert_eq!(shown("mid-2000s"), "2004-01-01..2006-12-31");
        assert_eq!(shown("late 2000s"), "2007-01-01..2009-12-31");
        assert_eq!(read("early 2000s").precision, Precision::Decade);
    }

    #[test]
    fn ranges() {
        let range = read("between 2020 and 2022");
        assert_eq!((range.first, range.last), (date(2020, 1, 1), date(2022, 12, 31)));
        assert_eq!(range.precision, Precision::Range);
        for text in [
            "2020-2022",
            "2020..2022",
            "2020 – 2022",
            "from 2020 to 2022",
            "2020 to 2022",
        ] {
            assert_eq!(read(text), range, "{text}");
        }
        let months = read("from August 2020 to February 2022");
        assert_eq!((months.first, months.last), (date(2020, 8, 1), date(2022, 2, 28)));
        assert_eq!(shown("2025-10-13..2025-10-19"), "2025-10-13..2025-10-19");
        assert_eq!(shown("2025-10-13-2025-10-19"), "2025-10-13..2025-10-19");
    }

    #[test]
    fn errors() {
        fails("2025-02-30", "\"2025-02-30\" is not a real date");
        fails("2020-13", "\"2020-13\" is not a real date");
        fails("30 February 2025", "\"30 february 2025\" is not a real date");
        fails("between 2025-02-30 and 2025-03-05", "\"2025-02-30\" is not a real date");
        fails("between 2022 and 2020", "ends before it starts");
        fails("from February 2022 to August 2020", "ends before it starts");
        fails("Agust 2020", "cannot read \"Agust 2020\" as a date");
        fails("2020s-", "cannot read");
        fails("2005s", "cannot read");
        fails("99999", "cannot read");
        fails("between 2020", "cannot read");
        fails("October 22", "needs a publication date or the claim an `as_of`");
        fails("last week", "needs a publication date");
    }

    #[test]
    fn relative_dates_need_the_reference() {
        let ctx = ParseContext {
            reference: Some(DayRange {
                first: date(2025, 10, 22),
                last: date(2025, 10, 22),
            }),
        };
        let found = parse_date("between October 20 and today", &ctx);
        assert_eq!(found.map(|d| d.to_string()), Ok("2025-10-20..2025-10-22".to_string()));
    }
}
