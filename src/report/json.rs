//! The stable JSON report, schema `crosscheck/report@1` (see DESIGN and README): fields
//! may be added, never renamed or dropped without bumping the version.

use super::{Analysis, Differences, Tally};
use crate::graph::ClaimGraph;
use crate::model::{Claim, Corpus, Source};
use crate::verdict::Judged;
use serde::Serialize;

/// The schema name and version of the report.
pub const REPORT_SCHEMA: &str = "crosscheck/report@1";

#[derive(Serialize)]
struct Report<'a> {
    schema: &'static str,
    summary: Summary,
    sources: Vec<SourceOut<'a>>,
    groups: Vec<GroupOut<'a>>,
}

#[derive(Serialize)]
struct Summary {
    sources: usize,
    claims: usize,
    groups: usize,
    #[serde(flatten)]
    verdicts: Tally,
    single_claims: usize,
    differences: Differences,
}

#[derive(Serialize)]
struct SourceOut<'a> {
    id: &'a str,
    outlet: &'a str,
    title: &'a str,
    url: Option<&'a str>,
    published: String,
    published_note: Option<&'a str>,
    language: &'a str,
    origin: &'a [String],
    text: String,
    claims: usize,
}

#[derive(Serialize)]
struct GroupOut<'a> {
    subject: &'a str,
    subject_name: &'a str,
    property: &'a str,
    property_name: &'a str,
    verdict: &'static str,
    reason: &'a str,
    claims: Vec<ClaimOut<'a>>,
    findings: Vec<FindingOut<'a>>,
}

#[derive(Serialize)]
struct ClaimOut<'a> {
    source: &'a str,
    id: &'a str,
    value: &'a str,
    normalized: String,
    quote: &'a str,
    quote_line: usize,
    quote_span: [usize; 2],
    as_of: String,
    scope: Option<&'a str>,
    hedge: Option<&'a str>,
    attribution: Option<&'a str>,
    origin: String,
}

#[derive(Serialize)]
struct FindingOut<'a> {
    verdict: &'static str,
    reason: &'a str,
    claims: [String; 2],
}

/// Renders the analysis as the JSON report (pretty-printed, with a final newline).
pub fn render_json(analysis: &Analysis) -> String {
    let corpus = analysis.corpus;
    let graph = &analysis.graph;
    let report = Report {
        schema: REPORT_SCHEMA,
        summary: Summary {
            sources: corpus.sources.len(),
            claims: corpus.claims().count(),
            groups: analysis.groups.len(),
            verdicts: analysis.tally(),
            single_claims: analysis.singles.len(),
            differences: analysis.differences(),
        },
        sources: corpus.sources.iter().map(source_out).collect(),
        groups: analysis
            .groups
            .iter()
            .map(|judged| group_out(corpus, graph, judged))
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&report).unwrap_or_else(|error| format!("{{\"error\": \"{error}\"}}"));
    text.push('\n');
    text
}

fn source_out(source: &Source) -> SourceOut<'_> {
    SourceOut {
        id: &source.id,
        outlet: &source.outlet,
        title: &source.title,
        url: source.url.as_deref(),
        published: source.published.to_string(),
        published_note: source.published_note.as_deref(),
        language: &source.language,
        origin: &source.origin,
        text: source.text_path.display().to_string(),
        claims: source.claims.len(),
    }
}

fn group_out<'a>(corpus: &'a Corpus, graph: &ClaimGraph, judged: &'a Judged) -> GroupOut<'a> {
    let subject = judged.group.subject.as_str();
    let property = judged.group.property.as_str();
    let claims = judged
        .sides(corpus)
        .map(|(at, claim, normal)| claim_out(corpus, graph, at, claim, normal.to_string()))
        .collect();
    let findings = judged
        .findings
        .iter()
        .map(|finding| FindingOut {
            verdict: finding.verdict.as_str(),
            reason: &finding.reason,
            claims: finding
                .claims
                .map(|at| corpus.claim(at).map_or_else(String::new, Claim::key)),
        })
        .collect();
    GroupOut {
        subject,
        subject_name: corpus.entity_name(subject),
        property,
        property_name: corpus.properties.get(property).map_or(property, |p| p.name.as_str()),
        verdict: judged.verdict.as_str(),
        reason: &judged.reason,
        claims,
        findings,
    }
}

fn claim_out<'a>(
    corpus: &Corpus,
    graph: &ClaimGraph,
    at: crate::model::ClaimRef,
    claim: &'a Claim,
    normalized: String,
) -> ClaimOut<'a> {
    let origin = match graph.origin_of(at) {
        crate::graph::Origin::Upstream(name) => name,
        crate::graph::Origin::Source(index) => corpus
            .sources
            .get(index)
            .map_or_else(String::new, |source| source.id.clone()),
    };
    ClaimOut {
        source: &claim.source,
        id: &claim.id,
        value: &claim.written,
        normalized,
        quote: &claim.quote,
        quote_line: claim.span.line,
        quote_span: [claim.span.start, claim.span.end],
        as_of: claim.as_of.to_string(),
        scope: claim.scope.as_deref(),
        hedge: claim.hedge.as_deref(),
        attribution: claim.attribution.as_deref(),
        origin,
    }
}
