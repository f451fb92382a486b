//! Reading corpus files: size and encoding checks, YAML parsing with positions, and the
//! collection of every problem found, on the [`Loader`] that every reading and validating
//! step records its problems on.

use crate::diagnostics::{Code, Diagnostic, FileId, Files, Problems};
use serde::de::DeserializeOwned;
use serde_saphyr::Location;
use std::io::Read;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// The largest file the loader reads; larger files are refused with a message.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;
/// One YAML file read and parsed on its own (the reviewed-decisions file), with the registry
/// that turns its positions into `file:line:column`.
pub struct YamlFile<T> {
    /// The registry holding the file's text.
    pub files: Files,
    /// The file's handle in the registry.
    pub file: FileId,
    /// The text as read.
    pub text: String,
    /// What it holds.
    pub value: T,
}

impl<T> YamlFile<T> {
    /// The byte range a position in this file points at.
    pub fn span(&self, location: &Location) -> Option<Range<usize>> {
        location_span(&self.files, self.file, location)
    }
}

/// Reads and parses `root/relative` (size, UTF-8 and YAML checked as for corpus files), or
/// returns the problem with its position.
pub fn read_yaml_file<T: DeserializeOwned>(root: &Path, relative: &Path) -> Result<YamlFile<T>, Problems> {
    let mut loader = Loader::new(root);
    let read = loader.read_text(relative, Snippets::Keep);
    let parsed = read.and_then(|(file, text)| loader.parse_yaml::<T>(file, &text).map(|value| (file, text, value)));
    match parsed {
        Some((file, text, value)) if loader.diagnostics.is_empty() => Ok(YamlFile {
            files: loader.files,
            file,
            text,
            value,
        }),
        _ => Err(Problems {
            files: loader.files,
            diagnostics: loader.diagnostics,
        }),
    }
}
/// The state of one load: files read so far and problems found so far.
pub(super) struct Loader {
    pub root: PathBuf,
    pub files: Files,
    pub diagnostics: Vec<Diagnostic>,
}

impl Loader {
    /// A loader of the corpus in `root`, with nothing read yet.
    pub fn new(root: &Path) -> Self {
        Loader {
            root: root.to_path_buf(),
            files: Files::default(),
            diagnostics: Vec::new(),
        }
    }

    /// Records a problem.
    pub fn report(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    /// How a corpus-relative path is shown: under the corpus path as the user gave it.
    pub fn display(&self, relative: &Path) -> String {
        self.root.join(relative).display().to_string()
    }

    /// The byte range a YAML location points at.
    pub fn span(&self, file: FileId, location: &Location) -> Option<Range<usize>> {
        location_span(&self.files, file, location)
    }

    /// The 1-based line of a YAML location.
    pub fn line(location: &Location) -> usize {
        usize::try_from(location.line()).unwrap_or(0)
    }

    /// Reads a corpus file as UTF-8 text and registers it (its text too, when problems may point
    /// into it); reports and returns `None` on failure.
    pub fn read_text(&mut self, relative: &Path, keep_for_snippets: Snippets) -> Option<(FileId, String)> {
        let name = self.display(relative);
        let path = self.root.join(relative);
        match read_limited(&self.root, &path, MAX_FILE_BYTES) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => {
                    let registered = match keep_for_snippets {
                        Snippets::Keep => text.clone(),
                        Snippets::Skip => String::new(),
                    };
                    Some((self.files.add(name, registered), text))
                }
                Err(error) => {
                    let file = self.files.add(name, "");
                    let at = error.utf8_error().valid_up_to();
                    self.report(
                        Diagnostic::new(
                            Code::NotUtf8,
                            file,
                            None,
                            format!("the file is not valid UTF-8 (first bad byte at offset {at})"),
                        )
                        .with_help("save the file as UTF-8"),
                    );
                    None
                }
            },
            Err(error) => {
                let file = self.files.add(name, "");
                let (code, message, help) = error.describe();
                self.report(Diagnostic::new(code, file, None, message).with_help(help));
                None
            }
        }
    }

    /// Parses YAML text, turning a parse error into a positioned problem.
    pub fn parse_yaml<T: DeserializeOwned>(&mut self, file: FileId, text: &str) -> Option<T> {
        self.admit_parsed(file, parse_yaml_text(text))
    }

    /// The value of a parsed file, or its problem reported.
    pub fn admit_parsed<T>(&mut self, file: FileId, parsed: Result<T, ParseFailure>) -> Option<T> {
        match parsed {
            Ok(value) => Some(value),
            Err(ParseFailure::Empty) => {
                self.report(
                    Diagnostic::new(Code::YamlType, file, None, "the file is empty")
                        .with_help("see README.md, \"The corpus format\", for what it must contain"),
                );
                None
            }
            Err(ParseFailure::Invalid(error)) => {
                let span = error.location().and_then(|location| self.span(file, &location));
                let (code, message, help) = describe_yaml_error(&error);
                self.report(Diagnostic::new(code, file, span, message).with_help(help));
                None
            }
        }
    }
}

/// Why YAML text is not a value of the type wanted.
#[derive(Debug)]
pub(super) enum ParseFailure {
    /// The file holds nothing.
    Empty,
    /// The parser's error, with its location.
    Invalid(serde_saphyr::Error),
}

