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
        group["reason"].as_str().unwrap().contains("minutes apart"),
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
