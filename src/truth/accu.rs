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
use super::table::{Table, running_sum};
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
    let backers = Backers::of(table);
    for _ in 0..ROUNDS {
        let partners = copies::partners(&copies, table.sources);
        let votes = votes(table, &backers, &accuracy, &partners);
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

/// The backers of every candidate that has a rival: one row a source (its first: a source's
/// other rows add nothing). They are the same in every round; only their order (by their
/// sources' accuracies) changes, so they are kept by source, and a round lists each
/// candidate's backers by walking the sources in that order, without sorting per candidate.
pub(super) struct Backers {
    /// Per source: the (candidate, row) pairs it backs (`pairs[by_source[s]..by_source[s + 1]]`).
    by_source: Vec<u32>,
    /// The pairs, source by source.
    pairs: Vec<(u32, u32)>,
    /// Per candidate: where its backers start in a round's list (`starts[c]..starts[c + 1]`).
    starts: Vec<u32>,
}

impl Backers {
    /// The backers of the candidates of every item with more than one candidate.
    pub(super) fn of(table: &Table) -> Backers {
        let mut seen = Marks::new(table.sources);
        let mut found: Vec<(u32, u32, u32)> = Vec::new();
        let mut per_candidate = vec![0u32; table.candidates.len()];
        for item in 0..table.items() {
            let candidates = table.candidates_of(item);
            if candidates.len() < 2 {
                continue;
            }
            for candidate in candidates {
                seen.clear();
                for &row in table.supporters(candidate) {
                    let Some(source) = table.rows.get(row as usize).map(|r| r.source) else {
                        continue;
                    };
                    if (source as usize) < table.sources && seen.insert(source as usize) {
                        found.push((source, candidate as u32, row));
                        if let Some(count) = per_candidate.get_mut(candidate) {
                            *count += 1;
                        }
                    }
                }
            }
        }
        found.sort_unstable_by_key(|&(source, _, _)| source);
        let mut by_source = vec![0u32; table.sources + 1];
        for &(source, _, _) in &found {
            if let Some(next) = by_source.get_mut(source as usize + 1) {
                *next += 1;
            }
        }
        running_sum(&mut by_source);
        let mut starts = Vec::with_capacity(per_candidate.len() + 1);
        starts.push(0);
        starts.extend(per_candidate);
        running_sum(&mut starts);
        Backers {
            by_source,
            pairs: found.into_iter().map(|(_, candidate, row)| (candidate, row)).collect(),
            starts,
        }
    }

    /// Every candidate's backers as (source, row), each candidate's most accurate first, then
    /// by source: the sources are walked once in that order.
    fn ordered(&self, accuracy: &[f64], sources: usize) -> Vec<(u32, u32)> {
        let accuracy_of = |source: u32| accuracy.get(source as usize).copied().unwrap_or(0.0);
        let mut order: Vec<u32> = (0..sources as u32).collect();
        order.sort_unstable_by(|&a, &b| accuracy_of(b).total_cmp(&accuracy_of(a)).then(a.cmp(&b)));
        let mut next = self.starts.clone();
        let mut listed = vec![(0u32, 0u32); self.pairs.len()];
        for source in order {
            let start = self.by_source.get(source as usize).copied().unwrap_or(0) as usize;
            let end = self.by_source.get(source as usize + 1).copied().unwrap_or(0) as usize;
            for &(candidate, row) in self.pairs.get(start..end).unwrap_or_default() {
                let Some(at) = next.get_mut(candidate as usize) else {
                    continue;
                };
                if let Some(slot) = listed.get_mut(*at as usize) {
                    *slot = (source, row);
                }
                *at += 1;
            }
        }
        listed
    }

    /// A candidate's place in a round's list.
    fn of_candidate(&self, candidate: usize) -> std::ops::Range<usize> {
        let start = self.starts.get(candidate).copied().unwrap_or(0) as usize;
        let end = self.starts.get(candidate + 1).copied().unwrap_or(0) as usize;
        start..end.max(start)
    }
}

/// Each candidate's summed vote. The candidate of an item with no rival gets no vote: the
/// softmax gives it 1 whatever its vote.
fn votes(table: &Table, backers: &Backers, accuracy: &[f64], partners: &[Vec<(u32, f64)>]) -> Vec<f64> {
    let mut votes = vec![0.0; table.candidates.len()];
    // A backer's full vote depends on its source's accuracy only: one logarithm a source.
    let full_vote: Vec<f64> = accuracy.iter().map(|&a| backing::vote(a)).collect();
    let listed = backers.ordered(accuracy, table.sources);
    let mut sources = Marks::new(table.sources);
    let mut upstream = Marks::new(0);
    for (candidate, vote) in votes.iter_mut().enumerate() {
        let range = backers.of_candidate(candidate);
        if range.is_empty() {
            continue;
        }
        sources.clear();
        upstream.clear();
        for &(source, row) in listed.get(range).unwrap_or_default() {
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

#[cfg(test)]
mod tests {
    use super::{Backers, PRIOR_ACCURACY, votes};
    use crate::graph::Origin;
    use crate::model::ClaimRef;
    use crate::truth::backing;
    use crate::truth::copies::COPY_RATE;
    use crate::truth::marks::Marks;
    use crate::truth::table::{Candidate, Row, Table};
    use crate::verdict::Normal;
    use petgraph::graph::NodeIndex;
    use proptest::prelude::{Strategy, proptest};

    const SOURCES: usize = 6;

    /// A row of a test table: its source, its own candidate, its origin (0 and 1 upstream,
    /// else its source's own) and the other candidates it supports.
    type TestRow = (u32, usize, u8, Vec<usize>);

    /// `votes` as first written: each candidate's backers found and sorted by accuracy anew.
    fn votes_by_sorting(table: &Table, accuracy: &[f64], partners: &[Vec<(u32, f64)>]) -> Vec<f64> {
        let mut votes = vec![0.0; table.candidates.len()];
        let full_vote: Vec<f64> = accuracy.iter().map(|&a| backing::vote(a)).collect();
        let mut sources = Marks::new(table.sources);
        let mut upstream = Marks::new(0);
        let mut backers: Vec<(f64, u32, u32)> = Vec::new();
        for item in 0..table.items() {
            let candidates = table.candidates_of(item);
            if candidates.len() < 2 {
                continue;
            }
            for candidate in candidates {
                backers.clear();
                sources.clear();
                for &row in table.supporters(candidate) {
                    let source = table.rows[row as usize].source;
                    if sources.insert(source as usize) {
                        backers.push((accuracy[source as usize], source, row));
                    }
                }
                backers.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
                sources.clear();
                upstream.clear();
                for &(_, source, row) in &backers {
                    let row = &table.rows[row as usize];
                    sources.insert(source as usize);
                    let full = full_vote
                        .get(row.source as usize)
                        .copied()
                        .unwrap_or(backing::vote(PRIOR_ACCURACY));
                    let mut weight = 1.0;
                    if let Origin::Upstream(node) = row.origin
                        && !upstream.insert(node.index())
                    {
                        weight *= 1.0 - COPY_RATE;
                    }
                    for &(partner, probability) in &partners[row.source as usize] {
                        if partner != row.source && sources.contains(partner as usize) {
                            weight *= 1.0 - COPY_RATE * probability;
                        }
                    }
                    votes[candidate] += weight * full;
                }
            }
        }
        votes
    }

    /// A table of items, each given as its number of candidates and its rows.
    fn table(items: &[(usize, Vec<TestRow>)]) -> Table {
        let mut table = Table {
            sources: SOURCES,
            ..Table::default()
        };
        table.support_offsets.push(0);
        for (candidates, rows) in items {
            let (row_start, candidate_start) = (table.rows.len(), table.candidates.len());
            let mut supporters: Vec<Vec<u32>> = vec![Vec::new(); *candidates];
            for (source, own, origin, extra) in rows {
                let row = table.rows.len() as u32;
                let own = own % candidates;
                let mut supported: Vec<usize> = extra.iter().map(|c| c % candidates).chain([own]).collect();
                supported.sort_unstable();
                supported.dedup();
                for &c in &supported {
                    supporters[c].push(row);
                }
                table.rows.push(Row {
                    at: ClaimRef {
                        source: *source as usize,
                        claim: row as usize,
                    },
                    source: *source,
                    item: table.item_rows.len() as u32,
                    candidate: (candidate_start + own) as u32,
                    origin: match origin {
                        0 | 1 => Origin::Upstream(NodeIndex::new(usize::from(*origin))),
                        _ => Origin::Source(*source as usize),
                    },
                    written: arcstr::ArcStr::from("x"),
                });
            }
            for (c, list) in supporters.into_iter().enumerate() {
                table.candidates.push(Candidate {
                    normal: Normal::Boolean(c % 2 == 0),
                    width: 0.0,
                    first: row_start as u32,
                });
                table.support.extend(list);
                table.support_offsets.push(table.support.len() as u32);
            }
            table.item_rows.push((row_start as u32, table.rows.len() as u32));
            table
                .item_candidates
                .push((candidate_start as u32, table.candidates.len() as u32));
            table.item_property.push(0);
        }
        table
    }

    fn rows() -> impl Strategy<Value = Vec<TestRow>> {
        let row = (
            0u32..SOURCES as u32,
            0usize..4,
            0u8..4,
            proptest::collection::vec(0usize..4, 0..3),
        );
        proptest::collection::vec(row, 0..12)
    }

    proptest! {
        #[test]
        fn votes_are_those_of_backers_sorted_per_candidate(
            items in proptest::collection::vec((1usize..5, rows()), 0..6),
            accuracy in proptest::collection::vec((0u8..5).prop_map(|a| 0.5 + f64::from(a) / 10.0), SOURCES),
            pairs in proptest::collection::vec((0u32..SOURCES as u32, 0u32..SOURCES as u32, 1u8..10), 0..4),
        ) {
            let table = table(&items);
            let mut partners: Vec<Vec<(u32, f64)>> = vec![Vec::new(); SOURCES];
            for (a, b, p) in pairs.into_iter().filter(|(a, b, _)| a != b) {
                partners[a as usize].push((b, f64::from(p) / 10.0));
                partners[b as usize].push((a, f64::from(p) / 10.0));
            }
            let fast = votes(&table, &Backers::of(&table), &accuracy, &partners);
            let slow = votes_by_sorting(&table, &accuracy, &partners);
            let bits = |votes: &[f64]| votes.iter().map(|v| v.to_bits()).collect::<Vec<_>>();
            proptest::prop_assert_eq!(bits(&fast), bits(&slow));
        }
    }
}
