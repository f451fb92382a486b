//! Which pairs of a large group are worth judging. Instead of every pair (quadratic), the
//! sweep sorts the group's claims and keeps, for every claim, the partners that can make its
//! worst verdict: the claims holding the extreme ends of the group's intervals, the closest
//! extreme in time when the property changes over time, one claim of another kind or
//! scope, the claims naming what another excludes, for every claim the partner most likely
//! to overlap it only at an edge, one claim of each distinct set against each other set
//! (from another source), and a date read two ways against every claim. The rule for a pair stays in
//! `rules.rs`; this file only chooses the pairs, in O(n log n) and O(n) of them.

// Indexing cannot fail here: every index is a position in the group, drawn from
// `0..claims.len()`; `normals` has the same length (checked on entry); and every list of
// positions indexed by `[0]` (a scope's or a kind's members) is made with its first member.
#![allow(clippy::indexing_slicing)]

use super::edge::Stretch;
use super::normal::Normal;
use crate::model::{Claim, Corpus, Property};
use crate::value::{Bound, DateValue, Interval, Precision, ValueType};
use std::cmp::{Ordering, Reverse};
use std::collections::{BTreeMap, BinaryHeap, HashMap};

/// The pairs `(i, j)`, `i < j`, of indices into `claims` to judge, sorted and without repeats.
pub fn candidate_pairs(
    claims: &[&Claim],
    normals: &[Normal],
    property: &Property,
    corpus: &Corpus,
) -> Vec<(usize, usize)> {
    if claims.len() != normals.len() {
        return Vec::new();
    }
    let sweep = Sweep {
        claims,
        normals,
        drift_after: drift_threshold(property),
        edge_fit: property.edge_fit,
        counts: property.value_type == ValueType::Count,
        corpus,
        pairs: Vec::with_capacity(claims.len() * 4),
    };
    sweep.run()
}

/// Days apart beyond which a difference can be drift; `None` when it never can.
fn drift_threshold(property: &Property) -> Option<f64> {
    property.drift_after_days.filter(|_| property.changes_over_time)
}

struct Sweep<'a> {
    claims: &'a [&'a Claim],
    normals: &'a [Normal],
    drift_after: Option<f64>,
    edge_fit: f64,
    counts: bool,
    corpus: &'a Corpus,
    pairs: Vec<(usize, usize)>,
}

impl<'a> Sweep<'a> {
    fn run(mut self) -> Vec<(usize, usize)> {
        let scopes = self.scope_partitions();
        for members in scopes.values() {
            self.within_scope(members);
        }
        let scopes: Vec<&Vec<usize>> = scopes.values().collect();
        for (n, part) in scopes.iter().enumerate() {
            for whole in &scopes[n + 1..] {
                self.across_scopes(part, whole);
            }
        }
        let mut pairs = self.pairs;
        pairs.sort_unstable();
        pairs.dedup();
        pairs
    }

    fn pair(&mut self, a: usize, b: usize) {
        match a.cmp(&b) {
            Ordering::Less => self.pairs.push((a, b)),
            Ordering::Greater => self.pairs.push((b, a)),
            Ordering::Equal => {}
        }
    }

    fn pair_all_with(&mut self, members: &[usize], partner: Option<usize>) {
        if let Some(partner) = partner {
            for &member in members {
                self.pair(member, partner);
            }
        }
    }

