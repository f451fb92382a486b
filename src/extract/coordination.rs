//! Values said of several entities at once: a coordination of names ("Ann Vole and Tom
//! Reed", "the mayor, Ann Vole, and her deputy, Tom Reed,") that is the subject of the
//! value's clause, its object right before the value, or who the value is "for" or "to"
//! after it, when the words say it holds for each of them ("each", "both", a length of time,
//! counts one is found guilty of) and not for them together ("between them", "together").
//! Each entity gets a proposal of its own, with the same quote.

use super::Proposal;
use super::attach::{Attacher, Pick};
use super::clauses::OWNERS;
use super::layout::Sentence;
use super::mentions::Mention;
use super::patterns::Family;
use super::values::Found;
use super::words::{holds_words, last_words};
use crate::model::EntityKind;

/// Words that say a value holds for each of the entities named together.
const DISTRIBUTIVE: &[&str] = &["each", "both", "apiece"];
/// Words that make a value a total of the entities named together.
const TOTAL: &[&str] = &[
    "together",
    "between them",
    "between the two",
    "among them",
    "combined",
    "jointly",
    "joint",
    "in total",
    "in all",
    "altogether",
    "a total of",
    "total",
];
/// Words before a count that make it counts of a charge: guilt is each defendant's own.
const CHARGES: &[&str] = &[
    "guilty of",
    "guilty on",
    "convicted of",
    "convicted on",
    "charged with",
    "acquitted of",
    "acquitted on",
    "accused of",
];
/// Words that may stand between an object coordination and its value ("sentenced X and Y
/// to six years", "found X and Y guilty of 12 counts").
const OBJECT_LINKS: &[&str] = &["to", "for", "guilty", "of", "on", "with", "each", "both"];
/// How many words may stand between an object coordination and its value.
const OBJECT_WORDS: usize = 3;
/// How many words a description may take inside a coordination ("and her deputy,").
const DESCRIPTION_WORDS: usize = 4;
/// How many words after a value "for" or "to" and the words before a coordination may take.
const FOR_WORDS: usize = 5;
/// How many words may stand between a person and the object pronoun of the verb the person
/// is the subject of ("Judge Mary Kay then fined him").
const ACTING_WORDS: usize = 3;
/// Words after a value that refer back to each of the people of a coordination named
/// before ("four years for each man").
const EACH_PERSON: &[&str] = &[
    "for each man",
    "for each woman",
    "for each of them",
    "for both men",
    "for both women",
    "for both of them",
];
/// How many words after a value [`EACH_PERSON`]'s words may end.
const EACH_PERSON_WORDS: usize = 4;
/// How many sentences back a coordination may be referred to by "each of them".
const SENTENCES_BACK: usize = 3;
/// How many words after a value may say it holds for each ("six years each") or for all.
const AFTER_WORDS: usize = 3;

