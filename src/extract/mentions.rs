//! Finding every mention of a registered entity in a text in one pass: the text is folded
//! as names are (case, diacritics, transliteration, apostrophes, punctuation, as
//! [`crate::names::matching_key`] does, and a possessive `’s` dropped), every alias is searched at once with Aho-Corasick, and
//! each match is mapped back to the original bytes. Short all-capital aliases (`IS`, `US`,
//! `TIP`) match only when written in capitals, so that "is" and "tip" are not mentions.

use super::description_finder::DescriptionFinder;
use super::event_verbs::{past_tense, verbs_of};
use super::heads::Described;
use super::variants::Variants;
use crate::model::{Entity, EntityKind};
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use foldhash::{HashMap, HashMapExt};

/// One mention of an entity, as a byte range of the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// Index of the entity in [`MentionFinder::entities`].
    pub entity: usize,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The name is spelled otherwise than the registry spells it ("Trzaskowsky").
    pub variant: bool,
}

/// An entity as the extractor needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct Subject {
    /// Canonical id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// What sort of thing it is.
    pub kind: EntityKind,
    /// An event that can harm people: its name is headed by a noun of `HARM_NOUNS`
    /// ("explosion", "flood", "crash").
    pub harms: bool,
}

/// Every alias of a registry, ready to be found in texts.
#[derive(Debug, Clone)]
pub struct MentionFinder {
    searcher: AhoCorasick,
    /// For each pattern: the entity it names and whether it must be written in capitals.
    patterns: Vec<(usize, bool)>,
    /// The entities, in registry (id) order.
    pub entities: Vec<Subject>,
    /// For each entity: the only event whose name or alias has one of its names in it as
    /// whole words ("Key Bridge" in "Key Bridge collapse"), if exactly one has.
    pub implied_event: Vec<Option<usize>>,
    /// The past tense of the noun an event's name ends with ("struck" for the "Kramatorsk
    /// station strike", "collapsed" for the "Key Bridge collapse"), and of the verbs that
    /// name it ("convicted" for a verdict), with the event; a verb may name several events.
    pub event_verbs: Vec<(String, usize)>,
    /// The noun an event's name ends with, when no other event's ends with it ("mourning",
    /// "test"), with the event.
    pub event_nouns: Vec<(String, usize)>,
    /// The phrases the registry describes each entity by (see [`super::heads`]).
    pub described_by: Vec<Described>,
    /// The descriptions that may stand for an entity, searched at once.
    pub(super) descriptions: DescriptionFinder,
    /// The words of the names, for spelling variants.
    variants: Variants,
}

