//! Hedged numbers: `70`, `about fifty`, `more than 70`, `up to 80%`, `dozens`, `50-70`.
//! The parser keeps the reading as written; [`Quantity::interval`] applies a property's
//! tolerances to give the interval that is compared.

use super::error::unknown_word;
use super::error::{error, label, quoted, unreadable};
use super::hedge::{Problem, read_alone, reading_values};
use super::interval::{Bound, format_number};
use super::lexer::clean;
use super::{Interval, ValueError, ValueType, age, descriptors, percent, scale_parts};
use std::fmt;

/// How a number was hedged in the text.
#[derive(Debug, Clone, PartialEq)]
pub enum Reading {
    /// A bare number (`70`, `fifty`, `1,500`, `exactly 70`).
    Exact(f64),
    /// Either side of N: `about / around / roughly / some / approximately / an estimated` N,
    /// `N or so`, `N-odd`.
    Approx(f64),
    /// A little below N, never above: `nearly / almost / just under` N.
    Below(f64),
    /// A little above N, never below: `just over / slightly more than` N.
    Above(f64),
    /// `at least` N, `N or more`: `[N, inf)`.
    AtLeast(f64),
    /// `more than / over / upwards of / well over` N: `(N, inf)`.
    MoreThan(f64),
    /// `up to / at most / no more than / as many as` N: `[0, N]`.
    AtMost(f64),
    /// `fewer than / less than / under` N: `[0, N)`.
    LessThan(f64),
    /// An explicit range `50-70`, `50 to 70`, `between 50 and 70`, `in his forties`.
    Range(f64, f64),
    /// Two alternatives, lower first (`49 or 50`, `two or three`): their union.
    Either(f64, f64),
    /// Two bounds, at least one of them open (`more than 50 but fewer than 70`).
    Bounded(Bound, Bound),
    /// A vague quantity phrase with its default reading (`dozens` is 24 to 99).
    Vague {
        /// The phrase as normalised (`dozens`, `a large hundred`).
        phrase: String,
        /// Low end of the default reading.
        lo: f64,
        /// High end of the default reading.
        hi: f64,
    },
}

/// A hedged number; percentages are stored as percent (80% is 80.0), ages in years.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// The reading as written.
    pub reading: Reading,
}

/// A property's tolerances, as fractions (0.15 is 15%).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tolerance {
    /// How far `about N` reaches either side of N (and `nearly N` below it, `just over N`
    /// above it).
    pub approx: f64,
    /// How far a bare `N` reaches either side of N (reporting error; 0 for exact).
    pub report: f64,
}

impl Quantity {
    /// The interval this reading stands for under the given tolerances:
    /// Exact(n) is n widened by `report`; Approx(n) is n widened by `approx`; Below(n) is
    /// the part of that below n (n excluded), Above(n) the part above n;
    /// AtLeast/MoreThan/AtMost/LessThan are half-lines (AtMost and LessThan start at 0);
    /// Range, Bounded and Vague are their ranges; Either(a, b) is `[a, b]` widened by
    /// `report` (the union of two adjacent alternatives; the span between them otherwise).
    pub fn interval(&self, tolerance: Tolerance) -> Interval {
        let reach = |n: f64| tolerance.approx.max(0.0) * n.abs();
        match &self.reading {
            Reading::Exact(n) => Interval::point(*n).widened(tolerance.report),
            Reading::Approx(n) => Interval::point(*n).widened(tolerance.approx),
            Reading::Below(n) => Interval {
                lo: Bound::Closed(n - reach(*n)),
                hi: Bound::Open(*n),
            },
            Reading::Above(n) => Interval {
                lo: Bound::Open(*n),
                hi: Bound::Closed(n + reach(*n)),
            },
            Reading::AtLeast(n) => above(Bound::Closed(*n)),
            Reading::MoreThan(n) => above(Bound::Open(*n)),
            Reading::AtMost(n) => below(Bound::Closed(*n)),
            Reading::LessThan(n) => below(Bound::Open(*n)),
            Reading::Either(a, b) => Interval::closed(*a, *b).widened(tolerance.report),
            Reading::Bounded(lo, hi) => Interval { lo: *lo, hi: *hi },
            Reading::Range(lo, hi) | Reading::Vague { lo, hi, .. } => Interval::closed(*lo, *hi),
        }
    }

