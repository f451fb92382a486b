//! Where the evidence for a subject is too weak, a value keeps none: the editor names it
//! rather than being handed a guess. Each rule here says when a way of finding a subject
//! beyond the words next to the value (the nearest name, the article's event) is a guess.

use super::attach::Attacher;
use super::descriptions::heads_its_phrase;
use super::layout::Sentence;
use super::mentions::Mention;
use super::patterns::{Family, Rule};
use super::values::Found;
use super::words::last_words;
use crate::model::EntityKind;

/// Conjunctions that, after a comma, join a clause with a subject of its own ("..., and
/// most of the traffic has been diverted while the channel stays shut").
const CLAUSE_JOINERS: &[&str] = &["and", "but", "while", "whereas", "although", "though", "because"];

/// Whether the words between a value and a name end one clause and open another: a
/// semicolon, or a comma before a conjunction of [`CLAUSE_JOINERS`]. A name across that
/// boundary is the other clause's, not the value's.
fn joins_another_clause(between: &str) -> bool {
    between.contains(';')
        || between.match_indices(',').any(|(at, _)| {
            let next = between[at + 1..].split_whitespace().next().unwrap_or("");
            CLAUSE_JOINERS.contains(&next)
        })
}

/// Words that open a clause about someone other than the article's event: personal
/// pronouns, and the distributive words of a figure per head ("each MP needed 23,000
/// votes").
const OTHER_OWNERS: &[&str] = &["he", "she", "it", "they", "we", "each", "every"];
/// Possessive determiners: a count "of its ministers" or "their 40 seats" is an owner's.
const POSSESSIVES: &[&str] = &["its", "their", "his", "her", "our"];
/// Words that join a clause of its own, whose first word is its subject.
const CLAUSE_STARTS: &[&str] = &["and", "but", "that", "while", "whereas", "because", "although"];

/// Verbs of change: a percentage right after one, or after one and "by" ("jumped 27%",
/// "fell by nearly 6%"), says how much a thing changed, not what share of a whole it is.
pub(super) const CHANGE_VERBS: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "fell",
    "fall",
    "falls",
    "jumped",
    "jumps",
    "climbed",
    "climbs",
    "dropped",
    "drops",
    "slid",
    "slumped",
    "surged",
    "soared",
    "gained",
    "gains",
    "lost",
    "loses",
    "grew",
    "shrank",
    "sank",
    "tumbled",
    "plunged",
    "rallied",
    "increased",
    "decreased",
    "declined",
    "reduced",
    "raised",
    "lowered",
    "boosted",
    "widened",
    "narrowed",
    "up",
    "down",
];
/// Words right after a percentage that make it a difference between two amounts ("50% more
/// than the law requires", "a 38% premium").
const DIFFERENCE_WORDS: &[&str] = &[
    "more", "less", "fewer", "higher", "lower", "premium", "discount", "increase", "rise", "drop", "fall", "cut",
    "gain", "jump", "decline", "above", "below", "up", "down",
];
/// Words of a property's id or cues that make it a change or a difference itself.
const CHANGE_WORDS: &[&str] = &[
    "change",
    "rise",
    "fall",
    "increase",
    "decrease",
    "premium",
    "growth",
    "drop",
    "gain",
    "difference",
    "swing",
    "discount",
    "margin",
];

/// Whether a rule's property is a change or a difference ("change in the share price",
/// "premium over the share price"), by the words of its id or its cues.
fn is_change_rule(rule: &Rule) -> bool {
    rule.property
        .split('-')
        .chain(rule.cues.iter().flat_map(|cue| cue.split_whitespace()))
        .any(|word| CHANGE_WORDS.contains(&word))
}

