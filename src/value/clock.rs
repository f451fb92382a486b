//! Times of day on a date, as flight trackers and airline sites write them
//! (`12/01/2011 01:55 PM`, `12/1/2011 2:07PM EST`, `12/1/11 2:06 PM (-05:00)`,
//! `2:07 PMDec 01`, `1:55pDec 1`, `Thu., Dec.01, 2011 1:55 p.m.`, `2011-12-01 13:52`),
//! read as the local wall-clock minute they name. Zones and offsets are dropped: every source
//! gives the local time of the place, so local times compare directly. A missing year is
//! the reference date's. Also codes (gates, flight numbers) in a normal form.

use super::lexer::tidy;
use super::{ParseContext, TimeWindow, ValueError, ValueType, error, news_clock};
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

const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Reads a time on a date; the year, when not written, is the reference date's.
pub(super) fn parse_time(written: &str, ctx: &ParseContext) -> Result<TimeWindow, ValueError> {
    let tidied = tidy(written);
    let reference_year = ctx.reference_days().map(|range| range.first.year());
    if let Some(time) = common_spelling(&tidied, reference_year) {
        return Ok(TimeWindow::minute(time));
    }
    match news_clock::read(&tidied, ctx) {
        news_clock::Found::Read(window) => Ok(window),
        news_clock::Found::Refused(error) => Err(error),
        news_clock::Found::NotMine => parse_time_by_patterns(written, &tidied, ctx).map(TimeWindow::minute),
    }
}

