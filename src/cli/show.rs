//! `crosscheck show SUBJECT`: everything the corpus says about one subject.

use super::{EXIT_CLEAN, EXIT_CONFLICTS, Environment, Format, Outcome, default_corpus, load, resolve_subject};
use crate::report::show::{SubjectView, render_show_csv, render_show_json, render_show_markdown, render_show_table};
use crate::report::{Analysis, Filter, render_dot, render_html};
use std::path::PathBuf;

/// Arguments of `crosscheck show`.
#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// The subject: an entity id, name or alias.
    pub subject: String,
    /// The corpus folder (default: ./claims, else the shipped corpus).
    #[arg(long)]
    pub corpus: Option<PathBuf>,
    /// Output format (html and dot show the groups about the subject).
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Table width in columns (default: the terminal's, else $COLUMNS, else 120).
    #[arg(long)]
    pub width: Option<u16>,
}

/// Exit code: 1 when a group about the subject is in conflict (as `check --subject` would
/// say), else 0; 2 for an unknown subject or an invalid corpus.
pub(super) fn show(args: &ShowArgs, environment: &Environment) -> Outcome {
    let path = args.corpus.clone().unwrap_or_else(default_corpus);
    let corpus = match load(&path) {
        Ok(corpus) => corpus,
        Err(outcome) => return outcome,
    };
    let subject = match resolve_subject(&corpus, &args.subject) {
        Ok(subject) => subject,
        Err(message) => return Outcome::usage_error(message),
    };
    let analysis = Analysis::of(&corpus).filter(&Filter {
        subjects: vec![subject.clone()],
        ..Filter::default()
    });
    let code = if analysis.has_conflicts() {
        EXIT_CONFLICTS
    } else {
        EXIT_CLEAN
    };
    let stdout = match args.format {
        Format::Html => render_html(&analysis, &format!("everything on {}", corpus.entity_name(&subject))),
        Format::Dot => render_dot(&analysis),
        _ => match SubjectView::of(&analysis, &subject) {
            Some(view) => render(&view, args, environment),
            None => String::new(),
        },
    };
    Outcome {
        stdout,
        stderr: String::new(),
        code,
    }
}

fn render(view: &SubjectView, args: &ShowArgs, environment: &Environment) -> String {
    match args.format {
        Format::Json => render_show_json(view),
        Format::Markdown => render_show_markdown(view),
        Format::Csv => render_show_csv(view),
        Format::Table | Format::Html | Format::Dot => {
            render_show_table(view, environment.width(args.width), environment.color)
        }
    }
}
