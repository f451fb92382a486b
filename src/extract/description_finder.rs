//! The registry's descriptions that may stand for an entity ("the bridge", "the federal
//! channel"), with the sentences that hold each found in one pass: a phrase that fits one
//! entity of the registry only, of a kind that is not a person or a population, looked for
//! in a sentence only when the sentence holds it.

use super::heads::Described;
use crate::model::EntityKind;
use aho_corasick::AhoCorasick;

/// The descriptions that may stand for an entity, in registry order, searched at once.
#[derive(Debug, Clone)]
pub(super) struct DescriptionFinder {
    /// The descriptions, each with the number of its phrase in the searcher, or `None` for an
    /// empty phrase, which every sentence holds.
    descriptions: Vec<(Described, Option<usize>)>,
    /// The distinct phrases of the descriptions.
    searcher: AhoCorasick,
    /// How many distinct phrases the searcher holds.
    phrases: usize,
}

impl DescriptionFinder {
    /// The finder of the descriptions that fit one entity, not a person nor a population.
    /// `kinds` holds the kind of each entity, by index.
    pub(super) fn new(described_by: &[Described], kinds: &[EntityKind]) -> Result<DescriptionFinder, String> {
        let mut phrases: Vec<&str> = Vec::new();
        let mut descriptions = Vec::new();
        for described in described_by {
            let kind = kinds.get(described.entity).copied();
            let fits_one = described_by
                .iter()
                .all(|other| other.phrase != described.phrase || other.entity == described.entity);
            if matches!(kind, None | Some(EntityKind::Person | EntityKind::Population)) || !fits_one {
                continue;
            }
            let phrase = described.phrase.as_str();
            let number = (!phrase.is_empty()).then(|| match phrases.iter().position(|p| *p == phrase) {
                Some(number) => number,
                None => {
                    phrases.push(phrase);
                    phrases.len() - 1
                }
            });
            descriptions.push((described.clone(), number));
        }
        let searcher =
            AhoCorasick::new(&phrases).map_err(|error| format!("cannot index the registry's descriptions: {error}"))?;
        Ok(DescriptionFinder {
            descriptions,
            searcher,
            phrases: phrases.len(),
        })
    }

    /// The descriptions whose phrase a (lower-case) sentence holds, in registry order.
    pub(super) fn held_by<'s>(&'s self, sentence: &str) -> impl Iterator<Item = &'s Described> {
        let mut held = vec![false; self.phrases];
        for found in self.searcher.find_overlapping_iter(sentence) {
            if let Some(slot) = held.get_mut(found.pattern().as_usize()) {
                *slot = true;
            }
        }
        self.descriptions
            .iter()
            .filter(move |(_, number)| number.is_none_or(|number| held.get(number).copied().unwrap_or(false)))
            .map(|(described, _)| described)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn described(phrase: &str, entity: usize) -> Described {
        Described {
            phrase: phrase.to_string(),
            entity,
            tail: false,
        }
    }

    #[test]
    fn a_sentence_holds_the_descriptions_that_fit_one_entity_and_that_it_contains() {
        let kinds = [
            EntityKind::Other,
            EntityKind::Event,
            EntityKind::Person,
            EntityKind::Other,
        ];
        let described_by = [
            described("bridge", 0),
            described("ring road", 0),
            described("flood", 1),
            described("judge", 2),
            described("ship", 0),
            described("ship", 3),
            described("road", 3),
        ];
        let finder = DescriptionFinder::new(&described_by, &kinds).unwrap();
        let held = |sentence: &str| -> Vec<(String, usize)> {
            finder.held_by(sentence).map(|d| (d.phrase.clone(), d.entity)).collect()
        };
        let owned = |pairs: &[(&str, usize)]| -> Vec<(String, usize)> {
            pairs.iter().map(|(p, e)| (p.to_string(), *e)).collect()
        };
        // In registry order, overlapping phrases both held; a person's and a shared one never.
        assert_eq!(
            held("the flood closed the ring road and the bridge"),
            owned(&[("bridge", 0), ("ring road", 0), ("flood", 1), ("road", 3)])
        );
        assert_eq!(held("the judge saw the ship"), owned(&[]));
        assert_eq!(held(""), owned(&[]));
    }
}
