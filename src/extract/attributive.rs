//! Cue words that describe who is counted rather than say what befell them: a participle or
//! adjective between a count and its noun ("98 wounded people had been taken to hospital")
//! tells who the people are, and the clause's predicate what the count is of. Such a cue
//! yields to any other cue of its kind around the count, and still counts alone ("98
//! wounded people").

use super::attach::Attacher;
use super::values::Found;
use super::words::{heads_a_noun, word_spans};

/// Added to the distance of a cue that stands before the noun a count counts: more than any
/// cue in the count's clause is away, less than a cue after it is penalised.
pub(super) const ATTRIBUTIVE_PENALTY: usize = 500;

/// How many words may stand between a count and a cue used as an attribute ("98 badly
/// wounded people").
const ATTRIBUTE_WORDS: usize = 2;

impl Attacher<'_> {
    /// The penalty for a cue at `start..end` that is an attribute of the count's noun: it
    /// stands within two words after the count, with nothing but words between, and a plural
    /// noun follows it ([`heads_a_noun`]).
    pub(super) fn attributive_penalty(&self, found: &Found, start: usize, end: usize) -> usize {
        let attributive = start >= found.end
            && word_spans(&self.lower[found.end..start]).count() < ATTRIBUTE_WORDS
            && self.lower[found.end..start]
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ')
            && self.lower[end..].starts_with(' ')
            && heads_a_noun(&self.lower[end..]);
        if attributive { ATTRIBUTIVE_PENALTY } else { 0 }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::{Attached, assert_attached};

    const ENTITIES: &str = "entities:\n  - {id: ferry-sinking, kind: event, name: ferry sinking}\n";
    const PROPERTIES: &str = "properties:\n  - {id: killed, name: number killed, type: count}\n  - {id: injured, name: number injured, type: count}\n  - {id: hospitalised, name: number taken to hospital, type: count}\n  - {id: rescued, name: number rescued, type: count}\n";

    #[test]
    fn the_predicate_says_what_a_count_is_of_before_an_attribute() {
        // sentence | the proposals with a subject
        let table: &[(&str, &[Attached])] = &[
            (
                "After the ferry sinking, 14 injured passengers were taken to hospital in Split.",
                &[("ferry-sinking", "hospitalised", "14")],
            ),
            (
                "After the ferry sinking, 30 soaked passengers were rescued by fishermen.",
                &[("ferry-sinking", "rescued", "30")],
            ),
            (
                "After the ferry sinking, five injured crew members later died.",
                &[("ferry-sinking", "killed", "five")],
            ),
            // An attribute alone still says what is counted; a cue right after the count
            // with no noun after it is no attribute.
            (
                "The ferry sinking left 14 injured passengers on the quay.",
                &[("ferry-sinking", "injured", "14")],
            ),
            (
                "The ferry sinking left 14 injured, three of them taken to hospital.",
                &[
                    ("ferry-sinking", "injured", "14"),
                    ("ferry-sinking", "hospitalised", "three"),
                ],
            ),
        ];
        assert_attached(ENTITIES, Some(PROPERTIES), table);
    }
}
