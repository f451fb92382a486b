//! CSV/TSV bulk files: the mapped columns found, each filled property cell of a row one
//! claim, and cell texts that say nothing left out.

use super::mapping::{Mapping, delimiter};
use super::{lossy, made_up_id};
use crate::corpus::claim::{At, ClaimInput, Place, Problem, ValueText, Written};
use crate::diagnostics::Code;
use aho_corasick::AhoCorasick;
use foldhash::HashSet;
use std::borrow::Cow;

/// A table file: its mapping, the mapped columns found, and whether it is TSV (no quoting).
pub(super) struct Table<'m> {
    /// The mapping.
    pub mapping: &'m Mapping,
    /// Where its columns are.
    pub columns: Columns<'m>,
    /// Whether the file is TSV.
    pub tsv: bool,
}

/// Where the mapped columns are in a table.
pub(super) struct Columns<'m> {
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
    pub(super) fn find(names: Vec<String>, mapping: &'m Mapping) -> Result<Self, Problem> {
        let position = |column: &str| names.iter().position(|name| name == column);
        let (Some(source), Some(subject)) = (position(&mapping.source), position(&mapping.subject)) else {
            let message = format!(
                "the columns `{}` and `{}` of the mapping are not both in the file",
                mapping.source, mapping.subject
            );
            let help = format!("the file's columns are: {}", names.join(", "));
            return Err(Problem::new(Place::File, (Code::InvalidMapping, message, help)));
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
        problems: &mut Vec<Problem>,
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
        problems: &mut Vec<Problem>,
        sink: &mut dyn FnMut(ClaimInput<'_>),
    ) {
        let source = self.cell(record, self.source, line, problems);
        let subject = self.cell(record, self.subject, line, problems);
        let (Some(source), Some(subject)) = (source, subject) else {
            let help = format!(
                "fill the `{}` and `{}` columns",
                self.column_name(self.source),
                self.column_name(self.subject)
            );
            let why = (
                Code::InvalidRow,
                "the row names no source or no subject".to_owned(),
                help,
            );
            problems.push(Problem::new(Place::Row { line, column: None }, why));
            return;
        };
        let as_of = self.as_of.and_then(|at| self.cell(record, at, line, problems));
        for &(at, column, property) in &self.properties {
            let Some(value) = self.cell(record, at, line, problems) else {
                continue;
            };
            let at = At::Row {
                line,
                column: Some(column),
            };
            sink(ClaimInput {
                id: Written {
                    text: Cow::Owned(made_up_id(stem, line, Some(column))),
                    at,
                },
                id_given: false,
                source: Cow::Borrowed(&source),
                subject: borrowed(&subject, at),
                property: borrowed(property, at),
                value: Written {
                    text: ValueText::Scalar(value),
                    at,
                },
                quote: None,
                as_of: as_of.as_deref().map(|as_of| borrowed(as_of, at)),
                scope: None,
                attribution: None,
                origin: None,
                hedge: None,
                note: None,
                line,
                column: 1,
            });
        }
    }
}

/// A cell's text, borrowed, at its row and column.
fn borrowed<'r>(text: &'r str, at: At<'r>) -> Written<'r> {
    Written {
        text: Cow::Borrowed(text),
        at,
    }
}

/// The column names of a table: its header row's, else the mapping's.
pub(super) fn table_names(bytes: &[u8], mapping: &Mapping, tsv: bool) -> Vec<String> {
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
pub(super) fn read_table(
    bytes: &[u8],
    (stem, first_line): (&str, usize),
    (table, header): (&Table, bool),
    problems: &mut Vec<Problem>,
    sink: &mut dyn FnMut(ClaimInput<'_>),
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
            Err(error) => {
                let line = line_of(error.position()).map_or(first_line, |line| line.max(1));
                let why = (
                    Code::InvalidRow,
                    format!("unreadable row: {error}"),
                    "check the quoting and the delimiter of the row".to_owned(),
                );
                problems.push(Problem::new(Place::Row { line, column: None }, why));
            }
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