/// Reads a tidied time on a date with the patterns: any spelling they know.
fn parse_time_by_patterns(written: &str, tidied: &str, ctx: &ParseContext) -> Result<DateTime, ValueError> {
    let cleaned = NOISE.replace_all(tidied, " ");
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

/// The spellings most sources use (97 in 100 values of the Flight data), read in one pass
/// without the patterns: `2:07 PM, Dec 01`, `2:07 PMDec 01`, `1:55pDec 1`,
/// `2011-12-01 02:07 PM`, `2011-12-01 12:10PM CST`, `12/1/11 2:06 PM (-05:00)`,
/// `12/01/2011 01:55 PM`, `12:10 PM Thu 01-Dec-2011`, `Dec 01 - 1:55pm`,
/// `Fri, Dec 2 6:20 PM`. `None` for anything else, or anything not quite one of these (the
/// patterns then read it, and give the same time for these).
fn common_spelling(text: &str, reference_year: Option<i16>) -> Option<DateTime> {
    let mut scan = Scan {
        bytes: text.as_bytes(),
        at: 0,
    };
    let (date, time) = if scan.peek_digits() >= 4 {
        // `2011-12-01 02:07 PM`, with a word after it (a zone) or not.
        let (year, month, day) = (scan.number(4, 4)?, scan.after(b'-', 1, 2)?, scan.after(b'-', 1, 2)?);
        scan.byte(b' ')?;
        let time = scan.clock()?;
        scan.word_after_space();
        (date(year, month, day)?, time)
    } else if scan.peek_slash() {
        // `12/1/11 2:06 PM (-05:00)`, `12/1/2011 2:07PM EST`.
        let (month, day) = (scan.number(1, 2)?, scan.after(b'/', 1, 2)?);
        scan.byte(b'/')?;
        let year = match scan.peek_digits() {
            2 => full_year(scan.number(2, 2)?),
            _ => scan.number(4, 4)?,
        };
        scan.byte(b' ')?;
        let time = scan.clock()?;
        if !scan.offset_after_space() {
            scan.word_after_space();
        }
        (date(year, month, day)?, time)
    } else if scan.peek_letters() > 0 {
        // `Dec 01 - 1:55pm`, `Fri, Dec 2 6:20 PM`: the date first, in the reference year.
        let weekday = scan.weekday_and_comma();
        let month = scan.month(false)?;
        scan.byte(b' ')?;
        let day = scan.number(1, 2)?;
        if !weekday {
            scan.byte(b' ')?;
            scan.byte(b'-')?;
        }
        scan.byte(b' ')?;
        let time = scan.clock()?;
        (date(reference_year?, month, day)?, time)
    } else {
        let time = scan.clock()?;
        if scan.byte(b' ').is_some()
            && scan.peek_letters() > 0
            && scan.bytes.get(scan.at + scan.peek_letters()) == Some(&b' ')
        {
            // `12:10 PM Thu 01-Dec-2011`.
            scan.at += scan.peek_letters() + 1;
            let day = scan.number(1, 2)?;
            scan.byte(b'-')?;
            let month = scan.month(true)?;
            let year = scan.after(b'-', 4, 4)?;
            (date(year, month, day)?, time)
        } else {
            // `2:07 PM, Dec 01`, `2:07 PMDec 01`, `1:55pDec 1`.
            scan.byte(b',');
            scan.byte(b' ');
            let month = scan.month(false)?;
            scan.byte(b' ');
            let day = scan.number(1, 2)?;
            (date(reference_year?, month, day)?, time)
        }
    };
    scan.at_end().then(|| date.to_datetime(time))
}

/// The calendar date, when it exists.
fn date(year: i16, month: i16, day: i16) -> Option<Date> {
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// A year written with two digits is in this century.
fn full_year(year: i16) -> i16 {
    if year < 100 { 2000 + year } else { year }
}

/// A cursor over a tidied text, for [`common_spelling`].
struct Scan<'t> {
    bytes: &'t [u8],
    at: usize,
}

impl Scan<'_> {
    /// How many bytes of a class follow `from`.
    fn run_of(&self, from: usize, class: fn(&u8) -> bool) -> usize {
        self.bytes.iter().skip(from).take_while(|&byte| class(byte)).count()
    }

    /// How many digits follow.
    fn peek_digits(&self) -> usize {
        self.run_of(self.at, u8::is_ascii_digit)
    }

    /// How many letters follow.
    fn peek_letters(&self) -> usize {
        self.run_of(self.at, u8::is_ascii_alphabetic)
    }

    /// Whether digits and a slash follow.
    fn peek_slash(&self) -> bool {
        let digits = self.peek_digits();
        digits > 0 && self.bytes.get(self.at + digits) == Some(&b'/')
    }

    /// `byte`, taken when it follows.
    fn byte(&mut self, byte: u8) -> Option<()> {
        (self.bytes.get(self.at) == Some(&byte)).then(|| self.at += 1)
    }

    /// A number of `fewest` to `most` digits, not followed by another digit.
    fn number(&mut self, fewest: usize, most: usize) -> Option<i16> {
        let digits = self.peek_digits();
        if !(fewest..=most).contains(&digits) {
            return None;
        }
        let text = std::str::from_utf8(self.bytes.get(self.at..self.at + digits)?).ok()?;
        self.at += digits;
        text.parse().ok()
    }

    /// `separator`, then a number.
    fn after(&mut self, separator: u8, fewest: usize, most: usize) -> Option<i16> {
        self.byte(separator)?;
        self.number(fewest, most)
    }

    /// `2:07 PM`, `2:07PM`, `1:55p`, `13:52`, read as the clock pattern reads it: a letter
    /// `a` or `p` right after the minutes (or a space) is the half of the day, and an `m`
    /// right after it belongs to it. Anything the pattern would read differently (seconds,
    /// dots, a space before the `m`) is left to it.
    fn clock(&mut self) -> Option<Time> {
        let hour = self.number(1, 2)?;
        let minute = self.after(b':', 2, 2)?;
        if self.bytes.get(self.at) == Some(&b':') {
            return None;
        }
        let before_half = self.at;
        self.byte(b' ');
        let half = match self.bytes.get(self.at).map(u8::to_ascii_lowercase) {
            Some(half @ (b'a' | b'p')) => {
                self.at += 1;
                match self.bytes.get(self.at).map(u8::to_ascii_lowercase) {
                    Some(b'm') => self.at += 1,
                    Some(b'.') => return None,
                    Some(b' ')
                        if self
                            .bytes
                            .iter()
                            .skip(self.at)
                            .find(|&&b| b != b' ')
                            .map(u8::to_ascii_lowercase)
                            == Some(b'm') =>
                    {
                        return None;
                    }
                    _ => {}
                }
                if self.bytes.get(self.at) == Some(&b'.') {
                    return None;
                }
                Some(half)
            }
            _ => {
                self.at = before_half;
                None
            }
        };
        wall_clock(hour, minute, half)
    }

    /// A month by its first three letters (`Dec`, `December`); exactly three when `three`.
    fn month(&mut self, three: bool) -> Option<i16> {
        let letters = self.peek_letters();
        if letters < 3 || (three && letters != 3) {
            return None;
        }
        let name = std::str::from_utf8(self.bytes.get(self.at..self.at + letters)?).ok()?;
        let month = month_number(name)?;
        self.at += letters;
        Some(month)
    }

    /// `Fri, ` (a day of the week, its first three letters, then a comma and a space),
    /// taken when it follows.
    fn weekday_and_comma(&mut self) -> bool {
        let name = self.bytes.get(self.at..self.at + 3).map(<[u8]>::to_ascii_lowercase);
        let is_weekday = name.is_some_and(|name| WEEKDAYS.iter().any(|day| day.as_bytes() == name.as_slice()));
        let follows = self.bytes.get(self.at + 3..self.at + 5) == Some(b", ".as_slice());
        if is_weekday && follows {
            self.at += 5;
        }
        is_weekday && follows
    }

    /// ` (-05:00)`, taken when it follows.
    fn offset_after_space(&mut self) -> bool {
        let start = self.at;
        let taken = (|| {
            self.byte(b' ')?;
            self.byte(b'(')?;
            if self.byte(b'-').is_none() {
                self.byte(b'+')?;
            }
            self.number(2, 2)?;
            self.after(b':', 2, 2)?;
            self.byte(b')')
        })();
        if taken.is_none() {
            self.at = start;
        }
        taken.is_some()
    }

    /// A space and one word (a time zone), taken when they follow.
    fn word_after_space(&mut self) {
        if self.bytes.get(self.at) == Some(&b' ') {
            let letters = self.run_of(self.at + 1, u8::is_ascii_alphabetic);
            if letters > 0 {
                self.at += 1 + letters;
            }
        }
    }

    /// Whether the whole text has been read.
    fn at_end(&self) -> bool {
        self.at == self.bytes.len()
    }
}

