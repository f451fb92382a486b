//! What people read. Each view (`check`, `review`, `show`, `diff`) makes one model:
//! [`CheckView`], [`Review`], [`SubjectView`], [`DiffView`]. A [`Format`] picks one
//! [`Renderer`], which writes any of those models to a [`Write`] as it goes. A new format is
//! one file with a renderer and one arm in [`Format`] (see README, "Design notes").

mod csv;
mod diff;
mod dot;
mod estimate;
mod html;
mod json;
mod markdown;
mod parts;
pub mod reason;
pub mod review;
mod reviewed;
mod rows;
mod sarif;
mod sentence;
pub mod show;
mod table;

pub use diff::{DIFF_SCHEMA, DiffView};
pub use estimate::{describe_accuracy, telling};
pub use json::REPORT_SCHEMA;
pub use parts::markdown::escape as escape_markdown;
pub use review::Review;
pub use reviewed::review_notice;
pub use rows::{GroupRow, group_rows};
pub use sentence::{InSentence, sentence_around};
pub use show::SubjectView;
pub use table::write_summary;

/// The JSON Schema of the report that `--format json` prints.
pub const REPORT_JSON_SCHEMA: &str = include_str!("report.schema.json");
/// The JSON Schema of `review --format json`.
pub const REVIEW_JSON_SCHEMA: &str = include_str!("review.schema.json");
/// The JSON Schema of `show --format json`.
pub const SHOW_JSON_SCHEMA: &str = include_str!("show.schema.json");

use crate::analysis::Analysis;
use crate::counted::counted;
use crate::graph::{ClaimGraph, Origins};
use crate::model::{Claim, ClaimRef, Corpus};
use crate::value::Value;
use crate::verdict::{Judged, Normal};
use clap::ValueEnum;
use std::io::{self, Write};

/// Output formats: each picks the one renderer that writes every view in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A table for people at a terminal.
    Table,
    /// Stable JSON for programs, in the schema the command's help names.
    Json,
    /// GitHub-flavoured Markdown for editorial notes and pull-request comments.
    Markdown,
    /// One CSV row per claim in a group, for spreadsheets.
    Csv,
    /// One self-contained HTML page, filterable, for a browser.
    Html,
    /// The claim graph as Graphviz DOT, clustered by subject.
    Dot,
    /// SARIF 2.1.0 for code-review tools such as GitHub code scanning
    Sarif,
}

impl Format {
    /// The renderer of this format.
    pub fn renderer(self, options: Options) -> Box<dyn Renderer> {
        match self {
            Format::Table => Box::new(table::TableRenderer(options)),
            Format::Json => Box::new(json::JsonRenderer),
            Format::Markdown => Box::new(markdown::MarkdownRenderer),
            Format::Csv => Box::new(csv::CsvRenderer),
            Format::Html => Box::new(html::HtmlRenderer),
            Format::Dot => Box::new(dot::DotRenderer),
            Format::Sarif => Box::new(sarif::SarifRenderer),
        }
    }

    /// The name the command line knows the format by.
    pub fn name(self) -> String {
        self.to_possible_value()
            .map_or_else(|| format!("{self:?}"), |value| value.get_name().to_owned())
    }
}

/// What the terminal tells a renderer (only the terminal views use it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// The width of the terminal in columns.
    pub width: u16,
    /// Whether verdicts may be coloured.
    pub color: bool,
    /// Whether quotes and notes may be cut (at a word, with an ellipsis) to keep rows short.
    pub compact: bool,
}

/// One output format: writes the model of each view to `out` as it is made, so a report is
/// never held whole when the format allows. A format that has no way to show a view keeps
/// that view's default, which writes nothing and fails with [`io::ErrorKind::Unsupported`].
pub trait Renderer {
    /// Writes the report of `check`: the groups, the claims made by one source only, the reviews.
    fn check(&self, view: &CheckView, out: &mut dyn Write) -> io::Result<()>;
    /// Writes the review of one source (`review`).
    fn review(&self, review: &Review, out: &mut dyn Write) -> io::Result<()>;
    /// Writes everything on one subject (`show`).
    fn show(&self, view: &SubjectView, out: &mut dyn Write) -> io::Result<()>;
    /// Writes what a change to a corpus did (`diff`).
    fn diff(&self, _diff: &DiffView, _out: &mut dyn Write) -> io::Result<()> {
        Err(io::Error::new(
            io::ErrorKind::Unsupported,
            "this format does not show a diff",
        ))
    }
}

/// The model of `check`: the analysis after filters, and what the report is about.
pub struct CheckView<'a> {
    /// The analysis, filtered to what is shown.
    pub analysis: &'a Analysis<'a>,
    /// What the report covers, for formats with a title: `discrepancies in claims`.
    pub title: String,
}

/// `25 groups: 2 conflict, 1 drift, 5 tension, 17 agree; 43 claims made by one source only`.
pub fn groups_summary(analysis: &Analysis) -> String {
    let tally = analysis.tally();
    format!(
        "{}: {} conflict, {} drift, {} tension, {} agree; {} made by one source only",
        counted(analysis.groups.len(), "group", "groups"),
        tally.conflict,
        tally.drift,
        tally.tension,
        tally.agree,
        counted(analysis.singles.len(), "claim", "claims")
    )
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

/// A claim's value as written, entities by their names (`US State Department`, `not
/// Al-Qaeda`) rather than their ids, with its scope and explicit as-of date:
/// `roughly 70 [French nationals]`, `about fifty (as of 2024-12)`.
pub fn qualified_value(corpus: &Corpus, claim: &Claim) -> String {
    let names = match (&claim.value, corpus.properties.get(claim.property.as_str())) {
        (Value::Entities(_), Some(property)) => entity_names(corpus, &Normal::of(claim, property)),
        _ => None,
    };
    let mut value = names.unwrap_or_else(|| claim.written.to_string());
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

/// The name of a claim's origins for people: the upstream outlets it came through (`AFP,
/// Reuters`) or the party it is attributed to, else its source's outlet (`Asharq Al-Awsat`),
/// never a source id.
pub fn origin_name<'a>(corpus: &'a Corpus, graph: &'a ClaimGraph, at: ClaimRef) -> &'a str {
    let name = graph.origin_name(at, corpus);
    match (graph.origins_of(at), corpus.sources.get(at.source)) {
        (Origins::Itself(_), Some(source)) if name == source.id => &source.outlet,
        _ => name,
    }
}

/// Entities by display name, without the braces of a set (`Samarkand`, `AFP, Reuters`);
/// `None` for a reading of another kind.
pub fn entity_names(corpus: &Corpus, normal: &Normal) -> Option<String> {
    if !matches!(normal, Normal::Entity(_) | Normal::EntitySet(_)) {
        return None;
    }
    let names = normal.describe(corpus);
    let bare = names.strip_prefix('{').and_then(|names| names.strip_suffix('}'));
    Some(bare.unwrap_or(&names).to_owned())
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
