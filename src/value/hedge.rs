//! The hedged-number grammar shared by counts, numbers, percentages, ages and durations:
//! vague phrases (`dozens`), hedges and their direction (`about`, `nearly`, `more than`,
//! `or so`), ranges (`50-70`, `between 50 and 70`), alternatives (`49 or 50`), two-sided
//! bounds (`more than 50 but fewer than 70`) and bare numbers, each followed by any words
//! left for the caller (a unit).

use super::Reading;
use super::hedge_words::{
    Hedge, STRAY_HEDGE_WORDS, SUFFIX_HEDGES, approximate_starting_with, hedges_starting_with, phrases_starting_with,
};
use super::interval::Bound;
use super::lexer::words;
use super::number::{is_number_word, parse_number};

/// Why a hedged number could not be read.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Problem {
    /// The text is not in the grammar.
    Unreadable,
    /// A range whose low end is above its high end.
    Reversed(f64, f64),
    /// A word the grammar does not know after a quantity that reads (`70 banana`).
    Unknown {
        /// The first unknown word.
        word: String,
        /// The quantity before it, as cleaned.
        before: String,
    },
}

/// A reading and the words written after it.
pub(super) type Read<'a> = (Reading, Vec<&'a str>);

impl Hedge {
    /// The reading of `n` under this hedge.
    fn reading(self, n: f64) -> Reading {
        match self {
            Hedge::Exact => Reading::Exact(n),
            Hedge::Approx => Reading::Approx(n),
            Hedge::Below => Reading::Below(n),
            Hedge::Above => Reading::Above(n),
            Hedge::AtLeast => Reading::AtLeast(n),
            Hedge::MoreThan => Reading::MoreThan(n),
            Hedge::AtMost => Reading::AtMost(n),
            Hedge::LessThan => Reading::LessThan(n),
        }
    }
}

/// What a hedge applies to: one number, a range or two alternatives.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Body {
    /// A single number.
    One(f64),
    /// A range, low end first.
    Span(f64, f64),
    /// Two alternatives, lower first (`49 or 50`).
    Either(f64, f64),
}

/// Reads a hedged number from the start of `tokens`; the words after it are returned
/// (never digits or number words).
pub(super) fn read_quantity<'a>(tokens: &[&'a str]) -> Result<Read<'a>, Problem> {
    if let Some(found) = two_sided(tokens)? {
        return Ok(found);
    }
    read_one(tokens)
}

/// A vague phrase, or a hedged number, range or pair of alternatives.
fn read_one<'a>(tokens: &[&'a str]) -> Result<Read<'a>, Problem> {
    if let Some(found) = read_vague(tokens)? {
        return Ok(found);
    }
    let (hedge, body) = split_hedge(tokens);
    let (value, rest) = read_body(body)?;
    match (hedge, value) {
        (None, Body::One(n)) => Ok(suffix_hedge(n, rest)),
        (Some(hedge), Body::One(n)) => Ok((hedge.reading(n), rest)),
        (None | Some(Hedge::Approx | Hedge::Exact), Body::Span(lo, hi)) => Ok((Reading::Range(lo, hi), rest)),
        (None | Some(Hedge::Approx | Hedge::Exact), Body::Either(a, b)) => Ok((Reading::Either(a, b), rest)),
        (Some(_), Body::Span(..) | Body::Either(..)) => Err(Problem::Unreadable),
    }
}

/// `more than 50 but fewer than 70`, `at least 20 and at most 100`, `under 70 and over 50`:
/// a lower and an upper bound joined by `and` or `but`.
fn two_sided<'a>(tokens: &[&'a str]) -> Result<Option<Read<'a>>, Problem> {
    let joints = tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| matches!(**t, "and" | "but"))
        .map(|(i, _)| i);
    for i in joints {
        let (Some(left), Some(right)) = (tokens.get(..i), tokens.get(i + 1..)) else {
            continue;
        };
        let Ok((left_reading, left_rest)) = read_one(left) else {
            continue;
        };
        if !left_rest.is_empty() {
            continue;
        }
        let Ok((right_reading, rest)) = read_one(right) else {
            continue;
        };
        let (lo, hi) = match (lower_bound(&left_reading), upper_bound(&right_reading)) {
            (Some(lo), Some(hi)) => (lo, hi),
            _ => match (lower_bound(&right_reading), upper_bound(&left_reading)) {
                (Some(lo), Some(hi)) => (lo, hi),
                _ => continue,
            },
        };
        return bounded(lo, hi).map(|reading| Some((reading, rest)));
    }
    Ok(None)
}

