//! Splitting the claims of every bulk file by source: each source's claims are one
//! allocation of the exact size, and each piece's claims are freed as soon as they are moved,
//! so that the claims are never held twice.

use crate::model::Claim;
use arcstr::ArcStr;
use foldhash::HashMap;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// The claims of every file split by source, in file order, sources by id, each with the
/// first file it appears in. Each source's claims are one allocation of the exact size; the
/// pieces are numbered in parallel, then moved one after another, each freed once moved, and
/// the claims of a source share one copy of its id.
pub(super) fn by_source(files: Vec<(PathBuf, Vec<Claim>)>) -> BTreeMap<ArcStr, (PathBuf, Vec<Claim>)> {
    let local: Vec<PieceSources> = files.par_iter().map(|(_, claims)| PieceSources::of(claims)).collect();
    let sources = Numbering::of(&files, &local);
    let mut claims: Vec<Vec<Claim>> = sources.totals.iter().map(|&count| Vec::with_capacity(count)).collect();
    for (((_, piece), local), globals) in files.into_iter().zip(local).zip(sources.globals) {
        for (mut claim, &number) in piece.into_iter().zip(&local.numbers) {
            let Some(&at) = globals.get(number as usize) else {
                continue;
            };
            if let (Some((id, _)), Some(source)) = (sources.found.get(at), claims.get_mut(at)) {
                // Every piece made its own copy of the source's id: all claims share one.
                claim.source = id.clone();
                source.push(claim);
            }
        }
    }
    sources
        .found
        .into_iter()
        .zip(claims)
        .map(|((source, path), claims)| (source, (path, claims)))
        .collect()
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
            globals: Vec::with_capacity(pieces.len()),
        };
        for ((path, _), piece) in files.iter().zip(pieces) {
            let mut globals = Vec::with_capacity(piece.sources.len());
            for (source, &count) in piece.sources.iter().zip(&piece.counts) {
                let number = *numbers.entry(source.clone()).or_insert_with(|| {
                    numbering.found.push((source.clone(), path.clone()));
                    numbering.totals.push(0);
                    numbering.totals.len() - 1
                });
                globals.push(number);
                if let Some(total) = numbering.totals.get_mut(number) {
                    *total += count;
                }
            }
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
