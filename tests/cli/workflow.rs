//! The regression workflow end to end on scratch copies of the shipped corpus: a sixth source
//! (a made-up wire report, `tests/data/levant-wire/`) fails the check and `diff` names what it
//! changed; `accept` records decisions without touching anything else in the file and makes
//! the check pass; a removed claim leaves a stale decision; ids do not depend on file order or
//! on unrelated sources.

use crate::common::{ScratchCorpus, Unprivileged, run};
use serde_json::Value;
use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

const WIRE: &str = "levant-wire-harem";

fn data(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/levant-wire")
        .join(relative)
}

/// Adds the sixth source (its text and its claims file) to a corpus folder.
fn add_wire_source(corpus: &Path) {
    for relative in [format!("sources/{WIRE}.yaml"), format!("texts/{WIRE}.txt")] {
        std::fs::copy(data(&relative), corpus.join(&relative)).expect("the test source is copied");
    }
}

fn path_arg(path: &Path) -> String {
    path.to_str().expect("temporary paths are UTF-8").to_owned()
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|error| panic!("not JSON ({error}): {text}"))
}

/// Discrepancy ids of a corpus by group (`subject/property`), from the JSON report.
fn ids(corpus: &Path) -> BTreeMap<String, String> {
    let report = json(&run(&["check", &path_arg(corpus), "--format", "json"]).stdout);
    report["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .filter_map(|group| {
            let id = group["id"].as_str()?;
            Some((id.split('#').next()?.to_owned(), id.to_owned()))
        })
        .collect()
}

fn accept(corpus: &Path, extra: &[&str]) -> crate::common::Run {
    let args = accept_args(corpus, extra);
    run(&args.iter().map(String::as_str).collect::<Vec<_>>())
}

/// The arguments of `crosscheck accept` on a corpus, by one editor on one day.
fn accept_args(corpus: &Path, extra: &[&str]) -> Vec<String> {
    let fixed = [
        "accept",
        "--corpus",
        &path_arg(corpus),
        "--by",
        "Test Editor",
        "--on",
        "2026-11-23",
    ]
    .map(str::to_owned);
    fixed
        .into_iter()
        .chain(extra.iter().map(|arg| (*arg).to_owned()))
        .collect()
}

#[test]
fn the_shipped_corpus_passes_with_its_decisions_and_fails_without_them() {
    let run_with = run(&["check"]);
    assert_eq!(run_with.code, 0, "{}", run_with.stderr);
    assert_eq!(run_with.stderr, "");

    let scratch = ScratchCorpus::new();
    std::fs::remove_file(scratch.file("reviewed.yaml")).expect("the decisions file is removed");
    let without = scratch.check(&[]);
    assert_eq!(without.code, 1);
    for id in ["omar-diaby/age#", "ghuraba/fighter-count#"] {
        assert!(
            without.stderr.contains(&format!("error: conflict {id}")),
            "every unreviewed conflict is listed: {}",
            without.stderr
        );
    }
    assert!(without.stderr.contains("crosscheck accept"), "{}", without.stderr);
}

#[test]
fn every_discrepancy_of_the_shipped_corpus_has_a_real_decision() {
    let report = json(&run(&["check", "--format", "json"]).stdout);
    let decisions = &report["baseline"];
    assert_eq!(decisions["unreviewed"], 0);
    assert_eq!(decisions["changed"], 0);
    assert_eq!(decisions["stale"].as_array().map(Vec::len), Some(0));
    for group in report["groups"].as_array().expect("groups") {
        if group["verdict"] == "agree" {
            assert!(group.get("id").is_none(), "agreeing groups have no id");
            continue;
        }
        let decision = &group["review"]["decision"];
        assert_eq!(group["review"]["status"], "reviewed", "{}", group["id"]);
        let note = decision["note"].as_str().expect("a note");
        assert!(note.len() > 80, "a note an editor would write: {note}");
    }
}

