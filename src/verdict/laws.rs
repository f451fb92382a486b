//! Laws every comparison must obey, checked on random groups of hedged counts loaded through
//! the real loader: the verdict does not depend on the order of sources or claims; a value
//! compared with itself agrees; widening a hedge never turns agreement into conflict; a
//! wider overlap of two readings (counts or ranges of dates) never gives a worse verdict.

use super::tests::{claim, corpus};
use super::{Verdict, judge};
use proptest::prelude::*;

/// A count as a reporter might write it, with the reading it stands for.
#[derive(Debug, Clone)]
enum Count {
    Exact(u32),
    About(u32),
    MoreThan(u32),
    AtLeast(u32),
    UpTo(u32),
    Between(u32, u32),
    Dozens,
}

impl Count {
    fn written(&self) -> String {
        match self {
            Count::Exact(n) => n.to_string(),
            Count::About(n) => format!("about {n}"),
            Count::MoreThan(n) => format!("more than {n}"),
            Count::AtLeast(n) => format!("at least {n}"),
            Count::UpTo(n) => format!("up to {n}"),
            Count::Between(lo, hi) => format!("between {lo} and {hi}"),
            Count::Dozens => "dozens".to_owned(),
        }
    }

    /// A hedge at least as wide: every reading of `self` is a reading of the result.
    fn widened(&self) -> Count {
        match *self {
            Count::Exact(n) => Count::About(n),
            Count::About(n) => Count::Between(n / 2, n * 2),
            Count::MoreThan(n) => Count::AtLeast(n),
            Count::AtLeast(n) => Count::AtLeast(n / 2),
            Count::UpTo(n) => Count::UpTo(n * 2),
            Count::Between(lo, hi) => Count::Between(lo / 2, hi * 2),
            Count::Dozens => Count::Between(12, 200),
        }
    }
}

fn count() -> impl Strategy<Value = Count> {
    let n = 2u32..300;
    prop_oneof![
        n.clone().prop_map(Count::Exact),
        n.clone().prop_map(Count::About),
        n.clone().prop_map(Count::MoreThan),
        n.clone().prop_map(Count::AtLeast),
        n.clone().prop_map(Count::UpTo),
        (n, 1u32..100).prop_map(|(lo, extra)| Count::Between(lo, lo + extra)),
        Just(Count::Dozens),
    ]
}

/// The verdict of the one group made of these counts, one per source, sources named in the
/// given order.
fn verdict(counts: &[Count], names: &[&str]) -> Verdict {
    let written: Vec<String> = counts.iter().map(Count::written).collect();
    verdict_of_values("fighter-count", &written, names)
}

/// The verdict of the one group made of these values of a property, one per source.
fn verdict_of_values(property: &str, values: &[String], names: &[&str]) -> Verdict {
    let claims: Vec<(String, String)> = values
        .iter()
        .zip(names)
        .map(|(value, name)| ((*name).to_owned(), claim("ghuraba", property, value, "")))
        .collect();
    let sources: Vec<(&str, &str, &str)> = claims
        .iter()
        .map(|(name, claim)| (name.as_str(), "2025-10-22", claim.as_str()))
        .collect();
    let (_dir, corpus) = corpus(&sources);
    let judged = judge(&corpus, crate::graph::groups(&corpus));
    judged.first().map_or(Verdict::Agree, |group| group.verdict)
}

const NAMES: [&str; 5] = ["alpha", "bravo", "charlie", "delta", "echo"];

/// The verdict on two counts, the first hedged with `hedge` when one is given.
fn verdict_hedged(a: &Count, b: &Count, hedge: Option<&str>) -> Verdict {
    let extra = hedge.map(|hedge| format!(", hedge: {hedge}")).unwrap_or_default();
    let first = claim("ghuraba", "fighter-count", &a.written(), &extra);
    let second = claim("ghuraba", "fighter-count", &b.written(), "");
    let (_dir, corpus) = corpus(&[("alpha", "2025-10-22", &first), ("bravo", "2025-10-22", &second)]);
    let judged = judge(&corpus, crate::graph::groups(&corpus));
    judged.first().map_or(Verdict::Agree, |group| group.verdict)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn the_verdict_does_not_depend_on_the_order_of_sources(
        counts in prop::collection::vec(count(), 2..5),
        rotation in 0usize..5,
    ) {
        let forward = verdict(&counts, &NAMES);
        let mut rotated = counts.clone();
        rotated.rotate_left(rotation % counts.len());
        let mut names = NAMES;
        names.reverse();
        prop_assert_eq!(forward, verdict(&rotated, &names));
    }

    #[test]
    fn a_value_compared_with_itself_agrees(value in count()) {
        prop_assert_eq!(verdict(&[value.clone(), value], &NAMES), Verdict::Agree);
    }

    /// Widening a hedge, in the value or by a hedge of nearness in the claim's `hedge`
    /// field, never turns agreement into conflict.
    #[test]
    fn widening_a_hedge_never_turns_agreement_into_conflict(a in count(), b in count()) {
        if verdict(&[a.clone(), b.clone()], &NAMES) == Verdict::Agree {
            prop_assert_ne!(verdict(&[a.widened(), b.clone()], &NAMES), Verdict::Conflict);
        }
        if verdict_hedged(&a, &b, None) == Verdict::Agree {
            prop_assert_ne!(verdict_hedged(&a, &b, Some("about")), Verdict::Conflict);
        }
    }

    /// A hedge word on one side is named, never weighed: it neither raises compatible
    /// values nor rescues values that cannot both hold.
    #[test]
    fn a_hedge_on_one_side_never_changes_the_verdict(
        a in count(), b in count(), hedge in prop::sample::select(vec!["reportedly", "is considered", "estimated"]),
    ) {
        prop_assert_eq!(verdict_hedged(&a, &b, Some(hedge)), verdict_hedged(&a, &b, None));
    }

    /// Two readings, the second starting inside or after the first: moving it towards the
    /// first (a wider overlap, up to the first's start) never gives a worse verdict, for
    /// counts and for ranges of days alike.
    #[test]
    fn a_wider_overlap_never_gives_a_worse_verdict(
        start in 10u32..200, width in 1u32..80, other in 1u32..80, gap in 0u32..160, step in 1u32..120,
    ) {
        let far = start + gap;
        let near = far.saturating_sub(step).max(start);
        let counts = |lo: u32| vec![format!("between {start} and {}", start + width), format!("between {lo} and {}", lo + other)];
        prop_assert!(verdict_of_values("fighter-count", &counts(near), &NAMES) <= verdict_of_values("fighter-count", &counts(far), &NAMES));
        let day = |n: u32| (jiff::civil::date(2024, 1, 1) + jiff::Span::new().days(i64::from(n))).to_string();
        let days = |lo: u32| vec![format!("{}..{}", day(start), day(start + width)), format!("{}..{}", day(lo), day(lo + other))];
        prop_assert!(verdict_of_values("date", &days(near), &NAMES) <= verdict_of_values("date", &days(far), &NAMES));
    }
}
