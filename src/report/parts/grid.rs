//! The terminal views laid out for any width. A grid of cells is a table when every column can
//! be as wide as its longest word and the columns of sentences wide enough to read; below
//! that width it is one block per row, like a compiler's diagnostics: a heading line, then the
//! body of the row behind a gutter, then its notes. Text wraps at spaces only; a word longer
//! than its line (an address, an id) stays whole on a line of its own, so it can be copied.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Attribute, Cell, Color, ColumnConstraint, ContentArrangement, Table, Width};
use std::borrow::Cow;
use std::io::{self, Write};
use textwrap::core::display_width;
use textwrap::{WordSeparator, WordSplitter, WrapAlgorithm};

/// The narrowest a column of sentences (quotes, reasons) is read at in a table.
const PROSE_WIDTH: usize = 30;
/// The widest a column of short labels (subjects, properties) grows to before the columns of
/// sentences get the rest.
const LABEL_WIDTH: usize = 18;
/// Each block's body and notes start after this gutter.
const GUTTER: &str = "  │ ";
const NOTE: &str = "  = ";
const NOTE_HANGING: &str = "    ";

/// A paragraph of a cell: its text on as many lines as the column needs, the first indented
/// by `indent` spaces and the others by `hanging`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(in crate::report) struct Para {
    text: String,
    indent: usize,
    hanging: usize,
}

impl Para {
    /// A paragraph starting at the edge of its column, white space collapsed.
    pub(in crate::report) fn new(text: &str) -> Para {
        Para::indented(text, 0, 0)
    }

    /// A paragraph whose first line is indented by `indent` and the others by `hanging`.
    pub(in crate::report) fn indented(text: &str, indent: usize, hanging: usize) -> Para {
        Para {
            text: text.split_whitespace().collect::<Vec<_>>().join(" "),
            indent,
            hanging,
        }
    }

    /// The lines of the paragraph at `width` columns.
    fn lines(&self, width: usize) -> Vec<String> {
        let indent = " ".repeat(self.indent);
        let hanging = " ".repeat(self.hanging);
        let options = textwrap::Options::new(width.max(1))
            .initial_indent(&indent)
            .subsequent_indent(&hanging)
            .break_words(false)
            .word_separator(WordSeparator::AsciiSpace)
            .word_splitter(WordSplitter::NoHyphenation)
            .wrap_algorithm(WrapAlgorithm::FirstFit);
        textwrap::wrap(&self.text, options)
            .into_iter()
            .map(Cow::into_owned)
            .collect()
    }

    /// The narrowest column that holds every word of the paragraph whole.
    fn narrowest(&self) -> usize {
        let words = self.text.split(' ').map(display_width).max().unwrap_or(0);
        words + self.indent.max(self.hanging)
    }

    /// The column that holds the paragraph on one line.
    fn widest(&self) -> usize {
        self.indent + display_width(&self.text)
    }
}

/// What a column's cells become in a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::report) enum Role {
    /// Said by the block's heading line, so left out of the block.
    Heading,
    /// Shown behind the gutter.
    Body,
    /// Shown as notes after the body, one per paragraph.
    Note,
}

/// A column: its header, its role in a block, and whether it holds sentences.
#[derive(Debug, Clone, Copy)]
pub(in crate::report) struct Column {
    /// The header of the table.
    pub header: &'static str,
    /// What its cells become in a block.
    pub role: Role,
    /// Whether it holds sentences (quotes, reasons), which need room to be read.
    pub prose: bool,
}

/// The colour a row is shown in: a verdict's or a standing's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::report) enum Tone {
    /// No colour.
    Plain,
    /// Red and bold: cannot all be true.
    Alarm,
    /// Magenta: apart in time.
    Drift,
    /// Yellow: to look at.
    Caution,
    /// Green: agreeing.
    Calm,
}

impl Tone {
    fn paint(self) -> anstyle::Style {
        use anstyle::{AnsiColor, Style};
        let colour = |colour: AnsiColor| Style::new().fg_color(Some(colour.into()));
        match self {
            Tone::Plain => Style::new(),
            Tone::Alarm => colour(AnsiColor::Red).bold(),
            Tone::Drift => colour(AnsiColor::Magenta),
            Tone::Caution => colour(AnsiColor::Yellow),
            Tone::Calm => colour(AnsiColor::Green),
        }
    }

