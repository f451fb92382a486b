//! The reviewed-decisions file (`claims/reviewed.yaml`): one entry per reviewed discrepancy,
//! read with positions so a bad entry is reported at its line and column. An entry may record
//! the values its claims had (`values`) and the decisions it replaced (`history`); entries
//! written before those fields existed read as they are.

use super::id::DiscrepancyId;
use super::seen::{Seen, SeenValues};
use crate::corpus::raw::ScalarText;
use crate::corpus::{YamlFile, read_yaml_file};
use crate::diagnostics::{Code, Diagnostic, Problems};
use crate::verdict::Verdict;
use jiff::civil::Date;
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

/// The name of the reviewed-decisions file in a corpus folder.
pub const DECISIONS_FILE: &str = "reviewed.yaml";

/// What an editor decided about a discrepancy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Decision {
    /// The sources differ for a reason the note explains (scope, date, hedge).
    Explained,
    /// Both versions stand and are reported side by side.
    KeepBoth,
    /// A claim was wrong and has been corrected or flagged.
    Corrected,
    /// Known, not worth acting on.
    WontFix,
}

impl Decision {
    /// Every decision, in the order the documentation lists them.
    pub const ALL: [Decision; 4] = [
        Decision::Explained,
        Decision::KeepBoth,
        Decision::Corrected,
        Decision::WontFix,
    ];

    /// The decision with this kebab-case name.
    pub fn from_name(name: &str) -> Option<Decision> {
        Decision::ALL
            .into_iter()
            .find(|decision| decision.as_str() == name.trim())
    }

    /// The kebab-case name written in the file.
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Explained => "explained",
            Decision::KeepBoth => "keep-both",
            Decision::Corrected => "corrected",
            Decision::WontFix => "wont-fix",
        }
    }
}

impl fmt::Display for Decision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One reviewed decision, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The discrepancy reviewed.
    pub id: DiscrepancyId,
    /// The decision.
    pub decision: Decision,
    /// Why, in an editor's words.
    pub note: String,
    /// Who decided.
    pub by: String,
    /// When.
    pub on: Date,
    /// The verdict the discrepancy had when reviewed.
    pub verdict: Verdict,
    /// The claims it held when reviewed, as `source/claim` keys.
    pub claims: Vec<String>,
    /// Each claim's value when reviewed, by key; empty for a decision that did not record
    /// them (one written before they were recorded).
    pub values: SeenValues,
    /// The decisions this one replaced on the same group, newest first.
    pub history: Vec<Earlier>,
    /// Byte offset of the entry's first key in the file text.
    pub offset: usize,
    /// 1-based line of the entry in the file.
    pub line: usize,
}

/// A decision replaced by a later one on the same group, kept with the later one.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Earlier {
    /// The discrepancy it was about, as it was then.
    #[serde(serialize_with = "as_text")]
    pub id: DiscrepancyId,
    /// The decision.
    pub decision: Decision,
    /// Why, in the editor's words.
    pub note: String,
    /// Who decided.
    pub by: String,
    /// When.
    #[serde(serialize_with = "as_text")]
    pub on: Date,
}

impl Earlier {
    /// The decision of an entry, as a later decision keeps it.
    pub fn of(entry: &Entry) -> Self {
        Earlier {
            id: entry.id.clone(),
            decision: entry.decision,
            note: entry.note.clone(),
            by: entry.by.clone(),
            on: entry.on,
        }
    }
}

fn as_text<T: fmt::Display, S: serde::Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(value)
}

/// The reviewed decisions of a corpus, with the file text they were read from.
#[derive(Debug, Clone, Default)]
pub struct Decisions {
    /// The file, when one was read or is to be written.
    pub path: Option<PathBuf>,
    /// Its text as read (empty when the file does not exist yet).
    pub text: String,
    /// Its entries, in file order.
    pub entries: Vec<Entry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDecisions {
    #[serde(default)]
    reviewed: Option<Vec<Spanned<RawEntry>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    id: Spanned<String>,
    decision: Decision,
    note: Spanned<String>,
    by: Spanned<String>,
    on: Spanned<ScalarText>,
    verdict: Spanned<String>,
    #[serde(default)]
    claims: Vec<Spanned<String>>,
    #[serde(default)]
    values: BTreeMap<String, RawSeen>,
    #[serde(default)]
    history: Vec<Spanned<RawEarlier>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSeen {
    value: ScalarText,
    normalized: ScalarText,
}

/// The fields every decision has, current or earlier, as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEarlier {
    id: Spanned<String>,
    decision: Decision,
    note: Spanned<String>,
    by: Spanned<String>,
    on: Spanned<ScalarText>,
}

impl RawEntry {
    /// The fields it has as every decision has them.
    fn decided(&self) -> RawEarlier {
        RawEarlier {
            id: self.id.clone(),
            decision: self.decision,
            note: self.note.clone(),
            by: self.by.clone(),
            on: self.on.clone(),
        }
    }
}

impl Decisions {
    /// No decisions and no file.
    pub fn empty() -> Self {
        Decisions::default()
    }

