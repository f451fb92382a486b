//! Lengths of time: `17 months`, `five years`, `one day`, `about two weeks`, `48 hours`,
//! `a fortnight`, `a decade`, `36-hour`, `a year and a half`, `two and a half years`,
//! `half an hour`, `a year and two months`, `a day or two`, `two years or so`.

use super::error::{error, quoted, unreadable_checked};
use super::hedge::{read_quantity, reading_values};
use super::interval::{Bound, map_bound};
use super::lexer::{clean, words};
use super::number::parse_number;
use super::quantity::problem_error;
use super::{Interval, Quantity, Reading, Tolerance, ValueError, ValueType};
use std::fmt;

/// The unit a duration was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DurationUnit {
    /// Seconds.
    Second,
    /// Minutes.
    Minute,
    /// Hours.
    Hour,
    /// Days.
    Day,
    /// Weeks (7 days).
    Week,
    /// Fortnights (14 days).
    Fortnight,
    /// Months (30.436875 days on average).
    Month,
    /// Years (365.2425 days on average).
    Year,
    /// Decades (ten years).
    Decade,
    /// Centuries (a hundred years).
    Century,
}

/// A hedged amount of a unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Duration {
    /// The amount, hedged as written (`about 17`).
    pub amount: Quantity,
    /// The unit it was written in.
    pub unit: DurationUnit,
}

impl DurationUnit {
    /// The average number of days in one unit (a month is 30.436875, a year 365.2425).
    pub fn days(self) -> f64 {
        match self {
            DurationUnit::Second => 1.0 / 86400.0,
            DurationUnit::Minute => 1.0 / 1440.0,
            DurationUnit::Hour => 1.0 / 24.0,
            DurationUnit::Day => 1.0,
            DurationUnit::Week => 7.0,
            DurationUnit::Fortnight => 14.0,
            DurationUnit::Month => 30.436875,
            DurationUnit::Year => 365.2425,
            DurationUnit::Decade => 3652.425,
            DurationUnit::Century => 36524.25,
        }
    }

    /// The unit's name, singular (`month`) or plural (`months`).
    pub fn name(self, plural: bool) -> &'static str {
        match (self, plural) {
            (DurationUnit::Second, false) => "second",
            (DurationUnit::Second, true) => "seconds",
            (DurationUnit::Minute, false) => "minute",
            (DurationUnit::Minute, true) => "minutes",
            (DurationUnit::Hour, false) => "hour",
            (DurationUnit::Hour, true) => "hours",
            (DurationUnit::Fortnight, false) => "fortnight",
            (DurationUnit::Fortnight, true) => "fortnights",
            (DurationUnit::Decade, false) => "decade",
            (DurationUnit::Decade, true) => "decades",
            (DurationUnit::Century, false) => "century",
            (DurationUnit::Century, true) => "centuries",
            (DurationUnit::Day, false) => "day",
            (DurationUnit::Day, true) => "days",
            (DurationUnit::Week, false) => "week",
            (DurationUnit::Week, true) => "weeks",
            (DurationUnit::Month, false) => "month",
            (DurationUnit::Month, true) => "months",
            (DurationUnit::Year, false) => "year",
            (DurationUnit::Year, true) => "years",
        }
    }

    /// The unit a word names (`days`, `wk`, `yrs`).
    pub fn from_word(word: &str) -> Option<Self> {
        UNIT_WORDS.iter().find(|(name, _)| *name == word).map(|&(_, unit)| unit)
    }

    /// Whether an amount in this unit counted in whole units is rounded (months, years and
    /// longer: `17 months` is 16.5 to 17.5 months), rather than exact (days, hours).
    fn is_rounded(self) -> bool {
        matches!(
            self,
            DurationUnit::Month | DurationUnit::Year | DurationUnit::Decade | DurationUnit::Century
        )
    }

    /// How many of `smaller` make one of this unit, when a whole number does (a year is 12
    /// months, a day 24 hours; a month is no whole number of days).
    fn in_units_of(self, smaller: DurationUnit) -> Option<f64> {
        use DurationUnit::*;
        let ratio = match (self, smaller) {
            (a, b) if a == b => 1.0,
            (Century, Year) => 100.0,
            (Century, Month) => 1200.0,
            (Decade, Year) => 10.0,
            (Decade, Month) => 120.0,
            (Year, Month) => 12.0,
            (Fortnight, Week) => 2.0,
            (Fortnight, Day) => 14.0,
            (Week, Day) => 7.0,
            (Fortnight | Week | Day, Hour) => 24.0 * Self::days(self),
            (Fortnight | Week | Day, Minute) => 1440.0 * Self::days(self),
            (Hour, Minute) => 60.0,
            (Minute, Second) => 60.0,
            (Hour, Second) => 3600.0,
            _ => return None,
        };
        Some(ratio)
    }
}

