//! Lists of people's names (the authors of a book, the signatories of a letter) read into a
//! matching form: each person as their surname and first initial, the list as a set. So
//! "Knuth, Donald E.", "Donald Ervin Knuth", "KNUTH, DONALD" and "Knuth D. E." are one person,
//! and "Aho; Lam" and "Lam & Aho" one list.
//!
//! People are separated by `;`, `/`, `&`, `|`, line breaks, a parenthesised remark
//! (`Curland, Matthew (Author) Storage, Bill`) or the words "and", "by" and "with"; commas
//! separate people written "First Last" (`Kenneth L. Calvert, Michael J. Donahoo`) and pair
//! surnames with given names otherwise (`Johnson, Michael K., Troan, Erik W.`). Roles and titles
//! ("Editor", "Jr.", "Dr.") are dropped; case, diacritics, apostrophes, hyphens and HTML
//! entities do not matter. The surname is the last word of the surname part, so "De Clercq, Jan"
//! and "Jan De Clercq" match.

use super::error;
use super::{Value, ValueError, ValueType};

/// Words that name a role, a title or a suffix rather than part of a name.
const ROLE_WORDS: &[&str] = &[
    "author",
    "authors",
    "coauthor",
    "editor",
    "editors",
    "ed",
    "eds",
    "edited",
    "edt",
    "joint",
    "foreword",
    "introduction",
    "intro",
    "preface",
    "afterword",
    "translator",
    "translated",
    "trans",
    "illustrator",
    "illustrated",
    "illustrations",
    "contributor",
    "contributors",
    "compiler",
    "compiled",
    "narrator",
    "reader",
    "jr",
    "sr",
    "ii",
    "iii",
    "iv",
    "phd",
    "md",
    "dr",
    "prof",
    "professor",
    "mr",
    "mrs",
    "ms",
    "sir",
    "et",
    "al",
    "others",
    "other",
];

/// Words that separate people.
const SEPARATOR_WORDS: &[&str] = &["and", "by", "with", "und"];

/// One piece of a written list.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    Word(String),
    Comma,
    Separator,
}

/// Reads a list of people's names: the matching keys (`knuth d`), sorted, joined by `; `.
pub fn parse_people(written: &str) -> Result<Value, ValueError> {
    let people = people_keys(written);
    if people.is_empty() {
        let message = format!("{} names nobody", error::quoted(written));
        return Err(error::error(message, ValueType::People));
    }
    Ok(Value::Text(people.join("; ")))
}

/// The matching key of each person a list names, sorted and without repeats.
pub fn people_keys(written: &str) -> Vec<String> {
    let decoded = html_escape::decode_html_entities(written);
    let ascii = split_run_together(&deunicode::deunicode(&decoded)).to_ascii_lowercase();
    let mut keys: Vec<String> = Vec::new();
    for segment in tokens(&ascii).split(|token| *token == Token::Separator) {
        keys.extend(segment_people(segment));
    }
    keys.sort();
    keys.dedup();
    keys
}

/// Names run together (`Mark DowdJohn McDonald`) apart: a separator before a capital that
/// follows three lower-case letters or more, which no surname prefix (`Mc`, `Mac`, `De`) has.
fn split_run_together(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut lower_run = 0usize;
    for c in text.chars() {
        if c.is_ascii_uppercase() && lower_run >= 3 {
            out.push(';');
        }
        lower_run = if c.is_ascii_lowercase() { lower_run + 1 } else { 0 };
        out.push(c);
    }
    out
}

/// Words, commas and separators, roles dropped. A period ends a word (`J.N.` is two
/// initials); apostrophes and hyphens inside a word are dropped (`O'Leary`, `Conry-Murray`).
fn tokens(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut word = String::new();
    let mut depth = 0usize;
    let flush = |word: &mut String, tokens: &mut Vec<Token>| {
        if word.is_empty() {
            return;
        }
        if SEPARATOR_WORDS.contains(&word.as_str()) {
            tokens.push(Token::Separator);
        } else if !ROLE_WORDS.contains(&word.as_str()) {
            tokens.push(Token::Word(std::mem::take(word)));
        }
        word.clear();
    };
    for c in text.chars() {
        match c {
            '(' | '[' | '{' => {
                flush(&mut word, &mut tokens);
                depth += 1;
            }
            ')' | ']' | '}' => {
                depth = depth.saturating_sub(1);
                tokens.push(Token::Separator);
            }
            _ if depth > 0 => {}
            '\'' | '`' | '-' => {}
            c if c.is_ascii_alphanumeric() => word.push(c),
            ',' => {
                flush(&mut word, &mut tokens);
                tokens.push(Token::Comma);
            }
            ';' | '/' | '&' | '|' | '+' | '\n' | '\r' => {
                flush(&mut word, &mut tokens);
                tokens.push(Token::Separator);
            }
            _ => flush(&mut word, &mut tokens),
        }
    }
    flush(&mut word, &mut tokens);
    tokens
}

