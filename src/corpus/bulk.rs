//! Bulk claims: JSON Lines and CSV/TSV files in a corpus's `bulk/` folder, read in parallel
//! and validated with the value normalisation of YAML claims. A bad row is a warning naming
//! its file, line and column; it is left out and the rest is checked. Bytes that are not
//! UTF-8 are replaced (and reported) rather than refusing the file.

use super::load::Loader;
use super::raw::RawValue;
use super::registry::NameIndex;
use super::validate::read_value;
use crate::diagnostics::{Code, Diagnostic, FileId};
use crate::model::{Claim, Entity, EntityKind, Property, Source, TextSpan};
use crate::names::matching_key;
use crate::value::{self, DateValue, ParseContext, Tolerance, Value, ValueType};
use aho_corasick::AhoCorasick;
use arcstr::ArcStr;
use foldhash::{HashMap, HashSet};
use rayon::prelude::*;
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::collections::hash_map::Entry;
use std::path::{Path, PathBuf};
use std::slice::IterMut;

/// The largest bulk file read (bulk files are not kept for snippets).
pub const MAX_BULK_BYTES: u64 = 1024 * 1024 * 1024;

/// The folder of bulk files inside a corpus.
const BULK_DIR: &str = "bulk";

/// The mapping of a CSV/TSV file's columns to claims (`<name>.mapping.yaml` beside it, else
/// `bulk/mapping.yaml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    /// `tab`, `comma`, `semicolon` or one character; default from the extension.
    pub delimiter: Option<String>,
    /// Whether the first row names the columns (default true).
    #[serde(default = "yes")]
    pub header: bool,
    /// Column names when there is no header row, in order.
    #[serde(default)]
    pub columns: Vec<String>,
    /// The column holding the source.
    pub source: String,
    /// The column holding the subject.
    pub subject: String,
    /// The as-of date of every claim: a date, or `file-name` for a date that is the file's
    /// name (`20111201.tsv`).
    pub as_of: Option<String>,
    /// The column holding each row's as-of date, instead of `as_of`.
    pub as_of_column: Option<String>,
    /// Property columns: column name to property id and, for a property the catalogue does
    /// not have, its type.
    pub properties: BTreeMap<String, MappedProperty>,
    /// Cell texts that mean "nothing said" (besides an empty cell), e.g. `Not Available`.
    #[serde(default)]
    pub missing: Vec<String>,
    /// How numeric dates (`03/04/2025`) in this file are read: `day-first` or `month-first`;
    /// default the corpus's `date_order` (properties.yaml).
    #[serde(default)]
    pub date_order: Option<crate::value::DateOrder>,
}

/// One property column.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MappedProperty {
    /// The property id.
    pub property: String,
    /// Its value type, declaring the property when the catalogue does not have it.
    #[serde(rename = "type")]
    pub value_type: Option<ValueType>,
    /// Whether its values may legitimately change over time (declared properties only).
    #[serde(default)]
    pub changes_over_time: bool,
}

fn yes() -> bool {
    true
}

/// One claim of a JSON Lines file, its texts borrowed from the line where they have no
/// escapes.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonClaim<'r> {
    #[serde(borrow)]
    source: Text<'r>,
    #[serde(borrow)]
    subject: Text<'r>,
    #[serde(borrow)]
    property: Text<'r>,
    value: serde_json::Value,
    #[serde(borrow)]
    id: Option<Text<'r>>,
    #[serde(borrow)]
    as_of: Option<Text<'r>>,
    #[serde(borrow)]
    scope: Option<Text<'r>>,
    #[serde(borrow)]
    hedge: Option<Text<'r>>,
    #[serde(borrow)]
    attribution: Option<Text<'r>>,
    #[serde(borrow)]
    origin: Option<Text<'r>>,
    #[serde(borrow)]
    quote: Option<Text<'r>>,
    #[serde(borrow)]
    note: Option<Text<'r>>,
}

/// A JSON string, borrowed from the line when it holds no escapes (an optional field of
/// plain `Cow` type is always copied).
#[derive(Debug)]
struct Text<'r>(Cow<'r, str>);

impl<'de: 'r, 'r> Deserialize<'de> for Text<'r> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor<'r>(std::marker::PhantomData<&'r str>);
        impl<'de: 'r, 'r> serde::de::Visitor<'de> for Visitor<'r> {
            type Value = Text<'r>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: serde::de::Error>(self, text: &'de str) -> Result<Text<'r>, E> {
                Ok(Text(Cow::Borrowed(text)))
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Text<'r>, E> {
                Ok(Text(Cow::Owned(text.to_owned())))
            }
            fn visit_string<E: serde::de::Error>(self, text: String) -> Result<Text<'r>, E> {
                Ok(Text(Cow::Owned(text)))
            }
        }
        deserializer.deserialize_str(Visitor(std::marker::PhantomData))
    }
}

/// A bulk claim as read, before validation, its texts borrowed from the file where they
/// can be.
#[derive(Debug)]
pub(super) struct Row<'r> {
    line: usize,
    column: Option<&'r str>,
    id: Cow<'r, str>,
    /// Whether the id was written in the row (made-up ids are unique by construction).
    explicit_id: bool,
    source: Cow<'r, str>,
    subject: Cow<'r, str>,
    property: Cow<'r, str>,
    value: Cow<'r, str>,
    as_of: Option<Cow<'r, str>>,
    scope: Option<Cow<'r, str>>,
    hedge: Option<Cow<'r, str>>,
    attribution: Option<Cow<'r, str>>,
    origin: Option<Cow<'r, str>>,
    quote: Option<Cow<'r, str>>,
    note: Option<Cow<'r, str>>,
}

/// A problem with one row, before it is placed in its file.
#[derive(Debug)]
struct RowProblem {
    line: usize,
    column: Option<String>,
    code: Code,
    message: String,
    help: String,
}

/// One bulk file to read: where it is and, for a table, its mapping.
pub(super) struct BulkFile {
    file: FileId,
    path: PathBuf,
    relative: PathBuf,
    mapping: Option<Mapping>,
}

