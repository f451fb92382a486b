//! Bad input: broken copies of the shipped corpus each give a clear message naming the file
//! (with line and column where there is one), what is wrong and how to fix it, and exit
//! code 2; never a panic.

use crate::common::{Run, ScratchCorpus};

/// Asserts a failed run reports `code` in `file`, at a line and column when `positioned`,
/// with `fragment` in the message and a help line.
pub fn assert_problem(run: &Run, file: &str, code: &str, fragment: &str, positioned: bool) {
    assert_eq!(run.code, 2, "exit code; stderr:\n{}", run.stderr);
    assert_eq!(run.stdout, "", "nothing is checked when the corpus is invalid");
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!("error[{code}]")),
        "code {code} in:\n{}",
        run.stderr
    );
    assert!(run.stderr.contains(fragment), "{fragment:?} in:\n{}", run.stderr);
    assert!(
        run.stderr.contains("help:"),
        "a hint on how to fix it in:\n{}",
        run.stderr
    );
    let pattern = if positioned {
        format!(r"{}:\d+:\d+", regex::escape(file))
    } else {
        regex::escape(file)
    };
    assert!(
        regex::Regex::new(&pattern).expect("pattern").is_match(&run.stderr),
        "{pattern} in:\n{}",
        run.stderr
    );
}

const EXTRA_CLAIM: &str = "\n  - id: extra-claim\n    subject: ghuraba\n    property: fighter-count\n    value: VALUE\n    quote: roughly 70 French fighters\n";

pub fn append_claim(corpus: &ScratchCorpus, value: &str) {
    let path = "sources/noonpost-ghuraba.yaml";
    let mut text = std::fs::read_to_string(corpus.file(path)).expect("readable");
    text.push_str(&EXTRA_CLAIM.replace("VALUE", value));
    corpus.write(path, text);
}

#[test]
fn the_shipped_corpus_itself_is_valid() {
    let run = ScratchCorpus::new().check(&[]);
    assert_ne!(run.code, 2, "{}", run.stderr);
}

#[test]
fn yaml_syntax_error_points_at_the_line() {
    let corpus = ScratchCorpus::new();
    corpus.write("entities.yaml", "entities:\n  - id: \"omar-diaby\n    kind: person\n");
    assert_problem(&corpus.check(&[]), "entities.yaml", "yaml-syntax", "", true);
}

#[test]
fn tab_indentation_is_a_syntax_error() {
    let corpus = ScratchCorpus::new();
    corpus.replace("sources/bfmtv-oumar-diaby.yaml", "\n  - id:", "\n\t- id:");
    assert_problem(
        &corpus.check(&[]),
        "sources/bfmtv-oumar-diaby.yaml",
        "yaml-syntax",
        "",
        true,
    );
}

#[test]
fn unknown_field_is_named() {
    let corpus = ScratchCorpus::new();
    corpus.replace(
        "sources/noonpost-ghuraba.yaml",
        "outlet: Noon Post",
        "outlett: Noon Post",
    );
    assert_problem(
        &corpus.check(&[]),
        "sources/noonpost-ghuraba.yaml",
        "unknown-field",
        "outlett",
        true,
    );
}

#[test]
fn wrong_type_for_a_value_is_reported() {
    let corpus = ScratchCorpus::new();
    append_claim(&corpus, "{ low: 50, high: 70 }");
    assert_problem(
        &corpus.check(&[]),
        "sources/noonpost-ghuraba.yaml",
        "yaml-type",
        "invalid type",
        true,
    );
}

#[test]
fn duplicate_key_is_reported() {
    let corpus = ScratchCorpus::new();
    corpus.replace(
        "sources/noonpost-ghuraba.yaml",
        "outlet: Noon Post",
        "outlet: Noon Post\noutlet: Noon Post",
    );
    assert_problem(
        &corpus.check(&[]),
        "sources/noonpost-ghuraba.yaml",
        "yaml-syntax",
        "duplicate",
        true,
    );
}

