//! When two wordings of one text value say the same thing: the same words in another order
//! ("Suez Canal Authority chairman", "chairman of the Suez Canal Authority"), or one adding
//! words that only narrow the other ("interim president", "president"), or two words for the
//! head of one body ("police chief", "commander of the police force"). A word that makes a
//! different post or thing ("former", "deputy", "vice") or a head named only as a complement
//! ("spokesman for the president") keeps the two apart, unless both have it ("retired Thai Navy
//! SEAL" and "former navy SEAL": "retired" and "ex" are read as "former").

/// How two wordings relate when they say the same thing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation<'a> {
    /// The same words in another order.
    SameWords,
    /// `longer` is `shorter` with words that only make it more specific.
    MoreSpecific {
        /// The wording that says more.
        longer: &'a str,
        /// The wording it narrows.
        shorter: &'a str,
    },
    /// Both name the head of one body, with different words for "head" (`chief`, `commander`)
    /// or for the kind of body (`forces`, `province`).
    HeadOfOneBody,
}

/// How `a` and `b` relate, or `None` when they are worded differently.
pub fn relation<'a>(a: &'a str, b: &'a str) -> Option<Relation<'a>> {
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return None;
    }
    if content(&wa) == content(&wb) {
        return Some(Relation::SameWords);
    }
    let (ra, rb) = without_shared_changes(&wa, &wb);
    if narrows(&ra, &rb) {
        Some(Relation::MoreSpecific { longer: a, shorter: b })
    } else if narrows(&rb, &ra) {
        Some(Relation::MoreSpecific { longer: b, shorter: a })
    } else if head_of(&wa).is_some_and(|body| head_of(&wb) == Some(body)) {
        Some(Relation::HeadOfOneBody)
    } else {
        None
    }
}

/// Two wordings without the words that make another thing when both have the same ones
/// (`former Thai Navy SEAL` and `former navy SEAL` narrow as `Thai Navy SEAL` and `navy
/// SEAL` do); as they are otherwise.
fn without_shared_changes(a: &[String], b: &[String]) -> (Vec<String>, Vec<String>) {
    let changes = |words: &[String]| {
        let mut found: Vec<String> = words
            .iter()
            .filter(|word| CHANGES_THE_THING.contains(&word.as_str()))
            .cloned()
            .collect();
        found.sort_unstable();
        found
    };
    let shared = changes(a);
    if shared.is_empty() || shared != changes(b) {
        return (a.to_vec(), b.to_vec());
    }
    let rest = |words: &[String]| words.iter().filter(|word| !shared.contains(word)).cloned().collect();
    (rest(a), rest(b))
}

/// Titles of offices and ranks a person holds one at a time, each another post: a mayor is
/// not a governor, a colonel not a captain. Heads of bodies (`chief`, `chairman`) are not
/// here: they name a post only with the body they head.
const OFFICES: &[&str] = &[
    "president",
    "premier",
    "chancellor",
    "governor",
    "mayor",
    "senator",
    "congressman",
    "congresswoman",
    "minister",
    "ambassador",
    "judge",
    "prosecutor",
    "sheriff",
    "king",
    "queen",
    "emperor",
    "pope",
    "cardinal",
    "archbishop",
    "bishop",
    "imam",
    "colonel",
    "captain",
    "lieutenant",
    "sergeant",
    "corporal",
    "admiral",
    "brigadier",
    "marshal",
];

/// Whether `a` and `b` each name one office of [`OFFICES`] (before any complement, with no
/// word that makes another post) and the offices differ: `mayor` and `Governor of Hawaii`,
/// `prime minister` and `president`.
pub fn different_offices(a: &str, b: &str) -> bool {
    match (office(&words(a)), office(&words(b))) {
        (Some(first), Some(second)) => first != second,
        _ => false,
    }
}

/// The one office a title names, from its words before any complement (`governor of Hawaii`,
/// not the `president` of `spokesman for the president`); `None` when it names none, two
/// (`lieutenant governor`), or has a word that makes another post (`deputy mayor`).
fn office(words: &[String]) -> Option<&str> {
    if words.iter().any(|word| CHANGES_THE_THING.contains(&word.as_str())) {
        return None;
    }
    let before_complement = words.iter().take_while(|word| !PREPOSITIONS.contains(&word.as_str()));
    let mut offices = before_complement.filter(|word| OFFICES.contains(&without_final_s(word)));
    match (offices.next(), offices.next()) {
        (Some(office), None) => Some(without_final_s(office)),
        _ => None,
    }
}

/// Words that make a title the head of a body: `police chief`, `commander of the forces`.
const HEAD: &[&str] = &[
    "chief",
    "head",
    "commander",
    "leader",
    "chairman",
    "chair",
    "boss",
    "foreman",
    "supervisor",
];

/// Words that say what kind of body or place is named, not which one: `internal security`
/// and `internal security forces`, `Idlib` and `Idlib province` name one thing.
const KIND_OF_BODY: &[&str] = &[
    "forces",
    "force",
    "service",
    "services",
    "department",
    "agency",
    "office",
    "authority",
    "province",
    "region",
    "city",
];

