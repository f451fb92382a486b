//! Counts that are differences, and the properties that hold them: a winning or losing
//! margin ("won by 630 votes", "finished 369,000 votes ahead", "a difference of 369,591
//! votes"), a majority ("a working majority of 174") and a loss ("a loss of 251 seats"). The
//! words around a count say which kind of difference it is; a property's name says which
//! kind it holds and, with "in votes" or "seats lost", what it counts.

use super::attach::{Attacher, Pick};
use super::declines::CHANGE_VERBS;
use super::layout::Sentence;
use super::mentions::Mention;
use super::patterns::{Family, Rule, Side};
use super::values::Found;
use super::words::{holds_words, is_noun_plural, last_words, word_spans};
use crate::model::EntityKind;

/// Verbs after which "by" gives a winner's lead ("won by", "beat Smith by").
const WINNING_VERBS: &[&str] = &[
    "won", "win", "wins", "winning", "beat", "beats", "leads", "led", "leading", "ahead",
];
/// Verbs after which "by" gives a loser's shortfall ("lost by", "trailed by").
const LOSING_VERBS: &[&str] = &[
    "lost", "lose", "loses", "losing", "trailed", "trails", "trailing", "behind", "beaten",
];
/// Nouns of a margin that say neither side: "the gap between the two men was 120,000 votes".
const MARGIN_NOUNS: &[&str] = &["margin", "difference", "gap"];
/// How many words before a count a clause may name its margin ("the gap between the two men
/// could be as small as 120,000 votes").
const MARGIN_WORDS: usize = 12;
/// How many words before "by" its verb may stand ("lost South West Norfolk by 630 votes").
const BY_WORDS: usize = 6;
/// How many words after a margin's "of" its own figure may stand ("of just under two").
const FIGURE_WORDS: usize = 3;
/// Numbers in words that, right after a margin's "of", give the margin its own figure ("a
/// margin of under two points out of 21 million ballots").
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "hundred", "thousand",
];

/// What the words around a count make it: a difference of a side, of the noun right after
/// it ("votes" of "630 votes ahead"), and where the verb of winning or losing stands when
/// "by" gives it ("lost South West Norfolk by 630 votes").
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Difference {
    /// The kind of difference.
    pub side: Side,
    /// What is counted, when a plural noun follows within two words.
    pub noun: Option<String>,
    /// Byte offset of the verb of winning or losing before "by".
    pub verb: Option<usize>,
}

/// The difference the words around a count make it, when they make it one.
pub(super) fn difference(lower: &str, sentence: &Sentence, found: &Found) -> Option<Difference> {
    let after: Vec<&str> = word_spans(&lower[found.end..sentence.end])
        .map(|(_, word)| word.trim_matches(|c: char| !c.is_alphanumeric()))
        .take(3)
        .collect();
    // "630 votes", "two percentage points": the noun is within the two words after it.
    let at = after.iter().take(2).position(|word| is_noun_plural(word));
    let noun = at.and_then(|at| after.get(at)).map(|word| (*word).to_owned());
    let next = after.get(at.map_or(0, |at| at + 1)).copied();
    let before = &lower[sentence.start..found.start];
    let last = last_words(before, 2);
    let mut verb = None;
    let side = if last.ends_with(" majority of ") {
        Some(Side::Majority)
    } else if last.ends_with(" loss of ") || noun.is_some() && last.ends_with(" lost ") {
        Some(Side::Loss)
    } else if next == Some("ahead") {
        Some(Side::Winning)
    } else if next == Some("behind") {
        Some(Side::Losing)
    } else if last.ends_with(" by ") {
        let (side, at) = verb_before_by(before)?;
        verb = Some(sentence.start + at);
        Some(side)
    } else {
        names_a_margin(before).then_some(Side::Neutral)
    };
    side.map(|side| Difference { side, noun, verb })
}

/// The side "by" gives a count, by the verb of winning or losing a few words before it in
/// its clause (the last one, when both stand there), with where that verb starts.
fn verb_before_by(before: &str) -> Option<(Side, usize)> {
    let clause_start = before.rfind([',', ';', ':']).map_or(0, |at| at + 1);
    let words: Vec<(usize, &str)> = word_spans(&before[clause_start..]).collect();
    words.iter().rev().skip(1).take(BY_WORDS).find_map(|(at, word)| {
        let side = if WINNING_VERBS.contains(word) {
            Side::Winning
        } else if LOSING_VERBS.contains(word) {
            Side::Losing
        } else {
            return None;
        };
        Some((side, clause_start + at))
    })
}

