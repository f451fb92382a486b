//! The layout of a scraped text: which lines are page furniture (tickers, repeated
//! captions and headlines, navigation), which sections (articles) the rest falls into,
//! and the sentences of each section, all as byte ranges of the original text.

use foldhash::{HashMap, HashMapExt};

/// A sentence of content, as a byte range of the text, and the section it is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Index of its section (article), counted from 0.
    pub section: usize,
}

/// The sentences of a text's content, in text order.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// Every sentence outside page furniture.
    pub sentences: Vec<Sentence>,
}

impl Layout {
    /// Reads the layout of a text.
    pub fn of(text: &str) -> Layout {
        let lines = lines(text);
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for line in &lines {
            *seen.entry(line.text).or_default() += 1;
        }
        let mut sentences = Vec::new();
        let mut section = 0;
        let mut in_section = false;
        let mut blank_run = 0;
        for line in &lines {
            if line.text.is_empty() {
                blank_run += 1;
                if blank_run >= 2 && in_section {
                    section += 1;
                    in_section = false;
                }
                continue;
            }
            blank_run = 0;
            let repeated = seen.get(line.text).copied().unwrap_or(0) > 1;
            if repeated {
                if in_section {
                    section += 1;
                    in_section = false;
                }
                continue;
            }
            if is_furniture(line.text) {
                continue;
            }
            in_section = true;
            split_sentences(text, line.start, line.start + line.text.len(), section, &mut sentences);
        }
        Layout { sentences }
    }

    /// The sentence holding the byte range, if it is content.
    pub fn sentence_at(&self, start: usize, end: usize) -> Option<&Sentence> {
        let index = self.sentences.partition_point(|s| s.end <= start);
        self.sentences.get(index).filter(|s| s.start <= start && end <= s.end)
    }
}

struct Line<'a> {
    start: usize,
    text: &'a str,
}

/// The lines of a text, trimmed, with the offset of their first non-space byte.
fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let trimmed_start = raw.trim_start();
        let start = offset + (raw.len() - trimmed_start.len());
        out.push(Line {
            start,
            text: trimmed_start.trim_end(),
        });
        offset += raw.len();
    }
    out
}

/// A line that is not prose: a short label without a sentence's end, or mostly not letters.
fn is_furniture(line: &str) -> bool {
    let ends_sentence = line.ends_with(['.', '!', '?', '"', '”', '’', ')']);
    if !ends_sentence && (line.split_whitespace().nth(4).is_none() || has_separator(line) || is_list_item(line)) {
        return true;
    }
    // Bytes of non-ASCII characters count as letters: they are letters in prose.
    let (mut letters, mut visible) = (0, 0);
    for byte in line.bytes() {
        letters += usize::from(byte.is_ascii_alphabetic() || !byte.is_ascii());
        visible += usize::from(!byte.is_ascii_whitespace());
    }
    letters * 2 < visible
}

/// Characters that separate the items of a bar or a dateline, not the words of a sentence
/// (`April 8, 2022 · 9:47 PM · 4 min read`, `World | Europe`).
const SEPARATORS: &[char] = &['·', '|', '•', '▲', '▼', '»', '›'];

/// Whether a line holds one of the [`SEPARATORS`]: all but `|` are not ASCII, so a line of
/// ASCII is read for `|` alone.
fn has_separator(line: &str) -> bool {
    line.contains('|') || !line.is_ascii() && line.contains(SEPARATORS)
}

/// A line that starts as an item of a list or a box of links does (`1. `, `> `, `- `, `* `).
fn is_list_item(line: &str) -> bool {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &line[digits..];
    (digits > 0 && digits <= 2 && (rest.starts_with(". ") || rest.starts_with(") ")))
        || ["> ", "- ", "* ", "– ", "— ", "▸", "►", "•", "→"]
            .iter()
            .any(|marker| line.starts_with(marker))
}

/// How many characters before a name a dateline's line may start.
const DATELINE_CHARS: usize = 40;

/// Whether the words at `start..end` are a dateline: written in capitals at the start of a
/// line, before a dash, a news agency's initials in brackets or a comma and more capitals
/// (`BEIRUT — `, `MINNEAPOLIS (LW) — `, `COPIAPO, Chile — `). It says where the report was
/// filed, not what its first sentence is about.
pub(super) fn is_dateline(text: &str, start: usize, end: usize) -> bool {
    // A dateline opens its line within a few words: look back that far only, so that a long
    // line costs no more than a short one.
    let mut back = text[..start].char_indices().rev().take(DATELINE_CHARS);
    let line_start = match back.find(|(_, c)| *c == '\n') {
        Some((at, _)) => at + 1,
        None if start <= DATELINE_CHARS => 0,
        None => return false,
    };
    let opening = &text[line_start..end];
    let rest = text[end..].trim_start();
    let rest = match rest.strip_prefix('(') {
        Some(inner) => inner.split_once(')').map_or(rest, |(_, after)| after.trim_start()),
        None => rest,
    };
    let rest = match rest.strip_prefix(',') {
        Some(after) => after.trim_start_matches(|c: char| c.is_alphabetic() || c == ' ' || c == '.'),
        None => rest,
    };
    opening.trim_start().chars().any(char::is_alphabetic)
        && !opening.chars().any(char::is_lowercase)
        && ["—", "–", "--", "- "].iter().any(|dash| rest.starts_with(dash))
}

