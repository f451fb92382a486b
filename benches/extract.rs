//! Extraction throughput: the shipped seed texts, repeated to a large input (about 8 MB of
//! articles), through the extractor of the shipped corpus. Each copy is extracted as its
//! own document, as a research corpus of many articles would be (one text made of repeated
//! copies would be all repeated lines, which the extractor skips as page furniture). Run
//! with `cargo bench --bench extract`; divan reports bytes per second.

// A benchmark that cannot set up should stop loudly.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

use crosscheck::extract::{Extractor, Patterns};
use std::path::Path;

/// How large the input is made, in bytes.
const INPUT_BYTES: usize = 8 * 1024 * 1024;

fn main() {
    divan::main();
}

fn shipped_extractor() -> (Extractor, Vec<String>, usize) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("claims");
    let corpus = crosscheck::corpus::load(&root).expect("the shipped corpus loads");
    let patterns =
        Patterns::load(&corpus.root, &corpus.properties, &corpus.entities).expect("the shipped patterns load");
    let extractor = Extractor::for_corpus(patterns, &corpus).expect("the extractor compiles");
    let mut documents = Vec::new();
    let mut bytes = 0;
    while bytes < INPUT_BYTES {
        for source in &corpus.sources {
            bytes += source.text.len();
            documents.push(source.text.clone());
        }
    }
    (extractor, documents, bytes)
}

/// Proposals for the seed texts repeated to about 8 MB.
#[divan::bench(sample_count = 10)]
fn extract_seed_texts(bencher: divan::Bencher) {
    let (extractor, documents, bytes) = shipped_extractor();
    bencher.counter(divan::counter::BytesCount::new(bytes)).bench(|| {
        documents
            .iter()
            .map(|document| extractor.extract(divan::black_box(document)).len())
            .sum::<usize>()
    });
}
