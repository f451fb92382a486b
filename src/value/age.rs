//! Ages in years: `50`, `aged 49`, `50-year-old`, `50 years old`, `now 49`, `about 50`,
//! `in his forties`, `in her early forties`, `mid-forties`, `late 40s`.

use super::Reading;
use super::hedge::{Problem, read_quantity};
use super::lexer::words;
use super::number::parse_number;
use std::borrow::Cow;

/// Words that may introduce an age (`now 49`, `aged 50`, `at 45`); `at` only when no bound
/// follows (`at least 70` is a bound).
const LEADING: &[&str] = &["now", "aged", "age", "currently", "a", "an", "the", "turned", "at"];

/// Words that may follow an age (`50 years old`).
const TRAILING: &[&str] = &["year", "years", "old", "yrs", "yr", "of", "age", "y/o", "yo"];

/// Words after a hyphen that make it a space (`50-year-old`, `a 10-month-old`).
const AFTER_HYPHEN: [&str; 5] = ["year", "month", "week", "day", "old"];

/// Decade words and the first year of their decade.
pub(super) const DECADES: &[(&str, f64)] = &[
    ("twenties", 20.0),
    ("thirties", 30.0),
    ("forties", 40.0),
    ("fifties", 50.0),
    ("sixties", 60.0),
    ("seventies", 70.0),
    ("eighties", 80.0),
    ("nineties", 90.0),
];

/// Which part of a decade of life was written.
#[derive(Clone, Copy)]
enum Part {
    /// The whole decade (`forties`).
    Whole,
    /// Its first years (`early forties`).
    Early,
    /// Its middle years (`mid-forties`).
    Mid,
    /// Its last years (`late forties`).
    Late,
}

/// The hyphens of age words made spaces: before a unit or `old` (`50-year-old`), after `mid`
/// (`mid-forties`), and around `to` (`40-to-50-year-old`); other hyphens stay (`50-70`).
fn spaced_age_words(text: &str) -> Cow<'_, str> {
    if !text.contains('-') {
        return Cow::Borrowed(text);
    }
    let mut spaced = String::with_capacity(text.len());
    let mut rest = text;
    // Whether the next hyphen closes a `-to-` (which never opens another).
    let mut closes_to = false;
    while let Some(at) = rest.find('-') {
        let (before, after) = (
            rest.get(..at).unwrap_or_default(),
            rest.get(at + 1..).unwrap_or_default(),
        );
        spaced.push_str(before);
        let opens_to = !closes_to && after.starts_with("to-");
        let space =
            closes_to || opens_to || AFTER_HYPHEN.iter().any(|word| after.starts_with(word)) || spaced.ends_with("mid");
        spaced.push(if space { ' ' } else { '-' });
        closes_to = opens_to;
        rest = after;
    }
    spaced.push_str(rest);
    Cow::Owned(spaced)
}

/// Reads an age as the quantity grammar with age words around it, or a decade of life.
pub(super) fn read_age(text: &str) -> Result<Reading, Problem> {
    let spaced = spaced_age_words(text);
    let all = words(&spaced);
    let mut tokens: &[&str] = &all;
    while let Some((first, rest)) = tokens.split_first()
        && LEADING.contains(first)
        && !(*first == "at" && rest.first().is_some_and(|next| matches!(*next, "least" | "most")))
    {
        tokens = rest;
    }
    if let Some(reading) = birthday(&all) {
        return Ok(reading);
    }
    if let Some(reading) = decade_of_life(tokens) {
        return Ok(reading);
    }
    if let Some(reading) = life_stage(tokens) {
        return Ok(reading);
    }
    if let Some(reading) = under_a_few_years(tokens) {
        return Ok(reading);
    }
    let (reading, rest) = read_quantity(tokens)?;
    match rest.iter().position(|t| !TRAILING.contains(t)) {
        None => Ok(reading),
        Some(at) => Err(Problem::Unknown {
            word: rest.get(at).map(|w| (*w).to_owned()).unwrap_or_default(),
            before: tokens
                .get(..tokens.len().saturating_sub(rest.len()))
                .unwrap_or_default()
                .join(" "),
        }),
    }
}

