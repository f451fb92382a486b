//! Everything known about one subject: its names and who used which spelling, every claim
//! about it grouped by property with the group's verdict, and the events it takes part in
//! with their claims.

mod csv;
mod events;
mod json;
mod markdown;
mod table;

pub(super) use self::csv::write_show_csv;
pub use events::{Involvement, involvements};
pub use json::SHOW_SCHEMA;
pub(super) use json::write_show_json;
pub(super) use markdown::write_show_markdown;
pub(super) use table::write_show_table;

use super::{marked_property_name, origin_name};
use crate::analysis::Analysis;
use crate::counted::counted;
use crate::model::{Claim, ClaimRef, Corpus, Entity};
use crate::report::reason;
use crate::verdict::{Normal, Verdict};

/// One subject with its spellings and its claims by property.
pub struct SubjectView<'c> {
    /// The analysis of the groups about the subject (formats that draw groups draw these).
    pub analysis: &'c Analysis<'c>,
    /// The corpus.
    pub corpus: &'c Corpus,
    /// The subject.
    pub entity: &'c Entity,
    /// Entities declared within this one.
    pub parts: Vec<&'c Entity>,
    /// Each spelling of the subject: the registered ones first, then any other a claim wrote.
    pub spellings: Vec<Spelling>,
    /// Claims by property, in property id order.
    pub properties: Vec<PropertyClaims<'c>>,
    /// The events and agreements it takes part in, by name, each with its claims.
    pub events: Vec<EventClaims<'c>>,
}

/// An event the subject takes part in, with the claims about it by property.
pub struct EventClaims<'c> {
    /// The event and how the subject takes part.
    pub involvement: Involvement<'c>,
    /// Claims about the event by property, in property id order (those the analysis holds).
    pub properties: Vec<PropertyClaims<'c>>,
}

/// One spelling of a subject and the sources whose claims wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spelling {
    /// The spelling.
    pub text: String,
    /// Whether it is the name or an alias in the registry (else a variant a claim wrote).
    pub registered: bool,
    /// Ids of the sources whose text uses it (case aside) or whose claims wrote it, sorted.
    pub sources: Vec<String>,
}

/// The claims about the subject for one property.
pub struct PropertyClaims<'c> {
    /// Property id.
    pub property: &'c str,
    /// The group's verdict and reason, when two or more claims share it.
    pub verdict: Option<(Verdict, String)>,
    /// For a derived check (claims of several properties implying facts about each other),
    /// what was derived.
    pub derivation: Option<String>,
    /// The claims, by source then file order.
    pub claims: Vec<Side<'c>>,
}

impl PropertyClaims<'_> {
    /// The property's display name, marked `(derived)` for a derived check.
    pub fn name(&self, corpus: &Corpus) -> String {
        marked_property_name(corpus, self.property, self.derivation.is_some())
    }
}

/// One claim about the subject.
pub struct Side<'c> {
    /// The claim.
    pub claim: &'c Claim,
    /// Its normal form, described for people.
    pub normal: String,
    /// Its origin: the upstream outlet it came through, else its source.
    pub origin: String,
}

impl<'c> SubjectView<'c> {
    /// The view of the entity `id` in an analysis that holds its groups and those of the events
    /// it takes part in ([`involvements`]).
    pub fn of(analysis: &'c Analysis<'c>, id: &str) -> Option<Self> {
        let corpus = analysis.corpus;
        let entity = corpus.entities.get(id)?;
        let properties = properties_of(analysis, &entity.id);
        let claims = properties
            .iter()
            .flat_map(|group| group.claims.iter().map(|side| side.claim));
        let spellings = spellings(corpus, entity, claims);
        let events = involvements(corpus, &entity.id)
            .into_iter()
            .map(|involvement| EventClaims {
                properties: properties_of(analysis, &involvement.event.id),
                involvement,
            })
            .collect();
        Some(SubjectView {
            analysis,
            corpus,
            entity,
            parts: corpus
                .entities
                .values()
                .filter(|part| part.within.as_deref() == Some(id))
                .collect(),
            spellings,
            properties,
            events,
        })
    }

    /// Whether any group about the subject is in conflict.
    pub fn has_conflicts(&self) -> bool {
        self.properties
            .iter()
            .any(|group| matches!(group.verdict, Some((Verdict::Conflict, _))))
    }

