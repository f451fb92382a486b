//! Corroboration: which claims of a group give the same value, and how many independent
//! origins stand behind it. Two outlets printing one wire story are one origin, not two.
//!
//! The rule: a claim's origins are a set, the names of every upstream origin it came
//! through: its own `origin`, else all of its source's (`origin: [AFP, Reuters]`), else its
//! source's id (its own reporting). Two claims are independent only if their sets are
//! disjoint. Independent origins are counted as voices: claims that share an origin are one
//! voice, and so are claims joined through others (a claim through AFP and Reuters joins the
//! AFP claims and the Reuters claims into one voice).

use super::Judged;
use crate::graph::ClaimGraph;
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
    /// The origins behind it, by name (an upstream outlet, or a source's id), each once, in
    /// order of first appearance.
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
        for origin in graph.origin_names(at, corpus) {
            if origins_seen.insert((position, origin)) {
                support.origins.push(origin.to_owned());
            }
        }
    }
    values
}

/// The voices behind some claims: each a set of origins that claims share, directly or
/// through other claims, by name, sorted; voices in order of their first origin.
pub fn voices<'a>(claims: &[ClaimRef], corpus: &'a Corpus, graph: &'a ClaimGraph) -> Vec<Vec<&'a str>> {
    let mut origins = Voices::default();
    for &at in claims {
        let mut names = graph.origin_names(at, corpus);
        let Some(first) = names.next() else {
            continue;
        };
        let first = origins.number(first);
        for name in names {
            let other = origins.number(name);
            origins.join(first, other);
        }
    }
    origins.voices()
}

/// How many independent origins stand behind a whole group: its voices (see [`voices`]).
pub fn independent_origins(judged: &Judged, corpus: &Corpus, graph: &ClaimGraph) -> usize {
    voices(&judged.group.claims, corpus, graph).len()
}

/// Origin names joined into voices (a union-find over their numbers).
#[derive(Default)]
struct Voices<'a> {
    names: Vec<&'a str>,
    numbers: HashMap<&'a str, usize>,
    /// Each origin's parent in its voice's tree; a voice's root is its own parent.
    parents: Vec<usize>,
}

impl<'a> Voices<'a> {
    /// The number of an origin, given on first sight.
    fn number(&mut self, name: &'a str) -> usize {
        let next = self.names.len();
        let number = *self.numbers.entry(name).or_insert(next);
        if number == next {
            self.names.push(name);
            self.parents.push(next);
        }
        number
    }

    fn root(&mut self, mut origin: usize) -> usize {
        while let Some(&parent) = self.parents.get(origin) {
            if parent == origin {
                break;
            }
            let grandparent = self.parents.get(parent).copied().unwrap_or(parent);
            if let Some(slot) = self.parents.get_mut(origin) {
                *slot = grandparent;
            }
            origin = parent;
        }
        origin
    }

    /// Makes two origins one voice.
    fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.root(a), self.root(b));
        if let Some(slot) = self.parents.get_mut(a.max(b)) {
            *slot = a.min(b);
        }
    }

    fn voices(mut self) -> Vec<Vec<&'a str>> {
        let mut by_root: HashMap<usize, usize> = HashMap::default();
        let mut voices: Vec<Vec<&'a str>> = Vec::new();
        for origin in 0..self.names.len() {
            let root = self.root(origin);
            let next = voices.len();
            let voice = *by_root.entry(root).or_insert(next);
            if voice == next {
                voices.push(Vec::new());
            }
            if let (Some(names), Some(&name)) = (voices.get_mut(voice), self.names.get(origin)) {
                names.push(name);
            }
        }
        for names in &mut voices {
            names.sort_unstable();
        }
        voices
    }
}

#[cfg(test)]
mod tests {
    use super::{independent_origins, support, voices};
    use crate::graph::ClaimGraph;
    use crate::model::{ClaimRef, Corpus};
    use crate::verdict::{Judged, judge};

