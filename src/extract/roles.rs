//! Who an article is about, and who only judges it. The person an article is about is the
//! first person it names (in its headline or lede), unless that person is named with the
//! title of an office of the court ("Judge Peter Cahill", "prosecutor Laure Chabaud"): a
//! judge or a prosecutor is never the one sentenced. A sentence or a sought sentence with no
//! defendant in its sentence ("Prosecutors had sought 30 years"), and a description without
//! a noun ("The 45-year-old was convicted in April") that no nearer name settles, go to that
//! person, if the article named them a few sentences back at most.

use super::attach::{Attacher, Pick};
use super::layout::Sentence;
use super::mentions::Mention;
use super::patterns::{Family, Rule};
use super::values::Found;
use super::words::{holds_words, last_words};
use crate::model::EntityKind;

/// Titles of the offices of a court, standing right before a name.
const OFFICE_TITLES: &[&str] = &[
    "judge",
    "justice",
    "magistrate",
    "prosecutor",
    "prosecutors",
    "attorney",
    "lawyer",
    "counsel",
];

/// How many sentences back the person an article is about must have been named last.
const PROTAGONIST_REACH: usize = 6;

/// Words that may follow a description with no noun ("the 45-year-old was", "the
/// 72-year-old must"): verbs and auxiliaries, never a noun.
const VERBS_AFTER_DESCRIPTION: &[&str] = &[
    "was", "is", "has", "had", "have", "will", "would", "could", "can", "must", "may", "might", "should", "said",
    "says", "told", "pleaded", "denied", "admitted", "faces", "faced", "remains", "remained", "appeared", "did",
    "does", "also", "now", "then", "who",
];

/// How many words before an age said in a clause are searched for the pronoun it is about.
const CLAUSE_WORDS: usize = 12;

