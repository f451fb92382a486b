//! Reading a large `entities.yaml` in pieces, in parallel: YAML is read at about 10 MB/s, and
//! a registry of a thousand entities would otherwise hold up every run by several
//! milliseconds before any claim is read.
//!
//! The `entities:` list is cut where its items start, and each piece is read on its own,
//! after a comment and blank lines standing in for everything before it, so that every line,
//! column and offset is what it is in the whole file. Only a file of the plain shape is cut (a
//! header of top-level keys, then the list to the end of the file); anything else, or a piece
//! that does not read on its own, is read whole, so that a problem is reported as it is there.

use super::files::{ParseFailure, parse_yaml_text};
use super::raw::{RawEntities, RawEntity};
use rayon::prelude::*;
use serde_saphyr::Spanned;
use std::ops::Range;

/// Files smaller than this are read whole.
const PIECEWISE_BYTES: usize = 16 * 1024;

/// Reads `entities.yaml`: in pieces when it is large and of the plain shape, else whole.
pub(super) fn parse_entities(text: &str) -> Result<RawEntities, ParseFailure> {
    if text.len() >= PIECEWISE_BYTES
        && let Some(entities) = parse_in_pieces(text, rayon::current_num_threads())
    {
        return Ok(entities);
    }
    parse_yaml_text(text)
}

/// The registry read in up to `pieces` pieces, or `None` when it cannot be cut or a piece does
/// not read on its own.
fn parse_in_pieces(text: &str, pieces: usize) -> Option<RawEntities> {
    let list = List::find(text)?;
    let head = format!("{}{} []\n", list.head(text), " ".repeat(list.indent + 1));
    let (head, items) = rayon::join(
        || parse_yaml_text::<RawEntities>(&head).ok(),
        || {
            list.pieces(pieces)
                .into_par_iter()
                .map(|range| parse_piece(text, range))
                .collect::<Option<Vec<_>>>()
        },
    );
    let mut entities = head?;
    entities.entities = items?.into_iter().flatten().collect();
    Some(entities)
}

/// The items between two cuts, read after a comment and blank lines that stand in for the
/// text before them: as many lines, characters and bytes.
fn parse_piece(text: &str, range: Range<usize>) -> Option<Vec<Spanned<RawEntity>>> {
    let mut padded = stand_in(text.get(..range.start)?)?;
    padded.push_str(text.get(range)?);
    parse_yaml_text(&padded).ok()
}

/// A comment line and blank lines with as many lines, characters and bytes as `before`
/// (YAML positions count both characters and bytes); `None` if there is no such comment.
fn stand_in(before: &str) -> Option<String> {
    let lines = before.bytes().filter(|&byte| byte == b'\n').count();
    // The comment's text, after `#` and before the line end.
    let chars = before.chars().count().checked_sub(lines + 1)?;
    let wider = before.len().checked_sub(lines + 1)?.checked_sub(chars)?;
    // Each four-byte character is three bytes more than a space; one of two or three bytes
    // makes up the rest.
    let (four, rest) = (wider / 3, wider % 3);
    let spaces = chars.checked_sub(four + usize::from(rest > 0))?;
    let mut padded = String::with_capacity(before.len());
    padded.push('#');
    padded.extend(std::iter::repeat_n('𝄞', four));
    padded.extend(["", "é", "€"].get(rest).copied());
    padded.extend(std::iter::repeat_n(' ', spaces));
    padded.extend(std::iter::repeat_n('\n', lines));
    (padded.len() == before.len()).then_some(padded)
}

/// Where the items of the `entities:` list start, in a file of the plain shape.
#[derive(Debug, PartialEq)]
struct List {
    /// The indentation of the items' dashes.
    indent: usize,
    /// The byte offset of each item's first line.
    items: Vec<usize>,
    /// The length of the file.
    end: usize,
}

