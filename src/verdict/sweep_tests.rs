//! The sweep against the oracle, and the laws of comparison, on small random groups of every
//! kind of normal form (numbers with open, closed and infinite ends, dates of a day, a night,
//! a range or two readings, birth-date windows, lengths, entities and sets of them, texts and
//! sets of them, yes/no, times, codes, values not given; nested scopes, hedges, as-of dates
//! far and near, edges that barely meet): judging only the pairs the sweep selects gives the
//! verdict of judging every pair; the order of the claims never changes the verdict, a value
//! agrees with itself, and a wider reading never makes a conflict.

use super::normal::Normal;
use super::{Finding, Outcome, Verdict, evidence_of_findings, judge_every_pair, judge_swept};
use crate::model::{Claim, ClaimRef, Corpus, Entity, EntityKind, Property, Scope, TextSpan};
use crate::value::{
    Bound, DateValue, EntitySet, Interval, Precision, TimeWindow, Tolerance, Unknown, Value, ValueType,
};
use jiff::ToSpan;
use jiff::civil::{Date, date};
use proptest::prelude::*;
use std::collections::BTreeMap;

fn corpus() -> Corpus {
    let scope = |id: &str, within: Option<&str>| {
        let scope = Scope {
            id: id.to_owned(),
            name: id.to_owned(),
            aliases: vec![],
            within: within.map(str::to_owned),
        };
        (id.to_owned(), scope)
    };
    let entity = |id: &str, within: Option<&str>| {
        let entity = Entity {
            id: id.to_owned(),
            kind: EntityKind::Place,
            name: id.to_owned(),
            aliases: vec![],
            within: within.map(str::to_owned),
            involves: Vec::new(),
            post: None,
            note: None,
        };
        (id.to_owned(), entity)
    };
    Corpus {
        root: Default::default(),
        entities: BTreeMap::from([
            entity("idlib", None),
            entity("harem", Some("idlib")),
            entity("latakia", None),
        ]),
        properties: BTreeMap::new(),
        scopes: BTreeMap::from([
            scope("speakers", None),
            scope("nationals", Some("speakers")),
            scope("other", None),
        ]),
        sources: vec![],
    }
}

#[derive(Debug, Clone, Copy)]
enum Kind {
    Numbers,
    Days,
    Birth,
    Duration,
    Boolean,
    Text,
    TextSet,
    Entity,
    EntitySet,
    Time,
    Code,
    Unknown,
}

fn property(kind: Kind, changes_over_time: bool) -> Property {
    let value_type = match kind {
        Kind::Numbers | Kind::Unknown => ValueType::Count,
        Kind::Days => ValueType::Date,
        Kind::Birth => ValueType::Age,
        Kind::Duration => ValueType::Duration,
        Kind::Boolean => ValueType::Boolean,
        Kind::Text | Kind::TextSet => ValueType::Text,
        Kind::Entity => ValueType::Entity,
        Kind::EntitySet => ValueType::Entities,
        Kind::Time => ValueType::Time,
        Kind::Code => ValueType::Code,
    };
    Property {
        id: "p".to_owned(),
        name: "p".to_owned(),
        value_type,
        multi: matches!(kind, Kind::TextSet | Kind::EntitySet),
        changes_over_time,
        drift_after_days: Some(180.0),
        running_total: false,
        edge_fit: crate::model::DEFAULT_EDGE_FIT,
        role: None,
        tolerance: Tolerance {
            approx: 0.15,
            report: 0.05,
        },
        description: None,
    }
}

fn bound(kind: u8, x: f64) -> Bound {
    match kind {
        0 => Bound::Closed(x),
        1 => Bound::Open(x),
        _ => Bound::Unbounded,
    }
}

fn widen(bound: Bound, by: f64) -> Bound {
    match bound {
        Bound::Closed(x) => Bound::Closed(x + by),
        Bound::Open(x) => Bound::Open(x + by),
        Bound::Unbounded => Bound::Unbounded,
    }
}

/// One random claim's raw draws: value draws, scope, hedge, as-of offset and width, source.
type Draw = ((u8, u8, u8, u8, u8), u8, bool, (u16, u8), u8);

