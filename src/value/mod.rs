//! The value grammar: what editors write in a claim's `value:` field, parsed into a
//! normal form that can be compared (intervals of numbers or days, entity sets,
//! normalised strings).
//!
//! This floor knows nothing about sources, files or the entity registry. Entity names
//! are returned as written; the corpus layer resolves them to canonical ids.
//! Parsing is a pure function of the text, the value type and a [`ParseContext`].

mod age;
mod ahead;
mod born;
mod calendar;
mod clock;
mod date;
mod date_words;
mod dayparts;
mod descriptors;
mod duration;
mod eras;
mod error;
mod hedge;
mod hedge_words;
mod holidays;
mod interval;
mod lexer;
mod news_clock;
mod number;
mod numeric;
mod people;
mod percent;
mod periods;
mod quantity;
mod reference;
mod relative;
mod scale_parts;
mod set;
mod spoken_clock;
mod suggest;
mod tense;
mod time_window;
mod units;
mod unknown;

#[cfg(test)]
mod phrasebook;
#[cfg(test)]
mod properties;

pub use date::{DateValue, Precision};
pub use date_words::{MONTH_NAMES, WEEKDAY_NAMES, years_before};
pub use duration::{Duration, DurationUnit, UNIT_WORDS};
pub(crate) use interval::hundredths;
pub use interval::{Bound, Interval};
pub use number::parse_number;
pub use numeric::DateOrder;
pub use quantity::{Quantity, Reading, Tolerance};
pub use reference::noting_reference;
pub use set::EntitySet;
pub use tense::placed_by_tense;
pub use time_window::TimeWindow;
pub use units::GLUED_UNITS;
pub use unknown::Unknown;

use jiff::civil::Date;
use std::fmt;

/// The type of a property's values, which decides how a written value is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ValueType {
    /// A count of people or things (`70`, `about fifty`, `dozens`, `more than 70`).
    Count,
    /// Any other number (`3.5`, `around 5,000`).
    Number,
    /// A percentage (`80%`, `up to 80 percent`).
    Percentage,
    /// An age in years (`50`, `aged 49`, `50-year-old`, `now 49`, `in his forties`).
    Age,
    /// A date or date range of any precision (`2013`, `August 2020`, `last week`).
    Date,
    /// A length of time (`17 months`, `five years`, `one day`).
    Duration,
    /// One entity (`82nd Division`) or `none`.
    Entity,
    /// A set of entities (`Uzbek fighters, Turkistan Islamic Party`), open-world.
    Entities,
    /// Free text, compared after normalisation.
    Text,
    /// Yes or no (`yes`, `no`, `true`, `false`).
    Boolean,
    /// A time of day on a date, as the local wall-clock minute (`12/1/11 2:06 PM (-05:00)`).
    Time,
    /// A code such as a gate or a flight number (`Term C - C44` is `C44`).
    Code,
    /// A list of people's names (`Knuth, Donald E.; Fuller, John`), matched by surname and
    /// first initial, order ignored.
    People,
}

impl ValueType {
    /// Every value type.
    pub const ALL: [ValueType; 13] = [
        ValueType::Count,
        ValueType::Number,
        ValueType::Percentage,
        ValueType::Age,
        ValueType::Date,
        ValueType::Duration,
        ValueType::Entity,
        ValueType::Entities,
        ValueType::Text,
        ValueType::Boolean,
        ValueType::Time,
        ValueType::Code,
        ValueType::People,
    ];

    /// The name used in corpus files (`count`, `date`).
    pub fn as_str(self) -> &'static str {
        match self {
            ValueType::Count => "count",
            ValueType::Number => "number",
            ValueType::Percentage => "percentage",
            ValueType::Age => "age",
            ValueType::Date => "date",
            ValueType::Duration => "duration",
            ValueType::Entity => "entity",
            ValueType::Entities => "entities",
            ValueType::Text => "text",
            ValueType::Boolean => "boolean",
            ValueType::Time => "time",
            ValueType::Code => "code",
            ValueType::People => "people",
        }
    }

    /// The type as a noun phrase for messages (`a count`, `an age`).
    pub fn noun_phrase(self) -> &'static str {
        error::label(self)
    }
}