/// Everything read from `bulk/`: the files, and properties their mappings declare.
#[derive(Default)]
pub(super) struct Bulk {
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

/// One bulk file validated: its claims in file order (one vector per piece read), its bad
/// rows and the subjects it created.
struct CheckedFile {
    file: FileId,
    path: PathBuf,
    claims: Vec<Vec<Claim>>,
    problems: Vec<RowProblem>,
    /// New subject ids with the name first written for each.
    created: BTreeMap<String, String>,
}

/// What bulk rows are validated against.
pub(super) struct BulkRegistry<'a> {
    /// The corpus folder, which bulk files may not leave.
    pub root: &'a Path,
    /// Entity names.
    pub entity_names: &'a NameIndex,
    /// Properties.
    pub properties: &'a BTreeMap<String, Property>,
    /// Scope names.
    pub scope_names: &'a NameIndex,
    /// Whether unknown subjects are created from the data.
    pub open: bool,
    /// The corpus's order for numeric dates, for files whose mapping sets none.
    pub date_order: Option<crate::value::DateOrder>,
}

/// Bulk claims validated: sources made from them, and subjects created in an open registry.
pub(super) struct BulkClaims {
    /// One source per source id.
    pub sources: Vec<Source>,
    /// Subjects that were not in the registry (open registry only).
    pub new_entities: Vec<Entity>,
}

impl Loader {
    /// Finds the bulk files of the corpus and reads their mappings; an absent `bulk/`
    /// folder is none. The files themselves are read when they are validated.
    pub(super) fn read_bulk(&mut self) -> Bulk {
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
                bulk.declared.extend(declared_properties(mapping));
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

    fn read_mapping(&mut self, data: &Path) -> Option<Mapping> {
        let stem = data.file_stem().unwrap_or_default().to_string_lossy();
        let own = Path::new(BULK_DIR).join(format!("{stem}.mapping.yaml"));
        let shared = Path::new(BULK_DIR).join("mapping.yaml");
        let relative = if self.root.join(&own).is_file() { own } else { shared };
        if !self.root.join(&relative).is_file() {
            let file = self
                .files
                .add(self.display(Path::new(BULK_DIR).join(data.file_name()?).as_path()), "");
            self.report(
                Diagnostic::new(Code::InvalidMapping, file, None, "no column mapping for this file").with_help(format!(
                    "write bulk/{stem}.mapping.yaml (or bulk/mapping.yaml) naming the source, subject and property columns; see README.md, \"Bulk claims\""
                )),
            );
            return None;
        }
        let (file, text) = self.read_text(&relative, super::load::Snippets::Keep)?;
        let mapping: Mapping = self.parse_yaml(file, &text)?;
        let mut wanted = vec![&mapping.source, &mapping.subject];
        wanted.extend(mapping.properties.keys());
        wanted.extend(&mapping.as_of_column);
        if !mapping.header
            && let Some(missing) = wanted.iter().find(|column| !mapping.columns.contains(column))
        {
            self.report(
                Diagnostic::new(
                    Code::InvalidMapping,
                    file,
                    None,
                    format!("column `{missing}` is not among `columns`"),
                )
                .with_help("without a header row, `columns` names every column in order"),
            );
            return None;
        }
        Some(mapping)
    }

    /// Reads and validates every bulk file (files in parallel, each row checked as it is
    /// read, so that rows are never all held at once); bad rows become warnings.
    pub(super) fn validate_bulk(&mut self, bulk: Vec<BulkFile>, registry: &BulkRegistry) -> BulkClaims {
        let validated: Vec<CheckedFile> = bulk
            .into_par_iter()
            .map(|bulk_file| check_file(bulk_file, registry))
            .collect();
        let mut created: BTreeMap<String, String> = BTreeMap::new();
        let mut files = Vec::with_capacity(validated.len());
        for checked in validated {
            let mut problems = checked.problems;
            problems.sort_by_key(|problem| problem.line);
            for problem in problems {
                self.report(row_diagnostic(checked.file, problem));
            }
            for (id, name) in checked.created {
                created.entry(id).or_insert(name);
            }
            for piece in checked.claims {
                files.push((checked.path.clone(), piece));
            }
        }
        let sources = by_source(files)
            .into_iter()
            .map(|(id, (file, claims))| self.bulk_source(id.to_string(), file, claims))
            .collect();
        let new_entities = created
            .into_iter()
            .map(|(id, name)| Entity {
                id,
                kind: EntityKind::Other,
                name,
                aliases: Vec::new(),
                within: None,
                note: None,
            })
            .collect();
        BulkClaims { sources, new_entities }
    }

    /// A source made of bulk claims (ids repeated in one file were refused as rows).
    fn bulk_source(&mut self, id: String, file: PathBuf, claims: Vec<Claim>) -> Source {
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
}

/// Reads and validates one bulk file, each row checked as it is read.
fn check_file(bulk_file: BulkFile, registry: &BulkRegistry) -> CheckedFile {
    let stem = bulk_file
        .path
        .file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let as_of = bulk_file
        .mapping
        .as_ref()
        .and_then(|m| m.as_of.as_deref())
        .map(|as_of| match as_of {
            "file-name" => stem.clone(),
            other => other.to_owned(),
        });
    let mut checked = CheckedFile {
        file: bulk_file.file,
        path: bulk_file.relative,
        claims: Vec::new(),
        problems: Vec::new(),
        created: BTreeMap::new(),
    };
    let bytes = match read_bytes(registry.root, &bulk_file.path) {
        Ok(bytes) => bytes,
        Err(problem) => {
            checked.problems.push(problem);
            return checked;
        }
    };
    let format = match &bulk_file.mapping {
        None => Format::JsonLines,
        Some(mapping) => {
            let tsv = extension(&bulk_file.path) == "tsv";
            match Columns::find(table_names(&bytes, mapping, tsv), mapping) {
                Ok(columns) => Format::Table(Table { mapping, columns, tsv }),
                Err(problem) => {
                    checked.problems.push(problem);
                    return checked;
                }
            }
        }
    };
    let file_name = Claim::file_name(&checked.path);
    let context = PieceContext {
        registry,
        file_name: &file_name,
        stem: &stem,
        as_of: as_of.as_deref(),
        format: &format,
        date_order: bulk_file
            .mapping
            .as_ref()
            .and_then(|m| m.date_order)
            .or(registry.date_order),
    };
    let read: Vec<ReadPiece> = pieces(&bytes, format.splits_at_lines(), rayon::current_num_threads())
        .into_par_iter()
        .map(|piece| read_piece(piece, &context))
        .collect();
    let mut ids: HashMap<(String, String), usize> = HashMap::default();
    for mut piece in read {
        refuse_ids_seen_before(&mut piece, &mut ids);
        checked.claims.push(piece.claims);
        checked.problems.append(&mut piece.problems);
        for (id, name) in piece.created {
            checked.created.entry(id).or_insert(name);
        }
    }
    checked
}

/// How a bulk file's lines are read.
enum Format<'m> {
    /// One JSON claim per line.
    JsonLines,
    /// A table with its mapping and the mapped columns found.
    Table(Table<'m>),
}

/// A table file: its mapping, the mapped columns found, and whether it is TSV (no quoting).
struct Table<'m> {
    mapping: &'m Mapping,
    columns: Columns<'m>,
    tsv: bool,
}

impl Format<'_> {
    /// Whether every line is a whole record (true of JSON Lines, and of TSV, which has no
    /// quoting), so that the file can be read in pieces cut at line ends.
    fn splits_at_lines(&self) -> bool {
        match self {
            Format::JsonLines => true,
            Format::Table(table) => table.tsv,
        }
    }
}