/// The words of every unit, singular, plural and abbreviated: the one list the loader and
/// the extractor read units from.
pub const UNIT_WORDS: &[(&str, DurationUnit)] = &[
    ("second", DurationUnit::Second),
    ("seconds", DurationUnit::Second),
    ("sec", DurationUnit::Second),
    ("secs", DurationUnit::Second),
    ("minute", DurationUnit::Minute),
    ("minutes", DurationUnit::Minute),
    ("min", DurationUnit::Minute),
    ("mins", DurationUnit::Minute),
    ("hour", DurationUnit::Hour),
    ("hours", DurationUnit::Hour),
    ("hr", DurationUnit::Hour),
    ("hrs", DurationUnit::Hour),
    ("h", DurationUnit::Hour),
    ("day", DurationUnit::Day),
    ("days", DurationUnit::Day),
    ("week", DurationUnit::Week),
    ("weeks", DurationUnit::Week),
    ("wk", DurationUnit::Week),
    ("wks", DurationUnit::Week),
    ("fortnight", DurationUnit::Fortnight),
    ("fortnights", DurationUnit::Fortnight),
    ("month", DurationUnit::Month),
    ("months", DurationUnit::Month),
    ("mo", DurationUnit::Month),
    ("mos", DurationUnit::Month),
    ("mth", DurationUnit::Month),
    ("mths", DurationUnit::Month),
    ("year", DurationUnit::Year),
    ("years", DurationUnit::Year),
    ("yr", DurationUnit::Year),
    ("yrs", DurationUnit::Year),
    ("decade", DurationUnit::Decade),
    ("decades", DurationUnit::Decade),
    ("century", DurationUnit::Century),
    ("centuries", DurationUnit::Century),
];

impl DurationUnit {}

impl Duration {
    /// The interval of days this duration stands for: the amount's interval under the
    /// tolerance (a bare amount widened by the reporting tolerance), widened by half a unit
    /// either side when whole months, years or decades were counted (`17 months` is
    /// rounded; `a year and a half` as 18 months), converted to days. A bare unit (`a year`)
    /// and another fraction (`1.5 months`) are read as written, not rounded.
    pub fn days(&self, tolerance: Tolerance) -> Interval {
        let amount = self.amount.interval(tolerance);
        let rounded = match self.half_of_last_place() {
            Some(half) => Interval {
                lo: map_bound(amount.lo, |x| (x - half).max(0.0)),
                hi: map_bound(amount.hi, |x| x + half),
            },
            None => amount,
        };
        let per_unit = self.unit.days();
        Interval {
            lo: map_bound(rounded.lo, |x| x * per_unit),
            hi: map_bound(rounded.hi, |x| x * per_unit),
        }
    }
}

impl Duration {
    /// Half the last place of a rounded amount, in the duration's unit: half a unit for whole
    /// months, years and decades (`17 months`), half a month for a fraction of a year that is
    /// whole months (`a year and a half` reads as `18 months`); none for a bare unit, a short
    /// unit, or another fraction.
    fn half_of_last_place(&self) -> Option<f64> {
        if !self.unit.is_rounded() || self.amount.is_one() || self.is_directional() {
            return None;
        }
        let values = reading_values(&self.amount.reading);
        if values.iter().all(|v| v.fract() == 0.0) {
            return Some(0.5);
        }
        let months = self.unit.in_units_of(DurationUnit::Month)?;
        values
            .iter()
            .all(|v| (v * months).fract() == 0.0)
            .then_some(0.5 / months)
    }
}