/// What the parser needs besides the text: the day (or days) relative dates resolve against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseContext {
    /// The as-of or publication date the value is read at, as an inclusive range of days;
    /// `None` when the source has no date (then relative dates are an error).
    pub reference: Option<DayRange>,
    /// How numeric dates (`03/04/2025`) are read, from the corpus or bulk mapping; `None`
    /// keeps both readings of a date whose day and month could swap.
    pub date_order: Option<DateOrder>,
}

/// An inclusive range of calendar days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DayRange {
    /// First day in the range.
    pub first: Date,
    /// Last day in the range (inclusive).
    pub last: Date,
}

/// A parsed value in normal form.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Counts, numbers, percentages and ages: a hedged reading of a number.
    Quantity(Quantity),
    /// A date with its precision, as a range of days.
    Date(DateValue),
    /// A length of time.
    Duration(Duration),
    /// One entity or a set of entities, as written (not yet resolved).
    Entities(EntitySet),
    /// Normalised free text (see [`normalize_text`]).
    Text(String),
    /// Yes or no.
    Boolean(bool),
    /// The local minutes a time allows: one minute, or a hedged or windowed time's.
    Time(TimeWindow),
    /// A code in normal form (upper-case letters and digits).
    Code(String),
    /// The source says the value is not known or not given (`unknown`, `not disclosed`), for
    /// any type.
    Unknown(Unknown),
}

/// The normal form as one line: a quantity as its hedge and number (`about 50`, `nearly 200`),
/// a date by precision (`2020-08`), a duration with its unit (`17 months`), entities as
/// written, normalised text, `yes` or `no`, a time to the minute, a code.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Quantity(quantity) => write!(f, "{quantity}"),
            Value::Date(date) => write!(f, "{date}"),
            Value::Duration(duration) => write!(f, "{duration}"),
            Value::Entities(set) => f.write_str(&set.describe()),
            Value::Text(text) | Value::Code(text) => f.write_str(text),
            Value::Boolean(yes) => f.write_str(if *yes { "yes" } else { "no" }),
            Value::Time(time) => write!(f, "{time}"),
            Value::Unknown(unknown) => write!(f, "{unknown}"),
        }
    }
}

/// Why a written value could not be read: a message and a hint on how to write it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueError {
    /// What is wrong, naming the offending text.
    pub message: String,
    /// How to fix it, with an example of an accepted spelling.
    pub help: String,
}

impl fmt::Display for ValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ValueError {}

/// Parses one written value (a scalar) as the given type.
pub fn parse(written: &str, ty: ValueType, ctx: &ParseContext) -> Result<Value, ValueError> {
    if lexer::is_blank(written) {
        return Err(error::empty(ty));
    }
    let limit = max_chars(ty);
    // A text no longer in bytes than the limit has no more characters than it.
    if written.len() > limit && written.chars().count() > limit {
        return Err(ValueError {
            message: format!(
                "the value is {} characters long, more than {limit} for {}",
                written.chars().count(),
                ty.noun_phrase()
            ),
            help: "write the value alone (`about 70`, `August 2020`); context belongs in the quote or a note"
                .to_owned(),
        });
    }
    if takes_any_words(ty) {
        return match unknown::read_unknown(written) {
            Some(unknown) => Ok(Value::Unknown(unknown)),
            None => read_as(written, ty, ctx),
        };
    }
    // No phrase of the grammar says a value is unknown: the grammar is tried first, and a
    // value it refuses may still say it is not known.
    read_as(written, ty, ctx).or_else(|refused| unknown::read_unknown(written).map(Value::Unknown).ok_or(refused))
}

/// Whether a type's grammar takes any words (names, text, codes), so that `unknown` must be
/// recognised before it.
fn takes_any_words(ty: ValueType) -> bool {
    matches!(
        ty,
        ValueType::Entity | ValueType::Entities | ValueType::Text | ValueType::Code | ValueType::People
    )
}

/// Reads a value by its type's grammar, `unknown` and its kin aside.
fn read_as(written: &str, ty: ValueType, ctx: &ParseContext) -> Result<Value, ValueError> {
    if ty == ValueType::Age
        && let Some(age) = born::read_born(written, ctx)
    {
        return age.map(Value::Quantity);
    }
    match ty {
        ValueType::Count | ValueType::Number | ValueType::Percentage | ValueType::Age => {
            quantity::parse_quantity(written, ty).map(Value::Quantity)
        }
        ValueType::Date => calendar::parse_date(written, ctx).map(Value::Date),
        ValueType::Duration => duration::parse_duration(written).map(Value::Duration),
        ValueType::Entity => Ok(Value::Entities(set::parse_entity(written))),
        ValueType::Entities => Ok(Value::Entities(set::parse_entities(written))),
        ValueType::Text => parse_text(written),
        ValueType::Boolean => parse_boolean(written),
        ValueType::Time => clock::parse_time(written, ctx).map(Value::Time),
        ValueType::Code => clock::parse_code(written).map(Value::Code),
        ValueType::People => people::parse_people(written),
    }
}

