//! Problems found in a corpus, as data: a stable code, the file and byte span they point
//! at, what is wrong and how to fix it. A [`Files`] registry keeps the text of every file
//! read so that a span becomes `file:line:column` and a snippet when rendered.
//!
//! Only the binary decides when and how to print; the library returns [`Problems`].

use codespan_reporting::diagnostic::{Diagnostic as Rendered, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, Config, DisplayStyle};
use std::fmt;
use std::ops::Range;

/// The stable kind of a problem; reports and tests key on it, never on message text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Code {
    /// A file could not be read (missing, unreadable, a directory).
    UnreadableFile,
    /// A file is not valid UTF-8.
    NotUtf8,
    /// A file is larger than the loader accepts.
    FileTooLarge,
    /// The YAML is malformed (syntax, indentation, tabs, duplicate keys, budgets).
    YamlSyntax,
    /// A YAML value has the wrong shape or type, or a required field is missing.
    YamlType,
    /// A field name that the format does not know.
    UnknownField,
    /// An id that is not kebab-case.
    InvalidId,
    /// Two entities, properties, scopes or claims share an id.
    DuplicateId,
    /// Two entities claim the same alias.
    AmbiguousAlias,
    /// A name that matches no entity.
    UnknownEntity,
    /// A property id that is neither built in nor declared.
    UnknownProperty,
    /// A scope that is not declared.
    UnknownScope,
    /// A `within` chain that loops.
    CyclicWithin,
    /// A value that cannot be read as its property's type.
    InvalidValue,
    /// A date field that is not a valid date.
    InvalidDate,
    /// A quote that is not in the source text.
    QuoteNotFound,
    /// A corpus folder without the files a corpus needs.
    NotACorpus,
    /// A path in a corpus file that leads outside the corpus.
    PathOutsideCorpus,
    /// A row of a bulk file that cannot be read as a claim (malformed, a field missing).
    InvalidRow,
    /// A bulk file's column mapping that is missing or wrong.
    InvalidMapping,
    /// What a draft of `crosscheck extract` leaves for an editor: a `TODO`, a claim with no
    /// subject, a claim still marked `proposed: true`.
    Unfinished,
}

impl Code {
    /// The kebab-case name shown in messages and used by tests.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::UnreadableFile => "unreadable-file",
            Code::NotUtf8 => "not-utf8",
            Code::FileTooLarge => "file-too-large",
            Code::YamlSyntax => "yaml-syntax",
            Code::YamlType => "yaml-type",
            Code::UnknownField => "unknown-field",
            Code::InvalidId => "invalid-id",
            Code::DuplicateId => "duplicate-id",
            Code::AmbiguousAlias => "ambiguous-alias",
            Code::UnknownEntity => "unknown-entity",
            Code::UnknownProperty => "unknown-property",
            Code::UnknownScope => "unknown-scope",
            Code::CyclicWithin => "cyclic-within",
            Code::InvalidValue => "invalid-value",
            Code::InvalidDate => "invalid-date",
            Code::QuoteNotFound => "quote-not-found",
            Code::NotACorpus => "not-a-corpus",
            Code::PathOutsideCorpus => "path-outside-corpus",
            Code::InvalidRow => "invalid-row",
            Code::InvalidMapping => "invalid-mapping",
            Code::Unfinished => "unfinished-draft",
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A handle on a file registered in [`Files`].
pub type FileId = usize;

/// One problem: where it is, what is wrong, how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// What kind of problem it is.
    pub code: Code,
    /// The file it is in.
    pub file: FileId,
    /// The bytes it points at, when known.
    pub span: Option<Range<usize>>,
    /// What is wrong, naming the offending item (claim id, name, value).
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
    /// The 1-based line, for files whose text is not kept (bulk claims).
    pub line: Option<usize>,
    /// Whether it stops the run or is only reported.
    pub severity: Severity,
}

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The corpus is not checked until it is fixed.
    Error,
    /// Reported; the rest is checked (a bad row of a bulk file).
    Warning,
}

impl Severity {
    /// The word shown before the code.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

impl Diagnostic {
    /// A problem in `file` at `span`.
    pub fn new(code: Code, file: FileId, span: Option<Range<usize>>, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            file,
            span,
            message: message.into(),
            help: None,
            line: None,
            severity: Severity::Error,
        }
    }

    /// The same problem at a line of a file whose text is not kept.
    pub fn at_line(mut self, line: usize) -> Self {
        self.line = Some(line);
        self
    }

    /// The same problem, reported without stopping the run.
    pub fn as_warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    /// The same problem with a hint on how to fix it.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

/// The text of every file the loader read, for positions and snippets.
#[derive(Default)]
pub struct Files {
    inner: SimpleFiles<String, String>,
    names: Vec<String>,
}

impl Files {
    /// Registers a file under its display name and returns its handle.
    pub fn add(&mut self, name: impl Into<String>, contents: impl Into<String>) -> FileId {
        let name = name.into();
        self.names.push(name.clone());
        self.inner.add(name, contents.into())
    }

    /// The display name of a registered file.
    pub fn name(&self, id: FileId) -> &str {
        self.names.get(id).map_or("<unknown file>", String::as_str)
    }

