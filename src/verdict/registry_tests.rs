//! The registry: ids are unique kebab-case, every rule is documented, and every rule's
//! example, judged by the real engine, gives that rule and its verdict.

use super::compare::fit;
use super::tests::corpus;
use super::{Judged, Normal, Rule, RuleId, Verdict, judge, rules};
use crate::graph::ClaimGraph;
use crate::model::Corpus;
use std::collections::{BTreeMap, HashSet};

/// The example's claims as a corpus: one source file per source, claims in order.
fn example_corpus(rule: &Rule) -> (tempfile::TempDir, Corpus) {
    let mut sources: BTreeMap<&str, (&str, String)> = BTreeMap::new();
    for (n, claim) in rule.example.iter().enumerate() {
        let entry = sources.entry(claim.source).or_insert((claim.published, String::new()));
        let fields = claim.to_yaml();
        let fields = fields.trim_start_matches("{ ").trim_end_matches(" }");
        entry
            .1
            .push_str(&format!("  - {{ id: c{n}, {fields}, quote: the quote }}\n"));
    }
    let sources: Vec<(&str, &str, &str)> = sources
        .iter()
        .map(|(source, (published, claims))| (*source, *published, claims.as_str()))
        .collect();
    corpus(&sources)
}

fn judged(corpus: &Corpus) -> Vec<Judged> {
    judge(corpus, crate::graph::groups(corpus))
}

/// The rule the engine applies to an example: the rule of its only judged group; for
/// [`RuleId::DifferentKinds`], which no valid corpus reaches, the fit of its two values,
/// each read under its own property.
fn rule_of_example(rule: &Rule) -> (Verdict, RuleId, String) {
    let (_dir, corpus) = example_corpus(rule);
    if rule.id == RuleId::DifferentKinds {
        let normals: Vec<Normal> = corpus
            .claims()
            .map(|claim| Normal::of(claim, &corpus.properties[claim.property.as_str()]))
            .collect();
        let why = match fit(&normals[0], &normals[1], crate::model::DEFAULT_EDGE_FIT, &corpus) {
            super::compare::Fit::Loose(why) => why,
            other => panic!("{other:?}"),
        };
        return (Verdict::Tension, why.rule(), format!("{why:?}"));
    }
    let mut groups = judged(&corpus);
    assert_eq!(groups.len(), 1, "{}: {groups:#?}", rule.id);
    let group = groups.remove(0);
    if group.verdict != Verdict::Agree {
        assert_eq!(group.findings[0].rule, group.rule, "{}", rule.id);
    }
    let graph = ClaimGraph::build(&corpus);
    let reason = crate::report::reason::group(&group, &corpus, &graph);
    (group.verdict, group.rule, reason)
}

#[test]
fn ids_are_unique_kebab_case_and_every_rule_is_documented() {
    let mut seen = HashSet::new();
    for (n, rule) in rules().iter().enumerate() {
        let id = rule.id.as_str();
        assert!(seen.insert(id), "{id} twice");
        assert!(
            id.split('-')
                .all(|word| !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase())),
            "{id} is not kebab-case"
        );
        assert_eq!(Rule::of(rule.id), rule, "{id}: the table is in the order of the enum");
        assert_eq!(rule.id as usize, n);
        assert_eq!(id.parse::<RuleId>(), Ok(rule.id));
        for (what, text) in [("summary", rule.summary), ("why", rule.why)] {
            assert!(text.len() > 10 && text.ends_with('.'), "{id}: {what} {text:?}");
        }
        assert!(!rule.summary.contains('\n'), "{id}: one line");
        assert!(rule.example.len() >= 2, "{id}: an example compares claims");
    }
    let Err(unknown) = "part-exceeds-hole".parse::<RuleId>() else {
        panic!("an unknown id parses")
    };
    assert_eq!(unknown.near, Some("part-exceeds-whole"));
}

#[test]
fn every_example_gives_its_rule_and_verdict() {
    for rule in rules() {
        let (verdict, given, reason) = rule_of_example(rule);
        assert_eq!(given, rule.id, "the example of {} gives {given}: {reason}", rule.id);
        assert_eq!(verdict, rule.verdict, "{}: {reason}", rule.id);
        assert!(!reason.is_empty(), "{}", rule.id);
    }
}

/// Every finding and group of the shipped corpus names a rule whose declared verdict is its
/// verdict, and a group's rule is its worst finding's.
#[test]
fn every_finding_of_the_shipped_corpus_names_a_rule_giving_its_verdict() {
    let corpus = crate::corpus::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("claims")).unwrap();
    let groups = judged(&corpus);
    let mut named = HashSet::new();
    for group in &groups {
        assert_eq!(super::Rule::of(group.rule).verdict, group.verdict, "{group:#?}");
        match group.findings.first() {
            Some(worst) => assert_eq!(worst.rule, group.rule),
            None => assert_eq!(super::Rule::of(group.rule).verdict, Verdict::Agree),
        }
        for finding in &group.findings {
            assert_eq!(super::Rule::of(finding.rule).verdict, finding.verdict, "{finding:#?}");
            named.insert(finding.rule);
        }
    }
    assert!(
        named.len() >= 5,
        "the shipped corpus exercises several rules: {named:?}"
    );
}
