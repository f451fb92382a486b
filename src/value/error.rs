//! Building [`ValueError`]s: what went wrong, naming the text, and how to write it instead.

use super::lexer::{clean, tidy};
use super::suggest::{reads, suggestion};
use super::{ValueError, ValueType};

/// The type as a noun phrase (`a count`, `an age`).
pub(super) fn label(ty: ValueType) -> &'static str {
    match ty {
        ValueType::Count => "a count",
        ValueType::Number => "a number",
        ValueType::Percentage => "a percentage",
        ValueType::Age => "an age",
        ValueType::Date => "a date",
        ValueType::Duration => "a duration",
        ValueType::Entity => "an entity",
        ValueType::Entities => "a set of entities",
        ValueType::Text => "text",
        ValueType::Boolean => "a yes-or-no value",
        ValueType::Time => "a time",
        ValueType::Code => "a code",
        ValueType::People => "a list of people",
    }
}

/// The accepted spellings of a type, as advice.
pub(super) fn help(ty: ValueType) -> &'static str {
    match ty {
        ValueType::Count => r#"write a number, optionally hedged: "70", "about 70", "more than 70", "50-70", "dozens""#,
        ValueType::Number => r#"write a number, optionally hedged: "3.5", "around 5,000", "more than 70", "50-70""#,
        ValueType::Percentage => {
            r#"write a percentage from 0 to 100, optionally hedged: "80%", "80 percent", "up to 80%", "50-70%""#
        }
        ValueType::Age => {
            r#"write an age in years: "50", "aged 49", "50-year-old", "now 49", "about 50", "in his forties""#
        }
        ValueType::Date => {
            r#"write a date: "2013", "2020-08", "August 2020", "2025-10-22", "October 22", "Tuesday night", "last week", "late October", "early 2025", "the 2000s", "between 2020 and 2022", "since 2013""#
        }
        ValueType::Duration => {
            r#"write an amount and a unit (seconds, minutes, hours, days, weeks, fortnights, months, years or decades): "17 months", "48 hours", "a year and a half", "about two weeks", or a race time as "2:00:35""#
        }
        ValueType::Entity => r#"write one entity id, name or alias, "not" and a name, or "none""#,
        ValueType::Entities => {
            r#"write names separated by commas, "not X" to exclude one, or "none": "Uzbek fighters, Turkistan Islamic Party""#
        }
        ValueType::Text => "write some words to compare",
        ValueType::Boolean => r#"write "yes", "no", "true" or "false""#,
        ValueType::Time => {
            r#"write a time of day on a date: "12/01/2011 01:55 PM", "2011-12-01 13:55", "1:55 PM, Dec 01""#
        }
        ValueType::Code => r#"write a code with letters or digits: "C44", "Term C - C44""#,
        ValueType::People => {
            r#"write people's names separated by semicolons: "Knuth, Donald E.; Fuller, John", "Donald E. Knuth and John Fuller""#
        }
    }
}

/// An error with the type's usual advice.
pub(super) fn error(message: String, ty: ValueType) -> ValueError {
    ValueError {
        message,
        help: help(ty).to_string(),
    }
}

/// `written` in quotes, tidied, for messages.
pub(super) fn quoted(written: &str) -> String {
    format!("\"{}\"", tidy(written))
}

/// The text is not in the type's grammar; the advice suggests a spelling when a word is
/// close to a known one and the corrected text reads.
pub(super) fn unreadable(written: &str, ty: ValueType) -> ValueError {
    let message = format!("cannot read {} as {}", quoted(written), label(ty));
    ValueError {
        message,
        help: with_suggestion(suggestion(&clean(written), ty), ty),
    }
}

/// A quantity that reads followed by a word the grammar does not know (`70 banana`,
/// `dozens of fighters`): refused rather than read without the word; the advice suggests a
/// corrected spelling that reads, else the quantity alone.
pub(super) fn unknown_word(written: &str, ty: ValueType, word: &str, before: &str) -> ValueError {
    let message = format!(
        "cannot read {} as {}: \"{word}\" is not a word of the grammar",
        quoted(written),
        label(ty)
    );
    let fix = suggestion(&clean(written), ty).or_else(|| reads(before, ty).then(|| before.to_owned()));
    ValueError {
        message,
        help: with_suggestion(fix, ty),
    }
}

/// The type's advice, after `did you mean "FIX"?` when there is a fix.
fn with_suggestion(fix: Option<String>, ty: ValueType) -> String {
    match fix {
        Some(fixed) => format!("did you mean \"{fixed}\"? {}", help(ty)),
        None => help(ty).to_string(),
    }
}

/// As [`unreadable`], but a suggested spelling is offered only when `reads` accepts it, so
/// that following the advice always gives a value that reads.
pub(super) fn unreadable_checked(written: &str, ty: ValueType, reads: impl Fn(&str) -> bool) -> ValueError {
    let message = format!("cannot read {} as {}", quoted(written), label(ty));
    let help = match suggestion(&clean(written), ty).filter(|fixed| reads(fixed)) {
        Some(fixed) => format!("did you mean \"{fixed}\"? {}", help(ty)),
        None => help(ty).to_string(),
    };
    ValueError { message, help }
}

/// Nothing was written.
pub(super) fn empty(ty: ValueType) -> ValueError {
    error(format!("empty value: expected {}", label(ty)), ty)
}

/// A list was given for a type that takes one value.
pub(super) fn not_a_list(items: &[&str], ty: ValueType) -> ValueError {
    let shown: Vec<String> = items.iter().map(|item| quoted(item)).collect();
    let message = format!(
        "cannot read the list [{}] as {}: {} takes a single value",
        shown.join(", "),
        label(ty),
        label(ty)
    );
    ValueError {
        message,
        help: format!("write one value, not a list; {}", help(ty)),
    }
}
