//! The hedged-number grammar shared by counts, numbers, percentages, ages and durations:
//! vague phrases (`dozens`), hedges (`about`, `more than`), ranges (`50-70`,
//! `between 50 and 70`) and bare numbers, each followed by any words left for the caller
//! (a unit, `of fighters`).

use super::Reading;
use super::number::{is_number_word, parse_number};

/// Why a hedged number could not be read.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Problem {
    /// The text is not in the grammar.
    Unreadable,
    /// A range whose low end is above its high end.
    Reversed(f64, f64),
}

/// A reading and the words written after it.
pub(super) type Read<'a> = (Reading, Vec<&'a str>);

/// A hedge written before a number.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Hedge {
    /// `about N`.
    Approx,
    /// `at least N`.
    AtLeast,
    /// `more than N`.
    MoreThan,
    /// `up to N`.
    AtMost,
    /// `fewer than N`.
    LessThan,
}

impl Hedge {
    /// The reading of `n` under this hedge.
    fn reading(self, n: f64) -> Reading {
        match self {
            Hedge::Approx => Reading::Approx(n),
            Hedge::AtLeast => Reading::AtLeast(n),
            Hedge::MoreThan => Reading::MoreThan(n),
            Hedge::AtMost => Reading::AtMost(n),
            Hedge::LessThan => Reading::LessThan(n),
        }
    }
}

/// Hedges written before a number, longer phrases first.
const HEDGES: &[(&[&str], Hedge)] = &[
    (&["no", "fewer", "than"], Hedge::AtLeast),
    (&["no", "less", "than"], Hedge::AtLeast),
    (&["no", "more", "than"], Hedge::AtMost),
    (&["an", "estimated"], Hedge::Approx),
    (&["close", "to"], Hedge::Approx),
    (&["at", "least"], Hedge::AtLeast),
    (&["more", "than"], Hedge::MoreThan),
    (&["upwards", "of"], Hedge::MoreThan),
    (&["up", "to"], Hedge::AtMost),
    (&["at", "most"], Hedge::AtMost),
    (&["fewer", "than"], Hedge::LessThan),
    (&["less", "than"], Hedge::LessThan),
    (&["about"], Hedge::Approx),
    (&["around"], Hedge::Approx),
    (&["roughly"], Hedge::Approx),
    (&["some"], Hedge::Approx),
    (&["approximately"], Hedge::Approx),
    (&["approx."], Hedge::Approx),
    (&["approx"], Hedge::Approx),
    (&["nearly"], Hedge::Approx),
    (&["almost"], Hedge::Approx),
    (&["estimated"], Hedge::Approx),
    (&["over"], Hedge::MoreThan),
    (&["above"], Hedge::MoreThan),
    (&["under"], Hedge::LessThan),
    (&["below"], Hedge::LessThan),
];

/// Hedges written after a number (`50 or so`, `70 or more`).
const SUFFIX_HEDGES: &[(&[&str], Hedge)] = &[
    (&["or", "so"], Hedge::Approx),
    (&["or", "more"], Hedge::AtLeast),
    (&["or", "fewer"], Hedge::AtMost),
    (&["or", "less"], Hedge::AtMost),
];

/// A vague quantity phrase and its default reading.
struct Phrase {
    /// The words of the phrase.
    words: &'static [&'static str],
    /// The phrase's canonical name (`in the dozens` is `dozens`).
    name: &'static str,
    /// Low end of the default reading.
    lo: f64,
    /// High end of the default reading.
    hi: f64,
}

