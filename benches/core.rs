//! Benchmarks of the three costs that grow with a corpus: reading values, grouping claims
//! by subject and property, and judging the groups (with one very large group).
//!
//! `cargo bench --bench core`; the end-to-end timings of the release binary are in
//! `benches/scale.sh` and BENCHMARKS.md.

// A benchmark that cannot set up should stop loudly.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

#[path = "../examples/generate.rs"]
#[allow(dead_code)]
mod generate;

use crosscheck::graph::ClaimGraph;
use crosscheck::model::Corpus;
use crosscheck::value::{DayRange, ParseContext, ValueType, parse};
use divan::Bencher;

fn main() {
    divan::main();
}

const VALUES: [(&str, ValueType); 8] = [
    ("about 1,500", ValueType::Count),
    ("more than 70", ValueType::Count),
    ("between 40 and 50", ValueType::Count),
    ("a few dozen", ValueType::Count),
    ("17 May 2004", ValueType::Date),
    ("early last week", ValueType::Date),
    ("50-year-old", ValueType::Age),
    ("12/1/11 2:06 PM (-05:00)", ValueType::Time),
];

#[divan::bench(args = VALUES)]
fn parse_value(bencher: Bencher, (written, value_type): (&str, ValueType)) {
    let day = jiff::civil::date(2025, 10, 22);
    let context = ParseContext {
        reference: Some(DayRange { first: day, last: day }),
    };
    bencher.bench(|| parse(divan::black_box(written), value_type, &context));
}

/// A generated corpus in JSON Lines, loaded once per size.
fn corpus(claims: usize) -> (tempfile::TempDir, Corpus) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let options = generate::Options {
        claims,
        format: generate::Format::JsonLines,
        conflicts: 10,
        big_group: claims / 10,
        seed: 3,
        out: dir.path().join("corpus"),
    };
    generate::generate(&options).expect("the corpus is written");
    let corpus = crosscheck::corpus::load(&options.out).expect("the generated corpus loads");
    (dir, corpus)
}

const SIZES: [usize; 2] = [10_000, 100_000];

#[divan::bench(args = SIZES, sample_count = 10)]
fn load_json_lines(bencher: Bencher, claims: usize) {
    let (dir, _) = corpus(claims);
    let path = dir.path().join("corpus");
    bencher
        .counter(divan::counter::ItemsCount::new(claims))
        .bench(|| crosscheck::corpus::load(&path).expect("loads"));
}

#[divan::bench(args = SIZES, sample_count = 10)]
fn group(bencher: Bencher, claims: usize) {
    let (_dir, corpus) = corpus(claims);
    bencher
        .counter(divan::counter::ItemsCount::new(claims))
        .bench(|| ClaimGraph::build(&corpus).groups(&corpus));
}

#[divan::bench(args = SIZES, sample_count = 10)]
fn judge(bencher: Bencher, claims: usize) {
    let (_dir, corpus) = corpus(claims);
    let graph = ClaimGraph::build(&corpus);
    let groups = graph.groups(&corpus);
    bencher
        .counter(divan::counter::ItemsCount::new(claims))
        .bench(|| crosscheck::verdict::judge(&corpus, &graph, groups.clone()));
}

/// The big group alone of a corpus of `n` claims (it holds `n / 10`): the sweep keeps the
/// cost per claim flat.
#[divan::bench(args = [1_000, 10_000, 100_000], sample_count = 5)]
fn judge_one_big_group(bencher: Bencher, claims: usize) {
    let (_dir, corpus) = corpus(claims);
    let graph = ClaimGraph::build(&corpus);
    let mut groups = graph.groups(&corpus);
    groups.sort_by_key(|group| std::cmp::Reverse(group.claims.len()));
    groups.truncate(1);
    let size = groups.first().map_or(0, |group| group.claims.len());
    bencher
        .counter(divan::counter::ItemsCount::new(size))
        .bench(|| crosscheck::verdict::judge(&corpus, &graph, groups.clone()));
}
