//! Tests of the pattern files and of the rules read from a corpus's property names.

use super::*;
use crate::corpus::BUILTIN_PROPERTIES;

fn builtin_properties() -> BTreeMap<String, Property> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("entities.yaml"), "entities: []\n").unwrap();
    std::fs::create_dir(dir.path().join("sources")).unwrap();
    let corpus = crate::corpus::load(dir.path()).unwrap();
    assert!(BUILTIN_PROPERTIES.contains("fighter-count"));
    corpus.properties
}

fn load_with(extension: &str) -> Result<Patterns, Problems> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(EXTENSION_FILE), extension).unwrap();
    Patterns::load(dir.path(), &builtin_properties(), &BTreeMap::new())
}

#[test]
fn builtin_patterns_load_against_builtin_properties() {
    let dir = tempfile::tempdir().unwrap();
    let patterns = Patterns::load(dir.path(), &builtin_properties(), &BTreeMap::new()).unwrap();
    assert!(patterns.hedges.iter().any(|h| h == "roughly"));
    assert!(patterns.vague.iter().any(|v| v == "a large hundred"));
    assert!(patterns.rules.iter().any(|r| r.property == "fighter-count"));
}

#[test]
fn an_extension_adds_words_and_puts_its_rules_first() {
    let patterns =
        load_with("hedges: [just over]\nrules:\n  - family: count\n    property: casualties\n    cues: [dead]\n")
            .unwrap();
    assert!(patterns.hedges.iter().any(|h| h == "just over"));
    assert!(patterns.hedges.iter().any(|h| h == "roughly"));
    // Before every written built-in rule; rules derived from property names come first.
    let first_written = patterns
        .rules
        .iter()
        .position(|r| r.property == "fighter-count")
        .unwrap();
    let extension = patterns.rules.iter().position(|r| r.property == "casualties").unwrap();
    assert!(extension < first_written);
    assert_eq!(patterns.rules[extension].cues, ["dead"]);
}

/// `(subject, property, value)` proposed in a corpus with a few "number of" properties.
fn counted(text: &str) -> Vec<(String, String, String)> {
    let entities =
        "entities:\n  - {id: fire, kind: event, name: Lahaina fire}\n  - {id: ship, kind: other, name: Dali}\n";
    let properties = "properties:
  - {id: destroyed, name: number of buildings destroyed, type: count}
  - {id: recovered, name: number of bodies recovered, type: count}
  - {id: goals, name: number of goals scored, type: count}
  - {id: penalties, name: number of penalties scored, type: count}
  - {id: crew, name: number of crew, type: count}
";
    super::super::tests::attached_in(entities, Some(properties), text)
}

#[test]
fn a_number_of_things_with_a_participle_is_reached_by_either() {
    let cases: &[(&str, &[super::super::tests::Attached])] = &[
        // The participle near the count, before or after it.
        (
            "The Lahaina fire destroyed more than 2,200 structures.",
            &[("fire", "destroyed", "more than 2,200")],
        ),
        (
            "After the Lahaina fire, some 50 homes were destroyed.",
            &[("fire", "destroyed", "some 50")],
        ),
        // A participle two properties share tells neither; their things still do.
        ("In the Lahaina fire match, they scored all four.", &[]),
        (
            "In the Lahaina fire match, they scored two goals.",
            &[("fire", "goals", "two")],
        ),
        // A collective noun alone is what is counted.
        ("The Dali had 21 crew members.", &[("ship", "crew", "21")]),
        ("The Dali had 21 crates on deck.", &[]),
        // A difference is no count; a figure further on does not make one.
        (
            "The Dali had 21 crew and many more passengers.",
            &[("ship", "crew", "21")],
        ),
        ("The Dali had two crew more than the rules allow.", &[]),
    ];
    for (text, expected) in cases {
        assert_eq!(counted(text), super::super::tests::owned(expected), "{text}");
    }
}

/// `(property, value)` of every proposal, with a subject or without, in a corpus with
/// properties named for a state ("number rescued"), for things first ("vehicles a day") and
/// for a kind of toll.
fn states(text: &str) -> Vec<(String, String)> {
    let entities = "entities:\n  - {id: mine, kind: event, name: Soma mine collapse}\n";
    let properties = "properties:
  - {id: rescued, name: number rescued, type: count}
  - {id: critical, name: number in a critical condition, type: count}
  - {id: hospitalised, name: number taken to hospital, type: count}
  - {id: injured, name: number injured, type: count}
  - {id: trucks-per-day, name: trucks a day, type: count}
";
    super::super::tests::proposed_in(entities, Some(properties), text)
        .into_iter()
        .map(|(_, property, value)| (property, value))
        .collect()
}

