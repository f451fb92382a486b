//! Subjects beyond the value's sentence: a referring word ("he", "the group", "his men"), a
//! description ("the 36-year-old official") or an event named earlier in the article, each
//! resolved to the last compatible entity of the same section, a few sentences back at most,
//! and the way it was found said in plain words.

use super::attach::{Attacher, DESCRIPTION, Pick};
use super::layout::Sentence;
use super::patterns::Rule;
use super::pronouns::{Gender, PERSONAL_PRONOUNS, gender_of_word};
use super::values::Found;
use super::words::word_positions;
use crate::model::EntityKind;

/// How many sentences back a description or pronoun may point.
const SENTENCES_BACK: usize = 3;
/// How many sentences back a pronoun may point to the only person its article has named so
/// far, whom nobody else named since could be meant.
const LONE_PERSON_SENTENCES_BACK: usize = 10;

impl Attacher<'_> {
    /// The entity a referring word in the sentence points back to: the last one of its kind
    /// mentioned before the word in the same section, or the one led by the last owner.
    pub(super) fn referred(&self, rule: &Rule, sentence: &Sentence) -> Option<Pick> {
        for anaphora in self
            .patterns
            .anaphora
            .iter()
            .filter(|a| rule.subjects.contains(&a.kind))
        {
            for word in &anaphora.words {
                let Some(at) = word_positions(self.lower, sentence.start, sentence.end, word).next() else {
                    continue;
                };
                let found = match anaphora.owner {
                    None if anaphora.kind == EntityKind::Person => self.pronoun_referent(at, word, sentence),
                    None => self.last_before(at, sentence.section, anaphora.kind),
                    Some(owner) => self
                        .last_before(at, sentence.section, owner)
                        .and_then(|owner| self.led_by(owner, anaphora.kind)),
                };
                if let Some(entity) = found {
                    return Some(self.pick(entity, &format!("\"{word}\""), at));
                }
            }
        }
        if !rule.subjects.contains(&EntityKind::Person) {
            return None;
        }
        // The pronouns of a woman, which the patterns' words for people may leave out.
        PERSONAL_PRONOUNS
            .iter()
            .filter(|word| gender_of_word(word) == Some(Gender::Female))
            .find_map(|word| {
                let at = word_positions(self.lower, sentence.start, sentence.end, word).next()?;
                let entity = self.pronoun_referent(at, word, sentence)?;
                Some(self.pick(entity, &format!("\"{word}\""), at))
            })
    }

    /// The person a personal pronoun at `at` refers to: the last one named before it in the
    /// section, of the pronoun's gender or of none known, a few sentences back at most.
    fn pronoun_referent(&self, at: usize, word: &str, sentence: &Sentence) -> Option<usize> {
        let entity = self.last_person(at, sentence.section, gender_of_word(word))?;
        self.pronoun_reaches(entity, at, sentence.section).then_some(entity)
    }

    /// The person a description or pronoun before a value refers back to: the last person
    /// named in the section, at most a few sentences back.
    /// A description says too little to choose between two people named within that reach:
    /// then nobody.
    pub(super) fn person_referred(&self, found: &Found, sentence: &Sentence, what: &str) -> Option<Pick> {
        // "At 42, he": the pronoun's gender; "the 71-year-old woman": the noun's.
        let marked = self.lower[found.start..sentence.end]
            .split_whitespace()
            .take(3)
            .find_map(gender_of_word);
        let entity = self.last_person(found.start, sentence.section, marked)?;
        let pick = self.pick(entity, what, found.start);
        let near = if what == DESCRIPTION {
            self.sentences_back(entity, found.start)? <= SENTENCES_BACK
        } else {
            self.pronoun_reaches(entity, found.start, sentence.section)
        };
        (near && !(what == DESCRIPTION && self.another_person_near(entity, found.start, sentence.section, marked)))
            .then_some(pick)
    }

    /// Whether a pronoun at `at` reaches a person: named at most [`SENTENCES_BACK`]
    /// sentences back, or [`LONE_PERSON_SENTENCES_BACK`] when no other person is named in the
    /// section before the pronoun.
    pub(super) fn pronoun_reaches(&self, entity: usize, at: usize, section: usize) -> bool {
        let Some(back) = self.sentences_back(entity, at) else {
            return false;
        };
        let alone = || {
            self.in_section(section).iter().all(|(m, s)| {
                m.start >= at
                    || *s != Some(section)
                    || m.entity == entity
                    || self.kind_of(m.entity) != Some(EntityKind::Person)
            })
        };
        back <= SENTENCES_BACK || back <= LONE_PERSON_SENTENCES_BACK && alone()
    }

    /// Whether a person other than `entity`, of the gender or of none known, is named in the
    /// section within reach before `at`.
    pub(super) fn another_person_near(&self, entity: usize, at: usize, section: usize, gender: Option<Gender>) -> bool {
        let index = self.layout.sentences.partition_point(|s| s.end <= at);
        let from = self
            .layout
            .sentences
            .get(index.saturating_sub(SENTENCES_BACK))
            .map_or(0, |s| s.start);
        let first = self.mentions.partition_point(|(m, _)| m.start < from);
        let last = self.mentions.partition_point(|(m, _)| m.start < at);
        self.mentions.get(first..last).unwrap_or_default().iter().any(|(m, s)| {
            *s == Some(section)
                && m.entity != entity
                && self.kind_of(m.entity) == Some(EntityKind::Person)
                && (gender.is_none() || self.gender_of(m.entity).is_none_or(|known| Some(known) == gender))
        })
    }

    /// A pick found by a reference at `at`, with the distance to the name said.
    pub(super) fn pick(&self, entity: usize, what: &str, at: usize) -> Pick {
        let name = self.subjects.get(entity).map_or("", |s| s.name.as_str());
        let back = self.sentences_back(entity, at).unwrap_or(0);
        let distance = match back {
            0 => "in the same sentence".to_owned(),
            1 => "one sentence before".to_owned(),
            n => format!("{n} sentences before"),
        };
        Pick {
            entity,
            via: Some(format!("{what} refers to {name}, named {distance}")),
        }
    }

    /// How many sentences before the one at `at` the last mention of an entity is.
    pub(super) fn sentences_back(&self, entity: usize, at: usize) -> Option<usize> {
        let earlier = self.mentions.partition_point(|(m, _)| m.start < at);
        let (mention, _) = self
            .mentions
            .iter()
            .take(earlier)
            .rev()
            .find(|(m, _)| m.entity == entity)?;
        let index = |offset: usize| self.layout.sentences.partition_point(|s| s.end <= offset);
        Some(index(at).saturating_sub(index(mention.start)))
    }

    /// The last entity of a kind mentioned before a byte offset, in the same section.
    pub(super) fn last_before(&self, at: usize, section: usize, kind: EntityKind) -> Option<usize> {
        self.last_before_where(at, section, |entity| self.kind_of(entity) == Some(kind))
    }

    /// The last entity `accept`ed mentioned before a byte offset, in the same section.
    pub(super) fn last_before_where(&self, at: usize, section: usize, accept: impl Fn(usize) -> bool) -> Option<usize> {
        let earlier = self.mentions.partition_point(|(m, _)| m.start < at);
        self.mentions
            .iter()
            .take(earlier)
            .rev()
            .take_while(|(_, s)| *s == Some(section) || s.is_none())
            .find(|(m, s)| *s == Some(section) && accept(m.entity) && !self.compared_anywhere(m))
            .map(|(m, _)| m.entity)
    }

    /// The only entity of a kind the corpus says `leader` is the leader of.
    fn led_by(&self, leader: usize, kind: EntityKind) -> Option<usize> {
        let leader = &self.subjects.get(leader)?.id;
        let mut led = self
            .leaders
            .iter()
            .filter(|(_, l)| l == leader)
            .filter_map(|(group, _)| self.subjects.iter().position(|s| &s.id == group))
            .filter(|&index| self.kind_of(index) == Some(kind));
        let first = led.next()?;
        led.next().is_none().then_some(first)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{Attached, owned};
    use super::super::{Extractor, Patterns};
    use crate::model::Corpus;

    const ENTITIES: &str = "entities:
  - {id: station-strike, kind: event, name: Kramatorsk station strike, aliases: [Kramatorsk attack]}
  - {id: kyrylenko, kind: person, name: Pavlo Kyrylenko, aliases: [Kyrylenko, Kirilenko]}
  - {id: mazon, kind: person, name: Carlos Mazón, aliases: [Mazón]}
  - {id: jet, kind: other, name: Embraer Legacy}
  - {id: kramatorsk, kind: place, name: Kramatorsk}
  - {id: romain-v, kind: person, name: Romain V.}
";
    const PROPERTIES: &str = "properties:
  - {id: killed, name: number killed, type: count}
  - {id: injured, name: number injured, type: count}
  - {id: on-board, name: number of people on board, type: count}
  - {id: missile-count, name: number of missiles, type: count}
  - {id: invalid-votes, name: number of invalid votes, type: count}
  - {id: sentence, name: prison sentence, type: duration}
  - {id: first-sentence, name: first-instance prison sentence, type: duration}
  - {id: sought-sentence, name: prison sentence sought by the prosecution, type: duration}
  - {id: rescued, name: number of people rescued, type: count}
  - {id: vote-share, name: share of the vote, type: percentage}
  - {id: exit-poll-share, name: share in the exit poll, type: percentage}
";

    fn corpus() -> Corpus {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("entities.yaml"), ENTITIES).unwrap();
        std::fs::write(dir.path().join("properties.yaml"), PROPERTIES).unwrap();
        std::fs::create_dir(dir.path().join("sources")).unwrap();
        crate::corpus::load(dir.path()).unwrap()
    }

    /// `(subject, property, value, how the subject was found)` of every proposal.
    fn proposals(text: &str) -> Vec<(Option<String>, String, String, bool)> {
        let corpus = corpus();
        let patterns = Patterns::load(&corpus.root, &corpus.properties, &corpus.entities).unwrap();
        Extractor::for_corpus(patterns, &corpus)
            .unwrap()
            .extract(text)
            .into_iter()
            .map(|p| (p.subject, p.property, p.value, p.via.is_some()))
            .collect()
    }

    fn named(subject: &str, property: &str, value: &str) -> (Option<String>, String, String, bool) {
        (Some(subject.into()), property.into(), value.into(), false)
    }

    fn referred(subject: &str, property: &str, value: &str) -> (Option<String>, String, String, bool) {
        (Some(subject.into()), property.into(), value.into(), true)
    }

    fn nobody(property: &str, value: &str) -> (Option<String>, String, String, bool) {
        (None, property.into(), value.into(), false)
    }

    #[test]
    fn a_description_refers_back_to_the_last_person_of_the_section() {
        let text = "The toll has risen to 57, regional chief Pavlo Kyrylenko said on Sunday. Those with light wounds had gone home, the 36-year-old official wrote.\n";
        assert_eq!(
            proposals(text).into_iter().filter(|p| p.1 == "age").collect::<Vec<_>>(),
            [referred("kyrylenko", "age", "36")]
        );
        // A name the registry does not know follows: not a description of the last person.
        let text = "Pavlo Kyrylenko spoke first. The 72-year-old Pélicot has admitted everything.\n";
        assert_eq!(proposals(text), [nobody("age", "72")]);
        // A word for where someone is from is no name.
        let text = "Pavlo Kyrylenko spoke first. The 36-year-old Ukrainian said little.\n";
        assert_eq!(proposals(text), [referred("kyrylenko", "age", "36")]);
        let text = "Pavlo Kyrylenko spoke first. The 36-year-old Christian Lenz said little.\n";
        assert_eq!(proposals(text), [nobody("age", "36")]);
        // An indefinite description introduces someone new.
        let text = "Pavlo Kyrylenko spoke first. Among the dead was Tamara, a 71-year-old retired teacher.\n";
        assert_eq!(proposals(text), [nobody("age", "71")]);
        // Too far back, or in another article: nobody.
        let far =
            "Pavlo Kyrylenko spoke first. Trains stopped. Buses came. Rain fell. The 36-year-old official wrote.\n";
        assert_eq!(proposals(far), [nobody("age", "36")]);
        let other = "Pavlo Kyrylenko spoke first.\n\n\nThe 36-year-old official wrote on Telegram again.\n";
        assert_eq!(proposals(other), [nobody("age", "36")]);
    }

    #[test]
    fn a_pronoun_after_an_age_refers_back_to_the_last_person() {
        let text = "Kyrylenko was appointed in 2019. At 36, he is the youngest governor in the east.\n";
        assert_eq!(
            proposals(text).into_iter().filter(|p| p.1 == "age").collect::<Vec<_>>(),
            [referred("kyrylenko", "age", "36")]
        );
        let text = "The trains left on time. At 36, he is the youngest governor in the east.\n";
        assert_eq!(proposals(text), [nobody("age", "36")]);
    }

    #[test]
    fn appositions_give_a_name_its_age() {
        assert_eq!(
            proposals("Regional leader Carlos Mazón, aged 50.\n"),
            [named("mazon", "age", "aged 50")]
        );
        assert_eq!(
            proposals("Carlos Mazón, who is 49 years old, said the protocols were followed.\n"),
            [named("mazon", "age", "49")]
        );
        assert_eq!(
            proposals("The vote went to Kyrylenko, his 53-year-old rival, on appeal.\n"),
            [named("kyrylenko", "age", "53")]
        );
        assert_eq!(
            proposals("The vote went to Kyrylenko, the region's 53-year-old governor.\n"),
            [named("kyrylenko", "age", "53")]
        );
        assert_eq!(
            proposals("The vote went to Kyrylenko, Donetsk's 53-year-old governor.\n"),
            [named("kyrylenko", "age", "53")]
        );
        // A list after a name is no apposition.
        assert!(proposals("The sizes were 50, 60 and 70 in the list Mazón kept.\n").is_empty());
    }

    #[test]
    fn a_relative_clause_counts_part_of_what_was_counted() {
        assert_eq!(
            proposals("The Embraer Legacy carried ten people, three of whom were crew.\n"),
            [named("jet", "on-board", "ten"), named("jet", "on-board", "three")]
        );
        // Nobody on board is said: no property of the jet.
        assert_eq!(
            proposals("The Embraer Legacy was sold to ten buyers, three of whom were banks.\n"),
            []
        );
    }

    #[test]
    fn casualty_cues_choose_the_property_and_the_event_of_the_article() {
        let text = "At least 50 people, five of them children, were killed in the Kramatorsk attack. Kirilenko said 98 wounded people had been taken to hospitals.\n\"As of 11:00 today, 10 April: 57 dead, 109 injured,\" he wrote.\n";
        assert_eq!(
            proposals(text),
            [
                named("station-strike", "killed", "at least 50"),
                named("station-strike", "killed", "five"),
                referred("station-strike", "injured", "98"),
                nobody("date", "10 April"),
                referred("station-strike", "killed", "57"),
                referred("station-strike", "injured", "109"),
            ]
        );
    }

    #[test]
    fn furniture_and_unrelated_numbers_are_not_attached() {
        let text = "April 8, 2022 · 9:47 PM GMT+3 · 4 min read\nAt least 50 people were killed in the Kramatorsk attack on Friday.\nThe same station handled some 8,000 departures in a single day. Mayor Goncharenko said 30 to 40 surgeons were operating.\nComments (214)\nMOST READ\n1. Oil steadies near $100 after 12 killed in a volatile week\n";
        let attached: Vec<_> = proposals(text).into_iter().filter(|p| p.0.is_some()).collect();
        assert_eq!(
            attached,
            [
                named("station-strike", "killed", "at least 50"),
                named("station-strike", "date", "Friday")
            ]
        );
    }

    #[test]
    fn an_article_that_names_no_event_is_about_the_event_named_after_its_place() {
        assert_eq!(
            proposals("Rescuers in Kramatorsk said 30 people were killed.\n"),
            [referred("station-strike", "killed", "30")]
        );
        // A cue far along another verb's clause is not the count's: surgeons are not the hurt.
        let text = "Mayor Goncharenko said 30 to 40 surgeons were operating at the same time on the badly hurt in Kramatorsk.\n";
        assert!(
            proposals(text).iter().all(|p| p.1 != "injured"),
            "{:?}",
            proposals(text)
        );
        // "One of" picks someone out; it counts nothing.
        assert!(proposals("The mother of one of the victims of the Kramatorsk attack spoke.\n").is_empty());
    }

    #[test]
    fn a_description_between_two_people_refers_to_nobody() {
        let text = "Pavlo Kyrylenko met Carlos Mazón on Monday. The 36-year-old official wrote on Telegram.\n";
        assert_eq!(
            proposals(text).into_iter().filter(|p| p.1 == "age").collect::<Vec<_>>(),
            [nobody("age", "36")]
        );
    }

    #[test]
    fn a_date_after_an_events_verb_is_the_events() {
        let text = "Two missiles struck the railway station on Friday morning.\n";
        assert_eq!(
            proposals(text)
                .into_iter()
                .filter(|p| p.1 == "date")
                .collect::<Vec<_>>(),
            [referred("station-strike", "date", "Friday morning")]
        );
        let text = "Two missiles were fired at the railway station on Friday morning.\n";
        assert_eq!(
            proposals(text)
                .into_iter()
                .filter(|p| p.1 == "date")
                .collect::<Vec<_>>(),
            [nobody("date", "Friday morning")]
        );
    }

    #[test]
    fn a_population_is_a_places_and_the_number_of_names_what_is_counted() {
        let entities = "entities:
  - {id: fire, kind: event, name: Lahaina fire}
  - {id: lahaina, kind: place, name: Lahaina}
";
        let properties = "properties:
  - {id: killed, name: number killed, type: count}
  - {id: population, name: population, type: count}
";
        let cases: &[(&str, &[Attached])] = &[
            (
                "Lahaina, a seaside town of about 12,000 people, burned in the Lahaina fire.",
                &[("lahaina", "population", "about 12,000")],
            ),
            (
                "The number of people killed by the Lahaina fire in the historic town of Lahaina rose to 80.",
                &[("fire", "killed", "80")],
            ),
            (
                "The Lahaina fire destroyed a town of wooden houses, and 12 more burned.",
                &[],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(
                super::super::tests::attached_in(entities, Some(properties), text),
                super::super::tests::owned(expected),
                "{text}"
            );
        }
    }

    #[test]
    fn a_toll_of_another_event_is_not_the_articles() {
        let text = "At least 50 people were killed in the Kramatorsk attack. The previous worst disaster in the region, a flood in 1960, killed 61 people. The quake was the deadliest since the Agadir earthquake of 1960, which killed some 12,000 people. Two other attacks killed 12 people. Later, 57 people were reported dead.\n";
        assert_eq!(
            proposals(text),
            [
                named("station-strike", "killed", "at least 50"),
                nobody("date", "1960"),
                nobody("killed", "61"),
                nobody("killed", "some 12,000"),
                nobody("killed", "two"),
                nobody("killed", "12"),
                referred("station-strike", "killed", "57"),
            ]
        );
    }

    #[test]
    fn a_date_after_a_verb_of_saying_dates_the_statement() {
        let text = "The Kramatorsk attack killed 50, Kyrylenko said on Sunday.\n";
        assert_eq!(
            proposals(text)
                .into_iter()
                .filter(|p| p.1 == "date")
                .collect::<Vec<_>>(),
            [nobody("date", "Sunday")]
        );
    }

    #[test]
    fn prison_terms_go_to_the_sentence_or_the_sought_sentence_of_the_person_named() {
        assert_eq!(
            proposals("A court sentenced Carlos Mazón to 20 years in prison.\n"),
            [named("mazon", "sentence", "20 years")]
        );
        assert_eq!(
            proposals("Prosecutors had sought 25 years for Carlos Mazón.\n"),
            [named("mazon", "sought-sentence", "25 years")]
        );
        assert_eq!(
            proposals("Carlos Mazón was given ten years, one year more than the first court gave him.\n"),
            [named("mazon", "sentence", "ten years")]
        );
        assert_eq!(
            proposals("The court handed Carlos Mazón between 10 and 18 years.\n"),
            [named("mazon", "sentence", "between 10 and 18 years")]
        );
    }

    #[test]
    fn things_counted_by_name_go_to_the_event_but_differences_do_not() {
        assert_eq!(
            proposals("Two missiles hit the station during the Kramatorsk attack.\n"),
            [named("station-strike", "missile-count", "two")]
        );
        assert_eq!(
            proposals("The Kramatorsk attack inquiry found 1,200 invalid votes.\n"),
            [named("station-strike", "invalid-votes", "1,200")]
        );
        assert!(
            proposals("After the Kramatorsk attack, Kyrylenko finished 369,000 invalid votes ahead.\n")
                .iter()
                .all(|p| p.0.is_none())
        );
        // Votes that are not said to be invalid are no count of invalid votes.
        assert!(
            proposals("After the Kramatorsk attack, Kyrylenko won 369,000 votes.\n")
                .iter()
                .all(|p| p.1 != "invalid-votes")
        );
    }

    /// `(text, the proposals about a subject)`: what counts are counts of, told by the words
    /// around them, with cases where they must not be.
    const COUNT_CUES: &[(&str, &[Attached])] = &[
        // After a tally's verb, "the number of" may stand any number of words back.
        (
            "The number of people killed by the strike that tore through the crowded waiting hall of the station in Kramatorsk rose to 80 on Friday.",
            &[("station-strike", "killed", "80")],
        ),
        (
            "The number of trains that left the station of the eastern city before the Kramatorsk attack began was 12, and 80 more left later.",
            &[],
        ),
        // One life, one death: a toll of one.
        (
            "The Kramatorsk attack cost one life.",
            &[("station-strike", "killed", "one")],
        ),
        ("A court in Kramatorsk sentenced him to life.", &[]),
        // "The number of <people who died>" names what the count counts, many words back.
        (
            "The number of people known to have died in the Kramatorsk attack rose to 57 on Sunday.",
            &[("station-strike", "killed", "57")],
        ),
        (
            "In the Kramatorsk attack, the number of people reported wounded has climbed to 109.",
            &[("station-strike", "injured", "109")],
        ),
        // Another number between: "the number of" is not this count's.
        (
            "The number of trains leaving the Kramatorsk attack zone fell from 12 to 4, and 30 were cancelled.",
            &[],
        ),
        // What befell those counted beats who they were.
        (
            "All ten people on board the Embraer Legacy were killed in the Kramatorsk attack.",
            &[("station-strike", "killed", "ten")],
        ),
        (
            "The Embraer Legacy carried ten people, three of whom were crew.",
            &[("jet", "on-board", "ten"), ("jet", "on-board", "three")],
        ),
        // A cue after another number is that number's.
        (
            "The Kramatorsk attack left five people dead and 20 injured.",
            &[
                ("station-strike", "killed", "five"),
                ("station-strike", "injured", "20"),
            ],
        ),
        (
            "In the Kramatorsk attack, 12 people and 20 others were injured.",
            &[("station-strike", "injured", "20")],
        ),
        // A property named "number of people rescued" is reached by its participle.
        (
            "Firefighters rescued 40 people after the Kramatorsk attack, and 40 people were rescued later.",
            &[("station-strike", "rescued", "40")],
        ),
        ("The Kramatorsk attack: 40 people were interviewed later.", &[]),
        // An event named with a day's possessive ("Sunday's strike") is mentioned.
        (
            "Trains stopped in Kramatorsk. The toll of Friday's strike rose to 57.",
            &[("station-strike", "killed", "57")],
        ),
    ];

    /// Checks that each text of a table gets exactly its listed (subject, property, value)
    /// proposals with a subject.
    fn attach_as_listed(table: &[(&str, &[Attached])]) {
        for (text, expected) in table {
            let attached: Vec<(String, String, String)> = proposals(&format!("{text}\n"))
                .into_iter()
                .filter_map(|(subject, property, value, _)| Some((subject?, property, value)))
                .collect();
            assert_eq!(attached, owned(expected), "{text}");
        }
    }

    #[test]
    fn count_cues_name_what_a_count_counts() {
        attach_as_listed(COUNT_CUES);
    }

    #[test]
    fn a_date_after_a_rising_tally_dates_the_figure() {
        let text = "The toll of the Kramatorsk attack rose to 57 on Sunday.\n";
        assert_eq!(
            proposals(text),
            [named("station-strike", "killed", "57"), nobody("date", "Sunday")]
        );
    }

    /// `(family of reference, sentence, the proposals about a subject, whether the subject was
    /// found by a reference or another spelling)`: each family with real sentences and with
    /// sentences where it must find nobody.
    const REFERENCES: &[(&str, &str, &[Attached], bool)] = &[
        (
            "pronoun",
            "Kyrylenko was appointed in 2019. At 36, he is the youngest governor in the east.",
            &[("kyrylenko", "age", "36")],
            true,
        ),
        (
            "pronoun",
            "The trains left on time. At 36, he is the youngest governor in the east.",
            &[],
            false,
        ),
        (
            "description",
            "Pavlo Kyrylenko toured the platform. The 36-year-old official asked people to leave.",
            &[("kyrylenko", "age", "36")],
            true,
        ),
        (
            "description",
            "Pavlo Kyrylenko met Carlos Mazón on Monday. The 36-year-old official wrote on Telegram.",
            &[],
            false,
        ),
        (
            "relative clause",
            "The Embraer Legacy carried ten people, three of whom were crew.",
            &[("jet", "on-board", "ten"), ("jet", "on-board", "three")],
            false,
        ),
        (
            "relative clause",
            "The Embraer Legacy was sold to ten buyers, three of whom were banks.",
            &[],
            false,
        ),
        (
            "apposition",
            "Carlos Mazón, who is 49 years old, defended the timing of the alert.",
            &[("mazon", "age", "49")],
            false,
        ),
        (
            "apposition",
            "The sizes were 50, 60 and 70 in the list Mazón kept.",
            &[],
            false,
        ),
        (
            "apposition",
            "The heaviest term went to Romain V., 63, a retired nurse.",
            &[("romain-v", "age", "63")],
            false,
        ),
        (
            "apposition",
            "The heaviest term went to Romain W., 63, a retired nurse.",
            &[],
            false,
        ),
        (
            "spelling variant",
            "Regional governor Pavlo Kirylenko, 36, asked people to leave the region.",
            &[("kyrylenko", "age", "36")],
            true,
        ),
        (
            "spelling variant",
            "Carlos Mazon, 50, defended the timing of the alert.",
            &[("mazon", "age", "50")],
            false,
        ),
        (
            "spelling variant",
            "Regional governor Pavlo Kirchner, 36, asked people to leave the region.",
            &[],
            false,
        ),
        (
            "spelling variant",
            "Regional governor Pavlo, 36, asked people to leave.",
            &[],
            false,
        ),
    ];

    #[test]
    fn each_family_of_reference_finds_its_subject_and_only_it() {
        for (family, text, expected, indirect) in REFERENCES {
            let found = proposals(&format!("{text}\n"));
            let attached: Vec<(String, String, String)> = found
                .iter()
                .filter_map(|(subject, property, value, _)| Some((subject.clone()?, property.clone(), value.clone())))
                .collect();
            assert_eq!(attached, owned(expected), "{family}: {text}");
            let via = found.iter().any(|p| p.0.is_some() && p.3);
            assert_eq!(via, *indirect, "{family}: {text}");
        }
    }

    #[test]
    fn another_spelling_is_proposed_with_the_alias_to_add() {
        let corpus = corpus();
        let patterns = Patterns::load(&corpus.root, &corpus.properties, &corpus.entities).unwrap();
        let proposals = Extractor::for_corpus(patterns, &corpus)
            .unwrap()
            .extract("Regional governor Pavlo Kirylenko, 36, asked people to leave the region.\n");
        let via = proposals.first().and_then(|p| p.via.clone()).unwrap_or_default();
        assert!(via.contains("\"Kirylenko\" is taken for Pavlo Kyrylenko"), "{via}");
        assert!(via.contains("add \"Kirylenko\" to its aliases"), "{via}");
    }

    /// `(text, the proposals about a subject)`: a figure's source and who it is for.
    const SOURCES_AND_BENEFICIARIES: &[(&str, &[Attached])] = &[
        (
            "Carlos Mazón took 50.3% of the vote against 49.7% for Pavlo Kyrylenko, according to an exit poll published at nine.",
            &[
                ("mazon", "exit-poll-share", "50.3%"),
                ("kyrylenko", "exit-poll-share", "49.7%"),
            ],
        ),
        (
            "Carlos Mazón took 50.3% of the vote against 49.7% for Pavlo Kyrylenko.",
            &[("mazon", "vote-share", "50.3%"), ("kyrylenko", "vote-share", "49.7%")],
        ),
        // "According to" a source that is no cue changes nothing.
        (
            "Carlos Mazón took 50.3% of the vote, according to the commission.",
            &[("mazon", "vote-share", "50.3%")],
        ),
        // "For" after other words, or across a comma, names nobody the figure is for.
        (
            "Carlos Mazón took 50.3% of the vote in a region that voted for Pavlo Kyrylenko in 2020.",
            &[("mazon", "vote-share", "50.3%")],
        ),
        (
            "Prosecutors sought 25 years for Carlos Mazón.",
            &[("mazon", "sought-sentence", "25 years")],
        ),
    ];

    #[test]
    fn a_figure_takes_its_source_and_who_it_is_for() {
        attach_as_listed(SOURCES_AND_BENEFICIARIES);
    }
}
