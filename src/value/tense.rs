//! The tense a quote gives a weekday written alone: `He will be proclaimed king on Saturday`
//! speaks of the Saturday ahead of the as-of date, `He was proclaimed king on Saturday` (or
//! no tense at all) of the one before it. The value names only the weekday; the words of its
//! sentence before it say which.

use super::date_words::weekday;

/// Words that put what follows in the future.
const AHEAD: [&str; 4] = ["will", "shall", "won't", "'ll"];

/// Words before `to` that put what follows in the future (`is due to`, `is set to`).
const AHEAD_BEFORE_TO: [&str; 9] = [
    "is",
    "are",
    "due",
    "set",
    "scheduled",
    "expected",
    "going",
    "planned",
    "plans",
];

/// Words that put what follows in the past.
const PAST: [&str; 8] = ["was", "were", "had", "did", "wasn't", "weren't", "hadn't", "didn't"];

/// Whether `written` is a weekday alone (`Saturday`, `on Saturday`) that `quote` puts in the
/// future: the nearest word of tense before the weekday, in its sentence, is a future one.
pub fn weekday_ahead(written: &str, quote: &str) -> bool {
    let lowered = written.to_lowercase();
    let written: Vec<&str> = lowered.split_whitespace().collect();
    let day = match written.as_slice() {
        [day] | ["on", day] => *day,
        _ => return false,
    };
    let Some(wanted) = weekday(day) else {
        return false;
    };
    let quote = quote.to_lowercase().replace('\u{2019}', "'");
    let words: Vec<&str> = quote.split_whitespace().collect();
    let Some(at) = words
        .iter()
        .position(|word| weekday(word.trim_matches(|c: char| !c.is_alphabetic())) == Some(wanted))
    else {
        return false;
    };
    for (n, word) in words.iter().enumerate().take(at).rev() {
        if word.ends_with(['.', ';', ':', '?', '!']) {
            return false;
        }
        let word = word.trim_matches(|c: char| !c.is_alphabetic() && c != '\'');
        let before_to = words.get(n + 1).is_some_and(|next| *next == "to");
        if AHEAD.contains(&word) || word.ends_with("'ll") || (before_to && AHEAD_BEFORE_TO.contains(&word)) {
            return true;
        }
        if PAST.contains(&word) {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::weekday_ahead;

    #[test]
    fn the_nearest_tense_before_the_weekday_decides() {
        for (written, quote, ahead) in [
            (
                "Saturday",
                "He will be proclaimed king at St James's Palace on Saturday",
                true,
            ),
            ("on Saturday", "The leaders will meet on Saturday", true),
            ("Tuesday", "Officials said the talks are to resume on Tuesday", true),
            ("Tuesday", "The vote is due to take place on Tuesday", true),
            ("Tuesday", "They'll return on Tuesday", true),
            (
                "Tuesday",
                "She said she will resign, and was replaced on Tuesday",
                false,
            ),
            ("Tuesday", "On Tuesday she received Liz Truss at Balmoral", false),
            ("Tuesday", "He was proclaimed king on Tuesday", false),
            ("Tuesday", "He will speak. The talks ended on Tuesday", false),
            ("22 October", "The leaders will meet on 22 October", false),
            ("Tuesday night", "They will meet on Tuesday night", false),
            ("Saturday", "The leaders will meet on Sunday", false),
        ] {
            assert_eq!(weekday_ahead(written, quote), ahead, "{written} in {quote:?}");
        }
    }
}
