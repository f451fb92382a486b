//! Numerals and number words: `70`, `1,500`, `5000`, `3.5`, `.5`, `fifty`, `eleven`,
//! `one hundred and fifty`, `a hundred`, `twenty-one`, `1.5 million`, `2m`, `3bn`, `10k`,
//! `three dozen`, `one and a half`, `a million and a half`, `half a million`, `two thirds`,
//! `3/4`, `two point five`, `minus 5`.

use foldhash::HashSet;
use std::borrow::Cow;
use std::sync::LazyLock;

/// Number words below twenty, by value.
const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// Multiples of ten from twenty, by value divided by ten minus two.
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Scale words above a hundred, largest first.
const SCALES: [(&str, f64); 4] = [
    ("trillion", 1e12),
    ("billion", 1e9),
    ("million", 1e6),
    ("thousand", 1e3),
];

/// Abbreviated scales written after digits, joined or apart (`2m`, `3.5 bn`, `10k`).
const SCALE_ABBREVIATIONS: [(&str, f64); 9] = [
    ("tn", 1e12),
    ("trn", 1e12),
    ("bn", 1e9),
    ("b", 1e9),
    ("m", 1e6),
    ("mn", 1e6),
    ("mln", 1e6),
    ("k", 1e3),
    ("dozen", 12.0),
];

/// Fraction words and their denominators (`two thirds`, `a quarter`, `five eighths`).
const DENOMINATORS: [(&str, &str, f64); 13] = [
    ("half", "halves", 2.0),
    ("third", "thirds", 3.0),
    ("quarter", "quarters", 4.0),
    ("fourth", "fourths", 4.0),
    ("fifth", "fifths", 5.0),
    ("sixth", "sixths", 6.0),
    ("eighth", "eighths", 8.0),
    ("tenth", "tenths", 10.0),
    ("hundredth", "hundredths", 100.0),
    ("thousandth", "thousandths", 1000.0),
    ("millionth", "millionths", 1e6),
    ("billionth", "billionths", 1e9),
    ("trillionth", "trillionths", 1e12),
];

/// Reads a whole written number (digits with optional thousands commas or a decimal
/// point, or English number words); `None` when the text is not a number.
pub fn parse_number(text: &str) -> Option<f64> {
    let text = text.trim();
    let text = if !text.is_ascii() {
        Cow::Owned(text.to_lowercase())
    } else if text.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(text.to_ascii_lowercase())
    } else {
        // Most numbers are digits or lower-case words already.
        Cow::Borrowed(text)
    };
    if !has_only_number_words(&text) {
        return None;
    }
    parse_signed(&text).filter(|n| n.is_finite()).map(snapped_to_whole)
}

/// A number of 1 or more that a scale's multiplication left a rounding error away from a
/// whole number made that whole number: `16.1 million` is 16,100,000, not
/// 16,100,000.000000002.
fn snapped_to_whole(number: f64) -> f64 {
    let whole = number.round();
    let close = (number - whole).abs() <= number.abs() * 4.0 * f64::EPSILON;
    if number.abs() >= 1.0 && close { whole } else { number }
}

/// Words a written number may hold besides those of the tables (`one hundred and fifty`,
/// `a third of a million`, `two point five`, `one over three`, `minus 5`).
const LINK_WORDS: [&str; 9] = [
    "a", "and", "of", "point", "over", "minus", "negative", "hundred", "dozens",
];

/// Whether every word of a lowercased text has a digit or is a word of a written number:
/// a text with any other word (`50 year old`, `people`) is no number, and is told so
/// without trying every form of number on it.
fn has_only_number_words(text: &str) -> bool {
    static WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
        let denominators = DENOMINATORS.iter().chain(&ORDINAL_UNITS);
        UNITS
            .iter()
            .chain(&TENS)
            .chain(&LINK_WORDS)
            .copied()
            .chain(SCALES.iter().chain(&SCALE_ABBREVIATIONS).map(|(word, _)| *word))
            .chain(denominators.flat_map(|(one, many, _)| [*one, *many]))
            .collect()
    });
    text.split(|c: char| c.is_whitespace() || c == '-' || c == '/')
        .filter(|word| !word.is_empty())
        .all(|word| word.bytes().any(|b| b.is_ascii_digit()) || WORDS.contains(word))
}

