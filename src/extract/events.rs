//! The event a date or a length of time is about, told by the words right next to it
//! rather than by a name further off: the possessive of an event's noun ("last Tuesday's
//! floods"), a verb that reports the event ("a court on Friday sentenced": the verdict), the
//! event's noun opening the date's clause ("A verdict is expected in June"), or the event's
//! noun itself ("three days of national mourning", "a pressure test of up to 48 hours"). A verb shared by several events picks the one whose own name words the sentence
//! holds ("a federal judge ... sentenced": the federal sentencing), else none. Also which
//! events a sentence's values are not about: one named as the point a time is counted from
//! ("two days after the final"), and events the registry does not know ("a tsunami in 1960",
//! "two other fires"); and which dates are no event's ("contained by Friday", "since 1967").

use super::attach::{Attacher, Pick};
use super::instances::sets_apart;
use super::layout::Sentence;
use super::mentions::Mention;
use super::patterns::{Family, Rule};
use super::values::Found;
use super::words::{DETERMINERS, last_words, word_positions};
use crate::model::EntityKind;

/// How many words before a date an event's verb may stand ("struck the railway station in
/// this eastern city on Friday").
const VERB_WORDS_BEFORE: usize = 10;
/// How many words after a date an event's verb may stand ("a court on Thursday sentenced").
const VERB_WORDS_AFTER: usize = 2;

/// How many words may stand between "of" after a length of time and the event's noun
/// ("three days of national mourning").
const NOUN_WORDS_AFTER: usize = 2;

/// Words before a date that make it a bound of a state, not when an event happened.
const BOUND_WORDS: &[&str] = &["by", "since"];

/// Words that make the event named after them the point a time is counted from.
const ANCHOR_WORDS: &[&str] = &["after", "since", "before"];

/// Common nouns of events: one of them with a year next to it names an event of its own.
const EVENT_NOUNS: &[&str] = &[
    "earthquake",
    "quake",
    "tsunami",
    "fire",
    "wildfire",
    "flood",
    "floods",
    "storm",
    "hurricane",
    "typhoon",
    "cyclone",
    "tornado",
    "eruption",
    "landslide",
    "crash",
    "derailment",
    "explosion",
    "blast",
    "attack",
    "bombing",
    "shooting",
    "disaster",
    "spill",
    "collapse",
];
/// How many words from an event's noun a year may stand to date it ("a tsunami in 1960").
const YEAR_WORDS: usize = 3;
/// How many words before an event's noun "other" may stand ("two other large fires").
const OTHER_WORDS: usize = 3;
/// How many words may open a clause before the event's noun that opens it ("Large cracks").
const OPENING_WORDS: usize = 2;

/// An event found next to a value, with the gap in bytes between the words and the value.
pub(super) struct Adjacent {
    pub pick: Pick,
    pub gap: usize,
}

