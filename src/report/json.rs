//! The stable JSON report, schema `crosscheck/report@1` (see DESIGN and README): fields
//! may be added, never renamed or dropped without bumping the version.

use super::parts::json::{SourceOut, source_out, write_pretty};
use super::{CheckView, DiffView, Renderer, Review, SubjectView, origin_name, property_name};
use crate::analysis::{Analysis, Differences, Tally};
use crate::decisions::{Entry, Standing, Status};
use crate::graph::ClaimGraph;
use crate::model::{Claim, ClaimRef, Corpus};
use crate::report::reason;
use crate::truth::{Accuracy, Estimate, Reliability};
use crate::value::DateValue;
use crate::verdict::{Evidence, Judged, Normal, RuleId, independent_origins, support};
use serde::{Serialize, Serializer};
use std::borrow::Cow;
use std::fmt;
use std::io::{self, Write};

/// The schema name and version of the report.
pub const REPORT_SCHEMA: &str = "crosscheck/report@1";

#[derive(Serialize)]
struct Report<'a> {
    schema: &'static str,
    summary: Summary,
    sources: Vec<CheckSourceOut<'a>>,
    groups: GroupsOut<'a>,
    /// Named `baseline` since report@1: reports only gain fields.
    #[serde(rename = "baseline")]
    decisions: DecisionsOut<'a>,
}

/// The groups of the report, each made and written as it is serialized: a report of a million
/// claims would otherwise hold what it says of every claim at once.
struct GroupsOut<'a>(&'a Analysis<'a>);

/// The reviews against the decisions file: counts, what fails, and stale decisions.
#[derive(Serialize)]
struct DecisionsOut<'a> {
    file: Option<String>,
    discrepancies: usize,
    reviewed: usize,
    changed: usize,
    unreviewed: usize,
    failing: Vec<String>,
    stale: Vec<DecisionOut<'a>>,
}

/// A recorded decision as the file holds it.
#[derive(Serialize)]
struct DecisionOut<'a> {
    id: String,
    decision: &'static str,
    note: &'a str,
    by: &'a str,
    on: String,
    verdict: &'static str,
    claims: &'a [String],
    line: usize,
    /// Each claim's value when the decision was made (empty when it did not record them).
    values: &'a crate::decisions::SeenValues,
    /// The decisions it replaced, newest first.
    history: &'a [crate::decisions::Earlier],
}

/// Where a discrepancy stands: its status, the decision that covers it (or covered an
/// earlier state of it) and what changed since.
#[derive(Serialize)]
struct ReviewOut<'a> {
    status: &'static str,
    decision: Option<DecisionOut<'a>>,
    changes: &'a [String],
    /// The claims whose value changed since the decision recorded it.
    edited: &'a [crate::decisions::ValueChange],
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

/// A source as the report gives it: its metadata and how far its claims can be relied on.
#[derive(Serialize)]
struct CheckSourceOut<'a> {
    #[serde(flatten)]
    source: SourceOut<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reliability: Option<ReliabilityOut<'a>>,
}

/// A source's reliability: overall, and per property id.
#[derive(Serialize)]
struct ReliabilityOut<'a> {
    #[serde(flatten)]
    overall: AccuracyOut,
    by_property: std::collections::BTreeMap<&'a str, AccuracyOut>,
}

/// An accuracy with the claims it rests on and its 95% interval.
#[derive(Serialize)]
struct AccuracyOut {
    accuracy: f64,
    claims: usize,
    interval: [f64; 2],
}

/// The best-supported reading of a group.
#[derive(Serialize)]
struct EstimateOut<'a> {
    value: &'a str,
    normalized: String,
    confidence: f64,
    /// The lowest and highest confidence over the 95% ranges of the sources' accuracies.
    confidence_range: [f64; 2],
    claims: KeysOut<'a>,
    independent_origins: usize,
}

#[derive(Serialize)]
struct GroupOut<'a> {
    subject: &'a str,
    subject_name: &'a str,
    property: &'a str,
    property_name: &'a str,
    verdict: &'static str,
    rule: RuleId,
    reason: String,
    derivation: Option<String>,
    independent_origins: usize,
    claims: ClaimsOut<'a>,
    support: Vec<SupportOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    estimate: Option<EstimateOut<'a>>,
    findings: Vec<FindingOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    review: Option<ReviewOut<'a>>,
}

#[derive(Serialize)]
struct SupportOut<'a> {
    normalized: String,
    claims: KeysOut<'a>,
    sources: usize,
    origins: Vec<String>,
}

/// The claims of a group, each written into the report as it is serialized: a group can
/// hold a hundred thousand claims.
struct ClaimsOut<'a> {
    corpus: &'a Corpus,
    graph: &'a ClaimGraph,
    judged: &'a Judged,
}

