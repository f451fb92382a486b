//! Measured quantities: a number written with a unit of length, speed, area or volume right
//! after it (`about 40 miles`, `a 984-foot vessel`, `190 km/h`, `18.5 km`). A corpus property
//! of type number whose id or name names the unit (`distance-km`, "water depth in feet") is
//! what such a value is proposed for; where several properties share the unit, the words of
//! their dimension near the value (`deep`, `wide`, `limit`) choose one, and none is chosen
//! when they do not.

use super::inflections::noun_forms;
use super::words::word_positions;
use crate::model::{EntityKind, Property};
use crate::value::{GLUED_UNITS, ValueType};

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
        names: &["celsius", "centigrade"],
        words: &["degrees celsius", "degrees centigrade", "°c", "c", "degrees"],
        before: &[],
        subjects: AREAS,
    },
    Unit {
        names: &["fahrenheit"],
        words: &["degrees fahrenheit", "°f", "f", "degrees"],
        before: &[],
        subjects: AREAS,
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

/// Words before a figure that make it a label, not a measure (`flat 4F`, `Gate 3C`).
const LABELS: &[&str] = &[
    "apartment",
    "flat",
    "room",
    "gate",
    "floor",
    "grade",
    "category",
    "class",
    "row",
    "seat",
    "terminal",
    "platform",
    "block",
    "unit",
    "suite",
    "route",
    "bus",
    "page",
    "section",
    "article",
    "size",
];

/// The unit word written right after a value, after a space or a hyphen or glued to it as
/// news copy glues a few ([`GLUED_UNITS`]), the longest first, with the bytes of
/// `lower_after` up to its end.
pub(super) fn unit_after(lower_after: &str) -> Option<(&'static str, usize)> {
    let (rest, gap) = match lower_after.strip_prefix([' ', '-']) {
        Some(rest) => (rest, 1),
        None => (lower_after, 0),
    };
    unit_words()
        .filter(|word| gap == 1 || GLUED_UNITS.contains(word))
        .filter(|word| {
            rest.starts_with(word) && !rest[word.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '/')
        })
        .max_by_key(|word| word.len())
        .map(|word| (word, gap + word.len()))
}

/// Whether the last word of the text before a figure makes it a label (`flat 4F`, `Gate
/// 3C`), whose letters glued to it are no unit.
pub(super) fn labels(lower_before: &str) -> bool {
    lower_before
        .split_whitespace()
        .next_back()
        .is_some_and(|word| LABELS.contains(&word))
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
#[path = "measures_tests.rs"]
mod tests;