/// The low end a one-sided reading sets (`more than 50` is an open 50).
fn lower_bound(reading: &Reading) -> Option<Bound> {
    match reading {
        Reading::AtLeast(n) => Some(Bound::Closed(*n)),
        Reading::MoreThan(n) => Some(Bound::Open(*n)),
        _ => None,
    }
}

/// The high end a one-sided reading sets (`fewer than 70` is an open 70).
fn upper_bound(reading: &Reading) -> Option<Bound> {
    match reading {
        Reading::AtMost(n) => Some(Bound::Closed(*n)),
        Reading::LessThan(n) => Some(Bound::Open(*n)),
        _ => None,
    }
}

/// The reading between two ends: a range when both are closed.
fn bounded(lo: Bound, hi: Bound) -> Result<Reading, Problem> {
    let (Bound::Closed(a) | Bound::Open(a), Bound::Closed(b) | Bound::Open(b)) = (lo, hi) else {
        return Err(Problem::Unreadable);
    };
    if a > b {
        return Err(Problem::Reversed(a, b));
    }
    match (lo, hi) {
        (Bound::Closed(a), Bound::Closed(b)) => Ok(Reading::Range(a, b)),
        _ if a == b => Err(Problem::Unreadable),
        _ => Ok(Reading::Bounded(lo, hi)),
    }
}

/// The one or two numbers of a reading (an open end has none).
pub(super) struct Values([Option<f64>; 2]);

impl Values {
    /// The numbers, low end first.
    pub(super) fn iter(&self) -> impl Iterator<Item = &f64> {
        self.0.iter().flatten()
    }
}

/// Every number in a reading.
pub(super) fn reading_values(reading: &Reading) -> Values {
    let bound = |b: &Bound| match b {
        Bound::Closed(x) | Bound::Open(x) => Some(*x),
        Bound::Unbounded => None,
    };
    Values(match reading {
        Reading::Exact(n)
        | Reading::Approx(n)
        | Reading::Below(n)
        | Reading::Above(n)
        | Reading::AtLeast(n)
        | Reading::MoreThan(n)
        | Reading::AtMost(n)
        | Reading::LessThan(n) => [Some(*n), None],
        Reading::Range(lo, hi) | Reading::Either(lo, hi) | Reading::Vague { lo, hi, .. } => [Some(*lo), Some(*hi)],
        Reading::Bounded(lo, hi) => [bound(lo), bound(hi)],
    })
}

/// Whether a word may follow a number as a unit: it has a letter, no digit, and is neither a
/// number word nor a hedge word.
fn is_word(token: &str) -> bool {
    token.chars().any(char::is_alphabetic)
        && !token.chars().any(|c| c.is_ascii_digit())
        && !is_number_word(token)
        && !STRAY_HEDGE_WORDS.contains(&token)
        && parse_number(token).is_none()
}

/// The words after a suffix hedge (`or so`) at their start, or all of them.
fn after_suffix<'a, 'b>(rest: &'b [&'a str]) -> (Option<Hedge>, &'b [&'a str]) {
    SUFFIX_HEDGES
        .iter()
        .find_map(|(words, hedge)| rest.strip_prefix(*words).map(|tail| (Some(*hedge), tail)))
        .unwrap_or((None, rest))
}

/// Whether the words after a number are all plain words, once a suffix hedge (`or so`) at
/// their start is set aside.
fn plain_words_after(rest: &[&str]) -> bool {
    after_suffix(rest).1.iter().all(|t| is_word(t))
}

/// The words after a vague phrase, without a leading `of`, if they are all words.
fn after_phrase<'a>(rest: &[&'a str]) -> Option<Vec<&'a str>> {
    let rest = rest.strip_prefix(&["of"][..]).unwrap_or(rest);
    rest.iter().all(|t| is_word(t)).then(|| rest.to_vec())
}