    fn cell(self, cell: Cell) -> Cell {
        match self {
            Tone::Plain => cell,
            Tone::Alarm => cell.fg(Color::Red).add_attribute(Attribute::Bold),
            Tone::Drift => cell.fg(Color::Magenta),
            Tone::Caution => cell.fg(Color::Yellow),
            Tone::Calm => cell.fg(Color::Green),
        }
    }
}

/// The heading line of a row's block: `CONFLICT: Ghuraba / number of fighters`, its lead in
/// the row's tone.
#[derive(Debug, Clone)]
pub(in crate::report) struct Heading {
    /// The word that leads the line (a verdict), empty for none.
    pub lead: String,
    /// The rest of the line.
    pub text: String,
}

/// One row: a cell of paragraphs per column, the heading of its block and its tone.
#[derive(Debug, Clone)]
pub(in crate::report) struct Row {
    /// The heading line of its block.
    pub heading: Heading,
    /// A cell per column.
    pub cells: Vec<Vec<Para>>,
    /// Its colour, on the cell of the grid's toned column and on the lead of its heading.
    pub tone: Tone,
}

/// Rows under columns, written as a table or as blocks to fit a width.
#[derive(Debug, Clone)]
pub(in crate::report) struct Grid {
    /// The columns.
    pub columns: Vec<Column>,
    /// The rows, each with a cell per column.
    pub rows: Vec<Row>,
    /// The column whose cells take their row's tone in a table.
    pub toned: Option<usize>,
}

impl Grid {
    /// Writes the grid at `width` columns: a table when it can be read at that width, else
    /// blocks; colours only when `color`.
    pub(in crate::report) fn write(&self, width: u16, color: bool, out: &mut dyn Write) -> io::Result<()> {
        match self.table_widths(usize::from(width)) {
            Some(widths) => writeln!(out, "{}", self.table(&widths, color)),
            None => self.write_blocks(usize::from(width), color, out),
        }
    }

    /// The width of each column of the table at `width`, or `None` when the table cannot be
    /// read there (a column narrower than its longest word, or sentences in a narrow column).
    fn table_widths(&self, width: usize) -> Option<Vec<usize>> {
        let frame = 3 * self.columns.len() + 1;
        let room = width.checked_sub(frame)?;
        let widest: Vec<usize> = (0..self.columns.len()).map(|at| self.widest(at)).collect();
        let mut widths: Vec<usize> = self
            .columns
            .iter()
            .enumerate()
            .map(|(at, column)| {
                let words = self.narrowest(at);
                let floor = if column.prose { PROSE_WIDTH } else { 0 };
                words.max(floor.min(widest.get(at).copied().unwrap_or(0)))
            })
            .collect();
        let mut spare = room.checked_sub(widths.iter().sum())?;
        for (at, column) in self.columns.iter().enumerate() {
            if let (false, Some(width), Some(&widest)) = (column.prose, widths.get_mut(at), widest.get(at)) {
                let grow = widest.min(LABEL_WIDTH).saturating_sub(*width).min(spare);
                *width += grow;
                spare -= grow;
            }
        }
        share(&mut widths, &widest, &mut spare, |at| {
            self.columns.get(at).is_some_and(|c| c.prose)
        });
        share(&mut widths, &widest, &mut spare, |_| true);
        Some(widths)
    }