    /// The figures as written, without a hedge's reach: `about 400`, `nearly 400` and `just
    /// over 400` are 400; a bare number, a range, an open end or a vague phrase is its reading.
    pub fn as_written(&self) -> Interval {
        match &self.reading {
            Reading::Approx(n) | Reading::Below(n) | Reading::Above(n) => Interval::point(*n),
            _ => self.interval(Tolerance {
                approx: 0.0,
                report: 0.0,
            }),
        }
    }

    /// Whether the reading is hedged at all (anything but Exact).
    pub fn is_hedged(&self) -> bool {
        !matches!(self.reading, Reading::Exact(_))
    }

    /// Whether the quantity is exactly one (a singular unit follows it).
    pub(super) fn is_one(&self) -> bool {
        match self.reading {
            Reading::Range(..) | Reading::Either(..) | Reading::Bounded(..) | Reading::Vague { .. } => false,
            Reading::Exact(n)
            | Reading::Approx(n)
            | Reading::Below(n)
            | Reading::Above(n)
            | Reading::AtLeast(n)
            | Reading::MoreThan(n)
            | Reading::AtMost(n)
            | Reading::LessThan(n) => n == 1.0,
        }
    }
}

/// The half-line from `lo` up.
fn above(lo: Bound) -> Interval {
    Interval {
        lo,
        hi: Bound::Unbounded,
    }
}

/// The interval from 0 up to `hi` (from minus infinity when that would leave it empty).
fn below(hi: Bound) -> Interval {
    let reaches_zero = match hi {
        Bound::Closed(x) => x >= 0.0,
        Bound::Open(x) => x > 0.0,
        Bound::Unbounded => true,
    };
    let lo = if reaches_zero {
        Bound::Closed(0.0)
    } else {
        Bound::Unbounded
    };
    Interval { lo, hi }
}

/// A number written so that it reads back as the same number (`70`, `2.5`, `66.6667`).
fn exact(x: f64) -> String {
    format!("{x}")
}

/// Written back as a hedge and a number, in the grammar: `70`, `about 70`, `nearly 200`,
/// `just over 50`, `more than 70`, `up to 80`, `50-70`, `49 or 50`,
/// `more than 50 and less than 70`, `dozens`.
impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.reading {
            Reading::Exact(n) => f.write_str(&exact(*n)),
            Reading::Approx(n) => write!(f, "about {}", exact(*n)),
            Reading::Below(n) => write!(f, "nearly {}", exact(*n)),
            Reading::Above(n) => write!(f, "just over {}", exact(*n)),
            Reading::AtLeast(n) => write!(f, "at least {}", exact(*n)),
            Reading::MoreThan(n) => write!(f, "more than {}", exact(*n)),
            Reading::AtMost(n) => write!(f, "up to {}", exact(*n)),
            Reading::LessThan(n) => write!(f, "less than {}", exact(*n)),
            Reading::Range(lo, hi) if *lo < 0.0 => write!(f, "{} to {}", exact(*lo), exact(*hi)),
            Reading::Range(lo, hi) => write!(f, "{}-{}", exact(*lo), exact(*hi)),
            Reading::Either(a, b) => write!(f, "{} or {}", exact(*a), exact(*b)),
            Reading::Bounded(lo, hi) => write!(f, "{} and {}", low_end(*lo), high_end(*hi)),
            Reading::Vague { phrase, .. } => f.write_str(phrase),
        }
    }
}