/// A number with an optional `minus`, `negative` or spaced minus sign before it.
fn parse_signed(text: &str) -> Option<f64> {
    match text
        .strip_prefix("minus ")
        .or_else(|| text.strip_prefix("negative "))
        .or_else(|| text.strip_prefix("- "))
    {
        Some(rest) => parse_unsigned(rest.trim_start()).map(|n| -n),
        None => parse_unsigned(text),
    }
}

/// Digits, digits with a scale, a fraction, or number words.
fn parse_unsigned(text: &str) -> Option<f64> {
    parse_digits(text)
        .or_else(|| parse_abbreviated(text))
        .or_else(|| parse_slash_fraction(text))
        .or_else(|| parse_words(text))
        .or_else(|| parse_over(text))
        .or_else(|| parse_exponent(text))
}

/// A fraction in words with `over`: `one over three`, `1 over 20`.
fn parse_over(text: &str) -> Option<f64> {
    let (top, bottom) = text.split_once(" over ")?;
    let (top, bottom) = (parse_signed(top)?, parse_signed(bottom)?);
    (bottom != 0.0).then(|| top / bottom)
}

/// Digits with a power of ten or a power: `1e10`, `-12.5e+3`, `2.5^-1`, `1.1^23`.
fn parse_exponent(text: &str) -> Option<f64> {
    let (sign, body) = match text.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, text),
    };
    let (base, exponent, ten) = match body.split_once('e') {
        Some((base, exponent)) => (base, exponent, true),
        None => {
            let (base, exponent) = body.split_once('^')?;
            (base, exponent, false)
        }
    };
    let exponent = exponent
        .strip_prefix("--")
        .or_else(|| exponent.strip_prefix('+'))
        .unwrap_or(exponent);
    let whole = |digits: &str| !digits.is_empty() && digits.trim_start_matches('-').bytes().all(|b| b.is_ascii_digit());
    if !whole(exponent) || base.contains(',') {
        return None;
    }
    let (base, exponent) = (parse_digits(base)?, exponent.parse::<i32>().ok()?);
    let value = if ten {
        base * 10f64.powi(exponent)
    } else {
        base.powi(exponent)
    };
    Some(sign * value)
}

/// Digits with a scale abbreviation joined to them: `2m`, `3.5bn`, `10k`.
fn parse_abbreviated(text: &str) -> Option<f64> {
    let split = text.find(|c: char| c.is_ascii_alphabetic())?;
    let (amount, scale) = text.split_at_checked(split)?;
    let scale = abbreviation(scale)?;
    Some(parse_digits(amount)? * scale)
}

/// The value of a scale abbreviation (`m`, `bn`, `k`).
fn abbreviation(word: &str) -> Option<f64> {
    SCALE_ABBREVIATIONS
        .iter()
        .find(|(name, _)| *name == word)
        .map(|(_, value)| *value)
}

/// `3/4`, `-4/5`, `2 1/4`.
fn parse_slash_fraction(text: &str) -> Option<f64> {
    let (whole, fraction) = match text.rsplit_once(' ') {
        Some((whole, fraction)) => (Some(whole.trim()), fraction),
        None => (None, text),
    };
    let (top, bottom) = fraction.split_once('/')?;
    let (sign, top) = match top.strip_prefix('-') {
        Some(rest) if whole.is_none() => (-1.0, rest),
        _ => (1.0, top),
    };
    let is_plain = |digits: &str| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
    if !is_plain(top) || !is_plain(bottom) {
        return None;
    }
    let (top, bottom): (f64, f64) = (top.parse().ok()?, bottom.parse().ok()?);
    if bottom == 0.0 {
        return None;
    }
    let whole = match whole {
        Some(whole) if whole.bytes().all(|b| b.is_ascii_digit() || b == b'-') => parse_digits(whole)?,
        Some(_) => return None,
        None => 0.0,
    };
    Some(sign * (whole.abs() + top / bottom) * if whole < 0.0 { -1.0 } else { 1.0 })
}

