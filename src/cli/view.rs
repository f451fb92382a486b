//! What the views (`check`, `review`, `show`, `diff`) share: the options of the editorial
//! views, and how a view's model reaches standard output through the renderer of its format.

use super::decisions::DecisionsArgs;
use super::{EXIT_CLEAN, EXIT_CONFLICTS, Environment, Outcome, corpus_path, load};
use crate::analysis::Analysis;
use crate::decisions::Decisions;
use crate::model::Corpus;
use crate::report::{Format, Options, Renderer};
use clap::ValueEnum;
use std::io::{self, BufWriter, ErrorKind, Write};
use std::path::PathBuf;

/// Options of the editorial views.
#[derive(Debug, clap::Args)]
pub struct ViewOptions {
    /// The corpus folder (default: ./claims, else the corpus folder you are in).
    #[arg(long)]
    pub corpus: Option<PathBuf>,
    /// Output format (html and dot draw the groups the view covers).
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Terminal width in columns (default: the terminal's, else $COLUMNS, else 120). Below
    /// the width a table can be read at, each group is a block of lines.
    #[arg(long)]
    pub width: Option<u16>,
    /// Cut long quotes and decision notes at a word, with an ellipsis (the default shows them
    /// whole).
    #[arg(long)]
    pub compact: bool,
    /// Reviewed decisions: reviewed conflicts do not fail the view.
    #[command(flatten)]
    pub decisions: DecisionsArgs,
}

impl ViewOptions {
    /// The corpus and its reviewed decisions, or the outcome that says why they cannot be read.
    pub(super) fn open(&self) -> Result<(Corpus, Decisions), Outcome> {
        let path = corpus_path(self.corpus.as_ref())?;
        let corpus = load(&path)?;
        let decisions = self.decisions.load(&path)?;
        Ok((corpus, decisions))
    }
}

/// How much of a view is gathered before each write to standard output.
const WRITE_BUFFER_BYTES: usize = 1 << 20;

/// Writes a view with the renderer of `format` to `out`, through a buffer. A closed pipe
/// (`crosscheck check | head`) ends the output quietly; any other failure to write (a full
/// disk) is an error, as is a format that does not show the view.
pub(super) fn write_view(
    format: Format,
    environment: &Environment,
    width: Option<u16>,
    compact: bool,
    out: &mut dyn Write,
    write: impl Fn(&dyn Renderer, &mut dyn Write) -> io::Result<()>,
) -> Result<(), Outcome> {
    let options = Options {
        width: environment.width(width),
        color: environment.color,
        compact,
    };
    let mut buffer = BufWriter::with_capacity(WRITE_BUFFER_BYTES, out);
    match write(&*format.renderer(options), &mut buffer).and_then(|()| buffer.flush()) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == ErrorKind::BrokenPipe => Ok(()),
        Err(error) if error.kind() == ErrorKind::Unsupported => {
            let able: Vec<String> = Format::value_variants()
                .iter()
                .filter(|other| write(&*other.renderer(options), &mut io::sink()).is_ok())
                .map(|other| other.name())
                .collect();
            Err(Outcome::usage_error(format!(
                "error: --format {}: {error}\n  help: use --format {}\n",
                format.name(),
                one_of(&able)
            )))
        }
        Err(error) => Err(Outcome::usage_error(format!(
            "error: could not write the report: {error}\n"
        ))),
    }
}

/// `table, json or markdown`.
fn one_of(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

/// The outcome of a view over `analysis` (already filtered to what the view covers), once it
/// is written: exit 1 when a group in it is in a conflict no reviewed decision covers.
pub(super) fn view_outcome(analysis: &Analysis, written: Result<(), Outcome>) -> Outcome {
    if let Err(outcome) = written {
        return outcome;
    }
    let code = if analysis.has_unreviewed_conflicts() {
        EXIT_CONFLICTS
    } else {
        EXIT_CLEAN
    };
    Outcome {
        stdout: String::new(),
        stderr: String::new(),
        code,
    }
}
