//! The other words English uses for the head words of property names (`synonyms.yaml`,
//! embedded): words for the same thing ("died" for "killed", "ballots" for "votes") widen the
//! names of the cue classes, and the plural nouns of the same thing or of kinds of it ("homes"
//! for "buildings", "helicopters" for "aircraft"), and "people" with a verb that says what
//! they are ("people marched" for "protesters"), may stand where a "number of <things>"
//! name's things would (see `patterns::name_rules::widen_counted`).

use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// The table as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    /// Groups of words for the same thing.
    same: Vec<Vec<String>>,
    /// Plural nouns with the plural nouns of the same thing or of kinds of it.
    counted: BTreeMap<String, Vec<String>>,
    /// Plural nouns of people with the verbs that say, after "people", what they are.
    doing: BTreeMap<String, Vec<String>>,
}

/// The table as written, embedded.
const SOURCE: &str = include_str!("synonyms.yaml");

/// The table, read once (a test checks that it reads).
static TABLE: LazyLock<Table> = LazyLock::new(|| serde_saphyr::from_str(SOURCE).unwrap_or_default());

/// The plural nouns a count may name in place of the plural noun `things`.
pub(super) fn counted_in_place_of(things: &str) -> &'static [String] {
    TABLE.counted.get(things).map_or(&[], Vec::as_slice)
}

/// What may stand right after a count in place of the plural noun `things` of people:
/// "people" and a verb that says what they are ("protesters": "people marched").
pub(super) fn people_doing(things: &str) -> impl Iterator<Item = String> + 'static {
    TABLE
        .doing
        .get(things)
        .into_iter()
        .flatten()
        .map(|verb| format!("people {verb}"))
}