/// Whether `word` is one of the number words (`fifty`, `hundred`, `thousand`, `dozen`).
pub(super) fn is_number_word(word: &str) -> bool {
    UNITS.contains(&word)
        || TENS.contains(&word)
        || SCALES.iter().any(|(name, _)| *name == word)
        || matches!(word, "hundred" | "dozen")
}

/// Every number word, for spelling suggestions.
pub(super) fn number_words() -> impl Iterator<Item = &'static str> {
    UNITS
        .iter()
        .chain(TENS.iter())
        .copied()
        .chain(SCALES.iter().map(|(name, _)| *name))
        .chain([
            "hundred", "dozen", "dozens", "half", "third", "thirds", "quarter", "quarters",
        ])
}

/// Digits: `70`, `-5`, `1,500`, `3.5`, `1,234,567.25`.
fn parse_digits(text: &str) -> Option<f64> {
    let (sign, body) = match text.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, text),
    };
    let (int, frac) = match body.split_once('.') {
        Some((int, frac)) => (int, Some(frac)),
        None => (body, None),
    };
    let frac_ok = frac.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()));
    let int_ok = valid_integer_part(int) || (int.is_empty() && frac.is_some());
    if !frac_ok || !int_ok {
        return None;
    }
    if frac.is_none() && int.len() <= MAX_EXACT_DIGITS {
        // A whole number of a few digits (most figures): its value digit by digit, exactly
        // what reading it as a decimal gives.
        let digits = int.bytes().filter(u8::is_ascii_digit);
        let whole = digits.fold(0u64, |n, digit| n * 10 + u64::from(digit - b'0'));
        #[allow(clippy::cast_precision_loss)] // below 2^53: exact
        return Some(sign * whole as f64);
    }
    let number = if body.contains(',') {
        body.chars().filter(|c| *c != ',').collect::<String>().parse::<f64>()
    } else {
        body.parse::<f64>()
    };
    number.ok().map(|n| sign * n)
}

/// The most characters of a whole number read digit by digit: fifteen digits are below 2^53,
/// where every whole number is an exact `f64`.
const MAX_EXACT_DIGITS: usize = 15;

/// Digits, optionally grouped by commas in threes (`1,500`, not `1,50`).
fn valid_integer_part(int: &str) -> bool {
    // Digits in the group being read, and how many commas came before it.
    let (mut group, mut commas) = (0usize, 0usize);
    for byte in int.bytes() {
        match byte {
            b'0'..=b'9' => group += 1,
            b',' if (commas == 0 && (1..=3).contains(&group)) || group == 3 => (group, commas) = (0, commas + 1),
            _ => return false,
        }
    }
    group > 0 && (commas == 0 || group == 3)
}

/// Number words (`one hundred and fifty`), or digits with a scale (`2.5 million`).
fn parse_words(text: &str) -> Option<f64> {
    let tokens: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|t| !t.is_empty())
        .collect();
    parse_token_number(&tokens)
}

/// A number in words or digits and scale words, with halves and fractions.
fn parse_token_number(tokens: &[&str]) -> Option<f64> {
    if let Some(n) = and_a_fraction(tokens) {
        return Some(n);
    }
    if let Some(n) = fraction_of_scale(tokens) {
        return Some(n);
    }
    if let Some(n) = point_decimal(tokens) {
        return Some(n);
    }
    if let Some(n) = word_fraction(tokens) {
        return Some(n);
    }
    scaled_digits(tokens).or_else(|| parse_word_tokens(tokens))
}