#[test]
fn unknown_subject_gets_did_you_mean() {
    let corpus = ScratchCorpus::new();
    corpus.replace(
        "sources/asharq-foreign-fighters.yaml",
        "subject: omar-diaby",
        "subject: Omar Diabi",
    );
    let run = corpus.check(&[]);
    assert_problem(
        &run,
        "sources/asharq-foreign-fighters.yaml",
        "unknown-entity",
        "unknown subject `Omar Diabi`",
        true,
    );
    assert!(run.stderr.contains("did you mean `Omar Diaby`?"), "{}", run.stderr);
}

#[test]
fn unknown_property_gets_did_you_mean() {
    let corpus = ScratchCorpus::new();
    corpus.replace("sources/bfmtv-oumar-diaby.yaml", "property: age", "property: agee");
    let run = corpus.check(&[]);
    assert_problem(
        &run,
        "sources/bfmtv-oumar-diaby.yaml",
        "unknown-property",
        "unknown property `agee`",
        true,
    );
    assert!(run.stderr.contains("did you mean `age`?"), "{}", run.stderr);
}

#[test]
fn a_role_needs_a_matching_value_type() {
    let corpus = ScratchCorpus::new();
    corpus.replace(
        "properties.yaml",
        "    type: percentage\n",
        "    type: percentage\n    role: start\n",
    );
    assert_problem(
        &corpus.check(&[]),
        "properties.yaml",
        "yaml-type",
        "property `recruitment-share`: role `start` needs type `date`, not `percentage`",
        true,
    );
}

#[test]
fn duplicate_claim_id_names_the_first_line() {
    let corpus = ScratchCorpus::new();
    append_claim(&corpus, "roughly 70");
    append_claim(&corpus, "roughly 70");
    assert_problem(
        &corpus.check(&[]),
        "sources/noonpost-ghuraba.yaml",
        "duplicate-id",
        "claim `extra-claim` is defined twice (first on line",
        true,
    );
}

#[test]
fn quote_not_in_the_text_shows_where_it_stops_matching() {
    let corpus = ScratchCorpus::new();
    append_claim(&corpus, "roughly 70");
    corpus.replace(
        "sources/noonpost-ghuraba.yaml",
        "quote: roughly 70 French fighters\n",
        "quote: roughly 70 French fighterz\n",
    );
    let run = corpus.check(&[]);
    assert_problem(
        &run,
        "sources/noonpost-ghuraba.yaml",
        "quote-not-found",
        "claim `extra-claim`: quote not found in",
        true,
    );
    assert!(
        run.stderr
            .contains("the text has `roughly 70 French fighter` but then differs"),
        "{}",
        run.stderr
    );
}

#[test]
fn unreadable_value_says_how_to_write_it() {
    let corpus = ScratchCorpus::new();
    append_claim(&corpus, "abuot 50");
    assert_problem(
        &corpus.check(&[]),
        "sources/noonpost-ghuraba.yaml",
        "invalid-value",
        "abuot 50",
        true,
    );
}

#[test]
fn negative_count_is_refused() {
    let corpus = ScratchCorpus::new();
    append_claim(&corpus, "\"-5\"");
    assert_problem(
        &corpus.check(&[]),
        "sources/noonpost-ghuraba.yaml",
        "invalid-value",
        "negative",
        true,
    );
}

#[test]
fn impossible_publication_date_is_refused() {
    let corpus = ScratchCorpus::new();
    corpus.replace(
        "sources/noonpost-ghuraba.yaml",
        "published: 2025-10",
        "published: 2025-02-30",
    );
    assert_problem(
        &corpus.check(&[]),
        "sources/noonpost-ghuraba.yaml",
        "invalid-date",
        "2025-02-30",
        true,
    );
}

#[test]
fn missing_source_text_is_named() {
    let corpus = ScratchCorpus::new();
    std::fs::remove_file(corpus.file("texts/uzbek-mediators.txt")).expect("removable");
    assert_problem(
        &corpus.check(&[]),
        "texts/uzbek-mediators.txt",
        "unreadable-file",
        "cannot read the file",
        false,
    );
}

