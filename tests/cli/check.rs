//! `crosscheck check` on the shipped corpus: the table and the JSON report are pinned by
//! snapshots, and the discrepancies an editor must see are asserted by name.

use crate::common::run;
use serde_json::Value;

fn report() -> Value {
    let run = run(&["check", "--format", "json"]);
    assert_eq!(
        run.code, 0,
        "every conflict of the shipped corpus is reviewed: {}",
        run.stderr
    );
    serde_json::from_str(&run.stdout).expect("the report is JSON")
}

fn group<'a>(report: &'a Value, subject: &str, property: &str) -> &'a Value {
    report["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .find(|group| group["subject"] == subject && group["property"] == property)
        .unwrap_or_else(|| panic!("no group {subject} / {property}"))
}

fn values(group: &Value) -> Vec<&str> {
    group["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .map(|claim| claim["value"].as_str().expect("value"))
        .collect()
}

#[test]
fn the_table_of_the_shipped_corpus_is_pinned() {
    let run = run(&["check", "--width", "160"]);
    assert_eq!(run.code, 0, "every conflict of the shipped corpus is reviewed");
    assert_eq!(run.stderr, "");
    insta::assert_snapshot!("check_table", run.stdout);
}

#[test]
fn the_json_report_of_the_shipped_corpus_is_pinned() {
    let run = run(&["check", "--format", "json"]);
    insta::assert_snapshot!("check_json", run.stdout);
}

#[test]
fn the_json_report_validates_against_its_schema() {
    let schema: Value = serde_json::from_str(crosscheck::report::REPORT_JSON_SCHEMA).expect("the schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("the schema is valid");
    let report = report();
    let errors: Vec<String> = validator
        .iter_errors(&report)
        .map(|error| format!("{} at {}", error, error.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn diaby_age_49_and_50_is_a_conflict_through_birth_windows() {
    let report = report();
    let age = group(&report, "omar-diaby", "age");
    assert_eq!(age["verdict"], "conflict");
    let values = values(age);
    assert!(
        values.contains(&"50") && values.iter().any(|v| v.contains("49")),
        "{values:?}"
    );
    let reason = age["reason"].as_str().expect("reason");
    assert!(reason.contains("born "), "the reason shows the birth windows: {reason}");
}

#[test]
fn ghuraba_fighter_counts_are_a_conflict_with_quotes() {
    let report = report();
    let size = group(&report, "ghuraba", "fighter-count");
    assert_eq!(size["verdict"], "conflict");
    let values = values(size);
    for expected in ["about fifty", "roughly 70", "around 150"] {
        assert!(values.contains(&expected), "{expected} missing from {values:?}");
    }
    for claim in size["claims"].as_array().expect("claims") {
        assert!(!claim["quote"].as_str().expect("quote").is_empty());
    }
}

#[test]
fn both_divisions_are_claimed_and_say_what_they_are_about() {
    let corpus = crosscheck::corpus::load(&crate::common::shipped_corpus()).expect("the shipped corpus loads");
    let about = |unit: &str| -> Vec<String> {
        corpus
            .claims()
            .filter(|claim| match &claim.value {
                crosscheck::value::Value::Entities(set) => set.included.iter().any(|id| id == unit),
                _ => false,
            })
            .map(|claim| format!("{} {}", claim.subject, claim.property))
            .collect()
    };
    assert_eq!(about("82nd-division"), vec!["ghuraba parent-unit"]);
    let sixty_fourth = about("64th-division");
    assert!(
        !sixty_fourth.is_empty() && sixty_fourth.iter().all(|claim| !claim.contains("parent-unit")),
        "{sixty_fourth:?}"
    );
    let table = run(&["check", "--width", "200"]).stdout;
    assert!(
        table.contains("82nd Division") && table.contains("64th Division"),
        "both divisions appear in the table"
    );
}

#[test]
fn conflicts_come_first_in_the_table_and_the_report() {
    let report = report();
    let verdicts: Vec<&str> = report["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .map(|g| g["verdict"].as_str().expect("verdict"))
        .collect();
    let rank = |v: &str| {
        ["conflict", "drift", "tension", "agree"]
            .iter()
            .position(|r| *r == v)
            .expect("known verdict")
    };
    assert!(
        verdicts.windows(2).all(|pair| rank(pair[0]) <= rank(pair[1])),
        "{verdicts:?}"
    );
}

#[test]
fn filters_select_groups_by_verdict_subject_and_source() {
    let only_conflicts: Value =
        serde_json::from_str(&run(&["check", "--format", "json", "--verdict", "conflict"]).stdout).expect("JSON");
    assert!(
        only_conflicts["groups"]
            .as_array()
            .expect("groups")
            .iter()
            .all(|g| g["verdict"] == "conflict")
    );
    let by_alias: Value =
        serde_json::from_str(&run(&["check", "--format", "json", "--subject", "Omar Omsen"]).stdout).expect("JSON");
    assert!(
        by_alias["groups"]
            .as_array()
            .expect("groups")
            .iter()
            .all(|g| g["subject"] == "omar-diaby")
    );
    assert!(!by_alias["groups"].as_array().expect("groups").is_empty());
    let unreviewed = run(&["check", "--no-decisions", "--format", "json"]);
    assert_eq!(unreviewed.code, 1, "without the decisions the conflicts fail the check");
    let agreeing = run(&["check", "--no-decisions", "--verdict", "agree", "--format", "json"]);
    assert_eq!(agreeing.code, 0, "no conflict is shown, so the check passes");
}

#[test]
fn an_unknown_subject_filter_is_a_usage_error_with_a_suggestion() {
    let run = run(&["check", "--subject", "Omar Diabi"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("did you mean"), "{}", run.stderr);
}

#[test]
fn help_is_pinned() {
    let run = run(&["check", "--help"]);
    assert_eq!(run.code, 0);
    insta::assert_snapshot!("check_help", run.stdout);
}

#[test]
fn a_report_that_cannot_be_written_is_an_error_and_a_closed_pipe_is_not() {
    let binary = || {
        let mut command = std::process::Command::new(assert_cmd::cargo::cargo_bin("crosscheck"));
        command
            .args(["check", "--format", "json"])
            .current_dir(env!("CARGO_MANIFEST_DIR"));
        command
    };
    if let Ok(full) = std::fs::File::create("/dev/full") {
        let output = binary().stdout(full).output().expect("crosscheck runs");
        assert_eq!(output.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("error: could not write the report: "), "{stderr}");
    } else {
        eprintln!("skipped the full disk: no /dev/full here");
    }
    // The report (about 90 kB) is larger than a pipe holds: writing it fails once the
    // reader is gone.
    let mut child = binary()
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("crosscheck starts");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("crosscheck ends");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.stderr.is_empty(), "{}", String::from_utf8_lossy(&output.stderr));
}

/// Counts of one read in the singular: `1 group`, `1 group differs`, never `1 groups`.
#[test]
fn a_count_of_one_is_singular_in_the_summary() {
    let drift = run(&["check", "--verdict", "drift", "--summary"]);
    assert!(drift.stdout.contains("1 group: "), "{}", drift.stdout);
    assert!(drift.stdout.contains("1 group differs in value"), "{}", drift.stdout);
    assert!(!drift.stdout.contains("1 groups"), "{}", drift.stdout);
}
