//! The count properties that hold differences, by their names: a winning or losing margin
//! ("winning margin, in votes"), a majority ("majority, in seats"), a loss ("number of seats
//! lost"). The words that make a count a difference are read in the `margins` module.

use super::{Family, Rule, is_plural};
use crate::model::{EntityKind, Property};
use crate::value::ValueType;

/// Which kind of difference a count is, or a property holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The winner's lead: "won by 630 votes", "369,000 votes ahead", "a winning margin".
    Winning,
    /// The loser's shortfall: "lost by 630 votes", "trailed by 12", "a losing margin".
    Losing,
    /// A margin that says neither: "a difference of 369,591 votes", "the gap".
    Neutral,
    /// More seats or votes than all the others together: "a majority of 174".
    Majority,
    /// What was lost since before: "a loss of 251", "lost 40 seats".
    Loss,
}

/// A property that holds differences of one kind.
#[derive(Debug, Clone, PartialEq)]
pub struct MarginRule {
    /// The kind of difference.
    pub side: Side,
    /// What it counts, when its name says ("votes" of "losing margin, in votes").
    pub noun: Option<String>,
    /// The rule proposed: the property, the kinds of its subjects and the other words of
    /// its name as qualifiers ("runoff" of "losing margin in the 2020 runoff").
    pub rule: Rule,
}

/// The margin rule of a count property named for a difference: "winning margin, in votes",
/// "losing margin", "margin", "majority, in seats", "number of seats lost". "Margin of error"
/// and "seats needed for a majority" are no such names: the kind must head the name.
pub(super) fn margin_rule(property: &Property) -> Option<MarginRule> {
    // A margin in points or any other number is a measure, read with its unit.
    if property.value_type != ValueType::Count {
        return None;
    }
    let name = property.name.to_lowercase();
    let words: Vec<&str> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.contains(&"error") {
        return None;
    }
    let (side, head) = match words.as_slice() {
        ["winning" | "victory", "margin" | "difference", ..] => (Side::Winning, 2),
        ["lead", ..] => (Side::Winning, 1),
        ["losing" | "defeat", "margin" | "difference", ..] => (Side::Losing, 2),
        ["margin" | "difference" | "gap", ..] => (Side::Neutral, 1),
        ["majority", ..] => (Side::Majority, 1),
        ["number", "of", things, "lost"] | [things, "lost"] if is_plural(things) => (Side::Loss, words.len()),
        _ => return None,
    };
    let noun = match side {
        Side::Loss => words.iter().rev().nth(1).map(|w| (*w).to_owned()),
        // "in votes", "in the 2020 runoff, in votes": the last word, after an "in".
        _ => words
            .last()
            .filter(|w| is_plural(w) && words.iter().rev().nth(1) == Some(&"in"))
            .map(|w| (*w).to_owned()),
    };
    let qualifiers = words
        .iter()
        .skip(head)
        .filter(|w| w.len() > 3 && Some(**w) != noun.as_deref())
        .map(|w| (*w).to_owned())
        .collect();
    let subjects = match side {
        // A margin that says no side is the contest's; a loser's is the loser's.
        Side::Winning | Side::Neutral => vec![EntityKind::Event],
        _ => vec![EntityKind::Person, EntityKind::Organisation, EntityKind::Group],
    };
    let rule = Rule {
        near: true,
        qualifiers,
        ..Rule::about(Family::Count, &property.id, subjects)
    };
    Some(MarginRule { side, noun, rule })
}