/// The longest value of a type that is read: numbers, dates and durations are short phrases,
/// so anything longer is a mistake, and refusing it keeps reading cheap.
fn max_chars(ty: ValueType) -> usize {
    match ty {
        ValueType::Text | ValueType::Entity | ValueType::Entities | ValueType::People => 5000,
        _ => 200,
    }
}

/// Parses a value written as a list of items (a YAML sequence): only `Entities` and
/// `Text` accept lists; each item is read as for [`parse`], and sets are merged.
pub fn parse_list(items: &[&str], ty: ValueType, ctx: &ParseContext) -> Result<Value, ValueError> {
    if !matches!(ty, ValueType::Entities | ValueType::Text) {
        return Err(error::not_a_list(items, ty));
    }
    let present: Vec<&str> = items.iter().copied().filter(|item| !lexer::is_blank(item)).collect();
    if present.is_empty() {
        return Err(error::empty(ty));
    }
    if ty == ValueType::Text {
        return text_list(&present);
    }
    let mut set = EntitySet::default();
    for item in present {
        if let Value::Entities(one) = parse(item, ValueType::Entity, ctx)? {
            set.merge(one);
        }
    }
    Ok(Value::Entities(set))
}

/// Free text, normalised; text with nothing left to compare is an error.
fn parse_text(written: &str) -> Result<Value, ValueError> {
    let text = normalize_text(written);
    if text.is_empty() {
        let message = format!("{} has no letters or digits to compare", error::quoted(written));
        return Err(error::error(message, ValueType::Text));
    }
    Ok(Value::Text(text))
}

/// Text items normalised, sorted, deduplicated and joined with `; `.
fn text_list(items: &[&str]) -> Result<Value, ValueError> {
    let mut texts: Vec<String> = items
        .iter()
        .map(|item| normalize_text(item))
        .filter(|text| !text.is_empty())
        .collect();
    texts.sort();
    texts.dedup();
    if texts.is_empty() {
        let shown: Vec<String> = items.iter().map(|item| error::quoted(item)).collect();
        let message = format!("{} have no letters or digits to compare", shown.join(", "));
        return Err(error::error(message, ValueType::Text));
    }
    Ok(Value::Text(texts.join("; ")))
}

/// `yes`, `no`, `true` or `false`.
fn parse_boolean(written: &str) -> Result<Value, ValueError> {
    match lexer::clean(written).as_str() {
        "yes" | "true" => Ok(Value::Boolean(true)),
        "no" | "false" => Ok(Value::Boolean(false)),
        _ => Err(error::unreadable(written, ValueType::Boolean)),
    }
}

/// Normalises free text for comparison: Unicode folded to ASCII, lower case, typographic
/// quotes and dashes made plain, punctuation other than `%` and digits' separators dropped,
/// whitespace collapsed.
pub fn normalize_text(text: &str) -> String {
    let folded: Vec<char> = deunicode::deunicode(text)
        .to_ascii_lowercase()
        .chars()
        .filter(|c| !matches!(c, '\'' | '`'))
        .collect();
    let kept: String = folded
        .iter()
        .enumerate()
        .map(|(i, c)| if keeps(&folded, i, *c) { *c } else { ' ' })
        .collect();
    lexer::collapse(&kept)
}

