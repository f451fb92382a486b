//! Proposing claims from raw text: values found by patterns ([`values`]), the sentences and
//! sections they sit in with page furniture left out ([`layout`]), the registry's entities
//! mentioned around them ([`mentions`]), and the property and subject each is proposed for
//! ([`attach`]). Every proposal carries its verbatim sentence and byte span, for an editor
//! to confirm. [`draft`] writes proposals as a source file or JSON and merges them into an
//! existing one; [`evaluate`] measures them against a curated corpus.

mod actions;
mod article_event;
mod attach;
mod attributive;
mod change_rules;
mod changes;
mod clauses;
mod coordination;
mod counted_units;
mod counted_words;
mod cues;
mod date_patterns;
mod declines;
mod description_finder;
mod descriptions;
pub mod draft;
pub mod evaluate;
mod event_verbs;
mod events;
mod heads;
mod inflections;
mod instances;
mod layout;
mod margins;
mod measured;
mod measures;
mod mentions;
mod partitives;
pub mod patterns;
mod pronouns;
mod references;
mod remainders;
mod roles;
mod stopwatch;
mod synonyms;
mod tally_claims;
mod values;
mod variants;
mod vote_tallies;
mod word_trie;
mod words;
mod zeros;

pub use layout::{Layout, Sentence};
pub use mentions::{Mention, MentionFinder, Subject};
pub use patterns::{BUILTIN_PATTERNS, EXTENSION_FILE, Family, Patterns, Rule};

use crate::model::{Corpus, Entity};
use crate::value::Value;
use attach::{Attacher, PerText};
use cues::CueFinder;
use foldhash::{HashSet, HashSetExt};
use std::collections::BTreeMap;
use tally_claims::Votes;
use values::ValueFinder;

/// A proposed claim: a value found in the text, what it is about, and the words it came from.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Proposal {
    /// Canonical id of the subject, or `None` when no plausible subject was found.
    pub subject: Option<String>,
    /// Display name of the subject.
    pub subject_name: Option<String>,
    /// Property id.
    pub property: String,
    /// The family of pattern that found the value.
    pub family: Family,
    /// The value in the grammar's spelling.
    pub value: String,
    /// The sentence it came from, verbatim.
    pub quote: String,
    /// Byte range of the quote in the text: `[start, end]`.
    pub span: [usize; 2],
    /// Byte range of the value itself in the text.
    pub value_span: [usize; 2],
    /// How a subject not named next to the value was found ("the description refers to
    /// Pavlo Kyrylenko, named one sentence before"), in plain words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
}

/// The extractor for one corpus: its patterns and its entity registry, compiled.
#[derive(Debug, Clone)]
pub struct Extractor {
    patterns: Patterns,
    values: ValueFinder,
    mentions: MentionFinder,
    cues: CueFinder,
    leaders: Vec<(String, String)>,
    votes: Votes,
    changes: Vec<change_rules::ChangeRule>,
}

impl Extractor {
    /// Compiles patterns and the names of the entities.
    pub fn new(patterns: Patterns, entities: &BTreeMap<String, Entity>) -> Result<Extractor, String> {
        let values = ValueFinder::new(&patterns).map_err(|error| format!("cannot compile the patterns: {error}"))?;
        let mentions = MentionFinder::new(entities.values())?;
        let cues = CueFinder::new(&patterns.rules)?;
        Ok(Extractor {
            patterns,
            values,
            mentions,
            cues,
            leaders: Vec::new(),
            votes: Votes::new(entities.values()),
            changes: Vec::new(),
        })
    }

    /// The extractor of a corpus: its entities, and who leads what from its `leader` claims
    /// (for words like "his group").
    pub fn for_corpus(patterns: Patterns, corpus: &Corpus) -> Result<Extractor, String> {
        let mut extractor = Extractor::new(patterns, &corpus.entities)?;
        extractor.votes = extractor.votes.with_properties(&corpus.properties);
        extractor.changes = corpus
            .properties
            .values()
            .filter_map(change_rules::change_rule)
            .collect();
        for claim in corpus.claims().filter(|claim| claim.property == "leader") {
            if let Value::Entities(set) = &claim.value
                && let [leader] = set.included.as_slice()
            {
                let pair = (claim.subject.to_string(), leader.clone());
                if !extractor.leaders.contains(&pair) {
                    extractor.leaders.push(pair);
                }
            }
        }
        Ok(extractor)
    }

