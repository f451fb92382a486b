//! Writing proposals down: as a draft source file in the corpus format (every claim marked
//! `proposed: true`), as JSON (`crosscheck/proposals@1`), or merged into an existing source
//! file as appended text, so that what an editor wrote (comments, order, formatting) is
//! kept byte for byte and no curated claim is changed or dropped.

use super::Proposal;
use crate::corpus::find_quote;
use crate::corpus::raw::RawSource;
use crate::model::Corpus;
use crate::value::{self, ParseContext};
use std::collections::{HashMap, HashSet};
use std::fmt::Write;

/// The JSON schema id of the proposals document.
pub const PROPOSALS_SCHEMA: &str = "crosscheck/proposals@1";

/// The proposals as a draft source file. `text_path` is the text's path as the source file
/// should name it.
pub fn render_yaml(proposals: &[Proposal], text_path: &str) -> String {
    let mut out = String::new();
    out.push_str("# Claims proposed by `crosscheck extract`; every one is marked `proposed: true`.\n");
    out.push_str("# Check each against the text, fix or delete it, then remove the mark. A claim\n");
    out.push_str("# with `subject: null` needs a subject (an entity id, name or alias) before it loads.\n");
    out.push_str("outlet: TODO\ntitle: TODO\npublished: TODO   # YYYY, YYYY-MM or YYYY-MM-DD\nlanguage: en\n");
    let _ = writeln!(out, "text: {}", scalar(text_path));
    out.push_str("claims:\n");
    out.push_str(&render_claims(proposals, &HashSet::new(), "  "));
    out.push_str(LEDGER_HEADER);
    out.push_str(&ledger_lines(proposals));
    out
}

/// The comment before the ledger: what was proposed into a file, kept so that a later
/// `extract --into` does not propose again what an editor deleted.
const LEDGER_HEADER: &str = "# Proposed by `crosscheck extract` (`--into` skips these, kept or deleted; \
     delete a line to have it proposed again):\n";

/// The start of a ledger line: `#~ proposed PROPERTY "VALUE" START..END` (the value's bytes).
const LEDGER_MARK: &str = "#~ proposed ";

/// A proposal as the ledger records it: property, value as written, the value's bytes.
fn ledger_key(proposal: &Proposal) -> String {
    format!(
        "{} {} {}..{}",
        proposal.property,
        scalar(&proposal.value),
        proposal.value_span[0],
        proposal.value_span[1]
    )
}

/// Ledger lines for proposals written into a file.
fn ledger_lines(proposals: &[Proposal]) -> String {
    proposals
        .iter()
        .map(|proposal| format!("{LEDGER_MARK}{}\n", ledger_key(proposal)))
        .collect()
}

/// The proposals a file's ledger records.
fn ledger(existing: &str) -> HashSet<&str> {
    existing
        .lines()
        .filter_map(|line| line.trim_start().strip_prefix(LEDGER_MARK))
        .map(str::trim_end)
        .collect()
}

/// The proposals as the JSON document of the stable contract.
pub fn render_json(proposals: &[Proposal], text_path: &str) -> String {
    let document = serde_json::json!({
        "schema": PROPOSALS_SCHEMA,
        "text": text_path,
        "proposals": proposals,
    });
    let mut out = serde_json::to_string_pretty(&document).unwrap_or_default();
    out.push('\n');
    out
}

/// Claims as YAML list items at `indent`, with ids unique among themselves and `taken`.
fn render_claims(proposals: &[Proposal], taken: &HashSet<String>, indent: &str) -> String {
    let mut used = taken.clone();
    let mut lowest = HashMap::new();
    let mut out = String::new();
    for proposal in proposals {
        let id = fresh_id(&proposal.property, &mut used, &mut lowest);
        let subject = match proposal.subject.as_deref() {
            Some(id) if crate::names::is_valid_id(id) => id.to_owned(),
            Some(name) => scalar(name),
            None => "null".to_owned(),
        };
        let _ = writeln!(out, "{indent}- id: {id}");
        match &proposal.via {
            Some(via) => {
                let _ = writeln!(out, "{indent}  subject: {subject}   # {via}");
            }
            None => {
                let _ = writeln!(out, "{indent}  subject: {subject}");
            }
        }
        let _ = writeln!(out, "{indent}  property: {}", proposal.property);
        let _ = writeln!(out, "{indent}  value: {}", scalar(&proposal.value));
        let _ = writeln!(out, "{indent}  quote: {}", scalar(&proposal.quote));
        let _ = writeln!(
            out,
            "{indent}  proposed: true   # bytes {}..{} of the text",
            proposal.span[0], proposal.span[1]
        );
    }
    out
}

