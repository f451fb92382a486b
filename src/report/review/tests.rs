//! The review judges exactly the pairs it shows: in a group large enough to be swept (which
//! keeps only each claim's worst finding), every other claim's verdict is the verdict of its
//! pair judged alone.

use super::Review;
use crate::analysis::Analysis;
use crate::model::Corpus;
use crate::verdict::Verdict;

const ENTITIES: &str = "entities:\n  - { id: ghuraba, kind: group, name: Ghuraba }\n";
const CATALOGUE: &str = "properties: []
scopes:
  - { id: speakers, name: French-speaking fighters }
  - { id: nationals, name: French nationals, within: speakers }
";

/// Counts of one group in one week, one source each: (value, scope).
const COUNTS: &[(&str, Option<&str>)] = &[
    ("about a dozen", Some("nationals")),
    ("roughly 70", Some("nationals")),
    ("dozens", None),
    ("about fifty", None),
    ("around 150", Some("speakers")),
    ("more than 70", Some("nationals")),
    ("70", None),
    ("a few dozen", None),
    ("nearly 200", None),
    ("about 70", Some("nationals")),
];

/// A corpus of these counts, the n-th from source `s{n}`.
fn corpus(counts: &[(usize, (&str, Option<&str>))]) -> (tempfile::TempDir, Corpus) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("entities.yaml"), ENTITIES).unwrap();
    std::fs::write(dir.path().join("properties.yaml"), CATALOGUE).unwrap();
    std::fs::create_dir_all(dir.path().join("sources")).unwrap();
    std::fs::create_dir_all(dir.path().join("texts")).unwrap();
    for (n, (value, scope)) in counts {
        let scope = scope.map(|scope| format!(", scope: {scope}")).unwrap_or_default();
        let yaml = format!(
            "outlet: Outlet {n}\ntitle: t\npublished: 2025-10-{:02}\nlanguage: en\nclaims:\n  - {{ id: count, subject: ghuraba, property: fighter-count, value: \"{value}\", quote: the quote{scope} }}\n",
            20 + n % 5
        );
        std::fs::write(dir.path().join(format!("sources/s{n}.yaml")), yaml).unwrap();
        std::fs::write(dir.path().join(format!("texts/s{n}.txt")), "the quote\n").unwrap();
    }
    let corpus = crate::corpus::load(dir.path()).unwrap();
    (dir, corpus)
}

/// The verdict on two counts judged alone.
fn alone(a: usize, b: usize) -> Verdict {
    let (_dir, corpus) = corpus(&[(a, COUNTS[a]), (b, COUNTS[b])]);
    let analysis = Analysis::of(&corpus);
    analysis.groups.first().map_or(Verdict::Agree, |judged| judged.verdict)
}

#[test]
fn every_pair_a_review_shows_has_the_verdict_of_the_pair_judged_alone() {
    let all: Vec<(usize, (&str, Option<&str>))> = COUNTS.iter().copied().enumerate().collect();
    let (_dir, corpus) = corpus(&all);
    let analysis = Analysis::of(&corpus);
    let source_of = |id: &str| id.trim_start_matches('s').parse::<usize>().unwrap();
    for (index, source) in corpus.sources.iter().enumerate() {
        let review = Review::of(&analysis, index).unwrap();
        let [entry] = review.entries.as_slice() else {
            panic!("one claim per source")
        };
        assert_eq!(entry.others.len(), COUNTS.len() - 1);
        for other in &entry.others {
            let (a, b) = (source_of(&source.id), source_of(&other.claim.source));
            assert_eq!(
                other.verdict,
                alone(a, b),
                "{:?} against {:?}: {:?}",
                COUNTS[a],
                COUNTS[b],
                other.reason
            );
            assert_eq!(other.reason.is_some(), other.verdict != Verdict::Agree);
        }
    }
    let dozen = Review::of(&analysis, 0).unwrap();
    let seventy = dozen.entries[0]
        .others
        .iter()
        .find(|other| other.claim.written == "roughly 70")
        .unwrap();
    assert_ne!(
        seventy.verdict,
        Verdict::Agree,
        "about a dozen against roughly 70 French nationals"
    );
}
