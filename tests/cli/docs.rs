//! The README and the walkthrough in `examples/adding-a-source` are true: every command in their
//! `sh` and `console` blocks runs, in the order written, in a scratch git repository holding a
//! copy of the shipped corpus, the examples and the test data (its one commit is `HEAD` and
//! `origin/main`), with this build on the `PATH` as `crosscheck` (`cargo run --release --`
//! stands for it too).
//!
//! - A `console` block is `$ COMMAND` lines, each followed by what it prints (standard output and
//!   error, as a terminal shows them), which must be what it prints now. `[..]` stands for any
//!   text within a line, `...` on a line of its own for any lines. When the last command of a
//!   block shows nothing and a quotation (`> `) follows the block, the quotation is its output
//!   (Markdown shown rendered).
//! - An `sh` line must not fail (exit 2 or a signal) and must exit as its comment says when the
//!   comment says `exit N`.
//! - An `sh` line with a placeholder (`ID`, `ID...`, `[CORPUS]`) is a synopsis: its subcommand
//!   must exist and its `--help` must name every `--option` of the line.
//! - A command that cannot run in a test is listed in [`SKIPPED`] with the reason, and each run
//!   prints it as skipped; one that needs a program this machine lacks is skipped loudly.
//!
//! `CROSSCHECK_UPDATE_DOCS=1 cargo test --test cli docs` writes what the commands print now into
//! the `console` blocks (keeping wildcards that still match); read the diff before committing.

use crate::common;
use std::path::{Path, PathBuf};

/// Commands of the documents that are not run, each with why: (document, command prefix, why).
const SKIPPED: &[(&str, &str, &str)] = &[
    (
        "README.md",
        "bash tests/run-all.sh",
        "runs the whole test suite, this test included",
    ),
    (
        "README.md",
        "cargo run --release --example generate",
        "a release build of an example, then a corpus of 10^4 to 10^5 claims: minutes",
    ),
    ("README.md", "cd fuzz", "the fuzz crate is not part of the scratch copy"),
    (
        "README.md",
        "RUSTC_BOOTSTRAP=1 cargo fuzz run",
        "needs cargo-fuzz, and fuzzes for half an hour",
    ),
    (
        "README.md",
        "maturin build",
        "needs maturin, and builds the Python package in release mode",
    ),
    ("README.md", "pip install", "downloads packages from PyPI"),
];

/// What `cargo run --release --` means in the documents: this build.
const CARGO_RUN: &str = "cargo run --release -- ";

/// One command of a document and what it must do.
#[derive(Debug, PartialEq)]
struct Step {
    /// The document's line of the command (1-based).
    line: usize,
    command: String,
    expect: Expect,
}

/// What a command must do.
#[derive(Debug, PartialEq)]
enum Expect {
    /// An `sh` line: succeed, with this exit code when its comment names one.
    Runs { exit: Option<i32> },
    /// An `sh` line with placeholders: checked against `--help`, not run.
    Synopsis,
    /// A `console` command: print this.
    Prints(Shown),
}

/// The output a `console` block shows for a command, and where it is in the document.
#[derive(Debug, PartialEq)]
struct Shown {
    text: String,
    /// The document's lines (0-based, end excluded) that hold it.
    lines: std::ops::Range<usize>,
    /// What starts each of those lines: the block's indentation, or `> ` for a quotation.
    prefix: String,
}

/// The steps of a document's `sh` and `console` blocks, in order.
fn steps(document: &str) -> Vec<Step> {
    let lines: Vec<&str> = document.lines().collect();
    let mut steps = Vec::new();
    let mut at = 0;
    while at < lines.len() {
        let Some((indent, info)) = fence(lines[at]) else {
            at += 1;
            continue;
        };
        let end = (at + 1..lines.len())
            .find(|&line| fence(lines[line]).is_some_and(|(_, info)| info.is_empty()))
            .unwrap_or_else(|| panic!("line {}: a code block that never ends", at + 1));
        let body = at + 1..end;
        match info.split_whitespace().next() {
            Some("sh") => steps.extend(sh_steps(&lines, body)),
            Some("console") => steps.extend(console_steps(&lines, body, indent, end + 1)),
            _ => {}
        }
        at = end + 1;
    }
    steps
}

