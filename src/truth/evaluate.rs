//! Scoring estimates against a gold corpus: the share of gold items (subject and property)
//! whose estimate equals the gold value in normal form, and the share within a tolerance
//! (times within so many minutes; other values must be equal).

use super::Estimate;
use crate::model::Corpus;
use crate::verdict::Normal;
use foldhash::HashMap;
use std::collections::BTreeMap;

/// How many gold items, and how many estimates were right.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// Gold items.
    pub items: usize,
    /// Items whose estimate equals the gold value in normal form.
    pub exact: usize,
    /// Items whose estimate is within the tolerance of it.
    pub within: usize,
    /// Items the corpus says nothing about.
    pub missing: usize,
}

/// A score overall and per property.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Score {
    /// All items.
    pub all: Tally,
    /// Per property id.
    pub by_property: BTreeMap<String, Tally>,
    /// The items whose estimate is not exactly right, in the gold's order.
    pub misses: Vec<Miss>,
}

/// A gold item whose estimate differs from the gold value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Miss {
    /// The item's subject.
    pub subject: String,
    /// The item's property.
    pub property: String,
    /// The estimate in normal form (`None` when the corpus says nothing).
    pub estimate: Option<String>,
    /// The gold value in normal form (the first, when the gold gives several).
    pub gold: String,
}

/// Scores estimates against the claims of a gold corpus. A gold item given more than one
/// value (a gold table with two rows for one flight) is right when the estimate equals any.
pub fn score(gold: &Corpus, estimates: &[Estimate], tolerance_minutes: i64) -> Score {
    let mut items: BTreeMap<(String, String), Vec<Normal>> = BTreeMap::new();
    for claim in gold.claims() {
        let Some(property) = gold.properties.get(claim.property.as_str()) else {
            continue;
        };
        items
            .entry((claim.subject.to_string(), claim.property.to_string()))
            .or_default()
            .push(Normal::of(claim, property));
    }
    let by_item: HashMap<(&str, &str), &Estimate> = estimates
        .iter()
        .map(|estimate| ((estimate.subject.as_str(), estimate.property.as_str()), estimate))
        .collect();
    let mut score = Score::default();
    for ((subject, property), values) in &items {
        let estimate = by_item.get(&(subject.as_str(), property.as_str()));
        let exact = estimate.is_some_and(|e| values.iter().any(|v| v.to_string() == e.normal.to_string()));
        let within = exact || estimate.is_some_and(|e| values.iter().any(|v| close(v, &e.normal, tolerance_minutes)));
        if !exact {
            score.misses.push(Miss {
                subject: subject.clone(),
                property: property.clone(),
                estimate: estimate.map(|e| e.normal.to_string()),
                gold: values.first().map(Normal::to_string).unwrap_or_default(),
            });
        }
        for tally in [&mut score.all, score.by_property.entry(property.clone()).or_default()] {
            tally.items += 1;
            tally.exact += usize::from(exact);
            tally.within += usize::from(within);
            tally.missing += usize::from(estimate.is_none());
        }
    }
    score
}

/// Whether two times are within the tolerance of each other.
fn close(a: &Normal, b: &Normal, minutes: i64) -> bool {
    match (a, b) {
        (Normal::Time(a), Normal::Time(b)) => a.minutes_apart(b) <= minutes,
        _ => false,
    }
}
