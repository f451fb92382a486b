//! Which entity a value is about, by the grammar of its clause: who it is "for" ("49.7% for
//! the historian Karol Nawrocki"); the clause's subject, who owns what a count counts ("The
//! Greens won 40 seats", "the striker scored two goals"), ahead of an entity named in a
//! comparison ("one more than the exit poll suggested"), which no value of the sentence is
//! about; the verb that dates a date; the span a superlative ranks over.

use super::attach::Attacher;
use super::layout::Sentence;
use super::mentions::Mention;
use super::patterns::Family;
use super::values::Found;
use super::words::{SPEECH_VERBS, holds_words, last_words, word_positions};
use crate::model::EntityKind;

/// Kinds of entity that may own the things a count counts, beyond the kinds a count's rule
/// allows (events and things): who won the seats, scored the goals, accepted the teams.
pub(super) const OWNERS: &[EntityKind] = &[
    EntityKind::Organisation,
    EntityKind::Person,
    EntityKind::Group,
    EntityKind::Place,
];

/// Words that may stand before a clause's subject at the start of its clause.
const OPENERS: &[&str] = &["the", "yet", "but", "and", "so", "sir", "dame", "while", "then"];

/// Words that join a new clause to the one before it, after a comma or not.
const JOINERS: &[&str] = &["while", "whereas", "but", "and", "as"];

/// Words between a clause's subject and its count that put the count in another clause:
/// a report ("said"), a clause of its own ("that", "than"), a relative ("who", "which").
const BREAKERS: &[&str] = &[
    "that", "than", "which", "whose", "when", "after", "before", "if", "because",
];

/// Verbs of observing or reckoning: who counted, found or estimated the things does not own
/// them ("the mayor counted two missiles", "researchers found 30 graves").
const OBSERVING: &[&str] = &[
    "counted",
    "found",
    "saw",
    "recorded",
    "estimated",
    "estimates",
    "reckoned",
    "tallied",
    "catalogued",
    "cataloged",
    "interviewed",
    "heard",
    "put",
    "puts",
    "listed",
    "identified",
    "registered",
    "claimed",
    "claims",
];

/// Verbs of an attack: what an attacker fired or launched are the attack's figures, not the
/// attacker's ("the army fired 30 rockets").
const ATTACKING: &[&str] = &[
    "fired", "launched", "dropped", "shot", "struck", "hit", "attacked", "bombed", "shelled", "killed",
];

/// Words that rank a thing against all others of its kind, besides those ending in "-iest"
/// ("deadliest", "busiest"): a length or a year after them in their clause is the span the
/// ranking covers ("the worst flood in four decades", "the highest turnout since 1989").
const SUPERLATIVES: &[&str] = &[
    "worst",
    "best",
    "most",
    "least",
    "highest",
    "lowest",
    "biggest",
    "largest",
    "longest",
    "shortest",
    "strongest",
    "fastest",
    "slowest",
    "hottest",
    "coldest",
    "wettest",
    "greatest",
    "record",
    "first",
];
/// How many words before a span of comparison its superlative may stand.
const RANKING_WORDS: usize = 8;

/// How many words may stand between a clause's subject and its count.
const OWNER_WORDS: usize = 12;
/// How many words after a value "for" and the words before a name may take ("for the
/// conservative historian Karol Nawrocki").
const FOR_WORDS: usize = 5;
/// How many words before an entity "than" may stand to make it compared.
const THAN_WORDS: usize = 4;

