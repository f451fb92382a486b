//! One claim as written, from a YAML source or a bulk row, and the one path that validates it
//! into the model ([`ClaimChecker`]): the same checks, the same diagnostics and the same "did
//! you mean" for both. Where a claim comes from changes only where its problems point (a YAML
//! position, or a row's line and column) and what its file gives it (a source's publication
//! date and text, or a bulk file's as-of date).

mod check;
mod shared_values;
mod value;

pub(super) use check::{ClaimChecker, Registry, Setting, read_date};
pub(super) use shared_values::SharedValues;

use super::files::Loader;
use super::raw::{RawClaim, RawValue};
use super::registry::NameIndex;
use crate::diagnostics::{Code, Diagnostic, FileId};
use serde_saphyr::{Location, Spanned};
use std::borrow::Cow;

/// How a valid id is written, for the problems of ids that are not.
pub(super) const ID_HELP: &str = "ids use lower-case letters, digits and single hyphens, e.g. `omar-diaby`";

/// What a name is looked up as, and where it would be declared.
pub(super) type Lookup = (&'static str, &'static str);
/// A claim's subject, in the entity registry.
pub(super) const SUBJECT_REGISTRY: Lookup = ("subject", "entities.yaml");
/// An entity named by `within` or a value, in the entity registry.
pub(super) const ENTITY_REGISTRY: Lookup = ("entity", "entities.yaml");
/// A scope, in the catalogue.
pub(super) const SCOPE_REGISTRY: Lookup = ("scope", "the scopes of properties.yaml");

/// Why something is refused: the code, what is wrong, how to fix it.
pub(super) type Why = (Code, String, String);

/// Where a field of a claim was written.
#[derive(Debug, Clone, Copy)]
pub(super) enum At<'r> {
    /// A position in a YAML source file.
    Yaml(Location),
    /// A row of a bulk file: its line and, for a table, the column of the cell.
    Row {
        /// The 1-based line.
        line: usize,
        /// The column of a table's cell.
        column: Option<&'r str>,
    },
}

/// A text as written, with where it was written.
#[derive(Debug)]
pub(super) struct Written<'r, T = Cow<'r, str>> {
    /// The text.
    pub text: T,
    /// Where.
    pub at: At<'r>,
}

impl<'r> Written<'r> {
    /// A YAML field with its position.
    fn yaml(field: Spanned<String>) -> Self {
        Written {
            text: Cow::Owned(field.value),
            at: At::Yaml(field.referenced),
        }
    }
}

/// A claim's value as written: one text, or a list of them (a YAML sequence, for sets).
#[derive(Debug)]
pub(super) enum ValueText<'r> {
    /// One text.
    Scalar(Cow<'r, str>),
    /// A list.
    List(Vec<String>),
}

impl ValueText<'_> {
    /// The value as written, a list joined with commas.
    pub fn written(&self) -> Cow<'_, str> {
        match self {
            ValueText::Scalar(text) => Cow::Borrowed(text),
            ValueText::List(items) => Cow::Owned(items.join(", ")),
        }
    }
}

/// A claim as written, each field with where it was written: what a YAML claim and a bulk row
/// both become before [`ClaimChecker::check`] validates them.
#[derive(Debug)]
pub(super) struct ClaimInput<'r> {
    /// The id, given or made up from the row's place.
    pub id: Written<'r>,
    /// Whether the id was written (a made-up id is unique by construction).
    pub id_given: bool,
    /// The source as written: a YAML source's id, a bulk row's source name.
    pub source: Cow<'r, str>,
    /// The subject: an id, name or alias.
    pub subject: Written<'r>,
    /// The property id.
    pub property: Written<'r>,
    /// The value.
    pub value: Written<'r, ValueText<'r>>,
    /// The verbatim quote (optional in bulk rows).
    pub quote: Option<Written<'r>>,
    /// The date the claim speaks of, when given.
    pub as_of: Option<Written<'r>>,
    /// The scope: id, name or alias.
    pub scope: Option<Written<'r>>,
    /// Who made the claim.
    pub attribution: Option<Cow<'r, str>>,
    /// The upstream outlet it came through.
    pub origin: Option<Cow<'r, str>>,
    /// The text's hedge.
    pub hedge: Option<Cow<'r, str>>,
    /// Editorial note.
    pub note: Option<Cow<'r, str>>,
    /// The 1-based line of the claim's item in its file (the YAML claim, or the bulk row).
    pub line: usize,
    /// The 1-based column of the claim's item (1 for a bulk row).
    pub column: usize,
}

