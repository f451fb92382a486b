//! Cutting a large bulk file at line ends into pieces that are read in parallel.

/// Files larger than this are read in pieces of at most about this size, in parallel.
const PIECE_BYTES: usize = 1 << 20;

/// Whole lines of a bulk file, and the 1-based number of the first.
pub(super) struct Piece<'b> {
    /// Its bytes.
    pub bytes: &'b [u8],
    /// The 1-based number of its first line in the file.
    pub first_line: usize,
    /// How many line ends it holds.
    pub lines: usize,
    /// Whether the piece starts the file (and so holds a table's header row).
    pub first: bool,
}

/// The file cut into pieces at line ends (one piece when it cannot be cut, or is small): as
/// many as its size needs, rounded up to a multiple of the threads that read them, so that
/// the threads finish together (a piece and a fifth on two threads leave one idle most of
/// the time).
pub(super) fn pieces(bytes: &[u8], splits_at_lines: bool, threads: usize) -> Vec<Piece<'_>> {
    if !splits_at_lines || bytes.len() <= PIECE_BYTES {
        return vec![Piece {
            bytes,
            first_line: 1,
            lines: line_ends(bytes),
            first: true,
        }];
    }
    let count = bytes.len().div_ceil(PIECE_BYTES).next_multiple_of(threads.max(1));
    let size = bytes.len().div_ceil(count);
    let mut pieces = Vec::with_capacity(count);
    let (mut rest, mut first_line) = (bytes, 1);
    while !rest.is_empty() {
        let cut = rest
            .get(size..)
            .and_then(|after| memchr::memchr(b'\n', after))
            .map_or(rest.len(), |at| size + at + 1);
        let (piece, after) = rest.split_at(cut.min(rest.len()));
        let lines = line_ends(piece);
        pieces.push(Piece {
            bytes: piece,
            first_line,
            lines,
            first: pieces.is_empty(),
        });
        first_line += lines;
        rest = after;
    }
    pieces
}

/// How many line ends `bytes` holds.
fn line_ends(bytes: &[u8]) -> usize {
    memchr::memchr_iter(b'\n', bytes).count()
}

/// The lines of `bytes` as `bytes.split(|&b| b == b'\n')` gives them, found many bytes at a
/// time: the bytes after the last line end come last (empty when the bytes end with one).
pub(super) fn lines(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut rest = Some(bytes);
    std::iter::from_fn(move || {
        let current = rest?;
        match memchr::memchr(b'\n', current) {
            Some(at) => {
                rest = current.get(at + 1..);
                current.get(..at)
            }
            None => {
                rest = None;
                Some(current)
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::{PIECE_BYTES, line_ends, lines, pieces};
    use proptest::prelude::{prop_assert_eq, proptest};

    proptest! {
        #[test]
        fn lines_and_line_ends_are_those_of_a_split_at_every_line_end(text in "[ab\n]{0,40}") {
            let bytes = text.as_bytes();
            let split: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
            prop_assert_eq!(lines(bytes).collect::<Vec<_>>(), split);
            prop_assert_eq!(line_ends(bytes), bytes.iter().filter(|&&b| b == b'\n').count());
        }
    }

    #[test]
    fn a_large_file_is_cut_at_line_ends_into_pieces_for_every_thread() {
        let line = format!("{}\n", "x".repeat(99));
        let text = line.repeat(PIECE_BYTES * 5 / 2 / line.len());
        for (threads, expected) in [(1, 3), (2, 4), (3, 3), (4, 4)] {
            let cut = pieces(text.as_bytes(), true, threads);
            assert_eq!(cut.len(), expected, "{threads} threads");
            let joined: Vec<u8> = cut.iter().flat_map(|piece| piece.bytes.iter().copied()).collect();
            assert_eq!(joined, text.as_bytes());
            let mut first_line = 1;
            for piece in &cut {
                assert_eq!(piece.first_line, first_line);
                assert!(piece.bytes.ends_with(b"\n"));
                first_line += piece.lines;
            }
            assert_eq!(first_line - 1, text.lines().count());
            assert!(cut.first().is_some_and(|piece| piece.first));
            assert!(cut.iter().skip(1).all(|piece| !piece.first));
        }
    }

    #[test]
    fn a_small_file_or_one_that_cannot_be_cut_is_one_piece() {
        assert_eq!(pieces(b"a\nb\n", true, 2).len(), 1);
        let text = "a,\"b\nc\"\n".repeat(PIECE_BYTES / 4);
        assert_eq!(pieces(text.as_bytes(), false, 2).len(), 1);
    }
}