/// The body a title is the head of, as its naming words sorted (each without a final `s`): one word of [`HEAD`], and
/// at least one word naming the body; `None` for any other title, or one with a word that
/// makes another post (`deputy chief`).
fn head_of(words: &[String]) -> Option<Vec<&str>> {
    let content = content(words);
    let heads = content.iter().filter(|word| HEAD.contains(word)).count();
    if heads != 1 || content.iter().any(|word| CHANGES_THE_THING.contains(word)) {
        return None;
    }
    let mut body: Vec<&str> = content
        .into_iter()
        .filter(|word| !HEAD.contains(word) && !KIND_OF_BODY.contains(word))
        .map(without_final_s)
        .collect();
    body.sort_unstable();
    body.dedup();
    (!body.is_empty()).then_some(body)
}

/// A word without one final `s`, so that a plural or a possessive whose apostrophe was
/// dropped (`Idlibs` for `Idlib's`) names what the bare word names.
fn without_final_s(word: &str) -> &str {
    match word.strip_suffix('s') {
        Some(stem) if stem.len() >= 3 => stem,
        _ => word,
    }
}

/// Words that, added to a title or a thing, make another one: `former president`, `deputy
/// leader`, `president-elect`, `not the leader`.
const CHANGES_THE_THING: &[&str] = &[
    "former",
    "ex",
    "deputy",
    "vice",
    "assistant",
    "associate",
    "co",
    "sub",
    "under",
    "acting",
    "elect",
    "designate",
    "candidate",
    "nominee",
    "would",
    "be",
    "self",
    "proclaimed",
    "honorary",
    "late",
    "past",
    "previous",
    "future",
    "next",
    "not",
    "no",
    "non",
    "never",
    "anti",
    "pseudo",
    "fake",
    "alleged",
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
    "widow",
    "father",
    "mother",
    "aide",
    "adviser",
    "advisor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
];

/// Words that introduce a complement (`chairman of the authority`, `spokesman for the
/// president`).
const PREPOSITIONS: &[&str] = &["of", "for", "to", "at", "with", "under", "by", "from", "in", "on"];

/// Words that carry nothing on their own.
const ARTICLES: &[&str] = &["the", "a", "an", "s"];

/// Whether `longer` is `shorter` narrowed, and what it adds changes nothing about what is
/// named: it ends with `shorter`'s words not after a preposition (`interim president`), or
/// starts with them followed by a preposition (`chairman of the Suez Canal Authority`), or
/// keeps `shorter`'s words in order around words that only qualify the post (`Paris public
/// prosecutor`) or join it to another field (`mining and energy minister`).
fn narrows(longer: &[String], shorter: &[String]) -> bool {
    if longer.len() <= shorter.len() || longer.iter().any(|word| CHANGES_THE_THING.contains(&word.as_str())) {
        return false;
    }
    let at_end = longer.ends_with(shorter)
        && longer
            .get(longer.len() - shorter.len() - 1)
            .is_some_and(|before| !PREPOSITIONS.contains(&before.as_str()));
    let at_start = longer.starts_with(shorter)
        && longer
            .get(shorter.len())
            .is_some_and(|after| PREPOSITIONS.contains(&after.as_str()));
    at_end || at_start || widened_inside(longer, shorter)
}

/// Words that qualify a post without naming another one: a `public prosecutor` is a
/// prosecutor, a `senior minister` a minister.
const QUALIFIERS: &[&str] = &[
    "public",
    "general",
    "senior",
    "chief",
    "principal",
    "state",
    "national",
    "federal",
    "official",
];

/// Whether `longer` holds `shorter`'s words in order with the same last word (the post) and
/// a run of words inside that either only qualifies the post (`Paris public prosecutor`,
/// every added word one of [`QUALIFIERS`]) or joins another field to it with `and` (`mining
/// and energy minister`, `digital, culture, media and sport secretary`). Words added before
/// `shorter`'s first word are what [`narrows`] allows at the end.
fn widened_inside(longer: &[String], shorter: &[String]) -> bool {
    let (Some(first), Some(last)) = (shorter.first(), shorter.last()) else {
        return false;
    };
    if shorter.len() < 2
        || longer.last() != Some(last)
        || longer.iter().any(|word| PREPOSITIONS.contains(&word.as_str()))
    {
        return false;
    }
    let Some(from) = longer.iter().position(|word| word == first) else {
        return false;
    };
    let mut added: Vec<&str> = Vec::new();
    let mut rest = shorter.iter().skip(1).peekable();
    for word in longer.iter().skip(from + 1) {
        if rest.peek() == Some(&word) {
            rest.next();
        } else {
            added.push(word);
        }
    }
    let joins = added.contains(&"and");
    rest.next().is_none() && !added.is_empty() && (joins || added.iter().all(|word| QUALIFIERS.contains(word)))
}

