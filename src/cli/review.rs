//! `crosscheck review SOURCE`: every claim of one source beside what the others say.

use super::view::{ViewOptions, view_outcome, write_view};
use super::{Environment, Outcome, unknown};
use crate::analysis::{Analysis, Filter};
use crate::names::suggest;
use crate::report::Review;
use std::io::Write;

/// Arguments of `crosscheck review`.
#[derive(Debug, clap::Args)]
pub struct ReviewArgs {
    /// The source id (its file name in sources/ without `.yaml`).
    pub source: String,
    /// Corpus, format and width.
    #[command(flatten)]
    pub view: ViewOptions,
}

/// Exit code: 1 when a group the source joined is in an unreviewed conflict (as `check --source` would
/// say), else 0; 2 for an unknown source or an invalid corpus.
pub(super) fn review(args: &ReviewArgs, environment: &Environment, out: &mut dyn Write) -> Outcome {
    let (corpus, decisions) = match args.view.open() {
        Ok(opened) => opened,
        Err(outcome) => return outcome,
    };
    let Some(index) = corpus.sources.iter().position(|source| source.id == args.source) else {
        let near = suggest(&args.source, corpus.sources.iter().map(|s| s.id.as_str()));
        return Outcome::usage_error(unknown("source", &args.source, near));
    };
    let analysis = Analysis::shown(
        &corpus,
        &decisions,
        &Filter {
            sources: vec![args.source.clone()],
            ..Filter::default()
        },
    );
    let written = match Review::of(&analysis, index) {
        Some(review) => write_view(
            args.view.format,
            environment,
            args.view.width,
            args.view.compact,
            out,
            |renderer, out| renderer.review(&review, out),
        ),
        None => Ok(()),
    };
    view_outcome(&analysis, written)
}
