//! Writing decisions into the reviewed-decisions file without reformatting it: new entries
//! are appended as text after the last one, a decision replacing an earlier one is spliced
//! over that entry's lines (keeping the earlier decision in its `history` and the comments
//! written inside it), recorded values are inserted after an entry's last line, and everything
//! else an editor wrote (comments, order, quoting) stays byte for byte. The result is read back and compared before it replaces the file,
//! through a temporary file in the same folder renamed over it, so the file is never left
//! half-written.

use super::file::{Decisions, Entry};
use super::seen::SeenValues;
use std::fmt;
use std::io::Write;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// Why decisions could not be written.
#[derive(Debug)]
pub enum EditError {
    /// The file or its folder could not be written.
    Io(PathBuf, std::io::Error),
    /// The edit would not read back as intended; the entries to add by hand.
    Unsafe(PathBuf, String),
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditError::Io(path, error) => write!(f, "cannot write {}: {error}; nothing was changed", path.display()),
            EditError::Unsafe(path, entries) => write!(
                f,
                "cannot add the decisions to {} without reformatting it (is `reviewed:` a block list?); nothing was \
                 changed. Add them by hand:\n{entries}",
                path.display()
            ),
        }
    }
}

const HEADER: &str = "# Reviewed discrepancies: one decision per discrepancy id, written by `crosscheck accept`\n\
# or by hand. See README.md, \"Reviewed decisions\".\n";

/// Writes `new` into the decisions file: each replaces the entry of the same group
/// (subject and property) when there is one, else is appended. Returns the file written.
pub fn accept(decisions: &Decisions, new: &[Entry]) -> Result<PathBuf, EditError> {
    let path = decisions
        .path
        .clone()
        .unwrap_or_else(|| PathBuf::from(super::DECISIONS_FILE));
    let text = edited_text(decisions, new).ok_or_else(|| EditError::Unsafe(path.clone(), render_all(new, 2)))?;
    let expected = expected_entries(decisions, new);
    write_or_explain(&path, &text, &expected, || render_all(new, 2))?;
    Ok(path)
}

/// Records `values` in the entries at these positions of the decisions file (entries that have
/// none), inserting a `values:` block after each entry's last line and changing no other byte.
/// Returns the file written.
pub fn record_values(decisions: &Decisions, values: &[(usize, SeenValues)]) -> Result<PathBuf, EditError> {
    let path = decisions
        .path
        .clone()
        .unwrap_or_else(|| PathBuf::from(super::DECISIONS_FILE));
    let mut expected = decisions.entries.clone();
    let mut edits = Vec::new();
    for (at, seen) in values {
        let entry = expected
            .get_mut(*at)
            .ok_or_else(|| EditError::Unsafe(path.clone(), String::new()))?;
        let (extent, _) = entry_extent(&decisions.text, entry.offset)
            .ok_or_else(|| EditError::Unsafe(path.clone(), String::new()))?;
        let key_column = key_column(&decisions.text, entry.offset);
        let end = extent.end;
        edits.push((
            end..end,
            newline_before(&decisions.text, end) + &render_values(seen, key_column),
        ));
        entry.values = seen.clone();
    }
    let text = apply(&decisions.text, edits);
    let shown = || {
        values
            .iter()
            .filter_map(|(at, seen)| {
                let entry = decisions.entries.get(*at)?;
                Some(format!("# {}\n{}", entry.id, render_values(seen, 4)))
            })
            .collect()
    };
    write_or_explain(&path, &text, &expected, shown)?;
    Ok(path)
}

/// Writes `text` to `path` when it reads back as `expected`; else says what to add by hand.
fn write_or_explain(
    path: &Path,
    text: &str,
    expected: &[Entry],
    by_hand: impl Fn() -> String,
) -> Result<(), EditError> {
    write_checked(path, text, expected).map_err(|error| match error {
        WriteError::Io(error) => EditError::Io(path.to_path_buf(), error),
        WriteError::Mismatch => EditError::Unsafe(path.to_path_buf(), by_hand()),
    })
}

/// The column of an entry's keys: where its first key starts on its `- ` line.
fn key_column(text: &str, offset: usize) -> usize {
    let line_start = text
        .get(..offset)
        .and_then(|before| before.rfind('\n'))
        .map_or(0, |at| at + 1);
    offset.saturating_sub(line_start)
}

/// The text with each range replaced, later ranges first so earlier offsets hold.
fn apply(text: &str, mut edits: Vec<(Range<usize>, String)>) -> String {
    edits.sort_by_key(|(range, _)| std::cmp::Reverse(range.start));
    let mut edited = text.to_owned();
    for (range, replacement) in edits {
        edited.replace_range(range, &replacement);
    }
    edited
}

