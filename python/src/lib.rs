//! `crosscheck._native`: the crosscheck library called from Python. Each function returns
//! what the library made (the JSON report, serialized by the library's own renderer, or one
//! row a group) and the diagnostics as plain values; the Python package
//! (`python/crosscheck/`) turns them into objects, data frames and its one exception type.

use crosscheck::analysis::Analysis;
use crosscheck::cli::{Environment, run_to};
use crosscheck::decisions::{DECISIONS_FILE, Decisions};
use crosscheck::diagnostics::{Diagnostic, Problems, Severity};
use crosscheck::names::matching_key;
use crosscheck::report::{CheckView, Format, Options, group_rows};
use pyo3::prelude::*;
use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::path::Path;

/// One diagnostic as Python sees it: file, line, column, severity, code, message, help.
type Found = (
    String,
    Option<usize>,
    Option<usize>,
    &'static str,
    &'static str,
    String,
    Option<String>,
);

/// The JSON report of a corpus folder (`None` when it has errors) and its diagnostics.
type Checked = (Option<String>, Vec<Found>);

/// Loads the corpus in `corpus`, judges and reviews every group (against the decisions file
/// `decisions`, else the corpus's `reviewed.yaml` when there is one) and returns the JSON report
/// (`crosscheck/report@1`) with the warnings about bad bulk rows; or no report and every
/// problem. With `strict`, bad bulk rows are errors.
#[pyfunction]
#[pyo3(signature = (corpus, strict = false, decisions = None))]
fn check_json(py: Python<'_>, corpus: &str, strict: bool, decisions: Option<&str>) -> Checked {
    py.detach(|| {
        let root = Path::new(corpus);
        analysed(root, (strict, true), decisions.map(Path::new), |analysis| {
            let view = CheckView {
                analysis,
                title: format!("discrepancies in {}", root.display()),
            };
            let mut json = Vec::new();
            let renderer = Format::Json.renderer(Options {
                width: 120,
                color: false,
                compact: false,
            });
            match renderer.check(&view, &mut json) {
                Ok(()) => Ok(String::from_utf8_lossy(&json).into_owned()),
                Err(error) => {
                    let message = format!("the report could not be written: {error}");
                    Err(vec![(
                        root.display().to_string(),
                        None,
                        None,
                        "error",
                        "io",
                        message,
                        None,
                    )])
                }
            }
        })
    })
}

/// One group as a row: id, subject, subject name, property, property name, verdict, rule,
/// reason, derivation, independent origins, claims (`source/id`, sorted, separated by spaces)
/// and review status, the columns of `crosscheck.GROUP_COLUMNS`.
type Row = (
    Option<String>,
    String,
    String,
    String,
    String,
    &'static str,
    &'static str,
    String,
    Option<String>,
    usize,
    String,
    Option<&'static str>,
);

/// Loads and judges the corpus in `corpus` as [`check_json`] does and returns one row a group
/// (the report's order) instead of the JSON report: no claim's fields are written or read back,
/// and no best-supported reading is estimated (a row has none).
#[pyfunction]
#[pyo3(signature = (corpus, strict = false, decisions = None))]
fn judge_rows(py: Python<'_>, corpus: &str, strict: bool, decisions: Option<&str>) -> (Option<Vec<Row>>, Vec<Found>) {
    py.detach(|| {
        analysed(
            Path::new(corpus),
            (strict, false),
            decisions.map(Path::new),
            |analysis| {
                let rows = group_rows(analysis).map(|row| {
                    (
                        row.id,
                        row.subject.to_owned(),
                        row.subject_name.to_owned(),
                        row.property.to_owned(),
                        row.property_name.to_owned(),
                        row.verdict,
                        row.rule,
                        row.reason,
                        row.derivation,
                        row.independent_origins,
                        row.claims.join(" "),
                        row.review,
                    )
                });
                Ok(rows.collect())
            },
        )
    })
}

/// Loads the corpus in `root`, judges and reviews it (with the best-supported readings when
/// `estimate`), and hands the analysis to `made`: what it makes and the warnings about bad bulk
/// rows, or no result and every problem.
fn analysed<T>(
    root: &Path,
    (strict, estimate): (bool, bool),
    decisions: Option<&Path>,
    made: impl FnOnce(&Analysis) -> Result<T, Vec<Found>>,
) -> (Option<T>, Vec<Found>) {
    let (corpus, warnings) = match crosscheck::corpus::load_reporting(root) {
        Ok(loaded) => loaded,
        Err(problems) => return (None, found(&problems)),
    };
    let warned = found(&warnings);
    if strict && !warned.is_empty() {
        let as_errors = warned
            .into_iter()
            .map(|(f, l, c, _, code, m, h)| (f, l, c, "error", code, m, h));
        return (None, as_errors.collect());
    }
    let decisions = match decisions {
        Some(path) => Decisions::load(path),
        None => Decisions::load_or_empty(&root.join(DECISIONS_FILE)),
    };
    let decisions = match decisions {
        Ok(decisions) => decisions,
        Err(problems) => return (None, found(&problems)),
    };
    let analysis = if estimate {
        Analysis::reviewed(&corpus, &decisions)
    } else {
        Analysis::judged(&corpus, &decisions)
    };
    match made(&analysis) {
        Ok(result) => (Some(result), warned),
        Err(problems) => (None, problems),
    }
}