/// Files larger than this are read in pieces of at most about this size, in parallel.
const PIECE_BYTES: usize = 1 << 20;

/// Whole lines of a bulk file, and the 1-based number of the first.
struct Piece<'b> {
    bytes: &'b [u8],
    first_line: usize,
    /// How many line ends it holds.
    lines: usize,
    /// Whether the piece starts the file (and so holds a table's header row).
    first: bool,
}

/// The file cut into pieces at line ends (one piece when it cannot be cut, or is small): as
/// many as its size needs, rounded up to a multiple of the threads that read them, so that
/// the threads finish together (a piece and a fifth on two threads leave one idle most of
/// the time).
fn pieces(bytes: &[u8], splits_at_lines: bool, threads: usize) -> Vec<Piece<'_>> {
    let line_ends = |bytes: &[u8]| bytes.iter().filter(|&&byte| byte == b'\n').count();
    if !splits_at_lines || bytes.len() <= PIECE_BYTES {
        return vec![Piece {
            bytes,
            first_line: 1,
            lines: line_ends(bytes),
            first: true,
        }];
    }
    let count = bytes.len().div_ceil(PIECE_BYTES).next_multiple_of(threads.max(1));
    let size = bytes.len().div_ceil(count);
    let mut pieces = Vec::with_capacity(count);
    let (mut rest, mut first_line) = (bytes, 1);
    while !rest.is_empty() {
        let cut = rest
            .iter()
            .skip(size)
            .position(|&byte| byte == b'\n')
            .map_or(rest.len(), |at| size + at + 1);
        let (piece, after) = rest.split_at(cut.min(rest.len()));
        let lines = line_ends(piece);
        pieces.push(Piece {
            bytes: piece,
            first_line,
            lines,
            first: pieces.is_empty(),
        });
        first_line += lines;
        rest = after;
    }
    pieces
}

/// What every piece of one file is read with.
struct PieceContext<'c> {
    registry: &'c BulkRegistry<'c>,
    /// The file's name as claims store it.
    file_name: &'c ArcStr,
    stem: &'c str,
    as_of: Option<&'c str>,
    format: &'c Format<'c>,
    date_order: Option<crate::value::DateOrder>,
}

/// One piece read: its claims, its bad rows, the subjects it created and the explicit ids
/// it holds (to find ids repeated across pieces).
struct ReadPiece {
    claims: Vec<Claim>,
    problems: Vec<RowProblem>,
    created: HashMap<String, String>,
    ids: Vec<((String, String), usize)>,
}

/// Reads and validates one piece of a file, each row checked as it is read.
fn read_piece(piece: Piece, context: &PieceContext) -> ReadPiece {
    let mut checker = RowChecker::new(context.registry, context.file_name, context.as_of);
    checker.date_order = context.date_order;
    let mut problems = Vec::new();
    let mut refused = Vec::new();
    // Room for every line's claims at once: reserved memory that stays unused (empty cells)
    // is never touched, and growing a vector of claims copies all of them.
    let per_line = match context.format {
        Format::JsonLines => 1,
        Format::Table(table) => table.mapping.properties.len(),
    };
    let mut claims = Vec::with_capacity((piece.lines + 1).saturating_mul(per_line));
    let mut sink = |row: Row| match checker.claim(row) {
        Ok(claim) => claims.push(claim),
        Err(problem) => refused.push(problem),
    };
    let at = (context.stem, piece.first_line);
    match context.format {
        Format::JsonLines => read_json_lines(piece.bytes, at, &mut problems, &mut sink),
        Format::Table(table) => {
            let header = piece.first && table.mapping.header;
            read_table(piece.bytes, at, (table, header), &mut problems, &mut sink);
        }
    }
    problems.append(&mut refused);
    let mut ids: Vec<((String, String), usize)> = checker.ids.into_iter().collect();
    ids.sort_by_key(|(_, line)| *line);
    ReadPiece {
        claims,
        problems,
        created: checker.created,
        ids,
    }
}

/// Refuses the claims of a piece whose explicit id an earlier piece of the file already
/// gave (each piece refuses the ids it repeats itself), and records the piece's ids. Only
/// JSON Lines give ids, one claim a line: the refused claims are those of the refused lines,
/// all taken out in one pass.
fn refuse_ids_seen_before(piece: &mut ReadPiece, seen: &mut HashMap<(String, String), usize>) {
    let mut refused: HashSet<usize> = HashSet::default();
    for (key, line) in std::mem::take(&mut piece.ids) {
        let Some(&first) = seen.get(&key) else {
            seen.insert(key, line);
            continue;
        };
        let (source, id) = &key;
        let (code, message, help) = duplicate_id(id, source, first);
        piece.problems.push(RowProblem {
            line,
            column: None,
            code,
            message,
            help,
        });
        refused.insert(line);
    }
    if !refused.is_empty() {
        piece.claims.retain(|claim| !refused.contains(&(claim.line as usize)));
    }
}

