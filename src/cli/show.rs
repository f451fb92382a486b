//! `crosscheck show SUBJECT`: everything the corpus says about one subject.

use super::view::{ViewOptions, view_outcome, write_view};
use super::{Environment, Outcome, resolve_subject};
use crate::analysis::{Analysis, Filter};
use crate::report::SubjectView;
use crate::report::show::involvements;
use std::io::Write;

/// Arguments of `crosscheck show`.
#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// The subject: an entity id, name or alias.
    pub subject: String,
    /// Corpus, format and width.
    #[command(flatten)]
    pub view: ViewOptions,
}

/// Exit code: 1 when a group about the subject or an event it takes part in is in an unreviewed
/// conflict (as `check --subject` naming them would say), else 0; 2 for an unknown subject (with
/// its near spellings) or an invalid corpus.
pub(super) fn show(args: &ShowArgs, environment: &Environment, out: &mut dyn Write) -> Outcome {
    let (corpus, decisions) = match args.view.open() {
        Ok(opened) => opened,
        Err(outcome) => return outcome,
    };
    let subject = match resolve_subject(&corpus, &args.subject) {
        Ok(subject) => subject,
        Err(message) => return Outcome::usage_error(message),
    };
    let mut subjects = vec![subject.clone()];
    subjects.extend(
        involvements(&corpus, &subject)
            .iter()
            .map(|involvement| involvement.event.id.clone()),
    );
    let analysis = Analysis::shown(
        &corpus,
        &decisions,
        &Filter {
            subjects,
            ..Filter::default()
        },
    );
    let written = match SubjectView::of(&analysis, &subject) {
        Some(view) => write_view(
            args.view.format,
            environment,
            args.view.width,
            args.view.compact,
            out,
            |renderer, out| renderer.show(&view, out),
        ),
        None => Ok(()),
    };
    view_outcome(&analysis, written)
}
