//! Another instance of an event's kind: an event named by a common noun of its aliases ("the
//! election", "the trial") with a word before it that sets it apart from the one the registry
//! means ("the last election", "the previous trial", "the next election", "an earlier
//! hearing"). Such words name another election or trial, whose dates and figures are not the
//! registry event's, so they are no mention of it.

use super::mentions::{DAY_WORDS, Mention, Subject};
use super::words::last_words_lower;
use crate::model::EntityKind;

/// Words right before an event's common noun that make it another instance of its kind.
const OTHER_INSTANCE: &[&str] = &[
    "last",
    "previous",
    "next",
    "earlier",
    "former",
    "prior",
    "preceding",
    "following",
    "upcoming",
    "another",
    // "its own emergency": one of another owner, set against the one named before.
    "own",
];

/// Whether a mention names another instance of an event's kind: an event written in lower
/// case (a common noun, not a proper name) right after one of the words of another instance,
/// and not a day's possessive ("last week's strike" is the event's).
pub(super) fn another_instance(text: &str, mention: &Mention, subjects: &[Subject]) -> bool {
    let written = &text[mention.start..mention.end];
    let written = written.strip_prefix("the ").unwrap_or(written);
    let first = written.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let common = written.starts_with(|c: char| c.is_lowercase());
    let event = subjects
        .get(mention.entity)
        .is_some_and(|subject| subject.kind == EntityKind::Event);
    let before = last_words_lower(&text[..mention.start], 1);
    event && common && !DAY_WORDS.contains(&first.to_lowercase().as_str()) && sets_apart(before.trim())
}

/// Whether a word before an event's noun makes it another instance of its kind ("last").
pub(super) fn sets_apart(word: &str) -> bool {
    OTHER_INSTANCE.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{Attached, attached_in, owned};

    const ENTITIES: &str = "entities:
  - {id: vote-2031, kind: event, name: 2031 Ruritanian general election, aliases: [the election, general election]}
  - {id: hearing, kind: event, name: Ruritanian bribery hearing, aliases: [the hearing]}
  - {id: greens, kind: organisation, name: Green League, aliases: [Greens]}
  - {id: ann-vole, kind: person, name: Ann Vole, aliases: [Vole]}
";

    /// `(text, the dates proposed with a subject)`: an event's common noun after a word of
    /// another instance names another election or hearing; without one, the registry's.
    const INSTANCES: &[(&str, &[Attached])] = &[
        ("The Greens took nine seats at the last election, in 2026.", &[]),
        ("A previous hearing in March 2029 was adjourned.", &[]),
        ("The Greens held their own hearing in March 2029.", &[]),
        ("The next election is due in 2036.", &[]),
        ("Ann Vole was a minister under the former election rules of 2020.", &[]),
        // Negatives: the registry's own event keeps its date.
        (
            "The election was held in May 2031.",
            &[("vote-2031", "date", "May 2031")],
        ),
        ("The hearing on Monday was adjourned.", &[("hearing", "date", "Monday")]),
        // "Last" before a day's possessive is the day's, and the event is the registry's
        // (Monday is the adjournment's, another action done to the hearing).
        (
            "Last week's hearing was adjourned on Monday.",
            &[("hearing", "date", "last week")],
        ),
        // "Former" before a person is no other instance of anything.
        ("The former minister Ann Vole was born in 1970.", &[]),
    ];

    #[test]
    fn a_word_of_another_instance_before_an_events_noun_names_another_event() {
        for (text, expected) in INSTANCES {
            let dates: Vec<_> = attached_in(ENTITIES, None, text)
                .into_iter()
                .filter(|(_, property, _)| property == "date")
                .collect();
            assert_eq!(dates, owned(expected), "{text}");
        }
    }
}