impl Attacher<'_> {
    /// Whether a percentage is a change or a difference ("shares jumped 27%", "50% more
    /// than", "a 38% premium") under a rule for a share of something, or a plain share of a
    /// whole named after it: the nearest name is not its owner, and the value keeps no
    /// subject. A percentage "of" something ("lost 80% of its value") is a share, and "rose
    /// to 72%" a level.
    pub(super) fn is_unowned_share(&self, found: &Found, rule: &Rule, sentence: &Sentence) -> bool {
        self.is_unowned_change(found, rule, sentence) || self.is_share_of_a_whole(found, rule, sentence)
    }

    /// Whether a percentage under a rule with no cue words (the plain share) is a share of
    /// a whole that is not the nearest name's: one written in words ("about half of its
    /// staff", "two-thirds of his term"), loose talk far more often than a figure an editor
    /// records, or one that opens its clause "of" a whole named after it ("Half of Beirut is
    /// broken, he said"), where a name before it is another clause's. A share in digits after
    /// a verb ("owns 12% of") is the verb's subject's.
    fn is_share_of_a_whole(&self, found: &Found, rule: &Rule, sentence: &Sentence) -> bool {
        let next = self.lower[found.end..sentence.end].split_whitespace().next();
        let before = self.lower[sentence.start..found.start].trim_end();
        let opens = before.is_empty() || before.ends_with([',', ':', ';', '"', '“', '(', '—']);
        let in_words = !found.written.contains(|c: char| c.is_ascii_digit() || c == '%');
        found.family == Family::Percentage && rule.cues.is_empty() && (in_words || next == Some("of") && opens)
    }

    /// A percentage that is a change or a difference (see [`Self::is_unowned_share`]).
    fn is_unowned_change(&self, found: &Found, rule: &Rule, sentence: &Sentence) -> bool {
        let before = last_words(&self.lower[sentence.start..found.start], 2);
        let before: Vec<&str> = before.split_whitespace().collect();
        let changed = match before.as_slice() {
            [.., verb, "by"] | [.., verb] => CHANGE_VERBS.contains(verb),
            [] => false,
        };
        let next = self.lower[found.end..sentence.end]
            .split_whitespace()
            .next()
            .map(|word| word.trim_end_matches([',', '.', ';', ':']));
        let differs = next.is_some_and(|word| DIFFERENCE_WORDS.contains(&word));
        found.family == Family::Percentage && next != Some("of") && (changed || differs) && !is_change_rule(rule)
    }

    /// Whether a name outside the value may be its nearest subject: not in another clause
    /// and not qualifying a noun after it.
    pub(super) fn may_be_nearest(&self, found: &Found, mention: &Mention) -> bool {
        !self.in_another_clause(found, mention) && !self.is_attributive(mention)
    }

    /// Whether a name stands in another clause of the value's sentence (see
    /// [`joins_another_clause`]): the nearest name there is not what the value is about.
    fn in_another_clause(&self, found: &Found, mention: &Mention) -> bool {
        let between = if mention.end <= found.start {
            self.lower.get(mention.end..found.start)
        } else {
            self.lower.get(found.end..mention.start)
        };
        between.is_some_and(joins_another_clause)
    }

    /// Whether what a count counts (a property "number of <things>") has an owner other
    /// than the article's event: the count's clause opens with a pronoun or a word of a
    /// figure per head ("it won 40 seats", "each MP needed 23,000 votes"), or a possessive
    /// stands right before it or its noun ("three of its ministers", "their 40 seats"). Then
    /// the event the article last named is no more than a guess. (A toll after "he" is
    /// often only reported by him: "He gave an estimate of 30 killed".)
    pub(super) fn owned_elsewhere(&self, found: &Found, sentence: &Sentence) -> bool {
        let before = &self.lower[sentence.start..found.start];
        let words: Vec<&str> = before
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        // "She reigned for 70 years and appointed 15 prime ministers": an "and" before a
        // verb in the past joins a second predicate to the same subject, opening no clause.
        let opening = words
            .iter()
            .enumerate()
            .rev()
            .find(|(at, word)| {
                CLAUSE_STARTS.contains(word) && !words.get(at + 1).is_some_and(|next| next.ends_with("ed"))
            })
            .map_or(0, |(at, _)| at + 1);
        let opener = words.get(opening).copied();
        let opened_by_other = opener.is_some_and(|word| OTHER_OWNERS.contains(&word)) && words.len() > opening + 1;
        let after: Vec<&str> = self.lower[found.end..sentence.end].split_whitespace().take(2).collect();
        let possessed = words.last().is_some_and(|word| POSSESSIVES.contains(word))
            || matches!(after.as_slice(), ["of", owner] if POSSESSIVES.contains(owner));
        opened_by_other || possessed
    }

    /// Whether a name after a determiner only qualifies the noun after it ("the Norvik chief
    /// executive"): the phrase is about that noun's thing, not the name's. A lower-case word
    /// after a name that is no verb and no plural shows it (see [`heads_its_phrase`]). An
    /// event so named ("the Kramatorsk attack inquiry") still tells what a figure is about.
    fn is_attributive(&self, mention: &Mention) -> bool {
        // The determiner may open the mention itself ("the federal channel", a name's
        // lower-case end).
        let determined = self.lower[mention.start..mention.end].starts_with("the ")
            || last_words(&self.lower[..mention.start], 1).trim() == "the";
        let after = &self.text[mention.end..];
        let next = after.split_whitespace().next().unwrap_or("");
        let lower_word = next.starts_with(|c: char| c.is_ascii_lowercase()) && next.chars().all(char::is_alphabetic);
        let plural_or_verb = next.ends_with('s');
        let event = self.kind_of(mention.entity) == Some(EntityKind::Event);
        !event
            && determined
            && after.starts_with(' ')
            && lower_word
            && !plural_or_verb
            && !heads_its_phrase(&self.lower[mention.end..])
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::{Attached, assert_attached};

    const EVENTS: &str = "entities:
  - {id: mine-collapse, kind: event, name: Ridgeway mine collapse, aliases: [mine collapse]}
  - {id: board-resignation, kind: event, name: resignation of the Ridgeway board}
  - {id: halden-merger, kind: event, name: Halden merger}
";
    const PROPERTIES: &str = "properties:
  - {id: killed, name: number killed, type: count}
  - {id: injured, name: number injured, type: count}
  - {id: duration, name: duration, type: duration}
  - {id: tunnels, name: number of tunnels, type: count}
";

    #[test]
    fn a_toll_after_two_events_named_is_nobodys() {
        // sentence | the proposals with a subject
        let table: &[(&str, &[Attached])] = &[
            // One event named before: the article is about it.
            (
                "The Ridgeway mine collapse trapped a whole shift. At least 31 people were killed.",
                &[("mine-collapse", "killed", "at least 31")],
            ),
            // Another event named since, which cannot have killed anyone: the toll is still the
            // collapse's (see `article_event`).
            (
                "The Ridgeway mine collapse trapped a whole shift. The resignation of the Ridgeway board came on Monday. At least 31 people were killed.",
                &[
                    ("board-resignation", "date", "Monday"),
                    ("mine-collapse", "killed", "at least 31"),
                ],
            ),
            (
                "The resignation of the Ridgeway board came a week after the Ridgeway mine collapse. Some 40 miners were injured.",
                &[("mine-collapse", "injured", "some 40")],
            ),
            // The event named in the toll's own sentence still owns it.
            (
                "The resignation of the Ridgeway board came on Monday. The mine collapse killed at least 31 people.",
                &[
                    ("board-resignation", "date", "Monday"),
                    ("mine-collapse", "killed", "at least 31"),
                ],
            ),
        ];
        assert_attached(EVENTS, Some(PROPERTIES), table);
    }

    #[test]
    fn a_count_with_an_owner_of_its_own_is_not_the_events() {
        const BEFORE: &str = "The Ridgeway mine collapse flooded the lower galleries.";
        let cases: &[(&str, &[Attached])] = &[
            (
                "Rescuers searched 14 tunnels overnight.",
                &[("mine-collapse", "tunnels", "14")],
            ),
            // A casualty count after "it" is still the event's.
            (
                "It killed at least 31 people.",
                &[("mine-collapse", "killed", "at least 31")],
            ),
            // A pronoun, a figure per head or a possessive names another owner.
            ("They searched 14 tunnels before dawn.", &[]),
            ("Each crew searched 14 tunnels.", &[]),
            ("The owners said that each crew had searched 14 tunnels.", &[]),
            ("Three of its tunnels were searched by noon.", &[]),
            ("The company said their 14 tunnels were safe.", &[]),
            ("It had 14 tunnels on three levels.", &[]),
            // A second predicate after "and" keeps the clause's subject.
            ("They drained the shafts and searched 14 tunnels.", &[]),
        ];
        for (text, expected) in cases {
            let text = format!("{BEFORE} {text}");
            let table: &[(&str, &[Attached])] = &[(&text, expected)];
            assert_attached(EVENTS, Some(PROPERTIES), table);
        }
    }

    #[test]
    fn a_name_in_another_clause_is_not_the_values() {
        let table: &[(&str, &[Attached])] = &[
            (
                "The Halden merger took five years to complete.",
                &[("halden-merger", "duration", "five years")],
            ),
            // Across a semicolon, or a comma and a conjunction opening a clause of its own.
            (
                "The chain lost money in three of the past five years; analysts still expect the Halden merger to close.",
                &[],
            ),
            ("Sales stalled for six months, and the Halden merger was put off.", &[]),
            (
                "Sales stalled for six months, while the Halden merger waited for approval.",
                &[],
            ),
        ];
        assert_attached(EVENTS, Some(PROPERTIES), table);
    }

    const COMPANY: &str = "entities:
  - {id: norvik, kind: organisation, name: Norvik Shipping, aliases: [Norvik]}
  - {id: lena-berg, kind: person, name: Lena Berg, aliases: [Berg]}
";
    const SHARES: &str = "properties:
  - {id: share, name: share, type: percentage}
  - {id: price-change, name: change in the share price, type: percentage}
";

    #[test]
    fn a_change_in_percent_is_no_share_of_the_nearest_name() {
        let table: &[(&str, &[Attached])] = &[
            // A share of something, and a level reached, keep the name.
            (
                "Lena Berg owns 12% of Norvik Shipping.",
                &[("lena-berg", "share", "12%")],
            ),
            (
                "Norvik lost 40% of its fleet in the storm.",
                &[("norvik", "share", "40%")],
            ),
            (
                "Norvik's share of the market rose to 31% last year.",
                &[("norvik", "share", "31%")],
            ),
            // A share opening its clause is of the whole named after it, not of a name
            // before it.
            ("\"Half of Norvik is for sale,\" Lena Berg said.", &[]),
            ("Lena Berg gave the figures: about a third of the fleet is idle.", &[]),
            // A share in words under the plain share is nobody's either.
            ("Lena Berg sold about half of her stake.", &[]),
            // A change or a difference is nobody's share: a change of the shares is the
            // change property's, of their owner.
            (
                "Norvik Shipping shares slumped 14% on Tuesday.",
                &[("norvik", "price-change", "14%")],
            ),
            (
                "Norvik Shipping shares fell by almost 9% after the report.",
                &[("norvik", "price-change", "almost 9%")],
            ),
            ("Lena Berg said the offer was 20% higher than the last one.", &[]),
            ("The bid puts a 35% premium on Norvik, Berg said.", &[]),
        ];
        assert_attached(COMPANY, Some(SHARES), table);
    }

    #[test]
    fn a_name_that_qualifies_a_noun_is_not_the_subject() {
        let table: &[(&str, &[Attached])] = &[
            (
                "Norvik Shipping held a 4% stake in the port.",
                &[("norvik", "share", "4%")],
            ),
            (
                "Norvik held a 4% stake, the filing showed.",
                &[("norvik", "share", "4%")],
            ),
            // "the Norvik chief executive" is a person, whom the sentence does not name.
            ("A filing showed that the Norvik chief executive held a 4% stake.", &[]),
            ("The Norvik finance director kept a 2% holding.", &[]),
        ];
        assert_attached(COMPANY, Some(SHARES), table);
    }
}
