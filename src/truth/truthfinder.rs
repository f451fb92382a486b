//! TruthFinder (Yin, Han and Yu, "Truth Discovery with Multiple Conflicting Information
//! Providers on the Web", KDD 2007): a source's trustworthiness `t` gives each of its claims
//! the score `-ln(1 - t)`; a reading's score sums its supporters' and is lowered by the
//! scores of the item's other readings (their implication, `-0.5` each, times `rho`); its
//! confidence is `1 / (1 + exp(-gamma * score))`; a source's trustworthiness is the mean
//! confidence of its claims. Readings that overlap support each other through the table.

use super::table::Table;
use super::{Scores, reading_truth};

/// Trustworthiness every source starts with.
const INITIAL_TRUST: f64 = 0.9;
/// Weight of the other readings' implication.
const RHO: f64 = 0.5;
/// Implication of a different reading (similarity 0 less the base similarity 0.5).
const DISSIMILAR: f64 = -0.5;
/// Dampening of the confidence.
const GAMMA: f64 = 0.3;
/// At most this many rounds.
const ROUNDS: usize = 20;
/// Stop when no trustworthiness moves by more than this.
const SETTLED: f64 = 1e-6;

/// Runs TruthFinder.
pub fn run(table: &Table) -> Scores {
    let mut trust = vec![INITIAL_TRUST; table.sources];
    let mut scores = Scores::default();
    for _ in 0..ROUNDS {
        let confidence = confidences(table, &trust);
        let truth = reading_truth(table, &confidence);
        let next = super::accu::mean_truth(table, &truth, &trust);
        let moved = next.iter().zip(&trust).map(|(a, b)| (a - b).abs()).fold(0.0, f64::max);
        trust = next;
        scores = Scores {
            candidate: confidence,
            truth,
            copies: Vec::new(),
        };
        if moved < SETTLED {
            break;
        }
    }
    scores
}

fn confidences(table: &Table, trust: &[f64]) -> Vec<f64> {
    let mut sigma = vec![0.0; table.candidates.len()];
    for (candidate, score) in sigma.iter_mut().enumerate() {
        for &row in table.supporters(candidate) {
            if let Some(row) = table.rows.get(row as usize) {
                let t = trust
                    .get(row.source as usize)
                    .copied()
                    .unwrap_or(INITIAL_TRUST)
                    .min(0.999_999);
                *score += -(1.0 - t).ln();
            }
        }
    }
    let mut confidence = vec![0.0; table.candidates.len()];
    for item in 0..table.items() {
        let range = table.candidates_of(item);
        let total: f64 = sigma.get(range.clone()).map_or(0.0, |s| s.iter().sum());
        for candidate in range {
            let own = sigma.get(candidate).copied().unwrap_or(0.0);
            let adjusted = own + RHO * DISSIMILAR * (total - own);
            if let Some(c) = confidence.get_mut(candidate) {
                *c = 1.0 / (1.0 + (-GAMMA * adjusted).exp());
            }
        }
    }
    confidence
}
