//! Turning a value found in a sentence into a proposal: which property it is a value of
//! (the rule whose cue word is nearest), and which entity it is about (by the kinds the
//! rule allows and proximity in the sentence, or a word referring back to an entity of the
//! same section). A value with no plausible subject keeps none.

use super::Proposal;
use super::change_rules::ChangeRule;
use super::cues::{CueFinder, SentenceCues};
use super::description_finder::DescriptionFinder;
use super::layout::{Layout, Sentence};
use super::measures;
use super::mentions::{Mention, Subject};
use super::patterns::{Family, Patterns, Rule};
use super::stopwatch;
use super::values::{AgeForm, Found};
use super::words::{
    SPEECH_VERBS, holds_words, is_demonym, is_whole_word, last_words, word_positions, word_spans, words_after,
    words_back,
};
use crate::model::EntityKind;
use foldhash::HashSet;
use std::cell::OnceCell;

/// How a rule's cue ranks for a value (lower is better): not a cue class's, describing who
/// is counted, distance, qualifiers missing, qualifiers present (counted down), rule index.
type CueRank = (bool, bool, usize, usize, usize, usize);
/// Cues after a value are less telling than cues before it: this is added to their distance.
const AFTER_PENALTY: usize = 1000;
/// How many words before a count a cue class's cue may stand ("the toll rose to 95").
const NEAR_WORDS_BEFORE: usize = 6;
/// How many words after a count a cue class's cue may stand, within its clause.
const NEAR_WORDS_AFTER: usize = 9;
/// How many words may stand between a tally and the first count that breaks it down.
const LIST_GAP_WORDS: usize = 8;
/// How many words after a measured value's unit may name its dimension ("50 feet deep").
const MEASURE_WORDS_AFTER: usize = 3;
/// How many words before a count "the number of" may stand ("the number of people known to
/// have died in last Tuesday's floods rose to 217").
const NUMBER_OF_WORDS: usize = 16;

/// Possessives that, after "and", add companions to what a count counts ("the boys and their
/// coach"): the words after them are said of both.
const COMPANIONS: &[&str] = &["their", "his", "her", "its"];

/// How a description is named in the words of a pick.
pub(super) const DESCRIPTION: &str = "the description";

/// Verbs of a tally that changes: a date just after "rose to 217" dates the figure.
const TALLY_VERBS: &[&str] = &[
    "rose to",
    "risen to",
    "climbed to",
    "increased to",
    "reached",
    "stood at",
    "stands at",
];

/// What may stand between a name and its age: `Diaby, 50`, `X, a 22-year-old`, `X, his
/// 53-year-old rival`.
const APPOSITION_GAPS: &[&str] = &[",", ", a", ", an", ", the", ", his", ", her", ", their"];

/// Whether the words between a name and its age are a possessive in apposition: `X, the
/// company's 61-year-old chief executive`, `X, Ukraine's 45-year-old president`.
fn is_possessive_apposition(gap: &str) -> bool {
    let Some(rest) = gap.strip_prefix(',') else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words
            .last()
            .is_some_and(|word| word.ends_with("'s") || word.ends_with("\u{2019}s"))
        && words
            .iter()
            .all(|word| word.chars().all(|c| c.is_alphabetic() || "'\u{2019}-".contains(c)))
}

/// A stretch of a sentence searched for cue words.
struct CueWindow {
    from: usize,
    to: usize,
    /// Added to the distance of the cues found in it.
    penalty: usize,
    /// Only cue classes' rules may take their cues from it.
    near_only: bool,
    /// Cue classes' rules may not take their cues from it.
    far_only: bool,
    /// It holds the words right after a count, naming what is counted.
    counted: bool,
    /// It is the source a figure is given "according to": its cues are the figure's,
    /// wherever in the sentence it stands ("50.3%, according to an exit poll").
    source: bool,
    /// It names what a count counts ("the number of people killed ... rose to 80"): its
    /// cues are the count's, as near as any.
    defining: bool,
}

