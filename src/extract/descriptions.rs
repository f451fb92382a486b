//! Subjects told by what a sentence says of them rather than by their names: a thing
//! referred to by a noun the registry describes it by, when that noun fits it and nothing
//! else of the registry ("the steel truss bridge opened in 1977", "the ship's 21 crew", "an
//! earthquake of magnitude 6.8"), and a count of what a person named just before it did
//! ("Mbappé, 23, scored two goals"), which is not the article's event's.

use super::attach::{Attacher, Pick};
use super::heads::Described;
use super::instances::sets_apart;
use super::layout::Sentence;
use super::mentions::Mention;
use super::patterns::Rule;
use super::values::Found;
use super::words::{SPEECH_VERBS, word_positions, word_spans};
use crate::model::EntityKind;

/// Words that make a noun after them refer back to something already named.
const DEFINITE: &[&str] = &["the", "this", "that", "its"];
/// Words that introduce something not named before: in an article about an event, the event
/// itself, when its value follows its noun ("an earthquake of magnitude 6.8").
const INDEFINITE: &[&str] = &["a", "an"];
/// How many words may stand between the determiner and the noun ("the steel truss bridge").
const MODIFIERS: usize = 3;
/// How many words may stand between an introduced event's noun and its value: a preposition
/// ("of magnitude 6.8"), or a relative pronoun and its verb ("that lasted four months").
const INTRODUCED_GAP: usize = 2;
/// How many sentences back the thing a one-noun description refers to may be named: about
/// the length of a short news story, so that "the bridge" late in it still reaches the bridge
/// its opening names, and no further.
const DESCRIPTION_SENTENCES_BACK: usize = 10;
/// Words that may follow the noun of a description, which show it is the head of its phrase
/// and not a modifier of a noun after it ("the bridge opened", not "the bridge collapse"):
/// verbs that are no regular past tense, copular verbs, and the words that close a noun
/// phrase.
const AFTER_HEAD: &[&str] = &[
    "is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "can", "may", "might", "must",
    "should", "did", "does", "do", "been", "of", "in", "on", "at", "to", "for", "from", "with", "by", "after",
    "before", "near", "since", "over", "under", "into", "between", "during", "across", "through", "about", "and", "or",
    "but", "that", "which", "who", "where", "when", "as", "itself", "ran", "went", "took", "fell", "hit", "struck",
    "lay", "stood", "came", "began", "left", "sank", "rose", "broke", "burnt", "gave", "held", "kept", "made", "met",
    "sat", "shut", "spent", "won", "lost", "now", "still", "also", "remains", "stays", "stands", "lies", "seems",
    "becomes",
];

/// Words that open a clause of their own after a comma: a description and a value on either
/// side of them are not of one clause ("the day after the bridge fell, and by May 1 all but
/// one had been found").
const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "or", "while", "whereas", "although", "though", "when", "after", "before", "since", "because",
];

/// Whether the words between a description and a value hold the end of a clause:
/// a semicolon, a colon, or a comma before a word of [`CLAUSE_OPENERS`].
fn breaks_clause(between: &str) -> bool {
    between.contains([';', ':'])
        || between.match_indices(',').any(|(at, _)| {
            let next = between[at + 1..].split_whitespace().next().unwrap_or("");
            CLAUSE_OPENERS.contains(&next)
        })
}

/// A description in a sentence that fits one entity of the registry.
struct Fit<'r> {
    /// Where its determiner starts.
    start: usize,
    /// Where its noun ends, or, for an introduced event, its value.
    end: usize,
    entity: usize,
    /// How the registry describes the entity.
    described: &'r Described,
    /// Whether it is definite ("the bridge") rather than introducing ("an earthquake").
    definite: bool,
}

