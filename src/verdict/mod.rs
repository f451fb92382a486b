//! Editorial judgement: every group of claims about one subject and property gets a
//! verdict (agree, tension, drift, conflict) and a one-line reason naming the values and
//! their normal forms. Pure functions of the corpus and its graph.

mod compare;
mod derive;
mod normal;
mod rules;
mod support;

pub use normal::Normal;
pub use support::{Support, origins, support};

use crate::graph::{ClaimGraph, Group};
use crate::model::{Claim, ClaimRef, Corpus};
use rules::{Side, judge_pair};
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
    /// Why, naming both values and their normal forms.
    pub reason: String,
    /// The claims compared: two for a pair, more for a derived check.
    pub claims: Vec<ClaimRef>,
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
    /// The reason for it.
    pub reason: String,
    /// Every pair that does not simply agree, most severe first.
    pub findings: Vec<Finding>,
    /// For a derived check (claims of different properties implying facts about each
    /// other), what was derived: `"August 2020" to "February 2022" is 18 months`.
    pub derivation: Option<String>,
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
}

/// Judges every group of two or more claims, and every derived check the groups allow, most
/// severe first, then by subject and property. Agreement says how many independent origins
/// (the graph's comes-through edges) stand behind it.
pub fn judge(corpus: &Corpus, graph: &ClaimGraph, groups: Vec<Group>) -> Vec<Judged> {
    let derived = derive::derive(corpus, &groups);
    let mut judged: Vec<Judged> = groups
        .into_iter()
        .filter(|group| group.claims.len() >= 2)
        .filter_map(|group| judge_group(corpus, group))
        .map(|mut judged| {
            if judged.verdict == Verdict::Agree {
                judged.reason = support::with_corroboration(std::mem::take(&mut judged.reason), &judged, corpus, graph);
            }
            judged
        })
        .chain(derived)
        .collect();
    judged.sort_by(|a, b| {
        b.verdict
            .cmp(&a.verdict)
            .then_with(|| a.group.subject.cmp(&b.group.subject))
            .then_with(|| a.group.property.cmp(&b.group.property))
    });
    judged
}

/// Judges one group: each pair of claims, the worst pair deciding.
fn judge_group(corpus: &Corpus, group: Group) -> Option<Judged> {
    let property = corpus.properties.get(&group.property)?;
    let claims: Vec<_> = group
        .claims
        .iter()
        .filter_map(|&at| corpus.claim(at).map(|claim| (at, claim)))
        .collect();
    let normals: Vec<Normal> = claims.iter().map(|(_, claim)| Normal::of(claim, property)).collect();
    let mut findings = Vec::new();
    let mut agreements = 0;
    for (i, ((at_a, a), normal_a)) in claims.iter().zip(&normals).enumerate() {
        for ((at_b, b), normal_b) in claims.iter().zip(&normals).skip(i + 1) {
            let side_a = Side {
                claim: a,
                normal: normal_a,
            };
            let side_b = Side {
                claim: b,
                normal: normal_b,
            };
            let (verdict, reason) = judge_pair(&side_a, &side_b, property, corpus);
            if verdict == Verdict::Agree {
                agreements += 1;
            } else {
                findings.push(Finding {
                    verdict,
                    reason,
                    claims: vec![*at_a, *at_b],
                });
            }
        }
    }
    findings.sort_by_key(|finding| std::cmp::Reverse(finding.verdict));
    let (verdict, reason) = match findings.first() {
        Some(worst) => (worst.verdict, summarise(worst, findings.len(), agreements)),
        None => (Verdict::Agree, agreement_reason(&claims, &normals, corpus)),
    };
    Some(Judged {
        group,
        normals,
        verdict,
        reason,
        findings,
        derivation: None,
    })
}

fn summarise(worst: &Finding, findings: usize, agreements: usize) -> String {
    let others = findings - 1;
    if others == 0 && agreements == 0 {
        return worst.reason.clone();
    }
    let mut tail = Vec::new();
    if others > 0 {
        tail.push(format!(
            "{others} more pair{} to look at",
            if others == 1 { "" } else { "s" }
        ));
    }
    if agreements > 0 {
        tail.push(format!("{agreements} agreeing"));
    }
    format!("{} [{}]", worst.reason, tail.join("; "))
}

fn agreement_reason(claims: &[(ClaimRef, &crate::model::Claim)], normals: &[Normal], corpus: &Corpus) -> String {
    let values: Vec<String> = claims
        .iter()
        .zip(normals)
        .map(|((_, claim), normal)| format!("\"{}\" {} ({})", claim.written, normal.describe(corpus), claim.source))
        .collect();
    format!("all {} claims are compatible: {}", claims.len(), values.join(", "))
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod laws;