impl List {
    /// The list of a file whose top level is plain keys, the last of them `entities:` with
    /// the list below it to the end of the file; `None` for any other shape.
    fn find(text: &str) -> Option<List> {
        let mut offset = 0;
        let mut lines = text.split_inclusive('\n').map(|line| {
            offset += line.len();
            (offset - line.len(), line)
        });
        loop {
            let (_, line) = lines.next()?;
            if line.starts_with('%') || line.starts_with("---") || line.starts_with("...") || line.starts_with('\t') {
                return None;
            }
            if is_entities_key(line) {
                break;
            }
        }
        let mut indent = None;
        let mut items = Vec::new();
        for (start, line) in lines {
            if is_blank_or_comment(line) {
                continue;
            }
            let spaces = line.bytes().take_while(|&byte| byte == b' ').count();
            let rest = line.get(spaces..)?;
            if rest.starts_with('\t') {
                return None;
            }
            let item = rest.starts_with("- ") || rest.trim_end() == "-";
            match indent {
                None if item => indent = Some(spaces),
                None => return None,
                Some(indent) if spaces < indent || (spaces == indent && !item) => return None,
                Some(_) => {}
            }
            if item && Some(spaces) == indent {
                items.push(start);
            }
        }
        let list = List {
            indent: indent?,
            items,
            end: text.len(),
        };
        (list.items.len() >= 2).then_some(list)
    }

    /// Everything before the first item: the header and the `entities:` line.
    fn head<'t>(&self, text: &'t str) -> &'t str {
        let first = self.items.first().copied().unwrap_or(self.end);
        text.get(..first).unwrap_or_default()
    }

    /// The items cut into at most `count` runs of about equal size, as byte ranges from the
    /// first item to the end of the file.
    fn pieces(&self, count: usize) -> Vec<Range<usize>> {
        let first = self.items.first().copied().unwrap_or(self.end);
        let size = (self.end - first).div_ceil(count.max(1)).max(1);
        let mut starts = vec![first];
        for &item in &self.items {
            if starts.last().is_some_and(|&last| item >= last + size) {
                starts.push(item);
            }
        }
        let ends = starts.iter().skip(1).copied().chain([self.end]);
        starts.iter().zip(ends).map(|(&start, end)| start..end).collect()
    }
}

/// `entities:` at the start of a line, with nothing after it but space and a comment.
fn is_entities_key(line: &str) -> bool {
    line.strip_prefix("entities:")
        .is_some_and(|rest| is_blank_or_comment(rest) && (rest.is_empty() || rest.starts_with([' ', '\t', '\r', '\n'])))
}