/// The approximate phrases (`a dozen`, `half a dozen`, `a dozen or so`) and the vague
/// phrases (`dozens`, `a few hundred`) of the tables in `hedge_words`, by the first word.
fn read_vague<'a>(tokens: &[&'a str]) -> Result<Option<Read<'a>>, Problem> {
    let Some(first) = tokens.first().filter(|_| !starts_with_digit(tokens)) else {
        return Ok(None);
    };
    if let Some((n, rest)) = approximate_starting_with(first)
        .iter()
        .find_map(|(words, n)| tokens.strip_prefix(*words).map(|rest| (*n, rest)))
    {
        // `a dozen or so` is about a dozen; `a dozen or more` at least one.
        let (reading, rest) = match after_suffix(rest) {
            (Some(Hedge::Approx), tail) => (Reading::Approx(n), tail),
            (Some(hedge @ (Hedge::AtLeast | Hedge::AtMost)), tail) => (hedge.reading(n), tail),
            _ => (Reading::Approx(n), rest),
        };
        let rest = after_phrase(rest).ok_or(Problem::Unreadable)?;
        return Ok(Some((reading, rest)));
    }
    let Some((found, rest)) = phrases_starting_with(first)
        .iter()
        .find_map(|p| tokens.strip_prefix(p.words).map(|rest| (p, rest)))
    else {
        return Ok(None);
    };
    let rest = after_phrase(rest).ok_or(Problem::Unreadable)?;
    let reading = Reading::Vague {
        phrase: found.name.to_string(),
        lo: found.lo,
        hi: found.hi,
    };
    Ok(Some((reading, rest)))
}

/// Whether the first token starts with a digit: no hedge or vague phrase does, so the
/// tables need not be searched (most values are bare figures).
fn starts_with_digit(tokens: &[&str]) -> bool {
    tokens
        .first()
        .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()))
}

/// The hedge at the start of `tokens`, if any, and the tokens after it.
fn split_hedge<'a, 'b>(tokens: &'b [&'a str]) -> (Option<Hedge>, &'b [&'a str]) {
    if starts_with_digit(tokens) {
        return (None, tokens);
    }
    let Some(first) = tokens.first() else {
        return (None, tokens);
    };
    hedges_starting_with(first)
        .iter()
        .find_map(|(words, hedge)| tokens.strip_prefix(*words).map(|rest| (Some(*hedge), rest)))
        .unwrap_or((None, tokens))
}

/// A bare number followed by a suffix hedge (`or so`, `or more`, `-odd`), or by nothing.
fn suffix_hedge(n: f64, rest: Vec<&str>) -> Read<'_> {
    match after_suffix(&rest) {
        (Some(hedge), tail) => (hedge.reading(n), tail.to_vec()),
        (None, _) => (Reading::Exact(n), rest),
    }
}

/// A number, a range or two alternatives, and the words after it.
fn read_body<'a>(tokens: &[&'a str]) -> Result<(Body, Vec<&'a str>), Problem> {
    if let Some((&"between", rest)) = tokens.split_first() {
        return read_range(rest, "and");
    }
    let tokens = match tokens.split_first() {
        Some((&"from", rest)) => rest,
        _ => tokens,
    };
    for separator in ["to", "through", "till", "until"] {
        if tokens.contains(&separator) {
            return read_range(tokens, separator);
        }
    }
    if let Some((n, rest)) = number_with_rest(tokens) {
        return Ok((Body::One(n), rest));
    }
    if tokens.contains(&"or") {
        return read_range(tokens, "or");
    }
    read_range(&split_dashes(tokens), "-")
}

/// `lo SEP hi [words]`: the first split at a `separator` token where both sides read; two
/// alternatives when the separator is `or` (in either order).
fn read_range<'a>(tokens: &[&'a str], separator: &str) -> Result<(Body, Vec<&'a str>), Problem> {
    let splits = tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| **t == separator)
        .map(|(i, _)| i);
    for i in splits {
        let (Some(left), Some(right)) = (tokens.get(..i), tokens.get(i + 1..)) else {
            continue;
        };
        let Some(lo) = whole_number(left) else {
            continue;
        };
        let Some((hi, rest)) = number_with_rest(right) else {
            continue;
        };
        let number_words = right.len().saturating_sub(rest.len());
        let high_words = right.get(..number_words).unwrap_or_default();
        let lo = shared_scale(left, high_words)
            .or_else(|| shared_multiplier(left, high_words, lo, hi))
            .map_or(lo, |scale| lo * scale);
        if separator == "or" {
            return Ok((Body::Either(lo.min(hi), lo.max(hi)), rest));
        }
        if lo > hi {
            return Err(Problem::Reversed(lo, hi));
        }
        return Ok((Body::Span(lo, hi), rest));
    }
    Err(Problem::Unreadable)
}

