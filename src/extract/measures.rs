//! Measured quantities: a number written with a unit of length, speed, area or volume right
//! after it (`about 40 miles`, `a 984-foot vessel`, `190 km/h`, `18.5 km`). A corpus property
//! of type number whose id or name names the unit (`distance-km`, "water depth in feet") is
//! what such a value is proposed for; where several properties share the unit, the words of
//! their dimension near the value (`deep`, `wide`, `limit`) choose one, and none is chosen
//! when they do not.

use super::inflections::noun_forms;
use super::words::word_positions;
use crate::model::{EntityKind, Property};
use crate::value::ValueType;

/// A unit: the words that name it in a property's id or name, the words that write it after
/// a number, and the signs or words that write it before one (`$60 million`, `magnitude
/// 6.8`). Compound units come before their parts (`km/h` before `km`).
struct Unit {
    names: &'static [&'static str],
    words: &'static [&'static str],
    before: &'static [&'static str],
    /// The kinds of entity a value in it may be about, when not only things (an amount of
    /// money may be an event's cost, a magnitude is an earthquake's).
    subjects: &'static [EntityKind],
}

/// What an amount of money may be about: a thing, an event (its cost) or an agreement.
const MONEY: &[EntityKind] = &[EntityKind::Other, EntityKind::Event, EntityKind::Agreement];

/// What an area or the rain that fell on one may be about: a place, an event (the area it burned) or
/// a thing.
const AREAS: &[EntityKind] = &[EntityKind::Place, EntityKind::Event, EntityKind::Other];

/// What a weight or a volume may be about: a thing, or an event (what a spill released, what
/// an aid shipment carried).
const WEIGHED: &[EntityKind] = &[EntityKind::Other, EntityKind::Event];

/// The units a measured value may be written in.
const UNITS: &[Unit] = &[
    Unit {
        names: &["kmh", "kph"],
        words: &[
            "km/h",
            "kph",
            "kilometres per hour",
            "kilometers per hour",
            "kilometres an hour",
            "kilometers an hour",
        ],
        before: &[],
        subjects: &[EntityKind::Other],
    },
    Unit {
        names: &["mph"],
        words: &["mph", "miles per hour", "miles an hour"],
        before: &[],
        subjects: &[EntityKind::Other],
    },
    Unit {
        names: &["km2"],
        words: &["km2", "sq km", "square kilometres", "square kilometers"],
        before: &[],
        subjects: &[EntityKind::Other],
    },
    Unit {
        names: &["cubic"],
        words: &[
            "cubic metres per second",
            "cubic meters per second",
            "cubic metres of water per second",
            "cubic meters of water per second",
        ],
        before: &[],
        subjects: &[EntityKind::Place, EntityKind::Other],
    },
    Unit {
        names: &["litres", "liters"],
        words: &[
            "litres per square metre",
            "liters per square meter",
            "litres per square meter",
        ],
        before: &[],
        subjects: AREAS,
    },
    Unit {
        names: &["acres"],
        words: &["acres", "acre"],
        before: &[],
        subjects: AREAS,
    },
    Unit {
        names: &["hectares"],
        words: &["hectares", "hectare"],
        before: &[],
        subjects: AREAS,
    },
    Unit {
        names: &["points"],
        words: &["percentage points", "percentage point", "points"],
        before: &[],
        subjects: &[EntityKind::Event, EntityKind::Other],
    },
    Unit {
        names: &["km", "kilometres", "kilometers"],
        words: &["km", "kilometres", "kilometers", "kilometre", "kilometer"],
        before: &[],
        subjects: &[EntityKind::Other],
    },
    Unit {
        names: &["miles"],
        words: &["miles", "mile"],
        before: &[],
        subjects: &[EntityKind::Other],
    },
    Unit {
        names: &["feet", "ft"],
        words: &["feet", "foot", "ft"],
        before: &[],
        subjects: &[EntityKind::Other],
    },
    Unit {
        names: &["metres", "meters"],
        words: &["metres", "meters", "metre", "meter"],
        before: &[],
        subjects: &[EntityKind::Other],
    },
    Unit {
        names: &["barrels"],
        words: &["barrels"],
        before: &[],
        subjects: WEIGHED,
    },
    Unit {
        names: &["tonnes"],
        words: &["metric tonnes", "metric tons", "tonnes", "tonne"],
        before: &[],
        subjects: WEIGHED,
    },
    Unit {
        names: &["tons"],
        words: &["tons", "ton"],
        before: &[],
        subjects: WEIGHED,
    },
    Unit {
        names: &["kg", "kilograms", "kilogrammes"],
        words: &["kg", "kilograms", "kilogrammes", "kilogram", "kilos"],
        before: &[],
        subjects: WEIGHED,
    },
    Unit {
        names: &["lb", "lbs"],
        words: &["lb", "lbs"],
        before: &[],
        subjects: WEIGHED,
    },
    Unit {
        names: &["gallons"],
        words: &["gallons", "gallon"],
        before: &[],
        subjects: WEIGHED,
    },
    Unit {
        names: &["dollars", "usd"],
        words: &["dollars"],
        before: &["us$", "$"],
        subjects: MONEY,
    },
    Unit {
        names: &["euros", "eur"],
        words: &["euros"],
        before: &["€"],
        subjects: MONEY,
    },
    Unit {
        names: &["pounds", "gbp", "sterling"],
        words: &[],
        before: &["£"],
        subjects: MONEY,
    },
    Unit {
        names: &["yen", "jpy"],
        words: &["yen"],
        before: &["¥"],
        subjects: MONEY,
    },
    Unit {
        names: &["yuan", "cny", "renminbi"],
        words: &["yuan"],
        before: &[],
        subjects: MONEY,
    },
    Unit {
        names: &["rupees", "inr"],
        words: &["rupees"],
        before: &[],
        subjects: MONEY,
    },
    Unit {
        names: &["francs", "chf"],
        words: &["francs"],
        before: &[],
        subjects: MONEY,
    },
    Unit {
        names: &["magnitude"],
        words: &["magnitude"],
        before: &["magnitude"],
        subjects: &[EntityKind::Event],
    },
];

