//! The corpus as a petgraph graph: sources assert claims, claims are about entities (their
//! canonical subject) and may mention others in their values, aliases point to their
//! entity, entities sit within larger ones, sources and claims come through upstream
//! origins (a wire agency, an outlet quoted), and claims are attributed to parties (an
//! origin too, resolved through the registry). Claims are grouped by subject and property
//! straight from the corpus ([`groups`]), with or without the graph.

use crate::model::{Claim, ClaimRef, Corpus};
use crate::value::Value;
use foldhash::HashMap;
use petgraph::Direction;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use rayon::prelude::*;

/// Claims grouped by subject (aliases resolved: a claim's subject is its entity's id) and
/// property, subjects and properties in id order, each group's claims in corpus order; every
/// claim about a known entity is in exactly one group. Made from the claims alone, in
/// parallel: a summary groups and judges without building the graph.
pub fn groups(corpus: &Corpus) -> Vec<Group> {
    // A hash set answers for each claim in one step, where the entity map takes a dozen
    // comparisons of ids.
    let known: foldhash::HashSet<&str> = corpus.entities.keys().map(String::as_str).collect();
    let known = &known;
    let keyed: Vec<(&str, &str, ClaimRef)> = corpus
        .sources
        .par_iter()
        .enumerate()
        .flat_map_iter(|(source, claims)| {
            claims
                .claims
                .iter()
                .enumerate()
                .filter_map(move |(claim_index, claim)| {
                    known.contains(claim.subject.as_str()).then_some((
                        claim.subject.as_str(),
                        claim.property.as_str(),
                        ClaimRef {
                            source,
                            claim: claim_index,
                        },
                    ))
                })
        })
        .collect();
    // Sorting by ranks compares numbers where sorting by ids would compare strings, most of
    // them alike for long.
    let subjects = Ranks::of(keyed.iter().map(|&(subject, ..)| subject));
    let properties = Ranks::of(keyed.iter().map(|&(_, property, _)| property));
    let mut ranked: Vec<(u32, u32, ClaimRef)> = keyed
        .iter()
        .map(|&(subject, property, at)| (subjects.rank(subject), properties.rank(property), at))
        .collect();
    ranked.par_sort_unstable();
    ranked
        .chunk_by(|a, b| (a.0, a.1) == (b.0, b.1))
        .filter_map(|same| {
            let &(subject, property, _) = same.first()?;
            Some(Group {
                subject: subjects.text(subject)?.to_owned(),
                property: properties.text(property)?.to_owned(),
                claims: same.iter().map(|&(_, _, claim)| claim).collect(),
            })
        })
        .collect()
}

/// The distinct texts of a list in order, each with its rank: equal texts have equal ranks,
/// and ranks order as the texts do. Texts are found by address (claims share one copy of
/// each id, so a rank is found without reading the text), each address once.
struct Ranks<'a> {
    /// The distinct texts, sorted.
    sorted: Vec<&'a str>,
    /// The rank of the text at each address and length.
    by_address: HashMap<(usize, usize), u32>,
}

impl<'a> Ranks<'a> {
    /// The ranks of the texts given.
    fn of(texts: impl Iterator<Item = &'a str>) -> Self {
        let mut by_address: HashMap<(usize, usize), u32> = HashMap::default();
        let mut distinct: Vec<&'a str> = Vec::new();
        for text in texts {
            by_address.entry(address(text)).or_insert_with(|| {
                distinct.push(text);
                0
            });
        }
        let mut sorted = distinct.clone();
        sorted.sort_unstable();
        sorted.dedup();
        for text in distinct {
            let rank = sorted.binary_search(&text).unwrap_or(0) as u32;
            by_address.insert(address(text), rank);
        }
        Ranks { sorted, by_address }
    }

    /// The rank of a text given to [`Ranks::of`].
    fn rank(&self, text: &str) -> u32 {
        self.by_address.get(&address(text)).copied().unwrap_or(0)
    }

    /// The text of a rank.
    fn text(&self, rank: u32) -> Option<&'a str> {
        self.sorted.get(rank as usize).copied()
    }
}

/// Where a text is and how long: one copy of a text, whatever its other copies.
fn address(text: &str) -> (usize, usize) {
    (text.as_ptr() as usize, text.len())
}

