//! Vote tallies: the votes for and against written as one figure ("passed 216-210", "the
//! tally was 216 to 210", "approved by 311 votes to 112", "a 6-3 ruling"). A figure is a
//! tally only where a word of voting stands next to it, and never where it is a range, a
//! score, a season or a reference ("10-12 people", "beat them 4-2", "2023-24", "pages 9-11").
//! The first number is the votes for, the second the votes against, as tallies are written,
//! unless the verb says how the vote went: what passed had more votes for than against
//! ("approved by 311 votes to 112"), what failed fewer ("rejected by 7 votes to 2").

use super::layout::{Layout, Sentence};
use super::patterns::Family;
use super::values::Found;
use super::words::{is_noun_plural, last_words, word_spans};
use regex::Regex;
use std::sync::LazyLock;

/// A tally found in a text: the votes for and against, and where it is written.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Tally {
    /// The number of votes for.
    pub votes_for: Found,
    /// The number of votes against.
    pub votes_against: Found,
    /// Byte offset of the first number.
    pub start: usize,
    /// Byte offset one past the second number (and its "votes", if written).
    pub end: usize,
}

/// Two numbers joined by a dash or by "to", the first maybe followed by "votes": "216-210",
/// "216 to 210", "208 votes to 218".
static TALLY: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let number = r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+";
    Regex::new(&format!(
        r"(?P<for>{number})(?:(?P<dash>-|–)|(?P<votes>\s+votes?)?\s+to\s+)(?P<against>{number})(?P<after>\s+votes?\b)?"
    ))
    .ok()
});

/// Two numbers each followed by its side: "310 votes in favour and 250 against", "12 against,
/// 30 for".
static SIDED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let number = r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+";
    let side = r"in\s+favou?r|for|against";
    Regex::new(&format!(
        r"(?P<one>{number})(?:\s+votes?)?\s+(?P<one_side>{side}),?\s+(?:(?:and|to|with)\s+)?(?P<other>{number})(?:\s+votes?)?\s+(?P<other_side>{side})\b"
    ))
    .ok()
});

/// Words of voting: one of them a few words before a figure, or a noun of them right after
/// it ("a 6-3 ruling"), makes the figure a tally.
const VOTE_WORDS: &[&str] = &[
    "vote",
    "votes",
    "voted",
    "voting",
    "tally",
    "ballot",
    "ballots",
    "passed",
    "failed",
    "approved",
    "rejected",
    "adopted",
    "ruling",
    "ruled",
    "decision",
    "verdict",
    "motion",
    "bill",
    "measure",
    "resolution",
    "amendment",
    "referendum",
    "margin",
];
/// How many words before the first number a word of voting may stand ("the tally was").
const VOTE_WORDS_BEFORE: usize = 6;

/// Words of games and matches: a figure in a sentence that has one is a score.
const SCORE_WORDS: &[&str] = &[
    "goal",
    "goals",
    "scored",
    "score",
    "scoreline",
    "draw",
    "drew",
    "penalties",
    "penalty",
    "shootout",
    "match",
    "game",
    "games",
    "innings",
    "set",
    "sets",
    "halftime",
    "half-time",
    "season",
    "league",
    "fight",
    "bout",
    "rounds",
];

/// Words right before a figure that make it a range, a period or a reference: "between
/// 10-12", "ages 18-24", "pages 9-11", "since 9-11".
const RANGE_WORDS: &[&str] = &[
    "between", "from", "ages", "aged", "age", "page", "pages", "pp", "p", "chapter", "chapters", "section", "sections",
    "verse", "verses", "room", "rooms", "route", "grade", "grades", "size", "sizes", "number", "numbers", "no", "nos",
    "season", "seasons", "year", "years", "since", "after", "before", "until", "on", "in", "at",
];

/// Words after a figure that make it a quantity: "10 to 12 percent", "30-40 million".
const QUANTITY_WORDS: &[&str] = &[
    "percent", "per", "million", "billion", "thousand", "hundred", "times", "year", "month", "week", "day", "hour",
    "minute", "mile", "km", "page",
];

/// Words ending in "s" that are no plural noun: a figure before one counts nothing.
const NOT_PLURALS: &[&str] = &[
    "this", "thus", "perhaps", "unless", "always", "towards", "besides", "whereas",
];

/// Verbs of a vote that carried: the larger number is of the votes for.
const PASSING: &[&str] = &["passed", "approved", "adopted", "carried", "confirmed", "backed"];
/// Verbs of a vote that failed: the larger number is of the votes against.
const FAILING: &[&str] = &["failed", "rejected", "defeated", "blocked", "down", "fell"];

/// Every tally in a text, in text order, given its lower-case form (same offsets).
pub(super) fn find(lower: &str, layout: &Layout) -> Vec<Tally> {
    let mut tallies = joined(lower, layout);
    tallies.extend(sided(lower, layout));
    tallies.sort_by_key(|tally| tally.start);
    tallies
}

