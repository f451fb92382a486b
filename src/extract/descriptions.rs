//! Subjects told by what a sentence says of them rather than by their names: a thing
//! referred to by the noun its registry note describes it by ("the ship's 21 crew"), and a
//! count of what a person named just before it did ("Mbappé, 23, scored two goals"), which
//! is not the article's event's.

use super::attach::{Attacher, Pick, SPEECH_VERBS};
use super::layout::Sentence;
use super::patterns::Rule;
use super::values::Found;
use super::words::word_positions;
use crate::model::EntityKind;

/// How many words may stand between a person and a count of what they did ("scored").
const ACT_WORDS: usize = 3;

/// The words after a name without an age set off by commas right after it (", 23,").
fn strip_age_apposition(gap: &str) -> &str {
    let Some(rest) = gap.strip_prefix(", ") else {
        return gap;
    };
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    match rest[digits..].strip_prefix(',') {
        Some(after) if digits > 0 => after,
        _ => gap,
    }
}

/// Words that make a noun after them refer back to something already named.
const DEFINITE: &[&str] = &["the", "this", "that", "its"];

impl Attacher<'_> {
    /// The thing a definite description in the sentence refers back to ("the ship's 21 crew
    /// members", "on this vessel"): the entity whose registry note describes it by that noun,
    /// of a kind the rule allows, named earlier in the same section. People and events have
    /// references of their own; a population is described by what many are.
    pub(super) fn described(&self, rule: &Rule, sentence: &Sentence) -> Option<Pick> {
        self.described_by.iter().find_map(|(noun, entity)| {
            let kind = self.kind_of(*entity)?;
            if matches!(kind, EntityKind::Person | EntityKind::Event | EntityKind::Population)
                || !rule.subjects.contains(&kind)
            {
                return None;
            }
            let at = DEFINITE.iter().find_map(|det| {
                word_positions(self.lower, sentence.start, sentence.end, &format!("{det} {noun}")).next()
            })?;
            let named_before = self
                .in_section(sentence.section)
                .iter()
                .any(|(m, s)| *s == Some(sentence.section) && m.entity == *entity && m.start < at);
            named_before.then(|| self.pick(*entity, &format!("\"{noun}\", as the registry describes it,"), at))
        })
    }

    /// Whether a person named just before a count is who did what it counts ("Mbappé, 23,
    /// scored two goals", "the referee Marciniak awarded three penalties"): a few words at
    /// most between them, an age in apposition aside, and no verb of saying ("Kyrylenko said
    /// 98 wounded" reports the event's figure).
    pub(super) fn done_by_person(&self, found: &Found, sentence: &Sentence) -> bool {
        let Some(person) = self
            .in_sentence(sentence)
            .filter(|m| m.end <= found.start)
            .last()
            .filter(|m| self.kind_of(m.entity) == Some(EntityKind::Person))
        else {
            return false;
        };
        let gap = &self.lower[person.end..found.start];
        let gap = strip_age_apposition(gap);
        let words: Vec<&str> = gap.split_whitespace().collect();
        !gap.contains([',', ';', ':', '.', '"'])
            && (1..=ACT_WORDS).contains(&words.len())
            && !words.iter().any(|word| SPEECH_VERBS.contains(word))
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{Attached, attached_in, owned};

    const ENTITIES: &str = "entities:
  - {id: station-strike, kind: event, name: Kramatorsk station strike, aliases: [Kramatorsk attack]}
  - {id: kyrylenko, kind: person, name: Pavlo Kyrylenko, aliases: [Kyrylenko]}
  - {id: jet, kind: other, name: Embraer Legacy, note: The business jet that crashed near Tver.}
";
    const PROPERTIES: &str = "properties:
  - {id: missile-count, name: number of missiles, type: count}
  - {id: crew, name: number of crew, type: count}
";

    /// `(subject, property, value)` of the counts proposed with a subject.
    fn counts(text: &str) -> Vec<(String, String, String)> {
        attached_in(ENTITIES, Some(PROPERTIES), text)
            .into_iter()
            .filter(|(_, property, _)| property != "age")
            .collect()
    }

    #[test]
    fn a_description_by_the_registry_note_refers_back_to_its_entity() {
        let cases: &[(&str, &[Attached])] = &[
            (
                "The Embraer Legacy left Moscow at noon. The jet's three crew members were Russian.",
                &[("jet", "crew", "three")],
            ),
            (
                "The Embraer Legacy left Moscow at noon. Investigators spoke to all four crew on this jet.",
                &[("jet", "crew", "four")],
            ),
            // Not named before in the article: nobody.
            ("The jet's three crew members were Russian.", &[]),
            // A noun the note does not describe it by: nobody.
            (
                "The Embraer Legacy left Moscow at noon. The plane's three crew members were Russian.",
                &[],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(counts(text), owned(expected), "{text}");
        }
    }

    /// `(text, the measures proposed with a subject)`: a measured value with no thing named
    /// before it in its sentence takes the one its description points back to.
    const MEASURED: &[(&str, &[Attached])] = &[
        (
            "The Embraer Legacy left Moscow at noon. Radar showed the jet flying at 900 km/h.",
            &[("jet", "speed-kmh", "900")],
        ),
        // Not named before: nobody.
        ("Radar showed the jet flying at 900 km/h.", &[]),
        // A noun the note does not describe it by: nobody.
        (
            "The Embraer Legacy left Moscow at noon. Radar showed the plane flying at 900 km/h.",
            &[],
        ),
    ];

    #[test]
    fn a_measured_value_takes_the_thing_its_description_points_back_to() {
        let properties = "properties:\n  - {id: speed-kmh, name: speed in km/h, type: number}\n";
        for (text, expected) in MEASURED {
            assert_eq!(attached_in(ENTITIES, Some(properties), text), owned(expected), "{text}");
        }
    }

    #[test]
    fn a_count_of_what_a_named_person_did_is_not_the_events() {
        let first = "The Kramatorsk attack shocked the country. ";
        let cases: &[(&str, &[Attached])] = &[
            ("Kyrylenko, 36, counted two missiles on the platform.", &[]),
            (
                "Investigators found two missiles on the platform.",
                &[("station-strike", "missile-count", "two")],
            ),
            // A person who reports the figure does not make it theirs.
            (
                "Kyrylenko said two missiles hit the platform.",
                &[("station-strike", "missile-count", "two")],
            ),
        ];
        for (text, expected) in cases {
            let text = format!("{first}{text}");
            assert_eq!(counts(&text), owned(expected), "{text}");
        }
    }
}