/// Vague phrases, longer (more specific) phrases first.
const PHRASES: &[Phrase] = &[
    phrase(
        &["hundreds", "of", "thousands"],
        "hundreds of thousands",
        200_000.0,
        999_999.0,
    ),
    phrase(&["tens", "of", "thousands"], "tens of thousands", 20_000.0, 99_999.0),
    phrase(&["a", "few", "dozen"], "a few dozen", 24.0, 60.0),
    phrase(&["a", "few", "hundred"], "a few hundred", 200.0, 500.0),
    phrase(&["a", "few", "thousand"], "a few thousand", 2000.0, 5000.0),
    phrase(&["several", "dozen"], "several dozen", 36.0, 99.0),
    phrase(&["several", "hundred"], "several hundred", 300.0, 999.0),
    phrase(&["several", "thousand"], "several thousand", 3000.0, 9999.0),
    phrase(&["a", "large", "hundred"], "a large hundred", 100.0, 150.0),
    phrase(&["in", "the", "dozens"], "dozens", 24.0, 99.0),
    phrase(&["dozens"], "dozens", 24.0, 99.0),
    phrase(&["hundreds"], "hundreds", 200.0, 999.0),
    phrase(&["thousands"], "thousands", 2000.0, 9999.0),
    phrase(&["a", "handful"], "a handful", 3.0, 7.0),
    phrase(&["several"], "several", 3.0, 9.0),
    phrase(&["a", "few"], "a few", 2.0, 5.0),
];

/// A [`Phrase`] table entry.
const fn phrase(words: &'static [&'static str], name: &'static str, lo: f64, hi: f64) -> Phrase {
    Phrase { words, name, lo, hi }
}

/// What a hedge applies to: one number or a range.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Body {
    /// A single number.
    One(f64),
    /// A range, low end first.
    Span(f64, f64),
}

/// Reads a hedged number from the start of `tokens`; the words after it are returned
/// (never digits or number words).
pub(super) fn read_quantity<'a>(tokens: &[&'a str]) -> Result<Read<'a>, Problem> {
    if let Some(found) = read_vague(tokens)? {
        return Ok(found);
    }
    let (hedge, body) = split_hedge(tokens);
    let (value, rest) = read_body(body)?;
    match (hedge, value) {
        (None, Body::One(n)) => Ok(suffix_hedge(n, rest)),
        (Some(hedge), Body::One(n)) => Ok((hedge.reading(n), rest)),
        (None | Some(Hedge::Approx), Body::Span(lo, hi)) => Ok((Reading::Range(lo, hi), rest)),
        (Some(_), Body::Span(..)) => Err(Problem::Unreadable),
    }
}

/// Every number in a reading.
pub(super) fn reading_values(reading: &Reading) -> Vec<f64> {
    match reading {
        Reading::Exact(n)
        | Reading::Approx(n)
        | Reading::AtLeast(n)
        | Reading::MoreThan(n)
        | Reading::AtMost(n)
        | Reading::LessThan(n) => vec![*n],
        Reading::Range(lo, hi) | Reading::Vague { lo, hi, .. } => vec![*lo, *hi],
    }
}

/// Hedge words that must not be silently ignored after a number (`70 fighters or more`).
const STRAY_HEDGE_WORDS: &[&str] = &[
    "about",
    "above",
    "almost",
    "approximately",
    "around",
    "below",
    "between",
    "fewer",
    "least",
    "less",
    "more",
    "most",
    "nearly",
    "or",
    "over",
    "plus",
    "roughly",
    "than",
    "under",
];

/// Whether a word may follow a number as a unit or description: it has a letter, no digit,
/// and is neither a number word nor a hedge word.
fn is_word(token: &str) -> bool {
    token.chars().any(char::is_alphabetic)
        && !token.chars().any(|c| c.is_ascii_digit())
        && !is_number_word(token)
        && !STRAY_HEDGE_WORDS.contains(&token)
        && parse_number(token).is_none()
}

/// Whether the words after a number are all plain words, once a suffix hedge (`or so`) at
/// their start is set aside.
fn plain_words_after(rest: &[&str]) -> bool {
    let tail = SUFFIX_HEDGES
        .iter()
        .find_map(|(words, _)| rest.strip_prefix(*words))
        .unwrap_or(rest);
    tail.iter().all(|t| is_word(t))
}

/// The words after a vague phrase, without a leading `of`, if they are all words.
fn after_phrase<'a>(rest: &[&'a str]) -> Option<Vec<&'a str>> {
    let rest = rest.strip_prefix(&["of"][..]).unwrap_or(rest);
    rest.iter().all(|t| is_word(t)).then(|| rest.to_vec())
}

