//! Names spelled otherwise than the registry spells them: "Trzaskowsky" for Trzaskowski,
//! "Diabi" for Diaby, "Moskva" for Moscow, "Goncharenko" for Honcharenko. A capitalised word
//! of the text that no alias matched is compared with the surnames and one-word names of the
//! registry, after folding both for the usual transliteration swaps (y/i, w/v, k/c, kh/h, ou/u,
//! doubled letters); it is a variant when the folded forms are equal, when their consonants
//! are the same (four at least), or when they are one edit apart (six letters at least). A
//! word of two entities' names joins neither. Such a mention is only proposed: the proposal
//! says how the name was spelled, so that an editor adds the alias.

use crate::model::{Entity, EntityKind};
use std::collections::HashMap;

/// Shortest word of a name compared with the words of a text.
const SHORTEST: usize = 5;
/// Shortest folded word that may be one edit away from a name's.
const SHORTEST_EDITED: usize = 6;
/// Fewest consonants two words must share, in order, to be the same name with other vowels.
const FEWEST_CONSONANTS: usize = 4;

/// The single words of the registry's names, folded, with the entity each names.
#[derive(Debug, Clone, Default)]
pub(super) struct Variants {
    /// Folded word to entity (`None` when two entities share it).
    folded: HashMap<String, Option<usize>>,
    /// Consonant skeleton to entity (`None` when two entities share it).
    skeletons: HashMap<String, Option<usize>>,
    /// Every folded word, with its entity, for the one-edit comparison.
    words: Vec<(String, Option<usize>)>,
}

impl Variants {
    /// Indexes the surnames of people and the one-word names of places, groups, units and
    /// organisations (event names are common words).
    pub fn new<'a>(entities: impl IntoIterator<Item = &'a Entity>) -> Variants {
        let mut variants = Variants::default();
        for (index, entity) in entities.into_iter().enumerate() {
            if matches!(
                entity.kind,
                EntityKind::Event | EntityKind::Agreement | EntityKind::Other
            ) {
                continue;
            }
            for name in std::iter::once(&entity.name).chain(&entity.aliases) {
                let words: Vec<&str> = name
                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                    .filter(|w| !w.is_empty())
                    .collect();
                // A person by the surname; anything else only by a name of one word (the
                // words of "Japan Meteorological Agency" name other things too).
                let word = match (entity.kind, words.as_slice()) {
                    (EntityKind::Person, [.., last]) | (_, [last]) => *last,
                    _ => continue,
                };
                if !word.starts_with(char::is_uppercase) || word.chars().count() < SHORTEST {
                    continue;
                }
                let folded = fold(word);
                insert(&mut variants.skeletons, skeleton(&folded), index);
                insert(&mut variants.folded, folded, index);
            }
        }
        variants.words = variants.folded.iter().map(|(w, e)| (w.clone(), *e)).collect();
        variants.words.sort();
        variants
    }

    /// The entity a capitalised word of a text is a spelling variant of, if any.
    pub fn entity_of(&self, word: &str) -> Option<usize> {
        if !word.starts_with(char::is_uppercase) || word.chars().count() < SHORTEST {
            return None;
        }
        let folded = fold(word);
        if let Some(found) = self.folded.get(&folded) {
            return *found;
        }
        let consonants = skeleton(&folded);
        if consonants.len() >= FEWEST_CONSONANTS
            && let Some(found) = self.skeletons.get(&consonants)
        {
            return *found;
        }
        if folded.len() < SHORTEST_EDITED {
            return None;
        }
        let mut near = self
            .words
            .iter()
            .filter(|(name, _)| name.len().abs_diff(folded.len()) <= 1)
            // A name with a letter more or less at its end is another word ("Ghurabas").
            .filter(|(name, _)| !name.starts_with(folded.as_str()) && !folded.starts_with(name.as_str()))
            .filter(|(name, _)| one_edit_apart(name, &folded))
            .map(|(_, entity)| *entity);
        let first = near.next()??;
        near.all(|other| other == Some(first)).then_some(first)
    }
}

/// Records that `key` names `entity`, or no single entity when another has it too.
fn insert(map: &mut HashMap<String, Option<usize>>, key: String, entity: usize) {
    map.entry(key)
        .and_modify(|known| {
            if *known != Some(entity) {
                *known = None;
            }
        })
        .or_insert(Some(entity));
}

/// A word folded as names are, then for transliteration: y as i, w as v, k and q as c, kh as
/// h, ou as u, ph as f, doubled letters once.
fn fold(word: &str) -> String {
    let key = crate::names::matching_key(word).replace([' ', '-'], "");
    let key = key.replace("kh", "h").replace("ou", "u").replace("ph", "f");
    let mut folded = String::with_capacity(key.len());
    for c in key.chars() {
        let c = match c {
            'y' => 'i',
            'w' => 'v',
            'k' | 'q' => 'c',
            c => c,
        };
        if !folded.ends_with(c) {
            folded.push(c);
        }
    }
    folded
}

