//! `crosscheck review SOURCE`: every claim of one source beside what the others say.

use super::view::{ViewOptions, view_outcome};
use super::{Environment, Format, Outcome, unknown};
use crate::names::suggest;
use crate::report::review::{
    Review, render_review_csv, render_review_json, render_review_markdown, render_review_table,
};
use crate::report::{Analysis, Filter};

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
pub(super) fn review(args: &ReviewArgs, environment: &Environment) -> Outcome {
    let (corpus, baseline) = match args.view.open() {
        Ok(opened) => opened,
        Err(outcome) => return outcome,
    };
    let Some(index) = corpus.sources.iter().position(|source| source.id == args.source) else {
        let near = suggest(&args.source, corpus.sources.iter().map(|s| s.id.as_str()));
        return Outcome::usage_error(unknown("source", &args.source, near));
    };
    let analysis = Analysis::shown(
        &corpus,
        &baseline,
        &Filter {
            sources: vec![args.source.clone()],
            ..Filter::default()
        },
    );
    let title = format!("review of {}", args.source);
    view_outcome(&analysis, args.view.format, &title, || {
        Review::of(&analysis, index).map_or_else(String::new, |review| render(&review, &args.view, environment))
    })
}

fn render(review: &Review, view: &ViewOptions, environment: &Environment) -> String {
    match view.format {
        Format::Json => render_review_json(review),
        Format::Markdown => render_review_markdown(review),
        Format::Csv => render_review_csv(review),
        Format::Table | Format::Html | Format::Dot => {
            render_review_table(review, environment.width(view.width), environment.color)
        }
    }
}