fn normal(kind: Kind, ((a, b, c, d, e), ..): &Draw) -> Normal {
    // Days close together, so that consecutive days and readings a few days apart are common.
    let day = |offset: u8| date(2025, 1, 1) + i64::from(offset % 5).days();
    match kind {
        Kind::Numbers => {
            let lo = f64::from(a % 20);
            let hi = lo + f64::from(b % 8);
            let (lo_kind, hi_kind) = (c % 4, d % 4);
            let (lo_kind, hi_kind) = if lo == hi {
                (lo_kind.min(2) * 2 % 4, hi_kind.min(2) * 2 % 4)
            } else {
                (lo_kind, hi_kind)
            };
            let strict = Interval {
                lo: bound(lo_kind, lo),
                hi: bound(hi_kind, hi),
            };
            let slack = f64::from(e % 3);
            let loose = Interval {
                lo: widen(strict.lo, -slack),
                hi: widen(strict.hi, slack),
            };
            // The figure as written: the reading itself, or one figure inside or at an end of
            // it (a hedge's reach around it), so that readings meeting only where both hedges
            // reach are drawn.
            let written = match e % 4 {
                0 | 1 => strict,
                2 => Interval::point(lo + f64::from(b % 8) / 2.0),
                _ => Interval::point(if c % 2 == 0 { lo } else { hi }),
            };
            Normal::Numbers { strict, loose, written }
        }
        Kind::Days => {
            // A range of days, a single day (placed at the turn of a day or not), a night, or
            // a date read two ways: consecutive days with and without a late hour, and a
            // claim inside the gap between another's two readings, are all drawn.
            let first = day(*a);
            let one = DateValue::day(first);
            let turned = |date: DateValue| if d % 3 == 0 { date.at_turn() } else { date };
            Normal::Days(match c % 4 {
                0 => DateValue::span(first, first + i64::from(b % 4).days(), Precision::Range),
                1 => turned(one),
                2 => DateValue::span(first, first + 1.days(), Precision::Night),
                _ => turned(DateValue::either(
                    one,
                    DateValue::day(first + i64::from(b % 3 + 1).days()),
                )),
            })
        }
        Kind::Birth => {
            let first = date(1990, 1, 1) + (i64::from(a % 60) * 7).days();
            Normal::Birth(DateValue::span(
                first,
                first + (300 + i64::from(b % 100)).days(),
                Precision::Range,
            ))
        }
        Kind::Duration => {
            let lo = f64::from(a % 30) * 10.0;
            Normal::Duration(Interval::closed(lo, lo + f64::from(b % 12) * 10.0))
        }
        Kind::Boolean => Normal::Boolean(a % 2 == 0),
        Kind::Text => Normal::Text(["a", "b", "c"][usize::from(a % 3)].to_owned()),
        Kind::TextSet => Normal::TextSet(
            ["a", "b", "c"]
                .iter()
                .enumerate()
                .filter(|(n, _)| *a >> n & 1 == 1)
                .map(|(_, item)| (*item).to_owned())
                .collect(),
        ),
        Kind::Entity => {
            let mut set = EntitySet::default();
            match a % 5 {
                0 => set.none = true,
                n => set
                    .included
                    .push(["idlib", "harem", "latakia", "idlib"][usize::from(n - 1)].to_owned()),
            }
            Normal::Entity(set)
        }
        Kind::EntitySet => {
            let names = ["idlib", "harem", "latakia", "other"];
            let pick = |bits: u8| -> Vec<String> {
                names
                    .iter()
                    .enumerate()
                    .filter(|(n, _)| bits >> n & 1 == 1)
                    .map(|(_, id)| (*id).to_owned())
                    .collect()
            };
            let mut set = EntitySet {
                included: pick(*a),
                excluded: if c % 6 == 0 { pick(*b) } else { vec![] },
                none: d % 10 == 0,
            };
            set.excluded.retain(|id| !set.included.contains(id));
            Normal::EntitySet(set)
        }
        Kind::Time => {
            // One minute, or a window of up to an hour: windows that share only an end minute,
            // nest, or sit a minute apart are all drawn.
            let first = date(2025, 1, 1).at((a % 3) as i8, (b % 3 * 10) as i8, 0, 0);
            let width = [0, 0, 1, 10, 20, 60][usize::from(c % 6)];
            Normal::Time(TimeWindow::between(first, first + jiff::Span::new().minutes(width)))
        }
        Kind::Code => Normal::Code(["F78", "D5", "F78 "][usize::from(a % 3)].trim().to_owned()),
        Kind::Unknown if a % 3 == 0 => Normal::Unknown([Unknown::Unknown, Unknown::Undisclosed][usize::from(b % 2)]),
        Kind::Unknown => Normal::Numbers {
            strict: Interval::point(f64::from(b % 10)),
            loose: Interval::point(f64::from(b % 10)),
            written: Interval::point(f64::from(b % 10)),
        },
    }
}

