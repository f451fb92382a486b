//! Any bytes as a raw article, read by the extractor of the shipped corpus: it proposes
//! claims or none, and never panics; every proposal's span lies inside the text and its quote
//! is the text at that span.
#![no_main]

use crosscheck::extract::{Extractor, Patterns};
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static EXTRACTOR: LazyLock<Option<Extractor>> = LazyLock::new(|| {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../claims");
    let corpus = crosscheck::corpus::load(&root).ok()?;
    let patterns = Patterns::load(&corpus.root, &corpus.properties, &corpus.entities).ok()?;
    Extractor::for_corpus(patterns, &corpus).ok()
});

fuzz_target!(|data: &[u8]| {
    let Some(extractor) = EXTRACTOR.as_ref() else {
        panic!("the shipped corpus and its patterns load");
    };
    let text = String::from_utf8_lossy(data);
    for proposal in extractor.extract(&text) {
        let [start, end] = proposal.span;
        assert!(start <= end && end <= text.len(), "span inside the text");
        assert_eq!(
            text.get(start..end),
            Some(proposal.quote.as_str()),
            "the quote is the text at its span"
        );
    }
});