/// The problem of a claim id given twice in one source.
fn duplicate_id(id: &str, source: &str, first: usize) -> Why {
    (
        Code::DuplicateId,
        format!("claim `{id}` of source `{source}` is defined twice (first on line {first})"),
        "give each claim of a source its own id".to_owned(),
    )
}

/// The claims of every file split by source, in file order, sources by id, each with the
/// first file it appears in. Each source's claims are one allocation of the exact size,
/// filled by every piece at once (pieces write to their own stretch of each source's claims).
fn by_source(files: Vec<(PathBuf, Vec<Claim>)>) -> BTreeMap<ArcStr, (PathBuf, Vec<Claim>)> {
    let local: Vec<PieceSources> = files.par_iter().map(|(_, claims)| PieceSources::of(claims)).collect();
    let mut sources = Numbering::of(&files, &local);
    let mut slots: Vec<Vec<Option<Claim>>> = sources
        .totals
        .par_iter()
        .map(|&count| {
            let mut slots = Vec::with_capacity(count);
            slots.resize_with(count, || None);
            slots
        })
        .collect();
    let stretches = stretches(&mut slots, &sources.counts);
    files
        .into_par_iter()
        .zip(local)
        .zip(std::mem::take(&mut sources.globals))
        .zip(stretches)
        .for_each(|((((_, claims), local), globals), mut stretches)| {
            for (claim, &number) in claims.into_iter().zip(&local.numbers) {
                let global = globals.get(number as usize);
                if let Some(slot) = global.and_then(|&at| stretches.get_mut(at)).and_then(Iterator::next) {
                    *slot = Some(claim);
                }
            }
        });
    // `filter_map` keeps the allocation (the slots and the claims are the same size) where
    // `flatten` would copy every claim again.
    #[allow(clippy::filter_map_identity)]
    let claims: Vec<Vec<Claim>> = slots
        .into_par_iter()
        .map(|slots| slots.into_iter().filter_map(|slot| slot).collect())
        .collect();
    sources
        .found
        .into_iter()
        .zip(claims)
        .map(|((source, path), claims)| (source, (path, claims)))
        .collect()
}

/// Cuts each source's slots into one stretch per piece, in piece order, as long as the
/// piece's claims of that source: the stretches of each piece, by source number.
fn stretches<'s>(slots: &'s mut [Vec<Option<Claim>>], counts: &[Vec<usize>]) -> Vec<Vec<IterMut<'s, Option<Claim>>>> {
    let mut stretches: Vec<Vec<IterMut<'s, Option<Claim>>>> =
        counts.iter().map(|_| Vec::with_capacity(slots.len())).collect();
    for (number, source) in slots.iter_mut().enumerate() {
        let mut rest = source.as_mut_slice();
        for (piece, piece_counts) in stretches.iter_mut().zip(counts) {
            let count = piece_counts.get(number).copied().unwrap_or(0).min(rest.len());
            let (stretch, after) = std::mem::take(&mut rest).split_at_mut(count);
            piece.push(stretch.iter_mut());
            rest = after;
        }
    }
    stretches
}

/// The sources of one piece's claims, numbered in order of first appearance.
struct PieceSources {
    /// Each source, in order of first appearance.
    sources: Vec<ArcStr>,
    /// How many claims each source has in the piece.
    counts: Vec<usize>,
    /// Each claim's source.
    numbers: Vec<u32>,
}

impl PieceSources {
    /// Numbers the sources of a piece. The rows of a piece share one copy of each source id,
    /// so a source is known by where its text is.
    fn of(claims: &[Claim]) -> Self {
        let mut by_address: HashMap<usize, u32> = HashMap::default();
        let mut piece = PieceSources {
            sources: Vec::new(),
            counts: Vec::new(),
            numbers: Vec::with_capacity(claims.len()),
        };
        for claim in claims {
            let next = u32::try_from(piece.sources.len()).unwrap_or(u32::MAX);
            let number = *by_address.entry(claim.source.as_ptr() as usize).or_insert_with(|| {
                piece.sources.push(claim.source.clone());
                piece.counts.push(0);
                next
            });
            if let Some(count) = piece.counts.get_mut(number as usize) {
                *count += 1;
            }
            piece.numbers.push(number);
        }
        piece
    }
}

/// Every source of the bulk files, numbered in order of first appearance.
struct Numbering {
    /// Each source with the first file it appears in.
    found: Vec<(ArcStr, PathBuf)>,
    /// The claims of each source in all.
    totals: Vec<usize>,
    /// For each piece, the claims it holds of each source.
    counts: Vec<Vec<usize>>,
    /// For each piece, the number among all sources of each of its sources.
    globals: Vec<Vec<usize>>,
}

impl Numbering {
    /// Numbers the sources of all pieces, and tells each piece the numbers of its sources.
    fn of(files: &[(PathBuf, Vec<Claim>)], pieces: &[PieceSources]) -> Self {
        let mut numbers: HashMap<ArcStr, usize> = HashMap::default();
        let mut numbering = Numbering {
            found: Vec::new(),
            totals: Vec::new(),
            counts: Vec::with_capacity(pieces.len()),
            globals: Vec::with_capacity(pieces.len()),
        };
        for ((path, _), piece) in files.iter().zip(pieces) {
            let mut counts = vec![0; numbering.totals.len()];
            let mut globals = Vec::with_capacity(piece.sources.len());
            for (source, &count) in piece.sources.iter().zip(&piece.counts) {
                let number = *numbers.entry(source.clone()).or_insert_with(|| {
                    numbering.found.push((source.clone(), path.clone()));
                    numbering.totals.push(0);
                    numbering.totals.len() - 1
                });
                globals.push(number);
                if counts.len() <= number {
                    counts.resize(number + 1, 0);
                }
                if let (Some(total), Some(piece_count)) = (numbering.totals.get_mut(number), counts.get_mut(number)) {
                    *total += count;
                    *piece_count += count;
                }
            }
            numbering.counts.push(counts);
            numbering.globals.push(globals);
        }
        numbering
    }
}