/// An age told by a birthday (`who turns 40 next month` is 39 now, `turning 40 this year`
/// 39 or 40, `who turned 51 last week` 51): only a whole number and a time that says
/// whether the birthday is still to come.
fn birthday(tokens: &[&str]) -> Option<Reading> {
    let tokens = tokens.strip_prefix(&["who"][..]).unwrap_or(tokens);
    let (to_come, rest) = match tokens {
        ["turns" | "turning" | "reaches", rest @ ..] | ["will", "turn" | "be", rest @ ..] => (true, rest),
        ["turned" | "reached", rest @ ..] => (false, rest),
        _ => return None,
    };
    let (Reading::Exact(n), when) = read_quantity(rest).ok()? else {
        return None;
    };
    if n < 1.0 || n.fract() != 0.0 {
        return None;
    }
    let still_to_come = matches!(
        when.as_slice(),
        ["next", _] | ["later", "this", _] | ["tomorrow"] | ["soon"] | ["on", _] | ["in", ..]
    );
    let this_period = matches!(when.as_slice(), [] | ["this", "year" | "month" | "week"]);
    let already = matches!(
        when.as_slice(),
        ["last", _] | ["yesterday"] | ["earlier", "this", _] | ["on", _] | ["in", ..] | [] | ["this", _]
    );
    match (to_come, still_to_come, this_period, already) {
        (true, true, ..) => Some(Reading::Exact(n - 1.0)),
        (true, false, true, _) => Some(Reading::Either(n - 1.0, n)),
        (false, _, _, true) => Some(Reading::Exact(n)),
        _ => None,
    }
}

/// A young child's age in months, weeks or days (`10 months old`, `a 10-month-old`, `six
/// weeks of age`, `90 day old`): the whole years it makes (`18 months old` is 1).
fn under_a_few_years(tokens: &[&str]) -> Option<Reading> {
    let at = tokens
        .iter()
        .position(|t| matches!(*t, "month" | "months" | "week" | "weeks" | "day" | "days"))?;
    let (amount, rest) = (tokens.get(..at)?, tokens.get(at..)?);
    let (unit, after) = rest.split_first()?;
    if !matches!(after, ["old"] | ["of", "age"]) {
        return None;
    }
    let per_year = match *unit {
        "month" | "months" => 12.0,
        "week" | "weeks" => 365.2425 / 7.0,
        _ => 365.2425,
    };
    let n = parse_number(&amount.join(" "))?;
    (n >= 0.0).then(|| Reading::Exact((n / per_year).floor()))
}

/// `a teenager`, `an octogenarian`, `a minor`, `a toddler`, `thirtysomething`, `30-something`.
fn life_stage(tokens: &[&str]) -> Option<Reading> {
    match tokens {
        ["teenager" | "teenaged" | "teenage" | "teen"] => Some(teens(Part::Whole)),
        ["sexagenarian"] => Some(Reading::Range(60.0, 69.0)),
        ["septuagenarian"] => Some(Reading::Range(70.0, 79.0)),
        ["octogenarian"] => Some(Reading::Range(80.0, 89.0)),
        ["nonagenarian"] => Some(Reading::Range(90.0, 99.0)),
        ["centenarian"] => Some(Reading::AtLeast(100.0)),
        ["minor"] => Some(Reading::LessThan(18.0)),
        ["adult"] => Some(Reading::AtLeast(18.0)),
        ["toddler"] => Some(Reading::Range(1.0, 3.0)),
        [word] => {
            let decade = word
                .strip_suffix("something")
                .map(|d| d.trim_end_matches('-'))
                .and_then(|d| decade_start(&format!("{d}s")).or_else(|| decade_word(d)))?;
            Some(Reading::Range(decade, decade + 9.0))
        }
        _ => None,
    }
}

/// The first year of a decade named by its tens word (`thirty`).
fn decade_word(word: &str) -> Option<f64> {
    let tens = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    tens.iter().position(|t| *t == word).map(|i| (i as f64 + 2.0) * 10.0)
}

/// `in his forties`, `in her early 40s`, `mid-forties`, `late teens`.
fn decade_of_life(tokens: &[&str]) -> Option<Reading> {
    let tokens = tokens.strip_prefix(&["in"][..]).unwrap_or(tokens);
    let tokens = match tokens.split_first() {
        Some((&("his" | "her" | "their" | "the"), rest)) => rest,
        _ => tokens,
    };
    let (part, decade) = match tokens {
        [decade] => (Part::Whole, *decade),
        [part, decade] => (part_of(part)?, *decade),
        [first, "to" | "-", last, decade] => return two_parts(part_of(first)?, part_of(last)?, decade),
        _ => return None,
    };
    if decade == "teens" {
        return Some(teens(part));
    }
    Some(in_decade(decade_start(decade)?, part))
}

/// `mid-to-late forties`, `early to mid 30s`: from the first part's start to the last
/// part's end.
fn two_parts(first: Part, last: Part, decade: &str) -> Option<Reading> {
    let span = |part: Part| match (decade, part) {
        ("teens", part) => teens(part),
        (decade, part) => in_decade(decade_start(decade).unwrap_or(f64::NAN), part),
    };
    let (Reading::Range(lo, _), Reading::Range(_, hi)) = (span(first), span(last)) else {
        return None;
    };
    (lo.is_finite() && lo < hi).then_some(Reading::Range(lo, hi))
}