/// The entries the edited file must hold, in file order.
fn expected_entries(decisions: &Decisions, new: &[Entry]) -> Vec<Entry> {
    let mut entries: Vec<Entry> = decisions
        .entries
        .iter()
        .map(|entry| replacement(entry, new).unwrap_or(entry).clone())
        .collect();
    entries.extend(
        new.iter()
            .filter(|decision| !decisions.entries.iter().any(|entry| same_group(entry, decision)))
            .cloned(),
    );
    entries
}

fn same_group(a: &Entry, b: &Entry) -> bool {
    a.id.prefix() == b.id.prefix()
}

fn replacement<'a>(entry: &Entry, new: &'a [Entry]) -> Option<&'a Entry> {
    new.iter().find(|decision| same_group(entry, decision))
}

/// The file text with the decisions spliced in, or `None` when its layout is not one this
/// edit understands.
fn edited_text(decisions: &Decisions, new: &[Entry]) -> Option<String> {
    let text = &decisions.text;
    let appended: Vec<&Entry> = new
        .iter()
        .filter(|decision| !decisions.entries.iter().any(|entry| same_group(entry, decision)))
        .collect();
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    let mut dash_indent = 2;
    let mut append_at = None;
    for entry in &decisions.entries {
        let (extent, indent) = entry_extent(text, entry.offset)?;
        dash_indent = indent;
        append_at = Some(append_at.map_or(extent.end, |at: usize| at.max(extent.end)));
        if let Some(decision) = replacement(entry, new) {
            let comments = comment_lines(text.get(extent.clone())?);
            edits.push((extent, comments + &render(decision, indent)));
        }
    }
    if !appended.is_empty() {
        let rendered: String = appended.iter().map(|entry| render(entry, dash_indent)).collect();
        edits.push(match append_at {
            Some(at) => (at..at, newline_before(text, at) + &rendered),
            None => start_list(text, &rendered),
        });
    }
    Some(apply(text, edits))
}

/// The lines of an entry's text that are whole comments, kept when the entry is replaced.
fn comment_lines(entry: &str) -> String {
    entry
        .split_inclusive('\n')
        .filter(|line| line.trim_start().starts_with('#'))
        .map(|line| {
            if line.ends_with('\n') {
                line.to_owned()
            } else {
                format!("{line}\n")
            }
        })
        .collect()
}

/// A line break to insert before appended text when the file does not end with one there.
fn newline_before(text: &str, at: usize) -> String {
    if at == 0 || text[..at].ends_with('\n') {
        String::new()
    } else {
        "\n".to_owned()
    }
}

/// Where to put the first entries of a file without any: after an empty `reviewed:` key,
/// else a new key at the end (with a header when the file is new).
fn start_list(text: &str, rendered: &str) -> (Range<usize>, String) {
    let key = regex::Regex::new(r"(?m)^reviewed:[ \t]*(?:\[[ \t]*\])?[ \t]*(#.*)?(\r?\n|$)")
        .ok()
        .and_then(|pattern| pattern.captures(text));
    if let Some(captures) = key
        && let Some(whole) = captures.get(0)
    {
        let comment = captures.get(1).map_or(String::new(), |c| format!(" {}", c.as_str()));
        return (whole.range(), format!("reviewed:{comment}\n{rendered}"));
    }
    let header = if text.trim().is_empty() { HEADER } else { "" };
    let at = text.len();
    (
        at..at,
        format!("{}{header}reviewed:\n{rendered}", newline_before(text, at)),
    )
}

/// The bytes of an entry from the start of its `- ` line to the end of its last line, and
/// the column of its dash; `None` when the entry is not a block-list item.
fn entry_extent(text: &str, offset: usize) -> Option<(Range<usize>, usize)> {
    let line_start = text.get(..offset)?.rfind('\n').map_or(0, |at| at + 1);
    let prefix = text.get(line_start..offset)?;
    let indent = prefix.len() - prefix.trim_start_matches(' ').len();
    if prefix.trim() != "-" {
        return None;
    }
    let mut end = text[offset..].find('\n').map_or(text.len(), |at| offset + at + 1);
    let mut cursor = end;
    while cursor < text.len() {
        let line_end = text[cursor..].find('\n').map_or(text.len(), |at| cursor + at + 1);
        let line = &text[cursor..line_end];
        let content = line.trim_start_matches(' ');
        if !content.trim().is_empty() {
            if line.len() - content.len() <= indent {
                break;
            }
            end = line_end;
        }
        cursor = line_end;
    }
    Some((line_start..end, indent))
}

