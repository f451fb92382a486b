//! Reading dates: absolute forms (`2013`, `2020-08`, `August 2020`, `22 October 2025`,
//! `early 2025`, `the 2000s`), numeric forms (see [`super::numeric`]), parts of periods
//! (see [`super::periods`]), parts of the day and night (see [`super::dayparts`]), relative
//! forms (see [`super::relative`]), ranges (`between 2020 and 2022`, `October 21-22`,
//! `from Feb 1st to March 2019`), alternatives (`2012 or 2013`, `either 2025-03-04 or
//! 2025-04-03`), open ends (`since 2013`, `by 2016`) and approximations (`around 2013`).
//!
//! Each reader takes the words of a date and a way to read the words of an inner date, so
//! that the readers of forms never import each other.

use super::date::{DateValue, Precision};
use super::date_words::split_at_word;
use super::date_words::{
    Found, Problem, day_number, decade_span, decade_start, is_digits, month_number, month_span, shift, shift_months,
    small_number, span, year_number, year_span,
};
use super::error::{error, help, quoted, unreadable};
use super::lexer::{clean, words};
use super::{
    DayRange, ParseContext, ValueError, ValueType, ahead, dayparts, eras, holidays, numeric, periods, relative,
};
use aho_corasick::AhoCorasick;
use jiff::civil::Date;
use std::sync::LazyLock;

/// Reads a date of any precision; relative dates resolve against `ctx.reference`.
pub(super) fn parse_date(written: &str, ctx: &ParseContext) -> Result<DateValue, ValueError> {
    read_written(written, ctx).map_err(|problem| problem_error(problem, written))
}

/// Reads a date as [`parse_date`] does, with the problem instead of its message: for readers
/// that try a date and do something else when it is not one, without writing the message
/// (and its suggestion) they would throw away.
pub(super) fn read_written(written: &str, ctx: &ParseContext) -> Result<DateValue, Problem> {
    let text = prepare(&clean(written));
    if text.len() > MAX_DATE_LENGTH {
        return Err(Problem::Unreadable);
    }
    read_date(&text, ctx)?.ok_or(Problem::Unreadable)
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
        Problem::WrongWeekday(date, actual) => ValueError {
            message: format!(
                "{} names the wrong day of the week: {date} is a {actual}",
                quoted(written)
            ),
            help: format!("write the date alone, or with its day of the week: \"{actual} {date}\""),
        },
        Problem::Unreadable => unreadable(written, ty),
    }
}

/// The longest text read as a date, in bytes (longer text is not a date).
const MAX_DATE_LENGTH: usize = 200;

/// Commas dropped, `mid-2020`, `early-2025` spaced out, `c.` read as `circa`.
fn prepare(text: &str) -> String {
    let mut spaced = if text.contains(',') {
        words(&text.replace(',', " ")).join(" ")
    } else {
        text.to_owned()
    };
    if !REWRITTEN.as_ref().is_none_or(|rewritten| rewritten.is_match(&spaced)) {
        // None of the phrases below (most dates): nothing to rewrite.
        return spaced;
    }
    if spaced.contains('-') {
        for (from, to) in HYPHENATED {
            if spaced.contains(from) {
                spaced = spaced.replace(from, to);
            }
        }
    }
    for (from, to) in SAME_AS {
        if spaced.contains(from) {
            spaced = spaced.replace(from, to);
        }
    }
    spaced
}

/// Hyphens spaced out (`mid-2020`, `early-2025`, `2020 - 2022`).
const HYPHENATED: [(&str, &str); 4] = [
    ("mid-", "mid "),
    ("early-", "early "),
    ("late-", "late "),
    (" - ", " to "),
];

/// Every phrase [`prepare`] rewrites, found in one pass.
static REWRITTEN: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    let phrases = HYPHENATED.iter().chain(SAME_AS.iter()).map(|(from, _)| *from);
    AhoCorasick::new(phrases).ok()
});