/// The words of a dimension in a property's name, with the words prose writes it with.
const DIMENSIONS: &[(&str, &[&str])] = &[
    ("depth", &["depth", "deep", "below", "beneath", "underground"]),
    ("width", &["width", "wide"]),
    ("length", &["length", "long"]),
    ("height", &["height", "high", "tall"]),
    ("speed", &["speed"]),
    ("limit", &["limit"]),
    (
        "distance",
        &[
            "distance",
            "away",
            "north",
            "south",
            "east",
            "west",
            "northeast",
            "northwest",
            "southeast",
            "southwest",
            "north-east",
            "north-west",
            "south-east",
            "south-west",
        ],
    ),
];

/// Every unit word, for the value finder.
pub(super) fn unit_words() -> impl Iterator<Item = &'static str> {
    UNITS.iter().flat_map(|unit| unit.words.iter().copied())
}

/// The cues of a number property named with a unit (its id and name as `words`): the unit's
/// words, then the words of its dimensions as prose writes them.
pub(super) fn cues_for(property: &Property, words: &[String]) -> Option<Vec<String>> {
    if property.value_type != ValueType::Number {
        return None;
    }
    let unit = UNITS
        .iter()
        .find(|unit| unit.names.iter().any(|name| words.iter().any(|word| word == name)))?;
    let mut cues: Vec<String> = unit
        .words
        .iter()
        .chain(unit.before)
        .map(|word| (*word).to_owned())
        .collect();
    for (dimension, written) in DIMENSIONS {
        if words.iter().any(|word| word == dimension) {
            cues.extend(written.iter().map(|word| (*word).to_owned()));
        }
    }
    Some(cues)
}

/// The words of a measure property's id and name that say what is measured besides its unit
/// and dimension ("price", "share" in "price per share in dollars"): words of four letters or
/// more, each once.
pub(super) fn measured_words(words: &[String]) -> Vec<String> {
    let said_elsewhere = |word: &String| {
        UNITS.iter().any(|unit| {
            unit.names.contains(&word.as_str())
                || unit
                    .words
                    .iter()
                    .any(|written| written.split(' ').any(|part| part == word))
        }) || DIMENSIONS.iter().any(|(dimension, _)| dimension == word)
    };
    let mut measured: Vec<String> = words
        .iter()
        .filter(|word| word.len() > 3 && !said_elsewhere(word))
        .cloned()
        .collect();
    measured.sort();
    measured.dedup();
    measured
}