fn render_all(new: &[Entry], indent: usize) -> String {
    new.iter().map(|entry| render(entry, indent)).collect()
}

/// An entry as YAML text, its dash at column `indent`.
fn render(entry: &Entry, indent: usize) -> String {
    let dash = " ".repeat(indent);
    let key = " ".repeat(indent + 2);
    let mut out = format!("{dash}- id: {}\n", entry.id);
    out.push_str(&format!("{key}decision: {}\n", entry.decision));
    out.push_str(&format!("{key}note: {}\n", scalar_block(&entry.note, indent + 4)));
    out.push_str(&format!("{key}by: {}\n", scalar(&entry.by)));
    out.push_str(&format!("{key}on: {}\n", entry.on));
    out.push_str(&format!("{key}verdict: {}\n", entry.verdict));
    out.push_str(&format!("{key}claims:\n"));
    for claim in &entry.claims {
        out.push_str(&format!("{key}  - {}\n", scalar(claim)));
    }
    if !entry.values.is_empty() {
        out.push_str(&render_values(&entry.values, indent + 2));
    }
    if !entry.history.is_empty() {
        out.push_str(&format!("{key}history:\n"));
    }
    for earlier in &entry.history {
        let (dash, key) = (" ".repeat(indent + 4), " ".repeat(indent + 6));
        out.push_str(&format!("{dash}- id: {}\n", earlier.id));
        out.push_str(&format!("{key}decision: {}\n", earlier.decision));
        out.push_str(&format!("{key}note: {}\n", scalar_block(&earlier.note, indent + 8)));
        out.push_str(&format!("{key}by: {}\n", scalar(&earlier.by)));
        out.push_str(&format!("{key}on: {}\n", earlier.on));
    }
    out
}

/// A `values:` block, its key at column `column`: one line per claim, its value as written
/// and as read.
fn render_values(values: &SeenValues, column: usize) -> String {
    let key = " ".repeat(column);
    let mut out = format!("{key}values:\n");
    for (claim, seen) in values {
        out.push_str(&format!(
            "{key}  {}: {{value: {}, normalized: {}}}\n",
            scalar(claim),
            scalar(&seen.value),
            scalar(&seen.normalized)
        ));
    }
    out
}

/// A short scalar: plain when that reads back as the same text, else double-quoted.
fn scalar(text: &str) -> String {
    let plain = !text.is_empty()
        && text.trim() == text
        && text.chars().next().is_some_and(|c| c.is_alphanumeric())
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '.' | '-' | '_' | '/' | '\''))
        && !text.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '_'))
        && !matches!(
            text.to_lowercase().as_str(),
            "yes" | "no" | "true" | "false" | "null" | "on" | "off"
        );
    if plain { text.to_owned() } else { quoted(text) }
}

/// A JSON string, which is also a YAML double-quoted scalar.
fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| format!("\"{}\"", text.escape_default()))
}

/// A note: a folded block wrapped at about 100 columns when that reads back as the same
/// text (one line, single spaces), else double-quoted.
fn scalar_block(text: &str, indent: usize) -> String {
    let foldable =
        !text.is_empty() && text.trim() == text && !text.contains("  ") && !text.contains(['\n', '\r', '\t']);
    if !foldable {
        return quoted(text);
    }
    let pad = " ".repeat(indent);
    let mut lines = vec![String::new()];
    for word in text.split(' ') {
        let line = lines
            .last_mut()
            .filter(|line| line.is_empty() || line.len() + word.len() < 100 - indent);
        match line {
            Some(line) if line.is_empty() => line.push_str(word),
            Some(line) => {
                line.push(' ');
                line.push_str(word);
            }
            None => lines.push(word.to_owned()),
        }
    }
    let body: Vec<String> = lines.into_iter().map(|line| format!("{pad}{line}")).collect();
    format!(">-\n{}", body.join("\n"))
}

enum WriteError {
    Io(std::io::Error),
    Mismatch,
}

