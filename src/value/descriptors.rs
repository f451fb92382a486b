//! Words news copy puts around a figure that say nothing about its size, made plain before
//! the figure is read: a descriptor between the article and the number (`a record 12,000`,
//! `a further 300`, `a season-high 41,000`, `a whopping 2,400`), a leading `either`
//! (`either 14 or 15`), `another` before an increment (`another 120`), words after a count
//! that only say people are counted (`some 40 people`, `120 in all`), an earthquake's
//! magnitude (`a 7.8 magnitude earthquake`, a number), `all` or `the` before a count of a
//! whole group (`all 239`, `the 12`), and a currency sign or name around
//! an amount (`£350m`, `$1.5 billion`, `1.2 million euros`) or a unit of measure after a
//! figure (`277 metres`, `51.8C`; see [`super::units`]), which only a number keeps.

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

/// Whether a word is a currency name or code written after an amount (`euros`, `usd`).
fn is_currency_name(word: &str) -> bool {
    matches!(
        word,
        "euros"
            | "euro"
            | "dollars"
            | "dollar"
            | "pounds"
            | "pound"
            | "sterling"
            | "yen"
            | "yuan"
            | "rupees"
            | "francs"
            | "usd"
            | "eur"
            | "gbp"
            | "jpy"
            | "cny"
            | "chf"
            | "inr"
    )
}

/// Words after a count that say only that people are counted, or that the figure is the
/// whole (`some 40 people`, `120 in all`): a noun that narrows who is counted (`40
/// children`) is not one of them, and stays a word the grammar refuses.
const COUNTED_PEOPLE: &[&str] = &[
    " people",
    " persons",
    " person",
    " individuals",
    " of them",
    " in all",
    " in total",
    " altogether",
    " all told",
];

/// Words for an earthquake after its magnitude (`a 7.8 magnitude earthquake`).
const QUAKES: &[&str] = &[
    "earthquake",
    "earthquakes",
    "quake",
    "quakes",
    "tremor",
    "aftershock",
    "temblor",
];

/// The text with the words around its figure made plain, for a value of type `ty`; most
/// values have none, and are returned as they are.
pub(super) fn plain_figure(text: &str, ty: ValueType) -> Cow<'_, str> {
    let text = match ty {
        ValueType::Count => {
            let text = without_counted_people(text);
            match the_whole_group(&text) {
                Some(figure) => Cow::Owned(figure),
                None => text,
            }
        }
        ValueType::Number => {
            let text = without_magnitude(text).map_or(Cow::Borrowed(text), Cow::Owned);
            super::units::without_unit(&text).map_or(text, Cow::Owned)
        }
        _ => Cow::Borrowed(text),
    };
    let changed = match plain_amount(&text, ty) {
        Cow::Borrowed(same) if same.len() == text.len() => None,
        plain => Some(plain.into_owned()),
    };
    changed.map_or(text, Cow::Owned)
}

/// [`plain_figure`] after the words about what is counted and the magnitude.
fn plain_amount(text: &str, ty: ValueType) -> Cow<'_, str> {
    let money = if ty == ValueType::Number {
        without_currency(text)
    } else {
        None
    };
    let Some(money) = money else {
        let text = without_either(text).unwrap_or(text);
        let text = without_another(text).unwrap_or(text);
        return without_descriptor(text).map_or(Cow::Borrowed(text), Cow::Owned);
    };
    let text = without_either(&money).unwrap_or(&money);
    Cow::Owned(without_descriptor(text).unwrap_or_else(|| text.to_owned()))
}

/// `some 40 people` as `some 40`, `120 in all` as `120`; a text without such words as it is.
fn without_counted_people<'a>(text: &'a str) -> Cow<'a, str> {
    if !text.ends_with(['e', 's', 'n', 'm', 'l', 'r', 'd']) {
        // No word of the list ends otherwise (most values end with a digit).
        return Cow::Borrowed(text);
    }
    let strip = |text: &'a str| COUNTED_PEOPLE.iter().find_map(|words| text.strip_suffix(words));
    // `at least 12 people in all`: who is counted, then that it is the whole.
    let rest = strip(text).map(|rest| strip(rest).unwrap_or(rest));
    rest.filter(|rest| !rest.is_empty())
        .map_or(Cow::Borrowed(text), Cow::Borrowed)
}

/// `all 239`, `the 12` as `239` and `12`, and `both` as `2`: a count of the whole of a group
/// the text has in mind is that count exactly; `None` for any other text.
fn the_whole_group(text: &str) -> Option<String> {
    if text == "both" {
        return Some("2".to_owned());
    }
    let figure = text.strip_prefix("all ").or_else(|| text.strip_prefix("the "))?;
    starts_with_number(figure).then(|| figure.to_owned())
}

/// `another 120` as `120`: an increment is read as its own figure, as `a further 120` is.
fn without_another(text: &str) -> Option<&str> {
    let figure = text.strip_prefix("another ")?;
    starts_with_number(figure).then_some(figure)
}

/// An earthquake's magnitude as its number: `a 7.8 magnitude earthquake`, `magnitude 6.8`,
/// `a magnitude-7.1 quake`, `a magnitude of 5.9`, `about magnitude 7`; `None` when the text
/// names no magnitude with a figure.
pub(super) fn without_magnitude(text: &str) -> Option<String> {
    // Most values have no `m` at all: one byte scan spares them the search for the word.
    if !text.contains('m') || !text.contains("magnitude") {
        return None;
    }
    let spaced = text
        .replace("magnitude-", "magnitude ")
        .replace("-magnitude", " magnitude");
    let mut words: Vec<&str> = spaced.split(' ').collect();
    let at = words.iter().position(|word| *word == "magnitude")?;
    words.remove(at);
    if words.get(at) == Some(&"of") {
        words.remove(at);
    }
    if words.last().is_some_and(|last| QUAKES.contains(last)) {
        words.pop();
    }
    if matches!(words.first(), Some(&("a" | "an"))) {
        words.remove(0);
    }
    let figure = words.join(" ");
    figure
        .split(' ')
        .any(|word| parse_number(word).is_some())
        .then_some(figure)
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
    // Found by its byte: the search for a pattern costs more than the short words it splits.
    let space = rest.bytes().position(|b| b == b' ')?;
    let (word, figure) = (rest.get(..space)?, rest.get(space + 1..)?);
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
        if i + 1 == tokens.len() && i > 0 && is_currency_name(token) {
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
    // The other signs are not ASCII: a text of ASCII bytes needs one look for `$` only.
    let bytes = text.as_bytes();
    let sign = if text.is_ascii() {
        bytes.contains(&b'$')
    } else {
        text.contains(['£', '$', '€', '¥'])
    };
    let last_word = bytes.iter().rposition(|&b| b == b' ').and_then(|at| text.get(at + 1..));
    sign || last_word.is_some_and(is_currency_name)
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