impl Duration {
    /// Whether the amount is hedged to one side of the figure (`more than 2 years`, `nearly 6
    /// months`, `just over a decade`): the bound is the figure as stated, never a rounded one.
    fn is_directional(&self) -> bool {
        matches!(
            self.amount.reading,
            Reading::Below(_)
                | Reading::Above(_)
                | Reading::AtLeast(_)
                | Reading::MoreThan(_)
                | Reading::AtMost(_)
                | Reading::LessThan(_)
                | Reading::Bounded(..)
        )
    }
}

/// Written as `17 months`, `about 2 weeks`, `1 day`.
impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unit = self.unit.name(!self.amount.is_one());
        if let Some((n, over)) = just_side(&self.amount.reading) {
            let side = if over { "over" } else { "under" };
            return write!(f, "just {side} {} {}", format_amount(n), self.unit.name(n != 1.0));
        }
        match &self.amount.reading {
            Reading::Vague { phrase, .. } if phrase.is_empty() => f.write_str(unit),
            Reading::Vague { phrase, .. } if needs_of(phrase) => {
                write!(f, "{phrase} of {unit}")
            }
            _ => write!(f, "{} {unit}", self.amount),
        }
    }
}

/// Whether a vague phrase takes `of` before a unit (`dozens of years`, not `a few years`).
fn needs_of(phrase: &str) -> bool {
    !(matches!(phrase, "a few" | "several") || ["dozen", "hundred", "thousand"].iter().any(|end| phrase.ends_with(end)))
}

/// Words before or after a duration that change nothing (`for 17 months`, `a full year`).
fn is_filler(word: &str) -> bool {
    matches!(
        word,
        "for" | "full" | "whole" | "entire" | "all" | "long" | "lasting" | "straight" | "solid"
    ) || SENTENCE_WORDS.contains(&word)
}

/// Words that say a length of time is a prison term, as court reports write it (`12 years in
/// prison`, `a 12-year sentence`, `12 years' imprisonment`): the length is the duration.
const SENTENCE_WORDS: [&str; 6] = ["sentence", "jail", "prison", "imprisonment", "term", "detention"];

/// Where a prison term is served, after its length (`12 years in prison`), dropped.
const SERVED: [&str; 5] = [" in prison", " in jail", " behind bars", " in custody", " in detention"];

/// The text without where a term is served, and with a possessive unit made plain
/// (`12 years' imprisonment`).
fn court_words(text: &str) -> String {
    let mut plain = text.replace("s' ", "s ");
    for served in SERVED {
        if let Some(start) = plain.find(served) {
            plain.replace_range(start..start + served.len(), "");
        }
    }
    plain
}

/// Reads a duration: a hedged amount followed by one unit word, or by a unit and smaller
/// units (`a year and two months`).
pub(super) fn parse_duration(written: &str) -> Result<Duration, ValueError> {
    let ty = ValueType::Duration;
    let cleaned = same_as(&stopwatch_lengths(&clean(written)));
    let adjective = hyphenated_unit(&cleaned);
    let text = spaced_units(&court_words(&fractions_of_units(&cleaned)));
    let glued = unglued(&text);
    let all = words(&glued);
    let kept: Vec<&str> = all.iter().copied().filter(|w| !is_filler(w)).collect();
    let halves = with_halves(&kept);
    let halves: Vec<&str> = halves.iter().map(String::as_str).collect();
    let refused = || unreadable_checked(written, ty, |fixed| parse_duration(fixed).is_ok());
    let whole = all
        .iter()
        .any(|w| matches!(*w, "long" | "all" | "full" | "whole" | "entire"));
    let tokens = couple(&one_for_article(&halves), whole);
    let tokens = or_two(&tokens);
    if let Some(duration) = plural_alone(&tokens) {
        return Ok(duration);
    }
    let cut = tokens
        .iter()
        .position(|word| DurationUnit::from_word(word).is_some())
        .ok_or_else(refused)?;
    let (amount, after) = tokens.split_at(cut + 1);
    let (reading, rest) = match just(amount) {
        Some(found) => found,
        None => read_quantity(amount).map_err(|problem| problem_error(problem, written, ty))?,
    };
    let rest: Vec<&str> = rest.iter().chain(after).copied().collect();
    let (reading, rest) = suffix_hedge(reading, rest);
    let adjective = adjective && !all.iter().any(|w| NOT_THE_LENGTH.contains(w));
    let (reading, unit) = units(reading.clone(), &rest)
        .or_else(|| units(reading, rest.get(..1).filter(|_| adjective)?))
        .ok_or_else(refused)?;
    check(&reading, written)?;
    Ok(Duration {
        amount: Quantity { reading },
        unit,
    })
}

