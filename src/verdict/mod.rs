//! Editorial judgement: every group of claims about one subject and property gets a
//! verdict (agree, tension, drift, conflict), the rule behind it and, for each finding, its
//! evidence as data; reporters put them in words. Pure functions of the corpus.

mod compare;
mod derive;
mod edge;
mod evidence;
mod normal;
mod registry;
mod rules;
mod support;
mod sweep;
mod wording;

pub use compare::Why;
pub use edge::{Edge, Stretch};
pub use evidence::{Evidence, Facts, FitFacts, SideEvidence};
pub use normal::Normal;
pub use registry::{EXAMPLE_CATALOGUE, EXAMPLE_ENTITIES, ExampleClaim, Rule, RuleId, UnknownRule, rules};
pub use support::{Support, independent_origins, support, voices};

use crate::graph::Group;
use crate::model::{Claim, ClaimRef, Corpus, Property};
use foldhash::HashMap;
use rayon::prelude::*;
use rules::{Side, weigh_pair};
use std::fmt;

/// How badly the claims of a group disagree, from least to most severe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// The values are compatible.
    Agree,
    /// Compatible only loosely, or different in scope, qualifier or wording.
    Tension,
    /// Different, but on a property that changes over time, dated far enough apart.
    Drift,
    /// They cannot all be true.
    Conflict,
}

impl Verdict {
    /// The lower-case name used in reports and filters.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Agree => "agree",
            Verdict::Tension => "tension",
            Verdict::Drift => "drift",
            Verdict::Conflict => "conflict",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The verdict on one pair of claims.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// The verdict.
    pub verdict: Verdict,
    /// The rule that gave it.
    pub rule: RuleId,
    /// The claims compared: two for a pair, more for a derived check.
    pub claims: Vec<ClaimRef>,
    /// What it rests on, as data (`None` for a pair of a group judged by
    /// [`judge_without_evidence`] until [`add_evidence`] gathers it).
    pub evidence: Option<Evidence>,
}

impl Finding {
    /// The source whose own claims this conflict sets against each other, when every claim
    /// it names comes from that one source and is said in its own voice or one party's (an
    /// outlet that reports two parties disagreeing does not contradict itself, nor one that
    /// gives a toll lower than its own earlier one: that is a revision, said as such).
    pub fn contradicts_itself<'c>(&self, corpus: &'c Corpus) -> Option<&'c str> {
        if self.verdict != Verdict::Conflict || self.rule == RuleId::RunningTotalFell {
            return None;
        }
        let mut claims = self.claims.iter().map(|&at| corpus.claim(at));
        let first = claims.next()??;
        let rest: Option<Vec<&Claim>> = claims.collect();
        let one_voice = rest?
            .iter()
            .all(|claim| (&claim.source, &claim.party) == (&first.source, &first.party));
        one_voice.then_some(first.source.as_str())
    }
}

/// A group of claims with its verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct Judged {
    /// The group.
    pub group: Group,
    /// The normal form of each claim, in the group's order.
    pub normals: Vec<Normal>,
    /// The most severe verdict of any pair.
    pub verdict: Verdict,
    /// The rule behind the verdict: the most severe finding's; when the claims agree, the rule
    /// that let them agree ([`RuleId::Compatible`], or a hedge, granularity or wording rule).
    pub rule: RuleId,
    /// Every pair that does not simply agree, most severe first.
    pub findings: Vec<Finding>,
    /// For a derived check (claims of different properties implying facts about each
    /// other), the evidence of the check that decides its verdict (`"August 2020"` to
    /// `"February 2022"` is 18 calendar months, against a stated length).
    pub derivation: Option<Evidence>,
}

impl Judged {
    /// Each claim of the group with its place and normal form, in the group's order.
    pub fn sides<'a>(&'a self, corpus: &'a Corpus) -> impl Iterator<Item = (ClaimRef, &'a Claim, &'a Normal)> + 'a {
        self.group
            .claims
            .iter()
            .zip(&self.normals)
            .filter_map(|(&at, normal)| corpus.claim(at).map(|claim| (at, claim, normal)))
    }