/// The indentation and info string of a fence line.
fn fence(line: &str) -> Option<(usize, &str)> {
    let trimmed = line.trim_start();
    let info = trimmed.strip_prefix("```")?;
    Some((line.len() - trimmed.len(), info.trim()))
}

/// The commands of an `sh` block: one a line, `#` comments aside.
fn sh_steps(lines: &[&str], body: std::ops::Range<usize>) -> Vec<Step> {
    let mut steps = Vec::new();
    for line in body {
        let text = lines[line].trim();
        if text.is_empty() || text.starts_with('#') {
            continue;
        }
        let (command, comment) = text.split_once(" #").unwrap_or((text, ""));
        let expect = if has_placeholder(command) {
            Expect::Synopsis
        } else {
            Expect::Runs {
                exit: exit_named(comment),
            }
        };
        steps.push(Step {
            line: line + 1,
            command: command.trim().to_owned(),
            expect,
        });
    }
    steps
}

/// Whether a command has a placeholder: an upper-case word (`ID`, `ID...`) or `[...]`.
fn has_placeholder(command: &str) -> bool {
    command.split_whitespace().any(|word| {
        let name = word.trim_end_matches("...");
        word.starts_with('[') || (name.len() >= 2 && name.chars().all(|c| c.is_ascii_uppercase() || c == '_'))
    })
}

/// The exit code a comment names (`exit 0: all reviewed`).
fn exit_named(comment: &str) -> Option<i32> {
    let (_, after) = comment.split_once("exit ")?;
    after
        .chars()
        .next()?
        .to_digit(10)
        .and_then(|code| i32::try_from(code).ok())
}

/// The commands of a `console` block, each with what it shows.
fn console_steps(lines: &[&str], body: std::ops::Range<usize>, indent: usize, after: usize) -> Vec<Step> {
    let prefix = " ".repeat(indent);
    let mut steps: Vec<Step> = Vec::new();
    for line in body.clone() {
        let text = lines[line].get(indent..).unwrap_or("");
        if let Some(command) = text.strip_prefix("$ ") {
            let shown = Shown {
                text: String::new(),
                lines: line + 1..line + 1,
                prefix: prefix.clone(),
            };
            steps.push(Step {
                line: line + 1,
                command: command.to_owned(),
                expect: Expect::Prints(shown),
            });
            continue;
        }
        let Some(Step {
            expect: Expect::Prints(shown),
            ..
        }) = steps.last_mut()
        else {
            panic!("line {}: a console block starts with `$ COMMAND`", body.start + 1);
        };
        shown.text.push_str(text);
        shown.text.push('\n');
        shown.lines.end = line + 1;
    }
    if let Some(Step {
        expect: Expect::Prints(shown),
        ..
    }) = steps.last_mut()
        && shown.text.is_empty()
        && let Some(quote) = quotation(lines, after)
    {
        *shown = quote;
    }
    steps
}

/// The quotation (`> ` lines) that follows a block, after blank lines.
fn quotation(lines: &[&str], after: usize) -> Option<Shown> {
    let start = (after..lines.len()).find(|&line| !lines[line].trim().is_empty())?;
    let end = (start..lines.len())
        .find(|&line| !lines[line].starts_with('>'))
        .unwrap_or(lines.len());
    if start == end {
        return None;
    }
    let text: String = lines[start..end]
        .iter()
        .map(|line| {
            let unquoted = line.strip_prefix("> ").unwrap_or_else(|| line.trim_start_matches('>'));
            format!("{unquoted}\n")
        })
        .collect();
    Some(Shown {
        text,
        lines: start..end,
        prefix: "> ".to_owned(),
    })
}

