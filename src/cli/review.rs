//! `crosscheck review SOURCE`: every claim of one source beside what the others say.

use super::{EXIT_CLEAN, EXIT_CONFLICTS, Environment, Format, Outcome, default_corpus, load, unknown};
use crate::names::suggest;
use crate::report::review::{
    Review, render_review_csv, render_review_json, render_review_markdown, render_review_table,
};
use crate::report::{Analysis, Filter, render_dot, render_html};
use std::path::PathBuf;

/// Arguments of `crosscheck review`.
#[derive(Debug, clap::Args)]
pub struct ReviewArgs {
    /// The source id (its file name in sources/ without `.yaml`).
    pub source: String,
    /// The corpus folder (default: ./claims, else the shipped corpus).
    #[arg(long)]
    pub corpus: Option<PathBuf>,
    /// Output format (html and dot show the groups the source joined and its other claims).
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Table width in columns (default: the terminal's, else $COLUMNS, else 120).
    #[arg(long)]
    pub width: Option<u16>,
}

/// Exit code: 1 when a group the source joined is in conflict (as `check --source` would
/// say), else 0; 2 for an unknown source or an invalid corpus.
pub(super) fn review(args: &ReviewArgs, environment: &Environment) -> Outcome {
    let path = args.corpus.clone().unwrap_or_else(default_corpus);
    let corpus = match load(&path) {
        Ok(corpus) => corpus,
        Err(outcome) => return outcome,
    };
    let Some(index) = corpus.sources.iter().position(|source| source.id == args.source) else {
        let near = suggest(&args.source, corpus.sources.iter().map(|s| s.id.as_str()));
        return Outcome::usage_error(unknown("source", &args.source, near));
    };
    let analysis = Analysis::of(&corpus).filter(&Filter {
        sources: vec![args.source.clone()],
        ..Filter::default()
    });
    let code = if analysis.has_conflicts() {
        EXIT_CONFLICTS
    } else {
        EXIT_CLEAN
    };
    let stdout = match args.format {
        Format::Html => render_html(&analysis, &format!("review of {}", args.source)),
        Format::Dot => render_dot(&analysis),
        _ => match Review::of(&analysis, index) {
            Some(review) => render(&review, args, environment),
            None => String::new(),
        },
    };
    Outcome {
        stdout,
        stderr: String::new(),
        code,
    }
}

fn render(review: &Review, args: &ReviewArgs, environment: &Environment) -> String {
    match args.format {
        Format::Json => render_review_json(review),
        Format::Markdown => render_review_markdown(review),
        Format::Csv => render_review_csv(review),
        Format::Table | Format::Html | Format::Dot => {
            render_review_table(review, environment.width(args.width), environment.color)
        }
    }
}
