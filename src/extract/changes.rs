//! Percentages that say how much something rose or fell ("Acme's shares fell 5%", "the peso
//! has lost 30% of its value", "the index closed 2% lower"): the corpus's change property
//! whose direction fits and whose other words stand in the sentence (see `change_rules`),
//! and as subject what changed: the clause's subject, the owner of the shares or the value,
//! or what "it" refers to. Never the article's event or a speaker by default: when the
//! clause does not name what changed, no subject.

use super::attach::{Attacher, Pick};
use super::change_rules::{Direction, stands_among, way_after, way_before};
use super::layout::Sentence;
use super::patterns::{Family, Rule};
use super::values::Found;
use super::words::word_spans;
use crate::model::EntityKind;

/// Words that end one clause and open another before a change's verb.
const CLAUSE_WORDS: &[&str] = &[
    "and", "but", "while", "whereas", "when", "as", "after", "before", "because", "although", "though", "which",
    "that", "since", "so",
];
/// Auxiliaries between a clause's subject and its verb ("has lost", "had been down").
const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "was", "were", "is", "are", "been", "be", "will", "would",
];
/// Nouns a thing's owner has that change with it ("Acme's shares", "the peso's value").
const OWNED: &[&str] = &["shares", "stock", "value", "price"];
/// Nouns a company is referred to by ("the company's shares", "shares of the bank").
const COMPANY_NOUNS: &[&str] = &[
    "company", "firm", "bank", "group", "lender", "carrier", "airline", "maker",
];
/// Pronouns of a thing that opens a clause ("it has lost 11%").
const THING_PRONOUNS: &[&str] = &["it"];
/// How many sentences back "it" may refer to what changed.
const PRONOUN_SENTENCES_BACK: usize = 2;

/// How a percentage says a change: which way, and where the words before its verb end.
struct Change {
    way: Direction,
    /// Where the clause's subject and verb end: the change word before the value, or the
    /// value when the word follows it ("closed 3% lower").
    at: usize,
    /// The change word follows the value.
    after: bool,
}

