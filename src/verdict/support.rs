//! Corroboration: which claims of a group give the same value, and how many independent
//! origins stand behind it. Two outlets printing one wire story are one origin, not two:
//! origins come from the graph's comes-through edges (a claim's own `origin`, else its
//! source's), and a claim with neither is its source's own reporting.

use super::Judged;
use crate::graph::{ClaimGraph, Origin};
use crate::model::{ClaimRef, Corpus};

/// One value of a group and who gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Support {
    /// The value's normal form, as shown in reports.
    pub value: String,
    /// The claims that give it, in the group's order.
    pub claims: Vec<ClaimRef>,
    /// How many distinct sources give it.
    pub sources: usize,
    /// The independent origins behind it, by name (an upstream outlet, or a source's id).
    pub origins: Vec<String>,
}

/// The values of a judged group with their support, in order of first appearance.
pub fn support(judged: &Judged, corpus: &Corpus, graph: &ClaimGraph) -> Vec<Support> {
    let mut values: Vec<Support> = Vec::new();
    for (at, claim, normal) in judged.sides(corpus) {
        let value = normal.describe(corpus);
        if !values.iter().any(|support| support.value == value) {
            values.push(Support {
                value: value.clone(),
                claims: Vec::new(),
                sources: 0,
                origins: Vec::new(),
            });
        }
        let Some(support) = values.iter_mut().find(|support| support.value == value) else {
            continue;
        };
        let new_source = support
            .claims
            .iter()
            .filter_map(|&other| corpus.claim(other))
            .all(|other| other.source != claim.source);
        support.claims.push(at);
        support.sources += usize::from(new_source);
        let origin = origin_name(graph.origin_of(at), corpus);
        if !support.origins.contains(&origin) {
            support.origins.push(origin);
        }
    }
    values
}

/// The independent origins behind a whole group, by name.
pub fn origins(judged: &Judged, corpus: &Corpus, graph: &ClaimGraph) -> Vec<String> {
    let mut names: Vec<String> = judged
        .group
        .claims
        .iter()
        .map(|&at| origin_name(graph.origin_of(at), corpus))
        .collect();
    names.sort();
    names.dedup();
    names
}

fn origin_name(origin: Origin, corpus: &Corpus) -> String {
    match origin {
        Origin::Upstream(name) => name,
        Origin::Source(index) => corpus
            .sources
            .get(index)
            .map_or_else(|| format!("source #{index}"), |source| source.id.clone()),
    }
}

/// The reason of an agreeing group, completed with its corroboration: how many independent
/// origins agree, or that every claim comes through one origin and so corroborates nothing.
pub fn with_corroboration(reason: String, judged: &Judged, corpus: &Corpus, graph: &ClaimGraph) -> String {
    let origins = origins(judged, corpus, graph);
    let sources = {
        let mut sources: Vec<&str> = judged
            .sides(corpus)
            .map(|(_, claim, _)| claim.source.as_str())
            .collect();
        sources.sort_unstable();
        sources.dedup();
        sources.len()
    };
    match origins.as_slice() {
        [only] if sources > 1 => format!(
            "{reason}; but all {sources} sources carry one origin ({only}), so this is one voice, not corroboration"
        ),
        [_] => reason,
        many => format!("{reason}; {} independent origins", many.len()),
    }
}
