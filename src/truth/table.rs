//! The claims of a corpus laid out for truth discovery: one item per group (subject and
//! property), the distinct readings of each item as candidates, and which claims support
//! which candidate. A claim supports its own reading and, for values read as intervals
//! (counts, dates, ages, durations), every reading that lies within its own: "about 50",
//! "50" and "more than 45" all support 50; "more than 45" is supported by itself alone.
//! Claims of one group with different scopes (French fighters, all foreign fighters) count
//! different things: each scope is an item of its own, so they never support or rival one
//! another.

use crate::graph::{ClaimGraph, Group, Origin};
use crate::model::{ClaimRef, Corpus};
use crate::value::{Bound, Interval, hundredths};
use crate::verdict::Normal;
use arcstr::ArcStr;
use foldhash::HashMap;
use jiff::civil::Date;

/// One claim, as the methods see it.
#[derive(Debug, Clone)]
pub struct Row {
    /// Where the claim is in the corpus.
    pub at: ClaimRef,
    /// Its source, by index in the corpus.
    pub source: u32,
    /// Its item.
    pub item: u32,
    /// The candidate of its own reading.
    pub candidate: u32,
    /// Where it comes from (its own origin, its source's, else the source itself).
    pub origin: Origin,
    /// The value as written.
    pub written: ArcStr,
}

/// A distinct reading of an item.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// The normal form.
    pub normal: Normal,
    /// How wide the reading is (0 for a point or a non-interval value): narrower is more
    /// specific and wins ties.
    pub width: f64,
    /// The first claim with this reading (a row index).
    pub first: u32,
}

/// How many candidates of an item a new claim's reading is compared with before it is looked
/// up by its written form.
const FEW_CANDIDATES: usize = 8;

/// The claims, items and candidates of a corpus.
#[derive(Debug, Default)]
pub struct Table {
    /// Every claim in a group, item by item.
    pub rows: Vec<Row>,
    /// Every candidate, item by item.
    pub candidates: Vec<Candidate>,
    /// Per item: its rows (`rows[start..end]`).
    pub item_rows: Vec<(u32, u32)>,
    /// Per item: its candidates (`candidates[start..end]`).
    pub item_candidates: Vec<(u32, u32)>,
    /// Per candidate: the rows supporting it (`support[offsets[c]..offsets[c + 1]]`).
    pub support_offsets: Vec<u32>,
    /// The rows supporting each candidate, flat.
    pub support: Vec<u32>,
    /// Per candidate: the candidates its rows support (`supported[offsets[c]..offsets[c + 1]]`):
    /// itself and those within it.
    pub supported_offsets: Vec<u32>,
    /// The candidates each candidate's rows support, flat.
    pub supported: Vec<u32>,
    /// How many sources the corpus has.
    pub sources: usize,
    /// The property of each item (an index into `properties`).
    pub item_property: Vec<u32>,
    /// Property ids, sorted.
    pub properties: Vec<String>,
}

impl Table {
    /// Lays out the groups of a corpus (every group, single claims included), one item per
    /// group and scope.
    pub fn build(corpus: &Corpus, graph: &ClaimGraph, groups: &[Group]) -> Table {
        let mut table = Table {
            sources: corpus.sources.len(),
            ..Table::default()
        };
        let mut properties: Vec<String> = groups.iter().map(|group| group.property.clone()).collect();
        properties.sort();
        properties.dedup();
        table.properties = properties;
        table.support_offsets.push(0);
        table.supported_offsets.push(0);
        for group in groups {
            match by_scope(corpus, group) {
                Some(parts) => parts.iter().for_each(|part| table.add_item(corpus, graph, part)),
                None => table.add_item(corpus, graph, group),
            }
        }
        table
    }

    /// The rows of an item.
    pub fn rows_of(&self, item: usize) -> std::ops::Range<usize> {
        self.item_rows
            .get(item)
            .map_or(0..0, |&(start, end)| start as usize..end as usize)
    }

    /// The candidates of an item.
    pub fn candidates_of(&self, item: usize) -> std::ops::Range<usize> {
        self.item_candidates
            .get(item)
            .map_or(0..0, |&(start, end)| start as usize..end as usize)
    }

