//! What every Markdown view is made of: tables written row by row, and cells escaped so that
//! text from sources cannot break a table or inject Markdown or HTML.

use crate::report::shorten;
use crate::verdict::Verdict;
use std::io::{self, Write};

/// How much of a quote a Markdown cell shows.
const QUOTE_CHARS: usize = 120;

/// Writes a table: header, delimiter row, then the rows, each cell already escaped.
pub(in crate::report) fn write_table<const N: usize>(
    out: &mut dyn Write,
    header: &[&str; N],
    rows: impl IntoIterator<Item = [String; N]>,
) -> io::Result<()> {
    write_row(out, header.iter().copied())?;
    write_row(out, header.iter().map(|_| "---"))?;
    for cells in rows {
        write_row(out, cells.iter().map(String::as_str))?;
    }
    Ok(())
}

fn write_row<'a>(out: &mut dyn Write, cells: impl Iterator<Item = &'a str>) -> io::Result<()> {
    writeln!(out, "| {} |", cells.collect::<Vec<_>>().join(" | "))
}

/// A verdict's cell: conflicts in bold.
pub(in crate::report) fn verdict_cell(verdict: Verdict) -> String {
    match verdict {
        Verdict::Conflict => format!("**{}**", verdict.as_str()),
        _ => verdict.as_str().to_owned(),
    }
}

/// A quote's cell: shortened, in quotation marks, escaped.
pub(in crate::report) fn quote_cell(quote: &str) -> String {
    format!("“{}”", escape(&shorten(quote, QUOTE_CHARS)))
}

/// Escapes text for a table cell: pipes and Markdown punctuation get a backslash, `&`
/// becomes `&amp;`, line breaks become spaces.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push(' ');
            }
            '\n' => out.push(' '),
            '&' => out.push_str("&amp;"),
            '\\' | '|' | '*' | '_' | '`' | '<' | '>' | '[' | ']' | '~' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn cells_escape_pipes_and_markdown() {
        assert_eq!(escape("a|b*c<d>"), r"a\|b\*c\<d\>");
        assert_eq!(
            escape("[x](y) _z_ `c` ~~s~~ & \\"),
            r"\[x\](y) \_z\_ \`c\` \~\~s\~\~ &amp; \\"
        );
        assert_eq!(escape("one\ntwo\r\nthree\rfour"), "one two three four");
    }
}