/// A low end in words: `more than 50`, `at least 50`.
fn low_end(bound: Bound) -> String {
    match bound {
        Bound::Closed(x) => format!("at least {}", exact(x)),
        Bound::Open(x) => format!("more than {}", exact(x)),
        Bound::Unbounded => String::new(),
    }
}

/// A high end in words: `less than 70`, `up to 70`.
fn high_end(bound: Bound) -> String {
    match bound {
        Bound::Closed(x) => format!("up to {}", exact(x)),
        Bound::Open(x) => format!("less than {}", exact(x)),
        Bound::Unbounded => String::new(),
    }
}

/// Reads a count, number, percentage or age.
pub(super) fn parse_quantity(written: &str, ty: ValueType) -> Result<Quantity, ValueError> {
    let cleaned = attached_hedges(clean(written));
    if ty != ValueType::Number && descriptors::has_currency(&cleaned) {
        return Err(ValueError {
            message: format!("{} is a sum of money, not {}", quoted(written), label(ty)),
            help: "give the property the type `number` to compare amounts of money (`£350m`, `1.2 million euros`)"
                .to_owned(),
        });
    }
    if ty != ValueType::Number && descriptors::without_magnitude(&cleaned).is_some() {
        return Err(ValueError {
            message: format!("{} is a magnitude, not {}", quoted(written), label(ty)),
            help: "give the property the type `number` to compare magnitudes (`magnitude 6.8`, `a 7.8 magnitude earthquake`)"
                .to_owned(),
        });
    }
    let text = descriptors::plain_figure(&cleaned, ty);
    if ty == ValueType::Count
        && let Some(n) = count_phrase(&text).or_else(|| count_phrase(&cleaned))
    {
        return Ok(Quantity {
            reading: Reading::Exact(n),
        });
    }
    let read = match ty {
        ValueType::Percentage => percent::read_percentage(&text),
        ValueType::Age => age::read_age(&text),
        _ => read_alone(&text),
    };
    let read = read.or_else(|problem| scale_parts::read(&text, ty).ok_or(problem));
    let reading = read.map_err(|problem| problem_error(problem, written, ty))?;
    check(&reading, written, ty)?;
    Ok(Quantity { reading })
}

/// Exact counts written as words other than numbers: none, a single one, a pair.
fn count_phrase(text: &str) -> Option<f64> {
    match text {
        "none" | "no one" | "no-one" | "nobody" | "not one" | "not a single one" | "not a single person" | "nil" => {
            Some(0.0)
        }
        "a single" | "a single one" | "a lone" => Some(1.0),
        "a pair" | "a pair of" => Some(2.0),
        "a trio" | "a trio of" => Some(3.0),
        "a quartet" | "a quartet of" => Some(4.0),
        _ => None,
    }
}

/// Hedges joined to the number made words of their own: `150-odd`, `50-plus`, `50+`; a
/// number written `60,000-strong` is the number.
pub(super) fn attached_hedges(text: String) -> String {
    if !text.contains('-') && !text.starts_with(['<', '>']) && !text.ends_with('+') {
        // Nothing joined to the number (most values): the text as it is, without a copy.
        return text;
    }
    if let Some(number) = text.strip_suffix("-strong") {
        // `a 60,000-strong crowd`: the number itself.
        return number.to_owned();
    }
    if let Some(rest) = text.strip_prefix(['<', '>']) {
        // `>10`, `<= 100`, `< = 100`: the comparison sign a word of its own.
        let sign = if text.starts_with('<') { "<" } else { ">" };
        let rest = rest.trim_start();
        return match rest.strip_prefix('=') {
            Some(number) => format!("{sign}= {}", number.trim_start()),
            None => format!("{sign} {rest}"),
        };
    }
    // Words joined by a hyphen, found by the hyphens (a value has one or two).
    let joined = |word: &str| {
        text.match_indices('-')
            .any(|(at, _)| text.get(at + 1..).is_some_and(|after| after.starts_with(word)))
    };
    if joined("in-") || joined("out-of-") {
        // `one-in-five`, `nine-out-of-ten`: a ratio written as one word.
        return attached_hedges(text.replace('-', " "));
    }
    if !joined("odd") && !joined("plus") && !text.ends_with('+') {
        return text;
    }
    let text = text.replace("-odd", " odd").replace("-plus", " plus");
    match text.strip_suffix('+') {
        Some(number) => format!("{number} plus"),
        None => text,
    }
}