impl Attacher<'_> {
    /// The proposals for a value: one per entity of a coordination it is said of each of,
    /// else the one [`Attacher::propose`] gives, with an object pronoun right before the
    /// value resolved (see [`Self::object_pronoun`]).
    pub fn propose_each(&self, found: &Found) -> Vec<Proposal> {
        let Some(proposal) = self.propose(found) else {
            return Vec::new();
        };
        let Some(sentence) = self.layout.sentence_at(found.start, found.end) else {
            return vec![proposal];
        };
        if let Some(members) = self.shared_by(found, &proposal, sentence) {
            let names: Vec<&str> = members
                .iter()
                .filter_map(|&entity| self.subjects.get(entity).map(|s| s.name.as_str()))
                .collect();
            let via = format!("said of each of {}", names.join(" and "));
            return members
                .into_iter()
                .map(|entity| {
                    self.given_to(
                        &proposal,
                        Pick {
                            entity,
                            via: Some(via.clone()),
                        },
                    )
                })
                .collect();
        }
        if self.said_jointly(found, &proposal, sentence) {
            return vec![Proposal {
                subject: None,
                subject_name: None,
                via: None,
                ..proposal
            }];
        }
        vec![self.object_pronoun(found, proposal, sentence)]
    }

    /// Whether the subject proposed is one of a coordination the value is a total of
    /// ("Norcem and Olga Berg were fined a total of $3 million"): the value is no one's alone.
    fn said_jointly(&self, found: &Found, proposal: &Proposal, sentence: &Sentence) -> bool {
        let Some(chosen) = self.subject_of(proposal) else {
            return false;
        };
        self.coordinations(sentence).into_iter().any(|members| {
            distinct(&members).len() > 1
                && members.iter().any(|m| m.entity == chosen)
                && TOTAL
                    .iter()
                    .any(|word| holds_words(&self.around(found, &members, sentence), word))
        })
    }

    /// The index of the entity a proposal is about, if it has a subject.
    fn subject_of(&self, proposal: &Proposal) -> Option<usize> {
        let id = proposal.subject.as_deref()?;
        self.subjects.iter().position(|s| s.id == id)
    }

    /// The proposal with another subject.
    fn given_to(&self, proposal: &Proposal, pick: Pick) -> Proposal {
        let subject = self.subjects.get(pick.entity);
        Proposal {
            subject: subject.map(|s| s.id.clone()),
            subject_name: subject.map(|s| s.name.clone()),
            via: pick.via,
            ..proposal.clone()
        }
    }

    /// The entities of a coordination a value is said of each of, when the subject proposed
    /// is one of them, none, or one found beyond the value's words, and each may bear the
    /// value's property.
    fn shared_by(&self, found: &Found, proposal: &Proposal, sentence: &Sentence) -> Option<Vec<usize>> {
        let chosen = self.subject_of(proposal);
        let fits = |entities: &[usize]| {
            entities.len() > 1
                && chosen.is_none_or(|c| entities.contains(&c) || proposal.via.is_some())
                && entities.iter().all(|&e| self.may_bear(e, found, proposal))
        };
        let here = self.coordinations(sentence).into_iter().find_map(|members| {
            let entities = distinct(&members);
            (fits(&entities) && self.said_of_each(found, &members, sentence)).then_some(entities)
        });
        here.or_else(|| self.each_referred(found, sentence).filter(|entities| fits(entities)))
    }

    /// The people of the last coordination of people named a few sentences before, in the
    /// same section, when the words right after a value refer back to each of them ("four
    /// years for each man", "for both of them").
    fn each_referred(&self, found: &Found, sentence: &Sentence) -> Option<Vec<usize>> {
        let after = clause_after(&self.lower[found.end..sentence.end], EACH_PERSON_WORDS);
        if !EACH_PERSON.iter().any(|words| holds_words(&after, words)) {
            return None;
        }
        let index = self.layout.sentences.partition_point(|s| s.end <= sentence.start);
        self.layout
            .sentences
            .get(index.saturating_sub(SENTENCES_BACK)..index)?
            .iter()
            .rev()
            .take_while(|s| s.section == sentence.section)
            .find_map(|s| {
                let members = self.coordinations(s).pop()?;
                let entities = distinct(&members);
                entities
                    .iter()
                    .all(|&e| self.kind_of(e) == Some(EntityKind::Person))
                    .then_some(entities)
            })
    }

    /// Whether an entity is of a kind a rule of the proposal's property allows, or owns
    /// what a count counts.
    fn may_bear(&self, entity: usize, found: &Found, proposal: &Proposal) -> bool {
        let Some(kind) = self.kind_of(entity) else {
            return false;
        };
        self.patterns
            .rules
            .iter()
            .filter(|rule| rule.property == proposal.property && rule.family == found.family)
            .any(|rule| {
                rule.subjects.contains(&kind)
                    || found.family == Family::Count && rule.counted && !rule.near && OWNERS.contains(&kind)
            })
    }

    /// The coordinations of names in a sentence, each the mentions it joins, in text order.
    fn coordinations(&self, sentence: &Sentence) -> Vec<Vec<&Mention>> {
        let mut all = Vec::new();
        let mut current: Vec<&Mention> = Vec::new();
        for mention in self.in_sentence(sentence) {
            let Some(&last) = current.last() else {
                current.push(mention);
                continue;
            };
            if mention.start < last.end {
                continue;
            }
            match link(&self.lower[last.end..mention.start]) {
                Some(Link::List) => current.push(mention),
                Some(Link::Final) => {
                    current.push(mention);
                    all.push(std::mem::take(&mut current));
                }
                None => current = vec![mention],
            }
        }
        all
    }

    /// Whether a value stands where it is said of each entity of a coordination: the
    /// coordination is its clause's subject (with no other clause or name between them),
    /// its object right before it, or who it is for after it; and the words say each (or the value is a length of time, or counts of a
    /// charge), and no total.
    fn said_of_each(&self, found: &Found, members: &[&Mention], sentence: &Sentence) -> bool {
        let (Some(&first), Some(&last)) = (members.first(), members.last()) else {
            return false;
        };
        let around = self.around(found, members, sentence);
        let placed = if last.end <= found.start {
            // A comma right after the last name closes an apposition ("Ann Vole, and her
            // deputy, Tom Reed, were"); another one starts another clause.
            let between = self.lower[last.end..found.start].trim_start();
            let between = between.strip_prefix(',').unwrap_or(between);
            let joined = between.contains([',', ';']) || holds_words(&format!(" {between} "), "and");
            let named = self
                .in_sentence(sentence)
                .any(|m| m.start >= last.end && m.end <= found.start);
            !joined && !named && self.opens_clause_of(first, last, found, sentence) || self.is_object(found, last)
        } else {
            self.is_for_all(found, first)
        };
        let each = DISTRIBUTIVE.iter().any(|word| holds_words(&around, word))
            || found.family == Family::Duration
            || found.family == Family::Count && self.counts_charges(found, sentence);
        placed && each && !TOTAL.iter().any(|word| holds_words(&around, word))
    }

    /// The words of a coordination and a value said of it: two words before the first name,
    /// those from the coordination to the value, and the clause after the value.
    fn around(&self, found: &Found, members: &[&Mention], sentence: &Sentence) -> String {
        let (Some(&first), Some(&last)) = (members.first(), members.last()) else {
            return String::new();
        };
        let before_first = last_words(&self.lower[sentence.start..first.start], 2);
        let (from, to) = if last.end <= found.start {
            (first.start, found.end)
        } else {
            (found.start, last.end)
        };
        let after = clause_after(&self.lower[found.end..sentence.end], AFTER_WORDS);
        format!(
            "{} {} {}",
            before_first.trim_end(),
            words_of(&self.lower[from..to]),
            after
        )
    }

    /// Whether a coordination ending with `last` is the object of a verb right before the
    /// value ("fined X and Y $5,000 each", "sentenced X and Y to six years").
    fn is_object(&self, found: &Found, last: &Mention) -> bool {
        let between: Vec<&str> = self.lower[last.end..found.start].split_whitespace().collect();
        between.len() <= OBJECT_WORDS && between.iter().all(|word| OBJECT_LINKS.contains(word))
    }

    /// Whether a coordination starting with `first` is who a value is for or given to, a few
    /// words after it ("six years for Ann Vole and Tom Reed").
    fn is_for_all(&self, found: &Found, first: &Mention) -> bool {
        let between = &self.lower[found.end..first.start];
        let mut words = between.split_whitespace();
        matches!(words.next(), Some("for" | "to"))
            && !between.contains([',', ';', ':', '.'])
            && between.split_whitespace().count() <= FOR_WORDS
    }

    /// Whether a count is of counts of a charge ("guilty of 12 counts of bribery").
    fn counts_charges(&self, found: &Found, sentence: &Sentence) -> bool {
        let before = last_words(&self.lower[sentence.start..found.start], 2);
        CHARGES.iter().any(|words| before.ends_with(&format!(" {words} ")))
    }

    /// A value with an object pronoun right before it, after a verb ("fined him $1
    /// million", "gave her four years", "sentenced him to six years"): the person the
    /// pronoun refers to, named before its sentence within reach, when no other person it
    /// could mean is named as near; else nobody, if the subject proposed is the subject of
    /// the pronoun's own verb ("Judge Mary Kay fined him"). Other values are left as they
    /// are.
    fn object_pronoun(&self, found: &Found, proposal: Proposal, sentence: &Sentence) -> Proposal {
        let Some((at, word)) = self.object_pronoun_at(found, sentence) else {
            return proposal;
        };
        let person = Some(EntityKind::Person);
        let allowed = self.patterns.rules.iter().any(|r| {
            r.property == proposal.property && r.family == found.family && r.subjects.contains(&EntityKind::Person)
        });
        let chosen = self.subject_of(&proposal);
        // "Judge Mary Kay fined him": the subject of the pronoun's own verb is not its person.
        let acting = chosen.is_some_and(|entity| {
            self.kind_of(entity) == person
                && self.in_sentence(sentence).any(|m| {
                    m.entity == entity && m.end <= at && {
                        let between: Vec<&str> = self.lower[m.end..at].split_whitespace().collect();
                        between.len() <= ACTING_WORDS
                            && !between
                                .iter()
                                .any(|w| w.ends_with([',', ';']) || matches!(*w, "and" | "but" | "or"))
                    }
                })
        });
        let gender = super::pronouns::gender_of_word(word);
        let referent = self
            .last_person(sentence.start, sentence.section, gender)
            .filter(|&entity| {
                allowed
                    && self.pronoun_reaches(entity, at, sentence.section)
                    && !self.another_person_near(entity, sentence.start, sentence.section, gender)
                    && !self.is_officer(entity)
            });
        match referent {
            Some(entity) => self.given_to(&proposal, self.pick(entity, &format!("the pronoun \"{word}\""), at)),
            None if acting => Proposal {
                subject: None,
                subject_name: None,
                via: None,
                ..proposal
            },
            None => proposal,
        }
    }

    /// Where an object pronoun ("him", "her") stands right before a value, after a verb,
    /// with at most "to", "pay", "guilty" and "of" between ("ordered him to pay $5,000").
    fn object_pronoun_at(&self, found: &Found, sentence: &Sentence) -> Option<(usize, &'static str)> {
        let before = &self.lower[sentence.start..found.start];
        let words: Vec<(usize, &str)> = super::words::word_spans(before).collect();
        let pronoun = words.iter().rposition(|(_, w)| matches!(*w, "him" | "her"))?;
        let links = words.get(pronoun + 1..)?;
        let linked = links.len() <= 2
            && links
                .iter()
                .all(|(_, w)| matches!(*w, "to" | "pay" | "guilty" | "of" | "on"));
        let verb = pronoun
            .checked_sub(1)
            .and_then(|index| words.get(index))
            .is_some_and(|(_, w)| is_verb(w));
        let (offset, word) = words.get(pronoun)?;
        let word = if *word == "him" { "him" } else { "her" };
        (linked && verb).then_some((sentence.start + offset, word))
    }
}

