//! One subject as CSV: one row per claim about it, with its property's verdict.

use super::SubjectView;
use crate::report::parts::csv::{guard_formula, write_records};
use std::io::{self, Write};

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

/// Writes a subject view as CSV (header row, then one row per claim).
pub(in crate::report) fn write_show_csv(view: &SubjectView, out: &mut dyn Write) -> io::Result<()> {
    write_records(out, |writer| {
        writer.write_record(HEADER)?;
        for group in &view.properties {
            let verdict = group.verdict.as_ref().map_or("single", |(verdict, _)| verdict.as_str());
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