impl<'r> ClaimInput<'r> {
    /// A claim of the YAML source `source`, its item at `item`.
    pub fn of_yaml(raw: RawClaim, item: &Location, source: &'r str) -> Self {
        let line = Loader::line(item);
        let column = usize::try_from(item.column()).unwrap_or(0);
        let value = Written {
            at: At::Yaml(raw.value.referenced),
            text: match raw.value.value {
                RawValue::Scalar(text) => ValueText::Scalar(Cow::Owned(text)),
                RawValue::List(items) => ValueText::List(items),
            },
        };
        let as_of = raw.as_of.map(|as_of| Written {
            text: Cow::Owned(as_of.value.0),
            at: At::Yaml(as_of.referenced),
        });
        ClaimInput {
            id: Written::yaml(raw.id),
            id_given: true,
            source: Cow::Borrowed(source),
            subject: Written {
                text: Cow::Owned(raw.subject.value.unwrap_or_default()),
                at: At::Yaml(raw.subject.referenced),
            },
            property: Written::yaml(raw.property),
            value,
            quote: Some(Written::yaml(raw.quote)),
            as_of,
            scope: raw.scope.map(Written::yaml),
            attribution: raw.attribution.map(Cow::Owned),
            origin: raw.origin.map(Cow::Owned),
            hedge: raw.hedge.map(Cow::Owned),
            note: raw.note.map(Cow::Owned),
            line,
            column,
        }
    }
}

/// Where a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Place {
    /// A position in a YAML file: the problem is an error.
    Yaml(Location),
    /// A row of a bulk file, and the column of a table's cell: the row is left out, with a
    /// warning.
    Row {
        /// The 1-based line.
        line: usize,
        /// The column of a table's cell.
        column: Option<String>,
    },
    /// A bulk file as a whole (unreadable, or its mapping does not fit it): an error.
    File,
}

impl At<'_> {
    /// The 1-based line.
    pub fn line(&self) -> usize {
        match self {
            At::Yaml(location) => Loader::line(location),
            At::Row { line, .. } => *line,
        }
    }
}

impl From<At<'_>> for Place {
    fn from(at: At) -> Self {
        match at {
            At::Yaml(location) => Place::Yaml(location),
            At::Row { line, column } => Place::Row {
                line,
                column: column.map(str::to_owned),
            },
        }
    }
}

/// A problem of a claim or a row, before it is placed in its file.
#[derive(Debug)]
pub(super) struct Problem {
    /// Where.
    pub place: Place,
    /// What kind of problem.
    pub code: Code,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: String,
}

impl Problem {
    /// A problem at a place.
    pub fn new(place: impl Into<Place>, (code, message, help): Why) -> Self {
        Problem {
            place: place.into(),
            code,
            message,
            help,
        }
    }

    /// The 1-based line of a row's problem (0 for any other), to put a file's problems in order.
    pub fn line(&self) -> usize {
        match self.place {
            Place::Row { line, .. } => line,
            Place::Yaml(_) | Place::File => 0,
        }
    }
}

impl Loader {
    /// Records a problem of `file`: at a YAML position an error; at a bulk row a warning, the
    /// row left out; of a whole bulk file an error.
    pub(super) fn report_problem(&mut self, file: FileId, problem: Problem) {
        let Problem {
            place,
            code,
            message,
            help,
        } = problem;
        let diagnostic = match place {
            Place::Yaml(location) => Diagnostic::new(code, file, self.span(file, &location), message),
            Place::Row { line, column } if line > 0 => {
                let message = match column {
                    Some(column) => format!("column `{column}`: {message}"),
                    None => message,
                };
                Diagnostic::new(code, file, None, message).at_line(line).as_warning()
            }
            Place::Row { column: _, .. } | Place::File => Diagnostic::new(code, file, None, message),
        };
        self.report(diagnostic.with_help(help));
    }
}

/// The problem of a name that `index` does not know, after `context` (such as "claim `x`: "),
/// with the nearest known spelling when there is one.
pub(super) fn unknown_name(index: &NameIndex, name: &str, lookup: Lookup, context: &str) -> Why {
    unknown_name_near(index.suggest(name), name, lookup, context)
}

/// The problem of an unknown name whose nearest known spelling is `near`.
pub(super) fn unknown_name_near(near: Option<&str>, name: &str, (what, registry): Lookup, context: &str) -> Why {
    let help = match near {
        Some(near) => format!("did you mean `{near}`? Otherwise add `{name}` to {registry}"),
        None => format!("use an id, name or alias from {registry}, or add `{name}` there"),
    };
    let code = if what == "scope" {
        Code::UnknownScope
    } else {
        Code::UnknownEntity
    };
    (code, format!("{context}unknown {what} `{name}`"), help)
}

/// The problem of a claim id given twice in one source (`source` named when a file holds
/// several, as a bulk file does).
pub(super) fn duplicate_id(id: &str, source: Option<&str>, first: usize) -> Why {
    let of_source = source.map_or_else(String::new, |source| format!(" of source `{source}`"));
    (
        Code::DuplicateId,
        format!("claim `{id}`{of_source} is defined twice (first on line {first})"),
        "give each one its own id, or merge them".to_owned(),
    )
}