    /// The 1-based line and column (in characters) of a byte offset in a file.
    pub fn position(&self, id: FileId, offset: usize) -> Option<(usize, usize)> {
        use codespan_reporting::files::Files as _;
        let location = self.inner.location(id, offset).ok()?;
        Some((location.line_number, location.column_number))
    }

    /// The byte offset of a 1-based line and column (in characters), clamped to the file.
    pub fn offset(&self, id: FileId, line: usize, column: usize) -> Option<usize> {
        use codespan_reporting::files::Files as _;
        let line_range = self.inner.line_range(id, line.checked_sub(1)?).ok()?;
        let source = self.inner.get(id).ok()?.source();
        let line_text = source.get(line_range.clone())?;
        let within = line_text
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(line_text.len(), |(i, _)| i);
        Some(line_range.start + within)
    }
}

/// Every problem found in one run, with the files they point into.
pub struct Problems {
    /// The registry of file texts.
    pub files: Files,
    /// The problems, in the order found.
    pub diagnostics: Vec<Diagnostic>,
}

/// How diagnostics are rendered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// `file:line:column: error[code]: message` and the help, one problem per line.
    Short,
    /// With a snippet of the file pointing at the problem.
    Rich,
}

impl Problems {
    /// All problems rendered as text.
    pub fn render(&self, style: Style) -> String {
        self.render_first(style, usize::MAX)
    }

    /// The first `limit` problems rendered as text.
    pub fn render_first(&self, style: Style, limit: usize) -> String {
        let display_style = match style {
            Style::Short => DisplayStyle::Short,
            Style::Rich => DisplayStyle::Rich,
        };
        let config = Config {
            display_style,
            ..Config::default()
        };
        let mut out = String::new();
        for diagnostic in self.diagnostics.iter().take(limit) {
            out.push_str(&self.render_one(diagnostic, &config, style));
        }
        out
    }

    fn render_one(&self, diagnostic: &Diagnostic, config: &Config, style: Style) -> String {
        let help = diagnostic.help.as_deref().map(|help| format!("help: {help}"));
        let Some(span) = diagnostic.span.clone() else {
            let at = diagnostic.line.map(|line| format!(":{line}")).unwrap_or_default();
            let mut line = format!(
                "{}{at}: {}[{}]: {}\n",
                self.files.name(diagnostic.file),
                diagnostic.severity.as_str(),
                diagnostic.code,
                diagnostic.message
            );
            if let Some(help) = help {
                line.push_str(&format!("  = {help}\n"));
            }
            return line;
        };
        let rendered = Rendered::error()
            .with_code(diagnostic.code.as_str())
            .with_message(&diagnostic.message)
            .with_labels(vec![Label::primary(diagnostic.file, span)])
            .with_notes(help.clone().into_iter().collect());
        let mut text = term::emit_into_string(config, &self.files.inner, &rendered).unwrap_or_else(|_| {
            format!(
                "{}: error[{}]: {}\n",
                self.files.name(diagnostic.file),
                diagnostic.code,
                diagnostic.message
            )
        });
        if let (Style::Short, Some(help)) = (style, help) {
            text.push_str(&format!("  = {help}\n"));
        }
        text
    }
}

impl fmt::Debug for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Style::Short))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems_in(contents: &str, needle: &str) -> Problems {
        let start = contents.find(needle).unwrap();
        let span = start..start + needle.len();
        let mut files = Files::default();
        let file = files.add("sources/x.yaml", contents);
        let diagnostic = Diagnostic::new(Code::UnknownEntity, file, Some(span), "unknown subject `Omar Diabi`")
            .with_help("did you mean `Omar Diaby`?");
        Problems {
            files,
            diagnostics: vec![diagnostic],
        }
    }

    #[test]
    fn short_style_names_file_line_column_code_and_help() {
        let problems = problems_in("claims:\n  - subject: Omar Diabi\n", "Omar Diabi");
        let text = problems.render(Style::Short);
        assert!(
            text.starts_with("sources/x.yaml:2:14: error[unknown-entity]: unknown subject `Omar Diabi`"),
            "{text}"
        );
        assert!(text.contains("help: did you mean `Omar Diaby`?"), "{text}");
    }

    #[test]
    fn rich_style_shows_the_line() {
        let problems = problems_in("claims:\n  - subject: Omar Diabi\n", "Omar Diabi");
        let text = problems.render(Style::Rich);
        assert!(text.contains("sources/x.yaml:2:14"), "{text}");
        assert!(text.contains("- subject: Omar Diabi"), "{text}");
    }

    #[test]
    fn offsets_and_positions_round_trip_through_multibyte_text() {
        let mut files = Files::default();
        let file = files.add("a.yaml", "a: ’x’\nb: “y”\n");
        let offset = files.offset(file, 2, 5).unwrap();
        assert_eq!(files.position(file, offset), Some((2, 5)));
    }

    #[test]
    fn problems_without_a_span_still_name_the_file() {
        let mut files = Files::default();
        let file = files.add("texts/missing.txt", "");
        let problems = Problems {
            files,
            diagnostics: vec![
                Diagnostic::new(Code::UnreadableFile, file, None, "cannot read the file").with_help("create it"),
            ],
        };
        assert_eq!(
            problems.render(Style::Short),
            "texts/missing.txt: error[unreadable-file]: cannot read the file\n  = help: create it\n"
        );
    }
}
