//! The GitHub Action (`action.yml`) and the release workflow: both files parse and say what
//! they must, and the action's script (`.ci/action.sh`) runs here as on GitHub, against a
//! temporary git repository holding a corpus and a change to it.

use crate::common::{ScratchCorpus, system_tool};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn yaml(relative: &str) -> Value {
    let text = std::fs::read_to_string(root().join(relative)).expect("the file exists");
    serde_saphyr::from_str(&text).unwrap_or_else(|error| panic!("{relative} is not YAML: {error}"))
}

#[test]
fn the_action_takes_a_corpus_a_base_and_a_format_and_runs_its_script() {
    let action = yaml("action.yml");
    assert_eq!(action["runs"]["using"], "composite");
    for input in ["corpus", "base", "format", "comment", "token"] {
        assert!(action["inputs"][input]["description"].is_string(), "input {input}");
    }
    assert_eq!(action["inputs"]["corpus"]["default"], "claims");
    let steps = action["runs"]["steps"].as_array().expect("steps");
    let runs: Vec<&str> = steps.iter().filter_map(|step| step["run"].as_str()).collect();
    assert!(runs.iter().any(|run| run.contains(".ci/action.sh")), "{runs:?}");
    assert!(
        steps.iter().all(|step| step["shell"] == "bash"),
        "composite steps name their shell"
    );
    assert!(root().join(".ci/action.sh").is_file());
}

#[test]
fn the_release_workflow_builds_for_linux_macos_and_windows_on_a_tag() {
    let release = yaml(".github/workflows/release.yml");
    assert_eq!(release["on"]["push"]["tags"][0], "v*");
    let include = release["jobs"]["build"]["strategy"]["matrix"]["include"]
        .as_array()
        .expect("a build matrix");
    let targets: Vec<&str> = include.iter().filter_map(|row| row["target"].as_str()).collect();
    for target in [
        "x86_64-unknown-linux-gnu",
        "aarch64-apple-darwin",
        "x86_64-pc-windows-msvc",
    ] {
        assert!(targets.contains(&target), "{targets:?}");
    }
    let steps = release["jobs"]["build"]["steps"].as_array().expect("steps");
    let runs: Vec<&str> = steps.iter().filter_map(|step| step["run"].as_str()).collect();
    assert!(runs.iter().any(|run| run.contains("gh release upload")), "{runs:?}");
    // The action downloads what the release uploads.
    let action = std::fs::read_to_string(root().join("action.yml")).expect("action.yml");
    for target in targets {
        assert!(action.contains(target), "action.yml knows {target}");
    }
}

#[test]
fn the_action_script_passes_shellcheck() {
    let Some(shellcheck) = system_tool("shellcheck") else {
        return;
    };
    let status = Command::new(shellcheck)
        .arg(root().join(".ci/action.sh"))
        .status()
        .expect("shellcheck runs");
    assert!(status.success());
}

/// A git repository with the shipped corpus in `claims/`, committed.
fn repository() -> tempfile::TempDir {
    let repo = tempfile::tempdir().expect("a temporary folder");
    let scratch = ScratchCorpus::new();
    let copied = Command::new("cp")
        .arg("-R")
        .arg(scratch.path())
        .arg(repo.path().join("claims"))
        .status()
        .expect("cp runs");
    assert!(copied.success());
    git(repo.path(), &["init", "-q"]);
    git(repo.path(), &["add", "-A"]);
    git(repo.path(), &["commit", "-q", "-m", "corpus"]);
    repo
}

fn git(folder: &Path, args: &[&str]) {
    let output = Command::new("git")
        .current_dir(folder)
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.invalid"])
        .args(["-c", "commit.gpgsign=false"])
        .args(args)
        .output()
        .expect("git runs");
    assert!(
        output.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Runs the action's script in `repo` as GitHub would, with `base`; returns its exit code,
/// its standard output, its outputs (`GITHUB_OUTPUT`) and its job summary.
fn run_action(repo: &Path, base: &str) -> (i32, String, String, String) {
    let temp = tempfile::tempdir().expect("a temporary folder");
    let (outputs, summary) = (temp.path().join("output"), temp.path().join("summary"));
    let result = Command::new("bash")
        .arg(root().join(".ci/action.sh"))
        .current_dir(repo)
        .env("CROSSCHECK", assert_cmd::cargo::cargo_bin("crosscheck"))
        .env("INPUT_CORPUS", "claims")
        .env("INPUT_BASE", base)
        .env("INPUT_FORMAT", "markdown")
        .env("RUNNER_TEMP", temp.path())
        .env("GITHUB_OUTPUT", &outputs)
        .env("GITHUB_STEP_SUMMARY", &summary)
        .env("NO_COLOR", "1")
        .output()
        .expect("bash runs");
    let read = |path: &Path| std::fs::read_to_string(path).unwrap_or_default();
    (
        result.status.code().expect("an exit code"),
        String::from_utf8_lossy(&result.stdout).into_owned(),
        read(&outputs),
        read(&summary),
    )
}

#[test]
fn the_action_script_diffs_a_change_against_its_base_and_reports_the_check() {
    let repo = repository();
    let (code, _, outputs, summary) = run_action(repo.path(), "HEAD");
    assert_eq!(code, 0, "{outputs}");
    assert!(
        outputs.contains("check-status=0\n") && outputs.contains("diff-status=0\n"),
        "{outputs}"
    );

    let wire = root().join("tests/data/levant-wire");
    for relative in ["sources/levant-wire-harem.yaml", "texts/levant-wire-harem.txt"] {
        std::fs::copy(wire.join(relative), repo.path().join("claims").join(relative)).expect("copied");
    }
    let (code, stdout, outputs, summary_after) = run_action(repo.path(), "HEAD");
    assert_eq!(
        code, 0,
        "the script leaves failing to the action's last step: {outputs}"
    );
    assert!(outputs.contains("check-status=1\n"), "{outputs}");
    assert!(outputs.contains("diff-status=1\n"), "{outputs}");
    let diff_file = outputs
        .lines()
        .find_map(|line| line.strip_prefix("diff-file="))
        .expect("a diff-file output");
    assert!(diff_file.ends_with(".md"), "{diff_file}");
    assert!(summary_after.contains("harem-clashes/date#"), "{summary_after}");
    assert!(!summary.contains("harem-clashes"), "before the change: {summary}");
    assert!(stdout.contains("`HEAD:claims` →"), "{stdout}");

    let (code, _, outputs, _) = run_action(repo.path(), "no-such-branch");
    assert_eq!(code, 2, "an unknown base is an error: {outputs}");
}
