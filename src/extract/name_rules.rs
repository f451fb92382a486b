//! Rules read from the words of a property's name that say what it counts: a state ("number
//! rescued") or the things first ("vehicles a day").

use super::super::words::is_whole_word;
use super::{Family, GENERIC_COUNTED, Property, Rule, near_cue_rule};

/// Whether a name starts with a plural noun that is not a generic one ("vehicles a day",
/// not "years of service").
pub(super) fn starts_with_plural(name: &str) -> bool {
    name.split(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|word| is_plural(word) && !GENERIC_COUNTED.contains(&word))
}

/// Whether a word reads as an English plural noun (`vehicles`, not `glass` or `bus`).
pub(super) fn is_plural(word: &str) -> bool {
    word.len() >= 4 && word.ends_with('s') && !word.ends_with("ss")
}

/// The rule of a count property named "number <what befell them>" with no "of" ("number
/// rescued", "number in a critical condition", "number still in hospital"): the words after
/// "number" are its cue, standing near the value as a cue class's do ("1,400 of them in a
/// critical condition"); "a" after a preposition may be left out in the text.
pub(super) fn state_rule(property: &Property) -> Option<Rule> {
    if !Family::Count.fits(property.value_type) {
        return None;
    }
    let name = property.name.to_lowercase();
    let state = name.strip_prefix("number ")?;
    let first = state.split(' ').next()?;
    let reads = first.ends_with("ed") || ["in", "on", "at", "still"].contains(&first);
    if !reads || state.contains(',') {
        return None;
    }
    let mut cues = vec![state.to_owned()];
    if let Some((preposition, rest)) = state.split_once(" a ") {
        cues.push(format!("{preposition} {rest}"));
    }
    Some(near_cue_rule(Family::Count, property, cues))
}

/// Words that qualify what a "number of" name counts, short ones and joining words left out
/// ("in the exit poll" gives "exit" and "poll"; "won" gives none).
pub(super) fn qualifying_words(after: &str) -> Vec<String> {
    const JOINING: [&str; 8] = ["than", "with", "from", "into", "their", "this", "that", "each"];
    after
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| word.len() > 3 && !JOINING.contains(word))
        .map(str::to_owned)
        .collect()
}

impl Rule {
    /// How many of the rule's qualifiers stand in a (lower-case) text as whole words, and
    /// how many do not.
    pub(in crate::extract) fn qualifiers_in(&self, text: &str) -> (usize, usize) {
        let stands = |word: &&String| {
            text.match_indices(word.as_str())
                .any(|(at, _)| is_whole_word(text, at, at + word.len()))
        };
        let met = self.qualifiers.iter().filter(stands).count();
        (met, self.qualifiers.len() - met)
    }
}