#[test]
fn a_new_source_with_new_conflicts_fails_the_check_and_diff_names_them() {
    let before = ScratchCorpus::new();
    let after = ScratchCorpus::new();
    add_wire_source(after.path());

    let check = after.check(&[]);
    assert_eq!(check.code, 1, "{}", check.stderr);
    assert!(
        check.stderr.contains("error: conflict harem-clashes/date#") && check.stderr.contains("is unreviewed"),
        "{}",
        check.stderr
    );
    assert!(
        check.stderr.contains("omar-diaby/age#") && check.stderr.contains("gained levant-wire-harem/diaby-age"),
        "a reviewed conflict that gained a claim is changed since review: {}",
        check.stderr
    );

    let (old, new) = (path_arg(before.path()), path_arg(after.path()));
    let diff = run(&["diff", &old, &new]);
    assert_eq!(diff.code, 1, "{}", diff.stderr);
    assert!(diff.stdout.contains("Discrepancies added (2)"), "{}", diff.stdout);
    assert!(diff.stdout.contains("conflict harem-clashes/date#"), "{}", diff.stdout);
    assert!(
        diff.stdout.contains("conflict ghuraba/founded#"),
        "2013 against 2012 is a conflict, not consecutive days: {}",
        diff.stdout
    );
    assert!(
        diff.stdout.contains(
            "levant-wire-harem [added]: +5 added (clashes-date, diaby-age, ghuraba-founded, ghuraba-size, \
             us-designation-date)"
        ),
        "{}",
        diff.stdout
    );

    let report = json(&run(&["diff", &old, &new, "--format", "json"]).stdout);
    assert_eq!(report["schema"], "crosscheck/diff@1");
    assert_eq!(report["fails"], true);
    let added: Vec<&str> = report["added"]
        .as_array()
        .expect("added")
        .iter()
        .filter(|change| change["fails"] == true)
        .map(|change| change["id"].as_str().expect("id"))
        .collect();
    assert_eq!(added.len(), 2, "{added:?}");
    assert!(
        added.iter().any(|id| id.starts_with("harem-clashes/date#")),
        "{added:?}"
    );
    assert!(added.iter().any(|id| id.starts_with("ghuraba/founded#")), "{added:?}");
    let changed: Vec<&str> = report["changed"]
        .as_array()
        .expect("changed")
        .iter()
        .map(|change| change["old_id"].as_str().expect("old id"))
        .collect();
    assert!(changed.contains(&"omar-diaby/age#2cdfb0"), "{changed:?}");

    let markdown = run(&["diff", &old, &new, "--format", "markdown"]);
    assert_eq!(markdown.code, 1);
    assert!(
        markdown.stdout.starts_with("## crosscheck diff\n"),
        "{}",
        markdown.stdout
    );
    assert!(
        markdown.stdout.contains("| `conflict harem-clashes/date#"),
        "{}",
        markdown.stdout
    );
    assert!(
        markdown.stdout.contains("**unreviewed: FAILS the check**"),
        "{}",
        markdown.stdout
    );
}

#[test]
fn accepting_the_new_discrepancies_makes_the_check_and_the_diff_pass() {
    let before = ScratchCorpus::new();
    let after = ScratchCorpus::new();
    add_wire_source(after.path());
    let clashes = ids(after.path())["harem-clashes/date"].clone();
    let founded = ids(after.path())["ghuraba/founded"].clone();

    let one = accept(
        after.path(),
        &[
            &clashes,
            "--note",
            "The wire dates the siege from Monday.",
            "--decision",
            "keep-both",
        ],
    );
    assert_eq!(one.code, 0, "{}", one.stderr);
    assert!(
        one.stdout
            .contains(&format!("accepted {clashes} (conflict, keep-both)")),
        "{}",
        one.stdout
    );
    let year = accept(
        after.path(),
        &[&founded, "--note", "The founding year differs by one; attribute it."],
    );
    assert_eq!(year.code, 0, "{}", year.stderr);
    assert!(year.stdout.contains("accepted ghuraba/founded#"), "{}", year.stdout);
    assert_eq!(after.check(&[]).code, 1, "the changed conflicts still fail");

    let failing = json(&after.check(&["--format", "json"]).stdout)["baseline"]["failing"]
        .as_array()
        .expect("failing ids")
        .iter()
        .map(|id| format!("{}\n", id.as_str().expect("an id")))
        .collect::<String>();
    let piped = crate::common::crosscheck()
        .args([
            "accept",
            "-",
            "--corpus",
            &path_arg(after.path()),
            "--by",
            "Test Editor",
            "--note",
        ])
        .arg("Re-read with the wire's figures; see the wire.")
        .write_stdin(format!("# ids from check\n\n{failing}"))
        .output()
        .expect("the binary runs");
    let stdout = String::from_utf8_lossy(&piped.stdout);
    assert_eq!(
        piped.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&piped.stderr)
    );
    assert_eq!(
        stdout
            .matches("replacing the decision of corpus-editor on 2026-12-05")
            .count(),
        2,
        "{stdout}"
    );

    let check = after.check(&[]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert_eq!(
        check.stderr, "",
        "no stale decision: replaced entries were spliced over"
    );

    let diff = run(&["diff", &path_arg(before.path()), &path_arg(after.path())]);
    assert_eq!(diff.code, 0, "{}", diff.stdout);
    assert!(diff.stdout.contains("no new unreviewed conflict"), "{}", diff.stdout);

    let again = accept(after.path(), &["--all-new", "--note", "nothing left"]);
    assert_eq!(again.code, 0);
    assert!(again.stdout.starts_with("nothing to accept"), "{}", again.stdout);
}