impl MentionFinder {
    /// Builds the finder for these entities (names and aliases; ids are not prose).
    pub fn new<'a>(entities: impl IntoIterator<Item = &'a Entity> + Clone) -> Result<MentionFinder, String> {
        let variants = Variants::new(entities.clone());
        let described_by = super::heads::described(entities.clone());
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut subjects = Vec::new();
        let mut heads: Vec<(String, usize)> = Vec::new();
        let mut all_keys: Vec<(EntityKind, Vec<String>)> = Vec::new();
        let mut owned: Vec<(usize, String)> = Vec::new();
        for (index, entity) in entities.into_iter().enumerate() {
            let mut harms = false;
            if matches!(entity.kind, EntityKind::Event | EntityKind::Agreement) {
                for name in std::iter::once(&entity.name).chain(&entity.aliases) {
                    // A name of one word ("implosion") is its own noun of harm.
                    harms |= entity.kind == EntityKind::Event && HARM_NOUNS.contains(&folded_key(name).as_str());
                    if let Some(head) = head_noun(name) {
                        harms |= entity.kind == EntityKind::Event && HARM_NOUNS.contains(&head.as_str());
                        if !heads.contains(&(head.clone(), index)) {
                            heads.push((head, index));
                        }
                    }
                }
            }
            subjects.push(Subject {
                id: entity.id.clone(),
                name: entity.name.clone(),
                kind: entity.kind,
                harms,
            });
            let mut own = Vec::new();
            for name in std::iter::once(&entity.name).chain(&entity.aliases) {
                let key = folded_key(name);
                if key.is_empty() {
                    continue;
                }
                keys.push(format!(" {key}"));
                own.push(format!(" {key} "));
                patterns.push((index, is_acronym(name)));
            }
            for name in std::iter::once(&entity.name).chain(&entity.aliases) {
                if let Some(proper) = owned_proper_name(name) {
                    owned.push((index, proper));
                }
            }
            all_keys.push((entity.kind, own));
        }
        // "Prigozhin's Embraer Legacy jet" is also "the Embraer Legacy", if nothing else is.
        for (index, key) in &owned {
            let padded = format!(" {key} ");
            let elsewhere = all_keys
                .iter()
                .enumerate()
                .any(|(other, (_, names))| other != *index && names.iter().any(|name| name.contains(&padded)));
            let twice = owned.iter().filter(|(_, other)| other == key).count() > 1;
            if !elsewhere && !twice {
                keys.push(format!(" {key}"));
                patterns.push((*index, false));
            }
        }
        // "the ring road" names the "Dunmore ring road", if nothing else is described so.
        for tail in described_by.iter().filter(|d| d.tail) {
            let key = format!(" {}", tail.phrase);
            let unique = described_by
                .iter()
                .all(|d| d.phrase != tail.phrase || d.entity == tail.entity);
            if unique && !keys.contains(&key) {
                keys.push(key);
                patterns.push((tail.entity, false));
            }
        }
        let mut event_verbs: Vec<(String, usize)> = Vec::new();
        let mut event_nouns = Vec::new();
        // A verb that is one event's own noun in the past ("sentenced" of a sentencing) is
        // that event's only, not also another's it may report ("sentenced" of a verdict).
        let own_verbs: Vec<(String, usize)> = heads
            .iter()
            .flat_map(|(head, index)| past_tense(head).into_iter().map(|past| (past, *index)))
            .collect();
        for (head, index) in &heads {
            for verb in verbs_of(head) {
                let owned_by_another = !own_verbs.contains(&(verb.clone(), *index))
                    && own_verbs.iter().any(|(own, other)| *own == verb && other != index);
                if !owned_by_another && !event_verbs.contains(&(verb.clone(), *index)) {
                    event_verbs.push((verb, *index));
                }
            }
            if heads.iter().filter(|(other, _)| other == head).count() == 1 {
                keys.push(format!(" the {head}"));
                patterns.push((*index, false));
                // "the inquiry into the mill fire" is the inquiry, whole, not "the inquiry"
                // and then the fire.
                let own = all_keys.get(*index).map_or(&[][..], |(_, own)| own.as_slice());
                for name in own.iter().filter(|name| name.starts_with(&format!(" {head} "))) {
                    keys.push(format!(" the{}", name.trim_end()));
                    patterns.push((*index, false));
                }
                // "Tuesday's floods", "last week's strike": the event of the article's days.
                for day in DAY_WORDS {
                    keys.push(format!(" {day} {head}"));
                    patterns.push((*index, false));
                }
                event_nouns.push((head.clone(), *index));
            }
        }
        let searcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            // Every key starts with a space: a prefilter would stop at every space.
            .prefilter(false)
            .build(&keys)
            .map_err(|error| format!("cannot index the entity names: {error}"))?;
        let kinds: Vec<EntityKind> = subjects.iter().map(|subject| subject.kind).collect();
        let descriptions = DescriptionFinder::new(&described_by, &kinds)?;
        Ok(MentionFinder {
            searcher,
            patterns,
            entities: subjects,
            implied_event: implied_events(&all_keys),
            event_verbs,
            event_nouns,
            described_by,
            descriptions,
            variants,
        })
    }

    /// Every mention in the text, in text order, longest first where names overlap.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        let folded = Folded::of(text);
        let mut mentions = Vec::new();
        for found in self.searcher.find_iter(&folded.text) {
            let Some(&(entity, acronym)) = self.patterns.get(found.pattern().as_usize()) else {
                continue;
            };
            // The pattern is " key", followed by a space it does not take, so that a name
            // right after another ("the Deepwater Horizon explosion. The blast") is found
            // too: the original range is that of the key's first and last bytes.
            if folded.text.get(found.end()) != Some(&b' ') {
                continue;
            }
            let (Some(&start), Some(end)) = (
                folded.starts.get(found.start() + 1),
                folded.end_of(text, found.end() - 1),
            ) else {
                continue;
            };
            if acronym && !text[start..end].chars().all(|c| !c.is_lowercase()) {
                continue;
            }
            mentions.push(Mention {
                entity,
                start,
                end,
                variant: false,
            });
        }
        self.add_variants(text, &mut mentions);
        mentions
    }

    /// Adds the capitalised words no alias matched that are spelling variants of a name.
    fn add_variants(&self, text: &str, mentions: &mut Vec<Mention>) {
        let mut variants = Vec::new();
        // A word is compared with the registry's names once per text, however often it recurs.
        let mut known: HashMap<&str, Option<usize>> = HashMap::new();
        let mut exact = mentions.iter().peekable();
        for (start, word) in capitalised_words(text) {
            let end = start + word.len();
            while exact.next_if(|m| m.end <= start).is_some() {}
            if exact.peek().is_some_and(|m| m.start < end) {
                continue;
            }
            if let Some(entity) = *known.entry(word).or_insert_with(|| self.variants.entity_of(word)) {
                variants.push(Mention {
                    entity,
                    start,
                    end,
                    variant: true,
                });
            }
        }
        if !variants.is_empty() {
            mentions.extend(variants);
            mentions.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        }
    }
}

