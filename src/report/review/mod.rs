//! The review of one source: every claim it makes in text order, the verdict of the group
//! each joined, and what every other claim of that group says, with its origin, so an editor
//! reads an article with its contradictions beside it.

mod csv;
mod json;
mod markdown;
mod table;

pub(super) use self::csv::write_review_csv;
pub use json::REVIEW_SCHEMA;
pub(super) use json::write_review_json;
pub(super) use markdown::write_review_markdown;
pub(super) use table::write_review_table;

use super::estimate::{describe_accuracy, telling};
use super::parts::table::outlet;
use super::{origin_name, property_name};
use crate::analysis::Analysis;
use crate::counted::counted;
use crate::model::{Claim, ClaimRef, Corpus, Source};
use crate::report::reason;
use crate::verdict::{Judged, Normal, Verdict};
use std::collections::HashMap;

/// One source's claims, each beside what the rest of the corpus says.
pub struct Review<'c> {
    /// The analysis of the groups the source joined (formats that draw groups draw these).
    pub analysis: &'c Analysis<'c>,
    /// The corpus.
    pub corpus: &'c Corpus,
    /// The reviewed source.
    pub source: &'c Source,
    /// Its index in the corpus.
    pub index: usize,
    /// Its claims, in the order of their quotes in the text.
    pub entries: Vec<Entry<'c>>,
}

/// Where a claim stands against the rest of the corpus, from best to worst.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClaimStanding {
    /// Agreed by a claim of an independent origin, contradicted by none.
    Corroborated,
    /// Agreed only by claims of the same origin (two copies of one wire story).
    Echoed,
    /// No claim of another source shares its subject and property.
    Uncorroborated,
    /// Loosely compatible with another claim, or different in scope or wording.
    Tension,
    /// Different from another claim dated far enough apart on a property that changes.
    Drift,
    /// Cannot be true together with another claim.
    Conflict,
}

impl ClaimStanding {
    /// The kebab-case name used in every format.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimStanding::Corroborated => "corroborated",
            ClaimStanding::Echoed => "echoed",
            ClaimStanding::Uncorroborated => "uncorroborated",
            ClaimStanding::Tension => "tension",
            ClaimStanding::Drift => "drift",
            ClaimStanding::Conflict => "conflict",
        }
    }
}

/// One claim of the reviewed source.
pub struct Entry<'c> {
    /// The claim.
    pub claim: &'c Claim,
    /// Its normal form, described for people.
    pub normal: String,
    /// Its origin: the upstream outlet it came through, else its source.
    pub origin: String,
    /// The verdict and reason of its group, when it shares one with other claims.
    pub group: Option<(Verdict, String)>,
    /// Where it stands.
    pub standing: ClaimStanding,
    /// The other claims of its group.
    pub others: Vec<Other<'c>>,
}

/// Another claim about the same subject and property.
pub struct Other<'c> {
    /// The claim.
    pub claim: &'c Claim,
    /// Its normal form, described for people.
    pub normal: String,
    /// Its origin.
    pub origin: String,
    /// Whether its origin differs from the reviewed claim's (a separate voice).
    pub independent: bool,
    /// The verdict on this pair.
    pub verdict: Verdict,
    /// Why, when the pair does not simply agree.
    pub reason: Option<String>,
}

impl Other<'_> {
    /// `via AFP, independent`, `via AFP, same origin`, `independent` (an outlet's own
    /// reporting) or `same source`.
    pub fn origin_words(&self, review: &Review) -> String {
        if self.claim.source == review.source.id {
            return "same source".to_owned();
        }
        let independence = if self.independent { "independent" } else { "same origin" };
        if self.origin == outlet(review.corpus, self.claim) {
            return independence.to_owned();
        }
        format!("via {}, {independence}", self.origin)
    }
}

/// Counts of the reviewed claims by standing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct ReviewTally {
    /// Claims reviewed.
    pub claims: usize,
    /// Agreed by an independent origin.
    pub corroborated: usize,
    /// Agreed only by the same origin.
    pub echoed: usize,
    /// Addressed by no other source.
    pub uncorroborated: usize,
    /// In tension with another claim.
    pub tension: usize,
    /// Drifted from another claim.
    pub drift: usize,
    /// In conflict with another claim.
    pub conflict: usize,
}