/// Digits followed by scale words: `2.5 million`, `1.2 trillion`, `3 dozen`, `322 hundred`,
/// `2.33 k`, `1.5 bn`.
fn scaled_digits(tokens: &[&str]) -> Option<f64> {
    let (amount, scales) = tokens.split_first()?;
    let mut total = parse_digits(amount)?;
    if scales.is_empty() {
        return None;
    }
    for word in scales {
        total *= scale_value(word).or_else(|| abbreviation(word))?;
    }
    Some(total)
}

/// The value of a scale word, `hundred` and `dozen(s)` included.
fn scale_value(word: &str) -> Option<f64> {
    match word {
        "hundred" => Some(100.0),
        "dozen" | "dozens" => Some(12.0),
        _ => SCALES.iter().find(|(name, _)| *name == word).map(|(_, v)| *v),
    }
}

/// `N and a half` (`one and a half`, `a million and a half`), `N and a half SCALE`
/// (`two and a half million`), and `N and three quarters`.
fn and_a_fraction(tokens: &[&str]) -> Option<f64> {
    let at = tokens.iter().position(|t| *t == "and")?;
    let (head, tail) = (tokens.get(..at)?, tokens.get(at + 1..)?);
    let fraction_len = (2..=tail.len())
        .rev()
        .find(|n| tail.get(..*n).and_then(word_fraction).is_some())?;
    let fraction = word_fraction(tail.get(..fraction_len)?)?;
    let after = tail.get(fraction_len..)?;
    let whole = parse_token_number(head)?;
    match after {
        [] => {
            let unit = head.last().and_then(|last| large_scale(last)).unwrap_or(1.0);
            Some(whole + fraction * unit)
        }
        [scale] => Some((whole + fraction) * large_scale(scale)?),
        _ => None,
    }
}

/// `half a million`, `a quarter of a million`, `three quarters of a billion`, `half a dozen`.
fn fraction_of_scale(tokens: &[&str]) -> Option<f64> {
    let (scale, head) = tokens.split_last()?;
    let scale = large_scale(scale).or_else(|| (*scale == "dozen").then_some(12.0))?;
    let head = head.strip_suffix(&["a"][..])?;
    let head = head.strip_suffix(&["of"][..]).unwrap_or(head);
    let fraction = match head {
        ["half"] => 0.5,
        _ => word_fraction(head)?,
    };
    Some(fraction * scale)
}

/// `two point five`, `two hundred point zero three`, `one point seventy-one`.
fn point_decimal(tokens: &[&str]) -> Option<f64> {
    let at = tokens.iter().position(|t| *t == "point")?;
    let whole = parse_word_tokens(tokens.get(..at)?)?;
    let decimals = tokens.get(at + 1..)?;
    let digits: Option<String> = decimals
        .iter()
        .map(|t| {
            UNITS
                .iter()
                .position(|w| w == t)
                .filter(|n| *n < 10)
                .map(|n| n.to_string())
        })
        .collect();
    let digits = match digits {
        Some(digits) if !digits.is_empty() => digits,
        _ => match below_hundred(decimals)? {
            (n, []) => format!("{n}"),
            _ => return None,
        },
    };
    Some(whole + format!("0.{digits}").parse::<f64>().ok()?)
}

/// Ordinals of one to nine that name a fraction after a tens word (`a twenty-first`, `three
/// twenty-fifths`), or alone (`a seventh`); `second` is left out, as a unit of time.
const ORDINAL_UNITS: [(&str, &str, f64); 8] = [
    ("first", "firsts", 1.0),
    ("third", "thirds", 3.0),
    ("fourth", "fourths", 4.0),
    ("fifth", "fifths", 5.0),
    ("sixth", "sixths", 6.0),
    ("seventh", "sevenths", 7.0),
    ("eighth", "eighths", 8.0),
    ("ninth", "ninths", 9.0),
];

