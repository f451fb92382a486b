//! Accu and AccuCopy (Dong, Berti-Equille and Srivastava, "Integrating Conflicting Data: The
//! Role of Source Dependence", VLDB 2009): a source's vote for a reading is
//! `ln(n A / (1 - A))` for its accuracy `A` and `n` false readings per item; a reading's
//! probability is the softmax of its votes; a source's accuracy is the mean probability of
//! its readings. With copy detection, the votes of sources found to copy one another for
//! the same reading count once in full and the rest at `1 - c`; claims that come through one
//! declared origin (a wire story) count the same way.

use super::backing;
use super::copies::{self, COPY_RATE, Copying};
use super::marks::Marks;
use super::table::Table;
use super::{Scores, reading_truth, softmax_items};
use crate::graph::Origin;

/// Accuracy a source starts with, and is drawn towards when it has few claims.
const PRIOR_ACCURACY: f64 = 0.8;
/// How many claims' worth the prior counts for.
const PRIOR_WEIGHT: f64 = 2.0;
/// Rounds of estimates and accuracies.
const ROUNDS: usize = 10;

/// Runs Accu, with copy detection when `detect_copies`.
pub fn run(table: &Table, detect_copies: bool) -> Scores {
    let mut accuracy = vec![PRIOR_ACCURACY; table.sources];
    let mut copies: Vec<Copying> = Vec::new();
    let mut scores = Scores::default();
    for _ in 0..ROUNDS {
        let partners = copies::partners(&copies, table.sources);
        let votes = votes(table, &accuracy, &partners);
        let probability = softmax_items(table, &votes);
        let truth = reading_truth(table, &probability);
        accuracy = source_accuracy(table, &truth);
        if detect_copies {
            copies = copies::detect(table, &truth);
        }
        scores = Scores {
            candidate: probability,
            truth,
            copies: copies.clone(),
        };
    }
    scores
}

/// Each candidate's summed vote. The candidate of an item with no rival gets no vote: the
/// softmax gives it 1 whatever its vote.
fn votes(table: &Table, accuracy: &[f64], partners: &[Vec<(u32, f64)>]) -> Vec<f64> {
    let mut votes = vec![0.0; table.candidates.len()];
    // A backer's full vote depends on its source's accuracy only: one logarithm a source.
    let full_vote: Vec<f64> = accuracy.iter().map(|&a| backing::vote(a)).collect();
    let mut sources = Marks::new(table.sources);
    let mut upstream = Marks::new(0);
    // The candidate's backers, one row a source (its first: a source's other rows add
    // nothing), as (accuracy, source, row), most accurate first, then by source.
    let mut backers: Vec<(f64, u32, u32)> = Vec::new();
    for item in 0..table.items() {
        let candidates = table.candidates_of(item);
        if candidates.len() < 2 {
            continue;
        }
        for candidate in candidates {
            let Some(vote) = votes.get_mut(candidate) else {
                continue;
            };
            backers.clear();
            sources.clear();
            for &row in table.supporters(candidate) {
                let Some(source) = table.rows.get(row as usize).map(|r| r.source) else {
                    continue;
                };
                if sources.insert(source as usize) {
                    let a = accuracy.get(source as usize).copied().unwrap_or(0.0);
                    backers.push((a, source, row));
                }
            }
            backers.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
            sources.clear();
            upstream.clear();
            for &(_, source, row) in &backers {
                let Some(row) = table.rows.get(row as usize) else {
                    continue;
                };
                sources.insert(source as usize);
                let full = full_vote
                    .get(row.source as usize)
                    .copied()
                    .unwrap_or_else(|| backing::vote(PRIOR_ACCURACY));
                let mut weight = 1.0;
                if let Origin::Upstream(node) = row.origin
                    && !upstream.insert(node.index())
                {
                    weight *= 1.0 - COPY_RATE;
                }
                if let Some(list) = partners.get(row.source as usize) {
                    for &(partner, probability) in list {
                        if partner != row.source && sources.contains(partner as usize) {
                            weight *= 1.0 - COPY_RATE * probability;
                        }
                    }
                }
                *vote += weight * full;
            }
        }
    }
    votes
}

/// Each source's accuracy: the mean truth of its claims, drawn towards the prior when it has
/// few.
pub fn source_accuracy(table: &Table, truth: &[f64]) -> Vec<f64> {
    sums(table, truth)
        .into_iter()
        .zip(counts(table))
        .map(|(s, c)| (s + PRIOR_ACCURACY * PRIOR_WEIGHT) / (c + PRIOR_WEIGHT))
        .collect()
}

/// Each source's mean truth of its claims (`fallback` for a source without claims).
pub fn mean_truth(table: &Table, truth: &[f64], fallback: &[f64]) -> Vec<f64> {
    sums(table, truth)
        .into_iter()
        .zip(counts(table))
        .zip(fallback)
        .map(|((s, c), &f)| if c > 0.0 { s / c } else { f })
        .collect()
}

fn counts(table: &Table) -> Vec<f64> {
    let mut count = vec![0.0; table.sources];
    for row in &table.rows {
        if let Some(c) = count.get_mut(row.source as usize) {
            *c += 1.0;
        }
    }
    count
}

fn sums(table: &Table, truth: &[f64]) -> Vec<f64> {
    let mut sum = vec![0.0; table.sources];
    for (row, &t) in table.rows.iter().zip(truth) {
        if let Some(s) = sum.get_mut(row.source as usize) {
            *s += t;
        }
    }
    sum
}