/// The tallies written with each number's side: "310 votes in favour and 250 against".
fn sided(lower: &str, layout: &Layout) -> Vec<Tally> {
    let Some(pattern) = SIDED.as_ref() else {
        return Vec::new();
    };
    pattern
        .captures_iter(lower)
        .filter_map(|captures| {
            let (one, other) = (captures.name("one")?, captures.name("other")?);
            let (one_side, other_side) = (captures.name("one_side")?, captures.name("other_side")?);
            let one_for = one_side.as_str() != "against";
            let end = other_side.end();
            let sentence = layout.sentence_at(one.start(), end)?;
            let (one, other) = (count(one.start(), one.as_str()), count(other.start(), other.as_str()));
            let (votes_for, votes_against) = if one_for { (one, other) } else { (other, one) };
            let sides_differ = one_for != (other_side.as_str() != "against");
            (sides_differ
                && !is_scored(lower, sentence)
                && bounded(
                    &lower[sentence.start..votes_for.start.min(votes_against.start)],
                    &lower[end..sentence.end],
                ))
            .then(|| Tally {
                start: votes_for.start.min(votes_against.start),
                votes_for,
                votes_against,
                end,
            })
        })
        .collect()
}

/// Whether a sentence has a word of games and matches.
fn is_scored(lower: &str, sentence: &Sentence) -> bool {
    word_spans(&lower[sentence.start..sentence.end])
        .any(|(_, word)| SCORE_WORDS.contains(&word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')))
}

/// The tallies of two numbers joined by a dash or "to", next to a word of voting.
fn joined(lower: &str, layout: &Layout) -> Vec<Tally> {
    let Some(pattern) = TALLY.as_ref() else {
        return Vec::new();
    };
    pattern
        .captures_iter(lower)
        .filter_map(|captures| {
            let (first, second) = (captures.name("for")?, captures.name("against")?);
            let end = captures.name("after").map_or(second.end(), |after| after.end());
            let sentence = layout.sentence_at(first.start(), end)?;
            let before = &lower[sentence.start..first.start()];
            let after = &lower[end..sentence.end];
            let written = Written {
                first: first.as_str(),
                second: second.as_str(),
                dash: captures.name("dash").is_some(),
                votes: captures.name("votes").is_some() || captures.name("after").is_some(),
            };
            (!is_scored(lower, sentence) && is_tally(&written, before, after)).then(|| {
                let (votes_for, votes_against) = sides(
                    count(first.start(), first.as_str()),
                    count(second.start(), second.as_str()),
                    before,
                );
                Tally {
                    votes_for,
                    votes_against,
                    start: first.start(),
                    end,
                }
            })
        })
        .collect()
}

/// How a figure is written: its two numbers, whether a dash joins them, whether "votes" is
/// written with them.
struct Written<'a> {
    first: &'a str,
    second: &'a str,
    dash: bool,
    votes: bool,
}

/// Whether a figure, with the words of its sentence before and after it, is a tally.
fn is_tally(written: &Written, before: &str, after: &str) -> bool {
    let last = last_words(before, 1);
    let previous = last.trim();
    let next = word_spans(after)
        .next()
        .map_or("", |(_, word)| word.trim_end_matches(['.', ',', ';', ':', ')']));
    let vote_after = VOTE_WORDS.contains(&next);
    let near = last_words(before, VOTE_WORDS_BEFORE);
    let vote_before = near.split_whitespace().any(|word| VOTE_WORDS.contains(&word));
    // "a 6-3 ruling": after an article, the noun after the figure must be one of voting.
    let attributive = matches!(previous, "a" | "an" | "the");
    let counts_things = !vote_after
        && (is_noun_plural(next) && !NOT_PLURALS.contains(&next)
            || QUANTITY_WORDS.iter().any(|word| next.trim_end_matches('s') == *word)
            || next.starts_with('%'));
    bounded(before, after)
        && !is_season(written.first, written.second)
        && !RANGE_WORDS.contains(&previous)
        && !counts_things
        && (written.votes || vote_after || vote_before && !attributive)
        && (written.dash || written.votes || !attributive)
}

/// Whether nothing joins the figure to the characters around it: "#9-11", "$5-6", "9-11-01"
/// and "10-12%" are no tallies.
fn bounded(before: &str, after: &str) -> bool {
    let joined_before = before
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || "-–./:$€£#,".contains(c));
    let mut rest = after.chars();
    let joined_after = match rest.next() {
        Some(c) if c.is_alphanumeric() || "-–/:%".contains(c) => true,
        Some('.' | ',') => rest.next().is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    };
    !joined_before && !joined_after
}

/// Whether two numbers are a span of years or a season: "2023-24", "1914-1918".
fn is_season(first: &str, second: &str) -> bool {
    let year = |digits: &str| digits.len() == 4 && digits.parse::<u16>().is_ok_and(|y| (1000..2100).contains(&y));
    year(first) && (second.len() == 2 || year(second))
}

