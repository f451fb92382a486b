//! The README's truth-discovery, Dask and performance figures are those of the runs BENCHMARKS.md records
//! (`benches/truth.sh` reads data sets that tests never read and `benches/scale-dask.sh` runs
//! for most of an hour, so the runs themselves cannot be tests; what can drift is a figure
//! copied into the README, and that is checked here).

use crate::common::{rows_after, table_rows};
use std::collections::BTreeMap;

fn document(name: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(name)).expect(name)
}

/// The rows of every table of `text` headed `header`, in order.
fn rows_of_every_table(text: &str, header: &str) -> Vec<Vec<String>> {
    text.split(header).skip(1).flat_map(table_rows).collect()
}

/// BENCHMARKS.md's Flight run as `(day, method) -> (exact %, within 10 min %, seconds)`.
fn benchmark_run() -> BTreeMap<(String, String), (String, String, String)> {
    let rows = rows_after(
        &document("BENCHMARKS.md"),
        "| day | method | items | exact | % | within 10 min | seconds |",
    );
    rows.into_iter()
        .map(|cells| {
            (
                (cells[0].clone(), cells[1].clone()),
                (cells[4].clone(), cells[5].clone(), cells[6].clone()),
            )
        })
        .collect()
}

/// The four Book counts of a sentence "majority 82, TruthFinder 93, Accu 92, AccuCopy 93".
fn book_counts(text: &str) -> String {
    let at = text.find("majority ").expect("the Book figures");
    let words: Vec<&str> = text[at..].split_whitespace().take(8).collect();
    words.join(" ")
}

#[test]
fn the_readme_s_truth_figures_are_those_of_the_benchmark_run() {
    let run = benchmark_run();
    assert_eq!(run.len(), 16, "four methods on three days and all: {run:?}");
    let readme = document("README.md");
    let table = rows_after(
        &readme,
        "| method | 2011-12-01 | 2011-12-02 | 2011-12-03 | all, exact | all, within 10 min |",
    );
    assert_eq!(table.len(), 4, "{table:?}");
    for cells in &table {
        let method = &cells[0];
        for (column, day) in ["20111201", "20111202", "20111203"].iter().enumerate() {
            let (exact, _, _) = &run[&(day.to_string(), method.clone())];
            assert_eq!(&cells[column + 1], exact, "README, {method} on {day}");
        }
        let (exact, within, _) = &run[&("all".to_owned(), method.clone())];
        assert_eq!((&cells[4], &cells[5]), (exact, within), "README, {method} on all days");
    }
    // The time of the default method on the three days, as the README states it.
    let (_, _, seconds) = &run[&("all".to_owned(), "accucopy".to_owned())];
    assert!(
        readme.contains(&format!("took the three days in {seconds} s of wall-clock time")),
        "the README states the three days' time of the benchmark run ({seconds} s)"
    );
    // The Book counts.
    let benchmarks = document("BENCHMARKS.md");
    let book = benchmarks
        .split("The Book data set")
        .nth(1)
        .expect("BENCHMARKS.md's Book figures");
    let readme_book = readme
        .split("On the 100 gold books")
        .nth(1)
        .expect("the README's Book figures");
    assert_eq!(book_counts(readme_book), book_counts(book));
}

/// The README's figures for Dask against one process are those of the run BENCHMARKS.md
/// records (`benches/scale-dask.sh`, too long and too large for a test), at the size the
/// README names.
#[test]
fn the_readme_s_dask_figures_are_those_of_the_benchmark_run() {
    let rows = rows_of_every_table(
        &document("BENCHMARKS.md"),
        "| claims | run | seconds | peak MB, client or process | peak MB, each worker | groups | conflicts | equal |",
    );
    let readme = document("README.md");
    let flat = readme.split_whitespace().collect::<Vec<_>>().join(" ");
    let stated = rows
        .iter()
        .filter(|cells| cells[1].starts_with("LocalCluster"))
        .filter(|cells| flat.contains(&format!("on the same {} generated claims", cells[0])))
        .collect::<Vec<_>>();
    assert!(
        !stated.is_empty(),
        "the README names the size of a cluster row of BENCHMARKS.md: {rows:?}"
    );
    for cluster in stated {
        let one = rows
            .iter()
            .find(|cells| cells[0] == cluster[0] && cells[1] == "one process, `--summary`")
            .unwrap_or_else(|| panic!("BENCHMARKS.md's one-process row at {}", cluster[0]));
        assert!(
            cluster[7].starts_with("yes"),
            "the cluster's groups equal one process's"
        );
        assert_eq!(
            (&one[5], &one[6]),
            (&cluster[5], &cluster[6]),
            "same groups and conflicts"
        );
        let said = format!(
            "two workers took {} s against {} s for one process (`--summary`, {} MB at peak), with {} MB at peak in \
             the workers and {} MB in the client",
            cluster[2], one[2], one[3], cluster[4], cluster[3]
        );
        assert!(flat.contains(&said), "the README says: {said}");
    }
}