/// Words for one status, each read as the first: a retired officer is a former one.
const ONE_STATUS: &[(&str, &str)] = &[("retired", "former"), ("ex", "former")];

/// The words of a wording, lower-case, without articles or a possessive `'s`, each word of
/// [`ONE_STATUS`] as the word it stands for.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .filter(|word| !ARTICLES.contains(&word.as_str()))
        .map(|word| match ONE_STATUS.iter().find(|(other, _)| *other == word) {
            Some((_, status)) => (*status).to_owned(),
            None => word,
        })
        .collect()
}

/// The words that name something (no prepositions), sorted.
fn content(words: &[String]) -> Vec<&str> {
    let mut content: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .filter(|word| !PREPOSITIONS.contains(word))
        .collect();
    content.sort_unstable();
    content
}

#[cfg(test)]
mod tests {
    use super::{Relation, relation};

    /// Invented titles from other beats: what narrows, what reorders, what names another post.
    #[test]
    fn narrowing_and_reordering_agree_and_other_posts_do_not() {
        let narrows = [
            ("interim president", "president"),
            ("chief executive of the airline", "chief executive"),
            ("Bundesbank president", "president"),
            ("head coach", "coach"),
            ("Lyon public prosecutor", "Lyon prosecutor"),
            ("transport and housing minister", "transport minister"),
            ("arts, heritage, tourism and sport secretary", "heritage secretary"),
            ("retired Thai Navy SEAL", "former navy SEAL"),
            ("former interim president", "ex-president"),
        ];
        for (longer, shorter) in narrows {
            assert_eq!(
                relation(shorter, longer),
                Some(Relation::MoreSpecific { longer, shorter }),
                "{longer} / {shorter}"
            );
        }
        assert_eq!(
            relation(
                "port authority's harbour master",
                "harbour master of the port authority"
            ),
            Some(Relation::SameWords)
        );
        let different = [
            ("former president", "president"),
            ("vice president", "president"),
            ("deputy mayor", "mayor"),
            ("president-elect", "president"),
            ("spokesman for the president", "president"),
            ("chief of staff to the president", "president"),
            ("coach", "captain"),
            ("mayor of Lyon", "mayor of Paris"),
            ("foreign trade minister", "foreign minister"),
            ("Lyon deputy public prosecutor", "Lyon prosecutor"),
            ("transport and housing minister", "housing secretary"),
            ("prosecutor of Lyon and Grenoble", "Lyon prosecutor"),
            ("retired navy SEAL", "navy SEAL"),
            ("former deputy mayor", "former mayor"),
            ("retired colonel", "colonel"),
        ];
        for (a, b) in different {
            assert_eq!(relation(a, b), None, "{a} / {b}");
        }
    }

    /// Two different offices are two posts; the same office, a post with a word that makes
    /// another one, an office only in a complement, or no office at all is not this rule's.
    #[test]
    fn different_offices_are_named_only_when_both_titles_name_one_office() {
        let different = [
            ("mayor", "governor"),
            ("Governor of Hawaii", "mayor"),
            ("prime minister", "president"),
            ("colonel", "captain"),
            ("US ambassador to France", "senator"),
        ];
        for (a, b) in different {
            assert!(super::different_offices(a, b), "{a} / {b}");
        }
        let not_this_rule = [
            ("mayor of Lyon", "mayor of Paris"),
            ("deputy mayor", "governor"),
            ("spokesman for the president", "governor"),
            ("lieutenant governor", "governor"),
            ("coach", "captain"),
            ("chief executive", "president"),
            ("presidents", "president"),
            ("emir", "spokesman"),
        ];
        for (a, b) in not_this_rule {
            assert!(!super::different_offices(a, b), "{a} / {b}");
        }
    }

    /// Two words for the head of one body name one post; another body, another rank or a
    /// narrower unit is another post.
    #[test]
    fn the_head_of_one_body_in_other_words_is_one_post() {
        let same = [
            ("Lyon police chief", "commander of the Lyon police force"),
            ("head of the coastguard", "coastguard chief"),
            ("chairman of the port authority", "port chief"),
            ("shift foreman", "shift supervisor"),
            ("night-shift supervisor", "night-shift boss"),
            (
                "Idlibs internal security chief",
                "commander of the internal security forces of Idlib province",
            ),
        ];
        for (a, b) in same {
            assert_eq!(relation(a, b), Some(Relation::HeadOfOneBody), "{a} / {b}");
        }
        let different = [
            ("Lyon police chief", "commander of the Marseille police force"),
            ("police chief", "commander of the police special unit"),
            ("deputy police chief", "police commander"),
            ("police chief", "police spokesman"),
            ("chief", "commander"),
            ("army chief", "navy commander"),
            ("foreman", "supervisor"),
            ("shift foreman", "mine supervisor"),
        ];
        for (a, b) in different {
            assert_eq!(relation(a, b), None, "{a} / {b}");
        }
    }
}