    /// Claims by scope (the whole first), in group order within each.
    fn scope_partitions(&self) -> BTreeMap<Option<&'a str>, Vec<usize>> {
        let mut scopes: BTreeMap<Option<&'a str>, Vec<usize>> = BTreeMap::new();
        let claims = self.claims;
        for (index, claim) in claims.iter().enumerate() {
            scopes.entry(claim.scope.as_deref()).or_default().push(index);
        }
        scopes
    }

    /// Pairs within one scope: by kind of normal form, each claim against the claims that
    /// can be worst for it, plus one pair across kinds. A hedge on one side only needs no
    /// pairs of its own: every claim is paired with the same extremes, so a hedged and a
    /// plain claim always meet.
    fn within_scope(&mut self, members: &[usize]) {
        let mut kinds: BTreeMap<u8, Vec<usize>> = BTreeMap::new();
        for &index in members {
            kinds.entry(kind_of(&self.normals[index])).or_default().push(index);
        }
        let firsts: Vec<usize> = kinds.values().map(|claims| claims[0]).collect();
        for pair in firsts.windows(2) {
            self.pair(pair[0], pair[1]);
        }
        for claims in kinds.values() {
            if ends(&self.normals[claims[0]], Reading::Loose).is_some() {
                self.intervals(claims);
            } else {
                self.categories(claims);
            }
        }
    }

    /// Interval normal forms of one scope: each claim against the highest low end and the
    /// lowest high end (strict and loose readings), and, when differences can be drift,
    /// against those extremes among the claims close to it in time.
    fn intervals(&mut self, claims: &[usize]) {
        for reading in [Reading::Strict, Reading::Loose] {
            let (highest_low, lowest_high) = self.extremes(claims, claims, reading);
            self.pair_all_with(claims, highest_low);
            self.pair_all_with(claims, lowest_high);
        }
        if self.drift_after.is_some() {
            self.close_in_time(claims.iter().map(|&i| (i, true, true)).collect());
        }
        self.edge_partners(claims);
        self.stretched_partners(claims);
        self.plain_days(claims);
        self.two_way_dates(claims);
    }

    /// Dates read two ways against every claim of their scope: a date lying between the
    /// two readings overlaps neither, yet no extreme of the group need stand for it. Beyond
    /// [`TWO_WAY_DATES`] such dates in one scope, only the pairs of the other rules are judged.
    fn two_way_dates(&mut self, claims: &[usize]) {
        let two_way: Vec<usize> = claims
            .iter()
            .copied()
            .filter(|&i| matches!(&self.normals[i], Normal::Days(days) | Normal::Birth(days) if days.is_ambiguous()))
            .collect();
        if two_way.len() > TWO_WAY_DATES {
            return;
        }
        for &date in &two_way {
            self.pair_all_with(claims, Some(date));
        }
    }

    /// Single days no text places at the turn of a day: two of them a day apart conflict
    /// (`next-day`) where a day near midnight would only be a tension, so their own extremes
    /// (and, when differences can be drift, those close in time) are paired as well.
    fn plain_days(&mut self, claims: &[usize]) {
        let plain: Vec<usize> = claims
            .iter()
            .copied()
            .filter(|&i| matches!(&self.normals[i], Normal::Days(days) if days.precision == Precision::Day && !days.near_midnight()))
            .collect();
        if plain.len() < 2 || plain.len() == claims.len() {
            return;
        }
        let (highest_low, lowest_high) = self.extremes(&plain, &plain, Reading::Strict);
        self.pair_all_with(&plain, highest_low);
        self.pair_all_with(&plain, lowest_high);
        if self.drift_after.is_some() {
            self.close_in_time(plain.iter().map(|&i| (i, true, true)).collect());
        }
    }

    /// Each figure `a` against the figure most likely to meet it only where both hedges
    /// reach (`about 400` and `nearly 500`): a `b` starting at or above `a`'s figure as written
    /// and below `a`'s high end, whose own figure as written starts at or above that high end.
    /// Of the claims starting in that range (sorted by their low ends), the one whose figure
    /// as written starts highest qualifies if any does.
    fn stretched_partners(&mut self, claims: &[usize]) {
        let mut items: Vec<(Ends, Ends, usize)> = claims
            .iter()
            .filter_map(|&i| match &self.normals[i] {
                Normal::Numbers { strict, written, .. } => Some((interval_ends(strict), interval_ends(written), i)),
                _ => None,
            })
            .collect();
        items.sort_by(|a, b| a.0.lo.cmp(&b.0.lo).then(a.2.cmp(&b.2)));
        // Ends compared as ranks, so that one table of largest keys serves.
        let mut order: Vec<End> = items
            .iter()
            .flat_map(|(read, written, _)| [read.hi, written.lo])
            .collect();
        order.sort_unstable();
        order.dedup();
        let rank = |end: End| order.partition_point(|&other| other < end) as f64;
        let written_lows = RangeMax::new(items.iter().map(|(_, written, _)| rank(written.lo)).collect());
        for &(read, written, i) in &items {
            let start = items.partition_point(|(other, ..)| other.lo < written.hi);
            let end = items.partition_point(|(other, ..)| other.lo < read.hi);
            if let Some(best) = written_lows
                .argmax(start, end)
                .filter(|&k| written_lows.keys[k] >= rank(read.hi))
            {
                self.pair(i, items[best].2);
            }
        }
    }

    /// Each claim `a` against the claim most likely to overlap it only at its high edge.
    /// Two readings `a` (starting first) and `b` fit only at their edges when their overlap,
    /// `a.hi - b.lo`, is below `t` times each width: `b.lo` lies above `a.hi - t * a.width`,
    /// and `b.lo + t * b.width` above `a.hi`. Of the claims starting in that range (sorted by
    /// their low ends), the one with the largest `b.lo + t * b.width` qualifies if any does;
    /// two unbounded readings never fit at an edge, so an unbounded `a` looks among bounded
    /// partners only.
    fn edge_partners(&mut self, claims: &[usize]) {
        let t = self.edge_fit;
        if t <= 0.0 {
            return;
        }
        let mut items: Vec<(Stretch, usize)> = claims
            .iter()
            .filter_map(|&i| Stretch::of_normal(&self.normals[i]).map(|stretch| (stretch, i)))
            .collect();
        items.sort_by(|a, b| a.0.lo.total_cmp(&b.0.lo).then(a.1.cmp(&b.1)));
        let reach = |stretch: &Stretch, bounded_only: bool| match stretch.width() {
            w if w.is_finite() => stretch.lo + t * w,
            _ if bounded_only => f64::NEG_INFINITY,
            _ => f64::INFINITY,
        };
        let any = RangeMax::new(items.iter().map(|(s, _)| reach(s, false)).collect());
        let bounded = RangeMax::new(items.iter().map(|(s, _)| reach(s, true)).collect());
        let lows: Vec<f64> = items.iter().map(|(s, _)| s.lo).collect();
        for &(a, i) in &items {
            let unbounded = !a.width().is_finite();
            let from = if unbounded {
                f64::NEG_INFINITY
            } else {
                a.hi - t * a.width()
            };
            let start = lows.partition_point(|&lo| lo <= from);
            let end = lows.partition_point(|&lo| lo <= a.hi);
            let table = if unbounded { &bounded } else { &any };
            if let Some(best) = table.argmax(start, end).filter(|&k| table.keys[k] > a.hi) {
                self.pair(i, items[best].1);
            }
        }
    }

    /// Sets of entities of one scope: one claim of each distinct set against one of every
    /// other set, from another source where one holds it (two sets that each add a member
    /// can only be found by comparing them). Beyond [`DISTINCT_SETS`] distinct sets, only
    /// the pairs of the other rules are judged.
    fn differing_sets(&mut self, claims: &[usize]) {
        let mut holders: Vec<(&crate::value::EntitySet, Vec<usize>)> = Vec::new();
        for &i in claims {
            let Normal::EntitySet(set) = &self.normals[i] else {
                continue;
            };
            let known = holders.len();
            match holders.iter_mut().find(|(held, _)| held.included == set.included) {
                Some((_, by)) => {
                    let source = &self.claims[i].source;
                    if by.len() < 2 && by.iter().all(|&k| &self.claims[k].source != source) {
                        by.push(i);
                    }
                }
                None if known < DISTINCT_SETS => holders.push((set, vec![i])),
                None => return,
            }
        }
        for (n, (_, one)) in holders.iter().enumerate() {
            for (_, other) in &holders[n + 1..] {
                let across = one
                    .iter()
                    .flat_map(|&a| other.iter().map(move |&b| (a, b)))
                    .find(|&(a, b)| self.claims[a].source != self.claims[b].source);
                if let Some((a, b)) = across {
                    self.pair(a, b);
                }
            }
        }
    }

    /// The claim of `lows` with the highest low end and the claim of `highs` with the lowest
    /// high end: if any claim of one lies wholly above any claim of the other, these do.
    fn extremes(&self, lows: &[usize], highs: &[usize], reading: Reading) -> (Option<usize>, Option<usize>) {
        let key = |i: &usize| ends(&self.normals[*i], reading);
        let highest_low = lows
            .iter()
            .filter_map(|i| key(i).map(|e| (e.lo, *i)))
            .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
            .map(|(_, i)| i);
        let lowest_high = highs
            .iter()
            .filter_map(|i| key(i).map(|e| (e.hi, *i)))
            .min_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)))
            .map(|(_, i)| i);
        (highest_low, lowest_high)
    }

    /// Sweeps `sides` (claim, gives a low end, gives a high end) in as-of order, keeping
    /// heaps of the low and high ends seen so far; claims dated too far back to be a conflict
    /// leave the top of a heap for good. Each claim is paired with the extreme of the other
    /// heap.
    fn close_in_time(&mut self, mut sides: Vec<(usize, bool, bool)>) {
        let Some(threshold) = self.drift_after else {
            return;
        };
        let claims = self.claims;
        sides.sort_by_key(|&(i, _, _)| (claims[i].as_of.first, claims[i].as_of.last, i));
        let far = |a: usize, b: usize| claims[a].as_of.days_apart(&claims[b].as_of) as f64 >= threshold;
        let mut lows: BinaryHeap<(End, Reverse<usize>)> = BinaryHeap::new();
        let mut highs: BinaryHeap<(Reverse<End>, Reverse<usize>)> = BinaryHeap::new();
        for (index, gives_low, gives_high) in sides {
            let Some(own) = ends(&self.normals[index], Reading::Loose) else {
                continue;
            };
            if gives_high {
                while lows.peek().is_some_and(|&(_, Reverse(top))| far(top, index)) {
                    lows.pop();
                }
                if let Some(&(_, Reverse(top))) = lows.peek() {
                    self.pair(top, index);
                }
            }
            if gives_low {
                while highs.peek().is_some_and(|&(_, Reverse(top))| far(top, index)) {
                    highs.pop();
                }
                if let Some(&(_, Reverse(top))) = highs.peek() {
                    self.pair(top, index);
                }
                lows.push((own.lo, Reverse(index)));
            }
            if gives_high {
                highs.push((Reverse(own.hi), Reverse(index)));
            }
        }
    }

    /// Entities, texts and yes/no of one scope: each claim against the first claim, the claim
    /// naming the most specific entity, claims saying "none", claims excluding what it
    /// names, and, when differences can be drift, the latest other value before it.
    fn categories(&mut self, claims: &[usize]) {
        self.pair_all_with(claims, claims.first().copied());
        let deepest = claims
            .iter()
            .copied()
            .filter_map(|i| {
                entity_set(&self.normals[i])
                    .and_then(|set| set.included.first())
                    .map(|id| (i, id))
            })
            .max_by_key(|&(i, id)| (self.depth(id), Reverse(i)))
            .map(|(i, _)| i);
        self.pair_all_with(claims, deepest);
        self.none_and_exclusions(claims);
        self.differing_sets(claims);
        if self.drift_after.is_some() {
            self.latest_other_value(claims);
        }
    }

    fn depth(&self, id: &str) -> usize {
        let mut depth = 0;
        let mut current = self.corpus.entities.get(id).and_then(|e| e.within.as_deref());
        while let Some(parent) = current.filter(|_| depth < 64) {
            depth += 1;
            current = self.corpus.entities.get(parent).and_then(|e| e.within.as_deref());
        }
        depth
    }

    /// A "none" against a named entity, and a name against its explicit exclusion.
    fn none_and_exclusions(&mut self, claims: &[usize]) {
        let sets: Vec<(usize, &crate::value::EntitySet)> = claims
            .iter()
            .filter_map(|&i| entity_set(&self.normals[i]).map(|set| (i, set)))
            .collect();
        let first = |wanted: &dyn Fn(&crate::value::EntitySet) -> bool| {
            sets.iter().find(|(_, set)| wanted(set)).map(|(i, _)| *i)
        };
        let none = first(&|set| set.none);
        let none_naming = first(&|set| set.none && !set.included.is_empty());
        let naming = first(&|set| !set.none && !set.included.is_empty());
        let mut excluders: HashMap<&str, usize> = HashMap::new();
        let mut includers: HashMap<&str, usize> = HashMap::new();
        for &(i, set) in &sets {
            for id in &set.excluded {
                excluders.entry(id.as_str()).or_insert(i);
            }
            for id in &set.included {
                includers.entry(id.as_str()).or_insert(i);
            }
        }
        let mut found = Vec::new();
        for &(i, set) in &sets {
            found.extend(
                [none, none_naming, naming]
                    .into_iter()
                    .flatten()
                    .map(|other| (i, other)),
            );
            found.extend(
                set.included
                    .iter()
                    .filter_map(|id| excluders.get(id.as_str()))
                    .map(|&other| (i, other)),
            );
            found.extend(
                set.excluded
                    .iter()
                    .filter_map(|id| includers.get(id.as_str()))
                    .map(|&other| (i, other)),
            );
        }
        for (a, b) in found {
            self.pair(a, b);
        }
    }

    /// In as-of order, each claim against the earlier claim with another value whose dates
    /// reach latest (the one most likely to be close enough in time for a difference to be a
    /// conflict).
    fn latest_other_value(&mut self, claims: &[usize]) {
        let mut values: HashMap<String, usize> = HashMap::new();
        let mut order: Vec<(usize, usize)> = Vec::with_capacity(claims.len());
        for &i in claims {
            let next = values.len();
            order.push((i, *values.entry(self.normals[i].to_string()).or_insert(next)));
        }
        order.sort_by_key(|&(i, _)| (self.claims[i].as_of.first, i));
        let mut latest: Vec<(usize, usize)> = Vec::with_capacity(2);
        for (index, value) in order {
            if let Some(&(other, _)) = latest.iter().find(|&&(_, v)| v != value) {
                self.pair(other, index);
            }
            let last_of = |i: usize| self.claims[i].as_of.last;
            // Of two claims with one value, the one whose dates reach later stays: it is the
            // closer in time to every claim still to come.
            match latest.iter_mut().find(|(_, v)| *v == value) {
                Some(kept) if last_of(kept.0) >= last_of(index) => {}
                Some(kept) => kept.0 = index,
                None => latest.push((index, value)),
            }
            latest.sort_by_key(|&(i, _)| Reverse(last_of(i)));
            latest.truncate(2);
        }
    }

    /// Pairs across two scopes: one pair always (a difference of scope is worth a look);
    /// for counts where one scope is part of the other, each claim against the extreme of
    /// the other side, as a part cannot be counted larger than its whole, and the part
    /// reaching highest against the whole starting lowest, as a part below its whole agrees.
    fn across_scopes(&mut self, a: &[usize], b: &[usize]) {
        self.pair(a[0], b[0]);
        if !self.counts {
            return;
        }
        let (scope_a, scope_b) = (self.claims[a[0]].scope.as_deref(), self.claims[b[0]].scope.as_deref());
        let (part, whole) = match (scope_a, scope_b) {
            (Some(_), None) => (a, b),
            (None, Some(_)) => (b, a),
            (Some(x), Some(y)) if self.corpus.scope_within(x, y) => (a, b),
            (Some(x), Some(y)) if self.corpus.scope_within(y, x) => (b, a),
            _ => return,
        };
        let (highest_part, _) = self.extremes(part, part, Reading::Loose);
        let (_, lowest_whole) = self.extremes(whole, whole, Reading::Loose);
        self.pair_all_with(whole, highest_part);
        self.pair_all_with(part, lowest_whole);
        // A part below its whole agrees; if any part could reach above any whole, the part
        // reaching highest and the whole starting lowest do.
        let key = |i: &usize| ends(&self.normals[*i], Reading::Strict);
        let top_part = part.iter().filter_map(|i| key(i).map(|e| (e.hi, *i))).max();
        let bottom_whole = whole.iter().filter_map(|i| key(i).map(|e| (e.lo, *i))).min();
        if let (Some((_, top)), Some((_, bottom))) = (top_part, bottom_whole) {
            self.pair(top, bottom);
        }
        if self.drift_after.is_some() {
            let parts = part.iter().map(|&i| (i, true, false));
            self.close_in_time(parts.chain(whole.iter().map(|&i| (i, false, true))).collect());
        }
    }
}

