//! Times of day as news prose writes them, on a day it names: `at 3.15pm on 4 May 2024`,
//! `3:15 p.m. Tuesday`, `noon on Friday`, `Tuesday at 9am`, `14:30 on 4 May`,
//! `1430 GMT on June 23`, `10.30 GMT`, `9 in the morning`, read as the minute they name.
//! Zones (`GMT`, `local time`) are dropped, as for the times of [`super::clock`]: every
//! source gives the time of the place.
//!
//! A hedged or windowed time reads as the minutes it allows: `about 4.30pm` the half hour
//! either side, `shortly before 9am` the half hour before, `shortly after 6am` the half hour
//! after, `between 8am and 9am` both ends included, `early afternoon on 4 May` a part of the
//! day. What cannot be placed is refused with a reason: an open time (`by 9pm`), midnight on
//! a named day (the midnight that starts it or the one that ends it; a hedge says which:
//! `just before midnight on Sunday` ends Sunday, `just after midnight on Saturday` starts
//! Saturday), and a time with no day.

use super::date::Precision;
use super::{ParseContext, TimeWindow, ValueError, calendar, error, spoken_clock};
use jiff::Span;
use jiff::civil::{DateTime, Time};

/// What the news reader makes of a text.
pub(super) enum Found {
    /// The minutes on one day the text allows: one minute, or a hedged or windowed time's.
    Read(TimeWindow),
    /// A time as news writes it that the reader cannot place (open-ended, midnight on a
    /// named day, no day).
    Refused(ValueError),
    /// Not a time as news writes it: left to the patterns of flight data.
    NotMine,
}

/// Words that leave a time open (`by 9pm`, `sometime after 6am`): refused.
const OPEN_HEDGES: [&str; 7] = ["before", "after", "by", "until", "till", "sometime", "since"];

/// Minutes either side of an approximate time, and on one side of a time shortly before or
/// after it: the half hour.
const HEDGE_MINUTES: i64 = 30;

/// Words that name a part of the day rather than a minute.
const PARTS_OF_DAY: [&str; 6] = ["hours", "overnight", "morning", "afternoon", "evening", "night"];

/// Time zones as news copy names them, dropped like `local time`.
const ZONES: [&str; 27] = [
    "gmt", "bst", "utc", "cet", "cest", "eet", "eest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "ist",
    "jst", "aest", "msk", "z", "et", "pt", "ct", "mt", "aedt", "hkt", "sgt",
];

/// How a hedge places a time.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Side {
    /// The time as written.
    At,
    /// The half hour either side (`about`, `around`).
    Around,
    /// The half hour before (`shortly before`, `nearly`).
    Before,
    /// The half hour after (`shortly after`, `just gone`).
    After,
}