/// The subject chosen for a value, and how, when it was not named next to the value.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Pick {
    /// Index of the entity.
    pub entity: usize,
    /// How a subject not named in the sentence was found, in plain words.
    pub via: Option<String>,
}

impl Pick {
    /// An entity named next to the value.
    pub fn named(entity: usize) -> Pick {
        Pick { entity, via: None }
    }
}

/// Facts about each entity that hold across a whole text, worked out in one pass over its
/// mentions the first time one is asked for, so that asking costs the same in a long text
/// as in a short one. Indexed by entity.
#[derive(Debug, Default)]
pub(super) struct PerText {
    /// Whether a cue of the text marks each entity as a man, and whether one marks it as a
    /// woman.
    pub gender_cues: OnceCell<Vec<(bool, bool)>>,
    /// Whether the text names each entity with the title of an office of the court.
    pub officers: OnceCell<Vec<bool>>,
    /// The cue words of the sentence whose values are being attached.
    pub sentence_cues: SentenceCues,
}

/// Everything known about one text while its values are attached.
pub(super) struct Attacher<'a> {
    pub text: &'a str,
    /// The text with ASCII letters in lower case (same byte offsets).
    pub lower: &'a str,
    pub layout: &'a Layout,
    /// Mentions in text order, with the section each is in.
    pub mentions: &'a [(Mention, Option<usize>)],
    pub subjects: &'a [Subject],
    /// For each entity: the only event whose name holds its name.
    pub implied_event: &'a [Option<usize>],
    /// The verbs that report each event, with the event.
    pub event_verbs: &'a [(String, usize)],
    /// The noun only one event's name ends with, with the event.
    pub event_nouns: &'a [(String, usize)],
    /// The phrases that may stand for an entity, searched at once.
    pub descriptions: &'a DescriptionFinder,
    pub patterns: &'a Patterns,
    /// Every rule's cue words, searched at once.
    pub cues: &'a CueFinder,
    /// `(entity, leader)` pairs from the corpus's `leader` claims.
    pub leaders: &'a [(String, String)],
    /// Which entities (by id) each section mentions: `(section, id)`.
    pub section_mentions: &'a HashSet<(usize, &'a str)>,
    /// The corpus's percentage properties that hold changes.
    pub changes: &'a [ChangeRule],
    /// Facts about the entities across the text, once worked out.
    pub per_text: PerText,
}