/// A row's problem as a warning at its line; a problem of the whole file (line 0) is an error.
fn row_diagnostic(file: FileId, problem: RowProblem) -> Diagnostic {
    let message = match &problem.column {
        Some(column) => format!("column `{column}`: {}", problem.message),
        None => problem.message,
    };
    let diagnostic = Diagnostic::new(problem.code, file, None, message).with_help(problem.help);
    match problem.line {
        0 => diagnostic,
        line => diagnostic.at_line(line).as_warning(),
    }
}

fn extension(path: &Path) -> &str {
    path.extension().and_then(|ext| ext.to_str()).unwrap_or("")
}

/// Properties a mapping declares with a type.
fn declared_properties(mapping: &Mapping) -> Vec<Property> {
    mapping
        .properties
        .values()
        .filter_map(|mapped| {
            mapped.value_type.map(|value_type| Property {
                id: mapped.property.clone(),
                name: mapped.property.replace('-', " "),
                value_type,
                multi: value_type == ValueType::Entities,
                changes_over_time: mapped.changes_over_time,
                role: None,
                drift_after_days: None,
                tolerance: Tolerance {
                    approx: 0.15,
                    report: 0.0,
                },
                description: None,
            })
        })
        .collect()
}

/// The bytes of a bulk file, read as every corpus file is (inside the corpus, a plain
/// file), up to [`MAX_BULK_BYTES`].
fn read_bytes(root: &Path, path: &Path) -> Result<Vec<u8>, RowProblem> {
    super::load::read_limited(root, path, MAX_BULK_BYTES).map_err(|error| {
        let (code, message, help) = error.describe();
        RowProblem {
            line: 0,
            column: None,
            code,
            message,
            help,
        }
    })
}

/// A line as text; bytes that are not UTF-8 are replaced, and reported.
fn lossy<'b>(bytes: &'b [u8], line: usize, column: Option<&str>, problems: &mut Vec<RowProblem>) -> Cow<'b, str> {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Cow::Borrowed(text);
    }
    let text = String::from_utf8_lossy(bytes);
    if let Cow::Owned(_) = text {
        problems.push(RowProblem {
            line,
            column: column.map(str::to_owned),
            code: Code::NotUtf8,
            message: "bytes that are not UTF-8, replaced by U+FFFD".to_owned(),
            help: "save the file as UTF-8; the row is checked with the replacement characters".to_owned(),
        });
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

/// Reads JSON Lines whose first line is `first_line` of the file.
fn read_json_lines(
    bytes: &[u8],
    (stem, first_line): (&str, usize),
    problems: &mut Vec<RowProblem>,
    sink: &mut dyn FnMut(Row<'_>),
) {
    for (index, line_bytes) in bytes.split(|&b| b == b'\n').enumerate() {
        let line = index + first_line;
        let text = lossy(line_bytes, line, None, problems);
        if text.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<JsonClaim>(&text) {
            Ok(claim) => sink(Row {
                line,
                column: None,
                explicit_id: claim.id.is_some(),
                id: claim.id.map_or_else(|| Cow::Owned(made_up_id(stem, line, None)), |id| id.0),
                source: claim.source.0,
                subject: claim.subject.0,
                property: claim.property.0,
                value: json_value_text(claim.value),
                as_of: claim.as_of.map(|text| text.0),
                scope: claim.scope.map(|text| text.0),
                hedge: claim.hedge.map(|text| text.0),
                attribution: claim.attribution.map(|text| text.0),
                origin: claim.origin.map(|text| text.0),
                quote: claim.quote.map(|text| text.0),
                note: claim.note.map(|text| text.0),
            }),
            Err(error) => problems.push(RowProblem {
                line,
                column: None,
                code: Code::InvalidRow,
                message: format!("not a claim: {error}"),
                help: "each line is one JSON object with source, subject, property and value (see README.md, \"Bulk claims\")"
                    .to_owned(),
            }),
        }
    }
}

fn json_value_text<'r>(value: serde_json::Value) -> Cow<'r, str> {
    match value {
        serde_json::Value::String(text) => Cow::Owned(text),
        serde_json::Value::Bool(true) => Cow::Borrowed("yes"),
        serde_json::Value::Bool(false) => Cow::Borrowed("no"),
        serde_json::Value::Array(items) => {
            Cow::Owned(items.into_iter().map(json_value_text).collect::<Vec<_>>().join(", "))
        }
        other => Cow::Owned(other.to_string()),
    }
}

fn delimiter(mapping: &Mapping, tab_by_default: bool) -> u8 {
    match mapping.delimiter.as_deref().map(str::as_bytes) {
        Some(b"tab") => b'\t',
        Some(b"comma") => b',',
        Some(b"semicolon") => b';',
        Some(&[byte]) => byte,
        _ if tab_by_default => b'\t',
        _ => b',',
    }
}

/// Where the mapped columns are in a table.
struct Columns<'m> {
    names: Vec<String>,
    source: usize,
    subject: usize,
    as_of: Option<usize>,
    /// Position, column name and property id of each property column.
    properties: Vec<(usize, &'m str, &'m str)>,
    missing: Missing<'m>,
}

impl<'m> Columns<'m> {
    /// The name of the column at a position, as the table's header gives it.
    fn column_name(&self, at: usize) -> &str {
        self.names.get(at).map_or("?", String::as_str)
    }

    /// The columns of the mapping in a table with these column names; a problem of the whole
    /// file when the source or subject column is not there.
    fn find(names: Vec<String>, mapping: &'m Mapping) -> Result<Self, RowProblem> {
        let position = |column: &str| names.iter().position(|name| name == column);
        let (Some(source), Some(subject)) = (position(&mapping.source), position(&mapping.subject)) else {
            return Err(RowProblem {
                line: 0,
                column: None,
                code: Code::InvalidMapping,
                message: format!(
                    "the columns `{}` and `{}` of the mapping are not both in the file",
                    mapping.source, mapping.subject
                ),
                help: format!("the file's columns are: {}", names.join(", ")),
            });
        };
        let as_of = mapping.as_of_column.as_deref().and_then(position);
        let properties = mapping
            .properties
            .iter()
            .filter_map(|(column, mapped)| position(column).map(|at| (at, column.as_str(), mapped.property.as_str())))
            .collect();
        Ok(Columns {
            names,
            source,
            subject,
            as_of,
            properties,
            missing: Missing::of(&mapping.missing),
        })
    }

    /// A cell as text, trimmed; `None` when it is empty or says nothing.
    fn cell<'b>(
        &self,
        record: &'b csv::ByteRecord,
        at: usize,
        line: usize,
        problems: &mut Vec<RowProblem>,
    ) -> Option<Cow<'b, str>> {
        let text = match lossy(record.get(at)?, line, self.names.get(at).map(String::as_str), problems) {
            Cow::Borrowed(text) => Cow::Borrowed(text.trim()),
            Cow::Owned(text) => Cow::Owned(text.trim().to_owned()),
        };
        (!text.is_empty() && !self.missing.says_nothing(&text)).then_some(text)
    }

    /// One claim per filled property cell of a record.
    fn rows(
        &self,
        record: &csv::ByteRecord,
        (stem, line): (&str, usize),
        problems: &mut Vec<RowProblem>,
        sink: &mut dyn FnMut(Row<'_>),
    ) {
        let source = self.cell(record, self.source, line, problems);
        let subject = self.cell(record, self.subject, line, problems);
        let (Some(source), Some(subject)) = (source, subject) else {
            problems.push(RowProblem {
                line,
                column: None,
                code: Code::InvalidRow,
                message: "the row names no source or no subject".to_owned(),
                help: format!(
                    "fill the `{}` and `{}` columns",
                    self.column_name(self.source),
                    self.column_name(self.subject)
                ),
            });
            return;
        };
        let as_of = self.as_of.and_then(|at| self.cell(record, at, line, problems));
        for &(at, column, property) in &self.properties {
            let Some(value) = self.cell(record, at, line, problems) else {
                continue;
            };
            sink(Row {
                line,
                column: Some(column),
                id: Cow::Owned(made_up_id(stem, line, Some(column))),
                explicit_id: false,
                source: Cow::Borrowed(&source),
                subject: Cow::Borrowed(&subject),
                property: Cow::Borrowed(property),
                value,
                as_of: as_of.as_deref().map(Cow::Borrowed),
                scope: None,
                hedge: None,
                attribution: None,
                origin: None,
                quote: None,
                note: None,
            });
        }
    }
}