/// The README's CPU seconds against the earlier build are those of BENCHMARKS.md's side-by-side
/// run (`benches/versus-revision.sh`), and the `--summary` figures at 10^6 are in its prose.
#[test]
fn the_readme_s_performance_figures_are_those_of_the_benchmark_run() {
    let benchmarks = document("BENCHMARKS.md");
    let rows = rows_after(
        &benchmarks,
        "| corpus | before s | after s | ratio | before user CPU s | after user CPU s | ratio |",
    );
    let cpu = |corpus: &str| {
        let row = rows
            .iter()
            .find(|cells| cells[0] == corpus)
            .unwrap_or_else(|| panic!("a row for {corpus} in {rows:?}"));
        (row[4].clone(), row[5].clone())
    };
    let readme = document("README.md");
    let performance = readme
        .split("## Performance")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("the README's performance section");
    let prose: String = performance.split_whitespace().collect::<Vec<_>>().join(" ");
    let instructions = rows
        .iter()
        .find(|cells| cells[0] == "JSON Lines 10^5, full report")
        .and_then(|cells| cells.last())
        .and_then(|ratio| ratio.parse::<f64>().ok())
        .expect("the instruction ratio at 10^5");
    assert!(
        prose.contains(&format!("executes {instructions:.2} times the instructions at 10^5")),
        "the README's instruction ratio at 10^5 is not BENCHMARKS.md's {instructions}"
    );
    // The latest pass, counted by callgrind alone: this build's ratio, and its ratio without
    // the truth discovery the earlier build did not do.
    let latest = rows_after(
        &benchmarks,
        "| build | instructions, 10^5 full report | against feb4d2e |",
    );
    let ratio_of = |build: &str| {
        latest
            .iter()
            .find(|cells| cells[0].starts_with(build))
            .and_then(|cells| cells.last())
            .unwrap_or_else(|| panic!("a row for build {build} in {latest:?}"))
            .clone()
    };
    let (whole, like) = (ratio_of("(a)"), ratio_of("(c)"));
    assert!(
        prose.contains(&format!(
            "count by callgrind alone {whole} times, and {like} times like for like"
        )),
        "the README's latest instruction ratios are not BENCHMARKS.md's {whole} and {like}"
    );
    let (before, after) = cpu("JSON Lines 10^6, full report");
    assert!(
        prose.contains(&format!("takes {after} s ({before} s before)")),
        "{prose}"
    );
    let (before, after) = cpu("Flight 2011-12-01, `--summary`");
    assert!(
        prose.contains(&format!("takes {after} s ({before} s before)")),
        "{prose}"
    );
    let flat: String = benchmarks.split_whitespace().collect::<Vec<_>>().join(" ");
    let summary = prose
        .split("`--summary` in ")
        .nth(1)
        .and_then(|rest| rest.split(" s (").next())
        .expect("the --summary figure at 10^6");
    let summary_before = prose
        .split(&format!("`--summary` in {summary} s ("))
        .nth(1)
        .and_then(|rest| rest.split(" s before)").next())
        .expect("the --summary figure before");
    assert!(
        flat.contains(&format!(
            "took {summary_before} s of CPU with feb4d2e and {summary} s with this build"
        )),
        "BENCHMARKS.md gives {summary_before} s and {summary} s for --summary at 10^6"
    );
}

#[test]
fn the_readme_s_extraction_speed_is_that_of_the_benchmark_run() {
    let rows = rows_after(
        &document("BENCHMARKS.md"),
        "| measure | before (425ca70) | after (ff7e02a) | third pass (cbf800d) | this build |",
    );
    let this_build = |measure: &str| {
        let row = rows
            .iter()
            .find(|cells| cells[0].starts_with(measure))
            .unwrap_or_else(|| panic!("a row for {measure} in {rows:?}"));
        row[4].clone()
    };
    // "14.5 MB/s (best 15.5)": the median, as the README gives it.
    let median = |measure: &str| this_build(measure).split(" (").next().unwrap_or_default().to_owned();
    let readme = document("README.md");
    let prose: String = readme.split_whitespace().collect::<Vec<_>>().join(" ");
    let (many, one) = (median("in-process, many texts"), median("in-process, one text"));
    assert!(
        prose.contains(&format!("was {many} for the many articles and {one} for the one text")),
        "the README's extraction speed is not BENCHMARKS.md's {many} and {one}"
    );
    // "2.07 s (7.6 MB/s)": the README rounds the seconds to a tenth.
    let line = this_build("command line, development texts");
    let (seconds, rate) = line.split_once(" s (").expect("seconds and a rate");
    let rate = rate.trim_end_matches(')');
    let seconds: f64 = seconds.parse().expect("seconds");
    assert!(
        prose.contains(&format!("in {seconds:.1} seconds ({rate};")),
        "the README's command-line extraction figure is not BENCHMARKS.md's {seconds} s ({rate})"
    );
}