/// The kinds of entity a value of a number property named with a unit may be about.
pub(super) fn subjects_for(words: &[String]) -> Vec<EntityKind> {
    UNITS
        .iter()
        .find(|unit| unit.names.iter().any(|name| words.iter().any(|word| word == name)))
        .map_or_else(|| vec![EntityKind::Other], |unit| unit.subjects.to_vec())
}

/// Whether a unit word weighs or measures a stuff (tonnes, gallons, barrels), so that what
/// follows its "of" is what the value is about.
pub(super) fn weighs_stuff(unit_word: &str) -> bool {
    UNITS
        .iter()
        .any(|unit| unit.subjects == WEIGHED && unit.words.contains(&unit_word))
}

/// The unit word written right after a value (after a space or a hyphen), longest first.
pub(super) fn unit_after(lower_after: &str) -> Option<&'static str> {
    let rest = lower_after.strip_prefix([' ', '-'])?;
    unit_words()
        .filter(|word| {
            rest.starts_with(word) && !rest[word.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '/')
        })
        .max_by_key(|word| word.len())
}

/// The unit written inside a value found with it: a sign or word before its number (`about
/// $60 million`, `magnitude 6.8`) or a word at its end (`1.2 million euros`).
pub(super) fn unit_within(lower_value: &str) -> Option<&'static str> {
    UNITS.iter().find_map(|unit| {
        unit.before
            .iter()
            .find(|sign| lower_value.contains(**sign))
            .or_else(|| unit.words.iter().find(|word| lower_value.ends_with(**word)))
            .copied()
    })
}

/// The words of the currencies written after an amount (`dollars`, `rupees`), for the value
/// finder.
pub(super) fn currency_words() -> impl Iterator<Item = &'static str> {
    UNITS
        .iter()
        .filter(|unit| unit.subjects == MONEY)
        .flat_map(|unit| unit.words.iter().copied())
}

/// Every sign or word written before a number, for the value finder.
pub(super) fn signs_before() -> impl Iterator<Item = &'static str> {
    UNITS.iter().flat_map(|unit| unit.before.iter().copied())
}

/// How many dimensions the cues of a measure rule name (`depth` and `deep` are one).
pub(super) fn dimension_count(cues: &[String]) -> usize {
    DIMENSIONS
        .iter()
        .filter(|(_, written)| written.iter().any(|word| cues.iter().any(|cue| cue == word)))
        .count()
}

/// Whether a cue of a measure rule is a unit word rather than a dimension word.
pub(super) fn is_unit_word(cue: &str) -> bool {
    UNITS
        .iter()
        .any(|unit| unit.words.contains(&cue) || unit.before.contains(&cue))
}

/// Whether a dimension word is told by the word right after a unit: "from" after it tells a
/// distance ("1,600 feet from the bow").
fn distance_from(dimension: &str, next: &str) -> bool {
    dimension == "distance" && next == "from"
}

