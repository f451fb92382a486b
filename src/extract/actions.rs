//! The action a date's own clause tells. A date dates the verb of its clause: when that verb
//! is another action than the event's ("the merger was approved in May", "the minister spoke
//! on Monday about the flood"), with the event named as what the action was done to or about,
//! the date is that action's, not the event's, and the value keeps no subject. Verbs that
//! tell an event happening ("struck", "began", "took place"), the event's own verbs, an event
//! that does the action ("the storm flattened the town on Friday") or is its setting ("killed
//! on Friday in the attack"), and a date written right after the event's name keep theirs.

use super::attach::Attacher;
use super::layout::Sentence;
use super::mentions::Mention;
use super::values::Found;
use super::words::{DETERMINERS, word_spans};
use crate::model::EntityKind;

/// How many words before a date its clause's verb may stand ("was approved by the board of
/// the bank in May").
const VERB_WORDS_BEFORE: usize = 10;
/// How many words after a date its clause's verb may stand ("On Monday the ferry was
/// refloated").
const VERB_WORDS_AFTER: usize = 5;
/// How many words may stand between an event's name and the verb it does ("the storm had
/// already flattened").
const AGENT_GAP_WORDS: usize = 2;

/// Words that open another clause: a verb beyond them is not the date's.
const CLAUSE_BREAKS: &[&str] = &[
    "and", "but", "while", "when", "after", "before", "who", "which", "that", "because", "although", "though",
    "whereas", "where", "whose", "whom", "until", "since", "as",
];
/// Forms of "be": one right before a participle makes it passive ("was signed").
const BE_FORMS: &[&str] = &["was", "were", "is", "are", "been", "be", "being"];
/// Verbs that tell an event happening, starting, lasting or ending, or being made or held: a date of
/// theirs is the event's, whatever the event's role in the clause ("the vote was held on
/// Sunday", "the offer, which he put forward on Monday").
const HAPPENING_VERBS: &[&str] = &[
    "happened",
    "occurred",
    "struck",
    "hit",
    "began",
    "begun",
    "started",
    "erupted",
    "went",
    "came",
    "took",
    "broke",
    "ended",
    "finished",
    "opened",
    "unfolded",
    "ran",
    "lasted",
    "continued",
    "held",
    "staged",
    "made",
    "conducted",
    "carried out",
    "launched",
    "mounted",
    "organised",
    "organized",
    "tabled",
    "put forward",
    "put on the table",
];
/// Verbs that tell an agreement being made: a date of theirs is the agreement's ("the deal
/// was signed in April"); any other verb done to one ("blocked the deal in April") dates
/// another action.
const AGREEING_VERBS: &[&str] = &[
    "signed",
    "agreed",
    "reached",
    "sealed",
    "concluded",
    "struck",
    "completed",
    "closed",
    "finalised",
    "finalized",
    "announced",
];
/// Past forms of common verbs that do not end in "-ed".
const IRREGULAR_VERBS: &[&str] = &[
    "rose",
    "risen",
    "fell",
    "fallen",
    "spoke",
    "spoken",
    "gave",
    "given",
    "put",
    "said",
    "told",
    "took",
    "taken",
    "went",
    "gone",
    "came",
    "began",
    "begun",
    "struck",
    "hit",
    "made",
    "met",
    "won",
    "lost",
    "held",
    "left",
    "ran",
    "sent",
    "brought",
    "saw",
    "seen",
    "found",
    "broke",
    "broken",
    "drove",
    "flew",
    "sold",
    "bought",
    "paid",
    "kept",
    "led",
    "set",
    "shut",
    "cut",
    "wrote",
    "written",
    "chose",
    "chosen",
    "grew",
    "sank",
    "stood",
    "sat",
    "spent",
    "swore",
    "sworn",
    "threw",
    "thrown",
    "knew",
    "thought",
    "caught",
    "fought",
    "sought",
    "got",
    "became",
    "withdrew",
    "withdrawn",
    "shook",
    "hung",
    "laid",
    "overtook",
    "undertook",
    "upheld",
    "struck",
    "heard",
    "felt",
    "meant",
];
/// Words ending in "-ed" that are no verbs.
const NOT_VERBS: &[&str] = &[
    "hundred", "indeed", "speed", "sacred", "naked", "wicked", "beloved", "kindred", "need", "seed", "feed", "deed",
    "weed", "reed", "aged",
];
/// Prepositions before an event's name that make it the setting of an action ("killed in
/// the attack", "injured during the riots"): the action happened in the event.
const SETTINGS: &[&str] = &["in", "during", "amid", "at"];
/// Prepositions: an event's name right after one is no clause's subject ("volunteered for
/// the rescue").
const PREPOSITIONS: &[&str] = &[
    "for", "of", "about", "over", "on", "in", "at", "to", "from", "with", "after", "before", "since", "by", "into",
    "against", "during", "under", "amid", "behind", "below", "above",
];

