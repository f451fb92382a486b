//! Splitting the claims of every bulk file by source, in parallel: each source's claims are
//! one allocation of the exact size, and every piece of a file fills its own stretch of it.

use crate::model::Claim;
use arcstr::ArcStr;
use foldhash::HashMap;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::slice::IterMut;

/// The claims of every file split by source, in file order, sources by id, each with the
/// first file it appears in. Each source's claims are one allocation of the exact size,
/// filled by every piece at once (pieces write to their own stretch of each source's claims).
pub(super) fn by_source(files: Vec<(PathBuf, Vec<Claim>)>) -> BTreeMap<ArcStr, (PathBuf, Vec<Claim>)> {
    let local: Vec<PieceSources> = files.par_iter().map(|(_, claims)| PieceSources::of(claims)).collect();
    let mut sources = Numbering::of(&files, &local);
    let mut slots: Vec<Vec<Option<Claim>>> = sources
        .totals
        .par_iter()
        .map(|&count| {
            let mut slots = Vec::with_capacity(count);
            slots.resize_with(count, || None);
            slots
        })
        .collect();
    let stretches = stretches(&mut slots, &sources.counts);
    files
        .into_par_iter()
        .zip(local)
        .zip(std::mem::take(&mut sources.globals))
        .zip(stretches)
        .for_each(|((((_, claims), local), globals), mut stretches)| {
            for (claim, &number) in claims.into_iter().zip(&local.numbers) {
                let global = globals.get(number as usize);
                if let Some(slot) = global.and_then(|&at| stretches.get_mut(at)).and_then(Iterator::next) {
                    *slot = Some(claim);
                }
            }
        });
    // `filter_map` keeps the allocation (the slots and the claims are the same size) where
    // `flatten` would copy every claim again.
    #[allow(clippy::filter_map_identity)]
    let claims: Vec<Vec<Claim>> = slots
        .into_par_iter()
        .map(|slots| slots.into_iter().filter_map(|slot| slot).collect())
        .collect();
    sources
        .found
        .into_iter()
        .zip(claims)
        .map(|((source, path), claims)| (source, (path, claims)))
        .collect()
}

/// Cuts each source's slots into one stretch per piece, in piece order, as long as the
/// piece's claims of that source: the stretches of each piece, by source number.
fn stretches<'s>(slots: &'s mut [Vec<Option<Claim>>], counts: &[Vec<usize>]) -> Vec<Vec<IterMut<'s, Option<Claim>>>> {
    let mut stretches: Vec<Vec<IterMut<'s, Option<Claim>>>> =
        counts.iter().map(|_| Vec::with_capacity(slots.len())).collect();
    for (number, source) in slots.iter_mut().enumerate() {
        let mut rest = source.as_mut_slice();
        for (piece, piece_counts) in stretches.iter_mut().zip(counts) {
            let count = piece_counts.get(number).copied().unwrap_or(0).min(rest.len());
            let (stretch, after) = std::mem::take(&mut rest).split_at_mut(count);
            piece.push(stretch.iter_mut());
            rest = after;
        }
    }
    stretches
}

/// The sources of one piece's claims, numbered in order of first appearance.
struct PieceSources {
    /// Each source, in order of first appearance.
    sources: Vec<ArcStr>,
    /// How many claims each source has in the piece.
    counts: Vec<usize>,
    /// Each claim's source.
    numbers: Vec<u32>,
}

impl PieceSources {
    /// Numbers the sources of a piece. The rows of a piece share one copy of each source id,
    /// so a source is known by where its text is.
    fn of(claims: &[Claim]) -> Self {
        let mut by_address: HashMap<usize, u32> = HashMap::default();
        let mut piece = PieceSources {
            sources: Vec::new(),
            counts: Vec::new(),
            numbers: Vec::with_capacity(claims.len()),
        };
        for claim in claims {
            let next = u32::try_from(piece.sources.len()).unwrap_or(u32::MAX);
            let number = *by_address.entry(claim.source.as_ptr() as usize).or_insert_with(|| {
                piece.sources.push(claim.source.clone());
                piece.counts.push(0);
                next
            });
            if let Some(count) = piece.counts.get_mut(number as usize) {
                *count += 1;
            }
            piece.numbers.push(number);
        }
        piece
    }
}

