//! The words and numbers dates are made of (`22nd`, `Oct.`, `Tues`, `2013`, `1980s`,
//! `the nineties`), the spans they name (a year, a month, a decade), and why a date could not
//! be read. Shared by the absolute, relative and numeric date readers, which do not read
//! each other's words.

use super::date::{DateValue, Precision};
use super::{DayRange, ParseContext};
use jiff::Span;
use jiff::civil::{Date, Weekday};

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
    /// A weekday written with a date that falls on another day (`"Wednesday October 23
    /// 2025"`, `Thursday`).
    WrongWeekday(String, String),
}

/// A date found, none (the text is not this form), or a problem.
pub(super) type Found = Result<Option<DateValue>, Problem>;

/// A date that depends on the reference day, resolved against the reference's first and
/// last day and spanning both (a reference known to the month gives a month of days); a
/// problem without a reference.
pub(super) fn on_reference(ctx: &ParseContext, resolve: impl Fn(Date) -> Result<DateValue, Problem>) -> Found {
    let DayRange { first, last } = ctx.reference_days().ok_or(Problem::NeedsReference)?;
    let from = resolve(first)?;
    if first == last {
        return Ok(Some(from));
    }
    let to = resolve(last)?;
    let readings = match (from.readings, to.readings) {
        (Some([a, b]), Some([c, d])) => Some([(a.0, c.1), (b.0, d.1)]),
        _ => None,
    };
    Ok(Some(DateValue {
        first: from.first,
        last: to.last.max(from.last),
        precision: from.precision,
        readings,
        at_turn: from.at_turn,
    }))
}

/// A range of days with a precision, read one way.
pub(super) fn span(first: Date, last: Date, precision: Precision) -> DateValue {
    DateValue::span(first, last, precision)
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
pub(super) fn decade_span(start: i16, from: i16, to: i16) -> Option<DateValue> {
    let first = Date::new(start.checked_add(from)?, 1, 1).ok()?;
    let last = Date::new(start.checked_add(to)?, 12, 31).ok()?;
    Some(span(first, last, Precision::Decade))
}

/// A unit of time a date is counted in, back (`two weeks ago`) or ahead (`in two weeks`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Unit {
    Day,
    Week,
    Fortnight,
    Month,
    Year,
    Decade,
}

impl Unit {
    /// The unit a word names (`days`, `week`).
    pub(super) fn of(word: &str) -> Option<Unit> {
        match word {
            "day" | "days" => Some(Unit::Day),
            "week" | "weeks" => Some(Unit::Week),
            "fortnight" | "fortnights" => Some(Unit::Fortnight),
            "month" | "months" => Some(Unit::Month),
            "year" | "years" => Some(Unit::Year),
            "decade" | "decades" => Some(Unit::Decade),
            _ => None,
        }
    }

    /// `day` moved `n` units, ahead when `n` is positive and back when it is negative.
    pub(super) fn moved(self, day: Date, n: i64) -> Option<Date> {
        match self {
            Unit::Day => shift(day, n),
            Unit::Week => shift(day, n.checked_mul(7)?),
            Unit::Fortnight => shift(day, n.checked_mul(14)?),
            Unit::Month => shift_months(day, n),
            Unit::Year => shift_months(day, n.checked_mul(12)?),
            Unit::Decade => shift_months(day, n.checked_mul(120)?),
        }
    }
}

/// `day` moved by `days` (negative for earlier); `None` off the calendar.
pub(super) fn shift(day: Date, days: i64) -> Option<Date> {
    Span::new().try_days(days).ok().and_then(|s| day.checked_add(s).ok())
}

/// `day` moved by whole months (negative for earlier), the day clamped to the month's end.
pub(super) fn shift_months(day: Date, months: i64) -> Option<Date> {
    Span::new()
        .try_months(months)
        .ok()
        .and_then(|s| day.checked_add(s).ok())
}

/// The date `years` years before `date`, the day kept within its month (29 February a year
/// back is 28 February), as subtracting a span of years gives it; `None` out of range.
pub fn years_before(date: Date, years: i64) -> Option<Date> {
    let year = i16::try_from(i64::from(date.year()).checked_sub(years)?).ok()?;
    let month = Date::new(year, date.month(), 1).ok()?;
    Date::new(year, date.month(), date.day().min(month.days_in_month())).ok()
}

/// The words before and after the first `word` among `tokens`.
pub(super) fn split_at_word<'a, 'b>(tokens: &'b [&'a str], word: &str) -> Option<(&'b [&'a str], &'b [&'a str])> {
    let at = tokens.iter().position(|t| *t == word)?;
    let (before, from) = tokens.split_at_checked(at)?;
    Some((before, from.get(1..)?))
}

/// Whether `text` is `min` to `max` ASCII digits.
pub(super) fn is_digits(text: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit())
}

/// A four-digit year.
pub(super) fn year_number(token: &str) -> Option<i16> {
    is_digits(token, 4, 4).then(|| token.parse().ok()).flatten()
}

/// A one- or two-digit month or day number, unchecked.
pub(super) fn small_number(token: &str) -> Option<i8> {
    is_digits(token, 1, 2).then(|| token.parse().ok()).flatten()
}

/// Decade words and their first year in the twentieth century.
const DECADE_WORDS: [(&str, i16); 8] = [
    ("twenties", 1920),
    ("thirties", 1930),
    ("forties", 1940),
    ("fifties", 1950),
    ("sixties", 1960),
    ("seventies", 1970),
    ("eighties", 1980),
    ("nineties", 1990),
];