impl Attacher<'_> {
    /// Whether a sentence names an event the registry does not know, whose figures are not
    /// the article's event's: by a common noun with a year next to it ("a tsunami in 1960",
    /// "the Agadir earthquake of 1960", "the 2018 Camp Fire"), or as another one ("two other
    /// fires", "another quake").
    pub(super) fn names_another_event(&self, sentence: &Sentence) -> bool {
        let words: Vec<&str> = self.lower[sentence.start..sentence.end]
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        let is_year =
            |word: &&str| word.len() == 4 && word.parse::<u16>().is_ok_and(|year| (1000..=2100).contains(&year));
        let is_other = |word: &&str| matches!(*word, "other" | "another");
        words.iter().enumerate().any(|(at, word)| {
            let singular = word.strip_suffix('s').unwrap_or(word);
            let near = |reach: usize| {
                words
                    .get(at.saturating_sub(reach)..(at + reach + 1).min(words.len()))
                    .unwrap_or_default()
            };
            let before = words.get(at.saturating_sub(OTHER_WORDS)..at).unwrap_or_default();
            (EVENT_NOUNS.contains(word) || EVENT_NOUNS.contains(&singular))
                && (near(YEAR_WORDS).iter().any(is_year) || before.iter().any(is_other))
        })
    }

    /// Whether an event is named as the point a time is counted from ("two days after the
    /// final", "87 days after the Deepwater Horizon explosion", "since the blast"): the other
    /// dates and lengths of its sentence are not its own.
    pub(super) fn is_anchor(&self, mention: &Mention, sentence: &Sentence) -> bool {
        if self.kind_of(mention.entity) != Some(EntityKind::Event) {
            return false;
        }
        let before = last_words(&self.lower[sentence.start..mention.start.max(sentence.start)], 2);
        let own = last_words(&self.lower[sentence.start..mention.start.max(sentence.start)], 1);
        let starts_with_article = ["the ", "a ", "an "]
            .iter()
            .any(|article| self.lower[mention.start..mention.end].starts_with(article));
        ANCHOR_WORDS.iter().any(|word| {
            own == format!(" {word} ")
                || !starts_with_article
                    && ["the", "a", "an", "its", "their"]
                        .iter()
                        .any(|article| before == format!(" {word} {article} "))
        })
    }

    /// Whether a value stands right after a mention, one word at most between them ("since
    /// the blast on Tuesday night"): it is that mention's.
    pub(super) fn dated_right_after(&self, found: &Found, mention: &Mention) -> bool {
        mention.end <= found.start && self.lower[mention.end..found.start].split_whitespace().count() <= 1
    }

    /// Whether a date is one by which or since which something was the case ("85% contained
    /// by Friday evening", "the deadliest in Europe since 1967"): it bounds a state, and is
    /// not when the event happened.
    pub(super) fn is_bound(&self, found: &Found, sentence: &Sentence) -> bool {
        let possessive = ["'s", "’s"]
            .iter()
            .any(|mark| self.lower[found.end..].starts_with(mark));
        let written = &self.lower[found.start..found.end];
        let last = last_words(&self.lower[sentence.start..found.start], 1);
        !possessive
            && BOUND_WORDS.iter().any(|word| {
                written.strip_prefix(word).is_some_and(|rest| rest.starts_with(' ')) || last.trim() == *word
            })
    }

    /// For a date or a length of time whose rule may be about an event: the event the words
    /// right next to it name.
    pub(super) fn adjacent_event(&self, found: &Found, rule: &Rule, sentence: &Sentence) -> Option<Adjacent> {
        if !rule.subjects.contains(&EntityKind::Event) {
            return None;
        }
        match found.family {
            Family::Date | Family::Time => self
                .possessive_event(found, sentence)
                .or_else(|| self.event_noun_before(found, sentence))
                .or_else(|| self.event_of_verb(found, sentence))
                .or_else(|| self.event_opens_clause(found, sentence)),
            Family::Duration => self.event_of_noun(found, sentence),
            _ => None,
        }
    }

    /// The event whose name a date is the possessive of: "last Tuesday's floods",
    /// "Wednesday night's derailment".
    fn possessive_event(&self, found: &Found, sentence: &Sentence) -> Option<Adjacent> {
        let mention = self.in_sentence(sentence).find(|m| {
            self.kind_of(m.entity) == Some(EntityKind::Event)
                && m.start > found.start
                && (m.start < found.end || matches!(self.text[found.end..m.start].trim(), "" | "'s" | "’s"))
        })?;
        let written = &self.text[found.start.min(mention.start)..mention.end];
        Some(Adjacent {
            pick: Pick {
                entity: mention.entity,
                via: Some(format!(
                    "the date is written as the possessive of the event: \"{written}\""
                )),
            },
            gap: 0,
        })
    }

    /// The event whose noun stands right before a date, "on" or "in" between them ("a state
    /// funeral on Wednesday", "the hearing in March"): that event's date.
    fn event_noun_before(&self, found: &Found, sentence: &Sentence) -> Option<Adjacent> {
        let before = &self.lower[sentence.start..found.start];
        let mut words = before.rsplit(|c: char| c.is_whitespace()).filter(|w| !w.is_empty());
        // The value may hold its preposition ("on Saturday") or not.
        let written = &self.lower[found.start..found.end];
        let noun = if written.starts_with("on ") || written.starts_with("in ") {
            words.next()?
        } else {
            match words.next() {
                Some("on" | "in") => words.next()?,
                _ => return None,
            }
        };
        let (noun, entity) = self.event_nouns.iter().find(|(head, _)| head == noun)?;
        // "A previous hearing in March": another hearing than the registry's.
        if words.next().is_some_and(sets_apart) {
            return None;
        }
        // Named there in full: the name is the subject, as any name next to a value.
        if self
            .in_sentence(sentence)
            .any(|m| m.entity == *entity && self.dated_right_after(found, m))
        {
            return None;
        }
        let name = self.subjects.get(*entity).map_or("", |s| s.name.as_str());
        Some(Adjacent {
            pick: Pick {
                entity: *entity,
                via: Some(format!("the noun \"{noun}\" right before the date names the {name}")),
            },
            gap: 0,
        })
    }

    /// The event a verb next to a date reports ("convicted ... on Tuesday", "on Friday
    /// sentenced"), the nearest such verb, if it reports one event only or the sentence names
    /// the words that tell its events apart.
    fn event_of_verb(&self, found: &Found, sentence: &Sentence) -> Option<Adjacent> {
        let from = words_before(self.lower, sentence.start, found.start, VERB_WORDS_BEFORE);
        let to = words_after(self.lower, found.end, sentence.end, VERB_WORDS_AFTER);
        let mut nearest: Option<(usize, &str)> = None;
        let reports = |at: &usize| !DETERMINERS.contains(&last_words(&self.lower[..*at], 1).trim());
        for (verb, _) in self.event_verbs {
            let before = word_positions(self.lower, from, found.start, verb)
                .filter(reports)
                .last()
                .map(|at| found.start - (at + verb.len()));
            let after = word_positions(self.lower, found.end, to, verb)
                .find(reports)
                .map(|at| at - found.end);
            if let Some(gap) = before.into_iter().chain(after).min()
                && nearest.is_none_or(|(best, _)| gap < best)
            {
                nearest = Some((gap, verb.as_str()));
            }
        }
        let (gap, verb) = nearest?;
        let mut events: Vec<usize> = Vec::new();
        for (other, event) in self.event_verbs {
            if other == verb && !events.contains(event) {
                events.push(*event);
            }
        }
        let entity = self.told_apart(&events, found, sentence)?;
        let name = self.subjects.get(entity).map_or("", |s| s.name.as_str());
        Some(Adjacent {
            pick: Pick {
                entity,
                via: Some(format!("the verb \"{verb}\" next to the date reports the {name}")),
            },
            gap,
        })
    }

    /// The event whose noun opens the clause a date stands in, after at most two words, with
    /// its verb after it ("Large cracks appeared in its pillars on Tuesday", "A verdict is
    /// expected in June"), unless a word before it sets it apart ("Another hearing").
    fn event_opens_clause(&self, found: &Found, sentence: &Sentence) -> Option<Adjacent> {
        let before = &self.lower[sentence.start..found.start];
        let clause = before.rsplit([',', ';', ':']).next().unwrap_or(before);
        let words: Vec<&str> = clause
            .split_whitespace()
            .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        let (at, (noun, entity)) = words
            .iter()
            .take(OPENING_WORDS + 1)
            .enumerate()
            .find_map(|(at, word)| {
                self.event_nouns
                    .iter()
                    .find(|(head, _)| head == word)
                    .map(|pair| (at, pair))
            })?;
        if at + 1 == words.len() || words.iter().take(at).any(|word| sets_apart(word)) {
            return None;
        }
        let name = self.subjects.get(*entity).map_or("", |s| s.name.as_str());
        Some(Adjacent {
            pick: Pick {
                entity: *entity,
                via: Some(format!(
                    "the noun \"{noun}\" opens the date's clause and names the {name}"
                )),
            },
            gap: 0,
        })
    }

    /// The one event of several the sentence tells apart by a word of its name no other of
    /// them has ("federal" for "Chauvin's federal sentencing"); the only one if one. When the
    /// sentence has such words of several ("a federal judge on Thursday sentenced him, the
    /// term to run with his state sentence"), the one nearest the value, if no other is as
    /// near.
    fn told_apart(&self, events: &[usize], found: &Found, sentence: &Sentence) -> Option<usize> {
        if let [only] = events {
            return Some(*only);
        }
        let words = |event: usize| -> Vec<String> {
            self.subjects.get(event).map_or_else(Vec::new, |s| {
                s.name
                    .to_lowercase()
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| w.len() > 3)
                    .map(str::to_owned)
                    .collect()
            })
        };
        let gap = |at: usize| at.abs_diff(found.start).min(at.abs_diff(found.end));
        let mut nearest: Vec<(usize, usize)> = Vec::new();
        for &event in events {
            let own = words(event);
            let told = own
                .iter()
                .filter(|word| {
                    events
                        .iter()
                        .all(|&other| other == event || !words(other).contains(word))
                })
                .flat_map(|word| word_positions(self.lower, sentence.start, sentence.end, word))
                .map(gap)
                .min();
            if let Some(told) = told {
                nearest.push((told, event));
            }
        }
        nearest.sort_unstable();
        match nearest.as_slice() {
            [(_, only)] => Some(*only),
            [(first, event), (second, _), ..] if first < second => Some(*event),
            _ => None,
        }
    }

    /// The event whose noun a length of time is said of: "three days of national mourning",
    /// "a pressure test of up to 48 hours", "a four-day hearing".
    fn event_of_noun(&self, found: &Found, sentence: &Sentence) -> Option<Adjacent> {
        let after: Vec<&str> = self.lower[found.end..sentence.end]
            .split_whitespace()
            .take(NOUN_WORDS_AFTER + 2)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        let following = match after.first() {
            Some(&"of") => after.get(1..).unwrap_or_default(),
            _ => after.get(..1).unwrap_or_default(),
        };
        let before = last_words(&self.lower[sentence.start..found.start], 2);
        let (noun, entity) = self
            .event_nouns
            .iter()
            .find(|(noun, _)| following.contains(&noun.as_str()) || before.ends_with(&format!(" {noun} of ")))?;
        let name = self.subjects.get(*entity).map_or("", |s| s.name.as_str());
        Some(Adjacent {
            pick: Pick {
                entity: *entity,
                via: Some(format!("the noun \"{noun}\" next to the length names the {name}")),
            },
            gap: 0,
        })
    }
}