/// A node of the claim graph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    /// A source, by index in [`Corpus::sources`].
    Source(usize),
    /// A claim, by source index and claim index within the source.
    Claim(ClaimRef),
    /// An entity, by id.
    Entity(String),
    /// A spelling of an entity's name.
    Alias(String),
    /// An upstream origin (AFP, Le Figaro).
    Origin(String),
}

/// What an edge means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edge {
    /// Source to claim: the source makes the claim.
    Asserts,
    /// Claim to entity: the claim's subject.
    About,
    /// Claim to entity: the claim's value names the entity.
    Mentions,
    /// Alias to entity.
    AliasOf,
    /// Entity to entity: part of.
    Within,
    /// Source or claim to origin: copied from, or said to, that origin.
    ComesThrough,
    /// Claim to origin: the party the source attributes the claim to (the police, a
    /// ministry), an origin of its own whatever outlet prints it.
    AttributedTo,
}

/// Claims about one subject and property, to be judged together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// Canonical subject id.
    pub subject: String,
    /// Property id.
    pub property: String,
    /// The claims, by source id then file order.
    pub claims: Vec<ClaimRef>,
}

/// The corpus graph with indexes into it.
pub struct ClaimGraph {
    /// The graph itself.
    pub graph: DiGraph<Node, Edge>,
    /// The node of each claim, by source index and claim index.
    claims: Vec<Vec<NodeIndex>>,
    /// The upstream origins of each source (by index), in the order its file names them, each
    /// once.
    source_origins: Vec<Vec<NodeIndex>>,
    /// The names of the origins of each source with several, joined with commas (`AFP,
    /// Reuters`), as a claim's origin is shown.
    joined_names: Vec<Option<String>>,
}

impl ClaimGraph {
    /// Builds the graph of a corpus.
    pub fn build(corpus: &Corpus) -> Self {
        let mut builder = Builder::with_capacity(corpus);
        builder.add_entities(corpus);
        builder.add_sources(corpus);
        let joined_names = builder
            .source_origins
            .iter()
            .map(|nodes| {
                (nodes.len() > 1).then(|| {
                    let names: Vec<&str> = nodes.iter().map(|&node| node_name(&builder.graph, node)).collect();
                    names.join(", ")
                })
            })
            .collect();
        ClaimGraph {
            graph: builder.graph,
            claims: builder.claims,
            source_origins: builder.source_origins,
            joined_names,
        }
    }

    /// A graph of nothing, standing for one no longer needed.
    pub fn empty() -> Self {
        ClaimGraph {
            graph: DiGraph::new(),
            claims: Vec::new(),
            source_origins: Vec::new(),
            joined_names: Vec::new(),
        }
    }

    /// The origins a claim came through: its own (`told AFP`), else its source's (a wire
    /// copy, one or several), else the source itself. Claims whose origins overlap are one
    /// voice (see `verdict::support`).
    pub fn origins_of(&self, claim: ClaimRef) -> Origins<'_> {
        let own = self
            .claims
            .get(claim.source)
            .and_then(|nodes| nodes.get(claim.claim))
            .and_then(|&node| comes_through(&self.graph, node));
        if let Some(node) = own {
            return Origins::Own(node);
        }
        match self.source_origins.get(claim.source) {
            Some(nodes) if !nodes.is_empty() => Origins::Upstream(nodes),
            _ => Origins::Itself(claim.source),
        }
    }

    /// One of a claim's origins, for code that keys on one: the party it is attributed to,
    /// else its own, else the first its source names, else the source itself (see
    /// [`ClaimGraph::origin_names`] for all of them).
    pub fn origin_of(&self, claim: ClaimRef) -> Origin {
        if let Some(party) = self.party_of(claim) {
            return Origin::Upstream(party);
        }
        match self.origins_of(claim) {
            Origins::Own(node) => Origin::Upstream(node),
            Origins::Upstream(nodes) => nodes
                .first()
                .map_or(Origin::Source(claim.source), |&node| Origin::Upstream(node)),
            Origins::Itself(source) => Origin::Source(source),
        }
    }

    /// The names of a claim's origins: the party it is attributed to, with the upstream
    /// outlets it came through; else its source's id. Claims attributed to one party share
    /// that origin in any outlet, so they never corroborate each other.
    pub fn origin_names<'a>(&'a self, claim: ClaimRef, corpus: &'a Corpus) -> impl Iterator<Item = &'a str> {
        let party = self.party_of(claim);
        let (own, upstream, itself) = match self.origins_of(claim) {
            Origins::Own(node) => (Some(node), &[][..], None),
            Origins::Upstream(nodes) => (None, nodes, None),
            Origins::Itself(_) if party.is_some() => (None, &[][..], None),
            Origins::Itself(source) => (None, &[][..], corpus.sources.get(source)),
        };
        party
            .into_iter()
            .chain(own)
            .chain(upstream.iter().copied())
            .map(|node| node_name(&self.graph, node))
            .chain(itself.map(|source| source.id.as_str()))
    }

    /// The origin node of the party a claim is attributed to, if any.
    fn party_of(&self, claim: ClaimRef) -> Option<NodeIndex> {
        let node = *self.claims.get(claim.source)?.get(claim.claim)?;
        self.graph
            .edges_directed(node, Direction::Outgoing)
            .find(|edge| *edge.weight() == Edge::AttributedTo)
            .map(|edge| edge.target())
    }

    /// The name of a claim's origins as one text: the upstream outlet's (several joined with
    /// commas, `AFP, Reuters`), else its source's id.
    pub fn origin_name<'a>(&'a self, claim: ClaimRef, corpus: &'a Corpus) -> &'a str {
        match self.origins_of(claim) {
            Origins::Own(node) => node_name(&self.graph, node),
            Origins::Upstream([node]) => node_name(&self.graph, *node),
            Origins::Upstream(_) => self
                .joined_names
                .get(claim.source)
                .and_then(Option::as_deref)
                .unwrap_or(""),
            Origins::Itself(source) => match self.party_of(claim) {
                Some(party) => node_name(&self.graph, party),
                None => corpus.sources.get(source).map_or("", |source| source.id.as_str()),
            },
        }
    }

    /// Whether two claims are independent: their origins have no name in common.
    pub fn independent(&self, a: ClaimRef, b: ClaimRef, corpus: &Corpus) -> bool {
        self.origin_names(a, corpus)
            .all(|name| self.origin_names(b, corpus).all(|other| other != name))
    }
}

