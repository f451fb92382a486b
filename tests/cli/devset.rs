//! The extraction development set, the held-out and held-aside articles and the sixth Harem
//! source (`tests/data/extract-dev`, `extract-heldout`, `extract-aside`, `sixth-source`) are
//! data other work is measured on: each corpus must keep loading as the value grammar and the
//! loader change, and the development set's README states the scores `extract --evaluate`
//! gives today.

use crate::common::{ScratchCorpus, rows_after, run};
use std::path::{Path, PathBuf};

/// The corpus folders (those with an `entities.yaml`) under a folder of `tests/data`.
fn corpora(under: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(under);
    let mut found: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.join("entities.yaml").is_file())
        .collect();
    found.sort();
    found
}

/// Runs `check --summary` on a corpus and returns its exit code and diagnostics.
fn load(corpus: &Path) -> (i32, String) {
    let result = run(&["check", corpus.to_str().unwrap(), "--summary"]);
    (result.code, result.stderr)
}

#[test]
fn every_development_corpus_loads() {
    let found = corpora("extract-dev");
    assert_eq!(found.len(), 32, "the development set has thirty-two corpora: {found:?}");
    for corpus in found {
        let (code, stderr) = load(&corpus);
        assert_ne!(code, 2, "{} no longer loads:\n{stderr}", corpus.display());
    }
}

#[test]
fn every_held_out_and_held_aside_corpus_loads() {
    let held_out = corpora("extract-heldout");
    assert_eq!(held_out.len(), 2, "the held-out set has two corpora: {held_out:?}");
    let aside = corpora("extract-aside");
    assert_eq!(aside.len(), 8, "the held-aside set has eight corpora: {aside:?}");
    for corpus in held_out.into_iter().chain(aside) {
        let (code, _) = load(&corpus);
        // The diagnostics would quote held-out and held-aside claims, so they are not printed here.
        assert_ne!(
            code,
            2,
            "{} no longer loads: run `crosscheck check` on it",
            corpus.display()
        );
    }
}

#[test]
fn the_sixth_source_loads_beside_the_shipped_corpus() {
    let scratch = ScratchCorpus::new();
    let sixth = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sixth-source");
    for relative in ["sources/riviera-daily-omsin.yaml", "texts/riviera-daily-omsin.txt"] {
        scratch.write(relative, std::fs::read(sixth.join(relative)).unwrap());
    }
    let result = scratch.check(&["--source", "riviera-daily-omsin", "--summary"]);
    assert_ne!(result.code, 2, "{}", result.stderr);
}

/// The counts of the "all" row of `extract --evaluate` on a corpus.
#[derive(Default)]
struct Scores {
    curated: usize,
    recalled: usize,
    proposed: usize,
    correct: usize,
    false_attachments: usize,
}

impl Scores {
    /// Runs `extract --evaluate` on a corpus and reads its "all" row.
    fn of(corpus: &Path) -> Scores {
        let result = run(&["extract", "--corpus", corpus.to_str().unwrap(), "--evaluate"]);
        assert_eq!(result.code, 0, "{}: {}", corpus.display(), result.stderr);
        let all = result
            .stdout
            .lines()
            .find(|line| line.starts_with("│ all "))
            .unwrap_or_else(|| panic!("{}: no `all` row in\n{}", corpus.display(), result.stdout));
        let cells: Vec<usize> = all
            .trim_matches('│')
            .split('┆')
            .map(|cell| cell.trim().parse().unwrap_or(0))
            .collect();
        Scores {
            curated: cells[1],
            recalled: cells[2],
            proposed: cells[4],
            correct: cells[5],
            false_attachments: cells[8],
        }
    }

    /// Adds another corpus's counts.
    fn add(&mut self, other: &Scores) {
        self.curated += other.curated;
        self.recalled += other.recalled;
        self.proposed += other.proposed;
        self.correct += other.correct;
        self.false_attachments += other.false_attachments;
    }

    /// The README's cells after the corpus name: curated, recalled, recall, proposed with a
    /// subject, precision, false attachments (percentages with one decimal).
    fn cells(&self) -> Vec<String> {
        let percent = |part: usize, whole: usize| format!("{:.1}%", 100.0 * part as f64 / whole.max(1) as f64);
        vec![
            self.curated.to_string(),
            self.recalled.to_string(),
            percent(self.recalled, self.curated),
            self.proposed.to_string(),
            percent(self.correct, self.proposed),
            self.false_attachments.to_string(),
        ]
    }
}

#[test]
fn the_development_readme_states_today_s_scores() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/extract-dev/README.md"))
            .unwrap();
    let rows = rows_after(
        &readme,
        "| corpus | curated | recalled | recall | proposed with a subject | precision | false attachments |",
    );
    let found = corpora("extract-dev");
    assert_eq!(rows.len(), found.len() + 1, "a row per corpus, then all: {rows:?}");
    let mut all = Scores::default();
    for (corpus, row) in found.iter().zip(&rows) {
        let measured = Scores::of(corpus);
        assert_eq!(
            row[0],
            corpus.file_name().unwrap().to_str().unwrap(),
            "rows in folder order"
        );
        assert_eq!(
            row[1..],
            measured.cells(),
            "README row of {} against `extract --evaluate`",
            row[0]
        );
        all.add(&measured);
    }
    let last = rows.last().unwrap();
    assert_eq!(last[0], "all");
    assert_eq!(
        last[1..],
        all.cells(),
        "README's `all` row against the sum of the corpora"
    );
}