/// A length written as a stopwatch writes it, in units spelled out: `2:00:35` (hours, minutes,
/// seconds) is `2 hours 0 minutes 35 seconds`, `3:43.13` (minutes and seconds with a fraction)
/// `3 minutes 43.13 seconds`. Two parts with no fraction (`2:05`) could be hours or minutes, so
/// they are left as written, and refused.
fn stopwatch_lengths(text: &str) -> String {
    text.split(' ')
        .map(|word| stopwatch_length(word).unwrap_or_else(|| word.to_owned()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// One word read as a stopwatch length, or `None`.
fn stopwatch_length(word: &str) -> Option<String> {
    let parts: Vec<&str> = word.split(':').collect();
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    let sixty = |part: &str| part.len() == 2 && digits(part) && part < "60";
    let seconds = |part: &str| {
        let (whole, fraction) = part.split_once('.').unwrap_or((part, "0"));
        sixty(whole) && digits(fraction)
    };
    match parts.as_slice() {
        [hours, minutes, secs] if digits(hours) && hours.len() <= 3 && sixty(minutes) && seconds(secs) => {
            Some(format!("{hours} hours {minutes} minutes {secs} seconds"))
        }
        [minutes, secs] if digits(minutes) && minutes.len() <= 3 && secs.contains('.') && seconds(secs) => {
            Some(format!("{minutes} minutes {secs} seconds"))
        }
        _ => None,
    }
}

/// Fractions of a long unit as the shorter unit they make: `a quarter of a century` is 25
/// years, `half a century` 50, `three quarters of an hour` 45 minutes.
const FRACTIONS_OF_UNITS: [(&str, &str); 10] = [
    ("three quarters of a century", "75 years"),
    ("three-quarters of a century", "75 years"),
    ("a quarter of a century", "25 years"),
    ("quarter of a century", "25 years"),
    ("half a century", "50 years"),
    ("half a decade", "5 years"),
    ("three quarters of an hour", "45 minutes"),
    ("three-quarters of an hour", "45 minutes"),
    ("a quarter of an hour", "15 minutes"),
    ("quarter of an hour", "15 minutes"),
];

/// The text with a fraction of a long unit written as the shorter unit it makes.
fn fractions_of_units(text: &str) -> String {
    FRACTIONS_OF_UNITS
        .iter()
        .find(|(phrase, _)| text.contains(phrase))
        .map_or_else(|| text.to_owned(), |(phrase, amount)| text.replacen(phrase, amount, 1))
}

/// Phrasings read as another the grammar knows: `a matter of hours` is a few hours, `an
/// hour and half` an hour and a half, `another week` a week, `the past five years` five years.
fn same_as(text: &str) -> String {
    let mut text = text
        .replace("a matter of ", "a few ")
        .replace(" and half", " and a half");
    if let Some(rest) = text.strip_prefix("another ") {
        text = format!("a {rest}");
    }
    // `the past five years`, `the last two weeks`: a stretch up to now is its length.
    for stretch in ["the past ", "the last ", "the previous ", "the next ", "the coming "] {
        if let Some(rest) = text.strip_prefix(stretch) {
            text = rest.to_owned();
            break;
        }
    }
    text
}

/// Words after a unit adjective that make it something other than a length of time served:
/// `a two-year suspended sentence` is refused, not read as two years.
const NOT_THE_LENGTH: [&str; 2] = ["suspended", "conditional"];

/// Whether a unit is written as an adjective joined to its amount (`a 12-hour shift`, `a
/// four-hour stand-off`): the words after it name what lasted that long.
fn hyphenated_unit(text: &str) -> bool {
    text.split(' ').any(|word| {
        let word = word.strip_suffix("-long").unwrap_or(word);
        word.rsplit_once('-').is_some_and(|(amount, unit)| {
            !amount.is_empty() && !unit.ends_with('s') && DurationUnit::from_word(unit).is_some()
        })
    })
}

/// `3day`, `3.5years`, `48h`: a number glued to a unit word, spaced out.
fn unglued(text: &str) -> String {
    let split = |word: &str| -> Option<String> {
        let at = word.find(|c: char| c.is_ascii_alphabetic())?;
        let (number, unit) = word.split_at_checked(at)?;
        let is_number = !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',');
        (is_number && DurationUnit::from_word(unit).is_some()).then(|| format!("{number} {unit}"))
    };
    text.split(' ')
        .map(|word| split(word).unwrap_or_else(|| word.to_owned()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `36-hour`, `four-year-long`: hyphens before a unit word made spaces.
fn spaced_units(text: &str) -> String {
    if !text.contains('-') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    for (at, part) in text.split('-').enumerate() {
        if at > 0 {
            let unit = part.split(' ').next().unwrap_or_default();
            let joins = DurationUnit::from_word(unit).is_some() || matches!(unit, "long" | "half" | "and" | "a");
            out.push(if joins { ' ' } else { '-' });
        }
        out.push_str(part);
    }
    out
}

/// Halves as decimals: `a year and a half` and `one and a half years` are `1.5`, `half a
/// year` and `a half year` are `0.5` of a year, `two and a half` is `2.5`.
fn with_halves(tokens: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = tokens.iter().map(|t| (*t).to_owned()).collect();
    let number = |word: &str| match word {
        "a" | "an" => Some(1.0),
        word => parse_number(word),
    };
    // `N and a half UNIT`, `N UNIT and a half`.
    if let Some(at) = out.windows(3).position(|w| w == ["and", "a", "half"]) {
        let before = at.checked_sub(1).and_then(|i| out.get(i)).map(String::as_str);
        let before2 = at.checked_sub(2).and_then(|i| out.get(i)).map(String::as_str);
        match (before2, before) {
            (_, Some(word)) if number(word).is_some() => {
                let n = number(word).unwrap_or_default() + 0.5;
                out.splice(at - 1..at + 3, [format_amount(n)]);
            }
            (Some(word), Some(unit)) if number(word).is_some() && DurationUnit::from_word(unit).is_some() => {
                let n = number(word).unwrap_or_default() + 0.5;
                let unit = unit.to_owned();
                out.splice(at - 2..at + 3, [format_amount(n), unit]);
            }
            _ => {}
        }
    }
    // `half a year`, `half an hour`, `a half year`.
    if let Some(at) = out.iter().position(|w| w == "half") {
        let next = out.get(at + 1).map(String::as_str);
        let previous = at.checked_sub(1).and_then(|i| out.get(i)).map(String::as_str);
        if matches!(next, Some("a" | "an")) {
            out.splice(at..at + 2, ["0.5".to_owned()]);
        } else if matches!(previous, Some("a" | "an")) && next.is_some_and(|w| DurationUnit::from_word(w).is_some()) {
            out.splice(at - 1..at + 1, ["0.5".to_owned()]);
        } else if at == 0 && next.is_some_and(|w| DurationUnit::from_word(w).is_some()) {
            out.splice(at..at + 1, ["0.5".to_owned()]);
        }
    }
    out
}

/// A number as a token (`1.5`, `2`).
fn format_amount(n: f64) -> String {
    format!("{n}")
}

/// `a couple of weeks` is about two; a lone singular unit is one when written `-long`
/// (`year-long`).
fn couple<'a>(tokens: &[&'a str], long: bool) -> Vec<&'a str> {
    match tokens {
        ["a", "couple", "of", rest @ ..] | ["couple", "of", rest @ ..] => {
            ["about", "2"].iter().chain(rest).copied().collect()
        }
        [unit] if long && DurationUnit::from_word(unit).is_some() && !unit.ends_with('s') => vec!["1", unit],
        // `less than a couple of days`: a bound is set at two.
        _ => match tokens.windows(3).position(|w| w == ["a", "couple", "of"]) {
            Some(at) if at > 0 => {
                let (hedge, rest) = tokens.split_at(at);
                hedge
                    .iter()
                    .chain(&["2"])
                    .chain(rest.get(3..).unwrap_or_default())
                    .copied()
                    .collect()
            }
            _ => tokens.to_vec(),
        },
    }
}

/// `just over a year` (1 to 1.2 years), `just under two weeks` (1.6 to 2): an amount of
/// time is not a count, so `just over` does not start at the next whole number.
fn just<'a>(tokens: &[&'a str]) -> Option<(Reading, Vec<&'a str>)> {
    let (over, rest) = match tokens {
        ["just" | "slightly" | "little", "over" | "more", rest @ ..] | ["a", "little", "over" | "more", rest @ ..] => {
            (true, rest)
        }
        ["just" | "slightly", "under" | "less" | "short", rest @ ..] => (false, rest),
        _ => return None,
    };
    let rest = rest
        .strip_prefix(&["than"][..])
        .or_else(|| rest.strip_prefix(&["of"][..]))
        .unwrap_or(rest);
    let [amount, unit] = rest else {
        return None;
    };
    let n = parse_number(amount)?;
    let reading = if over {
        Reading::Bounded(Bound::Open(n), Bound::Closed(just_reach(n, JUST_OVER)))
    } else {
        Reading::Bounded(Bound::Closed(just_reach(n, JUST_UNDER)), Bound::Open(n))
    };
    Some((reading, vec![*unit]))
}

