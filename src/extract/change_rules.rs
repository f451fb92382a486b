//! The percentage properties that hold changes, by their names: a fall ("fall in the share
//! price", "share of its value lost"), a rise ("rise in sales") or either ("change in the
//! share price"), with the other words of the name that tell such properties apart. Which
//! words of a text say a change is read here too; choosing among the rules is `changes`.

use super::patterns::{Family, Rule, lower_words};
use crate::model::{EntityKind, Property};
use crate::value::ValueType;

/// Which way a change goes, or a property's changes may go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Direction {
    /// Down: "fell", "lost", "3% lower", "90% fewer".
    Fall,
    /// Up: "rose", "jumped", "5% higher".
    Rise,
    /// Either way: a property named for a "change".
    Either,
}

impl Direction {
    /// Whether a property of this direction holds a change that went `way`.
    pub(super) fn holds(self, way: Direction) -> bool {
        self == Direction::Either || self == way
    }
}

/// A percentage property that holds changes.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct ChangeRule {
    /// Which way its changes go.
    pub direction: Direction,
    /// The rule proposed; its qualifiers are the name's other words ("share", "price").
    pub rule: Rule,
}

/// Words of a property's name that say a fall.
const FALL_NAMES: &[&str] = &["fall", "drop", "decline", "decrease", "loss", "lost", "slump"];
/// Words of a property's name that say a rise.
const RISE_NAMES: &[&str] = &["rise", "gain", "increase", "jump", "growth"];
/// Words of a property's name that say a change either way.
const EITHER_NAMES: &[&str] = &["change", "move", "movement", "swing"];
/// Short words of a name that say nothing of what changed.
const JOINING: &[&str] = &["against", "their", "after", "from", "with", "since", "over", "within"];

/// Verbs (and adverbs) right before a percentage that say it fell: "fell 5%", "was down 10%".
const FALL_BEFORE: &[&str] = &[
    "fell",
    "fall",
    "falls",
    "fallen",
    "falling",
    "dropped",
    "drop",
    "drops",
    "slid",
    "slipped",
    "slumped",
    "plunged",
    "plummeted",
    "tumbled",
    "sank",
    "sunk",
    "lost",
    "lose",
    "loses",
    "losing",
    "shed",
    "declined",
    "decreased",
    "shrank",
    "down",
];
/// Verbs (and adverbs) right before a percentage that say it rose: "jumped 27%", "up 4%".
const RISE_BEFORE: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "risen",
    "rising",
    "jumped",
    "jumps",
    "gained",
    "gains",
    "climbed",
    "climbs",
    "surged",
    "soared",
    "rallied",
    "increased",
    "grew",
    "grown",
    "advanced",
    "up",
];
/// Words right after a percentage that say a fall ("closed 3% lower", "90% fewer cases").
const FALL_AFTER: &[&str] = &["lower", "fewer", "less", "down"];
/// Words right after a percentage that say a rise ("5% higher", "40% more cases").
const RISE_AFTER: &[&str] = &["higher", "more", "up"];

/// Words a text names a thing by, for a word of a property's name that it may not use as
/// such: a "share price" is told by the shares or the stock ("the shares fell"), not by a
/// share of a vote or the prices of houses.
const TOLD_BY: &[(&str, &[&str])] = &[
    ("share", &["shares", "stock", "stocks", "share price", "stock price"]),
    ("price", &["shares", "stock", "stocks", "share price", "stock price"]),
];

/// The change rule of a percentage property whose name says a change: "fall in the share
/// price", "share of its value lost", "change in the index"; none for other names.
pub(super) fn change_rule(property: &Property) -> Option<ChangeRule> {
    if property.value_type != ValueType::Percentage {
        return None;
    }
    let name = lower_words(&property.name);
    let words: Vec<&str> = name.iter().map(String::as_str).collect();
    // "share of its value lost": the share is the percentage itself.
    let words = match words.as_slice() {
        ["share" | "percentage" | "proportion", "of", rest @ ..] => rest,
        all => all,
    };
    let has = |list: &[&str]| words.iter().any(|w| list.contains(w));
    let direction = match (has(FALL_NAMES), has(RISE_NAMES), has(EITHER_NAMES)) {
        (_, _, true) | (true, true, _) => Direction::Either,
        (true, false, false) => Direction::Fall,
        (false, true, false) => Direction::Rise,
        _ => return None,
    };
    let qualifiers = words
        .iter()
        .filter(|w| w.len() > 3 && ![FALL_NAMES, RISE_NAMES, EITHER_NAMES, JOINING].concat().contains(w))
        .map(|w| (*w).to_owned())
        .collect();
    let subjects = vec![
        EntityKind::Organisation,
        EntityKind::Group,
        EntityKind::Place,
        EntityKind::Population,
        EntityKind::Other,
    ];
    let rule = Rule {
        qualifiers,
        ..Rule::about(Family::Percentage, &property.id, subjects)
    };
    Some(ChangeRule { direction, rule })
}

