//! The phrase book (`tests/data/phrasebook.tsv`): values as journalists write them, each with
//! the normal form it must read as, or `refused` (with the suggestion its help must give).
//! Every line is checked; the README's table of readings is checked against it.

use super::{DayRange, ParseContext, Value, ValueType, parse};
use jiff::civil::Date;

/// The phrase book, one phrasing a line.
const PHRASEBOOK: &str = include_str!("../../tests/data/phrasebook.tsv");

/// The README, whose table of readings must agree with the phrase book.
const README: &str = include_str!("../../README.md");

/// What a phrasing must give.
#[derive(Debug, Clone, PartialEq)]
enum Expected {
    /// It reads, and its normal form displays as this.
    Reads(String),
    /// It is refused; when given, the help suggests this spelling.
    Refused(Option<String>),
}

/// One line of the phrase book.
#[derive(Debug, Clone)]
struct Entry {
    /// Line number in the file, for messages.
    line: usize,
    /// The phrasing as written in an article.
    written: String,
    /// The value type it is read as.
    ty: ValueType,
    /// The as-of date relative phrasings resolve against.
    as_of: Option<Date>,
    /// What it must give.
    expected: Expected,
}

/// The value type named `name` in the phrase book.
fn value_type(name: &str) -> Option<ValueType> {
    ValueType::ALL.into_iter().find(|ty| ty.as_str() == name)
}

/// Every entry of the phrase book; a malformed line fails the test that reads it.
fn entries() -> Vec<Entry> {
    let mut out = Vec::new();
    for (index, raw) in PHRASEBOOK.lines().enumerate() {
        let line = index + 1;
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = raw.split('\t').collect();
        let [written, ty, as_of, expected] = fields.as_slice() else {
            panic!(
                "phrasebook.tsv:{line}: expected 4 tab-separated fields, found {}",
                fields.len()
            );
        };
        let ty = value_type(ty).unwrap_or_else(|| panic!("phrasebook.tsv:{line}: unknown type {ty:?}"));
        let as_of = match *as_of {
            "-" => None,
            day => Some(
                day.parse()
                    .unwrap_or_else(|e| panic!("phrasebook.tsv:{line}: as-of {day:?}: {e}")),
            ),
        };
        let expected = match expected.strip_prefix("refused") {
            Some("") => Expected::Refused(None),
            Some(rest) => match rest.strip_prefix(", did you mean: ") {
                Some(fix) => Expected::Refused(Some(fix.to_owned())),
                None => panic!("phrasebook.tsv:{line}: write `refused` or `refused, did you mean: FORM`"),
            },
            None => Expected::Reads((*expected).to_owned()),
        };
        out.push(Entry {
            line,
            written: (*written).to_owned(),
            ty,
            as_of,
            expected,
        });
    }
    out
}

/// The context an entry is read in.
fn context(as_of: Option<Date>) -> ParseContext {
    ParseContext {
        reference: as_of.map(|day| DayRange { first: day, last: day }),
        date_order: None,
    }
}

/// What the grammar gives for an entry, in the phrase book's terms.
fn actual(entry: &Entry) -> Expected {
    match parse(&entry.written, entry.ty, &context(entry.as_of)) {
        Ok(value) => Expected::Reads(value.to_string()),
        Err(e) => {
            let fix = e
                .help
                .strip_prefix("did you mean \"")
                .and_then(|rest| rest.split_once("\"?"))
                .map(|(fix, _)| fix.to_owned());
            Expected::Refused(fix)
        }
    }
}