#[test]
fn source_text_that_is_not_utf8_is_named() {
    let corpus = ScratchCorpus::new();
    corpus.write(
        "texts/uzbek-mediators.txt",
        b"Fighting broke out \xff\xfe early last week",
    );
    assert_problem(
        &corpus.check(&[]),
        "texts/uzbek-mediators.txt",
        "not-utf8",
        "not valid UTF-8",
        false,
    );
}

#[test]
fn empty_source_file_is_refused() {
    let corpus = ScratchCorpus::new();
    corpus.write("sources/uzbek-mediators.yaml", "");
    assert_problem(
        &corpus.check(&[]),
        "sources/uzbek-mediators.yaml",
        "yaml-type",
        "empty",
        false,
    );
}

#[test]
fn undeclared_scope_gets_did_you_mean() {
    let corpus = ScratchCorpus::new();
    let path = "sources/noonpost-ghuraba.yaml";
    let mut text = std::fs::read_to_string(corpus.file(path)).expect("readable");
    text.push_str(&EXTRA_CLAIM.replace("VALUE", "roughly 70"));
    text.push_str("    scope: french-natonals\n");
    corpus.write(path, text);
    let run = corpus.check(&[]);
    assert_problem(&run, path, "unknown-scope", "unknown scope `french-natonals`", true);
    assert!(run.stderr.contains("did you mean"), "{}", run.stderr);
}

#[test]
fn alias_shared_by_two_entities_is_ambiguous() {
    let corpus = ScratchCorpus::new();
    let mut text = std::fs::read_to_string(corpus.file("entities.yaml")).expect("readable");
    text.push_str("\n  - id: another-omar\n    kind: person\n    name: Another Omar\n    aliases: [Omar Omsen]\n");
    corpus.write("entities.yaml", text);
    assert_problem(
        &corpus.check(&[]),
        "entities.yaml",
        "ambiguous-alias",
        "`Omar Omsen` names entity `another-omar` but is already a name of `omar-diaby`",
        true,
    );
}

#[test]
fn text_path_leaving_the_corpus_is_refused() {
    let corpus = ScratchCorpus::new();
    corpus.replace(
        "sources/noonpost-ghuraba.yaml",
        "outlet: Noon Post",
        "text: ../../secret.txt\noutlet: Noon Post",
    );
    assert_problem(
        &corpus.check(&[]),
        "sources/noonpost-ghuraba.yaml",
        "path-outside-corpus",
        "leads outside the corpus",
        true,
    );
}

#[test]
fn every_problem_in_a_run_is_reported_together() {
    let corpus = ScratchCorpus::new();
    corpus.replace(
        "sources/asharq-foreign-fighters.yaml",
        "subject: omar-diaby",
        "subject: Omar Diabi",
    );
    corpus.replace("sources/bfmtv-oumar-diaby.yaml", "property: age", "property: agee");
    corpus.replace(
        "sources/noonpost-ghuraba.yaml",
        "published: 2025-10",
        "published: 2025-13",
    );
    let run = corpus.check(&[]);
    assert_eq!(run.code, 2);
    for code in ["unknown-entity", "unknown-property", "invalid-date"] {
        assert!(
            run.stderr.contains(&format!("error[{code}]")),
            "{code} in:\n{}",
            run.stderr
        );
    }
    assert!(run.stderr.contains("error: 3 problems in the corpus"), "{}", run.stderr);
}

#[test]
fn a_folder_that_is_not_a_corpus_is_refused() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let missing = dir.path().join("nowhere");
    let run = crate::common::run(&["check", missing.to_str().expect("UTF-8 path")]);
    assert_problem(&run, "nowhere", "not-a-corpus", "not a corpus folder", false);
}

#[test]
fn unknown_format_is_a_usage_error() {
    let run = crate::common::run(&["check", "--format", "yaml"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("invalid value 'yaml'"), "{}", run.stderr);
}