/// The error for a grammar problem.
pub(super) fn problem_error(problem: Problem, written: &str, ty: ValueType) -> ValueError {
    match problem {
        Problem::Unreadable => unreadable(written, ty),
        Problem::Unknown { word, before } => unknown_word(written, ty, &word, &before),
        Problem::Reversed(lo, hi) => error(
            format!(
                "the range {} runs backwards: {} is above {}",
                quoted(written),
                format_number(lo),
                format_number(hi)
            ),
            ty,
        ),
    }
}

/// The type's limits: finite, not negative (except numbers), whole counts, percentages up
/// to 100 (except `more than`), ages up to 130.
fn check(reading: &Reading, written: &str, ty: ValueType) -> Result<(), ValueError> {
    let values = reading_values(reading);
    let fail = |what: &str| Err(error(format!("{} {what}", quoted(written)), ty));
    if values.iter().any(|v| !(v * 2.0).is_finite()) {
        return fail("is too large a number");
    }
    let negative = values.iter().any(|v| *v < 0.0);
    match ty {
        ValueType::Number => Ok(()),
        _ if negative => fail(&format!("is negative: {} cannot be negative", label(ty))),
        ValueType::Count if values.iter().any(|v| *v > MAX_EXACT) => {
            fail("is too large a count: counts above 9,007,199,254,740,992 cannot be compared exactly")
        }
        ValueType::Count if values.iter().any(|v| v.fract() != 0.0) => {
            fail("is not a whole number: a count is a whole number")
        }
        ValueType::Percentage if !matches!(reading, Reading::MoreThan(_)) && values.iter().any(|v| *v > 100.0) => {
            fail("is above 100%: a percentage is at most 100")
        }
        ValueType::Age if values.iter().any(|v| *v > MAX_AGE) => fail("is above 130: an age is at most 130 years"),
        _ => Ok(()),
    }
}

/// The largest count (and duration amount) accepted: beyond it, not every whole number is exact.
pub(super) const MAX_EXACT: f64 = 9_007_199_254_740_992.0;

/// The oldest age accepted, in years.
const MAX_AGE: f64 = 130.0;

#[cfg(test)]
mod tests {
    use super::{Quantity, Reading, Tolerance, parse_quantity};
    use crate::value::{Bound, Interval, ValueType};

    const TOLERANCE: Tolerance = Tolerance {
        approx: 0.15,
        report: 0.0,
    };

    fn q(reading: Reading) -> Quantity {
        Quantity { reading }
    }

    fn read(text: &str, ty: ValueType) -> Reading {
        match parse_quantity(text, ty) {
            Ok(quantity) => quantity.reading,
            Err(e) => panic!("{text}: {e}"),
        }
    }

    fn count(text: &str) -> Reading {
        read(text, ValueType::Count)
    }

    fn vague(phrase: &str, lo: f64, hi: f64) -> Reading {
        Reading::Vague {
            phrase: phrase.into(),
            lo,
            hi,
        }
    }

    fn fails(text: &str, ty: ValueType, needle: &str) {
        match parse_quantity(text, ty) {
            Ok(q) => panic!("{text} read as {q:?}"),
            Err(e) => assert!(e.message.contains(needle), "{text}: {}", e.message),
        }
    }