    /// Reads the file at `path`; a missing file is an empty set of decisions that will be created
    /// there. Every bad entry is a problem with its position.
    pub fn load_or_empty(path: &Path) -> Result<Self, Problems> {
        if !path.exists() {
            return Ok(Decisions {
                path: Some(path.to_path_buf()),
                ..Decisions::default()
            });
        }
        Self::load(path)
    }

    /// Reads the file at `path`, which must exist.
    pub fn load(path: &Path) -> Result<Self, Problems> {
        let root = path.parent().unwrap_or(Path::new(""));
        let name = path.file_name().map_or_else(|| path.to_path_buf(), PathBuf::from);
        let file = read_yaml_file::<RawDecisions>(root, &name)?;
        let (text, entries) = validate(file)?;
        Ok(Decisions {
            path: Some(path.to_path_buf()),
            text,
            entries,
        })
    }

    /// The entry for the same group (subject and property), under this hash or another.
    pub fn earlier(&self, id: &DiscrepancyId) -> Option<&Entry> {
        self.entries
            .iter()
            .find(|entry| entry.id.subject == id.subject && entry.id.property == id.property)
    }
}

fn validate(file: YamlFile<RawDecisions>) -> Result<(String, Vec<Entry>), Problems> {
    let (entries, diagnostics) = validate_entries(&file);
    if diagnostics.is_empty() {
        Ok((file.text, entries))
    } else {
        Err(Problems {
            files: file.files,
            diagnostics,
        })
    }
}

fn validate_entries(file: &YamlFile<RawDecisions>) -> (Vec<Entry>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut seen = BTreeSet::new();
    let mut entries = Vec::new();
    for raw in file.value.reviewed.iter().flatten() {
        match validate_entry(file, raw) {
            Ok(entry) => {
                if !seen.insert(entry.id.prefix()) {
                    diagnostics.push(
                        Diagnostic::new(
                            Code::DuplicateId,
                            file.file,
                            file.span(&raw.value.id.referenced),
                            format!("a second decision for `{}`", entry.id.prefix()),
                        )
                        .with_help("keep one decision per discrepancy; remove the older entry"),
                    );
                }
                entries.push(entry);
            }
            Err(diagnostic) => diagnostics.push(diagnostic),
        }
    }
    (entries, diagnostics)
}

fn validate_entry(file: &YamlFile<RawDecisions>, spanned: &Spanned<RawEntry>) -> Result<Entry, Diagnostic> {
    let raw = &spanned.value;
    let problem = |code: Code, location: &serde_saphyr::Location, message: String, help: &str| {
        Diagnostic::new(code, file.file, file.span(location), message).with_help(help.to_owned())
    };
    let Earlier { id, note, by, on, .. } = validate_decision(file, &raw.decided())?;
    let verdict = parse_verdict(&raw.verdict.value).ok_or_else(|| {
        problem(
            Code::YamlType,
            &raw.verdict.referenced,
            format!("unknown verdict `{}`", raw.verdict.value),
            "one of: conflict, drift, tension, agree",
        )
    })?;
    let claims = raw.claims.iter().map(|claim| claim.value.clone()).collect();
    let values = raw
        .values
        .iter()
        .map(|(claim, seen)| {
            let seen = Seen {
                value: seen.value.0.clone(),
                normalized: seen.normalized.0.clone(),
            };
            (claim.clone(), seen)
        })
        .collect();
    let history = raw
        .history
        .iter()
        .map(|earlier| validate_decision(file, &earlier.value))
        .collect::<Result<_, _>>()?;
    let offset = file.span(&spanned.referenced).map_or(0, |span| span.start);
    Ok(Entry {
        id,
        decision: raw.decision,
        note,
        by,
        on,
        verdict,
        claims,
        values,
        history,
        offset,
        line: usize::try_from(spanned.referenced.line()).unwrap_or(0),
    })
}

/// The fields every decision has, current or earlier: an id, a note, who and when.
fn validate_decision(file: &YamlFile<RawDecisions>, raw: &RawEarlier) -> Result<Earlier, Diagnostic> {
    let problem = |code: Code, location: &serde_saphyr::Location, message: String, help: &str| {
        Diagnostic::new(code, file.file, file.span(location), message).with_help(help.to_owned())
    };
    let id = DiscrepancyId::parse(&raw.id.value).ok_or_else(|| {
        problem(
            Code::InvalidId,
            &raw.id.referenced,
            format!("`{}` is not a discrepancy id", raw.id.value),
            "an id reads `subject/property#hash`, as `crosscheck check` prints it",
        )
    })?;
    for (field, text) in [("note", &raw.note), ("by", &raw.by)] {
        if text.value.trim().is_empty() {
            return Err(problem(
                Code::YamlType,
                &text.referenced,
                format!("the `{field}` of `{id}` is empty"),
                "say why the discrepancy is acceptable and who decided",
            ));
        }
    }
    let on = raw.on.value.0.parse::<Date>().map_err(|_| {
        problem(
            Code::InvalidDate,
            &raw.on.referenced,
            format!("`{}` is not a date", raw.on.value.0),
            "write the day of the decision as YYYY-MM-DD",
        )
    })?;
    Ok(Earlier {
        id,
        decision: raw.decision,
        note: raw.note.value.clone(),
        by: raw.by.value.clone(),
        on,
    })
}

/// A verdict by its lower-case name.
pub fn parse_verdict(text: &str) -> Option<Verdict> {
    [Verdict::Agree, Verdict::Tension, Verdict::Drift, Verdict::Conflict]
        .into_iter()
        .find(|verdict| verdict.as_str() == text.trim())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Style;

    fn load(text: &str) -> Result<Decisions, String> {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("reviewed.yaml");
        std::fs::write(&path, text).expect("written");
        Decisions::load(&path).map_err(|problems| {
            problems
                .render(Style::Short)
                .replace(&dir.path().display().to_string(), "DIR")
        })
    }

    const GOOD: &str = "reviewed:\n  - id: omar-diaby/age#2cdfb0\n    decision: keep-both\n    note: Both.\n    \
                        by: A. Editor\n    on: 2026-11-23\n    verdict: conflict\n    claims: [a/x, b/x]\n";

    #[test]
    fn a_good_file_loads_with_positions() {
        let decisions = load(GOOD).expect("valid");
        let entry = &decisions.entries[0];
        assert_eq!(entry.id.to_string(), "omar-diaby/age#2cdfb0");
        assert_eq!(entry.decision, Decision::KeepBoth);
        assert_eq!((entry.line, &GOOD[entry.offset..entry.offset + 2]), (2, "id"));
    }

    #[test]
    fn bad_entries_name_file_line_and_column() {
        let cases = [
            (
                "omar-diaby/age#2cdfb0",
                "omar-diaby/age",
                "DIR/reviewed.yaml:2:9: error[invalid-id]",
            ),
            (
                "on: 2026-11-23",
                "on: 2026-02-30",
                "DIR/reviewed.yaml:6:9: error[invalid-date]",
            ),
            ("keep-both", "keep-all", "error[yaml-type]"),
            (
                "verdict: conflict",
                "verdict: clash",
                "DIR/reviewed.yaml:7:14: error[yaml-type]",
            ),
            ("    claims", "    colour: red\n    claims", "error[unknown-field]"),
        ];
        for (from, to, expected) in cases {
            let problems = load(&GOOD.replacen(from, to, 1)).expect_err(to);
            assert!(problems.contains(expected), "{to}: {problems}");
        }
    }

    #[test]
    fn values_and_history_load_and_a_bad_earlier_decision_is_placed() {
        let full = format!(
            "{GOOD}    values:\n      a/x: {{value: 50, normalized: \"50\"}}\n    history:\n      - id: \
             omar-diaby/age#111111\n        decision: explained\n        note: Earlier.\n        by: B\n        \
             on: 2026-11-01\n"
        );
        let decisions = load(&full).expect("valid");
        let entry = &decisions.entries[0];
        assert_eq!(entry.values["a/x"].value, "50");
        assert_eq!(entry.history[0].note, "Earlier.");
        assert_eq!(entry.history[0].id.to_string(), "omar-diaby/age#111111");
        let problems = load(&full.replace("on: 2026-11-01", "on: 2026-13-01")).expect_err("a bad date");
        assert!(
            problems.contains("DIR/reviewed.yaml:16:13: error[invalid-date]"),
            "{problems}"
        );
    }

    #[test]
    fn two_decisions_for_one_discrepancy_are_refused() {
        let twice = format!(
            "{GOOD}{}",
            GOOD.trim_start_matches("reviewed:\n").replace("2cdfb0", "aaaaaa")
        );
        let problems = load(&twice).expect_err("duplicate");
        assert!(
            problems.contains("error[duplicate-id]") && problems.contains("omar-diaby/age"),
            "{problems}"
        );
    }
}
