//! The slice of the Flight data set (`tests/data/flight`): a tab-separated file without a
//! header, mapped to claims, with times written a dozen ways and two rows carrying a byte
//! that is not UTF-8. The expected counts were checked against the rows by hand.

use crate::common::run;

fn flight_report() -> (serde_json::Value, String) {
    let result = run(&["check", "tests/data/flight", "--format", "json"]);
    assert_eq!(result.code, 1, "{}", result.stderr);
    (serde_json::from_str(&result.stdout).unwrap(), result.stderr)
}

#[test]
fn groups_that_truly_disagree_are_told_from_those_that_differ_in_writing_only() {
    let (report, _) = flight_report();
    let summary = &report["summary"];
    assert_eq!(summary["sources"], 34);
    assert_eq!(summary["claims"], 620);
    assert_eq!(summary["groups"], 36);
    assert_eq!(summary["conflict"], 28);
    assert_eq!(summary["agree"], 8);
    let differences = &summary["differences"];
    assert_eq!(differences["in_value"], 28);
    assert_eq!(differences["in_form_only"], 5);
    assert_eq!(differences["none"], 3);
}

#[test]
fn five_spellings_of_one_scheduled_arrival_agree() {
    let (report, _) = flight_report();
    let group = report["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["subject"] == "aa-1007-tpa-mia" && g["property"] == "scheduled-arrival")
        .unwrap();
    assert_eq!(group["verdict"], "agree");
    let claims = group["claims"].as_array().unwrap();
    let mut written: Vec<&str> = claims.iter().map(|c| c["value"].as_str().unwrap()).collect();
    written.sort();
    written.dedup();
    assert_eq!(
        written,
        [
            "12/01/2011 03:00 PM",
            "2011-12-01 03:00 PM",
            "3:00P 12-01-11",
            "3:00pDec 1",
            "Dec 01 - 3:00pm"
        ]
    );
    assert!(claims.iter().all(|c| c["normalized"] == "2011-12-01 15:00"));
}

#[test]
fn actual_departures_minutes_apart_conflict() {
    let (report, _) = flight_report();
    let group = report["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["subject"] == "aa-1007-tpa-mia" && g["property"] == "actual-departure")
        .unwrap();
    assert_eq!(group["verdict"], "conflict");
    assert!(
        group["reason"]
            .as_str()
            .unwrap()
            .ends_with("the times are 1 minute apart."),
        "{}",
        group["reason"]
    );
}

#[test]
fn bytes_that_are_not_utf8_are_reported_with_file_and_line() {
    let (_, stderr) = flight_report();
    for line in [42, 99] {
        assert!(
            stderr.contains(&format!(
                "tests/data/flight/bulk/20111201.tsv:{line}: warning[not-utf8]: column `arrival_gate`"
            )),
            "{stderr}"
        );
    }
}

#[test]
fn the_summary_gives_the_counts_of_the_full_report_and_its_exit_code() {
    let result = run(&["check", "tests/data/flight", "--summary"]);
    assert_eq!(result.code, 1, "{}", result.stderr);
    assert_eq!(
        result.stdout,
        "34 sources, 620 claims, 36 groups: 28 conflict, 0 drift, 0 tension, 8 agree; 0 claims made by one source only\n\
         28 groups differ in value, 5 only in how the values are written, 3 not at all\n\
         Reviews: 28 discrepancies, 0 reviewed, 0 changed since review, 28 unreviewed; 0 stale decisions\n"
    );
    let table = run(&["check", "tests/data/flight"]);
    assert!(
        table.stdout.ends_with(&result.stdout),
        "the table ends with the summary"
    );
}

#[test]
fn the_summary_is_not_a_format() {
    let result = run(&["check", "tests/data/flight", "--summary", "--format", "json"]);
    assert_eq!(result.code, 2);
    assert!(result.stderr.contains("cannot be used with"), "{}", result.stderr);
}

#[test]
fn the_notice_names_twenty_failing_conflicts_and_counts_the_others() {
    let result = run(&["check", "tests/data/flight", "--summary"]);
    let named: Vec<&str> = result
        .stderr
        .lines()
        .filter(|line| line.starts_with("error: conflict "))
        .collect();
    assert_eq!(named.len(), 20, "{}", result.stderr);
    assert!(
        result
            .stderr
            .contains("... and 8 more conflicts (`crosscheck check --verdict conflict` lists them all)\n"),
        "{}",
        result.stderr
    );
    assert!(
        result.stderr.contains("28 conflicts fail the check"),
        "{}",
        result.stderr
    );
}
