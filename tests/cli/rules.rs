//! `crosscheck rules`: the list of verdict rules in three formats, one rule explained, an
//! unknown id, and every finding of `check --format json` naming a listed rule that gives
//! its verdict.

use crate::common::run;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// The rules as `crosscheck rules --format json` lists them: id to verdict.
fn listed() -> BTreeMap<String, String> {
    let run = run(&["rules", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let rules: Value = serde_json::from_str(&run.stdout).expect("the list is JSON");
    rules
        .as_array()
        .expect("a list of rules")
        .iter()
        .map(|rule| {
            for field in ["summary", "why"] {
                assert!(!rule[field].as_str().unwrap_or("").is_empty(), "{rule}: {field}");
            }
            assert!(rule["example"].as_array().expect("an example").len() >= 2, "{rule}");
            (
                rule["id"].as_str().expect("an id").to_owned(),
                rule["verdict"].as_str().expect("a verdict").to_owned(),
            )
        })
        .collect()
}

#[test]
fn the_list_is_pinned_in_each_format() {
    for (format, name) in [
        ("table", "rules_table"),
        ("markdown", "rules_markdown"),
        ("json", "rules_json"),
    ] {
        let run = run(&["rules", "--format", format]);
        assert_eq!((run.code, run.stderr.as_str()), (0, ""), "{format}");
        insta::assert_snapshot!(name, run.stdout);
    }
    assert_eq!(run(&["rules"]).stdout, run(&["rules", "--format", "table"]).stdout);
}

#[test]
fn one_rule_is_explained_with_why_and_an_example() {
    let run = run(&["rules", "part-exceeds-whole"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    insta::assert_snapshot!("rules_part_exceeds_whole", run.stdout);
    let markdown = crate::common::run(&["rules", "disjoint-intervals", "--format", "markdown"]);
    insta::assert_snapshot!("rules_disjoint_intervals_markdown", markdown.stdout);
    let json = crate::common::run(&["rules", "disjoint-intervals", "--format", "json"]);
    let rule: Value = serde_json::from_str(&json.stdout).expect("one rule as JSON");
    assert_eq!(rule["id"], "disjoint-intervals");
    assert_eq!(rule["verdict"], "conflict");
}

#[test]
fn every_listed_rule_can_be_explained() {
    for (id, verdict) in listed() {
        let run = run(&["rules", &id]);
        assert_eq!(run.code, 0, "{id}: {}", run.stderr);
        assert!(run.stdout.starts_with(&format!("{id} ({verdict})\n")), "{}", run.stdout);
        assert!(run.stdout.contains("Why an editor cares:") && run.stdout.contains("Example"));
    }
}

#[test]
fn an_unknown_rule_is_a_usage_error_with_a_suggestion() {
    let run = run(&["rules", "disjoint-interval"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "error: unknown rule `disjoint-interval`\n  help: did you mean `disjoint-intervals`?\n"
    );
    let far = crate::common::run(&["rules", "zzz"]);
    assert_eq!((far.code, far.stderr.as_str()), (2, "error: unknown rule `zzz`\n"));
}

/// Every group and finding of a JSON report names a listed rule whose verdict is its own; a
/// group's rule is its worst finding's, or `compatible`. Returns the rules named.
fn rules_named(report: &Value, rules: &BTreeMap<String, String>) -> BTreeSet<String> {
    let mut named = BTreeSet::new();
    for group in report["groups"].as_array().expect("groups") {
        let rule = group["rule"].as_str().expect("every group names a rule");
        assert_eq!(
            rules.get(rule),
            group["verdict"].as_str().map(str::to_owned).as_ref(),
            "{rule}"
        );
        let findings = group["findings"].as_array().expect("findings");
        match findings.first() {
            Some(worst) => assert_eq!(worst["rule"], rule),
            None => assert_eq!(group["verdict"], "agree", "{rule}"),
        }
        for finding in findings {
            let rule = finding["rule"].as_str().expect("every finding names a rule");
            assert_eq!(
                rules.get(rule),
                finding["verdict"].as_str().map(str::to_owned).as_ref(),
                "{rule}"
            );
            named.insert(rule.to_owned());
        }
    }
    named
}

#[test]
fn every_finding_of_the_shipped_corpus_and_the_flight_slice_names_a_listed_rule() {
    let rules = listed();
    for (corpus, at_least) in [("claims", 5), ("tests/data/flight", 2)] {
        let run = run(&["check", corpus, "--format", "json"]);
        assert!(run.code == 0 || run.code == 1, "{corpus}: {}", run.stderr);
        let report: Value = serde_json::from_str(&run.stdout).expect("the report is JSON");
        let named = rules_named(&report, &rules);
        assert!(named.len() >= at_least, "{corpus}: {named:?}");
    }
}
