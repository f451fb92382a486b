//! The forms a word of a property's name takes in running text: a noun's plural and the
//! verb it is made from, in its tenses ("deliberations": "deliberated", "deliberating";
//! "burned": "burning"; "service": "served"), read by regular English endings and a few
//! irregular participles. Forms that are no English word are harmless: cues match whole
//! words only.

/// Irregular participles with the other forms of their verb.
const IRREGULAR: &[(&str, &[&str])] = &[
    ("known", &["know", "knows", "knew", "knowing"]),
    ("held", &["hold", "holds", "holding"]),
    ("driven", &["drive", "drives", "drove", "driving"]),
    ("given", &["give", "gives", "gave", "giving"]),
    ("taken", &["take", "takes", "took", "taking"]),
    ("sought", &["seek", "seeks", "seeking"]),
    ("won", &["win", "wins", "winning"]),
    ("lost", &["lose", "loses", "losing"]),
    ("spent", &["spend", "spends", "spending"]),
    ("run", &["runs", "ran", "running"]),
];

/// Nouns of an act with the phrasal verbs English tells it with, in their tenses.
const PHRASAL: &[(&str, &[&str])] = &[
    ("departure", &["took off", "takes off", "taking off"]),
    ("takeoff", &["took off", "takes off", "taking off"]),
    ("landing", &["touched down", "touches down", "touching down"]),
    ("launch", &["lifted off", "lifts off", "blasted off"]),
];

/// Every form of a lower-case word: itself, its plural or singular, the forms of the verb it
/// is a tense or a noun of, and the phrasal verbs of an act ("departure": "took off").
pub(super) fn forms(word: &str) -> Vec<String> {
    let mut out = vec![word.to_owned()];
    if let Some((_, phrasal)) = PHRASAL.iter().find(|(noun, _)| *noun == word) {
        out.extend(phrasal.iter().map(|form| (*form).to_owned()));
    }
    if let Some((_, others)) = IRREGULAR.iter().find(|(participle, _)| *participle == word) {
        out.extend(others.iter().map(|form| (*form).to_owned()));
        return out;
    }
    let singular = singular(word);
    out.push(if singular == word {
        plural(word)
    } else {
        singular.clone()
    });
    for stem in stems(&singular) {
        out.extend(verb_forms(&stem));
    }
    out.sort();
    out.dedup();
    out
}

/// A noun and its plural or singular (`debt`: `debts`; `losses`: `loss`).
pub(super) fn noun_forms(word: &str) -> [String; 2] {
    let singular = singular(word);
    let other = if singular == word { plural(word) } else { singular };
    [word.to_owned(), other]
}

/// A plural noun's singular (`deliberations`, `parties`), else the word.
fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies").filter(|stem| stem.len() > 2) {
        return format!("{stem}y");
    }
    match word.strip_suffix('s') {
        Some(stem) if stem.len() > 2 && !stem.ends_with(['s', 'u', 'i']) => stem.to_owned(),
        _ => word.to_owned(),
    }
}

/// A noun's plural.
fn plural(word: &str) -> String {
    let consonant_y = word
        .strip_suffix('y')
        .is_some_and(|stem| stem.ends_with(|c: char| !"aeiou".contains(c)));
    if consonant_y {
        format!("{}ies", &word[..word.len() - 1])
    } else if word.ends_with(['s', 'x']) || word.ends_with("ch") || word.ends_with("sh") {
        format!("{word}es")
    } else {
        format!("{word}s")
    }
}

/// The bare verbs a word may be a form or a noun of: `deliberation` gives `deliberate`,
/// `supervision` `supervise` and `supervis`, `burned` `burn` and `burne`, `testifying`
/// `testify`, `appointment` `appoint`, `service` `serve`; a word with none of these endings is
/// its own verb (`appeal`, `ban`).
fn stems(word: &str) -> Vec<String> {
    let long = |stem: &&str| stem.len() >= 3;
    if let Some(stem) = word.strip_suffix("ation").filter(long) {
        return vec![format!("{stem}ate")];
    }
    if let Some(stem) = word.strip_suffix("ion").filter(long) {
        return vec![stem.to_owned(), format!("{stem}e")];
    }
    if let Some(stem) = word.strip_suffix("ment").filter(long) {
        return vec![stem.to_owned()];
    }
    // "departure": "depart"; "closure": "close"; the word may be a verb itself ("capture").
    if let Some(stem) = word.strip_suffix("ure").filter(long) {
        return vec![stem.to_owned(), format!("{stem}e"), word.to_owned()];
    }
    // "arrival": "arrive"; "dismissal": "dismiss"; "renewal": "renew".
    if let Some(stem) = word.strip_suffix("al").filter(|stem| stem.len() >= 4) {
        return vec![stem.to_owned(), format!("{stem}e"), word.to_owned()];
    }
    if let Some(stem) = word.strip_suffix("ice").filter(|stem| stem.len() >= 4) {
        return vec![format!("{stem}e")];
    }
    if let Some(stem) = word.strip_suffix("ied").filter(long) {
        return vec![format!("{stem}y")];
    }
    if let Some(stem) = word
        .strip_suffix("ing")
        .or_else(|| word.strip_suffix("ed"))
        .filter(long)
    {
        return vec![undoubled(stem).to_owned(), format!("{stem}e")];
    }
    vec![word.to_owned()]
}