    #[test]
    fn interval_of_every_reading() {
        let interval = |r: Reading| q(r).interval(TOLERANCE).to_string();
        assert_eq!(interval(Reading::Exact(70.0)), "70");
        assert_eq!(interval(Reading::Approx(70.0)), "[59.5, 80.5]");
        assert_eq!(interval(Reading::AtLeast(6.0)), "[6, inf)");
        assert_eq!(interval(Reading::MoreThan(70.0)), "(70, inf)");
        assert_eq!(interval(Reading::AtMost(80.0)), "[0, 80]");
        assert_eq!(interval(Reading::LessThan(10.0)), "[0, 10)");
        assert_eq!(interval(Reading::Range(50.0, 70.0)), "[50, 70]");
        assert_eq!(interval(vague("dozens", 24.0, 99.0)), "[24, 99]");
        assert_eq!(interval(Reading::AtMost(-5.0)), "(-inf, -5]");
        assert_eq!(interval(Reading::AtMost(0.0)), "0");
        assert_eq!(interval(Reading::LessThan(0.0)), "(-inf, 0)");
    }

    #[test]
    fn interval_of_exact_uses_report_tolerance() {
        let tolerance = Tolerance {
            approx: 0.1,
            report: 0.05,
        };
        let exact = q(Reading::Exact(100.0)).interval(tolerance);
        assert_eq!(exact, Interval::closed(95.0, 105.0));
        let about = q(Reading::Approx(150.0)).interval(tolerance);
        assert_eq!(about, Interval::closed(135.0, 165.0));
        assert_eq!(q(Reading::MoreThan(5.0)).interval(tolerance).lo, Bound::Open(5.0));
    }

    #[test]
    fn is_hedged() {
        assert!(!q(Reading::Exact(1.0)).is_hedged());
        assert!(q(Reading::Approx(1.0)).is_hedged());
        assert!(q(Reading::Range(1.0, 2.0)).is_hedged());
        assert!(q(vague("dozens", 24.0, 99.0)).is_hedged());
    }

    #[test]
    fn display() {
        assert_eq!(q(Reading::Exact(70.0)).to_string(), "70");
        assert_eq!(q(Reading::Approx(50.0)).to_string(), "about 50");
        assert_eq!(q(Reading::AtLeast(6.0)).to_string(), "at least 6");
        assert_eq!(q(Reading::MoreThan(70.0)).to_string(), "more than 70");
        assert_eq!(q(Reading::AtMost(80.0)).to_string(), "up to 80");
        assert_eq!(q(Reading::LessThan(10.0)).to_string(), "less than 10");
        assert_eq!(q(Reading::Range(50.0, 70.0)).to_string(), "50-70");
        assert_eq!(q(Reading::Range(-5.0, 3.0)).to_string(), "-5 to 3");
        assert_eq!(q(vague("dozens", 24.0, 99.0)).to_string(), "dozens");
    }

    #[test]
    fn corpus_counts() {
        assert_eq!(count("about fifty"), Reading::Approx(50.0));
        assert_eq!(count("\"fifty\""), Reading::Exact(50.0));
        assert_eq!(count("“fifty”"), Reading::Exact(50.0));
        assert_eq!(count("roughly 70"), Reading::Approx(70.0));
        assert_eq!(count("around 150"), Reading::Approx(150.0));
        assert_eq!(count("more than 70"), Reading::MoreThan(70.0));
        assert_eq!(count("dozens"), vague("dozens", 24.0, 99.0));
        assert_eq!(count("a large hundred"), vague("a large hundred", 100.0, 150.0));
        assert_eq!(count("1,500"), Reading::Exact(1500.0));
        assert_eq!(count("around 5,000"), Reading::Approx(5000.0));
        assert_eq!(count("around 3,500"), Reading::Approx(3500.0));
        assert_eq!(count("at least 6"), Reading::AtLeast(6.0));
        assert_eq!(count("fifty"), Reading::Exact(50.0));
        assert_eq!(count("two"), Reading::Exact(2.0));
        assert_eq!(count("six"), Reading::Exact(6.0));
        assert_eq!(count("three"), Reading::Exact(3.0));
        assert_eq!(count("thousands"), vague("thousands", 2000.0, 9999.0));
        assert_eq!(count("11"), Reading::Exact(11.0));
    }