/// Parses YAML text into `T`.
pub(super) fn parse_yaml_text<T: DeserializeOwned>(text: &str) -> Result<T, ParseFailure> {
    if text.trim().is_empty() {
        return Err(ParseFailure::Empty);
    }
    serde_saphyr::from_str::<T>(text).map_err(ParseFailure::Invalid)
}

/// The byte range a YAML location in a registered file points at.
pub fn location_span(files: &Files, file: FileId, location: &Location) -> Option<Range<usize>> {
    if location.line() == 0 {
        return None;
    }
    let span = location.span();
    if let (Some(start), Some(len)) = (span.byte_offset(), span.byte_len()) {
        let start = usize::try_from(start).ok()?;
        return Some(start..start + usize::try_from(len).ok()?);
    }
    let line = usize::try_from(location.line()).ok()?;
    let column = usize::try_from(location.column()).ok()?;
    let start = files.offset(file, line, column)?;
    Some(start..start)
}

/// Whether the registry keeps a file's text (see [`Loader::read_text`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Snippets {
    /// Keep it: problems may point into the file.
    Keep,
    /// Register the name only.
    Skip,
}

/// Why a corpus file could not be read.
pub enum ReadError {
    /// Larger than the limit for its kind of file.
    TooLarge {
        /// The file's size in bytes.
        size: u64,
        /// The most it may have.
        limit: u64,
    },
    /// A link (or a path through one) that resolves outside the corpus folder.
    OutsideCorpus(PathBuf),
    /// A folder, a pipe or a device: reading it could block or mean nothing.
    NotAFile,
    /// The system refused.
    Io(std::io::Error),
}

impl ReadError {
    /// The problem's code, message and hint.
    pub fn describe(&self) -> (Code, String, String) {
        match self {
            ReadError::TooLarge { size, limit } => (
                Code::FileTooLarge,
                format!("the file is {size} bytes, more than the {limit} bytes a corpus file of its kind may have"),
                "split the file (several sources, or several bulk files), or trim a text to the article itself"
                    .to_owned(),
            ),
            ReadError::OutsideCorpus(target) => (
                Code::PathOutsideCorpus,
                format!("the file is a link to {}, outside the corpus", target.display()),
                "copy the file into the corpus folder instead of linking to it".to_owned(),
            ),
            ReadError::NotAFile => (
                Code::UnreadableFile,
                "not a regular file (a folder, a pipe or a device)".to_owned(),
                "corpus files must be plain files".to_owned(),
            ),
            ReadError::Io(error) => (
                Code::UnreadableFile,
                format!("cannot read the file: {error}"),
                "check that the file exists and is readable".to_owned(),
            ),
        }
    }
}

/// Reads a file of the corpus at `root`: a plain file, inside the corpus once links are
/// resolved, and no larger than `limit` bytes (checked before reading, and while reading).
pub fn read_limited(root: &Path, path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let resolved = std::fs::canonicalize(path).map_err(ReadError::Io)?;
    let root = std::fs::canonicalize(root).map_err(ReadError::Io)?;
    if !resolved.starts_with(&root) {
        return Err(ReadError::OutsideCorpus(resolved));
    }
    if !std::fs::metadata(&resolved).map_err(ReadError::Io)?.is_file() {
        return Err(ReadError::NotAFile);
    }
    let file = std::fs::File::open(&resolved).map_err(ReadError::Io)?;
    let size = file.metadata().map_err(ReadError::Io)?.len();
    if size > limit {
        return Err(ReadError::TooLarge { size, limit });
    }
    // Room for the whole file and the read that finds its end: growing the buffer as the
    // file is read copies it again and again.
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0).saturating_add(1));
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

/// Classifies a YAML error and writes it as a message and a hint.
fn describe_yaml_error(error: &serde_saphyr::Error) -> (Code, String, String) {
    let full = error.without_snippet().to_string();
    let message = strip_location(&full);
    let lower = message.to_lowercase();
    if lower.contains("unknown field") {
        (
            Code::UnknownField,
            message,
            "check the spelling; the fields a file may have are listed in README.md, \"The corpus format\"".to_owned(),
        )
    } else if lower.contains("missing field") {
        (
            Code::YamlType,
            message,
            "add the field; see README.md, \"The corpus format\"".to_owned(),
        )
    } else if lower.contains("invalid type")
        || lower.contains("unknown variant")
        || lower.contains("invalid value")
        || lower.contains("null")
    {
        (
            Code::YamlType,
            message,
            "give the field a value of the expected kind; see README.md, \"The corpus format\"".to_owned(),
        )
    } else if lower.contains("duplicate") {
        (
            Code::YamlSyntax,
            message,
            "remove or rename one of the repeated keys".to_owned(),
        )
    } else if lower.contains("tab") {
        (
            Code::YamlSyntax,
            message,
            "indent with spaces; YAML does not allow tabs for indentation".to_owned(),
        )
    } else {
        (
            Code::YamlSyntax,
            message,
            "fix the YAML syntax (indentation, quotes, colons); quote values that contain `: ` or start with a quote"
                .to_owned(),
        )
    }
}

/// Drops a trailing " at line N column M" that the position already says.
fn strip_location(message: &str) -> String {
    let trimmed = message.trim();
    match trimmed.rfind(" at line ") {
        Some(at) => trimmed[..at].trim_end_matches([',', ':']).to_owned(),
        None => trimmed.to_owned(),
    }
}