    /// The rows supporting a candidate, in ascending order.
    pub fn supporters(&self, candidate: usize) -> &[u32] {
        slice(&self.support, &self.support_offsets, candidate)
    }

    /// The candidates the rows of a candidate support: itself and those within it.
    pub fn taken_in(&self, candidate: usize) -> &[u32] {
        slice(&self.supported, &self.supported_offsets, candidate)
    }

    /// How many items.
    pub fn items(&self) -> usize {
        self.item_rows.len()
    }

    fn add_item(&mut self, corpus: &Corpus, graph: &ClaimGraph, group: &Group) {
        let item = self.item_rows.len() as u32;
        let property_index = self.properties.binary_search(&group.property).unwrap_or(0) as u32;
        let row_start = self.rows.len() as u32;
        let candidate_start = self.candidates.len() as u32;
        let Some(property) = corpus.properties.get(&group.property) else {
            self.close_item(item, property_index, row_start, candidate_start);
            return;
        };
        let mut lookup = Lookup::default();
        let mut spans: Vec<Option<Interval>> = Vec::new();
        for &at in &group.claims {
            let Some(claim) = corpus.claim(at) else { continue };
            let normal = Normal::of(claim, property);
            let row = self.rows.len() as u32;
            let next = self.candidates.len() as u32;
            let local = self.candidates.get(candidate_start as usize..).unwrap_or_default();
            let candidate = candidate_start + lookup.candidate(&normal, local);
            if candidate == next {
                let span = span_of(&normal);
                self.candidates.push(Candidate {
                    width: span.map_or(0.0, |span| width(&span)),
                    normal,
                    first: row,
                });
                spans.push(span);
            }
            self.rows.push(Row {
                at,
                source: at.source as u32,
                item,
                candidate,
                origin: graph.origin_of(at),
                written: claim.written.clone(),
            });
        }
        self.link(row_start, candidate_start, &spans);
        self.close_item(item, property_index, row_start, candidate_start);
    }

    /// Records which rows of the item support which of its candidates: a row supports its
    /// own candidate and any candidate whose interval lies within its own candidate's. What a
    /// candidate takes in is found once, for all its rows. The candidates are sorted by their
    /// low ends, so a candidate looks only at those starting inside its own interval.
    fn link(&mut self, row_start: u32, candidate_start: u32, spans: &[Option<Interval>]) {
        let row_end = self.rows.len() as u32;
        let by_low = ByLow::of(spans);
        for own in 0..spans.len() as u32 {
            let from = self.supported.len();
            self.supported.push(candidate_start + own);
            if let Some(mine) = spans.get(own as usize).copied().flatten() {
                let within = |&local: &u32| {
                    local != own
                        && spans
                            .get(local as usize)
                            .copied()
                            .flatten()
                            .is_some_and(|theirs| mine.intersection(&theirs) == Some(theirs))
                };
                self.supported.extend(
                    by_low
                        .starting_in(&mine)
                        .filter(within)
                        .map(|local| candidate_start + local),
                );
                if let Some(taken_in) = self.supported.get_mut(from..) {
                    taken_in.sort_unstable();
                }
            }
            self.supported_offsets.push(self.supported.len() as u32);
        }
        // Each candidate's supporters go straight into their place in `support`: counted
        // first, then written row by row (so each candidate's rows stay in ascending order).
        let rows = || {
            (row_start..row_end).filter_map(|row| {
                let own = self.rows.get(row as usize)?.candidate as usize;
                Some((row, slice(&self.supported, &self.supported_offsets, own)))
            })
        };
        let mut next = vec![0u32; spans.len() + 1];
        for (_, taken_in) in rows() {
            for &candidate in taken_in {
                if let Some(count) = next.get_mut(candidate.wrapping_sub(candidate_start) as usize + 1) {
                    *count += 1;
                }
            }
        }
        let base = self.support.len() as u32;
        // The first slot counts nothing (candidates are counted one place on): it is the base.
        if let Some(first) = next.first_mut() {
            *first = base;
        }
        running_sum(&mut next);
        let total = next.last().copied().unwrap_or(base);
        let mut placed = vec![0u32; (total - base) as usize];
        for (row, taken_in) in rows() {
            for &candidate in taken_in {
                let Some(at) = next.get_mut(candidate.wrapping_sub(candidate_start) as usize) else {
                    continue;
                };
                if let Some(slot) = placed.get_mut((*at - base) as usize) {
                    *slot = row;
                }
                *at += 1;
            }
        }
        self.support.extend(placed);
        self.support_offsets.extend(next.iter().take(spans.len()).copied());
    }