/// A word without the punctuation around it.
fn bare(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

/// Whether a word (lower case, bare) is a verb in the past, or its participle, when the
/// word before it is `before`.
fn is_past_verb(word: &str, before: Option<&str>) -> bool {
    let past = IRREGULAR_VERBS.contains(&word) || word.len() > 3 && word.ends_with("ed") && !NOT_VERBS.contains(&word);
    past && !before.is_some_and(|before| DETERMINERS.contains(&before))
}

/// The verb a date's clause tells: where it starts and its word.
struct Action<'a> {
    at: usize,
    verb: &'a str,
}

impl Attacher<'_> {
    /// Whether a date is that of another action than the sentence's events: its clause's
    /// verb is none of theirs and tells no event happening, and no event named in the
    /// sentence does that action or is its setting (see the module's doc).
    pub(super) fn dates_another_action(&self, found: &Found, sentence: &Sentence) -> bool {
        let possessive = ["'s", "’s"]
            .iter()
            .any(|mark| self.lower[found.end..].starts_with(mark));
        let events: Vec<&Mention> = self
            .in_sentence(sentence)
            .filter(|m| matches!(self.kind_of(m.entity), Some(EntityKind::Event | EntityKind::Agreement)))
            .collect();
        if possessive || events.is_empty() || events.iter().any(|m| self.names_right_before(found, m)) {
            return false;
        }
        let Some(action) = self
            .action_before(found, sentence)
            .or_else(|| self.action_after(found, sentence))
        else {
            return false;
        };
        let agreement = events
            .iter()
            .any(|m| self.kind_of(m.entity) == Some(EntityKind::Agreement));
        let told = HAPPENING_VERBS.iter().any(|phrase| self.tells(&action, phrase))
            || agreement && AGREEING_VERBS.contains(&action.verb)
            || self
                .event_verbs
                .iter()
                .any(|(verb, _)| verb.split_whitespace().next() == Some(action.verb));
        !told && !events.iter().any(|m| self.does(m, &action) || self.is_setting(m))
    }

    /// The nearest verb before a date in its clause.
    fn action_before(&self, found: &Found, sentence: &Sentence) -> Option<Action<'_>> {
        let from = sentence.start;
        let words: Vec<(usize, &str)> = word_spans(&self.lower[from..found.start]).collect();
        for (index, (at, raw)) in words.iter().enumerate().rev().take(VERB_WORDS_BEFORE) {
            let word = bare(raw);
            // The word right before the date may be its preposition ("until May").
            let opens = CLAUSE_BREAKS.contains(&word) && index + 1 < words.len();
            if raw.ends_with([',', ';', ':']) || opens {
                return None;
            }
            let before = index.checked_sub(1).and_then(|i| words.get(i)).map(|(_, w)| bare(w));
            if is_past_verb(word, before) {
                return Some(Action {
                    at: from + at,
                    verb: word,
                });
            }
        }
        None
    }

    /// The nearest verb after a date in its clause ("On Monday the court sentenced him").
    fn action_after(&self, found: &Found, sentence: &Sentence) -> Option<Action<'_>> {
        let from = found.end;
        let window = &self.lower[from..sentence.end];
        let mut before: Option<&str> = None;
        for (at, raw) in word_spans(window).take(VERB_WORDS_AFTER) {
            let word = bare(raw);
            if window[..at].contains([',', ';', ':']) || CLAUSE_BREAKS.contains(&word) {
                return None;
            }
            if is_past_verb(word, before) {
                return Some(Action {
                    at: from + at,
                    verb: word,
                });
            }
            before = Some(word);
        }
        None
    }

    /// Whether an event's name stands right before a date, a preposition at most between
    /// them ("the flood on Tuesday", "the merger in March"): the date is the event's.
    fn names_right_before(&self, found: &Found, mention: &Mention) -> bool {
        let between = self.lower.get(mention.end..found.start).unwrap_or(" , ");
        let words: Vec<&str> = between.split_whitespace().collect();
        !between.contains(',') && matches!(words.as_slice(), [] | ["on" | "in" | "at" | "of" | "from"])
    }

    /// Whether the words from an action's verb on are a phrase.
    fn tells(&self, action: &Action, phrase: &str) -> bool {
        self.lower[action.at..]
            .strip_prefix(phrase)
            .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
    }

    /// Whether an event's name is the subject of an active verb: a few words at most before
    /// it, no comma or form of "be" between, and no preposition before the name.
    fn does(&self, mention: &Mention, action: &Action) -> bool {
        let Some(between) = self.lower.get(mention.end..action.at) else {
            return false;
        };
        let gap: Vec<&str> = between.split_whitespace().map(bare).collect();
        gap.len() <= AGENT_GAP_WORDS
            && !between.contains([',', ';', ':'])
            && !gap.iter().any(|word| BE_FORMS.contains(word))
            && !self
                .word_before_name(mention)
                .is_some_and(|word| PREPOSITIONS.contains(&word))
    }

    /// Whether an event's name follows a preposition of a setting ("in the attack").
    fn is_setting(&self, mention: &Mention) -> bool {
        self.word_before_name(mention)
            .is_some_and(|word| SETTINGS.contains(&word))
    }

    /// The word before a name and its determiner, if any ("in" for "in the Corran flood").
    fn word_before_name(&self, mention: &Mention) -> Option<&str> {
        let own = self.lower[mention.start..mention.end]
            .split_whitespace()
            .next()
            .map(bare);
        let mut before = self.lower[..mention.start].split_whitespace().rev().map(bare);
        let last = before.next();
        let determined = own.is_some_and(|word| DETERMINERS.contains(&word));
        match last {
            Some(word) if !determined && DETERMINERS.contains(&word) => before.next(),
            _ => last,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::{Attached, assert_attached};

    const EVENTS: &str = "entities:
  - {id: halden-merger, kind: event, name: Halden merger, aliases: [the merger]}
  - {id: corran-flood, kind: event, name: Corran flood, aliases: [the flood]}
  - {id: dock-strike, kind: event, name: Corran dock strike, aliases: [the strike]}
";

    #[test]
    fn a_date_of_another_action_than_the_events_is_nobodys() {
        // sentence | the proposals with a subject
        let table: &[(&str, &[Attached])] = &[
            // The event done to, spoken of, or named after another action's verb.
            ("The Halden merger was approved by regulators in March.", &[]),
            (
                "The merger was cleared in March and challenged by a rival in June.",
                &[],
            ),
            ("The mayor spoke on Tuesday about the Corran flood.", &[]),
            ("On Tuesday the flood was blamed on a blocked culvert.", &[]),
            ("Halden shares fell 4% on Friday, below the price the merger set.", &[]),
            (
                "A volunteer who had worked for the strike committee retired in June.",
                &[],
            ),
            ("The Halden merger was put on hold in May.", &[]),
            (
                "A nurse who had cared for victims of the Corran flood died on Tuesday.",
                &[],
            ),
            ("The judge gave the strike leaders until March to appeal.", &[]),
            // The event's own verb, a verb of happening or of making, the event doing the action, or the
            // action happening in the event.
            (
                "The Corran flood hit on Tuesday.",
                &[("corran-flood", "date", "Tuesday")],
            ),
            (
                "Dockers struck on Monday, and the strike closed the port.",
                &[("dock-strike", "date", "Monday")],
            ),
            (
                "The flood destroyed 40 homes on Tuesday.",
                &[("corran-flood", "date", "Tuesday")],
            ),
            (
                "Two men drowned on Tuesday in the Corran flood.",
                &[("corran-flood", "date", "Tuesday")],
            ),
            (
                "The merger was put forward in March by both boards.",
                &[("halden-merger", "date", "March")],
            ),
            (
                "The strike, which the union held on Monday, closed the port.",
                &[("dock-strike", "date", "Monday")],
            ),
            (
                "The Corran dock strike ran until March.",
                &[("dock-strike", "end", "March")],
            ),
            // A date written right after the event's name.
            (
                "Regulators approved the Halden merger in March.",
                &[("halden-merger", "date", "March")],
            ),
            (
                "The flood on Tuesday was blamed on a blocked culvert.",
                &[("corran-flood", "date", "Tuesday")],
            ),
        ];
        assert_attached(EVENTS, None, table);
    }

    #[test]
    fn an_agreement_is_dated_by_the_verbs_that_make_it() {
        const DEALS: &str = "entities:
  - {id: harbour-deal, kind: agreement, name: Corran harbour deal, aliases: [the deal]}
";
        let table: &[(&str, &[Attached])] = &[
            (
                "The Corran harbour deal was signed on Monday.",
                &[("harbour-deal", "date", "Monday")],
            ),
            (
                "Both councils agreed the deal on Monday.",
                &[("harbour-deal", "date", "Monday")],
            ),
            // Another action done to it dates that action.
            (
                "A court suspended the deal, and a judge lifted the order on Monday.",
                &[],
            ),
            ("Regulators, who had doubts about the deal, cleared it on Monday.", &[]),
        ];
        assert_attached(DEALS, None, table);
    }
}