    /// The claims proposed for a text, in text order, without duplicates. A vote tally's
    /// numbers are the tally's alone ([`tally_claims`]).
    pub fn extract(&self, text: &str) -> Vec<Proposal> {
        let layout = Layout::of(text);
        let mentions: Vec<(Mention, Option<usize>)> = self
            .mentions
            .find(text)
            .into_iter()
            .filter(|m| !instances::another_instance(text, m, &self.mentions.entities))
            .filter(|m| !layout::is_dateline(text, m.start, m.end))
            .map(|m| (m, layout.sentence_at(m.start, m.end).map(|s| s.section)))
            .collect();
        let lower = text.to_ascii_lowercase();
        let section_mentions: HashSet<(usize, &str)> = mentions
            .iter()
            .filter_map(|(m, section)| Some(((*section)?, self.mentions.entities.get(m.entity)?.id.as_str())))
            .collect();
        let attacher = Attacher {
            text,
            lower: &lower,
            layout: &layout,
            mentions: &mentions,
            subjects: &self.mentions.entities,
            implied_event: &self.mentions.implied_event,
            event_verbs: &self.mentions.event_verbs,
            event_nouns: &self.mentions.event_nouns,
            descriptions: &self.mentions.descriptions,
            patterns: &self.patterns,
            cues: &self.cues,
            section_mentions: &section_mentions,
            leaders: &self.leaders,
            changes: &self.changes,
            per_text: PerText::default(),
        };
        let mut proposals: Vec<Proposal> = Vec::new();
        let mut tally: Option<Proposal> = None;
        let mut claims = HashSet::new();
        let votes_tallied = vote_tallies::find(&lower, &layout);
        let mut votes = votes_tallied
            .iter()
            .flat_map(|tallied| self.votes.propose(&attacher, tallied))
            .peekable();
        let found = stopwatch::merge(self.values.find(text), stopwatch::find(text));
        let found_all = zeros::with_zeros(remainders::join_all_but(found, &lower), &lower)
            .into_iter()
            .filter(|found| !votes_tallied.iter().any(|t| found.start < t.end && t.start < found.end));
        for found in found_all {
            let found = attacher.counted_unless_measured(found);
            for vote in std::iter::from_fn(|| votes.next_if(|vote| vote.value_span[0] < found.start)) {
                keep(vote, &mut claims, &mut proposals);
            }
            let mut each = attacher.propose_each(&found);
            if each.is_empty() {
                each.extend(tally.as_ref().and_then(|tally| attacher.list_item(&found, tally)));
            }
            for proposal in each {
                if proposal.family == Family::Count && proposal.subject.is_some() {
                    tally = Some(proposal.clone());
                }
                keep(proposal, &mut claims, &mut proposals);
            }
        }
        for vote in votes {
            keep(vote, &mut claims, &mut proposals);
        }
        proposals
    }
}

/// Adds a proposal unless the same claim was proposed already.
fn keep(proposal: Proposal, claims: &mut HashSet<Claim>, proposals: &mut Vec<Proposal>) {
    if claims.insert(claim_of(&proposal)) {
        proposals.push(proposal);
    }
}

/// What makes two proposals the same claim: subject, property, value and sentence.
type Claim = (Option<String>, String, String, [usize; 2]);

