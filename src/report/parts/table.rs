//! What every terminal table is made of: a table in the house style, the text of a side, and
//! verdicts in their colours.

use crate::model::{Claim, Corpus};
use crate::report::{qualified_value, shorten};
use crate::verdict::Verdict;
use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Attribute, Cell, Color, ContentArrangement, Table};

/// How much of a quote a table cell shows.
pub(in crate::report) const QUOTE_CHARS: usize = 90;

/// A table in the house style, `width` columns wide; styled cells show only when `color`.
pub(in crate::report) fn new_table(width: u16, header: &[&str], color: bool) -> Table {
    let mut table = Table::new();
    table.load_style(UTF8_FULL_CONDENSED).force_no_tty();
    if color {
        table.enforce_styling();
    }
    table
        .set_content_arrangement(ContentArrangement::DynamicFullWidth)
        .set_width(width)
        .set_header(header.to_vec());
    table
}

/// One side of a group: value and normal form, source, shortened quote.
pub(in crate::report) fn side_text(claim: &Claim, normal: &str, corpus: &Corpus) -> String {
    format!(
        "{} = {normal}\n  · {}\n  “{}”",
        qualified_value(corpus, claim),
        claim.source,
        shorten(&claim.quote, QUOTE_CHARS)
    )
}

/// A verdict's cell: its label, in a colour of its own (shown only on a styled table).
pub(in crate::report) fn verdict_cell(verdict: Verdict) -> Cell {
    verdict_style(Cell::new(verdict_label(verdict)), verdict)
}

/// A cell in the colour of a verdict (shown only where colour is allowed).
pub(in crate::report) fn verdict_style(cell: Cell, verdict: Verdict) -> Cell {
    match verdict {
        Verdict::Conflict => cell.fg(Color::Red).add_attribute(Attribute::Bold),
        Verdict::Drift => cell.fg(Color::Magenta),
        Verdict::Tension => cell.fg(Color::Yellow),
        Verdict::Agree => cell.fg(Color::Green),
    }
}

/// A verdict as a table shows it: conflicts in capitals.
pub(in crate::report) fn verdict_label(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Conflict => "CONFLICT",
        Verdict::Drift => "drift",
        Verdict::Tension => "tension",
        Verdict::Agree => "agree",
    }
}
