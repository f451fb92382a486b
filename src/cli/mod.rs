//! The command line: arguments, which library calls they make, what goes to standard
//! output and standard error, and the exit code. Nothing is printed here; [`run`] returns
//! an [`Outcome`] for `main` to print.

mod accept;
mod check;
mod decisions;
mod diff;
mod evaluate;
mod extract;
mod git;
mod init;
mod review;
mod rules;
mod schema;
mod show;
mod sources;
mod view;

pub use crate::report::Format;
pub use accept::AcceptArgs;
pub use check::{CheckArgs, VerdictArg};
pub use decisions::DecisionsArgs;
pub use diff::DiffArgs;
pub use evaluate::{EvaluateArgs, EvaluateFormat};
pub use extract::{ExtractArgs, ProposalFormat};
pub use init::InitArgs;
pub use review::ReviewArgs;
pub use rules::{RulesArgs, RulesFormat};
pub use schema::{SchemaArg, SchemaArgs};
pub use show::ShowArgs;
pub use sources::{SourcesArgs, SourcesFormat};
pub use view::ViewOptions;

use crate::corpus::{self, NameIndex};
use crate::counted::counted;
use crate::diagnostics::{Problems, Style};
use crate::model::Corpus;
use clap::{Parser, Subcommand};
use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Exit code: nothing new to look at.
pub const EXIT_CLEAN: u8 = 0;
/// Exit code: conflicts found that no reviewed decision covers.
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
    #[command(after_help = "--format json writes crosscheck/report@1 (JSON Schema: src/report/report.schema.json).")]
    Check(CheckArgs),
    /// Every claim of one source, in text order, beside what the other sources say.
    #[command(after_help = "--format json writes crosscheck/review@1 (JSON Schema: src/report/review.schema.json).")]
    Review(ReviewArgs),
    /// Everything the corpus says about one subject (any id, name or alias).
    #[command(after_help = "--format json writes crosscheck/show@1 (JSON Schema: src/report/show.schema.json).")]
    Show(ShowArgs),
    /// Print the JSON Schema of a corpus file, for YAML editors.
    Schema(SchemaArgs),
    /// Create a new corpus with a commented example source.
    Init(InitArgs),
    /// Record editorial decisions on discrepancies in the reviewed-decisions file.
    Accept(AcceptArgs),
    /// Show what a change to a corpus did: discrepancies and claims added, resolved, changed.
    Diff(DiffArgs),
    /// Propose claims from a raw text, for an editor to confirm.
    Extract(ExtractArgs),
    /// List the verdict rules, or explain one (`crosscheck rules disjoint-intervals`).
    Rules(RulesArgs),
    /// Score the best-supported values of a corpus against a gold corpus, per method.
    Evaluate(EvaluateArgs),
    /// Rank the sources by how often their claims agree with the best-supported readings.
    Sources(SourcesArgs),
}

/// What the process environment tells the command.
#[derive(Debug, Clone, Default)]
pub struct Environment {
    /// Terminal width, when standard output is a terminal.
    pub terminal_width: Option<u16>,
    /// The `COLUMNS` variable, when set to a number.
    pub columns: Option<u16>,
    /// Whether tables may use colour: standard output is a terminal and `NO_COLOR` is not set.
    pub color: bool,
}

impl Environment {
    /// Whether colour is allowed: only on a terminal, and never when `NO_COLOR` is set to
    /// anything but the empty string (<https://no-color.org>).
    pub fn color_allowed(on_terminal: bool, no_color: Option<&std::ffi::OsStr>) -> bool {
        on_terminal && no_color.is_none_or(|value| value.is_empty())
    }

    /// The width for tables: the one asked for, else the terminal's, else `COLUMNS`, else 120.
    pub fn width(&self, asked: Option<u16>) -> u16 {
        asked.or(self.terminal_width).or(self.columns).unwrap_or(120)
    }
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

/// Parses the arguments (the first is the program name) and runs the command, with all it
/// prints in the outcome.
pub fn run<I, T>(args: I, environment: &Environment) -> Outcome
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let mut streamed = Vec::new();
    let mut outcome = run_to(args, environment, &mut streamed);
    if !streamed.is_empty() {
        outcome.stdout.insert_str(0, &String::from_utf8_lossy(&streamed));
    }
    outcome
}