impl Attacher<'_> {
    /// The person an age said in a clause is about ("Diaz was jailed at the age of 45",
    /// "he is 45 years old"): the last person named before it in its sentence, else, when a
    /// personal pronoun stands before it there, the one the pronoun refers to.
    pub(super) fn person_of_clause(&self, found: &Found, sentence: &Sentence) -> Option<Pick> {
        let named = self
            .in_sentence(sentence)
            .filter(|m| m.end <= found.start && self.kind_of(m.entity) == Some(EntityKind::Person))
            .last();
        if let Some(mention) = named {
            return Some(Pick::named(mention.entity));
        }
        let before = last_words(&self.lower[sentence.start..found.start], CLAUSE_WORDS);
        let pronoun = holds_words(&before, "he") || holds_words(&before, "she");
        pronoun
            .then(|| self.person_referred(found, sentence, "the pronoun"))
            .flatten()
    }

    /// Whether a person is named anywhere in the text with the title of an office of the
    /// court right before the name.
    pub(super) fn is_officer(&self, entity: usize) -> bool {
        let officers = self.per_text.officers.get_or_init(|| self.officers());
        officers.get(entity).copied().unwrap_or(false)
    }

    /// For each entity: whether the text names it with the title of an office of the court.
    fn officers(&self) -> Vec<bool> {
        let mut officers = vec![false; self.subjects.len()];
        for (m, _) in self.mentions {
            let before = last_words(&self.lower[..m.start], 1);
            // The title may be part of the name as the registry spells it ("Judge X. Y.").
            let own = self.lower[m.start..m.end].split_whitespace().next().unwrap_or("");
            if OFFICE_TITLES
                .iter()
                .any(|title| holds_words(&before, title) || own == *title)
                && let Some(officer) = officers.get_mut(m.entity)
            {
                *officer = true;
            }
        }
        officers
    }

    /// Whether a rule gives a length of time said of a person by cue words: a sentence or a
    /// sought sentence.
    pub(super) fn is_sentence_rule(rule: &Rule) -> bool {
        rule.family == Family::Duration && rule.near && rule.subjects.contains(&EntityKind::Person)
    }

    /// Whether a rule gives a length of time that a person may bear, by cue words or not: a
    /// term the judge ordered ("ordered three years of supervised release") is never the
    /// judge's.
    pub(super) fn is_term_rule(rule: &Rule) -> bool {
        rule.family == Family::Duration && rule.subjects.contains(&EntityKind::Person)
    }

    /// Whether a mention may be the subject of a sentence: a person not titled as an officer
    /// of the court and not named as the owner of something ("for George Floyd's murder",
    /// "knelt on Floyd's neck"), or an entity of another kind.
    pub(super) fn may_be_sentenced(&self, mention: &Mention) -> bool {
        if self.kind_of(mention.entity) != Some(EntityKind::Person) {
            return true;
        }
        let possessive = |text: &str| ["'s", "’s", "s'", "s’"].iter().any(|mark| text.ends_with(mark));
        let owner = possessive(&self.text[mention.start..mention.end])
            || ["'s", "’s", "'", "’"]
                .iter()
                .any(|mark| self.text[mention.end..].starts_with(mark));
        !owner && !self.is_officer(mention.entity)
    }

    /// For a sentence or a sought sentence with nobody to bear it in its sentence: the
    /// person the article is about.
    pub(super) fn defendant(&self, found: &Found, rule: &Rule, sentence: &Sentence) -> Option<Pick> {
        Self::is_sentence_rule(rule)
            .then(|| self.protagonist(found.start, sentence.section, "the sentence"))
            .flatten()
    }

    /// For a description with no noun (`the 45-year-old was convicted`): the person the
    /// article is about.
    pub(super) fn described_protagonist(&self, found: &Found, sentence: &Sentence) -> Option<Pick> {
        let next = self.lower[found.end..sentence.end]
            .split_whitespace()
            .next()
            .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()));
        next.is_some_and(|word| VERBS_AFTER_DESCRIPTION.contains(&word))
            .then(|| self.protagonist(found.start, sentence.section, "the description"))
            .flatten()
    }

    /// The first person named in the section before `at`, not an officer of the court, if
    /// named again or first at most a few sentences back.
    fn protagonist(&self, at: usize, section: usize, what: &str) -> Option<Pick> {
        let entity = self
            .in_section(section)
            .iter()
            .take_while(|(m, _)| m.start < at)
            .filter(|(_, s)| *s == Some(section))
            .map(|(m, _)| m.entity)
            .find(|&entity| self.kind_of(entity) == Some(EntityKind::Person) && !self.is_officer(entity))?;
        let back = self.sentences_back(entity, at)?;
        let name = self.subjects.get(entity).map_or("", |s| s.name.as_str());
        (back <= PROTAGONIST_REACH).then(|| Pick {
            entity,
            via: Some(format!(
                "{what} is taken for {name}, the first person the article names and not an officer of the court (named {back} sentences before)"
            )),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Extractor, Patterns};
    use crate::model::Corpus;

    const ENTITIES: &str = "entities:
  - {id: chauvin, kind: person, name: Derek Chauvin, aliases: [Chauvin]}
  - {id: floyd, kind: person, name: George Floyd, aliases: [Floyd]}
  - {id: cahill, kind: person, name: Peter Cahill, aliases: [Cahill]}
  - {id: ruiz, kind: person, name: Ana Ruiz, aliases: [Judge Ana Ruiz]}
";
    const PROPERTIES: &str = "properties:
  - {id: sentence, name: prison sentence, type: duration}
  - {id: sought-sentence, name: prison sentence sought by the prosecution, type: duration}
";

    fn corpus() -> Corpus {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("entities.yaml"), ENTITIES).unwrap();
        std::fs::write(dir.path().join("properties.yaml"), PROPERTIES).unwrap();
        std::fs::create_dir(dir.path().join("sources")).unwrap();
        crate::corpus::load(dir.path()).unwrap()
    }

    /// `(subject, property, value)` of every proposal.
    fn proposals(text: &str) -> Vec<(Option<String>, String, String)> {
        let corpus = corpus();
        let patterns = Patterns::load(&corpus.root, &corpus.properties, &corpus.entities).unwrap();
        Extractor::for_corpus(patterns, &corpus)
            .unwrap()
            .extract(text)
            .into_iter()
            .map(|p| (p.subject, p.property, p.value))
            .collect()
    }

    fn about(subject: Option<&str>, property: &str, value: &str) -> (Option<String>, String, String) {
        (subject.map(str::to_owned), property.into(), value.into())
    }

    #[test]
    fn a_sought_sentence_goes_to_the_person_the_article_is_about() {
        let text = "A judge on Friday sentenced Derek Chauvin to 22 and a half years in prison. Prosecutors had sought 30 years.\n";
        assert_eq!(
            proposals(text),
            [
                about(None, "date", "Friday"),
                about(Some("chauvin"), "sentence", "22 and a half years"),
                about(Some("chauvin"), "sought-sentence", "30 years"),
            ]
        );
    }

    #[test]
    fn a_judge_is_never_the_one_sentenced() {
        let text = "Judge Peter Cahill spoke for an hour. Prosecutors had sought 30 years.\n";
        assert_eq!(
            proposals(text),
            [
                about(None, "duration", "an hour"),
                about(None, "sought-sentence", "30 years")
            ]
        );
        let text = "Judge Peter Cahill read the ruling. Chauvin was sentenced to 21 years, Cahill said.\n";
        assert_eq!(proposals(text), [about(Some("chauvin"), "sentence", "21 years")]);
    }

    /// `(subject or nobody, property, value)` of a proposal, as a table of cases lists it.
    type Listed = (Option<&'static str>, &'static str, &'static str);

    /// `(text, the lengths of time proposed)`: a term the judge orders is never the judge's,
    /// with or without the cue of a prison sentence next to it.
    const ORDERED: &[(&str, &[Listed])] = &[
        (
            "Judge Peter Cahill also ordered two years of probation once Chauvin leaves prison.",
            &[(Some("chauvin"), "sentence", "two years")],
        ),
        (
            "Judge Peter Cahill also ordered two years of probation after prison.",
            &[(None, "sentence", "two years")],
        ),
        // A pronoun right after the judge's name is not taken for the judge.
        (
            "Judge Peter Cahill also ordered two years of probation once he leaves prison.",
            &[(None, "sentence", "two years")],
        ),
        // The title as part of the registry's name.
        (
            "Federal Judge Ana Ruiz also ordered two years of probation after prison.",
            &[(None, "sentence", "two years")],
        ),
        // Negative: a person named without a court's title bears it.
        (
            "Peter Cahill was ordered to serve two years in prison.",
            &[(Some("cahill"), "sentence", "two years")],
        ),
    ];

    #[test]
    fn a_term_a_judge_orders_is_not_the_judges() {
        for (text, expected) in ORDERED {
            let expected: Vec<_> = expected.iter().map(|(s, p, v)| about(*s, p, v)).collect();
            assert_eq!(proposals(&format!("{text}\n")), expected, "{text}");
        }
    }

    #[test]
    fn a_victim_named_as_an_owner_is_not_the_one_sentenced() {
        let text = "Chauvin sentenced to 22 and a half years for George Floyd's murder\n\nDerek Chauvin, who knelt on George Floyd's neck, was sentenced to 22 and a half years.\n";
        assert_eq!(
            proposals(text),
            [
                about(Some("chauvin"), "sentence", "22 and a half years"),
                about(Some("chauvin"), "sentence", "22 and a half years"),
            ]
        );
        // Named as the one the term is for: that person.
        let text = "Prosecutors asked for 20 years for Derek Chauvin.\n";
        assert_eq!(proposals(text), [about(Some("chauvin"), "sought-sentence", "20 years")]);
    }

    #[test]
    fn a_description_without_a_noun_is_the_person_the_article_is_about() {
        let text = "Chauvin was sentenced on Friday. Judge Peter Cahill cited the cruelty shown to Floyd. The 45-year-old was convicted in April.\n";
        let ages: Vec<_> = proposals(text).into_iter().filter(|p| p.1 == "age").collect();
        assert_eq!(ages, [about(Some("chauvin"), "age", "45")]);
        // With a noun, the description is someone else the article describes: not settled.
        let text = "Chauvin was sentenced on Friday. Judge Peter Cahill cited the cruelty shown to Floyd. The 45-year-old officer was convicted in April.\n";
        let ages: Vec<_> = proposals(text).into_iter().filter(|p| p.1 == "age").collect();
        assert_eq!(ages, [about(None, "age", "45")]);
    }

    #[test]
    fn an_age_said_in_a_clause_or_in_brackets_is_its_persons() {
        use crate::extract::tests::{Attached, assert_attached};
        let people = "entities:\n  - {id: ruiz, kind: person, name: Ana Ruiz, aliases: [Ruiz]}\n  - {id: kane, kind: person, name: Tom Kane}\n";
        let table: &[(&str, &[Attached])] = &[
            ("Ana Ruiz (61) chaired the inquiry.", &[("ruiz", "age", "61")]),
            (
                "Ana Ruiz, in her early 60s, chaired the inquiry.",
                &[("ruiz", "age", "in her early 60s")],
            ),
            ("Ruiz retired at the age of 61.", &[("ruiz", "age", "61")]),
            ("Ruiz died in Lisbon on Friday, aged 61.", &[("ruiz", "age", "aged 61")]),
            ("Tom Kane met Ruiz, who is 61 years old.", &[("ruiz", "age", "61")]),
            (
                "Ruiz chaired it. She retired at the age of 61.",
                &[("ruiz", "age", "61")],
            ),
            ("At 61, Ana Ruiz chaired the inquiry.", &[("ruiz", "age", "61")]),
            ("Ana Ruiz chaired it. She was 61.", &[("ruiz", "age", "61")]),
            (
                "Tom Kane met Ruiz. Ruiz was 61 when she retired.",
                &[("ruiz", "age", "61")],
            ),
            ("Ruiz, who was 61 at the time, retired.", &[("ruiz", "age", "61")]),
            // No person and no pronoun in the clause: nobody's; brackets after a thing, or a
            // figure a tally stands "at", none.
            ("At 61, the inquiry had no chair.", &[]),
            ("The toll stands at 61, Ruiz said.", &[]),
            ("Ruiz chaired it. The scheme closed at the age of 61.", &[]),
            ("The report (61) was filed by Tom Kane.", &[]),
            ("Tom Kane filed it. Turnout was 61.", &[]),
        ];
        assert_attached(people, None, table);
        // "Was" and a number after no person is no age at all.
        let proposed = crate::extract::tests::proposed_in(people, None, "Tom Kane filed it. Turnout was 61.");
        assert!(
            proposed.iter().all(|(_, property, _)| property != "age"),
            "{proposed:?}"
        );
    }
}