/// Writes `text` to a temporary file beside `path`, checks that it reads back as `expected`,
/// then renames it over `path` (keeping the file's permissions).
fn write_checked(path: &Path, text: &str, expected: &[Entry]) -> Result<(), WriteError> {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".reviewed-")
        .suffix(".yaml.tmp")
        .tempfile_in(folder)
        .map_err(WriteError::Io)?;
    temp.write_all(text.as_bytes()).map_err(WriteError::Io)?;
    temp.as_file().sync_all().map_err(WriteError::Io)?;
    let read_back = Decisions::load(temp.path()).map_err(|_| WriteError::Mismatch)?;
    if !same_decisions(&read_back.entries, expected) {
        return Err(WriteError::Mismatch);
    }
    let permissions = match std::fs::metadata(path) {
        Ok(metadata) => metadata.permissions(),
        Err(_) => default_permissions(temp.as_file()).map_err(WriteError::Io)?,
    };
    std::fs::set_permissions(temp.path(), permissions).map_err(WriteError::Io)?;
    temp.persist(path).map_err(|error| WriteError::Io(error.error))?;
    Ok(())
}

/// Read-write for the owner, readable by others, as a file an editor creates would be.
fn default_permissions(file: &std::fs::File) -> std::io::Result<std::fs::Permissions> {
    let mut permissions = file.metadata()?.permissions();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        permissions.set_mode(0o644);
    }
    #[cfg(not(unix))]
    permissions.set_readonly(false);
    Ok(permissions)
}