/// Whether a word may stand between a determiner and its noun: lower case, digits and
/// hyphens ("steel", "700-foot-wide", "three-and-a-half-month"), no punctuation.
fn is_modifier(word: &str) -> bool {
    !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Whether the words after a noun show it heads its phrase: the end of the sentence, a
/// possessive, a mark of punctuation, a regular past tense ("opened"), a participle ("the
/// jet flying at 900 km/h") or a word of [`AFTER_HEAD`].
pub(super) fn heads_its_phrase(after: &str) -> bool {
    if let Some(rest) = after.strip_prefix(['\'', '\u{2019}']) {
        return rest.starts_with('s');
    }
    if after.starts_with(|c: char| !c.is_whitespace()) {
        return !after.starts_with(|c: char| c.is_alphanumeric() || c == '-');
    }
    let Some(word) = after.split_whitespace().next() else {
        return true;
    };
    let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    AFTER_HEAD.contains(&bare) || bare.len() > 4 && bare.ends_with("ed") || bare.len() > 5 && bare.ends_with("ing")
}

/// How many words may stand between a person and a count of what they did ("scored").
const ACT_WORDS: usize = 3;

/// How many words a description of a person by an age may take at the start of a sentence
/// ("The left-wing former president, 77,").
const AGED_DESCRIPTION_WORDS: usize = 6;

/// Whether a word is an age written as a compound ("41-year-old").
fn is_year_old(word: &str) -> bool {
    word.split_once('-')
        .is_some_and(|(number, rest)| number.parse::<u8>().is_ok() && rest.trim_end_matches(',') == "year-old")
}

/// The words after a name without an age set off by commas right after it (", 23,").
fn strip_age_apposition(gap: &str) -> &str {
    let Some(rest) = gap.strip_prefix(", ") else {
        return gap;
    };
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    match rest[digits..].strip_prefix(',') {
        Some(after) if digits > 0 => after,
        _ => gap,
    }
}

impl Attacher<'_> {
    /// Whether a count's sentence opens with a description of a person by an age, with no
    /// name before the count ("The 41-year-old was convicted on one count", "The former
    /// president, 77, received 60.3 million votes"): the count is that person's.
    pub(super) fn aged_description_opens(&self, found: &Found, sentence: &Sentence) -> bool {
        let before = &self.lower[sentence.start..found.start];
        let words: Vec<&str> = before.split_whitespace().take(AGED_DESCRIPTION_WORDS).collect();
        let apposed_age = |at: usize| {
            words.get(at).is_some_and(|word| {
                word.strip_suffix(',').is_some_and(|age| age.parse::<u8>().is_ok())
                    && at
                        .checked_sub(1)
                        .and_then(|b| words.get(b))
                        .is_some_and(|b| b.ends_with(','))
            })
        };
        words.first() == Some(&"the")
            && words
                .iter()
                .enumerate()
                .any(|(at, word)| is_year_old(word) || apposed_age(at))
            && !self.in_sentence(sentence).any(|m| m.end <= found.start)
    }

    /// The thing a description in the sentence stands for ("the steel truss bridge", "the
    /// ship's 21 crew", "an earthquake of magnitude 6.8"), of a kind the rule allows: see
    /// [`Self::descriptions`]. The one that holds the value comes first, then the nearest
    /// before it, then the first after it.
    pub(super) fn described(&self, found: &Found, rule: &Rule, sentence: &Sentence) -> Option<Pick> {
        let fits: Vec<Fit> = self
            .descriptions(found, sentence)
            .into_iter()
            .filter(|fit| {
                self.kind_of(fit.entity)
                    .is_some_and(|kind| rule.subjects.contains(&kind))
            })
            .collect();
        let holding = fits.iter().find(|f| f.start < found.start && found.end <= f.end);
        let before = fits.iter().filter(|f| f.end <= found.start).max_by_key(|f| f.end);
        let after = fits.iter().find(|f| f.start >= found.end);
        let fit = holding.or(before).or(after)?;
        Some(self.described_pick(fit))
    }

    /// The descriptions in a sentence that fit exactly one entity of the registry: a
    /// determiner, a few lower-case modifiers and a phrase the registry describes the entity
    /// by, heading its phrase (see [`heads_its_phrase`]), written in lower case. People
    /// have references of their own, and a population is described by what many are. A
    /// definite description by one noun ("the bridge") refers back to the entity named
    /// earlier in the section, at most [`DESCRIPTION_SENTENCES_BACK`] sentences back; by a
    /// name's lower-case end ("the federal channel"), it says enough alone. An indefinite
    /// one introduces an event whose value follows its noun ("an earthquake of magnitude
    /// 6.8"), in a sentence that names no other event.
    fn descriptions(&self, found: &Found, sentence: &Sentence) -> Vec<Fit<'_>> {
        let mut fits = Vec::new();
        for described in self.descriptions.held_by(&self.lower[sentence.start..sentence.end]) {
            let entity = described.entity;
            let kind = self.kind_of(entity);
            let phrase = described.phrase.as_str();
            for at in word_positions(self.lower, sentence.start, sentence.end, phrase) {
                let end = at + phrase.len();
                let written = &self.text[at..end];
                if written.chars().any(char::is_uppercase) || !heads_its_phrase(&self.lower[end..sentence.end]) {
                    continue;
                }
                let Some((start, definite)) = self.determiner(sentence.start, at) else {
                    continue;
                };
                let fit = if definite {
                    (described.tail || self.named_within_reach(entity, start, sentence)).then_some(end)
                } else {
                    let introduced = kind == Some(EntityKind::Event) && !self.names_another_event(sentence);
                    self.introduces(end, found, sentence).filter(|_| introduced)
                };
                let mention = Mention {
                    entity,
                    start,
                    end,
                    variant: false,
                };
                let holds_value = start < found.start && found.end <= fit.unwrap_or(end);
                let aside = !holds_value && self.is_anchor(&mention, sentence)
                    || self.is_compared(&mention, sentence)
                    || end <= found.start && breaks_clause(&self.lower[end..found.start])
                    || found.end <= start && breaks_clause(&self.lower[found.end..start]);
                if let Some(end) = fit.filter(|_| !aside) {
                    fits.push(Fit {
                        start,
                        end,
                        entity,
                        described,
                        definite,
                    });
                }
            }
        }
        fits.sort_by_key(|fit| fit.start);
        fits
    }

    /// Whether an entity is named in the sentence's section before `at`, at most
    /// [`DESCRIPTION_SENTENCES_BACK`] sentences back.
    fn named_within_reach(&self, entity: usize, at: usize, sentence: &Sentence) -> bool {
        let named = self
            .in_section(sentence.section)
            .iter()
            .any(|(m, s)| *s == Some(sentence.section) && m.entity == entity && m.start < at);
        named
            && self
                .sentences_back(entity, at)
                .is_some_and(|back| back <= DESCRIPTION_SENTENCES_BACK)
    }

    /// Where the determiner of a noun at `at` starts, and whether it is definite: the
    /// nearest word before it of [`DEFINITE`] or [`INDEFINITE`], with [`MODIFIERS`] at most
    /// between them, each a modifier and none that sets another instance apart ("a previous
    /// hearing").
    fn determiner(&self, from: usize, at: usize) -> Option<(usize, bool)> {
        // Read in the text's own case: a capitalised word before the noun makes it part of
        // another name ("the Agadir earthquake").
        let words: Vec<(usize, &str)> = word_spans(&self.text[from..at]).collect();
        for (index, (offset, word)) in words.iter().rev().enumerate() {
            let lower = word.to_ascii_lowercase();
            if DEFINITE.contains(&lower.as_str()) {
                return Some((from + offset, true));
            }
            if INDEFINITE.contains(&lower.as_str()) {
                return Some((from + offset, false));
            }
            if !is_modifier(word) || index >= MODIFIERS || sets_apart(&lower) {
                return None;
            }
        }
        None
    }

    /// For an indefinite description whose noun ends at `end`: the end of the value, when
    /// the value follows the noun with [`INTRODUCED_GAP`] words at most between them and no
    /// punctuation.
    fn introduces(&self, end: usize, found: &Found, sentence: &Sentence) -> Option<usize> {
        let gap = self.lower.get(end..found.start.max(end))?;
        let close = found.start >= end
            && found.end <= sentence.end
            && gap.split_whitespace().count() <= INTRODUCED_GAP
            && !gap.contains([',', ';', ':', '.', '"', '(', ')']);
        close.then_some(found.end)
    }

    /// The pick of a description, with how it was found.
    fn described_pick(&self, fit: &Fit) -> Pick {
        let phrase = &fit.described.phrase;
        let name = self.subjects.get(fit.entity).map_or("", |s| s.name.as_str());
        let named_before = self.sentences_back(fit.entity, fit.start).is_some();
        let via = if !fit.definite {
            format!("\"{phrase}\" introduces the only one the registry describes so, {name}")
        } else if named_before {
            return self.pick(
                fit.entity,
                &format!("\"{phrase}\", as the registry describes it,"),
                fit.start,
            );
        } else {
            format!("\"the {phrase}\" is how the registry's {name} ends")
        };
        Pick {
            entity: fit.entity,
            via: Some(via),
        }
    }

    /// Whether a person named just before a count is who did what it counts ("Mbappé, 23,
    /// scored two goals", "the referee Marciniak awarded three penalties"): a few words at
    /// most between them, an age in apposition aside, and no verb of saying ("Kyrylenko said
    /// 98 wounded" reports the event's figure).
    pub(super) fn done_by_person(&self, found: &Found, sentence: &Sentence) -> bool {
        let Some(person) = self
            .in_sentence(sentence)
            .filter(|m| m.end <= found.start)
            .last()
            .filter(|m| self.kind_of(m.entity) == Some(EntityKind::Person))
        else {
            return false;
        };
        let gap = &self.lower[person.end..found.start];
        let gap = strip_age_apposition(gap);
        let words: Vec<&str> = gap.split_whitespace().collect();
        !gap.contains([',', ';', ':', '.', '"'])
            && (1..=ACT_WORDS).contains(&words.len())
            && !words.iter().any(|word| SPEECH_VERBS.contains(word))
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{Attached, assert_attached, attached_in, owned};

    const ENTITIES: &str = "entities:
  - {id: station-strike, kind: event, name: Kramatorsk station strike, aliases: [Kramatorsk attack]}
  - {id: kyrylenko, kind: person, name: Pavlo Kyrylenko, aliases: [Kyrylenko]}
  - {id: jet, kind: other, name: Embraer Legacy, note: The business jet that crashed near Tver.}
";
    const PROPERTIES: &str = "properties:
  - {id: missile-count, name: number of missiles, type: count}
  - {id: crew, name: number of crew, type: count}
";

    /// `(subject, property, value)` of the counts proposed with a subject.
    fn counts(text: &str) -> Vec<(String, String, String)> {
        attached_in(ENTITIES, Some(PROPERTIES), text)
            .into_iter()
            .filter(|(_, property, _)| property != "age")
            .collect()
    }

    #[test]
    fn a_description_by_the_registry_note_refers_back_to_its_entity() {
        let cases: &[(&str, &[Attached])] = &[
            (
                "The Embraer Legacy left Moscow at noon. The jet's three crew members were Russian.",
                &[("jet", "crew", "three")],
            ),
            (
                "The Embraer Legacy left Moscow at noon. Investigators spoke to all four crew on this jet.",
                &[("jet", "crew", "four")],
            ),
            // Not named before in the article: nobody.
            ("The jet's three crew members were Russian.", &[]),
            // A noun the note does not describe it by: nobody.
            (
                "The Embraer Legacy left Moscow at noon. The plane's three crew members were Russian.",
                &[],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(counts(text), owned(expected), "{text}");
        }
    }

    /// `(text, the measures proposed with a subject)`: a measured value with no thing named
    /// before it in its sentence takes the one its description points back to.
    const MEASURED: &[(&str, &[Attached])] = &[
        (
            "The Embraer Legacy left Moscow at noon. Radar showed the jet flying at 900 km/h.",
            &[("jet", "speed-kmh", "900")],
        ),
        // Not named before: nobody.
        ("Radar showed the jet flying at 900 km/h.", &[]),
        // A noun the note does not describe it by: nobody.
        (
            "The Embraer Legacy left Moscow at noon. Radar showed the plane flying at 900 km/h.",
            &[],
        ),
    ];

    #[test]
    fn a_measured_value_takes_the_thing_its_description_points_back_to() {
        let properties = "properties:\n  - {id: speed-kmh, name: speed in km/h, type: number}\n";
        assert_attached(ENTITIES, Some(properties), MEASURED);
    }

    #[test]
    fn a_count_of_what_a_named_person_did_is_not_the_events() {
        let first = "The Kramatorsk attack shocked the country. ";
        let cases: &[(&str, &[Attached])] = &[
            ("Kyrylenko, 36, counted two missiles on the platform.", &[]),
            (
                "Investigators found two missiles on the platform.",
                &[("station-strike", "missile-count", "two")],
            ),
            // A person who reports the figure does not make it theirs.
            (
                "Kyrylenko said two missiles hit the platform.",
                &[("station-strike", "missile-count", "two")],
            ),
            // A person described by an age, opening the sentence, did it too.
            ("The 36-year-old counted two missiles on the platform.", &[]),
            (
                "The regional governor, 36, counted two missiles after the Kramatorsk attack.",
                &[],
            ),
        ];
        for (text, expected) in cases {
            let text = format!("{first}{text}");
            assert_eq!(counts(&text), owned(expected), "{text}");
        }
    }

    /// A registry with one of each thing, for descriptions to refer to.
    const REGISTRY: &str = "entities:
  - {id: ferry, kind: other, name: Northern Star ferry}
  - {id: ring-road, kind: other, name: Dunmore ring road}
  - {id: quill-trial, kind: event, name: trial of Marta Quill}
  - {id: quill, kind: person, name: Marta Quill, aliases: [Quill]}
  - {id: city-council, kind: organisation, name: Dunmore City Council}
  - {id: accord, kind: agreement, name: Dunmore Harbour Accord}
";
    const REGISTRY_PROPERTIES: &str = "properties:
  - {id: speed-kmh, name: speed in km/h, type: number}
  - {id: completed, name: date completed, type: date}
  - {id: duration, name: duration, type: duration}
";

    /// `(text, the proposals with a subject)`: descriptions by a name's head noun or its
    /// lower-case end, with the cases where they must find nobody.
    const DESCRIPTIONS: &[(&str, &[Attached])] = &[
        (
            "The Northern Star ferry left Dunmore at dawn. The ferry was sailing at 30 km/h when it hit the rocks.",
            &[("ferry", "speed-kmh", "30")],
        ),
        // Lower-case modifiers between the article and the noun.
        (
            "The Northern Star ferry left Dunmore at dawn. The ageing passenger ferry was sailing at 30 km/h.",
            &[("ferry", "speed-kmh", "30")],
        ),
        // The noun modifies another ("the ferry company"): no description of the ferry.
        (
            "The Northern Star ferry left Dunmore at dawn. The ferry company says its boats sail at 30 km/h.",
            &[],
        ),
        // A capitalised word before the noun makes it another ferry's name.
        (
            "The Northern Star ferry left Dunmore at dawn. The Island Queen ferry was sailing at 30 km/h.",
            &[],
        ),
        // Never named before: nobody.
        ("The ferry was sailing at 30 km/h when it hit the rocks.", &[]),
        // A thing the registry does not describe so: nobody.
        (
            "The Northern Star ferry left Dunmore at dawn. The tugboat was sailing at 20 km/h.",
            &[],
        ),
        // The description ends a clause of its own: not the value's.
        (
            "The Northern Star ferry left Dunmore at dawn. Soon after the ferry sank, and with the wind dropping, a lifeboat made 20 km/h.",
            &[],
        ),
        // A name's lower-case end says enough alone, named before or not.
        (
            "The ring road was completed in 2009.",
            &[("ring-road", "completed", "2009")],
        ),
        // Its head noun alone does not, unless the thing was named before, by that end too.
        ("The road was completed in 2009.", &[]),
        (
            "Traffic on the ring road was light. The road was completed in 2009.",
            &[("ring-road", "completed", "2009")],
        ),
        // An event introduced by its noun, its value right after it.
        (
            "A jury convicted Quill after a trial that lasted six weeks.",
            &[("quill-trial", "duration", "six weeks")],
        ),
        // Another trial, told by its year: nobody.
        ("The jury recalled a trial in 1998 that lasted six weeks.", &[]),
        // Set apart from the registry's: another trial.
        (
            "Quill said a previous trial that lasted six weeks had cost her dearly.",
            &[],
        ),
        // The only agreement of the registry, by a noun of its kind.
        (
            "The Dunmore Harbour Accord was signed by both sides. The deal will last 25 years.",
            &[("accord", "duration", "25 years")],
        ),
        // An event the registry does not describe so: nobody.
        ("The council ordered an inquiry that lasted six weeks.", &[]),
    ];

    #[test]
    fn a_description_by_a_names_head_noun_refers_to_the_one_thing_it_fits() {
        for (text, expected) in DESCRIPTIONS {
            // Bare dates are the trial's by the noun before them, as elsewhere: left out.
            let attached: Vec<_> = attached_in(REGISTRY, Some(REGISTRY_PROPERTIES), text)
                .into_iter()
                .filter(|(_, property, _)| property != "date")
                .collect();
            assert_eq!(attached, owned(expected), "{text}");
        }
    }

    #[test]
    fn a_description_that_fits_two_things_of_the_registry_refers_to_neither() {
        let two_ferries = "entities:
  - {id: ferry, kind: other, name: Northern Star passenger ferry, aliases: [Northern Star ferry]}
  - {id: other-ferry, kind: other, name: Sea Lark passenger ferry, aliases: [Sea Lark ferry]}
  - {id: sinking, kind: event, name: Sea Lark sinking}
  - {id: other-sinking, kind: event, name: Northern Star sinking}
  - {id: accord, kind: agreement, name: Dunmore Harbour Accord}
  - {id: pact, kind: agreement, name: Dunmore Fishing Pact}
";
        let cases = [
            "The Northern Star ferry left Dunmore at dawn. The ferry was sailing at 30 km/h.",
            "The Northern Star ferry passed the Sea Lark ferry. The ferry was sailing at 30 km/h.",
            // A lower-case end two names share names neither.
            "The passenger ferry was sailing at 30 km/h.",
            "Divers reached the wreck after a sinking that lasted four minutes.",
            // Two agreements: "the deal" is either.
            "The Dunmore Harbour Accord was signed by both sides. The deal will last 25 years.",
        ];
        for text in cases {
            assert_eq!(
                attached_in(two_ferries, Some(REGISTRY_PROPERTIES), text),
                owned(&[]),
                "{text}"
            );
        }
    }
}
