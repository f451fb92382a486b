//! The extraction development set, the held-out articles and the sixth Harem source
//! (`tests/data/extract-dev`, `extract-heldout`, `sixth-source`) are data other work is
//! measured on: each corpus must keep loading as the value grammar and the loader change.
//! Only loading is checked here; nothing is extracted or scored.

use crate::common::{ScratchCorpus, run};
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
    assert_eq!(found.len(), 13, "the development set has thirteen corpora: {found:?}");
    for corpus in found {
        let (code, stderr) = load(&corpus);
        assert_ne!(code, 2, "{} no longer loads:\n{stderr}", corpus.display());
    }
}

#[test]
fn every_held_out_corpus_loads() {
    let found = corpora("extract-heldout");
    assert_eq!(found.len(), 2, "the held-out set has two corpora: {found:?}");
    for corpus in found {
        let (code, _) = load(&corpus);
        // The diagnostics would quote held-out claims, so they are not printed here.
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
