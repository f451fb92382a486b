//! The claim graph as Graphviz DOT: one cluster per subject holding the entity, its
//! spellings and the claims about it; sources and upstream origins outside; an edge between
//! the two claims of every pair that does not agree, conflicts in red and bold. Only the
//! claims the analysis shows (after filters) are drawn, with what they touch.

use super::{CheckView, Renderer, Review, SubjectView};
use crate::analysis::Analysis;
use crate::graph::{Edge, Node};
use crate::model::{ClaimRef, Corpus};
use crate::verdict::Verdict;
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{self, Write};

/// The claim graph as Graphviz DOT: the part of it the view covers.
pub(super) struct DotRenderer;

impl Renderer for DotRenderer {
    fn check(&self, view: &CheckView, out: &mut dyn Write) -> io::Result<()> {
        write_dot(view.analysis, out)
    }

    fn review(&self, review: &Review, out: &mut dyn Write) -> io::Result<()> {
        write_dot(review.analysis, out)
    }

    fn show(&self, view: &SubjectView, out: &mut dyn Write) -> io::Result<()> {
        write_dot(view.analysis, out)
    }
}

/// Writes the shown part of the claim graph as a Graphviz digraph, cluster by cluster.
fn write_dot(analysis: &Analysis, out: &mut dyn Write) -> io::Result<()> {
    let corpus = analysis.corpus;
    let graph = &analysis.graph.graph;
    let worst = worst_verdicts(analysis);
    let kept = kept_nodes(analysis, &worst);
    let mut clusters: BTreeMap<String, Vec<NodeIndex>> = BTreeMap::new();
    let mut outside = Vec::new();
    for &node in &kept {
        match cluster_of(analysis, node) {
            Some(subject) => clusters.entry(subject).or_default().push(node),
            None => outside.push(node),
        }
    }
    out.write_all(b"digraph crosscheck {\n  graph [rankdir=LR, fontname=\"Helvetica\"];\n")?;
    out.write_all(b"  node [fontname=\"Helvetica\", fontsize=10];\n  edge [fontname=\"Helvetica\", fontsize=9];\n")?;
    for (number, (subject, nodes)) in clusters.iter().enumerate() {
        writeln!(
            out,
            "  subgraph cluster_{number} {{\n    label=\"{}\";\n    style=rounded;",
            escape(corpus.entity_name(subject))
        )?;
        for &node in nodes {
            writeln!(out, "    {}", node_line(corpus, &graph[node], node, &worst))?;
        }
        out.write_all(b"  }\n")?;
    }
    for node in outside {
        writeln!(out, "  {}", node_line(corpus, &graph[node], node, &worst))?;
    }
    for edge in graph.edge_references() {
        if kept.contains(&edge.source()) && kept.contains(&edge.target()) {
            writeln!(
                out,
                "  n{} -> n{} [{}];",
                edge.source().index(),
                edge.target().index(),
                edge_style(*edge.weight())
            )?;
        }
    }
    findings(out, analysis)?;
    out.write_all(b"}\n")
}

/// The most severe verdict each shown claim takes part in.
fn worst_verdicts(analysis: &Analysis) -> HashMap<ClaimRef, Verdict> {
    let mut worst = HashMap::new();
    for judged in &analysis.groups {
        for &at in &judged.group.claims {
            worst.entry(at).or_insert(Verdict::Agree);
        }
        for finding in &judged.findings {
            for &at in &finding.claims {
                let entry = worst.entry(at).or_insert(finding.verdict);
                *entry = (*entry).max(finding.verdict);
            }
        }
    }
    for &at in &analysis.singles {
        worst.insert(at, Verdict::Agree);
    }
    worst
}

/// The shown claims and every source, entity, spelling and origin they are linked to.
fn kept_nodes(analysis: &Analysis, shown: &HashMap<ClaimRef, Verdict>) -> Vec<NodeIndex> {
    let graph = &analysis.graph.graph;
    let claims: HashSet<NodeIndex> = graph
        .node_indices()
        .filter(|&node| matches!(&graph[node], Node::Claim(at) if shown.contains_key(at)))
        .collect();
    let mut kept: HashSet<NodeIndex> = claims.clone();
    for &claim in &claims {
        kept.extend(graph.neighbors_undirected(claim));
    }
    let entities: Vec<NodeIndex> = kept
        .iter()
        .copied()
        .filter(|&node| matches!(graph[node], Node::Entity(_)))
        .collect();
    for entity in entities {
        kept.extend(
            graph
                .edges_directed(entity, petgraph::Direction::Incoming)
                .filter(|edge| *edge.weight() == Edge::AliasOf)
                .map(|edge| edge.source()),
        );
    }
    let sources: Vec<NodeIndex> = kept
        .iter()
        .copied()
        .filter(|&node| matches!(graph[node], Node::Source(_)))
        .collect();
    for source in sources {
        kept.extend(
            graph
                .edges(source)
                .filter(|edge| *edge.weight() == Edge::ComesThrough)
                .map(|edge| edge.target()),
        );
    }
    let mut kept: Vec<NodeIndex> = kept.into_iter().collect();
    kept.sort();
    kept
}

