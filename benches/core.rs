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
        date_order: None,
    };
    bencher.bench(|| parse(divan::black_box(written), value_type, &context));
}

/// A generated corpus in JSON Lines, loaded once per size.
fn corpus(claims: usize) -> (tempfile::TempDir, Corpus) {
    let dir = generated(claims, generate::Format::JsonLines);
    let corpus = crosscheck::corpus::load(&dir.path().join("corpus")).expect("the generated corpus loads");
    (dir, corpus)
}

/// A generated corpus of `claims` claims in `format`, in `corpus/` of a temporary folder.
fn generated(claims: usize, format: generate::Format) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let options = generate::Options {
        claims,
        format,
        conflicts: 10,
        big_group: claims / 10,
        seed: 3,
        out: dir.path().join("corpus"),
    };
    generate::generate(&options).expect("the corpus is written");
    dir
}

const SIZES: [usize; 2] = [10_000, 100_000];

#[divan::bench(args = SIZES, sample_count = 10)]
fn load_json_lines(bencher: Bencher, claims: usize) {
    load(bencher, claims, generate::Format::JsonLines);
}

/// Loading a generated corpus of `claims` claims in `format`.
fn load(bencher: Bencher, claims: usize, format: generate::Format) {
    let dir = generated(claims, format);
    let path = dir.path().join("corpus");
    bencher
        .counter(divan::counter::ItemsCount::new(claims))
        .bench(|| crosscheck::corpus::load(&path).expect("loads"));
}

/// Loading a YAML corpus (read, parse, validate every value and quote), to compare with
/// `parse_yaml_alone` on the same files: the target is within 1.5 times.
#[divan::bench(args = SIZES, sample_count = 5)]
fn load_yaml(bencher: Bencher, claims: usize) {
    load(bencher, claims, generate::Format::Yaml);
}

/// Reading the same YAML files and parsing them into the loader's raw types with serde
/// alone: no validation, no values read, no quotes found.
#[divan::bench(args = SIZES, sample_count = 5)]
fn parse_yaml_alone(bencher: Bencher, claims: usize) {
    use crosscheck::corpus::raw::{RawEntities, RawSource};
    let dir = generated(claims, generate::Format::Yaml);
    let root = dir.path().join("corpus");
    let mut sources: Vec<_> = std::fs::read_dir(root.join("sources"))
        .expect("sources/")
        .map(|entry| entry.expect("an entry").path())
        .collect();
    sources.sort();
    bencher.counter(divan::counter::ItemsCount::new(claims)).bench(|| {
        let entities = std::fs::read_to_string(root.join("entities.yaml")).expect("entities.yaml");
        let entities: RawEntities = serde_saphyr::from_str(&entities).expect("parses");
        let parsed: Vec<RawSource> = sources
            .iter()
            .map(|path| serde_saphyr::from_str(&std::fs::read_to_string(path).expect("reads")).expect("parses"))
            .collect();
        (entities, parsed)
    });
}

#[divan::bench(args = SIZES, sample_count = 10)]
fn group(bencher: Bencher, claims: usize) {
    let (_dir, corpus) = corpus(claims);
    bencher
        .counter(divan::counter::ItemsCount::new(claims))
        .bench(|| (ClaimGraph::build(&corpus), crosscheck::graph::groups(&corpus)));
}

#[divan::bench(args = SIZES, sample_count = 10)]
fn judge(bencher: Bencher, claims: usize) {
    let (_dir, corpus) = corpus(claims);
    let groups = crosscheck::graph::groups(&corpus);
    bencher
        .counter(divan::counter::ItemsCount::new(claims))
        .bench(|| crosscheck::verdict::judge(&corpus, groups.clone()));
}

/// The big group alone of a corpus of `n` claims (it holds `n / 10`): the sweep keeps the
/// cost per claim flat.
#[divan::bench(args = [1_000, 10_000, 100_000], sample_count = 5)]
fn judge_one_big_group(bencher: Bencher, claims: usize) {
    let (_dir, corpus) = corpus(claims);
    let mut groups = crosscheck::graph::groups(&corpus);
    groups.sort_by_key(|group| std::cmp::Reverse(group.claims.len()));
    groups.truncate(1);
    let size = groups.first().map_or(0, |group| group.claims.len());
    bencher
        .counter(divan::counter::ItemsCount::new(size))
        .bench(|| crosscheck::verdict::judge(&corpus, groups.clone()));
}
