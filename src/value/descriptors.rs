//! Words news copy puts around a figure that say nothing about its size, made plain before
//! the figure is read: a descriptor between the article and the number (`a record 12,000`,
//! `a further 300`, `a season-high 41,000`, `a whopping 2,400`), a leading `either`
//! (`either 14 or 15`), and a currency sign or name around an amount (`£350m`,
//! `$1.5 billion`, `1.2 million euros`), which only a number keeps.

use super::ValueType;
use super::number::{is_number_word, parse_number};
use std::borrow::Cow;

/// Descriptors that say which way the true figure lies (`a good 300` is at least 300);
/// any other one-word descriptor says nothing about it.
const DIRECTIONAL: &[(&str, &str)] = &[
    ("good", "at least"),
    ("solid", "at least"),
    ("full", "at least"),
    ("possible", "up to"),
    ("likely", "about"),
    ("projected", "about"),
    ("expected", "about"),
    ("reported", "about"),
    ("estimated", "about"),
];

/// Words that are never a descriptor between `a` and a number: the grammar's own phrases
/// (`a few hundred`, `a couple of dozen`, `a total of 9`, `a maximum of 8`).
const NOT_DESCRIPTORS: &[&str] = &[
    "few", "couple", "total", "maximum", "minimum", "little", "shade", "large", "small", "score", "half", "quarter",
    "third", "fifth", "tenth", "dozen", "handful", "lone", "single", "pair", "trio", "quartet", "majority", "minority",
];

/// Currency signs written before an amount.
const SIGNS: &[&str] = &["£", "$", "€", "¥", "us$", "a$", "c$", "hk$"];

/// Currency names and codes written after an amount.
const NAMES: &[&str] = &[
    "euros", "euro", "dollars", "dollar", "pounds", "pound", "sterling", "yen", "yuan", "rupees", "francs", "usd",
    "eur", "gbp", "jpy", "cny", "chf", "inr",
];

/// The text with the words around its figure made plain, for a value of type `ty`; most
/// values have none, and are returned as they are.
pub(super) fn plain_figure(text: &str, ty: ValueType) -> Cow<'_, str> {
    let money = if ty == ValueType::Number {
        without_currency(text)
    } else {
        None
    };
    let Some(money) = money else {
        let text = without_either(text).unwrap_or(text);
        return without_descriptor(text).map_or(Cow::Borrowed(text), Cow::Owned);
    };
    let text = without_either(&money).unwrap_or(&money);
    Cow::Owned(without_descriptor(text).unwrap_or_else(|| text.to_owned()))
}

/// `either 14 or 15` as `14 or 15`: `either` before two alternatives adds nothing.
fn without_either(text: &str) -> Option<&str> {
    let rest = text.strip_prefix("either ")?;
    rest.contains(" or ").then_some(rest)
}

/// `a record 12,000` as `12,000`, `a good 300` as `at least 300`: an article, one descriptor
/// (`record`, `further`, `season-high`) and a number.
fn without_descriptor(text: &str) -> Option<String> {
    let rest = text.strip_prefix("a ").or_else(|| text.strip_prefix("an "))?;
    let (word, figure) = rest.split_once(' ')?;
    if NOT_DESCRIPTORS.contains(&word) || !is_descriptor(word) || !starts_with_number(figure) {
        return None;
    }
    match DIRECTIONAL.iter().find(|(w, _)| *w == word) {
        Some((_, hedge)) => Some(format!("{hedge} {figure}")),
        None => Some(figure.to_owned()),
    }
}

/// Whether a word can be a descriptor: letters and hyphens only, and no number word.
fn is_descriptor(word: &str) -> bool {
    word.chars().all(|c| c.is_alphabetic() || c == '-')
        && word.chars().any(char::is_alphabetic)
        && !word.split('-').any(is_number_word)
}

/// Whether the text starts with a figure: digits or a number word.
fn starts_with_number(text: &str) -> bool {
    let first = text.split(' ').next().unwrap_or_default();
    first.starts_with(|c: char| c.is_ascii_digit()) || is_number_word(first) || parse_number(first).is_some()
}

/// An amount without its currency: a sign before the figure (`£350m`, `about $75m`,
/// `US$2bn`) or a name after it (`1.2 million euros`, `300m dollars`); `None` when there is
/// no currency.
fn without_currency(text: &str) -> Option<String> {
    if !has_currency(text) {
        return None;
    }
    let tokens: Vec<&str> = text.split(' ').collect();
    let mut changed = false;
    let mut out: Vec<&str> = Vec::with_capacity(tokens.len());
    for (i, token) in tokens.iter().enumerate() {
        if i + 1 == tokens.len() && i > 0 && NAMES.contains(token) {
            changed = true;
            continue;
        }
        match SIGNS.iter().find_map(|sign| token.strip_prefix(sign)) {
            Some(figure) if figure.starts_with(|c: char| c.is_ascii_digit()) => {
                changed = true;
                out.push(figure);
            }
            _ => out.push(token),
        }
    }
    changed.then(|| out.join(" "))
}

/// Whether the text names a currency: a sign anywhere, or a currency name at its end.
pub(super) fn has_currency(text: &str) -> bool {
    text.contains(['£', '$', '€', '¥'])
        || text
            .rsplit(' ')
            .next()
            .is_some_and(|last| last != text && NAMES.contains(&last))
}

#[cfg(test)]
mod tests {
    use super::plain_figure;
    use crate::value::ValueType;

    #[test]
    fn descriptors_between_the_article_and_the_figure_are_dropped() {
        let count = |text: &str| plain_figure(text, ValueType::Count).into_owned();
        assert_eq!(count("a record 12,000"), "12,000");
        assert_eq!(count("a further 300"), "300");
        assert_eq!(count("an additional forty"), "forty");
        assert_eq!(count("a season-high 41,000"), "41,000");
        assert_eq!(count("a good 300"), "at least 300");
        assert_eq!(count("either 14 or 15"), "14 or 15");
        // The grammar's own phrases are left alone.
        for kept in [
            "a few hundred",
            "a couple of dozen",
            "a total of 9",
            "a hundred",
            "a dozen",
            "either way",
        ] {
            assert_eq!(count(kept), kept);
        }
        assert_eq!(count("a record"), "a record");
        assert_eq!(count("a 12"), "a 12");
    }

    #[test]
    fn a_number_keeps_the_amount_of_a_sum_of_money() {
        let number = |text: &str| plain_figure(text, ValueType::Number).into_owned();
        assert_eq!(number("£350m"), "350m");
        assert_eq!(number("about $75m"), "about 75m");
        assert_eq!(number("us$2bn"), "2bn");
        assert_eq!(number("1.2 million euros"), "1.2 million");
        assert_eq!(number("$1.5 billion"), "1.5 billion");
        assert_eq!(number("euros"), "euros");
        assert_eq!(plain_figure("£350m", ValueType::Count), "£350m");
        assert!(super::has_currency("300 euros") && super::has_currency("£3"));
        assert!(!super::has_currency("euros") && !super::has_currency("300"));
    }
}