impl Attacher<'_> {
    /// The proposal for a value, or `None` when it is not a claim (no rule, a veto, an age
    /// written after no name).
    pub fn propose(&self, found: &Found) -> Option<Proposal> {
        let sentence = self.layout.sentence_at(found.start, found.end)?;
        if found.family == Family::Count && (self.picks_one_out(found) || self.in_a_name(found, sentence))
            || self.bounds_a_range(found, sentence)
        {
            return None;
        }
        // Every value found already loads (see `ValueFinder::find`).
        let margin = self.margin_rule(found, sentence);
        let rule = margin.or_else(|| self.change_rule(found, sentence).or_else(|| self.rule(found, sentence)))?;
        let pick = match (&rule.subject, found.family) {
            (Some(id), _) => self.subjects.iter().position(|s| &s.id == id).map(Pick::named),
            (None, Family::Age) => self.person_of_age(found, sentence)?,
            (None, Family::Date | Family::Time) if self.dates_a_statement(found, sentence) => None,
            (None, Family::Date | Family::Duration) if self.spans_a_ranking(found, sentence) => None,
            (None, Family::Percentage) if self.is_change(rule) => self.change_subject(found, rule, sentence),
            (None, Family::Percentage) if self.is_unowned_share(found, rule, sentence) => None,
            (None, Family::Measure) => self.measured(found, rule, sentence),
            (None, _) if margin.is_some() => self.margin_subject(found, rule, sentence),
            (None, _) if self.corpus_has_its_own(rule) => None,
            // However found, a toll is never a harmless event's ("the search").
            (None, _) => self
                .subject(found, rule, sentence)
                .filter(|pick| !self.harmless_for_toll(rule, pick.entity)),
        };
        let (subject, via) = match pick {
            Some(pick) => (Some(pick.entity), pick.via),
            None => (None, None),
        };
        let via = via.or_else(|| subject.and_then(|entity| self.spelled_otherwise(entity, sentence)));
        let value = match found.family {
            Family::Unit => self.unit_value(found),
            _ => found.written.clone(),
        };
        let subject = subject.and_then(|index| self.subjects.get(index));
        Some(Proposal {
            subject: subject.map(|s| s.id.clone()),
            subject_name: subject.map(|s| s.name.clone()),
            property: rule.property.clone(),
            family: found.family,
            value,
            quote: self.text[sentence.start..sentence.end].to_owned(),
            span: [sentence.start, sentence.end],
            value_span: [found.start, found.end],
            via,
        })
    }

    /// A count that breaks down the tally before it in its sentence, place by place ("rose
    /// to 217 on Monday: 213 in the Valencia region, three in Castilla-La Mancha and one in
    /// Andalusia"): the tally's property and subject, when no rule of its own reaches it, it
    /// is followed by "in", and a comma, a colon or "and" stands right before it, a few
    /// words after the tally.
    pub fn list_item(&self, found: &Found, tally: &Proposal) -> Option<Proposal> {
        let sentence = self.layout.sentence_at(found.start, found.end)?;
        let gap = self.lower.get(tally.value_span[1]..found.start)?;
        let listed = gap.trim_end().ends_with([',', ':']) || gap.ends_with(" and ");
        let same_sentence = tally.span == [sentence.start, sentence.end];
        let counts = found.family == Family::Count && tally.family == Family::Count;
        (counts
            && same_sentence
            && listed
            && tally.subject.is_some()
            && gap.split_whitespace().count() <= LIST_GAP_WORDS
            && self.lower[found.end..].starts_with(" in "))
        .then(|| Proposal {
            value: found.written.clone(),
            value_span: [found.start, found.end],
            via: None,
            ..tally.clone()
        })
    }

    /// The rule of the value's family whose cue is nearest (the earlier rule on a tie),
    /// else the family's default rule.
    fn rule(&self, found: &Found, sentence: &Sentence) -> Option<&Rule> {
        if found.family == Family::Measure {
            return self.measure_rule(found, sentence);
        }
        // A part of a group ("31 of them in a critical condition") takes the cues of its
        // own clause; only when it has none, those of the group before it.
        let part = self.is_part(found);
        let best = self
            .best_cue(found, sentence, self.cue_windows(found, sentence, !part))
            .or_else(|| part.then(|| self.best_cue(found, sentence, self.cue_windows(found, sentence, true)))?);
        let rules = &self.patterns.rules;
        let applies = |rule: &Rule| self.applies(rule, found, sentence);
        let chosen = match best {
            Some((.., index)) => rules.get(index),
            None => rules.iter().find(|rule| rule.cues.is_empty() && applies(rule)),
        }?;
        let vetoed = found.family == Family::Count
            && !chosen.near
            && (self.vetoed(found, sentence) || chosen.counted && self.is_difference(found, sentence));
        (!vetoed).then_some(chosen)
    }

    /// Whether a rule is of the value's family and, if it names entities, one of them is
    /// mentioned in the value's section.
    fn applies(&self, rule: &Rule, found: &Found, sentence: &Sentence) -> bool {
        rule.family == found.family
            && !self.harm_of_things(rule, found)
            && (rule.when.is_empty()
                || rule
                    .when
                    .iter()
                    .any(|id| self.section_mentions.contains(&(sentence.section, id.as_str()))))
    }

    /// The rank of the best rule whose cue stands in one of the windows (see [`Self::rule`]).
    fn best_cue(&self, found: &Found, sentence: &Sentence, windows: Vec<CueWindow>) -> Option<CueRank> {
        let rules = &self.patterns.rules;
        let applies = |rule: &Rule| self.applies(rule, found, sentence);
        // Ranked by: a cue class's rule first, one that does not merely describe who is
        // counted next, then distance, then the rule with fewer of its qualifiers missing
        // from the sentence and more of them in it, then the earlier rule.
        let mut best: Option<CueRank> = None;
        let compared = &self.lower[sentence.start..self.compared_from(found, sentence)];
        // "two minutes clear of the field": a gap between two, which no cue class's length is.
        let gap = found.family == Family::Duration && stopwatch::is_gap(&self.lower[found.end..sentence.end]);
        for window in windows {
            let text = &self.lower[window.from..window.to];
            let hits = self.cues.within(
                self.lower,
                sentence,
                (window.from, window.to),
                &self.per_text.sentence_cues,
            );
            for hit in hits {
                if !is_whole_word(text, hit.start - window.from, hit.end - window.from) {
                    continue;
                }
                let distance = distance(found, hit.start, hit.end) + window.penalty;
                let cue = (hit.start, hit.end);
                if matches!(found.family, Family::Date | Family::Time)
                    && (self.cue_in_another_clause(found, sentence, cue) || self.not_until(sentence, cue))
                {
                    continue;
                }
                for &index in hit.rules {
                    let Some(rule) = rules.get(index).filter(|rule| applies(rule) && !(gap && rule.near)) else {
                        continue;
                    };
                    let gap = distance % AFTER_PENALTY;
                    let attribute = self.attributive_penalty(found, hit.start, hit.end);
                    let gap = if window.source || window.defining {
                        0
                    } else {
                        gap + attribute
                    };
                    // What a count counts, named right after it ("100 divers"), says more
                    // than a cue of who is counted around it ("the operation involved").
                    let named_right_after =
                        window.counted && rule.counted && (AFTER_PENALTY..=AFTER_PENALTY + 1).contains(&distance);
                    let (met, missing) = rule.qualifiers_in(compared);
                    let rank = if named_right_after {
                        (false, true, 0, missing, usize::MAX - met, index)
                    } else {
                        (
                            !rule.near,
                            rule.describes,
                            if rule.near { gap } else { distance },
                            missing,
                            usize::MAX - met,
                            index,
                        )
                    };
                    let usable = if rule.near {
                        !window.far_only
                    } else {
                        !window.near_only && (!rule.counted || window.counted)
                    };
                    if usable && best.is_none_or(|b| rank < b) {
                        best = Some(rank);
                    }
                }
            }
        }
        best
    }

    /// The measure rule of a measured value, by its unit (written after it, or within it as
    /// `$60 million`) and the words of a dimension around it.
    fn measure_rule(&self, found: &Found, sentence: &Sentence) -> Option<&Rule> {
        let (unit, unit_end) = match measures::unit_after(&self.lower[found.end..sentence.end]) {
            // A letter glued to a label's figure is no unit ("flat 4C").
            Some((unit, end)) if end == unit.len() && measures::labels(&self.lower[sentence.start..found.start]) => {
                return None;
            }
            Some((unit, end)) => (unit, found.end + end),
            None => (measures::unit_within(&self.lower[found.start..found.end])?, found.end),
        };
        let unit_end = unit_end.min(sentence.end);
        let before = words_back(self.lower, sentence.start, found.start, NEAR_WORDS_BEFORE);
        let after = unit_end
            + word_spans(&self.lower[unit_end..sentence.end])
                .nth(MEASURE_WORDS_AFTER - 1)
                .map_or(sentence.end - unit_end, |(at, word)| at + word.len());
        let next = self.lower[unit_end..sentence.end].trim_start_matches([' ', '-']);
        let next = &next[..next.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(next.len())];
        measures::choose_measure(
            self.patterns
                .rules
                .iter()
                .filter(|rule| rule.family == Family::Measure)
                .map(|rule| (rule, rule.cues.as_slice(), rule.qualifiers.as_slice())),
            unit,
            &self.lower[before..after.min(sentence.end)],
            next,
        )
    }

    /// Where cue words may be, with a penalty each: for a count, the few words after it
    /// (what is counted) or, after a verb like "number", the sentence before it, and for
    /// cue classes the words just before it and the clause after it; for anything else,
    /// the whole sentence.
    fn cue_windows(&self, found: &Found, sentence: &Sentence, with_before: bool) -> Vec<CueWindow> {
        let window = |from, to, penalty, near_only| CueWindow {
            from,
            to,
            penalty,
            near_only,
            far_only: false,
            counted: false,
            source: false,
            defining: false,
        };
        let source = word_positions(self.lower, sentence.start, sentence.end, "according to")
            .next()
            .map(|at| CueWindow {
                source: true,
                ..window(at, clause_end(self.lower, at, sentence.end, &[]), 0, true)
            });
        // A count right after "and" opens a clause of its own ("12 died and 80 were brought
        // out alive"): the cues before it are the other count's.
        let coordinated = last_words(&self.lower[sentence.start..found.start], 1) == " and ";
        let before = if with_before && !coordinated {
            words_back(self.lower, sentence.start, found.start, NEAR_WORDS_BEFORE)
        } else {
            found.start
        };
        let after = clause_end(self.lower, found.end, sentence.end, &self.patterns.number_words);
        match found.family {
            Family::Count => {}
            // A length of time is a sentence or a sought one by the words of its own clause.
            Family::Duration => {
                return vec![
                    CueWindow {
                        far_only: true,
                        ..window(sentence.start, sentence.end, 0, false)
                    },
                    window(before, found.start, 0, true),
                    window(found.end, after, 0, true),
                ];
            }
            _ => {
                return [window(sentence.start, sentence.end, 0, false)]
                    .into_iter()
                    .chain(source)
                    .collect();
            }
        }
        let mut windows = vec![
            CueWindow {
                counted: true,
                ..window(found.end, self.counted_words_end(found.end, sentence.end), 0, false)
            },
            window(before, found.start, 0, true),
            window(found.end, after, 0, true),
        ];
        // "The number of people known to have died in the floods rose to 217": what is
        // counted is named between "number of" and the count.
        if let Some(at) = self.number_of_before(found, sentence) {
            windows.push(CueWindow {
                defining: true,
                ..window(at, found.start, 0, true)
            });
        }
        // "the bodies of two of them": what is counted is named before its "of".
        if let Some((from, to)) = self.counted_before(found, sentence) {
            windows.push(CueWindow {
                counted: true,
                ..window(from, to, 0, false)
            });
        }
        windows.extend(source);
        let before = last_words(&self.lower[sentence.start..found.start], 3);
        if self.patterns.count_verbs.iter().any(|verb| holds_words(&before, verb)) {
            windows.push(window(sentence.start, found.start, AFTER_PENALTY, false));
        }
        windows
    }

    /// Where "the number of" (or "the count of", "the tally of", "the toll") stands before a count whose
    /// subject it names, a few words back in the same sentence with no other number between.
    fn number_of_before(&self, found: &Found, sentence: &Sentence) -> Option<usize> {
        // After a tally's verb ("... rose to 80") the tally is the verb's subject, however
        // long the words naming what it counts: it may stand anywhere before in the sentence.
        let before = &self.lower[sentence.start..found.start];
        let (one, two) = (last_words(before, 1), last_words(before, 2));
        let tallied = TALLY_VERBS
            .iter()
            .any(|verb| two.trim() == *verb || one.trim() == *verb);
        let from = if tallied {
            sentence.start
        } else {
            words_back(self.lower, sentence.start, found.start, NUMBER_OF_WORDS)
        };
        let at = ["number of", "count of", "tally of", "toll"]
            .iter()
            .filter_map(|phrase| word_positions(self.lower, from, found.start, phrase).last())
            .max()?;
        let between = &self.lower[at..found.start];
        let other_number = between.split_whitespace().any(|word| {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            word.starts_with(|c: char| c.is_ascii_digit()) || self.patterns.number_words.iter().any(|n| n == word)
        });
        (!other_number).then_some(at)
    }

    /// Whether a count or length is the lower bound of a range written around other words
    /// ("ranging from three years, two of them suspended, to 15 years").
    fn bounds_a_range(&self, found: &Found, sentence: &Sentence) -> bool {
        matches!(found.family, Family::Count | Family::Duration)
            && last_words(&self.lower[sentence.start..found.start], 1) == " from "
            && self.lower[found.end..sentence.end].contains(" to ")
    }

    /// Whether a date tells when something was said ("said on Sunday"), a tally was given ("rose
    /// to 217 on Monday"), another action was done to an event or bounds a state ("by Friday").
    fn dates_a_statement(&self, found: &Found, sentence: &Sentence) -> bool {
        let before = last_words(&self.lower[sentence.start..found.start], 3);
        let tally = last_words(&self.lower[sentence.start..found.start], 5);
        SPEECH_VERBS.iter().any(|verb| holds_words(&before, verb))
            || TALLY_VERBS.iter().any(|verb| self.tally_before(&tally, verb))
            || self.is_bound(found, sentence)
            || self.dates_another_action(found, sentence)
    }

    /// Whether padded words end with a tally verb and the figure it reaches ("rose to 217
    /// on"), not with the verb alone ("was reached by the flames on").
    fn tally_before(&self, padded: &str, verb: &str) -> bool {
        let Some(after) = words_after(padded, verb) else {
            return false;
        };
        after.split_whitespace().any(|word| {
            word.starts_with(|c: char| c.is_ascii_digit()) || self.patterns.number_words.iter().any(|n| n == word)
        })
    }

    /// Whether the rule is a built-in default (no cue words) for a family the corpus has
    /// properties of its own for, reached by their cue words: a value that reaches none of
    /// them is not proposed under the default's generic property with a subject.
    fn corpus_has_its_own(&self, rule: &Rule) -> bool {
        rule.family == Family::Percentage
            && rule.cues.is_empty()
            && self
                .patterns
                .rules
                .iter()
                .any(|other| other.near && other.family == rule.family)
    }

    /// Whether the words just before a count make it not a count of members.
    fn vetoed(&self, found: &Found, sentence: &Sentence) -> bool {
        let before = last_words(&self.lower[sentence.start..found.start], 3);
        self.patterns.vetoes.iter().any(|veto| holds_words(&before, veto))
    }

    /// The person an age is about: the name just before (`Diaby, 50,`; `X, a 22-year-old`;
    /// `X, his 53-year-old rival`) or, for `50-year-old`, just after (`headed by 50-year-old
    /// Omar Diaby`); else the person a description (`the 36-year-old official`) or a pronoun
    /// (`At 42, he`) refers back to. An age after no name is not an age (`Some(None)` is an
    /// age of nobody known).
    fn person_of_age(&self, found: &Found, sentence: &Sentence) -> Option<Option<Pick>> {
        let people = || {
            self.in_sentence(sentence)
                .filter(|m| self.kind_of(m.entity) == Some(EntityKind::Person))
        };
        let before = people().find(|m| {
            m.end <= found.start && {
                let gap = self.text[m.end..found.start].trim();
                gap.is_empty()
                    || APPOSITION_GAPS.contains(&gap.to_lowercase().as_str())
                    || is_possessive_apposition(gap)
            }
        });
        if let Some(mention) = before {
            return Some(Some(Pick::named(mention.entity)));
        }
        match found.age_form {
            Some(AgeForm::AfterName) => return None,
            Some(AgeForm::BeforePronoun) => return Some(self.person_referred(found, sentence, "the pronoun")),
            Some(AgeForm::InClause) => return Some(self.person_of_clause(found, sentence)),
            Some(AgeForm::Stated) => return self.person_of_clause(found, sentence).map(Some),
            _ => {}
        }
        let after =
            people().find(|m| m.start >= found.end && self.text[found.end..m.start].split_whitespace().count() <= 1);
        if let Some(mention) = after {
            return Some(Some(Pick::named(mention.entity)));
        }
        // `the 36-year-old official` or `Californian`, but not `the 72-year-old Pélicot` (a
        // name not known).
        let mut after = self.text[found.end..sentence.end].split_whitespace();
        let (next, then) = (after.next().unwrap_or(""), after.next().unwrap_or(""));
        let demonym = is_demonym(next.trim_end_matches([',', '.'])) && !then.starts_with(char::is_uppercase);
        let definite = last_words(&self.lower[sentence.start..found.start], 1) == " the "
            && (!next.starts_with(char::is_uppercase) || demonym);
        Some(
            definite
                .then(|| {
                    self.person_referred(found, sentence, DESCRIPTION)
                        .or_else(|| self.described_protagonist(found, sentence))
                })
                .flatten(),
        )
    }

    /// The subject of a value: the entity of an allowed kind nearest to it in its sentence,
    /// else the one a referring word ("his group", "him") points back to in its section.
    pub(super) fn subject(&self, found: &Found, rule: &Rule, sentence: &Sentence) -> Option<Pick> {
        let sentencing = Self::is_term_rule(rule);
        let timed = matches!(found.family, Family::Date | Family::Time | Family::Duration);
        let allowed = |m: &Mention| {
            self.kind_of(m.entity).is_some_and(|kind| rule.subjects.contains(&kind))
                && (!sentencing || self.may_be_sentenced(m))
                && !(timed && self.is_anchor(m, sentence) && !self.dated_right_after(found, m))
                && !self.is_compared(m, sentence)
                && !self.harmless_for_toll(rule, m.entity)
        };
        if let Some(mention) = self.in_sentence(sentence).find(|m| allowed(m) && self.is_for(found, m)) {
            return Some(Pick::named(mention.entity));
        }
        if self.is_for_unnamed(found, sentence) {
            return None;
        }
        if found.family == Family::Count && self.aged_description_opens(found, sentence) {
            let person = rule.subjects.contains(&EntityKind::Person);
            return person
                .then(|| self.person_referred(found, sentence, DESCRIPTION))
                .flatten();
        }
        // What a count counts belongs to its clause's subject ("the Greens won 40 seats",
        // "the airline cancelled 160 flights"), unless it counts people harmed.
        if found.family == Family::Count
            && (rule.counted && !rule.near || rule.near && !rule.counts_people_harmed())
            && let Some(owner) = self.clause_owner(found, sentence)
        {
            return Some(Pick::named(owner));
        }
        let nearest = self
            .in_sentence(sentence)
            .filter(|m| allowed(m) && (m.end <= found.start || m.start >= found.end) && self.may_be_nearest(found, m))
            .min_by_key(|m| distance(found, m.start, m.end));
        // An event told by the words right next to the value beats a name further off.
        if let Some(adjacent) = self.adjacent_event(found, rule, sentence)
            && nearest.is_none_or(|m| distance(found, m.start, m.end) % AFTER_PENALTY > adjacent.gap)
        {
            return Some(adjacent.pick);
        }
        if let Some(mention) = nearest {
            return Some(Pick::named(mention.entity));
        }
        self.described(found, rule, sentence)
            .or_else(|| self.referred(rule, sentence))
            // A pronoun that points back to the judge does not make the judge bear a term.
            .filter(|pick| !(sentencing && self.is_officer(pick.entity)))
            .or_else(|| self.section_event(found, rule, sentence))
            .or_else(|| self.defendant(found, rule, sentence))
    }

    /// A numbered unit as its registry id when it is a known entity, else as written.
    fn unit_value(&self, found: &Found) -> String {
        let first = self.mentions.partition_point(|(m, _)| m.start < found.start);
        self.mentions
            .iter()
            .skip(first)
            .take_while(|(m, _)| m.start == found.start)
            .find(|(m, _)| m.end == found.end)
            .and_then(|(m, _)| self.subjects.get(m.entity))
            .map_or_else(|| found.written.clone(), |subject| subject.id.clone())
    }

    /// For a subject named in the sentence only in another spelling ("Trzaskowsky"): what
    /// the editor should check, and the alias to add.
    fn spelled_otherwise(&self, entity: usize, sentence: &Sentence) -> Option<String> {
        let mut own = self.in_sentence(sentence).filter(|m| m.entity == entity);
        let first = own.next()?;
        if !first.variant || own.any(|m| !m.variant) {
            return None;
        }
        let written = &self.text[first.start..first.end];
        let name = self.subjects.get(entity).map_or("", |s| s.name.as_str());
        Some(format!(
            "\"{written}\" is taken for {name}, spelled otherwise in the registry: if it is the same, add \"{written}\" to its aliases"
        ))
    }

    /// The kind of a registry entity, by its index.
    pub(super) fn kind_of(&self, entity: usize) -> Option<EntityKind> {
        self.subjects.get(entity).map(|subject| subject.kind)
    }

    pub(super) fn in_sentence(&self, sentence: &Sentence) -> impl Iterator<Item = &Mention> {
        let first = self.mentions.partition_point(|(m, _)| m.start < sentence.start);
        self.mentions
            .iter()
            .skip(first)
            .map(|(m, _)| m)
            .take_while(move |m| m.end <= sentence.end)
    }

    /// The mentions within the bytes of a section's sentences, the section's own among them
    /// (others are furniture lines between them), in text order.
    pub(super) fn in_section(&self, section: usize) -> &[(Mention, Option<usize>)] {
        let sentences = &self.layout.sentences;
        let first = sentences.partition_point(|s| s.section < section);
        let last = sentences.partition_point(|s| s.section <= section);
        let (Some(start), Some(end)) = (
            sentences.get(first).map(|s| s.start),
            last.checked_sub(1)
                .and_then(|index| sentences.get(index))
                .map(|s| s.end),
        ) else {
            return &[];
        };
        let from = self.mentions.partition_point(|(m, _)| m.start < start);
        let to = self.mentions.partition_point(|(m, _)| m.start < end);
        self.mentions.get(from..to).unwrap_or_default()
    }
}

