//! `--format sarif`: every view's log validates against the SARIF 2.1.0 schema (the OASIS
//! file in `tests/data/sarif/`), and each finding of the JSON report is one result, with its
//! rule, its level and the line of its first claim in the file that claim is written in.

use crate::common::{ScratchCorpus, run};
use serde_json::Value;
use std::path::{Path, PathBuf};

const SCHEMA: &str = include_str!("../data/sarif/sarif-schema-2.1.0.json");

fn json(args: &[&str]) -> Value {
    let run = run(args);
    assert!(run.code < 2, "{args:?}: {}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap_or_else(|error| panic!("{args:?}: not JSON ({error})"))
}

fn schema_problems(document: &Value) -> Vec<String> {
    let schema: Value = serde_json::from_str(SCHEMA).expect("the schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    validator
        .iter_errors(document)
        .map(|error| format!("{error} at {}", error.instance_path()))
        .collect()
}

/// The shipped corpus with a made-up wire report that brings unreviewed conflicts.
fn corpus_with_new_conflicts() -> ScratchCorpus {
    let scratch = ScratchCorpus::new();
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/levant-wire");
    for relative in ["sources/levant-wire-harem.yaml", "texts/levant-wire-harem.txt"] {
        scratch.write(relative, std::fs::read(data.join(relative)).expect("the test source"));
    }
    scratch
}

/// The file a result's location names, resolved as a code-review tool would from the folder
/// the command ran in.
fn located_file(location: &Value) -> PathBuf {
    let artifact = &location["physicalLocation"]["artifactLocation"];
    let uri = artifact["uri"].as_str().expect("a uri");
    match uri.strip_prefix("file://") {
        Some(absolute) => PathBuf::from(absolute),
        None => {
            assert_eq!(artifact["uriBaseId"], "%SRCROOT%", "{uri}");
            Path::new(env!("CARGO_MANIFEST_DIR")).join(uri)
        }
    }
}

#[test]
fn every_view_in_sarif_validates_against_the_schema() {
    let scratch = corpus_with_new_conflicts();
    let scratch_path = scratch.path().to_str().expect("UTF-8").to_owned();
    for args in [
        &["check", "claims"][..],
        &["check", &scratch_path],
        &["check", "tests/data/flight"],
        &["review", "bfmtv-oumar-diaby", "--corpus", "claims"],
        &["show", "ghuraba", "--corpus", "claims"],
    ] {
        let args: Vec<&str> = args.iter().copied().chain(["--format", "sarif"]).collect();
        let log = json(&args);
        assert_eq!(log["version"], "2.1.0");
        let problems = schema_problems(&log);
        assert!(problems.is_empty(), "{args:?}: {problems:#?}");
    }
    // The schema is not a formality: a result without a message is refused.
    let mut broken = json(&["check", "claims", "--format", "sarif"]);
    broken["runs"][0]["results"][0]
        .as_object_mut()
        .expect("a result")
        .remove("message");
    assert!(!schema_problems(&broken).is_empty());
}

#[test]
fn each_finding_is_one_result_with_its_rule_level_and_the_line_of_its_claim() {
    let scratch = corpus_with_new_conflicts();
    let scratch_path = scratch.path().to_str().expect("UTF-8").to_owned();
    for corpus in ["claims", scratch_path.as_str(), "tests/data/flight"] {
        let report = json(&["check", corpus, "--format", "json"]);
        let log = json(&["check", corpus, "--format", "sarif"]);
        let rules = log["runs"][0]["tool"]["driver"]["rules"].as_array().expect("rules");
        let results = log["runs"][0]["results"].as_array().expect("results");
        let findings: Vec<(&Value, &Value)> = report["groups"]
            .as_array()
            .expect("groups")
            .iter()
            .flat_map(|group| {
                group["findings"]
                    .as_array()
                    .expect("findings")
                    .iter()
                    .map(move |finding| (group, finding))
            })
            .collect();
        assert_eq!(results.len(), findings.len(), "{corpus}");
        assert!(!results.is_empty(), "{corpus}");
        for (result, (group, finding)) in results.iter().zip(findings) {
            assert_eq!(result["ruleId"], finding["rule"], "{corpus}");
            let index = result["ruleIndex"].as_u64().expect("a rule index");
            assert_eq!(rules[usize::try_from(index).unwrap()]["id"], result["ruleId"]);
            let level = match finding["verdict"].as_str().expect("a verdict") {
                "conflict" => "error",
                "tension" | "drift" => "warning",
                other => panic!("a finding judged {other}"),
            };
            assert_eq!(result["level"], level, "{corpus}: {result}");
            let reviewed = group["review"]["status"] == "reviewed";
            assert_eq!(result.get("suppressions").is_some(), reviewed, "{corpus}: {result}");
            let claims = finding["claims"].as_array().expect("claims");
            let related = result["relatedLocations"].as_array().expect("related locations");
            assert_eq!(related.len() + 1, claims.len(), "{corpus}: {result}");
            let locations = std::iter::once(&result["locations"][0]).chain(related);
            for (location, key) in locations.zip(claims) {
                assert_is_where_the_claim_is_written(location, key.as_str().expect("a key"));
            }
        }
    }
}

/// The location's line holds the claim: its YAML item (`- id: …`), or its bulk row.
fn assert_is_where_the_claim_is_written(location: &Value, key: &str) {
    let file = located_file(location);
    let bytes = std::fs::read(&file).unwrap_or_else(|error| panic!("{}: {error}", file.display()));
    let text = String::from_utf8_lossy(&bytes);
    let line = location["physicalLocation"]["region"]["startLine"]
        .as_u64()
        .expect("a line");
    let written = text
        .lines()
        .nth(usize::try_from(line - 1).unwrap())
        .unwrap_or_else(|| panic!("{}: no line {line}", file.display()));
    let (source, id) = key.split_once('/').expect("source/claim");
    if file.extension().is_some_and(|extension| extension == "yaml") {
        assert!(
            written
                .trim_start()
                .trim_start_matches("- ")
                .starts_with(&format!("id: {id}")),
            "{key} at {}:{line}: {written}",
            file.display()
        );
        assert!(location["message"]["text"].as_str().unwrap().starts_with(source));
    } else {
        // A bulk claim's id is `<file>-<line>-<column>`.
        let stem = file.file_stem().unwrap().to_str().unwrap();
        assert!(
            id.starts_with(&format!("{stem}-{line}-")),
            "{key} at {}:{line}",
            file.display()
        );
    }
}