    fn close_item(&mut self, _item: u32, property: u32, row_start: u32, candidate_start: u32) {
        self.item_rows.push((row_start, self.rows.len() as u32));
        self.item_candidates
            .push((candidate_start, self.candidates.len() as u32));
        self.item_property.push(property);
    }
}

/// Finds the candidate of each new reading of an item: readings written alike are one
/// candidate.
#[derive(Default)]
struct Lookup {
    /// Candidates by the key of their written form.
    by_key: HashMap<Key, u32>,
}

impl Lookup {
    /// The candidate of `normal` within its item, whose candidates so far are `local`: one of
    /// them, or `local.len()` when the reading is new.
    fn candidate(&mut self, normal: &Normal, local: &[Candidate]) -> u32 {
        // A reading equal to one of the item's first few candidates is that candidate (equal
        // readings are written alike), found without writing it out.
        if local.len() <= FEW_CANDIDATES
            && let Some(at) = local.iter().position(|c| c.normal == *normal)
        {
            return at as u32;
        }
        *self.by_key.entry(Key::of(normal)).or_insert(local.len() as u32)
    }
}

/// What a reading's written form says, compared without writing it where that can be done
/// exactly: two readings have equal keys exactly when they are written alike. Numbers are
/// written with at most two decimals (see `value::interval`), so an end is its count of
/// hundredths; an age's window of birth dates is its two days.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    /// A number or an interval of numbers.
    Numbers(NumbersKey),
    /// `born FIRST..LAST`.
    Birth(Date, Date),
    /// Any other written form.
    Written(String),
}

/// A number (`70`) or an interval (`[59.5, 80.5]`, `(70, inf)`) as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum NumbersKey {
    /// One number.
    Point(End),
    /// Its opening bracket, its ends and its closing bracket.
    Span(u8, End, End, u8),
}

/// One end of a number as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum End {
    /// Hundredths.
    Hundredths(i64),
    /// `-inf`.
    MinusInfinity,
    /// `inf`.
    Infinity,
}

impl Key {
    /// The key of a reading's written form.
    fn of(normal: &Normal) -> Key {
        match normal {
            Normal::Numbers { strict, .. } => match numbers_key(strict) {
                Some(key) => Key::Numbers(key),
                None => Key::written(normal.to_string()),
            },
            Normal::Birth(window) => Key::Birth(window.first, window.last),
            other => Key::Written(other.to_string()),
        }
    }

    /// The key of a written number or interval, read back from its text; any other text is
    /// its own key.
    fn written(text: String) -> Key {
        read_numbers(&text).map_or(Key::Written(text), Key::Numbers)
    }
}

/// The key of an interval as `Interval`'s `Display` writes it, worked out from its ends;
/// `None` when an end is too large or too near a tie to round without writing it.
fn numbers_key(span: &Interval) -> Option<NumbersKey> {
    if let (Bound::Closed(lo), Bound::Closed(hi)) = (span.lo, span.hi)
        && lo == hi
    {
        return Some(NumbersKey::Point(end_of(lo)?));
    }
    let (open, lo) = match span.lo {
        Bound::Closed(x) => (b'[', end_of(x)?),
        Bound::Open(x) => (b'(', end_of(x)?),
        Bound::Unbounded => (b'(', End::MinusInfinity),
    };
    let (close, hi) = match span.hi {
        Bound::Closed(x) => (b']', end_of(x)?),
        Bound::Open(x) => (b')', end_of(x)?),
        Bound::Unbounded => (b')', End::Infinity),
    };
    Some(NumbersKey::Span(open, lo, hi, close))
}

