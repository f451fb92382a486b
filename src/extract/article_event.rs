//! The article's event: which registered event a figure with no name of its own is about
//! ("The toll has risen to 95"). The last event the article named, else the one it names
//! most, else the one its names imply; none where two events could be meant. A count of
//! people harmed (killed, injured, missing) is only about an event that can harm people
//! (an explosion, a flood, a crash), when the registry has such events: a resignation or an
//! inquiry named since does not take the toll, nor make it doubtful.

use super::attach::{Attacher, Pick};
use super::layout::Sentence;
use super::patterns::Rule;
use super::values::Found;
use crate::model::EntityKind;

/// Cue words of the rules that count people harmed: their figures belong to an event that
/// can harm.
const HARM_CUES: &[&str] = &[
    "killed",
    "injured",
    "missing",
    "hospitalised",
    "hospitalized",
    "evacuated",
    "displaced",
];

impl Rule {
    /// Whether the rule counts people harmed: a cue class of casualties ("killed",
    /// "missing"), whose figures are an event's, never a clause subject's.
    pub(super) fn counts_people_harmed(&self) -> bool {
        self.near && self.cues.iter().any(|cue| HARM_CUES.contains(&cue.as_str()))
    }
}

/// Plural nouns of things and times that a count of people harmed never counts ("the dead
/// came from 33 countries", "killed in 12 villages").
const NOT_PEOPLE: &[&str] = &[
    "countries",
    "nations",
    "nationalities",
    "states",
    "provinces",
    "regions",
    "districts",
    "counties",
    "cities",
    "towns",
    "villages",
    "municipalities",
    "communities",
    "buildings",
    "homes",
    "houses",
    "schools",
    "hospitals",
    "bridges",
    "roads",
    "vehicles",
    "cars",
    "trucks",
    "buses",
    "boats",
    "ships",
    "flights",
    "planes",
    "aircraft",
    "helicopters",
    "trains",
    "days",
    "weeks",
    "months",
    "years",
    "hours",
    "minutes",
    "times",
    "incidents",
    "attacks",
    "strikes",
    "sites",
    "locations",
];

