//! An age told by a birth date: `born in 1971`, `born on 3 May 1980`, `who was born in the
//! 1970s`: the ages the birth dates allow at the as-of date (`born in 1971` is 53 or 54 on
//! 22 October 2025, `53-54`).

use super::error::{help, quoted};
use super::lexer::clean;
use super::{DayRange, ParseContext, Quantity, Reading, ValueError, ValueType, calendar};
use jiff::civil::Date;

/// Reads an age written as a birth date; `None` when the text does not start with `born`.
pub(super) fn read_born(written: &str, ctx: &ParseContext) -> Option<Result<Quantity, ValueError>> {
    if !written
        .as_bytes()
        .windows(4)
        .any(|word| word.eq_ignore_ascii_case(b"born"))
    {
        // Most ages are a figure: nothing to clean.
        return None;
    }
    let cleaned = clean(written);
    let text = cleaned.strip_prefix("who was ").unwrap_or(&cleaned);
    let birth = text.strip_prefix("born ")?;
    Some(age_at(birth, written, ctx))
}

/// The ages a birth date written `birth` allows on the reference days.
fn age_at(birth: &str, written: &str, ctx: &ParseContext) -> Result<Quantity, ValueError> {
    let refused = |why: &str, how: &str| ValueError {
        message: format!("cannot read {} as an age: {why}", quoted(written)),
        help: format!("{how}; {}", help(ValueType::Age)),
    };
    let Some(reference) = ctx.reference_days() else {
        return Err(refused(
            "an age told by a birth date needs the day it is counted on",
            "add `published:` to the source or `as_of:` to the claim, or write the age",
        ));
    };
    let Ok(born) = calendar::parse_date(birth, ctx) else {
        return Err(refused(
            &format!("the birth date {} does not read as a date", quoted(birth)),
            "write the birth date as a date (`born in 1971`, `born on 3 May 1980`)",
        ));
    };
    let DayRange { first, last } = reference;
    if born.first > last {
        return Err(refused(
            "the birth date is after the day the age is counted on",
            "check the birth date and the as-of date",
        ));
    }
    let youngest = years_between(born.last.min(first), first);
    let oldest = years_between(born.first, last);
    let reading = if youngest == oldest {
        Reading::Exact(f64::from(oldest))
    } else {
        Reading::Range(f64::from(youngest), f64::from(oldest))
    };
    Ok(Quantity { reading })
}

/// Whole years from `born` to `on` (the age on that day).
fn years_between(born: Date, on: Date) -> i16 {
    let before_birthday = (on.month(), on.day()) < (born.month(), born.day());
    on.year() - born.year() - i16::from(before_birthday)
}

#[cfg(test)]
mod tests {
    use super::read_born;
    use crate::value::{DayRange, ParseContext};
    use jiff::civil::date;

    fn age(text: &str) -> String {
        let day = date(2025, 10, 22);
        let ctx = ParseContext {
            reference: Some(DayRange { first: day, last: day }),
            date_order: None,
        };
        match read_born(text, &ctx) {
            Some(Ok(quantity)) => quantity.to_string(),
            Some(Err(e)) => format!("error: {}", e.message),
            None => "none".to_owned(),
        }
    }

    #[test]
    fn ages_from_birth_dates() {
        assert_eq!(age("born in 1971"), "53-54");
        assert_eq!(age("born on 22 October 1975"), "50");
        assert_eq!(age("born on 23 October 1975"), "49");
        assert_eq!(age("who was born in the 1970s"), "45-55");
        assert_eq!(age("born today"), "0");
        assert_eq!(age("50"), "none");
        assert!(age("born in 2030").contains("after the day"));
        assert!(age("born in Narnia").contains("does not read as a date"));
    }
}
