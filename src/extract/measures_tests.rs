//! Tests of measured quantities: units, dimensions and the property a measure is for.

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
    assert_eq!(unit_after(" km/h on the curve"), Some(("km/h", 5)));
    assert_eq!(unit_after(" km from the city"), Some(("km", 3)));
    assert_eq!(unit_after("-foot-wide federal channel"), Some(("foot", 5)));
    assert_eq!(unit_after(" miles off the coast"), Some(("miles", 6)));
    // A few units are glued to the figure.
    assert_eq!(unit_after("km from the city"), Some(("km", 2)));
    assert_eq!(unit_after("c on Monday"), Some(("c", 1)));
    assert_eq!(unit_after("°c."), Some(("°c", 3)));
    // Other words, units glued to more letters and the others glued to a figure are no unit.
    assert_eq!(unit_after(" people were killed"), None);
    assert_eq!(unit_after(" kmart stores"), None);
    assert_eq!(unit_after("miles off the coast"), None);
    assert_eq!(unit_after("cm"), None);
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

#[test]
fn a_temperature_is_of_the_place_named_before_it() {
    const PLACES: &str = "entities:
  - {id: seville, kind: place, name: Seville}
  - {id: heatwave, kind: event, name: the June heatwave, aliases: [heatwave]}
";
    const CELSIUS: &str = "properties:
  - {id: temperature-c, name: temperature in degrees Celsius, type: number}
";
    let table: &[(&str, &[Attached])] = &[
        (
            "Seville, where the thermometer hit 46.2C, emptied by noon.",
            &[("seville", "temperature-c", "46.2")],
        ),
        (
            "In Seville it reached 44 degrees Celsius on Monday.",
            &[("seville", "temperature-c", "44")],
        ),
        (
            "Seville recorded 44 °C during the heatwave.",
            &[("seville", "temperature-c", "44")],
        ),
        // A letter glued to a label's figure is no unit; Fahrenheit is not Celsius.
        ("Seville's flat 4C was empty.", &[]),
        ("Seville recorded 111F during the heatwave.", &[]),
    ];
    assert_attached(PLACES, Some(CELSIUS), table);
}
