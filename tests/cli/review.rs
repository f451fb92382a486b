//! `crosscheck review SOURCE` and `crosscheck show SUBJECT` on the shipped corpus: every
//! source and the main subjects are pinned by snapshots; the JSON views keep their schemas;
//! unknown names get a "did you mean" and exit 2.

use crate::common::{ScratchCorpus, run};
use crate::formats::tables;
use serde_json::Value;

const SOURCES: [&str; 5] = [
    "asharq-foreign-fighters",
    "bfmtv-oumar-diaby",
    "noonpost-ghuraba",
    "rferl-jisr-al-shughour",
    "uzbek-mediators",
];

const SUBJECTS: [&str; 6] = [
    "omar-diaby",
    "ghuraba",
    "harem-clashes",
    "harem-agreement",
    "ahmed-al-sharaa",
    "jabhat-al-nusra",
];

fn json(args: &[&str]) -> Value {
    let run = run(args);
    assert!(run.code < 2, "{}", run.stderr);
    serde_json::from_str(&run.stdout).expect("JSON")
}

fn check_exit(extra: &[&str]) -> i32 {
    let mut args = vec!["check"];
    args.extend_from_slice(extra);
    run(&args).code
}

/// Pins the table of `command NAME` for each name, and checks its exit code is the one
/// `check --filter NAME` gives.
fn pin_each(command: &str, names: &[&str], filter: &str) {
    for name in names {
        let run = run(&[command, name, "--width", "160"]);
        assert_eq!(run.stderr, "");
        assert_eq!(
            run.code,
            check_exit(&[filter, name]),
            "{name}: same exit as check {filter}"
        );
        insta::assert_snapshot!(format!("{command}_{name}"), run.stdout);
    }
}

#[test]
fn the_review_of_every_source_is_pinned() {
    pin_each("review", &SOURCES, "--source");
}

#[test]
fn the_view_of_the_main_subjects_is_pinned() {
    pin_each("show", &SUBJECTS, "--subject");
}

#[test]
fn a_review_lists_every_claim_of_the_source_in_text_order() {
    let report = json(&["check", "--format", "json"]);
    for source in SOURCES {
        let review = json(&["review", source, "--format", "json"]);
        assert_eq!(review["schema"], "crosscheck/review@1");
        assert_eq!(review["source"]["id"], source);
        let claims = review["claims"].as_array().expect("claims");
        let declared = report["sources"]
            .as_array()
            .expect("sources")
            .iter()
            .find(|s| s["id"] == source)
            .expect("the source is in the report")["claims"]
            .as_u64();
        assert_eq!(Some(claims.len() as u64), declared, "{source}");
        let lines: Vec<u64> = claims
            .iter()
            .map(|c| c["quote_line"].as_u64().expect("a line"))
            .collect();
        assert!(lines.is_sorted(), "{source}: {lines:?}");
        let summary = &review["summary"];
        let standings = [
            "corroborated",
            "echoed",
            "uncorroborated",
            "tension",
            "drift",
            "conflict",
        ];
        let counted: u64 = standings.iter().map(|s| summary[s].as_u64().expect("a count")).sum();
        assert_eq!(Some(counted), summary["claims"].as_u64());
        for claim in claims {
            let others = claim["others"].as_array().expect("others");
            if claim["standing"] == "uncorroborated" {
                assert!(others.iter().all(|other| other["source"] == source), "{claim}");
            }
            if claim["standing"] == "corroborated" {
                assert!(
                    others
                        .iter()
                        .any(|o| o["independent"] == true && o["verdict"] == "agree")
                );
            }
        }
    }
}

