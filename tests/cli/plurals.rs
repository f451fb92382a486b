//! Counts of one read in the singular in every view and format: a corpus where one source
//! makes one claim, one group is in conflict, one discrepancy is unreviewed and one claim is
//! made by one source only, run through every view, and no "1 claims" anywhere.

use crate::common::{ScratchCorpus, run};
use regex::Regex;

/// Two outlets disagree on a man's age (one group, one conflict, one discrepancy); the second
/// also says where he lives (one claim made by one source only); the first makes one claim.
fn corpus() -> ScratchCorpus {
    let dir = ScratchCorpus::empty();
    dir.write(
        "entities.yaml",
        "entities:\n  - { id: rahimov, kind: person, name: Dilshod Rahimov }\n  \
         - { id: samarkand, kind: place, name: Samarkand }\n",
    );
    dir.write(
        "sources/alpha.yaml",
        "outlet: Alpha Daily\ntitle: A profile\npublished: 2025-03-02\nlanguage: en\nclaims:\n  \
         - { id: age, subject: rahimov, property: age, value: \"41\", quote: Rahimov is 41 }\n",
    );
    dir.write("texts/alpha.txt", "Rahimov is 41, his neighbours say.\n");
    dir.write(
        "sources/beta.yaml",
        "outlet: Beta Weekly\ntitle: Another profile\npublished: 2025-03-04\nlanguage: en\n\
         origin: [Gamma Wire]\nclaims:\n  \
         - { id: age, subject: rahimov, property: age, value: \"58\", quote: Rahimov is 58 }\n  \
         - { id: home, subject: rahimov, property: location, value: samarkand, quote: lives in Samarkand }\n",
    );
    dir.write("texts/beta.txt", "Rahimov is 58 and lives in Samarkand.\n");
    dir
}

/// Every count of one followed by a plural noun this tool counts.
fn bad_forms() -> Regex {
    Regex::new(
        r"\b1 (independent |more |other |stale |earlier )?(claims|groups|sources|conflicts|discrepancies|decisions|origins|pairs|subjects|properties|values|errors|days|outlets|readings|problems|proposals|events|items)\b|\b1</b> (claims|groups|sources)\b|\bpairs that does\b",
    )
    .unwrap()
}

#[test]
fn every_view_says_one_in_the_singular() {
    let dir = corpus();
    let path = dir.path().to_str().unwrap();
    let mut runs: Vec<(String, String)> = Vec::new();
    let mut view = |args: &[&str]| {
        let out = run(args);
        assert!(out.code < 2, "{args:?}: {}", out.stderr);
        runs.push((args.join(" "), out.stdout + &out.stderr));
    };
    for format in ["table", "markdown", "html", "csv", "json"] {
        view(&["check", path, "--format", format]);
        view(&["review", "alpha", "--corpus", path, "--format", format]);
        view(&["review", "beta", "--corpus", path, "--format", format]);
        view(&["show", "rahimov", "--corpus", path, "--format", format]);
    }
    for width in ["80", "220"] {
        view(&["check", path, "--width", width]);
        view(&["review", "alpha", "--corpus", path, "--width", width]);
    }
    for format in ["table", "markdown", "csv", "json"] {
        view(&["sources", path, "--format", format]);
        view(&["sources", path, "--copies", "--format", format]);
    }
    view(&[
        "accept",
        "--all-new",
        "--corpus",
        path,
        "--note",
        "Beta Weekly is a decade out.",
    ]);
    view(&["check", path]);
    view(&["check", path, "--format", "html"]);
    let bad = bad_forms();
    let found: Vec<String> = runs
        .iter()
        .flat_map(|(args, output)| bad.find_iter(output).map(move |m| format!("{args}: {:?}", m.as_str())))
        .collect();
    assert!(
        found.is_empty(),
        "plural nouns after a count of one:\n{}",
        found.join("\n")
    );
    let all: String = runs.iter().map(|(_, output)| output.as_str()).collect();
    for singular in ["1 group", "1 claim", "1 discrepancy", "1 decision"] {
        assert!(all.contains(singular), "no {singular:?} was printed to check");
    }
}
