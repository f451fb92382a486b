//! `crosscheck check`: validate a corpus and print where its sources disagree.

use super::decisions::DecisionsArgs;
use super::view::write_view;
use super::{EXIT_CLEAN, EXIT_CONFLICTS, Environment, Outcome, corpus_path, load_reporting, resolve_subject, unknown};
use crate::analysis::{Analysis, Filter};
use crate::counted::counted;
use crate::diagnostics::{Problems, Style};
use crate::model::Corpus;
use crate::names::suggest;
use crate::report::{CheckView, Format, review_notice, write_summary};
use crate::verdict::Verdict;
use clap::ValueEnum;
use std::io::Write;
use std::path::PathBuf;

/// Arguments of `crosscheck check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The corpus folder (default: ./claims, else the corpus folder you are in).
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
    /// Terminal width in columns (default: the terminal's, else $COLUMNS, else 120). Below
    /// the width a table can be read at, each group is a block of lines.
    #[arg(long)]
    pub width: Option<u16>,
    /// Cut long quotes and decision notes at a word, with an ellipsis (the default shows them
    /// whole).
    #[arg(long)]
    pub compact: bool,
    /// Reviewed decisions: reviewed conflicts do not fail the check.
    #[command(flatten)]
    pub decisions: DecisionsArgs,
    /// Print only the counts (groups by verdict, how values differ, reviews): for large
    /// corpora and CI logs. The exit code is the same as with the full report.
    #[arg(long, conflicts_with = "format")]
    pub summary: bool,
    /// Refuse the corpus (exit 2) when a bulk file has bad rows, instead of leaving them out.
    #[arg(long)]
    pub strict: bool,
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

pub(super) fn check(args: &CheckArgs, environment: &Environment, out: &mut dyn Write) -> Outcome {
    let path = match corpus_path(args.corpus.as_ref()) {
        Ok(path) => path,
        Err(outcome) => return outcome,
    };
    let (corpus, warnings) = match load_reporting(&path) {
        Ok(loaded) => loaded,
        Err(outcome) => return outcome,
    };
    if args.strict && !warnings.diagnostics.is_empty() {
        return Outcome::usage_error(format!(
            "{}error: {} in rows of the bulk files of {} (--strict); nothing was checked\n",
            warnings.render(Style::Short),
            counted(warnings.diagnostics.len(), "problem", "problems"),
            path.display()
        ));
    }
    let filter = match build_filter(args, &corpus) {
        Ok(filter) => filter,
        Err(message) => return Outcome::usage_error(message),
    };
    let decisions = match args.decisions.load(&path) {
        Ok(decisions) => decisions,
        Err(outcome) => return outcome,
    };
    let analysis = if args.summary {
        Analysis::counted(&corpus, &decisions, &filter)
    } else {
        Analysis::shown(&corpus, &decisions, &filter)
    };
    let view = CheckView {
        analysis: &analysis,
        title: format!("discrepancies in {}", path.display()),
    };
    let written = write_view(
        args.format,
        environment,
        args.width,
        args.compact,
        out,
        |renderer, out| {
            if args.summary {
                write_summary(&analysis, out)
            } else {
                renderer.check(&view, out)
            }
        },
    );
    if let Err(outcome) = written {
        return outcome;
    }
    let code = if analysis.has_unreviewed_conflicts() {
        EXIT_CONFLICTS
    } else {
        EXIT_CLEAN
    };
    let mut stderr = warnings_summary(&warnings);
    stderr.push_str(&review_notice(&analysis));
    // Freeing a corpus of a million claims, string by string, takes a tenth of the run, and
    // the process ends right after printing: leave it to the operating system.
    std::mem::forget(analysis);
    std::mem::forget(corpus);
    Outcome {
        stdout: String::new(),
        stderr,
        code,
    }
}

/// Bad bulk rows, at most a screenful, and how many were left out.
fn warnings_summary(warnings: &Problems) -> String {
    const SHOWN: usize = 20;
    let count = warnings.diagnostics.len();
    if count == 0 {
        return String::new();
    }
    let mut text = warnings.render_first(Style::Short, SHOWN);
    if count > SHOWN {
        text.push_str(&format!("... and {} more\n", count - SHOWN));
    }
    text.push_str(&format!(
        "warning: {} in rows of the bulk files; those values were left out (--strict refuses them)\n",
        counted(count, "problem", "problems")
    ));
    text
}

fn build_filter(args: &CheckArgs, corpus: &Corpus) -> Result<Filter, String> {
    let subjects = args
        .subject
        .iter()
        .map(|wanted| resolve_subject(corpus, wanted))
        .collect::<Result<Vec<_>, _>>()?;
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