/// Bytes between a value and a range: before it, the gap; after it, the gap plus a penalty.
fn distance(found: &Found, start: usize, end: usize) -> usize {
    if end <= found.start {
        found.start - end
    } else if start >= found.end {
        start - found.end + AFTER_PENALTY
    } else {
        0
    }
}

/// The end of the clause after `from`: a few words, not counting a parenthetical set off by
/// commas right after the value ("50 people, five of them children, were killed"), up to a
/// semicolon or a colon, so that a cue belongs to the value's own verb ("30 to 40 surgeons
/// were operating at the same time on the badly hurt" is no count of the hurt), and before
/// another number outside the parenthetical ("five killed and 20 injured": "injured" is the
/// 20's).
fn clause_end(lower: &str, from: usize, limit: usize, number_words: &[String]) -> usize {
    let mut end = from;
    let (mut counted, mut inside, mut previous) = (0, false, "");
    for (index, (offset, word)) in word_spans(&lower[from..limit]).enumerate() {
        if counted >= NEAR_WORDS_AFTER || index >= NEAR_WORDS_AFTER * 3 {
            break;
        }
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        if !inside
            && index > 0
            && (bare.starts_with(|c: char| c.is_ascii_digit()) || number_words.iter().any(|n| n == bare))
        {
            break;
        }
        // "twelve boys and their coach were trapped": what follows is said of both.
        if !inside && index <= 3 && previous == "and" && COMPANIONS.contains(&bare) {
            break;
        }
        end = from + offset + word.len();
        if word.ends_with([';', ':']) {
            break;
        }
        if !inside {
            counted += 1;
        }
        if word.ends_with(',') {
            // A comma right after the value or its "of them" opens a parenthetical; the next
            // one closes it.
            inside = !inside && (index == 0 || index == 1 && previous == "of");
        }
        previous = word;
    }
    end
}
