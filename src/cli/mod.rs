//! The command line: arguments, which library calls they make, what goes to standard
//! output and standard error, and the exit code. Nothing is printed here; [`run`] returns
//! an [`Outcome`] for `main` to print.

mod check;

pub use check::{CheckArgs, Format, VerdictArg};

use crate::corpus::{self, NameIndex};
use crate::diagnostics::{Problems, Style};
use crate::model::Corpus;
use clap::{Parser, Subcommand};
use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// Exit code: nothing new to look at.
pub const EXIT_CLEAN: u8 = 0;
/// Exit code: conflicts found.
pub const EXIT_CONFLICTS: u8 = 1;
/// Exit code: invalid input or usage.
pub const EXIT_INVALID: u8 = 2;

/// crosscheck: find where news sources disagree, how badly, and why.
#[derive(Debug, Parser)]
#[command(name = "crosscheck", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a corpus and print where its sources disagree.
    Check(CheckArgs),
}

/// What the process environment tells the command.
#[derive(Debug, Clone, Default)]
pub struct Environment {
    /// Terminal width, when standard output is a terminal.
    pub terminal_width: Option<u16>,
    /// The `COLUMNS` variable, when set to a number.
    pub columns: Option<u16>,
}

/// What to print and how to exit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Text for standard output.
    pub stdout: String,
    /// Text for standard error.
    pub stderr: String,
    /// Process exit code.
    pub code: u8,
}

impl Outcome {
    fn usage_error(message: String) -> Self {
        Outcome {
            stdout: String::new(),
            stderr: message,
            code: EXIT_INVALID,
        }
    }
}

/// Parses the arguments (the first is the program name) and runs the command.
pub fn run<I, T>(args: I, environment: &Environment) -> Outcome
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            let text = error.render().to_string();
            return match error.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => Outcome {
                    stdout: text,
                    stderr: String::new(),
                    code: EXIT_CLEAN,
                },
                _ => Outcome::usage_error(text),
            };
        }
    };
    match cli.command {
        Command::Check(args) => check::check(&args, environment),
    }
}

/// The corpus to use when none is given: `./claims` if there is one, else the shipped one.
pub fn default_corpus() -> PathBuf {
    let local = Path::new("claims");
    if local.join("entities.yaml").is_file() {
        return local.to_path_buf();
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("claims")
}

/// Every id, name and alias of the corpus's entities, for resolving what a user typed.
fn subject_index(corpus: &Corpus) -> NameIndex {
    let mut names = NameIndex::default();
    for entity in corpus.entities.values() {
        for name in [&entity.id, &entity.name].into_iter().chain(&entity.aliases) {
            // The loader already rejected spellings shared by two entities.
            let _ = names.insert(name, &entity.id);
        }
    }
    names
}

/// The canonical id of a subject given by any spelling, or a usage error with "did you mean".
fn resolve_subject(corpus: &Corpus, wanted: &str) -> Result<String, String> {
    let names = subject_index(corpus);
    names
        .resolve(wanted)
        .map(str::to_owned)
        .ok_or_else(|| unknown("subject", wanted, names.suggest(wanted)))
}

/// Loads a corpus with its warnings (bad bulk rows), or the outcome that reports its errors.
fn load_reporting(path: &Path) -> Result<(Corpus, Problems), Outcome> {
    corpus::load_reporting(path).map_err(|problems| {
        let count = problems.diagnostics.len();
        let mut stderr = problems.render(Style::Rich);
        stderr.push_str(&format!(
            "error: {count} problem{} in the corpus {}; nothing was checked\n",
            if count == 1 { "" } else { "s" },
            path.display()
        ));
        Outcome::usage_error(stderr)
    })
}

fn unknown(what: &str, wanted: &str, near: Option<&str>) -> String {
    match near {
        Some(near) => format!("error: unknown {what} `{wanted}`\n  help: did you mean `{near}`?\n"),
        None => format!("error: unknown {what} `{wanted}`\n"),
    }
}
