//! Reviewed decisions that cannot go stale silently: a decision records its claims' values, so
//! an edited value makes it "changed since review"; `accept` over a decision keeps the earlier
//! one as history; two `accept` runs at once both land; a killed `accept` leaves the old file.

use crate::common::{ScratchCorpus, run};
use serde_json::Value;
use std::path::Path;

fn path_arg(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|error| panic!("not JSON ({error}): {text}"))
}

/// The review of the group with this `subject/property` in the JSON report of a corpus.
fn review_of(corpus: &ScratchCorpus, prefix: &str) -> Value {
    let report = json(&corpus.check(&["--format", "json"]).stdout);
    report["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .find(|group| {
            group["id"]
                .as_str()
                .is_some_and(|id| id.starts_with(&format!("{prefix}#")))
        })
        .map(|group| group["review"].clone())
        .unwrap_or_else(|| panic!("no group {prefix}"))
}

/// BFM TV's age of Omar Diaby, 50, edited to 51 (value only: the quote is as printed).
fn edit_age(corpus: &ScratchCorpus) {
    corpus.replace(
        "sources/bfmtv-oumar-diaby.yaml",
        "    property: age\n    value: 50\n",
        "    property: age\n    value: 51\n",
    );
}

/// The decisions file without its `values:` blocks, as written before values were recorded.
fn without_values(text: &str) -> String {
    let mut out = String::new();
    let mut skipping = None;
    for line in text.split_inclusive('\n') {
        let indent = line.len() - line.trim_start().len();
        if let Some(depth) = skipping {
            if indent > depth && !line.trim().is_empty() {
                continue;
            }
            skipping = None;
        }
        if line.trim_end() == line[..indent].to_owned() + "values:" {
            skipping = Some(indent);
            continue;
        }
        out.push_str(line);
    }
    out
}

fn accept(corpus: &Path, by: &str, args: &[&str]) -> crate::common::Run {
    let mut all = vec!["accept", "--corpus", path_arg(corpus), "--by", by, "--on", "2026-12-01"];
    all.extend_from_slice(args);
    run(&all)
}

#[test]
fn an_edited_value_makes_its_decision_changed_since_review_in_every_format() {
    let scratch = ScratchCorpus::new();
    assert_eq!(scratch.check(&[]).code, 0);
    edit_age(&scratch);
    let check = scratch.check(&[]);
    assert_eq!(check.code, 1, "the note speaks of 50: {}", check.stdout);
    let what = "bfmtv-oumar-diaby/diaby-age said \"50\", now \"51\"";
    assert!(
        check.stderr.contains(&format!(
            "error: conflict omar-diaby/age#2cdfb0 is changed since review ({what})"
        )),
        "{}",
        check.stderr
    );
    let review = review_of(&scratch, "omar-diaby/age");
    assert_eq!(review["status"], "changed");
    assert_eq!(review["changes"][0], what);
    assert_eq!(review["edited"][0]["claim"], "bfmtv-oumar-diaby/diaby-age");
    assert_eq!(review["edited"][0]["then"]["value"], "50");
    assert_eq!(review["edited"][0]["now"]["value"], "51");
    assert_eq!(
        review["decision"]["values"]["bfmtv-oumar-diaby/diaby-age"]["value"], "50",
        "the decision shows what it saw"
    );
    for format in ["table", "markdown", "csv", "html"] {
        let out = scratch.check(&["--format", format, "--width", "400"]);
        assert_eq!(out.code, 1, "{format}");
        let text = out.stdout.replace("&quot;", "\"").replace("\"\"", "\"");
        assert!(
            text.contains("said \"50\", now \"51\"") || format == "html",
            "{format}: {}",
            out.stdout
        );
    }
}

