//! Corroboration: which claims of a group give the same value, and how many independent
//! origins stand behind it. Two outlets printing one wire story are one origin, not two:
//! origins come from the graph's comes-through edges (a claim's own `origin`, else its
//! source's), and a claim with neither is its source's own reporting.

use super::Judged;
use crate::graph::{ClaimGraph, Origin};
use crate::model::{ClaimRef, Corpus};
use foldhash::{HashMap, HashSet};

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

/// The values of a judged group with their support, in order of first appearance. Linear
/// in the group's size: values, sources and origins are found through maps.
pub fn support(judged: &Judged, corpus: &Corpus, graph: &ClaimGraph) -> Vec<Support> {
    let mut values: Vec<Support> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::default();
    let mut seen: HashSet<(usize, &str)> = HashSet::default();
    let mut origins_seen: HashSet<(usize, &str)> = HashSet::default();
    for (at, claim, normal) in judged.sides(corpus) {
        let value = normal.describe(corpus);
        let next = values.len();
        let position = *index.entry(value.clone()).or_insert(next);
        if position == next {
            values.push(Support {
                value,
                claims: Vec::new(),
                sources: 0,
                origins: Vec::new(),
            });
        }
        let Some(support) = values.get_mut(position) else {
            continue;
        };
        support.claims.push(at);
        if seen.insert((position, claim.source.as_str())) {
            support.sources += 1;
        }
        let origin = graph.origin_name(graph.origin_of(at), corpus);
        if origins_seen.insert((position, origin)) {
            support.origins.push(origin.to_owned());
        }
    }
    values
}

/// The independent origins behind a whole group, by name, sorted.
fn origins(judged: &Judged, corpus: &Corpus, graph: &ClaimGraph) -> Vec<String> {
    let distinct: HashSet<Origin> = judged.group.claims.iter().map(|&at| graph.origin_of(at)).collect();
    let mut names: Vec<String> = distinct
        .into_iter()
        .map(|origin| graph.origin_name(origin, corpus).to_owned())
        .collect();
    names.sort();
    names
}

/// The reason of an agreeing group, completed with its corroboration: how many independent
/// origins agree, or that every claim comes through one origin and so corroborates nothing.
pub fn with_corroboration(mut reason: String, judged: &Judged, corpus: &Corpus, graph: &ClaimGraph) -> String {
    let origins = origins(judged, corpus, graph);
    let sources: HashSet<usize> = judged.group.claims.iter().map(|at| at.source).collect();
    match origins.as_slice() {
        [only] if sources.len() > 1 => reason.push_str(&format!(
            "; but all {} sources carry one origin ({only}), so this is one voice, not corroboration",
            sources.len()
        )),
        [_] => {}
        many => reason.push_str(&format!("; {} independent origins", many.len())),
    }
    reason
}