/// Dates read two ways in one scope up to which each is paired with every claim.
const TWO_WAY_DATES: usize = 64;

/// Distinct sets of one scope up to which every pair of sets is compared.
const DISTINCT_SETS: usize = 512;

/// The position of the largest key in any range of positions, in O(1) after O(n log n):
/// a sparse table of the largest key's position over ranges of each power of two.
struct RangeMax {
    keys: Vec<f64>,
    levels: Vec<Vec<usize>>,
}

impl RangeMax {
    fn new(keys: Vec<f64>) -> RangeMax {
        let mut levels: Vec<Vec<usize>> = vec![(0..keys.len()).collect()];
        let mut span = 1;
        while span * 2 <= keys.len() {
            let below = &levels[levels.len() - 1];
            let level = (0..=keys.len() - span * 2)
                .map(|i| larger(&keys, below[i], below[i + span]))
                .collect();
            levels.push(level);
            span *= 2;
        }
        RangeMax { keys, levels }
    }

    /// The position of the largest key in `start..end`, `None` when the range is empty.
    fn argmax(&self, start: usize, end: usize) -> Option<usize> {
        if start >= end {
            return None;
        }
        let level = (usize::BITS - 1 - (end - start).leading_zeros()) as usize;
        let row = &self.levels[level];
        Some(larger(&self.keys, row[start], row[end - (1 << level)]))
    }
}

