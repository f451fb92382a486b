//! The command line: arguments, which library calls they make, what goes to standard
//! output and standard error, and the exit code. Nothing is printed here; [`run`] returns
//! an [`Outcome`] for `main` to print.

use crate::corpus::{self, NameIndex};
use crate::diagnostics::Style;
use crate::model::Corpus;
use crate::names::suggest;
use crate::report::{Analysis, Filter, render_csv, render_json, render_markdown, render_table};
use crate::verdict::Verdict;
use clap::{Parser, Subcommand, ValueEnum};
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

/// Arguments of `crosscheck check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The corpus folder (default: ./claims, else the shipped corpus).
    pub corpus: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Show only groups with this verdict (repeatable).
    #[arg(long, value_enum)]
    pub verdict: Vec<VerdictArg>,
    /// Show only groups about this subject: an id, name or alias (repeatable).
    #[arg(long)]
    pub subject: Vec<String>,
    /// Show only groups with a claim from this source id (repeatable).
    #[arg(long)]
    pub source: Vec<String>,
    /// Table width in columns (default: the terminal's, else $COLUMNS, else 120).
    #[arg(long)]
    pub width: Option<u16>,
}

/// Report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A table for people at a terminal.
    Table,
    /// The stable JSON report (crosscheck/report@1).
    Json,
    /// GitHub-flavoured Markdown for editorial notes and pull-request comments.
    Markdown,
    /// One CSV row per claim in a group, for spreadsheets.
    Csv,
}

/// Verdicts as command-line values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum VerdictArg {
    /// Compatible values.
    Agree,
    /// Loosely compatible, or different in scope or qualifier.
    Tension,
    /// Different, but far apart in time on a property that changes.
    Drift,
    /// Cannot all be true.
    Conflict,
}

impl From<VerdictArg> for Verdict {
    fn from(arg: VerdictArg) -> Verdict {
        match arg {
            VerdictArg::Agree => Verdict::Agree,
            VerdictArg::Tension => Verdict::Tension,
            VerdictArg::Drift => Verdict::Drift,
            VerdictArg::Conflict => Verdict::Conflict,
        }
    }
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
        Command::Check(args) => check(&args, environment),
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

fn load(path: &Path) -> Result<Corpus, Outcome> {
    corpus::load(path).map_err(|problems| {
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

fn check(args: &CheckArgs, environment: &Environment) -> Outcome {
    let path = args.corpus.clone().unwrap_or_else(default_corpus);
    let corpus = match load(&path) {
        Ok(corpus) => corpus,
        Err(outcome) => return outcome,
    };
    let filter = match build_filter(args, &corpus) {
        Ok(filter) => filter,
        Err(message) => return Outcome::usage_error(message),
    };
    let analysis = Analysis::of(&corpus).filter(&filter);
    let stdout = match args.format {
        Format::Table => render_table(
            &analysis,
            args.width
                .or(environment.terminal_width)
                .or(environment.columns)
                .unwrap_or(120),
        ),
        Format::Json => render_json(&analysis),
        Format::Markdown => render_markdown(&analysis),
        Format::Csv => render_csv(&analysis),
    };
    let code = if analysis.has_conflicts() {
        EXIT_CONFLICTS
    } else {
        EXIT_CLEAN
    };
    Outcome {
        stdout,
        stderr: String::new(),
        code,
    }
}

fn build_filter(args: &CheckArgs, corpus: &Corpus) -> Result<Filter, String> {
    let mut names = NameIndex::default();
    for entity in corpus.entities.values() {
        for name in [&entity.id, &entity.name].into_iter().chain(&entity.aliases) {
            // The loader already rejected spellings shared by two entities.
            let _ = names.insert(name, &entity.id);
        }
    }
    let mut subjects = Vec::new();
    for wanted in &args.subject {
        match names.resolve(wanted) {
            Some(id) => subjects.push(id.to_owned()),
            None => return Err(unknown("subject", wanted, names.suggest(wanted))),
        }
    }
    for wanted in &args.source {
        if corpus.source(wanted).is_none() {
            return Err(unknown(
                "source",
                wanted,
                suggest(wanted, corpus.sources.iter().map(|s| s.id.as_str())),
            ));
        }
    }
    Ok(Filter {
        verdicts: args.verdict.iter().map(|&v| v.into()).collect(),
        subjects,
        sources: args.source.clone(),
    })
}

fn unknown(what: &str, wanted: &str, near: Option<&str>) -> String {
    match near {
        Some(near) => format!("error: unknown {what} `{wanted}`\n  help: did you mean `{near}`?\n"),
        None => format!("error: unknown {what} `{wanted}`\n"),
    }
}
