//! The sentence around a quote: readers judge a quote by what surrounds it, so reports show
//! it inside the sentence (or line) of the source text it was taken from.

use crate::model::TextSpan;

/// How far a sentence may reach beyond its quote on each side, in characters.
const REACH: usize = 320;

/// A quote in its sentence: the text before it, the quote as it stands in the text, and the
/// text after it, up to the sentence's ends (or a line break).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InSentence<'t> {
    /// From the start of the sentence to the quote.
    pub before: &'t str,
    /// The quote, verbatim from the text.
    pub quote: &'t str,
    /// From the quote to the end of the sentence, its punctuation included.
    pub after: &'t str,
    /// Whether `before` was cut short of the sentence's start.
    pub cut_before: bool,
    /// Whether `after` was cut short of the sentence's end.
    pub cut_after: bool,
}

/// The sentence of `text` around `span`; an out-of-range span gives an empty sentence.
pub fn sentence_around(text: &str, span: TextSpan) -> InSentence<'_> {
    let Some(quote) = text.get(span.start..span.end) else {
        return InSentence {
            before: "",
            quote: "",
            after: "",
            cut_before: false,
            cut_after: false,
        };
    };
    let head = &text[..span.start];
    let tail = &text[span.end..];
    let start = sentence_start(head);
    let end = sentence_end(tail);
    let (before, cut_before) = keep_last_chars(&head[start..], REACH);
    let (after, cut_after) = keep_first_chars(&tail[..end], REACH);
    InSentence {
        before: before.trim_start(),
        quote,
        after: after.trim_end(),
        cut_before,
        cut_after,
    }
}

/// Byte offset in `head` where the sentence ending in it starts: after the last line break,
/// or after the last `.`, `!` or `?` (and any closing quotes) followed by white space.
fn sentence_start(head: &str) -> usize {
    let mut start = 0;
    let mut after_terminator = false;
    for (at, c) in head.char_indices() {
        if c == '\n' {
            start = at + 1;
        } else if c.is_whitespace() && after_terminator {
            start = at;
        }
        after_terminator = ends_sentence(c) || (after_terminator && closes_quote(c));
    }
    start
}

/// Byte length of the part of `tail` that finishes the sentence: up to a line break, or up
/// to and including a `.`, `!` or `?` (and any closing quotes) followed by white space or
/// the end of the text.
fn sentence_end(tail: &str) -> usize {
    let mut end_candidate = None;
    for (at, c) in tail.char_indices() {
        if c == '\n' {
            return end_candidate.unwrap_or(at);
        }
        if c.is_whitespace() {
            if let Some(end) = end_candidate {
                return end;
            }
        } else if ends_sentence(c) || (end_candidate.is_some() && closes_quote(c)) {
            end_candidate = Some(at + c.len_utf8());
        } else {
            end_candidate = None;
        }
    }
    tail.len()
}

fn ends_sentence(c: char) -> bool {
    matches!(c, '.' | '!' | '?')
}

fn closes_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | '\u{201d}' | '\u{2019}' | ')' | '\u{bb}')
}

fn keep_last_chars(text: &str, max: usize) -> (&str, bool) {
    match text.char_indices().rev().nth(max) {
        Some((at, c)) => (&text[at + c.len_utf8()..], true),
        None => (text, false),
    }
}

fn keep_first_chars(text: &str, max: usize) -> (&str, bool) {
    match text.char_indices().nth(max) {
        Some((at, _)) => (&text[..at], true),
        None => (text, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn around<'t>(text: &'t str, quote: &str) -> InSentence<'t> {
        let start = text.find(quote).unwrap();
        sentence_around(
            text,
            TextSpan {
                start,
                end: start + quote.len(),
                line: 1,
            },
        )
    }

    #[test]
    fn the_quote_sits_in_its_sentence() {
        let text = "First one. The group, headed by 50-year-old Omar Diaby, fled. Next.";
        let found = around(text, "headed by 50-year-old Omar Diaby");
        assert_eq!(found.before, "The group, ");
        assert_eq!(found.quote, "headed by 50-year-old Omar Diaby");
        assert_eq!(found.after, ", fled.");
        assert!(!found.cut_before && !found.cut_after);
    }

    #[test]
    fn line_breaks_and_abbreviations_end_sentences_only_where_they_should() {
        let text = "Headline\nU.S.-backed forces took 70 men in Harem and left\nNext line.";
        let found = around(text, "took 70 men");
        assert_eq!(found.before, "U.S.-backed forces ");
        assert_eq!(found.after, " in Harem and left");
    }

    #[test]
    fn closing_quotes_stay_with_the_sentence_they_end() {
        let text = "He was called an \u{201c}international terrorist.\u{201d} About fifty people \
                    would be part of his group, sources said \u{201c}in 2024.\u{201d} Next one.";
        let found = around(text, "About fifty people");
        assert_eq!(found.before, "");
        assert_eq!(
            found.after,
            " would be part of his group, sources said \u{201c}in 2024.\u{201d}"
        );
    }

    #[test]
    fn a_quote_at_the_edges_of_the_text_has_empty_sides() {
        let found = around("70 fighters", "70 fighters");
        assert_eq!((found.before, found.after), ("", ""));
    }

    #[test]
    fn long_sentences_are_cut_at_a_character_boundary() {
        let text = format!("{} the quote {}", "é".repeat(500), "ü".repeat(500));
        let found = around(&text, "the quote");
        assert!(found.cut_before && found.cut_after);
        assert_eq!(found.before.chars().count(), REACH);
        assert_eq!(found.after.chars().count(), REACH);
    }

    #[test]
    fn a_span_outside_the_text_gives_nothing() {
        let found = sentence_around(
            "short",
            TextSpan {
                start: 3,
                end: 99,
                line: 1,
            },
        );
        assert_eq!(found.quote, "");
    }
}
