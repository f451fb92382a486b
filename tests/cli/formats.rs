//! `crosscheck check --format markdown` and `--format csv`: the Markdown is pinned by a
//! snapshot and parsed as tables, the CSV is read back with a CSV parser and checked against
//! the JSON report, and hostile text from a source stays inert in both.

use crate::common::{hostile_corpus, run};
use serde_json::Value;

const CSV_HEADER: [&str; 18] = [
    "group",
    "subject",
    "subject_name",
    "property",
    "property_name",
    "verdict",
    "reason",
    "source",
    "claim",
    "value",
    "normalized",
    "as_of",
    "scope",
    "hedge",
    "attribution",
    "quote",
    "id",
    "review",
];

/// A Markdown table: its header cells and the cells of each row.
pub struct MarkdownTable {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Splits a table line on the `|` not preceded by a backslash, dropping the outer empties.
fn cells(line: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut previous = None;
    for c in line.chars() {
        if c == '|' && previous != Some('\\') {
            cells.push(String::new());
        } else {
            cells.last_mut().unwrap().push(c);
        }
        previous = Some(c);
    }
    assert!(
        cells.len() >= 2 && cells[0].is_empty() && cells.last().unwrap().is_empty(),
        "a table line starts and ends with `|`: {line}"
    );
    cells[1..cells.len() - 1]
        .iter()
        .map(|cell| cell.trim().to_owned())
        .collect()
}

/// Every table of a Markdown text (a block whose second line is the delimiter row), checked
/// line by line: each starts and ends with `|` and has as many cells as the header.
pub fn tables(markdown: &str) -> Vec<MarkdownTable> {
    let mut found = Vec::new();
    for block in markdown.split("\n\n") {
        let lines: Vec<&str> = block.lines().collect();
        let Some(delimiter) = lines.get(1) else { continue };
        if !delimiter.starts_with("| ---") {
            continue;
        }
        let header = cells(lines[0]);
        assert!(cells(delimiter).iter().all(|cell| cell == "---"), "{delimiter}");
        assert_eq!(cells(delimiter).len(), header.len(), "{delimiter}");
        let rows: Vec<Vec<String>> = lines[2..].iter().map(|line| cells(line)).collect();
        for (row, line) in rows.iter().zip(&lines[2..]) {
            assert!(line.starts_with('|') && line.ends_with('|'), "{line}");
            assert_eq!(
                row.len(),
                header.len(),
                "a row with a different number of cells: {line}"
            );
        }
        found.push(MarkdownTable { header, rows });
    }
    found
}

fn json_report() -> Value {
    let run = run(&["check", "--format", "json"]);
    serde_json::from_str(&run.stdout).expect("the report is JSON")
}

fn claims_in_groups(report: &Value) -> usize {
    report["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .map(|group| group["claims"].as_array().expect("claims").len())
        .sum()
}

fn csv_records(text: &str) -> (Vec<String>, Vec<csv::StringRecord>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader
        .headers()
        .expect("a header row")
        .iter()
        .map(str::to_owned)
        .collect();
    let records = reader
        .records()
        .collect::<Result<Vec<_>, _>>()
        .expect("every row parses");
    (header, records)
}

#[test]
fn the_markdown_report_of_the_shipped_corpus_is_pinned() {
    let run = run(&["check", "--format", "markdown"]);
    assert_eq!(
        run.code, 0,
        "every conflict of the shipped corpus is reviewed: {}",
        run.stderr
    );
    assert_eq!(run.stderr, "");
    insta::assert_snapshot!("check_markdown", run.stdout);
}

#[test]
fn the_markdown_report_is_two_well_formed_tables_with_every_claim() {
    let markdown = run(&["check", "--format", "markdown"]).stdout;
    let report = json_report();
    let summary = &report["summary"];
    assert!(markdown.starts_with(&format!(
        "## crosscheck: {} sources, {} claims\n",
        summary["sources"], summary["claims"]
    )));
    assert!(markdown.contains(&format!(
        "{} groups: {} conflict, {} drift, {} tension, {} agree; {} claims made by one source only",
        summary["groups"],
        summary["conflict"],
        summary["drift"],
        summary["tension"],
        summary["agree"],
        summary["single_claims"]
    )));
    assert!(markdown.contains("\n### Claims made by one source only\n"));
    let tables = tables(&markdown);
    assert_eq!(tables.len(), 2, "{markdown}");
    let [groups, singles] = &tables[..] else { unreachable!() };
    assert_eq!(
        groups.header,
        [
            "Verdict",
            "Subject",
            "Property",
            "Value",
            "Normal form",
            "Outlet",
            "Quote",
            "Why"
        ]
    );
    assert_eq!(singles.header, ["Subject", "Property", "Value", "Outlet", "Quote"]);
    assert_eq!(groups.rows.len(), claims_in_groups(&report));
    assert_eq!(Some(singles.rows.len() as u64), summary["single_claims"].as_u64());
    let verdicts: Vec<&str> = groups
        .rows
        .iter()
        .map(|row| row[0].as_str())
        .filter(|v| !v.is_empty())
        .collect();
    let expected: Vec<String> = report["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .map(|group| {
            let verdict = match group["verdict"].as_str().expect("verdict") {
                "conflict" => "**conflict**".to_owned(),
                other => other.to_owned(),
            };
            match group["review"]["status"].as_str() {
                Some(status) => format!("{verdict}<br>{status}"),
                None => verdict,
            }
        })
        .collect();
    assert_eq!(
        verdicts, expected,
        "one first row per group, conflicts in bold, each discrepancy with its review"
    );
}

#[test]
fn the_csv_report_has_a_row_per_claim_in_a_group() {
    let run = run(&["check", "--format", "csv"]);
    assert_eq!(
        run.code, 0,
        "every conflict of the shipped corpus is reviewed: {}",
        run.stderr
    );
    let (header, records) = csv_records(&run.stdout);
    assert_eq!(header, CSV_HEADER);
    let report = json_report();
    assert_eq!(records.len(), claims_in_groups(&report));
    let column = |name: &str| CSV_HEADER.iter().position(|h| *h == name).unwrap();
    for record in &records {
        assert_eq!(record.len(), CSV_HEADER.len(), "{record:?}");
        for name in ["subject", "verdict", "quote"] {
            assert!(!record[column(name)].is_empty(), "empty {name}: {record:?}");
        }
    }
    let groups = report["groups"].as_array().expect("groups");
    for record in &records {
        let number: usize = record[column("group")].parse().expect("a group number");
        let group = &groups[number - 1];
        assert_eq!(record[column("subject")], group["subject"]);
        assert_eq!(record[column("verdict")], group["verdict"]);
        assert_eq!(&record[column("id")], group["id"].as_str().unwrap_or(""));
    }
}

#[test]
fn hostile_source_text_stays_inert_in_markdown_and_csv() {
    let scratch = hostile_corpus();
    let markdown = scratch.check(&["--format", "markdown", "--no-decisions"]);
    assert_eq!(markdown.code, 1, "{}", markdown.stderr);
    assert_eq!(tables(&markdown.stdout).len(), 2);
    assert!(
        markdown
            .stdout
            .contains(r"Omar Diaby \| \*a\* \<b\>x\</b\> \[l\](u) &amp; \`c\`"),
        "{}",
        markdown.stdout
    );
    assert!(!markdown.stdout.contains("<b>"));

    let csv = scratch.check(&["--format", "csv"]);
    let (_, records) = csv_records(&csv.stdout);
    let column = |name: &str| CSV_HEADER.iter().position(|h| *h == name).unwrap();
    let hostile = records
        .iter()
        .find(|record| record[column("source")] == *"noonpost-ghuraba" && record[column("claim")] == *"diaby-age")
        .expect("the hostile claim is in a group");
    assert_eq!(&hostile[column("attribution")], "'=HYPERLINK(\"x\")");
    assert!(hostile[column("quote")].contains("Omar Diaby | *a* <b>x</b>"));
}
