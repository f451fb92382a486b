//! `crosscheck sources`: the sources ranked by how far their claims agree with the
//! best-supported readings, per property, and (`--copies`) the pairs that share their errors.

use super::{Outcome, corpus_path, load};
use crate::counted::counted;
use crate::graph::ClaimGraph;
use crate::model::Corpus;
use crate::report::{describe_accuracy, escape_markdown, property_name, telling};
use crate::truth::{Accuracy, Discovery, Method, discover};
use serde_json::json;
use std::fmt::Write as _;
use std::path::PathBuf;

/// Arguments of `crosscheck sources`.
#[derive(Debug, clap::Args)]
pub struct SourcesArgs {
    /// The corpus folder (default: ./claims, else the corpus folder you are in).
    pub corpus: Option<PathBuf>,
    /// How readings and reliabilities are estimated.
    #[arg(long, value_enum, default_value_t = Method::DEFAULT)]
    pub method: Method,
    /// List the pairs of sources found to share their errors instead.
    #[arg(long)]
    pub copies: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = SourcesFormat::Table)]
    pub format: SourcesFormat,
}

/// Formats of `sources`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SourcesFormat {
    /// A table for people.
    Table,
    /// GitHub-flavoured Markdown.
    Markdown,
    /// `crosscheck/sources@1`.
    Json,
    /// One row per source and property (or per copying pair).
    Csv,
}

/// Runs `crosscheck sources`.
pub fn sources(args: &SourcesArgs) -> Outcome {
    let path = match corpus_path(args.corpus.as_ref()) {
        Ok(path) => path,
        Err(outcome) => return outcome,
    };
    let corpus = match load(&path) {
        Ok(corpus) => corpus,
        Err(outcome) => return outcome,
    };
    let graph = ClaimGraph::build(&corpus);
    let groups = crate::graph::groups(&corpus);
    let discovery = discover(&corpus, &graph, &groups, args.method);
    let stdout = match (args.format, args.copies) {
        (SourcesFormat::Json, _) => json_report(&corpus, &discovery),
        (format, true) => copies(&corpus, &discovery, format),
        (format, false) => ranking(&corpus, &discovery, format),
    };
    Outcome {
        stdout,
        stderr: String::new(),
        code: super::EXIT_CLEAN,
    }
}

fn source_id(corpus: &Corpus, index: usize) -> &str {
    corpus.sources.get(index).map_or("", |source| source.id.as_str())
}

/// The sources, most reliable first by the low end of their 95% interval, so that a source
/// resting on a few claims does not head the list (ties by index).
fn ranked(discovery: &Discovery) -> Vec<&crate::truth::Reliability> {
    let mut ranked: Vec<_> = discovery.reliability.iter().filter(|r| r.overall.claims > 0).collect();
    ranked.sort_by(|a, b| {
        (b.overall.interval.0)
            .total_cmp(&a.overall.interval.0)
            .then(a.source.cmp(&b.source))
    });
    ranked
}

/// "Noon Post (noonpost-ghuraba)": the outlet by name, with the id `review` takes.
fn source_name(corpus: &Corpus, index: usize) -> String {
    match corpus.sources.get(index) {
        Some(source) if source.outlet != source.id => format!("{} ({})", source.outlet, source.id),
        Some(source) => source.id.clone(),
        None => String::new(),
    }
}

/// The lines of one source for people: its reliability overall, then each property whose
/// claims are enough to say something, then how many are not.
fn source_lines(corpus: &Corpus, reliability: &crate::truth::Reliability) -> Vec<String> {
    let mut lines = vec![format!(
        "{} {}",
        source_name(corpus, reliability.source),
        describe_accuracy(&reliability.overall)
    )];
    let (telling_ones, few): (Vec<_>, Vec<_>) = reliability
        .by_property
        .iter()
        .partition(|(_, accuracy)| telling(accuracy));
    for (property, accuracy) in &telling_ones {
        lines.push(format!(
            "on {}: {}",
            property_name(corpus, property),
            describe_accuracy(accuracy)
        ));
    }
    if !few.is_empty() {
        let properties = if telling_ones.is_empty() {
            counted(few.len(), "property", "properties")
        } else {
            counted(few.len(), "other property", "other properties")
        };
        lines.push(format!("too few claims on {properties} to say more"));
    }
    lines
}

