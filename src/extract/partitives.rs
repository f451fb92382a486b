//! Counts whose noun is named before them: "the bodies of two of them", "the names of 40
//! victims" name what the count counts before its "of", as "two bodies" would after it.

use super::attach::Attacher;
use super::layout::Sentence;
use super::values::Found;
use super::words::is_plural;
use super::words::word_spans;

/// Words that stand before "of" and a count without being what it counts.
const NOT_COUNTED: &[&str] = &["tens", "hundreds", "thousands", "millions", "dozens", "units"];

impl Attacher<'_> {
    /// Where the plural noun right before a count's "of" stands ("the bodies of two"), when
    /// the count is not itself followed by a plural noun of its own ("the families of 12
    /// passengers" counts passengers).
    pub(super) fn counted_before(&self, found: &Found, sentence: &Sentence) -> Option<(usize, usize)> {
        let before = self.lower[sentence.start..found.start].strip_suffix(" of ")?;
        let (at, noun) = word_spans(before).last()?;
        let own_noun = word_spans(&self.lower[found.end..sentence.end])
            .next()
            .map(|(_, word)| word.trim_end_matches(['.', ',', ';', ':']))
            .is_some_and(|word| word.chars().all(char::is_alphabetic) && is_plural(word));
        let counted = noun.chars().all(char::is_alphabetic) && is_plural(noun) && !NOT_COUNTED.contains(&noun);
        (counted && !own_noun).then(|| (sentence.start + at, sentence.start + at + noun.len()))
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::{Attached, assert_attached};

    const ENTITIES: &str = "entities:\n  - {id: ferry-sinking, kind: event, name: ferry sinking}\n";
    const PROPERTIES: &str = "properties:\n  - {id: recovered, name: number of bodies recovered, type: count}\n  - {id: families, name: number of families, type: count}\n";

    #[test]
    fn a_noun_before_the_of_of_a_count_is_what_it_counts() {
        // sentence | the proposals with a subject
        let table: &[(&str, &[Attached])] = &[
            (
                "After the ferry sinking, divers found the bodies of three of them.",
                &[("ferry-sinking", "recovered", "three")],
            ),
            // Negatives: a noun nothing counts, a noun of the count's own, and a noun that
            // is no plural.
            ("After the ferry sinking, the names of two of them were given.", &[]),
            (
                "After the ferry sinking, divers found the bodies of three passengers.",
                &[],
            ),
            ("After the ferry sinking, divers found the body of one.", &[]),
        ];
        assert_attached(ENTITIES, Some(PROPERTIES), table);
    }
}
