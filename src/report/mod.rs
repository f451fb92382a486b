//! What people read: one renderer per format, all reading the same [`Analysis`].

mod csv;
mod diff;
mod dot;
mod html;
mod json;
mod markdown;
pub mod review;
mod reviewed;
mod sentence;
pub mod show;
mod table;

pub use self::csv::render_csv;
pub use diff::{DIFF_SCHEMA, render_diff_json, render_diff_markdown, render_diff_table};
pub use dot::render_dot;
pub use html::render_html;
pub use json::{REPORT_SCHEMA, write_json};
pub use markdown::render_markdown;
pub use reviewed::review_notice;
pub use sentence::{InSentence, sentence_around};
pub use table::{render_summary, render_table};

/// The JSON Schema of the report that `--format json` prints.
pub const REPORT_JSON_SCHEMA: &str = include_str!("report.schema.json");
/// The JSON Schema of `review --format json`.
pub const REVIEW_JSON_SCHEMA: &str = include_str!("review.schema.json");
/// The JSON Schema of `show --format json`.
pub const SHOW_JSON_SCHEMA: &str = include_str!("show.schema.json");

use crate::baseline::{Baseline, GroupReview, Reviews};
use crate::graph::ClaimGraph;
use crate::model::{Claim, ClaimRef, Corpus};
use crate::value::Value;
use crate::verdict::{Judged, Normal, Verdict, explain, judge_unexplained};
use std::collections::HashSet;

/// A judged corpus: the corpus, its groups with verdicts, and the claims no other claim
/// shares a subject and property with.
pub struct Analysis<'c> {
    /// The corpus.
    pub corpus: &'c Corpus,
    /// Its graph.
    pub graph: ClaimGraph,
    /// Groups of two or more claims, most severe first.
    pub groups: Vec<Judged>,
    /// Claims alone in their group.
    pub singles: Vec<ClaimRef>,
    /// The id and review of every discrepancy, and stale decisions.
    pub reviews: Reviews,
}

/// Counts of groups by verdict.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Tally {
    /// Groups whose claims agree.
    pub agree: usize,
    /// Groups in tension.
    pub tension: usize,
    /// Groups that drifted.
    pub drift: usize,
    /// Groups in conflict.
    pub conflict: usize,
}

impl<'c> Analysis<'c> {
    /// Builds the graph of a corpus and judges every group, with no reviewed decisions.
    pub fn of(corpus: &'c Corpus) -> Self {
        Self::reviewed(corpus, &Baseline::empty())
    }

    /// Builds the graph of a corpus, judges every group and reviews every discrepancy
    /// against the reviewed decisions (before any filter, so that stale decisions are those
    /// of the whole corpus).
    pub fn reviewed(corpus: &'c Corpus, baseline: &Baseline) -> Self {
        Self::shown(corpus, baseline, &Filter::default())
    }

    /// Like [`Analysis::reviewed`], keeping only what the filter selects; reasons are
    /// written for the groups kept only.
    pub fn shown(corpus: &'c Corpus, baseline: &Baseline, filter: &Filter) -> Self {
        let mut analysis = Self::unexplained(corpus, baseline).filter(filter);
        explain(&mut analysis.groups, corpus, &analysis.graph);
        analysis
    }

    /// Like [`Analysis::shown`], without the reasons: for a summary, which counts verdicts,
    /// differences and reviews only.
    pub fn counted(corpus: &'c Corpus, baseline: &Baseline, filter: &Filter) -> Self {
        Self::unexplained(corpus, baseline).filter(filter)
    }

