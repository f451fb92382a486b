//! Truth discovery: of the readings in a group, which is best supported, and how far each
//! source can be relied on. Every group of claims (subject and property) is an item; its
//! distinct readings are candidates; a method weighs the claims behind each candidate by
//! the reliability of their sources, estimated jointly with the estimates, and discounts
//! sources found to copy one another. The estimate is evidence, not the truth: the reading
//! the corpus supports best under the method's assumptions.

mod accu;
mod copies;
pub mod evaluate;
mod reliability;
mod table;
mod truthfinder;

#[cfg(test)]
mod tests;

pub use copies::Copying;
pub use reliability::{Accuracy, Reliability};

use crate::graph::{ClaimGraph, Group, Origin};
use crate::model::{ClaimRef, Corpus};
use crate::verdict::Normal;
use foldhash::HashSet;
use table::Table;

/// A way of estimating readings and reliabilities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, clap::ValueEnum)]
pub enum Method {
    /// The reading most sources give (one vote per source and group).
    Majority,
    /// TruthFinder (Yin, Han, Yu, KDD 2007).
    Truthfinder,
    /// Accu (Dong, Berti-Equille, Srivastava, VLDB 2009), without copy detection.
    Accu,
    /// Accu with copy detection: sources that share their errors count once.
    Accucopy,
}

impl Method {
    /// Every method, the default last.
    pub const ALL: [Method; 4] = [Method::Majority, Method::Truthfinder, Method::Accu, Method::Accucopy];
    /// The method used unless another is asked for: the best on the benchmarks.
    pub const DEFAULT: Method = Method::Accucopy;

    /// The name used on the command line and in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Majority => "majority",
            Method::Truthfinder => "truthfinder",
            Method::Accu => "accu",
            Method::Accucopy => "accucopy",
        }
    }
}

/// What a method computed, per candidate and per row of the table.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    /// Each candidate's probability (or confidence) of being right.
    pub candidate: Vec<f64>,
    /// Each row's probability of being right: the best of the candidates it supports.
    pub truth: Vec<f64>,
    /// The copying pairs found.
    pub copies: Vec<Copying>,
}

/// The best-supported reading of one group.
#[derive(Debug, Clone, PartialEq)]
pub struct Estimate {
    /// The group's subject.
    pub subject: String,
    /// The group's property.
    pub property: String,
    /// The reading in normal form.
    pub normal: Normal,
    /// The reading as first written by a claim that gives it.
    pub value: String,
    /// How likely the method finds it, from 0 to 1.
    pub confidence: f64,
    /// The claims that support it.
    pub claims: Vec<ClaimRef>,
    /// How many independent origins those claims come through (sources found to copy one
    /// another, and claims through one declared origin, count once).
    pub origins: usize,
    /// How many claims the group has.
    pub group_claims: usize,
}

/// Estimates, reliabilities and copies of a corpus under one method.
#[derive(Debug, Clone)]
pub struct Discovery {
    /// The method used.
    pub method: Method,
    /// One estimate per group, in the groups' order.
    pub estimates: Vec<Estimate>,
    /// One reliability per source, in the corpus's order.
    pub reliability: Vec<Reliability>,
    /// The copying pairs found (AccuCopy only), by source indexes.
    pub copies: Vec<Copying>,
}

/// Estimates every group (single claims included) and every source's reliability.
/// Deterministic: the same corpus gives the same figures.
pub fn discover(corpus: &Corpus, graph: &ClaimGraph, groups: &[Group], method: Method) -> Discovery {
    let table = Table::build(corpus, graph, groups);
    let scores = match method {
        Method::Majority => majority(&table),
        Method::Truthfinder => truthfinder::run(&table),
        Method::Accu => accu::run(&table, false),
        Method::Accucopy => accu::run(&table, true),
    };
    let estimates = estimates(&table, &scores, corpus);
    let reliability = reliability::of_sources(&table, &scores.truth);
    Discovery {
        method,
        estimates,
        reliability,
        copies: scores.copies,
    }
}

