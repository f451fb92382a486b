//! A vote tally ([`super::vote_tallies`]) proposed as two claims: the votes for and the votes
//! against, under the corpus's pair of count properties that hold them, chosen by their ids
//! and names ("votes-for", "number of votes against the motion"); with no such pair, nothing.
//! Their subject is the vote the sentence names, or the motion, bill or ruling it names (the
//! vote on it, when the registry has that vote); else the article's event, if it is a vote or
//! a thing voted on; else none.

use super::Proposal;
use super::attach::{Attacher, Pick};
use super::layout::Sentence;
use super::patterns::{Family, Rule};
use super::values::Found;
use super::vote_tallies::Tally;
use crate::model::{Entity, EntityKind, Property};
use crate::value::ValueType;
use std::collections::BTreeMap;

/// Nouns of a vote: an event named with one is a vote itself.
const VOTE_NOUNS: &[&str] = &["vote", "votes", "ballot", "referendum", "division", "poll", "tally"];
/// Nouns of what is voted on: an event named with one may have a tally.
const VOTED_NOUNS: &[&str] = &[
    "motion",
    "bill",
    "measure",
    "resolution",
    "amendment",
    "ruling",
    "decision",
    "verdict",
    "proposal",
    "nomination",
    "confirmation",
    "impeachment",
];
/// Words of a property's name or id that say it holds the votes for.
const FOR_WORDS: &[&str] = &["for", "favour", "favor", "yes", "ayes", "yeas"];
/// Words of a property's name or id that say it holds the votes against.
const AGAINST_WORDS: &[&str] = &["against", "no", "noes", "nays"];
/// Added to the gap of an event named after a tally: one named before is its subject first.
const AFTER_PENALTY: usize = 1000;

/// What the registry and the properties of a corpus say about vote tallies.
#[derive(Debug, Clone, Default)]
pub(super) struct Votes {
    /// The properties of the votes for and against, when the corpus has one of each.
    pub properties: Option<(String, String)>,
    /// For each entity: whether it is an event that is a vote or a thing voted on.
    votable: Vec<bool>,
    /// For each entity: the vote on it, when the registry has one event named so ("vote on
    /// the motion to adjourn" for the "motion to adjourn").
    vote_on: Vec<Option<usize>>,
}

impl Votes {
    /// The votes of a registry (entities in id order, as the mentions index them), with no
    /// properties yet.
    pub fn new<'a>(entities: impl IntoIterator<Item = &'a Entity> + Clone) -> Votes {
        let names: Vec<(EntityKind, Vec<String>)> = entities
            .into_iter()
            .map(|entity| {
                let names = std::iter::once(&entity.name).chain(&entity.aliases).map(|name| {
                    let name = name.to_lowercase();
                    name.strip_prefix("the ").map_or(name.clone(), str::to_owned)
                });
                (entity.kind, names.collect())
            })
            .collect();
        let holds = |names: &[String], nouns: &[&str]| {
            names.iter().any(|name| {
                name.split(|c: char| !c.is_alphanumeric())
                    .any(|word| nouns.contains(&word))
            })
        };
        let votable = names
            .iter()
            .map(|(kind, own)| *kind == EntityKind::Event && (holds(own, VOTE_NOUNS) || holds(own, VOTED_NOUNS)))
            .collect();
        let vote_on = names
            .iter()
            .map(|(kind, own)| {
                if *kind != EntityKind::Event || holds(own, VOTE_NOUNS) {
                    return None;
                }
                let mut votes = names.iter().enumerate().filter(|(_, (kind, names))| {
                    *kind == EntityKind::Event && names.iter().any(|name| is_vote_on(name, own))
                });
                let (first, _) = votes.next()?;
                votes.next().is_none().then_some(first)
            })
            .collect();
        Votes {
            properties: None,
            votable,
            vote_on,
        }
    }

    /// These votes with the properties of a corpus that hold votes for and against.
    pub fn with_properties(self, properties: &BTreeMap<String, Property>) -> Votes {
        Votes {
            properties: tally_properties(properties),
            ..self
        }
    }

    /// The two proposals of a tally, or none when the corpus has no properties for them.
    pub fn propose(&self, attacher: &Attacher, tally: &Tally) -> Vec<Proposal> {
        let (Some((for_votes, against)), Some(sentence)) =
            (&self.properties, attacher.layout.sentence_at(tally.start, tally.end))
        else {
            return Vec::new();
        };
        let pick = attacher.tally_subject(tally, sentence, self);
        let subject = pick.as_ref().and_then(|pick| attacher.subjects.get(pick.entity));
        let proposal = |property: &String, found: &Found| Proposal {
            subject: subject.map(|s| s.id.clone()),
            subject_name: subject.map(|s| s.name.clone()),
            property: property.clone(),
            family: Family::Count,
            value: found.written.clone(),
            quote: attacher.text[sentence.start..sentence.end].to_owned(),
            span: [sentence.start, sentence.end],
            value_span: [found.start, found.end],
            via: pick.as_ref().and_then(|pick| pick.via.clone()),
        };
        let mut both = vec![
            proposal(for_votes, &tally.votes_for),
            proposal(against, &tally.votes_against),
        ];
        both.sort_by_key(|proposal| proposal.value_span);
        both
    }

    /// Whether an entity is a vote or a thing voted on.
    fn votable(&self, entity: usize) -> bool {
        self.votable.get(entity).copied().unwrap_or(false)
    }

    /// The vote on a thing voted on, when the registry has it; else the pick itself.
    fn its_vote(&self, attacher: &Attacher, pick: Pick) -> Pick {
        let Some(vote) = self.vote_on.get(pick.entity).copied().flatten() else {
            return pick;
        };
        let name = |entity: usize| attacher.subjects.get(entity).map_or("", |s| s.name.as_str());
        let how = format!("the {} was voted on in the {}", name(pick.entity), name(vote));
        Pick {
            entity: vote,
            via: Some(pick.via.map_or(how.clone(), |via| format!("{via}; {how}"))),
        }
    }
}