/// The scale a range's high end ends with, when its low end has none and is smaller than
/// it: `two to three million` is 2,000,000 to 3,000,000, `1.5-2bn` 1.5 to 2 billion.
fn shared_scale(low: &[&str], high: &[&str]) -> Option<f64> {
    let scale_of = |token: &str| -> Option<f64> {
        let letters = token.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
        match letters {
            "million" | "m" | "mn" | "mln" => Some(1e6),
            "billion" | "bn" => Some(1e9),
            "trillion" | "tn" | "trn" => Some(1e12),
            _ => None,
        }
    };
    let scale = scale_of(high.last()?)?;
    let low_has_scale = low
        .iter()
        .any(|t| scale_of(t).is_some() || matches!(*t, "hundred" | "thousand" | "k"));
    let low_value = whole_number(low)?;
    (!low_has_scale && low_value < 1000.0).then_some(scale)
}

/// The multiplier a range's high end ends with, when its low end is a bare number no larger
/// than the high end's count of it: `three to four dozen` is 36 to 48, `five or six hundred`
/// 500 or 600, `two to three hundred thousand` 200,000 to 300,000; `between 50 and a
/// hundred` keeps 50.
fn shared_multiplier(low: &[&str], high: &[&str], lo: f64, hi: f64) -> Option<f64> {
    let multiplier = |token: &str| match token {
        "dozen" => Some(12.0),
        "score" => Some(20.0),
        "hundred" => Some(100.0),
        "thousand" => Some(1000.0),
        _ => None,
    };
    let [single] = low else {
        return None;
    };
    if !single.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') || multiplier(single).is_some() {
        return None;
    }
    let scale: f64 = high.iter().rev().map_while(|t| multiplier(t)).product();
    let count = hi / scale;
    (scale > 1.0 && lo >= 1.0 && lo <= count).then_some(scale)
}

/// Tokens with dashes made separate tokens (`50-70` is `50`, `-`, `70`); a minus sign at
/// the very start stays with its number (`-5-3` is `-5`, `-`, `3`).
fn split_dashes<'a>(tokens: &[&'a str]) -> Vec<&'a str> {
    let mut out = Vec::new();
    for (index, token) in tokens.iter().enumerate() {
        let start = usize::from(index == 0 && token.starts_with('-'));
        let body = token.get(start..).unwrap_or_default();
        for (i, part) in body.split(['-', '~']).enumerate() {
            if i > 0 {
                out.push("-");
            }
            let part = match i {
                0 => token.get(..start + part.len()).unwrap_or(part),
                _ => part,
            };
            if !part.is_empty() {
                out.push(part);
            }
        }
    }
    out
}

/// The tokens read as one number.
fn whole_number(tokens: &[&str]) -> Option<f64> {
    match tokens {
        [] => None,
        [one] => parse_number(one),
        _ if tokens.len() > MAX_NUMBER_WORDS => None,
        _ => parse_number(&tokens.join(" ")),
    }
}

/// The most words a written number may take (`one hundred and twenty-one thousand ...`).
const MAX_NUMBER_WORDS: usize = 16;

/// The longest number at the start of `tokens`, when every token after it is a word.
fn number_with_rest<'a>(tokens: &[&'a str]) -> Option<(f64, Vec<&'a str>)> {
    let longest = tokens.len().min(MAX_NUMBER_WORDS);
    (1..=longest).rev().find_map(|n| {
        let (head, rest) = tokens.split_at_checked(n)?;
        let value = whole_number(head)?;
        plain_words_after(rest).then(|| (value, rest.to_vec()))
    })
}

/// A quantity with nothing after it: words the grammar does not know are refused, with the
/// quantity before them as the suggestion.
pub(super) fn read_alone(text: &str) -> Result<Reading, Problem> {
    let tokens = words(text);
    let (reading, rest) = read_quantity(&tokens)?;
    if rest.is_empty() {
        return Ok(reading);
    }
    let kept = tokens.len().saturating_sub(rest.len());
    let before = tokens.get(..kept).unwrap_or_default();
    Err(Problem::Unknown {
        word: rest.first().map(|w| (*w).to_owned()).unwrap_or_default(),
        before: before.strip_suffix(&["of"][..]).unwrap_or(before).join(" "),
    })
}

#[cfg(test)]
mod tests {
    use super::{Problem, Reading, read_quantity};
    use crate::value::lexer::words;

    fn read(text: &str) -> Result<(Reading, Vec<String>), Problem> {
        read_quantity(&words(text)).map(|(r, rest)| (r, rest.iter().map(|s| s.to_string()).collect()))
    }

    fn reading(text: &str) -> Reading {
        match read(text) {
            Ok((r, _)) => r,
            Err(p) => panic!("{text}: {p:?}"),
        }
    }

    fn vague(phrase: &str, lo: f64, hi: f64) -> Reading {
        Reading::Vague {
            phrase: phrase.into(),
            lo,
            hi,
        }
    }