#[test]
fn old_decisions_without_values_still_load_and_record_values_refreshes_them() {
    let scratch = ScratchCorpus::new();
    let shipped = std::fs::read_to_string(scratch.file("reviewed.yaml")).expect("readable");
    let old = without_values(&shipped);
    assert!(!old.contains("values:") && old.len() < shipped.len());
    scratch.write("reviewed.yaml", &old);
    assert_eq!(
        scratch.check(&[]).code,
        0,
        "a file written before values were recorded loads"
    );

    let recorded = run(&["accept", "--record-values", "--corpus", path_arg(scratch.path())]);
    assert_eq!(recorded.code, 0, "{}", recorded.stderr);
    assert!(
        recorded.stdout.contains("wrote the values of 11 decisions"),
        "{}",
        recorded.stdout
    );
    let after = std::fs::read_to_string(scratch.file("reviewed.yaml")).expect("readable");
    assert_eq!(after, shipped, "only the values were inserted, every other byte kept");
    let again = run(&["accept", "--record-values", "--corpus", path_arg(scratch.path())]);
    assert!(again.stdout.starts_with("no values to record"), "{}", again.stdout);

    edit_age(&scratch);
    assert_eq!(scratch.check(&[]).code, 1, "recorded values catch the edit");
}

#[test]
fn accept_over_a_decision_keeps_it_as_history_and_shows_its_note() {
    let scratch = ScratchCorpus::new();
    edit_age(&scratch);
    let first = accept(
        scratch.path(),
        "B. Editor",
        &["omar-diaby/age", "--note", "BFM TV now prints 51; keep 50 from AFP."],
    );
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(
        first.stdout.contains(
            "replacing the decision of corpus-editor on 2026-12-05 (explained), kept in its history:\n    \
             Asharq Al-Awsat says \"now 49\" on the day BFM TV (AFP) says 50"
        ),
        "the superseded note is shown: {}",
        first.stdout
    );
    assert_eq!(scratch.check(&[]).code, 0, "{}", scratch.check(&[]).stderr);
    let second = accept(
        scratch.path(),
        "C. Editor",
        &["omar-diaby/age", "--note", "Checked again.", "--decision", "keep-both"],
    );
    assert_eq!(second.code, 0, "{}", second.stderr);
    assert!(second.stdout.contains("BFM TV now prints 51"), "{}", second.stdout);

    let decision = review_of(&scratch, "omar-diaby/age")["decision"].clone();
    assert_eq!(decision["note"], "Checked again.");
    assert_eq!(decision["by"], "C. Editor");
    let history: Vec<(&str, &str)> = decision["history"]
        .as_array()
        .expect("history")
        .iter()
        .map(|earlier| {
            (
                earlier["by"].as_str().expect("by"),
                earlier["note"].as_str().expect("note"),
            )
        })
        .collect();
    assert_eq!(history.len(), 2, "{history:?}");
    assert_eq!(history[0], ("B. Editor", "BFM TV now prints 51; keep 50 from AFP."));
    assert_eq!(history[1].0, "corpus-editor");
    assert!(
        history[1].1.starts_with("Asharq Al-Awsat says \"now 49\""),
        "{history:?}"
    );
}

#[test]
fn two_accepts_at_once_both_land() {
    const EDITORS: usize = 6;
    let scratch = ScratchCorpus::new();
    let binary = assert_cmd::cargo::cargo_bin("crosscheck");
    for round in 0..3 {
        let children: Vec<std::process::Child> = (0..EDITORS)
            .map(|editor| {
                std::process::Command::new(&binary)
                    .args(["accept", "omar-diaby/age", "--corpus", path_arg(scratch.path())])
                    .args(["--by", &format!("Editor {round}-{editor}"), "--on", "2026-12-01"])
                    .args(["--note", &format!("Note of editor {round}-{editor}.")])
                    .stdout(std::process::Stdio::null())
                    .spawn()
                    .expect("the binary starts")
            })
            .collect();
        for mut child in children {
            assert!(child.wait().expect("it ends").success());
        }
    }
    let decision = review_of(&scratch, "omar-diaby/age")["decision"].clone();
    let mut notes: Vec<String> = decision["history"]
        .as_array()
        .expect("history")
        .iter()
        .map(|earlier| earlier["note"].as_str().expect("a note").to_owned())
        .collect();
    notes.push(decision["note"].as_str().expect("a note").to_owned());
    assert_eq!(notes.len(), 3 * EDITORS + 1, "no decision was lost: {notes:#?}");
    for round in 0..3 {
        for editor in 0..EDITORS {
            let note = format!("Note of editor {round}-{editor}.");
            assert!(notes.contains(&note), "{note} was lost: {notes:#?}");
        }
    }
}