/// `a twenty-first` (1/21), `three twenty-fifths`, `a seventh`: a denominator of a tens word
/// and an ordinal, or an ordinal the table of denominators lacks.
fn compound_denominator<'a, 'b>(
    denominator: &str,
    head: &'b [&'a str],
) -> Option<(&'static str, &'static str, f64, &'b [&'a str])> {
    let (singular, plural, unit) = ORDINAL_UNITS
        .iter()
        .find(|(one, many, _)| *one == denominator || *many == denominator)?;
    let tens = head
        .split_last()
        .and_then(|(tens, top)| Some((TENS.iter().position(|t| t == tens)?, top)));
    match tens {
        // `twenty fifths` is twenty of them: the tens word is the count.
        Some((at, top)) if !top.is_empty() => Some((singular, plural, (at as f64 + 2.0) * 10.0 + unit, top)),
        Some(_) => None,
        None if *unit > 6.0 && *unit != 8.0 => Some((singular, plural, *unit, head)),
        None => None,
    }
}

/// `a half`, `one third`, `two thirds`, `three quarters`, `five eighths`, `a tenth`, `a
/// twenty-first`.
pub(super) fn word_fraction(tokens: &[&str]) -> Option<f64> {
    let (denominator, head) = tokens.split_last()?;
    let (singular, plural, bottom, head) = match compound_denominator(denominator, head) {
        Some(found) => found,
        None => DENOMINATORS
            .iter()
            .find(|(one, many, _)| one == denominator || many == denominator)
            .map(|(one, many, bottom)| (*one, *many, *bottom, head))?,
    };
    let top = match head {
        ["a"] | ["one"] => 1.0,
        _ => below_hundred(head).filter(|(_, rest)| rest.is_empty())?.0,
    };
    let agrees = if top == 1.0 {
        *denominator == singular
    } else {
        *denominator == plural
    };
    agrees.then_some(top / bottom)
}

/// A full word number: `zero`, `two dozen`, or groups below a thousand joined by scales.
fn parse_word_tokens(tokens: &[&str]) -> Option<f64> {
    if tokens == ["zero"] {
        return Some(0.0);
    }
    if let Some(n) = parse_dozen(tokens) {
        return Some(n);
    }
    let mut total = 0.0;
    let mut rest = tokens;
    let mut last_scale = f64::INFINITY;
    loop {
        let (group, after) = parse_group(rest, total > 0.0)?;
        let scale = after
            .split_first()
            .and_then(|(word, tail)| Some((large_scale(word)?, tail)))
            .filter(|(s, _)| *s < last_scale);
        match scale {
            Some((s, tail)) if !tail.is_empty() => {
                total += group * s;
                last_scale = s;
                rest = tail;
            }
            Some((s, _)) => return Some(total + group * s),
            None => return after.is_empty().then_some(total + group),
        }
    }
}

/// The value of a scale word above a hundred.
fn large_scale(word: &str) -> Option<f64> {
    SCALES.iter().find(|(name, _)| *name == word).map(|(_, v)| *v)
}

/// `a dozen`, `two dozen`, `three dozens`.
fn parse_dozen(tokens: &[&str]) -> Option<f64> {
    let (last, head) = tokens.split_last()?;
    if *last != "dozen" && !(*last == "dozens" && head != ["a"]) {
        return None;
    }
    let count = match head {
        ["a"] => 1.0,
        _ => below_hundred(head).filter(|(_, rest)| rest.is_empty())?.0,
    };
    Some(count * 12.0)
}

/// A number below a thousand (`a hundred and five`, `fifteen hundred`, `forty-two`), or `a`
/// before a scale word; returns the value and the tokens after it.
fn parse_group<'a, 'b>(tokens: &'b [&'a str], after_scale: bool) -> Option<(f64, &'b [&'a str])> {
    let tokens = match tokens.split_first() {
        Some((&"and", rest)) if after_scale => rest,
        _ => tokens,
    };
    if let Some((&"a", rest)) = tokens.split_first() {
        return match rest.first() {
            Some(&"hundred") => hundreds(1.0, rest),
            Some(next) if large_scale(next).is_some() => Some((1.0, rest)),
            _ => None,
        };
    }
    let (n, rest) = below_hundred(tokens)?;
    hundreds(n, rest).or(Some((n, rest)))
}

