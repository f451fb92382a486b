//! Stable discrepancy ids: `subject/property#hash`, a readable prefix (the group's subject
//! and property, unique in a corpus) and six hex digits of a SHA-256 over what the
//! discrepancy is made of: its subject, property, and the sorted keys (`source/claim`) and
//! scopes of its claims. File order and unrelated sources do not enter the hash; a claim
//! joining or leaving the group, or changing its scope, gives a new hash under the same prefix.
//! A derived check (claims of several properties implying facts about each other) is named
//! after the property it checks with `-derived` appended: `diaby-hts-detention/duration-derived#…`.

use crate::model::{Claim, ClaimRef, Corpus};
use crate::verdict::Judged;
use sha2::{Digest, Sha256};
use std::cmp::Ordering;
use std::fmt;

/// How many hex digits of the hash an id shows.
pub const HASH_DIGITS: usize = 6;

/// The id of a discrepancy, `omar-diaby/age#3f2a1c`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DiscrepancyId {
    /// Canonical subject id.
    pub subject: String,
    /// Property id.
    pub property: String,
    /// Hex digits of the content hash.
    pub hash: String,
}

impl DiscrepancyId {
    /// The id of a judged group (its subject, property, and claims' keys and scopes, sorted),
    /// with its claims in the order of their `source/claim` keys.
    pub fn with_claims(corpus: &Corpus, judged: &Judged) -> (Self, Vec<ClaimRef>) {
        let claims = Self::sorted_claims(corpus, judged);
        let id = Self::of_sorted(corpus, &judged.group.subject, &Self::property_of(judged), &claims);
        (id, claims)
    }

    /// The claims of a judged group in the order of their `source/claim` keys.
    pub fn sorted_claims(corpus: &Corpus, judged: &Judged) -> Vec<ClaimRef> {
        // Each claim's key parts, taken once: sorting then reads no claim again.
        let mut claims: Vec<(ClaimRef, [&str; 3])> = judged
            .group
            .claims
            .iter()
            .filter_map(|&at| corpus.claim(at).map(|claim| (at, claim.key_parts())))
            .collect();
        claims.sort_unstable_by(|a, b| parts_order(a.1, b.1));
        claims.into_iter().map(|(at, _)| at).collect()
    }

    /// The id of the group about `subject` and `property` (see [`DiscrepancyId::property_of`])
    /// made of these claims, given in the order of their keys.
    pub fn of_sorted(corpus: &Corpus, subject: &str, property: &str, claims: &[ClaimRef]) -> Self {
        // Keys are unique in a group and made of id characters, all above the tab that ends
        // each key in the hashed text: sorting by key sorts the hashed lines.
        let mut content = Sha256::new();
        for part in ["crosscheck-discrepancy/1\n", subject, "\n", property, "\n"] {
            content.update(part);
        }
        for claim in claims.iter().filter_map(|&at| corpus.claim(at)) {
            let [source, slash, id] = claim.key_parts();
            for part in [source, slash, id, "\t", claim.scope.as_deref().unwrap_or(""), "\n"] {
                content.update(part);
            }
        }
        let hash = content
            .finalize()
            .iter()
            .take(HASH_DIGITS / 2)
            .map(|byte| format!("{byte:02x}"))
            .collect();
        DiscrepancyId {
            subject: subject.to_owned(),
            property: property.to_owned(),
            hash,
        }
    }

    /// The `source/claim` keys of claims, in the order given.
    pub fn keys(corpus: &Corpus, claims: &[ClaimRef]) -> Vec<String> {
        claims
            .iter()
            .filter_map(|&at| corpus.claim(at))
            .map(Claim::key)
            .collect()
    }

    /// The property part of a judged group's id: its property, with `-derived` appended for
    /// a derived check (one derived group per subject and property, so the pair is unique).
    pub fn property_of(judged: &Judged) -> String {
        match judged.derivation {
            Some(_) => format!("{}-derived", judged.group.property),
            None => judged.group.property.clone(),
        }
    }

    /// Reads an id as written, `subject/property#hash`; `None` when it is not one.
    pub fn parse(text: &str) -> Option<Self> {
        let (prefix, hash) = text.trim().split_once('#')?;
        let (subject, property) = prefix.split_once('/')?;
        let valid_hash =
            hash.len() == HASH_DIGITS && hash.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        let valid = crate::names::is_valid_id(subject) && crate::names::is_valid_id(property) && valid_hash;
        valid.then(|| DiscrepancyId {
            subject: subject.to_owned(),
            property: property.to_owned(),
            hash: hash.to_owned(),
        })
    }

    /// The readable prefix, `omar-diaby/age`: the group, whatever claims it holds.
    pub fn prefix(&self) -> String {
        format!("{}/{}", self.subject, self.property)
    }
}

/// The order of two texts given in parts (claim keys, `source/claim`), as if each were written
/// out whole.
fn parts_order(a: [&str; 3], b: [&str; 3]) -> Ordering {
    let ([source_a, middle_a, rest_a], [source_b, middle_b, rest_b]) = (a, b);
    if source_a == source_b {
        return (middle_a, rest_a).cmp(&(middle_b, rest_b));
    }
    // Texts that differ before either ends differ where their sources do.
    if !source_a.starts_with(source_b) && !source_b.starts_with(source_a) {
        return source_a.cmp(source_b);
    }
    a.iter()
        .flat_map(|part| part.bytes())
        .cmp(b.iter().flat_map(|part| part.bytes()))
}

impl fmt::Display for DiscrepancyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}#{}", self.subject, self.property, self.hash)
    }
}

#[cfg(test)]
mod tests {
    use super::{DiscrepancyId, parts_order};

    #[test]
    fn keys_in_parts_sort_as_the_keys_written_out() {
        let keys = ["a/b", "a-x/c", "a/a", "ab/a", "a0/z", "b/a", "a/b-1", "a/b1", "a-/a"];
        let parts = |key: &'static str| -> [&'static str; 3] {
            let (source, id) = key.split_once('/').expect("a key");
            [source, "/", id]
        };
        for a in keys {
            for b in keys {
                assert_eq!(parts_order(parts(a), parts(b)), a.cmp(b), "{a} against {b}");
            }
        }
    }

    #[test]
    fn ids_round_trip_through_text() {
        let id = DiscrepancyId::parse("omar-diaby/age#3f2a1c").expect("a valid id");
        assert_eq!(id.prefix(), "omar-diaby/age");
        assert_eq!(id.to_string(), "omar-diaby/age#3f2a1c");
    }

    #[test]
    fn malformed_ids_are_refused() {
        for bad in [
            "omar-diaby/age",
            "omar-diaby#3f2a1c",
            "Omar/age#3f2a1c",
            "a/b#3F2A1C",
            "a/b#3f2a",
            "a/b#zzzzzz",
        ] {
            assert!(DiscrepancyId::parse(bad).is_none(), "{bad}");
        }
    }
}