fn larger(keys: &[f64], a: usize, b: usize) -> usize {
    if keys[b] > keys[a] { b } else { a }
}

/// Which reading of a number: as written, or widened by the reporting tolerance.
#[derive(Clone, Copy)]
enum Reading {
    Strict,
    Loose,
}

/// An end of an interval as a totally ordered key: a low end is higher (tighter) when its
/// value is higher or, at equal value, when it is open; a high end is lower (tighter) when
/// its value is lower or, at equal value, when it is open.
#[derive(Debug, Clone, Copy, PartialEq)]
struct End(f64, u8);

impl Eq for End {}

impl PartialOrd for End {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for End {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.total_cmp(&other.0).then(self.1.cmp(&other.1))
    }
}

#[derive(Clone, Copy)]
struct Ends {
    lo: End,
    hi: End,
}

/// The ends of an interval-like normal form under a reading; `None` for the others.
fn ends(normal: &Normal, reading: Reading) -> Option<Ends> {
    match normal {
        Normal::Numbers { strict, loose, .. } => Some(interval_ends(match reading {
            Reading::Strict => strict,
            Reading::Loose => loose,
        })),
        Normal::Days(days) | Normal::Birth(days) => Some(date_ends(days)),
        Normal::Duration(interval) => Some(interval_ends(interval)),
        Normal::Time(window) => Some(Ends {
            lo: End(minute_key(window.first), 0),
            hi: End(minute_key(window.last), 1),
        }),
        _ => None,
    }
}

