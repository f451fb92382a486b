//! Times written as a stopwatch writes them ("ran 2:00:35", "won the 1,500m in 3:27.65",
//! "finished in 2hr 11min 23sec"): found as lengths of time when the value grammar reads them
//! (hours, minutes and seconds, or minutes and seconds with a fraction; never two bare parts
//! such as `2:05`, which may be hours or minutes), and when the words around them do not make
//! them a time of day ("at 12:40:05", "14:30:00 GMT"), a ratio or a scale.

use super::patterns::Family;
use super::values::{Found, loads};
use regex::Regex;
use std::sync::LazyLock;

/// A stopwatch time: `2:00:35`, `3:27.65`, `1:43.2`, or its units glued to its numbers
/// (`2hr 11min 23sec`, `3min 27.65sec`).
static STOPWATCH: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?i-u)\b(?:[0-9]{1,3}:[0-9]{2}(?::[0-9]{2})?(?:\.[0-9]+)?|[0-9]{1,2}\s?(?:hrs?|h)\s+[0-9]{1,2}\s?mins?\s+[0-9]{1,2}(?:\.[0-9]+)?\s?secs?|[0-9]{1,2}\s?mins?\s+[0-9]{1,2}(?:\.[0-9]+)?\s?secs?)\b",
    )
});

/// A constant pattern. `expect` cannot fail at run time: the pattern is a literal, and the
/// tests of this module compile it.
#[allow(clippy::expect_used)]
fn pattern(text: &str) -> Regex {
    Regex::new(text).expect("a constant pattern compiles")
}

/// Words right before a figure that make it a moment, not a length ("at 12:40:05", "from
/// 10:00:00").
const MOMENT_BEFORE: &[&str] = &[
    "at", "until", "till", "by", "from", "since", "between", "before", "after",
];

/// Words that join the second figure of a range to the first ("from 10:00:00 to 11:30:00"):
/// the second is a moment when the first is.
const RANGE_WORDS: &[&str] = &["to", "and", "until", "till"];

/// Hedges that may stand between such a word and the figure ("at about 12:40:05").
const HEDGES: &[&str] = &[
    "about",
    "around",
    "approximately",
    "roughly",
    "exactly",
    "precisely",
    "just",
];

/// Words right after a figure that make it a time of day or a proportion.
const NOT_A_LENGTH_AFTER: &[&str] = &[
    "am", "a.m.", "a.m", "pm", "p.m.", "p.m", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "local",
    "o'clock", "hours", "hrs", "ratio", "scale",
];

/// Words right before a figure that make it a proportion ("a ratio of 1:25:50").
const NOT_A_LENGTH_BEFORE: &[&str] = &["ratio", "scale", "proportion", "proportions"];

/// Words right after a length that make it the gap between two times ("two minutes clear of
/// the field", "0.3 seconds ahead of her rival"), not a time anyone took.
const GAP_AFTER: &[&str] = &[
    "clear of",
    "ahead of",
    "adrift of",
    "short of",
    "faster than",
    "slower than",
    "quicker than",
];

/// Whether the words after a length (in lower case) make it a gap between two times.
pub(super) fn is_gap(after: &str) -> bool {
    let after = after.trim_start();
    GAP_AFTER.iter().any(|words| {
        after
            .strip_prefix(words)
            .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
    })
}

/// The stopwatch times of a text, in text order, as lengths of time the grammar reads.
pub(super) fn find(text: &str) -> Vec<Found> {
    STOPWATCH
        .find_iter(text)
        .filter(|found| is_length(text, found.start(), found.end()))
        .map(|found| Found {
            family: Family::Duration,
            start: found.start(),
            end: found.end(),
            written: found.as_str().split_whitespace().collect::<Vec<_>>().join(" "),
            age_form: None,
        })
        .filter(loads)
        .collect()
}

/// The values found by the family patterns and the stopwatch times, in text order: a
/// stopwatch time is read whole, so a value within it (`2 hr` of `2 hr 11 min 23 sec`) goes.
pub(super) fn merge(found: Vec<Found>, times: Vec<Found>) -> Vec<Found> {
    if times.is_empty() {
        return found;
    }
    let mut all: Vec<Found> = found
        .into_iter()
        .filter(|value| {
            !times
                .iter()
                .any(|time| value.start < time.end && time.start < value.end)
        })
        .collect();
    all.extend(times);
    all.sort_by_key(|value| value.start);
    all
}