fn claim(index: usize, draw: &Draw) -> Claim {
    let (_, scope, hedged, (offset, width), source) = draw;
    let first: Date = date(2024, 1, 1) + i64::from([0, 40, 190, 380][usize::from(offset % 4)] + offset / 4 % 30).days();
    Claim {
        id: format!("c{index}").into(),
        source: format!("s{}", source % 3).into(),
        subject: "x".into(),
        subject_written: "x".into(),
        property: "p".into(),
        written: format!("v{index}").into(),
        value: Value::Boolean(true),
        quote: "".into(),
        span: TextSpan {
            start: 0,
            end: 0,
            line: 1,
        },
        attribution: None,
        party: None,
        origin: None,
        as_of: DateValue {
            first,
            last: first + i64::from(width % 4 * (width % 20)).days(),
            precision: Precision::Range,
            readings: None,
            at_turn: false,
        },
        as_of_explicit: true,
        scope: [None, None, Some("speakers"), Some("nationals"), Some("other")][usize::from(scope % 5)]
            .map(arcstr::ArcStr::from),
        hedge: hedged.then(|| "believed to".into()),
        note: None,
        file: "sources/s.yaml".into(),
        line: Claim::position(index + 1),
        column: 3,
    }
}

fn draws() -> impl Strategy<Value = Vec<Draw>> {
    let draw = (
        (any::<u8>(), any::<u8>(), any::<u8>(), any::<u8>(), any::<u8>()),
        any::<u8>(),
        proptest::bool::weighted(0.2),
        (any::<u16>(), any::<u8>()),
        any::<u8>(),
    );
    proptest::collection::vec(draw, 2..=8)
}

fn kind() -> impl Strategy<Value = Kind> {
    prop_oneof![
        3 => Just(Kind::Numbers),
        2 => Just(Kind::Days),
        2 => Just(Kind::Birth),
        2 => Just(Kind::Duration),
        1 => Just(Kind::Boolean),
        1 => Just(Kind::Text),
        1 => Just(Kind::TextSet),
        1 => Just(Kind::Entity),
        2 => Just(Kind::EntitySet),
        1 => Just(Kind::Time),
        1 => Just(Kind::Code),
        1 => Just(Kind::Unknown),
    ]
}