/// The words of a text that start with a capital letter, with their byte offsets.
fn capitalised_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|word| word.starts_with(char::is_uppercase))
        .map(move |word| (word.as_ptr() as usize - text.as_ptr() as usize, word))
}

/// Words of a day or time that, with a possessive, stand for "the" before an event's noun
/// ("Sunday's runoff", "last week's floods"); folding drops the possessive.
pub(super) const DAY_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tonight",
    "week",
    "weekend",
    "night",
    "morning",
];

/// The proper name after an owner's possessive in a name, folded: "Embraer Legacy" in
/// "Prigozhin's Embraer Legacy jet"; two capitalised words at least, so that a common noun
/// alone ("Chauvin's federal sentencing") gives none.
fn owned_proper_name(name: &str) -> Option<String> {
    let (_, rest) = name.split_once("'s ").or_else(|| name.split_once("’s "))?;
    let proper: Vec<&str> = rest
        .split_whitespace()
        .take_while(|word| word.starts_with(char::is_uppercase))
        .collect();
    (proper.len() >= 2).then(|| folded_key(&proper.join(" ")))
}

/// For each entity that is no event: the only event one of whose names holds one of its
/// names as whole words.
fn implied_events(keys: &[(EntityKind, Vec<String>)]) -> Vec<Option<usize>> {
    keys.iter()
        .map(|(kind, own)| {
            if *kind == EntityKind::Event {
                return None;
            }
            let mut events = keys.iter().enumerate().filter(|(_, (kind, names))| {
                *kind == EntityKind::Event
                    && names
                        .iter()
                        .any(|name| own.iter().any(|key| name.contains(key.as_str())))
            });
            let (first, _) = events.next()?;
            events.next().is_none().then_some(first)
        })
        .collect()
}

/// The folded form of a name, as searched for: folded as texts are, without a leading "the".
fn folded_key(name: &str) -> String {
    let folded = Folded::of(name);
    let key = String::from_utf8_lossy(&folded.text);
    let key = key.trim();
    key.strip_prefix("the ").unwrap_or(key).to_owned()
}

/// Nouns heading the name of an event that can kill or injure people.
const HARM_NOUNS: &[&str] = &[
    "accident",
    "airstrike",
    "ambush",
    "assault",
    "attack",
    "attacks",
    "avalanche",
    "battle",
    "blast",
    "blaze",
    "bombardment",
    "bombing",
    "capsizing",
    "clash",
    "clashes",
    "collapse",
    "collision",
    "crash",
    "crush",
    "cyclone",
    "derailment",
    "disaster",
    "earthquake",
    "epidemic",
    "eruption",
    "explosion",
    "famine",
    "fighting",
    "fire",
    "fires",
    "flood",
    "flooding",
    "floods",
    "heatwave",
    "hijacking",
    "hurricane",
    "implosion",
    "invasion",
    "landslide",
    "massacre",
    "mudslide",
    "offensive",
    "outbreak",
    "pandemic",
    "quake",
    "raid",
    "riot",
    "riots",
    "shelling",
    "shipwreck",
    "shooting",
    "siege",
    "sinking",
    "stabbing",
    "stampede",
    "storm",
    "strike",
    "strikes",
    "tornado",
    "tsunami",
    "typhoon",
    "uprising",
    "war",
    "wildfire",
    "wildfires",
    "wreck",
];

