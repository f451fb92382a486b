//! Truth discovery on small corpora written for each case, loaded through the real loader.

use super::{Discovery, Method, discover, independent};
use crate::graph::{ClaimGraph, Origin};
use crate::model::Corpus;
use petgraph::graph::NodeIndex;
use std::fmt::Write as _;

/// A corpus of JSON Lines claims: (source, subject, property, value as written).
fn corpus(claims: &[(String, String, &str, String)]) -> (tempfile::TempDir, Corpus) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("entities.yaml"), "open: true\nentities: []\n").unwrap();
    std::fs::write(
        dir.path().join("properties.yaml"),
        "properties:\n  - { id: departure, name: departure, type: time }\n",
    )
    .unwrap();
    std::fs::create_dir_all(dir.path().join("bulk")).unwrap();
    let mut lines = String::new();
    for (source, subject, property, value) in claims {
        let _ = writeln!(
            lines,
            "{{\"source\": \"{source}\", \"subject\": \"{subject}\", \"property\": \"{property}\", \"value\": \"{value}\", \"as_of\": \"2011-12-01\"}}"
        );
    }
    std::fs::write(dir.path().join("bulk/claims.jsonl"), lines).unwrap();
    let corpus = crate::corpus::load(dir.path()).unwrap();
    (dir, corpus)
}

fn run(corpus: &Corpus, method: Method) -> Discovery {
    let graph = ClaimGraph::build(corpus);
    let groups = crate::graph::groups(corpus);
    discover(corpus, &graph, &groups, method)
}

/// The estimate of a subject's property, in normal form.
fn estimate(discovery: &Discovery, subject: &str) -> String {
    let found = discovery.estimates.iter().find(|e| e.subject == subject).unwrap();
    found.normal.to_string()
}

fn source_index(corpus: &Corpus, id: &str) -> usize {
    corpus.sources.iter().position(|s| s.id == id).unwrap()
}

/// A time written in one of several formats (each source has its own), `minute` minutes
/// after noon.
fn time(format: usize, minute: usize) -> String {
    let (h, m) = (12 + minute / 60, minute % 60);
    let h12 = if h > 12 { h - 12 } else { h };
    match format % 4 {
        0 => format!("2011-12-01 {h:02}:{m:02}"),
        1 => format!("12/01/2011 {h12:02}:{m:02} PM"),
        2 => format!("Dec 01 - {h12}:{m:02}pm"),
        _ => format!("{h12}:{m:02}pDec 1"),
    }
}

#[test]
fn hedged_counts_support_one_estimate() {
    let claims: Vec<(String, String, &str, String)> =
        [("a", "about 50"), ("b", "50"), ("c", "more than 45"), ("d", "80")]
            .iter()
            .map(|(source, value)| {
                (
                    source.to_string(),
                    "ghuraba".to_owned(),
                    "fighter-count",
                    value.to_string(),
                )
            })
            .collect();
    let (_dir, corpus) = corpus(&claims);
    for method in Method::ALL {
        let discovery = run(&corpus, method);
        let found = discovery.estimates.first().unwrap();
        assert_eq!(found.normal.to_string(), "50", "{method:?}");
        assert_eq!(found.claims.len(), 3, "{method:?}");
        assert_eq!(found.origins, 3, "{method:?}");
        assert!(
            found.backing.confidence > 0.5,
            "{method:?}: {}",
            found.backing.confidence
        );
    }
}

/// Three copies of one feed repeat its errors word for word; copy detection finds them
/// (and no pair of independent sources), and their agreement counts as one origin.
#[test]
fn sources_that_share_their_errors_are_found() {
    let mut claims = Vec::new();
    for flight in 0..40 {
        let subject = format!("f{flight}");
        for honest in 0..4 {
            // Each honest source is wrong on its own items, in its own way.
            let wrong = (flight + honest) % 9 == 0;
            let minute = if wrong { flight + 100 + honest } else { flight };
            claims.push((
                format!("honest{honest}"),
                subject.clone(),
                "departure",
                time(honest, minute),
            ));
        }
        let copied = if flight % 3 == 0 { flight + 30 } else { flight };
        for copier in 0..3 {
            claims.push((format!("copier{copier}"), subject.clone(), "departure", time(3, copied)));
        }
    }
    let (_dir, corpus) = corpus(&claims);
    let accucopy = run(&corpus, Method::Accucopy);
    let copiers: Vec<usize> = (0..3).map(|c| source_index(&corpus, &format!("copier{c}"))).collect();
    for pair in &accucopy.copies {
        assert!(
            copiers.contains(&pair.sources.0) && copiers.contains(&pair.sources.1),
            "{pair:?}"
        );
    }
    assert_eq!(accucopy.copies.len(), 3, "every pair of the three copies");
    let right = (0..40)
        .filter(|f| estimate(&accucopy, &format!("f{f}")) == format!("2011-12-01 12:{f:02}"))
        .count();
    assert_eq!(right, 40);
    let f1 = accucopy.estimates.iter().find(|e| e.subject == "f1").unwrap();
    assert_eq!((f1.claims.len(), f1.origins), (7, 5), "the three copies are one origin");
    let copier = accucopy.reliability.get(copiers[0]).unwrap().overall.accuracy;
    let honest = accucopy
        .reliability
        .get(source_index(&corpus, "honest0"))
        .unwrap()
        .overall
        .accuracy;
    assert!(copier < honest, "{copier} {honest}");
}