fn ranking(corpus: &Corpus, discovery: &Discovery, format: SourcesFormat) -> String {
    let mut out = String::new();
    match format {
        SourcesFormat::Csv => out.push_str("source,property,accuracy,claims,low,high\n"),
        SourcesFormat::Markdown => {
            out.push_str("| Outlet | How far its claims agree with the best-supported readings |\n|---|---|\n")
        }
        _ => {
            let _ = writeln!(
                out,
                "Sources by how often their claims agree with the best-supported readings, most reliable \
                 first (method: {}):",
                discovery.method.as_str()
            );
        }
    }
    for reliability in ranked(discovery) {
        match format {
            SourcesFormat::Csv => {
                let id = source_id(corpus, reliability.source);
                let rows = std::iter::once(("", &reliability.overall))
                    .chain(reliability.by_property.iter().map(|(p, a)| (p.as_str(), a)));
                for (property, a) in rows {
                    let _ = writeln!(
                        out,
                        "{},{},{:.4},{},{:.4},{:.4}",
                        csv_cell(id),
                        csv_cell(property),
                        a.accuracy,
                        a.claims,
                        a.interval.0,
                        a.interval.1
                    );
                }
            }
            SourcesFormat::Markdown => {
                let name = source_name(corpus, reliability.source);
                let lines = source_lines(corpus, reliability);
                let text = lines.get(1..).unwrap_or_default().join("; ");
                let overall = describe_accuracy(&reliability.overall);
                let cell = if text.is_empty() {
                    overall
                } else {
                    format!("{overall}; {text}")
                };
                let _ = writeln!(out, "| {} | {} |", escape_markdown(&name), escape_markdown(&cell));
            }
            _ => {
                for (index, line) in source_lines(corpus, reliability).iter().enumerate() {
                    let indent = if index == 0 { "  " } else { "    " };
                    let _ = writeln!(out, "{indent}{line}");
                }
            }
        }
    }
    out
}

fn csv_cell(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn copies(corpus: &Corpus, discovery: &Discovery, format: SourcesFormat) -> String {
    let mut out = String::new();
    match format {
        SourcesFormat::Csv => out.push_str("source,other,probability,shared_errors,independent_errors\n"),
        SourcesFormat::Markdown => out
            .push_str("| Outlet | Other outlet | Probability of copying | Shared errors | Other errors |\n|---|---|---|---|---|\n"),
        _ if discovery.copies.is_empty() => {
            let _ = writeln!(
                out,
                "No pair of sources shares its errors ({}).",
                discovery.method.as_str()
            );
        }
        _ => {
            let _ = writeln!(
                out,
                "Pairs of sources that repeat each other's errors word for word ({}):",
                discovery.method.as_str()
            );
        }
    }
    for pair in &discovery.copies {
        let (a, b) = (source_name(corpus, pair.sources.0), source_name(corpus, pair.sources.1));
        let _ = match format {
            SourcesFormat::Csv => writeln!(
                out,
                "{},{},{:.4},{},{}",
                csv_cell(source_id(corpus, pair.sources.0)),
                csv_cell(source_id(corpus, pair.sources.1)),
                pair.probability,
                pair.shared_errors,
                pair.independent_errors
            ),
            SourcesFormat::Markdown => writeln!(
                out,
                "| {} | {} | {:.2} | {} | {} |",
                escape_markdown(&a),
                escape_markdown(&b),
                pair.probability,
                pair.shared_errors,
                pair.independent_errors
            ),
            _ => writeln!(
                out,
                "  {a} and {b} give the same wrong reading, written alike, on {}, and differ on {} \
                 where one of them is wrong (probability that one copies the other: {}%)",
                counted(pair.shared_errors, "item", "items"),
                pair.independent_errors,
                ((100.0 * pair.probability).floor() as u32).min(99)
            ),
        };
    }
    out
}

fn accuracy_json(accuracy: &Accuracy) -> serde_json::Value {
    json!({"accuracy": accuracy.accuracy, "claims": accuracy.claims, "interval": [accuracy.interval.0, accuracy.interval.1]})
}

fn json_report(corpus: &Corpus, discovery: &Discovery) -> String {
    let sources: Vec<serde_json::Value> = ranked(discovery)
        .into_iter()
        .map(|r| {
            let by_property: serde_json::Map<String, serde_json::Value> = r
                .by_property
                .iter()
                .map(|(p, a)| (p.clone(), accuracy_json(a)))
                .collect();
            let mut reliability = accuracy_json(&r.overall);
            if let Some(object) = reliability.as_object_mut() {
                object.insert("by_property".to_owned(), serde_json::Value::Object(by_property));
            }
            json!({"id": source_id(corpus, r.source), "reliability": reliability})
        })
        .collect();
    let copies: Vec<serde_json::Value> = discovery
        .copies
        .iter()
        .map(|pair| {
            json!({
                "sources": [source_id(corpus, pair.sources.0), source_id(corpus, pair.sources.1)],
                "probability": pair.probability,
                "shared_errors": pair.shared_errors,
                "independent_errors": pair.independent_errors,
            })
        })
        .collect();
    let report = json!({"schema": "crosscheck/sources@1", "method": discovery.method.as_str(), "sources": sources, "copies": copies});
    serde_json::to_string_pretty(&report).map_or_else(|_| String::new(), |text| text + "\n")
}
