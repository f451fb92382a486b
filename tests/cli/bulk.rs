//! Bulk claims: JSON Lines and CSV/TSV files in `bulk/`, validated like YAML claims; bad
//! rows are warnings with file, line and column, left out unless `--strict`.

use crate::common::ScratchCorpus;

fn group<'a>(report: &'a serde_json::Value, subject: &str, property: &str) -> &'a serde_json::Value {
    report["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["subject"] == subject && g["property"] == property)
        .unwrap_or_else(|| panic!("no group {subject}/{property}"))
}

#[test]
fn json_lines_claims_join_the_groups_of_yaml_claims() {
    let corpus = ScratchCorpus::new();
    corpus.write(
        "bulk/wire.jsonl",
        concat!(
            r#"{"source": "Wire Desk", "subject": "Oumar Diaby", "property": "age", "value": "about 60", "as_of": "2025-10-22"}"#,
            "\n",
            r#"{"source": "Wire Desk", "subject": "Ghuraba", "property": "fighter-count", "value": 70, "as_of": "2025-10-22", "hedge": "reportedly"}"#,
            "\n"
        ),
    );
    let run = corpus.check(&["--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(!run.stderr.contains("warning"), "no bad rows: {}", run.stderr);
    assert!(
        run.stderr.contains("omar-diaby/age"),
        "the reviewed age conflict changed: {}",
        run.stderr
    );
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let ages = group(&report, "omar-diaby", "age");
    let sources: Vec<&str> = ages["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["source"].as_str().unwrap())
        .collect();
    assert!(sources.contains(&"wire-desk"), "{sources:?}");
    assert_eq!(ages["verdict"], "conflict");
    let claim = ages["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["source"] == "wire-desk")
        .unwrap();
    assert_eq!(claim["id"], "wire-1");
    assert_eq!(claim["value"], "about 60");
}

#[test]
fn escaped_json_strings_are_read_as_the_text_they_stand_for() {
    let corpus = ScratchCorpus::new();
    corpus.write(
        "bulk/wire.jsonl",
        concat!(
            r#"{"source": "Le Monde \u00e9dition", "subject": "Oumar\u0020Diaby", "property": "age", "value": "about\u002060", "as_of": "2025-10-22", "hedge": "selon l'\u00e9tat-major", "id": "\u0061ge-1"}"#,
            "\n"
        ),
    );
    let run = corpus.check(&["--format", "json"]);
    assert!(!run.stderr.contains("warning"), "no bad rows: {}", run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let ages = group(&report, "omar-diaby", "age");
    let claim = ages["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["source"] == "le-monde-edition")
        .unwrap_or_else(|| panic!("no claim of le-monde-edition: {ages}"));
    assert_eq!(claim["id"], "age-1");
    assert_eq!(claim["value"], "about 60");
    assert_eq!(claim["hedge"], "selon l'état-major");
}

#[test]
fn a_bad_row_is_a_warning_with_file_and_line_and_strict_refuses_it() {
    let corpus = ScratchCorpus::new();
    corpus.write(
        "bulk/wire.jsonl",
        concat!(
            r#"{"source": "wire", "subject": "Omar Diaby", "property": "age", "value": "50", "as_of": "2025-10-22"}"#,
            "\n",
            r#"{"source": "wire", "subject": "Omar Diabi", "property": "age", "value": "50", "as_of": "2025-10-22"}"#,
            "\n",
            "{not json\n",
            r#"{"source": "wire", "subject": "Omar Diaby", "property": "age", "value": "-3", "as_of": "2025-10-22"}"#,
            "\n"
        ),
    );
    let run = corpus.check(&["--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let wire = corpus.path().join("bulk/wire.jsonl").display().to_string();
    assert!(
        run.stderr.contains(&format!(
            "{wire}:2: warning[unknown-entity]: unknown subject `Omar Diabi`"
        )),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("did you mean `Omar Diaby`?"), "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!("{wire}:3: warning[invalid-row]")),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(&format!("{wire}:4: warning[invalid-value]")),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("3 problems in rows of the bulk files; those values were left out"),
        "{}",
        run.stderr
    );
    let strict = corpus.check(&["--strict"]);
    assert_eq!(strict.code, 2, "{}", strict.stderr);
    assert!(strict.stderr.contains("nothing was checked"), "{}", strict.stderr);
    assert_eq!(strict.stdout, "");
}

#[test]
fn csv_columns_map_to_properties_and_bad_bytes_are_replaced_and_reported() {
    let corpus = ScratchCorpus::new();
    corpus.write(
        "bulk/tally.mapping.yaml",
        "source: outlet\nsubject: group\nas_of: 2025-10-22\nmissing: [n/a]\nproperties:\n  fighters: { property: fighter-count }\n  leader: { property: leader }\n  motto: { property: motto, type: text }\n",
    );
    let mut csv = b"outlet,group,fighters,leader,motto\n".to_vec();
    csv.extend_from_slice(b"tally,Ghuraba,n/a,Omar Omsen,caf\xe9\n");
    csv.extend_from_slice(b"tally,Ghuraba,umpteen,Nobody Known,\n");
    corpus.write("bulk/tally.csv", csv);
    let run = corpus.check(&["--format", "json"]);
    let tally = corpus.path().join("bulk/tally.csv").display().to_string();
    assert!(
        run.stderr.contains(&format!(
            "{tally}:2: warning[not-utf8]: column `motto`: bytes that are not UTF-8"
        )),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains(&format!("{tally}:3: warning[invalid-value]: column `fighters`")),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains(&format!("{tally}:3: warning[unknown-entity]: column `leader`")),
        "{}",
        run.stderr
    );
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let leaders = group(&report, "ghuraba", "leader");
    assert!(
        leaders["claims"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["source"] == "tally" && c["id"] == "tally-2-leader")
    );
}

#[test]
fn an_open_registry_creates_the_subjects_of_bulk_claims() {
    let dir = ScratchCorpus::empty();
    dir.write("entities.yaml", "open: true\n");
    dir.write(
        "bulk/counts.jsonl",
        concat!(
            r#"{"source": "a", "subject": "Camp North", "property": "count", "value": "about 100", "as_of": "2024-01-02"}"#,
            "\n",
            r#"{"source": "b", "subject": "camp north", "property": "count", "value": "300", "as_of": "2024-01-02"}"#,
            "\n",
        ),
    );
    let path = dir.path().to_str().unwrap();
    let run = crate::common::run(&["check", path, "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let counts = group(&report, "camp-north", "count");
    assert_eq!(counts["subject_name"], "Camp North");
    assert_eq!(counts["verdict"], "conflict");
    let closed = tempfile::tempdir().unwrap();
    std::fs::write(closed.path().join("entities.yaml"), "entities: []\n").unwrap();
    std::fs::create_dir_all(closed.path().join("bulk")).unwrap();
    std::fs::copy(
        dir.path().join("bulk/counts.jsonl"),
        closed.path().join("bulk/counts.jsonl"),
    )
    .unwrap();
    let run = crate::common::run(&["check", closed.path().to_str().unwrap()]);
    assert!(run.stderr.contains("unknown subject `Camp North`"), "{}", run.stderr);
    assert!(run.stderr.contains("open the registry"), "{}", run.stderr);
}

#[test]
fn a_claim_id_repeated_in_a_source_is_a_bad_row() {
    let corpus = ScratchCorpus::new();
    corpus.write(
        "bulk/wire.jsonl",
        concat!(
            r#"{"id": "age", "source": "wire", "subject": "Omar Diaby", "property": "age", "value": "50", "as_of": "2025-10-22"}"#,
            "\n",
            r#"{"id": "age", "source": "wire", "subject": "Omar Diaby", "property": "age", "value": "51", "as_of": "2025-10-22"}"#,
            "\n",
            r#"{"id": "age", "source": "other", "subject": "Omar Diaby", "property": "age", "value": "50", "as_of": "2025-10-22"}"#,
            "\n",
        ),
    );
    let run = corpus.check(&[]);
    let wire = corpus.path().join("bulk/wire.jsonl").display().to_string();
    assert!(
        run.stderr.contains(&format!(
            "{wire}:2: warning[duplicate-id]: claim `age` of source `wire` is defined twice (first on line 1)"
        )),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("1 problem in rows"), "{}", run.stderr);
}

/// A file larger than a piece (1 MiB) is read in pieces in parallel: lines keep their numbers,
/// and an id repeated across pieces is still refused, the first one kept.
#[test]
fn a_large_file_read_in_pieces_keeps_its_line_numbers_and_repeated_ids() {
    let row = |id: usize, value: usize| {
        format!(
            r#"{{"id": "c{id}", "source": "wire", "subject": "Omar Diaby", "property": "age", "value": "{value}", "as_of": "2025-10-22", "note": "padding to make the file large enough to be read in pieces"}}"#
        )
    };
    let mut lines: Vec<String> = (1..=12_000).map(|line| row(line, 50)).collect();
    lines[10_999] = "not a claim".to_owned();
    lines[11_499] = row(5, 51);
    let text = lines.join("\n") + "\n";
    assert!(
        text.len() > 2 * 1024 * 1024,
        "at least three pieces: {} bytes",
        text.len()
    );
    let corpus = ScratchCorpus::new();
    corpus.write("bulk/wire.jsonl", &text);
    let run = corpus.check(&["--format", "json"]);
    let wire = corpus.path().join("bulk/wire.jsonl").display().to_string();
    for expected in [
        format!("{wire}:11000: warning[invalid-row]: not a claim"),
        format!("{wire}:11500: warning[duplicate-id]: claim `c5` of source `wire` is defined twice (first on line 5)"),
    ] {
        assert!(run.stderr.contains(&expected), "{expected}\n{}", run.stderr);
    }
    assert!(run.stderr.contains("2 problems in rows"), "{}", run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let ages = group(&report, "omar-diaby", "age");
    let from_wire = ages["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["source"] == "wire");
    assert_eq!(from_wire.count(), 11_998, "every row but the two refused");
}

/// A large TSV file with a header row is read in pieces too: the header is read once, as the
/// column names, and the rows of every piece keep their line numbers.
#[test]
fn a_large_tsv_file_with_a_header_is_read_in_pieces() {
    let corpus = ScratchCorpus::new();
    corpus.write(
        "bulk/tally.mapping.yaml",
        "source: outlet\nsubject: group\nas_of: 2025-10-22\nproperties:\n  fighters: { property: fighter-count }\n",
    );
    let mut rows: Vec<String> = (1..=40_000)
        .map(|row| {
            format!(
                "tally-{}\tGhuraba\t70\tpadding so that the file is read in pieces",
                row % 7
            )
        })
        .collect();
    rows[29_999] = "tally-0\tGhuraba\tseventy-ish\tpadding".to_owned();
    let text = format!("outlet\tgroup\tfighters\tnote\n{}\n", rows.join("\n"));
    assert!(
        text.len() > 2 * 1024 * 1024,
        "at least three pieces: {} bytes",
        text.len()
    );
    corpus.write("bulk/tally.tsv", &text);
    let run = corpus.check(&["--format", "json"]);
    let tally = corpus.path().join("bulk/tally.tsv").display().to_string();
    assert!(
        run.stderr
            .contains(&format!("{tally}:30001: warning[invalid-value]: column `fighters`")),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("1 problem in rows"), "{}", run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let counts = group(&report, "ghuraba", "fighter-count");
    let from_tally = counts["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["source"].as_str().is_some_and(|source| source.starts_with("tally")));
    assert_eq!(
        from_tally.count(),
        39_999,
        "every row but the refused one, and no header row"
    );
}
