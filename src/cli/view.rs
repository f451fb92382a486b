//! What the editorial views (`review`, `show`) share: their options, and how a view becomes
//! an outcome (html and dot draw the part of the analysis the view covers; the exit code is
//! the one `check` gives that part).

use super::decisions::BaselineArgs;
use super::{EXIT_CLEAN, EXIT_CONFLICTS, Format, Outcome, default_corpus, load};
use crate::baseline::Baseline;
use crate::model::Corpus;
use crate::report::{Analysis, render_dot, render_html};
use std::path::PathBuf;

/// Options of the editorial views.
#[derive(Debug, clap::Args)]
pub struct ViewOptions {
    /// The corpus folder (default: ./claims, else the shipped corpus).
    #[arg(long)]
    pub corpus: Option<PathBuf>,
    /// Output format (html and dot draw the groups the view covers).
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Table width in columns (default: the terminal's, else $COLUMNS, else 120).
    #[arg(long)]
    pub width: Option<u16>,
    /// Reviewed decisions: reviewed conflicts do not fail the view.
    #[command(flatten)]
    pub decisions: BaselineArgs,
}

impl ViewOptions {
    /// The corpus and its reviewed decisions, or the outcome that says why they cannot be read.
    pub(super) fn open(&self) -> Result<(Corpus, Baseline), Outcome> {
        let path = self.corpus.clone().unwrap_or_else(default_corpus);
        let corpus = load(&path)?;
        let baseline = self.decisions.load(&path)?;
        Ok((corpus, baseline))
    }
}

/// The outcome of a view over `analysis` (already filtered to what the view covers): html and
/// dot from the analysis, other formats from `render`; exit 1 when a group in it is in a
/// conflict no reviewed decision covers.
pub(super) fn view_outcome(
    analysis: &Analysis,
    format: Format,
    title: &str,
    render: impl FnOnce() -> String,
) -> Outcome {
    let stdout = match format {
        Format::Html => render_html(analysis, title),
        Format::Dot => render_dot(analysis),
        Format::Table | Format::Json | Format::Markdown | Format::Csv => render(),
    };
    let code = if analysis.has_unreviewed_conflicts() {
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