/// Words before a full stop that do not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "capt", "sgt", "st", "prof", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "inc", "co", "gov", "sen", "rep", "pres", "supt", "det",
    "insp", "maj", "adm", "cmdr", "cpl", "pvt", "rev", "fr", "hon", "corp", "ltd", "dept", "mt",
];

/// Splits a line (a paragraph) into sentences.
fn split_sentences(text: &str, start: usize, end: usize, section: usize, out: &mut Vec<Sentence>) {
    let bytes = text.as_bytes();
    let mut sentence_start = start;
    let mut i = start;
    while i < end {
        if matches!(bytes.get(i), Some(b'.' | b'!' | b'?')) && ends_sentence(text, sentence_start, i, end) {
            let mut stop = i + 1;
            while stop < end && is_closing(text, stop) {
                stop += text[stop..].chars().next().map_or(1, char::len_utf8);
            }
            push_trimmed(text, sentence_start, stop, section, out);
            sentence_start = stop;
            i = stop;
            continue;
        }
        i += 1;
    }
    push_trimmed(text, sentence_start, end, section, out);
}

fn is_closing(text: &str, at: usize) -> bool {
    text[at..]
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '"' | '\'' | '”' | '’' | ')'))
}

/// Whether the mark at `at` ends a sentence: followed by space and a capital, a digit or an
/// opening quote, and not after an abbreviation or an initial.
fn ends_sentence(text: &str, sentence_start: usize, at: usize, end: usize) -> bool {
    let mut next = at + 1;
    while next < end && is_closing(text, next) {
        next += text[next..].chars().next().map_or(1, char::len_utf8);
    }
    let rest = &text[next..end];
    let after_space = rest.trim_start();
    if after_space.len() == rest.len() || after_space.is_empty() {
        return false;
    }
    let starts_new = after_space
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '('));
    if !starts_new || text.as_bytes().get(at) != Some(&b'.') {
        return starts_new;
    }
    let word = text[sentence_start..at]
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    let is_initial = word.chars().count() == 1 || word.contains('.');
    !is_initial && !ABBREVIATIONS.contains(&word.to_ascii_lowercase().as_str())
}

fn push_trimmed(text: &str, start: usize, end: usize, section: usize, out: &mut Vec<Sentence>) {
    let slice = &text[start..end];
    let trimmed = slice.trim_start();
    let start = start + (slice.len() - trimmed.len());
    let end = start + trimmed.trim_end().len();
    if end > start {
        out.push(Sentence { start, end, section });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dateline_is_the_capitals_at_a_lines_start_before_a_dash() {
        // line | the words looked at | whether they are a dateline
        let table = [
            ("SYDNEY — Spain won the final on Sunday.", "SYDNEY", true),
            (
                "The final was played.\nMINNEAPOLIS (LW) — Jurors convicted him.",
                "MINNEAPOLIS",
                true,
            ),
            ("COPIAPO, Chile — Rescuers freed the men.", "COPIAPO", true),
            ("ST PAUL -- A federal judge ruled.", "ST PAUL", true),
            // A name in a sentence, or capitals with no dash after them, are no dateline.
            ("Spain beat England in Sydney — a first.", "Sydney", false),
            ("Sydney — the host city — was full.", "Sydney", false),
            ("NATO said on Monday that it would meet.", "NATO", false),
        ];
        for (text, words, dateline) in table {
            let start = text.find(words).unwrap_or_default();
            assert_eq!(is_dateline(text, start, start + words.len()), dateline, "{text}");
        }
    }

    fn sentences(text: &str) -> Vec<(&str, usize)> {
        Layout::of(text)
            .sentences
            .iter()
            .map(|s| (&text[s.start..s.end], s.section))
            .collect()
    }

    #[test]
    fn sentences_split_at_full_stops_but_not_abbreviations() {
        let text = "The U.S. State Department listed him in 2016. He was detained (a.k.a. held) by Dr. X. Then he left on Jan. 27, 2026.\n";
        assert_eq!(
            sentences(text),
            [
                ("The U.S. State Department listed him in 2016.", 0),
                (
                    "He was detained (a.k.a. held) by Dr. X. Then he left on Jan. 27, 2026.",
                    0
                ),
            ]
        );
        let text = "He said “we are fine.” Then the shooting stopped, said a resident of the town.\n";
        assert_eq!(sentences(text).len(), 2);
        // Titles before a name.
        let text = "Gov. Ana Ruiz, 51, and Sen. Tom Hale met Det. Insp. Lee. They left.\n";
        assert_eq!(
            sentences(text),
            [
                ("Gov. Ana Ruiz, 51, and Sen. Tom Hale met Det. Insp. Lee.", 0),
                ("They left.", 0)
            ]
        );
    }

    #[test]
    fn repeated_lines_and_tickers_are_furniture() {
        let text = "  • KGS/USD = 0.01143 -0%\n  • KGS/USD = 0.01143 -0%\n06 December 2025\n\nUzbek fighters arrived ready to fight in the town of Harem.\n10:45\n";
        assert_eq!(
            sentences(text),
            [("Uzbek fighters arrived ready to fight in the town of Harem.", 0)]
        );
    }

    #[test]
    fn articles_split_at_blank_runs_and_repeated_headlines() {
        let text = "Title One\n\nCaption of a photo, in full, twice over.\nCaption of a photo, in full, twice over.\n\nFirst article text is here and long.\n\n\nSecond Title\nSecond Title\nSecond article text is here and long.\n";
        assert_eq!(
            sentences(text),
            [
                ("First article text is here and long.", 0),
                ("Second article text is here and long.", 1)
            ]
        );
    }
}