impl Attacher<'_> {
    /// For a cue class's rule about events (a toll, a count of injured): the last event
    /// named before the value in its section (an article is about the event it last named:
    /// "The toll has risen to 95"), else the event the section names most often.
    pub(super) fn section_event(&self, found: &Found, rule: &Rule, sentence: &Sentence) -> Option<Pick> {
        if !(rule.near || rule.counted)
            || !rule.subjects.contains(&EntityKind::Event)
            || self.names_another_event(sentence)
            || rule.counted && self.done_by_person(found, sentence)
            || rule.counted && self.owned_elsewhere(found, sentence)
            || self.is_whole_of_part(&self.lower[sentence.start..found.start])
        {
            return None;
        }
        let may_own = self.may_own(rule);
        if let Some(entity) = self.last_before_where(found.start, sentence.section, &may_own) {
            if self.another_event_named(entity, found.start, sentence.section, &may_own) {
                return None;
            }
            return Some(self.pick(entity, "the last event the article named", found.start));
        }
        let mut counts: Vec<(usize, usize)> = Vec::new();
        for (mention, section) in self.in_section(sentence.section) {
            if *section == Some(sentence.section) && may_own(mention.entity) && !self.compared_anywhere(mention) {
                match counts.iter_mut().find(|(entity, _)| *entity == mention.entity) {
                    Some((_, count)) => *count += 1,
                    None => counts.push((mention.entity, 1)),
                }
            }
        }
        // The most named, the first named on a tie.
        let Some((entity, _)) = counts.iter().rev().max_by_key(|(_, count)| *count) else {
            return self.implied_event(sentence.section).filter(|pick| may_own(pick.entity));
        };
        let name = self.subjects.get(*entity).map_or("", |s| s.name.as_str());
        Some(Pick {
            entity: *entity,
            via: Some(format!("the article names no event before; it names {name} most")),
        })
    }

    /// Whether `rule` counts people harmed and the count counts things or times instead
    /// ("the dead came from 33 countries").
    pub(super) fn harm_of_things(&self, rule: &Rule, found: &Found) -> bool {
        rule.counts_people_harmed()
            && super::words::word_spans(&self.lower[found.end..])
                .next()
                .is_some_and(|(_, word)| NOT_PEOPLE.contains(&word.trim_end_matches(|c: char| !c.is_alphanumeric())))
    }

    /// Which entities may own a figure of `rule` as the article's event: any event, but only
    /// one that can harm people for a count of people harmed, when the registry has one.
    fn may_own(&self, rule: &Rule) -> impl Fn(usize) -> bool + '_ {
        let harm_only = rule.counts_people_harmed() && self.subjects.iter().any(|s| s.harms);
        move |entity| {
            self.kind_of(entity) == Some(EntityKind::Event)
                && (!harm_only || self.subjects.get(entity).is_some_and(|s| s.harms))
        }
    }

    /// Whether an event named in the value's sentence is one that cannot own a figure of
    /// `rule`: an event that harms no one ("the search"), for a count of people harmed, when
    /// the registry has an event that can harm.
    pub(super) fn harmless_for_toll(&self, rule: &Rule, entity: usize) -> bool {
        self.kind_of(entity) == Some(EntityKind::Event) && !self.may_own(rule)(entity)
    }

    /// For an article that names no event: the one event whose name holds the names of what
    /// the article mentions ("the Francis Scott Key Bridge": the Key Bridge collapse), if
    /// they all point to the same one.
    fn implied_event(&self, section: usize) -> Option<Pick> {
        let mut implied = self
            .in_section(section)
            .iter()
            .filter(|(_, s)| *s == Some(section))
            .filter_map(|(m, _)| Some((m.entity, (*self.implied_event.get(m.entity)?)?)));
        let (named, event) = implied.next()?;
        if implied.any(|(_, other)| other != event) {
            return None;
        }
        let name = |index: usize| self.subjects.get(index).map_or("", |s| s.name.as_str());
        Some(Pick {
            entity: event,
            via: Some(format!(
                "the article names no event; it names {}, which only {} is named after",
                name(named),
                name(event)
            )),
        })
    }

    /// Whether the section names, before `at`, an event other than `entity` that may own
    /// the figure (see [`Self::may_own`]), not as a point of comparison: then which of them
    /// a figure with no name of its own is about, the order of mention does not say ("The
    /// mill fire spread. The dam collapse followed. Eleven people died" is either's).
    fn another_event_named(&self, entity: usize, at: usize, section: usize, may_own: impl Fn(usize) -> bool) -> bool {
        self.in_section(section).iter().any(|(m, s)| {
            *s == Some(section) && m.start < at && m.entity != entity && may_own(m.entity) && !self.compared_anywhere(m)
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::{Attached, assert_attached};

    const EVENTS: &str = "entities:
  - {id: mill-fire, kind: event, name: Harlow mill fire, aliases: [mill fire]}
  - {id: dam-collapse, kind: event, name: Ashby dam collapse}
  - {id: mayor-resignation, kind: event, name: resignation of the Harlow mayor}
  - {id: fire-inquiry, kind: event, name: inquiry into the Harlow mill fire}
  - {id: harlow, kind: place, name: Harlow}
";
    const PROPERTIES: &str = "properties:
  - {id: killed, name: number killed, type: count}
  - {id: injured, name: number injured, type: count}
  - {id: missing, name: number missing, type: count}
  - {id: witnesses, name: number of witnesses, type: count}
";

    #[test]
    fn a_count_of_people_harmed_is_an_event_that_harms() {
        // text | the proposals with a subject
        let table: &[(&str, &[Attached])] = &[
            // A resignation or an inquiry named since takes no toll.
            (
                "The Harlow mill fire spread through the night. The resignation of the Harlow mayor followed. At least 14 people were killed.",
                &[("mill-fire", "killed", "at least 14")],
            ),
            (
                "The Harlow mill fire spread through the night. The inquiry into the Harlow mill fire will open in May. Nine workers are still missing.",
                &[("fire-inquiry", "date", "May"), ("mill-fire", "missing", "nine")],
            ),
            (
                "After the Harlow mill fire, the resignation of the Harlow mayor came within a week. More than 30 were injured, the hospital said.",
                &[("mill-fire", "injured", "more than 30")],
            ),
            // Two events that harm named: which one, the order does not say.
            (
                "The Harlow mill fire broke out hours after the Ashby dam collapse. At least 14 people were killed.",
                &[],
            ),
            // A count of no harm still has only the last event named, when another is near.
            (
                "The Harlow mill fire spread through the night. The resignation of the Harlow mayor followed. Some 40 witnesses were heard.",
                &[],
            ),
        ];
        assert_attached(EVENTS, Some(PROPERTIES), table);
    }

    #[test]
    fn a_toll_is_never_a_harmless_events_even_named_beside_it() {
        const SUB: &str = "entities:
  - {id: loss, kind: event, name: loss of the Nereid, aliases: [implosion]}
  - {id: search, kind: event, name: search for the Nereid, aliases: [the search]}
";
        let table: &[(&str, &[Attached])] = &[
            // A one-word name that is a noun of harm makes its event one that harms.
            (
                "The four divers were killed, the navy said, ending a three-day search.",
                &[("search", "duration", "three days")],
            ),
            ("Four divers were killed, ending the search.", &[]),
            (
                "The implosion was heard on Sunday. Four divers were killed.",
                &[("loss", "killed", "four")],
            ),
        ];
        assert_attached(SUB, Some(PROPERTIES), table);
    }

    #[test]
    fn a_toll_counts_people_not_places_or_times() {
        let table: &[(&str, &[Attached])] = &[
            (
                "The Harlow mill fire killed 14 workers. The dead came from 9 countries.",
                &[("mill-fire", "killed", "14")],
            ),
            (
                "The Harlow mill fire killed 14 people in 3 villages.",
                &[("mill-fire", "killed", "14")],
            ),
            ("After the Harlow mill fire, victims were found in 5 buildings.", &[]),
        ];
        assert_attached(EVENTS, Some(PROPERTIES), table);
    }

    #[test]
    fn with_no_event_that_harms_any_event_may_own_a_toll() {
        const QUIET: &str = "entities:
  - {id: summit, kind: event, name: Harlow summit}
";
        let table: &[(&str, &[Attached])] = &[(
            "The Harlow summit ended in chaos. At least 14 people were injured.",
            &[("summit", "injured", "at least 14")],
        )];
        assert_attached(QUIET, Some(PROPERTIES), table);
    }

    #[test]
    fn the_whole_a_part_is_counted_out_of_is_not_the_events() {
        const FERRY: &str = "entities:\n  - {id: ferry-sinking, kind: event, name: ferry sinking}\n";
        let properties = "properties:\n  - {id: seats, name: number of seats, type: count}\n";
        let table: &[(&str, &[Attached])] = &[
            (
                "The ferry sinking left 14 seats empty.",
                &[("ferry-sinking", "seats", "14")],
            ),
            (
                "The ferry sinking was on Monday. Survivors filled 38 of the 257 seats.",
                &[("ferry-sinking", "date", "Monday"), ("ferry-sinking", "seats", "38")],
            ),
            (
                "The ferry sinking was on Monday. Eleven of 90 seats were empty.",
                &[
                    ("ferry-sinking", "date", "Monday"),
                    ("ferry-sinking", "seats", "eleven"),
                ],
            ),
        ];
        assert_attached(FERRY, Some(properties), table);
    }
}