/// The first year of a decade written `2000s`, `1980's`, `'90s`, `90s` or `nineties`
/// (two digits and words are the twentieth century's decades).
pub(super) fn decade_start(token: &str) -> Option<i16> {
    if let Some(&(_, start)) = DECADE_WORDS.iter().find(|(word, _)| *word == token) {
        return Some(start);
    }
    let digits = token.strip_suffix('s')?;
    let digits = digits.strip_suffix('\'').unwrap_or(digits);
    let short = digits.strip_prefix('\'').unwrap_or(digits);
    if is_digits(short, 2, 2) && short.ends_with('0') {
        return short.parse::<i16>().ok().map(|tens| 1900 + tens);
    }
    year_number(digits).filter(|year| year % 10 == 0)
}

/// Ordinal words for days of the month, by day.
const ORDINALS: [&str; 31] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twenty-first",
    "twenty-second",
    "twenty-third",
    "twenty-fourth",
    "twenty-fifth",
    "twenty-sixth",
    "twenty-seventh",
    "twenty-eighth",
    "twenty-ninth",
    "thirtieth",
    "thirty-first",
];

/// A day of the month: `22`, `22nd`, `1st`, `twenty-second` (1 to 31).
pub(super) fn day_number(token: &str) -> Option<i8> {
    if let Some(at) = ORDINALS.iter().position(|word| *word == token) {
        return i8::try_from(at + 1).ok();
    }
    let digits = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|suffix| token.strip_suffix(suffix))
        .unwrap_or(token);
    small_number(digits).filter(|day| (1..=31).contains(day))
}

/// Whether the token is a day written as an ordinal (`22nd`, `first`), not a bare number.
pub(super) fn is_ordinal_day(token: &str) -> bool {
    day_number(token).is_some() && !token.bytes().all(|b| b.is_ascii_digit())
}

/// The months' full names, January first: the words the extractor looks for.
pub const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The weekdays' full names, Monday first.
pub const WEEKDAY_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A month name or abbreviation (`august`, `aug`, `aug.`, `sept`).
pub(super) fn month_number(token: &str) -> Option<i8> {
    let word = token.strip_suffix('.').unwrap_or(token);
    if word == "sept" {
        return Some(9);
    }
    let at = MONTH_NAMES
        .iter()
        .position(|name| *name == word || (word.len() == 3 && name.starts_with(word)))?;
    i8::try_from(at + 1).ok()
}

/// A weekday name or abbreviation (`wednesday`, `wed`, `tues.`).
pub(super) fn weekday(word: &str) -> Option<Weekday> {
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

/// The weekday's name for messages (`Thursday`).
pub(super) fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Monday => "Monday",
        Weekday::Tuesday => "Tuesday",
        Weekday::Wednesday => "Wednesday",
        Weekday::Thursday => "Thursday",
        Weekday::Friday => "Friday",
        Weekday::Saturday => "Saturday",
        Weekday::Sunday => "Sunday",
    }
}

/// The weekday of a single day, checked against the one written.
pub(super) fn check_weekday(found: DateValue, written: Weekday) -> Found {
    if found.first != found.last || found.is_ambiguous() || found.first.weekday() == written {
        return Ok(Some(found));
    }
    let shown = found.first.strftime("%B %-d, %Y").to_string();
    Err(Problem::WrongWeekday(
        shown,
        weekday_name(found.first.weekday()).to_owned(),
    ))
}

/// A small count written in digits or words (`2`, `two`, `a`, `a couple of`'s `couple`),
/// as used in `two days ago`; `None` for anything else.
pub(super) fn small_count(word: &str) -> Option<i64> {
    let n = match word {
        "a" | "an" | "one" => 1,
        "couple" => 2,
        _ => {
            let n = super::number::parse_number(word)?;
            if n.fract() != 0.0 || !(0.0..=10_000.0).contains(&n) {
                return None;
            }
            n as i64
        }
    };
    Some(n)
}

/// How a token reader reads words split at spaces on Friday 14 March 2025, shown: the date, `none`,
/// or the problem. The oracle of the tests of the readers that take tokens.
#[cfg(test)]
pub(super) fn shown_on_14_march_2025(read: fn(&[&str], &super::ParseContext) -> Found, text: &str) -> String {
    let day = jiff::civil::date(2025, 3, 14);
    let ctx = super::ParseContext {
        reference: Some(super::DayRange { first: day, last: day }),
        date_order: None,
    };
    let tokens: Vec<&str> = text.split(' ').collect();
    match read(&tokens, &ctx) {
        Ok(Some(found)) => found.to_string(),
        Ok(None) => "none".to_owned(),
        Err(problem) => format!("{problem:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn years_before_is_a_span_of_years_subtracted(
            year in -9999i16..=9999,
            month in 1i8..=12,
            day in 1i8..=31,
            years in proptest::prop_oneof![-300i64..300, -30_000i64..30_000],
        ) {
            let Ok(date) = jiff::civil::Date::new(year, month, day) else { return Ok(()) };
            let by_span = jiff::Span::new().try_years(years).ok().and_then(|span| date.checked_sub(span).ok());
            proptest::prop_assert_eq!(years_before(date, years), by_span);
        }
    }

    #[test]
    fn words_of_dates() {
        assert_eq!(day_number("twenty-second"), Some(22));
        assert_eq!(day_number("31st"), Some(31));
        assert_eq!(day_number("32"), None);
        assert!(is_ordinal_day("3rd") && !is_ordinal_day("3"));
        assert_eq!(decade_start("'90s"), Some(1990));
        assert_eq!(decade_start("90s"), Some(1990));
        assert_eq!(decade_start("nineties"), Some(1990));
        assert_eq!(decade_start("1980's"), Some(1980));
        assert_eq!(decade_start("1985s"), None);
        assert_eq!(small_count("seventeen"), Some(17));
        assert_eq!(small_count("2.5"), None);
        assert_eq!(weekday("tues."), Some(Weekday::Tuesday));
    }
}