/// How far `just over` reaches above the amount, and `just under` below it, as a factor.
const JUST_OVER: f64 = 1.2;

/// See [`JUST_OVER`].
const JUST_UNDER: f64 = 0.8;

/// The far end of `just over` or `just under` an amount, to four decimals.
fn just_reach(n: f64, factor: f64) -> f64 {
    (n * factor * 1e4).round() / 1e4
}

/// The amount and side of a reading made by [`just`] (`just over 10`: 10, true).
fn just_side(reading: &Reading) -> Option<(f64, bool)> {
    match *reading {
        Reading::Bounded(Bound::Open(n), Bound::Closed(hi)) if hi == just_reach(n, JUST_OVER) => Some((n, true)),
        Reading::Bounded(Bound::Closed(lo), Bound::Open(n)) if lo == just_reach(n, JUST_UNDER) => Some((n, false)),
        _ => None,
    }
}

/// A unit written alone in the plural (`decades`, `for months`): two to nine of it, as
/// `hundreds` is 200 to 999 of a count.
fn plural_alone(tokens: &[&str]) -> Option<Duration> {
    let [word] = tokens else {
        return None;
    };
    let unit = DurationUnit::from_word(word)?;
    (unit.name(true) == *word).then(|| Duration {
        amount: Quantity {
            reading: Reading::Vague {
                phrase: String::new(),
                lo: 2.0,
                hi: 9.0,
            },
        },
        unit,
    })
}