/// Reads a tidied text as a time of day on a day, as news prose writes it.
pub(super) fn read(tidied: &str, ctx: &ParseContext) -> Found {
    let lowered = without_asides(&tidied.to_ascii_lowercase()).replace(',', " ");
    let in_figures = spoken_clock::in_figures(&lowered);
    // A clock said in words (`8 o'clock`, `half past ten`) that reads as no minute below
    // lacks the half of the day.
    let said = in_figures.is_some() || lowered.contains("o'clock");
    let lowered = in_figures.unwrap_or(lowered);
    let tokens: Vec<&str> = lowered.split_whitespace().collect();
    let Some((at, len, clock)) = find_clock(&tokens) else {
        return match part_of_day(&tokens, ctx) {
            Some(window) => Found::Read(window),
            None if said => Found::Refused(no_half_of_day(tidied)),
            None => Found::NotMine,
        };
    };
    let before = tokens.get(..at).unwrap_or_default();
    let mut after = tokens.get(at + len..).unwrap_or_default();
    let side = match side_of(before) {
        Ok(side) => side,
        Err(hedge) => return Found::Refused(hedged(tidied, hedge)),
    };
    let mut end = None;
    if let [link, rest @ ..] = after
        && matches!(*link, "and" | "to" | "until" | "till" | "-")
        && let Some((len, second)) = clock_at(rest)
    {
        end = Some(second);
        after = rest.get(len..).unwrap_or_default();
    }
    let mut day_words: Vec<&str> = before
        .iter()
        .chain(after)
        .copied()
        .filter(|word| !is_filler(word) && !is_hedge(word))
        .collect();
    let part = day_words.iter().position(|word| PARTS_OF_DAY.contains(word));
    let part = part.map(|i| day_words.remove(i));
    let clock = match part {
        Some("overnight") => return Found::Refused(part_of_day_refused(tidied)),
        Some("hours") => {
            day_words.retain(|word| !matches!(*word, "early" | "small" | "wee"));
            clock
        }
        Some(part) => in_part(clock, part),
        None => clock,
    };
    if day_words.as_slice() == ["this"] {
        day_words = vec!["today"];
    }
    if day_words.is_empty() {
        return Found::Refused(no_day(tidied));
    }
    let Ok(day) = calendar::read_written(&day_words.join(" "), ctx) else {
        return Found::NotMine;
    };
    if day.precision != Precision::Day || day.readings.is_some() || day.first != day.last {
        return Found::Refused(not_one_day(tidied));
    }
    if clock == Clock::Midnight
        && matches!(side, Side::Before | Side::After)
        && end.is_none()
        && let Ok(next_day) = day.first.tomorrow()
    {
        // `just before midnight on Sunday`: the end of Sunday; `just after midnight on
        // Saturday`: the start of Saturday, the minutes being on the day named; `just after
        // midnight on Saturday night`: the start of Sunday, the night named.
        let starts = side == Side::After && part != Some("night");
        let midnight = if starts { day.first } else { next_day };
        return Found::Read(hedge_window(midnight.to_datetime(Time::midnight()), side));
    }
    let minute = |clock: Clock| match clock {
        Clock::At(time) => Some(day.first.to_datetime(time)),
        Clock::Midnight => None,
    };
    let Some(first) = minute(clock) else {
        return Found::Refused(midnight(tidied));
    };
    match end.map(minute) {
        Some(Some(last)) => Found::Read(TimeWindow::between(first, last)),
        Some(None) => Found::Refused(midnight(tidied)),
        None => Found::Read(hedge_window(first, side)),
    }
}

/// How the words before a clock place it, or the word that leaves it open.
fn side_of<'a>(before: &[&'a str]) -> Result<Side, &'a str> {
    let hedges: Vec<&str> = before.iter().copied().filter(|word| is_hedge(word)).collect();
    Ok(match hedges.as_slice() {
        [] | ["between" | "from"] => Side::At,
        [
            ..,
            "about" | "around" | "approximately" | "roughly" | "circa" | "some" | "approx",
        ] => Side::Around,
        ["shortly" | "just" | "soon" | "right", "before"] | ["nearly" | "almost" | "approaching"] => Side::Before,
        ["shortly" | "just" | "soon" | "right", "after"] | ["just", "gone" | "past"] => Side::After,
        [.., open] => return Err(open),
    })
}

/// Words that hedge a time.
fn is_hedge(word: &str) -> bool {
    OPEN_HEDGES.contains(&word)
        || matches!(
            word,
            "about"
                | "around"
                | "approximately"
                | "approx"
                | "roughly"
                | "circa"
                | "some"
                | "shortly"
                | "just"
                | "soon"
                | "right"
                | "nearly"
                | "almost"
                | "approaching"
                | "gone"
                | "past"
                | "between"
                | "from"
        )
}

/// The minutes a hedged time allows.
fn hedge_window(at: DateTime, side: Side) -> TimeWindow {
    let shifted = |minutes: i64| at.checked_add(Span::new().minutes(minutes)).unwrap_or(at);
    match side {
        Side::At => TimeWindow::minute(at),
        Side::Around => TimeWindow::between(shifted(-HEDGE_MINUTES), shifted(HEDGE_MINUTES)),
        Side::Before => TimeWindow::between(shifted(-HEDGE_MINUTES), shifted(-1)),
        Side::After => TimeWindow::between(shifted(1), shifted(HEDGE_MINUTES)),
    }
}

/// A clock read in the part of the day a text names with it: `7.40 this evening` is 19:40.
fn in_part(clock: Clock, part: &str) -> Clock {
    match clock {
        Clock::At(time) if time.hour() < 12 && matches!(part, "afternoon" | "evening") => {
            Clock::At(time.with().hour(time.hour() + 12).build().unwrap_or(time))
        }
        Clock::At(time) if (6..12).contains(&time.hour()) && part == "night" => {
            Clock::At(time.with().hour(time.hour() + 12).build().unwrap_or(time))
        }
        other => other,
    }
}

