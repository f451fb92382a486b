//! Values a source says it does not have: `unknown`, `not disclosed`, `not given`,
//! `undisclosed`, `has not been communicated`, `an undisclosed number`. Read the same for
//! every value type: before the grammar of a type that takes any words (names, text), after
//! the grammar has refused the value for the others.

use super::lexer::{clean, words};
use aho_corasick::{AhoCorasick, AhoCorasickKind};
use std::fmt;
use std::sync::LazyLock;

/// A value the source does not give, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unknown {
    /// Nobody knows yet (`unknown`, `unclear`, `not yet established`).
    Unknown,
    /// Someone knows but did not say (`not disclosed`, `not given`, `withheld`).
    Undisclosed,
}

/// `unknown` or `undisclosed`: a spelling the reader reads back.
impl fmt::Display for Unknown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Unknown::Unknown => "unknown",
            Unknown::Undisclosed => "undisclosed",
        })
    }
}

/// Phrases that say nobody knows, once the filler words are dropped.
const UNKNOWN: &[&str] = &[
    "unknown",
    "not known",
    "unclear",
    "not clear",
    "uncertain",
    "undetermined",
    "not determined",
    "not established",
    "unestablished",
    "unconfirmed",
    "not confirmed",
    "unverified",
    "not verified",
    "no one knows",
    "nobody knows",
];

/// Phrases that say someone knows but did not say.
const UNDISCLOSED: &[&str] = &[
    "undisclosed",
    "not disclosed",
    "not given",
    "not communicated",
    "not released",
    "not revealed",
    "not made public",
    "not public",
    "not specified",
    "unspecified",
    "not stated",
    "unstated",
    "not provided",
    "not published",
    "not reported",
    "unreported",
    "not announced",
    "withheld",
    "confidential",
    "not named",
    "unnamed",
    "not identified",
    "unidentified",
    "declined to say",
    "declined to disclose",
    "declined to give",
    "declined to comment",
    "refused to say",
    "refused to disclose",
    "did not say",
    "did not disclose",
    "did not give",
    "would not say",
    "would not disclose",
    "not say",
    "not disclose",
    "no figure given",
    "no figure",
];

/// Words dropped around such a phrase (`it has not yet been disclosed`, `an undisclosed
/// number`, `the toll remains unknown`).
const FILLER: &[&str] = &[
    "it",
    "is",
    "was",
    "were",
    "are",
    "has",
    "have",
    "had",
    "been",
    "be",
    "yet",
    "still",
    "so",
    "far",
    "as",
    "of",
    "now",
    "remains",
    "remain",
    "remained",
    "an",
    "a",
    "the",
    "number",
    "amount",
    "sum",
    "figure",
    "total",
    "toll",
    "value",
    "date",
    "age",
    "name",
    "officially",
    "publicly",
    "currently",
    "at",
    "this",
    "time",
    "by",
    "police",
    "officials",
    "authorities",
    "reasons",
    "reason",
    "cause",
    "motive",
    "details",
    "identity",
    "names",
    "terms",
    "price",
    "cost",
    "for",
    "them",
    "their",
    "its",
];

/// Quick test before the words are looked at: every phrase has one of these.
const MARKS: &[&str] = &[
    "unknown",
    "not",
    "n't",
    "unclear",
    "uncertain",
    "undetermined",
    "unestablished",
    "unconfirmed",
    "unverified",
    "knows",
    "disclos",
    "unspecified",
    "unstated",
    "unreported",
    "withheld",
    "confidential",
    "unnamed",
    "unidentified",
    "declined",
    "refused",
    "no figure",
];

/// The [`MARKS`], found in one pass whatever their case.
static MARKER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    // A DFA: the fastest scan for a few short marks, run on every name, text and refused value.
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .kind(Some(AhoCorasickKind::DFA))
        .build(MARKS)
        .ok()
});

/// The unknown value `written` says, if it is one.
pub(super) fn read_unknown(written: &str) -> Option<Unknown> {
    if !MARKER.as_ref().is_some_and(|marker| marker.is_match(written)) {
        return None;
    }
    let text = clean(written).replace("n't", " not").replace("cannot", "can not");
    let mut kept: Vec<&str> = Vec::new();
    for word in words(&text) {
        let word = word.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '(' | ')'));
        // A filler is dropped, except the noun after `no` (`no figure given`).
        let after_no = kept.last() == Some(&"no");
        if !word.is_empty() && (after_no || !FILLER.contains(&word)) {
            kept.push(word);
        }
    }
    let core = kept.join(" ");
    if UNKNOWN.contains(&core.as_str()) {
        Some(Unknown::Unknown)
    } else if UNDISCLOSED.contains(&core.as_str())
        || core
            .strip_prefix("did ")
            .is_some_and(|rest| UNDISCLOSED.contains(&rest))
    {
        Some(Unknown::Undisclosed)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::{Unknown, read_unknown};

    #[test]
    fn unknown_and_undisclosed() {
        let cases = [
            ("unknown", Some(Unknown::Unknown)),
            ("Unknown.", Some(Unknown::Unknown)),
            ("the toll remains unknown", Some(Unknown::Unknown)),
            ("not yet known", Some(Unknown::Unknown)),
            ("unclear", Some(Unknown::Unknown)),
            ("it is not clear", Some(Unknown::Unknown)),
            ("not disclosed", Some(Unknown::Undisclosed)),
            ("has not been disclosed", Some(Unknown::Undisclosed)),
            ("hasn't been disclosed", Some(Unknown::Undisclosed)),
            ("undisclosed", Some(Unknown::Undisclosed)),
            ("an undisclosed number", Some(Unknown::Undisclosed)),
            ("not given", Some(Unknown::Undisclosed)),
            ("were not communicated", Some(Unknown::Undisclosed)),
            ("declined to say", Some(Unknown::Undisclosed)),
            ("not Islamic State", None),
            ("no", None),
            ("not", None),
            ("about 70", None),
            ("nothing", None),
            ("no figure given", Some(Unknown::Undisclosed)),
            ("no figure", Some(Unknown::Undisclosed)),
        ];
        for (text, expected) in cases {
            assert_eq!(read_unknown(text), expected, "{text}");
        }
    }

    #[test]
    fn every_phrase_is_unknown_whatever_the_type() {
        use crate::value::{DayRange, ParseContext, Value, ValueType, parse};
        let day = jiff::civil::date(2025, 10, 22);
        let context = ParseContext {
            reference: Some(DayRange { first: day, last: day }),
            date_order: None,
        };
        let phrases = super::UNKNOWN.iter().chain(super::UNDISCLOSED);
        for phrase in phrases {
            for written in [
                phrase.to_string(),
                format!("the figure has {phrase}"),
                format!("{phrase} so far"),
            ] {
                for ty in ValueType::ALL {
                    let read = parse(&written, ty, &context);
                    assert!(matches!(read, Ok(Value::Unknown(_))), "{written} as {ty:?}: {read:?}");
                }
            }
        }
    }

    #[test]
    fn display_reads_back() {
        for unknown in [Unknown::Unknown, Unknown::Undisclosed] {
            assert_eq!(read_unknown(&unknown.to_string()), Some(unknown));
        }
    }
}
