//! The synthetic corpus generator (`examples/generate.rs`, compiled into this test): the
//! detector finds exactly the conflicts it injects, in JSON Lines and in YAML.

#[path = "../../examples/generate.rs"]
#[allow(dead_code)]
mod generate;

use crate::common::run;
use generate::{Format, Options, generate};

/// Groups by (subject id, property).
type Groups = Vec<(String, String)>;

/// The groups the detector finds in conflict, and those the generator injected.
fn conflicts_found(format: Format, claims: usize, conflicts: usize) -> (Groups, Groups) {
    let dir = tempfile::tempdir().unwrap();
    let options = Options {
        claims,
        format,
        conflicts,
        big_group: claims / 10,
        seed: 11,
        out: dir.path().join("corpus"),
    };
    let expected = generate(&options).unwrap();
    assert_eq!(expected.claims, claims);
    let result = run(&["check", options.out.to_str().unwrap(), "--format", "json", "--strict"]);
    assert_eq!(result.code, 1, "{}", result.stderr);
    let report: serde_json::Value = serde_json::from_str(&result.stdout).unwrap();
    assert_eq!(report["summary"]["claims"], claims);
    assert_eq!(report["summary"]["groups"], expected.groups);
    let mut found: Vec<(String, String)> = report["groups"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["verdict"] == "conflict")
        .map(|g| {
            (
                g["subject"].as_str().unwrap().to_owned(),
                g["property"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    found.sort();
    let mut injected = expected.conflicting;
    injected.sort();
    (found, injected)
}

#[test]
fn every_injected_conflict_is_found_and_nothing_else_in_json_lines() {
    let (found, injected) = conflicts_found(Format::JsonLines, 3000, 9);
    assert_eq!(injected.len(), 9);
    assert_eq!(found, injected);
}

#[test]
fn every_injected_conflict_is_found_and_nothing_else_in_yaml() {
    let (found, injected) = conflicts_found(Format::Yaml, 1200, 4);
    assert_eq!(injected.len(), 4);
    assert_eq!(found, injected);
}
