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
/// readings and a merge of two sorted item lists per pair with a shared error.
pub fn detect(table: &Table, truth: &[f64]) -> Vec<Copying> {
    let shared = shared_errors(table, truth);
    if shared.is_empty() {
        return Vec::new();
    }
    let coverage = Coverage::of(table, truth, &shared);
    let mut found: Vec<Copying> = shared
        .into_iter()
        .filter_map(|((a, b), errors)| {
            let (both, both_right) = coverage.common(a, b);
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

/// The items each source of a pair with a shared error covers, in ascending order, each once
/// with whether any of its claims there is judged right.
struct Coverage {
    /// Per source: its items (`items[offsets[s]..offsets[s + 1]]`), empty for sources in no
    /// pair.
    offsets: Vec<usize>,
    /// The items, source by source, with whether the source is right on each.
    items: Vec<(u32, bool)>,
}

impl Coverage {
    /// The coverage of the sources that appear in `shared`.
    fn of(table: &Table, truth: &[f64], shared: &HashMap<(u32, u32), usize>) -> Coverage {
        let mut wanted = vec![false; table.sources];
        for &(a, b) in shared.keys() {
            for source in [a, b] {
                if let Some(flag) = wanted.get_mut(source as usize) {
                    *flag = true;
                }
            }
        }
        let mut per_source: Vec<Vec<(u32, bool)>> = vec![Vec::new(); table.sources];
        for (index, row) in table.rows.iter().enumerate() {
            if !wanted.get(row.source as usize).copied().unwrap_or(false) {
                continue;
            }
            let right = truth.get(index).is_some_and(|&t| t >= FALSE_BELOW);
            let Some(list) = per_source.get_mut(row.source as usize) else {
                continue;
            };
            // Rows come item by item, so a source's items arrive in ascending order.
            match list.last_mut() {
                Some((item, any_right)) if *item == row.item => *any_right |= right,
                _ => list.push((row.item, right)),
            }
        }
        let mut offsets = Vec::with_capacity(table.sources + 1);
        let mut items = Vec::new();
        offsets.push(0);
        for list in per_source {
            items.extend(list);
            offsets.push(items.len());
        }
        Coverage { offsets, items }
    }

    fn of_source(&self, source: u32) -> &[(u32, bool)] {
        let at = source as usize;
        match (self.offsets.get(at), self.offsets.get(at + 1)) {
            (Some(&start), Some(&end)) => self.items.get(start..end).unwrap_or_default(),
            _ => &[],
        }
    }

    /// How many items both sources cover, and on how many both are right.
    fn common(&self, a: u32, b: u32) -> (usize, usize) {
        let (x, y) = (self.of_source(a), self.of_source(b));
        let (mut i, mut j) = (0, 0);
        let (mut both, mut both_right) = (0, 0);
        while let (Some(&(item_x, right_x)), Some(&(item_y, right_y))) = (x.get(i), y.get(j)) {
            match item_x.cmp(&item_y) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    both += 1;
                    both_right += usize::from(right_x && right_y);
                    i += 1;
                    j += 1;
                }
            }
        }
        (both, both_right)
    }
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
