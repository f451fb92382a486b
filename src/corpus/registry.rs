//! Name lookup: every id, name and alias of the entities (or scopes) folded to a matching
//! key, so that any spelling a source used resolves to one canonical id.

use crate::names::{matching_key, near, suggest};
use foldhash::HashMap;
use foldhash::fast::RandomState;
use indexmap::IndexSet;

/// Folded names to canonical ids, keeping the spellings for suggestions.
#[derive(Debug, Default)]
pub struct NameIndex {
    by_key: HashMap<String, String>,
    /// Every spelling once, in the order added.
    spellings: IndexSet<String, RandomState>,
}

impl NameIndex {
    /// Adds a spelling of `id`; returns the id that already owns the key when it is another.
    pub fn insert(&mut self, spelling: &str, id: &str) -> Result<(), String> {
        let key = matching_key(spelling);
        match self.by_key.get(&key) {
            Some(owner) if owner != id => return Err(owner.clone()),
            Some(_) => {}
            None => {
                self.by_key.insert(key, id.to_owned());
            }
        }
        if !self.spellings.contains(spelling) {
            self.spellings.insert(spelling.to_owned());
        }
        Ok(())
    }

    /// The canonical id a spelling stands for.
    pub fn resolve(&self, spelling: &str) -> Option<&str> {
        self.by_key.get(&matching_key(spelling)).map(String::as_str)
    }

    /// The known spelling closest to an unknown one, for "did you mean"; of equally close
    /// spellings, the one added last (a name or alias rather than the id).
    pub fn suggest(&self, spelling: &str) -> Option<&str> {
        suggest(spelling, self.spellings.iter().map(String::as_str))
    }

    /// The known spellings near an unknown one, closest first, each with its id.
    pub fn near(&self, spelling: &str) -> Vec<(&str, &str)> {
        near(spelling, self.spellings.iter().map(String::as_str))
            .into_iter()
            .filter_map(|near| self.resolve(near).map(|id| (near, id)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_spelling_resolves_and_collisions_are_reported() {
        let mut index = NameIndex::default();
        index.insert("omar-diaby", "omar-diaby").unwrap();
        index.insert("Oumar Diaby", "omar-diaby").unwrap();
        index.insert("Omar Omsen", "omar-diaby").unwrap();
        assert_eq!(index.resolve("OUMAR DIABY"), Some("omar-diaby"));
        assert_eq!(index.resolve("omar omsen"), Some("omar-diaby"));
        assert_eq!(index.insert("Omar-Omsen", "someone-else"), Err("omar-diaby".to_owned()));
        assert_eq!(index.suggest("Oumar Diabi"), Some("Oumar Diaby"));
    }
}
