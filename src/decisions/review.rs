//! Matching the discrepancies of a judged corpus against the reviewed decisions: each one is
//! reviewed, changed since its review, or unreviewed; decisions left over are stale. A
//! decision that recorded its claims' values is changed as soon as one of them is edited.

use super::file::{Decisions, Entry};
use super::id::DiscrepancyId;
use super::seen::{ValueChange, seen_in, value_changes};
use crate::model::{ClaimRef, Corpus};
use crate::verdict::{Judged, Verdict};
use rayon::prelude::*;
use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::OnceLock;

/// Where a discrepancy stands against the reviewed decisions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// A decision covers it as it is now.
    Reviewed,
    /// A decision covers an earlier state of it (other claims, another verdict, or values
    /// edited since).
    Changed,
    /// No decision covers it.
    Unreviewed,
}

impl Status {
    /// The kebab-case name used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Reviewed => "reviewed",
            Status::Changed => "changed",
            Status::Unreviewed => "unreviewed",
        }
    }
}

/// Where a discrepancy (a group whose verdict is not `agree`) stands against the reviewed
/// decisions: its id, its status and the decision that covers it.
#[derive(Debug, Clone)]
pub struct Standing {
    /// Its id's subject: the group's.
    pub subject: String,
    /// Its id's property: the group's, with `-derived` for a derived check.
    pub property: String,
    /// Its id, hashed on first use (see [`Standing::id`]): a discrepancy no decision names
    /// needs its hash only when it is shown.
    id: OnceLock<DiscrepancyId>,
    /// Its verdict now.
    pub verdict: Verdict,
    /// Its claims now, in the order of their `source/claim` keys (see [`Standing::keys`]).
    pub claims: Vec<ClaimRef>,
    /// Where it stands.
    pub status: Status,
    /// The decision that covers it, or the one made on its earlier state.
    pub decision: Option<Entry>,
    /// What changed since that decision: `gained bfmtv/x`, `reviewed as tension, now conflict`,
    /// `bfmtv/x said "50", now "51"`.
    pub changes: Vec<String>,
    /// The claims whose value changed since the decision recorded it.
    pub edited: Vec<ValueChange>,
}

impl PartialEq for Standing {
    /// Standings are equal when made of the same claims (and so of one id) and standing alike.
    fn eq(&self, other: &Self) -> bool {
        (&self.subject, &self.property, &self.claims, self.verdict, self.status)
            == (
                &other.subject,
                &other.property,
                &other.claims,
                other.verdict,
                other.status,
            )
            && (&self.decision, &self.changes, &self.edited) == (&other.decision, &other.changes, &other.edited)
    }
}

impl Eq for Standing {}

impl Standing {
    /// Its id's readable prefix, `omar-diaby/age`.
    pub fn prefix(&self) -> String {
        format!("{}/{}", self.subject, self.property)
    }

    /// Its id, `subject/property#hash`.
    pub fn id(&self, corpus: &Corpus) -> &DiscrepancyId {
        self.id
            .get_or_init(|| DiscrepancyId::of_sorted(corpus, &self.subject, &self.property, &self.claims))
    }

    /// The sorted `source/claim` keys of its claims, as a decision records them.
    pub fn keys(&self, corpus: &Corpus) -> Vec<String> {
        DiscrepancyId::keys(corpus, &self.claims)
    }

    /// Whether it fails the check: a conflict not reviewed as it is now.
    pub fn fails(&self) -> bool {
        self.verdict == Verdict::Conflict && self.status != Status::Reviewed
    }

    /// One line for people: `reviewed (explained, by A. Editor on 2026-11-23)`.
    pub fn label(&self) -> String {
        match (&self.status, &self.decision) {
            (Status::Reviewed, Some(entry)) => {
                format!("reviewed ({}, by {} on {})", entry.decision, entry.by, entry.on)
            }
            (Status::Changed, _) => format!("changed since review: {}", self.changes.join("; ")),
            _ => "unreviewed".to_owned(),
        }
    }
}

/// The standing of every discrepancy of a corpus, and the decisions nothing matches any more.
#[derive(Debug, Clone, Default)]
pub struct Standings {
    /// One per group whose verdict is not `agree`, in report order.
    pub groups: Vec<Standing>,
    /// Decisions whose discrepancy no longer exists (resolved, or gone from the corpus).
    pub stale: Vec<Entry>,
    /// The decisions file they were read from.
    pub file: Option<PathBuf>,
    /// The position in `groups` of each subject's discrepancies, by property.
    index: foldhash::HashMap<String, foldhash::HashMap<String, usize>>,
}

impl Standings {
    /// Matches judged groups against the recorded decisions (groups in parallel).
    pub fn of(corpus: &Corpus, judged: &[Judged], decisions: &Decisions) -> Self {
        let by_group: HashMap<(&str, &str), &Entry> = decisions
            .entries
            .iter()
            .map(|entry| ((entry.id.subject.as_str(), entry.id.property.as_str()), entry))
            .collect();
        let groups: Vec<Standing> = judged
            .par_iter()
            .filter(|judged| judged.verdict != Verdict::Agree)
            .map(|judged| review(corpus, judged, &by_group))
            .collect();
        let mut index: foldhash::HashMap<String, foldhash::HashMap<String, usize>> = foldhash::HashMap::default();
        for (at, standing) in groups.iter().enumerate() {
            let properties = index.entry(standing.subject.clone()).or_default();
            properties.insert(standing.property.clone(), at);
        }
        let mut reviews = Standings {
            groups,
            stale: Vec::new(),
            file: decisions.path.clone(),
            index,
        };
        reviews.stale = decisions
            .entries
            .iter()
            .filter(|entry| reviews.get(&entry.id.subject, &entry.id.property).is_none())
            .cloned()
            .collect();
        reviews
    }