/// `property-N` with the smallest N not yet used. Ids are only ever added to `used`, so the
/// search for a property starts where its last one ended (`lowest`): many claims of one
/// property cost no more each than a few.
fn fresh_id<'a>(property: &'a str, used: &mut HashSet<String>, lowest: &mut HashMap<&'a str, usize>) -> String {
    let from = lowest.get(property).copied().unwrap_or(1);
    let found = (from..)
        .map(|n| (n, format!("{property}-{n}")))
        .find(|(_, id)| !used.contains(id));
    let id = match found {
        Some((n, id)) => {
            lowest.insert(property, n);
            id
        }
        None => property.to_owned(),
    };
    used.insert(id.clone());
    id
}

/// A YAML scalar: a JSON string, which YAML reads as a double-quoted scalar.
fn scalar(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| format!("\"{}\"", text.escape_default()))
}

/// The result of merging proposals into a source file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    /// The new file text.
    pub text: String,
    /// Proposals appended.
    pub added: usize,
    /// Proposals already in the file (same property, subject and value, or same property and quote).
    pub present: usize,
    /// Proposals without a subject, left out (a claim needs a subject to load).
    pub unattached: usize,
    /// Proposals the file's ledger records that are no longer in it: an editor deleted them,
    /// so they are not proposed again.
    pub rejected: usize,
}

/// Merges proposals into a source file's text: appends those not already there to its
/// `claims:` list. `text` is the source text the quotes come from. Fails, changing nothing,
/// when the file is not a valid source file or its claims list cannot be appended to.
pub fn merge(existing: &str, proposals: &[Proposal], text: &str, corpus: &Corpus) -> Result<Merged, String> {
    let raw: RawSource =
        serde_saphyr::from_str(existing).map_err(|error| format!("not a valid source file: {error}"))?;
    let recorded = ledger(existing);
    let mut fresh = Vec::new();
    let (mut present, mut unattached, mut rejected) = (0, 0, 0);
    for proposal in proposals {
        if proposal.subject.is_none() {
            unattached += 1;
        } else if raw
            .claims
            .iter()
            .any(|claim| already_there(&claim.value, proposal, text, corpus))
        {
            present += 1;
        } else if recorded.contains(ledger_key(proposal).as_str()) {
            rejected += 1;
        } else {
            fresh.push(proposal.clone());
        }
    }
    let taken: HashSet<String> = raw.claims.iter().map(|c| c.value.id.value.clone()).collect();
    let mut appended = append_claims(existing, &fresh, &taken)?;
    if !fresh.is_empty() {
        if recorded.is_empty() {
            appended.push_str(LEDGER_HEADER);
        }
        appended.push_str(&ledger_lines(&fresh));
    }
    let reread: RawSource =
        serde_saphyr::from_str(&appended).map_err(|error| format!("the merged file would not read back: {error}"))?;
    if reread.claims.len() != raw.claims.len() + fresh.len() {
        return Err("the merged file would not hold every claim; nothing was written".to_owned());
    }
    Ok(Merged {
        text: appended,
        added: fresh.len(),
        present,
        unattached,
        rejected,
    })
}

/// Whether a claim of the file already states the proposal: same property and either the
/// same subject and value, or the same quote.
fn already_there(claim: &crate::corpus::raw::RawClaim, proposal: &Proposal, text: &str, corpus: &Corpus) -> bool {
    if claim.property.value != proposal.property {
        return false;
    }
    let same_quote = find_quote(text, &claim.quote.value).is_some_and(|span| [span.start, span.end] == proposal.span);
    same_quote
        || (claim
            .subject
            .value
            .as_deref()
            .is_some_and(|subject| same_subject(subject, proposal, corpus))
            && same_value(&claim.value.value.written(), proposal, corpus))
}