/// The subject whose cluster a node belongs to: an entity itself, its spellings, the claims about it.
fn cluster_of(analysis: &Analysis, node: NodeIndex) -> Option<String> {
    let graph = &analysis.graph.graph;
    match &graph[node] {
        Node::Entity(id) => Some(id.clone()),
        Node::Claim(at) => analysis.corpus.claim(*at).map(|claim| claim.subject.to_string()),
        Node::Alias(_) => graph.neighbors(node).find_map(|target| match &graph[target] {
            Node::Entity(id) => Some(id.clone()),
            _ => None,
        }),
        Node::Source(_) | Node::Origin(_) => None,
    }
}

fn node_line(corpus: &Corpus, node: &Node, index: NodeIndex, worst: &HashMap<ClaimRef, Verdict>) -> String {
    let (label, style) = match node {
        Node::Source(source) => (
            corpus.sources.get(*source).map_or_else(String::new, |s| s.id.clone()),
            "shape=box, style=filled, fillcolor=\"#e8eef9\"".to_owned(),
        ),
        Node::Claim(at) => claim_node(corpus, *at, worst.get(at).copied().unwrap_or(Verdict::Agree)),
        Node::Entity(id) => (
            corpus.entity_name(id).to_owned(),
            "shape=ellipse, style=\"filled,bold\", fillcolor=\"#f4f4f4\"".to_owned(),
        ),
        Node::Alias(spelling) => (spelling.clone(), "shape=plaintext, fontcolor=\"#555555\"".to_owned()),
        Node::Origin(name) => (name.clone(), "shape=hexagon".to_owned()),
    };
    format!("n{} [label=\"{}\", {style}];", index.index(), escape(&label))
}

fn claim_node(corpus: &Corpus, at: ClaimRef, verdict: Verdict) -> (String, String) {
    let label = corpus.claim(at).map_or_else(String::new, |claim| {
        format!("{}\n{}: {}", claim.key(), claim.property, claim.written)
    });
    let style = match verdict {
        Verdict::Conflict => "shape=note, color=\"#b3261e\", penwidth=2.5, fontcolor=\"#b3261e\"",
        Verdict::Drift => "shape=note, color=\"#7b3fa0\", style=dashed",
        Verdict::Tension => "shape=note, color=\"#a86400\"",
        Verdict::Agree => "shape=note",
    };
    (label, style.to_owned())
}

fn edge_style(edge: Edge) -> &'static str {
    match edge {
        Edge::Asserts => "label=\"asserts\", color=\"#888888\"",
        Edge::About => "label=\"about\"",
        Edge::Mentions => "label=\"mentions\", style=dashed",
        Edge::AliasOf => "label=\"alias of\", style=dotted, arrowhead=none",
        Edge::Within => "label=\"within\", style=dashed",
        Edge::ComesThrough => "label=\"through\", style=dotted",
        Edge::AttributedTo => "label=\"attributed to\", style=dotted",
    }
}

/// An edge between the two claims of each pair that does not agree.
fn findings(out: &mut dyn Write, analysis: &Analysis) -> io::Result<()> {
    let graph = &analysis.graph.graph;
    let nodes: HashMap<ClaimRef, NodeIndex> = graph
        .node_indices()
        .filter_map(|node| match &graph[node] {
            Node::Claim(at) => Some((*at, node)),
            _ => None,
        })
        .collect();
    for finding in analysis.groups.iter().flat_map(|judged| &judged.findings) {
        let style = match finding.verdict {
            Verdict::Conflict => "color=\"#b3261e\", penwidth=2.5, fontcolor=\"#b3261e\"",
            Verdict::Drift => "color=\"#7b3fa0\", style=dashed",
            _ => "color=\"#a86400\", style=dashed",
        };
        // A pair is one edge; a derived check joins its first claim to each of the others.
        let mut ends = finding.claims.iter().filter_map(|at| nodes.get(at));
        let Some(first) = ends.next() else { continue };
        for other in ends {
            writeln!(
                out,
                "  n{} -> n{} [label=\"{}\", dir=none, constraint=false, {style}];",
                first.index(),
                other.index(),
                finding.verdict
            )?;
        }
    }
    Ok(())
}

/// Escapes text for a double-quoted DOT string: backslashes and quotes get a backslash,
/// line breaks become `\n` (a centred line in a label).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn labels_cannot_break_out_of_their_string() {
        assert_eq!(escape(r#"say "hi"\ "#), r#"say \"hi\"\\ "#);
        assert_eq!(escape("two\nlines\r\n"), r"two\nlines\n");
    }
}