/// A number as written with at most two decimals, `inf` or `-inf` (not a number is written
/// `-inf` too); `None` when it is too large or too near a tie to round without writing it.
fn end_of(x: f64) -> Option<End> {
    if x == f64::INFINITY {
        return Some(End::Infinity);
    }
    if x.is_nan() || x == f64::NEG_INFINITY {
        return Some(End::MinusInfinity);
    }
    hundredths(x).map(End::Hundredths)
}

/// The key of a written number or interval (`70`, `[59.5, 80.5]`, `(70, inf)`).
fn read_numbers(text: &str) -> Option<NumbersKey> {
    let bytes = text.as_bytes();
    match (bytes.first(), bytes.last()) {
        (Some(&open @ (b'[' | b'(')), Some(&close @ (b']' | b')'))) => {
            let inner = text.get(1..text.len() - 1)?;
            let (lo, hi) = inner.split_once(", ")?;
            Some(NumbersKey::Span(open, read_end(lo)?, read_end(hi)?, close))
        }
        _ => read_end(text).map(NumbersKey::Point),
    }
}

/// A written number with at most two decimals, `inf` or `-inf`.
fn read_end(text: &str) -> Option<End> {
    match text {
        "inf" => return Some(End::Infinity),
        "-inf" => return Some(End::MinusInfinity),
        _ => {}
    }
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, decimals) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || decimals.len() > 2 || !all_digits(whole) || !all_digits(decimals) {
        return None;
    }
    let mut hundredths: i64 = 0;
    for digit in whole
        .bytes()
        .chain(decimals.bytes())
        .chain(std::iter::repeat_n(b'0', 2 - decimals.len()))
    {
        hundredths = hundredths.checked_mul(10)?.checked_add(i64::from(digit - b'0'))?;
    }
    Some(End::Hundredths(if negative { -hundredths } else { hundredths }))
}

/// A group whose claims have more than one scope, split into one group per scope (in the
/// order each scope first appears); `None` when its claims share one scope.
fn by_scope(corpus: &Corpus, group: &Group) -> Option<Vec<Group>> {
    let scope = |at: &ClaimRef| corpus.claim(*at).and_then(|claim| claim.scope.clone());
    let first = group.claims.first().map(scope)?;
    if group.claims.iter().all(|at| scope(at) == first) {
        return None;
    }
    let mut parts: Vec<(Option<ArcStr>, Group)> = Vec::new();
    for at in &group.claims {
        let key = scope(at);
        let at_part = match parts.iter().position(|(scope, _)| *scope == key) {
            Some(index) => index,
            None => {
                let empty = Group {
                    subject: group.subject.clone(),
                    property: group.property.clone(),
                    claims: Vec::new(),
                };
                parts.push((key, empty));
                parts.len() - 1
            }
        };
        if let Some((_, part)) = parts.get_mut(at_part) {
            part.claims.push(*at);
        }
    }
    Some(parts.into_iter().map(|(_, part)| part).collect())
}

/// An item's candidates with an interval, by the value of its low end (minus infinity when
/// unbounded), to find those that may lie within a given interval without trying them all.
struct ByLow {
    /// (low end, candidate within the item), sorted.
    sorted: Vec<(f64, u32)>,
    /// Candidates whose low end is not a number, tried every time.
    unordered: Vec<u32>,
}

impl ByLow {
    fn of(spans: &[Option<Interval>]) -> ByLow {
        let mut by_low = ByLow {
            sorted: Vec::new(),
            unordered: Vec::new(),
        };
        for (local, span) in spans.iter().enumerate() {
            let Some(span) = span else { continue };
            let (low, _) = ends(span);
            if low.is_nan() {
                by_low.unordered.push(local as u32);
            } else {
                by_low.sorted.push((low, local as u32));
            }
        }
        by_low
            .sorted
            .sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        by_low
    }

    /// The candidates that may lie within `span`: those whose low end is within it (an
    /// interval within another starts within it), every candidate when its ends are not
    /// numbers.
    fn starting_in(&self, span: &Interval) -> impl Iterator<Item = u32> + '_ {
        let (low, high) = ends(span);
        let unsure = low.is_nan() || high.is_nan();
        let (from, to) = if unsure {
            (0, self.sorted.len())
        } else {
            let from = self.sorted.partition_point(|&(value, _)| value < low);
            let to = self.sorted.partition_point(|&(value, _)| value <= high);
            (from, to.max(from))
        };
        let sorted = self.sorted.get(from..to).unwrap_or_default();
        sorted
            .iter()
            .map(|&(_, local)| local)
            .chain(self.unordered.iter().copied())
    }
}