    /// The cells of column `at`, with its header.
    fn column_paras(&self, at: usize) -> impl Iterator<Item = Cow<'_, Para>> {
        let header = self.columns.get(at).map(|column| Cow::Owned(Para::new(column.header)));
        let cells = self
            .rows
            .iter()
            .filter_map(move |row| row.cells.get(at))
            .flatten()
            .map(Cow::Borrowed);
        header.into_iter().chain(cells)
    }

    fn narrowest(&self, at: usize) -> usize {
        self.column_paras(at).map(|para| para.narrowest()).max().unwrap_or(0)
    }

    fn widest(&self, at: usize) -> usize {
        self.column_paras(at).map(|para| para.widest()).max().unwrap_or(0)
    }

    fn table(&self, widths: &[usize], color: bool) -> Table {
        let mut table = Table::new();
        table.load_style(UTF8_FULL_CONDENSED).force_no_tty();
        if color {
            table.enforce_styling();
        }
        table.set_content_arrangement(ContentArrangement::Dynamic);
        let header = self
            .columns
            .iter()
            .zip(widths)
            .map(|(column, &width)| Para::new(column.header).lines(width).join("\n"));
        table.set_header(header.collect::<Vec<_>>());
        let constraints = widths
            .iter()
            .map(|&width| ColumnConstraint::Absolute(Width::Fixed(u16::try_from(width + 2).unwrap_or(u16::MAX))));
        table.set_constraints(constraints);
        for row in &self.rows {
            let cells = row.cells.iter().zip(widths).enumerate().map(|(at, (paras, &width))| {
                let text: Vec<String> = paras.iter().flat_map(|para| para.lines(width)).collect();
                let cell = Cell::new(text.join("\n"));
                if self.toned == Some(at) {
                    row.tone.cell(cell)
                } else {
                    cell
                }
            });
            table.add_row(cells.collect::<Vec<_>>());
        }
        table
    }

    fn write_blocks(&self, width: usize, color: bool, out: &mut dyn Write) -> io::Result<()> {
        // Blocks of more than their heading are set apart by a blank line.
        let spaced = self.columns.iter().any(|column| column.role != Role::Heading);
        for (index, row) in self.rows.iter().enumerate() {
            if index > 0 && spaced {
                writeln!(out)?;
            }
            write_heading(&row.heading, row.tone, width, color, out)?;
            for role in [Role::Body, Role::Note] {
                let paras = self
                    .columns
                    .iter()
                    .zip(&row.cells)
                    .filter(|(column, _)| column.role == role)
                    .flat_map(|(_, cell)| cell);
                for para in paras {
                    write_para(para, role, width, out)?;
                }
            }
        }
        Ok(())
    }
}

/// Gives the spare room to the columns `eligible` picks that are narrower than their widest
/// paragraph, in equal shares, until none is or no room is left.
fn share(widths: &mut [usize], widest: &[usize], spare: &mut usize, eligible: impl Fn(usize) -> bool) {
    loop {
        let wanting: Vec<usize> = (0..widths.len())
            .filter(|&at| eligible(at) && widths.get(at) < widest.get(at))
            .collect();
        if wanting.is_empty() || *spare == 0 {
            return;
        }
        let each = (*spare / wanting.len()).max(1);
        for at in wanting {
            if let (Some(width), Some(&widest)) = (widths.get_mut(at), widest.get(at)) {
                let grow = widest.saturating_sub(*width).min(each).min(*spare);
                *width += grow;
                *spare -= grow;
            }
        }
    }
}

/// Writes `text` wrapped at `width`, each of its lines on as many as it needs, the next ones
/// indented by two spaces.
pub(in crate::report) fn write_wrapped(text: &str, width: u16, out: &mut dyn Write) -> io::Result<()> {
    write_indented(text, 0, 2, width, out)
}

/// Writes each line of `text` wrapped at `width` columns, its first line indented by `indent`
/// spaces and the others by `hanging`.
pub(in crate::report) fn write_indented(
    text: &str,
    indent: usize,
    hanging: usize,
    width: u16,
    out: &mut dyn Write,
) -> io::Result<()> {
    for line in text.lines() {
        for wrapped in Para::indented(line, indent, hanging).lines(usize::from(width)) {
            writeln!(out, "{wrapped}")?;
        }
    }
    Ok(())
}

fn write_heading(heading: &Heading, tone: Tone, width: usize, color: bool, out: &mut dyn Write) -> io::Result<()> {
    let text = if heading.lead.is_empty() {
        heading.text.clone()
    } else {
        format!("{}: {}", heading.lead, heading.text)
    };
    for (index, line) in Para::indented(&text, 0, 2).lines(width).iter().enumerate() {
        match line.strip_prefix(heading.lead.as_str()) {
            Some(rest) if index == 0 && color && !heading.lead.is_empty() => {
                let paint = tone.paint();
                writeln!(out, "{paint}{}{paint:#}{rest}", heading.lead)?;
            }
            _ => writeln!(out, "{line}")?,
        }
    }
    Ok(())
}