/// Whether the clause before a count names a margin a few words back ("the gap between the
/// two men could be as small as", "the margin was"), one not given its own figure already
/// ("a margin of under two points out of 21 million") nor a margin of error.
fn names_a_margin(before: &str) -> bool {
    let clause = before.rsplit([',', ';', ':']).next().unwrap_or(before);
    let words = last_words(clause, MARGIN_WORDS);
    let listed: Vec<&str> = words.split_whitespace().collect();
    let Some(at) = listed.iter().rposition(|word| MARGIN_NOUNS.contains(word)) else {
        return false;
    };
    let figured = listed.get(at + 1) == Some(&"of")
        && listed
            .iter()
            .skip(at + 2)
            .take(FIGURE_WORDS)
            .any(|word| word.starts_with(|c: char| c.is_ascii_digit()) || NUMBER_WORDS.contains(word));
    !figured && !holds_words(&words, "of error")
}

/// The sides of property that may hold a count of a side, best first: a margin that says no
/// side is the winner's lead.
fn holders(side: Side) -> &'static [Side] {
    match side {
        Side::Winning => &[Side::Winning, Side::Neutral],
        Side::Losing => &[Side::Losing, Side::Neutral],
        Side::Neutral => &[Side::Neutral, Side::Winning],
        Side::Majority => &[Side::Majority],
        Side::Loss => &[Side::Loss],
    }
}

/// Whether the "by" of some words says who did a passive's deed ("attended by 2,000
/// guests", "struck by two missiles"): the word before it is a participle in "-ed" that is
/// no verb of change, winning or losing ("increased by 20", "trailed by 400").
fn is_agent_by(words: &str) -> bool {
    let words: Vec<&str> = words.split_whitespace().collect();
    let Some(at) = words.iter().rposition(|word| *word == "by") else {
        return false;
    };
    at.checked_sub(1)
        .and_then(|before| words.get(before))
        .is_some_and(|verb| {
            verb.ends_with("ed")
                && ![CHANGE_VERBS, WINNING_VERBS, LOSING_VERBS]
                    .iter()
                    .any(|verbs| verbs.contains(verb))
        })
}