/// The column names of a table: its header row's, else the mapping's.
fn table_names(bytes: &[u8], mapping: &Mapping, tsv: bool) -> Vec<String> {
    if !mapping.header {
        return mapping.columns.clone();
    }
    table_reader(bytes, mapping, tsv, true).byte_headers().map_or_else(
        |_| Vec::new(),
        |headers| {
            headers
                .iter()
                .map(|h| String::from_utf8_lossy(h).trim().to_owned())
                .collect()
        },
    )
}

/// A reader of a table's records (the first one the header row when `header`).
fn table_reader<'b>(bytes: &'b [u8], mapping: &Mapping, tsv: bool, header: bool) -> csv::Reader<&'b [u8]> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter(mapping, tsv))
        .has_headers(header)
        .flexible(true)
        .quoting(!tsv)
        .from_reader(bytes)
}

/// Reads the rows of a table (or a piece of one, whose first line is `first_line` of the
/// file and which starts with the header row when `header`).
fn read_table(
    bytes: &[u8],
    (stem, first_line): (&str, usize),
    (table, header): (&Table, bool),
    problems: &mut Vec<RowProblem>,
    sink: &mut dyn FnMut(Row<'_>),
) {
    let mut reader = table_reader(bytes, table.mapping, table.tsv, header);
    let columns = &table.columns;
    let line_of = |position: Option<&csv::Position>| position.map(|p| p.line() as usize + first_line - 1);
    let mut record = csv::ByteRecord::new();
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let line = line_of(record.position()).unwrap_or(0);
                columns.rows(&record, (stem, line), problems, sink);
            }
            Err(error) => problems.push(RowProblem {
                line: line_of(error.position()).map_or(first_line, |line| line.max(1)),
                column: None,
                code: Code::InvalidRow,
                message: format!("unreadable row: {error}"),
                help: "check the quoting and the delimiter of the row".to_owned(),
            }),
        }
    }
}

/// Cell texts that say nothing: whole texts, and with a leading `*` texts found anywhere
/// in the cell (`*Contact Airline` matches `Dec 01 - Contact Airline`), all looked for in
/// one pass over the cell.
struct Missing<'m> {
    whole: HashSet<&'m str>,
    within: Vec<&'m str>,
    /// A searcher for all of `within` at once (`None` when there are none, or too many to
    /// build one: then each is looked for in turn).
    finder: Option<AhoCorasick>,
}

impl<'m> Missing<'m> {
    fn of(texts: &'m [String]) -> Self {
        let (within, whole): (Vec<&str>, Vec<&str>) =
            texts.iter().map(String::as_str).partition(|t| t.starts_with('*'));
        let within: Vec<&str> = within.into_iter().map(|t| &t[1..]).collect();
        let finder = (!within.is_empty()).then(|| AhoCorasick::new(&within).ok()).flatten();
        Missing {
            whole: whole.into_iter().collect(),
            within,
            finder,
        }
    }

    fn says_nothing(&self, cell: &str) -> bool {
        self.whole.contains(cell)
            || match &self.finder {
                Some(finder) => finder.is_match(cell),
                None => self.within.iter().any(|part| cell.contains(part)),
            }
    }
}

/// Why a row is refused: the code, what is wrong, how to fix it.
type Why = (Code, String, String);

/// Validates rows of one file, caching what repeats (as-of dates, subjects).
struct RowChecker<'a> {
    registry: &'a BulkRegistry<'a>,
    file_name: &'a ArcStr,
    default_as_of: Option<&'a str>,
    date_order: Option<crate::value::DateOrder>,
    dates: HashMap<String, Option<DateValue>>,
    /// Source ids, by the name a row writes.
    sources: HashMap<String, ArcStr>,
    subjects: HashMap<String, Option<ArcStr>>,
    /// One shared copy of each text that rows repeat (property ids, values, hedges).
    texts: Interner,
    created: HashMap<String, String>,
    /// Explicit ids seen, by source and id, with their line.
    ids: HashMap<(String, String), usize>,
    /// Values read, by spelling, then property and as-of date.
    values: HashMap<String, Vec<ValueKey<'a>>>,
}

/// A value read under a property at an as-of date.
type ValueKey<'a> = ((&'a str, DateValue), Result<Value, Why>);