fn write_para(para: &Para, role: Role, width: usize, out: &mut dyn Write) -> io::Result<()> {
    let lines = match role {
        Role::Note => {
            let text = Para::indented(&para.text, 0, 0);
            text.lines(width.saturating_sub(display_width(NOTE)))
                .into_iter()
                .enumerate()
                .map(|(index, line)| format!("{}{line}", if index == 0 { NOTE } else { NOTE_HANGING }))
                .collect::<Vec<_>>()
        }
        Role::Body | Role::Heading => para
            .lines(width.saturating_sub(display_width(GUTTER)))
            .into_iter()
            .map(|line| format!("{GUTTER}{line}"))
            .collect(),
    };
    for line in lines {
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn grid(texts: &[String]) -> Grid {
        let columns = vec![
            Column {
                header: "Verdict",
                role: Role::Heading,
                prose: false,
            },
            Column {
                header: "Subject",
                role: Role::Heading,
                prose: false,
            },
            Column {
                header: "Sides",
                role: Role::Body,
                prose: true,
            },
            Column {
                header: "Why",
                role: Role::Note,
                prose: true,
            },
        ];
        let rows = texts
            .chunks(2)
            .map(|pair| Row {
                heading: Heading {
                    lead: "CONFLICT".to_owned(),
                    text: pair.concat(),
                },
                cells: vec![
                    vec![Para::new("CONFLICT")],
                    vec![Para::new(pair.first().map_or("", String::as_str))],
                    vec![
                        Para::indented(&pair.concat(), 0, 2),
                        Para::indented(&format!("“{}”", pair.concat()), 2, 3),
                    ],
                    vec![Para::new(pair.last().map_or("", String::as_str))],
                ],
                tone: Tone::Alarm,
            })
            .collect();
        Grid {
            columns,
            rows,
            toned: Some(0),
        }
    }

    fn written(grid: &Grid, width: u16) -> String {
        let mut out = Vec::new();
        grid.write(width, false, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// Whether a line holds one word, past its gutter, indent and table borders.
    fn one_word(line: &str) -> bool {
        let words = line
            .split(|c: char| c.is_whitespace() || "│┆=".contains(c))
            .filter(|w| !w.is_empty());
        words.count() <= 1
    }

    #[test]
    fn a_table_when_every_column_fits_its_longest_word_else_blocks() {
        let texts = ["Ghuraba".to_owned(), "the counts cannot all hold".to_owned()];
        let wide = written(&grid(&texts), 120);
        assert!(wide.starts_with('┌'), "{wide}");
        let narrow = written(&grid(&texts), 40);
        assert!(narrow.starts_with("CONFLICT: Ghuraba"), "{narrow}");
        assert!(narrow.contains("  │ Ghurabathe counts cannot all hold"), "{narrow}");
        assert!(narrow.contains("  = the counts cannot all hold"), "{narrow}");
    }

    #[test]
    fn a_word_longer_than_the_line_stays_whole_on_its_own_line() {
        let id = "diaby-us-designation/designated-by#d0d8f3".to_owned();
        let out = written(&grid(&["Diaby".to_owned(), format!("see {id} now")]), 30);
        assert!(out.lines().any(|line| line == format!("    {id}")), "{out}");
    }

    #[test]
    fn colour_marks_the_lead_of_a_heading_only_when_asked() {
        let grid = grid(&["Ghuraba".to_owned(), "why".to_owned()]);
        let mut out = Vec::new();
        grid.write(20, true, &mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(out.starts_with("\u{1b}[1m\u{1b}[31mCONFLICT\u{1b}[0m: "), "{out:?}");
        assert!(!written(&grid, 20).contains('\u{1b}'));
    }

    proptest! {
        #[test]
        fn no_line_is_wider_than_the_width_unless_it_is_one_word(
            texts in proptest::collection::vec("[a-zé“” ]{0,12}( [a-z#/-]{1,50}){0,12}", 2..8),
            width in 20u16..240,
        ) {
            let out = written(&grid(&texts), width);
            for line in out.lines() {
                prop_assert!(display_width(line) <= usize::from(width) || one_word(line), "{width}: {line:?}\n{out}");
            }
        }
    }
}