impl Attacher<'_> {
    /// Whether a count is a difference between two others ("finished 369,000 votes ahead",
    /// "lost by a little over 400,000 votes", "a margin of 12 seats").
    pub(super) fn is_difference(&self, found: &Found, sentence: &Sentence) -> bool {
        let before = last_words(&self.lower[sentence.start..found.start], 8);
        // The word of a difference follows the count's noun ("369,000 invalid votes ahead"):
        // further on it starts another figure ("92 rapes and found more than 20,000").
        let mut after = self.lower[found.end..self.counted_words_end(found.end, sentence.end)]
            .split_whitespace()
            .take(3)
            .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()));
        let close = last_words(&self.lower[sentence.start..found.start], 3);
        ["difference", "margin", "gap"].iter().any(|w| holds_words(&before, w))
            || close.contains(" by ") && !is_agent_by(&close)
            || after.any(|word| ["ahead", "behind", "more", "fewer", "less"].contains(&word))
    }

    /// The rule of the property that holds a count the words make a difference, when one
    /// does: of the side the words give, counting the noun after the count if there is one,
    /// the one with most of its name's other words in the sentence.
    pub(super) fn margin_rule(&self, found: &Found, sentence: &Sentence) -> Option<&Rule> {
        if found.family != Family::Count || self.patterns.margins.is_empty() {
            return None;
        }
        let Difference { side, noun, .. } = difference(self.lower, sentence, found)?;
        let text = &self.lower[sentence.start..sentence.end];
        holders(side).iter().find_map(|holder| {
            self.patterns
                .margins
                .iter()
                .filter(|margin| margin.side == *holder)
                .filter(|margin| noun.is_none() || margin.noun.is_none() || margin.noun == noun)
                .min_by_key(|margin| {
                    let (met, missing) = margin.rule.qualifiers_in(text);
                    (missing, usize::MAX - met)
                })
                .map(|margin| &margin.rule)
        })
    }

    /// Whose a difference is: who won or lost, named before the verb ("Ruiz lost to Smith by
    /// 212 votes" is Ruiz's); else a party or group named before it holds a majority or a
    /// loss rather than a person ("Labour ..., giving its leader a majority of 174"); else
    /// the subject any count would have.
    pub(super) fn margin_subject(&self, found: &Found, rule: &Rule, sentence: &Sentence) -> Option<Pick> {
        let allowed =
            |m: &&Mention, kinds: &[EntityKind]| self.kind_of(m.entity).is_some_and(|kind| kinds.contains(&kind));
        let verb = difference(self.lower, sentence, found).and_then(|difference| difference.verb);
        let before = |at: usize, kinds: &[EntityKind]| {
            self.in_sentence(sentence)
                .filter(|m| m.end <= at && allowed(m, kinds))
                .last()
                .map(|m| Pick::named(m.entity))
        };
        verb.and_then(|at| before(at, &rule.subjects))
            .or_else(|| {
                rule.subjects
                    .contains(&EntityKind::Organisation)
                    .then(|| before(found.start, &[EntityKind::Organisation, EntityKind::Group]))?
            })
            .or_else(|| self.subject(found, rule, sentence))
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::{Attached, attached_in, owned};

    const ENTITIES: &str = "entities:\n  - {id: council-vote, kind: event, name: council vote}\n  - {id: greens, kind: organisation, name: Green Party, aliases: [Greens]}\n  - {id: ana-ruiz, kind: person, name: Ana Ruiz, aliases: [Ruiz]}\n  - {id: strike-ballot, kind: event, name: strike ballot}\n";
    const PROPERTIES: &str = "properties:\n  - {id: votes, name: number of votes, type: count}\n  - {id: seats, name: number of seats won, type: count}\n  - {id: margin-votes, name: 'winning margin, in votes', type: count}\n  - {id: defeat-votes, name: 'losing margin, in votes', type: count}\n  - {id: majority-seats, name: 'majority, in seats', type: count}\n  - {id: seats-lost, name: number of seats lost, type: count}\n  - {id: error, name: margin of error, type: count}\n  - {id: needed, name: number of seats needed for a majority, type: count}\n";

    #[test]
    fn a_difference_goes_to_the_property_of_its_kind() {
        // sentence | the proposals with a subject
        let table: &[(&str, &[Attached])] = &[
            (
                "Ana Ruiz lost the ward by 212 votes after a recount.",
                &[("ana-ruiz", "defeat-votes", "212")],
            ),
            (
                "The council vote was carried, the motion finishing 14 votes ahead.",
                &[("council-vote", "margin-votes", "14")],
            ),
            (
                "In the council vote the difference was about 9 votes.",
                &[("council-vote", "margin-votes", "about 9")],
            ),
            (
                "The Greens now hold a majority of 6 on the council.",
                &[("greens", "majority-seats", "6")],
            ),
            (
                "The Greens were cut to 20 seats, a loss of 11.",
                &[("greens", "seats", "20"), ("greens", "seats-lost", "11")],
            ),
            // Negatives: a difference of something else, a rise, a count that is no
            // difference, and a number in page furniture.
            ("The strike ballot passed by 3 points.", &[]),
            (
                "The Greens won 12 seats, and Ana Ruiz was backed by 9 councillors.",
                &[("greens", "seats", "12")],
            ),
            ("A majority of the 40 councillors backed the Greens.", &[]),
            // "By" after a passive names who did it, not a difference; after a verb of
            // change it still gives one.
            (
                "The strike ballot was backed by 3,000 votes.",
                &[("strike-ballot", "votes", "3,000")],
            ),
            ("The Greens' vote in the strike ballot was increased by 300 votes.", &[]),
            ("The council vote: gap year special · 3 stories", &[]),
        ];
        for (text, expected) in table {
            let attached = attached_in(ENTITIES, Some(PROPERTIES), text);
            assert_eq!(attached, owned(expected), "{text}");
        }
    }
}