    #[test]
    fn bare_and_hedged() {
        assert_eq!(reading("70"), Reading::Exact(70.0));
        assert_eq!(reading("about fifty"), Reading::Approx(50.0));
        assert_eq!(reading("an estimated 5,000"), Reading::Approx(5000.0));
        assert_eq!(reading("approx. 30"), Reading::Approx(30.0));
        assert_eq!(reading("no more than 9"), Reading::AtMost(9.0));
        assert_eq!(reading("no fewer than 9"), Reading::AtLeast(9.0));
        assert_eq!(reading("upwards of 9"), Reading::MoreThan(9.0));
        assert_eq!(reading("more than a hundred"), Reading::MoreThan(100.0));
        assert_eq!(reading("about a dozen"), Reading::Approx(12.0));
    }

    #[test]
    fn suffix_hedges() {
        assert_eq!(reading("50 or so"), Reading::Approx(50.0));
        assert_eq!(reading("70 or more"), Reading::AtLeast(70.0));
        assert_eq!(reading("10 or fewer"), Reading::AtMost(10.0));
    }

    #[test]
    fn ranges() {
        assert_eq!(reading("50-70"), Reading::Range(50.0, 70.0));
        assert_eq!(reading("50 - 70"), Reading::Range(50.0, 70.0));
        assert_eq!(reading("from 50 to 70"), Reading::Range(50.0, 70.0));
        assert_eq!(reading("twenty-thirty"), Reading::Range(20.0, 30.0));
        assert_eq!(reading("twenty-one-thirty"), Reading::Range(21.0, 30.0));
        assert_eq!(
            reading("between one hundred and fifty and two hundred"),
            Reading::Range(150.0, 200.0)
        );
        assert_eq!(reading("about 50-70"), Reading::Range(50.0, 70.0));
        assert_eq!(reading("-5-3"), Reading::Range(-5.0, 3.0));
        assert_eq!(reading("50 -70"), Reading::Range(50.0, 70.0));
        assert_eq!(read("70-50"), Err(Problem::Reversed(70.0, 50.0)));
        assert_eq!(read("more than 50-70"), Err(Problem::Unreadable));
    }

    #[test]
    fn words_after_the_number() {
        let (r, rest) = read("about fifty people").unwrap_or((Reading::Exact(0.0), vec![]));
        assert_eq!(r, Reading::Approx(50.0));
        assert_eq!(rest, ["people"]);
        let (_, rest) = read("dozens of fighters").unwrap_or((Reading::Exact(0.0), vec![]));
        assert_eq!(rest, ["fighters"]);
        assert_eq!(read("50 60"), Err(Problem::Unreadable));
        assert_eq!(read("fifty fifty"), Err(Problem::Unreadable));
        assert_eq!(read("several hundred thousand thousand"), Err(Problem::Unreadable));
        assert_eq!(read("70 fighters or more"), Err(Problem::Unreadable));
        assert_eq!(read("70 at most"), Err(Problem::Unreadable));
        let (r, rest) = read("70 (estimated) fighters").unwrap_or((Reading::Exact(0.0), vec![]));
        assert_eq!((r, rest.len()), (Reading::Exact(70.0), 2));
        let (r, rest) = read("50 or so fighters").unwrap_or((Reading::Exact(0.0), vec![]));
        assert_eq!((r, rest), (Reading::Approx(50.0), vec!["fighters".to_string()]));
    }

    #[test]
    fn vague_phrases() {
        assert_eq!(reading("a dozen"), Reading::Approx(12.0));
        assert_eq!(reading("in the dozens"), vague("dozens", 24.0, 99.0));
        assert_eq!(reading("a few dozen"), vague("a few dozen", 24.0, 60.0));
        assert_eq!(reading("a few"), vague("a few", 2.0, 5.0));
        assert_eq!(reading("tens of thousands"), vague("tens of thousands", 2e4, 99_999.0));
        assert_eq!(reading("just under fifty"), Reading::Below(50.0));
        assert_eq!(reading("just over 50"), Reading::Above(50.0));
        assert_eq!(reading("half a dozen"), Reading::Approx(6.0));
        assert_eq!(reading("a dozen or so"), Reading::Approx(12.0));
        assert_eq!(reading("a couple of dozen"), Reading::Approx(24.0));
        assert_eq!(reading("scores"), vague("scores", 40.0, 199.0));
    }

    #[test]
    fn not_quantities() {
        for text in ["", "about", "fighters", "more than", "between 5", "a", "-", "to"] {
            assert_eq!(read(text), Err(Problem::Unreadable), "{text}");
        }
    }
}
