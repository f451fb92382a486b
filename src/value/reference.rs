//! Whether a reading looked at its reference days: a value read without them (`2,507`,
//! `aged 52`, `1994`) is the same at every as-of date, so a reader may keep one reading of
//! its text for all of them. The grammar reads the reference only through
//! [`ParseContext::reference_days`], which notes the read on the reading thread.

use super::{DayRange, ParseContext};
use std::cell::Cell;

thread_local! {
    /// Set when a reading on this thread looks at its reference days.
    static REFERENCE_READ: Cell<bool> = const { Cell::new(false) };
}

impl ParseContext {
    /// The reference days, the read noted for [`noting_reference`]: the grammar never reads
    /// the `reference` field otherwise.
    pub fn reference_days(&self) -> Option<DayRange> {
        REFERENCE_READ.with(|read| read.set(true));
        self.reference
    }
}

/// What `read` returns, and whether it looked at a context's reference days (nested calls
/// are noted for the outer one too).
pub fn noting_reference<T>(read: impl FnOnce() -> T) -> (T, bool) {
    let before = REFERENCE_READ.with(|flag| flag.replace(false));
    let out = read();
    let looked = REFERENCE_READ.with(|flag| flag.replace(false));
    REFERENCE_READ.with(|flag| flag.set(before || looked));
    (out, looked)
}

#[cfg(test)]
mod tests {
    use super::noting_reference;
    use crate::value::{DayRange, ParseContext, ValueType, parse};
    use jiff::civil::{Date, date};
    use proptest::prelude::*;

    /// Words of values that do and do not need a day to be read at.
    const WORDS: &[&str] = &[
        "about",
        "more",
        "than",
        "between",
        "and",
        "since",
        "after",
        "before",
        "by",
        "2,507",
        "52",
        "aged",
        "year-old",
        "born",
        "in",
        "1994",
        "March",
        "3",
        "12/05",
        "03/04/2025",
        "last",
        "week",
        "yesterday",
        "today",
        "Tuesday",
        "ago",
        "two",
        "years",
        "next",
        "month",
        "10:30",
        "pm",
        "Dec",
        "1",
        "the",
        "century",
        "decade",
        "early",
        "2020s",
        "Paris",
        "unknown",
        "yes",
    ];

    fn on(day: Date) -> ParseContext {
        ParseContext {
            reference: Some(DayRange { first: day, last: day }),
            date_order: None,
        }
    }

    proptest! {
        /// A reading that did not look at its reference days is the same read at any other.
        #[test]
        fn a_reading_that_never_looked_at_the_day_is_the_same_on_any_day(
            words in proptest::collection::vec(proptest::sample::select(WORDS), 1..5),
            kind in proptest::sample::select(ValueType::ALL.as_slice()),
            days in (0i64..20_000, 0i64..20_000),
        ) {
            let text = words.join(" ");
            let day = |offset: i64| date(1990, 1, 1).checked_add(jiff::Span::new().days(offset)).unwrap_or(Date::MAX);
            let (first, looked) = noting_reference(|| parse(&text, kind, &on(day(days.0))));
            if !looked {
                prop_assert_eq!(format!("{first:?}"), format!("{:?}", parse(&text, kind, &on(day(days.1)))));
            }
        }
    }

    #[test]
    fn a_relative_date_looks_at_the_day_and_a_count_does_not() {
        let day = on(date(2025, 3, 7));
        assert!(noting_reference(|| parse("yesterday", ValueType::Date, &day)).1);
        assert!(noting_reference(|| parse("born in 1970", ValueType::Age, &day)).1);
        assert!(!noting_reference(|| parse("2,507", ValueType::Count, &day)).1);
        assert!(!noting_reference(|| parse("1994", ValueType::Date, &day)).1);
    }

    #[test]
    fn a_nested_reading_is_noted_for_the_outer_one_too() {
        let day = on(date(2025, 3, 7));
        let ((_, inner), outer) = noting_reference(|| noting_reference(|| parse("yesterday", ValueType::Date, &day)));
        assert!(inner && outer);
    }
}