/// Where the last `n` words of `lower[from..to]` start.
fn words_before(lower: &str, from: usize, to: usize, n: usize) -> usize {
    let window = &lower[from..to];
    let starts: Vec<usize> = window
        .split_whitespace()
        .map(|word| from + (word.as_ptr() as usize - window.as_ptr() as usize))
        .collect();
    starts.get(starts.len().saturating_sub(n)).copied().unwrap_or(to)
}

/// Where the first `n` words of `lower[from..to]` end.
fn words_after(lower: &str, from: usize, to: usize, n: usize) -> usize {
    let window = &lower[from..to];
    window.split_whitespace().take(n).last().map_or(from, |word| {
        from + (word.as_ptr() as usize - window.as_ptr() as usize) + word.len()
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::{Attached, owned};
    use super::super::{Extractor, Patterns};
    use crate::model::Corpus;

    const ENTITIES: &str = "entities:
  - {id: verdict, kind: event, name: Avignon verdict}
  - {id: arrest, kind: event, name: Dominique Pelicot's 2020 arrest}
  - {id: derailment, kind: event, name: Santiago de Compostela derailment, aliases: [Alvia derailment]}
  - {id: floods, kind: event, name: Valencia floods}
  - {id: mourning, kind: event, name: national mourning for the floods}
  - {id: cap-test, kind: event, name: the pressure test of the new cap}
  - {id: pelicot, kind: person, name: Dominique Pelicot}
";

    fn corpus(entities: &str) -> Corpus {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("entities.yaml"), entities).unwrap();
        std::fs::create_dir(dir.path().join("sources")).unwrap();
        crate::corpus::load(dir.path()).unwrap()
    }

    /// `(subject, property, value)` of the dates and lengths proposed with a subject.
    fn attached(entities: &str, text: &str) -> Vec<(String, String, String)> {
        super::super::tests::attached_in(entities, None, text)
            .into_iter()
            .filter(|(_, property, _)| property == "date" || property == "duration")
            .collect()
    }

    /// `(text, the dates and lengths proposed with a subject)`: events told by the words next
    /// to a value, and words that tell no event.
    const NEXT_TO_THE_VALUE: &[(&str, &[Attached])] = &[
        // A verb that reports the event, after or before the date.
        (
            "A French court on Thursday sentenced Dominique Pelicot to prison.",
            &[("verdict", "date", "Thursday")],
        ),
        (
            "Jurors convicted Dominique Pelicot on Tuesday of every charge.",
            &[("verdict", "date", "Tuesday")],
        ),
        (
            "The retired electrician was caught in September 2020 in a supermarket.",
            &[("arrest", "date", "September 2020")],
        ),
        // The verb next to the date beats an event named further off.
        (
            "More than a decade after the Alvia derailment, a court in this city on Friday sentenced the driver.",
            &[("verdict", "date", "Friday")],
        ),
        // An arrest is dated by its verb; it is not the start of anything.
        (
            "Dominique Pelicot was arrested on Saturday evening in Mazan.",
            &[("arrest", "date", "Saturday evening")],
        ),
        // A verb that reports no event of the registry: nobody.
        ("Dominique Pelicot was born on Tuesday in a village.", &[]),
        // A participle after a determiner describes a noun and reports nothing.
        ("Cranes lifted the derailed carriages off the line on Friday.", &[]),
        (
            "The train derailed on Friday near the city.",
            &[("derailment", "date", "Friday")],
        ),
        (
            "A train that derailed on Friday was carrying 218 people.",
            &[("derailment", "date", "Friday")],
        ),
        // A verb too far from the date is not its.
        (
            "A court sentenced the driver after a hearing that the families, the lawyers and the press had awaited since Friday.",
            &[],
        ),
        // The date as the possessive of the event's name.
        (
            "The number of people known to have died in last Tuesday's floods rose to 217 on Monday.",
            &[("floods", "date", "last Tuesday")],
        ),
        ("Tuesday's meeting was cancelled.", &[]),
        // The event's noun right before "on" and the date.
        (
            "The town held a national mourning on Saturday for the dead.",
            &[("mourning", "date", "Saturday")],
        ),
        // A noun of no event of the registry before the date: nobody.
        ("The town held a concert on Saturday for the dead.", &[]),
        // The event's noun next to a length of time.
        (
            "Prime Minister Pedro Sánchez announced three days of official mourning from Thursday.",
            &[("mourning", "duration", "three days")],
        ),
        (
            "The cap would be watched during a pressure test of up to 48 hours.",
            &[("cap-test", "duration", "up to 48 hours")],
        ),
        ("Rescuers worked for three days without rest.", &[]),
    ];

    #[test]
    fn a_verb_of_one_events_own_noun_is_that_events_alone() {
        const TRIAL: &str = "entities:
  - {id: verdict, kind: event, name: Harlow verdict}
  - {id: sentencing, kind: event, name: Harlow sentencing}
";
        let cases: &[(&str, &[Attached])] = &[
            // "sentenced" is the sentencing's own verb, though a verdict may be reported by it.
            (
                "A judge on Wednesday sentenced the former mayor to 12 years.",
                &[("sentencing", "date", "Wednesday")],
            ),
            (
                "Jurors convicted the former mayor on Monday.",
                &[("verdict", "date", "Monday")],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(attached(TRIAL, text), owned(expected), "{text}");
        }
        // With no sentencing in the registry, "sentenced" still reports the verdict.
        assert_eq!(
            attached(ENTITIES, "A judge on Wednesday sentenced the former mayor to 12 years."),
            owned(&[("verdict", "date", "Wednesday")])
        );
    }

    #[test]
    fn the_words_next_to_a_date_or_length_tell_its_event() {
        for (text, expected) in NEXT_TO_THE_VALUE {
            assert_eq!(attached(ENTITIES, text), owned(expected), "{text}");
        }
    }

    /// `(text, the dates and lengths proposed with a subject)`: an event named as the point
    /// a time is counted from, and a date by which something was the case.
    const ANCHORS_AND_DEADLINES: &[(&str, &[Attached])] = &[
        // The event after "after" or "since" is not what the other date of the sentence dates.
        (
            "Two days after the Valencia floods, the king visited the town on Friday.",
            &[],
        ),
        (
            "A new cap shut off the flow on Thursday, 87 days after the Alvia derailment.",
            &[],
        ),
        // A date right after it is its own.
        (
            "Eleven workers have been missing since the Alvia derailment on Tuesday night.",
            &[("derailment", "date", "Tuesday night")],
        ),
        // Without "after", the event named near the date keeps it.
        (
            "The Valencia floods struck the town on Tuesday.",
            &[("floods", "date", "Tuesday")],
        ),
        // A verb of a tally dates the figure it reaches, not the event; alone, it is the event's.
        ("The toll of the Valencia floods reached 95 on Tuesday.", &[]),
        (
            "The Valencia floods reached the coast on Tuesday evening.",
            &[("floods", "date", "Tuesday evening")],
        ),
        // Nor a date since which something was the case.
        ("It was the worst of the Valencia floods since 1967.", &[]),
        // A date by which something was the case is not the event's.
        ("The Valencia floods had receded by Friday evening.", &[]),
        // A date's possessive after "by" is no deadline.
        (
            "The town was cut off by Tuesday's Valencia floods.",
            &[("floods", "date", "Tuesday")],
        ),
        // A month's possessive before a name is that event's date, whatever else the sentence names.
        (
            "At the Avignon verdict nobody had forgotten last October's Valencia floods.",
            &[("floods", "date", "last October")],
        ),
    ];

    #[test]
    fn irregular_and_naming_verbs_report_meetings_sales_and_takeovers() {
        let entities = "entities:
  - {id: meeting, kind: event, name: emergency committee meeting}
  - {id: takeover, kind: event, name: the Qatari takeover of the club}
";
        let cases: &[(&str, &[Attached])] = &[
            (
                "The emergency committee met on Wednesday.",
                &[("meeting", "date", "Wednesday")],
            ),
            ("Investors took over the club in 2011.", &[("takeover", "date", "2011")]),
            // Buying is said of much besides a takeover or a purchase.
            ("The club bought a striker in 2013.", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(attached(entities, text), owned(expected), "{text}");
        }
    }

    #[test]
    fn a_verb_that_a_name_s_noun_comes_from_reports_it() {
        let entities = "entities:
  - {id: refusal, kind: event, name: the league's refusal of the payment}
  - {id: plea, kind: event, name: the banker's guilty plea}
  - {id: dismissal, kind: event, name: dismissal of the coach}
  - {id: settlement, kind: agreement, name: settlement with the regulator}
  - {id: ratification, kind: event, name: ratification of the treaty}
";
        let cases: &[(&str, &[Attached])] = &[
            (
                "The league, which had refused the payment on Tuesday, said it would appeal.",
                &[("refusal", "date", "Tuesday")],
            ),
            ("The banker pleaded guilty in March.", &[("plea", "date", "March")]),
            (
                "The club dismissed its coach on Sunday night.",
                &[("dismissal", "date", "Sunday night")],
            ),
            (
                "The treaty, which the senate ratified in 1994, still stands.",
                &[("ratification", "date", "1994")],
            ),
            // "Settled" is said of much besides the settlement.
            ("The dust settled on Friday.", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(attached(entities, text), owned(expected), "{text}");
        }
    }

    #[test]
    fn a_term_is_handed_down_and_a_storm_comes_ashore() {
        let entities = "entities:
  - {id: sentencing, kind: event, name: sentencing of the former treasurer}
  - {id: landfall, kind: event, name: the storm's second landfall}
";
        let cases: &[(&str, &[Attached])] = &[
            (
                "A judge handed down a nine-year term on Tuesday.",
                &[("sentencing", "date", "Tuesday")],
            ),
            (
                "The storm came ashore on Sunday morning near the port.",
                &[("landfall", "date", "Sunday morning")],
            ),
            // Nothing of a sentencing or a landfall.
            ("The boat came back on Sunday.", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(attached(entities, text), owned(expected), "{text}");
        }
    }

    #[test]
    fn an_event_s_noun_that_opens_the_date_s_clause_is_its_event() {
        let entities = "entities:
  - {id: hearing, kind: event, name: the bail hearing of the former mayor}
  - {id: cracks, kind: event, name: cracks in the dam}
";
        let cases: &[(&str, &[Attached])] = &[
            ("A hearing is expected on Friday.", &[("hearing", "date", "Friday")]),
            (
                "Officials said that, deep cracks appeared in the wall on Tuesday.",
                &[("cracks", "date", "Tuesday")],
            ),
            // Another one, or a noun far into its clause, is not the registry's.
            ("Another hearing is expected on Friday.", &[]),
            (
                "Engineers from the state said the cracks had been found by divers on Tuesday.",
                &[],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(attached(entities, text), owned(expected), "{text}");
        }
    }

    #[test]
    fn a_verb_that_reports_a_kind_of_event_finds_it() {
        let entities = "entities:
  - {id: quake, kind: event, name: Al Haouz earthquake}
  - {id: final, kind: event, name: 2022 World Cup final}
  - {id: oath, kind: event, name: the president's swearing-in}
  - {id: death, kind: event, name: George Floyd's death}
";
        let cases: &[(&str, &[Attached])] = &[
            (
                "The historian takes office on August 6 for five years.",
                &[("oath", "date", "August 6")],
            ),
            (
                "George Floyd died on May 25, 2020, in Minneapolis.",
                &[("death", "date", "May 25, 2020")],
            ),
            (
                "An earthquake of magnitude 6.8 struck the High Atlas mountains late on Friday.",
                &[("quake", "date", "Friday")],
            ),
            (
                "Argentina won the trophy for the third time on Sunday.",
                &[("final", "date", "Sunday")],
            ),
            // A verb no event's noun is reported by: nobody.
            ("The storm flooded the coast on Friday.", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(attached(entities, text), owned(expected), "{text}");
        }
    }

    #[test]
    fn opening_and_until_tell_a_start_and_an_end() {
        let proposed = |text: &str| super::super::tests::attached_in(ENTITIES, None, text);
        assert_eq!(
            proposed("The trial over the Alvia derailment opened in October 2022 and ran until July 2023."),
            owned(&[
                ("derailment", "start", "October 2022"),
                ("derailment", "end", "July 2023")
            ])
        );
        assert_eq!(
            proposed("The Alvia derailment happened in July 2013."),
            owned(&[("derailment", "date", "July 2013")])
        );
    }

    #[test]
    fn an_anchor_event_or_a_deadline_is_not_what_a_date_dates() {
        for (text, expected) in ANCHORS_AND_DEADLINES {
            assert_eq!(attached(ENTITIES, text), owned(expected), "{text}");
        }
    }

    #[test]
    fn a_verb_of_several_events_needs_a_word_that_tells_them_apart() {
        let entities = "entities:
  - {id: state-sentencing, kind: event, name: Chauvin's state sentencing}
  - {id: federal-sentencing, kind: event, name: Chauvin's federal sentencing}
";
        assert_eq!(
            attached(
                entities,
                "A federal judge on Thursday sentenced Derek Chauvin to 21 years."
            ),
            [(
                "federal-sentencing".to_owned(),
                "date".to_owned(),
                "Thursday".to_owned()
            )]
        );
        assert!(attached(entities, "A judge on Friday sentenced Derek Chauvin to 22 years.").is_empty());
        // Words of both: the one nearest the date.
        let both: &[(&str, &[Attached])] = &[
            (
                "A federal judge on Thursday sentenced Derek Chauvin to 21 years, a term he will serve alongside his state sentence.",
                &[("federal-sentencing", "date", "Thursday")],
            ),
            (
                "Months after his federal plea, a state court on Friday sentenced the officer.",
                &[("state-sentencing", "date", "Friday")],
            ),
        ];
        for (text, expected) in both {
            assert_eq!(attached(entities, text), owned(expected), "{text}");
        }
    }

    #[test]
    fn the_way_the_event_was_found_is_said() {
        let corpus = corpus(ENTITIES);
        let patterns = Patterns::load(&corpus.root, &corpus.properties, &corpus.entities).unwrap();
        let proposals = Extractor::for_corpus(patterns, &corpus)
            .unwrap()
            .extract("Jurors convicted Dominique Pelicot on Tuesday of every charge.\n");
        let via = proposals.first().and_then(|p| p.via.clone()).unwrap_or_default();
        assert_eq!(
            via,
            "the verb \"convicted\" next to the date reports the Avignon verdict"
        );
    }
}