impl<'a> RowChecker<'a> {
    fn new(registry: &'a BulkRegistry<'a>, file_name: &'a ArcStr, default_as_of: Option<&'a str>) -> Self {
        RowChecker {
            registry,
            file_name,
            default_as_of,
            date_order: registry.date_order,
            dates: HashMap::default(),
            sources: HashMap::default(),
            subjects: HashMap::default(),
            texts: Interner::default(),
            created: HashMap::default(),
            ids: HashMap::default(),
            values: HashMap::default(),
        }
    }

    fn claim(&mut self, row: Row) -> Result<Claim, RowProblem> {
        let problem = |(code, message, help): Why| RowProblem {
            line: row.line,
            column: row.column.map(str::to_owned),
            code,
            message,
            help,
        };
        self.check_id(&row).map_err(problem)?;
        let property = self.property(&row).map_err(problem)?;
        let as_of = self.as_of(&row).map_err(problem)?;
        let subject = self.subject_of(&row).map_err(problem)?;
        let scope = self.scope_of(&row).map_err(problem)?;
        let value = self.value(&row.value, property, as_of).map_err(problem)?;
        let written = self.texts.get(&row.value);
        Ok(Claim {
            id: ArcStr::from(&*row.id),
            source: self.source(&row.source),
            subject_written: self.texts.get(&row.subject),
            subject,
            property: self.texts.get(&property.id),
            quote: row.quote.map_or_else(|| written.clone(), |quote| ArcStr::from(&*quote)),
            written,
            value,
            span: TextSpan {
                start: 0,
                end: 0,
                line: row.line,
            },
            attribution: row.attribution.map(|text| self.texts.get(&text)),
            origin: row.origin.map(|text| self.texts.get(&text)),
            as_of,
            as_of_explicit: row.as_of.is_some(),
            scope: scope.map(|id| self.texts.get(id)),
            hedge: row.hedge.map(|text| self.texts.get(&text)),
            note: row.note.map(|note| ArcStr::from(&*note)),
            file: self.file_name.clone(),
            line: Claim::position(row.line),
            column: 1,
        })
    }

    /// An explicit id not seen before in the row's source.
    fn check_id(&mut self, row: &Row) -> Result<(), Why> {
        if !row.explicit_id {
            return Ok(());
        }
        match self.ids.entry((row.source.to_string(), row.id.to_string())) {
            Entry::Vacant(vacant) => {
                vacant.insert(row.line);
                Ok(())
            }
            Entry::Occupied(first) => Err(duplicate_id(&row.id, &row.source, *first.get())),
        }
    }

    fn property(&self, row: &Row) -> Result<&'a Property, Why> {
        self.registry.properties.get(&*row.property).ok_or_else(|| {
            (
                Code::UnknownProperty,
                format!("unknown property `{}`", row.property),
                format!(
                    "declare `{}` in properties.yaml, or give it a type in the mapping",
                    row.property
                ),
            )
        })
    }

    /// The row's as-of date, else the file's.
    fn as_of(&mut self, row: &Row) -> Result<DateValue, Why> {
        let Some(written) = row.as_of.as_deref().or(self.default_as_of) else {
            return Err((
                Code::InvalidDate,
                "no as-of date".to_owned(),
                "give each claim an `as_of` date, or `as_of` in the mapping".to_owned(),
            ));
        };
        self.date(written).ok_or_else(|| {
            (
                Code::InvalidDate,
                format!("as_of: `{written}` is not a date"),
                "write a date such as `2025-10-22`, `2025-10` or `2025`".to_owned(),
            )
        })
    }

    fn subject_of(&mut self, row: &Row) -> Result<ArcStr, Why> {
        self.subject(&row.subject).ok_or_else(|| {
            let help = match self.registry.entity_names.suggest(&row.subject) {
                Some(near) => format!(
                    "did you mean `{near}`? Otherwise add `{}` to entities.yaml",
                    row.subject
                ),
                None => format!(
                    "add `{}` to entities.yaml, or open the registry (`open: true`)",
                    row.subject
                ),
            };
            (Code::UnknownEntity, format!("unknown subject `{}`", row.subject), help)
        })
    }

    fn scope_of(&self, row: &Row) -> Result<Option<&'a str>, Why> {
        let Some(scope) = &row.scope else {
            return Ok(None);
        };
        match self.registry.scope_names.resolve(scope) {
            Some(id) => Ok(Some(id)),
            None => Err((
                Code::UnknownScope,
                format!("unknown scope `{scope}`"),
                "declare it in the scopes of properties.yaml".to_owned(),
            )),
        }
    }

    fn date(&mut self, written: &str) -> Option<DateValue> {
        if let Some(date) = self.dates.get(written) {
            return *date;
        }
        let compact = compact_date(written);
        let parsed = match value::parse(
            compact.as_deref().unwrap_or(written),
            ValueType::Date,
            &ParseContext {
                reference: None,
                date_order: None,
            },
        ) {
            Ok(Value::Date(date)) => Some(date),
            _ => None,
        };
        self.dates.insert(written.to_owned(), parsed);
        parsed
    }

    /// The id of the source a row names.
    fn source(&mut self, written: &str) -> ArcStr {
        if let Some(id) = self.sources.get(written) {
            return id.clone();
        }
        let id = ArcStr::from(source_id(written));
        self.sources.insert(written.to_owned(), id.clone());
        id
    }

    /// The subject's id: a registered spelling, or in an open registry an id made from it.
    fn subject(&mut self, written: &str) -> Option<ArcStr> {
        if let Some(id) = self.subjects.get(written) {
            return id.clone();
        }
        let id = match self.registry.entity_names.resolve(written) {
            Some(id) => Some(ArcStr::from(id)),
            None if self.registry.open => {
                let id = source_id(written);
                self.created.entry(id.clone()).or_insert_with(|| written.to_owned());
                Some(ArcStr::from(id))
            }
            None => None,
        };
        self.subjects.insert(written.to_owned(), id.clone());
        id
    }

    /// The value of a cell, read once per file for each spelling, property and as-of date
    /// (bulk data repeats its values: one departure time in ten sources' rows).
    fn value(&mut self, written: &str, property: &'a Property, as_of: DateValue) -> Result<Value, Why> {
        let key = (property.id.as_str(), as_of);
        if let Some(known) = self
            .values
            .get(written)
            .and_then(|seen| seen.iter().find(|(k, _)| *k == key))
        {
            return known.1.clone();
        }
        let read = self.read_value(written, property, as_of);
        let seen = self
            .values
            .entry(written.to_owned())
            .or_insert_with(|| Vec::with_capacity(1));
        seen.push((key, read.clone()));
        read
    }

    fn read_value(&mut self, written: &str, property: &Property, as_of: DateValue) -> Result<Value, Why> {
        let open = self.registry.open;
        let names = self.registry.entity_names;
        let created = std::cell::RefCell::new(Vec::new());
        let resolve = |name: &str| match names.resolve(name) {
            Some(id) => Some(id.to_owned()),
            None if open => {
                let id = source_id(name);
                created.borrow_mut().push((id.clone(), name.to_owned()));
                Some(id)
            }
            None => None,
        };
        let value = read_value(
            &RawValue::Scalar(written.to_owned()),
            property,
            (as_of, self.date_order),
            &resolve,
        )
        .map_err(|problems| {
            let first = problems.into_iter().next();
            first.map_or((Code::InvalidValue, "invalid value".to_owned(), String::new()), |p| {
                (p.code, p.message, p.help)
            })
        })?;
        for (id, name) in created.into_inner() {
            self.created.entry(id).or_insert(name);
        }
        Ok(value)
    }
}