/// The votes for and against of a figure's two numbers: as written, unless the verb before
/// says the vote carried and the first is the smaller, or it failed and the first is the
/// larger.
fn sides(first: Found, second: Found, before: &str) -> (Found, Found) {
    let (one, other) = (number(&first.written), number(&second.written));
    let swapped = one != other && outcome(before).is_some_and(|carried| carried != (one > other));
    if swapped { (second, first) } else { (first, second) }
}

/// How the vote went, by the nearest verb of passing or failing a few words before the
/// figure: `Some(true)` if it carried, `Some(false)` if it failed.
fn outcome(before: &str) -> Option<bool> {
    last_words(before, VOTE_WORDS_BEFORE)
        .split_whitespace()
        .rev()
        .find_map(|word| {
            if PASSING.contains(&word) {
                Some(true)
            } else {
                FAILING.contains(&word).then_some(false)
            }
        })
}

/// The value of a number written with digits and commas.
fn number(digits: &str) -> u64 {
    digits.replace(',', "").parse().unwrap_or(0)
}

/// A number of votes as a found count.
fn count(start: usize, digits: &str) -> Found {
    Found {
        family: Family::Count,
        start,
        end: start + digits.len(),
        written: digits.to_owned(),
        age_form: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tallies of a text as (for, against).
    fn tallies(text: &str) -> Vec<(String, String)> {
        let text = format!("{text}\n");
        let lower = text.to_ascii_lowercase();
        find(&lower, &Layout::of(&text))
            .into_iter()
            .map(|tally| (tally.votes_for.written, tally.votes_against.written))
            .collect()
    }

    #[test]
    fn a_figure_next_to_a_word_of_voting_is_a_tally() {
        // sentence | (for, against) of each tally
        let table: &[(&str, &[(&str, &str)])] = &[
            ("The Bundestag passed the law 412-248 on Friday.", &[("412", "248")]),
            ("The Senate voted 61-39 to end the debate.", &[("61", "39")]),
            ("The final tally was 58 to 41, officials said.", &[("58", "41")]),
            ("The amendment fell short, 190 votes to 231.", &[("190", "231")]),
            ("The assembly approved the budget by 301 votes to 98.", &[("301", "98")]),
            (
                "Shareholders backed the merger by a vote of 1,204,551 to 88,310.",
                &[("1,204,551", "88,310")],
            ),
            ("In a 5–4 ruling, the court struck down the tax.", &[("5", "4")]),
            ("The council's 7-2 decision surprised residents.", &[("7", "2")]),
            ("The strike motion failed 40-52 at the union congress.", &[("40", "52")]),
            ("Judges ruled 3-2 that the election should be rerun.", &[("3", "2")]),
            // What failed had fewer votes for; what passed, more; however written.
            ("The board's plan was rejected by 9 votes to 4.", &[("4", "9")]),
            ("The proposal was defeated by 330 votes to 286.", &[("286", "330")]),
            ("The Senate rejected the nominee 47-53.", &[("47", "53")]),
            ("The strike was backed by 420 votes to 180.", &[("420", "180")]),
            // Each number with its side, in either order.
            (
                "Delegates cast 1,310 votes in favour and 250 against.",
                &[("1,310", "250")],
            ),
            ("The plan had 12 votes against, 30 for.", &[("30", "12")]),
        ];
        for (text, expected) in table {
            let expected: Vec<(String, String)> = expected.iter().map(|(f, a)| ((*f).into(), (*a).into())).collect();
            assert_eq!(tallies(text), expected, "{text}");
        }
    }

    #[test]
    fn scores_ranges_seasons_and_references_are_no_tallies() {
        let table: &[&str] = &[
            "Brazil beat Serbia 4-2 in Doha.",
            "The game ended in a 3-3 draw after the vote on the new stadium.",
            "City won 2-1 on penalties after the board approved the transfer.",
            "Between 10-12 people were hurt before the vote.",
            "The bill covers children aged 5-11 in state schools.",
            "The measure applies to voters ages 18-24 only.",
            "The motion was debated in the 2023-24 session.",
            "The bill is set out on pages 9-11 of the report.",
            "The measure was drafted after 9-11 by the committee.",
            "The tally of 10-12% surprised the pollsters who voted.",
            "The bill would cost 30 to 40 million to carry out.",
            "The motion concerns 20-30 homes near the river.",
            "Route 9-11 closes after the vote.",
            "The committee met 3 to 4 times before the vote.",
            "He won a 4-2 decision over five rounds.",
            "The striker scored 2 for City and 1 against Leeds last season.",
            "They argued 3 for and 3 for the plan.",
        ];
        for text in table {
            assert!(tallies(text).is_empty(), "{text}");
        }
    }
}