/// A judgement with the evidence of its findings gathered, as reports show it: the verdict
/// and the findings.
fn with_evidence(
    refs: &[(ClaimRef, &Claim)],
    normals: &[Normal],
    context: (&Property, &Corpus),
    (verdict, _, mut findings): Outcome,
) -> (Verdict, Vec<Finding>) {
    evidence_of_findings(refs, normals, &mut findings, context);
    (verdict, findings)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn the_sweep_gives_the_verdict_of_every_pair(kind in kind(), changes in any::<bool>(), odd in any::<u8>(), draws in draws()) {
        let corpus = corpus();
        let property = property(kind, changes);
        let claims: Vec<Claim> = draws.iter().enumerate().map(|(i, d)| claim(i, d)).collect();
        let mut normals: Vec<Normal> = draws.iter().map(|d| normal(kind, d)).collect();
        if odd % 8 == 0 {
            normals[0] = Normal::Text("odd one out".to_owned());
        }
        let refs: Vec<(ClaimRef, &Claim)> = claims
            .iter()
            .enumerate()
            .map(|(i, claim)| (ClaimRef { source: 0, claim: i }, claim))
            .collect();
        let context = (&property, &corpus);
        let (every, every_rule, every_findings) = judge_every_pair(&refs, &normals, context);
        let (swept, swept_rule, swept_findings) = judge_swept(&refs, &normals, context);
        prop_assert!(every_findings.iter().chain(&swept_findings).all(|finding| finding.evidence.is_none()));
        let (_, every_findings) = with_evidence(&refs, &normals, context, (every, every_rule, every_findings));
        let (_, findings) = with_evidence(&refs, &normals, context, (swept, swept_rule, swept_findings));
        prop_assert_eq!(every, swept, "every pair: {:?}\nswept: {:?}", every_findings.first(), findings.first());
        prop_assert!(findings.len() <= claims.len());
        prop_assert!(findings.iter().all(|finding| finding.evidence.is_some()));
    }
}

/// A reading at least as wide as `normal`: every value it allows, and more (a wider hedge).
/// Forms that are not readings of a stretch (names, texts, yes or no, codes) are their own.
fn widened(normal: &Normal, by: u8) -> Normal {
    let more = f64::from(by % 5 + 1);
    let wider = |interval: &Interval| Interval {
        lo: widen(interval.lo, -more),
        hi: widen(interval.hi, more),
    };
    let days = |date: &DateValue| {
        let first = date.first - i64::from(by % 3).days();
        let last = date.last + i64::from(by % 2 + 1).days();
        DateValue::span(first, last, Precision::Range)
    };
    match normal {
        Normal::Numbers { strict, loose, written } => Normal::Numbers {
            strict: wider(strict),
            loose: wider(loose),
            written: *written,
        },
        Normal::Days(date) => Normal::Days(days(date)),
        Normal::Birth(date) => Normal::Birth(days(date)),
        Normal::Duration(interval) => Normal::Duration(wider(interval)),
        Normal::Time(window) => Normal::Time(TimeWindow::between(
            window.first - jiff::Span::new().minutes(i64::from(by % 30)),
            window.last + jiff::Span::new().minutes(i64::from(by % 30)),
        )),
        other => other.clone(),
    }
}

/// The verdict of judging every pair of these claims, drawn as `draws`, with these normals.
fn every_pair(draws: &[Draw], normals: &[Normal], property: &Property, corpus: &Corpus) -> Verdict {
    let claims: Vec<Claim> = draws.iter().enumerate().map(|(i, d)| claim(i, d)).collect();
    let refs: Vec<(ClaimRef, &Claim)> = claims
        .iter()
        .enumerate()
        .map(|(i, claim)| (ClaimRef { source: 0, claim: i }, claim))
        .collect();
    judge_every_pair(&refs, normals, (property, corpus)).0
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// The laws, on every kind of normal form: the verdict does not depend on the order of
    /// the claims, a value compared with itself (from another source) agrees, and widening
    /// a reading never turns agreement into conflict.
    #[test]
    fn the_laws_hold_for_every_kind(kind in kind(), changes in any::<bool>(), draws in draws(), turn in any::<u8>()) {
        let (corpus, property) = (corpus(), property(kind, changes));
        let normals: Vec<Normal> = draws.iter().map(|d| normal(kind, d)).collect();
        let forward = every_pair(&draws, &normals, &property, &corpus);
        let (mut turned_draws, mut turned_normals) = (draws.clone(), normals.clone());
        let by = usize::from(turn) % draws.len();
        turned_draws.rotate_left(by);
        turned_normals.rotate_left(by);
        prop_assert_eq!(forward, every_pair(&turned_draws, &turned_normals, &property, &corpus), "rotated by {}", by);

        let mut other = draws[0];
        other.4 = other.4.wrapping_add(1);
        let itself = every_pair(&[draws[0], other], &[normals[0].clone(), normals[0].clone()], &property, &corpus);
        prop_assert_eq!(itself, Verdict::Agree, "{:?} against itself", normals[0]);

        let pair = [normals[0].clone(), normals[1].clone()];
        if every_pair(&draws[..2], &pair, &property, &corpus) == Verdict::Agree {
            let wider = [widened(&normals[0], turn), normals[1].clone()];
            prop_assert_ne!(every_pair(&draws[..2], &wider, &property, &corpus), Verdict::Conflict, "{:?}", wider);
        }
    }
}

