//! The pipeline every view reads: a corpus's graph, its groups judged, every discrepancy
//! reviewed against the decisions, what a filter keeps, and the evidence of what is shown.
//! It sits below [`crate::report`]: reports read an [`Analysis`] and make the words.

use crate::decisions::{Decisions, Standing, Standings};
use crate::graph::ClaimGraph;
use crate::model::{Claim, ClaimRef, Corpus};
use crate::truth::{Discovery, Estimate, Estimation, Method, Reliability, joined_lists};
use crate::verdict::{Judged, Verdict, add_evidence, judge_without_evidence, voices};
use std::collections::HashSet;

/// A judged corpus: the corpus, its groups with verdicts, and the claims no other claim
/// shares a subject and property with.
pub struct Analysis<'c> {
    /// The corpus.
    pub corpus: &'c Corpus,
    /// Its graph (empty for a summary, which counts verdicts and needs none).
    pub graph: ClaimGraph,
    /// Groups of two or more claims, most severe first.
    pub groups: Vec<Judged>,
    /// Claims alone in their group.
    pub singles: Vec<ClaimRef>,
    /// The id and review of every discrepancy, and stale decisions.
    pub standings: Standings,
    /// The best-supported reading of every group and the reliability of every source, under
    /// the default method, over the whole corpus (`None` for a summary, which does not show
    /// them).
    pub truth: Option<Discovery>,
}

/// Counts of groups by verdict.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Tally {
    /// Groups whose claims agree.
    pub agree: usize,
    /// Groups in tension.
    pub tension: usize,
    /// Groups that drifted.
    pub drift: usize,
    /// Groups in conflict.
    pub conflict: usize,
}

impl<'c> Analysis<'c> {
    /// Builds the graph of a corpus and judges every group, with no reviewed decisions.
    pub fn of(corpus: &'c Corpus) -> Self {
        Self::reviewed(corpus, &Decisions::empty())
    }

    /// Builds the graph of a corpus, judges every group and reviews every discrepancy
    /// against the reviewed decisions (before any filter, so that stale decisions are those
    /// of the whole corpus).
    pub fn reviewed(corpus: &'c Corpus, decisions: &Decisions) -> Self {
        Self::shown(corpus, decisions, &Filter::default())
    }

    /// Like [`Analysis::reviewed`], keeping only what the filter selects; the evidence of
    /// findings and the best-supported readings are found for the groups kept only.
    pub fn shown(corpus: &'c Corpus, decisions: &Decisions, filter: &Filter) -> Self {
        let mut analysis = Self::without_evidence(corpus, decisions, filter, true, true);
        add_evidence(&mut analysis.groups, corpus);
        analysis
    }

    /// Like [`Analysis::reviewed`], without the best-supported readings and the sources'
    /// reliabilities: every group's verdict, reason, origins and review, for a table of groups.
    pub fn judged(corpus: &'c Corpus, decisions: &Decisions) -> Self {
        let mut analysis = Self::without_evidence(corpus, decisions, &Filter::default(), true, false);
        add_evidence(&mut analysis.groups, corpus);
        analysis
    }

    /// Like [`Analysis::shown`], without the evidence: for a summary, which counts verdicts,
    /// differences and reviews only.
    pub fn counted(corpus: &'c Corpus, decisions: &Decisions, filter: &Filter) -> Self {
        Self::without_evidence(corpus, decisions, filter, false, false)
    }

