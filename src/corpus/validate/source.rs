//! Validation of a YAML source: its id, publication date and text, and each of its claims
//! through the one claim validation.

use crate::corpus::claim::{ClaimChecker, ClaimInput, ID_HELP, Registry, Setting, read_date};
use crate::corpus::files::{Loader, Snippets};
use crate::corpus::load::ParsedSource;
use crate::corpus::raw::{RawSource, ScalarText};
use crate::corpus::text::QuoteFinder;
use crate::diagnostics::{Code, Diagnostic, FileId};
use crate::model::{Claim, Source};
use crate::names::is_valid_id;
use crate::value::DateValue;
use serde_saphyr::Spanned;
use std::path::{Component, Path, PathBuf};

impl Loader {
    /// A YAML source with its valid claims; its problems and those of its claims reported.
    pub(super) fn validate_source(&mut self, parsed: ParsedSource, registry: &Registry) -> Option<Source> {
        let ParsedSource { id, file, path, raw } = parsed;
        if !is_valid_id(&id) {
            self.report(
                Diagnostic::new(
                    Code::InvalidId,
                    file,
                    None,
                    format!("`{id}` is not a valid source id (it is the file name)"),
                )
                .with_help(ID_HELP),
            );
        }
        self.report_unfinished(file, &raw);
        let published = self.parse_published(file, &raw.published);
        let text_path = match &raw.text {
            Some(text) => self.confined_path(file, text),
            None => Some(PathBuf::from("texts").join(format!("{id}.txt"))),
        };
        let text = text_path
            .as_ref()
            .and_then(|path| self.read_text(path, Snippets::Skip).map(|(_, text)| text));
        let finder = text.as_deref().map(QuoteFinder::new);
        let setting = Setting::Source {
            id: &id,
            published,
            text: finder.as_ref().zip(text_path.as_deref().map(|path| self.display(path))),
        };
        let mut checker = ClaimChecker::new(registry, setting, Claim::file_name(&path));
        let claims = raw
            .claims
            .into_iter()
            .filter_map(|entry| checker.check(ClaimInput::of_yaml(entry.value, &entry.referenced, &id)))
            .collect();
        for problem in std::mem::take(&mut checker.problems) {
            self.report_problem(file, problem);
        }
        Some(Source {
            id: id.clone(),
            outlet: raw.outlet.value,
            title: raw.title.value,
            url: raw.url,
            published: published?,
            published_note: raw.published_note,
            language: raw.language,
            origin: raw.origin,
            file: path,
            text_path: text_path?,
            text: text?,
            note: raw.note,
            claims,
        })
    }

    /// A text path inside the corpus, or `None` with the problem reported.
    fn confined_path(&mut self, file: FileId, path: &Spanned<String>) -> Option<PathBuf> {
        let candidate = Path::new(&path.value);
        let inside = candidate
            .components()
            .all(|component| matches!(component, Component::Normal(_) | Component::CurDir));
        if inside && !path.value.is_empty() {
            return Some(candidate.to_path_buf());
        }
        let span = self.span(file, &path.referenced);
        self.report(
            Diagnostic::new(
                Code::PathOutsideCorpus,
                file,
                span,
                format!("text path `{}` leads outside the corpus", path.value),
            )
            .with_help("give a path relative to the corpus folder, such as `texts/my-source.txt`, without `..`"),
        );
        None
    }

    /// What a draft of `crosscheck extract` leaves for an editor, each reported: an outlet or
    /// title still `TODO`, claims still marked `proposed: true`.
    fn report_unfinished(&mut self, file: FileId, raw: &RawSource) {
        for (field, written, help) in [
            ("outlet", &raw.outlet, "write the outlet's name as readers know it"),
            ("title", &raw.title, "write the article's title as published"),
        ] {
            if is_placeholder(&written.value) {
                let span = self.span(file, &written.referenced);
                let message = format!("the {field} is still `{}`", written.value.trim());
                self.report(Diagnostic::new(Code::Unfinished, file, span, message).with_help(help));
            }
        }
        for claim in raw.claims.iter().filter(|claim| claim.value.proposed == Some(true)) {
            let span = self.span(file, &claim.referenced);
            let message = format!("claim `{}` is still marked `proposed: true`", claim.value.id.value);
            let help = "check it against the text and correct it, then delete the line `proposed: true`; \
                        or delete the claim";
            self.report(Diagnostic::new(Code::Unfinished, file, span, message).with_help(help));
        }
    }

    /// The source's publication date, or `None` with the problem reported.
    fn parse_published(&mut self, file: FileId, written: &Spanned<ScalarText>) -> Option<DateValue> {
        if is_placeholder(&written.value.0) {
            let span = self.span(file, &written.referenced);
            let message = format!("the publication date is still `{}`", written.value.0.trim());
            let help = "write the date the article was published: YYYY-MM-DD, YYYY-MM or YYYY";
            self.report(Diagnostic::new(Code::Unfinished, file, span, message).with_help(help));
            return None;
        }
        match read_date(&written.value.0, None) {
            Ok(date) => Some(date),
            Err((message, help)) => {
                let span = self.span(file, &written.referenced);
                let message = format!("published: {message}");
                self.report(Diagnostic::new(Code::InvalidDate, file, span, message).with_help(help));
                None
            }
        }
    }
}

/// A field left as the draft's placeholder (`TODO`, `FIXME`, `TBD`, `XXX`).
fn is_placeholder(written: &str) -> bool {
    ["TODO", "FIXME", "TBD", "XXX"].contains(&written.trim())
}