/// Phrasings read as another the grammar knows: `before dawn on Monday` is the dawn of
/// Monday (not a date before it), `on or about June 23` around it.
const SAME_AS: [(&str, &str); 7] = [
    ("some time in ", "in "),
    ("over the ", "the "),
    ("on or about ", "around "),
    ("on or around ", "around "),
    ("before dawn", "dawn"),
    ("after dark", "night"),
    ("after nightfall", "night"),
];

/// Words before a date that change nothing (`in 2013`, `on Tuesday`, `the 1980s`).
fn is_filler(word: &str) -> bool {
    matches!(word, "in" | "on" | "the" | "during" | "at" | "of" | "sometime")
}

/// Prefixes that make a date approximate.
const APPROXIMATELY: [&str; 7] = ["around", "about", "circa", "c.", "ca.", "approximately", "roughly"];

/// A range, alternatives, an open end, an approximation or a single date.
fn read_date(text: &str, ctx: &ParseContext) -> Found {
    let tokens = words(text);
    if let Some(found) = read_prefixed(&tokens, ctx)? {
        return Ok(Some(found));
    }
    if let Some(found) = dayparts::read_overnight(&tokens, &|inner| read_tokens(inner, ctx))? {
        return Ok(Some(found));
    }
    if let Some(found) = read_day_pair(&tokens, ctx)? {
        return Ok(Some(found));
    }
    if let Some(rest) = text.strip_prefix("between ") {
        // `between 4-22 January 1995`, `between September 4th through September 8th`: a
        // range written another way after `between`.
        let another_way = ["-", " to ", " through ", " until ", " till "]
            .iter()
            .any(|s| rest.contains(s));
        return match read_range(rest, &[" and "], ctx) {
            Ok(None) | Err(Problem::Unreadable) if another_way => read_date(rest, ctx),
            found => found,
        };
    }
    if let Some(rest) = text.strip_prefix("from ") {
        let found = read_range(rest, &[" to ", " until ", " till ", " through ", " and "], ctx);
        // `from 4-23 next month`: a range written with a dash after `from`.
        return match found {
            Ok(None) if rest.contains('-') => read_range(rest, &["-"], ctx),
            found => found,
        };
    }
    for separator in [" to ", " until ", " till ", " through ", ".."] {
        let written = match separator.trim() {
            ".." => text.contains(separator),
            word => has_inner_word(&tokens, word),
        };
        if written && let Some(found) = read_range(text, &[separator], ctx)? {
            return Ok(Some(found));
        }
    }
    if has_inner_word(&tokens, "or")
        && let Some(found) = read_alternatives(text, ctx)?
    {
        return Ok(Some(found));
    }
    if let Some(found) = read_single(text, ctx)? {
        return Ok(Some(found));
    }
    read_range(text, &["-", "/"], ctx)
}

/// Whether `word` is a word of the text other than its first and last (` to ` in the text),
/// found among its words without searching the text.
fn has_inner_word(tokens: &[&str], word: &str) -> bool {
    let inner = tokens.get(1..tokens.len().saturating_sub(1)).unwrap_or_default();
    inner.contains(&word)
}

/// `October 21-22, 2025`, `21-22 October`, `the night of 21-22 October`: the date read with
/// each day of the pair, first day of the first to last day of the second (for a night,
/// the night of the first day to the morning after the second).
fn read_day_pair(tokens: &[&str], ctx: &ParseContext) -> Found {
    let Some((at, from, to)) = tokens.iter().enumerate().find_map(|(at, token)| {
        let (a, b) = token.split_once('-')?;
        Some((at, day_number(a)?, day_number(b)?)).filter(|_| !is_digits(a, 4, 4))
    }) else {
        return Ok(None);
    };
    let with = |day: i8| {
        let day = day.to_string();
        let words: Vec<&str> = tokens
            .iter()
            .enumerate()
            .map(|(i, word)| if i == at { day.as_str() } else { word })
            .collect();
        read_date(&words.join(" "), ctx)
    };
    let (Some(first), Some(second)) = (with(from)?, with(to)?) else {
        return Ok(None);
    };
    if first.precision == Precision::Night {
        return join(first, DateValue::day(first.last.max(second.first))).map(Some);
    }
    join(first, second).map(Some)
}

