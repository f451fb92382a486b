//! The common nouns the registry describes its entities by, for descriptions in texts to
//! be matched against: the noun a note opens with ("The container ship that struck the
//! bridge": "ship"), the head noun of a name ("Francis Scott Key Bridge": "bridge"; "trial
//! of Elizabeth Holmes": "trial"), and the lower-case words a name ends with ("Fort McHenry
//! federal channel": "federal channel"), and the nouns of its kind ("deal" for an
//! agreement). People are left out: a surname is no common noun.

use crate::model::{Entity, EntityKind};

/// A phrase the registry describes an entity by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Described {
    /// The phrase, lower case: one noun, or the lower-case words a name ends with.
    pub phrase: String,
    /// Index of the entity.
    pub entity: usize,
    /// Whether the phrase is more than the head noun alone: a name's lower-case end of two
    /// words or more, which says enough to stand for the thing on its own.
    pub tail: bool,
}

/// Nouns that describe any entity of a kind: "the deal" is the agreement when the registry
/// has one agreement only.
const KIND_NOUNS: &[(EntityKind, &[&str])] = &[
    (EntityKind::Agreement, &["agreement", "deal", "accord", "treaty"]),
    (EntityKind::Group, &["group"]),
    (EntityKind::Unit, &["unit"]),
    (EntityKind::Organisation, &["organisation", "organization"]),
];

/// Words that end the noun phrase a note opens with.
const PHRASE_ENDS: &[&str] = &[
    "that", "which", "who", "whose", "where", "when", "of", "in", "at", "on", "for", "from", "with", "by", "to", "and",
    "or", "as",
];

/// Words after which a name's head noun is the word before them ("trial of Elizabeth
/// Holmes", "replacement of the Key Bridge").
const NAME_ENDS: &[&str] = &["of", "for", "over", "in", "into", "on", "at", "against", "from", "to"];

/// The noun a note describes its entity by: the last word of the noun phrase it opens with
/// ("The former Minneapolis police officer convicted of ...": "officer"), if that word is a
/// common noun in the singular; none for a note that opens with a quotation or a name.
pub(super) fn note_noun(note: &str) -> Option<String> {
    let mut taken: Vec<&str> = Vec::new();
    for word in note.split_whitespace() {
        let bare = word.trim_end_matches([',', '.', ';', ':']);
        let lower = bare.to_lowercase();
        if taken.is_empty() && matches!(lower.as_str(), "the" | "a" | "an") {
            continue;
        }
        let participle = !taken.is_empty() && lower.ends_with("ed");
        if PHRASE_ENDS.contains(&lower.as_str()) || participle {
            break;
        }
        taken.push(bare);
        if bare.len() < word.len() {
            break;
        }
    }
    let last = taken.last()?;
    // A plural ("the jihadists") describes a crowd of which any group may be meant.
    let singular = !last.ends_with('s') || last.ends_with("ss");
    (singular && last.len() > 2 && last.chars().all(|c| c.is_ascii_lowercase())).then(|| (*last).to_owned())
}

/// Whether a word can be a common noun of a description: letters only, more than three.
fn is_noun_word(word: &str) -> bool {
    word.len() > 3 && word.chars().all(|c| c.is_alphabetic())
}

/// The head noun of a name of two words or more, lower case: the word before an "of"-like
/// word ("trial of Elizabeth Holmes": "trial"), else the last word ("Labour Party":
/// "party"); none when that word is no common noun ("Alvia 04155").
fn name_head(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() < 2 {
        return None;
    }
    let before = words
        .iter()
        .position(|w| NAME_ENDS.contains(&w.to_lowercase().as_str()))
        .unwrap_or(words.len());
    let head = words.get(..before)?.last()?.to_lowercase();
    is_noun_word(&head).then_some(head)
}

/// The lower-case words of two or more that a name ends with, after a proper name ("Fort
/// McHenry federal channel": "federal channel"), if its other words are capitalised.
fn name_tail(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let lower = words
        .iter()
        .rev()
        .take_while(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        .count();
    let proper = words.get(..words.len() - lower)?;
    let tail = words.get(words.len() - lower..)?;
    let named = !proper.is_empty() && proper.iter().all(|w| w.starts_with(char::is_uppercase));
    (named && tail.len() >= 2 && tail.last().is_some_and(|w| is_noun_word(w))).then(|| tail.join(" "))
}

/// Every phrase the registry describes an entity by, once per entity.
pub(super) fn described<'a>(entities: impl IntoIterator<Item = &'a Entity>) -> Vec<Described> {
    let mut found: Vec<Described> = Vec::new();
    for (entity, record) in entities.into_iter().enumerate() {
        if record.kind == EntityKind::Person {
            continue;
        }
        let names = std::iter::once(&record.name).chain(&record.aliases);
        let heads = names.clone().filter_map(|name| name_head(name));
        let note = record.note.as_deref().and_then(note_noun);
        let kind = KIND_NOUNS
            .iter()
            .filter(|(kind, _)| *kind == record.kind)
            .flat_map(|(_, nouns)| nouns.iter().map(|noun| (*noun).to_owned()));
        let nouns = heads.chain(note).chain(kind).map(|phrase| (phrase, false));
        let tails = names.filter_map(|name| name_tail(name)).map(|phrase| (phrase, true));
        for (phrase, tail) in nouns.chain(tails) {
            if !found.iter().any(|d| d.entity == entity && d.phrase == phrase) {
                found.push(Described { phrase, entity, tail });
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_describes_its_entity_by_the_noun_it_opens_with() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "The Singapore-flagged container ship that struck the bridge.",
                Some("ship"),
            ),
            ("The former police officer convicted of the murder.", Some("officer")),
            ("The regional governor, appointed in 2021.", Some("governor")),
            ("A cargo vessel of 95,000 tonnes.", Some("vessel")),
            // A quotation or a name opens the note: no noun.
            ("\"Death at the Station\", a report of February 2023.", None),
            ("Kramatorsk, a city in the east.", None),
            // A plural describes a crowd, not one thing.
            ("The foreign jihadists who stayed after the war.", None),
            ("The glass roof of the station.", Some("roof")),
        ];
        for (note, noun) in cases {
            assert_eq!(note_noun(note).as_deref(), *noun, "{note}");
        }
    }

    #[test]
    fn a_name_gives_its_head_noun_and_its_lower_case_end() {
        // (name, head noun, lower-case end)
        let cases: &[(&str, Option<&str>, Option<&str>)] = &[
            ("Harbour Road Bridge", Some("bridge"), None),
            ("inquest into the ferry sinking", Some("inquest"), None),
            ("count of the mayoral ballots", Some("count"), None),
            (
                "Greenvale colliery collapse",
                Some("collapse"),
                Some("colliery collapse"),
            ),
            ("Port of Dunmore", Some("port"), None),
            ("Northline ferry 2207", None, None),
            // One word is a name, no description.
            ("Dunmore", None, None),
        ];
        for (name, head, tail) in cases {
            assert_eq!(name_head(name).as_deref(), *head, "{name}");
            assert_eq!(name_tail(name).as_deref(), *tail, "{name}");
        }
    }
}
