//! Extraction throughput: the shipped seed texts, repeated to a large input, through the
//! extractor of the shipped corpus. Run with `cargo bench --bench extract`; divan reports
//! bytes per second.

use crosscheck::extract::{Extractor, Patterns};
use std::path::Path;

/// How large the input is made, in bytes.
const INPUT_BYTES: usize = 8 * 1024 * 1024;

fn main() {
    divan::main();
}

fn shipped_extractor() -> (Extractor, String) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("claims");
    let corpus = crosscheck::corpus::load(&root).expect("the shipped corpus loads");
    let patterns =
        Patterns::load(&corpus.root, &corpus.properties, &corpus.entities).expect("the shipped patterns load");
    let extractor = Extractor::new(patterns, &corpus.entities).expect("the extractor compiles");
    let seeds: String = corpus
        .sources
        .iter()
        .map(|source| format!("{}\n\n\n", source.text))
        .collect();
    let mut input = String::with_capacity(INPUT_BYTES + seeds.len());
    while input.len() < INPUT_BYTES {
        input.push_str(&seeds);
    }
    (extractor, input)
}

/// Proposals for the seed texts repeated to about 8 MB, as one text.
#[divan::bench(sample_count = 10)]
fn extract_seed_texts(bencher: divan::Bencher) {
    let (extractor, input) = shipped_extractor();
    bencher
        .counter(divan::counter::BytesCount::of_str(&input))
        .bench(|| extractor.extract(divan::black_box(&input)).len());
}
