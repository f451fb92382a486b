//! Percentages: the quantity grammar with `%`, `percent`, `per cent`, `pc` or `pct` after
//! the numbers, or a fraction or ratio in words (`two-thirds`, `half`, `a quarter`,
//! `four in five`, `nine out of ten`, `3/4`, `a majority`, `a minority`) read as percent.

use super::Reading;
use super::hedge::{Problem, read_alone};
use super::lexer::words;
use super::number::{parse_number, word_fraction};

/// Signs of percent, dropped before the number is read.
const SIGNS: &[&str] = &[
    "%",
    "percent",
    "percents",
    "percentage",
    "percentages",
    "pct",
    "pc",
    "per",
    "cent",
];

/// Majorities by size: how far above half they are (`the vast majority` is 75 to 100 percent).
const MAJORITIES: &[(&str, &str)] = &[
    ("vast", "75-100"),
    ("overwhelming", "75-100"),
    ("huge", "75-100"),
    ("large", "more than 50"),
    ("big", "more than 50"),
    ("clear", "more than 50"),
    ("comfortable", "more than 50"),
    ("solid", "more than 50"),
    ("slim", "more than 50"),
    ("narrow", "more than 50"),
    ("small", "more than 50"),
    ("bare", "more than 50"),
    ("simple", "more than 50"),
];

/// Reads a percentage; a fraction or ratio is read as percent when no percent sign is written.
pub(super) fn read_percentage(text: &str) -> Result<Reading, Problem> {
    let spaced = text.replace('%', " % ").replace("per cent", "percent");
    let all: Vec<&str> = words(&spaced).into_iter().flat_map(split_sign).collect();
    let mut tokens: Vec<&str> = all.iter().copied().filter(|t| !SIGNS.contains(t)).collect();
    if tokens.len() != all.len() {
        // `percent of 10`, `per cent of twenty-two`: the sign before its number.
        if all.first().is_some_and(|t| SIGNS.contains(t)) && tokens.first() == Some(&"of") {
            tokens.remove(0);
        }
        return read_alone(&tokens.join(" "));
    }
    let tokens = match tokens.split_last() {
        // `a third of`, `nearly half of`: the share of something not named.
        Some((&"of", rest)) if !rest.is_empty() => rest,
        _ => tokens.as_slice(),
    };
    read_alone(&as_percent(tokens).join(" "))
}

/// A token with a percent sign joined to its number split in two (`80pc` is `80`, `pc`).
fn split_sign(token: &str) -> Vec<&str> {
    for sign in ["percent", "pct", "pc"] {
        if let Some(number) = token.strip_suffix(sign)
            && number.ends_with(|c: char| c.is_ascii_digit())
        {
            return vec![number, sign];
        }
    }
    vec![token]
}

/// The tokens with each fraction or ratio replaced by its percent (`two-thirds` is
/// `66.6667`, `four in five` is `80`, `a majority` is `more than 50`, `a minority` less).
fn as_percent(tokens: &[&str]) -> Vec<String> {
    let mut out = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while let Some(rest) = tokens.get(i..).filter(|rest| !rest.is_empty()) {
        match ratio_at(rest) {
            Some((replacement, used)) => {
                out.extend(replacement);
                i += used;
            }
            None => {
                out.extend(rest.first().map(|t| (*t).to_owned()));
                i += 1;
            }
        }
    }
    out
}

/// The longest fraction or ratio at the start of `tokens`, as words, and how many tokens it
/// took.
fn ratio_at(tokens: &[&str]) -> Option<(Vec<String>, usize)> {
    if let Some(rest) = tokens
        .strip_prefix(&["a"][..])
        .or_else(|| tokens.strip_prefix(&["the"][..]))
    {
        if rest.first() == Some(&"majority") {
            return Some((vec!["more".into(), "than".into(), "50".into()], 2));
        }
        if let [size, "majority", ..] = rest
            && let Some(reading) = MAJORITIES.iter().find(|(word, _)| word == size).map(|(_, r)| *r)
        {
            return Some((reading.split(' ').map(str::to_owned).collect(), 3));
        }
    }
    if tokens.starts_with(&["a", "minority"]) {
        return Some((vec!["less".into(), "than".into(), "50".into()], 2));
    }
    (1..=tokens.len().min(5)).rev().find_map(|n| {
        let span = tokens.get(..n)?;
        let value = ratio(span)?;
        Some((vec![percent_text(value)], n))
    })
}

/// The value of a fraction or ratio: `two thirds`, `two-thirds`, `half`, `a quarter`,
/// `4 in 5`, `one in every three`, `nine out of ten`, `3/4`.
fn ratio(span: &[&str]) -> Option<f64> {
    let parts: Vec<&str> = span
        .iter()
        .flat_map(|t| t.split('-'))
        .filter(|t| !t.is_empty())
        .collect();
    match parts.as_slice() {
        ["half"] => return Some(0.5),
        [single] if single.contains('/') => return parse_number(single),
        _ => {}
    }
    if let Some(value) = word_fraction(&parts) {
        return Some(value);
    }
    let at = span.iter().position(|t| matches!(*t, "in" | "out"))?;
    let (top, after) = (span.get(..at)?, span.get(at..)?);
    let bottom = after
        .strip_prefix(&["in", "every"][..])
        .or_else(|| after.strip_prefix(&["out", "of"][..]))
        .or_else(|| after.strip_prefix(&["in"][..]))?;
    let top = parse_number(&top.join(" "))?;
    let bottom = parse_number(&bottom.join(" "))?;
    (bottom > 0.0 && top <= bottom).then(|| top / bottom)
}

/// A fraction as percent, to four decimals (`66.6667`).
fn percent_text(fraction: f64) -> String {
    let percent = (fraction * 100.0 * 10_000.0).round() / 10_000.0;
    format!("{percent}")
}

#[cfg(test)]
mod tests {
    use super::read_percentage;
    use crate::value::Reading;

    fn pct(text: &str) -> Reading {
        match read_percentage(text) {
            Ok(reading) => reading,
            Err(e) => panic!("{text}: {e:?}"),
        }
    }

    #[test]
    fn fractions_and_ratios_in_words() {
        assert_eq!(pct("two-thirds"), Reading::Exact(66.6667));
        assert_eq!(pct("two thirds"), Reading::Exact(66.6667));
        assert_eq!(pct("half"), Reading::Exact(50.0));
        assert_eq!(pct("more than half"), Reading::MoreThan(50.0));
        assert_eq!(pct("nearly a third"), Reading::Below(33.3333));
        assert_eq!(pct("four in five"), Reading::Exact(80.0));
        assert_eq!(pct("one in every three"), Reading::Exact(33.3333));
        assert_eq!(pct("nine out of ten"), Reading::Exact(90.0));
        assert_eq!(pct("3/4"), Reading::Exact(75.0));
        assert_eq!(pct("three-quarters"), Reading::Exact(75.0));
        assert_eq!(pct("a majority"), Reading::MoreThan(50.0));
    }

    #[test]
    fn signs() {
        for text in ["80%", "80 %", "80 percent", "80 per cent", "80pc", "80 pc", "80 pct"] {
            assert_eq!(pct(text), Reading::Exact(80.0), "{text}");
        }
    }
}
