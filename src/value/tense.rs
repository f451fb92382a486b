//! The tense a quote gives a date written without its week or year. A weekday alone: `He will
//! be proclaimed king on Saturday` speaks of the Saturday ahead of the as-of date, `He was
//! proclaimed king on Saturday` (or no tense at all) of the one before it. A month or day of
//! a month without a year is read in the as-of year, except where the quote's tense says
//! otherwise: `The 46-year-old pleaded guilty in December`, in a July article, is the
//! December before it; `She will report to prison in late April`, in a November article, the
//! April after it. The value names only the weekday or month; the words of its sentence
//! before it say which.

use super::date::DateValue;
use super::date_words::{month_number, shift, weekday, years_before};
use jiff::civil::Date;

/// Words that put what follows in the future.
const AHEAD: [&str; 7] = ["will", "shall", "won't", "'ll", "would", "may", "might"];

/// Words before `to` that put what follows in the future (`is due to`, `is set to`).
const AHEAD_BEFORE_TO: [&str; 9] = [
    "is",
    "are",
    "due",
    "set",
    "scheduled",
    "expected",
    "going",
    "planned",
    "plans",
];

/// Words that put what follows in the past.
const PAST: [&str; 8] = ["was", "were", "had", "did", "wasn't", "weren't", "hadn't", "didn't"];

/// Common verbs in the simple past that do not end in `-ed` (forms that are also the present,
/// such as `put` or `set`, are left out).
const IRREGULAR_PAST: [&str; 56] = [
    "began", "became", "broke", "brought", "built", "came", "chose", "drew", "drove", "fell", "felt", "fled", "fought",
    "found", "gave", "got", "grew", "heard", "held", "kept", "knew", "led", "left", "lost", "made", "meant", "met",
    "paid", "ran", "rose", "sank", "saw", "sent", "shot", "sold", "spent", "spoke", "stood", "stole", "struck",
    "swore", "took", "taught", "thought", "threw", "went", "won", "wrote", "bought", "caught", "sought", "slept",
    "wept", "withdrew", "froze", "hid",
];

/// Verbs that report what someone said: the clause after them has a tense of its own
/// (`Officials said talks resume in December`), so the search stops there.
const REPORTING: [&str; 14] = [
    "said",
    "says",
    "told",
    "tells",
    "announced",
    "reported",
    "confirmed",
    "warned",
    "stated",
    "added",
    "claimed",
    "insisted",
    "believed",
    "hoped",
];

/// Words after which a word ending in `-ed` is a participle or an adjective, not a verb in
/// the past (`is expected`, `has been delayed`, `the scheduled hearing`).
const BEFORE_PARTICIPLE: [&str; 17] = [
    "is", "are", "be", "been", "being", "am", "'s", "'re", "has", "have", "the", "a", "an", "its", "his", "her",
    "their",
];

/// What the words before a date say of when it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Ahead,
    Past,
}

/// The words of a quote, lower-cased, curly apostrophes made straight.
fn words_of(quote: &str) -> Vec<String> {
    quote
        .split_whitespace()
        .map(|word| word.to_lowercase().replace('\u{2019}', "'"))
        .collect()
}

/// The tense of the nearest word of tense before word `at` of `words`, in its sentence.
fn tense_before(words: &[String], at: usize) -> Option<Tense> {
    for (n, word) in words.iter().enumerate().take(at).rev() {
        if word.ends_with(['.', ';', ':', '?', '!']) {
            return None;
        }
        let word = word.trim_matches(|c: char| !c.is_alphabetic() && c != '\'');
        if REPORTING.contains(&word) {
            return None;
        }
        let next_is_to = words.get(n + 1).is_some_and(|next| next == "to");
        if AHEAD.contains(&word) || word.ends_with("'ll") || (next_is_to && AHEAD_BEFORE_TO.contains(&word)) {
            return Some(Tense::Ahead);
        }
        if PAST.contains(&word) || IRREGULAR_PAST.contains(&word) || is_past_verb(words, n, word) {
            return Some(Tense::Past);
        }
    }
    None
}

/// Whether word `n` (`word`, trimmed) is a verb in the past ending in `-ed`: one not after a
/// form of `be` or `have` or a determiner (`Jurors convicted`, not `is expected`).
fn is_past_verb(words: &[String], n: usize, word: &str) -> bool {
    let before = n
        .checked_sub(1)
        .and_then(|at| words.get(at))
        .map(|before| before.trim_matches(|c: char| !c.is_alphabetic() && c != '\''));
    word.len() > 4 && word.ends_with("ed") && !before.is_some_and(|before| BEFORE_PARTICIPLE.contains(&before))
}

