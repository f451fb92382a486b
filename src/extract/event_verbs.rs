//! The verbs that report an event named by a noun, so that a date next to one is that
//! event's ("convicted on Tuesday": the verdict; "refused the payment on Thursday": the
//! refusal): the past tense of the verb the noun comes from, regular ("collapse":
//! "collapsed"; "explosion": "exploded") or not ("strike": "struck"), and verbs that name
//! such an event without its noun ("came ashore": a landfall).

use super::inflections;

/// Nouns of events whose verb's past tense is irregular.
const IRREGULAR_PAST: &[(&str, &str)] = &[
    ("strike", "struck"),
    ("fall", "fell"),
    ("sinking", "sank"),
    ("shooting", "shot"),
    ("fight", "fought"),
    ("meeting", "met"),
    ("sale", "sold"),
    ("speech", "spoke"),
    ("flight", "flew"),
    ("transfer", "transferred"),
    ("win", "won"),
    ("plea", "pleaded"),
];

/// Nouns of events with the verbs, in the past, that report them happening without the noun
/// ("convicted on Tuesday" is the verdict's day, "was caught in September" the arrest's).
const NAMING_VERBS: &[(&str, &[&str])] = &[
    (
        "verdict",
        &["convicted", "sentenced", "acquitted", "found guilty", "handed down"],
    ),
    ("sentencing", &["handed down"]),
    (
        "landfall",
        &["made landfall", "came ashore", "crashed ashore", "struck"],
    ),
    ("arrest", &["arrested", "caught", "detained"]),
    ("derailment", &["derailed"]),
    ("inauguration", &["sworn in", "took office", "takes office"]),
    // "swearing-in" folds to "swearing in", whose noun before "in" is "swearing".
    ("swearing", &["sworn in", "took office", "takes office"]),
    ("death", &["died"]),
    ("capping", &["capped"]),
    ("earthquake", &["struck", "hit", "shook"]),
    ("quake", &["struck", "hit", "shook"]),
    ("storm", &["struck", "hit", "made landfall"]),
    ("hurricane", &["struck", "hit", "made landfall"]),
    ("typhoon", &["struck", "hit", "made landfall"]),
    ("tsunami", &["struck", "hit"]),
    ("fire", &["broke out", "swept", "reached", "tore through"]),
    ("wildfire", &["broke out", "swept", "reached", "tore through"]),
    ("floods", &["struck", "hit", "swept"]),
    ("final", &["won", "beat", "kicked off"]),
    ("match", &["won", "beat", "kicked off"]),
    ("trial", &["opened", "began"]),
    ("hearing", &["opened", "began"]),
    ("runoff", &["won", "voted"]),
    ("acquisition", &["acquired"]),
    ("takeover", &["took over"]),
    ("layoffs", &["laid off"]),
];

/// The verbs that report an event of this noun: its own past tense, the verbs that name
/// it, and the past of every verb its word may be a noun of ("refusal": "refused"; see
/// [`inflections::forms`]), but for nouns in "-ment": "agreed", "stated" and "settled" are
/// said of much besides the agreement, statement or settlement a registry names.
pub(super) fn verbs_of(head: &str) -> Vec<String> {
    let named = NAMING_VERBS
        .iter()
        .filter(|(noun, _)| *noun == head)
        .flat_map(|(_, verbs)| verbs.iter().map(|verb| (*verb).to_owned()));
    let mut verbs: Vec<String> = past_tense(head).into_iter().chain(named).collect();
    let forms = if head.ends_with("ment") {
        Vec::new()
    } else {
        inflections::forms(head)
    };
    for past in forms.into_iter().filter(|form| form.ends_with("ed")) {
        if !verbs.contains(&past) {
            verbs.push(past);
        }
    }
    verbs
}

/// Endings of nouns made from verbs, with the endings of the verbs' pasts that replace
/// them ("resignation": "resigned" or "resignated"; "identification": "identified";
/// "completion": "completed"; "explosion": "exploded"; "confession": "confessed";
/// "recovery": "recovered"; "closure": "closed"), after a stem of three letters at least.
/// (Nouns in "-al", "-ure" and the like get theirs from [`inflections::forms`].)
const NOUN_ENDINGS: &[(&str, &[&str])] = &[
    ("ification", &["ified"]),
    ("ation", &["ated", "ed"]),
    ("tion", &["ted"]),
    ("ssion", &["ssed"]),
    ("sion", &["ded"]),
    ("ery", &["ered"]),
    ("ure", &["ed"]),
];

/// The past tense of the verb an event noun is ("strike": "struck", "collapse":
/// "collapsed", "floods": "flooded", "refloating": "refloated"), and each past the noun's
/// ending may come from (see [`NOUN_ENDINGS`]). Guesses that are no English word
/// ("earthquaked", "resignated") are never found, which is harmless.
pub(super) fn past_tense(head: &str) -> Vec<String> {
    if let Some((_, past)) = IRREGULAR_PAST.iter().find(|(noun, _)| *noun == head) {
        return vec![(*past).to_owned()];
    }
    let singular = head
        .strip_suffix('s')
        .filter(|rest| rest.len() > 3 && !rest.ends_with('s'));
    let verb = singular.unwrap_or(head);
    let mut pasts = Vec::new();
    if let Some((ending, pasts_of)) = NOUN_ENDINGS.iter().find(|(ending, _)| verb.ends_with(ending)) {
        let stem = &verb[..verb.len() - ending.len()];
        if stem.len() >= 3 {
            pasts.extend(pasts_of.iter().map(|past| format!("{stem}{past}")));
        }
    }
    if verb.ends_with("ion") {
        return pasts;
    }
    // "refloating": "refloated"; "capping": "capped"; "bombing": "bombed".
    if let Some(stem) = verb.strip_suffix("ing") {
        if stem.len() > 3 {
            pasts.push(format!("{stem}ed"));
        }
        return pasts;
    }
    pasts.push(if verb.ends_with('e') {
        format!("{verb}d")
    } else {
        format!("{verb}ed")
    });
    pasts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_event_noun_gives_the_past_tense_of_its_verb() {
        let cases: &[(&str, &[&str])] = &[
            ("collapse", &["collapsed"]),
            ("floods", &["flooded"]),
            ("strike", &["struck"]),
            ("refloating", &["refloated"]),
            ("capping", &["capped"]),
            ("sentencing", &["sentenced"]),
            ("bombing", &["bombed"]),
            // A noun in "-ion" gives each past its ending may come from.
            ("resignation", &["resignated", "resigned"]),
            ("evacuation", &["evacuated", "evacued"]),
            ("completion", &["completed"]),
            ("abduction", &["abducted"]),
            ("explosion", &["exploded"]),
            ("confession", &["confessed"]),
            ("recovery", &["recovered", "recoveryed"]),
            ("agreement", &["agreemented"]),
            ("meeting", &["met"]),
            ("transfer", &["transferred"]),
            ("closure", &["closed", "closured"]),
            ("departure", &["departed", "departured"]),
            // A short word in "-ing" or "-ion" is no verb's.
            ("ring", &[]),
            ("lion", &[]),
        ];
        for (noun, past) in cases {
            assert_eq!(past_tense(noun), *past, "{noun}");
        }
    }
}
