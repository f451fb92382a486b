//! Extraction throughput: the shipped seed texts, repeated to a large input (about 8 MB of
//! articles), through the extractor of the shipped corpus, once with each copy as its own
//! document (as a research corpus of many articles is) and once with all copies joined into
//! one text, so that the two figures show whether the cost grows linearly with a text's size.
//! Every line of a copy carries a tag of its copy (` [qab]`), so that the joined text is not
//! all repeated lines, which the extractor skips as page furniture. Run with
//! `cargo bench --bench extract`; divan reports bytes per second.

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
            let copy = tagged(&source.text, documents.len());
            bytes += copy.len();
            documents.push(copy);
        }
    }
    (extractor, documents, bytes)
}

/// The text with every non-blank line ending in a tag of letters that spells `copy`.
fn tagged(text: &str, copy: usize) -> String {
    let tag: String = (0..3)
        .map(|digit| char::from(b'a' + u8::try_from(copy / 26usize.pow(digit) % 26).unwrap()))
        .collect();
    text.lines()
        .map(|line| {
            if line.trim().is_empty() {
                format!("{line}\n")
            } else {
                format!("{line} [q{tag}]\n")
            }
        })
        .collect()
}

/// Proposals for the seed texts repeated to about 8 MB, each copy its own document.
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

/// Proposals for the same copies joined into one text, two blank lines between them.
#[divan::bench(sample_count = 10)]
fn extract_one_text(bencher: divan::Bencher) {
    let (extractor, documents, _) = shipped_extractor();
    let text = documents.join("\n\n\n");
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| extractor.extract(divan::black_box(&text)).len());
}