/// A scratch git repository with copies of what the documents' commands read.
struct Sandbox {
    dir: tempfile::TempDir,
    /// A folder holding only `crosscheck`, this build, put first on the `PATH`.
    bin: tempfile::TempDir,
    /// The exit code of the last command, for a command that reads `$?`.
    last_exit: i32,
}

impl Sandbox {
    fn new() -> Self {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = tempfile::tempdir().expect("a temporary folder");
        for folder in ["claims", "examples", "tests/data"] {
            common::copy_dir(&root.join(folder), &dir.path().join(folder));
        }
        std::fs::copy(root.join(".gitignore"), dir.path().join(".gitignore")).expect(".gitignore");
        let bin = tempfile::tempdir().expect("a temporary folder");
        std::os::unix::fs::symlink(
            assert_cmd::cargo::cargo_bin("crosscheck"),
            bin.path().join("crosscheck"),
        )
        .expect("a link to the binary");
        let sandbox = Sandbox { dir, bin, last_exit: 0 };
        for args in [
            &["init", "--quiet", "--initial-branch=main"][..],
            &["config", "user.name", "A. Editor"],
            &["config", "user.email", "editor@example.org"],
            &["add", "--all"],
            &["commit", "--quiet", "--message", "The corpus"],
            &["update-ref", "refs/remotes/origin/main", "HEAD"],
        ] {
            let status = std::process::Command::new("git")
                .args(args)
                .current_dir(sandbox.dir.path())
                .status()
                .expect("git runs");
            assert!(status.success(), "git {args:?}");
        }
        sandbox
    }

    /// Runs a command as `sh` would, standard error into standard output as at a terminal.
    fn run(&mut self, command: &str) -> (String, Option<i32>) {
        let command = command.replace(CARGO_RUN, "crosscheck ");
        let script = format!("(exit {}); {{ {command}\n}} 2>&1", self.last_exit);
        let path = std::env::join_paths(
            std::iter::once(self.bin.path().to_path_buf())
                .chain(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())),
        )
        .expect("a PATH");
        let output = assert_cmd::Command::new("sh")
            .args(["-c", &script])
            .current_dir(self.dir.path())
            .env("PATH", path)
            .env("NO_COLOR", "1")
            .env_remove("COLUMNS")
            .timeout(std::time::Duration::from_secs(120))
            .output()
            .expect("sh runs");
        let code = output.status.code();
        self.last_exit = code.unwrap_or(128);
        let text = String::from_utf8_lossy(&output.stdout);
        let trimmed: String = text.lines().map(|line| format!("{}\n", line.trim_end())).collect();
        (trimmed, code)
    }

    /// Whether a synopsis names a subcommand whose `--help` has every option of the line.
    fn check_synopsis(&mut self, command: &str) -> Result<(), String> {
        let words: Vec<&str> = command.split_whitespace().collect();
        if words.first() != Some(&"crosscheck") {
            return Err("a synopsis names a crosscheck command".to_owned());
        }
        let subcommand = words
            .get(1)
            .filter(|word| !word.starts_with('-') && !has_placeholder(word));
        let help_command = match subcommand {
            Some(name) => format!("crosscheck {name} --help"),
            None => "crosscheck --help".to_owned(),
        };
        let (help, code) = self.run(&help_command);
        if code != Some(0) {
            return Err(format!("`{help_command}` fails:\n{help}"));
        }
        let missing: Vec<&str> = words
            .iter()
            .map(|word| word.trim_matches(|c| c == '[' || c == ']'))
            .filter(|word| word.starts_with("--"))
            .map(|word| word.split('=').next().unwrap_or(word))
            .filter(|option| !help.contains(&format!("{option} ")) && !help.contains(&format!("{option}\n")))
            .collect();
        if missing.is_empty() {
            Ok(())
        } else {
            Err(format!("`{help_command}` names no {}", missing.join(", ")))
        }
    }
}

/// The programs a command runs other than `crosscheck` and the shell's own, that are missing.
fn missing_programs(command: &str) -> Vec<String> {
    programs(command)
        .into_iter()
        .filter(|program| !["crosscheck", "cd", "echo", "cp", "cargo", "git"].contains(&program.as_str()))
        .filter(|program| !program.contains('='))
        .filter(|program| common::system_tool(program).is_none())
        .collect()
}

