//! `--format dot`: the claim graph as Graphviz, clustered by subject, conflicts styled
//! apart, and accepted by `dot -Tsvg`.

use crate::common::{hostile_corpus, run, system_tool};
use std::io::Write;
use std::process::{Command, Stdio};

/// Renders DOT text to SVG with Graphviz, or `None` when Graphviz is not installed.
fn to_svg(dot: &str) -> Option<String> {
    let program = system_tool("dot")?;
    let mut child = Command::new(program)
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dot runs");
    child
        .stdin
        .take()
        .expect("a pipe")
        .write_all(dot.as_bytes())
        .expect("dot reads the graph");
    let output = child.wait_with_output().expect("dot finishes");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "dot refused the graph: {stderr}");
    assert!(!stderr.contains("syntax error"), "{stderr}");
    Some(String::from_utf8(output.stdout).expect("SVG is UTF-8"))
}

#[test]
fn the_graph_of_the_shipped_corpus_is_clustered_by_subject_with_conflicts_marked() {
    let run = run(&["check", "--format", "dot"]);
    assert_eq!(run.code, 0, "every conflict of the shipped corpus is reviewed");
    let dot = run.stdout;
    assert!(dot.starts_with("digraph crosscheck {"));
    assert!(dot.contains("subgraph cluster_"));
    assert!(dot.contains("label=\"Omar Diaby\";"), "a cluster per subject, named");
    assert!(
        dot.contains("[label=\"Oumar Diaby\", shape=plaintext"),
        "spellings are drawn"
    );
    assert!(
        dot.contains("label=\"conflict\", dir=none"),
        "conflicting pairs are joined"
    );
    assert!(dot.contains("penwidth=2.5"), "conflicts are drawn bold");
    assert!(dot.contains("[label=\"AFP\", shape=hexagon]"), "origins are drawn");
    let clusters = dot.matches("subgraph cluster_").count();
    let Some(svg) = to_svg(&dot) else { return };
    assert!(svg.contains("<svg"));
    assert_eq!(svg.matches("class=\"cluster\"").count(), clusters);
}

#[test]
fn review_and_show_draw_only_their_part_of_the_graph() {
    let whole = run(&["check", "--format", "dot"]).stdout;
    for args in [
        ["review", "rferl-jisr-al-shughour", "--format", "dot"],
        ["show", "ghuraba", "--format", "dot"],
    ] {
        let part = run(&args).stdout;
        assert!(part.lines().count() < whole.lines().count(), "{args:?}");
        let Some(svg) = to_svg(&part) else { return };
        assert!(svg.contains("<svg"));
    }
}

#[test]
fn quotes_and_backslashes_in_labels_are_escaped() {
    let scratch = hostile_corpus();
    scratch.replace(
        "entities.yaml",
        "aliases: [Oumar Diaby,",
        r#"aliases: ['Omar "the \ preacher" } Diaby', Oumar Diaby,"#,
    );
    let dot = scratch.check(&["--format", "dot"]).stdout;
    assert!(
        dot.contains(r#"[label="Omar \"the \\ preacher\" } Diaby", shape=plaintext"#),
        "{dot}"
    );
    let Some(svg) = to_svg(&dot) else { return };
    assert!(svg.contains("<svg"));
}