/// `N hundred [and] [below a hundred]`, given N and the tokens after it.
fn hundreds<'a, 'b>(n: f64, tokens: &'b [&'a str]) -> Option<(f64, &'b [&'a str])> {
    let rest = tokens.strip_prefix(&["hundred"][..])?;
    let base = n * 100.0;
    match rest.split_first() {
        Some((&"and", tail)) => below_hundred(tail).map(|(m, after)| (base + m, after)),
        _ => Some(match below_hundred(rest) {
            Some((m, after)) => (base + m, after),
            None => (base, rest),
        }),
    }
}

/// `one` to `ninety-nine`; returns the value and the tokens after it.
fn below_hundred<'a, 'b>(tokens: &'b [&'a str]) -> Option<(f64, &'b [&'a str])> {
    let (first, rest) = tokens.split_first()?;
    if let Some(n) = UNITS.iter().position(|w| w == first).filter(|n| *n > 0) {
        return Some((n as f64, rest));
    }
    let tens = TENS.iter().position(|w| w == first)?;
    let base = (tens as f64 + 2.0) * 10.0;
    match rest.split_first() {
        Some((unit, tail)) => match UNITS.iter().position(|w| w == unit) {
            Some(n) if (1..10).contains(&n) => Some((base + n as f64, tail)),
            _ => Some((base, rest)),
        },
        None => Some((base, rest)),
    }
}

#[cfg(test)]
mod tests {
    use super::{parse_number, parse_signed};
    use proptest::prelude::*;

