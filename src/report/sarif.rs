//! SARIF 2.1.0, for code-review tools such as GitHub code scanning: one result per finding
//! (a pair of claims, or the claims of a derived check, that do not simply agree), its rule
//! and level, a message in an editor's words, the first claim's line in its file as the
//! location and the other claims as related locations; every verdict rule is described in
//! `tool.driver.rules`. A reviewed discrepancy's findings carry an accepted suppression, so a
//! code-review tool shows them as dismissed. Results are written as they are made.

use super::{CheckView, Renderer, Review, SubjectView, property_name, qualified_value};
use crate::analysis::Analysis;
use crate::decisions::{Standing, Status};
use crate::model::{Claim, Corpus};
use crate::verdict::{Finding, Judged, Rule, RuleId, Verdict, rules};
use serde::{Serialize, Serializer};
use std::io::{self, Write};
use std::path::{Component, Path};

/// SARIF 2.1.0, each finding a result at its claim's line.
pub(super) struct SarifRenderer;

impl Renderer for SarifRenderer {
    fn check(&self, view: &CheckView, out: &mut dyn Write) -> io::Result<()> {
        write_sarif(view.analysis, out)
    }

    fn review(&self, review: &Review, out: &mut dyn Write) -> io::Result<()> {
        write_sarif(review.analysis, out)
    }

    fn show(&self, view: &SubjectView, out: &mut dyn Write) -> io::Result<()> {
        write_sarif(view.analysis, out)
    }
}

/// The schema the log names (the OASIS standard's, errata 01).
const SARIF_SCHEMA: &str = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// Writes the findings of the analysis as a SARIF log, pretty-printed, result by result.
fn write_sarif(analysis: &Analysis, out: &mut dyn Write) -> io::Result<()> {
    let log = Log {
        schema: SARIF_SCHEMA,
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: "crosscheck",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    rules: rules().iter().map(rule_out).collect(),
                },
            },
            column_kind: "unicodeCodePoints",
            results: Results(analysis),
        }],
    };
    super::parts::json::write_pretty(&log, out)
}

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    column_kind: &'static str,
    results: Results<'a>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    rules: Vec<RuleOut>,
}

/// A rule as SARIF describes it (a `reportingDescriptor`).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RuleOut {
    id: &'static str,
    short_description: Text,
    full_description: Text,
    help: Text,
    default_configuration: Configuration,
    properties: Tags,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct Tags {
    tags: [&'static str; 2],
}

/// A message: plain text, and Markdown where it says more.
#[derive(Serialize)]
struct Text {
    text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    markdown: Option<String>,
}

impl Text {
    fn plain(text: impl Into<String>) -> Self {
        Text {
            text: text.into(),
            markdown: None,
        }
    }
}

/// Every finding of the analysis, each made and written as it is serialized.
struct Results<'a>(&'a Analysis<'a>);

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ResultOut<'a> {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: [LocationOut; 1],
    related_locations: Vec<LocationOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    partial_fingerprints: Option<Fingerprints>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    suppressions: Vec<Suppression<'a>>,
    properties: ResultProperties<'a>,
}

#[derive(Serialize)]
struct Fingerprints {
    #[serde(rename = "crosscheckDiscrepancy/v1")]
    discrepancy: String,
}

#[derive(Serialize)]
struct Suppression<'a> {
    kind: &'static str,
    status: &'static str,
    justification: &'a str,
}

#[derive(Serialize)]
struct ResultProperties<'a> {
    subject: &'a str,
    property: &'a str,
    verdict: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    discrepancy: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    review: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct LocationOut {
    id: usize,
    physical_location: PhysicalLocation,
    message: Text,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: u32,
    start_column: u32,
}

impl Serialize for Results<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let analysis = self.0;
        serializer.collect_seq(analysis.groups.iter().flat_map(|judged| {
            let review = analysis.standing(judged);
            judged
                .findings
                .iter()
                .filter_map(move |finding| result_out(analysis.corpus, judged, finding, review))
        }))
    }
}

fn rule_out(rule: &Rule) -> RuleOut {
    let mut example = String::new();
    for claim in rule.example {
        example.push_str(&format!(
            "- {}  # {}, published {}\n",
            claim.to_yaml(),
            claim.source,
            claim.published
        ));
    }
    RuleOut {
        id: rule.id.as_str(),
        short_description: Text::plain(rule.summary),
        full_description: Text::plain(rule.why),
        help: Text {
            text: format!(
                "{}\n\nClaims judged {} by this rule:\n{example}\n`crosscheck rules {}` explains it.",
                rule.why,
                rule.verdict.as_str(),
                rule.id.as_str()
            ),
            markdown: Some(format!(
                "{}\n\n**Example** (judged {}):\n\n```yaml\n{example}```\n\n`crosscheck rules {}` explains it.",
                rule.why,
                rule.verdict.as_str(),
                rule.id.as_str()
            )),
        },
        default_configuration: Configuration {
            level: level(rule.verdict),
        },
        properties: Tags {
            tags: ["crosscheck", rule.verdict.as_str()],
        },
    }
}

