//! Times of day on a date, as flight trackers and airline sites write them
//! (`12/01/2011 01:55 PM`, `12/1/2011 2:07PM EST`, `12/1/11 2:06 PM (-05:00)`,
//! `2:07 PMDec 01`, `1:55pDec 1`, `Thu., Dec.01, 2011 1:55 p.m.`, `2011-12-01 13:52`),
//! read as the local wall-clock minute they name. Zones and offsets are dropped: every source
//! gives the local time of the place, so local times compare directly. A missing year is
//! the reference date's. Also codes (gates, flight numbers) in a normal form.

use super::lexer::tidy;
use super::{ParseContext, ValueError, ValueType, error};
use jiff::civil::{Date, DateTime, Time};
use regex::Regex;
use std::sync::LazyLock;

// The patterns are ASCII-only (`(?-u)`: ASCII digits, spaces, word boundaries and case),
// which makes them several times smaller and faster than their Unicode forms; the text
// they read is tidied first (`lexer::tidy`), so that no-break and other Unicode spaces
// and dashes are plain ones.

/// Offsets and notes in parentheses, zone abbreviations, `&nbsp`, status words.
static NOISE: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"(?i-u)\((?u:[^)])*\)|&nbsp;?|\b(?:[ECMP][SD]T|UTC|GMT)\b|\bon time\b|\bdelayed\b|\*"));

/// `1:55 PM`, `1:55pm`, `1:55p`, `1:55 p.m.`, `13:52`.
static CLOCK: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"(?i-u)\b(\d{1,2}):(\d{2})(?::\d{2})?\s*(?:([ap])\.?\s*m?\.?)?"));

/// `2011-12-01`, optionally followed by a `11/30` month/day that overrides it (ord).
static ISO: LazyLock<Regex> = LazyLock::new(|| {
    pattern(r"(?-u)\b(\d{4})-(\d{1,2})-(\d{1,2})\b(?:\s+(?:[A-Za-z]+\s+)?(\d{1,2})/(\d{1,2})\b(?:(?u:[^/])|$))?")
});

/// `12/01/2011`, `12/1/11`.
static SLASHED: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?-u)\b(\d{1,2})/(\d{1,2})/(\d{2,4})\b"));

/// `01-Dec-2011`.
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i-u)\b(\d{1,2})-([a-z]{3})-(\d{4})\b"));

/// `12-01-11` (month-day-year).
static DASHED: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?-u)\b(\d{1,2})-(\d{1,2})-(\d{2})\b"));

/// `Dec 01`, `Dec.01, 2011`, `Dec 1`, `PMDec 01` (glued to the time).
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    pattern(r"(?i-u)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(\d{1,2})\b(?:,?\s*(\d{4}))?")
});

