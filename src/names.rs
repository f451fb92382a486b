//! Matching keys for names, so that spellings of one name compare equal, and "did you mean"
//! suggestions for near misses.
//!
//! A key folds what differs between spellings of the same name in news text: case,
//! diacritics and other non-ASCII letters (by transliteration), apostrophes (`Al-Shar’`),
//! hyphens and other punctuation, repeated whitespace and a leading "the". It never merges
//! two different names: a nom de guerre and a legal name are linked only by the registry.

use std::borrow::Cow;

/// The folded key of a name: `Al-Shar’` and `al shar'` both give `al shar`. Letters are
/// transliterated to ASCII and lower-cased, apostrophes dropped, anything else but letters
/// and digits separates words, and a leading `the` before other words is dropped.
pub fn matching_key(name: &str) -> String {
    let ascii = if name.is_ascii() {
        Cow::Borrowed(name)
    } else {
        Cow::Owned(deunicode::deunicode(name))
    };
    let mut key = String::with_capacity(ascii.len());
    let mut between_words = false;
    for c in ascii.chars() {
        match c {
            '\'' | '`' => {}
            c if c.is_ascii_alphanumeric() => {
                if between_words && !key.is_empty() {
                    key.push(' ');
                }
                between_words = false;
                key.push(c.to_ascii_lowercase());
            }
            _ => between_words = true,
        }
    }
    if key.starts_with("the ") {
        key.drain(..4);
    }
    key
}

/// The candidate closest to `wanted`, if it is close enough to be a likely typo.
pub fn suggest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wanted_key = matching_key(wanted);
    candidates
        .into_iter()
        .map(|candidate| {
            let score = strsim::jaro_winkler(&wanted_key, &matching_key(candidate));
            (score, candidate)
        })
        .filter(|(score, _)| *score >= 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate)
}

/// How close a near spelling must be, as a whole or word by word (Jaro-Winkler).
const NEAR: f64 = 0.85;

/// The candidates near `wanted`, closest first: those near as a whole (a typo: `Omar Diabi`),
/// else those with each word of `wanted` near a word of theirs (`Omsen` is near `Omar Omsen`).
/// A word of fewer than four letters alone is near nothing by words.
pub fn near<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let wanted_key = matching_key(wanted);
    let keyed: Vec<(String, &str)> = candidates
        .into_iter()
        .map(|candidate| (matching_key(candidate), candidate))
        .collect();
    let whole = closest(&keyed, |key| strsim::jaro_winkler(&wanted_key, key));
    if !whole.is_empty() || wanted_key.len() < 4 {
        return whole;
    }
    closest(&keyed, |key| word_closeness(&wanted_key, key))
}

/// The candidates whose key scores at least [`NEAR`], best first.
fn closest<'a>(keyed: &[(String, &'a str)], score: impl Fn(&str) -> f64) -> Vec<&'a str> {
    let mut scored: Vec<(f64, &str)> = keyed
        .iter()
        .map(|(key, candidate)| (score(key), *candidate))
        .filter(|(score, _)| *score >= NEAR)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    scored.into_iter().map(|(_, candidate)| candidate).collect()
}

/// How close the farthest word of `wanted` is to its nearest word of `key`.
fn word_closeness(wanted: &str, key: &str) -> f64 {
    let words: Vec<&str> = key.split(' ').collect();
    wanted
        .split(' ')
        .map(|word| {
            words
                .iter()
                .map(|other| strsim::jaro_winkler(word, other))
                .fold(0.0, f64::max)
        })
        .fold(1.0, f64::min)
}

/// Whether `text` is a valid id: lower-case ASCII letters, digits and single hyphens.
pub fn is_valid_id(text: &str) -> bool {
    !text.is_empty()
        && !text.starts_with('-')
        && !text.ends_with('-')
        && !text.contains("--")
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The key as first written, word by word: the oracle for the one-pass key.
    fn matching_key_by_words(name: &str) -> String {
        let ascii = deunicode::deunicode(name).to_lowercase();
        let spaced: String = ascii
            .chars()
            .filter(|&c| c != '\'' && c != '`')
            .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
            .collect();
        let words: Vec<&str> = spaced.split_whitespace().collect();
        let words = match words.split_first() {
            Some((&"the", rest)) if !rest.is_empty() => rest,
            _ => &words[..],
        };
        words.join(" ")
    }

    proptest! {
        #[test]
        fn the_key_is_made_in_one_pass_as_word_by_word(name in "[ a-zA-Z0-9'`’,.-]{0,12}|(the|The|THE)[ -]?[a-z’]{0,5}|\\PC{0,8}") {
            prop_assert_eq!(matching_key(&name), matching_key_by_words(&name));
        }
    }

    #[test]
    fn apostrophes_hyphens_and_case_fold_away() {
        assert_eq!(matching_key("Ahmad Al-Shar’"), "ahmad al shar");
        assert_eq!(matching_key("ahmad al-shar'"), "ahmad al shar");
        assert_eq!(matching_key("Hay’at Tahrir al-Sham"), "hayat tahrir al sham");
    }

    #[test]
    fn diacritics_and_leading_article_fold_away() {
        assert_eq!(matching_key("the Strangers’ Battalion"), "strangers battalion");
        assert_eq!(matching_key("Şahin  Ümit"), "sahin umit");
        assert_eq!(matching_key("The"), "the");
    }

    #[test]
    fn different_names_keep_different_keys() {
        assert_ne!(matching_key("Omar Omsen"), matching_key("Omar Diaby"));
        assert_ne!(matching_key("82nd Division"), matching_key("64th Division"));
    }

    #[test]
    fn suggestions_catch_typos_only() {
        let names = ["Omar Diaby", "Ghuraba", "Harem"];
        assert_eq!(suggest("Omar Diabi", names), Some("Omar Diaby"));
        assert_eq!(suggest("Ghurraba", names), Some("Ghuraba"));
        assert_eq!(suggest("Latakia", names), None);
    }

    #[test]
    fn near_spellings_match_as_a_whole_or_word_by_word() {
        let names = ["Omar Diaby", "Omar Omsen", "Oumar Diaby", "Ghuraba", "al-Nusra Front"];
        assert_eq!(near("Omsen", names), vec!["Omar Omsen"]);
        assert_eq!(near("Omar Diabi", names), vec!["Omar Diaby", "Oumar Diaby"]);
        assert_eq!(near("diaby", names), vec!["Omar Diaby", "Oumar Diaby"], "by words");
        assert_eq!(near("Ghurraba", names), vec!["Ghuraba"]);
        assert!(near("Latakia", names).is_empty());
        assert!(near("al", names).is_empty(), "a short word is near nothing by words");
    }

    #[test]
    fn ids_are_kebab_case() {
        assert!(is_valid_id("omar-diaby"));
        assert!(is_valid_id("82nd-division"));
        assert!(!is_valid_id("Omar Diaby"));
        assert!(!is_valid_id("omar--diaby"));
        assert!(!is_valid_id("-x"));
        assert!(!is_valid_id(""));
    }
}