impl Attacher<'_> {
    /// The subject of a count's clause that owns what it counts: an organisation, person,
    /// group or place that opens the clause the count stands in ("Labour ended the night
    /// with 400 seats", "the Greens won 40, their best result"), with no report, comparison
    /// or relative clause between them, and no other such name. A count that is the whole
    /// another is part of ("411 of the 650 seats") is not the subject's.
    pub(super) fn clause_owner(&self, found: &Found, sentence: &Sentence) -> Option<usize> {
        let before = &self.lower[sentence.start..found.start];
        if self.is_whole_of_part(before) {
            return None;
        }
        let owner = self
            .in_sentence(sentence)
            .filter(|m| m.end <= found.start)
            .filter(|m| self.kind_of(m.entity).is_some_and(|kind| OWNERS.contains(&kind)))
            .last()?;
        self.opens_clause_of(owner, owner, found, sentence)
            .then_some(owner.entity)
    }

    /// Whether the words from `first` to `last` (one mention, or the ends of a coordination)
    /// are the subject of the clause a value stands in: they open the clause, a few words
    /// before the value, with no report, comparison or relative clause between, and no other
    /// name ("found", said of a verdict, reports nothing: "were found guilty of").
    pub(super) fn opens_clause_of(&self, first: &Mention, last: &Mention, found: &Found, sentence: &Sentence) -> bool {
        let between = &self.lower[last.end..found.start];
        let words = between.split_whitespace().count();
        let bare_words: Vec<&str> = between.split_whitespace().map(bare).collect();
        let padded = format!(" {} ", bare_words.join(" "));
        let verdict = ["guilty", "not", "innocent", "liable"]
            .iter()
            .any(|word| holds_words(&padded, &format!("found {word}")));
        let broken = BREAKERS
            .iter()
            .chain(SPEECH_VERBS)
            .chain(OBSERVING.iter().filter(|word| !(verdict && **word == "found")))
            .chain(ATTACKING)
            .any(|word| holds_words(&padded, word))
            || between.split_whitespace().any(|word| word.ends_with([';', ':', '.']));
        let other = self.in_sentence(sentence).any(|m| {
            m.start >= last.end && m.end <= found.start && m.entity != last.entity && m.entity != first.entity
        });
        words <= OWNER_WORDS && !broken && !other && self.opens_clause(first, sentence)
    }

    /// Whether a mention is who a value is for, a few words after it ("49.7% for the
    /// conservative historian Karol Nawrocki", "20 years for Dominique Pelicot").
    pub(super) fn is_for(&self, found: &Found, mention: &Mention) -> bool {
        if mention.start < found.end || found.family == Family::Count {
            return false;
        }
        let between = &self.lower[found.end..mention.start];
        let mut words = between.split_whitespace();
        words.next() == Some("for")
            && !between.contains([',', ';', ':', '.'])
            && between.split_whitespace().count() <= FOR_WORDS
    }

    /// Whether a share is for someone described, not named, right after it ("43.2% for the
    /// far-right leader"): whoever that is, it is not the name nearest the value. (A length
    /// "for the thefts" is for an offence.)
    pub(super) fn is_for_unnamed(&self, found: &Found, sentence: &Sentence) -> bool {
        let after = &self.lower[found.end..sentence.end];
        let describing = ["the", "a", "an", "his", "her", "their", "its"];
        let mut words = after.split_whitespace();
        let opens = words.next() == Some("for") && words.next().is_some_and(|word| describing.contains(&word));
        let reach = found.end
            + after
                .len()
                .min(after.split_whitespace().take(FOR_WORDS + 1).map(|w| w.len() + 1).sum());
        opens
            && found.family == Family::Percentage
            && !self
                .in_sentence(sentence)
                .any(|m| m.start >= found.end && m.start < reach && self.is_for(found, m))
    }

    /// Whether the words before a count end with another count and "of" ("411 of the"):
    /// the count is the whole that one is part of.
    pub(super) fn is_whole_of_part(&self, before: &str) -> bool {
        let last = last_words(before, 3);
        let words: Vec<&str> = last.split_whitespace().collect();
        let number = |word: &str| {
            word.starts_with(|c: char| c.is_ascii_digit()) || self.patterns.number_words.iter().any(|n| n == word)
        };
        match words.as_slice() {
            [.., n, "of", "the"] | [.., n, "of"] => number(n),
            _ => false,
        }
    }

    /// Whether a mention opens its clause: only opening words before it since the start of
    /// the sentence, or since a word or mark that joins a new clause.
    fn opens_clause(&self, mention: &Mention, sentence: &Sentence) -> bool {
        let before = &self.lower[sentence.start..mention.start];
        for word in before.split_whitespace().rev() {
            if word.ends_with([',', ';', ':']) || JOINERS.contains(&bare(word)) {
                return true;
            }
            if !OPENERS.contains(&bare(word)) {
                return false;
            }
        }
        true
    }

    /// Where a comparison after a value starts in its sentence ("411 seats, one more than
    /// the exit poll suggested": the words of the exit poll qualify no property of the 411),
    /// else the sentence's end.
    pub(super) fn compared_from(&self, found: &Found, sentence: &Sentence) -> usize {
        word_positions(self.lower, found.end, sentence.end, "than")
            .next()
            .unwrap_or(sentence.end)
    }

    /// Whether a length of time or a date is the span a superlative ranks over ("the
    /// deadliest accident on the railways in four decades", "the first time in 20 years",
    /// "the worst flood since 1957"), not a length or date of the thing ranked: "in" or "since"
    /// just before it (a date only after "since"), a superlative earlier in its clause.
    pub(super) fn spans_a_ranking(&self, found: &Found, sentence: &Sentence) -> bool {
        let before = &self.lower[sentence.start..found.start];
        let clause = &before[before.rfind([',', ';', ':']).map_or(0, |at| at + 1)..];
        let written = &self.lower[found.start..found.end];
        let opening = format!(
            "{}{} ",
            last_words(clause, 3),
            written.split_whitespace().next().unwrap_or("")
        );
        let spanned = match found.family {
            Family::Duration => holds_words(&opening, "in") || holds_words(&opening, "since"),
            Family::Date => holds_words(&opening, "since"),
            _ => false,
        };
        spanned
            && last_words(clause, RANKING_WORDS)
                .split_whitespace()
                .any(|word| SUPERLATIVES.contains(&word) || (word.ends_with("iest") && word != "priest"))
    }

    /// Whether a cue is the "until" of "not ... until" ("will not be sworn in until early
    /// August"), which tells when something happens, not when it ends.
    pub(super) fn not_until(&self, sentence: &Sentence, cue: (usize, usize)) -> bool {
        let before = last_words(&self.lower[sentence.start..cue.0], 6);
        &self.lower[cue.0..cue.1] == "until"
            && ["not", "never", "won't", "didn't", "wasn't"]
                .iter()
                .any(|word| holds_words(&before, word))
    }

    /// Whether a date's cue belongs to another clause than the date: a cue before it with
    /// another verb in the past between them ("founded two decades ago, was dissolved in
    /// 2018": "dissolved", not "founded", dates 2018), or a cue after it past a comma or a
    /// relative word ("completed on Friday, ending a battle that began"), unless the date
    /// opens the sentence ("On Friday, the company was founded").
    pub(super) fn cue_in_another_clause(&self, found: &Found, sentence: &Sentence, cue: (usize, usize)) -> bool {
        if cue.1 <= found.start {
            return self.text.get(cue.1..found.start).is_some_and(|between| {
                between.split_whitespace().any(|word| {
                    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
                    word.len() > 3 && word.ends_with("ed") && word.starts_with(|c: char| c.is_lowercase())
                })
            });
        }
        let opens = self.lower[sentence.start..found.start].split_whitespace().count() <= 2;
        let between = format!(" {} ", self.lower.get(found.end..cue.0).unwrap_or_default());
        let broken = between.contains([',', ';'])
            || ["that", "which", "when", "who", "while"]
                .iter()
                .any(|word| holds_words(&between, word));
        !opens && broken
    }

    /// Whether a mention is named in a comparison in its sentence (see [`Self::is_compared`]).
    pub(super) fn compared_anywhere(&self, mention: &Mention) -> bool {
        self.layout
            .sentence_at(mention.start, mention.end)
            .is_some_and(|sentence| self.is_compared(mention, sentence))
    }

    /// Whether an entity is named in a comparison ("one more than Thursday's exit poll
    /// suggested", "fewer than the Greens", "compared with the last election", "up by four
    /// points on the first round"): "than" or "compared with" a few words before it, or "on"
    /// right before it after "up" or "down".
    pub(super) fn is_compared(&self, mention: &Mention, sentence: &Sentence) -> bool {
        let text_before = &self.lower[sentence.start..mention.start.max(sentence.start)];
        let before = last_words(text_before, THAN_WORDS);
        let change = last_words(text_before, RANKING_WORDS);
        ["than", "compared with", "compared to"]
            .iter()
            .any(|word| holds_words(&before, word))
            || (before.ends_with(" on ") || before.ends_with(" on the "))
                && (holds_words(&change, "up") || holds_words(&change, "down"))
    }
}