/// `either A or B` (two readings), `since 2013`, `after 2016`, `by 2016`, `before 2016`,
/// `around 2013`.
fn read_prefixed(tokens: &[&str], ctx: &ParseContext) -> Found {
    let Some((first, rest)) = tokens.split_first() else {
        return Ok(None);
    };
    let inner = |words: &[&str]| read_date(&words.join(" "), ctx);
    match *first {
        "either" => {
            let Some((left, right)) = split_at_word(rest, "or") else {
                return Ok(None);
            };
            let (Some(one), Some(other)) = (inner(left)?, inner(right)?) else {
                return Ok(None);
            };
            Ok(Some(DateValue::either(one, other)))
        }
        "since" => Ok(inner(rest)?.map(|date| since(date.first, ctx))),
        "after" => Ok(inner(rest)?
            .and_then(|date| shift(date.last, 1))
            .map(|day| since(day, ctx))),
        "by" => Ok(inner(rest)?.map(|date| by(date.last))),
        "before" => Ok(inner(rest)?.and_then(|date| shift(date.first, -1)).map(by)),
        word if APPROXIMATELY.contains(&word) && rest.last() != Some(&"ago") => Ok(inner(rest)?.map(widen)),
        _ => Ok(None),
    }
}

/// From `first` to the reference's last day, or to the end of the calendar without one.
fn since(first: Date, ctx: &ParseContext) -> DateValue {
    let last = ctx.reference_days().map_or(Date::MAX, |range| range.last.max(first));
    span(first, last, Precision::Since)
}

/// From the start of the calendar to `last`.
fn by(last: Date) -> DateValue {
    span(Date::MIN, last, Precision::By)
}

/// An approximate date: a year a year either side, a month a month, a day three days; any
/// other precision as written.
fn widen(date: DateValue) -> DateValue {
    let widened = match date.precision {
        Precision::Year => shift_months(date.first, -12).zip(shift_months(date.last, 12)),
        Precision::Month => {
            shift_months(date.first, -1).zip(shift_months(date.last.first_of_month(), 1).map(|d| d.last_of_month()))
        }
        Precision::Day => shift(date.first, -3).zip(shift(date.last, 3)),
        _ => None,
    };
    match widened {
        Some((first, last)) => span(first, last, Precision::Range),
        None => date,
    }
}

/// `2012 or 2013`, `Tuesday or Wednesday`, `October 21 or 22`: the days of both, as one
/// range (the source is unsure which; `either A or B` keeps two readings instead).
fn read_alternatives(text: &str, ctx: &ParseContext) -> Found {
    Ok(read_pair(text, " or ", ctx)?.map(|(one, other)| {
        let (first, last) = (one.first.min(other.first), one.last.max(other.last));
        span(first, last, Precision::Range)
    }))
}

/// `A SEP B` at the first separator where both sides are dates: first day of A to last
/// day of B.
fn read_range(text: &str, separators: &[&str], ctx: &ParseContext) -> Found {
    let mut problem = None;
    for separator in separators {
        match read_pair(text, separator, ctx) {
            Ok(Some((from, to))) => return join(from, to).map(Some),
            Ok(None) => {}
            Err(p) => {
                problem.get_or_insert(p);
            }
        }
    }
    problem.map_or(Ok(None), Err)
}

/// Both sides of the first `separator` that splits `text` into two dates. A side that is a
/// bare day takes its month and year from the other (`October 21-22`, `21 to 22 October`);
/// a side without a year takes it from the other (`from Feb 1st to March 2019`).
fn read_pair(text: &str, separator: &str, ctx: &ParseContext) -> Result<Option<(DateValue, DateValue)>, Problem> {
    let mut problem = None;
    for (at, _) in text.match_indices(separator) {
        let (Some(left), Some(right)) = (text.get(..at), text.get(at + separator.len()..)) else {
            continue;
        };
        match read_sides(left.trim(), right.trim(), ctx) {
            Ok(Some(pair)) => return Ok(Some(pair)),
            Ok(None) => {}
            Err(p) => {
                problem.get_or_insert(p);
            }
        }
    }
    problem.map_or(Ok(None), Err)
}

