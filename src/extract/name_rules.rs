//! Rules read from the words of a property's name: a state ("number rescued"), the things
//! first ("vehicles a day"), a participle ("number of bodies recovered"), a share ("share
//! contained"), the head words of a date's name ("date reopened").

use super::super::words::{is_plural, is_whole_word};
use super::{Family, GENERIC_COUNTED, Property, Rule, counted_rule, near_cue_rule};
use crate::model::EntityKind;
use crate::value::ValueType;
use std::collections::BTreeMap;

/// Whether a name starts with a plural noun that is not a generic one ("vehicles a day",
/// not "years of service").
pub(super) fn starts_with_plural(name: &str) -> bool {
    name.split(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|word| is_plural(word) && !GENERIC_COUNTED.contains(&word))
}

/// The rule of a count property named "number <what befell them>" with no "of" ("number
/// rescued", "number in a critical condition", "number still in hospital"): the words after
/// "number" are its cue, standing near the value as a cue class's do ("1,400 of them in a
/// critical condition"); "a" after a preposition may be left out in the text.
pub(super) fn state_rule(property: &Property) -> Option<Rule> {
    if !Family::Count.fits(property.value_type) {
        return None;
    }
    let name = property.name.to_lowercase();
    let state = name.strip_prefix("number ")?;
    let first = state.split(' ').next()?;
    let reads = first.ends_with("ed") || ["in", "on", "at", "still"].contains(&first);
    if !reads || state.contains(',') {
        return None;
    }
    let mut cues = vec![state.to_owned()];
    if let Some((preposition, rest)) = state.split_once(" a ") {
        cues.push(format!("{preposition} {rest}"));
    }
    Some(near_cue_rule(Family::Count, property, cues))
}

/// The singular of a plural noun ("bodies", "body"; "videos", "video").
pub(super) fn singular(plural: &str) -> String {
    match plural.strip_suffix("ies") {
        Some(stem) => format!("{stem}y"),
        None => plural.strip_suffix('s').unwrap_or(plural).to_owned(),
    }
}

/// The plural nouns joined by "and" or "or" to the thing a name counts, from the words right
/// after it ("and videos" of "number of images and videos found" gives "videos").
pub(super) fn joined_plurals<'w>(after: &[&'w str]) -> Vec<&'w str> {
    let mut joined = Vec::new();
    let mut rest = after;
    while let [joint, noun, more @ ..] = rest
        && ["and", "or"].contains(joint)
        && is_plural(noun)
        && !GENERIC_COUNTED.contains(noun)
    {
        joined.push(*noun);
        rest = more;
    }
    joined
}

/// Words that qualify what a "number of" name counts, short ones and joining words left out
/// ("in the exit poll" gives "exit" and "poll"; "won" gives none).
pub(super) fn qualifying_words(after: &str) -> Vec<String> {
    const JOINING: [&str; 8] = ["than", "with", "from", "into", "their", "this", "that", "each"];
    after
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| word.len() > 3 && !JOINING.contains(word))
        .map(str::to_owned)
        .collect()
}

impl Rule {
    /// A rule of a family for a property about entities of these kinds, with no cue, fixed
    /// subject, condition, flag or qualifier: what each way of reading rules starts from.
    pub(in crate::extract) fn about(family: Family, property: &str, subjects: Vec<EntityKind>) -> Rule {
        Rule {
            family,
            property: property.to_owned(),
            cues: Vec::new(),
            subjects,
            subject: None,
            when: Vec::new(),
            near: false,
            counted: false,
            describes: false,
            qualifiers: Vec::new(),
        }
    }

    /// How many of the rule's qualifiers stand in a (lower-case) text as whole words, and
    /// how many do not.
    pub(in crate::extract) fn qualifiers_in(&self, text: &str) -> (usize, usize) {
        let stands = |word: &&String| {
            text.match_indices(word.as_str())
                .any(|(at, _)| is_whole_word(text, at, at + word.len()))
        };
        let met = self.qualifiers.iter().filter(stands).count();
        (met, self.qualifiers.len() - met)
    }
}

/// Words of a property's name that say nothing of what it is: how it is measured ("length",
/// "time", "number"), units of time, order, joining and pointing words, and verbs said of any
/// length of time ("spent", "allowed").
const EMPTY_NAME_WORDS: &[&str] = &[
    "time", "length", "duration", "period", "long", "how", "number", "date", "year", "years", "month", "months",
    "week", "weeks", "day", "days", "hours", "minutes", "seconds", "first", "last", "one", "other", "has", "have",
    "had", "the", "of", "a", "an", "to", "in", "on", "at", "for", "by", "from", "with", "before", "after", "until",
    "since", "during", "into", "and", "or", "its", "their", "his", "her", "down", "up", "out", "off", "over",
    "allowed", "spent", "taken", "needed", "asked", "given", "part",
];