#[test]
fn every_phrasing_reads_as_the_phrase_book_says() {
    let mut wrong = Vec::new();
    for entry in entries() {
        let got = actual(&entry);
        let agrees = match (&entry.expected, &got) {
            (Expected::Refused(None), Expected::Refused(_)) => true,
            (expected, got) => expected == got,
        };
        if !agrees {
            wrong.push(format!(
                "phrasebook.tsv:{}: {:?} as {}: expected {:?}, got {:?}",
                entry.line,
                entry.written,
                entry.ty.as_str(),
                entry.expected,
                got
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} phrasings disagree:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn every_accepted_phrasing_round_trips_through_its_normal_form() {
    let mut wrong = Vec::new();
    for entry in entries() {
        let ctx = context(entry.as_of);
        let Ok(value) = parse(&entry.written, entry.ty, &ctx) else {
            continue;
        };
        if !prints_in_the_grammar(&value) {
            continue;
        }
        let shown = value.to_string();
        let again = parse(&shown, entry.ty, &ctx);
        if again.as_ref() != Ok(&value) {
            wrong.push(format!(
                "phrasebook.tsv:{}: {:?} shown as {shown:?} reads as {again:?}",
                entry.line, entry.written
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Whether a value's display is itself a spelling the grammar reads (times and dates shown as
/// day ranges are normal forms only, and so are days placed at the turn of a day, shown by
/// their days alone).
fn prints_in_the_grammar(value: &Value) -> bool {
    match value {
        Value::Quantity(_) | Value::Duration(_) | Value::Boolean(_) | Value::Code(_) | Value::Unknown(_) => true,
        Value::Date(date) => !date.at_turn && !date.to_string().contains(".."),
        Value::Entities(_) | Value::Text(_) | Value::Time(_) => false,
    }
}

#[test]
fn every_suggestion_reads() {
    for entry in entries() {
        if let Expected::Refused(Some(fix)) = &entry.expected {
            let read = parse(fix, entry.ty, &context(entry.as_of));
            assert!(
                read.is_ok(),
                "phrasebook.tsv:{}: the suggestion {fix:?} does not read: {read:?}",
                entry.line
            );
        }
    }
}

#[test]
fn the_phrase_book_has_no_duplicate_phrasings() {
    let mut seen = std::collections::HashSet::new();
    for entry in entries() {
        let key = (entry.written.clone(), entry.ty, entry.as_of);
        assert!(
            seen.insert(key),
            "phrasebook.tsv:{}: {:?} is listed twice",
            entry.line,
            entry.written
        );
    }
}

/// A row of the README's table of readings.
struct Row {
    /// The phrasing.
    written: String,
    /// Its type's name.
    ty: String,
    /// Its normal form.
    reading: String,
    /// The interval compared, or empty.
    compared: String,
}

/// The rows of the README's table of readings.
fn readme_rows() -> Vec<Row> {
    let start = README
        .find("<!-- readings: checked against tests/data/phrasebook.tsv -->")
        .unwrap_or_else(|| panic!("the README has no table of readings"));
    let table = README.get(start..).unwrap_or_default();
    table
        .lines()
        .skip(1)
        .take_while(|line| !line.starts_with("<!--"))
        .filter(|line| line.starts_with("| `"))
        .map(|line| {
            let cells: Vec<String> = line
                .trim_matches('|')
                .split(" | ")
                .map(|cell| cell.trim().trim_matches('`').to_owned())
                .collect();
            match cells.as_slice() {
                [written, ty, reading, compared] => Row {
                    written: written.clone(),
                    ty: ty.clone(),
                    reading: reading.clone(),
                    compared: compared.clone(),
                },
                _ => panic!("README table row {line:?} does not have four cells"),
            }
        })
        .collect()
}

/// The interval a quantity is compared as under a 15% approximation tolerance and exact bare
/// numbers (the README's column); empty for other values, whose column is not checked.
fn compared(entry: &Entry) -> String {
    let tolerance = super::Tolerance {
        approx: 0.15,
        report: 0.0,
    };
    match parse(&entry.written, entry.ty, &context(entry.as_of)) {
        Ok(Value::Quantity(quantity)) => quantity.interval(tolerance).to_string(),
        _ => String::new(),
    }
}

#[test]
fn the_readme_table_of_readings_is_in_the_phrase_book() {
    let book = entries();
    let rows = readme_rows();
    assert!(rows.len() >= 20, "the README table of readings has {} rows", rows.len());
    for row in rows {
        let (written, ty) = (&row.written, &row.ty);
        let found = book.iter().find(|e| e.written == *written && e.ty.as_str() == ty);
        let Some(entry) = found else {
            panic!("README reading {written:?} ({ty}) is not in the phrase book");
        };
        let expected = match &entry.expected {
            Expected::Reads(normal) => normal.clone(),
            Expected::Refused(_) => "refused".to_owned(),
        };
        assert_eq!(row.reading, expected, "README reading of {written:?} ({ty})");
        let interval = compared(entry);
        if !interval.is_empty() {
            assert_eq!(row.compared, interval, "README interval of {written:?} ({ty})");
        }
    }
}