#[test]
fn removing_a_claim_leaves_a_stale_decision_that_is_listed_but_does_not_fail() {
    let scratch = ScratchCorpus::new();
    scratch.replace(
        "sources/noonpost-ghuraba.yaml",
        "  - id: recruitment-share\n    subject: omar-diaby\n    property: recruitment-share\n    value: 80%\n    \
         scope: french-speaking-fighters\n    quote: French authorities accuse him of recruiting 80% of French-speaking \
         jihadists who traveled to Syria or Iraq\n    attribution: French authorities\n",
        "",
    );
    let check = scratch.check(&[]);
    assert_eq!(check.code, 0, "stale decisions do not fail the check: {}", check.stderr);
    assert!(
        check.stderr.contains("warning: stale decision")
            && check.stderr.contains("omar-diaby/recruitment-share#343600"),
        "{}",
        check.stderr
    );
    assert!(check.stdout.contains("Stale decisions (1):"), "{}", check.stdout);
    let report = json(&scratch.check(&["--format", "json"]).stdout);
    assert_eq!(
        report["baseline"]["stale"][0]["id"],
        "omar-diaby/recruitment-share#343600"
    );
    let markdown = scratch.check(&["--format", "markdown"]).stdout;
    assert!(markdown.contains("### Stale decisions"), "{markdown}");
}

#[test]
fn removing_a_claim_from_a_reviewed_conflict_asks_for_a_new_review() {
    let scratch = ScratchCorpus::new();
    scratch.replace(
        "sources/noonpost-ghuraba.yaml",
        "  - id: diaby-age\n",
        "  - id: diaby-age-elsewhere\n",
    );
    let check = scratch.check(&[]);
    assert_eq!(check.code, 1, "{}", check.stderr);
    assert!(
        check.stderr.contains("lost noonpost-ghuraba/diaby-age")
            && check.stderr.contains("gained noonpost-ghuraba/diaby-age-elsewhere"),
        "{}",
        check.stderr
    );
}

#[test]
fn ids_do_not_depend_on_file_order_or_unrelated_sources() {
    let shipped = ids(&crate::common::shipped_corpus());
    assert_eq!(
        shipped["omar-diaby/age"], "omar-diaby/age#2cdfb0",
        "ids are pinned by the decisions"
    );

    let scratch = ScratchCorpus::new();
    for source in ["asharq-foreign-fighters", "bfmtv-oumar-diaby", "noonpost-ghuraba"] {
        let path = scratch.file(&format!("sources/{source}.yaml"));
        let text = std::fs::read_to_string(&path).expect("readable");
        std::fs::write(&path, reversed_claims(&text)).expect("writable");
    }
    let entities = std::fs::read_to_string(scratch.file("entities.yaml")).expect("readable");
    scratch.write("entities.yaml", reversed_list(&entities, "entities:\n", "\n  - id: "));
    scratch.write(
        "sources/aaa-unrelated-note.yaml",
        "outlet: Desk notes\ntitle: Unrelated\npublished: 2025-10-30\nlanguage: en\nclaims:\n  - id: designation\n    \
         subject: diaby-us-designation\n    property: date\n    value: \"2016\"\n    quote: listed in 2016\n",
    );
    scratch.write(
        "texts/aaa-unrelated-note.txt",
        "The US listed in 2016 a preacher as a terrorist.\n",
    );
    let check = scratch.check(&[]);
    assert_eq!(
        check.code, 0,
        "the reordered corpus is still fully reviewed: {}",
        check.stderr
    );
    assert_eq!(ids(scratch.path()), shipped);
}

/// The source text with its claims in reverse order.
fn reversed_claims(text: &str) -> String {
    reversed_list(text, "claims:\n", "\n  - id: ")
}

/// The text with the items of the block list after `key` (each starting with `item`) reversed.
fn reversed_list(text: &str, key: &str, item: &str) -> String {
    let start = text.find(key).expect("the list") + key.len();
    let (head, list) = text.split_at(start);
    let list = format!("\n{list}");
    let mut items: Vec<String> = list
        .split(item)
        .skip(1)
        .map(|body| format!("{}{}", item, body.trim_end_matches('\n')))
        .collect();
    assert!(items.len() > 2, "a list to reorder");
    items.reverse();
    format!("{head}{}\n", items.concat().trim_start_matches('\n'))
}