#[derive(Serialize)]
struct ClaimOut<'a> {
    source: &'a str,
    id: &'a str,
    value: &'a str,
    normalized: String,
    readings: Readings<'a>,
    quote: &'a str,
    quote_line: usize,
    quote_span: [usize; 2],
    as_of: Shown<DateValue>,
    scope: Option<&'a str>,
    hedge: Option<&'a str>,
    attribution: Option<&'a str>,
    origin: &'a str,
}

#[derive(Serialize)]
struct FindingOut<'a> {
    verdict: &'static str,
    rule: RuleId,
    reason: String,
    claims: KeysOut<'a>,
    /// The source whose own claims conflict, when they all come from one source in one voice.
    #[serde(skip_serializing_if = "Option::is_none")]
    contradicts_itself: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    evidence: Option<&'a Evidence>,
}

/// Claims by key, `source/claim`, each written into the report as it is serialized.
struct KeysOut<'a> {
    corpus: &'a Corpus,
    claims: Cow<'a, [ClaimRef]>,
}

/// A claim's key, `source/claim` (empty for a claim not in the corpus).
struct Key<'a>(Option<&'a Claim>);

/// A value serialized as the string its `Display` writes, with no string in between.
struct Shown<T>(T);

impl Serialize for ClaimsOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (corpus, graph) = (self.corpus, self.graph);
        serializer.collect_seq(
            self.judged
                .sides(corpus)
                .map(|(at, claim, normal)| claim_out(corpus, graph, at, claim, normal)),
        )
    }
}

impl Serialize for GroupsOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let analysis = self.0;
        let (corpus, graph) = (analysis.corpus, &analysis.graph);
        serializer.collect_seq(analysis.groups.iter().map(|judged| {
            let estimate = analysis.estimate(judged);
            group_out(corpus, graph, (judged, estimate), analysis.standing(judged))
        }))
    }
}

impl Serialize for KeysOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.claims.iter().map(|&at| Shown(Key(self.corpus.claim(at)))))
    }
}

impl fmt::Display for Key<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(claim) => claim.key_parts().into_iter().try_for_each(|part| f.write_str(part)),
            None => Ok(()),
        }
    }
}

/// Every reading of a value in normal form: one for most values (its `normalized`, written
/// once for both fields), two for a date that reads two ways (`03/04/2025` without a date
/// order), whose `normalized` is `either A or B`.
enum Readings<'a> {
    /// The one reading, as written for `normalized`.
    One(String),
    /// A date that reads two ways.
    Two(&'a DateValue),
}

impl<'a> Readings<'a> {
    /// The readings of a value in normal form, `normalized` being how it is written.
    fn of(normal: &'a Normal, normalized: &str) -> Readings<'a> {
        match normal {
            Normal::Days(date) if date.is_ambiguous() => Readings::Two(date),
            _ => Readings::One(normalized.to_owned()),
        }
    }
}

impl Serialize for Readings<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Readings::Two(date) => serializer.collect_seq(date.each_reading().iter().map(Shown)),
            Readings::One(normalized) => serializer.collect_seq([normalized]),
        }
    }
}

impl<T: fmt::Display> Serialize for Shown<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

/// JSON: the report (`crosscheck/report@1`), the review, the subject view and the diff, each
/// with its schema.
pub(super) struct JsonRenderer;

impl Renderer for JsonRenderer {
    fn check(&self, view: &CheckView, out: &mut dyn Write) -> io::Result<()> {
        write_json(view.analysis, out)
    }

    fn review(&self, review: &Review, out: &mut dyn Write) -> io::Result<()> {
        super::review::write_review_json(review, out)
    }

    fn show(&self, view: &SubjectView, out: &mut dyn Write) -> io::Result<()> {
        super::show::write_show_json(view, out)
    }

    fn diff(&self, diff: &DiffView, out: &mut dyn Write) -> io::Result<()> {
        super::diff::write_diff_json(diff, out)
    }
}

/// Writes the analysis as the JSON report, piece by piece: a large report is never held
/// whole (a million claims make about 900 MB of it).
fn write_json(analysis: &Analysis, out: &mut dyn Write) -> io::Result<()> {
    let corpus = analysis.corpus;
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
        sources: corpus
            .sources
            .iter()
            .enumerate()
            .map(|(index, source)| CheckSourceOut {
                source: source_out(source),
                reliability: analysis.reliability(index).map(reliability_out),
            })
            .collect(),
        groups: GroupsOut(analysis),
        decisions: decisions_out(analysis),
    };
    write_pretty(&report, out)
}

fn accuracy_out(accuracy: &Accuracy) -> AccuracyOut {
    AccuracyOut {
        accuracy: accuracy.accuracy,
        claims: accuracy.claims,
        interval: [accuracy.interval.0, accuracy.interval.1],
    }
}