#[test]
fn a_killed_accept_leaves_the_old_file_or_the_whole_new_one() {
    let scratch = ScratchCorpus::new();
    let file = scratch.file("reviewed.yaml");
    let old = std::fs::read(&file).expect("readable");
    let binary = assert_cmd::cargo::cargo_bin("crosscheck");
    let spawn = || {
        std::process::Command::new(&binary)
            .args(["accept", "omar-diaby/age", "--corpus", path_arg(scratch.path())])
            .args(["--by", "K. Editor", "--note", "Written by a run that is killed."])
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("the binary starts")
    };

    // Killed while it waits for the lock another run holds: nothing was written.
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(scratch.file(".reviewed.yaml.lock"))
        .expect("the lock file");
    lock.lock().expect("locked");
    let mut waiting = spawn();
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(waiting.try_wait().expect("status").is_none(), "it waits for the lock");
    waiting.kill().expect("killed");
    let _ = waiting.wait();
    lock.unlock().expect("unlocked");
    assert_eq!(std::fs::read(&file).expect("readable"), old);

    // Killed at moments spread over its run: the file is the old one or a whole new one.
    for delay in (0..40).step_by(3) {
        let mut child = spawn();
        std::thread::sleep(std::time::Duration::from_millis(delay));
        let _ = child.kill();
        let _ = child.wait();
        let now = std::fs::read(&file).expect("readable");
        let check = scratch.check(&["--summary"]);
        assert_ne!(check.code, 2, "after a kill at {delay} ms: {}", check.stderr);
        if now != old {
            assert!(
                String::from_utf8_lossy(&now).contains("Written by a run that is killed."),
                "a new file is whole"
            );
        }
    }
    let leftovers: Vec<String> = std::fs::read_dir(scratch.path())
        .expect("listable")
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tmp"))
        .collect();
    // A temporary file can be left only by a kill between its creation and its rename; it is
    // never the decisions file.
    assert!(
        leftovers.iter().all(|name| name.starts_with(".reviewed-")),
        "{leftovers:?}"
    );
}

/// `--decisions FILE` and `--no-decisions` name the decisions file; their earlier names,
/// `--baseline` and `--no-baseline`, still work for old scripts but are not in the help.
#[test]
fn decisions_flags_and_their_hidden_old_names_do_the_same() {
    let scratch = ScratchCorpus::new();
    let elsewhere = tempfile::tempdir().expect("a temporary folder");
    let moved = elsewhere.path().join("decisions.yaml");
    std::fs::rename(scratch.file("reviewed.yaml"), &moved).expect("the decisions file moves");
    assert_eq!(scratch.check(&[]).code, 1, "without its decisions the corpus fails");
    for (args, code) in [
        (vec!["--decisions", path_arg(&moved)], 0),
        (vec!["--baseline", path_arg(&moved)], 0),
        (vec!["--decisions", path_arg(&moved), "--no-decisions"], 2),
        (vec!["--baseline", path_arg(&moved), "--no-baseline"], 2),
    ] {
        let checked = scratch.check(&args);
        assert_eq!(checked.code, code, "{args:?}: {}", checked.stderr);
    }
    std::fs::copy(&moved, scratch.file("reviewed.yaml")).expect("the decisions file is back");
    assert_eq!(scratch.check(&[]).code, 0);
    assert_eq!(scratch.check(&["--no-decisions"]).code, 1);
    assert_eq!(scratch.check(&["--no-baseline"]).code, 1);

    let written = elsewhere.path().join("written.yaml");
    let accepted = accept(
        scratch.path(),
        "A. Editor",
        &["omar-diaby/age", "--note", "Why.", "--baseline", path_arg(&written)],
    );
    assert_eq!(accepted.code, 0, "{}", accepted.stderr);
    assert!(
        std::fs::read_to_string(&written)
            .expect("accept wrote the file it was given")
            .contains("Why.")
    );

    for command in ["check", "review", "show", "diff", "accept"] {
        let help = run(&[command, "--help"]).stdout;
        assert!(!help.contains("baseline"), "{command} --help: {help}");
        if command != "accept" {
            assert!(help.contains("--no-decisions"), "{command} --help: {help}");
        }
        assert!(help.contains("--decisions <FILE>"), "{command} --help: {help}");
    }
}
