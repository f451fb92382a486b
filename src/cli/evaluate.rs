//! `crosscheck evaluate`: scores the estimates of a corpus against a gold corpus, for every
//! method (or the ones asked for), overall and per property.

use super::{Outcome, corpus_path, load};
use crate::graph::ClaimGraph;
use crate::truth::evaluate::{Score, Tally, score};
use crate::truth::{Method, discover};
use serde_json::json;
use std::fmt::Write as _;
use std::path::PathBuf;

/// Arguments of `crosscheck evaluate`.
#[derive(Debug, clap::Args)]
pub struct EvaluateArgs {
    /// The corpus whose estimates are scored (default: ./claims, else the corpus folder you are in).
    pub corpus: Option<PathBuf>,
    /// The gold corpus: a corpus whose claims are the right values (its sources are ignored).
    #[arg(long)]
    pub truth: PathBuf,
    /// Score only this method (repeatable; default: every method).
    #[arg(long, value_enum)]
    pub method: Vec<Method>,
    /// Times within this many minutes of the gold value count as right within tolerance.
    #[arg(long, default_value_t = 10)]
    pub minutes: i64,
    /// Also list the gold items each method gets wrong, with its estimate and the gold value.
    #[arg(long)]
    pub misses: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = EvaluateFormat::Table)]
    pub format: EvaluateFormat,
}

/// Formats of `evaluate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum EvaluateFormat {
    /// A table for people.
    Table,
    /// `crosscheck/evaluation@1`: per method, overall and per property.
    Json,
}

/// Runs `crosscheck evaluate`.
pub fn evaluate(args: &EvaluateArgs) -> Outcome {
    let path = match corpus_path(args.corpus.as_ref()) {
        Ok(path) => path,
        Err(outcome) => return outcome,
    };
    let corpus = match load(&path) {
        Ok(corpus) => corpus,
        Err(outcome) => return outcome,
    };
    let gold = match load(&args.truth) {
        Ok(gold) => gold,
        Err(outcome) => return outcome,
    };
    let graph = ClaimGraph::build(&corpus);
    let groups = crate::graph::groups(&corpus);
    let methods = if args.method.is_empty() {
        Method::ALL.to_vec()
    } else {
        args.method.clone()
    };
    let scores: Vec<(Method, Score)> = methods
        .into_iter()
        .map(|method| {
            let discovery = discover(&corpus, &graph, &groups, method);
            (method, score(&gold, &discovery.estimates, args.minutes))
        })
        .collect();
    let stdout = match args.format {
        EvaluateFormat::Table => table(&scores, args.minutes, args.misses),
        EvaluateFormat::Json => json(&scores, args.minutes),
    };
    Outcome {
        stdout,
        stderr: String::new(),
        code: super::EXIT_CLEAN,
    }
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        return "-".to_owned();
    }
    format!("{:.1}%", 100.0 * part as f64 / whole as f64)
}

fn line(out: &mut String, label: &str, tally: &Tally) {
    let _ = writeln!(
        out,
        "{label:<32} {:>6} {:>6} {:>7} {:>6} {:>7}",
        tally.items,
        tally.exact,
        percent(tally.exact, tally.items),
        tally.within,
        percent(tally.within, tally.items),
    );
}

fn table(scores: &[(Method, Score)], minutes: i64, misses: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<32} {:>6} {:>14} {:>14}",
        "method / property",
        "items",
        "exact",
        format!("within {minutes} min")
    );
    for (method, score) in scores {
        line(&mut out, method.as_str(), &score.all);
        for (property, tally) in &score.by_property {
            line(&mut out, &format!("  {property}"), tally);
        }
    }
    if misses {
        for (method, score) in scores {
            let _ = writeln!(out, "\n{} gets wrong:", method.as_str());
            for miss in &score.misses {
                let estimate = miss.estimate.as_deref().unwrap_or("(no claim)");
                let _ = writeln!(
                    out,
                    "  {} {}: {estimate} (gold: {})",
                    miss.subject, miss.property, miss.gold
                );
            }
        }
    }
    if let Some((_, score)) = scores.first()
        && score.all.missing > 0
    {
        let _ = writeln!(
            out,
            "{} gold items have no claim in the corpus (counted as wrong)",
            score.all.missing
        );
    }
    out
}

fn tally_json(tally: &Tally) -> serde_json::Value {
    json!({"items": tally.items, "exact": tally.exact, "within": tally.within, "missing": tally.missing})
}

fn json(scores: &[(Method, Score)], minutes: i64) -> String {
    let methods: Vec<serde_json::Value> = scores
        .iter()
        .map(|(method, score)| {
            let by_property: serde_json::Map<String, serde_json::Value> = score
                .by_property
                .iter()
                .map(|(property, tally)| (property.clone(), tally_json(tally)))
                .collect();
            json!({"method": method.as_str(), "all": tally_json(&score.all), "by_property": by_property})
        })
        .collect();
    let report = json!({"schema": "crosscheck/evaluation@1", "tolerance_minutes": minutes, "methods": methods});
    serde_json::to_string_pretty(&report).map_or_else(|_| String::new(), |text| text + "\n")
}