/// The years of part of a decade of life starting at `start`.
fn in_decade(start: f64, part: Part) -> Reading {
    let (lo, hi) = match part {
        Part::Whole => (start, start + 9.0),
        Part::Early => (start, start + 3.0),
        Part::Mid => (start + 4.0, start + 6.0),
        Part::Late => (start + 7.0, start + 9.0),
    };
    Reading::Range(lo, hi)
}

/// `early`, `mid` or `late`.
fn part_of(word: &str) -> Option<Part> {
    match word {
        "early" => Some(Part::Early),
        "mid" => Some(Part::Mid),
        "late" => Some(Part::Late),
        _ => None,
    }
}

/// The teens: 13 to 19, early 13 to 15, mid 14 to 16, late 17 to 19.
fn teens(part: Part) -> Reading {
    let (lo, hi) = match part {
        Part::Whole => (13.0, 19.0),
        Part::Early => (13.0, 15.0),
        Part::Mid => (14.0, 16.0),
        Part::Late => (17.0, 19.0),
    };
    Reading::Range(lo, hi)
}

/// The first year of a decade written as a word (`forties`) or digits (`40s`, `40's`).
fn decade_start(word: &str) -> Option<f64> {
    if let Some((_, start)) = DECADES.iter().find(|(name, _)| *name == word) {
        return Some(*start);
    }
    let digits = word.strip_suffix('s')?;
    let digits = digits.strip_suffix('\'').unwrap_or(digits);
    let value: u8 = digits.parse().ok()?;
    (digits.len() == 2 && value.is_multiple_of(10) && value >= 20).then_some(f64::from(value))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    /// The age words spaced by replacing each in turn, as first written: the oracle for the
    /// one-pass version.
    fn spaced_by_replacing(text: &str) -> String {
        let replacements = [
            ("-to-", " to "),
            ("-year", " year"),
            ("-month", " month"),
            ("-week", " week"),
            ("-day", " day"),
            ("-old", " old"),
            ("mid-", "mid "),
        ];
        replacements
            .iter()
            .fold(text.to_owned(), |text, (from, to)| text.replace(from, to))
    }

    proptest! {
        #[test]
        fn age_words_are_spaced_in_one_pass_as_by_replacing(
            text in "([0-9]{1,2}|-|to|year|month|week|day|old|mid|s| |a){0,9}"
        ) {
            prop_assert_eq!(super::spaced_age_words(&text).into_owned(), spaced_by_replacing(&text));
        }
    }

    use super::{Problem, Reading, read_age};

    fn age(text: &str) -> Result<Reading, Problem> {
        read_age(text)
    }

    #[test]
    fn plain_and_worded_ages() {
        for text in ["50", "aged 50", "age 50", "50-year-old", "50 years old", "50 years"] {
            assert_eq!(age(text), Ok(Reading::Exact(50.0)), "{text}");
        }
        assert_eq!(age("now 49"), Ok(Reading::Exact(49.0)));
        assert_eq!(age("11-year-old"), Ok(Reading::Exact(11.0)));
        assert_eq!(age("about 50"), Ok(Reading::Approx(50.0)));
        assert_eq!(age("now aged about 50"), Ok(Reading::Approx(50.0)));
        assert_eq!(age("40-50-year-old"), Ok(Reading::Range(40.0, 50.0)));
    }

    #[test]
    fn decades_of_life() {
        let cases = [
            ("in his forties", 40.0, 49.0),
            ("in her forties", 40.0, 49.0),
            ("in their twenties", 20.0, 29.0),
            ("in his early forties", 40.0, 43.0),
            ("mid-forties", 44.0, 46.0),
            ("in his mid forties", 44.0, 46.0),
            ("late forties", 47.0, 49.0),
            ("in his 40s", 40.0, 49.0),
            ("late 90's", 97.0, 99.0),
            ("in his nineties", 90.0, 99.0),
            ("in her teens", 13.0, 19.0),
            ("late teens", 17.0, 19.0),
        ];
        for (text, lo, hi) in cases {
            assert_eq!(age(text), Ok(Reading::Range(lo, hi)), "{text}");
        }
    }

    #[test]
    fn not_ages() {
        for text in ["in his fourties", "in his 45s", "aged", "early", "10s"] {
            assert_eq!(age(text), Err(Problem::Unreadable), "{text}");
        }
        let unknown = Problem::Unknown {
            word: "fighters".into(),
            before: "50".into(),
        };
        assert_eq!(age("50 fighters"), Err(unknown));
    }
}