#[test]
fn the_review_shows_who_disagrees_on_diabys_age() {
    let review = json(&["review", "asharq-foreign-fighters", "--format", "json"]);
    let age = review["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .find(|claim| claim["subject"] == "omar-diaby" && claim["property"] == "age")
        .expect("the age claim");
    assert_eq!(age["value"], "now 49");
    assert_eq!(age["standing"], "conflict");
    assert_eq!(age["group"]["verdict"], "conflict");
    let others: Vec<(&str, &str, &str)> = age["others"]
        .as_array()
        .expect("others")
        .iter()
        .map(|o| {
            (
                o["source"].as_str().unwrap(),
                o["value"].as_str().unwrap(),
                o["verdict"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        others,
        [
            ("bfmtv-oumar-diaby", "50", "conflict"),
            ("noonpost-ghuraba", "50", "tension")
        ]
    );
}

#[test]
fn show_lists_spellings_and_the_sources_that_used_them() {
    let view = json(&["show", "Omar Omsen", "--format", "json"]);
    assert_eq!(view["schema"], "crosscheck/show@1");
    assert_eq!(view["subject"], "omar-diaby");
    let spelling = |text: &str| {
        view["spellings"]
            .as_array()
            .expect("spellings")
            .iter()
            .find(|s| s["text"] == text)
            .unwrap_or_else(|| panic!("no spelling {text}"))["sources"]
            .clone()
    };
    assert_eq!(spelling("Oumar Diaby"), serde_json::json!(["bfmtv-oumar-diaby"]));
    assert!(spelling("Omar Diaby").as_array().expect("sources").len() >= 3);
    let properties: Vec<&str> = view["properties"]
        .as_array()
        .expect("properties")
        .iter()
        .map(|p| p["property"].as_str().expect("an id"))
        .collect();
    assert!(properties.is_sorted());
    assert!(properties.contains(&"age"));
    let claims: usize = view["properties"]
        .as_array()
        .expect("properties")
        .iter()
        .map(|p| p["claims"].as_array().expect("claims").len())
        .sum();
    let csv = run(&["show", "omar-diaby", "--format", "csv"]).stdout;
    assert_eq!(csv::Reader::from_reader(csv.as_bytes()).records().count(), claims);
}

#[test]
fn show_marks_a_derived_check_in_every_format() {
    let view = json(&["show", "diaby-hts-detention", "--format", "json"]);
    let derived: Vec<&serde_json::Value> = view["properties"]
        .as_array()
        .expect("properties")
        .iter()
        .filter(|p| !p["derivation"].is_null())
        .collect();
    assert_eq!(derived.len(), 1, "{view}");
    assert_eq!(derived[0]["property"], "duration");
    assert!(
        derived[0]["derivation"]
            .as_str()
            .is_some_and(|d| d.contains("18 calendar months")),
        "{}",
        derived[0]
    );
    for format in ["markdown", "csv"] {
        let out = run(&["show", "diaby-hts-detention", "--format", format]).stdout;
        assert!(out.contains("duration (derived)"), "{format}: {out}");
    }
}

#[test]
fn unknown_names_get_a_suggestion_and_exit_2() {
    let review = run(&["review", "bfmtv"]);
    assert_eq!(review.code, 2);
    assert_eq!(review.stdout, "");
    assert!(review.stderr.contains("unknown source `bfmtv`"), "{}", review.stderr);
    assert!(
        review.stderr.contains("did you mean `bfmtv-oumar-diaby`?"),
        "{}",
        review.stderr
    );
    let show = run(&["show", "Omar Diabi"]);
    assert_eq!(show.code, 2);
    assert!(show.stderr.contains("did you mean `Omar Diaby`?"), "{}", show.stderr);
}

#[test]
fn review_and_show_speak_every_format() {
    for format in ["table", "markdown", "json", "csv", "html", "dot"] {
        for args in [
            ["review", "uzbek-mediators", "--format", format],
            ["show", "ghuraba", "--format", format],
        ] {
            let run = run(&args);
            assert!(run.code < 2, "{args:?}: {}", run.stderr);
            assert!(!run.stdout.is_empty(), "{args:?}");
        }
    }
}

#[test]
fn the_markdown_review_is_one_table_with_a_row_per_pair() {
    let markdown = run(&["review", "noonpost-ghuraba", "--format", "markdown"]).stdout;
    let review = json(&["review", "noonpost-ghuraba", "--format", "json"]);
    let rows: usize = review["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .map(|claim| claim["others"].as_array().expect("others").len().max(1))
        .sum();
    let tables = tables(&markdown);
    assert_eq!(tables.len(), 1, "{markdown}");
    assert_eq!(tables[0].header.len(), 11);
    assert_eq!(tables[0].rows.len(), rows, "one row per pair");
    let csv = run(&["review", "noonpost-ghuraba", "--format", "csv"]).stdout;
    assert_eq!(csv::Reader::from_reader(csv.as_bytes()).records().count(), rows);
}

fn schema_problems(schema: &str, document: &Value) -> Vec<String> {
    let schema: Value = serde_json::from_str(schema).expect("the schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    validator
        .iter_errors(document)
        .map(|error| format!("{error} at {}", error.instance_path()))
        .collect()
}

#[test]
fn the_json_views_validate_against_their_schemas() {
    for source in SOURCES {
        let review = json(&["review", source, "--format", "json"]);
        let problems = schema_problems(crosscheck::report::REVIEW_JSON_SCHEMA, &review);
        assert!(problems.is_empty(), "{source}: {problems:#?}");
    }
    for subject in SUBJECTS {
        let view = json(&["show", subject, "--format", "json"]);
        let problems = schema_problems(crosscheck::report::SHOW_JSON_SCHEMA, &view);
        assert!(problems.is_empty(), "{subject}: {problems:#?}");
    }
    let wrong = serde_json::json!({ "schema": "crosscheck/review@1", "claims": [] });
    assert!(!schema_problems(crosscheck::report::REVIEW_JSON_SCHEMA, &wrong).is_empty());
}

#[test]
fn the_markdown_view_of_a_subject_is_two_tables_and_one_per_event() {
    let markdown = run(&["show", "ghuraba", "--format", "markdown"]).stdout;
    let view = json(&["show", "ghuraba", "--format", "json"]);
    let tables = tables(&markdown);
    let events = view["events"].as_array().expect("events").len();
    assert_eq!(events, 1, "the Harem clashes");
    assert_eq!(tables.len(), 2 + events, "{markdown}");
    assert_eq!(tables[0].header, ["Spelling", "Registered", "Used by"]);
    assert_eq!(
        tables[0].rows.len(),
        view["spellings"].as_array().expect("spellings").len()
    );
    let claims: usize = view["properties"]
        .as_array()
        .expect("properties")
        .iter()
        .map(|p| p["claims"].as_array().expect("claims").len())
        .sum();
    assert_eq!(tables[1].rows.len(), claims);
}

#[test]
fn hostile_source_text_stays_inert_in_review_and_show() {
    let scratch = crate::common::hostile_corpus();
    let corpus = scratch.path().to_str().expect("UTF-8");
    let review = run(&["review", "noonpost-ghuraba", "--corpus", corpus, "--format", "markdown"]);
    assert_eq!(review.code, 0, "its conflicts are reviewed: {}", review.stderr);
    assert_eq!(tables(&review.stdout).len(), 1);
    assert!(
        review.stdout.contains(r"\<script\>alert(1)\</script\>"),
        "{}",
        review.stdout
    );
    let show = run(&["show", "omar-diaby", "--corpus", corpus, "--format", "markdown"]);
    assert_eq!(
        tables(&show.stdout).len(),
        5,
        "spellings, claims, and a table per event"
    );
    assert!(!show.stdout.contains("<script>"));
    let csv = run(&["review", "noonpost-ghuraba", "--corpus", corpus, "--format", "csv"]).stdout;
    let records: Vec<csv::StringRecord> = csv::Reader::from_reader(csv.as_bytes())
        .records()
        .collect::<Result<_, _>>()
        .expect("every row parses");
    assert!(
        records
            .iter()
            .any(|record| record.iter().any(|cell| cell.contains("<script>alert(1)</script>")))
    );
}

/// The events of a subject in its JSON view, as `(id, registered, named_by)`.
fn events_of(view: &Value) -> Vec<(String, bool, Vec<String>)> {
    view["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|event| {
            let named_by = event["named_by"].as_array().expect("named_by");
            (
                event["event"].as_str().expect("an id").to_owned(),
                event["registered"].as_bool().expect("registered"),
                named_by
                    .iter()
                    .map(|claim| claim.as_str().expect("a claim").to_owned())
                    .collect(),
            )
        })
        .collect()
}

#[test]
fn show_includes_the_events_the_subject_takes_part_in_with_their_claims() {
    let view = json(&["show", "Omar Diaby", "--format", "json"]);
    let events: Vec<String> = events_of(&view).into_iter().map(|(id, _, _)| id).collect();
    assert_eq!(
        events,
        ["diaby-us-designation", "diaby-hts-detention", "diaby-prison-term"],
        "his detention, his prison term and his designation, by name"
    );
    for event in view["events"].as_array().expect("events") {
        let claims: usize = event["properties"]
            .as_array()
            .expect("properties")
            .iter()
            .map(|property| property["claims"].as_array().map_or(0, Vec::len))
            .sum();
        let alone = json(&["show", event["event"].as_str().expect("an id"), "--format", "json"]);
        let own: usize = alone["properties"]
            .as_array()
            .expect("properties")
            .iter()
            .map(|property| property["claims"].as_array().map_or(0, Vec::len))
            .sum();
        assert!(claims > 0 && claims == own, "{event}: every claim about the event");
    }
    let table = run(&["show", "Omar Diaby", "--width", "160"]).stdout;
    assert!(
        table.contains("Takes part in Diaby's detention by HTS (diaby-hts-detention, event): listed in the registry")
    );
    assert!(
        table.contains("“in August 2020 he was arrested by HTS and then"),
        "{table}"
    );
    let markdown = run(&["show", "Omar Diaby", "--format", "markdown"]).stdout;
    assert!(
        markdown.contains("### Takes part in Diaby's 2016 global-terrorist designation (diaby-us-designation, event)")
    );
    let html = run(&["show", "Omar Diaby", "--format", "html"]).stdout;
    assert!(html.contains("<li class=\"event\" data-event=\"diaby-hts-detention\">"));
    assert!(
        html.contains("data-subject=\"diaby-us-designation\""),
        "the event's groups are on the page"
    );
}

#[test]
fn an_event_that_names_the_subject_in_a_claim_involves_it_without_the_registry() {
    let view = json(&["show", "hts", "--format", "json"]);
    let arrested_by = "asharq-foreign-fighters/detention-arrested-by".to_owned();
    assert!(
        events_of(&view)
            .iter()
            .any(|(id, registered, named_by)| id == "diaby-hts-detention"
                && *registered
                && named_by.contains(&arrested_by)),
        "{:?}",
        events_of(&view)
    );
    let scratch = ScratchCorpus::new();
    scratch.replace("entities.yaml", "involves: [omar-diaby, hts]", "involves: [omar-diaby]");
    let corpus = scratch.path().to_str().expect("UTF-8").to_owned();
    let view = json(&["show", "HTS", "--corpus", &corpus, "--format", "json"]);
    let events = events_of(&view);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(
        (events[0].0.as_str(), events[0].1),
        ("diaby-hts-detention", false),
        "named by a claim only"
    );
    assert!(events[0].2.contains(&arrested_by), "{events:?}");
    let view = json(&["show", "omar-diaby", "--corpus", &corpus, "--format", "json"]);
    assert_eq!(events_of(&view).len(), 3, "the registry still says he takes part");
}

#[test]
fn an_unknown_involved_entity_is_an_error_at_its_place() {
    let scratch = ScratchCorpus::new();
    scratch.replace("entities.yaml", "involves: [omar-diaby]", "involves: [Omar Diabi]");
    let run = scratch.check(&[]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("entities.yaml:"), "{}", run.stderr);
    assert!(run.stderr.contains("Omar Diabi"), "{}", run.stderr);
}

#[test]
fn a_missed_subject_gets_its_near_spellings_and_exit_2() {
    let omsen = run(&["show", "Omsen"]);
    assert_eq!(omsen.code, 2);
    assert_eq!(omsen.stdout, "");
    assert_eq!(
        omsen.stderr,
        "error: unknown subject `Omsen`: no entity has that id, name or alias\n  \
         help: did you mean `Omar Omsen` (Omar Diaby)?\n"
    );
    let diaby = run(&["show", "Diabi"]);
    assert_eq!(diaby.code, 2);
    assert!(diaby.stderr.contains("`Diaby` (Omar Diaby)"), "{}", diaby.stderr);
    let nowhere = run(&["show", "Xylophone"]);
    assert_eq!(nowhere.code, 2);
    assert!(
        nowhere.stderr.contains("no registered name or alias is near it"),
        "{}",
        nowhere.stderr
    );
    let check = run(&["check", "--subject", "Omsen"]);
    assert_eq!(check.code, 2);
    assert!(
        check.stderr.contains("did you mean `Omar Omsen` (Omar Diaby)?"),
        "{}",
        check.stderr
    );
}

#[test]
fn a_review_says_how_far_the_source_can_be_relied_on() {
    let review = run(&["review", "bfmtv-oumar-diaby", "--corpus", "claims", "--width", "220"]);
    let lines: Vec<&str> = review.stdout.lines().collect();
    let overall = lines
        .iter()
        .find(|line| line.starts_with("BFM TV agrees with the best-supported reading in "))
        .unwrap_or_else(|| panic!("no reliability line in\n{}", review.stdout));
    assert!(overall.contains(" claims (95% range "), "{overall}");
    assert!(
        lines
            .iter()
            .any(|line| line.starts_with("Too few claims on ") && line.ends_with(" properties to say more")),
        "{}",
        review.stdout
    );
    let markdown = run(&[
        "review",
        "bfmtv-oumar-diaby",
        "--corpus",
        "claims",
        "--format",
        "markdown",
    ]);
    assert!(
        markdown
            .stdout
            .contains("\n- BFM TV agrees with the best-supported reading in ")
    );
    let html = run(&["review", "bfmtv-oumar-diaby", "--corpus", "claims", "--format", "html"]);
    assert!(
        html.stdout
            .contains("<li>BFM TV agrees with the best-supported reading in ")
    );
}

#[test]
fn a_review_block_names_its_subject_once() {
    let review = run(&["review", "bfmtv-oumar-diaby", "--corpus", "claims", "--width", "80"]);
    let heading = regex::Regex::new(r"^[a-z-]+: line \d+(.*)$").unwrap();
    let headings: Vec<&str> = review.stdout.lines().filter(|line| heading.is_match(line)).collect();
    assert!(!headings.is_empty(), "{}", review.stdout);
    for line in headings {
        let rest = &heading.captures(line).unwrap()[1];
        assert!(rest.is_empty(), "the heading repeats the line below it: {line}");
    }
}

#[test]
fn diff_wraps_at_the_width_like_check() {
    let scratch = ScratchCorpus::new();
    scratch.replace("sources/bfmtv-oumar-diaby.yaml", "    value: 50\n", "    value: 51\n");
    let new = scratch.path().to_str().unwrap();
    for width in [80, 100] {
        let diff = run(&["diff", "claims", new, "--width", &width.to_string()]);
        assert!(diff.code < 2, "{}", diff.stderr);
        assert!(diff.stdout.contains("Discrepancies"), "{}", diff.stdout);
        for line in diff.stdout.lines() {
            let one_word = !line.trim().contains(' ');
            assert!(line.chars().count() <= width || one_word, "wider than {width}: {line}");
        }
    }
}

/// The ids of the shipped registry that differ from what an editor reads (`us-state-department`).
fn hyphenated_entity_ids() -> Vec<String> {
    let registry = std::fs::read_to_string(crate::common::shipped_corpus().join("entities.yaml")).unwrap();
    registry
        .lines()
        .filter_map(|line| line.trim().trim_start_matches("- ").strip_prefix("id: "))
        .map(|id| id.trim().to_owned())
        .filter(|id| id.contains('-'))
        .collect()
}

/// Markdown is read by editors: every value and outlet cell of `check`, `review` and `show`
/// names entities and outlets, never by their ids.
#[test]
fn markdown_values_and_outlets_are_names_not_ids() {
    let ids = hyphenated_entity_ids();
    assert!(ids.iter().any(|id| id == "turkish-border"), "{ids:?}");
    let sources = [
        "asharq-foreign-fighters",
        "bfmtv-oumar-diaby",
        "noonpost-ghuraba",
        "uzbek-mediators",
    ];
    let mut views = vec![
        run(&["check", "claims", "--format", "markdown"]).stdout,
        run(&["show", "Ghuraba", "--format", "markdown"]).stdout,
    ];
    views.extend(
        sources
            .iter()
            .map(|source| run(&["review", source, "--format", "markdown"]).stdout),
    );
    let unwanted: Vec<&str> = ids.iter().map(String::as_str).chain(sources).collect();
    for markdown in &views {
        for table in tables(markdown) {
            let columns: Vec<usize> = (0..table.header.len())
                .filter(|&at| ["Value", "Other value", "Outlet", "Other outlet"].contains(&table.header[at].as_str()))
                .collect();
            for row in &table.rows {
                for &at in &columns {
                    let cell = &row[at];
                    let words: Vec<&str> = cell.split(|c: char| !(c.is_alphanumeric() || c == '-')).collect();
                    for id in &unwanted {
                        assert!(!words.contains(id), "`{id}` in a cell: {cell}\n{:?}", table.header);
                    }
                }
            }
        }
    }
}