    /// The verdict on the pair of claims `a` and `b` of the group, with its rule and evidence:
    /// the finding the group keeps for them, else the pair weighed now (a swept group keeps
    /// only each claim's worst finding, so a pair it does not list need not agree). `None`
    /// for a claim not in the group, or a pair of a derived check that it does not name.
    pub fn pair(&self, a: ClaimRef, b: ClaimRef, corpus: &Corpus) -> Option<Finding> {
        let kept = self
            .findings
            .iter()
            .find(|finding| finding.claims.contains(&a) && finding.claims.contains(&b));
        if let Some(finding) = kept {
            return Some(finding.clone());
        }
        if self.derivation.is_some() {
            return None;
        }
        let property = corpus.properties.get(&self.group.property)?;
        let side = |at: ClaimRef| {
            self.sides(corpus)
                .find(|(side, _, _)| *side == at)
                .map(|(_, claim, normal)| Side { claim, normal })
        };
        let (first, second) = (side(a)?, side(b)?);
        let (verdict, why) = weigh_pair(&first, &second, property, corpus);
        Some(Finding {
            verdict,
            rule: why.rule(),
            claims: vec![a, b],
            evidence: Some(evidence::evidence(&first, &second, &why, corpus)),
        })
    }
}

/// Judges every group of two or more claims (groups in parallel), and every derived check the
/// groups allow, most severe first, then by subject and property, with every finding's
/// evidence.
pub fn judge(corpus: &Corpus, groups: Vec<Group>) -> Vec<Judged> {
    let mut judged = judge_without_evidence(corpus, groups);
    add_evidence(&mut judged, corpus);
    judged
}

/// Like [`judge`], but the evidence of the findings of pairs is left out, to be gathered by
/// [`add_evidence`] for the groups that are shown: a large corpus has hundreds of thousands
/// of groups, and most reports show a few (a summary, none). Derived checks carry theirs.
pub fn judge_without_evidence(corpus: &Corpus, groups: Vec<Group>) -> Vec<Judged> {
    let derived = derive::derive(corpus, &groups);
    let mut judged: Vec<Judged> = groups
        .into_par_iter()
        .filter(|group| group.claims.len() >= 2)
        .filter_map(|group| judge_group(corpus, group))
        .collect();
    judged.extend(derived);
    judged.par_sort_by(|a, b| {
        b.verdict
            .cmp(&a.verdict)
            .then_with(|| a.group.subject.cmp(&b.group.subject))
            .then_with(|| a.group.property.cmp(&b.group.property))
    });
    judged
}

/// Gathers the evidence of every finding of groups judged by [`judge_without_evidence`]
/// (groups in parallel): the findings' pairs weighed again, nothing else.
pub fn add_evidence(judged: &mut [Judged], corpus: &Corpus) {
    judged
        .par_iter_mut()
        .filter(|judged| judged.findings.iter().any(|finding| finding.evidence.is_none()))
        .for_each(|judged| {
            if let Some(property) = corpus.properties.get(&judged.group.property) {
                let claims = claims_of(&judged.group, corpus);
                evidence_of_findings(&claims, &judged.normals, &mut judged.findings, (property, corpus));
            }
        });
}

/// Gathers the evidence of each finding of a group judged without it, weighing only the
/// findings' pairs again (a large group's in parallel).
// Indexing cannot fail: positions come from `claims`, and `normals` is built from the same
// claims one for one in `judge_group`.
#[allow(clippy::indexing_slicing)]
fn evidence_of_findings(
    claims: &[(ClaimRef, &Claim)],
    normals: &[Normal],
    findings: &mut [Finding],
    (property, corpus): (&Property, &Corpus),
) {
    let position: HashMap<ClaimRef, usize> = claims.iter().enumerate().map(|(i, &(at, _))| (at, i)).collect();
    let side = |at: &ClaimRef| {
        position.get(at).map(|&k| Side {
            claim: claims[k].1,
            normal: &normals[k],
        })
    };
    let gather = |finding: &mut Finding| {
        if let [Some(a), Some(b)] = [finding.claims.first(), finding.claims.get(1)].map(|at| at.and_then(side)) {
            let (_, why) = weigh_pair(&a, &b, property, corpus);
            finding.evidence = Some(evidence::evidence(&a, &b, &why, corpus));
        }
    };
    if findings.len() > PARALLEL_ITEMS {
        findings.par_iter_mut().for_each(gather);
    } else {
        findings.iter_mut().for_each(gather);
    }
}