/// The consonants of a folded word, in order.
fn skeleton(folded: &str) -> String {
    folded.chars().filter(|c| !"aeiou".contains(*c)).collect()
}

/// Whether two words are one edit apart: a letter changed, added or dropped, or two next
/// to each other swapped (a Damerau-Levenshtein distance of 1, found in one pass).
/// Words in ASCII, as folded names mostly are, are compared byte by byte without copying.
fn one_edit_apart(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return one_edit_apart_in(a.as_bytes(), b.as_bytes());
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    one_edit_apart_in(&a, &b)
}

/// [`one_edit_apart`] on the letters of two words.
fn one_edit_apart_in<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    let (shorter, longer) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let same_start = shorter.iter().zip(longer.iter()).take_while(|(x, y)| x == y).count();
    let same_end = |from_short: usize, from_long: usize| {
        shorter.get(from_short..) == longer.get(from_long..) && from_short <= shorter.len()
    };
    match longer.len() - shorter.len() {
        0 if same_start == shorter.len() => false,
        0 => {
            same_end(same_start + 1, same_start + 1)
                || (shorter.get(same_start) == longer.get(same_start + 1)
                    && shorter.get(same_start + 1) == longer.get(same_start)
                    && same_end(same_start + 2, same_start + 2))
        }
        1 => same_end(same_start, same_start + 1),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_edit_apart_is_a_damerau_levenshtein_distance_of_one() {
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "abc",
            "acb",
            "bac",
            "abcd",
            "abdc",
            "abd",
            "abxd",
            "axcd",
            "trzaskowski",
            "trzascovsci",
            "trzaskowsky",
            "trzaskowskii",
            "rzaskowski",
            "diabi",
            "diaby",
            "diabyi",
            "idaby",
            "dyaib",
            "gisèle",
            "gisele",
            "giséle",
            "aab",
            "aba",
            "baa",
            "abab",
            "baba",
        ];
        for a in words {
            for b in words {
                assert_eq!(
                    one_edit_apart(a, b),
                    strsim::damerau_levenshtein(a, b) == 1,
                    "{a:?} and {b:?}"
                );
            }
        }
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

    /// `(word of a text, the entity it is a variant of)`: real variants and near misses.
    const CASES: &[(&str, Option<&str>)] = &[
        ("Trzaskowsky", Some("trzaskowski")),
        ("Diabi", Some("diaby")),
        ("Moskva", Some("moscow")),
        ("Goncharenko", Some("honcharenko")),
        ("Kirilenko", Some("kyrylenko")),
        ("Prigojine", None),
        ("Prigozhin", Some("prigozhin")),
        ("Prigoshin", Some("prigozhin")),
        // Near misses: other names, common words, short words.
        ("Nowicki", None),
        ("Diana", None),
        ("Moreover", None),
        ("Mosul", None),
        ("Trains", None),
        ("Diabys", None),
        // A first name, or a word of a longer name of something else, is not enough.
        ("Karol", None),
        ("Agency", None),
        // Shared by two entities: neither.
        ("Pelicot", None),
        ("Pelikot", None),
    ];

    #[test]
    fn variants_are_joined_and_near_misses_are_not() {
        let entities = [
            entity("trzaskowski", EntityKind::Person, "Rafał Trzaskowski", &[]),
            entity("nawrocki", EntityKind::Person, "Karol Nawrocki", &[]),
            entity("diaby", EntityKind::Person, "Omar Diaby", &["Omar Omsen"]),
            entity("moscow", EntityKind::Place, "Moscow", &[]),
            entity("honcharenko", EntityKind::Person, "Oleksandr Honcharenko", &[]),
            entity("kyrylenko", EntityKind::Person, "Pavlo Kyrylenko", &[]),
            entity("prigozhin", EntityKind::Person, "Yevgeny Prigozhin", &[]),
            entity("dominique", EntityKind::Person, "Dominique Pelicot", &[]),
            entity("gisele", EntityKind::Person, "Gisèle Pelicot", &[]),
            entity("trains", EntityKind::Event, "Evacuation trains", &[]),
            entity("jma", EntityKind::Organisation, "Japan Meteorological Agency", &[]),
        ];
        let variants = Variants::new(&entities);
        for (word, expected) in CASES {
            let found = variants.entity_of(word).map(|index| entities[index].id.as_str());
            assert_eq!(found, *expected, "{word}");
        }
    }
}