    /// Every group judged and reviewed, without reasons.
    fn unexplained(corpus: &'c Corpus, baseline: &Baseline) -> Self {
        let graph = ClaimGraph::build(corpus);
        let groups = graph.groups(corpus);
        let lone: Vec<ClaimRef> = groups
            .iter()
            .filter(|group| group.claims.len() == 1)
            .flat_map(|group| group.claims.iter().copied())
            .collect();
        let groups = judge_unexplained(corpus, groups);
        // Only a derived check can take in a claim that is alone in its own group.
        let derived: HashSet<ClaimRef> = groups
            .iter()
            .filter(|judged| judged.derivation.is_some())
            .flat_map(|judged| judged.group.claims.iter().copied())
            .collect();
        let reviews = Reviews::of(corpus, &groups, baseline);
        Analysis {
            corpus,
            graph,
            groups,
            singles: lone.into_iter().filter(|at| !derived.contains(at)).collect(),
            reviews,
        }
    }

    /// The id and review of a group, when it is a discrepancy (its verdict is not `agree`).
    pub fn review(&self, judged: &Judged) -> Option<&GroupReview> {
        self.reviews.of_group(judged)
    }

    /// Whether a shown group is a conflict that no decision covers as it is now (the check
    /// then fails).
    pub fn has_unreviewed_conflicts(&self) -> bool {
        self.groups
            .iter()
            .any(|judged| self.review(judged).is_some_and(GroupReview::fails))
    }

    /// Keeps only what the filter selects.
    fn filter(mut self, filter: &Filter) -> Self {
        let corpus = self.corpus;
        self.groups
            .retain(|judged| filter.verdicts.is_empty() || filter.verdicts.contains(&judged.verdict));
        self.groups
            .retain(|judged| filter.subjects.is_empty() || filter.subjects.contains(&judged.group.subject));
        self.groups.retain(|judged| {
            filter.sources.is_empty()
                || judged.group.claims.iter().any(|&at| {
                    corpus
                        .claim(at)
                        .is_some_and(|claim| filter.sources.iter().any(|source| *source == claim.source))
                })
        });
        let keep_single = |claim: &Claim| {
            filter.verdicts.is_empty()
                && (filter.subjects.is_empty() || filter.subjects.iter().any(|subject| *subject == claim.subject))
                && (filter.sources.is_empty() || filter.sources.iter().any(|source| *source == claim.source))
        };
        self.singles.retain(|&at| corpus.claim(at).is_some_and(keep_single));
        self
    }

    /// Groups by verdict.
    pub fn tally(&self) -> Tally {
        let mut tally = Tally::default();
        for judged in &self.groups {
            match judged.verdict {
                Verdict::Agree => tally.agree += 1,
                Verdict::Tension => tally.tension += 1,
                Verdict::Drift => tally.drift += 1,
                Verdict::Conflict => tally.conflict += 1,
            }
        }
        tally
    }

    /// `25 groups: 2 conflict, 1 drift, 5 tension, 17 agree; 43 claims made by one source only`.
    pub fn summary(&self) -> String {
        let tally = self.tally();
        format!(
            "{} groups: {} conflict, {} drift, {} tension, {} agree; {} claims made by one source only",
            self.groups.len(),
            tally.conflict,
            tally.drift,
            tally.tension,
            tally.agree,
            self.singles.len()
        )
    }

    /// How the groups' values differ: in value, only in how they are written, or not at all.
    pub fn differences(&self) -> Differences {
        let mut differences = Differences::default();
        for judged in &self.groups {
            let claims: Vec<&Claim> = judged
                .group
                .claims
                .iter()
                .filter_map(|&at| self.corpus.claim(at))
                .collect();
            let same_normal = judged
                .normals
                .iter()
                .all(|normal| Some(normal) == judged.normals.first());
            let same_writing = claims
                .iter()
                .all(|claim| claims.first().is_some_and(|first| first.written == claim.written));
            match (same_normal, same_writing) {
                (false, _) => differences.in_value += 1,
                (true, false) => differences.in_form_only += 1,
                (true, true) => differences.none += 1,
            }
        }
        differences
    }

    /// Whether any group is in conflict (the check then fails).
    pub fn has_conflicts(&self) -> bool {
        self.groups.iter().any(|judged| judged.verdict == Verdict::Conflict)
    }
}