/// The values of an interval's ends, infinite when unbounded.
fn ends(span: &Interval) -> (f64, f64) {
    let value = |bound: Bound, unbounded: f64| match bound {
        Bound::Closed(x) | Bound::Open(x) => x,
        Bound::Unbounded => unbounded,
    };
    (value(span.lo, f64::NEG_INFINITY), value(span.hi, f64::INFINITY))
}

fn slice<'a>(flat: &'a [u32], offsets: &[u32], index: usize) -> &'a [u32] {
    match (offsets.get(index), offsets.get(index + 1)) {
        (Some(&start), Some(&end)) => flat.get(start as usize..end as usize).unwrap_or(&[]),
        _ => &[],
    }
}

/// The interval a reading covers, for values read as intervals.
fn span_of(normal: &Normal) -> Option<Interval> {
    match normal {
        Normal::Numbers { strict, .. } => Some(*strict),
        Normal::Duration(days) => Some(*days),
        Normal::Days(date) | Normal::Birth(date) => {
            Some(Interval::closed(day_number(date.first), day_number(date.last)))
        }
        _ => None,
    }
}

/// A day as a number that keeps the order of days.
fn day_number(date: Date) -> f64 {
    f64::from(date.year()) * 372.0 + f64::from(date.month()) * 31.0 + f64::from(date.day())
}

fn width(span: &Interval) -> f64 {
    match (span.lo, span.hi) {
        (Bound::Closed(lo) | Bound::Open(lo), Bound::Closed(hi) | Bound::Open(hi)) => hi - lo,
        _ => f64::INFINITY,
    }
}

/// Turns counts into offsets: each entry becomes the sum of itself and those before it.
pub(super) fn running_sum(counts: &mut [u32]) {
    let mut total = 0;
    for count in counts {
        total += *count;
        *count = total;
    }
}

#[cfg(test)]
mod tests {
    use super::{ByLow, Candidate, FEW_CANDIDATES, Interval, Lookup, numbers_key, read_numbers};
    use crate::value::{Bound, DateValue, Precision, TimeWindow};
    use crate::verdict::Normal;
    use foldhash::HashMap;
    use jiff::civil::date;
    use proptest::prelude::{Strategy, prop_assert, prop_assert_eq, proptest};

    /// Numbers that are written alike though they differ, or come near the rounding of the
    /// written form: signed zeros, ties between hundredths, large and non-finite numbers.
    const NUMBERS: [f64; 16] = [
        0.0,
        -0.0,
        -0.004,
        -0.006,
        0.004,
        2.125,
        2.12,
        2.13,
        70.0,
        70.001,
        2130.95,
        1e9,
        1e9 + 0.5,
        1e17,
        f64::INFINITY,
        f64::NAN,
    ];

    fn pooled_bound() -> impl Strategy<Value = Bound> {
        (0u8..3, 0usize..NUMBERS.len()).prop_map(|(kind, at)| match kind {
            0 => Bound::Closed(NUMBERS[at]),
            1 => Bound::Open(-NUMBERS[at]),
            _ => Bound::Unbounded,
        })
    }

    /// Readings from a small pool, so that many are equal or written alike: numbers that share
    /// their reading but not their tolerance, numbers written alike, birth windows, days,
    /// times and texts.
    fn reading() -> impl Strategy<Value = Normal> {
        (0u8..6, 0usize..NUMBERS.len(), pooled_bound(), pooled_bound(), 0u8..3).prop_map(
            |(form, at, lo, hi, spread)| {
                let x = NUMBERS[at];
                let day = |d: usize| date(2025, 3, 1 + i8::try_from(d % 20).unwrap_or(0));
                match form {
                    0 => Normal::Numbers {
                        strict: Interval::closed(x, x),
                        loose: Interval::closed(x - f64::from(spread), x + f64::from(spread)),
                        written: Interval::closed(x, x),
                    },
                    1 => Normal::Numbers {
                        strict: Interval { lo, hi },
                        loose: Interval { lo, hi },
                        written: Interval::closed(x, x),
                    },
                    2 => Normal::Birth(DateValue::span(
                        day(at),
                        day(at + usize::from(spread)),
                        Precision::Range,
                    )),
                    3 => Normal::Days(DateValue::day(day(at))),
                    4 => Normal::Time(TimeWindow::minute(day(0).at(i8::try_from(at).unwrap_or(0), 0, 0, 0))),
                    _ => Normal::Text(format!("t{}", at % 4)),
                }
            },
        )
    }

