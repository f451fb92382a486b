//! Words around a place in a text: the last words before it, read from its end so that they
//! cost the same in a long text as in a short one, and where a phrase stands as whole words.

/// The last `n` words of a text, lower case, padded with spaces: " to extradite ".
pub(super) fn last_words(text: &str, n: usize) -> String {
    // The end found holds `n` words at most: all of them are the last words.
    let tail = tail_words(text, n);
    let mut words = String::with_capacity(tail.len() + 2);
    words.push(' ');
    for word in tail.split_whitespace() {
        words.push_str(word.trim_matches(|c: char| !c.is_alphanumeric()));
        words.push(' ');
    }
    if words.len() == 1 {
        words.push(' ');
    }
    words
}

/// [`last_words`] of the text lower-cased, lower-casing only the end that holds them, so
/// that they cost the same in a long text as in a short one.
pub(super) fn last_words_lower(text: &str, n: usize) -> String {
    // Lower-casing keeps whitespace where it is and makes none, so the same end holds them.
    last_words(&tail_words(text, n).to_lowercase(), n)
}

/// Whether a text padded with spaces, as [`last_words`] gives it, holds a phrase as whole
/// words: whether it contains `" {phrase} "`, found without building that string.
pub(super) fn holds_words(padded: &str, phrase: &str) -> bool {
    words_after(padded, phrase).is_some()
}

/// What follows the first whole-word `phrase` of a text padded with spaces, as
/// [`last_words`] gives it, from the space after it: `" rose to 80 "` gives `" 80 "` for
/// "rose to". Found without building the padded phrase.
pub(super) fn words_after<'a>(padded: &'a str, phrase: &str) -> Option<&'a str> {
    padded.match_indices(' ').find_map(|(at, _)| {
        padded
            .get(at + 1..)
            .and_then(|rest| rest.strip_prefix(phrase))
            .filter(|rest| rest.starts_with(' '))
    })
}

/// The shortest end of a text that holds its last `n` whitespace-separated words, found
/// from the end, so that the words before a place cost the same in a long text as in a short
/// one.
fn tail_words(text: &str, n: usize) -> &str {
    let mut words = 0;
    let mut in_word = false;
    for (at, c) in text.char_indices().rev() {
        if !c.is_whitespace() {
            in_word = true;
        } else if in_word {
            in_word = false;
            words += 1;
            if words == n {
                return text.get(at..).unwrap_or(text);
            }
        }
    }
    text
}

/// The byte offset where the last `n` words before `to` (not before `from`) start, found
/// from `to` back, so that it costs the same however far `from` is.
pub(super) fn words_back(lower: &str, from: usize, to: usize, n: usize) -> usize {
    word_spans(&lower[from..to])
        .rev()
        .take(n)
        .last()
        .map_or(to, |(at, _)| from + at)
}

/// Words with their byte offsets.
pub(super) fn word_spans(text: &str) -> impl DoubleEndedIterator<Item = (usize, &str)> {
    text.split_whitespace()
        .map(move |word| (word.as_ptr() as usize - text.as_ptr() as usize, word))
}

/// Where a lower-case phrase occurs as whole words in `lower[from..to]`.
pub(super) fn word_positions<'a>(
    lower: &'a str,
    from: usize,
    to: usize,
    phrase: &'a str,
) -> impl Iterator<Item = usize> + 'a {
    let window = &lower[from..to];
    window
        .match_indices(phrase)
        .filter(move |(at, _)| is_whole_word(window, *at, at + phrase.len()))
        .map(move |(at, _)| from + at)
}

/// Whether `text[start..end]` is not part of a longer word.
pub(super) fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Verbs of saying: a date just after one dates the statement.
pub(super) const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "wrote",
    "announced",
    "reported",
    "stated",
    "added",
    "confirmed",
    "tweeted",
    "posted",
];

/// Determiners: a participle right after one is an adjective of the noun after it ("the
/// delayed launch", "a collapsed mine") and reports no action. ("That" is left out: "a jet
/// that crashed on Wednesday" reports the crash.)
pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those",
];

/// Irregular plurals of nouns that name who is counted ("injured men").
const IRREGULAR_PLURALS: &[&str] = &["men", "women", "people", "children", "persons"];

/// Nouns whose plural is written as their singular ("171 aircraft", "200 staff").
const UNMARKED_PLURALS: &[&str] = &[
    "aircraft",
    "spacecraft",
    "personnel",
    "staff",
    "police",
    "livestock",
    "cattle",
    "sheep",
];

/// Whether a word may be a plural noun a count counts: regular ("vehicles"), irregular
/// ("children") or unmarked ("aircraft").
pub(super) fn counts_as_plural(word: &str) -> bool {
    is_plural(word) || IRREGULAR_PLURALS.contains(&word) || UNMARKED_PLURALS.contains(&word)
}

/// Whether a word reads as an English plural noun (`vehicles`, not `glass` or `bus`).
pub(super) fn is_plural(word: &str) -> bool {
    word.len() >= 4 && word.ends_with('s') && !word.ends_with("ss")
}