/// How two mentions next to each other are joined.
enum Link {
    /// By a comma, with more names to come ("Vole, Reed and Kay").
    List,
    /// By "and", ending the coordination, with a description or not ("Vole, and her
    /// deputy, Reed").
    Final,
}

/// How the words between two mentions join them, if they do.
fn link(gap: &str) -> Option<Link> {
    let trimmed = gap.trim();
    if trimmed == "," {
        return Some(Link::List);
    }
    let rest = trimmed.strip_prefix(',').unwrap_or(trimmed).trim_start();
    let rest = rest.strip_prefix("and")?;
    // "Norvik and the Halden Group": a name's own "the" is not in its mention.
    if rest.is_empty() || rest.trim() == "the" {
        return Some(Link::Final);
    }
    // "and her deputy," / "and the safety chief,": a short description set off before the name.
    let description = rest.strip_suffix(',')?;
    let words: Vec<&str> = description.split_whitespace().collect();
    (rest.starts_with(' ')
        && !words.is_empty()
        && words.len() <= DESCRIPTION_WORDS
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '\'' || c == '’')))
    .then_some(Link::Final)
}

/// The distinct entities of some mentions, in order.
fn distinct(members: &[&Mention]) -> Vec<usize> {
    let mut entities: Vec<usize> = Vec::new();
    for mention in members {
        if !entities.contains(&mention.entity) {
            entities.push(mention.entity);
        }
    }
    entities
}

