//! `crosscheck extract`: propose claims from a raw text, as a draft source file or JSON,
//! merge them into an existing source file, or measure the extractor on the corpus.

use super::{EXIT_CLEAN, Outcome, corpus_errors, corpus_path, load};
use crate::corpus::MAX_FILE_BYTES;
use crate::counted::counted;
use crate::diagnostics::Style;
use crate::extract::draft::{merge, render_json, render_yaml};
use crate::extract::evaluate::{Evaluation, Score, evaluate};
use crate::extract::{Extractor, Patterns};
use crate::model::Corpus;
use clap::ValueEnum;
use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Arguments of `crosscheck extract`.
#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// The raw text (UTF-8) to propose claims from.
    #[arg(required_unless_present = "evaluate")]
    pub text: Option<PathBuf>,
    /// The corpus whose entities and patterns to use (default: ./claims, else the corpus folder you are in).
    #[arg(long)]
    pub corpus: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ProposalFormat::Yaml)]
    pub format: ProposalFormat,
    /// Merge the proposals into this existing source file instead of printing them.
    #[arg(long, value_name = "SOURCE_FILE", conflicts_with = "format")]
    pub into: Option<PathBuf>,
    /// Measure the extractor: run it on every source text of the corpus and compare with
    /// the curated claims (recall and precision per family of value).
    #[arg(long, conflicts_with_all = ["text", "into"])]
    pub evaluate: bool,
}

/// Formats of proposals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProposalFormat {
    /// A draft source file in the corpus format, every claim marked `proposed: true`.
    Yaml,
    /// The stable JSON document (crosscheck/proposals@1).
    Json,
}

pub(super) fn extract(args: &ExtractArgs) -> Outcome {
    let path = match corpus_path(args.corpus.as_ref()) {
        Ok(path) => path,
        Err(outcome) => return outcome,
    };
    let loaded = if args.evaluate {
        load(&path).map(|corpus| (corpus, String::new()))
    } else {
        load_for_extraction(&path)
    };
    let (corpus, note) = match loaded {
        Ok(loaded) => loaded,
        Err(outcome) => return outcome,
    };
    let extractor = match build_extractor(&corpus) {
        Ok(extractor) => extractor,
        Err(outcome) => return outcome,
    };
    if args.evaluate {
        return Outcome {
            stdout: render_evaluation(&evaluate(&corpus, &extractor)),
            stderr: String::new(),
            code: EXIT_CLEAN,
        };
    }
    let Some(text_path) = &args.text else {
        return Outcome::usage_error("error: give the text to propose claims from, or --evaluate\n".into());
    };
    let text = match read_text(text_path) {
        Ok(text) => text,
        Err(message) => return Outcome::usage_error(message),
    };
    let proposals = extractor.extract(&text);
    match &args.into {
        Some(target) => merge_into(target, &proposals, &text, &corpus),
        None => {
            let shown = shown_text_path(text_path, &corpus);
            let stdout = match args.format {
                ProposalFormat::Yaml => render_yaml(&proposals, &shown),
                ProposalFormat::Json => render_json(&proposals, &shown),
            };
            Outcome {
                stdout,
                stderr: note,
                code: EXIT_CLEAN,
            }
        }
    }
}

/// The corpus to extract with, and a note for standard error: the whole corpus, or when its
/// claims do not load (a draft being written into `sources/`, a source mid-edit) its
/// entities, properties and patterns alone, which is all extraction needs but `leader` claims.
fn load_for_extraction(path: &Path) -> Result<(Corpus, String), Outcome> {
    let problems = match crate::corpus::load(path) {
        Ok(corpus) => return Ok((corpus, String::new())),
        Err(problems) => problems,
    };
    let corpus = crate::corpus::load_registry(path).map_err(|_| corpus_errors(path, &problems))?;
    let note = format!(
        "note: {} in the sources of the corpus {} (`crosscheck check` lists them); the proposals use its entities and properties alone\n",
        counted(problems.diagnostics.len(), "problem", "problems"),
        path.display(),
    );
    Ok((corpus, note))
}

fn build_extractor(corpus: &Corpus) -> Result<Extractor, Outcome> {
    let patterns = Patterns::load(&corpus.root, &corpus.properties, &corpus.entities).map_err(|problems| {
        let mut stderr = problems.render(Style::Rich);
        stderr.push_str("error: the extraction patterns are invalid; nothing was extracted\n");
        Outcome::usage_error(stderr)
    })?;
    Extractor::for_corpus(patterns, corpus).map_err(|message| Outcome::usage_error(format!("error: {message}\n")))
}

/// Reads a text: UTF-8, not larger than a corpus file may be.
fn read_text(path: &Path) -> Result<String, String> {
    let shown = path.display();
    let size = std::fs::metadata(path)
        .map_err(|error| {
            format!("error: cannot read {shown}: {error}\n  help: check that the file exists and is readable\n")
        })?
        .len();
    if size > MAX_FILE_BYTES {
        return Err(format!(
            "error: {shown} is {size} bytes, more than the {MAX_FILE_BYTES} bytes a text may have\n  help: split the text into articles\n"
        ));
    }
    let bytes = std::fs::read(path).map_err(|error| format!("error: cannot read {shown}: {error}\n"))?;
    String::from_utf8(bytes).map_err(|error| {
        let at = error.utf8_error().valid_up_to();
        format!("error: {shown} is not valid UTF-8 (first bad byte at offset {at})\n  help: save the file as UTF-8\n")
    })
}