/// The people of one segment (between separators): each comma-separated part is a person
/// written "First Last" when every part has two words or more, else parts pair up as
/// "Last, First".
fn segment_people(segment: &[Token]) -> Vec<String> {
    let parts: Vec<Vec<&str>> = segment
        .split(|token| *token == Token::Comma)
        .map(|part| {
            part.iter()
                .filter_map(|token| match token {
                    Token::Word(word) => Some(word.as_str()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
        .filter(|part| !part.is_empty())
        .collect();
    if parts.iter().all(|part| part.len() >= 2) {
        return parts.iter().filter_map(|part| written_forward(part)).collect();
    }
    if let Some(chain) = chained(&parts) {
        return chain;
    }
    parts
        .chunks(2)
        .filter_map(|pair| match pair {
            [surname, given] => key(surname.last()?, given.first()),
            [surname] => written_forward(surname),
            _ => None,
        })
        .collect()
}

/// People written "Last, First Last, First" without separators between them (`Dowd, Mark
/// McDonald, John`): three parts or more, the first a surname, the inner ones a given name
/// followed by the next surname, the last a given name.
fn chained(parts: &[Vec<&str>]) -> Option<Vec<String>> {
    let (first, rest) = parts.split_first()?;
    let (last, inner) = rest.split_last()?;
    if inner.is_empty() || first.len() != 1 || inner.iter().any(|part| part.len() < 2) {
        return None;
    }
    let mut people = Vec::new();
    let mut surname = *first.last()?;
    for part in inner {
        people.push(key(surname, part.first())?);
        surname = part.last()?;
    }
    people.push(key(surname, last.first())?);
    Some(people)
}

/// A person written without a comma: "Donald E. Knuth", or "Knuth D E" when only initials
/// follow the first word.
fn written_forward(words: &[&str]) -> Option<String> {
    let (first, rest) = words.split_first()?;
    let initials_follow = !rest.is_empty() && first.len() > 1 && rest.iter().all(|word| word.len() == 1);
    if initials_follow {
        return key(first, rest.first());
    }
    match rest.last() {
        Some(last) => key(last, Some(first)),
        None => key(first, None),
    }
}

/// `surname` and the initial of `given`, when there is one.
fn key(surname: &str, given: Option<&&str>) -> Option<String> {
    if surname.is_empty() {
        return None;
    }
    Some(match given.and_then(|given| given.chars().next()) {
        Some(initial) => format!("{surname} {initial}"),
        None => surname.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::people_keys;

    #[test]
    fn spellings_of_one_person_match() {
        let cases = [
            "Pemberton, Alice R.",
            "Alice Ruth Pemberton",
            "PEMBERTON, ALICE",
            "Pemberton A R",
            "A. R. Pemberton",
            "Pemberton, Alice R. (Editor)",
            "By (author) Pemberton, Alice",
            "Dr. Alice Pemberton Jr.",
            "Pembérton, Alicé",
        ];
        for written in cases {
            assert_eq!(people_keys(written), ["pemberton a"], "{written}");
        }
    }

    #[test]
    fn lists_match_in_any_order_and_separator() {
        let expected = ["marsh o", "quill t"];
        let cases = [
            "Quill, Tobias; Marsh, Orla",
            "Orla Marsh and Tobias Quill",
            "Marsh, Orla/ Quill, Tobias",
            "Tobias Quill, Orla Marsh",
            "Quill, Tobias J., Marsh, Orla K.",
            "Marsh, Orla (Author) Quill, Tobias (Joint Author)",
            "Marsh &amp; Quill, T.; Marsh, O.",
            "Orla Marsh & Tobias Quill",
        ];
        for written in cases {
            let keys = people_keys(written);
            assert!(
                keys.iter()
                    .all(|k| expected.contains(&k.as_str()) || k == "marsh" || k == "quill"),
                "{written}: {keys:?}"
            );
        }
        assert_eq!(people_keys("Orla Marsh and Tobias Quill"), expected);
        assert_eq!(people_keys("Quill, Tobias J., Marsh, Orla K."), expected);
    }

    #[test]
    fn particles_hyphens_and_apostrophes_fold() {
        assert_eq!(people_keys("Van Leeuw, Pieter"), people_keys("Pieter van Leeuw"));
        assert_eq!(people_keys("O'Hara-Lund, Sam"), ["oharalund s"]);
        assert_eq!(people_keys("Sam O’Hara-Lund"), ["oharalund s"]);
    }

    #[test]
    fn names_run_together_come_apart() {
        assert_eq!(
            people_keys("Orla MarshTobias Quill"),
            people_keys("Orla Marsh; Tobias Quill")
        );
        assert_eq!(people_keys("Ewan McAllister"), ["mcallister e"]);
        assert_eq!(people_keys("MacAllister, Ewan"), ["macallister e"]);
    }

    #[test]
    fn a_surname_alone_is_kept_without_initial() {
        assert_eq!(people_keys("Quill"), ["quill"]);
        assert_eq!(people_keys("Marsh & Quill"), ["marsh", "quill"]);
        assert!(people_keys("(Editor)").is_empty());
        assert!(people_keys("").is_empty());
    }
}