/// Whether normalised text keeps the character at `i`: letters, digits, `%`, and `.` or `,`
/// between two digits.
fn keeps(chars: &[char], i: usize, c: char) -> bool {
    let digit_at = |j: Option<usize>| j.and_then(|j| chars.get(j)).is_some_and(char::is_ascii_digit);
    c.is_ascii_alphanumeric()
        || c == '%'
        || (matches!(c, '.' | ',') && digit_at(i.checked_sub(1)) && digit_at(i.checked_add(1)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const ALL_TYPES: [ValueType; 13] = ValueType::ALL;

    const NO_DATE: ParseContext = ParseContext {
        reference: None,
        date_order: None,
    };

    fn on(day: Date) -> ParseContext {
        ParseContext {
            reference: Some(DayRange { first: day, last: day }),
            date_order: None,
        }
    }

    fn ok(text: &str, ty: ValueType, ctx: &ParseContext) -> Value {
        match parse(text, ty, ctx) {
            Ok(value) => value,
            Err(e) => panic!("{text} as {ty:?}: {e} ({})", e.help),
        }
    }

    fn err(text: &str, ty: ValueType) -> ValueError {
        match parse(text, ty, &NO_DATE) {
            Ok(value) => panic!("{text} as {ty:?} read as {value:?}"),
            Err(e) => e,
        }
    }

    fn quantity(reading: Reading) -> Value {
        Value::Quantity(Quantity { reading })
    }

    fn day(y: i16, m: i8, d: i8) -> Value {
        Value::Date(DateValue::day(date(y, m, d)))
    }

    fn entities(included: &[&str], excluded: &[&str], none: bool) -> Value {
        Value::Entities(EntitySet {
            included: included.iter().map(|s| s.to_string()).collect(),
            excluded: excluded.iter().map(|s| s.to_string()).collect(),
            none,
        })
    }

    fn shown(text: &str, ctx: &ParseContext) -> String {
        match ok(text, ValueType::Date, ctx) {
            Value::Date(found) => found.to_string(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn quantities_through_parse() {
        use ValueType::*;
        assert_eq!(ok("about fifty", Count, &NO_DATE), quantity(Reading::Approx(50.0)));
        assert_eq!(ok("3.5", Number, &NO_DATE), quantity(Reading::Exact(3.5)));
        assert_eq!(ok("80%", Percentage, &NO_DATE), quantity(Reading::Exact(80.0)));
        assert_eq!(
            ok("up to 80 percent", Percentage, &NO_DATE),
            quantity(Reading::AtMost(80.0))
        );
        assert_eq!(ok("up to 80%", Percentage, &NO_DATE), quantity(Reading::AtMost(80.0)));
        assert_eq!(ok("50", Age, &NO_DATE), quantity(Reading::Exact(50.0)));
        assert_eq!(ok("49", Age, &NO_DATE), quantity(Reading::Exact(49.0)));
        assert_eq!(ok("now 49", Age, &NO_DATE), quantity(Reading::Exact(49.0)));
        assert_eq!(ok("50-year-old", Age, &NO_DATE), quantity(Reading::Exact(50.0)));
        assert_eq!(ok("11-year-old", Age, &NO_DATE), quantity(Reading::Exact(11.0)));
        assert_eq!(
            ok("in his forties", Age, &NO_DATE),
            quantity(Reading::Range(40.0, 49.0))
        );
    }

    #[test]
    fn corpus_dates() {
        let wednesday = on(date(2025, 10, 22));
        assert_eq!(ok("October 22", ValueType::Date, &wednesday), day(2025, 10, 22));
        assert_eq!(ok("Wednesday", ValueType::Date, &wednesday), day(2025, 10, 22));
        assert_eq!(ok("this Wednesday", ValueType::Date, &wednesday), day(2025, 10, 22));
        assert_eq!(ok("Tuesday", ValueType::Date, &wednesday), day(2025, 10, 21));
        let monday = on(date(2025, 10, 27));
        assert_eq!(shown("early last week", &monday), "2025-10-20..2025-10-22");
        assert_eq!(shown("last year", &monday), "2024");
        assert_eq!(shown("last month", &on(date(2015, 4, 28))), "2015-03");
        let april = ParseContext {
            reference: Some(DayRange {
                first: date(2015, 4, 1),
                last: date(2015, 4, 30),
            }),
            date_order: None,
        };
        assert_eq!(ok("April 25", ValueType::Date, &april), day(2015, 4, 25));
        assert_eq!(shown("the 1980s", &NO_DATE), "1980-01-01..1989-12-31");
        assert_eq!(shown("early 2000s", &NO_DATE), "2000-01-01..2003-12-31");
        assert_eq!(shown("between 2020 and 2022", &NO_DATE), "2020-01-01..2022-12-31");
        assert_eq!(shown("2025-10-22", &NO_DATE), "2025-10-22");
        let e = err("2025-02-30", ValueType::Date);
        assert!(e.message.contains("2025-02-30"), "{}", e.message);
    }

    #[test]
    fn relative_date_without_reference() {
        let e = err("October 22", ValueType::Date);
        assert!(e.message.contains("\"October 22\""), "{}", e.message);
        assert!(e.message.contains("publication date"), "{}", e.message);
        assert!(e.message.contains("as_of"), "{}", e.message);
        assert!(!e.help.is_empty());
    }

    #[test]
    fn durations() {
        let value = ok("17 months", ValueType::Duration, &NO_DATE);
        let Value::Duration(duration) = value else {
            panic!("{value:?}");
        };
        assert_eq!(duration.unit, DurationUnit::Month);
        assert_eq!(duration.to_string(), "17 months");
        for text in ["five years", "one day", "close to two years", "a year"] {
            assert!(matches!(ok(text, ValueType::Duration, &NO_DATE), Value::Duration(_)));
        }
    }

    #[test]
    fn entity_values() {
        use ValueType::*;
        assert_eq!(
            ok("82nd Division", Entity, &NO_DATE),
            entities(&["82nd Division"], &[], false)
        );
        assert_eq!(ok("none", Entity, &NO_DATE), entities(&[], &[], true));
        assert_eq!(
            ok("Uzbek fighters, Turkistan Islamic Party", Entities, &NO_DATE),
            entities(&["Uzbek fighters", "Turkistan Islamic Party"], &[], false)
        );
        assert_eq!(
            ok("not Islamic State", Entities, &NO_DATE),
            entities(&[], &["Islamic State"], false)
        );
        assert_eq!(ok("None", Entities, &NO_DATE), entities(&[], &[], true));
    }

    #[test]
    fn booleans() {
        for (text, value) in [("yes", true), ("no", false), ("TRUE", true), ("False.", false)] {
            assert_eq!(ok(text, ValueType::Boolean, &NO_DATE), Value::Boolean(value));
        }
        let e = err("maybe", ValueType::Boolean);
        assert!(e.message.contains("cannot read \"maybe\""));
        assert!(e.help.contains("\"yes\""));
        assert!(err("yse", ValueType::Boolean).help.contains("did you mean \"yes\"?"));
    }

    #[test]
    fn text_values() {
        assert_eq!(
            ok("  Al-Shar’ said “80%”  ", ValueType::Text, &NO_DATE),
            Value::Text("al shar said 80%".into())
        );
        let e = err("!!!", ValueType::Text);
        assert!(e.message.contains("\"!!!\""));
    }

    #[test]
    fn normalize() {
        assert_eq!(normalize_text("Hay’at Tahrir al-Sham"), "hayat tahrir al sham");
        assert_eq!(normalize_text("Omar Diaby (Omsen)"), "omar diaby omsen");
        assert_eq!(normalize_text("1,500 fighters, 3.5 km."), "1,500 fighters 3.5 km");
        assert_eq!(normalize_text("Ça\u{00A0}va — bien"), "ca va bien");
        assert_eq!(normalize_text("“Quoted” text"), "quoted text");
        assert_eq!(normalize_text("a, b. c,1 2.x"), "a b c 1 2 x");
        assert_eq!(normalize_text("80 %"), "80 %");
        assert_eq!(normalize_text(""), "");
    }

    #[test]
    fn empty_values() {
        for ty in ALL_TYPES {
            for text in ["", "   ", "\t\n", "\"\"", "\u{200B}"] {
                let e = err(text, ty);
                assert!(e.message.starts_with("empty value"), "{ty:?}: {}", e.message);
                assert!(!e.help.is_empty());
            }
        }
    }

    #[test]
    fn lists() {
        let merged = parse_list(
            &[
                "Uzbek fighters",
                "not Islamic State",
                "Turkistan Islamic Party, and more",
                "",
            ],
            ValueType::Entities,
            &NO_DATE,
        );
        assert_eq!(
            merged,
            Ok(entities(
                &["Uzbek fighters", "Turkistan Islamic Party, and more"],
                &["Islamic State"],
                false
            ))
        );
        let texts = parse_list(&["Syrian", "French", "syrian", " "], ValueType::Text, &NO_DATE);
        assert_eq!(texts, Ok(Value::Text("french; syrian".into())));
        let empty = parse_list(&[" ", ""], ValueType::Entities, &NO_DATE).err();
        assert!(empty.is_some_and(|e| e.message.starts_with("empty value")));
        let punctuation = parse_list(&["!!", "?"], ValueType::Text, &NO_DATE).err();
        assert!(punctuation.is_some_and(|e| e.message.contains("\"!!\"")));
    }

    #[test]
    fn lists_rejected_for_single_valued_types() {
        for ty in ALL_TYPES {
            if matches!(ty, ValueType::Entities | ValueType::Text) {
                continue;
            }
            let Err(e) = parse_list(&["50", "60"], ty, &NO_DATE) else {
                panic!("{ty:?} accepted a list");
            };
            assert!(e.message.contains("takes a single value"), "{}", e.message);
            assert!(e.message.contains("\"50\""), "{}", e.message);
        }
    }

    #[test]
    fn errors_name_the_text_and_give_help() {
        let cases = [
            ("abuot 50", ValueType::Count),
            ("lots", ValueType::Number),
            ("eighty", ValueType::Boolean),
            ("soon", ValueType::Date),
            ("17", ValueType::Duration),
            ("ninety fighters", ValueType::Percentage),
            ("old", ValueType::Age),
        ];
        for (text, ty) in cases {
            let e = err(text, ty);
            assert!(e.message.contains(&format!("\"{text}\"")), "{}", e.message);
            assert!(e.help.starts_with("write") || e.help.starts_with("did you mean"));
            assert_eq!(e.to_string(), e.message);
        }
        assert_eq!(
            err("abuot 50", ValueType::Count).message,
            "cannot read \"abuot 50\" as a count"
        );
    }

    #[test]
    fn value_type_serde_names_are_the_corpus_names() {
        for ty in ALL_TYPES {
            let name = serde_json::to_string(&ty).ok();
            assert_eq!(name, Some(format!("\"{}\"", ty.as_str())));
        }
    }

    #[test]
    fn long_input_is_refused_before_it_is_read() {
        let texts = [
            "1 to ".repeat(5000),
            "1-".repeat(10000),
            "between 1 and ".repeat(3000),
            "2020-".repeat(5000),
            "a ".repeat(10000),
            "fifty ".repeat(10000),
        ];
        for text in &texts {
            for ty in ALL_TYPES {
                let error = parse(text, ty, &on(date(2025, 10, 22))).err();
                assert!(
                    error.is_some_and(|e| e.message.contains("characters long, more than")),
                    "{ty:?}"
                );
            }
        }
        let longest_date = format!("{}2020", " ".repeat(196));
        assert!(parse(&longest_date, ValueType::Date, &on(date(2025, 10, 22))).is_ok());
    }

    #[test]
    fn odd_input_never_panics() {
        let long = "9".repeat(400);
        let fragments = [
            "",
            "-",
            "--",
            "–",
            "—",
            ".",
            "..",
            "%",
            "1e400",
            "99999999999999999999",
            "0",
            "-0",
            "1,",
            ",5",
            "about",
            "more than",
            "between",
            "and",
            "to",
            "from",
            "just under",
            "just over",
            "a",
            "dozen",
            "dozens",
            "hundred",
            "thousand",
            "in his",
            "early",
            "mid-",
            "late",
            "last",
            "this",
            "week",
            "year",
            "years",
            "month",
            "day",
            "2025-02-30",
            "2020",
            "1980s",
            "9999",
            "0000",
            "-9999",
            "february",
            "29",
            "31st",
            "not",
            "none",
            "no",
            "and",
            ",",
            ";",
            "’",
            "“",
            "\u{200B}",
            "İ",
            "ß",
            "日本",
            "🙂",
            "\u{0301}",
            &long,
            "Wednesday",
            "today",
            "%%",
            "'s",
        ];
        let contexts = [on(date(2025, 10, 22)), on(date(-9999, 1, 1))];
        for a in fragments {
            for b in fragments {
                for separator in [" ", "-"] {
                    let text = format!("{a}{separator}{b}");
                    for ty in ALL_TYPES {
                        let _ = parse(&text, ty, &NO_DATE);
                    }
                    for ctx in &contexts {
                        let _ = parse(&text, ValueType::Date, ctx);
                    }
                    let _ = parse_list(&[a, b], ValueType::Entities, &NO_DATE);
                    let _ = normalize_text(&text);
                }
            }
        }
    }
}