/// The words that head a property's name: the last word of each run of telling words, so
/// that "length of the prosecution's closing requisition" gives "requisition", "time to
/// serve before parole" "serve" and "parole", and "date opened" "opened".
pub(super) fn head_words(name: &str) -> Vec<String> {
    let mut heads: Vec<String> = Vec::new();
    let mut run: Option<String> = None;
    for word in lower_words(name).into_iter().chain([String::new()]) {
        let telling =
            word.len() >= 3 && !EMPTY_NAME_WORDS.contains(&word.as_str()) && !word.starts_with(char::is_numeric);
        if telling {
            run = Some(word);
        } else if let Some(head) = run.take() {
            heads.push(head);
        }
    }
    heads
}

/// Whether a property is one of the built-in catalogue's, which every corpus has.
pub(super) fn is_builtin(id: &str) -> bool {
    crate::corpus::BUILTIN_PROPERTIES.lines().any(|line| {
        line.trim_start()
            .strip_prefix("- id:")
            .is_some_and(|rest| rest.trim() == id)
    })
}

/// The words of a name, lower case, a possessive's `'s` left out.
pub(in crate::extract) fn lower_words(name: &str) -> Vec<String> {
    name.to_lowercase()
        .replace(['’', '\''], "")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The rule of a date or time-of-day property named for what happened ("date of
/// appointment", "date reopened", "time of departure"): the forms of its name's head words
/// are its cues, found anywhere in the value's sentence, nearest first ("appointed in 1981"),
/// unless a rule derived before it already has them. A time-of-day property whose name has
/// no such words ("time of day") takes any time found. Lengths of time get no such rule:
/// words like "served" or "took" are said of too many lengths for a name's word to tell
/// which one a sentence gives.
pub(super) fn named_rule(property: &Property, taken: &[Rule]) -> Option<Rule> {
    let family = [Family::Date, Family::Time]
        .into_iter()
        .find(|family| property.value_type == family.value_type())?;
    let heads = head_words(&property.name);
    let cues: Vec<String> = heads
        .iter()
        .flat_map(|head| super::super::inflections::forms(head))
        .filter(|cue| {
            !taken
                .iter()
                .any(|rule| rule.family == family && rule.cues.contains(cue))
        })
        .collect();
    let mut rule = near_cue_rule(family, property, cues);
    if family == Family::Time {
        rule.subjects = vec![EntityKind::Event, EntityKind::Agreement];
    } else if rule.cues.is_empty() {
        return None;
    }
    rule.near = false;
    rule.qualifiers = heads;
    Some(rule)
}

/// The rules read from the head words of the names of the date and time properties no rule names
/// yet ([`named_rule`]), given the rules derived so far and the ones written.
pub(super) fn named_rules(properties: &BTreeMap<String, Property>, derived: &[Rule], written: &[Rule]) -> Vec<Rule> {
    properties
        .values()
        .filter(|property| {
            !is_builtin(&property.id) && !derived.iter().chain(written).any(|rule| rule.property == property.id)
        })
        .filter_map(|property| named_rule(property, derived))
        .collect()
}

/// The rule of a count property named "number of <things> <participle>" ("number of bodies
/// recovered", "number of buildings destroyed"): the participle is its cue, standing near the
/// value as a cue class's do ("homes were destroyed"), when no other property of the corpus
/// is named with it ("goals scored" and "penalties scored" leave "scored" to neither).
pub(super) fn participle_rule(property: &Property) -> Option<Rule> {
    if !Family::Count.fits(property.value_type) {
        return None;
    }
    let name = property.name.to_lowercase();
    let things = name.strip_prefix("number of ")?;
    let last = things.split(|c: char| !c.is_alphanumeric()).rfind(|w| !w.is_empty())?;
    let counted = counted_rule(property)?;
    (last.len() > 4 && last.ends_with("ed") && counted.cues.iter().all(|cue| !cue.ends_with(last))).then(|| Rule {
        cues: vec![last.to_owned()],
        near: true,
        counted: false,
        ..counted
    })
}

/// The rule of a percentage property named "share <participle>" ("share contained", "share
/// vaccinated"): the participle is its cue, standing near the value ("85% contained").
pub(super) fn share_rule(property: &Property) -> Option<Rule> {
    if property.value_type != ValueType::Percentage {
        return None;
    }
    let name = property.name.to_lowercase();
    let participle = name.strip_prefix("share ")?;
    (participle.len() > 4 && participle.ends_with("ed") && participle.chars().all(char::is_alphabetic))
        .then(|| near_cue_rule(Family::Percentage, property, vec![participle.to_owned()]))
}

/// Adds to every "number of <things>" rule the things a count may name in place of its own
/// ([`super::super::synonyms`]: "invalid votes" gives "invalid ballots"), in the same place,
/// right after the value, unless another rule, derived or `written`, has the phrase as its
/// own cue: a property named with the word itself keeps it.
pub(super) fn widen_counted(derived: &mut [Rule], written: &[Rule]) {
    let own: Vec<(String, String)> = derived
        .iter()
        .chain(written)
        .flat_map(|rule| rule.cues.iter().map(|cue| (rule.property.clone(), cue.clone())))
        .collect();
    for rule in derived
        .iter_mut()
        .filter(|rule| rule.counted && rule.family == Family::Count)
    {
        let mut more: Vec<String> = Vec::new();
        for cue in &rule.cues {
            let (lead, things) = cue
                .rsplit_once(' ')
                .map_or(("", cue.as_str()), |(lead, last)| (lead, last));
            let doing = super::super::synonyms::people_doing(things).filter(|_| lead.is_empty());
            for word in super::super::synonyms::counted_in_place_of(things)
                .iter()
                .cloned()
                .chain(doing)
            {
                let phrase = if lead.is_empty() {
                    word
                } else {
                    format!("{lead} {word}")
                };
                let taken = own
                    .iter()
                    .any(|(property, cue)| *cue == phrase && *property != rule.property);
                if !taken && !rule.cues.contains(&phrase) && !more.contains(&phrase) {
                    more.push(phrase);
                }
            }
        }
        rule.cues.extend(more);
    }
}

/// Takes from the cue-class rules of built-in properties the cues a corpus's own
/// properties' rules of other origins have: "bodies" in "number of bodies recovered" says
/// more than the catalogue's "number killed", whose class also counts bodies. Rules of the
/// same class ("number in a critical condition", also fitted by "injured") keep theirs; a
/// rule left with no cue is dropped.
pub(super) fn leave_own_cues_to_own_rules(derived: &mut Vec<Rule>) {
    let own: Vec<Rule> = derived
        .iter()
        .filter(|rule| !is_builtin(&rule.property))
        .cloned()
        .collect();
    for rule in derived
        .iter_mut()
        .filter(|rule| rule.near && is_builtin(&rule.property))
    {
        let taken: Vec<&String> = own
            .iter()
            .filter(|other| other.cues != rule.cues)
            .flat_map(|other| &other.cues)
            .collect();
        rule.cues.retain(|cue| !taken.contains(&cue));
    }
    derived.retain(|rule| !(rule.near && rule.cues.is_empty() && is_builtin(&rule.property)));
}

#[cfg(test)]
mod tests {
    use super::head_words;
    use crate::extract::tests::proposed_in;

    #[test]
    fn the_head_words_of_a_name_are_the_last_of_each_run_of_telling_words() {
        let table: &[(&str, &[&str])] = &[
            ("length of the negotiations", &["negotiations"]),
            ("time to wait before boarding", &["wait", "boarding"]),
            ("length of the council's annual review", &["review"]),
            ("date reopened", &["reopened"]),
            ("year first sailed on the line", &["sailed", "line"]),
            ("how long one has led the other", &["led"]),
            ("time spent in orbit", &["orbit"]),
            ("duration", &[]),
            ("number of days", &[]),
        ];
        for (name, heads) in table {
            assert_eq!(head_words(name), *heads, "{name}");
        }
    }

    #[test]
    fn a_date_takes_the_property_its_name_words_cue() {
        let entities = "entities:\n  - {id: pier, kind: other, name: North Pier}\n";
        let properties = "properties:\n  - {id: opened, name: date opened, type: date}\n  - {id: renamed, name: date of renaming, type: date}\n  - {id: appointed, name: date of appointment, type: date}\n  - {id: talks-length, name: length of the negotiations, type: duration}\n";
        // sentence | the property of its one date or length of time
        let table = [
            ("The North Pier first opened in 1998.", "opened"),
            ("The North Pier was renamed in 2004.", "renamed"),
            ("In 1998 the pier opened to walkers.", "opened"),
            ("Its keeper at the North Pier was appointed in 1981.", "appointed"),
            // Negatives: no name word in the sentence, or a length of time.
            ("The pier was painted in 1998.", "date"),
            ("Delegates negotiated for 14 hours and then walked out.", "duration"),
        ];
        for (text, property) in table {
            let proposed = proposed_in(entities, Some(properties), text);
            let properties: Vec<&str> = proposed.iter().map(|(_, property, _)| property.as_str()).collect();
            assert_eq!(properties, [property], "{text}");
        }
    }
}