fn reliability_out(reliability: &Reliability) -> ReliabilityOut<'_> {
    ReliabilityOut {
        overall: accuracy_out(&reliability.overall),
        by_property: reliability
            .by_property
            .iter()
            .map(|(property, accuracy)| (property.as_str(), accuracy_out(accuracy)))
            .collect(),
    }
}

fn estimate_out<'a>(corpus: &'a Corpus, estimate: &'a Estimate) -> EstimateOut<'a> {
    EstimateOut {
        value: &estimate.value,
        normalized: estimate.normal.to_string(),
        confidence: estimate.backing.confidence,
        confidence_range: [estimate.backing.range.0, estimate.backing.range.1],
        claims: KeysOut {
            corpus,
            claims: Cow::Borrowed(&estimate.claims),
        },
        independent_origins: estimate.origins,
    }
}

fn decisions_out<'a>(analysis: &'a Analysis) -> DecisionsOut<'a> {
    let reviews = &analysis.standings;
    DecisionsOut {
        file: reviews.file.as_ref().map(|path| path.display().to_string()),
        discrepancies: reviews.groups.len(),
        reviewed: reviews.count(Status::Reviewed),
        changed: reviews.count(Status::Changed),
        unreviewed: reviews.count(Status::Unreviewed),
        failing: reviews
            .failing()
            .map(|review| review.id(analysis.corpus).to_string())
            .collect(),
        stale: reviews.stale.iter().map(decision_out).collect(),
    }
}

fn decision_out(entry: &Entry) -> DecisionOut<'_> {
    DecisionOut {
        id: entry.id.to_string(),
        decision: entry.decision.as_str(),
        note: &entry.note,
        by: &entry.by,
        on: entry.on.to_string(),
        verdict: entry.verdict.as_str(),
        claims: &entry.claims,
        line: entry.line,
        values: &entry.values,
        history: &entry.history,
    }
}

fn review_out(review: &Standing) -> ReviewOut<'_> {
    ReviewOut {
        status: review.status.as_str(),
        decision: review.decision.as_ref().map(decision_out),
        changes: &review.changes,
        edited: &review.edited,
    }
}

fn group_out<'a>(
    corpus: &'a Corpus,
    graph: &'a ClaimGraph,
    (judged, estimate): (&'a Judged, Option<&'a Estimate>),
    review: Option<&'a Standing>,
) -> GroupOut<'a> {
    let subject = judged.group.subject.as_str();
    let property = judged.group.property.as_str();
    let findings = judged
        .findings
        .iter()
        .map(|finding| FindingOut {
            verdict: finding.verdict.as_str(),
            rule: finding.rule,
            reason: reason::finding(finding, corpus),
            claims: KeysOut {
                corpus,
                claims: Cow::Borrowed(&finding.claims),
            },
            contradicts_itself: finding.contradicts_itself(corpus),
            evidence: finding.evidence.as_ref(),
        })
        .collect();
    let values = support(judged, corpus, graph);
    GroupOut {
        subject,
        subject_name: corpus.entity_name(subject),
        property,
        property_name: property_name(corpus, property),
        verdict: judged.verdict.as_str(),
        rule: judged.rule,
        reason: reason::group(judged, corpus, graph),
        derivation: reason::derivation(judged),
        independent_origins: independent_origins(judged, corpus, graph),
        claims: ClaimsOut { corpus, graph, judged },
        support: values
            .into_iter()
            .map(|value| SupportOut {
                normalized: value.value,
                claims: KeysOut {
                    corpus,
                    claims: Cow::Owned(value.claims),
                },
                sources: value.sources,
                origins: value.origins,
            })
            .collect(),
        estimate: estimate.map(|estimate| estimate_out(corpus, estimate)),
        findings,
        id: review.map(|review| review.id(corpus).to_string()),
        review: review.map(review_out),
    }
}

fn claim_out<'a>(
    corpus: &'a Corpus,
    graph: &'a ClaimGraph,
    at: ClaimRef,
    claim: &'a Claim,
    normal: &'a Normal,
) -> ClaimOut<'a> {
    let origin = origin_name(corpus, graph, at);
    let normalized = normal.to_string();
    ClaimOut {
        source: &claim.source,
        id: &claim.id,
        value: &claim.written,
        readings: Readings::of(normal, &normalized),
        normalized,
        quote: &claim.quote,
        quote_line: claim.span.line,
        quote_span: [claim.span.start, claim.span.end],
        as_of: Shown(claim.as_of),
        scope: claim.scope.as_deref(),
        hedge: claim.hedge.as_deref(),
        attribution: claim.attribution.as_deref(),
        origin,
    }
}