/// One shared copy of each distinct text: rows repeat their sources, properties and values,
/// and a claim holding a shared copy costs a pointer, not an allocation.
#[derive(Default)]
struct Interner(foldhash::HashSet<ArcStr>);

impl Interner {
    /// The shared copy of `text`, made on first sight.
    fn get(&mut self, text: &str) -> ArcStr {
        if let Some(shared) = self.0.get(text) {
            return shared.clone();
        }
        let shared = ArcStr::from(text);
        self.0.insert(shared.clone());
        shared
    }
}

/// `20111201` as `2011-12-01`; other texts unchanged (`None`).
fn compact_date(written: &str) -> Option<String> {
    let digits = written.trim();
    (digits.len() == 8 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| format!("{}-{}-{}", &digits[..4], &digits[4..6], &digits[6..]))
}

/// An id made from a name: its matching key with hyphens (`World Flight Tracker` is
/// `world-flight-tracker`, `CO` is `co`).
pub fn source_id(name: &str) -> String {
    let key = matching_key(name).replace(' ', "-");
    if key.is_empty() { "unnamed".to_owned() } else { key }
}

#[cfg(test)]
mod tests {
    use super::{PIECE_BYTES, by_source, pieces};
    use crate::model::{Claim, TextSpan};
    use crate::value::{DateValue, Value};
    use arcstr::ArcStr;
    use std::path::PathBuf;

    fn claim(source: &ArcStr, line: usize) -> Claim {
        Claim {
            id: arcstr::format!("c{line}"),
            source: source.clone(),
            subject: "x".into(),
            subject_written: "x".into(),
            property: "p".into(),
            written: "v".into(),
            value: Value::Boolean(true),
            quote: "".into(),
            span: TextSpan { start: 0, end: 0, line },
            attribution: None,
            origin: None,
            as_of: DateValue::day(jiff::civil::date(2025, 1, 1)),
            as_of_explicit: true,
            scope: None,
            hedge: None,
            note: None,
            file: "bulk/b.jsonl".into(),
            line: Claim::position(line),
            column: 1,
        }
    }

    #[test]
    fn claims_are_split_by_source_in_file_order_with_the_first_file_of_each_source() {
        let (a, b, c) = (ArcStr::from("a"), ArcStr::from("b"), ArcStr::from("c"));
        // The same source text in another allocation, as another file's rows would have it.
        let other_b = ArcStr::from("b");
        let files = vec![
            (PathBuf::from("one"), vec![claim(&b, 1), claim(&a, 2), claim(&b, 3)]),
            (
                PathBuf::from("one"),
                vec![claim(&a, 4), claim(&other_b, 5), claim(&b, 6)],
            ),
            (PathBuf::from("two"), Vec::new()),
            (PathBuf::from("two"), vec![claim(&c, 7), claim(&other_b, 8)]),
        ];
        let split = by_source(files);
        let lines = |source: &str| -> (String, Vec<u32>) {
            let (path, claims) = &split[source];
            (
                path.display().to_string(),
                claims.iter().map(|claim| claim.line).collect(),
            )
        };
        assert_eq!(split.len(), 3);
        assert_eq!(lines("a"), ("one".to_owned(), vec![2, 4]));
        assert_eq!(lines("b"), ("one".to_owned(), vec![1, 3, 5, 6, 8]));
        assert_eq!(lines("c"), ("two".to_owned(), vec![7]));
    }

    #[test]
    fn a_large_file_is_cut_at_line_ends_into_pieces_for_every_thread() {
        let line = format!("{}\n", "x".repeat(99));
        let text = line.repeat(PIECE_BYTES * 5 / 2 / line.len());
        for (threads, expected) in [(1, 3), (2, 4), (3, 3), (4, 4)] {
            let cut = pieces(text.as_bytes(), true, threads);
            assert_eq!(cut.len(), expected, "{threads} threads");
            let joined: Vec<u8> = cut.iter().flat_map(|piece| piece.bytes.iter().copied()).collect();
            assert_eq!(joined, text.as_bytes());
            let mut first_line = 1;
            for piece in &cut {
                assert_eq!(piece.first_line, first_line);
                assert!(piece.bytes.ends_with(b"\n"));
                first_line += piece.lines;
            }
            assert_eq!(first_line - 1, text.lines().count());
            assert!(cut.first().is_some_and(|piece| piece.first));
            assert!(cut.iter().skip(1).all(|piece| !piece.first));
        }
    }

    #[test]
    fn a_small_file_or_one_that_cannot_be_cut_is_one_piece() {
        assert_eq!(pieces(b"a\nb\n", true, 2).len(), 1);
        let text = "a,\"b\nc\"\n".repeat(PIECE_BYTES / 4);
        assert_eq!(pieces(text.as_bytes(), false, 2).len(), 1);
    }
}
