//! Counts of none: "Nobody on board survived", "No one was hurt", "None of them escaped". The
//! word is a count of zero of what its short clause says befell them; it is read only where
//! a verb of that clause follows it at once, so that "Nobody knows how many were hurt" and
//! "No one has claimed the attack that killed them" are no counts.

use super::patterns::Family;
use super::values::Found;
use super::words::word_positions;

/// Words that stand for a count of none.
const NONE_WORDS: &[&str] = &["nobody", "no one", "none"];

/// Words that may stand between the word and its verb: who is meant ("on board", "of them").
const BETWEEN: &[&str] = &["on board", "aboard", "else", "of them", "of those", "inside"];

/// The verbs a count of none may take: a state after "was", or what befell them.
const VERBS: &[&str] = &[
    "was", "were", "is", "are", "has been", "had been", "survived", "died", "drowned", "perished", "escaped",
];

/// How many words after its verb a clause with a count of none may have ("was killed in the
/// blast").
const CLAUSE_WORDS: usize = 4;

/// The values found, with every count of none added in text order; the "one" of "no one"
/// is never a count of one.
pub(super) fn with_zeros(mut found: Vec<Found>, lower: &str) -> Vec<Found> {
    let words: Vec<(usize, usize)> = NONE_WORDS
        .iter()
        .flat_map(|word| word_positions(lower, 0, lower.len(), word).map(move |at| (at, at + word.len())))
        .collect();
    if words.is_empty() {
        return found;
    }
    let covered = Covered::of(&words);
    found.retain(|value| !covered.overlaps(value.start, value.end));
    found.extend(
        words
            .into_iter()
            .filter(|&(_, end)| short_clause_follows(&lower[end..]))
            .map(|(start, end)| Found {
                family: Family::Count,
                start,
                end,
                written: "0".to_owned(),
                age_form: None,
            }),
    );
    found.sort_by_key(|value| value.start);
    found
}

/// Spans of text sorted by start, each with the furthest end of it and those before it, so
/// that whether a value overlaps any of them is found by a binary search, not by reading all.
struct Covered {
    spans: Vec<(usize, usize)>,
}

impl Covered {
    fn of(spans: &[(usize, usize)]) -> Covered {
        let mut spans = spans.to_vec();
        spans.sort_unstable();
        let mut furthest = 0;
        for span in &mut spans {
            furthest = furthest.max(span.1);
            span.1 = furthest;
        }
        Covered { spans }
    }

    /// Whether `start..end` overlaps a span: one starting before `end` ends after `start`.
    fn overlaps(&self, start: usize, end: usize) -> bool {
        let before_end = self.spans.partition_point(|&(from, _)| from < end);
        before_end
            .checked_sub(1)
            .and_then(|last| self.spans.get(last))
            .is_some_and(|&(_, furthest)| furthest > start)
    }
}

/// Whether the words after a word of none are a verb of [`VERBS`] (after the words of
/// [`BETWEEN`]) and a few more, up to the clause's end, with no number among them.
fn short_clause_follows(after: &str) -> bool {
    let clause = after.split(['.', ',', ';', ':', '!', '?', '\n']).next().unwrap_or("");
    let mut rest = clause.trim_start();
    if let Some(between) = BETWEEN.iter().find(|words| starts_with_words(rest, words)) {
        rest = rest[between.len()..].trim_start();
    }
    let Some(verb) = VERBS.iter().find(|verb| starts_with_words(rest, verb)) else {
        return false;
    };
    let words: Vec<&str> = rest[verb.len()..].split_whitespace().collect();
    words.len() <= CLAUSE_WORDS && !words.iter().any(|word| word.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether a text starts with the words and a word boundary.
fn starts_with_words(text: &str, words: &str) -> bool {
    text.strip_prefix(words)
        .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::Covered;
    use crate::extract::tests::{Attached, assert_attached};

    const ENTITIES: &str = "entities:\n  - {id: ferry-sinking, kind: event, name: ferry sinking}\n";
    const PROPERTIES: &str = "properties:\n  - {id: killed, name: number killed, type: count}\n  - {id: injured, name: number injured, type: count}\n  - {id: survivors, name: number of survivors, type: count}\n";

    #[test]
    fn a_word_of_none_counts_zero_of_what_its_short_clause_says() {
        // sentence | the proposals with a subject
        let table: &[(&str, &[Attached])] = &[
            (
                "In the ferry sinking nobody on board survived.",
                &[("ferry-sinking", "survivors", "0")],
            ),
            (
                "The ferry sinking killed two crew; no one else was hurt.",
                &[("ferry-sinking", "killed", "two"), ("ferry-sinking", "injured", "0")],
            ),
            // Negatives: no verb of the clause right after it, a long clause, and "none" of
            // something counted otherwise.
            ("After the ferry sinking nobody knows how many were hurt.", &[]),
            (
                "After the ferry sinking no one has claimed the attack that killed them.",
                &[],
            ),
            ("The ferry sinking left none of the lifeboats usable.", &[]),
        ];
        assert_attached(ENTITIES, Some(PROPERTIES), table);
    }

    #[test]
    fn a_value_overlaps_the_spans_it_shares_a_byte_with() {
        let spans = [(40, 46), (10, 30), (12, 14), (50, 54)];
        let covered = Covered::of(&spans);
        for start in 0..60 {
            for end in start + 1..62 {
                let any = spans.iter().any(|&(from, to)| start < to && from < end);
                assert_eq!(covered.overlaps(start, end), any, "{start}..{end}");
            }
        }
        assert!(!Covered::of(&[]).overlaps(0, 5));
    }
}