/// Groups up to this size have every pair judged and listed (at most 28 pairs); larger
/// groups are swept, with cost O(n log n) and at most one finding per claim.
const SMALL_GROUP: usize = 8;

/// Judges one group, without reasons: the worst pair deciding. Every pair of a small group;
/// the pairs the sweep selects in a larger one.
fn judge_group(corpus: &Corpus, group: Group) -> Option<Judged> {
    let property = corpus.properties.get(&group.property)?;
    let claims = claims_of(&group, corpus);
    let normals: Vec<Normal> = map_in_parallel_if_large(&claims, |(_, claim)| Normal::of(claim, property));
    let (verdict, rule, findings) = if claims.len() <= SMALL_GROUP {
        judge_every_pair(&claims, &normals, (property, corpus))
    } else {
        judge_swept(&claims, &normals, (property, corpus))
    };
    Some(Judged {
        group,
        normals,
        verdict,
        rule,
        findings,
        derivation: None,
    })
}

/// The claims of a group that are in the corpus, with their places (the order of a judged
/// group's normal forms).
fn claims_of<'c>(group: &Group, corpus: &'c Corpus) -> Vec<(ClaimRef, &'c Claim)> {
    group
        .claims
        .iter()
        .filter_map(|&at| corpus.claim(at).map(|claim| (at, claim)))
        .collect()
}

/// The worst verdict of a group's findings and its rule, and the findings, most severe first.
type Outcome = (Verdict, RuleId, Vec<Finding>);

/// Every pair judged: every pair that does not simply agree is a finding (its evidence left
/// to [`add_evidence`]).
// Indexing cannot fail: `i`, `j` and `k` are positions in the group (`0..claims.len()`), and
// `normals` is built from `claims` one for one in `judge_group`.
#[allow(clippy::indexing_slicing)]
fn judge_every_pair(
    claims: &[(ClaimRef, &Claim)],
    normals: &[Normal],
    (property, corpus): (&Property, &Corpus),
) -> Outcome {
    let side = |k: usize| Side {
        claim: claims[k].1,
        normal: &normals[k],
    };
    let pairs = (0..claims.len()).flat_map(|i| (i + 1..claims.len()).map(move |j| (i, j)));
    let mut agreeing = RuleId::Compatible;
    let mut findings: Vec<Finding> = pairs
        .filter_map(|(i, j)| match weigh_pair(&side(i), &side(j), property, corpus) {
            (Verdict::Agree, why) => {
                agreeing = agreeing.max(why.rule());
                None
            }
            (verdict, why) => Some(Finding {
                verdict,
                rule: why.rule(),
                claims: vec![claims[i].0, claims[j].0],
                evidence: None,
            }),
        })
        .collect();
    evidence::most_telling_first(&mut findings, corpus);
    let (verdict, rule) = worst(&findings, agreeing);
    (verdict, rule, findings)
}