/// Groups by how their values differ: normal forms that differ; the same normal form
/// written differently (`2:07 PMDec 01` and `12/1/11 2:07 PM (-05:00)`); written alike.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Differences {
    /// Groups whose normal forms differ.
    pub in_value: usize,
    /// Groups with one normal form, written in more than one way.
    pub in_form_only: usize,
    /// Groups whose claims are all written alike.
    pub none: usize,
}

/// Which groups and claims a report shows; empty lists select everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Verdicts to show.
    pub verdicts: Vec<Verdict>,
    /// Canonical subject ids to show.
    pub subjects: Vec<String>,
    /// Source ids whose groups to show.
    pub sources: Vec<String>,
}

/// The property a group is about, by display name, marked when the group is a derived check:
/// `duration (derived)`.
pub fn group_property_name(corpus: &Corpus, judged: &Judged) -> String {
    marked_property_name(corpus, &judged.group.property, judged.derivation.is_some())
}

/// The display name of a property, marked `(derived)` for a derived check.
pub fn marked_property_name(corpus: &Corpus, property: &str, derived: bool) -> String {
    let name = property_name(corpus, property);
    if derived {
        format!("{name} (derived)")
    } else {
        name.to_owned()
    }
}

/// A claim's value as written with its scope and explicit as-of date:
/// `roughly 70 [French nationals]`, `about fifty (as of 2024-12)`.
pub fn qualified_value(corpus: &Corpus, claim: &Claim) -> String {
    let mut value = claim.written.to_string();
    if let Some(scope) = &claim.scope {
        let name = corpus
            .scopes
            .get(scope.as_str())
            .map_or(scope.as_str(), |s| s.name.as_str());
        value.push_str(&format!(" [{name}]"));
    }
    if claim.as_of_explicit {
        value.push_str(&format!(" (as of {})", claim.as_of));
    }
    value
}

/// The value of a claim made by one source only: entities by display name, with the hedge.
pub fn single_value(corpus: &Corpus, claim: &Claim) -> String {
    let mut value = match (&claim.value, corpus.properties.get(claim.property.as_str())) {
        (Value::Entities(_), Some(property)) => Normal::of(claim, property).describe(corpus),
        _ => claim.written.to_string(),
    };
    if let Some(hedge) = &claim.hedge {
        value.push_str(&format!(" ({hedge})"));
    }
    value
}

/// The name of a claim's origin: the upstream outlet it came through, else its source's id.
pub fn origin_name<'a>(corpus: &'a Corpus, graph: &'a ClaimGraph, at: ClaimRef) -> &'a str {
    graph.origin_name(graph.origin_of(at), corpus)
}

/// The display name of a property id (the id itself when unknown).
pub fn property_name<'a>(corpus: &'a Corpus, property: &'a str) -> &'a str {
    corpus.properties.get(property).map_or(property, |p| p.name.as_str())
}

/// The cells of `own` followed by those of `side`, as one row of `N` cells.
fn concat_cells<const A: usize, const B: usize, const N: usize>(own: [String; A], side: [String; B]) -> [String; N] {
    let mut cells = own.into_iter().chain(side);
    std::array::from_fn(|_| cells.next().unwrap_or_default())
}

/// A quote cut to at most `max` characters at a word boundary, with an ellipsis.
pub fn shorten(text: &str, max: usize) -> String {
    let collapsed: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.chars().count() <= max {
        return collapsed;
    }
    let cut: String = collapsed.chars().take(max.saturating_sub(1)).collect();
    let cut = match cut.rfind(' ') {
        Some(space) if space > max / 2 => cut[..space].to_owned(),
        _ => cut,
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::shorten;

    #[test]
    fn short_quotes_stay_whole_and_long_ones_cut_at_a_word() {
        assert_eq!(
            shorten("headed by 50-year-old  Omar Diaby", 60),
            "headed by 50-year-old Omar Diaby"
        );
        assert_eq!(
            shorten(
                "The battalion is believed to include around 150 French-speaking fighters",
                40
            ),
            "The battalion is believed to include…"
        );
    }
}