    #[test]
    fn every_hedge() {
        let cases = [
            ("About 70", Reading::Approx(70.0)),
            ("around 70", Reading::Approx(70.0)),
            ("roughly 70", Reading::Approx(70.0)),
            ("some 70", Reading::Approx(70.0)),
            ("approximately 70", Reading::Approx(70.0)),
            ("approx. 70", Reading::Approx(70.0)),
            ("nearly 70", Reading::Below(70.0)),
            ("almost 70", Reading::Below(70.0)),
            ("just under 70", Reading::Below(70.0)),
            ("just over 70", Reading::Above(70.0)),
            ("well over 70", Reading::MoreThan(70.0)),
            ("as many as 70", Reading::AtMost(70.0)),
            ("70-odd", Reading::Approx(70.0)),
            ("exactly 70", Reading::Exact(70.0)),
            ("an estimated 70", Reading::Approx(70.0)),
            ("estimated 70", Reading::Approx(70.0)),
            ("close to 70", Reading::Below(70.0)),
            ("at least 70", Reading::AtLeast(70.0)),
            ("no fewer than 70", Reading::AtLeast(70.0)),
            ("no less than 70", Reading::AtLeast(70.0)),
            ("more than 70", Reading::MoreThan(70.0)),
            ("over 70", Reading::MoreThan(70.0)),
            ("upwards of 70", Reading::MoreThan(70.0)),
            ("above 70", Reading::MoreThan(70.0)),
            ("up to 70", Reading::AtMost(70.0)),
            ("at most 70", Reading::AtMost(70.0)),
            ("no more than 70", Reading::AtMost(70.0)),
            ("fewer than 70", Reading::LessThan(70.0)),
            ("less than 70", Reading::LessThan(70.0)),
            ("under 70", Reading::LessThan(70.0)),
            ("below 70", Reading::LessThan(70.0)),
        ];
        for (text, reading) in cases {
            assert_eq!(count(text), reading, "{text}");
        }
    }

    #[test]
    fn ranges_and_units() {
        assert_eq!(count("50-70"), Reading::Range(50.0, 70.0));
        assert_eq!(count("50–70"), Reading::Range(50.0, 70.0));
        assert_eq!(count("50 — 70"), Reading::Range(50.0, 70.0));
        assert_eq!(count("50 to 70"), Reading::Range(50.0, 70.0));
        assert_eq!(count("between 50 and 70"), Reading::Range(50.0, 70.0));
        assert_eq!(count("  one hundred and fifty "), Reading::Exact(150.0));
        assert_eq!(count("49 or 50"), Reading::Either(49.0, 50.0));
        assert_eq!(
            count("more than 50 but fewer than 70"),
            Reading::Bounded(Bound::Open(50.0), Bound::Open(70.0))
        );
        assert_eq!(count("a hundred"), Reading::Exact(100.0));
        assert_eq!(count("two thousand"), Reading::Exact(2000.0));
        assert_eq!(count("twenty-one"), Reading::Exact(21.0));
        assert_eq!(count("eleven"), Reading::Exact(11.0));
    }

    #[test]
    fn vague_counts() {
        assert_eq!(count("a dozen"), Reading::Approx(12.0));
        assert_eq!(count("in the dozens"), vague("dozens", 24.0, 99.0));
        assert_eq!(count("a few dozen"), vague("a few dozen", 24.0, 60.0));
        assert_eq!(count("several dozen"), vague("several dozen", 36.0, 99.0));
        assert_eq!(count("hundreds"), vague("hundreds", 200.0, 999.0));
        assert_eq!(count("a few hundred"), vague("a few hundred", 200.0, 500.0));
        assert_eq!(count("a handful"), vague("a handful", 3.0, 7.0));
        assert_eq!(count("several"), vague("several", 3.0, 9.0));
        assert_eq!(count("a few"), vague("a few", 2.0, 5.0));
        assert_eq!(count("just under fifty"), Reading::Below(50.0));
        assert_eq!(count("just over fifty"), Reading::Above(50.0));
    }