/// The first word of each command of a pipeline or list, quotes respected.
fn programs(command: &str) -> Vec<String> {
    let mut programs = vec![String::new()];
    let mut quote = None;
    let mut in_word = true;
    let mut previous = ' ';
    for c in command.chars() {
        let after_redirection = previous == '>';
        previous = c;
        match (quote, c) {
            (Some(open), c) if c == open => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, '|' | ';' | '&') if !after_redirection => {
                programs.push(String::new());
                in_word = true;
            }
            (None, c) if c.is_whitespace() => in_word = programs.last().is_some_and(String::is_empty),
            (None, c) if in_word => programs.last_mut().expect("one program at least").push(c),
            (None, _) => {}
        }
    }
    programs.retain(|program| !program.is_empty());
    programs
}

/// What became of a document's commands.
#[derive(Default)]
struct Tally {
    run: usize,
    synopses: usize,
    skipped: Vec<String>,
    failures: Vec<String>,
    /// The document's lines to replace with what the commands print now (update mode).
    updates: Vec<(std::ops::Range<usize>, String)>,
}

/// Runs every command of a document and checks it; fails naming each command that is wrong.
fn check_document(relative: &str) {
    let path: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    let document = std::fs::read_to_string(&path).expect("the document");
    let steps = steps(&document);
    let mut sandbox = Sandbox::new();
    let mut tally = Tally::default();
    let mut used = vec![false; SKIPPED.len()];
    for step in &steps {
        let at = format!("{relative}:{} `{}`", step.line, step.command);
        let skip = SKIPPED
            .iter()
            .position(|(document, prefix, _)| *document == relative && step.command.starts_with(prefix));
        if let Some(index) = skip {
            used[index] = true;
            tally.skipped.push(format!("{at}: {}", SKIPPED[index].2));
            continue;
        }
        if step.command.starts_with("cargo ") && !step.command.starts_with(CARGO_RUN) {
            tally
                .failures
                .push(format!("{at}: cargo is not run here; add it to SKIPPED with why"));
            continue;
        }
        let missing = missing_programs(&step.command);
        if !missing.is_empty() {
            tally
                .skipped
                .push(format!("{at}: needs {}, not installed here", missing.join(", ")));
            continue;
        }
        check_step(step, &at, &mut sandbox, &mut tally);
    }
    for (index, (document, prefix, _)) in SKIPPED.iter().enumerate() {
        if *document == relative && !used[index] {
            tally
                .failures
                .push(format!("SKIPPED names `{prefix}`, which {relative} no longer has"));
        }
    }
    eprintln!(
        "{relative}: {} commands run, {} synopses checked against --help, {} skipped:",
        tally.run,
        tally.synopses,
        tally.skipped.len()
    );
    for skipped in &tally.skipped {
        eprintln!("  skipped {skipped}");
    }
    if std::env::var("CROSSCHECK_UPDATE_DOCS").is_ok_and(|value| value == "1") && !tally.updates.is_empty() {
        std::fs::write(&path, updated(&document, tally.updates)).expect("the document is writable");
    }
    assert!(tally.run > 0, "{relative} has no command that runs");
    assert!(
        tally.failures.is_empty(),
        "{} of {relative}'s commands are not as written \
         (CROSSCHECK_UPDATE_DOCS=1 writes what console blocks print now):\n\n{}",
        tally.failures.len(),
        tally.failures.join("\n\n")
    );
}