/// `a day or two`: one to two of the unit.
fn or_two<'a>(tokens: &[&'a str]) -> Vec<&'a str> {
    match tokens {
        ["1", unit, "or", "two"] => vec!["1", "-", "2", unit],
        ["1", unit, "or", "2"] => vec!["1", "-", "2", unit],
        _ => tokens.to_vec(),
    }
}

/// `or so` (about), `or more` (at least) after the unit.
fn suffix_hedge(reading: Reading, rest: Vec<&str>) -> (Reading, Vec<&str>) {
    let Reading::Exact(n) = reading else {
        return (reading, rest);
    };
    match rest.as_slice() {
        [unit, "or", "so"] | [unit, "or", "thereabouts"] => (Reading::Approx(n), vec![unit]),
        [unit, "or", "more"] | [unit, "or", "longer"] => (Reading::AtLeast(n), vec![unit]),
        [unit, "or", "less"] | [unit, "or", "fewer"] | [unit, "or", "shorter"] => (Reading::AtMost(n), vec![unit]),
        _ => (reading, rest),
    }
}

/// The unit, or a unit followed by amounts of smaller units (`year and two months`, `hour
/// 30 minutes`), added up in the smallest unit written.
fn units(reading: Reading, rest: &[&str]) -> Option<(Reading, DurationUnit)> {
    let (first, more) = rest.split_first()?;
    let unit = DurationUnit::from_word(first)?;
    let more: Vec<&str> = more.iter().copied().filter(|w| *w != "and").collect();
    if more.is_empty() {
        return Some((reading, unit));
    }
    let mut parts = vec![(0.0, unit)];
    for pair in more.chunks(2) {
        let [amount, word] = pair else {
            return None;
        };
        let amount = match *amount {
            "a" | "an" => 1.0,
            other => parse_number(other)?,
        };
        parts.push((amount, DurationUnit::from_word(word)?));
    }
    let smallest = parts
        .iter()
        .map(|(_, u)| *u)
        .min_by(|a, b| a.days().total_cmp(&b.days()))?;
    let mut extra = 0.0;
    for (amount, part_unit) in parts.iter().skip(1) {
        extra += amount * part_unit.in_units_of(smallest)?;
    }
    let scale = unit.in_units_of(smallest)?;
    let convert = |x: f64| x * scale + extra;
    let reading = match reading {
        Reading::Exact(n) => Reading::Exact(convert(n)),
        Reading::Approx(n) => Reading::Approx(convert(n)),
        Reading::AtLeast(n) => Reading::AtLeast(convert(n)),
        Reading::MoreThan(n) => Reading::MoreThan(convert(n)),
        Reading::AtMost(n) => Reading::AtMost(convert(n)),
        Reading::LessThan(n) => Reading::LessThan(convert(n)),
        Reading::Below(n) => Reading::Below(convert(n)),
        Reading::Above(n) => Reading::Above(convert(n)),
        Reading::Either(a, b) => Reading::Either(convert(a), convert(b)),
        Reading::Range(..) | Reading::Bounded(..) | Reading::Vague { .. } => return None,
    };
    Some((reading, smallest))
}