#[test]
fn a_number_named_for_a_state_or_for_things_first_is_reached_by_those_words() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("By dawn, 9 miners had been rescued.", &[("rescued", "9")]),
        (
            "Doctors said 17 people were in critical condition.",
            &[("critical", "17")],
        ),
        (
            "The depot loads more than 1,200 trucks a day.",
            &[("trucks-per-day", "more than 1,200")],
        ),
        // A part of a group has the cues of its own clause, else the group's.
        (
            "Forty people were taken to hospital, six of them, including a child, in a critical condition.",
            &[("hospitalised", "forty"), ("critical", "six")],
        ),
        (
            "Twelve people were taken to hospital, two of them with burns.",
            &[("hospitalised", "twelve"), ("hospitalised", "two")],
        ),
        (
            "Three climbers fell; one of them suffered serious injuries.",
            &[("injured", "one")],
        ),
        // One picked out of a group is no count; a state no property names, no property.
        ("The mother of one of the injured spoke.", &[]),
        ("Rescuers said 40 miners were still underground.", &[]),
        // What follows a count and its companions is said of both, not of the count.
        ("Nine miners and their foreman were rescued at noon.", &[]),
        (
            "Nine miners were rescued and their families cheered.",
            &[("rescued", "nine")],
        ),
    ];
    for (text, expected) in cases {
        let expected: Vec<(String, String)> = expected.iter().map(|(p, v)| ((*p).into(), (*v).into())).collect();
        assert_eq!(states(text), expected, "{text}");
    }
}

#[test]
fn state_and_thing_names_give_cues_only_when_they_read_as_such() {
    let property = |name: &str, value_type: ValueType| Property {
        id: "p".into(),
        name: name.into(),
        value_type,
        ..builtin_properties()["count"].clone()
    };
    let cues = |name: &str| state_rule(&property(name, ValueType::Count)).map(|rule| rule.cues);
    assert_eq!(cues("number rescued"), Some(vec!["rescued".to_owned()]));
    assert_eq!(
        cues("number in a critical condition"),
        Some(vec![
            "in a critical condition".to_owned(),
            "in critical condition".to_owned()
        ])
    );
    assert_eq!(cues("number of divers"), None);
    assert_eq!(cues("number twelve"), None);
    assert_eq!(state_rule(&property("number rescued", ValueType::Duration)), None);
    let things = |name: &str| counted_rule(&property(name, ValueType::Count)).map(|rule| rule.cues);
    assert_eq!(
        things("vehicles a day"),
        Some(vec!["vehicles".to_owned(), "vehicle".to_owned()])
    );
    assert_eq!(things("years counted"), None);
    assert_eq!(things("glass panes"), None);
}

#[test]
fn a_share_named_with_a_participle_is_reached_by_it() {
    let entities = "entities:\n  - {id: fire, kind: event, name: Lahaina fire}\n";
    let properties = "properties:\n  - {id: containment, name: share contained, type: percentage}\n";
    let proposed = |text: &str| super::super::tests::attached_in(entities, Some(properties), text);
    assert_eq!(
        proposed("The Lahaina fire was 85% contained by Friday evening."),
        super::super::tests::owned(&[("fire", "containment", "85%")])
    );
    assert!(proposed("The Lahaina fire burned 80% of the town.").is_empty());
    // Other fires' figures are not the article's fire's.
    assert!(proposed("The Lahaina fire burned on. Two other fires were 80% and 50% contained.").is_empty());
}

#[test]
fn a_toll_in_the_present_tense_of_a_headline_is_reached_by_its_verb() {
    let entities = "entities:\n  - {id: storm, kind: event, name: Storm Ana}\n";
    let properties = "properties:\n  - {id: killed, name: number killed, type: count}\n  - {id: injured, name: number injured, type: count}\n";
    let proposed = |text: &str| super::super::tests::attached_in(entities, Some(properties), text);
    // headline | the proposals with a subject
    let table: &[(&str, &[super::super::tests::Attached])] = &[
        ("Storm Ana kills 12 in the north", &[("storm", "killed", "12")]),
        (
            "Storm Ana injures dozens on the coast",
            &[("storm", "injured", "dozens")],
        ),
        // Another verb of the present tense says no toll.
        ("Storm Ana cuts power to 3,000 homes", &[]),
    ];
    for (text, expected) in table {
        assert_eq!(proposed(text), super::super::tests::owned(expected), "{text}");
    }
}

