//! Tests of the date grammar.

use super::parse_date;
use crate::value::{DateValue, DayRange, ParseContext, Precision};
use jiff::civil::date;

const NO_DATE: ParseContext = ParseContext {
    reference: None,
    date_order: None,
};

fn read(text: &str) -> DateValue {
    match parse_date(text, &NO_DATE) {
        Ok(found) => found,
        Err(e) => panic!("{text}: {e}"),
    }
}

fn shown(text: &str) -> String {
    read(text).to_string()
}

/// A date as read on Wednesday 22 October 2025 and shown, or its error: the oracle of the
/// tests of the date readers.
pub(in crate::value) fn shown_on_22_october_2025(text: &str) -> String {
    let day = date(2025, 10, 22);
    let ctx = ParseContext {
        reference: Some(DayRange { first: day, last: day }),
        date_order: None,
    };
    match parse_date(text, &ctx) {
        Ok(found) => found.to_string(),
        Err(e) => format!("error: {e}"),
    }
}

fn fails(text: &str, needle: &str) {
    match parse_date(text, &NO_DATE) {
        Ok(found) => panic!("{text} read as {found}"),
        Err(e) => assert!(e.message.contains(needle), "{text}: {}", e.message),
    }
}

#[test]
fn corpus_years() {
    for year in ["2013", "2016", "2020", "2022", "2011", "2015", "1949"] {
        let found = read(year);
        assert_eq!(found.precision, Precision::Year);
        assert_eq!(found.to_string(), year);
    }
    let y2013 = read("2013");
    assert_eq!((y2013.first, y2013.last), (date(2013, 1, 1), date(2013, 12, 31)));
    assert_eq!(shown("in 2013"), "2013");
}

#[test]
fn corpus_months_and_days() {
    assert_eq!(shown("August 2020"), "2020-08");
    assert_eq!(shown("February 2022"), "2022-02");
    assert_eq!(shown("December 2024"), "2024-12");
    assert_eq!(shown("2024-12"), "2024-12");
    assert_eq!(read("2024-12").precision, Precision::Month);
    assert_eq!(read("February 2024").last, date(2024, 2, 29));
    assert_eq!(read("2025-10-22"), DateValue::day(date(2025, 10, 22)));
}

#[test]
fn month_and_day_spellings() {
    for text in ["Aug 2020", "Aug. 2020", "aug 2020", "AUGUST 2020."] {
        assert_eq!(shown(text), "2020-08", "{text}");
    }
    let day = DateValue::day(date(2025, 10, 22));
    for text in [
        "22 October 2025",
        "October 22, 2025",
        "October 22 2025",
        "Oct. 22nd, 2025",
        "the 22nd of October 2025",
        "on 22 October 2025",
    ] {
        assert_eq!(read(text), day, "{text}");
    }
}

#[test]
fn parts_of_years() {
    assert_eq!(shown("early 2025"), "2025-01-01..2025-04-30");
    assert_eq!(read("early 2025").precision, Precision::PartOfYear);
    assert_eq!(shown("mid-2020"), "2020-05-01..2020-08-31");
    assert_eq!(shown("mid 2020"), "2020-05-01..2020-08-31");
    assert_eq!(shown("mid‑2020"), "2020-05-01..2020-08-31");
    assert_eq!(shown("late 2020"), "2020-09-01..2020-12-31");
}

#[test]
fn decades() {
    assert_eq!(shown("the 2000s"), "2000-01-01..2009-12-31");
    assert_eq!(shown("2000s"), "2000-01-01..2009-12-31");
    assert_eq!(shown("the 1980s"), "1980-01-01..1989-12-31");
    assert_eq!(shown("the 1980's"), "1980-01-01..1989-12-31");
    assert_eq!(read("the 1980s").precision, Precision::Decade);
    assert_eq!(shown("early 2000s"), "2000-01-01..2003-12-31");
    assert_eq!(shown("mid-2000s"), "2004-01-01..2006-12-31");
    assert_eq!(shown("late 2000s"), "2007-01-01..2009-12-31");
    assert_eq!(read("early 2000s").precision, Precision::Decade);
}

#[test]
fn ranges() {
    let range = read("between 2020 and 2022");
    assert_eq!((range.first, range.last), (date(2020, 1, 1), date(2022, 12, 31)));
    assert_eq!(range.precision, Precision::Range);
    for text in [
        "2020-2022",
        "2020..2022",
        "2020 – 2022",
        "from 2020 to 2022",
        "2020 to 2022",
    ] {
        assert_eq!(read(text), range, "{text}");
    }
    let months = read("from August 2020 to February 2022");
    assert_eq!((months.first, months.last), (date(2020, 8, 1), date(2022, 2, 28)));
    assert_eq!(shown("2025-10-13..2025-10-19"), "2025-10-13..2025-10-19");
    assert_eq!(shown("2025-10-13-2025-10-19"), "2025-10-13..2025-10-19");
}

#[test]
fn errors() {
    fails("2025-02-30", "\"2025-02-30\" is not a real date");
    fails("2020-13", "\"2020-13\" is not a real date");
    fails("30 February 2025", "\"30 february 2025\" is not a real date");
    fails("between 2025-02-30 and 2025-03-05", "\"2025-02-30\" is not a real date");
    fails("between 2022 and 2020", "ends before it starts");
    fails("from February 2022 to August 2020", "ends before it starts");
    fails("Agust 2020", "cannot read \"Agust 2020\" as a date");
    fails("2020s-", "cannot read");
    fails("2005s", "cannot read");
    fails("99999", "cannot read");
    fails("between 2020", "cannot read");
    fails("October 22", "needs a publication date or the claim an `as_of`");
    fails("last week", "needs a publication date");
}

#[test]
fn relative_dates_need_the_reference() {
    let ctx = ParseContext {
        reference: Some(DayRange {
            first: date(2025, 10, 22),
            last: date(2025, 10, 22),
        }),
        date_order: None,
    };
    let found = parse_date("between October 20 and today", &ctx);
    assert_eq!(found.map(|d| d.to_string()), Ok("2025-10-20..2025-10-22".to_string()));
}
