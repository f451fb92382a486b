//! `crosscheck show SUBJECT`: everything the corpus says about one subject.

use super::view::{ViewOptions, view_outcome};
use super::{Environment, Format, Outcome, resolve_subject};
use crate::report::show::{SubjectView, render_show_csv, render_show_json, render_show_markdown, render_show_table};
use crate::report::{Analysis, Filter};

/// Arguments of `crosscheck show`.
#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// The subject: an entity id, name or alias.
    pub subject: String,
    /// Corpus, format and width.
    #[command(flatten)]
    pub view: ViewOptions,
}

/// Exit code: 1 when a group about the subject is in an unreviewed conflict (as `check --subject` would
/// say), else 0; 2 for an unknown subject or an invalid corpus.
pub(super) fn show(args: &ShowArgs, environment: &Environment) -> Outcome {
    let (corpus, baseline) = match args.view.open() {
        Ok(opened) => opened,
        Err(outcome) => return outcome,
    };
    let subject = match resolve_subject(&corpus, &args.subject) {
        Ok(subject) => subject,
        Err(message) => return Outcome::usage_error(message),
    };
    let analysis = Analysis::shown(
        &corpus,
        &baseline,
        &Filter {
            subjects: vec![subject.clone()],
            ..Filter::default()
        },
    );
    let title = format!("everything on {}", corpus.entity_name(&subject));
    view_outcome(&analysis, args.view.format, &title, || {
        SubjectView::of(&analysis, &subject).map_or_else(String::new, |view| render(&view, &args.view, environment))
    })
}

fn render(view: &SubjectView, options: &ViewOptions, environment: &Environment) -> String {
    match options.format {
        Format::Json => render_show_json(view),
        Format::Markdown => render_show_markdown(view),
        Format::Csv => render_show_csv(view),
        Format::Table | Format::Html | Format::Dot => {
            render_show_table(view, environment.width(options.width), environment.color)
        }
    }
}