fn not_a_time(written: &str) -> ValueError {
    error::error(
        format!("{} is not a time of day", error::quoted(written)),
        ValueType::Time,
    )
}

fn time_of_day(clock: &regex::Captures) -> Option<Time> {
    let hour: i16 = clock.get(1)?.as_str().parse().ok()?;
    let minute: i16 = clock.get(2)?.as_str().parse().ok()?;
    let half = clock.get(3).and_then(|m| m.as_str().bytes().next());
    wall_clock(hour, minute, half)
}

/// The time of day of an hour and minute as written, on a 12-hour clock when the half of the
/// day (`a` or `p`, either case) is given.
fn wall_clock(hour: i16, minute: i16, half: Option<u8>) -> Option<Time> {
    let hour = match half.map(|half| half.to_ascii_lowercase()) {
        Some(_) if !(1..=12).contains(&hour) => return None,
        Some(b'a') => hour % 12,
        Some(_) => hour % 12 + 12,
        None => hour,
    };
    Time::new(i8::try_from(hour).ok()?, i8::try_from(minute).ok()?, 0, 0).ok()
}

fn date_in(text: &str, ctx: &ParseContext) -> Option<Date> {
    let reference_year = ctx.reference_days().map(|range| range.first.year());
    let number = |captures: &regex::Captures, at: usize| -> Option<i16> { captures.get(at)?.as_str().parse().ok() };
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
    use proptest::prelude::Strategy;
    use proptest::prop_oneof;

    fn at(written: &str) -> String {
        let reference = jiff::civil::date(2011, 12, 1);
        let ctx = ParseContext {
            reference: Some(DayRange {
                first: reference,
                last: reference,
            }),
            date_order: None,
        };
        match parse_time(written, &ctx) {
            Ok(time) => time.to_string(),
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

    /// A time read by the patterns alone (the reading every spelling has).
    fn by_patterns(written: &str) -> Option<DateTime> {
        let reference = jiff::civil::date(2011, 12, 1);
        let ctx = ParseContext {
            reference: Some(DayRange {
                first: reference,
                last: reference,
            }),
            date_order: None,
        };
        parse_time_by_patterns(written, &tidy(written), &ctx).ok()
    }

    /// The one-pass reading of a common spelling, when it reads one.
    fn by_scan(written: &str) -> Option<DateTime> {
        common_spelling(&tidy(written), Some(2011))
    }

    #[test]
    fn common_spellings_are_read_in_one_pass_as_the_patterns_read_them() {
        for written in [
            "3:10 PM, Dec 01",
            "2:07 PMDec 01",
            "1:55pDec 1",
            "12:10 PM, Dec 01",
            "2011-12-01 02:07 PM",
            "2011-12-01 3:10 PM",
            "2011-12-01 12:10PM CST",
            "2011-12-01 13:52 ",
            "12/1/11 2:06 PM (-05:00)",
            "12/2/11 11:45 AM (+01:00)",
            "12/01/2011 01:55 PM",
            "12/1/2011 2:07PM EST",
            "12:10 PM  Thu 01-Dec-2011",
            "Dec 01 - 1:55pm",
            "Dec 1 - 11:05 AM",
            "December 02 - 12:10am",
            "Fri, Dec 2 6:20 PM",
            "thu, Dec 01 11:59 am",
            "Sat, Dec 3 12:10PM",
        ] {
            let scanned = by_scan(written);
            assert!(scanned.is_some(), "{written} is a common spelling");
            assert_eq!(scanned, by_patterns(written), "{written}");
        }
    }

    #[test]
    fn every_time_of_the_flight_slice_reads_the_same_in_one_pass() {
        let bytes = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/flight/bulk/20111201.tsv"
        ))
        .unwrap();
        let tsv = String::from_utf8_lossy(&bytes);
        let cells: Vec<&str> = tsv
            .lines()
            .flat_map(|line| line.split('\t').enumerate().filter(|(at, _)| [2, 3, 5, 6].contains(at)))
            .map(|(_, cell)| cell)
            .filter(|cell| !cell.trim().is_empty())
            .collect();
        assert!(cells.len() > 300, "{} time cells", cells.len());
        let mut scanned = 0;
        for cell in cells {
            if let Some(time) = by_scan(cell) {
                assert_eq!(Some(time), by_patterns(cell), "{cell}");
                scanned += 1;
            }
        }
        assert!(scanned > 200, "{scanned} read in one pass");
    }

    fn pick(options: &'static [&'static str]) -> proptest::sample::Select<&'static str> {
        proptest::sample::select(options)
    }

    /// Texts near the common spellings: each part drawn mostly from spellings that fit, and
    /// sometimes from ones that do not.
    fn near_common_spelling() -> impl Strategy<Value = String> {
        let hour = prop_oneof![6 => "(0?[1-9]|1[0-2])", 2 => "(1[3-9]|2[0-9])", 1 => "[0-9]{3}"];
        let minute = prop_oneof![6 => "[0-5][0-9]", 1 => "[6-9][0-9]|[0-9]|[0-9]{3}"];
        let half = pick(&[
            "", " PM", "PM", " pm", "pm", "p", "P", " AM", "am", "a", " P ", " A", " a.m.", "P M", "PMm", " M", "p.",
            " Pacific",
        ]);
        let clock = (hour, minute, pick(&["", "", "", ":07"]), half)
            .prop_map(|(h, m, seconds, half)| format!("{h}:{m}{seconds}{half}"));
        let month = pick(&[
            "Dec", "Dec", "dec", "Nov", "December", "Decx", "Apr", "Foo", "EST", "Mar", "pr", "De",
        ]);
        let day = prop_oneof![6 => "(0?[1-9]|[12][0-9]|3[01])", 1 => "[0-9]{3}|3[2-9]|0"];
        let year = prop_oneof![6 => "20[0-9]{2}", 1 => "[0-9]{1,3}|[0-9]{5}"];
        let word = pick(&[
            "",
            "",
            " EST",
            " CST",
            " Thu",
            " On Time",
            " (Estimated)",
            " (-05:00)",
            " (+01:00)",
            " 12/2",
            " 5",
        ]);
        let iso = (year.clone(), "(0?[1-9]|1[0-2])|1[3-9]|[0-9]{3}", day.clone())
            .prop_map(|(y, m, d)| format!("{y}-{m}-{d}"));
        let slashed = (
            "(0?[1-9]|1[0-2])|1[3-9]|[0-9]{3}",
            day.clone(),
            prop_oneof!["[0-9]{2}", year.clone()],
        )
            .prop_map(|(m, d, y)| format!("{m}/{d}/{y}"));
        let weekday = pick(&[
            "Fri, ", "Thu, ", "sat, ", "Fri,", "Fri ", "Fri., ", "Fry, ", "Dec, ", "Friday, ",
        ]);
        prop_oneof![
            (
                weekday,
                month.clone(),
                pick(&[" ", " ", "", "."]),
                day.clone(),
                pick(&[" ", " ", " - ", "  ", ", "]),
                clock.clone(),
                pick(&["", "", "", "*", " (Estimated)", " 2011"]),
            )
                .prop_map(|(w, m, s, d, t, c, e)| format!("{w}{m}{s}{d}{t}{c}{e}")),
            (
                month.clone(),
                pick(&[" ", " ", "", "."]),
                day.clone(),
                pick(&[" - ", " - ", " -", "- ", " ", ", 2011 "]),
                clock.clone(),
                pick(&["", "", "", "*", " (Estimated)"]),
            )
                .prop_map(|(m, s, d, t, c, e)| format!("{m}{s}{d}{t}{c}{e}")),
            (
                clock.clone(),
                pick(&[", ", ", ", "", ",", " ", "  ", ".", " - "]),
                month.clone(),
                pick(&[" ", " ", "", "."]),
                day.clone()
            )
                .prop_map(|(c, s, m, t, d)| format!("{c}{s}{m}{t}{d}")),
            (iso, pick(&[" ", " ", "  ", "T"]), clock.clone(), word.clone())
                .prop_map(|(i, s, c, w)| format!("{i}{s}{c}{w}")),
            (slashed, pick(&[" ", " ", ""]), clock.clone(), word).prop_map(|(d, s, c, w)| format!("{d}{s}{c}{w}")),
            (
                clock,
                pick(&[" Thu ", " Thu  ", " EST ", " ", " on time "]),
                day,
                month,
                year
            )
                .prop_map(|(c, w, d, m, y)| format!("{c}{w}{d}-{m}-{y}")),
        ]
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(20000))]

        #[test]
        fn a_text_read_in_one_pass_reads_as_the_patterns_read_it(written in near_common_spelling()) {
            if let Some(time) = by_scan(&written) {
                proptest::prop_assert_eq!(Some(time), by_patterns(&written), "{}", written);
            }
        }
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
