//! Hostile input: files that are huge, linked out of the corpus, looping, not files at all,
//! nested without end, full of aliases, or with numbers and dates no source could mean. Each
//! gives a clear message naming the file and exit code 2, within the run timeout; never a
//! panic, never a hang. A byte-order mark and CRLF line ends are ordinary and accepted.

use crate::common::{ScratchCorpus, Unprivileged};
use crate::invalid::{append_claim, assert_problem};

const NOON: &str = "sources/noonpost-ghuraba.yaml";

#[test]
fn a_byte_order_mark_and_crlf_line_ends_are_accepted() {
    let corpus = ScratchCorpus::new();
    let entities = std::fs::read(corpus.file("entities.yaml")).expect("readable");
    corpus.write("entities.yaml", [b"\xef\xbb\xbf".as_slice(), &entities].concat());
    let source = std::fs::read_to_string(corpus.file(NOON)).expect("readable");
    corpus.write(NOON, source.replace('\n', "\r\n"));
    let run = corpus.check(&["--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("\"noonpost-ghuraba\""),
        "the CRLF source still counts"
    );
}

#[test]
fn a_billion_laughs_alias_bomb_is_refused_quickly() {
    let corpus = ScratchCorpus::new();
    let mut bomb = String::from("properties:\n  - &p0 { id: a, type: count }\n");
    for level in 1..12 {
        let previous = format!("*p{}", level - 1);
        bomb.push_str(&format!("  - &p{level} [{}]\n", [previous.as_str(); 10].join(", ")));
    }
    corpus.write("properties.yaml", bomb);
    assert_problem(&corpus.check(&[]), "properties.yaml", "yaml-syntax", "", true);
}

#[test]
fn deep_nesting_is_refused_with_a_position() {
    let corpus = ScratchCorpus::new();
    corpus.write(
        "properties.yaml",
        format!("properties: {}{}\n", "[".repeat(10_000), "]".repeat(10_000)),
    );
    assert_problem(
        &corpus.check(&[]),
        "properties.yaml",
        "yaml-syntax",
        "recursion limit",
        true,
    );
}