/// Two accurate sources agree where a sloppy majority is wrong: they agree because they are
/// right, in their own words, and are not taken for copies.
#[test]
fn accurate_sources_agreeing_against_the_majority_are_not_copies() {
    let mut claims = Vec::new();
    for flight in 0..40 {
        let subject = format!("f{flight}");
        claims.push(("accurate-a".to_owned(), subject.clone(), "departure", time(0, flight)));
        claims.push(("accurate-b".to_owned(), subject.clone(), "departure", time(1, flight)));
        for sloppy in 0..3 {
            // On every fourth flight the three agree on one wrong time; each is also wrong
            // on its own elsewhere.
            let minute = if flight % 4 == 0 {
                flight + 50
            } else if (flight + sloppy) % 5 == 0 {
                flight + 100 + sloppy
            } else {
                flight
            };
            claims.push((
                format!("sloppy{sloppy}"),
                subject.clone(),
                "departure",
                time(sloppy + 1, minute),
            ));
        }
    }
    let (_dir, corpus) = corpus(&claims);
    let a = source_index(&corpus, "accurate-a");
    let b = source_index(&corpus, "accurate-b");
    let majority = run(&corpus, Method::Majority);
    assert_eq!(estimate(&majority, "f4"), "2011-12-01 12:54", "the majority is wrong");
    let accucopy = run(&corpus, Method::Accucopy);
    assert!(
        !accucopy.copies.iter().any(|pair| pair.sources == (a.min(b), a.max(b))),
        "{:?}",
        accucopy.copies
    );
}

#[test]
fn the_same_corpus_gives_the_same_figures() {
    let claims: Vec<(String, String, &str, String)> = (0..30)
        .flat_map(|i| {
            (0..5).map(move |s| {
                (
                    format!("s{s}"),
                    format!("f{}", i % 7),
                    "departure",
                    time(s, (i * s) % 11),
                )
            })
        })
        .collect();
    let (_dir, corpus) = corpus(&claims);
    for method in Method::ALL {
        let first = run(&corpus, method);
        let again = run(&corpus, method);
        assert_eq!(first.estimates, again.estimates, "{method:?}");
        assert_eq!(first.reliability, again.reliability, "{method:?}");
        assert_eq!(first.copies, again.copies, "{method:?}");
    }
}

/// Wider readings around the estimate are backed by its own claims: they are not rivals and
/// do not make it look contested.
#[test]
fn wider_readings_around_the_estimate_are_no_rivals() {
    let backing = |values: [&str; 3]| {
        let claims: Vec<(String, String, &str, String)> = ["a", "b", "c"]
            .iter()
            .zip(values)
            .map(|(source, value)| (source.to_string(), "camp".to_owned(), "fighter-count", value.to_owned()))
            .collect();
        let (_dir, corpus) = corpus(&claims);
        let discovery = run(&corpus, Method::DEFAULT);
        discovery.estimates.first().unwrap().backing
    };
    let alike = backing(["50", "50", "50"]);
    let nested = backing(["50", "about 50", "between 40 and 60"]);
    let apart = backing(["50", "70", "90"]);
    assert!(
        (nested.confidence - alike.confidence).abs() < 0.02,
        "{nested:?} {alike:?}"
    );
    assert!(
        nested.range.0 > apart.range.0 && apart.confidence < 0.5,
        "{nested:?} {apart:?}"
    );
}

/// `independent` as first written, with lists searched from the start for every claim.
fn independent_by_scans(claims: &[(u32, Origin)], copied: &[Vec<(u32, f64)>]) -> (Vec<u32>, usize) {
    let mut origins: Vec<Origin> = Vec::new();
    let mut seen: Vec<u32> = Vec::new();
    let mut sources: Vec<u32> = Vec::new();
    for &(source, origin) in claims {
        let copies_one = copied
            .get(source as usize)
            .is_some_and(|partners| partners.iter().any(|(partner, _)| seen.contains(partner)));
        if !seen.contains(&source) {
            seen.push(source);
        }
        if copies_one || origins.contains(&origin) {
            continue;
        }
        origins.push(origin);
        if !sources.contains(&source) {
            sources.push(source);
        }
    }
    (sources, origins.len())
}

