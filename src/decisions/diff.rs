//! What a change to a corpus did: discrepancies added, resolved or changed, and claims
//! added, removed or changed per source, between an old and a new state of a corpus.

use super::id::DiscrepancyId;
use super::review::{Standing, Standings};
use crate::model::{Claim, Corpus, Source};
use crate::verdict::{Judged, Verdict};
use std::collections::{BTreeMap, BTreeSet};

/// A group as one side of a diff sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discrepancy {
    /// Its id.
    pub id: DiscrepancyId,
    /// Display name of the subject.
    pub subject_name: String,
    /// Display name of the property.
    pub property_name: String,
    /// Its verdict.
    pub verdict: Verdict,
    /// Why, in a reporter's words (empty when the claims agree).
    pub reason: String,
    /// Its claims, as sorted `source/claim` keys.
    pub claims: Vec<String>,
}

/// One discrepancy that a change added, resolved or changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupChange {
    /// The group before (`None`: there was no such group).
    pub old: Option<Discrepancy>,
    /// The group after (`None`: it is gone).
    pub new: Option<Discrepancy>,
    /// Its review in the new state, when it is still a discrepancy.
    pub review: Option<Standing>,
    /// Its claims (`source/claim`) whose value, quote or qualifiers were edited.
    pub edited: Vec<String>,
}

impl GroupChange {
    /// Whether the change leaves a conflict that no decision covers as it is now.
    pub fn fails(&self) -> bool {
        self.review.as_ref().is_some_and(Standing::fails)
    }
}

/// What happened to one source's file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceStatus {
    /// The source is new.
    Added,
    /// The source is gone.
    Removed,
    /// Some of its claims were added, removed or edited.
    Changed,
}

impl SourceStatus {
    /// The kebab-case name used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            SourceStatus::Added => "added",
            SourceStatus::Removed => "removed",
            SourceStatus::Changed => "changed",
        }
    }
}

/// The claims of one source that a change touched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceChange {
    /// Source id.
    pub source: String,
    /// What happened to it.
    pub status: SourceStatus,
    /// Claim ids added.
    pub added: Vec<String>,
    /// Claim ids removed.
    pub removed: Vec<String>,
    /// Claim ids whose subject, property, value, quote or qualifiers changed.
    pub changed: Vec<String>,
}

/// Everything a change did to a corpus.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CorpusDiff {
    /// Discrepancies that did not exist before.
    pub added: Vec<GroupChange>,
    /// Discrepancies that are gone or now agree.
    pub resolved: Vec<GroupChange>,
    /// Discrepancies whose verdict changed, that gained or lost claims, or whose claims were
    /// edited.
    pub changed: Vec<GroupChange>,
    /// Sources whose claims changed, by id.
    pub sources: Vec<SourceChange>,
}

/// One state of a corpus: the corpus, its judged groups, and how a reporter words a
/// group's reason.
pub struct State<'a> {
    /// The corpus.
    pub corpus: &'a Corpus,
    /// Its judged groups.
    pub groups: &'a [Judged],
    /// The reason of a group, in a reporter's words.
    pub reason: &'a dyn Fn(&Judged) -> String,
}