/// Words of a text without their marks, joined by single spaces.
fn words_of(text: &str) -> String {
    text.split_whitespace()
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The first `n` words of a text, up to a mark that ends a clause, padded with spaces.
fn clause_after(text: &str, n: usize) -> String {
    let mut words = Vec::new();
    for word in text.split_whitespace().take(n) {
        words.push(word.trim_matches(|c: char| !c.is_alphanumeric()));
        if word.ends_with([',', ';', ':', '.']) {
            break;
        }
    }
    format!(" {} ", words.join(" "))
}

/// Whether a word is a verb that may take an object: a past or present participle, or one
/// of the common verbs of giving that are neither.
fn is_verb(word: &str) -> bool {
    const GIVING: &[&str] = &[
        "gave", "give", "gives", "paid", "pay", "pays", "cost", "costs", "owe", "owes", "sent", "won", "got", "let",
    ];
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    word.len() > 4 && (word.ends_with("ed") || word.ends_with("ing")) || GIVING.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{Attached, owned};

    const ENTITIES: &str = "entities:
  - {id: ana-ruiz, kind: person, name: Ana Ruiz, aliases: [Ruiz]}
  - {id: piet-smit, kind: person, name: Piet Smit, aliases: [Smit]}
  - {id: mary-kay, kind: person, name: Mary Kay, aliases: [Kay]}
  - {id: lee-park, kind: person, name: Lee Park, aliases: [Park]}
  - {id: sam-ortiz, kind: person, name: Sam Ortiz, aliases: [Ortiz]}
  - {id: olga-berg, kind: person, name: Olga Berg, aliases: [Berg]}
  - {id: norcem, kind: organisation, name: Norcem Chemicals, aliases: [Norcem]}
  - {id: reds, kind: organisation, name: Red Alliance, aliases: [Reds]}
  - {id: greens, kind: organisation, name: Green League, aliases: [Greens]}
  - {id: riot, kind: event, name: Harbour Street riot}
";
    const PROPERTIES: &str = "properties:
  - {id: sentence, name: prison sentence, type: duration}
  - {id: sought-sentence, name: prison sentence sought by the prosecution, type: duration}
  - {id: bribery-counts, name: number of counts of bribery, type: count}
  - {id: matches-banned, name: number of matches banned, type: count}
  - {id: fine-usd, name: fine in dollars, type: number}
  - {id: seats, name: number of seats won, type: count}
  - {id: killed, name: number killed, type: count}
";
    /// A rule of the corpus's own for fines, which companies and people pay.
    const FINES: &str = "rules:
  - family: measure
    property: fine-usd
    cues: [fined, fine, pay]
    subjects: [organisation, person]
";

    /// `(subject, property, value)` of the proposals with a subject that a corpus of the
    /// entities, properties and fine rule above gives for a text.
    fn attached(text: &str) -> Vec<(String, String, String)> {
        super::super::tests::proposed_with_patterns(ENTITIES, Some(PROPERTIES), Some(FINES), text)
            .into_iter()
            .filter_map(|(subject, property, value)| Some((subject?, property, value)))
            .collect()
    }

    /// `(text, the proposals with a subject)`: a value said of each of several entities
    /// named together goes to each of them.
    const EACH: &[(&str, &[Attached])] = &[
        // A corruption trial of two mayors: the coordination as the clause's subject, with
        // descriptions set off inside it, as the object before the value, and after "for".
        (
            "The two mayors, Ana Ruiz and Piet Smit, were each jailed for five years.",
            &[
                ("ana-ruiz", "sentence", "five years"),
                ("piet-smit", "sentence", "five years"),
            ],
        ),
        (
            "The mayor, Ana Ruiz, and her deputy, Piet Smit, were jailed for five years.",
            &[
                ("ana-ruiz", "sentence", "five years"),
                ("piet-smit", "sentence", "five years"),
            ],
        ),
        (
            "Ana Ruiz and Piet Smit were convicted of 14 counts of bribery.",
            &[
                ("ana-ruiz", "bribery-counts", "14"),
                ("piet-smit", "bribery-counts", "14"),
            ],
        ),
        (
            "Judge Mary Kay found Ana Ruiz and Piet Smit guilty of 14 counts of bribery.",
            &[
                ("ana-ruiz", "bribery-counts", "14"),
                ("piet-smit", "bribery-counts", "14"),
            ],
        ),
        (
            "Prosecutors had asked for seven years for Ana Ruiz and Piet Smit.",
            &[
                ("ana-ruiz", "sought-sentence", "seven years"),
                ("piet-smit", "sought-sentence", "seven years"),
            ],
        ),
        // "Found", said of a verdict, reports nothing: one defendant owns the counts too.
        (
            "Piet Smit was found guilty of 14 counts of bribery.",
            &[("piet-smit", "bribery-counts", "14")],
        ),
        // A sports ban of two players.
        (
            "Lee Park and Sam Ortiz were each banned for six matches.",
            &[
                ("lee-park", "matches-banned", "six"),
                ("sam-ortiz", "matches-banned", "six"),
            ],
        ),
        (
            "The league banned Lee Park and Sam Ortiz for six matches each.",
            &[
                ("lee-park", "matches-banned", "six"),
                ("sam-ortiz", "matches-banned", "six"),
            ],
        ),
        // A fine for a company and its chief.
        (
            "Norcem Chemicals and its chief executive, Olga Berg, were each fined $2 million.",
            &[
                ("norcem", "fine-usd", "$2 million"),
                ("olga-berg", "fine-usd", "$2 million"),
            ],
        ),
        // Negatives: a total ("between them", "a total of", "together"), and a count of
        // things owned that the words do not say is each's.
        ("Lee Park and Sam Ortiz were banned for six matches between them.", &[]),
        ("Norcem Chemicals and Olga Berg were fined a total of $3 million.", &[]),
        // A total is none of the names' alone.
        ("The Reds and the Greens together won 300 seats.", &[]),
        // (With no word of each or of a total, the count keeps the one subject it had
        // before: the clause's last name.)
        ("The Reds and the Greens won 300 seats.", &[("greens", "seats", "300")]),
        (
            "Ana Ruiz and Piet Smit killed 12 people between them in the Harbour Street riot.",
            &[("riot", "killed", "12")],
        ),
        // "Each man" refers back to the last people named together a few sentences before.
        (
            "Ana Ruiz and Piet Smit went on trial in May. Prosecutors sought seven years for each man.",
            &[
                ("ana-ruiz", "sought-sentence", "seven years"),
                ("piet-smit", "sought-sentence", "seven years"),
            ],
        ),
        // "X and Y" where only Y's clause holds the value.
        (
            "Ana Ruiz and Piet Smit were charged, and Smit was jailed for five years.",
            &[("piet-smit", "sentence", "five years")],
        ),
        (
            "Mary Kay heard from Ana Ruiz and Piet Smit, who was jailed for five years.",
            &[("piet-smit", "sentence", "five years")],
        ),
        // "Each victim" is no one named before: the value keeps the one subject it had.
        (
            "Ana Ruiz and Piet Smit went on trial in May. Prosecutors sought seven years for each victim.",
            &[("ana-ruiz", "sought-sentence", "seven years")],
        ),
    ];

    #[test]
    fn a_value_said_of_each_of_several_names_goes_to_each() {
        for (text, expected) in EACH {
            assert_eq!(attached(text), owned(expected), "{text}");
        }
    }

    /// `(text, the proposals with a subject)`: an object pronoun right before a value.
    const OBJECT_PRONOUNS: &[(&str, &[Attached])] = &[
        (
            "Olga Berg was questioned for hours. The regulator later fined her $50,000.",
            &[("olga-berg", "fine-usd", "$50,000")],
        ),
        (
            "Olga Berg was questioned for hours. Judge Mary Kay then fined her $50,000.",
            &[("olga-berg", "fine-usd", "$50,000")],
        ),
        (
            "Piet Smit denied everything. The court ordered him to pay $5,000.",
            &[("piet-smit", "fine-usd", "$5,000")],
        ),
        (
            "Piet Smit denied everything. Judge Mary Kay sentenced him to four years.",
            &[("piet-smit", "sentence", "four years")],
        ),
        // Negatives: two people the pronoun could mean; the one who fines is not fined.
        (
            "Ana Ruiz spoke first. Olga Berg was questioned. The regulator fined her $50,000.",
            &[],
        ),
        ("Judge Mary Kay fined him $50,000.", &[]),
    ];

    #[test]
    fn an_object_pronoun_before_a_value_is_the_person_it_refers_to() {
        for (text, expected) in OBJECT_PRONOUNS {
            assert_eq!(attached(text), owned(expected), "{text}");
        }
    }
}