proptest::proptest! {
    #[test]
    fn independent_backers_are_those_found_by_scanning_lists(
        claims in proptest::collection::vec((0u32..12, 0usize..6, proptest::bool::ANY), 0..60),
        pairs in proptest::collection::vec((0u32..12, 0u32..12), 0..8),
    ) {
        let claims: Vec<(u32, Origin)> = claims
            .into_iter()
            .map(|(source, origin, upstream)| {
                let origin = if upstream {
                    Origin::Upstream(NodeIndex::new(origin))
                } else {
                    Origin::Source(origin)
                };
                (source, origin)
            })
            .collect();
        let mut copied: Vec<Vec<(u32, f64)>> = vec![Vec::new(); 12];
        for (a, b) in pairs.into_iter().filter(|(a, b)| a != b) {
            copied[a as usize].push((b, 0.9));
            copied[b as usize].push((a, 0.9));
        }
        let fast = independent(claims.iter().copied(), &copied);
        proptest::prop_assert_eq!((fast.sources, fast.origins), independent_by_scans(&claims, &copied));
    }
}

/// The estimate of an agreeing group as it was made before estimates knew the verdicts: the
/// method's estimate, then backed by every claim of the group, each independent origin once.
fn agreed_afterwards(discovery: &mut Discovery, corpus: &Corpus, graph: &ClaimGraph, agreeing: &[&str]) {
    let partners = super::copies::partners(&discovery.copies, corpus.sources.len());
    for group in crate::graph::groups(corpus) {
        if !agreeing.contains(&group.subject.as_str()) {
            continue;
        }
        let claims = group.claims.iter().map(|&at| (at.source as u32, graph.origin_of(at)));
        let backers = independent(claims, &partners);
        let accuracies: Vec<&super::Accuracy> = backers
            .sources
            .iter()
            .map(|&source| &discovery.reliability[source as usize].overall)
            .collect();
        let backing = super::backing::backing(&[accuracies], 0);
        if let Some(estimate) = discovery.estimate_mut(&group.subject, &group.property) {
            estimate.backing = backing;
            estimate.claims = group.claims.clone();
            estimate.origins = backers.origins;
        }
    }
}

/// Departure claims drawn as (source, flight, step of seven minutes), each source spelling
/// its times in its own way.
fn departures(claims: &[(usize, usize, usize)]) -> Vec<(String, String, &'static str, String)> {
    claims
        .iter()
        .map(|&(source, subject, minute)| {
            (
                format!("s{source}"),
                format!("flight-{subject}"),
                "departure",
                time(source, minute * 7),
            )
        })
        .collect()
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(24))]
    #[test]
    fn agreeing_groups_are_estimated_as_when_backed_afterwards(
        claims in proptest::collection::vec((0usize..5, 0usize..3, 0usize..4), 1..24),
        agreeing in proptest::collection::vec(0usize..3, 0..3),
    ) {
        let (_dir, corpus) = corpus(&departures(&claims));
        let agreeing: Vec<String> = agreeing.iter().map(|subject| format!("flight-{subject}")).collect();
        let agreeing: Vec<&str> = agreeing.iter().map(String::as_str).collect();
        let graph = ClaimGraph::build(&corpus);
        let groups = crate::graph::groups(&corpus);
        for method in Method::ALL {
            let mut before = discover(&corpus, &graph, &groups, method);
            agreed_afterwards(&mut before, &corpus, &graph, &agreeing);
            let now = super::Estimation::run(&corpus, &graph, &groups, method)
                .finish(&corpus, |_, _| true, |subject, _| agreeing.contains(&subject));
            proptest::prop_assert_eq!(&now.estimates, &before.estimates);
            proptest::prop_assert_eq!(&now.reliability, &before.reliability);
        }
    }

    #[test]
    fn estimating_some_groups_gives_their_estimates_of_the_whole_corpus(
        claims in proptest::collection::vec((0usize..5, 0usize..4, 0usize..4), 1..24),
        wanted in proptest::collection::vec(0usize..4, 0..4),
    ) {
        let (_dir, corpus) = corpus(&departures(&claims));
        let wanted: Vec<String> = wanted.iter().map(|subject| format!("flight-{subject}")).collect();
        let graph = ClaimGraph::build(&corpus);
        let groups = crate::graph::groups(&corpus);
        for method in Method::ALL {
            let mut all = discover(&corpus, &graph, &groups, method);
            all.estimates.retain(|estimate| wanted.contains(&estimate.subject));
            let some = super::Estimation::run(&corpus, &graph, &groups, method)
                .finish(&corpus, |subject, _| wanted.iter().any(|w| w == subject), |_, _| false);
            proptest::prop_assert_eq!(&some.estimates, &all.estimates);
            proptest::prop_assert_eq!(&some.reliability, &all.reliability);
        }
    }
}