/// A cue class's names with the words for the same thing as each (`killed` gives `died`).
pub(super) fn widen_names(names: Vec<String>) -> Vec<String> {
    let mut widened = names.clone();
    let groups = names
        .iter()
        .flat_map(|name| TABLE.same.iter().filter(move |group| group.contains(name)));
    for word in groups.flatten() {
        if !widened.contains(word) {
            widened.push(word.clone());
        }
    }
    widened
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tests::assert_properties;

    #[test]
    fn the_table_reads_and_its_words_are_lower_case_and_in_one_group_each() {
        assert!(serde_saphyr::from_str::<Table>(SOURCE).is_ok());
        let mut seen: Vec<&String> = Vec::new();
        for word in TABLE.same.iter().flatten() {
            assert!(!seen.contains(&word), "{word} is in two groups");
            assert_eq!(*word, word.to_lowercase());
            seen.push(word);
        }
        for (things, others) in &TABLE.counted {
            assert!(
                others
                    .iter()
                    .all(|other| other != things && *other == other.to_lowercase())
            );
        }
    }

    #[test]
    fn names_and_counted_things_widen_one_way() {
        let names = widen_names(vec!["injured".into(), "wounded".into()]);
        assert_eq!(names, ["injured", "wounded", "hurt"]);
        let counted = |things: &str| -> Vec<&str> { counted_in_place_of(things).iter().map(String::as_str).collect() };
        assert!(counted("votes").contains(&"ballots"));
        assert!(counted("ballots").contains(&"votes"));
        assert!(counted("buildings").contains(&"homes"));
        // A kind does not reach what it is a kind of; a part is no kind.
        assert!(counted("homes").is_empty());
        assert!(counted("helicopters").is_empty());
        assert!(!counted("children").contains(&"boys"));
    }

    const ENTITIES: &str = "entities:\n  - {id: quake, kind: event, name: Ridgeway earthquake}\n";

    #[test]
    fn a_count_names_the_things_of_a_property_by_their_kinds() {
        let properties = "properties:\n  - {id: buildings-damaged, name: number of buildings damaged, type: count}\n  - {id: children, name: number of children, type: count}\n  - {id: invalid-votes, name: number of invalid votes, type: count}\n";
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "In the Ridgeway earthquake some 3,000 houses were damaged.",
                &[("buildings-damaged", "some 3,000")],
            ),
            (
                "In the Ridgeway earthquake some 3,000 buildings were damaged.",
                &[("buildings-damaged", "some 3,000")],
            ),
            (
                "The Ridgeway earthquake left 40 schoolchildren without a classroom.",
                &[("children", "40")],
            ),
            (
                "After the Ridgeway earthquake officials counted 2,100 invalid ballots.",
                &[("invalid-votes", "2,100")],
            ),
            // The word must stand where the property's own would: right after the value.
            ("The Ridgeway earthquake shook houses in 12 villages.", &[]),
            // A word for a part of what is counted reaches nothing.
            ("The Ridgeway earthquake left 12 boys without a school.", &[]),
            // A word for something wider, or for another thing, reaches nothing.
            ("The Ridgeway earthquake left some 3,000 properties without water.", &[]),
            ("The Ridgeway earthquake cut power to 5,000 households.", &[]),
        ];
        assert_properties(ENTITIES, properties, cases);
    }

    #[test]
    fn aircraft_and_soldiers_are_counted_by_other_words_for_them() {
        let entities = "entities:\n  - {id: revolt, kind: event, name: Ridgeway revolt}\n";
        let properties = "properties:\n  - {id: aircraft, name: number of aircraft, type: count}\n  - {id: soldiers, name: number of soldiers deployed, type: count}\n";
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Rebels shot down three helicopters during the Ridgeway revolt.",
                &[("aircraft", "three")],
            ),
            (
                "Rebels shot down four aircraft during the Ridgeway revolt.",
                &[("aircraft", "four")],
            ),
            ("The Ridgeway revolt grounded three airlines.", &[]),
            (
                "The army sent 800 troops to end the Ridgeway revolt.",
                &[("soldiers", "800")],
            ),
            // Who they fight for is no word for soldiers.
            ("The Ridgeway revolt drew 800 rebels.", &[]),
        ];
        assert_properties(entities, properties, cases);
    }

    #[test]
    fn people_are_counted_by_the_other_words_for_their_group() {
        let properties = "properties:\n  - {id: employees, name: number of employees, type: count}\n  - {id: protesters, name: number of protesters, type: count}\n";
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "The Ridgeway earthquake forced 300 workers out of the plant.",
                &[("employees", "300")],
            ),
            (
                "After the Ridgeway earthquake some 40 demonstrators blocked the road.",
                &[("protesters", "some 40")],
            ),
            (
                "After the Ridgeway earthquake more than 1,200 people marched to the town hall.",
                &[("protesters", "more than 1,200")],
            ),
            (
                "After the Ridgeway earthquake 300 people rallied outside the town hall.",
                &[("protesters", "300")],
            ),
            // People who did anything else are no protesters.
            ("After the Ridgeway earthquake 300 people walked to the school.", &[]),
            // A word for what they do is no word for who they are.
            ("The Ridgeway earthquake cost 300 jobs.", &[]),
            ("The Ridgeway earthquake closed 12 factories.", &[]),
        ];
        assert_properties(ENTITIES, properties, cases);
    }

    #[test]
    fn a_property_named_by_the_word_itself_keeps_it() {
        let properties = "properties:\n  - {id: buildings-damaged, name: number of buildings damaged, type: count}\n  - {id: homes-destroyed, name: number of homes destroyed, type: count}\n";
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "In the Ridgeway earthquake some 800 homes were lost.",
                &[("homes-destroyed", "some 800")],
            ),
            (
                "In the Ridgeway earthquake some 5,000 houses cracked.",
                &[("buildings-damaged", "some 5,000")],
            ),
        ];
        assert_properties(ENTITIES, properties, cases);
    }

    #[test]
    fn a_name_said_in_other_words_takes_its_cue_class_as_the_catalogue_s_own_does() {
        let properties = "properties:\n  - {id: died, name: number who died, type: count}\n  - {id: hurt, name: number hurt, type: count}\n  - {id: investors, name: number of investors who lost money, type: count}\n";
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "The Ridgeway earthquake killed at least 14 people.",
                &[("died", "at least 14")],
            ),
            ("The Ridgeway earthquake left 230 people injured.", &[("hurt", "230")]),
            // "Lost" is said of much besides lives: the third is no toll.
            ("At least 14 families lost their homes in the Ridgeway earthquake.", &[]),
            ("The Ridgeway earthquake shook 14 towns.", &[]),
        ];
        assert_properties(ENTITIES, properties, cases);
    }
}