fn interval_ends(interval: &Interval) -> Ends {
    let lo = match interval.lo {
        Bound::Closed(x) => End(x, 0),
        Bound::Open(x) => End(x, 1),
        Bound::Unbounded => End(f64::NEG_INFINITY, 0),
    };
    let hi = match interval.hi {
        Bound::Open(x) => End(x, 0),
        Bound::Closed(x) => End(x, 1),
        Bound::Unbounded => End(f64::INFINITY, 1),
    };
    Ends { lo, hi }
}

/// A number that orders minutes (not a count of minutes).
fn minute_key(at: jiff::civil::DateTime) -> f64 {
    date_key(at.date()) * 1440.0 + f64::from(at.hour()) * 60.0 + f64::from(at.minute())
}

/// A number that orders dates (not a count of days).
fn date_key(date: jiff::civil::Date) -> f64 {
    f64::from(date.year()) * 400.0 + f64::from(date.day_of_year())
}

fn date_ends(days: &DateValue) -> Ends {
    Ends {
        lo: End(date_key(days.first), 0),
        hi: End(date_key(days.last), 1),
    }
}

fn entity_set(normal: &Normal) -> Option<&crate::value::EntitySet> {
    match normal {
        Normal::Entity(set) | Normal::EntitySet(set) => Some(set),
        _ => None,
    }
}

/// A small number per kind of normal form: claims of different kinds are compared once.
fn kind_of(normal: &Normal) -> u8 {
    match normal {
        Normal::Numbers { .. } => 0,
        Normal::Days(_) => 1,
        Normal::Birth(_) => 2,
        Normal::Duration(_) => 3,
        Normal::Entity(_) => 4,
        Normal::EntitySet(_) => 5,
        Normal::Text(_) => 6,
        Normal::TextSet(_) => 7,
        Normal::Boolean(_) => 8,
        Normal::Time(_) => 9,
        Normal::Code(_) => 10,
        Normal::Unknown(_) => 11,
    }
}
