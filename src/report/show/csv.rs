//! One subject as CSV: one row per claim about it, with its property's verdict.

use super::SubjectView;
use crate::report::csv::{guard_formula, to_text};

const HEADER: [&str; 12] = [
    "property",
    "property_name",
    "verdict",
    "source",
    "claim",
    "subject_written",
    "value",
    "normalized",
    "as_of",
    "scope",
    "origin",
    "quote",
];

/// Renders a subject view as CSV (header row, then one row per claim).
pub fn render_show_csv(view: &SubjectView) -> String {
    to_text(|writer| {
        writer.write_record(HEADER)?;
        for group in &view.properties {
            let verdict = group.verdict.map_or("single", |(verdict, _)| verdict.as_str());
            let name = group.name(view.corpus);
            for side in &group.claims {
                let claim = side.claim;
                let row = [
                    group.property,
                    &name,
                    verdict,
                    &claim.source,
                    &claim.id,
                    &claim.subject_written,
                    &claim.written,
                    &side.normal,
                    &claim.as_of.to_string(),
                    claim.scope.as_deref().unwrap_or(""),
                    &side.origin,
                    &claim.quote,
                ];
                writer.write_record(row.iter().map(|cell| guard_formula(cell).into_owned()))?;
            }
        }
        Ok(())
    })
}
