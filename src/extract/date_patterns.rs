//! The patterns of dates and times of day as news prose writes them, for the value finder:
//! each alternative is a form the value grammar reads, and the finder still checks every
//! match with the grammar before proposing it. Alternatives that start at the same place are
//! tried in order, so longer forms come before the forms they begin with.

/// The word lists a date pattern is built of, each a regular expression.
pub(super) struct DateWords<'a> {
    /// Month names in any case (`August`, `august`).
    pub months: &'a str,
    /// Month names capitalised, for a month written alone (`in May`, not `it may`).
    pub named_months: &'a str,
    /// Weekday names in any case.
    pub weekdays: &'a str,
    /// The hedges of counts (`about`, `nearly`), for `about a decade ago`.
    pub hedges: &'a str,
    /// Numbers in digits.
    pub digits: &'a str,
    /// Numbers in words.
    pub number: &'a str,
}

/// A word boundary between ASCII word characters.
const B: &str = "(?-u:\\b)";
/// A day of the month, with or without its ordinal ending (`3`, `3rd`).
const DAY: &str = "[0-9]{1,2}(?:st|nd|rd|th)?";
/// Months as news abbreviates them before a day (`Aug. 4`, `Sept. 11`): capitalised only.
const SHORT_MONTHS: &str = r"(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?";
/// Parts of a day said after its name (`Tuesday night`).
const PARTS: &str = "(?:morning|afternoon|evening|night)";
/// Seasons, said with a year or a pointing word.
const SEASONS: &str = "(?:spring|summer|autumn|winter)";

/// The pattern of a date: groups `full` (the whole match is the value), `inner` and
/// `inner_day` (the value after the word that places it: `in December`, `on Friday`),
/// `on_day` (`on the 14th`) and `poss_day` (the day of a possessive: `Tuesday's floods`).
pub(super) fn date_pattern(words: &DateWords) -> String {
    let DateWords {
        months,
        named_months,
        weekdays,
        ..
    } = *words;
    // A month before a day may be abbreviated; a month alone may not.
    let month = format!("(?:{months}|{SHORT_MONTHS})");
    let year = "[0-9]{4}";
    let day_month = format!(r"(?:{DAY}\s+{month}|{month}\s+{DAY})");
    let full = [
        // Ranges of days: `between 1 and 3 August`, `1-3 August 2020`, `August 1-3, 2020`.
        format!(r"(?:between\s+)?{DAY}\s*(?:and|to|-|–)\s*{DAY}\s+{month}(?:,?\s+{year})?"),
        format!(r"{month}\s+{DAY}\s*[-–]\s*{DAY}(?:,?\s+{year})?"),
        // A part of a day: `the night of 4 August`, `the early hours of Sunday`.
        format!(r"(?:the\s+)?(?:{PARTS}|early\s+hours)\s+of\s+(?:{day_month}|{weekdays})(?:,?\s+{year})?"),
        format!(r"(?:the\s+)?{DAY}\s+of\s+{month}(?:,?\s+{year})?"),
        // A month or a day of it in a year told by a pointing word: `July last year`.
        format!(r"(?:{day_month}|{named_months})\s+(?:last|this|next)\s+year"),
        format!(r"{day_month}(?:,?\s+{year})?"),
        format!(r"{month}\s+{year}"),
        format!(r"{year}-[0-9]{{2}}-[0-9]{{2}}"),
        format!(
            r"(?:early\s+|late\s+|earlier\s+)?(?:this|last)\s+(?:{weekdays}|week|weekend|month|year|{SEASONS}|{PARTS})"
        ),
        format!(r"next\s+(?:{weekdays}|week|weekend|month|year)"),
        format!(r"(?:early\s+|late\s+)?yesterday(?:\s+{PARTS})?|tonight|earlier\s+today"),
        format!(r"last\s+{named_months}"),
        format!(r"between\s+{year}\s+and\s+{year}"),
        r"(?:the\s+)?(?:early\s+|late\s+)?[0-9]{3}0s".to_owned(),
        format!(r"(?:early|late|mid-)\s*(?:{year}|{named_months}(?:\s+{year})?)"),
        // Parts of a month or a year: `the end of March`, `the second half of 2023`, `Q3 2022`.
        format!(r"the\s+(?:end|start|beginning|middle)\s+of\s+(?:{named_months}(?:\s+{year})?|{year})"),
        format!(r"the\s+(?:first|second)\s+half\s+of\s+{year}"),
        format!(r"(?:the\s+)?(?:first|second|third|fourth)\s+quarter\s+of\s+{year}|(?-i:Q)[1-4]\s+{year}"),
        format!(r"(?:the\s+)?{SEASONS}\s+of\s+{year}|{SEASONS}\s+{year}"),
        r"the\s+weekend".to_owned(),
        ago(words),
    ]
    .join("|");
    let inner = format!(
        r"{named_months}(?:\s+[0-9]{{1,2}})?\s+(?:last|this|next)\s+year|{named_months}(?:\s+[0-9]{{1,2}}(?:,\s+{year})?|\s+{year})?"
    );
    let inner_day = format!(r"{year}-[0-9]{{2}}-[0-9]{{2}}|{year}|{weekdays}(?:\s+{PARTS})?");
    format!(
        r"{B}(?:(?P<full>{full})|(?:in|since|until|by)\s+(?P<inner>{inner})|(?:in|since|until|by|on)\s+(?P<inner_day>{inner_day})|on\s+(?P<on_day>the\s+[0-9]{{1,2}}(?:st|nd|rd|th)(?:\s+of\s+{month}(?:,?\s+{year})?)?)|(?P<poss_day>{weekdays}(?:\s+{PARTS})?)['’]s){B}"
    )
}

