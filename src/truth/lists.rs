//! The agreed value of a group whose claims are lists of entities that agree: every member any
//! of them names, together, since agreeing lists only add members to one another. (Lists of
//! free text are not joined: two wordings of one item would both be listed.)

use crate::model::Corpus;
use crate::value::EntitySet;
use crate::verdict::{Judged, Normal};

/// The lists of an agreeing group joined: the normal form and its wording by entity names
/// in the order of their ids (`Turkistan Islamic Party, Uzbek fighters, foreign fighters in Syria`), or `None` when the
/// group's values are not lists of entities.
pub fn joined_lists(corpus: &Corpus, judged: &Judged) -> Option<(Normal, String)> {
    let mut sides = judged.sides(corpus);
    let (_, _, first) = sides.next()?;
    let mut joined = first.clone();
    let Normal::EntitySet(all) = &mut joined else {
        return None;
    };
    for (_, _, normal) in sides {
        let Normal::EntitySet(set) = normal else {
            return None;
        };
        add_entities(all, set);
    }
    all.included.sort();
    all.excluded.sort();
    let written = names(corpus, all).describe();
    Some((joined, written))
}

/// Adds the members `set` names or excludes to `all`, each once.
fn add_entities(all: &mut EntitySet, set: &EntitySet) {
    for name in &set.included {
        if !all.included.contains(name) {
            all.included.push(name.clone());
        }
    }
    for name in &set.excluded {
        if !all.excluded.contains(name) {
            all.excluded.push(name.clone());
        }
    }
}

/// The set with every entity id replaced by its display name.
fn names(corpus: &Corpus, set: &EntitySet) -> EntitySet {
    let name = |id: &String| corpus.entity_name(id).to_owned();
    EntitySet {
        included: set.included.iter().map(name).collect(),
        excluded: set.excluded.iter().map(name).collect(),
        none: set.none,
    }
}
