//! Property tests of the value grammar: any text given to the parser either reads or returns
//! an error, never panics; and what a value prints reads back as the same value.

use super::{DayRange, ParseContext, Value, ValueType, parse, parse_list};
use jiff::civil::date;
use proptest::prelude::*;

const ALL_TYPES: [ValueType; 13] = ValueType::ALL;

fn on_publication_day() -> ParseContext {
    let day = date(2025, 10, 22);
    ParseContext {
        reference: Some(DayRange { first: day, last: day }),
        date_order: None,
    }
}

/// Words and signs of the grammar, so random phrases reach deep into the parser.
const WORDS: &[&str] = &[
    "about",
    "around",
    "roughly",
    "more",
    "than",
    "at",
    "least",
    "most",
    "up",
    "to",
    "between",
    "and",
    "just",
    "under",
    "over",
    "a",
    "few",
    "dozen",
    "dozens",
    "hundred",
    "hundreds",
    "large",
    "thousands",
    "fifty",
    "70",
    "1,500",
    "3.5",
    "-5",
    "0",
    "80%",
    "percent",
    "aged",
    "now",
    "year-old",
    "in",
    "his",
    "forties",
    "2013",
    "2020-08",
    "2025-10-22",
    "August",
    "October",
    "22",
    "february",
    "29",
    "last",
    "this",
    "early",
    "mid-",
    "late",
    "week",
    "month",
    "year",
    "years",
    "months",
    "days",
    "Wednesday",
    "today",
    "the",
    "2000s",
    "not",
    "none",
    "night",
    "overnight",
    "midnight",
    "shortly",
    "after",
    "hours",
    "ago",
    "since",
    "by",
    "either",
    "or",
    "winter",
    "autumn",
    "half",
    "end",
    "03/04/2025",
    "21-22",
    "Tuesday",
    "decade",
    "fortnight",
    "yes",
    "no",
    ",",
    "-",
    "–",
    "…",
    "’",
    "İ",
    "ß",
    "🙂",
    "\u{0301}",
    "\u{200B}",
];

fn phrase() -> impl Strategy<Value = String> {
    let word = prop::sample::select(WORDS);
    let separator = prop::sample::select(&[" ", "-", "", "  "][..]);
    prop::collection::vec((word, separator), 0..8).prop_map(|parts| {
        parts
            .into_iter()
            .map(|(word, separator)| format!("{word}{separator}"))
            .collect()
    })
}

/// A value as a reporter writes it, of a type that prints back in the grammar.
fn written_value() -> impl Strategy<Value = (ValueType, String)> {
    let n = 1u32..5000;
    prop_oneof![
        n.clone().prop_map(|n| (ValueType::Count, n.to_string())),
        n.clone().prop_map(|n| (ValueType::Count, format!("about {n}"))),
        n.clone().prop_map(|n| (ValueType::Count, format!("more than {n}"))),
        n.clone().prop_map(|n| (ValueType::Count, format!("at least {n}"))),
        n.clone().prop_map(|n| (ValueType::Count, format!("up to {n}"))),
        (n.clone(), 1u32..100).prop_map(|(n, d)| (ValueType::Count, format!("{n}-{}", n + d))),
        (0u32..=100).prop_map(|n| (ValueType::Percentage, format!("{n}%"))),
        (0u32..=100).prop_map(|n| (ValueType::Percentage, format!("up to {n}%"))),
        (1u32..120).prop_map(|n| (ValueType::Age, n.to_string())),
        (1u32..60).prop_map(|n| (ValueType::Duration, format!("{n} months"))),
        (1u32..60).prop_map(|n| (ValueType::Duration, format!("about {n} years"))),
        (1u32..400).prop_map(|n| (ValueType::Duration, format!("{n} days"))),
        (1900i16..2100).prop_map(|y| (ValueType::Date, y.to_string())),
        (1900i16..2100, 1i8..=12).prop_map(|(y, m)| (ValueType::Date, format!("{y}-{m:02}"))),
        (1900i16..2100, 1i8..=12, 1i8..=28).prop_map(|(y, m, d)| (ValueType::Date, format!("{y}-{m:02}-{d:02}"))),
        prop::sample::select(&["dozens", "a few dozen", "hundreds", "a dozen"][..])
            .prop_map(|w| (ValueType::Count, w.to_owned())),
    ]
}

/// How a value prints in the grammar, when it does.
fn printed(value: &Value) -> Option<String> {
    match value {
        Value::Quantity(quantity) => Some(quantity.to_string()),
        Value::Duration(duration) => Some(duration.to_string()),
        Value::Date(date) => Some(date.to_string()),
        _ => None,
    }
}