/// Of the measure rules (each with its cues and its [`measured_words`]), the one a value
/// written with `unit` is for. Of the rules with that unit (those of whose measured words
/// most stand in `clause`, as in `$95 a share`, if any do): the only one, else the only one whose
/// dimension word is the `next` word after the unit (`50-foot depth`, `700-foot-wide`, a
/// distance's `from`), else
/// the only one whose dimension words stand in `clause` (or of several told by the same
/// dimension the one with fewest measured words), else, when none of them stand there,
/// the plainest (fewest dimension words, then, naming none, fewest measured words) or of the
/// plainest the one of length.
pub(super) fn choose_measure<'r, R>(
    rules: impl Iterator<Item = (&'r R, &'r [String], &'r [String])>,
    unit: &str,
    clause: &str,
    next: &str,
) -> Option<&'r R> {
    // "debts of $19 million" stands for a "debt in dollars".
    let stands = |word: &String| {
        noun_forms(word)
            .iter()
            .any(|form| word_positions(clause, 0, clause.len(), form).next().is_some())
    };
    let with_unit: Vec<(&R, &[String], &[String])> = rules
        .filter(|(_, cues, _)| cues.iter().any(|cue| cue == unit))
        .collect();
    // What is measured, said around the value ("$95 a share"), narrows the rules to those
    // of which most words stand there ("margin of error" over "winning margin").
    let standing = |measured: &[String]| measured.iter().filter(|word| stands(word)).count();
    let most = with_unit
        .iter()
        .map(|(_, _, measured)| standing(measured))
        .max()
        .unwrap_or(0);
    let named: Vec<&(&R, &[String], &[String])> = with_unit
        .iter()
        .filter(|(_, _, measured)| most > 0 && standing(measured) == most)
        .collect();
    let narrowed: Vec<&(&R, &[String], &[String])> = if named.is_empty() {
        with_unit.iter().collect()
    } else {
        named
    };
    let measured_count = |rule: &R| {
        narrowed
            .iter()
            .find(|(other, ..)| std::ptr::eq(*other, rule))
            .map_or(0, |(_, _, measured)| measured.len())
    };
    let candidates: Vec<(&R, &[String])> = narrowed.iter().map(|(rule, cues, _)| (*rule, *cues)).collect();
    if let [(only, _)] = candidates.as_slice() {
        return Some(only);
    }
    let dimensions =
        |cues: &[String]| -> Vec<String> { cues.iter().filter(|cue| !is_unit_word(cue)).cloned().collect() };
    let named_next: Vec<&R> = candidates
        .iter()
        .filter(|(_, cues)| {
            !next.is_empty()
                && dimensions(cues)
                    .iter()
                    .any(|word| word == next || distance_from(word, next))
        })
        .map(|(rule, _)| *rule)
        .collect();
    if let [only] = named_next.as_slice() {
        return Some(only);
    }
    let told: Vec<&R> = candidates
        .iter()
        .filter(|(_, cues)| {
            dimensions(cues)
                .iter()
                .any(|word| word_positions(clause, 0, clause.len(), word).next().is_some())
        })
        .map(|(rule, _)| *rule)
        .collect();
    match told.as_slice() {
        [only] => Some(only),
        [] => {
            // Of rules naming no dimension, fewer measured words are plainer ("price", not
            // "price per share"); rules naming dimensions tie on them alone.
            let plainness = |(rule, cues): &(&R, &[String])| {
                let dimensions = dimension_count(cues);
                (dimensions, if dimensions == 0 { measured_count(rule) } else { 0 })
            };
            let fewest = candidates.iter().map(plainness).min()?;
            let plain: Vec<&R> = candidates
                .iter()
                .filter(|candidate| plainness(candidate) == fewest)
                .map(|(rule, _)| *rule)
                .collect();
            // A measure that names no dimension of a thing is its length ("a 984-foot
            // vessel"), the extent said unless another is.
            let lengths: Vec<&R> = candidates
                .iter()
                .filter(|(rule, cues)| {
                    plain.iter().any(|p| std::ptr::eq(*p, *rule)) && cues.iter().any(|c| c == "length")
                })
                .map(|(rule, _)| *rule)
                .collect();
            match (plain.as_slice(), lengths.as_slice()) {
                ([only], _) | (_, [only]) => Some(only),
                _ => None,
            }
        }
        // Of rules told by the same dimension, the one whose name says least besides
        // ("distance", not "distance to the target", when no target is said).
        _ => {
            let told: Vec<(&R, &[String])> = candidates
                .iter()
                .filter(|(rule, _)| told.iter().any(|t| std::ptr::eq(*t, *rule)))
                .copied()
                .collect();
            let (_, first) = told.first()?;
            let same = told.iter().all(|(_, cues)| dimensions(cues) == dimensions(first));
            let fewest = told.iter().map(|(rule, _)| measured_count(rule)).min()?;
            let plainest: Vec<&R> = told
                .iter()
                .filter(|(rule, _)| measured_count(rule) == fewest)
                .map(|(rule, _)| *rule)
                .collect();
            match plainest.as_slice() {
                [only] if same => Some(only),
                _ => None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tests::{Attached, assert_attached};

    fn property(id: &str, name: &str) -> Property {
        Property {
            id: id.to_owned(),
            name: name.to_owned(),
            value_type: ValueType::Number,
            multi: false,
            changes_over_time: false,
            drift_after_days: None,
            running_total: false,
            edge_fit: crate::model::DEFAULT_EDGE_FIT,
            role: None,
            tolerance: crate::value::Tolerance {
                approx: 0.15,
                report: 0.0,
            },
            description: None,
        }
    }

    fn cues(id: &str, name: &str) -> Option<Vec<String>> {
        let words: Vec<String> = id
            .split('-')
            .map(str::to_owned)
            .chain(
                name.split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(str::to_lowercase),
            )
            .collect();
        cues_for(&property(id, name), &words)
    }

    #[test]
    fn the_unit_after_a_value_is_the_longest_written() {
        assert_eq!(unit_after(" km/h on the curve"), Some("km/h"));
        assert_eq!(unit_after(" km from the city"), Some("km"));
        assert_eq!(unit_after("-foot-wide federal channel"), Some("foot"));
        assert_eq!(unit_after(" miles off the coast"), Some("miles"));
        // Other words, and units glued to more letters, are no unit.
        assert_eq!(unit_after(" people were killed"), None);
        assert_eq!(unit_after(" kmart stores"), None);
        assert_eq!(unit_after("km"), None);
    }

    #[test]
    fn number_properties_named_with_a_unit_get_cues() {
        assert!(cues("distance-km", "distance in kilometres").is_some());
        assert!(
            cues("speed-kmh", "speed in kilometres per hour")
                .unwrap()
                .contains(&"km/h".to_owned())
        );
        assert!(
            cues("depth-feet", "water depth in feet")
                .unwrap()
                .contains(&"deep".to_owned())
        );
        assert!(cues("barrels-per-day", "oil flow in barrels a day").is_some());
        // A magnitude is written with its word; money with its sign.
        assert!(
            cues("magnitude", "magnitude")
                .unwrap()
                .contains(&"magnitude".to_owned())
        );
        assert!(
            cues("amount-usd", "amount in dollars")
                .unwrap()
                .contains(&"$".to_owned())
        );
        // Neither a property without a unit nor one that is no number.
        assert!(cues("severity", "severity").is_none());
        assert!(cues("load", "load, in crates").is_none());
    }

    const ENTITIES: &str = "entities:\n  - {id: rig, kind: other, name: Deepwater Horizon}\n  - {id: angrois, kind: place, name: Angrois}\n  - {id: train, kind: other, name: Alvia 04155}\n  - {id: moscow, kind: place, name: Moscow}\n  - {id: channel, kind: other, name: federal channel}\n  - {id: ship, kind: other, name: Dali}\n";
    const PROPERTIES: &str = "properties:\n  - {id: distance-km, name: distance in kilometres, type: number}\n  - {id: distance-miles, name: distance in miles, type: number}\n  - {id: length-feet, name: length in feet, type: number}\n  - {id: width-feet, name: width in feet, type: number}\n  - {id: depth-feet, name: water depth in feet, type: number}\n  - {id: speed-kmh, name: speed in kilometres per hour, type: number}\n  - {id: speed-limit-kmh, name: speed limit in kilometres per hour, type: number}\n";

    fn attached(text: &str) -> Vec<(String, String, String)> {
        super::super::tests::attached_in(ENTITIES, Some(PROPERTIES), text)
    }

    fn about(subject: &str, property: &str, value: &str) -> (String, String, String) {
        (subject.into(), property.into(), value.into())
    }

    #[test]
    fn a_measure_is_about_the_thing_named_before_it() {
        assert_eq!(
            attached("The Deepwater Horizon drilling rig sank on Thursday, about 40 miles off the Louisiana coast."),
            [about("rig", "distance-miles", "about 40")]
        );
        // A place in apposition right before it: which place the distance is of is not said.
        assert!(
            attached("The Alvia 04155 left the tracks on a bend at Angrois, about four kilometres before the station.")
                .is_empty()
        );
        // No thing named: no subject; a bound the grammar does not read: no value.
        assert!(attached("The site lies 100 kilometres from Moscow.").is_empty());
        assert!(attached("The Alvia 04155 got to within 200 km of Moscow.").is_empty());
    }

    #[test]
    fn a_sum_is_reached_by_its_propertys_word_in_the_plural() {
        const COMPANY: &str = "entities:
  - {id: norvik, kind: organisation, name: Norvik Shipping, aliases: [Norvik]}
  - {id: yard-sale, kind: event, name: sale of the Tromso yard}
";
        const SUMS: &str = "properties:
  - {id: loss-usd, name: net loss in dollars, type: number}
  - {id: price-usd, name: price in dollars, type: number}
";
        let table: &[(&str, &[Attached])] = &[
            (
                "The sale of the Tromso yard left losses of some $9 million.",
                &[("yard-sale", "loss-usd", "some $9 million")],
            ),
            (
                "The sale of the Tromso yard fetched a price of $40 million.",
                &[("yard-sale", "price-usd", "$40 million")],
            ),
            // A company's own sums are not read as its: which of its figures a sum is, the
            // words around it too often do not say.
            ("Norvik Shipping reported a net loss of $270 million.", &[]),
        ];
        assert_attached(COMPANY, Some(SUMS), table);
    }

    #[test]
    fn the_dimension_near_the_value_chooses_among_properties_of_one_unit() {
        assert_eq!(
            attached("The federal channel is a 700-foot-wide waterway."),
            [about("channel", "width-feet", "700")]
        );
        assert_eq!(
            attached("The Dali sank in water close to 50 feet deep."),
            [about("ship", "depth-feet", "close to 50")]
        );
        // No dimension said: a thing's length, the extent said unless another is; two
        // dimensions said: none.
        assert_eq!(
            attached("Welders fitted out the Dali, a 1,100-foot carrier, in under a year."),
            [about("ship", "length-feet", "1,100")]
        );
        assert!(attached("The federal channel regained its full width and depth of 50 feet.").is_empty());
        // The dimension written right after the unit decides alone.
        assert_eq!(
            attached("The federal channel regained its full width and 50-foot depth."),
            [about("channel", "depth-feet", "50")]
        );
    }

    #[test]
    fn the_plainest_property_of_a_unit_is_chosen_when_no_dimension_is_said() {
        assert_eq!(
            attached("The Alvia 04155 was going at around 190 km/h on the bend."),
            [about("train", "speed-kmh", "around 190")]
        );
        assert_eq!(
            attached("On the curve the Alvia 04155 had a limit of 80 km/h."),
            [about("train", "speed-limit-kmh", "80")]
        );
    }

    const SIGNED: &str = "properties:\n  - {id: amount-usd, name: amount in dollars, type: number}\n  - {id: amount-eur, name: amount in euros, type: number}\n  - {id: magnitude, name: magnitude, type: number}\n  - {id: distance-km, name: distance in kilometres, type: number}\n  - {id: depth-km, name: depth of the focus in kilometres, type: number}\n  - {id: depth-feet, name: water depth in feet, type: number}\n  - {id: width-feet, name: width in feet, type: number}\n";

    #[test]
    fn what_a_sum_of_money_measures_chooses_among_properties_in_dollars() {
        let properties = "properties:\n  - {id: price-usd, name: price in dollars, type: number}\n  - {id: per-share-usd, name: price per share in dollars, type: number}\n";
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("The buyer is paying $42 a share in cash.", &[("per-share-usd", "$42")]),
            (
                "The takeover values the chain at about $3.1 billion.",
                &[("price-usd", "about $3.1 billion")],
            ),
            ("The grocer was sold for $3bn.", &[("price-usd", "$3bn")]),
        ];
        super::super::tests::assert_properties(ENTITIES, properties, cases);
    }

    #[test]
    fn money_and_magnitudes_are_written_with_their_unit() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "The council set aside $45 million for repairs.",
                &[("amount-usd", "$45 million")],
            ),
            (
                "The rebuild will cost between $2.5 billion and $3 billion, engineers said.",
                &[("amount-usd", "between $2.5 billion and $3 billion")],
            ),
            (
                "Insurers estimate losses of about €3.2 billion.",
                &[("amount-eur", "about €3.2 billion")],
            ),
            (
                "The province set aside $45-million for the dike.",
                &[("amount-usd", "$45-million")],
            ),
            (
                "The repair bill came to 1.5 million euros.",
                &[("amount-eur", "1.5 million euros")],
            ),
            (
                "A quake of magnitude 5.9 hit the coast.",
                &[("magnitude", "magnitude 5.9")],
            ),
            (
                "Residents felt a magnitude-7.1 tremor.",
                &[("magnitude", "magnitude 7.1")],
            ),
            ("A 6.2 magnitude quake shook the valley.", &[("magnitude", "6.2")]),
            // A bound the grammar does not read, a currency no property has, no figure.
            ("The state will pay no less than $5 million.", &[]),
            ("The fund holds £40 million.", &[]),
            ("Nobody grasped the magnitude of the disaster.", &[]),
        ];
        super::super::tests::assert_properties(ENTITIES, SIGNED, cases);
    }

    #[test]
    fn from_right_after_the_unit_makes_a_distance() {
        let properties = "properties:\n  - {id: length-feet, name: length in feet, type: number}\n  - {id: distance-feet, name: distance in feet, type: number}\n";
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "The debris lay about 1,600 feet from the bow.",
                &[("distance-feet", "about 1,600")],
            ),
            ("The hull was 300 feet long.", &[("length-feet", "300")]),
            // With no word of either, the plainest: a length.
            ("Divers saw 300 feet of hull.", &[("length-feet", "300")]),
        ];
        super::super::tests::assert_properties(ENTITIES, properties, cases);
    }

    #[test]
    fn a_compass_point_makes_a_distance_and_the_word_after_a_unit_its_dimension() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "The epicentre lay about 60 kilometres northwest of the capital.",
                &[("distance-km", "about 60")],
            ),
            (
                "Tremors were felt in the port, some 200 km to the south.",
                &[("distance-km", "some 200")],
            ),
            ("The focus lay 12 km deep under the range.", &[("depth-km", "12")]),
            ("The focus lay 12 km below the surface.", &[("depth-km", "12")]),
            ("Miners were trapped some 2 km underground.", &[("depth-km", "some 2")]),
            (
                "Dredgers restored the harbour's full width and its 40-foot depth.",
                &[("depth-feet", "40")],
            ),
            // Neither a compass point nor a dimension: which of two it is, the words do not say.
            ("Rescuers drove 30 km through the night.", &[]),
        ];
        super::super::tests::assert_properties(ENTITIES, SIGNED, cases);
    }

    #[test]
    fn areas_rain_flows_and_points_are_units_and_most_words_of_a_name_choose() {
        let entities =
            "entities:\n  - {id: fire, kind: event, name: Ridge Fire}\n  - {id: alzira, kind: place, name: Alzira}\n";
        let properties = "properties:\n  - {id: area-acres, name: area burned in acres, type: number}\n  - {id: rainfall, name: 'rainfall, in litres per square metre', type: number}\n  - {id: flow, name: 'river flow, in cubic metres per second', type: number}\n  - {id: margin-points, name: 'winning margin, in percentage points', type: number}\n  - {id: error-points, name: 'margin of error, in percentage points', type: number}\n";
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "The Ridge Fire had scorched some 4,300 acres of forest.",
                &[("area-acres", "some 4,300")],
            ),
            (
                "Gauges in Alzira measured 320 litres per square metre overnight.",
                &[("rainfall", "320")],
            ),
            (
                "At its peak the river carried 1,500 cubic metres of water per second.",
                &[("flow", "1,500")],
            ),
            (
                "The survey's margin of error is three percentage points.",
                &[("error-points", "three")],
            ),
            // Litres or cubic metres alone are no rain and no flow; points that no word
            // around them ties to one of two properties are neither's.
            ("Each family was given 20 litres of water.", &[]),
            ("The tank holds 40 cubic metres.", &[]),
            ("Her lead had shrunk to 4 points.", &[]),
        ];
        super::super::tests::assert_properties(entities, properties, cases);
    }

    #[test]
    fn weights_and_volumes_are_units_as_written() {
        let entities = "entities:\n  - {id: cargo, kind: other, name: the cargo, aliases: [fertiliser]}\n  - {id: spill, kind: event, name: Gulf spill}\n";
        let properties = "properties:\n  - {id: weight-tonnes, name: weight in tonnes, type: number}\n  - {id: volume-gallons, name: volume in gallons, type: number}\n";
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "The ship's hold held 2,750 tonnes of fertiliser.",
                &[("weight-tonnes", "2,750")],
            ),
            (
                "The Gulf spill released some 210 million gallons of crude.",
                &[("volume-gallons", "some 210 million")],
            ),
            // Tons are not tonnes, and a weight in kilograms reaches no property in tonnes.
            ("The crane lifted 40 tons of steel.", &[]),
            ("Each sack weighed 50 kilograms.", &[]),
        ];
        super::super::tests::assert_properties(entities, properties, cases);
    }

    #[test]
    fn of_two_distances_told_alike_the_plainer_is_chosen_unless_the_other_s_words_are_said() {
        let properties = "properties:\n  - {id: distance-km, name: distance in kilometres, type: number}\n  - {id: to-target, name: 'distance to the target, in kilometres', type: number}\n  - {id: depth-km, name: depth in kilometres, type: number}\n";
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "The village lies 12 kilometres east of the city.",
                &[("distance-km", "12")],
            ),
            (
                "The shell missed its target by some 3 km to the south.",
                &[("to-target", "some 3")],
            ),
            // Two dimensions said: which one the value gives, the words do not say.
            ("The shaft runs 4 km away and deep under the hill.", &[]),
        ];
        super::super::tests::assert_properties(ENTITIES, properties, cases);
    }
}
