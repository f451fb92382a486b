//! The starter corpus that `crosscheck init` writes: a registry, a property, one commented
//! example source with its text, and the JSON Schemas the files' editor headers point to.

use super::schema::SchemaKind;
use std::path::PathBuf;

const STARTER: [(&str, &str); 4] = [
    ("entities.yaml", include_str!("template/entities.yaml")),
    ("properties.yaml", include_str!("template/properties.yaml")),
    ("sources/example.yaml", include_str!("template/sources/example.yaml")),
    ("texts/example.txt", include_str!("template/texts/example.txt")),
];

/// Every file of a new corpus: its path relative to the corpus folder and its contents.
pub fn starter_files() -> Vec<(PathBuf, String)> {
    let mut files: Vec<(PathBuf, String)> = STARTER
        .iter()
        .map(|(path, contents)| (PathBuf::from(path), (*contents).to_owned()))
        .collect();
    files.extend(
        SchemaKind::ALL
            .iter()
            .map(|kind| (PathBuf::from("schema").join(kind.file_name()), kind.render())),
    );
    files
}