/// Whether the figure at `start..end` is a length: not glued to more figures (`1:2:3:4`,
/// `2023-10-08 12:40:05`), and not a moment or a proportion by the words around it.
fn is_length(text: &str, start: usize, end: usize) -> bool {
    let (before, after) = (&text[..start], &text[end..]);
    let words: Vec<String> = before
        .split_whitespace()
        .rev()
        .take(3)
        .map(|word| {
            word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
                .to_lowercase()
        })
        .collect();
    let proportion = words
        .iter()
        .take(2)
        .any(|word| NOT_A_LENGTH_BEFORE.contains(&word.as_str()));
    !(is_glued(before, after, &words) || is_moment(&words) || proportion || is_clock(after))
}

/// Whether the figure is part of a longer one: digits or separators right before or after
/// it, or a word with digits just before it (a date).
fn is_glued(before: &str, after: &str, words: &[String]) -> bool {
    before.ends_with(|c: char| c.is_ascii_digit() || ":./-".contains(c))
        || after.starts_with(':')
        || after.starts_with('.') && after[1..].starts_with(|c: char| c.is_ascii_digit())
        || words
            .first()
            .is_some_and(|word| word.contains(|c: char| c.is_ascii_digit()))
}

/// Whether the words before a figure (nearest first) make it a moment: "at", "since", a hedge
/// between ("at about"), or the second end of a range of moments ("from 10:00:00 to").
fn is_moment(words: &[String]) -> bool {
    let moment = |word: &String| MOMENT_BEFORE.contains(&word.as_str());
    words
        .iter()
        .find(|word| !HEDGES.contains(&word.as_str()))
        .is_some_and(moment)
        || matches!(words, [join, figure, word]
            if RANGE_WORDS.contains(&join.as_str()) && figure.contains(':') && moment(word))
}