    #[test]
    fn numbers() {
        assert_eq!(read("3.5", ValueType::Number), Reading::Exact(3.5));
        assert_eq!(read("-3.5", ValueType::Number), Reading::Exact(-3.5));
        assert_eq!(read("around 5,000", ValueType::Number), Reading::Approx(5000.0));
        assert_eq!(read("99999999999999999999", ValueType::Number), Reading::Exact(1e20));
    }

    #[test]
    fn percentages() {
        let pct = |text| read(text, ValueType::Percentage);
        assert_eq!(pct("80%"), Reading::Exact(80.0));
        assert_eq!(pct("80 %"), Reading::Exact(80.0));
        assert_eq!(pct("80 percent"), Reading::Exact(80.0));
        assert_eq!(pct("80 per cent"), Reading::Exact(80.0));
        assert_eq!(pct("80"), Reading::Exact(80.0));
        assert_eq!(pct("up to 80%"), Reading::AtMost(80.0));
        assert_eq!(pct("up to 80 percent"), Reading::AtMost(80.0));
        assert_eq!(pct("50%-70%"), Reading::Range(50.0, 70.0));
        assert_eq!(pct("0.5%"), Reading::Exact(0.5));
        assert_eq!(pct("more than 150%"), Reading::MoreThan(150.0));
    }

    #[test]
    fn ages() {
        let age = |text| read(text, ValueType::Age);
        assert_eq!(age("50"), Reading::Exact(50.0));
        assert_eq!(age("49"), Reading::Exact(49.0));
        assert_eq!(age("now 49"), Reading::Exact(49.0));
        assert_eq!(age("50-year-old"), Reading::Exact(50.0));
        assert_eq!(age("11-year-old"), Reading::Exact(11.0));
        assert_eq!(age("in his forties"), Reading::Range(40.0, 49.0));
        assert_eq!(age("aged 50"), Reading::Exact(50.0));
        assert_eq!(age("about 50"), Reading::Approx(50.0));
    }

    #[test]
    fn errors() {
        use ValueType::*;
        fails("abuot 50", Count, "cannot read \"abuot 50\" as a count");
        fails("-5", Count, "a count cannot be negative");
        fails("99999999999999999999999999", Count, "is too large a count");
        fails("-5", Percentage, "a percentage cannot be negative");
        fails("-5", Age, "an age cannot be negative");
        fails("3.5", Count, "whole number");
        fails("70-50", Count, "runs backwards");
        fails("between 70 and 50", Count, "runs backwards");
        fails("120%", Percentage, "above 100%");
        fails("up to 120%", Percentage, "above 100%");
        fails("131", Age, "above 130");
        fails("1e400", Number, "cannot read");
        fails("80 fighters", Percentage, "cannot read");
        fails("50 fighters", Age, "cannot read \"50 fighters\" as an age");
        fails("fifty fifty", Count, "cannot read");
        fails("more than dozens", Count, "cannot read");
        fails(&"9".repeat(400), Number, "cannot read");
        fails(&format!("just over 17{}", "0".repeat(307)), Number, "too large");
    }

    #[test]
    fn error_help() {
        let Err(e) = parse_quantity("abuot 50", ValueType::Count) else {
            panic!("abuot 50 was read");
        };
        assert!(e.help.contains("did you mean \"about 50\"?"), "{}", e.help);
        assert!(
            e.help
                .contains(r#""70", "about 70", "more than 70", "50-70", "dozens""#)
        );
    }
}