/// The name of an origin node.
fn node_name(graph: &DiGraph<Node, Edge>, node: NodeIndex) -> &str {
    match graph.node_weight(node) {
        Some(Node::Origin(name)) => name,
        _ => "",
    }
}

/// The origin node a source or claim node comes through, if it has a comes-through edge.
fn comes_through(graph: &DiGraph<Node, Edge>, node: NodeIndex) -> Option<NodeIndex> {
    graph
        .edges_directed(node, Direction::Outgoing)
        .find(|edge| *edge.weight() == Edge::ComesThrough)
        .map(|edge| edge.target())
}

/// One origin of a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Origin {
    /// An upstream outlet or agency, by its node in the graph.
    Upstream(NodeIndex),
    /// The source's own reporting, by source index.
    Source(usize),
}

/// The origins a claim came through: a set of upstream outlets, or the source itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origins<'g> {
    /// The claim's own upstream origin (`told AFP`), by its node.
    Own(NodeIndex),
    /// Its source's upstream origins (a wire copy), by node, in the order written: never empty.
    Upstream(&'g [NodeIndex]),
    /// No upstream origin: the source's own reporting, by source index.
    Itself(usize),
}

struct Builder {
    graph: DiGraph<Node, Edge>,
    entities: HashMap<String, NodeIndex>,
    origins: HashMap<String, NodeIndex>,
    claims: Vec<Vec<NodeIndex>>,
    sources: Vec<NodeIndex>,
    /// Each source's upstream origins, each once, in the order written.
    source_origins: Vec<Vec<NodeIndex>>,
}

impl Builder {
    /// An empty builder with room for every node and edge of the corpus, so that a large graph
    /// is allocated once: one origin node more than room for them would double the nodes.
    fn with_capacity(corpus: &Corpus) -> Self {
        let claims: usize = corpus.sources.iter().map(|source| source.claims.len()).sum();
        let names: usize = corpus.entities.values().map(|entity| 1 + entity.aliases.len()).sum();
        let nodes = corpus.entities.len() + names + corpus.sources.len() + claims + origin_count(corpus);
        let claim_edges: usize = corpus.claims().map(edges_of).sum();
        let source_edges: usize = corpus.sources.iter().map(|source| source.origin.len()).sum();
        let edges = names + corpus.entities.len() + source_edges + claim_edges;
        Builder {
            graph: DiGraph::with_capacity(nodes, edges),
            entities: HashMap::default(),
            origins: HashMap::default(),
            claims: Vec::with_capacity(corpus.sources.len()),
            sources: Vec::with_capacity(corpus.sources.len()),
            source_origins: Vec::with_capacity(corpus.sources.len()),
        }
    }