fn same_subject(written: &str, proposal: &Proposal, corpus: &Corpus) -> bool {
    let wanted = crate::names::matching_key(written);
    corpus
        .entities
        .values()
        .find(|entity| {
            [&entity.id, &entity.name]
                .into_iter()
                .chain(&entity.aliases)
                .any(|name| crate::names::matching_key(name) == wanted)
        })
        .is_some_and(|entity| proposal.subject.as_deref() == Some(entity.id.as_str()))
}

/// The same written value, or values the grammar reads alike.
fn same_value(written: &str, proposal: &Proposal, corpus: &Corpus) -> bool {
    if value::normalize_text(written) == value::normalize_text(&proposal.value) {
        return true;
    }
    let Some(property) = corpus.properties.get(&proposal.property) else {
        return false;
    };
    let context = ParseContext {
        reference: None,
        date_order: None,
    };
    match (
        value::parse(written, property.value_type, &context),
        value::parse(&proposal.value, property.value_type, &context),
    ) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// The file with claims appended to its `claims:` block list (or a new one at the end).
fn append_claims(existing: &str, proposals: &[Proposal], taken: &HashSet<String>) -> Result<String, String> {
    let mut out = existing.to_owned();
    if proposals.is_empty() {
        return Ok(out);
    }
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    let lines: Vec<&str> = existing.lines().collect();
    let Some(at) = lines.iter().position(|line| line.starts_with("claims:")) else {
        out.push_str("claims:\n");
        out.push_str(&render_claims(proposals, taken, "  "));
        return Ok(out);
    };
    let claims_line = lines.get(at).copied().unwrap_or_default();
    let inline = claims_line
        .strip_prefix("claims:")
        .unwrap_or_default()
        .split('#')
        .next()
        .unwrap_or("")
        .trim();
    if !inline.is_empty() {
        return Err(format!(
            "line {}: the claims list is written inline (`{}`); write it as a block list (`claims:` then `  - id: ...`) to merge into it",
            at + 1,
            claims_line.trim()
        ));
    }
    let after = lines.get(at + 1..).unwrap_or_default();
    if let Some((offset, line)) = after.iter().enumerate().find(|(_, line)| is_top_level_key(line)) {
        return Err(format!(
            "line {}: `{}` follows the claims list; move `claims:` to the end of the file to merge into it",
            at + offset + 2,
            line.trim()
        ));
    }
    let indent = after
        .iter()
        .find(|line| line.trim_start().starts_with("- "))
        .map_or("  ", |line| &line[..line.len() - line.trim_start().len()]);
    out.push_str(&render_claims(proposals, taken, indent));
    Ok(out)
}

fn is_top_level_key(line: &str) -> bool {
    !line.is_empty() && !line.starts_with([' ', '\t', '#', '-'])
}

#[cfg(test)]
mod tests {
    use super::super::tests::{shipped, shipped_extractor};
    use super::*;

    #[test]
    fn a_draft_loads_once_subjects_and_metadata_are_filled_in() {
        let corpus = shipped();
        let source = corpus.source("noonpost-ghuraba").unwrap();
        let proposals: Vec<Proposal> = shipped_extractor(&corpus)
            .extract(&source.text)
            .into_iter()
            .filter(|p| p.subject.is_some())
            .collect();
        let draft = render_yaml(&proposals, "texts/noonpost-ghuraba.txt")
            .replace("outlet: TODO", "outlet: Noon Post")
            .replace("title: TODO", "title: Draft")
            .replace("published: TODO", "published: 2025-10")
            .replace("\n    proposed: true", "\n    # confirmed");
        let dir = tempfile::tempdir().unwrap();
        crate::extract::tests::copy_corpus(&corpus.root, dir.path());
        std::fs::write(dir.path().join("sources/noonpost-ghuraba.yaml"), &draft).unwrap();
        let loaded = crate::corpus::load(dir.path());
        let problems = loaded
            .as_ref()
            .err()
            .map(|p| p.render(crate::diagnostics::Style::Short));
        assert!(problems.is_none(), "{draft}\n{}", problems.unwrap_or_default());
    }

    #[test]
    fn merging_keeps_the_file_and_skips_what_is_there() {
        let corpus = shipped();
        let source = corpus.source("asharq-foreign-fighters").unwrap();
        let existing = std::fs::read_to_string(corpus.root.join(&source.file)).unwrap();
        let proposals = shipped_extractor(&corpus).extract(&source.text);
        let merged = merge(&existing, &proposals, &source.text, &corpus).unwrap();
        assert!(merged.text.starts_with(&existing));
        assert!(merged.present >= 10, "{merged:?}");
        let again = merge(&merged.text, &proposals, &source.text, &corpus).unwrap();
        assert_eq!(again.added, 0);
        assert_eq!(again.text, merged.text);
    }

    #[test]
    fn what_an_editor_deleted_is_not_proposed_again() {
        let corpus = shipped();
        let source = corpus.source("asharq-foreign-fighters").unwrap();
        let head = "outlet: X\ntitle: Y\npublished: 2025\nlanguage: en\nclaims:\n";
        let proposals: Vec<Proposal> = shipped_extractor(&corpus)
            .extract(&source.text)
            .into_iter()
            .filter(|p| p.subject.is_some())
            .collect();
        let merged = merge(head, &proposals, &source.text, &corpus).unwrap();
        assert_eq!(merged.added, proposals.len());
        assert_eq!(merged.text.matches(LEDGER_MARK).count(), proposals.len());
        // Every claim deleted, the ledger kept: nothing comes back.
        let ledger_only: String = merged
            .text
            .lines()
            .filter(|line| line.starts_with('#'))
            .map(|line| format!("{line}\n"))
            .collect();
        let emptied = format!("{head}{ledger_only}");
        let again = merge(&emptied, &proposals, &source.text, &corpus).unwrap();
        assert_eq!((again.added, again.rejected), (0, proposals.len()));
        assert_eq!(again.text, emptied);
        // A ledger line deleted too: that proposal comes back, recorded once more.
        let first = format!("{LEDGER_MARK}{}\n", ledger_key(&proposals[0]));
        let forgotten = emptied.replacen(&first, "", 1);
        let back = merge(&forgotten, &proposals, &source.text, &corpus).unwrap();
        assert_eq!(back.added, 1);
        assert_eq!(back.text.matches(&first).count(), 1);
    }

    #[test]
    fn ids_number_the_claims_of_a_property_past_those_taken() {
        let proposal = |property: &str| Proposal {
            subject: None,
            subject_name: None,
            property: property.to_owned(),
            family: super::super::Family::Count,
            value: "3".to_owned(),
            quote: "Three died.".to_owned(),
            span: [0, 11],
            value_span: [0, 5],
            via: None,
        };
        let proposals = ["killed", "injured", "killed", "killed", "injured"].map(proposal);
        let taken: HashSet<String> = ["killed-2", "killed-3", "injured-1"].map(str::to_owned).into();
        let ids: Vec<String> = render_claims(&proposals, &taken, "")
            .lines()
            .filter_map(|line| line.strip_prefix("- id: ").map(str::to_owned))
            .collect();
        assert_eq!(ids, ["killed-1", "injured-2", "killed-4", "killed-5", "injured-3"]);
    }

    #[test]
    fn files_that_cannot_be_appended_to_are_refused() {
        let corpus = shipped();
        let proposals = shipped_extractor(&corpus).extract("Diaby, 50, said so, as he told reporters.\n");
        let head = "outlet: X\ntitle: Y\npublished: 2025\nlanguage: en\n";
        let inline = format!("{head}claims: []\n");
        assert!(merge(&inline, &proposals, "", &corpus).unwrap_err().contains("inline"));
        let after = format!(
            "{head}claims:\n  - id: a\n    subject: Diaby\n    property: age\n    value: 51\n    quote: x\nnote: late\n"
        );
        assert!(
            merge(&after, &proposals, "", &corpus)
                .unwrap_err()
                .contains("note: late")
        );
        assert!(
            merge("outlet: [", &proposals, "", &corpus)
                .unwrap_err()
                .contains("not a valid source file")
        );
        let none = merge(head, &proposals, "", &corpus).unwrap();
        assert!(none.text.contains("claims:\n  - id: age-1\n"), "{}", none.text);
    }
}