/// A duration's amount is finite and not negative.
fn check(reading: &Reading, written: &str) -> Result<(), ValueError> {
    let values = reading_values(reading);
    let problem = if values.iter().any(|v| !v.is_finite() || *v > super::quantity::MAX_EXACT) {
        "is too long a duration"
    } else if values.iter().any(|v| *v < 0.0) {
        "is negative: a duration cannot be negative"
    } else {
        return Ok(());
    };
    let message = format!("{} {problem}", quoted(written));
    Err(error(message, ValueType::Duration))
}

/// The tokens with `a` or `an` right before a unit word read as `1` (`a year`), and one
/// before a number dropped (`a 36-hour`).
fn one_for_article<'a>(tokens: &[&'a str]) -> Vec<&'a str> {
    let mut out: Vec<&'a str> = Vec::with_capacity(tokens.len());
    for (i, token) in tokens.iter().enumerate() {
        let next = tokens.get(i + 1);
        let before_unit = next.is_some_and(|next| DurationUnit::from_word(next).is_some());
        let before_number = i == 0 && next.is_some_and(|next| parse_number(next).is_some());
        let article = matches!(*token, "a" | "an");
        match (article, before_unit, before_number) {
            (true, true, _) => out.push("1"),
            (true, false, true) => {}
            _ => out.push(token),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{Duration, DurationUnit, parse_duration};
    use crate::value::{Bound, Interval, Quantity, Reading, Tolerance};

    fn duration(text: &str) -> Duration {
        match parse_duration(text) {
            Ok(d) => d,
            Err(e) => panic!("{text}: {e}"),
        }
    }

    fn of(reading: Reading, unit: DurationUnit) -> Duration {
        Duration {
            amount: Quantity { reading },
            unit,
        }
    }

    const EXACT: Tolerance = Tolerance {
        approx: 0.15,
        report: 0.0,
    };

    #[test]
    fn corpus_durations() {
        use DurationUnit::*;
        assert_eq!(duration("17 months"), of(Reading::Exact(17.0), Month));
        assert_eq!(duration("five years"), of(Reading::Exact(5.0), Year));
        assert_eq!(duration("one day"), of(Reading::Exact(1.0), Day));
        assert_eq!(duration("close to two years"), of(Reading::Below(2.0), Year));
    }

    #[test]
    fn other_durations() {
        use DurationUnit::*;
        assert_eq!(duration("a year"), of(Reading::Exact(1.0), Year));
        assert_eq!(duration("two weeks"), of(Reading::Exact(2.0), Week));
        assert_eq!(duration("about 17 months"), of(Reading::Approx(17.0), Month));
        assert_eq!(duration("more than a year"), of(Reading::MoreThan(1.0), Year));
        assert_eq!(duration("1 month"), of(Reading::Exact(1.0), Month));
        assert_eq!(duration("17-month"), of(Reading::Exact(17.0), Month));
        assert_eq!(duration("Two to three Years."), of(Reading::Range(2.0, 3.0), Year));
    }

    #[test]
    fn vague_durations() {
        let d = duration("a few years");
        assert_eq!(d.unit, DurationUnit::Year);
        assert!(matches!(d.amount.reading, Reading::Vague { lo: 2.0, hi: 5.0, .. }));
        assert_eq!(d.to_string(), "a few years");
        assert_eq!(duration("dozens of days").to_string(), "dozens of days");
    }

    #[test]
    fn bad_durations() {
        for text in ["17", "month", "17 weekends", "17 months years", "a", "an"] {
            let e = parse_duration(text).err();
            assert!(e.is_some_and(|e| e.message.contains("as a duration")), "{text}");
        }
        let negative = parse_duration("-3 days").err();
        assert!(negative.is_some_and(|e| e.message.contains("cannot be negative")));
        let reversed = parse_duration("3-2 days").err();
        assert!(reversed.is_some_and(|e| e.message.contains("runs backwards")));
    }

    #[test]
    fn days_of_days_and_weeks() {
        use DurationUnit::*;
        assert_eq!(of(Reading::Exact(1.0), Day).days(EXACT), Interval::point(1.0));
        assert_eq!(of(Reading::Exact(2.0), Week).days(EXACT), Interval::point(14.0));
        let about = of(Reading::Approx(2.0), Week).days(EXACT);
        assert_eq!(about.to_string(), "[11.9, 16.1]");
    }

    #[test]
    fn days_of_months_and_years() {
        use DurationUnit::*;
        let months = of(Reading::Exact(17.0), Month).days(EXACT);
        assert_eq!(months, Interval::closed(16.5 * 30.436875, 17.5 * 30.436875));
        let year = of(Reading::Exact(1.0), Year).days(EXACT);
        assert_eq!(year, Interval::point(365.2425));
        let and_a_half = of(Reading::Exact(1.5), Year).days(EXACT);
        assert_eq!(
            and_a_half,
            Interval::closed((1.5 - 0.5 / 12.0) * 365.2425, (1.5 + 0.5 / 12.0) * 365.2425)
        );
        let and_a_half_days = of(Reading::Exact(1.5), Day).days(EXACT);
        assert_eq!(and_a_half_days, Interval::point(1.5));
        let more = of(Reading::MoreThan(1.0), Year).days(EXACT);
        assert_eq!(more.lo, Bound::Open(365.2425));
        assert_eq!(more.hi, Bound::Unbounded);
        // A hedge to one side bounds at the stated amount, not at a rounded one.
        let up_to = of(Reading::AtMost(2.0), Month).days(EXACT);
        assert_eq!(up_to, Interval::closed(0.0, 2.0 * 30.436875));
        let more_than_two = of(Reading::MoreThan(2.0), Year).days(EXACT);
        assert_eq!(more_than_two.lo, Bound::Open(2.0 * 365.2425));
        let nearly = of(Reading::Below(6.0), Month).days(EXACT);
        assert_eq!(nearly.hi, Bound::Open(6.0 * 30.436875));
        let two_sided = of(Reading::Bounded(Bound::Open(2.0), Bound::Open(4.0)), Year).days(EXACT);
        assert_eq!(two_sided.lo, Bound::Open(2.0 * 365.2425));
        assert_eq!(two_sided.hi, Bound::Open(4.0 * 365.2425));
    }

    #[test]
    fn display() {
        use DurationUnit::*;
        assert_eq!(of(Reading::Exact(17.0), Month).to_string(), "17 months");
        assert_eq!(of(Reading::Approx(2.0), Week).to_string(), "about 2 weeks");
        assert_eq!(of(Reading::Exact(1.0), Day).to_string(), "1 day");
        assert_eq!(of(Reading::MoreThan(1.0), Year).to_string(), "more than 1 year");
        assert_eq!(of(Reading::Range(2.0, 3.0), Year).to_string(), "2-3 years");
        assert_eq!(of(Reading::AtLeast(1.0), Week).to_string(), "at least 1 week");
    }
}