/// A line of space only, or space and a comment.
fn is_blank_or_comment(line: &str) -> bool {
    let rest = line.trim_start_matches([' ', '\t']);
    rest.trim_end().is_empty() || rest.starts_with('#')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Both readings, as their debug output (every position included).
    fn both(text: &str, pieces: usize) -> (String, Option<String>) {
        let whole = parse_yaml_text::<RawEntities>(text).map(|entities| format!("{entities:?}"));
        let whole = whole.unwrap_or_else(|_| "error".to_owned());
        (
            whole,
            parse_in_pieces(text, pieces).map(|entities| format!("{entities:?}")),
        )
    }

    fn registry(indent: usize, count: usize, newline: &str) -> String {
        let pad = " ".repeat(indent);
        let mut text = format!("# A registry.{newline}open: true{newline}entities: # every subject{newline}");
        for n in 0..count {
            text.push_str(&format!(
                "{pad}- id: subject-{n}{newline}{pad}  kind: group{newline}{pad}  name: Şubject {n} “Hay’at”{newline}"
            ));
            if n % 3 == 0 {
                text.push_str(&format!(
                    "{pad}  aliases: [Subj. {n}, S{n}]{newline}{newline}{pad}  # a comment{newline}"
                ));
            }
            if n % 5 == 0 {
                text.push_str(&format!(
                    "{pad}  note: |{newline}{pad}    two lines{newline}{pad}    - not an item{newline}"
                ));
            }
        }
        text
    }

    #[test]
    fn a_registry_read_in_pieces_is_what_it_is_read_whole_positions_included() {
        for indent in [0, 2, 4] {
            for newline in ["\n", "\r\n"] {
                let text = registry(indent, 40, newline);
                for pieces in [2, 3, 4, 7, 100] {
                    let (whole, in_pieces) = both(&text, pieces);
                    assert_ne!(whole, "error", "{text}");
                    assert_eq!(Some(whole), in_pieces, "indent {indent}, {pieces} pieces, {newline:?}");
                }
            }
        }
        let flow = "entities:\n  - { id: a, kind: group, name: A }\n  - { id: b, kind: group, name: B,\n      aliases: [C] }\n  - { id: c, kind: group, name: C2 }\n";
        let (whole, in_pieces) = both(flow, 3);
        assert_eq!(Some(whole), in_pieces);
        let shipped = include_str!("../../claims/entities.yaml");
        let (whole, in_pieces) = both(shipped, 4);
        assert_eq!(Some(whole), in_pieces);
    }

    #[test]
    fn other_shapes_and_pieces_that_do_not_read_alone_are_read_whole() {
        let after = format!("{}open: true\n", registry(2, 10, "\n"));
        assert_eq!(List::find(&after), None, "a key after the list");
        let document = format!("---\n{}", registry(2, 10, "\n"));
        assert_eq!(List::find(&document), None, "a document marker");
        let one = "entities:\n  - { id: a, kind: group, name: A }\n";
        assert_eq!(List::find(one), None, "one item");
        let nested = "stuff:\n  entities:\n    - a\n    - b\n";
        assert_eq!(List::find(nested), None, "no top-level entities key");
        // An anchor in one piece and its alias in another: the pieces do not read alone.
        let aliased =
            "entities:\n  - { id: a, kind: group, name: &n A }\n  - { id: b, kind: group, name: B, aliases: [*n] }\n";
        assert!(List::find(aliased).is_some());
        assert_eq!(parse_in_pieces(aliased, 100).map(|_| ()), None);
        let entities = parse_entities(&format!("{aliased}{}", " ".repeat(PIECEWISE_BYTES))).expect("reads whole");
        assert_eq!(entities.entities.len(), 2);
        // A problem in a piece is reported as reading the whole file reports it.
        let broken = registry(2, 400, "\n").replace("name: Şubject 300 ", "nmae: Şubject 300 ");
        assert!(broken.len() > PIECEWISE_BYTES);
        let error = |parsed: Result<RawEntities, ParseFailure>| format!("{:?}", parsed.map(|_| ()));
        let reported = error(parse_entities(&broken));
        assert!(reported.contains("nmae"), "{reported}");
        assert_eq!(reported, error(parse_yaml_text(&broken)));
    }

    #[test]
    fn the_stand_in_has_the_lines_characters_and_bytes_of_the_text() {
        for before in ["a\n", "entities:\n", "éé\n\n", "Ş “Hay’at” 𝄞\nx\n", "ab€\n", "a€€€€\n"] {
            let padded = stand_in(before).expect("a stand-in");
            assert_eq!(padded.len(), before.len(), "{before:?}");
            assert_eq!(padded.chars().count(), before.chars().count(), "{before:?}");
            assert_eq!(padded.lines().count(), before.lines().count(), "{before:?}");
            assert!(padded.starts_with('#'));
        }
        assert_eq!(stand_in("é\n\n"), None, "no room for the comment sign");
    }

    #[test]
    fn pieces_are_cut_at_items_into_about_equal_runs() {
        let text = registry(2, 40, "\n");
        let list = List::find(&text).expect("the plain shape");
        assert_eq!(list.items.len(), 40);
        let pieces = list.pieces(4);
        assert!(pieces.len() >= 4 && pieces.len() <= 5, "{pieces:?}");
        assert_eq!(pieces.first().map(|piece| piece.start), list.items.first().copied());
        assert_eq!(pieces.last().map(|piece| piece.end), Some(text.len()));
        assert!(pieces.windows(2).all(|pair| pair[0].end == pair[1].start));
        assert!(pieces.iter().all(|piece| list.items.contains(&piece.start)));
        assert_eq!(list.pieces(1).len(), 1);
        assert_eq!(list.pieces(1)[0], list.items[0]..text.len());
    }
}
