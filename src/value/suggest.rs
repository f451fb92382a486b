//! "Did you mean" for misspelt grammar words (`abuot 50` -> `about 50`).

use super::lexer::words;
use super::number::number_words;
use super::{DayRange, ParseContext, ValueType};
use std::cell::Cell;

/// Hedge and vague-quantity words shared by every numeric type.
const QUANTITY_WORDS: &[&str] = &[
    "about",
    "around",
    "roughly",
    "some",
    "approximately",
    "nearly",
    "almost",
    "estimated",
    "close",
    "least",
    "fewer",
    "less",
    "more",
    "than",
    "over",
    "upwards",
    "above",
    "most",
    "under",
    "below",
    "between",
    "from",
    "dozens",
    "hundreds",
    "thousands",
    "handful",
    "several",
    "large",
    "just",
    "nearly",
    "almost",
    "upwards",
    "scores",
    "millions",
    "couple",
    "exactly",
    "odd",
    "trillion",
    "dozens",
];

/// Words of ages besides the quantity words.
const AGE_WORDS: &[&str] = &[
    "aged",
    "year",
    "years",
    "old",
    "now",
    "early",
    "late",
    "teens",
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
    "their",
];

/// Words of percentages besides the quantity words.
const PERCENT_WORDS: &[&str] = &["percent", "cent"];

/// Words of durations besides the quantity words.
const DURATION_WORDS: &[&str] = &["day", "days", "week", "weeks", "month", "months", "years"];

/// Words of dates.
const DATE_WORDS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "this",
    "last",
    "week",
    "month",
    "year",
    "early",
    "earlier",
    "late",
    "between",
    "from",
    "until",
];

/// Words of booleans.
const BOOLEAN_WORDS: &[&str] = &["yes", "true", "false"];

/// The grammar words of a type.
fn vocabulary(ty: ValueType) -> Vec<&'static str> {
    let mut words: Vec<&'static str> = match ty {
        ValueType::Count | ValueType::Number => QUANTITY_WORDS.to_vec(),
        ValueType::Percentage => [QUANTITY_WORDS, PERCENT_WORDS].concat(),
        ValueType::Age => [QUANTITY_WORDS, AGE_WORDS].concat(),
        ValueType::Duration => [QUANTITY_WORDS, DURATION_WORDS].concat(),
        ValueType::Date => return DATE_WORDS.to_vec(),
        ValueType::Boolean => return BOOLEAN_WORDS.to_vec(),
        ValueType::Entity
        | ValueType::Entities
        | ValueType::Text
        | ValueType::Time
        | ValueType::Code
        | ValueType::People => {
            return Vec::new();
        }
    };
    words.extend(number_words());
    words
}

/// The most words a text may have for a suggestion to be looked for.
const MAX_WORDS: usize = 8;

/// How many edits a word of this length may be from a known word.
fn allowed_edits(word: &str) -> usize {
    if word.chars().count() <= 5 { 1 } else { 2 }
}

/// The known word closest to `word`, when `word` is unknown but close to one.
fn closest(word: &str, known: &[&'static str]) -> Option<&'static str> {
    if word.chars().count() < 3 || !word.chars().all(char::is_alphabetic) || known.contains(&word) {
        return None;
    }
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(word, k), *k))
        .filter(|(distance, _)| *distance <= allowed_edits(word))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, k)| k)
}

/// `text` (already cleaned) with one misspelt grammar word corrected, the first whose
/// correction reads as the type; `None` when no correction reads.
pub(super) fn suggestion(text: &str, ty: ValueType) -> Option<String> {
    let tokens = words(text);
    if tokens.len() > MAX_WORDS {
        return None;
    }
    let known = vocabulary(ty);
    tokens.iter().enumerate().find_map(|(index, word)| {
        let fix = closest(word, &known)?;
        let fixed: Vec<&str> = tokens
            .iter()
            .enumerate()
            .map(|(i, word)| if i == index { fix } else { word })
            .collect();
        let fixed = fixed.join(" ");
        reads(&fixed, ty).then_some(fixed)
    })
}

thread_local! {
    /// Set while a suggestion is being tried, so that trying it suggests nothing in turn.
    static TRYING: Cell<bool> = const { Cell::new(false) };
}

/// Whether `text` reads as the type (relative dates against a fixed day): only such text is
/// suggested.
pub(super) fn reads(text: &str, ty: ValueType) -> bool {
    if text.is_empty() || TRYING.with(Cell::get) {
        return false;
    }
    let day = jiff::civil::date(2025, 1, 15);
    let ctx = ParseContext {
        reference: Some(DayRange { first: day, last: day }),
        date_order: None,
    };
    TRYING.with(|trying| trying.set(true));
    let read = super::parse(text, ty, &ctx).is_ok();
    TRYING.with(|trying| trying.set(false));
    read
}

#[cfg(test)]
mod tests {
    use super::suggestion;
    use crate::value::ValueType;

    #[test]
    fn suggests_close_hedge_words() {
        assert_eq!(suggestion("abuot 50", ValueType::Count).as_deref(), Some("about 50"));
        assert_eq!(
            suggestion("mroe than 70", ValueType::Count).as_deref(),
            Some("more than 70")
        );
        assert_eq!(
            suggestion("agust 2020", ValueType::Date).as_deref(),
            Some("august 2020")
        );
        assert_eq!(suggestion("fivty", ValueType::Count).as_deref(), Some("fifty"));
        assert_eq!(suggestion("yse", ValueType::Boolean).as_deref(), Some("yes"));
    }

    #[test]
    fn no_suggestion_for_far_or_known_words() {
        assert_eq!(suggestion("about 50", ValueType::Count), None);
        assert_eq!(suggestion("banana", ValueType::Count), None);
        assert_eq!(suggestion("whatever", ValueType::Text), None);
    }
}
