//! Measuring the extractor against a curated corpus: it runs on every source's text, and
//! each proposal is compared with the source's curated claims. A proposal is right when a
//! curated claim has its subject, property and value (in normal form) and a quote that
//! overlaps the proposal's. Recall and precision are counted per family of value.

use super::{Extractor, Family, Proposal};
use crate::model::{Claim, Corpus, EntityKind};
use crate::value::{self, DayRange, ParseContext, Value, ValueType};
use std::collections::BTreeMap;

/// Figures for one family of values.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Score {
    /// Curated claims of this family.
    pub curated: usize,
    /// Curated claims some proposal matches.
    pub recalled: usize,
    /// Proposals with a subject.
    pub proposed: usize,
    /// Proposals with a subject that match a curated claim.
    pub correct: usize,
    /// Proposals without a subject (not counted in precision).
    pub unattached: usize,
}

impl Score {
    /// Recalled over curated (1 when nothing is curated).
    pub fn recall(&self) -> f64 {
        ratio(self.recalled, self.curated)
    }

    /// Correct over proposed (1 when nothing is proposed).
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.proposed)
    }

    /// Proposals with a subject that match no curated claim: a wrong subject, property or
    /// value, or a number that should not have been attached at all.
    pub fn false_attachments(&self) -> usize {
        self.proposed - self.correct
    }

    fn add(&mut self, other: &Score) {
        self.curated += other.curated;
        self.recalled += other.recalled;
        self.proposed += other.proposed;
        self.correct += other.correct;
        self.unattached += other.unattached;
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 { 1.0 } else { part as f64 / whole as f64 }
}

/// The result of an evaluation.
#[derive(Debug, Clone, Default)]
pub struct Evaluation {
    /// Figures per family.
    pub by_family: BTreeMap<Family, Score>,
    /// Curated claims no proposal matches, as `source/id`.
    pub missed: Vec<String>,
    /// Proposals with a subject that match no curated claim, with their source id.
    pub wrong: Vec<(String, Proposal)>,
}

impl Evaluation {
    /// Figures over every family.
    pub fn total(&self) -> Score {
        let mut total = Score::default();
        for score in self.by_family.values() {
            total.add(score);
        }
        total
    }
}

/// Runs the extractor on every source text of the corpus and scores it against the claims.
pub fn evaluate(corpus: &Corpus, extractor: &Extractor) -> Evaluation {
    let mut evaluation = Evaluation::default();
    for source in &corpus.sources {
        let proposals = extractor.extract(&source.text);
        let curated: Vec<(&Claim, Family)> = source
            .claims
            .iter()
            .filter_map(|claim| family_of(corpus, claim).map(|family| (claim, family)))
            .collect();
        for (claim, family) in &curated {
            let score = evaluation.by_family.entry(*family).or_default();
            score.curated += 1;
            if proposals.iter().any(|p| matches(corpus, p, claim)) {
                score.recalled += 1;
            } else {
                evaluation.missed.push(claim.key());
            }
        }
        for proposal in proposals {
            let score = evaluation.by_family.entry(proposal.family).or_default();
            if proposal.subject.is_none() {
                score.unattached += 1;
                continue;
            }
            score.proposed += 1;
            if curated.iter().any(|(claim, _)| matches(corpus, &proposal, claim)) {
                score.correct += 1;
            } else {
                evaluation.wrong.push((source.id.clone(), proposal));
            }
        }
    }
    evaluation
}

/// The family of values a curated claim belongs to, if the extractor proposes such values.
fn family_of(corpus: &Corpus, claim: &Claim) -> Option<Family> {
    let property = corpus.properties.get(claim.property.as_str())?;
    match property.value_type {
        ValueType::Count => Some(Family::Count),
        ValueType::Number => Some(Family::Measure),
        ValueType::Percentage => Some(Family::Percentage),
        ValueType::Age => Some(Family::Age),
        ValueType::Date => Some(Family::Date),
        ValueType::Duration => Some(Family::Duration),
        ValueType::Time => Some(Family::Time),
        ValueType::Entity => is_unit_value(corpus, &claim.value).then_some(Family::Unit),
        _ => None,
    }
}

fn is_unit_value(corpus: &Corpus, value: &Value) -> bool {
    let Value::Entities(set) = value else {
        return false;
    };
    !set.included.is_empty()
        && set
            .included
            .iter()
            .all(|id| corpus.entities.get(id).is_some_and(|e| e.kind == EntityKind::Unit))
}

/// Whether a proposal states what a curated claim states, from overlapping words.
fn matches(corpus: &Corpus, proposal: &Proposal, claim: &Claim) -> bool {
    proposal.subject.as_deref() == Some(claim.subject.as_str())
        && proposal.property == claim.property
        && proposal.span[0] < claim.span.end
        && claim.span.start < proposal.span[1]
        && same_value(corpus, proposal, claim)
}

/// Whether the proposal's value reads, at the claim's as-of date and placed by the tense of
/// the proposal's quote as a loaded claim's would be, as the claim's value.
fn same_value(corpus: &Corpus, proposal: &Proposal, claim: &Claim) -> bool {
    let Some(property) = corpus.properties.get(claim.property.as_str()) else {
        return false;
    };
    let context = ParseContext {
        reference: Some(DayRange {
            first: claim.as_of.first,
            last: claim.as_of.last,
        }),
        date_order: None,
    };
    match value::parse(&proposal.value, property.value_type, &context) {
        Ok(Value::Date(date)) => {
            Value::Date(value::placed_by_tense(
                date,
                &proposal.value,
                &proposal.quote,
                &claim.as_of,
            )) == claim.value
        }
        read => read.is_ok_and(|value| value == claim.value),
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{shipped, shipped_extractor};
    use super::*;

    #[test]
    fn the_shipped_corpus_scores_above_its_floors() {
        let corpus = shipped();
        let evaluation = evaluate(&corpus, &shipped_extractor(&corpus));
        let total = evaluation.total();
        assert!(total.curated > 20, "{total:?}");
        assert!(total.recall() > 0.3, "{total:?} missed {:?}", evaluation.missed);
        assert!(total.precision() > 0.5, "{total:?} wrong {:#?}", evaluation.wrong);
        assert_eq!(total.false_attachments(), evaluation.wrong.len());
    }
}
