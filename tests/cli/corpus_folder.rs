//! Which corpus a command reads when none is named: `./claims`, else the corpus folder it is
//! run in (or its `sources/` subfolder), else none: a usage error, never the corpus shipped
//! with crosscheck.

use crate::common::{ScratchCorpus, crosscheck, shipped_corpus};
use std::path::Path;

/// Runs the binary in `folder` and returns its exit code, standard output and standard error.
fn run_in(folder: &Path, args: &[&str]) -> (i32, String, String) {
    let output = crosscheck()
        .current_dir(folder)
        .args(args)
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .expect("the binary runs");
    (
        output.status.code().expect("an exit code"),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn without_a_corpus_every_command_is_a_usage_error_that_says_where_it_looked() {
    let empty = tempfile::tempdir().expect("a temporary folder");
    std::fs::write(empty.path().join("article.txt"), "Oumar Diaby, 50, leads the group.").expect("written");
    let here = empty.path().display().to_string();
    let commands: [&[&str]; 7] = [
        &["check"],
        &["check", "--format", "json"],
        &["review", "bfmtv-oumar-diaby"],
        &["show", "ghuraba"],
        &["accept", "omar-diaby/age", "--note", "n", "--by", "T"],
        &["diff", "--rev", "HEAD"],
        &["extract", "article.txt"],
    ];
    for args in commands {
        let (code, stdout, stderr) = run_in(empty.path(), args);
        assert_eq!(code, 2, "{args:?}: {stdout}{stderr}");
        assert_eq!(stdout, "", "{args:?}: nothing is reported on other data");
        assert!(
            stderr.contains(&format!("there is no ./claims folder in {here}")),
            "{args:?}: {stderr}"
        );
        assert!(stderr.contains("crosscheck check PATH"), "{args:?}: {stderr}");
        assert!(stderr.contains("crosscheck init PATH"), "{args:?}: {stderr}");
    }
    assert_eq!(
        std::fs::read_dir(empty.path()).expect("listable").count(),
        1,
        "nothing was written"
    );
}

#[test]
fn a_corpus_folder_is_found_from_inside_it_and_from_its_sources() {
    let scratch = ScratchCorpus::new();
    let (expected_code, expected, _) = run_in(Path::new(env!("CARGO_MANIFEST_DIR")), &["check", "claims", "--summary"]);
    assert_eq!(expected_code, 0);
    for folder in [scratch.path().to_path_buf(), scratch.file("sources")] {
        let (code, stdout, stderr) = run_in(&folder, &["check", "--summary"]);
        assert_eq!(
            (code, stdout.as_str()),
            (0, expected.as_str()),
            "{}: {stderr}",
            folder.display()
        );
        let (code, stdout, stderr) = run_in(&folder, &["show", "Oumar Diaby"]);
        assert_eq!(code, 0, "{}: {stderr}", folder.display());
        assert!(stdout.contains("Omar Diaby"), "{stdout}");
    }
    let texts = scratch.file("texts");
    let (code, _, stderr) = run_in(&texts, &["check"]);
    assert_eq!(code, 2, "texts/ is not where a corpus is looked for: {stderr}");
}

#[test]
fn a_new_corpus_from_init_is_checked_by_name_and_from_inside() {
    let parent = tempfile::tempdir().expect("a temporary folder");
    let (code, stdout, stderr) = run_in(parent.path(), &["init", "my-corpus"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("Next: crosscheck check my-corpus"), "{stdout}");
    let (code, _, stderr) = run_in(parent.path(), &["check", "my-corpus"]);
    assert_eq!(code, 0, "{stderr}");
    let (code, _, stderr) = run_in(&parent.path().join("my-corpus"), &["check"]);
    assert_eq!(code, 0, "{stderr}");
    let (code, _, stderr) = run_in(parent.path(), &["check"]);
    assert_eq!(code, 2, "the folder above a corpus is not a corpus: {stderr}");
}

#[test]
fn the_shipped_corpus_is_checked_when_named() {
    let (code, _, stderr) = run_in(
        Path::new(env!("CARGO_MANIFEST_DIR")),
        &["check", shipped_corpus().to_str().expect("UTF-8")],
    );
    assert_eq!(code, 0, "{stderr}");
}