/// Runs or checks one step.
fn check_step(step: &Step, at: &str, sandbox: &mut Sandbox, tally: &mut Tally) {
    match &step.expect {
        Expect::Synopsis => {
            tally.synopses += 1;
            if let Err(why) = sandbox.check_synopsis(&step.command) {
                tally.failures.push(format!("{at}: {why}"));
            }
        }
        Expect::Runs { exit } => {
            tally.run += 1;
            let (output, code) = sandbox.run(&step.command);
            let wrong = match exit {
                Some(expected) => code != Some(*expected),
                None => !matches!(code, Some(0 | 1)),
            };
            if wrong {
                let expected = exit.map_or("0 or 1".to_owned(), |code| code.to_string());
                tally
                    .failures
                    .push(format!("{at}: exits {code:?}, not {expected}:\n{output}"));
            }
        }
        Expect::Prints(shown) => {
            tally.run += 1;
            let (output, _) = sandbox.run(&step.command);
            let assert = snapbox::Assert::new().normalize_paths(false);
            let (actual, expected) =
                assert.normalize(snapbox::Data::text(output), snapbox::Data::text(shown.text.clone()));
            let (actual, expected) = (
                actual.render().unwrap_or_default(),
                expected.render().unwrap_or_default(),
            );
            if actual != expected {
                tally
                    .failures
                    .push(format!("{at} prints:\n{actual}\nnot as written:\n{expected}"));
                let lines: String = actual
                    .lines()
                    .map(|line| format!("{}{line}", shown.prefix).trim_end().to_owned() + "\n")
                    .collect();
                tally.updates.push((shown.lines.clone(), lines));
            }
        }
    }
}

/// The document with these lines replaced.
fn updated(document: &str, mut updates: Vec<(std::ops::Range<usize>, String)>) -> String {
    let mut lines: Vec<String> = document.lines().map(|line| format!("{line}\n")).collect();
    updates.sort_by_key(|(range, _)| std::cmp::Reverse(range.start));
    for (range, text) in updates {
        lines.splice(range, text.lines().map(|line| format!("{line}\n")));
    }
    lines.concat()
}

#[test]
fn the_readme_commands_run_as_written() {
    check_document("README.md");
}

#[test]
fn the_walkthrough_of_adding_a_source_runs_as_written() {
    check_document("examples/adding-a-source/README.md");
}

#[test]
fn blocks_are_read_into_commands_with_what_they_must_do() {
    let document = "text\n\n```sh\ncrosscheck check claims   # exit 0: all reviewed\n\
        crosscheck accept ID... --note \"why\"\n# a comment\n```\n\n  ```console\n  $ crosscheck a\n  \
        one\n  two\n  $ crosscheck b\n  ```\n\n> quoted\n>\n> output\n\nafter\n";
    let steps = steps(document);
    let expected = vec![
        Step {
            line: 4,
            command: "crosscheck check claims".to_owned(),
            expect: Expect::Runs { exit: Some(0) },
        },
        Step {
            line: 5,
            command: "crosscheck accept ID... --note \"why\"".to_owned(),
            expect: Expect::Synopsis,
        },
        Step {
            line: 10,
            command: "crosscheck a".to_owned(),
            expect: Expect::Prints(Shown {
                text: "one\ntwo\n".to_owned(),
                lines: 10..12,
                prefix: "  ".to_owned(),
            }),
        },
        Step {
            line: 13,
            command: "crosscheck b".to_owned(),
            expect: Expect::Prints(Shown {
                text: "quoted\n\noutput\n".to_owned(),
                lines: 15..18,
                prefix: "> ".to_owned(),
            }),
        },
    ];
    assert_eq!(steps, expected);
    let rewritten = updated(
        document,
        vec![(10..12, "  three\n".to_owned()), (15..18, "> new\n".to_owned())],
    );
    assert!(
        rewritten.contains("  $ crosscheck a\n  three\n  $ crosscheck b\n"),
        "{rewritten}"
    );
    assert!(rewritten.ends_with("```\n\n> new\n\nafter\n"), "{rewritten}");
}

#[test]
fn the_programs_of_a_command_are_its_pipeline_s_first_words_outside_quotes() {
    let command =
        "crosscheck check --format dot | dot -Tsvg > graph.svg; accept --note 'a; b | c' && echo \"x|y\" 2>&1";
    assert_eq!(programs(command), ["crosscheck", "dot", "accept", "echo"]);
}