/// The two sides of a range or of alternatives.
fn read_sides(left: &str, right: &str, ctx: &ParseContext) -> Result<Option<(DateValue, DateValue)>, Problem> {
    if let Some(day) = bare_day(left) {
        let Some(to) = read_single(right, ctx)? else {
            return Ok(None);
        };
        return Ok(with_day(&to.first, day)?.map(|from| (from, to)));
    }
    // `March 3 to 5 2024`: the year written once, after the last day.
    if let [day, year] = words(right).as_slice()
        && let (Some(day), Some(_)) = (day_number(day), year_number(year))
    {
        let Some(from) = read_single(&format!("{left} {year}"), ctx)? else {
            return Ok(None);
        };
        return Ok(with_day(&from.last, day)?.map(|to| (from, to)));
    }
    let Some(from) = read_left(left, right, ctx)? else {
        return Ok(None);
    };
    if let Some(day) = bare_day(right) {
        return Ok(with_day(&from.last, day)?.map(|to| (from, to)));
    }
    Ok(read_single(right, ctx)?.map(|to| (from, to)))
}

/// The left side of a range: when it has no year and the right side does, in the right
/// side's year (or the year before, when the range would end before it starts).
fn read_left(left: &str, right: &str, ctx: &ParseContext) -> Found {
    let no_reference = ParseContext {
        reference: None,
        ..*ctx
    };
    if read_single(left, &no_reference) != Err(Problem::NeedsReference) {
        return read_single(left, ctx);
    }
    let Ok(Some(end)) = read_single(right, &no_reference) else {
        return read_single(left, ctx);
    };
    let in_year_of = |day: Date| ParseContext {
        reference: Some(DayRange { first: day, last: day }),
        ..*ctx
    };
    let from = read_single(left, &in_year_of(end.last))?;
    match (from, shift_months(end.last, -12)) {
        (Some(from), Some(year_before)) if from.first > end.last => read_single(left, &in_year_of(year_before)),
        (from, _) => Ok(from),
    }
}

/// A day of the month written alone (`22`, `22nd`, `the 22nd`).
fn bare_day(text: &str) -> Option<i8> {
    match words(text).as_slice() {
        [word] | ["the", word] if !is_digits(word, 4, 4) => day_number(word),
        _ => None,
    }
}

/// That day in the month of `date`; a day the month does not have is a problem.
fn with_day(date: &Date, day: i8) -> Found {
    match Date::new(date.year(), date.month(), day) {
        Ok(found) => Ok(Some(DateValue::day(found))),
        Err(_) => Err(Problem::Impossible(format!(
            "day {day} of {}-{:02}",
            date.year(),
            date.month()
        ))),
    }
}

/// The range from the first day of `from` to the last day of `to`.
fn join(from: DateValue, to: DateValue) -> Result<DateValue, Problem> {
    if from.first > to.last {
        return Err(Problem::Reversed);
    }
    Ok(span(from.first, to.last, Precision::Range))
}

/// One date, absolute or relative.
fn read_single(text: &str, ctx: &ParseContext) -> Found {
    read_tokens(&words(text), ctx)
}