/// Every source of the bulk files, numbered in order of first appearance.
struct Numbering {
    /// Each source with the first file it appears in.
    found: Vec<(ArcStr, PathBuf)>,
    /// The claims of each source in all.
    totals: Vec<usize>,
    /// For each piece, the claims it holds of each source.
    counts: Vec<Vec<usize>>,
    /// For each piece, the number among all sources of each of its sources.
    globals: Vec<Vec<usize>>,
}

impl Numbering {
    /// Numbers the sources of all pieces, and tells each piece the numbers of its sources.
    fn of(files: &[(PathBuf, Vec<Claim>)], pieces: &[PieceSources]) -> Self {
        let mut numbers: HashMap<ArcStr, usize> = HashMap::default();
        let mut numbering = Numbering {
            found: Vec::new(),
            totals: Vec::new(),
            counts: Vec::with_capacity(pieces.len()),
            globals: Vec::with_capacity(pieces.len()),
        };
        for ((path, _), piece) in files.iter().zip(pieces) {
            let mut counts = vec![0; numbering.totals.len()];
            let mut globals = Vec::with_capacity(piece.sources.len());
            for (source, &count) in piece.sources.iter().zip(&piece.counts) {
                let number = *numbers.entry(source.clone()).or_insert_with(|| {
                    numbering.found.push((source.clone(), path.clone()));
                    numbering.totals.push(0);
                    numbering.totals.len() - 1
                });
                globals.push(number);
                if counts.len() <= number {
                    counts.resize(number + 1, 0);
                }
                if let (Some(total), Some(piece_count)) = (numbering.totals.get_mut(number), counts.get_mut(number)) {
                    *total += count;
                    *piece_count += count;
                }
            }
            numbering.counts.push(counts);
            numbering.globals.push(globals);
        }
        numbering
    }
}

#[cfg(test)]
mod tests {
    use super::by_source;
    use crate::model::{Claim, TextSpan};
    use crate::value::{DateValue, Value};
    use arcstr::ArcStr;
    use std::path::PathBuf;

    fn claim(source: &ArcStr, line: usize) -> Claim {
        Claim {
            id: arcstr::format!("c{line}"),
            source: source.clone(),
            subject: "x".into(),
            subject_written: "x".into(),
            property: "p".into(),
            written: "v".into(),
            value: Value::Boolean(true),
            quote: "".into(),
            span: TextSpan { start: 0, end: 0, line },
            attribution: None,
            party: None,
            origin: None,
            as_of: DateValue::day(jiff::civil::date(2025, 1, 1)),
            as_of_explicit: true,
            scope: None,
            hedge: None,
            note: None,
            file: "bulk/b.jsonl".into(),
            line: Claim::position(line),
            column: 1,
        }
    }

    #[test]
    fn claims_are_split_by_source_in_file_order_with_the_first_file_of_each_source() {
        let (a, b, c) = (ArcStr::from("a"), ArcStr::from("b"), ArcStr::from("c"));
        // The same source text in another allocation, as another file's rows would have it.
        let other_b = ArcStr::from("b");
        let files = vec![
            (PathBuf::from("one"), vec![claim(&b, 1), claim(&a, 2), claim(&b, 3)]),
            (
                PathBuf::from("one"),
                vec![claim(&a, 4), claim(&other_b, 5), claim(&b, 6)],
            ),
            (PathBuf::from("two"), Vec::new()),
            (PathBuf::from("two"), vec![claim(&c, 7), claim(&other_b, 8)]),
        ];
        let split = by_source(files);
        let lines = |source: &str| -> (String, Vec<u32>) {
            let (path, claims) = &split[source];
            (
                path.display().to_string(),
                claims.iter().map(|claim| claim.line).collect(),
            )
        };
        assert_eq!(split.len(), 3);
        assert_eq!(lines("a"), ("one".to_owned(), vec![2, 4]));
        assert_eq!(lines("b"), ("one".to_owned(), vec![1, 3, 5, 6, 8]));
        assert_eq!(lines("c"), ("two".to_owned(), vec![7]));
    }
}