    /// The candidate of each reading as first found: by written form, after the first few
    /// candidates are compared as they are.
    fn by_written_form(readings: &[Normal]) -> Vec<u32> {
        let mut by_key: HashMap<String, u32> = HashMap::default();
        let mut candidates: Vec<Normal> = Vec::new();
        let mut found = Vec::new();
        for normal in readings {
            let same = (candidates.len() <= FEW_CANDIDATES)
                .then(|| candidates.iter().position(|c| c == normal))
                .flatten();
            let next = candidates.len() as u32;
            let candidate = match same {
                Some(at) => at as u32,
                None => *by_key.entry(normal.to_string()).or_insert(next),
            };
            if candidate == next {
                candidates.push(normal.clone());
            }
            found.push(candidate);
        }
        found
    }

    fn bound() -> impl Strategy<Value = Bound> {
        (0u8..3, -20i32..20).prop_map(|(kind, x)| match kind {
            0 => Bound::Closed(f64::from(x) / 2.0),
            1 => Bound::Open(f64::from(x) / 2.0),
            _ => Bound::Unbounded,
        })
    }

    fn span() -> impl Strategy<Value = Option<Interval>> {
        (0u8..8, bound(), bound()).prop_map(|(none, lo, hi)| (none > 0).then_some(Interval { lo, hi }))
    }

    proptest! {
        #[test]
        fn readings_find_the_candidates_their_written_forms_find(
            readings in proptest::collection::vec(reading(), 0..40),
        ) {
            let mut lookup = Lookup::default();
            let mut candidates: Vec<Candidate> = Vec::new();
            let mut found = Vec::new();
            for normal in &readings {
                let candidate = lookup.candidate(normal, &candidates);
                if candidate as usize == candidates.len() {
                    candidates.push(Candidate { normal: normal.clone(), width: 0.0, first: 0 });
                }
                found.push(candidate);
            }
            prop_assert_eq!(found, by_written_form(&readings));
        }

        #[test]
        fn an_interval_worked_out_is_keyed_as_read_back_from_its_written_form(
            lo in proptest::num::f64::ANY,
            hi in proptest::num::f64::ANY,
            kinds in (0u8..3, 0u8..3),
            hundredths in -100_000i64..100_000,
        ) {
            let end = |kind: u8, x: f64| match kind {
                0 => Bound::Closed(x),
                1 => Bound::Open(x),
                _ => Bound::Unbounded,
            };
            let near = hundredths as f64 / 100.0;
            for span in [
                Interval { lo: end(kinds.0, lo), hi: end(kinds.1, hi) },
                Interval { lo: end(kinds.0, near), hi: end(kinds.1, near + lo.fract()) },
                Interval::closed(near, near),
            ] {
                if let Some(key) = numbers_key(&span) {
                    prop_assert_eq!(Some(key), read_numbers(&span.to_string()), "{}", span);
                }
            }
        }

        #[test]
        fn every_interval_within_another_starts_within_it(
            spans in proptest::collection::vec(span(), 0..30),
            mine in span(),
        ) {
            let Some(mine) = mine else { return Ok(()) };
            let by_low = ByLow::of(&spans);
            let tried: Vec<u32> = by_low.starting_in(&mine).collect();
            for (local, theirs) in spans.iter().enumerate() {
                if let Some(theirs) = theirs
                    && mine.intersection(theirs) == Some(*theirs)
                {
                    prop_assert!(tried.contains(&(local as u32)), "{theirs:?} within {mine:?}");
                }
            }
        }
    }
}
