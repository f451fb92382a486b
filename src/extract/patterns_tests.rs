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
    assert_eq!(patterns.rules[0].property, "casualties");
    assert_eq!(patterns.rules[0].cues, ["dead"]);
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
    ];
    for (text, expected) in cases {
        assert_eq!(counted(text), super::super::tests::owned(expected), "{text}");
    }
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