/// Whether two lists hold the same decisions, positions aside.
fn same_decisions(found: &[Entry], expected: &[Entry]) -> bool {
    found.len() == expected.len()
        && found.iter().zip(expected).all(|(a, b)| {
            (
                &a.id, a.decision, &a.note, &a.by, a.on, a.verdict, &a.claims, &a.values, &a.history,
            ) == (
                &b.id, b.decision, &b.note, &b.by, b.on, b.verdict, &b.claims, &b.values, &b.history,
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decisions::{Decision, DiscrepancyId};
    use crate::verdict::Verdict;

    fn entry(id: &str, note: &str) -> Entry {
        Entry {
            id: DiscrepancyId::parse(id).expect("a valid id"),
            decision: Decision::KeepBoth,
            note: note.to_owned(),
            by: "A. Editor".to_owned(),
            on: jiff::civil::date(2026, 11, 23),
            verdict: Verdict::Conflict,
            claims: vec!["wire/age".to_owned(), "paper/age".to_owned()],
            values: SeenValues::new(),
            history: Vec::new(),
            offset: 0,
            line: 0,
        }
    }

    /// A decisions file with `text` in a fresh folder, loaded.
    fn decisions(text: &str) -> (tempfile::TempDir, Decisions) {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("reviewed.yaml");
        if !text.is_empty() {
            std::fs::write(&path, text).expect("written");
        }
        let decisions = Decisions::load_or_empty(&path).expect("a valid decisions");
        (dir, decisions)
    }

    const ODD: &str = concat!(
        "# Editors' decisions.\n",
        "reviewed:   # keep sorted by hand\n",
        "\n",
        "    -   id: omar-diaby/age#2cdfb0\n",
        "        decision: explained\n",
        "        note: 'single-quoted: kept as is'\n",
        "        by: \"B. Editor\"\n",
        "        on: 2026-11-01\n",
        "        verdict: conflict\n",
        "        claims: [a/b, c/d]   # flow style\n",
        "\n",
        "        # a comment inside the entry\n",
        "\n",
        "# trailing comment about the file\n",
    );

    #[test]
    fn appending_keeps_every_byte_and_the_list_style() {
        let (_dir, decisions) = decisions(ODD);
        let new = entry("ghuraba/size#aaaaaa", "Counts differ: one counts families.");
        let text = edited_text(&decisions, std::slice::from_ref(&new)).expect("editable");
        let split = ODD.find("\n\n# trailing").expect("the trailing comment") + 1;
        assert!(text.starts_with(&ODD[..split]), "{text}");
        assert!(text.ends_with(&ODD[split..]), "{text}");
        let inserted = &text[split..text.len() - (ODD.len() - split)];
        assert!(
            inserted.starts_with("    - id: ghuraba/size#aaaaaa\n      decision: keep-both\n"),
            "{inserted}"
        );
    }

    #[test]
    fn replacing_splices_only_the_entry_of_the_same_group() {
        let (_dir, decisions) = decisions(ODD);
        let new = entry("omar-diaby/age#bbbbbb", "Re-reviewed with the wire's 48.");
        let text = edited_text(&decisions, std::slice::from_ref(&new)).expect("editable");
        let start = ODD.find("    -   id:").expect("the entry");
        let end = ODD.find("        # a comment inside").expect("the comment")
            + "        # a comment inside the entry\n".len();
        assert_eq!(&text[..start], &ODD[..start]);
        assert!(text.ends_with(&ODD[end..]), "{text}");
        assert!(
            text[start..].starts_with("        # a comment inside the entry\n    - id: omar-diaby/age#bbbbbb\n"),
            "the comment written inside the entry is kept: {text}"
        );
        assert!(!text.contains("id: omar-diaby/age#2cdfb0"));
    }

    #[test]
    fn an_empty_list_and_a_new_file_get_their_first_entries() {
        let new = entry("ghuraba/size#aaaaaa", "Why.");
        let (_dir, empty) = decisions("# nothing yet\nreviewed: []  # to fill\n# the end\n");
        let text = edited_text(&empty, std::slice::from_ref(&new)).expect("editable");
        assert!(
            text.starts_with("# nothing yet\nreviewed: # to fill\n  - id: ghuraba/size#aaaaaa\n"),
            "{text}"
        );
        assert!(text.ends_with("\n# the end\n"), "{text}");
        let (_dir, missing) = decisions("");
        let text = edited_text(&missing, std::slice::from_ref(&new)).expect("editable");
        assert!(
            text.starts_with(HEADER) && text.contains("reviewed:\n  - id: ghuraba/size#aaaaaa\n"),
            "{text}"
        );
    }

    #[test]
    fn a_flow_style_list_is_refused_rather_than_rewritten() {
        let flow = "reviewed: [{id: omar-diaby/age#2cdfb0, decision: explained, note: n, by: b, on: 2026-11-01, \
                    verdict: conflict, claims: [a/b]}]\n";
        let (dir, decisions) = decisions(flow);
        let error = accept(&decisions, &[entry("ghuraba/size#aaaaaa", "Why.")]).expect_err("refused");
        assert!(matches!(error, EditError::Unsafe(..)), "{error}");
        let path = dir.path().join("reviewed.yaml");
        assert_eq!(std::fs::read_to_string(path).expect("readable"), flow);
        assert_eq!(
            std::fs::read_dir(dir.path()).expect("listable").count(),
            1,
            "no temporary file left"
        );
    }

    #[test]
    fn values_are_inserted_after_an_entry_and_nothing_else_moves() {
        let (_dir, decisions) = decisions(ODD);
        let seen = crate::decisions::Seen {
            value: "about 50".to_owned(),
            normalized: "[42.5, 57.5]".to_owned(),
        };
        let values: SeenValues = [("a/b".to_owned(), seen)].into_iter().collect();
        let path = record_values(&decisions, &[(0, values.clone())]).expect("written");
        let text = std::fs::read_to_string(&path).expect("readable");
        let inserted = "        values:\n          a/b: {value: about 50, normalized: \"[42.5, 57.5]\"}\n";
        let at = ODD.find("\n# trailing").expect("the trailing comment");
        assert_eq!(text, format!("{}{inserted}{}", &ODD[..at], &ODD[at..]));
        assert_eq!(Decisions::load(&path).expect("reads back").entries[0].values, values);
    }

    #[test]
    fn history_and_values_read_back_exactly() {
        let (dir, decisions) = decisions("");
        let mut new = entry("omar-diaby/age#aaaaaa", "Now: keep 50.");
        new.values.insert(
            "wire/age".to_owned(),
            crate::decisions::Seen {
                value: "50".to_owned(),
                normalized: "born 1974-10-23..1975-10-22".to_owned(),
            },
        );
        new.history = vec![crate::decisions::Earlier::of(&entry(
            "omar-diaby/age#bbbbbb",
            "Before: a note with a colon: and a # hash.",
        ))];
        let path = accept(&decisions, std::slice::from_ref(&new)).expect("written");
        let read = Decisions::load(&path).expect("reads back");
        assert!(same_decisions(&read.entries, &[new]), "{}", read.text);
        drop(dir);
    }

    #[test]
    fn awkward_notes_and_names_read_back_exactly() {
        let (dir, decisions) = decisions("");
        let notes = [
            "Plain words, wrapped when long enough to need it: the rest of this sentence goes on and on and on \
             past one hundred columns so that the folded block has to break it somewhere.",
            "Quotes \"inside\", a # hash, a colon: here,  two spaces, and\na line break.",
            "- starts like a list item",
        ];
        let mut entries: Vec<Entry> = notes
            .iter()
            .enumerate()
            .map(|(index, note)| entry(&format!("subject-{index}/age#aaaaaa"), note))
            .collect();
        entries[1].by = "O'Brien: night desk".to_owned();
        entries[2].by = "2016".to_owned();
        let path = accept(&decisions, &entries).expect("written");
        let read = Decisions::load(&path).expect("reads back");
        assert!(same_decisions(&read.entries, &entries), "{}", read.text);
        drop(dir);
    }
}