#[test]
fn accept_refuses_unknown_ids_with_a_suggestion_and_writes_nothing() {
    let scratch = ScratchCorpus::new();
    let before = std::fs::read(scratch.file("reviewed.yaml")).expect("readable");
    let typo = accept(scratch.path(), &["omar-diaby/agee#2cdfb0", "--note", "n"]);
    assert_eq!(typo.code, 2);
    assert!(
        typo.stderr.contains("did you mean `omar-diaby/age#2cdfb0`?"),
        "{}",
        typo.stderr
    );
    assert!(typo.stderr.contains("nothing was written"), "{}", typo.stderr);
    let old = accept(scratch.path(), &["ghuraba/parent-unit#000000", "--note", "n"]);
    assert_eq!(old.code, 2);
    assert!(
        old.stderr.contains("that is `ghuraba/parent-unit#74a6c0`"),
        "{}",
        old.stderr
    );
    assert_eq!(std::fs::read(scratch.file("reviewed.yaml")).expect("readable"), before);
}

#[test]
fn accept_appends_without_changing_a_byte_of_what_an_editor_wrote() {
    let scratch = ScratchCorpus::new();
    add_wire_source(scratch.path());
    let shipped = std::fs::read_to_string(scratch.file("reviewed.yaml")).expect("readable");
    let edited = format!("{shipped}\n# Editors: keep notes short.   Trailing spaces stay.   \n");
    scratch.write("reviewed.yaml", &edited);
    let clashes = ids(scratch.path())["harem-clashes/date"].clone();

    let run = accept(scratch.path(), &[&clashes, "--note", "Monday is when the siege began."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let after = std::fs::read_to_string(scratch.file("reviewed.yaml")).expect("readable");
    let at = shipped.len();
    assert_eq!(&after[..at], shipped, "everything before the new entry is untouched");
    assert!(
        after[at..].starts_with(&format!("  - id: {clashes}\n")),
        "{}",
        &after[at..]
    );
    assert!(
        after.ends_with("\n\n# Editors: keep notes short.   Trailing spaces stay.   \n"),
        "{after}"
    );
}

#[test]
fn accept_replaces_an_earlier_decision_in_place() {
    let scratch = ScratchCorpus::new();
    add_wire_source(scratch.path());
    let shipped = std::fs::read_to_string(scratch.file("reviewed.yaml")).expect("readable");
    let age = ids(scratch.path())["omar-diaby/age"].clone();
    let run = accept(
        scratch.path(),
        &["omar-diaby/age", "--note", "The wire's 48 is a third reading; keep 50."],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let after = std::fs::read_to_string(scratch.file("reviewed.yaml")).expect("readable");
    let start = shipped.find("  - id: omar-diaby/age#2cdfb0").expect("the old entry");
    let end = shipped.find("  # --- drift and tension").expect("the next comment");
    assert_eq!(&after[..start], &shipped[..start]);
    assert!(
        after.ends_with(&shipped[end..]),
        "everything after the entry is untouched"
    );
    assert!(
        after[start..].starts_with(&format!("  - id: {age}\n")),
        "{}",
        &after[start..]
    );
}

#[test]
fn accept_leaves_the_file_whole_when_the_folder_cannot_be_written() {
    let Some(unprivileged) = Unprivileged::find() else {
        return;
    };
    let scratch = ScratchCorpus::new();
    add_wire_source(scratch.path());
    scratch.open_to_all();
    let before = std::fs::read(scratch.file("reviewed.yaml")).expect("readable");
    let folder = scratch.path();
    let writable_mode = std::fs::metadata(folder).expect("metadata").permissions();
    std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o555)).expect("read-only");
    let args = accept_args(folder, &["--all-new", "--note", "n"]);
    let run = unprivileged.run(&args.iter().map(String::as_str).collect::<Vec<_>>());
    std::fs::set_permissions(folder, writable_mode).expect("writable again");
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(run.stderr.contains("nothing was changed"), "{}", run.stderr);
    assert_eq!(std::fs::read(scratch.file("reviewed.yaml")).expect("readable"), before);
    let leftovers: Vec<_> = std::fs::read_dir(folder)
        .expect("listable")
        .filter_map(Result::ok)
        .filter(|entry| entry.file_name().to_string_lossy().starts_with(".reviewed-"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary file is left behind");
}

#[test]
fn accept_killed_while_writing_leaves_the_file_whole() {
    let scratch = ScratchCorpus::new();
    add_wire_source(scratch.path());
    let before = std::fs::read(scratch.file("reviewed.yaml")).expect("readable");
    let binary = assert_cmd::cargo::cargo_bin("crosscheck");
    let output = std::process::Command::new("sh")
        .args(["-c", "ulimit -f 0 && exec \"$0\" \"$@\""])
        .arg(binary)
        .args([
            "accept",
            "--corpus",
            &path_arg(scratch.path()),
            "--all-new",
            "--note",
            "n",
            "--by",
            "T",
        ])
        .output()
        .expect("sh runs");
    assert!(!output.status.success(), "with no room to write, accept cannot succeed");
    assert_eq!(
        std::fs::read(scratch.file("reviewed.yaml")).expect("readable"),
        before,
        "the decisions file is untouched: the new text only ever goes to a temporary file"
    );
    let check = scratch.check(&["--format", "json"]);
    assert_eq!(
        check.code, 1,
        "the corpus still loads, with its old decisions: {}",
        check.stderr
    );
}

#[test]
fn diff_against_a_git_revision_materialises_the_old_corpus() {
    let repo = tempfile::tempdir().expect("a temporary folder");
    let corpus = repo.path().join("claims");
    copy_corpus(&crate::common::shipped_corpus(), &corpus);
    let git = |args: &[&str]| {
        let status = std::process::Command::new("git")
            .current_dir(repo.path())
            .args([
                "-c",
                "user.name=Test",
                "-c",
                "user.email=test@example.invalid",
                "-c",
                "commit.gpgsign=false",
            ])
            .args(args)
            .output()
            .expect("git runs");
        assert!(
            status.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&status.stderr)
        );
    };
    git(&["init", "-q"]);
    git(&["add", "-A"]);
    git(&["commit", "-q", "-m", "corpus"]);
    add_wire_source(&corpus);

    let diff = run(&["diff", "--rev", "HEAD", &path_arg(&corpus), "--format", "markdown"]);
    assert_eq!(diff.code, 1, "{}", diff.stderr);
    assert!(diff.stdout.contains("`HEAD:claims` →"), "{}", diff.stdout);
    assert!(diff.stdout.contains("conflict harem-clashes/date#"), "{}", diff.stdout);

    let unknown = run(&["diff", "--rev", "no-such-branch", &path_arg(&corpus)]);
    assert_eq!(unknown.code, 2);
    assert!(
        unknown.stderr.contains("unknown revision `no-such-branch`"),
        "{}",
        unknown.stderr
    );

    let outside = tempfile::tempdir().expect("a temporary folder");
    copy_corpus(&crate::common::shipped_corpus(), outside.path());
    let not_a_repo = run(&["diff", "--rev", "HEAD", &path_arg(outside.path())]);
    assert_eq!(not_a_repo.code, 2);
    assert!(
        not_a_repo.stderr.contains("is not inside a git repository"),
        "{}",
        not_a_repo.stderr
    );
}

fn copy_corpus(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a folder");
    for entry in std::fs::read_dir(from).expect("readable") {
        let entry = entry.expect("an entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("a type").is_dir() {
            copy_corpus(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copied");
        }
    }
}

#[test]
fn the_example_uses_the_test_source_and_its_ci_job_runs_check_and_diff() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    for relative in [format!("sources/{WIRE}.yaml"), format!("texts/{WIRE}.txt")] {
        assert_eq!(
            std::fs::read(example.join("adding-a-source").join(&relative)).expect("the example file"),
            std::fs::read(data(&relative)).expect("the test file"),
            "examples/adding-a-source/{relative} and tests/data/levant-wire/{relative} must stay identical"
        );
    }
    let workflow = std::fs::read_to_string(example.join("github-actions/crosscheck.yml")).expect("the workflow");
    let parsed: serde_json::Value = serde_saphyr::from_str(&workflow).expect("the workflow is YAML");
    let steps = parsed["jobs"]["check"]["steps"].as_array().expect("steps");
    let commands: Vec<&str> = steps.iter().filter_map(|step| step["run"].as_str()).collect();
    assert!(
        commands.iter().any(|run| run.contains("crosscheck check")),
        "{commands:?}"
    );
    assert!(
        commands
            .iter()
            .any(|run| run.contains("crosscheck diff --rev") && run.contains("--format markdown")),
        "{commands:?}"
    );
}