/// One date from its words, with words that change nothing (`in`, `on`, `the`, `of`)
/// dropped.
fn read_tokens(all: &[&str], ctx: &ParseContext) -> Found {
    if let Some(found) = ahead::read(all, ctx)? {
        return Ok(Some(found));
    }
    let mut tokens: &[&str] = all;
    while let Some((first, rest)) = tokens.split_first()
        && is_filler(first)
    {
        tokens = rest;
    }
    let tokens: Vec<&str> = tokens
        .iter()
        .copied()
        .filter(|t| !matches!(*t, "of" | "on" | "the"))
        .collect();
    if tokens.is_empty() {
        return Ok(None);
    }
    let inner = |words: &[&str]| read_tokens(words, ctx);
    if let Some(found) = eras::read(&tokens, ctx)? {
        return Ok(Some(found));
    }
    if let Some(found) = absolute(&tokens)? {
        return Ok(Some(found));
    }
    if let Some(found) = numeric::read(&tokens, ctx)? {
        return Ok(Some(found));
    }
    if let Some(found) = relative::read(&tokens, ctx)? {
        return Ok(Some(found));
    }
    if let Some(found) = holidays::read(&tokens, ctx)? {
        return Ok(Some(found));
    }
    if let Some(found) = dayparts::read(&tokens, &inner)? {
        return Ok(Some(found));
    }
    periods::read(&tokens, ctx, &inner)
}

/// The absolute forms.
fn absolute(tokens: &[&str]) -> Found {
    match tokens {
        [token] => single_token(token),
        ["year", token] => single_token(token),
        [part, token] if part_of(part).is_some() => Ok(part_of_period(part, token)),
        [month, year] => Ok(month_and_year(month, year)),
        [a, b, year] => day_month_year(a, b, year, tokens),
        _ => Ok(None),
    }
}

/// `2013`, `2020-08`, `2025-10-22`, `22-oct-2025`, `2000s`, `2012-13`.
fn single_token(token: &str) -> Found {
    if let Some(year) = year_number(token) {
        return Ok(year_span(year));
    }
    if let Some(found) = two_years(token)? {
        return Ok(Some(found));
    }
    if let Some(found) = iso(token)? {
        return Ok(Some(found));
    }
    if let Some(found) = year_and_month(token) {
        return Ok(Some(found));
    }
    if let Some(found) = dashed_with_month(token)? {
        return Ok(Some(found));
    }
    Ok(decade_start(token).and_then(|start| decade_span(start, 0, 9)))
}

/// `2015/3`, `2015.3`, `3/2015`, `03/2015`: a month and a four-digit year, either way round.
fn year_and_month(token: &str) -> Option<DateValue> {
    let (a, b) = token.split_once(['/', '.'])?;
    let month = |m: &str| {
        is_digits(m, 1, 2)
            .then(|| small_number(m))
            .flatten()
            .filter(|m| (1..=12).contains(m))
    };
    let year = |y: &str| is_digits(y, 4, 4).then(|| year_number(y)).flatten();
    match (year(a), month(b), month(a), year(b)) {
        (Some(y), Some(m), _, _) | (_, _, Some(m), Some(y)) => month_span(y, m),
        _ => None,
    }
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

/// `22-Oct-2025`, `Oct-22-2025`.
fn dashed_with_month(token: &str) -> Found {
    match token.split('-').collect::<Vec<_>>().as_slice() {
        [a, b, year] if month_number(a).is_some() || month_number(b).is_some() => day_month_year(a, b, year, &[token]),
        _ => Ok(None),
    }
}

/// `2012-13`, `2024/25`: two consecutive years written with the second shortened; `2010-14`,
/// `1990-95`: the years from one to the other, when the second cannot be a month (`2010-09`
/// is September 2010).
fn two_years(token: &str) -> Found {
    let Some((first, second)) = token.split_once(['-', '/']) else {
        return Ok(None);
    };
    let (Some(year), true) = (year_number(first), is_digits(second, 2, 2)) else {
        return Ok(None);
    };
    let Ok(end) = second.parse::<i16>() else {
        return Ok(None);
    };
    let last = year - year % 100 + end;
    let shortened_range = end > 12 && last > year && token.contains('-');
    if last != year + 1 && !shortened_range {
        return Ok(None);
    }
    Ok(year_span(year)
        .zip(year_span(last))
        .map(|(a, b)| span(a.first, b.last, Precision::Range)))
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

#[cfg(test)]
#[path = "calendar_tests.rs"]
pub(super) mod tests;