    /// Digits read by the standard library once commas grouped in threes are checked, as
    /// first written: the oracle for the digit-by-digit reading.
    fn digits_by_parsing(text: &str) -> Option<f64> {
        let (sign, body) = text.strip_prefix('-').map_or((1.0, text), |rest| (-1.0, rest));
        let (int, frac) = body
            .split_once('.')
            .map_or((body, None), |(int, frac)| (int, Some(frac)));
        let frac_ok = frac.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()));
        let grouped = {
            let mut groups = int.split(',');
            let first_ok = groups.next().is_some_and(|g| (1..=3).contains(&g.len()));
            !int.contains(',') || (first_ok && groups.all(|g| g.len() == 3))
        };
        let digits_only = !int.is_empty() && int.bytes().all(|b| b.is_ascii_digit() || b == b',');
        let int_ok = (digits_only && grouped) || (int.is_empty() && frac.is_some());
        if !frac_ok || !int_ok {
            return None;
        }
        let plain: String = body.chars().filter(|c| *c != ',').collect();
        plain.parse::<f64>().ok().map(|n| sign * n)
    }

    proptest! {
        #[test]
        fn a_decimal_number_of_millions_or_billions_is_whole(whole in 0u32..1000, tenths in 0u32..10, hundredths in 0u32..10, billions: bool) {
            let scale = if billions { "billion" } else { "million" };
            let number = parse_number(&format!("{whole}.{tenths}{hundredths} {scale}")).unwrap();
            prop_assert_eq!(number.fract(), 0.0, "{}", number);
        }

        #[test]
        fn digits_read_one_by_one_as_the_standard_library_reads_them(text in "-?[0-9,]{0,18}(\\.[0-9]{0,3})?") {
            prop_assert_eq!(super::parse_digits(&text), digits_by_parsing(&text));
        }
    }

    /// Every lowercase word quoted in this module's code (its tables and the words its forms
    /// look for), so that a word a new form reads is drawn here without being listed.
    fn words_the_forms_read() -> Vec<String> {
        let code = include_str!("number.rs");
        let code = code.split("#[cfg(test)]").next().unwrap_or_default();
        let mut words: Vec<String> = code
            .split('"')
            .skip(1)
            .step_by(2)
            .flat_map(|literal| literal.split([' ', '-']))
            .filter(|word| !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase()))
            .map(str::to_owned)
            .collect();
        words.extend(["people", "year", "old", "or", "about", "so"].map(str::to_owned));
        words.sort();
        words.dedup();
        words
    }

    /// The early refusal of a text with a word no number has never refuses a number: every
    /// word the forms read, alone and in pairs, in the shapes numbers take.
    #[test]
    fn only_texts_that_are_no_number_are_refused_early() {
        let words = words_the_forms_read();
        let shapes = [
            "{a}",
            "two {a} five",
            "{a} five",
            "a {a}",
            "one {a}",
            "2.5 {a}",
            "{a} 5",
            "twenty-{a}",
        ];
        let pairs = [
            "{a} {b}",
            "two {a} {b}",
            "{a} {b} five",
            "{a} a {b}",
            "one {a} {b} three",
        ];
        let mut texts = Vec::new();
        for a in &words {
            texts.extend(shapes.iter().map(|shape| shape.replace("{a}", a)));
            for b in &words {
                texts.extend(pairs.iter().map(|shape| shape.replace("{a}", a).replace("{b}", b)));
            }
        }
        for text in texts {
            let unguarded = parse_signed(&text).filter(|n| n.is_finite());
            assert_eq!(parse_number(&text), unguarded, "{text}");
        }
    }

    #[test]
    fn digits() {
        assert_eq!(parse_number("70"), Some(70.0));
        assert_eq!(parse_number("1,500"), Some(1500.0));
        assert_eq!(parse_number("5000"), Some(5000.0));
        assert_eq!(parse_number("3.5"), Some(3.5));
        assert_eq!(parse_number("1,234,567.25"), Some(1_234_567.25));
        assert_eq!(parse_number("-5"), Some(-5.0));
        assert_eq!(parse_number(" 11 "), Some(11.0));
    }

    #[test]
    fn malformed_digits() {
        for text in ["1,50", "1,5000", ",500", "3.", "3.5.1", "1e400", "5a", "", "-", "--5"] {
            assert_eq!(parse_number(text), None, "{text}");
        }
    }

    #[test]
    fn huge_numbers_do_not_panic() {
        assert_eq!(parse_number("99999999999999999999"), Some(1e20));
        assert_eq!(parse_number(&"9".repeat(400)), None);
    }

    #[test]
    fn small_words() {
        let cases = [
            ("zero", 0.0),
            ("six", 6.0),
            ("eleven", 11.0),
            ("nineteen", 19.0),
            ("fifty", 50.0),
            ("twenty-one", 21.0),
            ("Ninety Nine", 99.0),
            ("two", 2.0),
            ("three", 3.0),
        ];
        for (text, value) in cases {
            assert_eq!(parse_number(text), Some(value), "{text}");
        }
    }

    #[test]
    fn large_words() {
        let cases = [
            ("a hundred", 100.0),
            ("one hundred", 100.0),
            ("one hundred and fifty", 150.0),
            ("one hundred fifty", 150.0),
            ("two thousand", 2000.0),
            ("a thousand", 1000.0),
            ("fifteen hundred", 1500.0),
            ("two thousand five hundred", 2500.0),
            ("two thousand and five", 2005.0),
            ("a hundred thousand", 100_000.0),
            ("three million two hundred thousand", 3_200_000.0),
            ("2.5 million", 2_500_000.0),
            ("a dozen", 12.0),
            ("two dozen", 24.0),
        ];
        for (text, value) in cases {
            assert_eq!(parse_number(text), Some(value), "{text}");
        }
    }

    #[test]
    fn not_numbers() {
        let texts = [
            "a",
            "and",
            "hundred",
            "fifty fifty",
            "one hundred and",
            "thousand thousand",
            "a thousand million thousand",
            "zero zero",
            "dozen",
            "fighters",
            "twenty-thirty",
        ];
        for text in texts {
            assert_eq!(parse_number(text), None, "{text}");
        }
    }
}