impl CorpusDiff {
    /// Compares two states; `reviews` are those of the new state.
    pub fn between(old: &State, new: &State, reviews: &Standings) -> Self {
        let before = discrepancies(old);
        let after = discrepancies(new);
        let mut diff = CorpusDiff {
            sources: source_changes(old.corpus, new.corpus),
            ..CorpusDiff::default()
        };
        let edited: BTreeSet<String> = diff
            .sources
            .iter()
            .flat_map(|change| change.changed.iter().map(|id| format!("{}/{id}", change.source)))
            .collect();
        for (prefix, now) in &after {
            let then = before.get(prefix).filter(|d| d.verdict != Verdict::Agree);
            if now.verdict == Verdict::Agree {
                continue;
            }
            let change = GroupChange {
                old: then.cloned(),
                new: Some(now.clone()),
                review: reviews.get(&now.id.subject, &now.id.property).cloned(),
                edited: now.claims.iter().filter(|key| edited.contains(*key)).cloned().collect(),
            };
            match then {
                None => diff.added.push(change),
                Some(then) if then.id != now.id || then.verdict != now.verdict || !change.edited.is_empty() => {
                    diff.changed.push(change)
                }
                Some(_) => {}
            }
        }
        for (prefix, then) in &before {
            let now = after.get(prefix);
            if then.verdict != Verdict::Agree && now.is_none_or(|now| now.verdict == Verdict::Agree) {
                diff.resolved.push(GroupChange {
                    old: Some(then.clone()),
                    new: now.cloned(),
                    review: None,
                    edited: Vec::new(),
                });
            }
        }
        diff
    }

    /// Whether the change introduces a conflict no decision covers.
    pub fn fails(&self) -> bool {
        self.added.iter().chain(&self.changed).any(GroupChange::fails)
    }

    /// Whether the change did nothing crosscheck sees.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.resolved.is_empty() && self.changed.is_empty() && self.sources.is_empty()
    }
}

fn discrepancies(state: &State) -> BTreeMap<String, Discrepancy> {
    let corpus = state.corpus;
    state
        .groups
        .iter()
        .map(|judged| {
            let (id, claims) = DiscrepancyId::with_claims(corpus, judged);
            let claims = DiscrepancyId::keys(corpus, &claims);
            let property = &judged.group.property;
            let discrepancy = Discrepancy {
                subject_name: corpus.entity_name(&judged.group.subject).to_owned(),
                property_name: corpus
                    .properties
                    .get(property)
                    .map_or(property.clone(), |p| p.name.clone()),
                verdict: judged.verdict,
                reason: if judged.verdict == Verdict::Agree {
                    String::new()
                } else {
                    (state.reason)(judged)
                },
                claims,
                id,
            };
            (discrepancy.id.prefix(), discrepancy)
        })
        .collect()
}

/// What a claim says, for telling whether it was edited.
fn content(claim: &Claim) -> impl PartialEq + '_ {
    (
        &claim.subject,
        &claim.property,
        &claim.written,
        &claim.quote,
        &claim.scope,
        (claim.as_of_explicit.then(|| claim.as_of.to_string())),
        &claim.hedge,
        (&claim.attribution, &claim.origin),
    )
}

fn source_changes(old: &Corpus, new: &Corpus) -> Vec<SourceChange> {
    let ids: BTreeSet<&str> = old.sources.iter().chain(&new.sources).map(|s| s.id.as_str()).collect();
    ids.into_iter()
        .filter_map(|id| {
            let (before, after) = (old.source(id), new.source(id));
            let (then, now) = (claims_of(before), claims_of(after));
            let added: Vec<String> = now
                .keys()
                .filter(|k| !then.contains_key(*k))
                .map(|k| k.to_string())
                .collect();
            let removed: Vec<String> = then
                .keys()
                .filter(|k| !now.contains_key(*k))
                .map(|k| k.to_string())
                .collect();
            let changed: Vec<String> = now
                .iter()
                .filter(|(k, claim)| then.get(*k).is_some_and(|old| content(old) != content(claim)))
                .map(|(k, _)| k.to_string())
                .collect();
            let status = match (before, after) {
                (None, Some(_)) => SourceStatus::Added,
                (Some(_), None) => SourceStatus::Removed,
                _ if added.is_empty() && removed.is_empty() && changed.is_empty() => return None,
                _ => SourceStatus::Changed,
            };
            Some(SourceChange {
                source: id.to_owned(),
                status,
                added,
                removed,
                changed,
            })
        })
        .collect()
}

fn claims_of(source: Option<&Source>) -> BTreeMap<&str, &Claim> {
    source
        .map(|source| source.claims.iter().map(|claim| (claim.id.as_str(), claim)).collect())
        .unwrap_or_default()
}
