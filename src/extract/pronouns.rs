//! Personal pronouns and the gender cues a text gives the people it names: "she" and "her"
//! never refer to a person the text marks as a man ("Mr Garzón", or "he" in a sentence that
//! names him alone), nor "he" to a woman. A person with no cue may be referred to by either.

use super::attach::Attacher;
use super::words::last_words;
use crate::model::EntityKind;

/// The gender a pronoun, a title or a noun marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Gender {
    Female,
    Male,
}

/// Words that mark a man: pronouns, titles before a name, nouns after an age.
const MALE_WORDS: &[&str] = &[
    "he", "him", "his", "himself", "mr", "monsieur", "sir", "man", "father", "husband", "son", "brother", "widower",
];
/// Words that mark a woman: pronouns, titles before a name, nouns after an age.
const FEMALE_WORDS: &[&str] = &[
    "she", "her", "hers", "herself", "mrs", "ms", "miss", "madame", "mme", "woman", "mother", "wife", "daughter",
    "sister", "widow",
];
/// The personal pronouns, each of a gender.
pub(super) const PERSONAL_PRONOUNS: &[&str] = &["he", "him", "his", "she", "her"];
/// Pronouns and titles: the words that give a named person a gender.
const CUE_WORDS: &[&str] = &["he", "him", "his", "himself", "she", "her", "hers", "herself"];
/// How many words after a name a pronoun may give it a gender: further on, "she wrote" may
/// be someone named before.
const CUE_WORDS_AFTER: usize = 15;
/// Titles before a name that give it a gender.
const TITLES: &[&str] = &["mr", "monsieur", "sir", "mrs", "ms", "miss", "madame", "mme"];

/// The gender a word marks, if any.
pub(super) fn gender_of_word(word: &str) -> Option<Gender> {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    if MALE_WORDS.contains(&word.as_str()) {
        Some(Gender::Male)
    } else if FEMALE_WORDS.contains(&word.as_str()) {
        Some(Gender::Female)
    } else {
        None
    }
}

impl Attacher<'_> {
    /// The gender the text gives a person: a title right before one of the person's names
    /// ("Mrs Pelicot"), or the pronouns a few words after the name in the sentences that name
    /// that person and no other, if all cues agree.
    pub(super) fn gender_of(&self, entity: usize) -> Option<Gender> {
        let cues = self.per_text.gender_cues.get_or_init(|| self.gender_cues());
        match cues.get(entity) {
            Some((true, false)) => Some(Gender::Male),
            Some((false, true)) => Some(Gender::Female),
            _ => None,
        }
    }

    /// For each entity: whether a cue around one of its mentions marks a man, and whether
    /// one marks a woman.
    fn gender_cues(&self) -> Vec<(bool, bool)> {
        // For each entity: whether a cue marks it male, and whether one marks it female.
        let mut marks = vec![(false, false); self.subjects.len()];
        for (mention, _) in self.mentions {
            let entity = mention.entity;
            let Some((male, female)) = marks.get_mut(entity) else {
                continue;
            };
            let mut mark = |gender: Option<Gender>| match gender {
                Some(Gender::Male) => *male = true,
                Some(Gender::Female) => *female = true,
                None => {}
            };
            let title = last_words(&self.lower[..mention.start], 1);
            if TITLES.contains(&title.trim()) {
                mark(gender_of_word(&title));
            }
            let Some(sentence) = self.layout.sentence_at(mention.start, mention.end) else {
                continue;
            };
            let alone = self
                .in_sentence(sentence)
                .all(|m| m.entity == entity || self.kind_of(m.entity) != Some(EntityKind::Person));
            if alone {
                self.lower[mention.end..sentence.end]
                    .split_whitespace()
                    .take(CUE_WORDS_AFTER)
                    .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                    .filter(|w| CUE_WORDS.contains(w))
                    .for_each(|w| mark(gender_of_word(w)));
            }
        }
        marks
    }

    /// The last person named before `at` in the section whose gender is not other than
    /// `gender`.
    pub(super) fn last_person(&self, at: usize, section: usize, gender: Option<Gender>) -> Option<usize> {
        let earlier = self.mentions.partition_point(|(m, _)| m.start < at);
        self.mentions
            .iter()
            .take(earlier)
            .rev()
            .take_while(|(_, s)| *s == Some(section) || s.is_none())
            .filter(|(m, s)| *s == Some(section) && self.kind_of(m.entity) == Some(EntityKind::Person))
            .map(|(m, _)| m.entity)
            .find(|&entity| gender.is_none() || self.gender_of(entity).is_none_or(|known| Some(known) == gender))
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{Attached, owned};
    const ENTITIES: &str = "entities:
  - {id: dominique, kind: person, name: Dominique Pelicot}
  - {id: gisele, kind: person, name: Gisèle Pelicot}
  - {id: nawrocki, kind: person, name: Karol Nawrocki, aliases: [Nawrocki]}
  - {id: kowalska, kind: person, name: Anna Kowalska, aliases: [Kowalska]}
  - {id: garzon, kind: person, name: Francisco Garzón, aliases: [Garzón]}
";
    const PROPERTIES: &str = "properties:
  - {id: sentence, name: prison sentence, type: duration}
";

    /// `(subject, property, value)` of the proposals with a subject.
    fn attached(text: &str) -> Vec<(String, String, String)> {
        super::super::tests::attached_in(ENTITIES, Some(PROPERTIES), text)
    }

    /// `(text, the proposals with a subject)`: pronouns and gendered descriptions, with the
    /// cases where they must find nobody.
    const PRONOUNS: &[(&str, &[Attached])] = &[
        (
            "Karol Nawrocki won by a narrow margin. At 42, he is one of the youngest heads of state.",
            &[("nawrocki", "age", "42")],
        ),
        // "She" skips a man the text marks as one ("his") for the last woman or unmarked person.
        (
            "Gisèle Pelicot spoke first. Dominique Pelicot, who admitted his crimes, listened. At 72, she is a symbol.",
            &[("gisele", "age", "72")],
        ),
        (
            "Dominique Pelicot admitted his crimes in court. At 72, she is a symbol.",
            &[],
        ),
        ("Mr Garzón left the court. At 63, she still drives trains.", &[]),
        // The only person the article has named: further back still.
        (
            "Karol Nawrocki won. The count ended. Turnout was high. Rain fell. Crowds cheered. At 42, he is young.",
            &[("nawrocki", "age", "42")],
        ),
        // Too far back with someone else named since, or too far back at all: nobody.
        (
            "Karol Nawrocki won. Anna Kowalska conceded. The count ended. Turnout was high. Rain fell. Crowds cheered. At 42, he is young.",
            &[],
        ),
        (
            "Karol Nawrocki won. It rained. It snowed. It hailed. Buses ran. Trains ran. Shops shut. Bars shut. Crowds sang. Bells rang. Dogs barked. At 42, he is young.",
            &[],
        ),
        // "Her" for a rule about people that the patterns' pronouns leave out.
        (
            "Anna Kowalska was tried in Warsaw. A court gave her eight years in prison.",
            &[("kowalska", "sentence", "eight years")],
        ),
        // A gendered noun after an age: the woman, not the man named last.
        (
            "Gisèle Pelicot spoke first. Mr Garzón listened. The 72-year-old woman left.",
            &[("gisele", "age", "72")],
        ),
    ];

    #[test]
    fn a_pronoun_refers_to_the_last_person_of_its_gender_within_reach() {
        for (text, expected) in PRONOUNS {
            assert_eq!(attached(text), owned(expected), "{text}");
        }
    }
}