/// The claim a proposal makes.
fn claim_of(proposal: &Proposal) -> Claim {
    (
        proposal.subject.clone(),
        proposal.property.clone(),
        proposal.value.clone(),
        proposal.span,
    )
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::path::Path;

    /// The built-in patterns, loaded as a corpus would (against the built-in properties).
    pub(crate) fn builtin_patterns() -> Patterns {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("entities.yaml"), "entities: []\n").unwrap();
        std::fs::create_dir(dir.path().join("sources")).unwrap();
        let corpus = crate::corpus::load(dir.path()).unwrap();
        Patterns::load(dir.path(), &corpus.properties, &corpus.entities).unwrap()
    }

    pub(crate) fn shipped() -> Corpus {
        crate::corpus::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("claims")).unwrap()
    }

    /// Copies a corpus folder (two levels deep) into another.
    pub(crate) fn copy_corpus(from: &Path, to: &Path) {
        for entry in std::fs::read_dir(from).unwrap() {
            let path = entry.unwrap().path();
            let target = to.join(path.file_name().unwrap());
            if path.is_dir() {
                std::fs::create_dir_all(&target).unwrap();
                for inner in std::fs::read_dir(&path).unwrap() {
                    let inner = inner.unwrap().path();
                    std::fs::copy(&inner, target.join(inner.file_name().unwrap())).unwrap();
                }
            } else {
                std::fs::copy(&path, &target).unwrap();
            }
        }
    }

    /// `(subject, property, value)` of a proposal about a subject, as a table of cases lists it.
    pub(crate) type Attached = (&'static str, &'static str, &'static str);

    /// A table's listed proposals in the form [`attached_in`] gives them.
    pub(crate) fn owned(listed: &[Attached]) -> Vec<(String, String, String)> {
        listed
            .iter()
            .map(|(s, p, v)| ((*s).to_owned(), (*p).to_owned(), (*v).to_owned()))
            .collect()
    }

    /// `(subject, property, value)` of the proposals with a subject that `text` gives with a
    /// corpus of these entities and (when given) properties.
    pub(crate) fn attached_in(entities: &str, properties: Option<&str>, text: &str) -> Vec<(String, String, String)> {
        proposed_in(entities, properties, text)
            .into_iter()
            .filter_map(|(subject, property, value)| Some((subject?, property, value)))
            .collect()
    }

    /// Checks a table of sentences, each against the proposals with a subject it gives with a
    /// corpus of these entities and (when given) properties.
    pub(crate) fn assert_attached(entities: &str, properties: Option<&str>, table: &[(&str, &[Attached])]) {
        for (text, expected) in table {
            assert_eq!(attached_in(entities, properties, text), owned(expected), "{text}");
        }
    }

    /// Checks a table of sentences, each against the `(property, value)` of every proposal
    /// it gives, with a subject or without, with a corpus of these entities and properties.
    pub(crate) fn assert_properties(entities: &str, properties: &str, table: &[(&str, &[(&str, &str)])]) {
        for (text, expected) in table {
            let proposed: Vec<(String, String)> = proposed_in(entities, Some(properties), text)
                .into_iter()
                .map(|(_, property, value)| (property, value))
                .collect();
            let expected: Vec<(String, String)> = expected.iter().map(|(p, v)| ((*p).into(), (*v).into())).collect();
            assert_eq!(proposed, expected, "{text}");
        }
    }

    /// Every proposal for the text, with a subject or without: (subject, property, value).
    pub(crate) fn proposed_in(
        entities: &str,
        properties: Option<&str>,
        text: &str,
    ) -> Vec<(Option<String>, String, String)> {
        proposed_with_patterns(entities, properties, None, text)
    }

    /// [`proposed_in`] with a corpus pattern file (`patterns.yaml`) when one is given.
    pub(crate) fn proposed_with_patterns(
        entities: &str,
        properties: Option<&str>,
        extension: Option<&str>,
        text: &str,
    ) -> Vec<(Option<String>, String, String)> {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("entities.yaml"), entities).unwrap();
        if let Some(properties) = properties {
            std::fs::write(dir.path().join("properties.yaml"), properties).unwrap();
        }
        if let Some(extension) = extension {
            std::fs::write(dir.path().join(EXTENSION_FILE), extension).unwrap();
        }
        std::fs::create_dir(dir.path().join("sources")).unwrap();
        let corpus = crate::corpus::load(dir.path()).unwrap();
        let patterns = Patterns::load(&corpus.root, &corpus.properties, &corpus.entities).unwrap();
        Extractor::for_corpus(patterns, &corpus)
            .unwrap()
            .extract(&format!("{text}\n"))
            .into_iter()
            .map(|p| (p.subject, p.property, p.value))
            .collect()
    }

    pub(crate) fn shipped_extractor(corpus: &Corpus) -> Extractor {
        let patterns = Patterns::load(&corpus.root, &corpus.properties, &corpus.entities).unwrap();
        Extractor::for_corpus(patterns, corpus).unwrap()
    }

    fn proposals(text: &str) -> Vec<(Option<String>, String, String)> {
        let corpus = shipped();
        shipped_extractor(&corpus)
            .extract(text)
            .into_iter()
            .map(|p| (p.subject, p.property, p.value))
            .collect()
    }

    fn about(subject: &str, property: &str, value: &str) -> (Option<String>, String, String) {
        (Some(subject.into()), property.into(), value.into())
    }

    #[test]
    fn counts_attach_to_the_group_in_the_sentence() {
        assert_eq!(
            proposals(
                "The Ghuraba faction, headed by 50-year-old Omar Diaby, comprises roughly 70 French fighters residing in a camp.\n"
            ),
            [
                about("omar-diaby", "age", "50"),
                about("ghuraba", "fighter-count", "roughly 70")
            ]
        );
    }

    #[test]
    fn referring_words_point_back_within_the_section_only() {
        let text = "Katibat al-Ghuraba has not joined the army, say officials in the government.\nThe battalion is believed to include around 150 French-speaking fighters, including more than 70 French nationals.\n";
        assert_eq!(
            proposals(text),
            [
                about("ghuraba", "fighter-count", "around 150"),
                about("ghuraba", "fighter-count", "more than 70")
            ]
        );
        let split = text.replace(".\nThe", ".\n\n\nThe");
        assert_eq!(
            proposals(&split),
            [
                (None, "fighter-count".into(), "around 150".into()),
                (None, "fighter-count".into(), "more than 70".into())
            ]
        );
    }

    #[test]
    fn ages_need_a_name_next_to_them() {
        assert_eq!(
            proposals("Syrian forces accused Diaby, 50, of kidnapping a girl.\n"),
            [about("omar-diaby", "age", "50")]
        );
        assert_eq!(
            proposals("Diaby, now 49, heads Katibat al-Ghuraba, as officials say.\n"),
            [about("omar-diaby", "age", "now 49")]
        );
        assert_eq!(
            proposals("Ahmed Barham, a 22-year-old university student, has been battling leukemia, said Diaby.\n"),
            [(None, "age".into(), "22".into())]
        );
        assert!(proposals("The sizes were 50, 60 and 70 in the list Diaby kept.\n").is_empty());
    }

    #[test]
    fn no_subject_is_forced_onto_the_nearest_name() {
        assert_eq!(
            proposals("Diaby said Israel will allow 50 patients a day to leave, and dozens of people were fleeing.\n"),
            [(None, "fighter-count".into(), "dozens".into())]
        );
        assert_eq!(
            proposals(
                "Diaby's son said the fighting was linked to France's demand to extradite two French nationals from the group.\n"
            ),
            []
        );
    }

    #[test]
    fn a_date_is_dated_by_a_verb_of_its_own_clause() {
        let entities = "entities:\n  - {id: acme, kind: organisation, name: Acme Mining}\n";
        let cases: &[(&str, &[Attached])] = &[
            ("Acme Mining was founded in 1990.", &[("acme", "founded", "1990")]),
            // Another verb between the cue and the date dates it instead.
            (
                "Acme Mining, founded two decades ago, was dissolved in 2018.",
                &[("acme", "founded", "two decades ago")],
            ),
            ("Acme Mining was set up by miners who emigrated in 1975.", &[]),
            // A cue after the date in another clause; a date opening the sentence.
            (
                "Acme Mining listed its shares on Friday, a year after it was founded.",
                &[],
            ),
            ("In 1990, Acme Mining was founded.", &[("acme", "founded", "1990")]),
        ];
        for (text, expected) in cases {
            let founded: Vec<_> = attached_in(entities, None, text)
                .into_iter()
                .filter(|(_, property, _)| property == "founded")
                .collect();
            assert_eq!(founded, owned(expected), "{text}");
        }
    }

    #[test]
    fn a_headline_s_gets_is_a_sentence() {
        let entities = "entities:\n  - {id: ada-roe, kind: person, name: Ada Roe}\n";
        let properties = "properties:\n  - {id: sentence, name: prison sentence, type: duration}\n  - {id: duration, name: duration, type: duration}\n";
        let cases: &[(&str, &[Attached])] = &[
            (
                "Fraudster Ada Roe gets seven years",
                &[("ada-roe", "sentence", "seven years")],
            ),
            (
                "Ada Roe received nine years for the thefts.",
                &[("ada-roe", "sentence", "nine years")],
            ),
        ];
        assert_attached(entities, Some(properties), cases);
    }

    #[test]
    fn lives_are_a_toll_only_when_they_are_lost() {
        let entities = "entities:\n  - {id: mine-blast, kind: event, name: Soma mine blast}\n";
        let properties = "properties:\n  - {id: killed, name: number killed, type: count}\n";
        let cases: &[(&str, &[Attached])] = &[
            (
                "The Soma mine blast claimed the lives of 301 miners.",
                &[("mine-blast", "killed", "301")],
            ),
            (
                "In the Soma mine blast 301 miners lost their lives.",
                &[("mine-blast", "killed", "301")],
            ),
            // Lives saved, changed or ruined are no toll.
            ("After the Soma mine blast, rescuers saved the lives of 80 miners.", &[]),
            ("The Soma mine blast changed the lives of 4,000 families.", &[]),
        ];
        assert_attached(entities, Some(properties), cases);
    }

    #[test]
    fn counts_that_break_a_tally_down_by_place_are_the_tally_s() {
        let entities = "entities:\n  - {id: floods, kind: event, name: floods}\n";
        let properties = "properties:\n  - {id: killed, name: number killed, type: count}\n";
        let attached = |text: &str| attached_in(entities, Some(properties), text);
        let about = |value: &str| ("floods".to_owned(), "killed".to_owned(), value.to_owned());
        assert_eq!(
            attached(
                "The number of people known to have died in the floods rose to 217 on Monday, the government said: 213 in the Valencia region, three in Castilla-La Mancha and one in Andalusia."
            ),
            [about("217"), about("213"), about("three"), about("one")]
        );
        // Not after a tally, not a place after it, or far from the tally: left alone.
        assert!(attached("The floods hit 75 towns: 12 in the north.").is_empty());
        assert_eq!(
            attached(
                "The floods killed 217 people, the regional government said on its website late in the evening, 40 in the north."
            ),
            [about("217")]
        );
    }

    #[test]
    fn between_two_properties_counting_the_same_things_the_words_of_the_sentence_choose() {
        let entities = "entities:\n  - {id: greens, kind: organisation, name: Green Party, aliases: [Greens]}\n";
        let properties = "properties:\n  - {id: poll-seats, name: number of seats in the exit poll, type: count}\n  - {id: seats, name: number of seats won, type: count}\n";
        let properties_of = |text: &str| -> Vec<String> {
            proposed_in(entities, Some(properties), text)
                .into_iter()
                .map(|(_, property, _)| property)
                .collect()
        };
        // The first rule by id is the exit poll's; it is chosen only where the poll is named.
        assert_eq!(properties_of("The Greens took 12 seats, their best result."), ["seats"]);
        assert_eq!(properties_of("The Greens won 12 seats after a long count."), ["seats"]);
        assert_eq!(properties_of("The exit poll gave the Greens 9 seats."), ["poll-seats"]);
    }

    #[test]
    fn a_property_named_for_the_things_it_counts_is_not_a_count_of_people_on_board() {
        let entities = "entities:\n  - {id: ship, kind: other, name: Dali}\n";
        let properties = "properties:\n  - {id: container-count, name: number of containers on board, type: count}\n  - {id: on-board, name: number of people on board, type: count}\n";
        let attached = |text: &str| attached_in(entities, Some(properties), text);
        assert_eq!(
            attached("The Dali carried nearly 4,700 containers."),
            [("ship".into(), "container-count".into(), "nearly 4,700".into())]
        );
        // Members of a road crew are no containers; people on board still reach their own.
        assert!(
            attached("The Dali hit six members of a road crew.")
                .iter()
                .all(|(_, property, _)| property != "container-count")
        );
        assert_eq!(
            attached("The Dali had 23 people on board."),
            [("ship".into(), "on-board".into(), "23".into())]
        );
    }

    #[test]
    fn units_and_cue_words_choose_the_property() {
        assert_eq!(
            proposals("On paper, Ghuraba is part of the 82nd Division of the Syrian Army, yet it acts alone.\n"),
            [about("ghuraba", "parent-unit", "82nd-division")]
        );
        assert_eq!(
            proposals("Diaby relocated to Syria in 2013 and is considered the leader of the faction.\n"),
            [about("omar-diaby", "arrived-in-syria", "2013")]
        );
        assert_eq!(
            proposals("Diaby, now 49, heads the Strangers’ Battalion, which he founded in 2013 in the mountains.\n"),
            [
                about("omar-diaby", "age", "now 49"),
                about("ghuraba", "founded", "2013")
            ]
        );
    }
}
