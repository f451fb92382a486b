//! Origins as a set: a source that names several upstream origins gives its claims all of
//! them, and two claims are independent only if their origins are disjoint.

use crate::common::{ScratchCorpus, run};

/// Four sources saying Omar Diaby is 50: `a` through AFP and Reuters, `b` through AFP, `c`
/// through Reuters, `d` on its own.
fn corpus() -> ScratchCorpus {
    let dir = ScratchCorpus::empty();
    dir.write(
        "entities.yaml",
        "entities:\n  - { id: diaby, kind: person, name: Omar Diaby }\n",
    );
    for (id, origin) in [("a", "[AFP, Reuters]"), ("b", "[AFP]"), ("c", "[Reuters]"), ("d", "[]")] {
        dir.write(
            &format!("sources/{id}.yaml"),
            format!(
                "outlet: {id}\ntitle: t\npublished: 2025-10-22\nlanguage: en\norigin: {origin}\nclaims:\n  - {{ id: age, subject: diaby, property: age, value: \"50\", quote: he is 50 }}\n"
            ),
        );
        dir.write(&format!("texts/{id}.txt"), "he is 50\n");
    }
    dir
}

#[test]
fn a_two_origin_source_joins_the_voices_of_both_origins() {
    let dir = corpus();
    let path = dir.path().to_str().unwrap();
    let check = run(&["check", path, "--format", "json"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    let report: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
    let group = &report["groups"][0];
    assert_eq!(group["independent_origins"], 2, "{group}");
    assert!(
        group["reason"]
            .as_str()
            .unwrap()
            .ends_with(", from 2 independent origins."),
        "{group}"
    );
    assert_eq!(group["claims"][0]["origin"], "AFP, Reuters");
    assert_eq!(
        group["support"][0]["origins"],
        serde_json::json!(["AFP", "Reuters", "d"])
    );

    let review = run(&["review", "b", "--corpus", path, "--format", "json"]);
    assert_eq!(review.code, 0, "{}", review.stderr);
    let review: serde_json::Value = serde_json::from_str(&review.stdout).unwrap();
    let claim = &review["claims"][0];
    let independent = |source: &str| {
        claim["others"]
            .as_array()
            .unwrap()
            .iter()
            .find(|other| other["source"] == source)
            .unwrap()["independent"]
            .clone()
    };
    // `b` (AFP) shares AFP with `a`, and nothing with `c` (Reuters) or `d`.
    assert_eq!(independent("a"), false);
    assert_eq!(independent("c"), true);
    assert_eq!(independent("d"), true);
    assert_eq!(claim["standing"], "corroborated");
}

#[test]
fn a_copy_of_a_two_origin_story_is_an_echo_not_a_corroboration() {
    let dir = corpus();
    std::fs::remove_file(dir.path().join("sources/c.yaml")).unwrap();
    std::fs::remove_file(dir.path().join("sources/d.yaml")).unwrap();
    let path = dir.path().to_str().unwrap();
    let check = run(&["check", path, "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
    let group = &report["groups"][0];
    assert_eq!(group["independent_origins"], 1, "{group}");
    assert!(
        group["reason"].as_str().unwrap().ends_with(
            "but all come through overlapping origins (AFP and Reuters), so this is one voice, not corroboration."
        ),
        "{group}"
    );
    let review = run(&["review", "a", "--corpus", path, "--format", "json"]);
    let review: serde_json::Value = serde_json::from_str(&review.stdout).unwrap();
    assert_eq!(review["claims"][0]["standing"], "echoed", "{review}");
}