    /// Sources `a` to `d` each claiming Omar Diaby is 50, with these upstream origins.
    fn corpus(origins: &[(&str, &str)]) -> (crate::scratch::Scratch, Corpus) {
        let dir = crate::scratch::Scratch::new();
        dir.write(
            "entities.yaml",
            "entities:\n  - { id: diaby, kind: person, name: Omar Diaby }\n",
        );
        for (id, origin) in origins {
            dir.write(
                &format!("sources/{id}.yaml"),
                &format!(
                    "outlet: {id}\ntitle: t\npublished: 2025-10-22\nlanguage: en\norigin: {origin}\nclaims:\n  - {{ id: age, subject: diaby, property: age, value: \"50\", quote: the quote }}\n"
                ),
            );
            dir.write(&format!("texts/{id}.txt"), "the quote\n");
        }
        let corpus = crate::corpus::load(dir.path()).unwrap();
        (dir, corpus)
    }

    fn judged(corpus: &Corpus) -> Judged {
        let mut judged = judge(corpus, crate::graph::groups(corpus));
        assert_eq!(judged.len(), 1);
        judged.remove(0)
    }

    fn at(source: usize) -> ClaimRef {
        ClaimRef { source, claim: 0 }
    }

    #[test]
    fn a_source_with_two_origins_gives_its_claims_both() {
        let (_dir, corpus) = corpus(&[("a", "[AFP, Reuters]"), ("b", "[AFP]"), ("c", "[Reuters]"), ("d", "[]")]);
        let graph = ClaimGraph::build(&corpus);
        assert_eq!(
            graph.origin_names(at(0), &corpus).collect::<Vec<_>>(),
            ["AFP", "Reuters"]
        );
        assert_eq!(graph.origin_name(at(0), &corpus), "AFP, Reuters");
        assert_eq!(graph.origin_name(at(3), &corpus), "d");
        // Independent only when the origin sets are disjoint.
        assert!(!graph.independent(at(0), at(1), &corpus));
        assert!(!graph.independent(at(0), at(2), &corpus));
        assert!(graph.independent(at(1), at(2), &corpus));
        assert!(graph.independent(at(0), at(3), &corpus));
        let judged = judged(&corpus);
        // `a` joins the AFP and the Reuters claims into one voice; `d` is another.
        let voices = voices(&judged.group.claims, &corpus, &graph);
        assert_eq!(voices, [vec!["AFP", "Reuters"], vec!["d"]]);
        assert_eq!(independent_origins(&judged, &corpus, &graph), 2);
        let values = support(&judged, &corpus, &graph);
        assert_eq!(values.len(), 1);
        assert_eq!(values[0].origins, ["AFP", "Reuters", "d"]);
        assert_eq!(values[0].sources, 4);
    }

    #[test]
    fn a_two_origin_copy_and_a_copy_of_one_of_them_are_one_voice_whatever_the_order() {
        for origins in ["[AFP, Reuters]", "[Reuters, AFP]"] {
            let (_dir, corpus) = corpus(&[("a", origins), ("b", "[AFP]")]);
            let graph = ClaimGraph::build(&corpus);
            let judged = judged(&corpus);
            assert_eq!(independent_origins(&judged, &corpus, &graph), 1, "{origins}");
            assert_eq!(
                voices(&judged.group.claims, &corpus, &graph),
                [vec!["AFP", "Reuters"]],
                "{origins}"
            );
        }
    }

    #[test]
    fn origins_written_twice_count_once() {
        let (_dir, corpus) = corpus(&[("a", "[AFP, AFP]"), ("b", "[AFP]")]);
        let graph = ClaimGraph::build(&corpus);
        assert_eq!(graph.origin_name(at(0), &corpus), "AFP");
        let judged = judged(&corpus);
        assert_eq!(voices(&judged.group.claims, &corpus, &graph), [vec!["AFP"]]);
    }
}