    fn add_entities(&mut self, corpus: &Corpus) {
        for entity in corpus.entities.values() {
            let node = self.graph.add_node(Node::Entity(entity.id.clone()));
            self.entities.insert(entity.id.clone(), node);
            for alias in std::iter::once(&entity.name).chain(&entity.aliases) {
                let alias = self.graph.add_node(Node::Alias(alias.clone()));
                self.graph.add_edge(alias, node, Edge::AliasOf);
            }
        }
        for entity in corpus.entities.values() {
            if let (Some(&inner), Some(outer)) = (
                self.entities.get(&entity.id),
                entity.within.as_ref().and_then(|id| self.entities.get(id)),
            ) {
                self.graph.add_edge(inner, *outer, Edge::Within);
            }
        }
    }

    fn origin(&mut self, name: &str) -> NodeIndex {
        if let Some(&node) = self.origins.get(name) {
            return node;
        }
        let node = self.graph.add_node(Node::Origin(name.to_owned()));
        self.origins.insert(name.to_owned(), node);
        node
    }

    fn add_sources(&mut self, corpus: &Corpus) {
        // Each claim's subject node, looked up in parallel before the claims are added.
        let entities = &self.entities;
        let subjects: Vec<Vec<Option<NodeIndex>>> = corpus
            .sources
            .par_iter()
            .map(|source| {
                source
                    .claims
                    .iter()
                    .map(|claim| entities.get(claim.subject.as_str()).copied())
                    .collect()
            })
            .collect();
        for ((source_index, source), subjects) in corpus.sources.iter().enumerate().zip(subjects) {
            let source_node = self.graph.add_node(Node::Source(source_index));
            self.sources.push(source_node);
            let mut origins = Vec::with_capacity(source.origin.len());
            for origin in &source.origin {
                let origin = self.origin(origin);
                if !origins.contains(&origin) {
                    origins.push(origin);
                    self.graph.add_edge(source_node, origin, Edge::ComesThrough);
                }
            }
            self.source_origins.push(origins);
            let mut nodes = Vec::with_capacity(source.claims.len());
            for ((claim_index, claim), subject) in source.claims.iter().enumerate().zip(subjects) {
                let claim_node = self.graph.add_node(Node::Claim(ClaimRef {
                    source: source_index,
                    claim: claim_index,
                }));
                nodes.push(claim_node);
                self.graph.add_edge(source_node, claim_node, Edge::Asserts);
                self.link_claim(claim_node, claim, subject);
                if let Some(party) = &claim.party {
                    let party = self.origin(corpus.entity_name(party));
                    self.graph.add_edge(claim_node, party, Edge::AttributedTo);
                }
            }
            self.claims.push(nodes);
        }
    }

    /// Links a claim to its subject (its entity node), the entities its value names and its
    /// origin (the edges [`edges_of`] counts).
    fn link_claim(&mut self, claim_node: NodeIndex, claim: &Claim, subject: Option<NodeIndex>) {
        if let Some(subject) = subject {
            self.graph.add_edge(claim_node, subject, Edge::About);
        }
        if let Value::Entities(set) = &claim.value {
            for id in set.included.iter().chain(&set.excluded) {
                if let Some(&entity) = self.entities.get(id) {
                    self.graph.add_edge(claim_node, entity, Edge::Mentions);
                }
            }
        }
        if let Some(origin) = &claim.origin {
            let origin = self.origin(origin);
            self.graph.add_edge(claim_node, origin, Edge::ComesThrough);
        }
    }
}

/// How many distinct upstream origins the sources and claims of a corpus name (one node each).
fn origin_count(corpus: &Corpus) -> usize {
    let of_sources = corpus
        .sources
        .iter()
        .flat_map(|source| source.origin.iter().map(String::as_str));
    let of_claims = corpus.claims().filter_map(|claim| claim.origin.as_deref());
    let parties = corpus
        .claims()
        .filter_map(|claim| claim.party.as_deref())
        .map(|party| corpus.entity_name(party));
    of_sources
        .chain(of_claims)
        .chain(parties)
        .collect::<foldhash::HashSet<&str>>()
        .len()
}