#[test]
fn a_100_megabyte_file_is_refused_without_reading_it() {
    let corpus = ScratchCorpus::new();
    let file = std::fs::File::create(corpus.file("texts/noonpost-ghuraba.txt")).expect("creatable");
    file.set_len(100 * 1024 * 1024).expect("a sparse 100 MB file");
    assert_problem(
        &corpus.check(&[]),
        "texts/noonpost-ghuraba.txt",
        "file-too-large",
        "the file is 104857600 bytes",
        false,
    );
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_is_named() {
    let corpus = ScratchCorpus::new();
    std::os::unix::fs::symlink("b.yaml", corpus.file("sources/a.yaml")).expect("a link");
    std::os::unix::fs::symlink("a.yaml", corpus.file("sources/b.yaml")).expect("a link");
    assert_problem(
        &corpus.check(&[]),
        "sources/a.yaml",
        "unreadable-file",
        "symbolic links",
        false,
    );
}

#[cfg(unix)]
#[test]
fn a_symlink_leaving_the_corpus_is_refused() {
    let corpus = ScratchCorpus::new();
    let outside = tempfile::NamedTempFile::new().expect("a file outside the corpus");
    let text = corpus.file("texts/noonpost-ghuraba.txt");
    std::fs::remove_file(&text).expect("removable");
    std::os::unix::fs::symlink(outside.path(), &text).expect("a link");
    assert_problem(
        &corpus.check(&[]),
        "texts/noonpost-ghuraba.txt",
        "path-outside-corpus",
        "outside the corpus",
        false,
    );
}

#[cfg(unix)]
#[test]
fn a_symlink_inside_the_corpus_is_followed() {
    let corpus = ScratchCorpus::new();
    let text = corpus.file("texts/noonpost-ghuraba.txt");
    std::fs::rename(&text, corpus.file("texts/noonpost-copy.txt")).expect("movable");
    std::os::unix::fs::symlink("noonpost-copy.txt", &text).expect("a link");
    let run = corpus.check(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[cfg(unix)]
#[test]
fn a_pipe_in_place_of_a_text_is_refused_without_blocking() {
    let corpus = ScratchCorpus::new();
    let text = corpus.file("texts/noonpost-ghuraba.txt");
    std::fs::remove_file(&text).expect("removable");
    let made = std::process::Command::new("mkfifo").arg(&text).status();
    assert!(made.is_ok_and(|status| status.success()), "mkfifo makes a pipe");
    assert_problem(
        &corpus.check(&[]),
        "texts/noonpost-ghuraba.txt",
        "unreadable-file",
        "not a regular file",
        false,
    );
}

#[test]
fn a_folder_named_like_a_source_is_refused() {
    let corpus = ScratchCorpus::new();
    std::fs::create_dir(corpus.file("sources/folder.yaml")).expect("a folder");
    assert_problem(
        &corpus.check(&[]),
        "sources/folder.yaml",
        "unreadable-file",
        "not a regular file",
        false,
    );
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_named() {
    use std::os::unix::fs::PermissionsExt;
    let Some(unprivileged) = Unprivileged::find() else {
        return;
    };
    let corpus = ScratchCorpus::new();
    corpus.open_to_all();
    let path = corpus.file(NOON);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    let folder = corpus.path().to_str().expect("the temporary path is UTF-8");
    assert_problem(
        &unprivileged.run(&["check", folder]),
        NOON,
        "unreadable-file",
        "Permission denied",
        false,
    );
}

#[test]
fn a_gigantic_count_is_refused() {
    let corpus = ScratchCorpus::new();
    append_claim(&corpus, "99999999999999999999999999999");
    assert_problem(&corpus.check(&[]), NOON, "invalid-value", "is too large a count", true);
}

#[test]
fn a_percentage_above_100_is_refused() {
    let corpus = ScratchCorpus::new();
    corpus.replace("sources/noonpost-ghuraba.yaml", "value: 80%", "value: 180%");
    assert_problem(&corpus.check(&[]), NOON, "invalid-value", "is above 100%", true);
}

#[test]
fn an_age_above_130_is_refused() {
    let corpus = ScratchCorpus::new();
    corpus.replace("sources/bfmtv-oumar-diaby.yaml", "value: 50\n", "value: 250\n");
    assert_problem(
        &corpus.check(&[]),
        "sources/bfmtv-oumar-diaby.yaml",
        "invalid-value",
        "an age is at most 130 years",
        true,
    );
}

#[test]
fn an_impossible_as_of_date_is_refused() {
    let corpus = ScratchCorpus::new();
    append_claim(&corpus, "70\n    as_of: 2025-02-30");
    assert_problem(
        &corpus.check(&[]),
        NOON,
        "invalid-date",
        "\"2025-02-30\" is not a real date",
        true,
    );
}

#[test]
fn an_empty_entities_file_is_refused() {
    let corpus = ScratchCorpus::new();
    corpus.write("entities.yaml", "");
    assert_problem(
        &corpus.check(&[]),
        "entities.yaml",
        "yaml-type",
        "the file is empty",
        false,
    );
}

#[test]
fn a_null_value_is_a_type_error() {
    let corpus = ScratchCorpus::new();
    corpus.replace(NOON, "value: roughly 70", "value: ~");
    assert_problem(&corpus.check(&[]), NOON, "yaml-type", "invalid type", true);
}

#[test]
fn two_yaml_documents_in_one_file_are_refused() {
    let corpus = ScratchCorpus::new();
    corpus.write("properties.yaml", "---\nproperties: []\n---\nproperties: []\n");
    assert_problem(
        &corpus.check(&[]),
        "properties.yaml",
        "yaml-syntax",
        "multiple YAML documents",
        true,
    );
}

#[test]
fn a_missing_required_field_is_named() {
    let corpus = ScratchCorpus::new();
    corpus.replace(
        NOON,
        "    quote: The recent one-day clashes between the Ghuraba faction\n",
        "",
    );
    assert_problem(&corpus.check(&[]), NOON, "yaml-type", "missing field `quote`", true);
}

#[test]
fn an_unclosed_flow_list_is_a_syntax_error() {
    let corpus = ScratchCorpus::new();
    corpus.write("properties.yaml", "properties: [\n  { id: a, type: count }\n");
    assert_problem(&corpus.check(&[]), "properties.yaml", "yaml-syntax", "", true);
}

#[test]
fn an_unknown_entity_kind_is_named() {
    let corpus = ScratchCorpus::new();
    corpus.replace("entities.yaml", "kind: person", "kind: persn");
    assert_problem(
        &corpus.check(&[]),
        "entities.yaml",
        "yaml-type",
        "unknown variant `persn`",
        true,
    );
}

#[test]
fn an_absolute_text_path_is_refused() {
    let corpus = ScratchCorpus::new();
    corpus.replace(NOON, "outlet: Noon Post", "text: /etc/hostname\noutlet: Noon Post");
    assert_problem(
        &corpus.check(&[]),
        NOON,
        "path-outside-corpus",
        "leads outside the corpus",
        true,
    );
}

#[test]
fn a_source_file_that_is_not_utf8_is_named() {
    let corpus = ScratchCorpus::new();
    corpus.write("sources/latin1.yaml", b"outlet: Le Monde \xe9t\xe9\n".as_slice());
    assert_problem(
        &corpus.check(&[]),
        "sources/latin1.yaml",
        "not-utf8",
        "not valid UTF-8",
        false,
    );
}

#[cfg(unix)]
#[test]
fn a_bulk_file_linked_out_of_the_corpus_is_refused_like_any_corpus_file() {
    let corpus = ScratchCorpus::new();
    let outside = tempfile::NamedTempFile::new().expect("a file outside the corpus");
    std::fs::write(
        outside.path(),
        r#"{"source": "wire", "subject": "Omar Diaby", "property": "age", "value": "50", "as_of": "2025-10-22"}"#,
    )
    .expect("writable");
    std::fs::create_dir_all(corpus.file("bulk")).expect("a bulk folder");
    std::os::unix::fs::symlink(outside.path(), corpus.file("bulk/wire.jsonl")).expect("a link");
    let run = corpus.check(&["--strict"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("bulk/wire.jsonl"), "{}", run.stderr);
    assert!(run.stderr.contains("outside the corpus"), "{}", run.stderr);
}
