//! Finding a claim's quote in its source text. Only whitespace runs and typographic quotes,
//! apostrophes and dashes are normalised; every other character must match exactly.

use crate::model::TextSpan;

/// A text in normal form with, for each of its bytes, the byte offset it came from.
struct Normalized {
    text: String,
    origins: Vec<usize>,
}

/// The plain character a typographic one stands for.
fn plain(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' => '-',
        c => c,
    }
}

fn normalize(text: &str) -> Normalized {
    let mut out = Normalized {
        text: String::with_capacity(text.len()),
        origins: Vec::with_capacity(text.len()),
    };
    let mut in_space = false;
    for (offset, c) in text.char_indices() {
        if c.is_whitespace() {
            if !in_space {
                out.text.push(' ');
                out.origins.push(offset);
            }
            in_space = true;
            continue;
        }
        in_space = false;
        let c = plain(c);
        out.text.push(c);
        out.origins.extend(std::iter::repeat_n(offset, c.len_utf8()));
    }
    out
}

/// Where `quote` occurs in `text` (its first occurrence), or `None`.
pub fn find_quote(text: &str, quote: &str) -> Option<TextSpan> {
    QuoteFinder::new(text).find(quote)
}

/// A source text prepared once for finding many quotes in it: normalised, with the offset
/// of each line, so that each quote costs one search rather than one pass over the text.
pub struct QuoteFinder<'t> {
    text: &'t str,
    haystack: Normalized,
    line_starts: Vec<usize>,
}

impl<'t> QuoteFinder<'t> {
    /// Prepares `text`.
    pub fn new(text: &'t str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        QuoteFinder {
            text,
            haystack: normalize(text),
            line_starts,
        }
    }

    /// Where `quote` occurs in the text (its first occurrence), or `None`.
    pub fn find(&self, quote: &str) -> Option<TextSpan> {
        let needle = normalize(quote.trim()).text;
        if needle.is_empty() {
            return None;
        }
        let start_norm = self.haystack.text.find(&needle)?;
        let last_norm = start_norm + needle.len() - 1;
        let start = *self.haystack.origins.get(start_norm)?;
        let last = *self.haystack.origins.get(last_norm)?;
        let end = last + self.text.get(last..)?.chars().next()?.len_utf8();
        let line = self.line_starts.partition_point(|&line_start| line_start <= start);
        Some(TextSpan { start, end, line })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_quote_is_found_with_its_line() {
        let text = "Title\n\nDiaby, now 49, heads Katibat al-Ghuraba.\n";
        let span = find_quote(text, "Diaby, now 49, heads").unwrap();
        assert_eq!(&text[span.start..span.end], "Diaby, now 49, heads");
        assert_eq!(span.line, 3);
    }

    #[test]
    fn typographic_quotes_and_whitespace_are_normalised() {
        let text = "About “fifty” people   would be\npart of his group";
        let span = find_quote(text, "About \"fifty\" people would be part").unwrap();
        assert_eq!(&text[span.start..span.end], "About “fifty” people   would be\npart");
    }

    #[test]
    fn apostrophes_match_either_way() {
        let text = "President Ahmad Al-Shar’ who praised";
        assert!(find_quote(text, "Ahmad Al-Shar' who").is_some());
        assert!(find_quote("Shar' x", "Shar’ x").is_some());
    }

    #[test]
    fn other_differences_do_not_match() {
        let text = "comprises roughly 70 French fighters";
        assert!(find_quote(text, "comprises roughly 71 French fighters").is_none());
        assert!(find_quote(text, "Comprises roughly 70").is_none());
        assert!(find_quote(text, "   ").is_none());
    }

    #[test]
    fn quote_ending_in_a_multibyte_character_keeps_it() {
        let text = "the “French Battalion,” in the Harem";
        let span = find_quote(text, "the \"French Battalion,\"").unwrap();
        assert_eq!(&text[span.start..span.end], "the “French Battalion,”");
    }
}