/// A part of one day with no clock (`early afternoon on 4 May`, `on Tuesday morning`,
/// `the early hours of Wednesday`, `late on Friday night`, `early on Monday`) as its
/// minutes: the early hours 00:00-05:59, the morning 05:00-11:59, the afternoon
/// 12:00-17:59, the evening 18:00-23:59, the night the evening and the early hours after it
/// (18:00 to 05:59 the next day), the day itself with `early` or `late` alone; `early` and
/// `late` take the first or second half, and a night's `late` runs from 21:00 to its end
/// (late in the evening is late that night too).
fn part_of_day(tokens: &[&str], ctx: &ParseContext) -> Option<TimeWindow> {
    let mut words: Vec<&str> = tokens.iter().copied().filter(|word| !is_filler(word)).collect();
    let at = words
        .iter()
        .position(|word| matches!(*word, "morning" | "afternoon" | "evening" | "hours" | "night"));
    let part = at.map(|at| words.remove(at)).unwrap_or("day");
    let half = words
        .iter()
        .position(|word| matches!(*word, "early" | "late" | "small" | "wee"));
    let half = half.map(|i| words.remove(i));
    let (start, end) = match (part, half) {
        ("hours", Some("early" | "small" | "wee")) => (0, 6 * 60),
        ("morning", _) => (5 * 60, 12 * 60),
        ("afternoon", _) => (12 * 60, 18 * 60),
        ("evening", _) => (18 * 60, 24 * 60),
        ("night", Some("late")) => (21 * 60, 30 * 60),
        ("night", Some("early")) => (18 * 60, 24 * 60),
        ("night", None) => (18 * 60, 30 * 60),
        ("day", Some("early" | "late")) => (0, 24 * 60),
        _ => return None,
    };
    let (start, end) = match half {
        _ if part == "night" => (start, end),
        Some("early") if part != "hours" => (start, (start + end) / 2),
        Some("late") => ((start + end) / 2, end),
        _ => (start, end),
    };
    if words.as_slice() == ["this"] {
        words = vec!["today"];
    }
    if words.is_empty() {
        return None;
    }
    let day = calendar::read_written(&words.join(" "), ctx).ok()?;
    if day.precision != Precision::Day || day.readings.is_some() || day.first != day.last {
        return None;
    }
    let minute = |of_day: i64| {
        day.first
            .to_datetime(Time::midnight())
            .checked_add(Span::new().minutes(of_day))
            .ok()
    };
    Some(TimeWindow::between(minute(start)?, minute(end - 1)?))
}

/// A clock reading: a minute, or midnight (which belongs to two days).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Clock {
    /// A minute of the day.
    At(Time),
    /// Midnight, whose day is ambiguous.
    Midnight,
}

/// The text without asides in parentheses (`3pm local time (1300 GMT)`).
fn without_asides(text: &str) -> String {
    let mut kept = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => kept.push(c),
            _ => {}
        }
    }
    kept
}

/// Words around a time that say nothing about its day: `at`, `on`, zones, `local time`.
fn is_filler(word: &str) -> bool {
    matches!(word, "at" | "on" | "in" | "local" | "time" | "the" | "of") || ZONES.contains(&word)
}

/// The first clock in the words: where it starts, how many words it takes, what it reads.
fn find_clock(tokens: &[&str]) -> Option<(usize, usize, Clock)> {
    (0..tokens.len()).find_map(|at| clock_at(tokens.get(at..)?).map(|(len, clock)| (at, len, clock)))
}