/// The noun an event's name ends with before any preposition ("of", "into"), folded, to stand for the
/// event as "the <noun>" ("Kramatorsk station strike": "the strike"; "crash of Prigozhin's
/// jet": "the crash"). A capitalised word before "of" belongs to a proper name ("Gulf of
/// Mexico oil spill"): the noun is then the name's last word ("the spill"). Names of one
/// word have none: they are mentioned by name.
fn head_noun(name: &str) -> Option<String> {
    let key = folded_key(name);
    let words: Vec<&str> = key.split(' ').collect();
    let before = words
        .iter()
        .position(|w| {
            matches!(
                *w,
                "of" | "for" | "over" | "in" | "into" | "on" | "at" | "against" | "to" | "from" | "by" | "with"
            )
        })
        .unwrap_or(words.len());
    let head = *words.get(..before)?.last()?;
    let capitalised = |word: &str| {
        name.split(|c: char| !c.is_alphanumeric())
            .any(|w| w.starts_with(char::is_uppercase) && w.to_lowercase() == word)
    };
    let head = if capitalised(head) { *words.last()? } else { head };
    let is_word = head.len() > 3 && head.bytes().all(|b| b.is_ascii_lowercase()) && !capitalised(head);
    (words.len() > 1 && is_word).then(|| head.to_owned())
}

/// A name written all in capitals and short enough to be a common word in lower case.
fn is_acronym(name: &str) -> bool {
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty() && letters.len() <= 5 && letters.iter().all(|c| c.is_uppercase())
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '`' | '\u{2019}' | '\u{2018}')
}

/// Whether the text after an apostrophe is a possessive `s` ending the word.
fn is_possessive(rest: &str) -> bool {
    let mut chars = rest.chars();
    matches!(chars.next(), Some('s' | 'S')) && !chars.next().is_some_and(char::is_alphanumeric)
}

/// A text folded for name matching, padded with a space at each end, with the original
/// byte offset of the character every folded byte came from.
struct Folded {
    text: Vec<u8>,
    starts: Vec<usize>,
}

impl Folded {
    fn of(text: &str) -> Folded {
        let mut folded = Folded {
            text: Vec::with_capacity(text.len() + 2),
            starts: Vec::with_capacity(text.len() + 2),
        };
        folded.push(b' ', 0);
        let bytes = text.as_bytes();
        let mut at = 0;
        while let Some(&byte) = bytes.get(at) {
            if byte.is_ascii_alphanumeric() {
                folded.push(byte.to_ascii_lowercase(), at);
                at += 1;
                continue;
            }
            // Any other ASCII character but an apostrophe is a space.
            if byte.is_ascii() && !is_apostrophe(char::from(byte)) {
                folded.space(at);
                at += 1;
                continue;
            }
            let c = text[at..].chars().next().unwrap_or(' ');
            let end = at + c.len_utf8();
            if is_apostrophe(c) && is_possessive(&text[end..]) {
                folded.space(at);
                at = end + 1;
                continue;
            }
            if c.is_ascii() {
                folded.fold(c, at);
            } else if let Some(ascii) = deunicode::deunicode_char(c) {
                for a in ascii.chars() {
                    folded.fold(a, at);
                }
            } else {
                folded.space(at);
            }
            at = end;
        }
        folded.push(b' ', text.len());
        folded
    }

    /// Pushes a character as names are folded: letters and digits lower case, apostrophes
    /// dropped, anything else one space.
    fn fold(&mut self, c: char, start: usize) {
        match c {
            c if is_apostrophe(c) => {}
            c if c.is_ascii_alphanumeric() => self.push(c.to_ascii_lowercase() as u8, start),
            _ => self.space(start),
        }
    }

    fn space(&mut self, start: usize) {
        if self.text.last() != Some(&b' ') {
            self.push(b' ', start);
        }
    }

    fn push(&mut self, byte: u8, start: usize) {
        self.text.push(byte);
        self.starts.push(start);
    }

