//! `crosscheck schema` and `crosscheck init`: the committed schemas are current, every
//! shipped corpus file validates against them, and a new corpus passes `check` and is
//! never written over an existing one.

use crate::common::{run, shipped_corpus};
use serde_json::Value;
use std::path::Path;

const KINDS: [(&str, &str); 3] = [
    ("entities", "entities.schema.json"),
    ("properties", "properties.schema.json"),
    ("source", "source.schema.json"),
];

fn schema(kind: &str) -> Value {
    let run = run(&["schema", kind]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).expect("the schema is JSON")
}

/// A YAML file as JSON, the way a YAML editor hands it to a schema validator.
fn yaml_as_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).expect("the file is readable");
    serde_saphyr::from_str(&text).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

fn problems(kind: &str, document: &Value) -> Vec<String> {
    let validator = jsonschema::validator_for(&schema(kind)).expect("a valid schema");
    validator
        .iter_errors(document)
        .map(|error| format!("{error} at {}", error.instance_path()))
        .collect()
}

fn corpus_files(root: &Path) -> Vec<(&'static str, std::path::PathBuf)> {
    let mut files = vec![
        ("entities", root.join("entities.yaml")),
        ("properties", root.join("properties.yaml")),
    ];
    for entry in std::fs::read_dir(root.join("sources")).expect("a sources folder") {
        files.push(("source", entry.expect("an entry").path()));
    }
    files
}

#[test]
fn the_committed_schemas_are_current() {
    for (kind, file) in KINDS {
        let committed = std::fs::read_to_string(shipped_corpus().join("schema").join(file)).expect("committed");
        assert_eq!(
            run(&["schema", kind]).stdout,
            committed,
            "claims/schema/{file} is stale: run `crosscheck schema {kind} > claims/schema/{file}`"
        );
    }
}

#[test]
fn every_shipped_corpus_file_validates_against_its_schema() {
    let files = corpus_files(&shipped_corpus());
    assert!(files.len() >= 7);
    for (kind, path) in files {
        let errors = problems(kind, &yaml_as_json(&path));
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
    }
    let builtin = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/corpus/builtin_properties.yaml");
    assert!(problems("properties", &yaml_as_json(&builtin)).is_empty());
}

#[test]
fn the_schemas_catch_what_the_loader_refuses() {
    let source = yaml_as_json(&shipped_corpus().join("sources/bfmtv-oumar-diaby.yaml"));
    let mut typo = source.clone();
    typo["claims"][0]["qoute"] = Value::from("x");
    assert!(!problems("source", &typo).is_empty(), "an unknown field");
    let mut missing = source;
    missing["claims"][0].as_object_mut().expect("a claim").remove("quote");
    assert!(!problems("source", &missing).is_empty(), "a missing quote");
    let mut entities = yaml_as_json(&shipped_corpus().join("entities.yaml"));
    entities["entities"][0]["kind"] = Value::from("persn");
    assert!(!problems("entities", &entities).is_empty(), "an unknown kind");
    entities["entities"][0]["kind"] = Value::from("person");
    entities["entities"][0]["id"] = Value::from("Omar Diaby");
    assert!(!problems("entities", &entities).is_empty(), "an invalid id");
}

#[test]
fn init_creates_a_corpus_that_passes_check_and_its_schemas() {
    let dir = tempfile::tempdir().expect("a folder");
    let corpus = dir.path().join("new-corpus");
    let corpus_arg = corpus.to_str().expect("UTF-8");
    let init = run(&["init", corpus_arg]);
    assert_eq!(init.code, 0, "{}", init.stderr);
    assert!(init.stdout.contains("crosscheck check"), "{}", init.stdout);
    let check = run(&["check", corpus_arg]);
    assert_eq!(check.code, 0, "{}{}", check.stdout, check.stderr);
    assert!(check.stdout.contains("1 source, 2 claims"), "{}", check.stdout);
    for (kind, path) in corpus_files(&corpus) {
        let errors = problems(kind, &yaml_as_json(&path));
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
    }
    for (_, file) in KINDS {
        let written = std::fs::read_to_string(corpus.join("schema").join(file)).expect("the schema is written");
        let shipped = std::fs::read_to_string(shipped_corpus().join("schema").join(file)).expect("committed");
        assert_eq!(written, shipped);
    }
    let header = std::fs::read_to_string(corpus.join("sources/example.yaml")).expect("written");
    assert!(header.starts_with("# yaml-language-server: $schema=../schema/source.schema.json\n"));
    let leftovers: Vec<_> = std::fs::read_dir(&corpus)
        .expect("the corpus")
        .filter_map(Result::ok)
        .filter(|entry| entry.file_name().to_string_lossy().starts_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary files are left");
}

#[test]
fn init_never_writes_over_existing_files() {
    let dir = tempfile::tempdir().expect("a folder");
    let edited = dir.path().join("entities.yaml");
    std::fs::write(&edited, "entities: []  # an editor's work\n").expect("written");
    let init = run(&["init", dir.path().to_str().expect("UTF-8")]);
    assert_eq!(init.code, 2);
    assert!(
        init.stderr.contains("already has corpus files; nothing was written"),
        "{}",
        init.stderr
    );
    assert!(init.stderr.contains("entities.yaml"), "{}", init.stderr);
    assert_eq!(
        std::fs::read_to_string(&edited).expect("still there"),
        "entities: []  # an editor's work\n"
    );
    assert!(!dir.path().join("sources").exists(), "nothing else was written");
}
