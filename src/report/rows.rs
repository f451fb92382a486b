//! One row a judged group, with the fields a table of groups needs and nothing of its claims
//! but their keys: what the Python package's data frames hold, made without writing the JSON
//! report (which carries every claim's fields) and reading it back.

use super::{property_name, reason};
use crate::analysis::Analysis;
use crate::verdict::independent_origins;

/// A judged group as one row: the fields of the JSON report's group that a table holds,
/// each as the report writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupRow<'a> {
    /// The review id (`G-…`) when the group is a discrepancy, as the report's `id`.
    pub id: Option<String>,
    /// The subject's entity id.
    pub subject: &'a str,
    /// The subject's display name.
    pub subject_name: &'a str,
    /// The property id.
    pub property: &'a str,
    /// The property's display name.
    pub property_name: &'a str,
    /// The verdict: `agree`, `tension`, `drift` or `conflict`.
    pub verdict: &'static str,
    /// The id of the rule that decided the verdict.
    pub rule: &'static str,
    /// The group's reason, one plain sentence.
    pub reason: String,
    /// What a derived check derived, in words; `None` for an ordinary group.
    pub derivation: Option<String>,
    /// How many independent origins the group's claims come from.
    pub independent_origins: usize,
    /// The group's claims as `source/id`, sorted.
    pub claims: Vec<String>,
    /// The review status (`reviewed`, `changed`, `unreviewed`) of a discrepancy.
    pub review: Option<&'static str>,
}

/// Every judged group of `analysis` as a row, in the report's order, each made as it is
/// asked for.
pub fn group_rows<'a>(analysis: &'a Analysis<'a>) -> impl Iterator<Item = GroupRow<'a>> + 'a {
    let (corpus, graph) = (analysis.corpus, &analysis.graph);
    analysis.groups.iter().map(move |judged| {
        let standing = analysis.standing(judged);
        let subject = judged.group.subject.as_str();
        let property = judged.group.property.as_str();
        let mut claims: Vec<String> = judged
            .sides(corpus)
            .map(|(_, claim, _)| format!("{}/{}", claim.source, claim.id))
            .collect();
        claims.sort_unstable();
        GroupRow {
            id: standing.map(|standing| standing.id(corpus).to_string()),
            subject,
            subject_name: corpus.entity_name(subject),
            property,
            property_name: property_name(corpus, property),
            verdict: judged.verdict.as_str(),
            rule: judged.rule.as_str(),
            reason: reason::group(judged, corpus, graph),
            derivation: reason::derivation(judged),
            independent_origins: independent_origins(judged, corpus, graph),
            claims,
            review: standing.map(|standing| standing.status.as_str()),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::group_rows;
    use crate::analysis::Analysis;
    use crate::decisions::{DECISIONS_FILE, Decisions};
    use crate::report::{CheckView, Format, Options};
    use serde_json::Value;
    use std::path::Path;

    /// The rows of a corpus folder against the groups of its JSON report, field by field.
    fn rows_match_the_report(folder: &str) -> usize {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
        let corpus = crate::corpus::load(&root).expect("the corpus loads");
        let decisions = Decisions::load_or_empty(&root.join(DECISIONS_FILE)).expect("the decisions load");
        let analysis = Analysis::reviewed(&corpus, &decisions);
        let view = CheckView {
            analysis: &analysis,
            title: String::new(),
        };
        let mut json = Vec::new();
        let options = Options {
            width: 120,
            color: false,
            compact: false,
        };
        Format::Json
            .renderer(options)
            .check(&view, &mut json)
            .expect("the report renders");
        let report: Value = serde_json::from_slice(&json).expect("the report parses");
        let groups = report["groups"].as_array().cloned().unwrap_or_default();
        // The rows of the lighter analysis, which estimates no best-supported reading.
        let judged = Analysis::judged(&corpus, &decisions);
        let rows: Vec<_> = group_rows(&judged).collect();
        assert_eq!(rows.len(), groups.len());
        let text = |value: &Value| value.as_str().map(str::to_owned);
        for (row, group) in rows.iter().zip(&groups) {
            assert_eq!(row.id, text(&group["id"]));
            assert_eq!(Some(row.subject), group["subject"].as_str());
            assert_eq!(Some(row.subject_name), group["subject_name"].as_str());
            assert_eq!(Some(row.property), group["property"].as_str());
            assert_eq!(Some(row.property_name), group["property_name"].as_str());
            assert_eq!(Some(row.verdict), group["verdict"].as_str());
            assert_eq!(Some(row.rule), group["rule"].as_str());
            assert_eq!(Some(row.reason.as_str()), group["reason"].as_str());
            assert_eq!(row.derivation, text(&group["derivation"]));
            assert_eq!(
                Some(row.independent_origins as u64),
                group["independent_origins"].as_u64()
            );
            let mut claims: Vec<String> = group["claims"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|claim| {
                    format!(
                        "{}/{}",
                        claim["source"].as_str().unwrap_or(""),
                        claim["id"].as_str().unwrap_or("")
                    )
                })
                .collect();
            claims.sort();
            assert_eq!(row.claims, claims);
            assert_eq!(row.review, group["review"]["status"].as_str());
        }
        rows.len()
    }

    #[test]
    fn each_row_says_what_the_report_says_of_its_group() {
        assert!(rows_match_the_report("claims") > 5);
        assert!(rows_match_the_report("tests/data/flight") > 30);
    }

    #[test]
    fn reviewed_groups_keep_their_id_and_status_and_claims_come_sorted() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("claims");
        let corpus = crate::corpus::load(&root).expect("the corpus loads");
        let decisions = Decisions::load_or_empty(&root.join(DECISIONS_FILE)).expect("the decisions load");
        let analysis = Analysis::judged(&corpus, &decisions);
        let rows: Vec<_> = group_rows(&analysis).collect();
        assert!(rows.iter().any(|row| row.review.is_some() && row.id.is_some()));
        assert!(
            rows.iter()
                .all(|row| row.claims.windows(2).all(|pair| pair[0] <= pair[1]))
        );
    }
}