/// A word without the punctuation around it.
fn bare(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

impl Attacher<'_> {
    /// The change property of a percentage that says a change, when the corpus has one of
    /// its direction whose other words stand in the sentence: of several, the one with most
    /// of them in the value's clause, then in its sentence; none on a tie.
    pub(super) fn change_rule(&self, found: &Found, sentence: &Sentence) -> Option<&Rule> {
        if found.family != Family::Percentage || self.changes.is_empty() {
            return None;
        }
        let change = self.change(found, sentence)?;
        let words_of =
            |from: usize, to: usize| -> Vec<&str> { self.lower[from..to].split_whitespace().map(bare).collect() };
        let clause = words_of(
            self.clause_start(sentence.start, change.at),
            self.clause_end(found.end, sentence.end),
        );
        let words = words_of(sentence.start, sentence.end);
        let met = |rule: &Rule, words: &[&str]| rule.qualifiers.iter().filter(|q| stands_among(q, words)).count();
        let scored: Vec<((usize, usize), &Rule)> = self
            .changes
            .iter()
            .filter(|c| c.direction.holds(change.way))
            .map(|c| ((met(&c.rule, &clause), met(&c.rule, &words)), &c.rule))
            .filter(|((_, met), rule)| *met > 0 || rule.qualifiers.is_empty())
            .collect();
        let best = scored.iter().map(|(met, _)| *met).max()?;
        match scored
            .iter()
            .filter(|(met, _)| *met == best)
            .collect::<Vec<_>>()
            .as_slice()
        {
            [(_, rule)] => Some(rule),
            _ => None,
        }
    }

    /// Whether a rule is one of the corpus's change rules.
    pub(super) fn is_change(&self, rule: &Rule) -> bool {
        self.changes.iter().any(|c| std::ptr::eq(&c.rule, rule))
    }

    /// How a percentage says a change: a verb right before it ("fell 5%", "fell by 5%", "was
    /// down 10%"), or a comparative right after it ("3% lower"). A percentage "of" something
    /// is a share of it unless it is a value ("lost 60% of their value"), and "rose to 5%"
    /// is a level.
    fn change(&self, found: &Found, sentence: &Sentence) -> Option<Change> {
        let before: Vec<(usize, &str)> = word_spans(&self.lower[sentence.start..found.start]).collect();
        let after: Vec<&str> = self.lower[found.end..sentence.end].split_whitespace().take(4).collect();
        if after.first().map(|w| bare(w)) == Some("of") && !after.iter().any(|w| bare(w) == "value") {
            return None;
        }
        let verb = match before.as_slice() {
            [.., verb, (_, by)] if bare(by) == "by" => Some(verb),
            [.., verb] => Some(verb),
            [] => None,
        };
        if let Some((at, word)) = verb
            && let Some(way) = way_before(bare(word))
        {
            return Some(Change {
                way,
                at: sentence.start + at,
                after: false,
            });
        }
        let way = way_after(bare(after.first()?))?;
        Some(Change {
            way,
            at: found.start,
            after: true,
        })
    }

    /// What changed: the subject of the change's clause when it names an entity, owns the
    /// shares or the value that changed, or is "it"; when the clause's verb has no subject of
    /// its own ("... and closed 3% lower"), the subject of the clause before.
    pub(super) fn change_subject(&self, found: &Found, rule: &Rule, sentence: &Sentence) -> Option<Pick> {
        let change = self.change(found, sentence)?;
        let from = self.clause_start(sentence.start, change.at);
        let mut words: Vec<(usize, &str)> = word_spans(&self.lower[from..change.at])
            .map(|(at, word)| (from + at, word))
            .collect();
        if change.after && words.pop().is_none() {
            // The value opens its clause: what changed is named after it.
            return None;
        }
        while words.last().is_some_and(|(_, w)| AUXILIARIES.contains(&bare(w))) {
            words.pop();
        }
        match words.last() {
            Some(&(at, word)) => self.thing_ending(at + word.len(), sentence, rule),
            None if from > sentence.start => {
                let before = self.lower[..from]
                    .chars()
                    .next_back()
                    .map_or(from, |c| from - c.len_utf8());
                self.clause_opener(self.clause_start(sentence.start, before), sentence, rule)
            }
            None => None,
        }
    }

    /// Where the clause holding `at` starts: after the last comma, semicolon, colon or
    /// clause word before it in the sentence.
    fn clause_start(&self, start: usize, at: usize) -> usize {
        let text = &self.lower[start..at];
        let mark = text
            .char_indices()
            .rev()
            .find(|(_, c)| [',', ';', ':', '(', '\u{2014}'].contains(c))
            .map(|(i, c)| start + i + c.len_utf8());
        let word = word_spans(text)
            .rev()
            .find(|(_, w)| CLAUSE_WORDS.contains(w))
            .map(|(i, w)| start + i + w.len());
        mark.max(word).unwrap_or(start)
    }

    /// Where the clause holding `at` ends: at the first comma, semicolon, colon or clause
    /// word after it in the sentence.
    fn clause_end(&self, at: usize, end: usize) -> usize {
        let text = &self.lower[at..end];
        let mark = text.find([',', ';', ':', ')', '\u{2014}']).map(|i| at + i);
        let word = word_spans(text)
            .find(|(_, w)| CLAUSE_WORDS.contains(w))
            .map(|(i, _)| at + i);
        mark.into_iter().chain(word).min().unwrap_or(end)
    }

    /// The entity a clause's subject ending at `end` names: a mention ending there, the owner
    /// of shares or a value ("Acme's shares", "Acme shares"), or the referent of "it".
    fn thing_ending(&self, end: usize, sentence: &Sentence, rule: &Rule) -> Option<Pick> {
        let allowed = |entity: usize| self.kind_of(entity).is_some_and(|kind| rule.subjects.contains(&kind));
        if let Some(mention) = self.in_sentence(sentence).find(|m| m.end == end) {
            return allowed(mention.entity).then(|| Pick::named(mention.entity));
        }
        let head = &self.lower[sentence.start..end];
        let word_start = head.rfind(' ').map_or(sentence.start, |i| sentence.start + i + 1);
        let word = bare(&self.lower[word_start..end]);
        if THING_PRONOUNS.contains(&word) {
            return self.thing_referred(word_start, sentence, rule);
        }
        // What the property's name says changed ("cases" of "fall in cases") is the named
        // event's too ("Measles cases have fallen").
        let named_by_rule = rule.qualifiers.iter().any(|q| q == word);
        if COMPANY_NOUNS.contains(&word) {
            return self.company_owned(&self.lower[sentence.start..word_start], word, word_start, sentence);
        }
        if !OWNED.contains(&word) && !named_by_rule {
            return None;
        }
        let owner_end = self.lower[..word_start].trim_end();
        let owner_end = owner_end
            .strip_suffix("'s")
            .or_else(|| owner_end.strip_suffix("\u{2019}s"))
            .unwrap_or(owner_end)
            .len();
        let Some(owner) = self.in_sentence(sentence).find(|m| m.end == owner_end) else {
            return self.company_owned(&self.lower[sentence.start..word_start], word, word_start, sentence);
        };
        let name = self.subjects.get(owner.entity)?.name.to_lowercase();
        let shares = self
            .subjects
            .iter()
            .position(|s| s.name.to_lowercase() == format!("{name} {word}"));
        let event = |entity: usize| named_by_rule && self.kind_of(entity) == Some(EntityKind::Event);
        shares
            .or(Some(owner.entity))
            .filter(|e| allowed(*e) || event(*e))
            .map(Pick::named)
    }

    /// The company that owns shares or stock named with no name of their owner: "the
    /// shares", "its stock", "the company's shares", "shares of the bank" are the last
    /// company named, a couple of sentences back at most.
    fn company_owned(&self, before: &str, word: &str, at: usize, sentence: &Sentence) -> Option<Pick> {
        let words: Vec<&str> = before.split_whitespace().map(bare).collect();
        let company = |owner: &str| {
            let noun = owner.strip_suffix("'s").or_else(|| owner.strip_suffix("\u{2019}s"));
            noun.is_some_and(|noun| COMPANY_NOUNS.contains(&noun))
        };
        let definite = match (word, words.as_slice()) {
            ("shares" | "stock", [.., "the" | "its" | "their"]) => true,
            ("shares" | "stock", [.., "the", owner]) => company(owner),
            (noun, [.., "shares" | "stock", "of" | "in", "the"]) => COMPANY_NOUNS.contains(&noun),
            _ => false,
        };
        if !definite {
            return None;
        }
        let entity = self.last_before_where(at, sentence.section, |e| {
            self.kind_of(e) == Some(EntityKind::Organisation)
        })?;
        let near = self
            .sentences_back(entity, at)
            .is_some_and(|n| n <= PRONOUN_SENTENCES_BACK);
        let what = format!("\"{} {word}\"", words.last().unwrap_or(&"the"));
        near.then(|| self.pick(entity, &what, at))
    }

    /// The subject a clause opens with (a name or "it"), for a verb of the clause after it
    /// that has none of its own.
    fn clause_opener(&self, from: usize, sentence: &Sentence, rule: &Rule) -> Option<Pick> {
        let (at, word) = word_spans(&self.lower[from..sentence.end]).next()?;
        let at = from + at;
        if THING_PRONOUNS.contains(&bare(word)) {
            return self.thing_referred(at, sentence, rule);
        }
        let mention = self
            .in_sentence(sentence)
            .find(|m| m.start >= at && m.start <= at + "the ".len())?;
        let gap = self.lower[at..mention.start].trim();
        (gap.is_empty() || gap == "the")
            .then(|| self.thing_ending(mention.end, sentence, rule))
            .flatten()
    }

    /// What "it" at `at` refers to: the last entity named before it in the section, a couple
    /// of sentences back at most, when that is a thing of the rule's kinds (not a person, an
    /// event or a place, where a thing that changes is more often named than the place).
    fn thing_referred(&self, at: usize, sentence: &Sentence, rule: &Rule) -> Option<Pick> {
        let entity = self.last_before_where(at, sentence.section, |e| self.kind_of(e) != Some(EntityKind::Person))?;
        let near = self
            .sentences_back(entity, at)
            .is_some_and(|n| n <= PRONOUN_SENTENCES_BACK);
        let allowed = self
            .kind_of(entity)
            .is_some_and(|kind| kind != EntityKind::Place && rule.subjects.contains(&kind));
        (near && allowed).then(|| self.pick(entity, "\"it\"", at))
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::proposed_in;

    const ENTITIES: &str = "entities:\n  - {id: norvik, kind: organisation, name: Norvik Steel}\n  - {id: norvik-shares, kind: other, name: Norvik Steel shares}\n  - {id: halden, kind: organisation, name: Halden Foods}\n  - {id: peso, kind: other, name: Chilean peso, aliases: [peso]}\n  - {id: dax, kind: other, name: DAX index}\n  - {id: ana-ruiz, kind: person, name: Ana Ruiz}\n  - {id: port-strike, kind: event, name: port strike}\n  - {id: farm-agency, kind: organisation, name: Farm Agency}\n  - {id: measles-outbreak, kind: event, name: measles outbreak, aliases: [measles]}\n  - {id: lisbon, kind: place, name: Lisbon}\n";
    const PROPERTIES: &str = "properties:\n  - {id: share-fall, name: fall in the share price, type: percentage}\n  - {id: peso-fall, name: fall in the peso against the euro, type: percentage}\n  - {id: index-change, name: change in the index, type: percentage}\n  - {id: yield-rise, name: rise in wheat yields, type: percentage}\n  - {id: case-fall, name: fall in cases, type: percentage}\n";
    const CHANGES: &[&str] = &["share-fall", "peso-fall", "index-change", "yield-rise", "case-fall"];

    /// `(subject, property, value)` of the proposals of change properties.
    fn changes_in(text: &str) -> Vec<(Option<String>, String, String)> {
        proposed_in(ENTITIES, Some(PROPERTIES), text)
            .into_iter()
            .filter(|(_, property, _)| CHANGES.contains(&property.as_str()))
            .collect()
    }

    /// `(subject, property, value)` of a change proposal, with a subject or without.
    type Change = (Option<&'static str>, &'static str, &'static str);

    fn check(table: &[(&str, &[Change])]) {
        for (text, expected) in table {
            let expected: Vec<(Option<String>, String, String)> = expected
                .iter()
                .map(|(s, p, v)| (s.map(str::to_owned), (*p).to_owned(), (*v).to_owned()))
                .collect();
            assert_eq!(changes_in(text), expected, "{text}");
        }
    }

    #[test]
    fn what_changed_is_the_clause_s_subject_or_the_owner_of_the_shares() {
        check(&[
            (
                "Norvik Steel's shares fell nearly 8% on Tuesday.",
                &[(Some("norvik-shares"), "share-fall", "nearly 8%")],
            ),
            (
                "Shares of Halden Foods dropped 4% after the results.",
                &[(Some("halden"), "share-fall", "4%")],
            ),
            (
                "Halden Foods shares slid by 12% in early trading.",
                &[(Some("halden"), "share-fall", "12%")],
            ),
            (
                "The peso has lost about 30% of its value against the euro this year.",
                &[(Some("peso"), "peso-fall", "about 30%")],
            ),
            (
                "The DAX index closed 2.5% lower on Friday.",
                &[(Some("dax"), "index-change", "2.5%")],
            ),
            // What the property's name says changed is the event's named with it.
            (
                "Measles cases have fallen by 40% this year.",
                &[(Some("measles-outbreak"), "case-fall", "40%")],
            ),
        ]);
    }

    #[test]
    fn it_and_a_verb_without_a_subject_take_the_thing_named_before() {
        check(&[
            (
                "The peso had a bad week. On Friday it was down 6% against the euro.",
                &[(Some("peso"), "peso-fall", "6%")],
            ),
            (
                "Trading opened badly for the DAX index, but it recovered in the afternoon and ended 1.2% higher.",
                &[(Some("dax"), "index-change", "1.2%")],
            ),
        ]);
    }

    #[test]
    fn shares_with_no_owner_named_are_the_last_company_s() {
        check(&[
            (
                "Halden Foods cut its forecast on Monday. The shares fell 9% in early trading.",
                &[(Some("halden"), "share-fall", "9%")],
            ),
            (
                "Halden Foods reported a loss. Shares of the company dropped 11%.",
                &[(Some("halden"), "share-fall", "11%")],
            ),
            (
                "Halden Foods reported a loss. The company's shares dropped 11%.",
                &[(Some("halden"), "share-fall", "11%")],
            ),
            // Typographic apostrophes and dashes.
            (
                "Norvik Steel\u{2019}s shares fell 3% on Monday \u{2014} a bad day for the town.",
                &[(Some("norvik-shares"), "share-fall", "3%")],
            ),
            (
                "Trading was thin \u{2014} the peso slid 2% against the euro.",
                &[(Some("peso"), "peso-fall", "2%")],
            ),
            // No company named, or named too far back.
            ("The shares fell 9% in early trading.", &[(None, "share-fall", "9%")]),
            (
                "Halden Foods was founded in 1950. Wheat was cheap then. Mills were small. Bread was dear. The shares fell 9% on Friday.",
                &[(None, "share-fall", "9%")],
            ),
        ]);
    }

    #[test]
    fn a_clause_that_names_nothing_a_speaker_an_event_or_a_person_gives_no_subject() {
        check(&[
            (
                "Wheat yields have risen by 20% since 2010, the Farm Agency says.",
                &[(None, "yield-rise", "20%")],
            ),
            (
                "Wheat yields were 15% higher this year.",
                &[(None, "yield-rise", "15%")],
            ),
            (
                "During the port strike, the shares fell 10% in a week.",
                &[(None, "share-fall", "10%")],
            ),
            ("Ana Ruiz's shares fell 10% on Monday.", &[(None, "share-fall", "10%")]),
            (
                "Cases have fallen by 40% this year, the Farm Agency says.",
                &[(None, "case-fall", "40%")],
            ),
            // "It" after a place is not the place.
            (
                "Dealers in Lisbon were busy. It was down 4% against the euro by noon.",
                &[(None, "peso-fall", "4%")],
            ),
        ]);
    }

    #[test]
    fn shares_stakes_levels_and_changes_the_wrong_way_are_no_changes_of_a_property() {
        check(&[
            ("Ana Ruiz won 52% of the vote in the runoff.", &[]),
            ("Norvik Steel holds a 9% stake in the port.", &[]),
            ("The central bank raised its rate to 5.25% in May.", &[]),
            ("Wheat yields rose to 61% of the old level.", &[]),
            ("Norvik Steel lost 40% of its customers in a year.", &[]),
            // The shares rose, and the corpus has a property for their fall only.
            ("Norvik Steel's shares rose 3% on Monday.", &[]),
            // Nothing tells which property the fall is of.
            ("Exports fell 7% in March.", &[]),
        ]);
    }
}