/// `normal` moved `by` lower (figures and lengths by `by`, dates and birth windows by `by`
/// days); `None` for a form that is not one stretch (a date read two ways, a name, a text).
fn moved_down(normal: &Normal, by: u8) -> Option<Normal> {
    let step = f64::from(by);
    let interval = |interval: &Interval| Interval {
        lo: widen(interval.lo, -step),
        hi: widen(interval.hi, -step),
    };
    let days = |date: &DateValue| DateValue {
        first: date.first - i64::from(by).days(),
        last: date.last - i64::from(by).days(),
        ..*date
    };
    match normal {
        Normal::Numbers { strict, loose, written } => Some(Normal::Numbers {
            strict: interval(strict),
            loose: interval(loose),
            written: interval(written),
        }),
        Normal::Days(date) if !date.is_ambiguous() => Some(Normal::Days(days(date))),
        Normal::Birth(date) => Some(Normal::Birth(days(date))),
        Normal::Duration(lengths) => Some(Normal::Duration(interval(lengths))),
        _ => None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// The edge-fit rule is monotone on every kind read as a stretch: of two readings, the
    /// second starting inside or after the first, moving the second towards the first (a
    /// wider overlap, up to the first's start) never gives a worse verdict.
    #[test]
    fn a_wider_overlap_never_gives_a_worse_verdict_for_any_stretch(kind in kind(), draws in draws(), step in 1u8..40) {
        let (corpus, property) = (corpus(), property(kind, false));
        // One scope for both: a part equal to its whole and a part below it are judged by
        // scope, not by how far their readings overlap.
        let draws = [draws[0], (draws[1].0, draws[0].1, draws[1].2, draws[1].3, draws[1].4)];
        let (a, far) = (normal(kind, &draws[0]), normal(kind, &draws[1]));
        let (Some(sa), Some(sf)) = (super::edge::Stretch::of_normal(&a), super::edge::Stretch::of_normal(&far)) else {
            return Ok(());
        };
        prop_assume!(sa.lo <= sf.lo);
        // The first's start is the last place the second may start: a figure at an open
        // start is outside it.
        let starts_inside = |near: &Normal| match (&a, near) {
            (Normal::Numbers { strict, .. }, Normal::Numbers { strict: other, .. }) => {
                strict.lo == other.lo || strict.contains(super::edge::Stretch::of_interval(other).lo)
            }
            _ => super::edge::Stretch::of_normal(near).is_some_and(|near| near.lo >= sa.lo),
        };
        let Some(near) = (1..=step).rev().find_map(|by| {
            let near = moved_down(&far, by)?;
            (super::edge::Stretch::of_normal(&near)?.lo >= sa.lo && starts_inside(&near)).then_some(near)
        }) else {
            return Ok(());
        };
        let verdict = |other: &Normal| every_pair(&draws[..2], &[a.clone(), other.clone()], &property, &corpus);
        prop_assert!(verdict(&near) <= verdict(&far), "{:?} / near {:?} / far {:?}", a, near, far);
    }
}

/// Four counts: the extremes (20 and 0) are dated a year after the middle pair (10 and 5),
/// so every pair with an extreme is drift; only the sweep through time pairs 10 with 5.
#[test]
fn a_conflict_close_in_time_behind_far_extremes_is_found() {
    let corpus = corpus();
    let property = property(Kind::Numbers, true);
    let draw = |value: u8, offset: u16| -> Draw { ((value, 0, 0, 0, 0), 0, false, (offset, 0), 0) };
    let draws = [draw(10, 0), draw(5, 0), draw(19, 3), draw(0, 3)];
    let claims: Vec<Claim> = draws.iter().enumerate().map(|(i, d)| claim(i, d)).collect();
    let normals: Vec<Normal> = draws.iter().map(|d| normal(Kind::Numbers, d)).collect();
    let refs: Vec<(ClaimRef, &Claim)> = claims
        .iter()
        .enumerate()
        .map(|(i, claim)| (ClaimRef { source: 0, claim: i }, claim))
        .collect();
    let context = (&property, &corpus);
    let (verdict, findings) = with_evidence(&refs, &normals, context, judge_swept(&refs, &normals, context));
    assert_eq!(verdict, super::Verdict::Conflict, "{findings:?}");
    assert_eq!(findings[0].claims, [refs[0].0, refs[1].0], "{findings:?}");
}

/// Two plain days a day apart conflict (`next-day`), as a date wider than a day a day away
/// from both readings of a two-way date does, where days placed at the turn of a day are
/// only a tension: when the extremes of the group are days near midnight, the sweep still
/// pairs the others.
#[test]
fn dates_a_day_apart_behind_days_near_midnight_are_found() {
    let corpus = corpus();
    let property = property(Kind::Days, false);
    let (late, plain) = (
        |d: i8| Normal::Days(DateValue::day(date(2025, 1, d)).at_turn()),
        |d: i8| Normal::Days(DateValue::day(date(2025, 1, d))),
    );
    let two_ways =
        Normal::Days(DateValue::either(DateValue::day(date(2025, 1, 19)), DateValue::day(date(2025, 1, 22))).at_turn());
    let wide = Normal::Days(DateValue::span(date(2025, 1, 20), date(2025, 1, 21), Precision::Range));
    for normals in [
        vec![late(21), late(22), plain(22), plain(21)],
        vec![late(21), two_ways, wide],
        vec![late(22), late(21), plain(21), plain(22)],
        vec![late(21), late(22), late(22), plain(22), late(21), plain(21)],
    ] {
        let draws: Vec<Draw> = (0..normals.len() as u8)
            .map(|n| ((0, 0, 0, 0, 0), 0, false, (0, 0), n))
            .collect();
        let claims: Vec<Claim> = draws.iter().enumerate().map(|(i, d)| claim(i, d)).collect();
        let refs: Vec<(ClaimRef, &Claim)> = claims
            .iter()
            .enumerate()
            .map(|(i, claim)| (ClaimRef { source: 0, claim: i }, claim))
            .collect();
        let context = (&property, &corpus);
        assert_eq!(judge_every_pair(&refs, &normals, context).0, Verdict::Conflict);
        assert_eq!(
            judge_swept(&refs, &normals, context).0,
            Verdict::Conflict,
            "{normals:?}"
        );
    }
}

/// On the shipped corpus, sweeping every group (small ones are normally judged pair by
/// pair) gives the verdict of judging every pair, led by a pair that judging every pair
/// finds with that verdict and reason (the sweep keeps fewer pairs, so the most telling of
/// all may not be among them).
#[test]
fn on_the_shipped_corpus_the_sweep_names_the_same_worst_pair() {
    let corpus = crate::corpus::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("claims")).unwrap();
    let groups = crate::graph::groups(&corpus);
    let mut compared = 0;
    for group in groups.iter().filter(|group| group.claims.len() >= 2) {
        let property = &corpus.properties[&group.property];
        let refs: Vec<(ClaimRef, &Claim)> = group.claims.iter().map(|&at| (at, corpus.claim(at).unwrap())).collect();
        let normals: Vec<Normal> = refs.iter().map(|(_, claim)| Normal::of(claim, property)).collect();
        let context = (property, &corpus);
        let (every, every_findings) =
            with_evidence(&refs, &normals, context, judge_every_pair(&refs, &normals, context));
        let (swept, swept_findings) = with_evidence(&refs, &normals, context, judge_swept(&refs, &normals, context));
        assert_eq!(every, swept);
        if let Some(lead) = swept_findings.first() {
            assert!(every_findings.contains(lead), "{lead:?}");
        }
        compared += 1;
    }
    assert!(compared >= 20, "{compared} groups");
}