/// A clock at the start of the words, and how many words it takes.
fn clock_at(tokens: &[&str]) -> Option<(usize, Clock)> {
    let first = *tokens.first()?;
    let next = tokens.get(1).copied();
    match first {
        "noon" | "midday" => return Some((1, Clock::At(Time::constant(12, 0, 0, 0)))),
        "midnight" => return Some((1, Clock::Midnight)),
        "12" if next == Some("noon") => return Some((2, Clock::At(Time::constant(12, 0, 0, 0)))),
        "12" if next == Some("midnight") => return Some((2, Clock::Midnight)),
        _ => {}
    }
    let (digits, glued_half) = split_half(first);
    let (hour, minute, separator) = hour_and_minute(digits)?;
    if let Some(half) = glued_half {
        return twelve_hour(hour, minute, half).map(|clock| (1, clock));
    }
    if let Some(half) = next.and_then(half_of_day) {
        return twelve_hour(hour, minute, half).map(|clock| (2, clock));
    }
    if let Some((len, half)) = spoken_half(tokens.get(1..).unwrap_or_default(), hour) {
        return twelve_hour(hour, minute, half).map(|clock| (1 + len, clock));
    }
    // A 24-hour clock: `14:30` alone; `14.30` and `1430` only before a zone or `hours`, where
    // they cannot be a number.
    let zoned = next.is_some_and(|word| ZONES.contains(&word) || matches!(word, "hours" | "hrs" | "h" | "local"));
    let reads = match separator {
        Separator::Colon => true,
        Separator::Dot | Separator::None => zoned && minute.is_some(),
    };
    if !reads || hour > 23 {
        return None;
    }
    let time = Time::new(i8::try_from(hour).ok()?, i8::try_from(minute.unwrap_or(0)).ok()?, 0, 0).ok()?;
    let len = if next.is_some_and(|word| matches!(word, "hours" | "hrs" | "h")) {
        2
    } else {
        1
    };
    Some((len, Clock::At(time)))
}

/// How the hour and the minute were separated.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Separator {
    /// `14:30`.
    Colon,
    /// `3.15`.
    Dot,
    /// `1430`, or an hour alone.
    None,
}

/// `3.15pm` as `3.15` and `pm`; `3.15` alone as itself.
fn split_half(token: &str) -> (&str, Option<char>) {
    for suffix in ["a.m.", "p.m.", "a.m", "p.m", "am", "pm"] {
        if let Some(digits) = token.strip_suffix(suffix) {
            return (digits, suffix.chars().next());
        }
    }
    (token, None)
}

/// `am`, `a.m.`, `pm`, `p.m.` as `a` or `p`.
fn half_of_day(word: &str) -> Option<char> {
    match word {
        "am" | "a.m." | "a.m" => Some('a'),
        "pm" | "p.m." | "p.m" => Some('p'),
        _ => None,
    }
}

/// `in the morning`, `in the afternoon`, `in the evening`, `at night` after an hour, as the
/// half of the day; the words it takes.
fn spoken_half(tokens: &[&str], hour: u32) -> Option<(usize, char)> {
    let after_o_clock = match tokens.first() {
        Some(&"o'clock") => 1,
        _ => 0,
    };
    let rest = tokens.get(after_o_clock..)?;
    let half = match rest {
        ["in", "the", "morning", ..] => ('a', 3),
        ["in", "the", "afternoon" | "evening", ..] => ('p', 3),
        ["at", "night", ..] if (6..=11).contains(&hour) => ('p', 2),
        ["at", "night", ..] if (1..=4).contains(&hour) => ('a', 2),
        _ => return None,
    };
    Some((after_o_clock + half.1, half.0))
}

/// `14:30`, `3.15`, `1430`, `9`: the hour, the minute when written, and the separator.
fn hour_and_minute(digits: &str) -> Option<(u32, Option<u32>, Separator)> {
    let number = |text: &str, len: std::ops::RangeInclusive<usize>| -> Option<u32> {
        (len.contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse().ok())
            .flatten()
    };
    let split = digits.split_once(':').map(|(h, m)| (h, m, Separator::Colon));
    let split = split.or_else(|| digits.split_once('.').map(|(h, m)| (h, m, Separator::Dot)));
    match split {
        Some((hour, minute, separator)) => {
            let minute = number(minute, 2..=2).filter(|m| *m < 60)?;
            Some((number(hour, 1..=2)?, Some(minute), separator))
        }
        None if digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()) => {
            let (hour, minute) = digits.split_at(2);
            let minute = number(minute, 2..=2).filter(|m| *m < 60)?;
            Some((number(hour, 2..=2)?, Some(minute), Separator::None))
        }
        None => Some((number(digits, 1..=2)?, None, Separator::None)),
    }
}

