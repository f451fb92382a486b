//! Measured quantities: a number written with a unit of length, speed, area or volume right
//! after it (`about 40 miles`, `a 984-foot vessel`, `190 km/h`, `18.5 km`). A corpus property
//! of type number whose id or name names the unit (`distance-km`, "water depth in feet") is
//! what such a value is proposed for; where several properties share the unit, the words of
//! their dimension near the value (`deep`, `wide`, `limit`) choose one, and none is chosen
//! when they do not.

use crate::model::Property;
use crate::value::ValueType;

/// A unit: the words that name it in a property's id or name, and the words that write it
/// after a number. Compound units come before their parts (`km/h` before `km`).
struct Unit {
    names: &'static [&'static str],
    words: &'static [&'static str],
}

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
    },
    Unit {
        names: &["mph"],
        words: &["mph", "miles per hour", "miles an hour"],
    },
    Unit {
        names: &["km2"],
        words: &["km2", "sq km", "square kilometres", "square kilometers"],
    },
    Unit {
        names: &["km", "kilometres", "kilometers"],
        words: &["km", "kilometres", "kilometers", "kilometre", "kilometer"],
    },
    Unit {
        names: &["miles"],
        words: &["miles", "mile"],
    },
    Unit {
        names: &["feet", "ft"],
        words: &["feet", "foot", "ft"],
    },
    Unit {
        names: &["metres", "meters"],
        words: &["metres", "meters", "metre", "meter"],
    },
    Unit {
        names: &["barrels"],
        words: &["barrels"],
    },
];

/// The words of a dimension in a property's name, with the words prose writes it with.
const DIMENSIONS: &[(&str, &[&str])] = &[
    ("depth", &["depth", "deep"]),
    ("width", &["width", "wide"]),
    ("length", &["length", "long"]),
    ("height", &["height", "high", "tall"]),
    ("speed", &["speed"]),
    ("limit", &["limit"]),
    ("distance", &["distance", "away"]),
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
    let mut cues: Vec<String> = unit.words.iter().map(|word| (*word).to_owned()).collect();
    for (dimension, written) in DIMENSIONS {
        if words.iter().any(|word| word == dimension) {
            cues.extend(written.iter().map(|word| (*word).to_owned()));
        }
    }
    Some(cues)
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

/// Whether a cue of a measure rule is a unit word rather than a dimension word.
pub(super) fn is_unit_word(cue: &str) -> bool {
    UNITS.iter().any(|unit| unit.words.contains(&cue))
}

#[cfg(test)]
mod tests {
    use super::*;

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
        // Neither a property without a unit nor one that is no number.
        assert!(cues("magnitude", "magnitude").is_none());
        assert!(cues("rainfall", "rainfall, in litres per square metre").is_none());
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
    fn the_dimension_near_the_value_chooses_among_properties_of_one_unit() {
        assert_eq!(
            attached("The federal channel is a 700-foot-wide waterway."),
            [about("channel", "width-feet", "700")]
        );
        assert_eq!(
            attached("The Dali sank in water close to 50 feet deep."),
            [about("ship", "depth-feet", "close to 50")]
        );
        // No dimension said and two properties as plain as each other, or both said: none.
        assert!(attached("The Dali, a 984-foot vessel, left the port.").is_empty());
        assert!(attached("The federal channel regained its full width and 50-foot depth.").is_empty());
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
}
