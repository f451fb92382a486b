//! Colour at a real terminal (a pseudo-terminal from `script`): verdicts are coloured, and
//! not when `NO_COLOR` is set.

use crate::common::system_tool;
use std::process::Command;

/// Runs `crosscheck ARGS` with its output on a pseudo-terminal; `None` when `script` is missing.
fn at_terminal(args: &str, no_color: Option<&str>) -> Option<String> {
    let script = system_tool("script")?;
    let binary = assert_cmd::cargo::cargo_bin("crosscheck");
    let mut command = Command::new(script);
    command
        .args(["-qec", &format!("{} {args}", binary.display()), "/dev/null"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .env("COLUMNS", "120");
    if let Some(value) = no_color {
        command.env("NO_COLOR", value);
    }
    let output = command.output().expect("script runs");
    Some(String::from_utf8_lossy(&output.stdout).into_owned())
}

#[test]
fn verdicts_are_coloured_at_a_terminal_unless_no_color_is_set() {
    let Some(coloured) = at_terminal("check", None) else {
        return;
    };
    // A table colours the verdict's cell, a block the verdict that leads its heading.
    let in_table = coloured.contains("\u{1b}[38;5;9m\u{1b}[1m CONFLICT");
    let in_block = coloured.contains("\u{1b}[1m\u{1b}[31mCONFLICT\u{1b}[0m: ");
    assert!(in_table || in_block, "{coloured}");
    let Some(plain) = at_terminal("check", Some("1")) else {
        return;
    };
    assert!(plain.contains("CONFLICT"), "{plain}");
    assert!(!plain.contains('\u{1b}'), "{plain}");
    let Some(review) = at_terminal("review noonpost-ghuraba", Some("yes")) else {
        return;
    };
    assert!(review.contains("conflict") && !review.contains('\u{1b}'), "{review}");
}