/// Majority vote: a candidate's share of the item's sources that support it.
fn majority(table: &Table) -> Scores {
    let mut candidate = vec![0.0; table.candidates.len()];
    let mut seen: HashSet<u32> = HashSet::default();
    for item in 0..table.items() {
        let mut sources: HashSet<u32> = HashSet::default();
        for row in table.rows_of(item) {
            if let Some(row) = table.rows.get(row) {
                sources.insert(row.source);
            }
        }
        let total = sources.len().max(1) as f64;
        for index in table.candidates_of(item) {
            seen.clear();
            for &row in table.supporters(index) {
                if let Some(row) = table.rows.get(row as usize) {
                    seen.insert(row.source);
                }
            }
            if let Some(c) = candidate.get_mut(index) {
                *c = seen.len() as f64 / total;
            }
        }
    }
    let truth = reading_truth(table, &candidate);
    Scores {
        candidate,
        truth,
        copies: Vec::new(),
    }
}

/// Turns summed votes into probabilities within each item (a softmax).
fn softmax_items(table: &Table, votes: &[f64]) -> Vec<f64> {
    let mut probability = vec![0.0; votes.len()];
    for item in 0..table.items() {
        let range = table.candidates_of(item);
        let Some(votes) = votes.get(range.clone()) else {
            continue;
        };
        let top = votes.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let total: f64 = votes.iter().map(|v| (v - top).exp()).sum();
        for (index, vote) in range.zip(votes) {
            if let Some(p) = probability.get_mut(index) {
                *p = (vote - top).exp() / total;
            }
        }
    }
    probability
}

/// Each row's truth: the best score of the candidates it supports.
fn reading_truth(table: &Table, candidate: &[f64]) -> Vec<f64> {
    (0..table.rows.len())
        .map(|row| {
            table
                .supported_by(row)
                .iter()
                .filter_map(|&c| candidate.get(c as usize).copied())
                .fold(0.0, f64::max)
        })
        .collect()
}

/// The winning candidate of each item: the highest score, then the narrowest reading, then
/// the first in the group's order.
fn estimates(table: &Table, scores: &Scores, corpus: &Corpus) -> Vec<Estimate> {
    let copied = copies::partners(&scores.copies, table.sources);
    (0..table.items())
        .filter_map(|item| {
            let best = table.candidates_of(item).reduce(|best, next| {
                let score = |c: usize| scores.candidate.get(c).copied().unwrap_or(0.0);
                let width = |c: usize| table.candidates.get(c).map_or(0.0, |c| c.width);
                if score(next) > score(best) + 1e-12
                    || ((score(next) - score(best)).abs() <= 1e-12 && width(next) < width(best))
                {
                    next
                } else {
                    best
                }
            })?;
            let candidate = table.candidates.get(best)?;
            let first = table.rows.get(candidate.first as usize)?;
            let rows = table.rows_of(item);
            let group = table.rows.get(rows.start)?;
            let claim = corpus.claim(group.at)?;
            let supporters = table.supporters(best);
            Some(Estimate {
                subject: claim.subject.to_string(),
                property: claim.property.to_string(),
                normal: candidate.normal.clone(),
                value: first.written.to_string(),
                confidence: scores.candidate.get(best).copied().unwrap_or(0.0),
                claims: supporters
                    .iter()
                    .filter_map(|&r| table.rows.get(r as usize))
                    .map(|r| r.at)
                    .collect(),
                origins: independent_origins(table, supporters, &copied),
                group_claims: rows.len(),
            })
        })
        .collect()
}

/// How many independent origins a set of rows comes through: rows of one declared origin
/// count once, and so do sources found to copy one another.
fn independent_origins(table: &Table, rows: &[u32], copied: &[Vec<(u32, f64)>]) -> usize {
    let mut origins: Vec<Origin> = Vec::new();
    let mut sources: Vec<u32> = Vec::new();
    for row in rows.iter().filter_map(|&r| table.rows.get(r as usize)) {
        if origins.contains(&row.origin) || sources.contains(&row.source) {
            continue;
        }
        let copies_one = copied
            .get(row.source as usize)
            .is_some_and(|partners| partners.iter().any(|(partner, _)| sources.contains(partner)));
        sources.push(row.source);
        if !copies_one {
            origins.push(row.origin);
        }
    }
    origins.len()
}
