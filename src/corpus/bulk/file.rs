//! Reading and validating one bulk file: its pieces read in parallel, each row checked as it
//! is read through the one claim validation, ids repeated across pieces refused.

use super::json_lines::read_json_lines;
use super::pieces::{Piece, pieces};
use super::table::{Columns, Table, read_table, table_names};
use super::{BulkFile, MAX_BULK_BYTES, extension};
use crate::corpus::claim::{ClaimChecker, ClaimInput, Place, Problem, Registry, Setting, SharedValues, duplicate_id};
use crate::corpus::files::read_limited;
use crate::model::Claim;
use arcstr::ArcStr;
use foldhash::{HashMap, HashSet};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One bulk file validated: its claims in file order (one vector per piece read), its bad
/// rows and the subjects it created.
pub(super) struct CheckedFile {
    /// The file's handle, for its problems.
    pub file: crate::diagnostics::FileId,
    /// Its path relative to the corpus.
    pub path: PathBuf,
    /// Its claims, one vector per piece.
    pub claims: Vec<Vec<Claim>>,
    /// Its bad rows, and the problem of a file that could not be read.
    pub problems: Vec<Problem>,
    /// New subject ids with the name first written for each.
    pub created: BTreeMap<String, String>,
}

/// Reads and validates one bulk file, each row checked as it is read.
pub(super) fn check_file(bulk_file: BulkFile, root: &Path, registry: &Registry) -> CheckedFile {
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
    let bytes = match read_bytes(root, &bulk_file.path) {
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
    let values = SharedValues::default();
    let context = PieceContext {
        registry,
        file_name: &file_name,
        stem: &stem,
        as_of: as_of.as_deref(),
        format: &format,
        date_order: bulk_file.mapping.as_ref().and_then(|mapping| mapping.date_order),
        values: &values,
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

/// What every piece of one file is read with.
struct PieceContext<'c> {
    registry: &'c Registry<'c>,
    /// The file's name as claims store it.
    file_name: &'c ArcStr,
    stem: &'c str,
    as_of: Option<&'c str>,
    format: &'c Format<'c>,
    /// The mapping's order for numeric dates, if it sets one.
    date_order: Option<crate::value::DateOrder>,
    /// The values read by every piece.
    values: &'c SharedValues<'c>,
}

/// One piece read: its claims, its bad rows, the subjects it created and the explicit ids
/// it holds (to find ids repeated across pieces).
struct ReadPiece {
    claims: Vec<Claim>,
    problems: Vec<Problem>,
    created: HashMap<String, String>,
    ids: Vec<((String, String), usize)>,
}

/// Reads and validates one piece of a file, each row checked as it is read.
fn read_piece(piece: Piece, context: &PieceContext) -> ReadPiece {
    let mut checker = ClaimChecker::new(
        context.registry,
        Setting::Bulk {
            as_of: context.as_of,
            date_order: context.date_order,
            values: context.values,
        },
        context.file_name.clone(),
    );
    let mut problems = Vec::new();
    // Room for every line's claims at once: reserved memory that stays unused (empty cells)
    // is never touched, and growing a vector of claims copies all of them.
    let per_line = match context.format {
        Format::JsonLines => 1,
        Format::Table(table) => table.mapping.properties.len(),
    };
    let mut claims = Vec::with_capacity((piece.lines + 1).saturating_mul(per_line));
    let mut sink = |row: ClaimInput| {
        if let Some(claim) = checker.check(row) {
            claims.push(claim);
        }
    };
    let at = (context.stem, piece.first_line);
    match context.format {
        Format::JsonLines => read_json_lines(piece.bytes, at, &mut problems, &mut sink),
        Format::Table(table) => {
            let header = piece.first && table.mapping.header;
            read_table(piece.bytes, at, (table, header), &mut problems, &mut sink);
        }
    }
    problems.append(&mut checker.problems);
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
        let place = Place::Row { line, column: None };
        piece
            .problems
            .push(Problem::new(place, duplicate_id(id, Some(source), first)));
        refused.insert(line);
    }
    if !refused.is_empty() {
        piece.claims.retain(|claim| !refused.contains(&(claim.line as usize)));
    }
}

/// The bytes of a bulk file, read as every corpus file is (inside the corpus, a plain
/// file), up to [`MAX_BULK_BYTES`].
fn read_bytes(root: &Path, path: &Path) -> Result<Vec<u8>, Problem> {
    read_limited(root, path, MAX_BULK_BYTES).map_err(|error| Problem::new(Place::File, error.describe()))
}