/// How many edges a claim has at most: asserted by its source, about its subject, mentioning
/// each entity its value names, coming through its origin, attributed to its party.
fn edges_of(claim: &Claim) -> usize {
    let mentions = match &claim.value {
        Value::Entities(set) => set.included.len() + set.excluded.len(),
        _ => 0,
    };
    2 + mentions + usize::from(claim.origin.is_some()) + usize::from(claim.party.is_some())
}

#[cfg(test)]
mod tests {
    use super::{ClaimGraph, Ranks};

    proptest::proptest! {
        /// Ranks order as the texts do, whether a text comes as one shared copy or as
        /// several copies of its own.
        #[test]
        fn ranks_order_as_their_texts(
            texts in proptest::collection::vec("[ab]{0,3}", 1..40),
            picks in proptest::collection::vec(0usize..80, 0..80),
        ) {
            let copies: Vec<String> = texts.to_vec();
            let given: Vec<&str> = picks
                .iter()
                .map(|&pick| if pick % 2 == 0 { &texts[pick / 2 % texts.len()] } else { &copies[pick / 2 % copies.len()] })
                .map(String::as_str)
                .collect();
            let ranks = Ranks::of(given.iter().copied());
            for a in &given {
                proptest::prop_assert_eq!(ranks.text(ranks.rank(a)), Some(*a));
                for b in &given {
                    proptest::prop_assert_eq!(ranks.rank(a).cmp(&ranks.rank(b)), a.cmp(b));
                }
            }
        }
    }

    /// Groups are made from the claims alone: spellings of one entity meet in its group, and
    /// groups come in subject then property order, each group's claims in corpus order.
    #[test]
    fn groups_gather_aliases_and_come_in_id_order() {
        let dir = crate::scratch::Scratch::new();
        dir.write(
            "entities.yaml",
            "open: true\nentities:\n  - { id: harbour-board, kind: organisation, name: Harbour Board, aliases: [the board] }\n",
        );
        let row = |source: &str, subject: &str, property: &str, value: &str| {
            format!(
                r#"{{"source": "{source}", "subject": "{subject}", "property": "{property}", "value": "{value}", "as_of": "2024-06-01"}}"#
            )
        };
        let rows = [
            row("Tide Post", "the board", "founded", "1911"),
            row("Quay News", "Alma Reyes", "age", "61"),
            row("Quay News", "Harbour Board", "founded", "1912"),
            row("Tide Post", "Alma Reyes", "age", "60"),
            row("Tide Post", "harbour-board", "founded", "1911"),
        ]
        .join("\n");
        dir.write("bulk/rows.jsonl", &rows);
        let corpus = crate::corpus::load(dir.path()).unwrap();
        let groups = super::groups(&corpus);
        let described: Vec<(String, String, Vec<String>)> = groups
            .iter()
            .map(|group| {
                let keys = group.claims.iter().map(|&at| corpus.claim(at).unwrap().key()).collect();
                (group.subject.clone(), group.property.clone(), keys)
            })
            .collect();
        let expected = |subject: &str, property: &str, keys: &[&str]| {
            (
                subject.to_owned(),
                property.to_owned(),
                keys.iter().map(|key| (*key).to_owned()).collect(),
            )
        };
        assert_eq!(
            described,
            vec![
                expected("alma-reyes", "age", &["quay-news/rows-2", "tide-post/rows-4"]),
                expected(
                    "harbour-board",
                    "founded",
                    &["quay-news/rows-3", "tide-post/rows-1", "tide-post/rows-5"]
                ),
            ]
        );
    }

    /// Room is made for every node at once, origins included: a large graph grown past its
    /// room by one node would copy every node into an allocation twice the size.
    #[test]
    fn the_graph_is_allocated_with_room_for_exactly_its_nodes() {
        let dir = crate::scratch::Scratch::new();
        dir.write("entities.yaml", "open: true\n");
        let row = |source: &str, origin: &str| {
            format!(
                r#"{{"source": "{source}", "subject": "Omar Diaby", "property": "age", "value": "50", "as_of": "2025-10-22", "origin": "{origin}"}}"#
            )
        };
        let rows = [row("Desk", "AFP"), row("Wire", "Reuters"), row("Post", "AFP")].join("\n");
        dir.write("bulk/rows.jsonl", &rows);
        let corpus = crate::corpus::load(dir.path()).unwrap();
        let graph = ClaimGraph::build(&corpus);
        assert_eq!(graph.graph.node_count(), graph.graph.capacity().0);
        // One subject, three sources, three claims, two origins.
        assert_eq!(graph.graph.node_count(), 1 + 1 + 3 + 3 + 2);
    }
}
