//! Copy detection: sources that share their errors, word for word. Two independent sources
//! are wrong on the same item in the same way rarely; a source that copies another repeats
//! its mistakes, written as the other wrote them. The evidence for a pair is the items where
//! both give the same reading that the current estimates judge false, written identically
//! (shared errors), against the items both cover where at least one of them is wrong and they
//! differ (independent errors). Agreement on a value judged true is no evidence either way,
//! and neither is agreement in substance written in each source's own words: accurate
//! sources that agree where the majority is wrong are not copies.
//!
//! The probability follows the Bayesian comparison of Dong, Berti-Equille and Srivastava
//! (VLDB 2009), simplified: under copying a shared error happens with probability `c` per
//! error event, under independence with probability `q`.

use super::table::Table;
use foldhash::HashMap;

/// The prior probability that two sources are dependent.
const PRIOR: f64 = 0.1;
/// The probability that a copier copies a given value (the literature's `c`).
pub const COPY_RATE: f64 = 0.8;
/// The probability that two independent sources' errors coincide, word for word.
const COINCIDENCE: f64 = 0.1;
/// A row whose reading has a probability below this is judged false.
const FALSE_BELOW: f64 = 0.5;

/// Two sources found to share their errors.
#[derive(Debug, Clone, PartialEq)]
pub struct Copying {
    /// The two sources, by index in the corpus, the smaller first.
    pub sources: (usize, usize),
    /// The probability that one copies the other.
    pub probability: f64,
    /// Items where both give the same false reading, written alike.
    pub shared_errors: usize,
    /// Items both cover where at least one is wrong and they do not share the error.
    pub independent_errors: usize,
}

/// Detects copying pairs from the current truth of each row (the probability that its
/// reading is right): returns every pair whose probability of dependence is at least 0.5.
/// Costs one pass over the rows, plus the pairs within each group of identical false
/// readings and a bitset intersection per pair with a shared error.
pub fn detect(table: &Table, truth: &[f64]) -> Vec<Copying> {
    let shared = shared_errors(table, truth);
    if shared.is_empty() {
        return Vec::new();
    }
    let words = table.items().div_ceil(64);
    let mut covered = vec![0u64; table.sources * words];
    let mut right = vec![0u64; table.sources * words];
    for (index, row) in table.rows.iter().enumerate() {
        let at = row.source as usize * words + row.item as usize / 64;
        let bit = 1u64 << (row.item % 64);
        if let Some(word) = covered.get_mut(at) {
            *word |= bit;
        }
        if truth.get(index).is_some_and(|&t| t >= FALSE_BELOW)
            && let Some(word) = right.get_mut(at)
        {
            *word |= bit;
        }
    }
    let mut found: Vec<Copying> = shared
        .into_iter()
        .filter_map(|((a, b), errors)| {
            let both = common(&covered, a as usize, b as usize, words);
            let both_right = common(&right, a as usize, b as usize, words);
            let events = both.saturating_sub(both_right).max(errors);
            let independent = events - errors;
            let probability = dependence(errors, independent);
            (probability >= 0.5).then_some(Copying {
                sources: (a as usize, b as usize),
                probability,
                shared_errors: errors,
                independent_errors: independent,
            })
        })
        .collect();
    found.sort_by_key(|copy| copy.sources);
    found
}

/// For every pair of sources, how many items they share an error on, word for word.
fn shared_errors(table: &Table, truth: &[f64]) -> HashMap<(u32, u32), usize> {
    let mut shared: HashMap<(u32, u32), usize> = HashMap::default();
    // The item's false rows as (candidate, written, source), sorted so that rows alike are
    // together: reused from item to item.
    let mut alike: Vec<(u32, &str, u32)> = Vec::new();
    for item in 0..table.items() {
        alike.clear();
        for index in table.rows_of(item) {
            let (Some(row), Some(&t)) = (table.rows.get(index), truth.get(index)) else {
                continue;
            };
            if t < FALSE_BELOW {
                alike.push((row.candidate, row.written.as_str(), row.source));
            }
        }
        if alike.len() < 2 {
            continue;
        }
        alike.sort_unstable();
        alike.dedup();
        for (i, &(candidate, written, a)) in alike.iter().enumerate() {
            let same = alike.iter().skip(i + 1);
            for &(_, _, b) in same.take_while(|&&(c, w, _)| c == candidate && w == written) {
                *shared.entry((a, b)).or_default() += 1;
            }
        }
    }
    shared
}

/// How many items two sources both have a bit for.
fn common(bits: &[u64], a: usize, b: usize, words: usize) -> usize {
    let (Some(x), Some(y)) = (
        bits.get(a * words..(a + 1) * words),
        bits.get(b * words..(b + 1) * words),
    ) else {
        return 0;
    };
    x.iter().zip(y).map(|(x, y)| (x & y).count_ones() as usize).sum()
}

/// The posterior probability of dependence given shared and independent errors.
pub fn dependence(shared: usize, independent: usize) -> f64 {
    let (shared, independent) = (shared as f64, independent as f64);
    let copying = PRIOR.ln() + shared * COPY_RATE.ln() + independent * (1.0 - COPY_RATE).ln();
    let separate = (1.0 - PRIOR).ln() + shared * COINCIDENCE.ln() + independent * (1.0 - COINCIDENCE).ln();
    1.0 / (1.0 + (separate - copying).exp())
}

/// Copying pairs as a lookup: for each source, its partners and their probabilities.
pub fn partners(copies: &[Copying], sources: usize) -> Vec<Vec<(u32, f64)>> {
    let mut partners = vec![Vec::new(); sources];
    for copy in copies {
        let (a, b) = copy.sources;
        if let Some(list) = partners.get_mut(a) {
            list.push((b as u32, copy.probability));
        }
        if let Some(list) = partners.get_mut(b) {
            list.push((a as u32, copy.probability));
        }
    }
    partners
}

#[cfg(test)]
mod tests {
    use super::dependence;

    #[test]
    fn shared_errors_make_copies_and_independent_errors_undo_them() {
        assert!(dependence(0, 0) < 0.5);
        assert!(dependence(1, 0) < 0.5, "one coincidence is not copying");
        assert!(dependence(10, 0) > 0.99);
        assert!(dependence(2, 30) < 0.01);
        assert!(dependence(20, 2) > 0.9);
    }
}
