//! `crosscheck extract` on the shipped seed texts: drafts pinned by snapshots, measured
//! quality held above floors, decoy numbers never attached to the affair, merging into
//! source files, and bad input.

use crate::common::{ScratchCorpus, run, shipped_corpus};
use serde_json::Value;
use std::collections::BTreeMap;

/// The affair's subjects: no unrelated number may be proposed about them.
const AFFAIR: &[&str] = &[
    "omar-diaby",
    "ghuraba",
    "ghuraba-camp",
    "harem-clashes",
    "harem-agreement",
    "jibril-al-muhajir",
    "french-jihadists-in-idlib",
    "french-jihadists-who-left",
    "diaby-hts-detention",
    "diaby-us-designation",
    "diaby-prison-term",
];

fn proposals(text: &str) -> (String, Vec<Value>) {
    let path = format!("claims/texts/{text}.txt");
    let run = run(&["extract", &path, "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let document: Value = serde_json::from_str(&run.stdout).expect("the proposals are JSON");
    assert_eq!(document["schema"], "crosscheck/proposals@1");
    let text = std::fs::read_to_string(shipped_corpus().join(format!("texts/{text}.txt"))).expect("the text");
    (text, document["proposals"].as_array().expect("proposals").clone())
}

fn span(proposal: &Value, field: &str) -> (usize, usize) {
    let at = |i: usize| proposal[field][i].as_u64().expect("a byte offset") as usize;
    (at(0), at(1))
}

#[test]
fn the_yaml_draft_of_a_seed_text_is_pinned() {
    let run = run(&["extract", "claims/texts/bfmtv-oumar-diaby.txt"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    insta::assert_snapshot!("extract_bfmtv_yaml", run.stdout);
}

#[test]
fn the_json_proposals_of_a_seed_text_are_pinned() {
    let run = run(&["extract", "claims/texts/noonpost-ghuraba.txt", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    insta::assert_snapshot!("extract_noonpost_json", run.stdout);
}

#[test]
fn every_proposal_quotes_its_span_verbatim() {
    for text in [
        "asharq-foreign-fighters",
        "bfmtv-oumar-diaby",
        "noonpost-ghuraba",
        "rferl-jisr-al-shughour",
        "uzbek-mediators",
    ] {
        let (body, proposals) = proposals(text);
        assert!(!proposals.is_empty(), "{text}");
        for proposal in &proposals {
            let (start, end) = span(proposal, "span");
            assert_eq!(&body[start..end], proposal["quote"].as_str().expect("quote"), "{text}");
            let (value_start, value_end) = span(proposal, "value_span");
            assert!(start <= value_start && value_end <= end, "{proposal}");
            assert!(proposal["property"].is_string() && proposal["value"].is_string());
            assert_eq!(proposal["subject"].is_null(), proposal["subject_name"].is_null());
        }
    }
}

#[test]
fn unrelated_numbers_are_never_about_the_affair() {
    // (text, words of the value as written in the text): other people's ages, patients per
    // day, troops, aid trucks, percentages of GDP, the currency ticker, a video teaser.
    let decoys = [
        ("asharq-foreign-fighters", "15-year-old"),
        ("asharq-foreign-fighters", "22-year-old"),
        ("asharq-foreign-fighters", "14-year-old"),
        ("asharq-foreign-fighters", "50 patients"),
        ("asharq-foreign-fighters", "up to 150"),
        ("asharq-foreign-fighters", "up to 1,500"),
        ("asharq-foreign-fighters", "600 aid"),
        ("asharq-foreign-fighters", "\"dozens\" of trucks"),
        ("asharq-foreign-fighters", "some 75%"),
        ("asharq-foreign-fighters", "around 3.5%"),
        ("asharq-foreign-fighters", "two French nationals"),
        ("asharq-foreign-fighters", "close to two years"),
        ("noonpost-ghuraba", "in his forties"),
        ("noonpost-ghuraba", "three European envoys"),
        ("uzbek-mediators", "0.93%"),
        ("uzbek-mediators", "06 December 2025"),
        ("bfmtv-oumar-diaby", "01/14"),
        ("bfmtv-oumar-diaby", "16,985"),
    ];
    let mut texts = BTreeMap::new();
    for (text, decoy) in decoys {
        let (body, proposals) = texts.entry(text).or_insert_with(|| proposals(text));
        let at = body.find(decoy).unwrap_or_else(|| panic!("{decoy:?} is not in {text}"));
        let decoy_span = (at, at + decoy.len());
        for proposal in proposals.iter() {
            let (start, end) = span(proposal, "value_span");
            let subject = proposal["subject"].as_str().unwrap_or("");
            if start < decoy_span.1 && decoy_span.0 < end {
                assert!(
                    !AFFAIR.contains(&subject),
                    "{decoy:?} in {text} proposed about {subject}: {proposal}"
                );
            }
        }
    }
    // Nothing from the unrelated articles after the first one is about the affair at all.
    let (body, proposals) = &texts["asharq-foreign-fighters"];
    let unrelated = body.find("What to Know about Gaza").expect("the second article");
    for proposal in proposals {
        if span(proposal, "span").0 > unrelated {
            let subject = proposal["subject"].as_str().unwrap_or("");
            assert!(!AFFAIR.contains(&subject), "{proposal}");
        }
    }
}

/// The evaluation table as `family -> (recall, precision)` in percent.
fn evaluation() -> BTreeMap<String, (u32, u32)> {
    let run = run(&["extract", "--evaluate"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut figures = BTreeMap::new();
    for line in run.stdout.lines().filter(|line| line.contains('┆')) {
        let cells: Vec<&str> = line.trim_matches('│').split('┆').map(str::trim).collect();
        let percent = |cell: &str| cell.trim_end_matches('%').parse::<u32>().ok();
        if let (Some(recall), Some(precision)) = (percent(cells[3]), percent(cells[6])) {
            figures.insert(cells[0].to_owned(), (recall, precision));
        }
    }
    figures
}

#[test]
fn measured_quality_stays_above_its_floors() {
    let figures = evaluation();
    // Floors just below what was measured on the shipped corpus (README, "Extracting claims").
    let floors = [
        ("all", 70, 85),
        ("age", 100, 100),
        ("count", 30, 70),
        ("date", 75, 80),
        ("duration", 100, 100),
        ("percentage", 100, 100),
        ("unit", 100, 100),
    ];
    for (family, recall, precision) in floors {
        let (measured_recall, measured_precision) = figures[family];
        assert!(
            measured_recall >= recall,
            "{family}: recall {measured_recall}% < {recall}%"
        );
        assert!(
            measured_precision >= precision,
            "{family}: precision {measured_precision}% < {precision}%"
        );
    }
}

#[test]
fn the_readme_table_of_extraction_figures_is_what_evaluate_prints() {
    let run = run(&["extract", "--evaluate"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // family, curated, recall, proposed, precision: the README's columns, from the full table.
    let printed: Vec<String> = run
        .stdout
        .lines()
        .filter(|line| line.contains('┆'))
        .map(|line| line.trim_matches('│').split('┆').map(str::trim).collect::<Vec<_>>())
        .filter(|cells| cells[0] != "family")
        .map(|cells| {
            format!(
                "| {} | {} | {} | {} | {} |",
                cells[0], cells[1], cells[3], cells[4], cells[6]
            )
        })
        .collect();
    let readme = std::fs::read_to_string(env!("CARGO_MANIFEST_DIR").to_owned() + "/README.md").expect("the README");
    let table = readme
        .split("| family | curated | recall | proposed (with a subject) | precision |")
        .nth(1)
        .expect("the README's extraction table");
    let written: Vec<&str> = table.lines().skip(2).take_while(|line| line.starts_with('|')).collect();
    assert_eq!(written, printed, "update the README's table of extraction figures");
    let without_subject = run
        .stdout
        .lines()
        .find(|line| line.starts_with("│ all "))
        .and_then(|line| line.trim_matches('│').split('┆').nth(7).map(str::trim))
        .expect("the all row's values with no subject");
    let sentence = format!("A further {without_subject} values are proposed with no subject");
    assert!(
        readme.replace('\n', " ").contains(&sentence),
        "the README should say: {sentence}"
    );
}

#[test]
fn merging_appends_new_proposals_once_and_keeps_the_file() {
    let corpus = ScratchCorpus::new();
    let target = corpus.file("sources/noonpost-ghuraba.yaml");
    let before = std::fs::read_to_string(&target).expect("the source file");
    let path = corpus.path().to_str().expect("UTF-8 path");
    let text = corpus.file("texts/noonpost-ghuraba.txt");
    let args = [
        "extract",
        text.to_str().expect("UTF-8 path"),
        "--corpus",
        path,
        "--into",
        target.to_str().expect("UTF-8 path"),
    ];
    let first = run(&args);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(first.stderr.contains("already there"), "{}", first.stderr);
    let after = std::fs::read_to_string(&target).expect("the source file");
    assert!(after.starts_with(&before), "the curated claims are kept byte for byte");
    assert!(after.len() > before.len(), "{}", first.stderr);
    assert!(after.contains("proposed: true"));
    let check = corpus.check(&[]);
    let problems: Vec<&str> = check.stderr.lines().filter(|line| line.starts_with("error[")).collect();
    assert!(
        !problems.is_empty()
            && problems
                .iter()
                .all(|line| line.contains("is still marked `proposed: true`")),
        "the merged file loads but for the marks an editor removes: {}",
        check.stderr
    );

    let second = run(&args);
    assert_eq!(second.code, 0, "{}", second.stderr);
    assert!(second.stderr.contains(": 0 proposals added"), "{}", second.stderr);
    assert_eq!(std::fs::read_to_string(&target).expect("the source file"), after);
}

#[test]
fn a_draft_redirected_into_sources_lists_what_is_left_to_do_in_one_run() {
    let corpus = ScratchCorpus::new();
    let text = corpus.file("texts/bfmtv-oumar-diaby.txt");
    let draft = corpus.file("sources/draft.yaml");
    // As `crosscheck extract TEXT > sources/draft.yaml` does: the shell makes the file first.
    corpus.write("sources/draft.yaml", "");
    let path = corpus.path().to_str().expect("UTF-8 path");
    let extract = ["extract", text.to_str().expect("UTF-8 path"), "--corpus", path];
    let made = run(&extract);
    assert_eq!(made.code, 0, "{}", made.stderr);
    assert!(
        made.stderr.starts_with("note: 1 problem in the sources"),
        "{}",
        made.stderr
    );
    corpus.write("sources/draft.yaml", &made.stdout);

    let check = corpus.check(&[]);
    assert_eq!(check.code, 2);
    let claims = made.stdout.matches("\n  - id: ").count();
    let unattached = made.stdout.matches("\n    subject: null").count();
    let problems: Vec<&str> = check.stderr.lines().filter(|line| line.starts_with("error[")).collect();
    assert!(
        problems.iter().all(|line| line.starts_with("error[unfinished-draft]")),
        "{}",
        check.stderr
    );
    assert_eq!(problems.len(), 3 + claims + unattached, "{}", check.stderr);
    for said in [
        "the outlet is still `TODO`",
        "the publication date is still `TODO`",
        "no subject is given",
    ] {
        assert!(check.stderr.contains(said), "{said}: {}", check.stderr);
    }
    assert!(!check.stderr.contains("deserialize"), "{}", check.stderr);

    // The editor fills in the metadata, confirms the claims with a subject and deletes the rest
    // and one more; merging again proposes none of the deleted ones.
    let (claims_part, ledger) = made
        .stdout
        .split_at(made.stdout.find("# Proposed by").expect("a ledger"));
    let finished: String = claims_part
        .replace("outlet: TODO", "outlet: BFM")
        .replace("title: TODO", "title: Omar Diaby")
        .replace("published: TODO", "published: 2025-10-22")
        .split("\n  - id: ")
        .enumerate()
        .filter(|(at, claim)| *at == 0 || !(claim.contains("subject: null") || claim.starts_with("age-1\n")))
        .map(|(at, claim)| {
            if at == 0 {
                claim.to_owned()
            } else {
                format!("\n  - id: {claim}")
            }
        })
        .collect::<String>()
        .lines()
        .filter(|line| !line.trim_start().starts_with("proposed: true"))
        .map(|line| format!("{line}\n"))
        .chain([ledger.to_owned()])
        .collect();
    assert!(made.stdout.contains("\n  - id: age-1\n"), "{}", made.stdout);
    corpus.write("sources/draft.yaml", &finished);
    assert_ne!(corpus.check(&[]).code, 2, "{}", corpus.check(&[]).stderr);
    let merged = run(&[&extract[..], &["--into", draft.to_str().expect("UTF-8 path")]].concat());
    assert_eq!(merged.code, 0, "{}", merged.stderr);
    assert!(merged.stderr.contains(": 0 proposals added"), "{}", merged.stderr);
    // age-1, and any claim the draft had no subject for that the whole corpus now gives one.
    assert!(!merged.stderr.contains(" 0 deleted by an editor"), "{}", merged.stderr);
    assert_eq!(std::fs::read_to_string(&draft).expect("the draft"), finished);
}

#[test]
fn an_invalid_merge_target_is_refused_and_left_alone() {
    let corpus = ScratchCorpus::new();
    corpus.write("sources/broken.yaml", "outlet: [unclosed\n");
    let target = corpus.file("sources/broken.yaml");
    let text = corpus.file("texts/noonpost-ghuraba.txt");
    let run = run(&[
        "extract",
        text.to_str().expect("UTF-8 path"),
        "--corpus",
        shipped_corpus().to_str().expect("UTF-8 path"),
        "--into",
        target.to_str().expect("UTF-8 path"),
    ]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("cannot merge into"), "{}", run.stderr);
    assert_eq!(
        std::fs::read_to_string(&target).expect("the file"),
        "outlet: [unclosed\n"
    );

    let missing = corpus.file("sources/missing.yaml");
    let run = crate::common::run(&[
        "extract",
        text.to_str().expect("UTF-8 path"),
        "--into",
        missing.to_str().expect("UTF-8 path"),
    ]);
    assert_eq!(run.code, 2);
    assert!(!missing.exists());
}

#[test]
fn bad_patterns_and_texts_are_reported_with_exit_2() {
    let corpus = ScratchCorpus::new();
    corpus.write(
        "patterns.yaml",
        "hedges: [kinda]\nrules:\n  - family: count\n    property: fighter-cout\n",
    );
    let path = corpus.path().to_str().expect("UTF-8 path");
    let run = run(&["extract", "claims/texts/bfmtv-oumar-diaby.txt", "--corpus", path]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("patterns.yaml:1:10"), "{}", run.stderr);
    assert!(run.stderr.contains("patterns.yaml:4:15"), "{}", run.stderr);
    assert!(run.stderr.contains("did you mean `fighter-count`"), "{}", run.stderr);

    corpus.write("not-text.bin", [0xff, 0xfe, 0x00]);
    let binary = corpus.file("not-text.bin");
    let run = crate::common::run(&["extract", binary.to_str().expect("UTF-8 path")]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("not valid UTF-8"), "{}", run.stderr);

    let run = crate::common::run(&["extract", "no/such/file.txt"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("cannot read"), "{}", run.stderr);

    let run = crate::common::run(&["extract"]);
    assert_eq!(run.code, 2);
}

/// Found by the extractor fuzz target: text whose words start with replacement characters
/// (bytes that were not UTF-8) made a word test cut a character in two.
#[test]
fn text_from_the_fuzzer_is_read_without_panicking() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/fuzz/extractor-cut-character.txt"
    );
    let run = run(&["extract", path, "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    let report: Value = serde_json::from_str(&run.stdout).expect("proposals as JSON");
    assert_eq!(report["schema"], "crosscheck/proposals@1");
}