/// Whether `written` is a weekday alone (`Saturday`, `on Saturday`) that `quote` puts in the
/// future: the nearest word of tense before the weekday, in its sentence, is a future one.
fn weekday_ahead(written: &str, quote: &str) -> bool {
    let lowered = written.to_lowercase();
    let written: Vec<&str> = lowered.split_whitespace().collect();
    let day = match written.as_slice() {
        [day] | ["on", day] => *day,
        _ => return false,
    };
    let Some(wanted) = weekday(day) else {
        return false;
    };
    let words = words_of(quote);
    let Some(at) = words
        .iter()
        .position(|word| weekday(word.trim_matches(|c: char| !c.is_alphabetic())) == Some(wanted))
    else {
        return false;
    };
    tense_before(&words, at) == Some(Tense::Ahead)
}

/// Words that place a month written with them relative to the as-of date already.
const RELATIVE: [&str; 8] = ["last", "next", "this", "ago", "coming", "past", "previous", "following"];

/// The month a written date names without a year (`December`, `late April`, `December 7`,
/// `7 December`), or `None` when it gives a year, a relative word or no month name.
fn month_without_year(written: &str) -> Option<i8> {
    let lowered = written.to_lowercase();
    let tokens: Vec<&str> = lowered
        .split(|c: char| c.is_whitespace() || c == '-' || c == ',')
        .filter(|token| !token.is_empty())
        .collect();
    let has_year = tokens
        .iter()
        .any(|token| token.len() == 4 && token.bytes().all(|b| b.is_ascii_digit()));
    if has_year || tokens.iter().any(|token| RELATIVE.contains(token)) {
        return None;
    }
    let mut months = tokens.iter().filter_map(|token| month_number(token));
    match (months.next(), months.next()) {
        (Some(month), None) => Some(month),
        _ => None,
    }
}

/// A date read from `written` as the quote's tense places it: a weekday alone that the quote
/// puts in the future is the one ahead of a single as-of day; a month without a year that the
/// quote puts in the future and that ends before the as-of date is the one a year on, and one
/// the quote puts in the past that starts after it the one a year before. Any other date is
/// as read.
pub fn placed_by_tense(date: DateValue, written: &str, quote: &str, as_of: &DateValue) -> DateValue {
    if weekday_ahead(written, quote) {
        return week_ahead(date, as_of);
    }
    let Some(month) = month_without_year(written) else {
        return date;
    };
    let words = words_of(quote);
    let is_the_month = |word: &String| {
        let word = word.trim_matches(|c: char| !c.is_alphabetic() && c != '.');
        month_number(word) == Some(month)
    };
    let capitalised = quote.split_whitespace().map(|word| {
        word.trim_start_matches(|c: char| !c.is_alphabetic())
            .starts_with(char::is_uppercase)
    });
    let Some(at) = capitalised
        .zip(&words)
        .position(|(capitalised, word)| capitalised && is_the_month(word))
    else {
        return date;
    };
    match tense_before(&words, at) {
        Some(Tense::Ahead) if date.last < as_of.first => moved_by_years(date, 1),
        Some(Tense::Past) if date.first > as_of.last => moved_by_years(date, -1),
        _ => date,
    }
}

/// A weekday read as the last one on or before a single as-of day, moved a week on when it
/// is before that day: the same weekday, ahead.
fn week_ahead(day: DateValue, as_of: &DateValue) -> DateValue {
    let single = day.first == day.last && as_of.first == as_of.last && !day.is_ambiguous();
    match shift(day.first, 7) {
        Some(ahead) if single && day.first < as_of.first => DateValue {
            first: ahead,
            last: ahead,
            ..day
        },
        _ => day,
    }
}

/// A date moved by whole years; a range ending on the last day of a month ends on the last
/// day of that month in the new year (February 2023 moved on is the whole of February 2024).
fn moved_by_years(date: DateValue, years: i64) -> DateValue {
    let move_day = |day: Date| years_before(day, -years);
    let last = move_day(date.last).map(|moved| {
        if date.last == date.last.last_of_month() {
            moved.last_of_month()
        } else {
            moved
        }
    });
    match (move_day(date.first), last) {
        (Some(first), Some(last)) if !date.is_ambiguous() => DateValue { first, last, ..date },
        _ => date,
    }
}

#[cfg(test)]
mod tests {
    use super::{placed_by_tense, weekday_ahead};
    use crate::value::{DayRange, ParseContext, Value, ValueType, parse};
    use jiff::civil::date;