/// Like [`run`], writing what the views (`check`, `review`, `show`, `diff`) show to `stdout`
/// as it is made instead of into the outcome (a report can be very large).
pub fn run_to<I, T>(args: I, environment: &Environment, stdout: &mut dyn Write) -> Outcome
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
        Command::Check(args) => check::check(&args, environment, stdout),
        Command::Review(args) => review::review(&args, environment, stdout),
        Command::Show(args) => show::show(&args, environment, stdout),
        Command::Schema(args) => schema::schema(&args),
        Command::Init(args) => init::init(&args),
        Command::Accept(args) => accept::accept_command(&args),
        Command::Diff(args) => diff::diff(&args, environment, stdout),
        Command::Extract(args) => extract::extract(&args),
        Command::Rules(args) => rules::rules_command(&args),
        Command::Evaluate(args) => evaluate::evaluate(&args),
        Command::Sources(args) => sources::sources(&args),
    }
}

/// The corpus a command reads: the folder given, else `./claims`, else the current folder
/// when it is a corpus (or its `sources/` or `bulk/` subfolder); else a usage error that says
/// where it looked and how to name one. There is no fallback to a corpus built into the
/// binary: a check of other data than the editor's would pass silently.
pub fn find_corpus(given: Option<&Path>) -> Result<PathBuf, Outcome> {
    if let Some(given) = given {
        return Ok(given.to_path_buf());
    }
    let candidates = [Path::new("claims"), Path::new("."), Path::new("..")];
    let found = candidates.into_iter().find(|folder| match folder.to_str() {
        // `./claims` is the corpus by convention, even when a file is missing: loading it
        // then says what is wrong.
        Some("claims") => folder.is_dir(),
        Some("..") => is_corpus(folder) && inside_corpus_subfolder(),
        _ => is_corpus(folder),
    });
    found.map(Path::to_path_buf).ok_or_else(no_corpus)
}

/// Whether a folder holds a corpus: an `entities.yaml` beside a `sources/` or `bulk/` folder.
pub fn is_corpus(folder: &Path) -> bool {
    folder.join("entities.yaml").is_file() && (folder.join("sources").is_dir() || folder.join("bulk").is_dir())
}

/// Whether the current folder is a corpus's `sources/` or `bulk/` folder.
fn inside_corpus_subfolder() -> bool {
    std::env::current_dir()
        .ok()
        .and_then(|folder| folder.file_name().map(|name| name == "sources" || name == "bulk"))
        .unwrap_or(false)
}

/// The usage error of a command run where there is no corpus and none was named.
fn no_corpus() -> Outcome {
    let here = std::env::current_dir().map_or_else(|_| ".".to_owned(), |folder| folder.display().to_string());
    Outcome::usage_error(format!(
        "error: no corpus to read: there is no ./claims folder in {here}, and it is not a corpus folder \
         (one with entities.yaml and sources/) nor inside one\n  \
         help: name the corpus folder: crosscheck check PATH (other commands: --corpus PATH)\n  \
         help: start a new corpus with: crosscheck init PATH\n"
    ))
}

