//! Every view in every format reaches standard output through one seam: a full disk is an
//! error (exit 2), a closed pipe is not (the view's own exit code), and a format that does
//! not show a view says which formats do.

use crate::common::run;
use clap::ValueEnum;
use crosscheck::report::Format;
use std::process::{Command, Stdio};

/// The views, each with the arguments that show it on the shipped corpus.
const VIEWS: [&[&str]; 4] = [
    &["check", "claims"],
    &["review", "bfmtv-oumar-diaby", "--corpus", "claims"],
    &["show", "ghuraba", "--corpus", "claims"],
    &["diff", "claims", "claims"],
];

fn binary(args: &[&str]) -> Command {
    let mut command = Command::new(assert_cmd::cargo::cargo_bin("crosscheck"));
    command
        .args(args)
        .env("NO_COLOR", "1")
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    command
}

#[test]
fn every_view_and_format_fails_on_a_full_disk_and_not_on_a_closed_pipe() {
    for view in VIEWS {
        for format in Format::value_variants() {
            let name = format.name();
            let args: Vec<&str> = view.iter().copied().chain(["--format", &name]).collect();
            let shown = run(&args);
            if shown.code == 2 {
                assert!(view[0] == "diff", "{args:?}: {}", shown.stderr);
                continue;
            }
            if let Ok(full) = std::fs::File::create("/dev/full") {
                let output = binary(&args).stdout(full).output().expect("crosscheck runs");
                let stderr = String::from_utf8_lossy(&output.stderr);
                assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
                assert!(
                    stderr.contains("error: could not write the report: "),
                    "{args:?}: {stderr}"
                );
            }
            // The reader is gone before the view is written.
            let mut child = binary(&args)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("crosscheck starts");
            drop(child.stdout.take());
            let output = child.wait_with_output().expect("crosscheck ends");
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert_eq!(output.status.code(), Some(shown.code), "{args:?}: {stderr}");
            assert_eq!(stderr, shown.stderr, "{args:?}");
        }
    }
}

#[test]
fn a_format_that_does_not_show_a_diff_names_those_that_do() {
    let csv = run(&["diff", "claims", "claims", "--format", "csv"]);
    assert_eq!(csv.code, 2);
    assert_eq!(csv.stdout, "");
    assert_eq!(
        csv.stderr,
        "error: --format csv: this format does not show a diff\n  help: use --format table, json or markdown\n"
    );
}