/// The pairs the sweep selects judged; the worst finding of each claim kept, once (their
/// evidence left to [`add_evidence`]).
// Indexing cannot fail: `i`, `j` and `k` are positions in the group (`0..claims.len()`), and
// `normals` is built from `claims` one for one in `judge_group`.
#[allow(clippy::indexing_slicing)]
fn judge_swept(claims: &[(ClaimRef, &Claim)], normals: &[Normal], (property, corpus): (&Property, &Corpus)) -> Outcome {
    let plain: Vec<&Claim> = claims.iter().map(|(_, claim)| *claim).collect();
    let side = |k: usize| Side {
        claim: claims[k].1,
        normal: &normals[k],
    };
    let mut pairs = sweep::candidate_pairs(&plain, normals, property, corpus);
    pairs.extend(pairs_within_sources(&plain, normals, property, corpus));
    pairs.sort_unstable();
    pairs.dedup();
    let verdicts = map_in_parallel_if_large(&pairs, |&(i, j)| {
        let (verdict, why) = weigh_pair(&side(i), &side(j), property, corpus);
        (verdict, why.rule())
    });
    let agreeing = verdicts
        .iter()
        .filter(|(verdict, _)| *verdict == Verdict::Agree)
        .map(|&(_, rule)| rule)
        .max()
        .unwrap_or(RuleId::Compatible);
    let mut worst_of: Vec<Option<usize>> = vec![None; claims.len()];
    let mut weighed: Vec<((usize, usize), Verdict, RuleId)> = Vec::new();
    for ((i, j), (verdict, rule)) in pairs.into_iter().zip(verdicts) {
        if verdict == Verdict::Agree {
            continue;
        }
        // Of pairs as bad, a claim keeps one within its own source: an outlet contradicting
        // itself is the finding an editor reads first.
        let own = |(a, b): (usize, usize)| claims[a].1.source == claims[b].1.source;
        for claim in [i, j] {
            let better = |kept: usize| {
                let (pair, kept_verdict, _) = weighed[kept];
                kept_verdict < verdict || (kept_verdict == verdict && own((i, j)) && !own(pair))
            };
            if worst_of[claim].is_none_or(better) {
                worst_of[claim] = Some(weighed.len());
            }
        }
        weighed.push(((i, j), verdict, rule));
    }
    let mut kept: Vec<usize> = worst_of.iter().flatten().copied().collect();
    kept.sort_unstable();
    kept.dedup();
    let mut findings: Vec<Finding> = kept
        .into_iter()
        .map(|at| {
            let ((i, j), verdict, rule) = weighed[at];
            Finding {
                verdict,
                rule,
                claims: vec![claims[i].0, claims[j].0],
                evidence: None,
            }
        })
        .collect();
    evidence::most_telling_first(&mut findings, corpus);
    let (verdict, rule) = worst(&findings, agreeing);
    (verdict, rule, findings)
}

/// The pairs of claims of one source the sweep should weigh too, so that a source
/// contradicting itself is found in a large group: every pair of a source's claims when it
/// has few in the group, else the sweep's pairs among them.
fn pairs_within_sources(
    claims: &[&Claim],
    normals: &[Normal],
    property: &Property,
    corpus: &Corpus,
) -> Vec<(usize, usize)> {
    let mut by_source: HashMap<&str, Vec<usize>> = HashMap::default();
    for (k, claim) in claims.iter().enumerate() {
        by_source.entry(claim.source.as_str()).or_default().push(k);
    }
    let mut pairs = Vec::new();
    for members in by_source.values().filter(|members| members.len() >= 2) {
        if members.len() <= SMALL_GROUP {
            pairs.extend(
                members
                    .iter()
                    .enumerate()
                    .flat_map(|(i, &a)| members.iter().skip(i + 1).map(move |&b| (a, b))),
            );
        } else {
            let own: Vec<&Claim> = members.iter().filter_map(|&k| claims.get(k).copied()).collect();
            let own_normals: Vec<Normal> = members.iter().filter_map(|&k| normals.get(k).cloned()).collect();
            let found = sweep::candidate_pairs(&own, &own_normals, property, corpus);
            pairs.extend(
                found
                    .into_iter()
                    .filter_map(|(i, j)| Some((*members.get(i)?, *members.get(j)?))),
            );
        }
    }
    pairs
}

/// Items of one group above which its claims are read, or its pairs weighed, in parallel
/// (groups are judged in parallel already; one very large group would keep one thread busy).
const PARALLEL_ITEMS: usize = 4096;

/// `f` of every item, in order; in parallel for many items.
fn map_in_parallel_if_large<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync + Send) -> Vec<R> {
    if items.len() > PARALLEL_ITEMS {
        items.par_iter().map(f).collect()
    } else {
        items.iter().map(f).collect()
    }
}

/// The verdict and rule of the first (most severe) finding; agreement by the rule that let
/// the values agree (a hedge, a finer granularity, a fuller wording) when there is none.
fn worst(findings: &[Finding], agreeing: RuleId) -> (Verdict, RuleId) {
    findings
        .first()
        .map_or((Verdict::Agree, agreeing), |finding| (finding.verdict, finding.rule))
}

#[cfg(test)]
mod registry_tests;
#[cfg(test)]
mod sweep_tests;
#[cfg(test)]
mod tests;

#[cfg(test)]
mod laws;