/// Whether the word after a figure makes it a time of day ("a.m.", "GMT", "local") or a
/// proportion, or letters are glued to it ("12:40:00pm").
fn is_clock(after: &str) -> bool {
    let next = after
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches([',', ';', ')'])
        .to_lowercase();
    let next = next
        .strip_suffix('.')
        .filter(|word| !word.contains('.'))
        .unwrap_or(&next);
    NOT_A_LENGTH_AFTER.contains(&next) || after.starts_with(|c: char| c.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tests::{Attached, assert_attached};

    /// Sentences and the stopwatch times found in them, as written.
    const FOUND: &[(&str, &[&str])] = &[
        (
            "The Ethiopian ran 2:03:41 over the flat course in Rotterdam.",
            &["2:03:41"],
        ),
        ("She swam the 400m medley in 4:26.36 to take gold.", &["4:26.36"]),
        (
            "Norway's crew rowed the 2,000m course in 5:42.17, a world best.",
            &["5:42.17"],
        ),
        (
            "He won the time trial in 1:02:14, ahead of the Slovenian.",
            &["1:02:14"],
        ),
        ("the previous mark of 3:26.00 stood for two decades", &["3:26.00"]),
        ("a personal best of 1:43.2 in the 800m", &["1:43.2"]),
        ("The Kenyan finished in 2hr 11min 23sec.", &["2hr 11min 23sec"]),
        (
            "She finished in 2 hr 18 min 5 sec on a hot day.",
            &["2 hr 18 min 5 sec"],
        ),
        ("The relay team clocked 3:16.85 in the heats.", &["3:16.85"]),
        (
            "Second was Moreau in 2:09:12; third, Okafor in 2:09:40.",
            &["2:09:12", "2:09:40"],
        ),
        (
            "She lowered the national record to 2:18:04 and then to 2:17:45.",
            &["2:18:04", "2:17:45"],
        ),
    ];

    /// Sentences with no stopwatch time: clock times, scores, ratios, verses, tickers.
    const NOT_FOUND: &[&str] = &[
        "The train left at 2:05 p.m. on Friday.",
        "The polls close at 10:00:00 local time.",
        "The first tremor struck at about 04:17:30 on Monday.",
        "Logs show the alarm at 2023-10-08 12:40:05 was ignored.",
        "The alarm sounded at 12:40:05 GMT.",
        "Arsenal won 2:1 at home.",
        "The recipe uses a ratio of 1:25:50 of salt, flour and water.",
        "The pastor read John 3:16 aloud.",
        "FTSE 100 12:40 | Dow 09:30",
        "Doors open from 18:30:00 until 23:00:00.",
        "The final ended 2:05 after extra time.",
        "The device version 1:2:3:4 shipped.",
        "Train times: 12:40:00pm and 13:10:00pm.",
    ];

    #[test]
    fn finds_stopwatch_times() {
        for (sentence, expected) in FOUND {
            let written: Vec<String> = find(sentence).into_iter().map(|found| found.written).collect();
            assert_eq!(&written, expected, "{sentence}");
        }
    }

    #[test]
    fn leaves_clock_times_scores_ratios_and_verses() {
        for sentence in NOT_FOUND {
            assert!(find(sentence).is_empty(), "{sentence}: {:?}", find(sentence));
        }
    }

    const RACERS: &str = "entities:
  - {id: amara-okafor, kind: person, name: Amara Okafor, aliases: [Okafor]}
  - {id: lena-brandt, kind: person, name: Lena Brandt, aliases: [Brandt]}
  - {id: tomas-reyes, kind: person, name: Tomas Reyes, aliases: [Reyes]}
  - {id: ines-moreau, kind: person, name: Ines Moreau, aliases: [Moreau]}
  - {id: dutch-eight, kind: group, name: Dutch eight}
";
    const TIMES: &str = "properties:
  - {id: finish-time, name: finishing time, type: duration}
  - {id: winning-margin, name: winning margin, type: duration}
";

    #[test]
    fn a_race_time_is_the_finishing_time_of_who_ran_it() {
        let table: &[(&str, &[Attached])] = &[
            (
                "Amara Okafor ran 2:06:11 over the flat course.",
                &[("amara-okafor", "finish-time", "2:06:11")],
            ),
            (
                "Lena Brandt swam the butterfly in 2:05.61, a European record.",
                &[("lena-brandt", "finish-time", "2:05.61")],
            ),
            (
                "Tomas Reyes held on for fourth place in 4:12:09 after a late puncture.",
                &[("tomas-reyes", "finish-time", "4:12:09")],
            ),
            (
                "The previous best of 5:18.44 was set by the Dutch eight in Lucerne.",
                &[("dutch-eight", "finish-time", "5:18.44")],
            ),
            (
                "Ines Moreau, who was third in 2:21:40, said the heat had been brutal.",
                &[("ines-moreau", "finish-time", "2:21:40")],
            ),
            (
                "Reyes was second in 3:58.20, with Okafor third in 3:59.02.",
                &[
                    ("tomas-reyes", "finish-time", "3:58.20"),
                    ("amara-okafor", "finish-time", "3:59.02"),
                ],
            ),
            (
                "Okafor won the 1,500m in 3:31.07.",
                &[("amara-okafor", "finish-time", "3:31.07")],
            ),
            (
                "Reyes clocked 9.79 seconds in the final.",
                &[("tomas-reyes", "finish-time", "9.79 seconds")],
            ),
            (
                "Okafor finished in 2hr 7min 9sec.",
                &[("amara-okafor", "finish-time", "2hr 7min 9sec")],
            ),
            (
                "Reyes led from the gun. His time of 1:58:30 beat the field.",
                &[("tomas-reyes", "finish-time", "1:58:30")],
            ),
            (
                "Brandt crossed the line in 8:14.02, almost four seconds clear of Moreau.",
                &[("lena-brandt", "finish-time", "8:14.02")],
            ),
            ("Okafor landed at 2:05:00 local time.", &[]),
            ("Brandt beat Moreau 2:1 in the final set.", &[]),
            ("Reyes read John 3:16 before the start.", &[]),
            ("Reyes spent three weeks in hospital.", &[]),
        ];
        assert_attached(RACERS, Some(TIMES), table);
    }

    #[test]
    fn a_gap_between_two_times_is_told_by_the_words_after_it() {
        let gaps = [
            " clear of the field",
            " ahead of her rival.",
            " faster than last year",
            " short of the mark",
        ];
        for after in gaps {
            assert!(is_gap(after), "{after}");
        }
        for after in [" in the final", " behind bars", " of racing", " clearly", " ahead"] {
            assert!(!is_gap(after), "{after}");
        }
    }

    #[test]
    fn a_stopwatch_time_replaces_the_values_within_it() {
        let text = "She finished in 2 hr 18 min 5 sec.";
        let part = Found {
            family: Family::Duration,
            start: 16,
            end: 20,
            written: "2 hours".to_owned(),
            age_form: None,
        };
        let merged = merge(vec![part], find(text));
        let written: Vec<&str> = merged.iter().map(|found| found.written.as_str()).collect();
        assert_eq!(written, ["2 hr 18 min 5 sec"]);
    }
}
