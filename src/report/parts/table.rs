//! What every terminal view is made of: the paragraphs of a side (outlet, value as written,
//! quote), verdicts in their words and tones, and how much of a text `--compact` keeps.

use super::grid::{Para, Tone};
use crate::model::{Claim, Corpus};
use crate::report::{qualified_value, shorten};
use crate::verdict::Verdict;

/// How much of a quote `--compact` shows.
const QUOTE_CHARS: usize = 90;
/// How much of a decision's note `--compact` shows.
const NOTE_CHARS: usize = 140;

/// A quote between quotation marks: whole, or cut at a word when `compact`.
pub(in crate::report) fn quote_text(quote: &str, compact: bool) -> String {
    if compact {
        format!("“{}”", shorten(quote, QUOTE_CHARS))
    } else {
        format!("“{quote}”")
    }
}

/// A decision's note or any other long text: whole, or cut at a word when `compact`.
pub(in crate::report) fn note_text(note: &str, compact: bool) -> String {
    if compact {
        shorten(note, NOTE_CHARS)
    } else {
        note.to_owned()
    }
}

/// The outlet of a claim's source by name (`BFM TV`), else the source's id.
pub(in crate::report) fn outlet<'a>(corpus: &'a Corpus, claim: &'a Claim) -> &'a str {
    corpus
        .source(&claim.source)
        .map_or(claim.source.as_str(), |source| source.outlet.as_str())
}

/// One side of a group: `BFM TV: about fifty (as of 2024-12)`, then its quote below unless
/// the quote is the value itself (a cell of a bulk table).
pub(in crate::report) fn side_paras(claim: &Claim, corpus: &Corpus, compact: bool) -> Vec<Para> {
    let mut paras = vec![Para::indented(
        &format!("{}: {}", outlet(corpus, claim), qualified_value(corpus, claim)),
        0,
        2,
    )];
    if claim.quote.trim() != claim.written.trim() {
        paras.push(Para::indented(&quote_text(&claim.quote, compact), 2, 3));
    }
    paras
}

/// The tone of a verdict.
pub(in crate::report) fn verdict_tone(verdict: Verdict) -> Tone {
    match verdict {
        Verdict::Conflict => Tone::Alarm,
        Verdict::Drift => Tone::Drift,
        Verdict::Tension => Tone::Caution,
        Verdict::Agree => Tone::Calm,
    }
}

/// A verdict as a terminal shows it: conflicts in capitals.
pub(in crate::report) fn verdict_label(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Conflict => "CONFLICT",
        Verdict::Drift => "drift",
        Verdict::Tension => "tension",
        Verdict::Agree => "agree",
    }
}