    #[test]
    fn the_nearest_tense_before_the_weekday_decides() {
        for (written, quote, ahead) in [
            (
                "Saturday",
                "He will be proclaimed king at St James's Palace on Saturday",
                true,
            ),
            ("on Saturday", "The leaders will meet on Saturday", true),
            ("Tuesday", "Officials said the talks are to resume on Tuesday", true),
            ("Tuesday", "The vote is due to take place on Tuesday", true),
            ("Tuesday", "They'll return on Tuesday", true),
            ("Tuesday", "The minister said talks would resume on Tuesday", true),
            (
                "Tuesday",
                "She said she will resign, and was replaced on Tuesday",
                false,
            ),
            ("Tuesday", "On Tuesday she received Liz Truss at Balmoral", false),
            ("Tuesday", "He was proclaimed king on Tuesday", false),
            ("Tuesday", "He will speak. The talks ended on Tuesday", false),
            ("22 October", "The leaders will meet on 22 October", false),
            ("Tuesday night", "They will meet on Tuesday night", false),
            ("Saturday", "The leaders will meet on Sunday", false),
        ] {
            assert_eq!(weekday_ahead(written, quote), ahead, "{written} in {quote:?}");
        }
    }

    /// The date `written` in `quote`, in an article of `published`, as the first and last day.
    fn placed(written: &str, quote: &str, published: jiff::civil::Date) -> String {
        let as_of = crate::value::DateValue::day(published);
        let context = ParseContext {
            reference: Some(DayRange {
                first: published,
                last: published,
            }),
            date_order: None,
        };
        let Ok(Value::Date(read)) = parse(written, ValueType::Date, &context) else {
            panic!("{written} reads as a date");
        };
        let placed = placed_by_tense(read, written, quote, &as_of);
        format!("{} to {}", placed.first, placed.last)
    }

    #[test]
    fn a_month_without_a_year_is_placed_by_the_tense_of_its_quote() {
        let july = date(2022, 7, 7);
        let november = date(2022, 11, 18);
        let february = date(2024, 2, 10);
        for (written, quote, published, expected) in [
            // A verb in the past before a month later in the year: the year before.
            (
                "December",
                "The 46-year-old pleaded guilty in December",
                july,
                "2021-12-01 to 2021-12-31",
            ),
            (
                "November",
                "The exchange collapsed in November, taking customer deposits with it",
                february,
                "2023-11-01 to 2023-11-30",
            ),
            (
                "late October",
                "Rescuers found the wreck in late October",
                february,
                "2023-10-21 to 2023-10-31",
            ),
            (
                "December 12",
                "Prosecutors charged him on December 12",
                february,
                "2023-12-12 to 2023-12-12",
            ),
            (
                "September",
                "Talks broke down in September",
                february,
                "2023-09-01 to 2023-09-30",
            ),
            // A future before a month earlier in the year: the year after.
            (
                "late April",
                "She will have to report to prison in late April",
                november,
                "2023-04-21 to 2023-04-30",
            ),
            (
                "February",
                "The hearing is due to resume in February",
                november,
                "2023-02-01 to 2023-02-28",
            ),
            // Everything else as read, in the as-of year.
            (
                "June",
                "Sentencing is expected in June",
                date(2021, 4, 21),
                "2021-06-01 to 2021-06-30",
            ),
            (
                "April",
                "Chauvin was convicted in April",
                date(2021, 6, 25),
                "2021-04-01 to 2021-04-30",
            ),
            (
                "December",
                "The scheduled hearing in December may slip",
                july,
                "2022-12-01 to 2022-12-31",
            ),
            (
                "December",
                "The case is expected to go to trial in December",
                july,
                "2022-12-01 to 2022-12-31",
            ),
            (
                "December",
                "The talks will resume in December",
                july,
                "2022-12-01 to 2022-12-31",
            ),
            (
                "December 2021",
                "He pleaded guilty in December 2021",
                july,
                "2021-12-01 to 2021-12-31",
            ),
            (
                "last December",
                "He pleaded guilty last December",
                july,
                "2021-12-01 to 2021-12-31",
            ),
            (
                "May",
                "The group said it may return in May",
                february,
                "2024-05-01 to 2024-05-31",
            ),
            (
                "December",
                "He pleaded guilty. The hearing is in December",
                july,
                "2022-12-01 to 2022-12-31",
            ),
            (
                "December",
                "Officials said talks resume in December",
                july,
                "2022-12-01 to 2022-12-31",
            ),
        ] {
            assert_eq!(placed(written, quote, published), expected, "{written} in {quote:?}");
        }
    }
}
