//! The sweep against the oracle: on small random groups of every kind of normal form
//! (numbers with open, closed and infinite ends, dates, birth-date windows, lengths, entities
//! and sets of them, texts and sets of them, yes/no, times, codes, values not given; nested
//! scopes, hedges, as-of dates far and near, edges that barely meet), judging only the pairs
//! the sweep selects gives the verdict of judging every pair.

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
    let day = |offset: u8| date(2025, 1, 1) + i64::from(offset % 40).days();
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
            let first = day(*a);
            let last = first + i64::from(b % 4).days();
            Normal::Days(DateValue {
                first,
                last,
                precision: Precision::Range,
                readings: None,
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
