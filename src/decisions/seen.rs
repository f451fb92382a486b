//! What a decision saw: each claim's value as written and as crosscheck read it (its normal
//! form), recorded with the decision so that an edit of a value after the review (50 becoming
//! 51) shows as "changed since review" instead of passing under a note about the old value.

use crate::model::Corpus;
use crate::verdict::Judged;
use serde::Serialize;
use std::collections::BTreeMap;

/// One claim's value when a decision was made, or now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Seen {
    /// The value as written in the corpus file.
    pub value: String,
    /// The value as read: its normal form, as the reports show it.
    pub normalized: String,
}

/// The values of a group's claims, by `source/claim` key.
pub type SeenValues = BTreeMap<String, Seen>;

/// The values of every claim of a judged group now.
pub fn seen_in(corpus: &Corpus, judged: &Judged) -> SeenValues {
    judged
        .sides(corpus)
        .map(|(_, claim, normal)| {
            let seen = Seen {
                value: claim.written.to_string(),
                normalized: normal.to_string(),
            };
            (claim.key(), seen)
        })
        .collect()
}

/// A claim whose value changed since a decision recorded it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ValueChange {
    /// The claim, `source/claim`.
    pub claim: String,
    /// Its value when the decision was made.
    pub then: Seen,
    /// Its value now.
    pub now: Seen,
}

impl ValueChange {
    /// For people: `bfmtv-oumar-diaby/diaby-age said "50", now "51"`, or, when only the
    /// reading changed, `... was read as 50, now as 50 to 51`.
    pub fn describe(&self) -> String {
        if self.then.value == self.now.value {
            format!(
                "{} was read as {}, now as {}",
                self.claim, self.then.normalized, self.now.normalized
            )
        } else {
            format!("{} said {:?}, now {:?}", self.claim, self.then.value, self.now.value)
        }
    }
}

/// The claims recorded in `then` whose value or reading differs `now`; claims not recorded,
/// or gone since, are not compared here (they are gained or lost claims).
pub fn value_changes(then: &SeenValues, now: &SeenValues) -> Vec<ValueChange> {
    then.iter()
        .filter_map(|(claim, before)| {
            let after = now.get(claim)?;
            (after != before).then(|| ValueChange {
                claim: claim.clone(),
                then: before.clone(),
                now: after.clone(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(list: &[(&str, &str, &str)]) -> SeenValues {
        list.iter()
            .map(|(claim, value, normalized)| {
                let seen = Seen {
                    value: (*value).to_owned(),
                    normalized: (*normalized).to_owned(),
                };
                ((*claim).to_owned(), seen)
            })
            .collect()
    }

    #[test]
    fn an_edited_value_and_a_new_reading_are_named_and_nothing_else() {
        let then = values(&[
            ("a/age", "50", "50"),
            ("b/age", "about 49", "~49"),
            ("c/age", "48", "48"),
        ]);
        let now = values(&[
            ("a/age", "51", "51"),
            ("b/age", "about 49", "44..54"),
            ("d/age", "47", "47"),
        ]);
        let described: Vec<String> = value_changes(&then, &now).iter().map(ValueChange::describe).collect();
        assert_eq!(
            described,
            ["a/age said \"50\", now \"51\"", "b/age was read as ~49, now as 44..54"]
        );
        assert!(value_changes(&then, &then).is_empty());
    }
}
