//! The mapping of a CSV/TSV file's columns to claims: read from `<name>.mapping.yaml` beside
//! the file, else `bulk/mapping.yaml`, with the properties it declares.

use super::BULK_DIR;
use crate::corpus::files::{Loader, Snippets};
use crate::diagnostics::{Code, Diagnostic};
use crate::model::Property;
use crate::value::{Tolerance, ValueType};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

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

impl Loader {
    /// The mapping of the table `data`, or `None` with the problem reported.
    pub(super) fn read_mapping(&mut self, data: &Path) -> Option<Mapping> {
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
        let (file, text) = self.read_text(&relative, Snippets::Keep)?;
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
}

/// Properties a mapping declares with a type.
pub(super) fn declared_properties(mapping: &Mapping) -> Vec<Property> {
    mapping
        .properties
        .values()
        .filter_map(|mapped| {
            mapped.value_type.map(|value_type| Property {
                id: mapped.property.clone(),
                name: mapped.property.replace('-', " "),
                value_type,
                multi: matches!(value_type, ValueType::Entities | ValueType::People),
                changes_over_time: mapped.changes_over_time,
                role: None,
                drift_after_days: None,
                running_total: crate::model::names_a_toll(value_type, &mapped.property, &mapped.property),
                edge_fit: crate::model::DEFAULT_EDGE_FIT,
                tolerance: Tolerance {
                    approx: 0.15,
                    report: 0.0,
                },
                description: None,
            })
        })
        .collect()
}

/// The byte between a table's cells: the mapping's, else a tab for TSV and a comma otherwise.
pub(super) fn delimiter(mapping: &Mapping, tab_by_default: bool) -> u8 {
    match mapping.delimiter.as_deref().map(str::as_bytes) {
        Some(b"tab") => b'\t',
        Some(b"comma") => b',',
        Some(b"semicolon") => b';',
        Some(&[byte]) => byte,
        _ if tab_by_default => b'\t',
        _ => b',',
    }
}