/// Every diagnostic of `problems` with its file name and 1-based line and column.
fn found(problems: &Problems) -> Vec<Found> {
    problems.diagnostics.iter().map(|d| one(problems, d)).collect()
}

fn one(problems: &Problems, diagnostic: &Diagnostic) -> Found {
    let position = diagnostic
        .span
        .as_ref()
        .and_then(|span| problems.files.position(diagnostic.file, span.start));
    let (line, column) = match position {
        Some((line, column)) => (Some(line), Some(column)),
        None => (diagnostic.line, None),
    };
    let severity = match diagnostic.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    (
        problems.files.name(diagnostic.file).to_owned(),
        line,
        column,
        severity,
        diagnostic.code.as_str(),
        diagnostic.message.clone(),
        diagnostic.help.clone(),
    )
}

/// The key that puts every spelling of one subject in one partition: the id of the entity
/// of `corpus`'s registry (`entities.yaml`) a spelling names by id, name or alias, else the
/// spelling's matching key (an open registry makes that its subject). Reads the registry
/// only: the claims of the corpus are not loaded.
#[pyfunction]
fn subject_keys(corpus: &str, subjects: Vec<String>) -> (Option<Vec<String>>, Vec<Found>) {
    let root = Path::new(corpus);
    let registry = match registry_keys(root) {
        Ok(registry) => registry,
        Err(problems) => return (None, problems),
    };
    let keys = subjects
        .iter()
        .map(|subject| {
            let key = matching_key(subject);
            registry.get(&key).cloned().unwrap_or(key)
        })
        .collect();
    (Some(keys), Vec::new())
}

/// The matching key of every id, name and alias of the registry, with its entity's id.
fn registry_keys(root: &Path) -> Result<HashMap<String, String>, Vec<Found>> {
    let io_error = |error: std::io::Error| {
        vec![(
            root.display().to_string(),
            None,
            None,
            "error",
            "io",
            error.to_string(),
            None,
        )]
    };
    let scratch = tempfile::tempdir().map_err(io_error)?;
    for file in ["entities.yaml", "properties.yaml"] {
        let from = root.join(file);
        if from.is_file() {
            std::fs::copy(&from, scratch.path().join(file)).map_err(io_error)?;
        }
    }
    std::fs::create_dir(scratch.path().join("bulk")).map_err(io_error)?;
    std::fs::write(scratch.path().join("bulk").join("none.jsonl"), "").map_err(io_error)?;
    let corpus = crosscheck::corpus::load(scratch.path()).map_err(|problems| found(&problems))?;
    let mut keys = HashMap::new();
    for entity in corpus.entities.values() {
        let spellings = [&entity.id, &entity.name].into_iter().chain(&entity.aliases);
        for spelling in spellings {
            keys.insert(matching_key(spelling), entity.id.clone());
        }
    }
    Ok(keys)
}

/// Runs the command line (`argv` as `sys.argv`: the program name first) on the process's
/// standard output and error, and returns its exit code.
#[pyfunction]
fn run(py: Python<'_>, argv: Vec<String>) -> u8 {
    py.detach(|| {
        let on_terminal = std::io::stdout().is_terminal();
        let environment = Environment {
            terminal_width: None,
            columns: std::env::var("COLUMNS").ok().and_then(|columns| columns.parse().ok()),
            color: Environment::color_allowed(on_terminal, std::env::var_os("NO_COLOR").as_deref()),
        };
        let mut stdout = std::io::stdout().lock();
        let outcome = run_to(argv, &environment, &mut stdout);
        // A closed pipe (`crosscheck check | head`) is not an error worth reporting.
        let _ = stdout.write_all(outcome.stdout.as_bytes());
        let _ = stdout.flush();
        let _ = std::io::stderr().write_all(outcome.stderr.as_bytes());
        outcome.code
    })
}

/// The module `crosscheck._native`.
#[pymodule]
fn _native(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_function(wrap_pyfunction!(check_json, module)?)?;
    module.add_function(wrap_pyfunction!(judge_rows, module)?)?;
    module.add_function(wrap_pyfunction!(subject_keys, module)?)?;
    module.add_function(wrap_pyfunction!(run, module)?)?;
    Ok(())
}