/// The way a word right before a percentage says it changed ("fell", "up"), if it does.
pub(super) fn way_before(word: &str) -> Option<Direction> {
    way_of(word, FALL_BEFORE, RISE_BEFORE)
}

/// The way a word right after a percentage says it changed ("lower", "more"), if it does.
pub(super) fn way_after(word: &str) -> Option<Direction> {
    way_of(word, FALL_AFTER, RISE_AFTER)
}

/// The way a word says, by the lists of words of a fall and of a rise.
fn way_of(word: &str, falls: &[&str], rises: &[&str]) -> Option<Direction> {
    if falls.contains(&word) {
        Some(Direction::Fall)
    } else if rises.contains(&word) {
        Some(Direction::Rise)
    } else {
        None
    }
}

/// Whether a word of a property's name stands among the words of a (lower-case) sentence:
/// itself, in the plural or the past ("closed" for "close"), or as the words that tell it.
pub(super) fn stands_among(qualifier: &str, words: &[&str]) -> bool {
    if let Some((_, told)) = TOLD_BY.iter().find(|(word, _)| *word == qualifier) {
        return told.iter().any(|phrase| {
            let phrase: Vec<&str> = phrase.split(' ').collect();
            words.windows(phrase.len()).any(|window| window == phrase.as_slice())
        });
    }
    words.iter().any(|w| {
        w.strip_prefix(qualifier)
            .is_some_and(|rest| ["", "s", "es", "d", "ed"].contains(&rest))
            || qualifier.strip_prefix(*w) == Some("s")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn property(name: &str) -> Property {
        let yaml = format!("properties:\n  - {{id: p, name: '{name}', type: percentage}}\n");
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("entities.yaml"), "entities: []\n").unwrap();
        std::fs::write(dir.path().join("properties.yaml"), yaml).unwrap();
        std::fs::create_dir(dir.path().join("sources")).unwrap();
        let corpus = crate::corpus::load(dir.path()).unwrap();
        corpus.properties["p"].clone()
    }

    #[test]
    fn a_name_that_says_a_change_gives_its_direction_and_other_words() {
        // name | direction | qualifiers
        let table: &[(&str, Option<Direction>, &[&str])] = &[
            ("fall in the share price", Some(Direction::Fall), &["share", "price"]),
            ("share of its value lost", Some(Direction::Fall), &["value"]),
            ("rise in wheat prices", Some(Direction::Rise), &["wheat", "prices"]),
            ("change in the index", Some(Direction::Either), &["index"]),
            (
                "fall in the peso against the euro",
                Some(Direction::Fall),
                &["peso", "euro"],
            ),
            ("share of the vote", None, &[]),
            ("turnout", None, &[]),
        ];
        for (name, direction, qualifiers) in table {
            let rule = change_rule(&property(name));
            assert_eq!(rule.as_ref().map(|r| r.direction), *direction, "{name}");
            let words: Vec<&str> = rule
                .iter()
                .flat_map(|r| r.rule.qualifiers.iter().map(String::as_str))
                .collect();
            assert_eq!(words, *qualifiers, "{name}");
        }
    }

    #[test]
    fn a_word_of_a_name_stands_in_its_forms_and_in_the_words_that_tell_it() {
        let table: &[(&str, &str, bool)] = &[
            ("close", "the index closed lower", true),
            ("cases", "the case count fell", true),
            ("prices", "wheat prices rose", true),
            ("share", "the stock slid", true),
            ("share", "her share of the vote fell", false),
            ("price", "the share price fell", true),
            ("price", "house prices rose", false),
            ("index", "the currency fell", false),
        ];
        for (word, sentence, stands) in table {
            let words: Vec<&str> = sentence.split_whitespace().collect();
            assert_eq!(stands_among(word, &words), *stands, "{word} in {sentence}");
        }
    }
}