/// An hour on a 12-hour clock: `12am` is midnight, `12pm` noon.
fn twelve_hour(hour: u32, minute: Option<u32>, half: char) -> Option<Clock> {
    if !(1..=12).contains(&hour) {
        return None;
    }
    let minute = minute.unwrap_or(0);
    if hour == 12 && minute == 0 && half == 'a' {
        return Some(Clock::Midnight);
    }
    let hour = if half == 'a' { hour % 12 } else { hour % 12 + 12 };
    Time::new(i8::try_from(hour).ok()?, i8::try_from(minute).ok()?, 0, 0)
        .ok()
        .map(Clock::At)
}

fn refusal(message: String, help: &str) -> ValueError {
    ValueError {
        message,
        help: help.to_owned(),
    }
}

fn hedged(written: &str, hedge: &str) -> ValueError {
    refusal(
        format!(
            "{} is a time with `{hedge}`, open at one end: a time is a minute or a window of minutes",
            error::quoted(written)
        ),
        "write the minute or the window the source gives with its day (`about 3:15pm on 4 May 2024`, \
         `between 8am and 9am on 4 May 2024`) and keep the rest in the quote",
    )
}

fn part_of_day_refused(written: &str) -> ValueError {
    refusal(
        format!(
            "{} names a part of the day, not one minute: times are compared to the minute",
            error::quoted(written)
        ),
        "write the minute the source gives with its day (`9:30pm on 4 May 2024`), or record the part of the day \
         as a date (`the early hours of 4 May 2024`)",
    )
}

fn no_day(written: &str) -> ValueError {
    refusal(
        format!("{} names no date this time is on", error::quoted(written)),
        "add the day (`3:15pm on 4 May 2024`, `noon on Friday`)",
    )
}

/// `8 o'clock`, `half past ten` with nothing to tell morning from evening.
fn no_half_of_day(written: &str) -> ValueError {
    refusal(
        format!("{} could be in the morning or in the evening", error::quoted(written)),
        "add am or pm, or the part of the day the source gives (`8 o'clock in the evening on 5 May 2018`, \
         `8pm on 5 May 2018`)",
    )
}

fn not_one_day(written: &str) -> ValueError {
    refusal(
        format!("{} is not on one day", error::quoted(written)),
        "write the one day the time is on (`3:15pm on 4 May 2024`)",
    )
}