/// Whether a name is that of the vote on a thing of these names: "vote on the motion to
/// adjourn", "ballot on the strike", "the strike ballot".
fn is_vote_on(name: &str, own: &[String]) -> bool {
    own.iter().any(|thing| {
        VOTE_NOUNS.iter().any(|noun| {
            [
                format!("{noun} on the {thing}"),
                format!("{noun} on {thing}"),
                format!("{thing} {noun}"),
            ]
            .contains(&name.to_owned())
        })
    })
}

/// The count properties of the votes for and of the votes against, when the corpus has
/// exactly one of each: its id or name holds "vote" or "votes" and a word of the side.
fn tally_properties(properties: &BTreeMap<String, Property>) -> Option<(String, String)> {
    let of_side = |side: &[&str]| -> Option<String> {
        let mut fitting = properties.values().filter(|property| {
            let words: Vec<String> = property
                .id
                .split('-')
                .chain(property.name.split(|c: char| !c.is_alphanumeric()))
                .map(str::to_lowercase)
                .collect();
            property.value_type == ValueType::Count
                && words.iter().any(|word| word == "vote" || word == "votes")
                && words.iter().any(|word| side.contains(&word.as_str()))
        });
        let first = fitting.next()?;
        fitting.next().is_none().then(|| first.id.clone())
    };
    let (for_votes, against) = (of_side(FOR_WORDS)?, of_side(AGAINST_WORDS)?);
    (for_votes != against).then_some((for_votes, against))
}