    /// Every group judged and reviewed, then what the filter keeps, without the evidence of
    /// findings; with the claim graph when `graph`, and the best-supported readings of the
    /// groups kept and the reliabilities when `estimate` (which needs the graph).
    fn without_evidence(
        corpus: &'c Corpus,
        decisions: &Decisions,
        filter: &Filter,
        graph: bool,
        estimate: bool,
    ) -> Self {
        // A summary judges and counts the groups only: it never builds the graph.
        let graph = if graph || estimate {
            ClaimGraph::build(corpus)
        } else {
            ClaimGraph::empty()
        };
        let groups = crate::graph::groups(corpus);
        let estimation = estimate.then(|| Estimation::run(corpus, &graph, &groups, Method::DEFAULT));
        let lone: Vec<ClaimRef> = groups
            .iter()
            .filter(|group| group.claims.len() == 1)
            .flat_map(|group| group.claims.iter().copied())
            .collect();
        let groups = judge_without_evidence(corpus, groups);
        // Only a derived check can take in a claim that is alone in its own group.
        let derived: HashSet<ClaimRef> = groups
            .iter()
            .filter(|judged| judged.derivation.is_some())
            .flat_map(|judged| judged.group.claims.iter().copied())
            .collect();
        let reviews = Standings::of(corpus, &groups, decisions);
        let mut analysis = Analysis {
            corpus,
            graph,
            groups,
            singles: lone.into_iter().filter(|at| !derived.contains(at)).collect(),
            standings: reviews,
            truth: None,
        }
        .filter(filter);
        analysis.truth = estimation.map(|estimation| analysis.discovery(estimation));
        analysis
    }

    /// The best-supported readings of the groups kept, and the sources' reliabilities.
    fn discovery(&self, estimation: Estimation) -> Discovery {
        let (corpus, groups) = (self.corpus, self.groups.as_slice());
        let wanted = keys(groups.iter().filter(|judged| judged.derivation.is_none()));
        let agreeing = keys(agreeing(groups));
        let mut truth = estimation.finish(
            corpus,
            |subject, property| wanted.contains(&(subject, property)),
            |subject, property| agreeing.contains(&(subject, property)),
        );
        joined_values(&mut truth, corpus, groups);
        origins_as_voices(&mut truth, corpus, &self.graph, groups);
        truth
    }

    /// The best-supported reading of a group (none for a derived check, whose claims are of
    /// several properties).
    pub fn estimate(&self, judged: &Judged) -> Option<&Estimate> {
        if judged.derivation.is_some() {
            return None;
        }
        self.truth
            .as_ref()?
            .estimate(&judged.group.subject, &judged.group.property)
    }

    /// The reliability of a source, by index in the corpus.
    pub fn reliability(&self, source: usize) -> Option<&Reliability> {
        self.truth.as_ref()?.reliability.get(source)
    }

    /// The id and review of a group, when it is a discrepancy (its verdict is not `agree`).
    pub fn standing(&self, judged: &Judged) -> Option<&Standing> {
        self.standings.of_group(judged)
    }

    /// Whether a shown group is a conflict that no decision covers as it is now (the check
    /// then fails).
    pub fn has_unreviewed_conflicts(&self) -> bool {
        self.groups
            .iter()
            .any(|judged| self.standing(judged).is_some_and(Standing::fails))
    }

    /// Keeps only what the filter selects.
    fn filter(mut self, filter: &Filter) -> Self {
        let corpus = self.corpus;
        self.groups
            .retain(|judged| filter.verdicts.is_empty() || filter.verdicts.contains(&judged.verdict));
        self.groups
            .retain(|judged| filter.subjects.is_empty() || filter.subjects.contains(&judged.group.subject));
        self.groups.retain(|judged| {
            filter.sources.is_empty()
                || judged.group.claims.iter().any(|&at| {
                    corpus
                        .claim(at)
                        .is_some_and(|claim| filter.sources.iter().any(|source| *source == claim.source))
                })
        });
        let keep_single = |claim: &Claim| {
            filter.verdicts.is_empty()
                && (filter.subjects.is_empty() || filter.subjects.iter().any(|subject| *subject == claim.subject))
                && (filter.sources.is_empty() || filter.sources.iter().any(|source| *source == claim.source))
        };
        self.singles.retain(|&at| corpus.claim(at).is_some_and(keep_single));
        self
    }

    /// Groups by verdict.
    pub fn tally(&self) -> Tally {
        let mut tally = Tally::default();
        for judged in &self.groups {
            match judged.verdict {
                Verdict::Agree => tally.agree += 1,
                Verdict::Tension => tally.tension += 1,
                Verdict::Drift => tally.drift += 1,
                Verdict::Conflict => tally.conflict += 1,
            }
        }
        tally
    }