/// A length of time counted back from the article's day (`three weeks ago`, `about a
/// decade ago`).
fn ago(words: &DateWords) -> String {
    let DateWords {
        hedges, digits, number, ..
    } = *words;
    format!(r"(?:(?:{hedges})\s+)?(?:{digits}|{number}|an?)\s+(?:days?|weeks?|months?|years?|decades?)\s+ago")
}

/// The pattern of a time of day on a named day, as news writes it (`at about 1:28 a.m. on
/// Tuesday`, `20:12 on 29 October`, `Friday at 9am`, `noon on Friday`): the hedge and zone
/// are part of the value (group `t_value`), the "at" or "on" before it is not. A clock with
/// no day is left out: the value grammar cannot place it.
pub(super) fn time_pattern(words: &DateWords) -> String {
    let DateWords { months, weekdays, .. } = *words;
    let hedge = r"(?:(?:about|around|approximately|roughly|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?";
    let half = r"\s*(?-u:(?i:a\.m\.|p\.m\.|a\.m|p\.m|am|pm))";
    let clock = format!(
        r"(?:[0-9]{{1,2}}(?:[:.][0-9]{{2}})?{half}|[0-9]{{1,2}}:[0-9]{{2}}|noon)(?:\s+(?:local\s+time|GMT|BST|UTC|ET|EST|EDT|CET|CEST))?"
    );
    let part = format!(r"(?:\s+{PARTS})?");
    let day = format!(
        r"(?:{weekdays}{part}|(?:{months})\s+[0-9]{{1,2}}(?:,\s+[0-9]{{4}})?|[0-9]{{1,2}}\s+(?:{months})(?:\s+[0-9]{{4}})?)"
    );
    // A clock ending in a full stop ("9 a.m.") has no word boundary after it.
    format!(
        r"{B}(?:at\s+|on\s+)?(?P<t_value>{hedge}{clock}\s+(?:on\s+)?{day}{B}|{weekdays}{part}\s+at\s+{hedge}{clock})"
    )
}