    /// The review of the group about this subject and property, when it is a discrepancy.
    pub fn get(&self, subject: &str, property: &str) -> Option<&Standing> {
        let at = self.index.get(subject)?.get(property)?;
        self.groups.get(*at)
    }

    /// The review of the discrepancy with this `subject/property` prefix.
    pub fn by_prefix(&self, prefix: &str) -> Option<&Standing> {
        let (subject, property) = prefix.split_once('/')?;
        self.get(subject, property)
    }

    /// The review of a judged group, when it is a discrepancy.
    pub fn of_group(&self, judged: &Judged) -> Option<&Standing> {
        match judged.derivation {
            None => self.get(&judged.group.subject, &judged.group.property),
            Some(_) => self.get(&judged.group.subject, &DiscrepancyId::property_of(judged)),
        }
    }

    /// How many discrepancies stand where.
    pub fn count(&self, status: Status) -> usize {
        self.groups.iter().filter(|group| group.status == status).count()
    }

    /// Discrepancies that fail the check.
    pub fn failing(&self) -> impl Iterator<Item = &Standing> {
        self.groups.iter().filter(|group| group.fails())
    }
}

/// The review of one group, given the decisions by subject and property (at most one each).
fn review(corpus: &Corpus, judged: &Judged, decisions: &HashMap<(&str, &str), &Entry>) -> Standing {
    let (subject, property) = (judged.group.subject.clone(), DiscrepancyId::property_of(judged));
    let claims = DiscrepancyId::sorted_claims(corpus, judged);
    let decision = decisions
        .get(&(subject.as_str(), property.as_str()))
        .map(|entry| (*entry).clone());
    // Only a decision needs the hash now, to tell whether it covers the claims as they are.
    let id = decision
        .as_ref()
        .map(|_| DiscrepancyId::of_sorted(corpus, &subject, &property, &claims));
    let mut changes = decision
        .as_ref()
        .map(|entry| changes_since(entry, judged.verdict, &DiscrepancyId::keys(corpus, &claims)))
        .unwrap_or_default();
    let edited = decision
        .as_ref()
        .filter(|entry| !entry.values.is_empty())
        .map(|entry| value_changes(&entry.values, &seen_in(corpus, judged)))
        .unwrap_or_default();
    changes.extend(edited.iter().map(ValueChange::describe));
    if changes.is_empty() && decision.as_ref().is_some_and(|entry| Some(&entry.id) != id.as_ref()) {
        changes.push("a claim's scope changed".to_owned());
    }
    let status = match &decision {
        None => Status::Unreviewed,
        Some(entry) if Some(&entry.id) == id.as_ref() && changes.is_empty() => Status::Reviewed,
        Some(_) => Status::Changed,
    };
    Standing {
        subject,
        property,
        id: id.map_or_else(OnceLock::new, OnceLock::from),
        verdict: judged.verdict,
        claims,
        status,
        decision,
        changes,
        edited,
    }
}

/// What differs between a decision and the discrepancy now.
fn changes_since(entry: &Entry, verdict: Verdict, claims: &[String]) -> Vec<String> {
    let mut changes = Vec::new();
    if entry.verdict != verdict {
        changes.push(format!("reviewed as {}, now {verdict}", entry.verdict));
    }
    let then: BTreeSet<&String> = entry.claims.iter().collect();
    let now: BTreeSet<&String> = claims.iter().collect();
    changes.extend(now.difference(&then).map(|key| format!("gained {key}")));
    changes.extend(then.difference(&now).map(|key| format!("lost {key}")));
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decisions::Decision;

    fn decision(verdict: Verdict, claims: &[&str]) -> Entry {
        Entry {
            id: DiscrepancyId::parse("omar-diaby/age#2cdfb0").expect("a valid id"),
            decision: Decision::Explained,
            note: "n".to_owned(),
            by: "b".to_owned(),
            on: jiff::civil::date(2026, 11, 23),
            verdict,
            claims: claims.iter().map(|c| (*c).to_owned()).collect(),
            values: Default::default(),
            history: Vec::new(),
            offset: 0,
            line: 1,
        }
    }

    #[test]
    fn nothing_changed_means_no_changes() {
        let entry = decision(Verdict::Conflict, &["a/x", "b/x"]);
        assert!(changes_since(&entry, Verdict::Conflict, &["a/x".to_owned(), "b/x".to_owned()]).is_empty());
    }

    #[test]
    fn a_new_verdict_and_gained_or_lost_claims_are_named() {
        let entry = decision(Verdict::Tension, &["a/x", "b/x"]);
        let changes = changes_since(&entry, Verdict::Conflict, &["a/x".to_owned(), "c/x".to_owned()]);
        assert_eq!(changes, ["reviewed as tension, now conflict", "gained c/x", "lost b/x"]);
    }
}