/// A count or percentage phrased as news copy phrases it: a hedge with its direction, an
/// alternative, a two-sided bound, a joined scale or a fraction.
fn news_quantity() -> impl Strategy<Value = (ValueType, String)> {
    let hedge = prop::sample::select(
        &[
            "",
            "nearly ",
            "almost ",
            "just under ",
            "just over ",
            "some ",
            "about ",
            "upwards of ",
            "well over ",
            "as many as ",
            "at least ",
            "fewer than ",
            "exactly ",
            "slightly more than ",
        ][..],
    );
    let n = 1u32..100_000;
    prop_oneof![
        (hedge, n.clone()).prop_map(|(h, n)| (ValueType::Count, format!("{h}{n}"))),
        n.clone().prop_map(|n| (ValueType::Count, format!("{n}-odd"))),
        n.clone().prop_map(|n| (ValueType::Count, format!("{n} or so"))),
        (n.clone(), 1u32..10).prop_map(|(n, d)| (ValueType::Count, format!("{n} or {}", n + d))),
        (n.clone(), 2u32..50).prop_map(|(n, d)| (ValueType::Count, format!("more than {n} but fewer than {}", n + d))),
        (
            1u32..1000,
            prop::sample::select(&["m", "bn", "k", " million", " billion", " trillion"][..])
        )
            .prop_map(|(n, s)| (ValueType::Count, format!("{n}{s}"))),
        (1u32..10, 2u32..10).prop_map(|(a, b)| (ValueType::Percentage, format!("{a} in {}", a.max(b)))),
        (
            prop::sample::select(&["nearly ", "more than ", "about ", ""][..]),
            prop::sample::select(&["half", "two-thirds", "a third", "three-quarters", "one in five"][..])
        )
            .prop_map(|(h, f)| (ValueType::Percentage, format!("{h}{f}"))),
        (1u32..100, 1u32..10).prop_map(|(a, d)| (ValueType::Age, format!("{a} or {}", a + d))),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn news_quantities_read_and_read_back_from_their_normal_form((ty, written) in news_quantity()) {
        let value = parse(&written, ty, &on_publication_day());
        prop_assert!(value.is_ok(), "{written:?} as {ty:?}: {value:?}");
        let value = value.unwrap_or(Value::Boolean(false));
        let shown = value.to_string();
        let again = parse(&shown, ty, &on_publication_day());
        prop_assert_eq!(again.as_ref().ok(), Some(&value), "{:?} shown as {:?}", written, shown);
    }


    #[test]
    fn any_text_reads_or_is_refused_without_panicking(text in any::<String>()) {
        for ty in ALL_TYPES {
            let _ = parse(&text, ty, &on_publication_day());
            let _ = parse(&text, ty, &ParseContext { reference: None, date_order: None });
        }
        let _ = parse_list(&[text.as_str(), "x"], ValueType::Entities, &on_publication_day());
    }

    #[test]
    fn any_phrase_of_grammar_words_reads_or_is_refused(text in phrase()) {
        for ty in ALL_TYPES {
            let _ = parse(&text, ty, &on_publication_day());
        }
    }

    #[test]
    fn what_a_value_prints_reads_back_as_the_same_value((ty, written) in written_value()) {
        let value = parse(&written, ty, &on_publication_day());
        prop_assert!(value.is_ok(), "{written:?} as {ty:?}: {value:?}");
        let value = value.unwrap_or(Value::Boolean(false));
        let Some(printed) = printed(&value) else {
            return Err(TestCaseError::fail(format!("{value:?} does not print")));
        };
        let again = parse(&printed, ty, &on_publication_day());
        prop_assert_eq!(again.as_ref().ok(), Some(&value), "{:?} printed as {:?}", written, printed);
    }
}

/// Dates as news prose writes them, from the forms of the date grammar.
fn news_date() -> impl Strategy<Value = String> {
    let weekday = prop::sample::select(vec!["Monday", "Tuesday", "Wednesday", "Sunday"]);
    let part = prop::sample::select(vec!["night", "morning", "evening", "afternoon"]);
    let month = prop::sample::select(vec!["January", "Feb", "March", "Sept", "October", "December"]);
    let third = prop::sample::select(vec!["early", "mid-", "late", "the end of", "the start of"]);
    let season = prop::sample::select(vec!["spring", "summer", "autumn", "fall", "winter"]);
    let unit = prop::sample::select(vec!["days", "weeks", "months", "years"]);
    prop_oneof![
        (weekday.clone(), part).prop_map(|(d, p)| format!("{d} {p}")),
        weekday.clone().prop_map(|d| format!("shortly after midnight {d}")),
        weekday.clone().prop_map(|d| format!("in the early hours of {d}")),
        (third, month.clone(), 1990i16..2030).prop_map(|(t, m, y)| format!("{t} {m} {y}")),
        (season, 1990i16..2030).prop_map(|(s, y)| format!("{s} {y}")),
        (1i64..40, unit).prop_map(|(n, u)| format!("{n} {u} ago")),
        (1u8..32, 1u8..13, 1990i16..2030).prop_map(|(d, m, y)| format!("{d:02}/{m:02}/{y}")),
        (month.clone(), 1u8..28, 0u8..4, 1990i16..2030).prop_map(|(m, d, w, y)| format!("{m} {d}-{}, {y}", d + w)),
        (1990i16..2030).prop_map(|y| format!("around {y}")),
        (1990i16..2030).prop_map(|y| format!("since {y}")),
        (prop::sample::select(vec!["early", "mid-", "late"]), 11u8..22)
            .prop_map(|(t, c)| format!("the {t} {c}th century")),
        (1u8..28, month).prop_map(|(d, m)| format!("the night of {d} to {} {m}", d + 1)),
        (1990i16..2020, 1i16..9).prop_map(|(y, n)| format!("{y}-{:02}", (y + n) % 100)),
    ]
}

/// Counts as news prose writes them with the words around them: what is counted, a part of a
/// span, an increment.
fn news_count() -> impl Strategy<Value = String> {
    let part = prop::sample::select(vec!["low", "mid", "high", "upper", "lower"]);
    let span = prop::sample::select(vec![
        "hundreds",
        "thousands",
        "teens",
        "thirties",
        "40s",
        "single digits",
    ]);
    let hedge = prop::sample::select(vec!["", "some ", "about ", "nearly ", "more than ", "another "]);
    let people = prop::sample::select(vec!["people", "persons", "individuals", "in all", "of them"]);
    prop_oneof![
        (part, span).prop_map(|(p, s)| format!("the {p} {s}")),
        (hedge, 1u32..100_000, people).prop_map(|(h, n, w)| format!("{h}{n} {w}")),
    ]
}

/// Durations as news prose writes them.
fn news_duration() -> impl Strategy<Value = String> {
    let unit = prop::sample::select(vec!["hour", "day", "week", "month", "year", "decade"]);
    prop_oneof![
        (1u8..20, unit.clone()).prop_map(|(n, u)| format!("{n} and a half {u}s")),
        unit.clone().prop_map(|u| format!("a {u} and a half")),
        (2u8..99, unit.clone()).prop_map(|(n, u)| format!("{n}-{u}")),
        (1u8..9, 1u8..11).prop_map(|(y, m)| format!("{y} years and {m} months")),
        unit.clone().prop_map(|u| format!("just over a {u}")),
        unit.prop_map(|u| format!("for {u}s")),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn a_refused_value_suggests_only_what_reads(text in phrase(), ty in prop::sample::select(&ALL_TYPES[..])) {
        if let Err(e) = parse(&text, ty, &on_publication_day())
            && let Some(fix) = e.help.strip_prefix("did you mean \"").and_then(|rest| rest.split_once("\"?")).map(|(fix, _)| fix)
        {
            prop_assert!(parse(fix, ty, &on_publication_day()).is_ok(), "{text:?} suggests {fix:?}, which does not read");
        }
    }

    #[test]
    fn a_news_date_reads_and_its_days_read_back_the_same(written in news_date()) {
        let ctx = on_publication_day();
        if let Ok(Value::Date(date)) = parse(&written, ValueType::Date, &ctx) {
            let again = parse(&date.to_string(), ValueType::Date, &ctx);
            let Ok(Value::Date(again)) = again else {
                return Err(TestCaseError::fail(format!("{written:?} shown as {date} does not read: {again:?}")));
            };
            prop_assert_eq!((again.first, again.last, again.readings), (date.first, date.last, date.readings), "{}", written);
        }
    }

    #[test]
    fn a_news_count_reads_and_reads_back_the_same(written in news_count()) {
        let ctx = on_publication_day();
        let value = parse(&written, ValueType::Count, &ctx);
        prop_assert!(value.is_ok(), "{written:?}: {value:?}");
        if let Ok(value) = value {
            let again = parse(&value.to_string(), ValueType::Count, &ctx);
            prop_assert_eq!(again.as_ref().ok(), Some(&value), "{}", written);
        }
    }

    #[test]
    fn an_age_told_by_a_birth_day_is_the_whole_years_to_the_as_of_day(y in 1900i16..2025, m in 1i8..13, d in 1i8..29) {
        let written = format!("born on {d} {} {y}", super::MONTH_NAMES[(m - 1) as usize]);
        let value = parse(&written, ValueType::Age, &on_publication_day());
        let birthday_to_come = (10, 22) < (m, d);
        let years = 2025 - y - i16::from(birthday_to_come);
        prop_assert_eq!(value.map(|age| age.to_string()), Ok(years.to_string()), "{}", written);
    }

    #[test]
    fn a_news_duration_reads_and_reads_back_the_same(written in news_duration()) {
        let ctx = on_publication_day();
        let value = parse(&written, ValueType::Duration, &ctx);
        prop_assert!(value.is_ok(), "{written:?}: {value:?}");
        if let Ok(value) = value {
            let again = parse(&value.to_string(), ValueType::Duration, &ctx);
            prop_assert_eq!(again.as_ref().ok(), Some(&value), "{}", written);
        }
    }
}

#[test]
fn the_fuzz_seeds_read_or_are_refused_without_panicking() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds/value_parser");
    let seeds = std::fs::read_dir(&folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display()));
    let mut read = 0;
    for seed in seeds.flatten() {
        let bytes = std::fs::read(seed.path()).unwrap_or_default();
        let text = String::from_utf8_lossy(&bytes);
        for ty in ALL_TYPES {
            let _ = parse(&text, ty, &on_publication_day());
        }
        read += 1;
    }
    assert!(read > 100, "{read} seeds");
}