impl<'c> Review<'c> {
    /// The review of the source at `index` in an analysis of the whole corpus.
    pub fn of(analysis: &'c Analysis<'c>, index: usize) -> Option<Self> {
        let corpus = analysis.corpus;
        let source = corpus.sources.get(index)?;
        // A claim may sit in its own group and in derived checks: the first, most severe, counts.
        let mut group_of: HashMap<ClaimRef, &'c Judged> = HashMap::new();
        for judged in &analysis.groups {
            for &at in judged.group.claims.iter().filter(|at| at.source == index) {
                group_of.entry(at).or_insert(judged);
            }
        }
        let mut entries: Vec<(ClaimRef, Entry<'c>)> = (0..source.claims.len())
            .map(|claim| ClaimRef { source: index, claim })
            .filter_map(|at| entry(analysis, at, group_of.get(&at).copied()).map(|entry| (at, entry)))
            .collect();
        entries.sort_by_key(|(at, entry)| (entry.claim.span.start, at.claim));
        Some(Review {
            analysis,
            corpus,
            source,
            index,
            entries: entries.into_iter().map(|(_, entry)| entry).collect(),
        })
    }

    /// How many claims stand where.
    pub fn tally(&self) -> ReviewTally {
        let mut tally = ReviewTally {
            claims: self.entries.len(),
            ..ReviewTally::default()
        };
        for entry in &self.entries {
            *match entry.standing {
                ClaimStanding::Corroborated => &mut tally.corroborated,
                ClaimStanding::Echoed => &mut tally.echoed,
                ClaimStanding::Uncorroborated => &mut tally.uncorroborated,
                ClaimStanding::Tension => &mut tally.tension,
                ClaimStanding::Drift => &mut tally.drift,
                ClaimStanding::Conflict => &mut tally.conflict,
            } += 1;
        }
        tally
    }

    /// How far the source's claims agree with the best-supported readings of their groups, in
    /// words: overall (`BFM TV agrees with the best-supported reading in 79% of 27 claims (95%
    /// range 60 to 90%)`), then, when it makes claims on several properties, each property
    /// whose claims are enough to say something (`On age: ...`) and on how many they are too few. Empty
    /// when the view has no estimates.
    pub fn reliability(&self) -> Vec<String> {
        let Some(reliability) = self
            .analysis
            .reliability(self.index)
            .filter(|reliability| reliability.overall.claims > 0)
        else {
            return Vec::new();
        };
        let mut lines = vec![format!(
            "{} {}",
            self.source.outlet,
            describe_accuracy(&reliability.overall)
        )];
        if reliability.by_property.len() < 2 {
            return lines;
        }
        let (telling, few): (Vec<_>, Vec<_>) = reliability
            .by_property
            .iter()
            .partition(|(_, accuracy)| telling(accuracy));
        lines.extend(telling.iter().map(|(property, accuracy)| {
            format!(
                "On {}: {}",
                property_name(self.corpus, property),
                describe_accuracy(accuracy)
            )
        }));
        if !few.is_empty() {
            let properties = if telling.is_empty() {
                counted(few.len(), "property", "properties")
            } else {
                counted(few.len(), "other property", "other properties")
            };
            lines.push(format!("Too few claims on {properties} to say more"));
        }
        lines
    }

    /// `12 claims: 4 corroborated, 1 echoed, 5 uncorroborated, 1 in tension, 0 drifted, 1 in conflict`.
    pub fn summary(&self) -> String {
        let t = self.tally();
        format!(
            "{}: {} corroborated, {} echoed, {} uncorroborated, {} in tension, {} drifted, {} in conflict",
            counted(t.claims, "claim", "claims"),
            t.corroborated,
            t.echoed,
            t.uncorroborated,
            t.tension,
            t.drift,
            t.conflict
        )
    }
}

fn entry<'c>(analysis: &'c Analysis<'c>, at: ClaimRef, judged: Option<&'c Judged>) -> Option<Entry<'c>> {
    let corpus = analysis.corpus;
    let claim = corpus.claim(at)?;
    let origin = origin_name(corpus, &analysis.graph, at);
    let others: Vec<Other<'c>> = judged.map(|judged| others(analysis, judged, at)).unwrap_or_default();
    let normal = match judged {
        Some(judged) => judged
            .sides(corpus)
            .find(|(side, _, _)| *side == at)
            .map(|(_, _, normal)| normal.describe(corpus)),
        None => corpus
            .properties
            .get(claim.property.as_str())
            .map(|property| Normal::of(claim, property).describe(corpus)),
    }
    .unwrap_or_default();
    Some(Entry {
        claim,
        normal,
        standing: standing(claim, &others),
        origin: origin.to_owned(),
        group: judged.map(|judged| (judged.verdict, reason::group(judged, corpus, &analysis.graph))),
        others,
    })
}

/// Every other claim of the group, each with the verdict on its pair with `at`: judged as
/// the pair, not read from the findings the group keeps (a large group keeps only each
/// claim's worst).
fn others<'c>(analysis: &'c Analysis<'c>, judged: &'c Judged, at: ClaimRef) -> Vec<Other<'c>> {
    let corpus = analysis.corpus;
    judged
        .sides(corpus)
        .filter(|(side, _, _)| *side != at)
        .map(|(side, claim, normal)| {
            let finding = judged
                .pair(at, side, corpus)
                .filter(|finding| finding.verdict != Verdict::Agree);
            let other_origin = origin_name(corpus, &analysis.graph, side);
            Other {
                claim,
                normal: normal.describe(corpus),
                independent: analysis.graph.independent(at, side, corpus),
                origin: other_origin.to_owned(),
                verdict: finding.as_ref().map_or(Verdict::Agree, |finding| finding.verdict),
                reason: finding.map(|finding| reason::finding(&finding, corpus)),
            }
        })
        .collect()
}

fn standing(claim: &Claim, others: &[Other]) -> ClaimStanding {
    let worst = others.iter().map(|other| other.verdict).max();
    let from_elsewhere = |other: &&Other| other.claim.source != claim.source;
    match worst {
        Some(Verdict::Conflict) => ClaimStanding::Conflict,
        Some(Verdict::Drift) => ClaimStanding::Drift,
        Some(Verdict::Tension) => ClaimStanding::Tension,
        _ if others.iter().filter(from_elsewhere).any(|other| other.independent) => ClaimStanding::Corroborated,
        _ if others.iter().any(|other| from_elsewhere(&other)) => ClaimStanding::Echoed,
        _ => ClaimStanding::Uncorroborated,
    }
}

#[cfg(test)]
mod tests;