/// A word without the marks around it.
fn bare(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::super::tests::{Attached, assert_attached, attached_in, owned};

    const ENTITIES: &str = "entities:
  - {id: vote-2031, kind: event, name: 2031 Ruritanian general election, aliases: [the election]}
  - {id: poll-2031, kind: event, name: 2031 Ruritanian exit poll, aliases: [exit poll]}
  - {id: greens, kind: organisation, name: Green League, aliases: [Greens]}
  - {id: blues, kind: organisation, name: Blue Union, aliases: [Blues]}
  - {id: assembly, kind: organisation, name: National Assembly, aliases: [Assembly]}
  - {id: ann-vole, kind: person, name: Ann Vole, aliases: [Vole]}
  - {id: ruritania, kind: place, name: Ruritania}
";
    const PROPERTIES: &str = "properties:
  - {id: seats, name: number of seats won, type: count}
  - {id: poll-seats, name: number of seats in the exit poll, type: count}
  - {id: goals, name: number of goals, type: count}
  - {id: ballots, name: number of ballots counted, type: count}
  - {id: teams, name: number of teams, type: count}
  - {id: rockets, name: number of rockets, type: count}
  - {id: flights, name: number of flights cancelled, type: count}
";

    /// `(text, the counts proposed with a subject)`: the clause's subject owns what the
    /// count counts; an entity named in a comparison owns nothing.
    const OWNED: &[(&str, &[Attached])] = &[
        (
            "The Greens closed the night with 212 seats, three fewer than the exit poll had said.",
            &[("greens", "seats", "212")],
        ),
        // The words of a comparison qualify no property of the count: seats won, not
        // seats in the exit poll.
        (
            "The Greens won 212 seats, two more than the exit poll gave them.",
            &[("greens", "seats", "212")],
        ),
        (
            "Yet the Blues, with 20.5% of the vote, were cut to 31 seats.",
            &[("blues", "seats", "31")],
        ),
        (
            "Ann Vole scored two goals before the break.",
            &[("ann-vole", "goals", "two")],
        ),
        (
            "Ruritania has accepted teams from nine countries, while the Greens won 212 seats.",
            &[("greens", "seats", "212")],
        ),
        // Negatives: a report between the name and the count; the whole a part is taken
        // from (an organisation no count's rule allows: nobody); who counted the things;
        // an event as the clause's subject keeps it.
        (
            "Ann Vole said the exit poll gave 212 seats to nobody.",
            &[("poll-2031", "poll-seats", "212")],
        ),
        (
            "The Greens won 212 of the 400 seats in the Assembly.",
            &[("greens", "seats", "212")],
        ),
        ("Ann Vole counted 212 seats from the gallery.", &[]),
        // What an attacker fired is the attack's figure: the event named last keeps it.
        (
            "The election was marred by violence. Ruritania fired 12 rockets at the Assembly.",
            &[("vote-2031", "rockets", "12")],
        ),
        (
            "The exit poll gave the Greens 212 seats.",
            &[("poll-2031", "poll-seats", "212")],
        ),
        // A count told by its name's participle belongs to the clause's subject too; with
        // no subject named, to the event.
        (
            "The election was marred by violence. The Blues cancelled 160 flights on Saturday.",
            &[("blues", "flights", "160")],
        ),
        (
            "The election was marred by violence. At least 160 flights were cancelled.",
            &[("vote-2031", "flights", "at least 160")],
        ),
    ];

    #[test]
    fn a_span_a_superlative_ranks_over_is_nobody_s_length_or_date() {
        let properties =
            "properties:\n  - {id: duration, name: duration, type: duration}\n  - {id: date, name: date, type: date}\n";
        let cases: &[(&str, &[Attached])] = &[
            (
                "The 2031 Ruritanian general election had the highest turnout in three decades.",
                &[],
            ),
            (
                "For the first time in 20 years, the Greens topped the poll in the election.",
                &[],
            ),
            ("The Greens called the election the worst defeat since 1989.", &[]),
            (
                "Counting in the election was the slowest in a decade, Ann Vole said.",
                &[],
            ),
            // Negatives: the length or date of the thing itself.
            (
                "The election campaign, the longest on record, lasted 11 weeks.",
                &[("vote-2031", "duration", "11 weeks")],
            ),
            (
                "The first count in the election took nine hours.",
                &[("vote-2031", "duration", "nine hours")],
            ),
        ];
        assert_attached(ENTITIES, Some(properties), cases);
    }

    #[test]
    fn a_share_goes_to_the_property_whose_further_words_its_sentence_has() {
        let properties = "properties:
  - {id: vote-share, name: share of the valid votes, type: percentage}
  - {id: first-round-share, name: share of the valid votes in the first round, type: percentage}
";
        let cases: &[(&str, &[Attached])] = &[
            (
                "Ann Vole won the election with 52.1% of the vote.",
                &[("ann-vole", "vote-share", "52.1%")],
            ),
            (
                "In the first round, Ann Vole led with 38.4% of the vote.",
                &[("ann-vole", "first-round-share", "38.4%")],
            ),
            ("Ann Vole came second with 31%.", &[("ann-vole", "vote-share", "31%")]),
            // A party's share as a candidate's.
            (
                "The Greens took 21.4% of the vote.",
                &[("greens", "vote-share", "21.4%")],
            ),
            // Someone described, not named, after "for": not the nearest name's.
            (
                "Ann Vole took 52.1%, against 47.9% for the sitting mayor.",
                &[("ann-vole", "vote-share", "52.1%")],
            ),
        ];
        assert_attached(ENTITIES, Some(properties), cases);
    }

    #[test]
    fn what_a_figure_is_compared_with_is_not_its_subject() {
        let properties = "properties:\n  - {id: turnout, name: turnout, type: percentage}\n";
        let cases: &[(&str, &[Attached])] = &[
            ("Turnout reached 64%, up by three points on the exit poll.", &[]),
            (
                "Some 64% of registered voters took part, compared with the exit poll.",
                &[],
            ),
            // Negatives: the event named for itself; turnout told by who took part.
            ("The exit poll put turnout at 64%.", &[("poll-2031", "turnout", "64%")]),
            (
                "In the election, 64% of registered voters took part.",
                &[("vote-2031", "turnout", "64%")],
            ),
        ];
        assert_attached(ENTITIES, Some(properties), cases);
    }

    #[test]
    fn the_subject_of_a_counts_clause_owns_what_it_counts() {
        for (text, expected) in OWNED {
            let counts: Vec<_> = attached_in(ENTITIES, Some(PROPERTIES), text)
                .into_iter()
                .filter(|(_, property, _)| {
                    property.ends_with("seats") || ["goals", "rockets", "flights"].contains(&property.as_str())
                })
                .collect();
            assert_eq!(counts, owned(expected), "{text}");
        }
    }

    #[test]
    fn not_until_tells_when_something_happens_not_when_it_ends() {
        let entities =
            "entities:\n  - {id: oath, kind: event, name: swearing-in of the mayor, aliases: [the swearing-in]}\n";
        let table: &[(&str, &[Attached])] = &[
            (
                "The swearing-in will not take place until early March.",
                &[("oath", "date", "early March")],
            ),
            (
                "The swearing-in went on until early March.",
                &[("oath", "end", "early March")],
            ),
        ];
        assert_attached(entities, None, table);
    }
}
