//! The corpus's `date_order` decides how numeric dates read; without it a date whose day and
//! month could swap keeps both readings.

use crate::common::ScratchCorpus;

/// The shipped corpus with one date written `03/04/2025` and `properties.yaml` starting with
/// `setting` (empty for none): the date as read.
fn read_with(setting: &str) -> String {
    let scratch = ScratchCorpus::new();
    scratch.replace(
        "sources/asharq-foreign-fighters.yaml",
        "value: \"2020\"",
        "value: 03/04/2025",
    );
    let catalogue = std::fs::read_to_string(scratch.file("properties.yaml")).expect("readable");
    scratch.write("properties.yaml", format!("{setting}{catalogue}"));
    let corpus = crosscheck::corpus::load(scratch.path()).expect("the corpus loads");
    let claim = corpus
        .claims()
        .find(|claim| claim.written == "03/04/2025")
        .expect("the claim is there");
    claim.value.to_string()
}

#[test]
fn numeric_dates_read_in_the_corpus_order_or_both_ways() {
    assert_eq!(read_with(""), "either 2025-03-04 or 2025-04-03");
    assert_eq!(read_with("date_order: day-first\n"), "2025-04-03");
    assert_eq!(read_with("date_order: month-first\n"), "2025-03-04");
}

#[test]
fn the_json_report_lists_every_reading_of_a_claim() {
    let scratch = ScratchCorpus::new();
    scratch.replace(
        "sources/asharq-foreign-fighters.yaml",
        "value: \"2020\"",
        "value: 03/04/2025",
    );
    let run = scratch.check(&["--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("the report is JSON");
    let claims: Vec<&serde_json::Value> = report["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .flat_map(|group| group["claims"].as_array().expect("claims"))
        .collect();
    let ambiguous = claims
        .iter()
        .find(|claim| claim["value"] == "03/04/2025")
        .expect("the claim is reported");
    assert_eq!(ambiguous["normalized"], "either 2025-03-04 or 2025-04-03");
    assert_eq!(ambiguous["readings"], serde_json::json!(["2025-03-04", "2025-04-03"]));
    for claim in claims.iter().filter(|claim| claim["value"] != "03/04/2025") {
        let either = claim["normalized"]
            .as_str()
            .is_some_and(|form| form.starts_with("either "));
        if either {
            assert_eq!(claim["readings"].as_array().map(Vec::len), Some(2), "{claim}");
        } else {
            assert_eq!(claim["readings"], serde_json::json!([claim["normalized"]]), "{claim}");
        }
    }
}
