//! The terminal views at every width an editor's terminal has, 80 to 220 columns: snapshots of
//! `check` on the shipped corpus, on the shipped corpus with the sixth source added and on a
//! Flight slice, and of `review` and `show` on the shipped corpus; and on each of them, no line
//! wider than the width unless it is one word longer than a line (kept whole to be copied).

use crate::common::{ScratchCorpus, run};
use std::path::Path;

const WIDTHS: [u16; 5] = [80, 100, 120, 160, 220];

/// The shipped corpus with the sixth source's claims and text copied in.
fn with_sixth_source() -> ScratchCorpus {
    let scratch = ScratchCorpus::new();
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sixth-source");
    for relative in ["sources/riviera-daily-omsin.yaml", "texts/riviera-daily-omsin.txt"] {
        scratch.write(relative, std::fs::read(data.join(relative)).unwrap());
    }
    scratch
}

/// Every line fits `width`, or is one word (past its gutter or indent) longer than the line.
fn assert_fits(output: &str, width: u16, what: &str) {
    for line in output.lines() {
        let words = line
            .split(|c: char| c.is_whitespace() || "│┆=".contains(c))
            .filter(|word| !word.is_empty());
        assert!(
            line.chars().count() <= usize::from(width) || words.count() == 1,
            "{what} at {width} columns: a line of {} characters:\n{line}",
            line.chars().count()
        );
    }
}

fn check_at(corpus: &str, width: u16, name: &str, filters: &[&str]) {
    let width_arg = width.to_string();
    let run = run(&[&["check", corpus, "--width", &width_arg], filters].concat());
    assert!(run.code <= 1, "{}", run.stderr);
    assert_fits(&run.stdout, width, name);
    insta::assert_snapshot!(format!("{name}_at_{width}"), run.stdout);
}

#[test]
fn the_shipped_corpus_reads_at_every_width() {
    for width in WIDTHS {
        check_at("claims", width, "check_shipped", &[]);
    }
}

#[test]
fn the_corpus_with_a_sixth_source_reads_at_every_width() {
    let scratch = with_sixth_source();
    let corpus = scratch.path().to_str().unwrap().to_owned();
    for width in WIDTHS {
        check_at(&corpus, width, "check_sixth_source", &[]);
    }
}

/// Two flights of the Flight day (a claim per cell of a bulk table, dozens of sources a group).
#[test]
fn a_flight_slice_reads_at_every_width() {
    let flights = ["--subject", "aa-1007-tpa-mia", "--subject", "co-1023-iah-den"];
    for width in WIDTHS {
        check_at("tests/data/flight", width, "check_flight", &flights);
    }
}

#[test]
fn review_and_show_read_at_every_width() {
    for width in WIDTHS {
        let width_arg = width.to_string();
        for (command, what) in [("review", "bfmtv-oumar-diaby"), ("show", "ghuraba")] {
            let run = run(&[command, what, "--corpus", "claims", "--width", &width_arg]);
            assert_fits(&run.stdout, width, command);
            if width == 80 || width == 120 {
                insta::assert_snapshot!(format!("{command}_{what}_at_{width}"), run.stdout);
            }
        }
    }
}

#[test]
fn below_the_width_of_a_table_each_group_is_a_block_and_above_it_a_table() {
    let narrow = run(&["check", "claims", "--width", "80"]).stdout;
    assert!(narrow.starts_with("CONFLICT: "), "{narrow}");
    assert!(
        narrow.contains("\n  │ BFM TV: 50\n"),
        "sides by outlet and value as written: {narrow}"
    );
    let wide = run(&["check", "claims", "--width", "160"]).stdout;
    assert!(wide.starts_with('┌'), "{wide}");
}

#[test]
fn quotes_and_notes_are_whole_unless_compact() {
    let note_end = "never one merged number.";
    let whole = run(&["check", "claims", "--width", "80"]).stdout;
    let words = whole.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains(note_end), "{whole}");
    assert!(!whole.contains('…'), "nothing is cut by default: {whole}");
    let compact = run(&["check", "claims", "--width", "80", "--compact"]).stdout;
    let words = compact.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(!words.contains(note_end), "{compact}");
    assert!(compact.contains('…'), "{compact}");
}