    /// `omar-diaby: 14 claims from 4 sources on 9 properties; 1 conflict, 2 in tension`.
    pub fn summary(&self) -> String {
        let claims: Vec<&Claim> = self.claims().collect();
        let mut sources: Vec<&str> = claims.iter().map(|claim| claim.source.as_str()).collect();
        sources.sort_unstable();
        sources.dedup();
        let count = |verdict: Verdict| {
            self.properties
                .iter()
                .filter(|group| group.verdict.as_ref().is_some_and(|(v, _)| *v == verdict))
                .count()
        };
        format!(
            "{}: {} from {} on {}; {} conflict, {} drift, {} tension, {} agree, {} by one source only",
            self.entity.id,
            counted(claims.len(), "claim", "claims"),
            counted(sources.len(), "source", "sources"),
            counted(self.properties.len(), "property", "properties"),
            count(Verdict::Conflict),
            count(Verdict::Drift),
            count(Verdict::Tension),
            count(Verdict::Agree),
            self.properties.iter().filter(|group| group.verdict.is_none()).count()
        )
    }

    /// Every claim about the subject, property by property.
    pub fn claims(&self) -> impl Iterator<Item = &'c Claim> + '_ {
        self.properties
            .iter()
            .flat_map(|group| group.claims.iter().map(|side| side.claim))
    }
}

/// The claims about `subject` in the analysis, by property: its groups, then its claims made
/// by one source only.
fn properties_of<'c>(analysis: &'c Analysis<'c>, subject: &str) -> Vec<PropertyClaims<'c>> {
    let corpus = analysis.corpus;
    let mut properties: Vec<PropertyClaims<'c>> = analysis
        .groups
        .iter()
        .filter(|judged| judged.group.subject == subject)
        .map(|judged| PropertyClaims {
            property: &judged.group.property,
            verdict: Some((judged.verdict, reason::group(judged, corpus, &analysis.graph))),
            derivation: reason::derivation(judged),
            claims: judged
                .sides(corpus)
                .map(|(at, claim, normal)| side(analysis, at, claim, normal))
                .collect(),
        })
        .collect();
    for &at in &analysis.singles {
        if let Some(claim) = corpus.claim(at).filter(|claim| claim.subject == subject)
            && let Some(property) = corpus.properties.get(claim.property.as_str())
        {
            properties.push(PropertyClaims {
                property: &claim.property,
                verdict: None,
                derivation: None,
                claims: vec![side(analysis, at, claim, &Normal::of(claim, property))],
            });
        }
    }
    properties.sort_by_key(|group| group.property);
    properties
}

fn side<'c>(analysis: &Analysis<'c>, at: ClaimRef, claim: &'c Claim, normal: &Normal) -> Side<'c> {
    Side {
        claim,
        normal: normal.describe(analysis.corpus),
        origin: origin_name(analysis.corpus, &analysis.graph, at).to_owned(),
    }
}

/// The name and aliases of the subject, then any other spelling a claim wrote it with, each
/// with the sources whose text contains it (case aside) or whose claims wrote it.
fn spellings<'c>(corpus: &Corpus, entity: &Entity, claims: impl Iterator<Item = &'c Claim>) -> Vec<Spelling> {
    let mut spellings: Vec<Spelling> = Vec::new();
    for text in std::iter::once(&entity.name).chain(&entity.aliases) {
        if !spellings.iter().any(|s| &s.text == text) {
            spellings.push(Spelling {
                text: text.clone(),
                registered: true,
                sources: Vec::new(),
            });
        }
    }
    for claim in claims.filter(|claim| claim.subject_written != entity.id) {
        if !spellings.iter().any(|s| s.text == claim.subject_written) {
            spellings.push(Spelling {
                text: claim.subject_written.to_string(),
                registered: false,
                sources: vec![claim.source.to_string()],
            });
        }
    }
    for source in &corpus.sources {
        let text = fold_case(&source.text);
        for spelling in &mut spellings {
            if contains_word(&text, &fold_case(&spelling.text)) && !spelling.sources.contains(&source.id) {
                spelling.sources.push(source.id.clone());
            }
        }
    }
    for spelling in &mut spellings {
        spelling.sources.sort();
    }
    spellings
}

/// Lower case with typographic apostrophes made plain, so `Hay’at` matches `hay'at`.
fn fold_case(text: &str) -> String {
    text.to_lowercase().replace(['\u{2019}', '\u{2018}', '\u{02bc}'], "'")
}

/// Whether `needle` occurs in `haystack` between word boundaries.
fn contains_word(haystack: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    haystack.match_indices(needle).any(|(at, _)| {
        let before = haystack[..at].chars().next_back();
        let after = haystack[at + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::{contains_word, fold_case};

    #[test]
    fn spellings_match_whole_words_whatever_the_case_and_apostrophes() {
        let text = fold_case("Led by Oumar Diaby, Hay’at Tahrir al-Sham and Diabyist");
        assert!(contains_word(&text, &fold_case("oumar diaby")));
        assert!(contains_word(&text, &fold_case("Hay'at Tahrir al-Sham")));
        assert!(!contains_word(&text, "omar diaby"));
        assert!(!contains_word("diabyist", "diaby"));
        assert!(!contains_word(&text, ""));
    }
}
