//! `crosscheck diff`: what a change to a corpus did, between two folders or between a git
//! revision and the working tree. Fails (exit 1) when the change introduces a conflict that
//! no decision covers.

use super::decisions::DecisionsArgs;
use super::git::corpus_at;
use super::view::write_view;
use super::{EXIT_CLEAN, EXIT_CONFLICTS, Environment, Outcome, corpus_path, load};
use crate::analysis::Analysis;
use crate::decisions::Standings;
use crate::decisions::diff::{CorpusDiff, State};
use crate::model::Corpus;
use crate::report::reason;
use crate::report::{DiffView, Format};
use crate::verdict::Judged;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Arguments of `crosscheck diff`.
#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// OLD and NEW corpus folders; with --rev, the corpus folder (default: ./claims, else the
    /// corpus folder you are in).
    #[arg(value_name = "CORPUS")]
    pub paths: Vec<PathBuf>,
    /// Compare the corpus in the working tree against this git revision (commit, branch, tag).
    #[arg(long, value_name = "REV")]
    pub rev: Option<String>,
    /// Output format (table, markdown or json).
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Terminal width in columns (default: the terminal's, else $COLUMNS, else 120).
    #[arg(long)]
    pub width: Option<u16>,
    /// Reviewed decisions of the new state.
    #[command(flatten)]
    pub decisions: DecisionsArgs,
}

pub(super) fn diff(args: &DiffArgs, environment: &Environment, out: &mut dyn Write) -> Outcome {
    match run(args, environment, out) {
        Ok(outcome) | Err(outcome) => outcome,
    }
}

fn run(args: &DiffArgs, environment: &Environment, out: &mut dyn Write) -> Result<Outcome, Outcome> {
    match (&args.rev, args.paths.as_slice()) {
        (Some(rev), [] | [_]) => {
            let new_path = corpus_path(args.paths.first())?;
            let old =
                corpus_at(&new_path, rev).map_err(|message| Outcome::usage_error(format!("error: {message}\n")))?;
            let old_corpus = load(&old.path()).map_err(|outcome| in_revision(outcome, &old.label))?;
            compare(args, (&old_corpus, &old.label), &new_path, environment, out)
        }
        (None, [old_path, new_path]) => {
            let old_corpus = load(old_path)?;
            compare(
                args,
                (&old_corpus, &old_path.display().to_string()),
                new_path,
                environment,
                out,
            )
        }
        _ => Err(Outcome::usage_error(
            "error: give two corpus folders (crosscheck diff OLD NEW) or a revision \
             (crosscheck diff --rev REV [CORPUS])\n"
                .to_owned(),
        )),
    }
}

fn in_revision(mut outcome: Outcome, label: &str) -> Outcome {
    outcome.stderr.push_str(&format!(
        "note: these problems are in the corpus at {label} (paths are in a temporary copy)\n"
    ));
    outcome
}

fn compare(
    args: &DiffArgs,
    (old_corpus, old_label): (&Corpus, &str),
    new_path: &Path,
    environment: &Environment,
    out: &mut dyn Write,
) -> Result<Outcome, Outcome> {
    let new_corpus = load(new_path)?;
    let decisions = args.decisions.load(new_path)?;
    let old = Analysis::of(old_corpus);
    let new = Analysis::reviewed(&new_corpus, &decisions);
    let reviews: &Standings = &new.standings;
    let words = |analysis: &Analysis, judged: &Judged| reason::group(judged, analysis.corpus, &analysis.graph);
    let diff = CorpusDiff::between(
        &State {
            corpus: old_corpus,
            groups: &old.groups,
            reason: &|judged| words(&old, judged),
        },
        &State {
            corpus: &new_corpus,
            groups: &new.groups,
            reason: &|judged| words(&new, judged),
        },
        reviews,
    );
    let new_label = new_path.display().to_string();
    let view = DiffView {
        diff: &diff,
        old: old_label,
        new: &new_label,
    };
    write_view(args.format, environment, args.width, false, out, |renderer, out| {
        renderer.diff(&view, out)
    })?;
    Ok(Outcome {
        stdout: String::new(),
        stderr: String::new(),
        code: if diff.fails() { EXIT_CONFLICTS } else { EXIT_CLEAN },
    })
}