impl Attacher<'_> {
    /// The subject of a tally: the vote or thing voted on its sentence names, nearest before
    /// it, else nearest after it; else, unless its sentence opens on a new thing ("A motion
    /// to adjourn failed 80-300"), the article's event if it is one; a thing voted on gives
    /// way to the vote on it.
    fn tally_subject(&self, tally: &Tally, sentence: &Sentence, votes: &Votes) -> Option<Pick> {
        let gap = |start: usize, end: usize| {
            if end <= tally.start {
                tally.start - end
            } else {
                start.saturating_sub(tally.end) + AFTER_PENALTY
            }
        };
        let named = self
            .in_sentence(sentence)
            .filter(|m| votes.votable(m.entity) && !self.is_anchor(m, sentence))
            .filter(|m| m.end <= tally.start || m.start >= tally.end)
            .min_by_key(|m| gap(m.start, m.end));
        if let Some(mention) = named {
            return Some(votes.its_vote(self, Pick::named(mention.entity)));
        }
        let opening = self.lower[sentence.start..tally.start].split_whitespace().next();
        if matches!(opening, Some("a" | "an")) {
            return None;
        }
        // The article's event, found as a cue class's count finds it.
        let rule = Rule {
            near: true,
            ..Rule::about(Family::Count, "", vec![EntityKind::Event])
        };
        let first = [&tally.votes_for, &tally.votes_against]
            .into_iter()
            .find(|found| found.start == tally.start)?;
        self.section_event(first, &rule, sentence)
            .filter(|pick| votes.votable(pick.entity))
            .map(|pick| votes.its_vote(self, pick))
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::proposed_in;

    const ENTITIES: &str = "entities:
  - {id: budget-motion, kind: event, name: motion to approve the budget}
  - {id: budget-vote, kind: event, name: vote on the motion to approve the budget}
  - {id: tabling-vote, kind: event, name: vote to table the motion to approve the budget}
  - {id: merger-vote, kind: event, name: shareholder vote on the merger}
  - {id: tax-ruling, kind: event, name: ruling on the land tax}
  - {id: rail-strike, kind: event, name: rail strike}
  - {id: assembly, kind: organisation, name: National Assembly}
";
    const PROPERTIES: &str = "properties:
  - {id: ayes, name: number of votes in favour, type: count}
  - {id: noes, name: number of votes against, type: count}
  - {id: date, name: date, type: date}
";

    /// `(subject, property, value)` of the proposals of vote counts for a text.
    fn votes(properties: &str, text: &str) -> Vec<(Option<String>, String, String)> {
        proposed_in(ENTITIES, Some(properties), text)
            .into_iter()
            .filter(|(_, property, _)| property != "date")
            .collect()
    }

    /// `(subject, property, value)` of a proposal of votes, as a table lists it.
    type Listed = (Option<&'static str>, &'static str, &'static str);

    fn owned(listed: &[Listed]) -> Vec<(Option<String>, String, String)> {
        listed
            .iter()
            .map(|(s, p, v)| (s.map(str::to_owned), (*p).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn a_tally_is_two_claims_about_the_vote_it_names() {
        // text | the proposals of votes
        let table: &[(&str, &[Listed])] = &[
            // A thing voted on gives way to the vote on it (not to another vote about it).
            (
                "The motion to approve the budget passed 301-250 in the National Assembly.",
                &[
                    (Some("budget-vote"), "ayes", "301"),
                    (Some("budget-vote"), "noes", "250"),
                ],
            ),
            (
                "The motion to approve the budget was rejected by 300 votes to 251.",
                &[
                    (Some("budget-vote"), "noes", "300"),
                    (Some("budget-vote"), "ayes", "251"),
                ],
            ),
            (
                "The ruling on the land tax was 5-4, with the chief justice dissenting.",
                &[(Some("tax-ruling"), "ayes", "5"), (Some("tax-ruling"), "noes", "4")],
            ),
            // Else the article's event, when it is a vote.
            (
                "The shareholder vote on the merger was held in Leeds. The tally was 1,200,417 to 300,022.",
                &[
                    (Some("merger-vote"), "ayes", "1,200,417"),
                    (Some("merger-vote"), "noes", "300,022"),
                ],
            ),
            // A sentence that opens on a new thing tallies that thing; an event that is no vote
            // has no tally.
            (
                "The shareholder vote on the merger was held in Leeds. A motion to adjourn failed 12 to 30.",
                &[(None, "ayes", "12"), (None, "noes", "30")],
            ),
            (
                "The rail strike went ahead. Union members had voted 7,110-2,045 for it.",
                &[(None, "ayes", "7,110"), (None, "noes", "2,045")],
            ),
            // Scores and ranges are no tallies.
            ("After the rail strike, Leeds beat York 4-2 at home.", &[]),
            ("The motion to approve the budget covers 10-12 schools.", &[]),
        ];
        for (text, expected) in table {
            assert_eq!(votes(PROPERTIES, text), owned(expected), "{text}");
        }
    }

    #[test]
    fn without_a_property_of_each_side_a_tally_is_not_proposed() {
        let one_side = "properties:\n  - {id: ayes, name: number of votes in favour, type: count}\n";
        let text = "The motion to approve the budget passed by 301 votes to 250.";
        assert_eq!(votes(one_side, text), []);
        let two_for = "properties:\n  - {id: ayes, name: number of votes in favour, type: count}\n  - {id: yes-votes, name: votes for the merger, type: count}\n  - {id: noes, name: number of votes against, type: count}\n";
        assert_eq!(votes(two_for, text), []);
    }
}