/// A constant pattern. `expect` cannot fail at run time: the patterns are literals, and the
/// tests of this module compile every one of them.
#[allow(clippy::expect_used)]
fn pattern(text: &str) -> Regex {
    Regex::new(text).expect("a constant pattern compiles")
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Reads a time on a date; the year, when not written, is the reference date's.
pub(super) fn parse_time(written: &str, ctx: &ParseContext) -> Result<DateTime, ValueError> {
    let tidied = tidy(written);
    let cleaned = NOISE.replace_all(&tidied, " ");
    let clock = CLOCK.captures(&cleaned).ok_or_else(|| {
        error::error(
            format!("{} has no time of day", error::quoted(written)),
            ValueType::Time,
        )
    })?;
    let whole = clock.get(0).map_or(0..0, |m| m.range());
    let without_clock = format!("{} {}", &cleaned[..whole.start], &cleaned[whole.end..]);
    let time = time_of_day(&clock).ok_or_else(|| not_a_time(written))?;
    let date = date_in(&without_clock, ctx).ok_or_else(|| {
        error::error(
            format!("{} names no date this time is on", error::quoted(written)),
            ValueType::Time,
        )
    })?;
    Ok(date.to_datetime(time))
}

fn not_a_time(written: &str) -> ValueError {
    error::error(
        format!("{} is not a time of day", error::quoted(written)),
        ValueType::Time,
    )
}

fn time_of_day(clock: &regex::Captures) -> Option<Time> {
    let hour: i8 = clock.get(1)?.as_str().parse().ok()?;
    let minute: i8 = clock.get(2)?.as_str().parse().ok()?;
    let hour = match clock.get(3).map(|m| m.as_str().to_ascii_lowercase()) {
        Some(_) if !(1..=12).contains(&hour) => return None,
        Some(half) if half == "a" => hour % 12,
        Some(_) => hour % 12 + 12,
        None => hour,
    };
    Time::new(hour, minute, 0, 0).ok()
}

fn date_in(text: &str, ctx: &ParseContext) -> Option<Date> {
    let reference_year = ctx.reference.map(|range| range.first.year());
    let number = |captures: &regex::Captures, at: usize| -> Option<i16> { captures.get(at)?.as_str().parse().ok() };
    let full_year = |year: i16| if year < 100 { 2000 + year } else { year };
    let date =
        |year: i16, month: i16, day: i16| Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok();
    // Each pattern needs a character that many texts lack: try it only when the text has it.
    let (dashed, slashed) = (text.contains('-'), text.contains('/'));
    if let Some(c) = dashed.then(|| ISO.captures(text)).flatten() {
        let year = number(&c, 1)?;
        return match (number(&c, 4), number(&c, 5)) {
            (Some(month), Some(day)) => date(year, month, day),
            _ => date(year, number(&c, 2)?, number(&c, 3)?),
        };
    }
    if let Some(c) = slashed.then(|| SLASHED.captures(text)).flatten() {
        return date(full_year(number(&c, 3)?), number(&c, 1)?, number(&c, 2)?);
    }
    if let Some(c) = dashed.then(|| DAY_MONTH_YEAR.captures(text)).flatten() {
        return date(number(&c, 3)?, month_number(c.get(2)?.as_str())?, number(&c, 1)?);
    }
    if let Some(c) = dashed.then(|| DASHED.captures(text)).flatten() {
        return date(full_year(number(&c, 3)?), number(&c, 1)?, number(&c, 2)?);
    }
    let c = MONTH_DAY.captures(text)?;
    let year = number(&c, 3).or(reference_year)?;
    date(year, month_number(c.get(1)?.as_str())?, number(&c, 2)?)
}

fn month_number(name: &str) -> Option<i16> {
    let name = name.to_ascii_lowercase();
    let at = MONTHS.iter().position(|month| name.starts_with(month))?;
    i16::try_from(at + 1).ok()
}

/// A code (a gate, a flight number) in normal form: upper case, letters and digits only;
/// a leading `Terminal X -` or `Term X -` and a trailing `/terminal` are dropped, and so is
/// the word `gate` (`Term C - C44`, `c44`, ` C-44 `, `Gate C44` and `C44/C` are all `C44`).
pub(super) fn parse_code(written: &str) -> Result<String, ValueError> {
    let upper = written.trim().to_uppercase();
    let after_terminal = match upper.rsplit_once(" - ") {
        Some((head, tail)) if head.starts_with("TERM") => tail,
        _ => upper.as_str(),
    };
    let before_slash = after_terminal.split('/').next().unwrap_or_default();
    let without_word = before_slash.trim().trim_start_matches("GATE");
    let code: String = without_word.chars().filter(char::is_ascii_alphanumeric).collect();
    if code.is_empty() {
        return Err(error::error(
            format!("{} has no letters or digits", error::quoted(written)),
            ValueType::Code,
        ));
    }
    Ok(code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::DayRange;

    fn at(written: &str) -> String {
        let reference = jiff::civil::date(2011, 12, 1);
        let ctx = ParseContext {
            reference: Some(DayRange {
                first: reference,
                last: reference,
            }),
        };
        match parse_time(written, &ctx) {
            Ok(time) => time.strftime("%Y-%m-%d %H:%M").to_string(),
            Err(error) => format!("error: {}", error.message),
        }
    }

    #[test]
    fn every_format_of_the_flight_data_reads_as_a_local_minute() {
        for written in [
            "12/01/2011 02:07 PM",
            "12/1/2011 2:07PM EST",
            "12/1/11 2:07 PM (-05:00)",
            "2011-12-01 02:07 PM",
            "2011-12-01 2:07 PM",
            "2:07 PM, Dec 01",
            "2:07 PMDec 01",
            "2:07pDec 1",
            "Dec 01 - 2:07pm",
            "Dec 01 - 2:07pm*",
            "Thu, Dec 1 2:07 PM",
            "Thu, Dec 1 2:07 PM            On Time",
            "Thu., Dec.01, 2011 2:07 p.m.",
            "02:07 PM  Thu 01-Dec-2011",
            "2011-12-01 14:07 ",
            "2011-12-01 2:07 PM (Estimated runway)",
            "2011-12-01 Thu  14:07",
            "2:07P 12-01-11",
            "2011-12-01  2:07P",
            "2:07 PM, Dec 01&nbsp(Estimated)",
            "2:07\u{a0}PM,\u{2009}Dec\u{a0}01",
            "2011\u{2013}12\u{2013}01 14:07",
            "2011-12-01 2:07PM CST",
        ] {
            assert_eq!(at(written), "2011-12-01 14:07", "{written}");
        }
    }

    #[test]
    fn dates_past_midnight_and_on_other_days_are_kept() {
        assert_eq!(at("12:26 AM  Fri 02-Dec-2011 (Runway)"), "2011-12-02 00:26");
        assert_eq!(at("2011-12-01 11/30 5:20 PM"), "2011-11-30 17:20");
        assert_eq!(at("2011-12-01 12/2 1:15 AM"), "2011-12-02 01:15");
        assert_eq!(at("11:20pNov 30"), "2011-11-30 23:20");
        assert_eq!(at("12:10 PM, Dec 01"), "2011-12-01 12:10");
        assert_eq!(at("12/2/11 11:45 AM (+01:00)"), "2011-12-02 11:45");
    }

    #[test]
    fn texts_without_a_time_are_errors() {
        assert_eq!(
            at("Dec 01 - Contact Airline"),
            "error: \"Dec 01 - Contact Airline\" has no time of day"
        );
        assert!(at("Not Available").starts_with("error:"));
        assert!(at("14:07").contains("names no date"));
    }

    #[test]
    fn gates_in_normal_form() {
        for (written, code) in [
            ("F78", "F78"),
            (" C20 ", "C20"),
            ("Term C - C44", "C44"),
            ("Terminal D - D53", "D53"),
            ("C-45", "C45"),
            ("C20/C", "C20"),
            ("Gate b7", "B7"),
            ("47B/T4", "47B"),
        ] {
            assert_eq!(parse_code(written).as_deref(), Ok(code), "{written}");
        }
        assert!(parse_code(" - ").is_err());
    }
}