    /// How the groups' values differ: in value, only in how they are written, or not at all.
    pub fn differences(&self) -> Differences {
        let mut differences = Differences::default();
        for judged in &self.groups {
            let claims: Vec<&Claim> = judged
                .group
                .claims
                .iter()
                .filter_map(|&at| self.corpus.claim(at))
                .collect();
            let same_normal = judged
                .normals
                .iter()
                .all(|normal| Some(normal) == judged.normals.first());
            let same_writing = claims
                .iter()
                .all(|claim| claims.first().is_some_and(|first| first.written == claim.written));
            match (same_normal, same_writing) {
                (false, _) => differences.in_value += 1,
                (true, false) => differences.in_form_only += 1,
                (true, true) => differences.none += 1,
            }
        }
        differences
    }

    /// Whether any group is in conflict (the check then fails).
    pub fn has_conflicts(&self) -> bool {
        self.groups.iter().any(|judged| judged.verdict == Verdict::Conflict)
    }
}

/// Groups by how their values differ: normal forms that differ; the same normal form
/// written differently (`2:07 PMDec 01` and `12/1/11 2:07 PM (-05:00)`); written alike.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Differences {
    /// Groups whose normal forms differ.
    pub in_value: usize,
    /// Groups with one normal form, written in more than one way.
    pub in_form_only: usize,
    /// Groups whose claims are all written alike.
    pub none: usize,
}

/// Which groups and claims a report shows; empty lists select everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Verdicts to show.
    pub verdicts: Vec<Verdict>,
    /// Canonical subject ids to show.
    pub subjects: Vec<String>,
    /// Source ids whose groups to show.
    pub sources: Vec<String>,
}

/// The subject and property of each group.
fn keys<'a>(groups: impl Iterator<Item = &'a Judged>) -> foldhash::HashSet<(&'a str, &'a str)> {
    groups
        .map(|judged| (judged.group.subject.as_str(), judged.group.property.as_str()))
        .collect()
}

/// The groups whose claims agree (a derived check, of several properties, has no estimate):
/// the agreed value stands as the estimate of each, backed by all its claims.
fn agreeing(groups: &[Judged]) -> impl Iterator<Item = &Judged> {
    groups
        .iter()
        .filter(|judged| judged.verdict == Verdict::Agree && judged.derivation.is_none())
}

/// Lists that agree only add members to one another, so their agreed value is every member
/// they name, together.
fn joined_values(truth: &mut Discovery, corpus: &Corpus, groups: &[Judged]) {
    for judged in agreeing(groups) {
        let group = &judged.group;
        if let Some((normal, written)) = joined_lists(corpus, judged)
            && let Some(estimate) = truth.estimate_mut(&group.subject, &group.property)
        {
            estimate.normal = normal;
            estimate.value = written;
        }
    }
}

/// Counts each estimate's independent origins as its group's are counted: the group's voices
/// (claims that share an origin, are attributed to one party, or are joined through others)
/// that back the estimate, so "by 2 of 3 independent origins" never names more than the
/// group has. Sources found to copy one another stay counted once.
fn origins_as_voices(truth: &mut Discovery, corpus: &Corpus, graph: &ClaimGraph, groups: &[Judged]) {
    for judged in groups.iter().filter(|judged| judged.derivation.is_none()) {
        let group = &judged.group;
        let Some(estimate) = truth.estimate_mut(&group.subject, &group.property) else {
            continue;
        };
        let backing: HashSet<&str> = estimate
            .claims
            .iter()
            .flat_map(|&at| graph.origin_names(at, corpus))
            .collect();
        let backed = voices(&group.claims, corpus, graph)
            .iter()
            .filter(|voice| voice.iter().any(|name| backing.contains(name)))
            .count();
        estimate.origins = estimate.origins.min(backed);
    }
}
