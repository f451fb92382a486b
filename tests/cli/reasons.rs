//! Reasons in an editor's words on real corpora: the shipped corpus, the shipped corpus with
//! the sixth source, and the Flight slice. Every format shows the same reason strings, so
//! they are read from the JSON of `check`, `review` and `show`: no interval notation, no
//! source id where the outlet has a name, no pair counts.

use crate::common::{ScratchCorpus, run, shipped_corpus};
use regex::Regex;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

/// Every `reason` string anywhere in a JSON document.
fn reasons(value: &Value, found: &mut Vec<String>) {
    match value {
        Value::Object(fields) => {
            for (key, field) in fields {
                match (key.as_str(), field) {
                    ("reason", Value::String(reason)) => found.push(reason.clone()),
                    _ => reasons(field, found),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| reasons(item, found)),
        _ => {}
    }
}

/// Source ids of a corpus whose outlet is named otherwise (a bulk source named by its id
/// alone can only be named so).
fn renamed_sources(report: &Value) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for group in report["groups"].as_array().unwrap() {
        for finding in group["findings"].as_array().unwrap() {
            for side in finding["evidence"]["sides"].as_array().into_iter().flatten() {
                if side["source"] != side["outlet"] {
                    ids.insert(side["source"].as_str().unwrap().to_owned());
                }
            }
        }
    }
    ids
}

fn json(args: &[&str]) -> Value {
    let result = run(args);
    assert_ne!(result.code, 2, "{args:?}: {}", result.stderr);
    serde_json::from_str(&result.stdout).unwrap()
}

/// The reasons that break the house rules, each with what is wrong.
fn faults(corpus: &str, views: &[Vec<&str>]) -> Vec<String> {
    let report = json(&["check", corpus, "--format", "json"]);
    let ids = renamed_sources(&report);
    let counts = Regex::new(r"\ball \d+\b|\bmore pairs? to look at\b|\d+ agreeing\b").unwrap();
    let notation = Regex::new(r"[\[\]]|\binf\b").unwrap();
    let mut found = Vec::new();
    reasons(&report, &mut found);
    for view in views {
        reasons(&json(view), &mut found);
    }
    assert!(found.len() > 5, "{corpus}: too few reasons to judge ({})", found.len());
    let mut faults = Vec::new();
    for reason in found {
        if notation.is_match(&reason) {
            faults.push(format!("interval notation: {reason}"));
        }
        if counts.is_match(&reason) {
            faults.push(format!("a count of pairs or claims: {reason}"));
        }
        let id = ids.iter().find(|id| {
            Regex::new(&format!(r"\b{}\b", regex::escape(id)))
                .unwrap()
                .is_match(&reason)
        });
        if let Some(id) = id {
            faults.push(format!("the source id {id}: {reason}"));
        }
    }
    faults
}

#[test]
fn reasons_on_the_shipped_corpus_name_outlets_and_read_in_plain_words() {
    let corpus = shipped_corpus();
    let corpus = corpus.to_str().unwrap();
    let views = vec![
        vec!["review", "--corpus", corpus, "bfmtv-oumar-diaby", "--format", "json"],
        vec!["show", "--corpus", corpus, "ghuraba", "--format", "json"],
    ];
    assert_eq!(faults(corpus, &views), Vec::<String>::new());
}

#[test]
fn reasons_with_a_sixth_source_name_outlets_and_read_in_plain_words() {
    let scratch = ScratchCorpus::new();
    let sixth = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sixth-source");
    for relative in ["sources/riviera-daily-omsin.yaml", "texts/riviera-daily-omsin.txt"] {
        scratch.write(relative, std::fs::read(sixth.join(relative)).unwrap());
    }
    let corpus = scratch.path().to_str().unwrap();
    let views = vec![
        vec!["review", "--corpus", corpus, "riviera-daily-omsin", "--format", "json"],
        vec!["show", "--corpus", corpus, "omar-diaby", "--format", "json"],
    ];
    assert_eq!(faults(corpus, &views), Vec::<String>::new());
}

#[test]
fn reasons_on_the_flight_slice_read_in_plain_words() {
    assert_eq!(faults("tests/data/flight", &[]), Vec::<String>::new());
}

/// The README's example reasons, as the report prints them.
#[test]
fn a_hedged_attributed_dated_figure_is_named_with_who_said_it_when_and_its_hedge() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let readme = readme.split_whitespace().collect::<Vec<_>>().join(" ");
    let report = json(&["check", shipped_corpus().to_str().unwrap(), "--format", "json"]);
    let group = report["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|group| group["subject"] == "ghuraba" && group["property"] == "fighter-count")
        .expect("the fighter counts of Ghuraba are a group");
    let reason = group["reason"].as_str().unwrap();
    assert!(
        reason.starts_with(
            "BFM TV, citing French security sources, says \"about fifty\" (December 2024, hedged \"would be\""
        ),
        "{reason}"
    );
    assert!(readme.contains(&format!("\"{reason}\"")), "the README quotes {reason}");
    let agreeing = report["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|group| group["subject"] == "diaby-hts-detention" && group["property"] == "arrested-by")
        .expect("who arrested Diaby is a group");
    let reason = agreeing["reason"].as_str().unwrap().trim_end_matches('.');
    assert!(
        readme.contains(&format!("(\"{reason}\")")),
        "the README quotes {reason}"
    );
}

/// The reason of the only group of `property` in a report.
fn group_reason<'r>(report: &'r Value, property: &str) -> &'r str {
    let groups: Vec<&Value> = report["groups"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|group| group["property"] == property)
        .collect();
    assert_eq!(groups.len(), 1, "{property}: {groups:#?}");
    groups[0]["reason"].as_str().unwrap()
}

/// Figures a source attributes to different parties are a disagreement it reports, naming the
/// parties; its own figures that cannot both hold are a contradiction; claims attributed to one
/// party, however spelled, are one voice.
#[test]
fn figures_attributed_to_different_parties_are_a_reported_disagreement() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/attributed-figures");
    let report = json(&["check", corpus.to_str().unwrap(), "--format", "json"]);
    let deaths = report["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|group| group["property"] == "casualties")
        .unwrap();
    let courier: Vec<&str> = deaths["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|finding| finding["reason"].as_str().unwrap())
        .filter(|reason| reason.starts_with("Valley Courier reports"))
        .collect();
    assert_eq!(
        courier,
        [
            "Valley Courier reports a disagreement: \"41\" according to the regional civil protection agency and \
          \"63\" according to Ilaria Venn: the figures cannot both be right, even read loosely."
        ]
    );
    let all = serde_json::to_string(&report).unwrap();
    assert!(!all.contains("Valley Courier contradicts itself"), "{all}");
    assert!(
        group_reason(&report, "evacuated").starts_with("Plain Gazette contradicts itself, saying \"some 2,000\""),
        "{}",
        group_reason(&report, "evacuated")
    );
    let homes = group_reason(&report, "homes-flooded");
    assert!(
        homes.ends_with("so this is one voice, not corroboration.")
            && homes.contains("regional civil protection agency"),
        "{homes}"
    );
    let crest = group_reason(&report, "crest");
    assert!(crest.ends_with("from 2 independent origins."), "{crest}");
}