fn result_out<'a>(
    corpus: &'a Corpus,
    judged: &'a Judged,
    finding: &'a Finding,
    review: Option<&'a Standing>,
) -> Option<ResultOut<'a>> {
    let mut claims = finding.claims.iter().filter_map(|&at| corpus.claim(at));
    let first = claims.next()?;
    let subject = corpus.entity_name(&judged.group.subject);
    let property = property_name(corpus, &judged.group.property);
    let mut message = format!(
        "{} on {property} of {subject}: {}",
        finding.verdict,
        super::reason::finding(finding, corpus)
    );
    if let Some(review) = review {
        message.push_str(&format!("\nDiscrepancy {}: {}", review.id(corpus), review.label()));
    }
    let keys: Vec<String> = finding
        .claims
        .iter()
        .filter_map(|&at| corpus.claim(at))
        .map(Claim::key)
        .collect();
    Some(ResultOut {
        rule_id: finding.rule.as_str(),
        rule_index: rule_index(finding.rule),
        level: level(finding.verdict),
        message: Text::plain(message),
        locations: [location(corpus, first, 0)],
        related_locations: claims
            .enumerate()
            .map(|(at, claim)| location(corpus, claim, at + 1))
            .collect(),
        partial_fingerprints: review.map(|review| Fingerprints {
            discrepancy: format!("{} {}", review.id(corpus), keys.join(" ")),
        }),
        suppressions: review.and_then(suppression).into_iter().collect(),
        properties: ResultProperties {
            subject: &judged.group.subject,
            property: &judged.group.property,
            verdict: finding.verdict.as_str(),
            discrepancy: review.map(|review| review.id(corpus).to_string()),
            review: review.map(|review| review.status.as_str()),
        },
    })
}

/// A reviewed discrepancy's findings are accepted, with the decision's note as the reason.
fn suppression(review: &Standing) -> Option<Suppression<'_>> {
    let decision = review.decision.as_ref().filter(|_| review.status == Status::Reviewed)?;
    Some(Suppression {
        kind: "external",
        status: "accepted",
        justification: decision.note.trim(),
    })
}

/// Where a claim is written, with what it says: `bfmtv-oumar-diaby: 50`.
fn location(corpus: &Corpus, claim: &Claim, id: usize) -> LocationOut {
    let (uri, uri_base_id) = artifact_uri(&corpus.root, &claim.file);
    LocationOut {
        id,
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation { uri, uri_base_id },
            region: Region {
                start_line: claim.line.max(1),
                start_column: claim.column.max(1),
            },
        },
        message: Text::plain(format!("{}: {}", claim.source, qualified_value(corpus, claim))),
    }
}

/// The address of a corpus file: relative to the folder crosscheck runs in (the repository's
/// root in CI, `%SRCROOT%`) when the corpus was given as a relative path, else a `file:` URI.
fn artifact_uri(root: &Path, file: &str) -> (String, Option<&'static str>) {
    let mut parts: Vec<String> = Vec::new();
    for component in root.components() {
        match component {
            Component::Normal(part) => parts.push(part.to_string_lossy().into_owned()),
            Component::ParentDir => parts.push("..".to_owned()),
            Component::CurDir | Component::RootDir | Component::Prefix(_) => {}
        }
    }
    parts.extend(file.split('/').map(str::to_owned));
    let path: Vec<String> = parts.iter().map(|part| percent_encoded(part)).collect();
    if root.is_absolute() {
        (format!("file:///{}", path.join("/")), None)
    } else {
        (path.join("/"), Some("%SRCROOT%"))
    }
}

/// A path segment with every byte but the URI's unreserved ones written `%XX`.
fn percent_encoded(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for byte in segment.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn rule_index(id: RuleId) -> usize {
    rules().iter().position(|rule| rule.id == id).unwrap_or(0)
}

/// Conflicts are errors; tension and drift, warnings (worth a look, not wrong).
fn level(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Conflict => "error",
        Verdict::Tension | Verdict::Drift => "warning",
        Verdict::Agree => "note",
    }
}

#[cfg(test)]
mod tests {
    use super::artifact_uri;
    use std::path::Path;

    #[test]
    fn files_are_addressed_from_where_the_corpus_was_given() {
        assert_eq!(
            artifact_uri(Path::new("./claims"), "sources/a b.yaml"),
            ("claims/sources/a%20b.yaml".to_owned(), Some("%SRCROOT%"))
        );
        assert_eq!(
            artifact_uri(Path::new("."), "bulk/rows.jsonl"),
            ("bulk/rows.jsonl".to_owned(), Some("%SRCROOT%"))
        );
        assert_eq!(
            artifact_uri(Path::new("/srv/corpus"), "sources/é.yaml"),
            ("file:///srv/corpus/sources/%C3%A9.yaml".to_owned(), None)
        );
    }
}
