//! Lengths of time: `17 months`, `five years`, `one day`, `about two weeks`.

use super::error::{error, quoted, unreadable};
use super::hedge::{read_quantity, reading_values};
use super::interval::map_bound;
use super::lexer::{clean, words};
use super::quantity::problem_error;
use super::{Interval, Quantity, Reading, Tolerance, ValueError, ValueType};
use std::fmt;

/// The unit a duration was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DurationUnit {
    /// Days.
    Day,
    /// Weeks (7 days).
    Week,
    /// Months (30.436875 days on average).
    Month,
    /// Years (365.2425 days on average).
    Year,
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
            DurationUnit::Day => 1.0,
            DurationUnit::Week => 7.0,
            DurationUnit::Month => 30.436875,
            DurationUnit::Year => 365.2425,
        }
    }

    /// The unit's name, singular (`month`) or plural (`months`).
    pub fn name(self, plural: bool) -> &'static str {
        match (self, plural) {
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
    fn from_word(word: &str) -> Option<Self> {
        match word {
            "day" | "days" => Some(DurationUnit::Day),
            "week" | "weeks" | "wk" | "wks" => Some(DurationUnit::Week),
            "month" | "months" | "mo" | "mos" => Some(DurationUnit::Month),
            "year" | "years" | "yr" | "yrs" => Some(DurationUnit::Year),
            _ => None,
        }
    }
}

impl Duration {
    /// The interval of days this duration stands for: the amount's interval under the
    /// tolerance, widened by half a unit either side when the unit is a month or a year
    /// (a duration counted in whole months is rounded), converted to days.
    pub fn days(&self, tolerance: Tolerance) -> Interval {
        let amount = self.amount.interval(tolerance);
        let rounded = match self.unit {
            DurationUnit::Month | DurationUnit::Year => Interval {
                lo: map_bound(amount.lo, |x| (x - 0.5).max(0.0)),
                hi: map_bound(amount.hi, |x| x + 0.5),
            },
            DurationUnit::Day | DurationUnit::Week => amount,
        };
        let per_unit = self.unit.days();
        Interval {
            lo: map_bound(rounded.lo, |x| x * per_unit),
            hi: map_bound(rounded.hi, |x| x * per_unit),
        }
    }
}

/// Written as `17 months`, `about 2 weeks`, `1 day`.
impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unit = self.unit.name(!self.amount.is_one());
        match &self.amount.reading {
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

/// Reads a duration: a hedged amount followed by one unit word.
pub(super) fn parse_duration(written: &str) -> Result<Duration, ValueError> {
    let ty = ValueType::Duration;
    let text = ["day", "week", "month", "year"]
        .iter()
        .fold(clean(written), |text, unit| {
            text.replace(&format!("-{unit}"), &format!(" {unit}"))
        });
    let tokens = one_for_article(&words(&text));
    let (reading, rest) = read_quantity(&tokens).map_err(|problem| problem_error(problem, written, ty))?;
    let unit = match rest.as_slice() {
        [word] => DurationUnit::from_word(word),
        _ => None,
    }
    .ok_or_else(|| unreadable(written, ty))?;
    check(&reading, written)?;
    Ok(Duration {
        amount: Quantity { reading },
        unit,
    })
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

/// The tokens with `a` or `an` right before a unit word read as `1` (`a year`).
fn one_for_article<'a>(tokens: &[&'a str]) -> Vec<&'a str> {
    let mut out: Vec<&'a str> = Vec::with_capacity(tokens.len());
    for (i, token) in tokens.iter().enumerate() {
        let before_unit = tokens
            .get(i + 1)
            .is_some_and(|next| DurationUnit::from_word(next).is_some());
        let article = matches!(*token, "a" | "an");
        out.push(if article && before_unit { "1" } else { token });
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
        assert_eq!(duration("close to two years"), of(Reading::Approx(2.0), Year));
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
        for text in ["17", "months", "17 fortnights", "17 months years", "a", "an hour"] {
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
        assert_eq!(year, Interval::closed(0.5 * 365.2425, 1.5 * 365.2425));
        let more = of(Reading::MoreThan(1.0), Year).days(EXACT);
        assert_eq!(more.lo, Bound::Open(0.5 * 365.2425));
        assert_eq!(more.hi, Bound::Unbounded);
        let up_to = of(Reading::AtMost(1.0), Month).days(EXACT);
        assert_eq!(up_to, Interval::closed(0.0, 1.5 * 30.436875));
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