/// The corpus folder named on the command line, else the one found from the current folder
/// ([`find_corpus`]).
fn corpus_path(given: Option<&PathBuf>) -> Result<PathBuf, Outcome> {
    find_corpus(given.map(PathBuf::as_path))
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

/// How many near spellings an unknown subject's error names.
const NEAR_SPELLINGS: usize = 5;

/// The canonical id of a subject given by any spelling, or a usage error with its near
/// spellings (the closest of each entity's names and aliases).
fn resolve_subject(corpus: &Corpus, wanted: &str) -> Result<String, String> {
    let names = subject_index(corpus);
    if let Some(id) = names.resolve(wanted) {
        return Ok(id.to_owned());
    }
    let mut entities: Vec<&str> = Vec::new();
    let mut near: Vec<String> = Vec::new();
    for (spelling, id) in names.near(wanted) {
        if entities.contains(&id) || near.len() == NEAR_SPELLINGS {
            continue;
        }
        entities.push(id);
        let name = corpus.entity_name(id);
        near.push(if spelling == name || spelling == id {
            format!("`{name}`")
        } else {
            format!("`{spelling}` ({name})")
        });
    }
    let help = match near.as_slice() {
        [] => "no registered name or alias is near it; subjects are registered in entities.yaml".to_owned(),
        [one] => format!("did you mean {one}?"),
        many => format!("near spellings: {}", many.join(", ")),
    };
    Err(format!(
        "error: unknown subject `{wanted}`: no entity has that id, name or alias\n  help: {help}\n"
    ))
}

/// Loads a corpus with its warnings (bad bulk rows), or the outcome that reports its errors.
fn load_reporting(path: &Path) -> Result<(Corpus, Problems), Outcome> {
    corpus::load_reporting(path).map_err(|problems| corpus_errors(path, &problems))
}

/// The usage error that lists the problems of `what` (`the corpus`, `the reviewed
/// decisions`) at `path`, each at its position, and says what was not done.
fn problems_outcome(problems: &Problems, what: &str, path: &Path, consequence: &str) -> Outcome {
    let count = problems.diagnostics.len();
    let mut stderr = problems.render(Style::Rich);
    stderr.push_str(&format!(
        "error: {} in {what} {}; {consequence}\n",
        counted(count, "problem", "problems"),
        path.display()
    ));
    Outcome::usage_error(stderr)
}

/// The outcome that reports the errors of the corpus in `path`.
fn corpus_errors(path: &Path, problems: &Problems) -> Outcome {
    problems_outcome(problems, "the corpus", path, "nothing was checked")
}

/// Loads a corpus for a command that shows no bulk-row warnings (they are `check`'s to
/// report), or the outcome that reports its errors.
fn load(path: &Path) -> Result<Corpus, Outcome> {
    load_reporting(path).map(|(corpus, _warnings)| corpus)
}

fn unknown(what: &str, wanted: &str, near: Option<&str>) -> String {
    match near {
        Some(near) => format!("error: unknown {what} `{wanted}`\n  help: did you mean `{near}`?\n"),
        None => format!("error: unknown {what} `{wanted}`\n"),
    }
}

#[cfg(test)]
mod tests {
    use super::{Environment, run};
    use std::ffi::OsStr;

    #[test]
    fn each_view_s_help_names_its_own_json_schema_and_no_other() {
        let schemas = [
            ("check", "crosscheck/report@1", "report.schema.json"),
            ("review", "crosscheck/review@1", "review.schema.json"),
            ("show", "crosscheck/show@1", "show.schema.json"),
        ];
        for (command, schema, file) in schemas {
            let help = run(["crosscheck", command, "--help"], &Environment::default()).stdout;
            assert!(
                help.contains(schema) && help.contains(file),
                "{command} --help names {schema}:\n{help}"
            );
            for (_, other, _) in schemas.iter().filter(|(name, _, _)| *name != command) {
                assert!(
                    !help.contains(other),
                    "{command} --help names {other}, another view's schema"
                );
            }
        }
    }

    #[test]
    fn colour_only_on_a_terminal_without_no_color() {
        assert!(Environment::color_allowed(true, None));
        assert!(Environment::color_allowed(true, Some(OsStr::new(""))));
        assert!(!Environment::color_allowed(true, Some(OsStr::new("1"))));
        assert!(!Environment::color_allowed(false, None));
    }

    #[test]
    fn tables_are_coloured_only_when_allowed() {
        let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/claims");
        let with = |color: bool, args: &[&str]| {
            let environment = Environment {
                color,
                ..Environment::default()
            };
            run(["crosscheck"].iter().chain(args), &environment).stdout
        };
        for args in [
            &["check", corpus][..],
            &["review", "bfmtv-oumar-diaby", "--corpus", corpus],
            &["show", "ghuraba", "--corpus", corpus],
        ] {
            // Red in a table cell, or on the verdict that leads a block.
            let coloured = with(true, args);
            assert!(
                coloured.contains("\u{1b}[38;5;9m") || coloured.contains("\u{1b}[31m"),
                "{args:?}: conflicts in red"
            );
            assert!(!with(false, args).contains('\u{1b}'), "{args:?}");
        }
        assert!(!with(true, &["check", corpus, "--format", "markdown"]).contains('\u{1b}'));
    }
}