#[test]
fn an_audience_and_a_crowd_are_reached_by_the_words_that_say_them() {
    let entities = "entities:\n  - {id: final, kind: event, name: Harlow Cup final}\n";
    let properties = "properties:\n  - {id: viewers, name: number of viewers, type: count}\n  - {id: present, name: number of people present, type: count}\n";
    let proposed = |text: &str| super::super::tests::attached_in(entities, Some(properties), text);
    // text | the proposals with a subject
    let table: &[(&str, &[super::super::tests::Attached])] = &[
        (
            "Some 12 million people watched the Harlow Cup final.",
            &[("final", "viewers", "some 12 million")],
        ),
        (
            "The Harlow Cup final drew an audience of 9 million.",
            &[("final", "viewers", "9 million")],
        ),
        (
            "The Harlow Cup final was played in front of 61,000 fans.",
            &[("final", "present", "61,000")],
        ),
        // Other people are neither an audience nor a crowd.
        ("The Harlow Cup final cost 12 million people their evening.", &[]),
    ];
    for (text, expected) in table {
        assert_eq!(proposed(text), super::super::tests::owned(expected), "{text}");
    }
}

#[test]
fn mistakes_point_at_their_line_and_column() {
    let problems = load_with("hedges: [about]\nrules:\n  - family: count\n    property: fighter-cout\n").unwrap_err();
    let text = problems.render(crate::diagnostics::Style::Short);
    assert!(text.contains("patterns.yaml:4:15"), "{text}");
    assert!(text.contains("did you mean `fighter-count`"), "{text}");

    let problems = load_with("hedges: [kinda]\n").unwrap_err();
    let text = problems.render(crate::diagnostics::Style::Short);
    assert!(text.contains("patterns.yaml:1:10"), "{text}");
    assert!(text.contains("kinda 70"), "{text}");

    let problems = load_with("rules:\n  - family: age\n    property: fighter-count\n").unwrap_err();
    let text = problems.render(crate::diagnostics::Style::Short);
    assert!(text.contains("cannot take age value"), "{text}");

    let problems =
        load_with("rules:\n  - family: date\n    property: date\n    subject: Harem clashes\n    when: [Diaby]\n")
            .unwrap_err();
    let text = problems.render(crate::diagnostics::Style::Short);
    assert!(text.contains("patterns.yaml:4:14: error[unknown-entity]"), "{text}");

    let problems = load_with("hedgez: [about]\n").unwrap_err();
    let text = problems.render(crate::diagnostics::Style::Short);
    assert!(text.contains("patterns.yaml:1:1"), "{text}");
}

#[test]
fn a_state_named_by_a_property_a_class_also_fits_is_reached_by_its_words() {
    let entities = "entities:\n  - {id: mine, kind: event, name: Soma mine collapse}\n";
    let properties = "properties:\n  - {id: critically-injured, name: number in a critical condition, type: count}\n  - {id: injured, name: number injured, type: count}\n";
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "Doctors said 23 miners were in a critical condition.",
            &[("critically-injured", "23")],
        ),
        (
            "The collapse injured 80 miners, 12 of them in critical condition.",
            &[("injured", "80"), ("critically-injured", "12")],
        ),
        // Without the state's words, the injured are the class's.
        ("The collapse injured 80 miners.", &[("injured", "80")]),
        ("Twelve miners were critically ill.", &[]),
    ];
    super::super::tests::assert_properties(entities, properties, cases);
}

#[test]
fn things_joined_in_a_name_are_each_counted() {
    let property = |name: &str| Property {
        id: "p".into(),
        name: name.into(),
        ..builtin_properties()["count"].clone()
    };
    let rule = counted_rule(&property("number of photos and recordings seized")).unwrap();
    assert_eq!(rule.cues, ["photos", "photo", "recordings", "recording"]);
    assert_eq!(rule.qualifiers, ["seized"]);
    // Generic words and words that are no plural nouns are not things joined.
    let rule = counted_rule(&property("number of letters and others")).unwrap();
    assert_eq!(rule.cues, ["letters", "letter"]);
    let entities = "entities:\n  - {id: bank, kind: other, name: Harbour Bank}\n";
    let properties = "properties:\n  - {id: files, name: number of photos and recordings seized, type: count}\n";
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("Police took away 3,000 photos and recordings.", &[("files", "3,000")]),
        ("Investigators listed 45 recordings on one drive.", &[("files", "45")]),
        ("Officers interviewed 45 witnesses at the Harbour Bank.", &[]),
    ];
    super::super::tests::assert_properties(entities, properties, cases);
}

#[test]
fn people_rescued_are_reached_by_the_words_that_say_they_were_brought_out_alive() {
    let entities = "entities:\n  - {id: collapse, kind: event, name: Harlow mill collapse}\n";
    let properties = "properties:\n  - {id: rescued, name: number rescued, type: count}\n  - {id: killed, name: number killed, type: count}\n";
    let table: &[(&str, &[super::super::tests::Attached])] = &[
        (
            "After the Harlow mill collapse, some 240 people were pulled out alive.",
            &[("collapse", "rescued", "some 240")],
        ),
        (
            "In the Harlow mill collapse 12 died and 80 were brought out alive.",
            &[("collapse", "killed", "12"), ("collapse", "rescued", "80")],
        ),
    ];
    super::super::tests::assert_attached(entities, Some(properties), table);
}