/// The text's path as a source file names it: `texts/NAME` when it is in the corpus's texts.
fn shown_text_path(path: &Path, corpus: &Corpus) -> String {
    let texts = corpus.root.join("texts");
    match (path.canonicalize(), texts.canonicalize()) {
        (Ok(file), Ok(texts)) if file.starts_with(&texts) => {
            let relative = file.strip_prefix(&texts).unwrap_or(&file);
            format!("texts/{}", relative.display())
        }
        _ => path.display().to_string(),
    }
}

/// Merges proposals into a source file, writing it atomically and only if nobody changed it
/// in the meantime.
fn merge_into(target: &Path, proposals: &[crate::extract::Proposal], text: &str, corpus: &Corpus) -> Outcome {
    let shown = target.display();
    let existing = match read_text(target) {
        Ok(existing) => existing,
        Err(message) => return Outcome::usage_error(message),
    };
    let merged = match merge(&existing, proposals, text, corpus) {
        Ok(merged) => merged,
        Err(message) => {
            return Outcome::usage_error(format!(
                "error: cannot merge into {shown}: {message}\n  help: nothing was written\n"
            ));
        }
    };
    if merged.added > 0
        && let Err(message) = write_atomically(target, &existing, &merged.text)
    {
        return Outcome::usage_error(format!("error: cannot write {shown}: {message}\n"));
    }
    Outcome {
        stdout: String::new(),
        stderr: format!(
            "{shown}: {} added, {} already there, {} deleted by an editor not proposed again, {} without a subject left out\n",
            counted(merged.added, "proposal", "proposals"),
            merged.present,
            merged.rejected,
            merged.unattached
        ),
        code: EXIT_CLEAN,
    }
}

/// Writes `contents` to a temporary file beside `target` (with its permissions) and renames
/// it over `target`, unless `target` no longer holds `expected`.
fn write_atomically(target: &Path, expected: &str, contents: &str) -> Result<(), String> {
    let folder = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut temporary = tempfile::NamedTempFile::new_in(&folder).map_err(|e| e.to_string())?;
    temporary.write_all(contents.as_bytes()).map_err(|e| e.to_string())?;
    temporary.as_file().sync_all().map_err(|e| e.to_string())?;
    let permissions = std::fs::metadata(target).map_err(|e| e.to_string())?.permissions();
    std::fs::set_permissions(temporary.path(), permissions).map_err(|e| e.to_string())?;
    if std::fs::read_to_string(target).map_err(|e| e.to_string())? != expected {
        return Err("the file changed while the proposals were merged; run the command again".into());
    }
    temporary.persist(target).map_err(|e| e.error.to_string())?;
    Ok(())
}

/// The evaluation as a table per family, then what was missed and what was wrong.
fn render_evaluation(evaluation: &Evaluation) -> String {
    let mut table = Table::new();
    table.load_style(UTF8_FULL_CONDENSED).force_no_tty().set_header([
        "family",
        "curated",
        "recalled",
        "recall",
        "proposed",
        "correct",
        "precision",
        "no subject",
        "false attachments",
    ]);
    for (family, score) in &evaluation.by_family {
        table.add_row(score_row(family.name(), score));
    }
    table.add_row(score_row("all", &evaluation.total()));
    let mut out = format!("{table}\n");
    out.push_str(
        "recall: curated claims a proposal matches (subject, property, value in normal form, overlapping quote)\n",
    );
    out.push_str("precision: proposals with a subject that match a curated claim\n");
    out.push_str("false attachments: proposals with a subject that match no curated claim\n");
    if !evaluation.missed.is_empty() {
        out.push_str("\nmissed:\n");
        for key in &evaluation.missed {
            out.push_str(&format!("  {key}\n"));
        }
    }
    if !evaluation.wrong.is_empty() {
        out.push_str("\nproposed but not curated:\n");
        for (source, proposal) in &evaluation.wrong {
            let subject = proposal.subject.as_deref().unwrap_or("-");
            out.push_str(&format!(
                "  {source} [{}..{}]: {subject} {} = {}\n",
                proposal.value_span[0], proposal.value_span[1], proposal.property, proposal.value
            ));
        }
    }
    out
}

fn score_row(name: &str, score: &Score) -> Vec<String> {
    vec![
        name.to_owned(),
        score.curated.to_string(),
        score.recalled.to_string(),
        format!("{:.0}%", score.recall() * 100.0),
        score.proposed.to_string(),
        score.correct.to_string(),
        format!("{:.0}%", score.precision() * 100.0),
        score.unattached.to_string(),
        score.false_attachments().to_string(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_writes_refuse_a_file_changed_meanwhile() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("source.yaml");
        std::fs::write(&target, "changed").unwrap();
        assert!(write_atomically(&target, "original", "new").is_err());
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "changed");
        assert!(write_atomically(&target, "changed", "new").is_ok());
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
    }
}