/// A stem without the consonant doubled before an ending (`bann` of `banned`).
fn undoubled(stem: &str) -> &str {
    let bytes = stem.as_bytes();
    match bytes {
        [.., a, b] if a == b && !b"aeiousl".contains(b) => &stem[..stem.len() - 1],
        _ => stem,
    }
}

/// The forms of a bare verb: `burn` gives `burns`, `burned`, `burning`; `serve` `served`,
/// `serving`; `testify` `testified`, `testifies`; a short verb ending in one vowel and one
/// consonant doubles it (`banned`, `banning`).
fn verb_forms(verb: &str) -> Vec<String> {
    if let Some(stem) = verb.strip_suffix('e') {
        return vec![
            verb.to_owned(),
            format!("{verb}s"),
            format!("{verb}d"),
            format!("{stem}ing"),
        ];
    }
    if let Some(stem) = verb
        .strip_suffix('y')
        .filter(|stem| stem.ends_with(|c: char| !"aeiou".contains(c)))
    {
        return vec![
            verb.to_owned(),
            format!("{stem}ies"),
            format!("{stem}ied"),
            format!("{verb}ing"),
        ];
    }
    let bytes = verb.as_bytes();
    let doubles = matches!(bytes, [.., a, b, c] if bytes.len() <= 4
        && !b"aeiou".contains(a) && b"aeiou".contains(b) && !b"aeiouwxy".contains(c));
    let last = if doubles { &verb[verb.len() - 1..] } else { "" };
    vec![
        verb.to_owned(),
        plural(verb),
        format!("{verb}{last}ed"),
        format!("{verb}{last}ing"),
    ]
}

#[cfg(test)]
mod tests {
    use super::forms;

    #[test]
    fn a_name_word_gives_the_forms_it_is_written_in() {
        // word | forms it must give | forms it must not give
        let table: &[(&str, &[&str], &[&str])] = &[
            (
                "negotiations",
                &["negotiated", "negotiating", "negotiation"],
                &["negotiat"],
            ),
            ("inspection", &["inspected", "inspecting", "inspections"], &[]),
            ("revision", &["revised", "revising"], &[]),
            ("service", &["served", "serving", "services"], &[]),
            (
                "departure",
                &["departed", "departing", "departs", "departures", "took off"],
                &[],
            ),
            ("landing", &["landed", "touched down"], &[]),
            ("closure", &["closed", "closing"], &[]),
            ("capture", &["captured", "capturing"], &[]),
            ("arrival", &["arrived", "arriving", "arrivals"], &[]),
            ("dismissal", &["dismissed", "dismissing"], &[]),
            ("renewal", &["renewed"], &[]),
            ("total", &["totals"], &["tote"]),
            ("flooded", &["flood", "floods", "flooding"], &[]),
            ("smouldering", &["smoulder", "smouldered"], &[]),
            ("closed", &["close", "closing", "closes"], &[]),
            ("occupied", &["occupy", "occupying", "occupies"], &[]),
            ("payment", &["pay", "paying", "payments"], &[]),
            ("strike", &["strikes", "striking"], &[]),
            ("ban", &["bans", "banned", "banning"], &[]),
            ("shipped", &["ship", "shipping"], &["shipp"]),
            ("term", &["terms", "termed"], &["termmed"]),
            ("known", &["knew", "know"], &["knowned"]),
            ("bus", &["bus", "buses"], &["bu"]),
        ];
        for (word, wanted, unwanted) in table {
            let got = forms(word);
            for form in *wanted {
                assert!(got.iter().any(|g| g == form), "{word}: {form} missing from {got:?}");
            }
            for form in *unwanted {
                assert!(!got.iter().any(|g| g == form), "{word}: {form} in {got:?}");
            }
        }
    }
}
