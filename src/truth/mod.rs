//! Truth discovery: of the readings in a group, which is best supported, and how far each
//! source can be relied on. Every group of claims (subject and property) is an item; its
//! distinct readings are candidates; a method weighs the claims behind each candidate by
//! the reliability of their sources, estimated jointly with the estimates, and discounts
//! sources found to copy one another. The estimate is evidence, not the truth: the reading
//! the corpus supports best under the method's assumptions.

mod accu;
mod backing;
mod copies;
pub mod evaluate;
mod lists;
mod marks;
mod reliability;
mod table;
mod truthfinder;

#[cfg(test)]
mod tests;

pub use backing::Backing;
pub use copies::Copying;
pub use reliability::{Accuracy, Reliability};

use crate::graph::{ClaimGraph, Group, Origin};
use crate::model::{ClaimRef, Corpus};
use crate::verdict::Normal;
use foldhash::HashSet;
pub use lists::joined_lists;
use marks::Marks;
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
    /// How likely it is given the sources' accuracies, with its range (see [`Backing`]).
    pub backing: Backing,
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

impl Discovery {
    /// The estimate of the group about `subject` and `property`, if there is one.
    pub fn estimate(&self, subject: &str, property: &str) -> Option<&Estimate> {
        self.estimates.get(self.position(subject, property)?)
    }

    /// The estimate of the group about `subject` and `property`, to amend.
    pub fn estimate_mut(&mut self, subject: &str, property: &str) -> Option<&mut Estimate> {
        let at = self.position(subject, property)?;
        self.estimates.get_mut(at)
    }

    fn position(&self, subject: &str, property: &str) -> Option<usize> {
        self.estimates
            .binary_search_by(|e| (e.subject.as_str(), e.property.as_str()).cmp(&(subject, property)))
            .ok()
    }
}

/// Estimates every group (single claims included) and every source's reliability.
/// Deterministic: the same corpus gives the same figures. The estimates are sorted by subject
/// and property (as [`Discovery::estimate`] looks them up).
pub fn discover(corpus: &Corpus, graph: &ClaimGraph, groups: &[Group], method: Method) -> Discovery {
    Estimation::run(corpus, graph, groups, method).finish(corpus, |_, _| true, |_, _| false)
}

/// The readings and reliabilities of a corpus under one method, before each group's
/// best-supported reading is picked (see [`Estimation::finish`]).
pub struct Estimation {
    method: Method,
    table: Table,
    scores: Scores,
    reliability: Vec<Reliability>,
    partners: Vec<Vec<(u32, f64)>>,
}

impl Estimation {
    /// Lays out every group (single claims included) and runs the method.
    pub fn run(corpus: &Corpus, graph: &ClaimGraph, groups: &[Group], method: Method) -> Estimation {
        let table = Table::build(corpus, graph, groups);
        let scores = match method {
            Method::Majority => majority(&table),
            Method::Truthfinder => truthfinder::run(&table),
            Method::Accu => accu::run(&table, false),
            Method::Accucopy => accu::run(&table, true),
        };
        let reliability = reliability::of_sources(&table, &scores.truth);
        let partners = copies::partners(&scores.copies, table.sources);
        Estimation {
            method,
            table,
            scores,
            reliability,
            partners,
        }
    }

    /// Picks the best-supported reading of each group that `wanted(subject, property)`
    /// selects (the others have no estimate; the reliabilities are of the whole corpus all the
    /// same). The estimate of a group whose claims all agree (`agrees(subject, property)`, as
    /// the verdict rules judge them) is backed by every claim of the group, each independent
    /// origin once: no reading of it is a rival.
    pub fn finish(
        self,
        corpus: &Corpus,
        wanted: impl Fn(&str, &str) -> bool,
        agrees: impl Fn(&str, &str) -> bool,
    ) -> Discovery {
        let mut estimates = estimates(&self, corpus, wanted, agrees);
        estimates.sort_by(|a, b| (&a.subject, &a.property).cmp(&(&b.subject, &b.property)));
        without_mixed_scopes(&mut estimates);
        Discovery {
            method: self.method,
            estimates,
            reliability: self.reliability,
            copies: self.scores.copies,
        }
    }
}

/// Leaves out the estimates of a group whose claims have several scopes (one per scope, see
/// `table`): its claims count different things, so no one reading of the group is best
/// supported. `estimates` is sorted by subject and property.
fn without_mixed_scopes(estimates: &mut Vec<Estimate>) {
    let same = |a: &Estimate, b: &Estimate| a.subject == b.subject && a.property == b.property;
    let mixed: Vec<bool> = (0..estimates.len())
        .map(|at| {
            let this = estimates.get(at);
            let before = at.checked_sub(1).and_then(|before| estimates.get(before));
            let after = estimates.get(at + 1);
            this.is_some_and(|this| before.is_some_and(|b| same(b, this)) || after.is_some_and(|a| same(a, this)))
        })
        .collect();
    let mut flags = mixed.into_iter();
    estimates.retain(|_| !flags.next().unwrap_or(false));
}

