//! Days named with their weekday (`this Wednesday, October 22`; a weekday that does not fit
//! the date is a problem) and parts of the day and night: a morning, afternoon or evening
//! is its day; a night crosses midnight, so `Tuesday night` is Tuesday and Wednesday;
//! `the early hours of Wednesday` is Wednesday; `overnight from Tuesday to Wednesday`
//! both days. Midnight is ambiguous: `shortly after midnight Tuesday` is the midnight that
//! starts Tuesday or the one that ends it, two readings (Tuesday or Wednesday).

use super::date::{DateValue, Precision};
use super::date_words::{Found, check_weekday, day_number, is_digits, shift, span, split_at_word, weekday};
use super::periods::Inner;

/// Words for a part of the day within one day.
const DAYTIME: [&str; 12] = [
    "morning",
    "afternoon",
    "evening",
    "daytime",
    "midday",
    "noon",
    "lunchtime",
    "dawn",
    "daybreak",
    "dusk",
    "sunrise",
    "sunset",
];

/// Parts of the day at the turn of one, when a late hour or another time zone can make the
/// moment the day before or after (`Monday evening`, `at dawn on Tuesday`).
const AT_TURN: [&str; 6] = ["evening", "dusk", "sunset", "dawn", "daybreak", "sunrise"];

/// Words for the night, which runs into the next day.
const NIGHT: [&str; 3] = ["night", "nighttime", "overnight"];

/// A day with its weekday or a part of a day, or `None` when the tokens are not one.
pub(super) fn read(tokens: &[&str], inner: &Inner) -> Found {
    match tokens {
        ["tonight"] => Ok(inner(&["today"])?.and_then(night)),
        ["last", "night"] | ["overnight"] => Ok(inner(&["yesterday"])?.and_then(night)),
        ["this", part] if DAYTIME.contains(part) => Ok(placed(part, inner(&["today"])?)),
        [
            when @ ("shortly" | "just" | "soon" | "right"),
            side @ ("after" | "before"),
            "midnight",
            rest @ ..,
        ] => {
            let _ = when;
            midnight(rest, *side == "before", inner)
        }
        [side @ ("after" | "before"), "midnight", rest @ ..] => midnight(rest, *side == "before", inner),
        ["midnight", rest @ ..] if !rest.is_empty() => midnight(rest, false, inner),
        ["early" | "small" | "wee", "hours", rest @ ..] if !rest.is_empty() => {
            Ok(day_only(inner(rest)?)?.map(DateValue::at_turn))
        }
        [part, rest @ ..] if NIGHT.contains(part) && !rest.is_empty() => Ok(day_only(inner(rest)?)?.and_then(night)),
        [part, rest @ ..] if DAYTIME.contains(part) && !rest.is_empty() => Ok(placed(part, day_only(inner(rest)?)?)),
        ["late" | "early", rest @ ..] if !rest.is_empty() => Ok(inner(rest)?
            .filter(|found| is_a_day(found) || found.precision == Precision::Night)
            .map(DateValue::at_turn)),
        [rest @ .., part] if NIGHT.contains(part) && !rest.is_empty() => Ok(day_only(inner(rest)?)?.and_then(night)),
        [rest @ .., part] if DAYTIME.contains(part) && !rest.is_empty() => Ok(placed(part, day_only(inner(rest)?)?)),
        [rest @ .., "at", "night"] if !rest.is_empty() => Ok(day_only(inner(rest)?)?.and_then(night)),
        [which @ ("this" | "last" | "next"), day, rest @ ..] if weekday(day).is_some() && !rest.is_empty() => {
            let _ = which;
            with_weekday(day, rest, inner)
        }
        [day, rest @ ..] if weekday(day).is_some() && !rest.is_empty() => with_weekday(day, rest, inner),
        _ => Ok(None),
    }
}

/// A day a part of it was named for: at the turn of the day when the part is one
/// (`Monday evening`), as it is otherwise (`Monday morning`).
fn placed(part: &str, day: Option<DateValue>) -> Option<DateValue> {
    match day {
        Some(day) if AT_TURN.contains(&part) => Some(day.at_turn()),
        day => day,
    }
}

/// `Wednesday October 22`: the date, checked against the weekday.
fn with_weekday(day: &str, rest: &[&str], inner: &Inner) -> Found {
    let Some(written) = weekday(day) else {
        return Ok(None);
    };
    match day_only(inner(rest)?)? {
        Some(found) => check_weekday(found, written),
        None => Ok(None),
    }
}

/// The date when it names days (one, or several from a reference known loosely), else
/// `None`.
fn day_only(found: Option<DateValue>) -> Found {
    Ok(found.filter(is_a_day))
}

/// Whether a date is a day (or a day resolved against a loose reference).
fn is_a_day(found: &DateValue) -> bool {
    found.precision == Precision::Day
}

/// The night after a day: that day and the next.
fn night(day: DateValue) -> Option<DateValue> {
    let last = shift(day.last, 1)?;
    Some(span(day.first, last, Precision::Night))
}

