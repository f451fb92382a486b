//! The events and agreements a subject takes part in: those the registry says involve it
//! (`involves:` in `entities.yaml`), and those a claim names it in (`arrested-by: hts` about a
//! detention involves HTS).

use crate::model::{Corpus, Entity, EntityKind};
use crate::value::Value;

/// An event or agreement the subject takes part in, and how that is known.
#[derive(Debug, Clone, PartialEq)]
pub struct Involvement<'c> {
    /// The event or agreement.
    pub event: &'c Entity,
    /// Whether the registry lists the subject among those it involves.
    pub registered: bool,
    /// The claims about the event that name the subject in their value, as `source/claim`.
    pub naming: Vec<String>,
}

impl Involvement<'_> {
    /// How the subject is known to take part: `listed in the registry; named by bfmtv/arrested-by`.
    pub fn how(&self) -> String {
        let mut how = Vec::new();
        if self.registered {
            how.push("listed in the registry".to_owned());
        }
        if !self.naming.is_empty() {
            how.push(format!("named by {}", self.naming.join(", ")));
        }
        how.join("; ")
    }
}

/// The events and agreements that involve `subject`, by name.
pub fn involvements<'c>(corpus: &'c Corpus, subject: &str) -> Vec<Involvement<'c>> {
    let mut found: Vec<Involvement<'c>> = corpus
        .entities
        .values()
        .filter(|entity| matches!(entity.kind, EntityKind::Event | EntityKind::Agreement) && entity.id != subject)
        .filter_map(|event| {
            let naming: Vec<String> = corpus
                .sources
                .iter()
                .flat_map(|source| source.claims.iter().map(move |claim| (source, claim)))
                .filter(|(_, claim)| claim.subject == event.id && names(&claim.value, subject))
                .map(|(source, claim)| format!("{}/{}", source.id, claim.id))
                .collect();
            let registered = event.involves.iter().any(|id| id == subject);
            (registered || !naming.is_empty()).then_some(Involvement {
                event,
                registered,
                naming,
            })
        })
        .collect();
    found.sort_by_key(|involvement| (involvement.event.name.to_lowercase(), involvement.event.id.as_str()));
    found
}

/// Whether a value names the entity among those it includes.
fn names(value: &Value, entity: &str) -> bool {
    matches!(value, Value::Entities(set) if set.included.iter().any(|id| id == entity))
}