/// `a dozen`, `just under N`, `just over N` and the [`PHRASES`].
fn read_vague<'a>(tokens: &[&'a str]) -> Result<Option<Read<'a>>, Problem> {
    if let Some(rest) = tokens.strip_prefix(&["a", "dozen"][..]) {
        let rest = after_phrase(rest).ok_or(Problem::Unreadable)?;
        return Ok(Some((Reading::Approx(12.0), rest)));
    }
    if let Some(rest) = tokens.strip_prefix(&["just", "under"][..]) {
        return just(rest, false).map(Some);
    }
    if let Some(rest) = tokens.strip_prefix(&["just", "over"][..]) {
        return just(rest, true).map(Some);
    }
    let Some((found, rest)) = PHRASES
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

/// `just under N` (0.8 N rounded down to N - 1) or `just over N` (N + 1 to 1.2 N rounded up).
fn just<'a>(tokens: &[&'a str], over: bool) -> Result<Read<'a>, Problem> {
    let (n, rest) = number_with_rest(tokens).ok_or(Problem::Unreadable)?;
    let (lo, hi) = if over {
        (n + 1.0, (n * 1.2).ceil())
    } else {
        ((n * 0.8).floor(), n - 1.0)
    };
    if lo > hi {
        return Err(Problem::Unreadable);
    }
    Ok((Reading::Range(lo, hi), rest))
}

/// The hedge at the start of `tokens`, if any, and the tokens after it.
fn split_hedge<'a, 'b>(tokens: &'b [&'a str]) -> (Option<Hedge>, &'b [&'a str]) {
    HEDGES
        .iter()
        .find_map(|(words, hedge)| tokens.strip_prefix(*words).map(|rest| (Some(*hedge), rest)))
        .unwrap_or((None, tokens))
}

/// A bare number followed by `or so`, `or more`, `or fewer`, `or less`, or by nothing.
fn suffix_hedge(n: f64, rest: Vec<&str>) -> Read<'_> {
    SUFFIX_HEDGES
        .iter()
        .find_map(|(words, hedge)| rest.strip_prefix(*words).map(|tail| (hedge.reading(n), tail.to_vec())))
        .unwrap_or((Reading::Exact(n), rest))
}

/// A number or a range, and the words after it.
fn read_body<'a>(tokens: &[&'a str]) -> Result<(Body, Vec<&'a str>), Problem> {
    if let Some((&"between", rest)) = tokens.split_first() {
        return read_range(rest, "and");
    }
    let tokens = match tokens.split_first() {
        Some((&"from", rest)) => rest,
        _ => tokens,
    };
    if tokens.contains(&"to") {
        return read_range(tokens, "to");
    }
    if let Some((n, rest)) = number_with_rest(tokens) {
        return Ok((Body::One(n), rest));
    }
    read_range(&split_dashes(tokens), "-")
}

/// `lo SEP hi [words]`: the first split at a `separator` token where both sides read.
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
        if lo > hi {
            return Err(Problem::Reversed(lo, hi));
        }
        return Ok((Body::Span(lo, hi), rest));
    }
    Err(Problem::Unreadable)
}

/// Tokens with dashes made separate tokens (`50-70` is `50`, `-`, `70`); a minus sign at
/// the very start stays with its number (`-5-3` is `-5`, `-`, `3`).
fn split_dashes<'a>(tokens: &[&'a str]) -> Vec<&'a str> {
    let mut out = Vec::new();
    for (index, token) in tokens.iter().enumerate() {
        let start = usize::from(index == 0 && token.starts_with('-'));
        let body = token.get(start..).unwrap_or_default();
        for (i, part) in body.split('-').enumerate() {
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
    if tokens.is_empty() || tokens.len() > MAX_NUMBER_WORDS {
        return None;
    }
    parse_number(&tokens.join(" "))
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
        assert_eq!(read("several hundred thousand"), Err(Problem::Unreadable));
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
        assert_eq!(reading("just under fifty"), Reading::Range(40.0, 49.0));
        assert_eq!(reading("just over 50"), Reading::Range(51.0, 60.0));
        assert_eq!(read("just under 0"), Err(Problem::Unreadable));
    }

    #[test]
    fn not_quantities() {
        for text in ["", "about", "fighters", "more than", "between 5", "a", "-", "to"] {
            assert_eq!(read(text), Err(Problem::Unreadable), "{text}");
        }
    }
}