/// Midnight with a day: the midnight that starts it or the one that ends it, as two
/// readings of the days the moment falls on (just after: that day or the next; just before:
/// the day before or that day).
fn midnight(rest: &[&str], before: bool, inner: &Inner) -> Found {
    let Some(day) = day_only(inner(rest)?)? else {
        return Ok(None);
    };
    let offset = if before { -1 } else { 1 };
    let (Some(first), Some(last)) = (shift(day.first, offset), shift(day.last, offset)) else {
        return Ok(None);
    };
    let other = span(first, last, Precision::Day);
    Ok(Some(DateValue::either(day, other).at_turn()))
}

/// `overnight from Tuesday to Wednesday`, `overnight into Wednesday`, `Tuesday night into
/// Wednesday`, `the night of October 21 to 22`, `the night of 21 to 22 October`: the days
/// the night spans.
pub(super) fn read_overnight(tokens: &[&str], inner: &Inner) -> Found {
    if !tokens.iter().any(|t| matches!(*t, "overnight" | "night" | "into")) {
        return Ok(None);
    }
    let tokens: Vec<&str> = tokens
        .iter()
        .copied()
        .filter(|t| !matches!(*t, "the" | "of" | "on" | "during"))
        .collect();
    let (left, right): (&[&str], &[&str]) = match tokens.as_slice() {
        ["overnight", "into", rest @ ..] => (&[], rest),
        ["overnight" | "night", "from", rest @ ..] | ["overnight" | "night", rest @ ..] => {
            match ["to", "into", "and"].iter().find_map(|word| split_at_word(rest, word)) {
                Some(sides) => sides,
                None => return Ok(None),
            }
        }
        _ => match split_at_word(&tokens, "into") {
            Some((left, right)) if !left.is_empty() => (left, right),
            _ => return Ok(None),
        },
    };
    let Ok(Some(end)) = inner(right) else {
        return Ok(None);
    };
    if !is_a_day(&end) {
        return Ok(None);
    }
    let start = match left {
        [] => shift(end.first, -1).map(|day| span(day, day, Precision::Day)),
        // `the night of 5 to 6 June`: a day alone is the day before the other, in its month.
        [day] if !is_digits(day, 4, 4) && day_number(day).is_some() => shift(end.first, -1)
            .filter(|before| Some(before.day()) == day_number(day))
            .map(|before| span(before, before, Precision::Day)),
        _ => inner(left)?
            .filter(|found| is_a_day(found) || found.precision == Precision::Night)
            .map(|found| span(found.first, found.first, Precision::Day)),
    };
    let Some(start) = start else {
        return Ok(None);
    };
    if start.first > end.last {
        return Ok(None);
    }
    Ok(Some(span(start.first, end.last, Precision::Night)))
}

#[cfg(test)]
mod tests {
    use crate::value::calendar::tests::shown_on_22_october_2025 as shown;

    #[test]
    fn weekdays_with_dates() {
        assert_eq!(shown("this Wednesday, October 22"), "2025-10-22");
        assert_eq!(shown("Wednesday 22 October 2025"), "2025-10-22");
        assert_eq!(shown("Wed., Oct. 22"), "2025-10-22");
        assert!(shown("Thursday, October 22").contains("October 22, 2025 is a Wednesday"));
    }

    #[test]
    fn parts_of_the_day_and_night() {
        assert_eq!(shown("Tuesday night"), "2025-10-21..2025-10-22");
        assert_eq!(shown("on Tuesday night"), "2025-10-21..2025-10-22");
        assert_eq!(shown("late on Tuesday night"), "2025-10-21..2025-10-22");
        assert_eq!(shown("Tuesday morning"), "2025-10-21");
        assert_eq!(shown("yesterday afternoon"), "2025-10-21");
        assert_eq!(shown("in the early hours of Wednesday"), "2025-10-22");
        assert_eq!(shown("the night of October 20"), "2025-10-20..2025-10-21");
        assert_eq!(shown("overnight from Tuesday to Wednesday"), "2025-10-21..2025-10-22");
        assert_eq!(shown("overnight into Wednesday"), "2025-10-21..2025-10-22");
        assert_eq!(shown("Monday night into Tuesday"), "2025-10-20..2025-10-21");
        assert_eq!(shown("last night"), "2025-10-21..2025-10-22");
        assert_eq!(shown("this morning"), "2025-10-22");
        assert_eq!(shown("late Tuesday"), "2025-10-21");
    }

    #[test]
    fn midnight_reads_two_ways() {
        assert_eq!(
            shown("shortly after midnight Tuesday"),
            "either 2025-10-21 or 2025-10-22"
        );
        assert_eq!(
            shown("just before midnight on Tuesday"),
            "either 2025-10-20 or 2025-10-21"
        );
        assert_eq!(shown("midnight on October 21"), "either 2025-10-21 or 2025-10-22");
    }
}