/// Majority vote: a candidate's share of the item's sources that support it.
fn majority(table: &Table) -> Scores {
    let mut candidate = vec![0.0; table.candidates.len()];
    let mut seen = Marks::new(table.sources);
    let source_of = |row: usize| table.rows.get(row).map(|row| row.source as usize);
    for item in 0..table.items() {
        seen.clear();
        let sources = table
            .rows_of(item)
            .filter_map(source_of)
            .filter(|&s| seen.insert(s))
            .count();
        let total = sources.max(1) as f64;
        for index in table.candidates_of(item) {
            seen.clear();
            let supporting = table
                .supporters(index)
                .iter()
                .filter_map(|&row| source_of(row as usize))
                .filter(|&s| seen.insert(s))
                .count();
            if let Some(c) = candidate.get_mut(index) {
                *c = supporting as f64 / total;
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
        // A lone finite vote is its own top: exp(0) / exp(0), exactly 1.
        if let ([vote], Some(p)) = (votes, probability.get_mut(range.start))
            && vote.is_finite()
        {
            *p = 1.0;
            continue;
        }
        let top = votes.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        // Each exponential is worked out once: first written in place, then divided by the sum.
        let Some(shares) = probability.get_mut(range) else {
            continue;
        };
        for (share, vote) in shares.iter_mut().zip(votes) {
            *share = (vote - top).exp();
        }
        let total: f64 = shares.iter().sum();
        for share in shares.iter_mut() {
            *share /= total;
        }
    }
    probability
}

/// Each row's truth: the best score of the candidates it supports, which are those its
/// candidate takes in, so the best is found once a candidate.
fn reading_truth(table: &Table, candidate: &[f64]) -> Vec<f64> {
    let best: Vec<f64> = (0..table.candidates.len())
        .map(|own| {
            table
                .taken_in(own)
                .iter()
                .filter_map(|&c| candidate.get(c as usize).copied())
                .fold(0.0, f64::max)
        })
        .collect();
    table
        .rows
        .iter()
        .map(|row| best.get(row.candidate as usize).copied().unwrap_or(0.0))
        .collect()
}

/// The winning candidate of each wanted item: the highest score, then the narrowest reading,
/// then the first in the group's order. An item of a group whose claims agree is backed by
/// all its claims.
fn estimates(
    estimation: &Estimation,
    corpus: &Corpus,
    wanted: impl Fn(&str, &str) -> bool,
    agrees: impl Fn(&str, &str) -> bool,
) -> Vec<Estimate> {
    let Estimation {
        table,
        scores,
        reliability,
        partners: copied,
        ..
    } = estimation;
    let accuracies = |backers: Independent| -> Vec<&Accuracy> {
        backers
            .sources
            .iter()
            .filter_map(|&source| reliability.get(source as usize))
            .map(|reliability| &reliability.overall)
            .collect()
    };
    (0..table.items())
        .filter_map(|item| {
            let rows = table.rows_of(item);
            let group = table.rows.get(rows.start)?;
            let claim = corpus.claim(group.at)?;
            if !wanted(&claim.subject, &claim.property) {
                return None;
            }
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
            let agreed = agrees(&claim.subject, &claim.property);
            let every_row: Vec<u32>;
            let supporters = if agreed {
                every_row = (rows.start as u32..rows.end as u32).collect();
                &every_row
            } else {
                table.supporters(best)
            };
            let backers = independent_rows(table, supporters, copied);
            let origins = backers.origins;
            let readings: Vec<Vec<&Accuracy>> = if agreed {
                vec![accuracies(backers)]
            } else {
                // A reading whose every backer also backs the estimate (a wider one around it)
                // is no rival: whatever backs it backs the estimate too.
                let rivals = table.candidates_of(item).filter(|&c| {
                    c != best
                        && !table
                            .supporters(c)
                            .iter()
                            .all(|row| supporters.binary_search(row).is_ok())
                });
                let rivals = rivals.map(|c| accuracies(independent_rows(table, table.supporters(c), copied)));
                std::iter::once(accuracies(backers)).chain(rivals).collect()
            };
            Some(Estimate {
                subject: claim.subject.to_string(),
                property: claim.property.to_string(),
                normal: candidate.normal.clone(),
                value: first.written.to_string(),
                backing: backing::backing(&readings, 0),
                claims: supporters
                    .iter()
                    .filter_map(|&r| table.rows.get(r as usize))
                    .map(|r| r.at)
                    .collect(),
                origins,
                group_claims: rows.len(),
            })
        })
        .collect()
}

/// The independent backers of a set of claims: one source per independent origin and how
/// many origins there are.
struct Independent {
    /// The sources that bring a new origin, each once (not those found to copy another).
    sources: Vec<u32>,
    /// The origins, each once, leaving out claims of sources found to copy one counted.
    origins: usize,
}

/// The independent backers of a set of rows (see [`independent`]).
fn independent_rows(table: &Table, rows: &[u32], copied: &[Vec<(u32, f64)>]) -> Independent {
    let rows = rows.iter().filter_map(|&r| table.rows.get(r as usize));
    independent(rows.map(|row| (row.source, row.origin)), copied)
}

/// The independent backers of claims given by source and origin: claims of one declared
/// origin count once, and so do sources found to copy one another.
fn independent(claims: impl Iterator<Item = (u32, Origin)>, copied: &[Vec<(u32, f64)>]) -> Independent {
    let mut origins: HashSet<Origin> = HashSet::default();
    let mut seen: HashSet<u32> = HashSet::default();
    let mut counted: HashSet<u32> = HashSet::default();
    let mut sources: Vec<u32> = Vec::new();
    for (source, origin) in claims {
        let copies_one = copied
            .get(source as usize)
            .is_some_and(|partners| partners.iter().any(|(partner, _)| seen.contains(partner)));
        seen.insert(source);
        if copies_one || !origins.insert(origin) {
            continue;
        }
        if counted.insert(source) {
            sources.push(source);
        }
    }
    Independent {
        sources,
        origins: origins.len(),
    }
}