    /// The original byte offset just past the character folded byte `at` came from.
    fn end_of(&self, original: &str, at: usize) -> Option<usize> {
        let start = *self.starts.get(at)?;
        Some(start + original.get(start..)?.chars().next().map_or(0, char::len_utf8))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_proper_name_after_an_owner_names_the_thing_too() {
        let cases: &[(&str, Option<&str>)] = &[
            ("Prigozhin's Embraer Legacy jet", Some("embraer legacy")),
            ("the company’s Deepwater Horizon rig", Some("deepwater horizon")),
            // A common noun, or one capitalised word, after the owner: none.
            ("Chauvin's federal sentencing", None),
            ("Nawrocki's Ford", None),
            ("Embraer Legacy", None),
        ];
        for (name, key) in cases {
            assert_eq!(owned_proper_name(name).as_deref(), *key, "{name}");
        }
        let entities = [
            entity("jet", EntityKind::Other, "Prigozhin's Embraer Legacy jet", &[]),
            entity("prigozhin", EntityKind::Person, "Yevgeny Prigozhin", &["Prigozhin"]),
        ];
        let finder = MentionFinder::new(&entities).unwrap();
        let text = "The Embraer Legacy carried ten people.";
        let named: Vec<&str> = finder.find(text).iter().map(|m| &text[m.start..m.end]).collect();
        assert_eq!(named, ["Embraer Legacy"]);
    }

    fn entity(id: &str, kind: EntityKind, name: &str, aliases: &[&str]) -> Entity {
        Entity {
            id: id.into(),
            kind,
            name: name.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            within: None,
            involves: Vec::new(),
            post: None,
            note: None,
        }
    }

    fn found(text: &str) -> Vec<(&str, &str)> {
        let entities = [
            entity(
                "omar-diaby",
                EntityKind::Person,
                "Omar Diaby",
                &["Oumar Diaby", "Diaby"],
            ),
            entity(
                "ghuraba",
                EntityKind::Group,
                "Ghuraba",
                &["Strangers’ Battalion", "Katibat al-Ghuraba"],
            ),
            entity("islamic-state", EntityKind::Group, "Islamic State", &["IS"]),
            entity(
                "sharaa",
                EntityKind::Person,
                "Ahmed al-Sharaa",
                &["Ahmad Al-Shar’", "Al-Shar"],
            ),
            entity("sahin", EntityKind::Person, "Sahin Umit", &[]),
        ];
        let finder = MentionFinder::new(&entities).unwrap();
        let ids: Vec<String> = finder.entities.iter().map(|e| e.id.clone()).collect();
        finder
            .find(text)
            .into_iter()
            .map(|m| (&text[m.start..m.end], ids[m.entity].clone().leak() as &str))
            .collect()
    }

    #[test]
    fn an_event_is_mentioned_by_its_head_noun_never_by_a_proper_name() {
        let cases = [
            ("Kramatorsk station strike", Some("strike")),
            ("crash of Prigozhin's jet", Some("crash")),
            ("Deepwater Horizon blast", Some("blast")),
            ("sinking of the Deepwater Horizon", Some("sinking")),
            // "Gulf" is part of a place's name: "the gulf" is no mention of the spill.
            ("Gulf of Mexico oil spill", Some("spill")),
            // The noun before any preposition, not the one of the event it is about.
            ("inquiry into the Harlow mill fire", Some("inquiry")),
            ("appeal against the Avignon verdict", Some("appeal")),
            ("donations to the flood victims", Some("donations")),
            ("Battle of Stalingrad", None),
            ("Euromaidan", None),
        ];
        for (name, head) in cases {
            assert_eq!(head_noun(name).as_deref(), head, "{name}");
        }
    }

    #[test]
    fn folded_matching_maps_back_to_the_original_bytes() {
        assert_eq!(
            found("Oumar Diaby’s son met KATIBAT AL-GHURABA, or the Strangers’ Battalion."),
            [
                ("Oumar Diaby", "omar-diaby"),
                ("KATIBAT AL-GHURABA", "ghuraba"),
                ("Strangers’ Battalion", "ghuraba")
            ]
        );
        assert_eq!(found("President Al-Shar’s adviser"), [("Al-Shar", "sharaa")]);
        assert_eq!(found("Omar Diaby's case and Hay’at"), [("Omar Diaby", "omar-diaby")]);
        assert_eq!(found("Şahin Ümit said"), [("Şahin Ümit", "sahin")]);
    }

    #[test]
    fn words_match_whole_and_acronyms_only_in_capitals() {
        assert_eq!(found("This is Diabyville; the IS group."), [("IS", "islamic-state")]);
        assert!(found("Ghurabas").is_empty());
    }

    #[test]
    fn a_name_right_after_another_is_found_too() {
        assert_eq!(
            found("Omar Diaby. Ghuraba fighters"),
            [("Omar Diaby", "omar-diaby"), ("Ghuraba", "ghuraba")]
        );
        assert_eq!(
            found("Diaby Ghuraba"),
            [("Diaby", "omar-diaby"), ("Ghuraba", "ghuraba")]
        );
        // A longer word that starts with a name is still not the name.
        assert!(found("Diabyville Ghurabas").is_empty());
    }
}