/// Whether a word, as written, is a plural noun, irregular ones included ("votes", "men"),
/// with nothing after it but a stop or comma.
pub(super) fn is_noun_plural(word: &str) -> bool {
    let bare = word.trim_end_matches(['.', ',', ';', ':']);
    bare.chars().all(char::is_alphabetic) && (is_plural(bare) || IRREGULAR_PLURALS.contains(&bare))
}

/// Whether the words of a text are a plural noun, or a word and a plural noun ("injured
/// passengers", "injured crew members").
pub(super) fn heads_a_noun(after: &str) -> bool {
    let mut words = word_spans(after).map(|(_, word)| word).take(2);
    match (words.next(), words.next()) {
        (Some(first), _) if is_noun_plural(first) => true,
        (Some(first), Some(second)) => first.chars().all(char::is_alphabetic) && is_noun_plural(second),
        _ => false,
    }
}

/// Whether a capitalised word is shaped like a word for a people or a place's inhabitant
/// ("Californian", "European", "Japanese", "Mexican"), not a name.
pub(super) fn is_demonym(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && word.len() > 5
        && ["ian", "ean", "ese", "can"].iter().any(|end| word.ends_with(end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demonyms_are_told_from_names_by_their_ending() {
        for word in ["Californian", "European", "Japanese", "Mexican", "Ukrainian"] {
            assert!(is_demonym(word), "{word}");
        }
        for word in ["Pélicot", "Morgan", "Brian", "ukrainian", "Ian"] {
            assert!(!is_demonym(word), "{word}");
        }
    }

    /// `last_words` as it reads the whole text, to compare with.
    fn last_words_of_the_whole(text: &str, n: usize) -> String {
        let words: Vec<&str> = text
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        format!(" {} ", words[words.len().saturating_sub(n)..].join(" "))
    }

    #[test]
    fn the_last_words_are_read_from_the_end_alone() {
        let texts = [
            "",
            "   ",
            "said",
            "  the toll rose to ",
            "told reporters on\tMonday,\n ",
            "the judge — Mr. Cahill — said",
            "Dr. Gisèle Pelicot’s lawyer, Maître Camus",
        ];
        for text in texts {
            for n in 1..=6 {
                assert_eq!(last_words(text, n), last_words_of_the_whole(text, n), "{text:?}, {n}");
            }
        }
        assert_eq!(last_words("the toll rose to ", 2), " rose to ");
    }

    #[test]
    fn the_last_words_lower_cased_are_those_of_the_whole_text_lower_cased() {
        let texts = [
            "",
            "said",
            "THE LAST",
            "ΟΔΥΣΣΕΥΣ ΚΑΙ ΣΑΣ",
            "x Σ",
            "ΑΣ. Σ",
            "İSTANBUL İ",
            "the judge — Mr. CAHILL — Said",
        ];
        for text in texts {
            for n in 1..=4 {
                assert_eq!(
                    last_words_lower(text, n),
                    last_words(&text.to_lowercase(), n),
                    "{text:?}, {n}"
                );
            }
        }
    }

    #[test]
    fn phrases_are_held_as_whole_words_only() {
        let texts = [
            " ",
            "  ",
            " rose to ",
            " the toll rose to ",
            " a a a ",
            " tolls ",
            " toll",
            "toll ",
        ];
        let phrases = ["rose to", "toll", "a a", "a", "to", "rose"];
        for text in texts {
            for phrase in phrases {
                assert_eq!(
                    holds_words(text, phrase),
                    text.contains(&format!(" {phrase} ")),
                    "{text:?}, {phrase:?}"
                );
            }
        }
    }

    #[test]
    fn the_words_after_a_phrase_follow_its_first_whole_word_place() {
        let cases = [
            (" the count climbed to 40 ", "climbed to", Some(" 40 ")),
            (
                " climbed to 40 then climbed to 50 ",
                "climbed to",
                Some(" 40 then climbed to 50 "),
            ),
            (" unclimbed to 40 ", "climbed to", None),
            (" climbed top 40 ", "climbed to", None),
            (" climbed to", "climbed to", None),
        ];
        for (padded, phrase, after) in cases {
            assert_eq!(words_after(padded, phrase), after, "{padded:?}");
        }
    }

    #[test]
    fn the_words_back_are_counted_from_the_end_alone() {
        let text = "one two  three\tfour ";
        let whole = |from: usize, n: usize| {
            let starts: Vec<usize> = word_spans(&text[from..]).map(|(at, _)| from + at).collect();
            starts
                .get(starts.len().saturating_sub(n))
                .copied()
                .unwrap_or(text.len())
        };
        for from in [0, 1, 4, 8, 15, text.len()] {
            for n in 0..=5 {
                assert_eq!(words_back(text, from, text.len(), n), whole(from, n), "{from}, {n}");
            }
        }
    }
}
