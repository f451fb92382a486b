//! The report as CSV, for spreadsheets: one row per claim of each group, in report order,
//! with the group's number, verdict, reason, id and review repeated on each of its rows.
//! Claims made by one source only are not included, so there are as many rows as claims in
//! groups.

use super::parts::csv::{guard_formula, write_records};
use super::reviewed::review_line;
use super::{CheckView, Renderer, Review, SubjectView, group_property_name};
use crate::analysis::Analysis;
use crate::decisions::Standing;
use crate::model::{Claim, Corpus};
use crate::verdict::{Judged, Normal};
use arcstr::ArcStr;
use std::borrow::Cow;
use std::io::{self, Write};

const HEADER: [&str; 18] = [
    "group",
    "subject",
    "subject_name",
    "property",
    "property_name",
    "verdict",
    "reason",
    "source",
    "claim",
    "value",
    "normalized",
    "as_of",
    "scope",
    "hedge",
    "attribution",
    "quote",
    "id",
    "review",
];

/// CSV for spreadsheets, every cell a spreadsheet would read as a formula defused.
pub(super) struct CsvRenderer;

impl Renderer for CsvRenderer {
    fn check(&self, view: &CheckView, out: &mut dyn Write) -> io::Result<()> {
        write_csv(view.analysis, out)
    }

    fn review(&self, review: &Review, out: &mut dyn Write) -> io::Result<()> {
        super::review::write_review_csv(review, out)
    }

    fn show(&self, view: &SubjectView, out: &mut dyn Write) -> io::Result<()> {
        super::show::write_show_csv(view, out)
    }
}

/// Writes the analysis as CSV (header row, then one row per claim of each group).
///
/// Every cell that a spreadsheet would read as a formula gets a leading `'` (CSV injection).
fn write_csv(analysis: &Analysis, out: &mut dyn Write) -> io::Result<()> {
    write_records(out, |writer| {
        writer.write_record(HEADER)?;
        for (index, judged) in analysis.groups.iter().enumerate() {
            let number = (index + 1).to_string();
            let review = analysis.standing(judged);
            let reason = super::reason::group(judged, analysis.corpus, &analysis.graph);
            for (_, claim, normal) in judged.sides(analysis.corpus) {
                let cells = claim_cells(analysis.corpus, (&number, &reason), judged, claim, normal, review);
                writer.write_record(cells.iter().map(|cell| guard_formula(cell).into_owned()))?;
            }
        }
        Ok(())
    })
}

fn claim_cells<'a>(
    corpus: &'a Corpus,
    (number, reason): (&'a str, &'a str),
    judged: &'a Judged,
    claim: &'a Claim,
    normal: &Normal,
    review: Option<&Standing>,
) -> [Cow<'a, str>; 18] {
    let subject = judged.group.subject.as_str();
    let property = judged.group.property.as_str();
    let optional = |text: &'a Option<ArcStr>| Cow::Borrowed(text.as_deref().unwrap_or(""));
    [
        Cow::Borrowed(number),
        Cow::Borrowed(subject),
        Cow::Borrowed(corpus.entity_name(subject)),
        Cow::Borrowed(property),
        Cow::Owned(group_property_name(corpus, judged)),
        Cow::Borrowed(judged.verdict.as_str()),
        Cow::Borrowed(reason),
        Cow::Borrowed(claim.source.as_str()),
        Cow::Borrowed(claim.id.as_str()),
        Cow::Borrowed(claim.written.as_str()),
        Cow::Owned(normal.to_string()),
        Cow::Owned(claim.as_of.to_string()),
        optional(&claim.scope),
        optional(&claim.hedge),
        optional(&claim.attribution),
        Cow::Borrowed(claim.quote.as_str()),
        Cow::Owned(review.map_or_else(String::new, |review| review.id(corpus).to_string())),
        Cow::Owned(review.map_or_else(String::new, review_line)),
    ]
}