fn midnight(written: &str) -> ValueError {
    refusal(
        format!(
            "{} could be the midnight that starts the day or the one that ends it",
            error::quoted(written)
        ),
        "write 00:00 with the day it starts (`00:00 on 5 May 2024` for the night of 4 to 5 May)",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::DayRange;
    use crate::value::lexer::tidy;

    /// Tuesday 7 May 2024.
    fn ctx() -> ParseContext {
        let day = jiff::civil::date(2024, 5, 7);
        ParseContext {
            reference: Some(DayRange { first: day, last: day }),
            date_order: None,
        }
    }

    fn read_as(written: &str) -> String {
        match read(&tidy(written), &ctx()) {
            Found::Read(window) => window.to_string(),
            Found::Refused(error) => format!("refused: {}", error.message),
            Found::NotMine => "not mine".to_owned(),
        }
    }

    #[test]
    fn clocks_as_news_writes_them_on_a_day() {
        for (written, minute) in [
            ("at 3.15pm on 4 May 2024", "2024-05-04 15:15"),
            ("3:15 p.m. on May 4, 2024", "2024-05-04 15:15"),
            ("4 May 2024 at 3.15pm", "2024-05-04 15:15"),
            ("noon on 4 May 2024", "2024-05-04 12:00"),
            ("12 noon, 4 May 2024", "2024-05-04 12:00"),
            ("14:30 on 4 May 2024", "2024-05-04 14:30"),
            ("1430 GMT on 4 May 2024", "2024-05-04 14:30"),
            ("10.30 GMT on 4 May 2024", "2024-05-04 10:30"),
            ("9am local time on 4 May 2024", "2024-05-04 09:00"),
            ("3pm local time (1400 GMT) on 4 May 2024", "2024-05-04 15:00"),
            ("9 in the morning on 4 May 2024", "2024-05-04 09:00"),
            ("7.30 in the evening on 4 May 2024", "2024-05-04 19:30"),
            ("11 o'clock at night on 4 May 2024", "2024-05-04 23:00"),
            ("12.30am on 4 May 2024", "2024-05-04 00:30"),
            ("12pm on 4 May 2024", "2024-05-04 12:00"),
            ("1430 hours on 4 May 2024", "2024-05-04 14:30"),
        ] {
            assert_eq!(read_as(written), minute, "{written}");
        }
    }

    #[test]
    fn weekdays_and_month_days_resolve_against_the_reference() {
        assert_eq!(read_as("3:15 p.m. Tuesday"), "2024-05-07 15:15");
        assert_eq!(read_as("noon on Friday"), "2024-05-03 12:00");
        assert_eq!(read_as("Saturday at 9am"), "2024-05-04 09:00");
        assert_eq!(read_as("6am on June 23"), "2024-06-23 06:00");
    }

    #[test]
    fn hedged_and_windowed_times_read_as_the_minutes_they_allow() {
        for (written, window) in [
            ("around 2am on 4 May 2024", "2024-05-04 01:30..2024-05-04 02:30"),
            ("at about 10.30 GMT on 4 May 2024", "2024-05-04 10:00..2024-05-04 11:00"),
            ("on Sunday at roughly 6pm", "2024-05-05 17:30..2024-05-05 18:30"),
            (
                "shortly before 9am local time on Friday",
                "2024-05-03 08:30..2024-05-03 08:59",
            ),
            ("nearly 11pm on Monday", "2024-05-06 22:30..2024-05-06 22:59"),
            ("just after 6am on June 23", "2024-06-23 06:01..2024-06-23 06:30"),
            (
                "between 8am and 9am on 5 May 2024",
                "2024-05-05 08:00..2024-05-05 09:00",
            ),
            ("from 10.30am to 1pm on Saturday", "2024-05-04 10:30..2024-05-04 13:00"),
            ("2am in the early hours of 4 May 2024", "2024-05-04 02:00"),
            ("at 7:40 this morning", "2024-05-07 07:40"),
            ("7.40pm this evening", "2024-05-07 19:40"),
            ("8pm on Monday evening", "2024-05-06 20:00"),
            ("early afternoon on 4 May", "2024-05-04 12:00..2024-05-04 14:59"),
            ("early on Thursday morning", "2024-05-02 05:00..2024-05-02 08:29"),
            ("late on Saturday evening", "2024-05-04 21:00..2024-05-04 23:59"),
            ("in the early hours of Wednesday", "2024-05-01 00:00..2024-05-01 05:59"),
            ("Tuesday afternoon", "2024-05-07 12:00..2024-05-07 17:59"),
        ] {
            assert_eq!(read_as(written), window, "{written}");
        }
    }

    #[test]
    fn what_cannot_be_placed_is_refused_with_its_reason() {
        for (written, reason) in [
            ("by 9pm on 4 May 2024", "with `by`, open at one end"),
            ("sometime after 6am on June 23", "with `after`"),
            ("until 3pm on Friday", "with `until`"),
            ("midnight on Friday", "starts the day"),
            ("around midnight on Friday", "starts the day"),
            ("between 11pm and midnight on Friday", "starts the day"),
            ("12am on Friday", "starts the day"),
            ("2am overnight into Sunday", "part of the day"),
            ("midnight", "no date"),
            ("14:30", "no date"),
            ("3pm in May 2024", "not on one day"),
            ("just after 8 o'clock on 5 May 2018", "morning or in the evening"),
            ("ten o'clock on Friday", "morning or in the evening"),
            ("shortly after half past ten", "morning or in the evening"),
            ("quarter past eight on 5 May 2018", "morning or in the evening"),
        ] {
            let read = read_as(written);
            assert!(
                read.starts_with("refused") && read.contains(reason),
                "{written}: {read}"
            );
        }
    }

    #[test]
    fn texts_without_a_news_clock_are_left_to_the_patterns() {
        for written in [
            "Dec 01 - Contact Airline",
            "3.15 on 4 May 2024",
            "1430 on 4 May",
            "25:10 on 4 May 2024",
        ] {
            assert_eq!(read_as(written), "not mine", "{written}");
        }
    }
}
