//! Loading a corpus: its files read (see `files`), then validated into the model (see
//! `validate`).

use super::BUILTIN_PROPERTIES;
use super::bulk::Bulk;
use super::entities_yaml::parse_entities;
use super::files::{Loader, ParseFailure, Snippets, parse_yaml_text};
use super::raw::{RawCatalogue, RawEntities, RawSource};
use crate::diagnostics::{Code, Diagnostic, FileId, Problems, Severity};
use crate::model::Corpus;
use rayon::prelude::*;
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};

/// Loads and validates the corpus in `root`, or returns every problem found. Warnings
/// (bad rows of bulk files, left out) are dropped: see [`load_reporting`].
pub fn load(root: &Path) -> Result<Corpus, Problems> {
    load_reporting(root).map(|(corpus, _warnings)| corpus)
}

/// Loads and validates the corpus in `root` with the warnings found on the way (bad rows of
/// bulk files, which are left out), or returns every problem when there is an error.
pub fn load_reporting(root: &Path) -> Result<(Corpus, Problems), Problems> {
    let mut loader = Loader::new(root);
    let corpus = loader.load_files(true);
    let has_errors = loader.diagnostics.iter().any(|d| d.severity == Severity::Error);
    let problems = Problems {
        files: loader.files,
        diagnostics: loader.diagnostics,
    };
    match corpus {
        Some(corpus) if !has_errors => Ok((corpus, problems)),
        _ => Err(problems),
    }
}
/// Loads the corpus in `root` without its sources and bulk claims: the entities, properties
/// and scopes, which are all that extraction needs (a draft being written into `sources/`
/// must not stop it), or every problem of those files.
pub fn load_registry(root: &Path) -> Result<Corpus, Problems> {
    let mut loader = Loader::new(root);
    let corpus = loader.load_files(false);
    let has_errors = loader.diagnostics.iter().any(|d| d.severity == Severity::Error);
    match corpus {
        Some(corpus) if !has_errors => Ok(corpus),
        _ => Err(Problems {
            files: loader.files,
            diagnostics: loader.diagnostics,
        }),
    }
}

/// A source file as parsed, before validation.
pub(super) struct ParsedSource {
    /// The source id (file stem).
    pub id: String,
    /// The YAML file.
    pub file: FileId,
    /// Path relative to the corpus.
    pub path: PathBuf,
    /// Its contents.
    pub raw: RawSource,
}

impl Loader {
    /// Reads and validates the corpus; its sources and bulk claims only `with_claims`.
    fn load_files(&mut self, with_claims: bool) -> Option<Corpus> {
        if !self.root.is_dir() {
            let file = self.files.add(self.display(Path::new("")), "");
            self.report(
                Diagnostic::new(Code::NotACorpus, file, None, "not a corpus folder (no such directory)").with_help(
                    "give the path of a folder holding entities.yaml and sources/, or run `crosscheck init DIR`",
                ),
            );
            return None;
        }
        let entities = self.read_entities();
        let catalogue = self.read_yaml::<RawCatalogue>(Path::new("properties.yaml"), false);
        let builtin_file = self.files.add("<built-in properties>", BUILTIN_PROPERTIES);
        let builtin = self.parse_yaml::<RawCatalogue>(builtin_file, BUILTIN_PROPERTIES);
        let (sources, bulk) = if with_claims {
            let bulk = self.read_bulk();
            (self.read_sources(bulk.is_empty()), bulk)
        } else {
            (Vec::new(), Bulk::default())
        };
        let (entities_file, entities) = entities?;
        let catalogue = catalogue.unwrap_or((builtin_file, RawCatalogue::default()));
        self.validate(
            entities_file,
            entities,
            (builtin_file, builtin?),
            catalogue,
            (sources, bulk),
        )
    }
    /// Reads and parses `entities.yaml` (a large one in pieces, in parallel).
    fn read_entities(&mut self) -> Option<(FileId, RawEntities)> {
        let (file, text) = self.read_text(Path::new("entities.yaml"), Snippets::Keep)?;
        let parsed = self.admit_parsed(file, parse_entities(&text))?;
        Some((file, parsed))
    }

    /// Reads and parses one YAML file; a missing optional file is `None` without a problem.
    fn read_yaml<T: DeserializeOwned>(&mut self, relative: &Path, required: bool) -> Option<(FileId, T)> {
        if !required && !self.root.join(relative).exists() {
            return None;
        }
        let (file, text) = self.read_text(relative, Snippets::Keep)?;
        let parsed = self.parse_yaml(file, &text)?;
        Some((file, parsed))
    }
    /// The YAML sources; the `sources/` folder may be absent when there are bulk claims.
    fn read_sources(&mut self, required: bool) -> Vec<ParsedSource> {
        let dir = self.root.join("sources");
        if !required && !dir.exists() {
            return Vec::new();
        }
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(error) => {
                let file = self.files.add(self.display(Path::new("sources")), "");
                self.report(
                    Diagnostic::new(
                        Code::NotACorpus,
                        file,
                        None,
                        format!("cannot read the sources folder: {error}"),
                    )
                    .with_help("a corpus keeps one YAML file per source in sources/"),
                );
                return Vec::new();
            }
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "yaml" || ext == "yml"))
            .collect();
        paths.sort();
        // Read in order (problems are numbered in file order), parsed in parallel.
        let read: Vec<(String, PathBuf, FileId, String)> = paths
            .iter()
            .filter_map(|path| {
                let relative = Path::new("sources").join(path.file_name()?);
                let id = path.file_stem()?.to_string_lossy().into_owned();
                let (file, text) = self.read_text(&relative, Snippets::Keep)?;
                Some((id, relative, file, text))
            })
            .collect();
        let parsed: Vec<Result<RawSource, ParseFailure>> =
            read.par_iter().map(|(.., text)| parse_yaml_text(text)).collect();
        read.into_iter()
            .zip(parsed)
            .filter_map(|((id, path, file, _), raw)| {
                let raw = self.admit_parsed(file, raw)?;
                Some(ParsedSource { id, file, path, raw })
            })
            .collect()
    }
}
