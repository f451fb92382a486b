//! Bulk claims: JSON Lines and CSV/TSV files in a corpus's `bulk/` folder, read in parallel
//! and validated by the one claim validation of YAML claims. A bad row is a warning naming
//! its file, line and column; it is left out and the rest is checked. Bytes that are not
//! UTF-8 are replaced (and reported) rather than refusing the file.
//!
//! Finding the files and their mappings is here; [`mapping`] reads a table's mapping,
//! [`file`] reads and checks one file in [`pieces`] (rows of [`json_lines`], the plainest
//! read by [`plain_line`], or of a [`table`]), and [`split`] gathers the claims of every file by source.

mod file;
mod json_lines;
mod mapping;
mod pieces;
mod plain_line;
mod split;
mod table;

pub use mapping::{MappedProperty, Mapping};

use super::claim::{Place, Problem, Registry};
use super::files::Loader;
use crate::diagnostics::{Code, FileId};
use crate::model::{Claim, Entity, EntityKind, Property, Source};
use crate::value::DateValue;
use rayon::prelude::*;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The largest bulk file read (bulk files are not kept for snippets).
pub const MAX_BULK_BYTES: u64 = 1024 * 1024 * 1024;

/// The folder of bulk files inside a corpus.
const BULK_DIR: &str = "bulk";
/// One bulk file to read: where it is and, for a table, its mapping.
pub(in crate::corpus) struct BulkFile {
    file: FileId,
    path: PathBuf,
    relative: PathBuf,
    mapping: Option<Mapping>,
}

/// Everything read from `bulk/`: the files, and properties their mappings declare.
#[derive(Default)]
pub(in crate::corpus) struct Bulk {
    /// The files.
    pub files: Vec<BulkFile>,
    /// Properties declared by mappings (with a type) that the catalogue may lack.
    pub declared: Vec<Property>,
}

impl Bulk {
    /// Whether there is no bulk file.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

/// Bulk claims validated: sources made from them, and subjects created in an open registry.
pub(in crate::corpus) struct BulkClaims {
    /// One source per source id.
    pub sources: Vec<Source>,
    /// Subjects that were not in the registry (open registry only).
    pub new_entities: Vec<Entity>,
}

impl Loader {
    /// Finds the bulk files of the corpus and reads their mappings; an absent `bulk/`
    /// folder is none. The files themselves are read when they are validated.
    pub(in crate::corpus) fn read_bulk(&mut self) -> Bulk {
        let dir = self.root.join(BULK_DIR);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return Bulk::default();
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| matches!(extension(path), "jsonl" | "csv" | "tsv"))
            .collect();
        paths.sort();
        let mut bulk = Bulk::default();
        for path in paths {
            let relative = Path::new(BULK_DIR).join(path.file_name().unwrap_or_default());
            let file = self.files.add(self.display(&relative), "");
            let mapping = match extension(&path) {
                "jsonl" => None,
                _ => match self.read_mapping(&path) {
                    Some(mapping) => Some(mapping),
                    None => continue,
                },
            };
            if let Some(mapping) = &mapping {
                bulk.declared.extend(mapping::declared_properties(mapping));
            }
            bulk.files.push(BulkFile {
                file,
                path,
                relative,
                mapping,
            });
        }
        bulk
    }

    /// Reads and validates every bulk file (files in parallel, each row checked as it is
    /// read, so that rows are never all held at once); bad rows become warnings.
    pub(in crate::corpus) fn validate_bulk(&mut self, bulk: Vec<BulkFile>, registry: &Registry) -> BulkClaims {
        let root = self.root.clone();
        let validated: Vec<file::CheckedFile> = bulk
            .into_par_iter()
            .map(|bulk_file| file::check_file(bulk_file, &root, registry))
            .collect();
        let mut created: BTreeMap<String, String> = BTreeMap::new();
        let mut files = Vec::with_capacity(validated.len());
        for checked in validated {
            let mut problems = checked.problems;
            problems.sort_by_key(Problem::line);
            for problem in problems {
                self.report_problem(checked.file, problem);
            }
            for (id, name) in checked.created {
                created.entry(id).or_insert(name);
            }
            for piece in checked.claims {
                files.push((checked.path.clone(), piece));
            }
        }
        let sources = split::by_source(files)
            .into_iter()
            .map(|(id, (file, claims))| bulk_source(id.to_string(), file, claims))
            .collect();
        let new_entities = created
            .into_iter()
            .map(|(id, name)| Entity {
                id,
                kind: EntityKind::Other,
                name,
                aliases: Vec::new(),
                within: None,
                involves: Vec::new(),
                post: None,
                note: None,
            })
            .collect();
        BulkClaims { sources, new_entities }
    }
}

/// A source made of bulk claims (ids repeated in one file were refused as rows).
fn bulk_source(id: String, file: PathBuf, claims: Vec<Claim>) -> Source {
    let published = claims.iter().map(|claim| claim.as_of).min_by_key(|date| date.first);
    Source {
        outlet: id.clone(),
        title: format!("bulk claims of {id}"),
        url: None,
        published: published.unwrap_or(DateValue::day(jiff::civil::Date::constant(2000, 1, 1))),
        published_note: Some("bulk claims: the earliest as-of date of its claims".to_owned()),
        language: "und".to_owned(),
        origin: Vec::new(),
        text_path: file.clone(),
        file,
        text: String::new(),
        note: None,
        claims,
        id,
    }
}

fn extension(path: &Path) -> &str {
    path.extension().and_then(|ext| ext.to_str()).unwrap_or("")
}

/// A line as text; bytes that are not UTF-8 are replaced, and reported.
fn lossy<'b>(bytes: &'b [u8], line: usize, column: Option<&str>, problems: &mut Vec<Problem>) -> Cow<'b, str> {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Cow::Borrowed(text);
    }
    let text = String::from_utf8_lossy(bytes);
    if let Cow::Owned(_) = text {
        let place = Place::Row {
            line,
            column: column.map(str::to_owned),
        };
        problems.push(Problem::new(
            place,
            (
                Code::NotUtf8,
                "bytes that are not UTF-8, replaced by U+FFFD".to_owned(),
                "save the file as UTF-8; the row is checked with the replacement characters".to_owned(),
            ),
        ));
    }
    text
}

/// The id of a claim that gives none: `file-line`, and `-column` for a table cell
/// (`20111201-85-actual_arrival`).
fn made_up_id(stem: &str, line: usize, column: Option<&str>) -> String {
    let mut digits = itoa::Buffer::new();
    let mut id = String::with_capacity(stem.len() + 24 + column.map_or(0, str::len));
    for part in [stem, "-", digits.format(line)] {
        id.push_str(part);
    }
    if let Some(column) = column {
        id.push('-');
        id.push_str(column);
    }
    id
}
