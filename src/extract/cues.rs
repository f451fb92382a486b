//! Finding the rules' cue words in a sentence: every cue in one automaton, and the cues of
//! a sentence found once however many values it holds, each value's windows then reading
//! the cues that stand within them.

use super::layout::Sentence;
use super::patterns::Rule;
use aho_corasick::AhoCorasick;
use std::cell::RefCell;

/// Every cue word of the rules in one automaton, with the rules each cue belongs to.
#[derive(Debug, Clone)]
pub(super) struct CueFinder {
    finder: AhoCorasick,
    /// For each pattern of `finder`: the indices of the rules that have it as a cue.
    rules: Vec<Vec<usize>>,
}

/// A cue word found in the text: its byte range, and the indices of the rules it is a cue of.
#[derive(Debug, Clone, Copy)]
pub(super) struct CueHit<'a> {
    pub start: usize,
    pub end: usize,
    pub rules: &'a [usize],
}

/// A cue word found in the text, as the automaton gives it: start, end and pattern.
type Found = (usize, usize, usize);

/// The cue words of the last sentence searched, kept while the values of that sentence are
/// attached.
#[derive(Debug, Default)]
pub(super) struct SentenceCues {
    last: RefCell<Searched>,
}

/// A sentence searched for cue words: its byte range, and its cues.
#[derive(Debug, Default)]
struct Searched {
    sentence: Option<(usize, usize)>,
    cues: Vec<Found>,
}

impl CueFinder {
    /// Indexes the cue words of the rules.
    pub fn new(rules: &[Rule]) -> Result<CueFinder, String> {
        let mut phrases: Vec<&str> = Vec::new();
        let mut owners: Vec<Vec<usize>> = Vec::new();
        for (index, rule) in rules.iter().enumerate() {
            for cue in &rule.cues {
                match phrases.iter().position(|p| p == cue).and_then(|at| owners.get_mut(at)) {
                    Some(owned) => owned.push(index),
                    None => {
                        phrases.push(cue);
                        owners.push(vec![index]);
                    }
                }
            }
        }
        let finder = AhoCorasick::new(&phrases).map_err(|error| format!("cannot index the cue words: {error}"))?;
        Ok(CueFinder { finder, rules: owners })
    }

    /// Every cue word standing wholly within `from..to` of the lower-cased text, whole word
    /// or not, overlapping ones included. When the range lies in the sentence, the sentence
    /// is searched (once, its cues kept in `kept` for its next value) and its cues in the
    /// range are given: the same cues as a search of the range alone.
    pub fn within(
        &self,
        lower: &str,
        sentence: &Sentence,
        (from, to): (usize, usize),
        kept: &SentenceCues,
    ) -> Vec<CueHit<'_>> {
        let hit = |(start, end, pattern): Found| CueHit {
            start,
            end,
            rules: self.rules.get(pattern).map_or(&[][..], Vec::as_slice),
        };
        let bounds = (sentence.start, sentence.end);
        if from < bounds.0 || to > bounds.1 {
            return self.search(lower, from, to).into_iter().map(hit).collect();
        }
        let mut last = kept.last.borrow_mut();
        if last.sentence != Some(bounds) {
            *last = Searched {
                sentence: Some(bounds),
                cues: self.search(lower, bounds.0, bounds.1),
            };
        }
        last.cues
            .iter()
            .filter(|&&(start, end, _)| from <= start && end <= to)
            .map(|&found| hit(found))
            .collect()
    }

    /// The cue words in `from..to` of the lower-cased text: byte range and pattern.
    fn search(&self, lower: &str, from: usize, to: usize) -> Vec<Found> {
        self.finder
            .find_overlapping_iter(&lower[from..to])
            .map(|hit| (from + hit.start(), from + hit.end(), hit.pattern().as_usize()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tests::builtin_patterns;

    /// The cues a window reads from its sentence's search are those a search of the window
    /// alone finds, in every window, the sentence searched once for all of them.
    #[test]
    fn a_window_reads_the_cues_of_its_own_search() {
        let finder = CueFinder::new(&builtin_patterns().rules).unwrap();
        let lower = "at least 12 people were killed and 40 injured. the death toll rose to 15 on monday.";
        let first = Sentence {
            start: 0,
            end: 46,
            section: 0,
        };
        let second = Sentence {
            start: 47,
            end: lower.len(),
            section: 0,
        };
        let kept = SentenceCues::default();
        let as_pairs = |hits: Vec<CueHit>| hits.iter().map(|hit| (hit.start, hit.end)).collect::<Vec<_>>();
        for sentence in [&first, &second, &first] {
            for from in (sentence.start..sentence.end).step_by(5) {
                for to in (from..=sentence.end).step_by(7) {
                    let alone: Vec<(usize, usize)> = finder
                        .search(lower, from, to)
                        .iter()
                        .map(|&(start, end, _)| (start, end))
                        .collect();
                    assert_eq!(
                        as_pairs(finder.within(lower, sentence, (from, to), &kept)),
                        alone,
                        "{from}..{to}"
                    );
                }
            }
        }
        assert!(
            !finder.search(lower, 0, lower.len()).is_empty(),
            "the text holds cue words"
        );
        // A window reaching past its sentence is searched alone.
        assert_eq!(
            as_pairs(finder.within(lower, &first, (40, 60), &kept)),
            finder
                .search(lower, 40, 60)
                .iter()
                .map(|&(start, end, _)| (start, end))
                .collect::<Vec<_>>()
        );
    }
}
