//! Dates written in numbers with slashes or dots (`22/10/2025`, `10/22/25`, `22.10.2025`,
//! `22/10`), read in the order the corpus or bulk mapping sets (`date_order: day-first` or
//! `month-first`). Without a setting, a date whose day and month could swap keeps both
//! readings (`03/04/2025` is 3 April or 4 March); one that cannot swap (`22/10/2025`)
//! reads the one way it can.

use super::date::DateValue;
use super::date_words::{Found, Problem, is_digits, small_number};
use super::{DayRange, ParseContext};
use jiff::civil::Date;

/// Which number comes first in a numeric date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateOrder {
    /// `22/10/2025` is 22 October 2025 (most of the world's press).
    DayFirst,
    /// `10/22/2025` is 22 October 2025 (the United States).
    MonthFirst,
}

impl DateOrder {
    /// The setting's name in corpus files (`day-first`).
    pub fn as_str(self) -> &'static str {
        match self {
            DateOrder::DayFirst => "day-first",
            DateOrder::MonthFirst => "month-first",
        }
    }
}

/// A numeric date of one token, or `None` when the tokens are not one.
pub(super) fn read(tokens: &[&str], ctx: &ParseContext) -> Found {
    let [token] = tokens else {
        return Ok(None);
    };
    let Some(separator) = ['/', '.'].into_iter().find(|s| token.contains(*s)) else {
        return Ok(None);
    };
    let parts: Vec<&str> = token.split(separator).collect();
    let (a, b, year) = match parts.as_slice() {
        [a, b, year] => (*a, *b, Some(full_year(year).ok_or(Problem::Unreadable)?)),
        [a, b] if separator == '/' => (*a, *b, None),
        _ => return Ok(None),
    };
    let (Some(a), Some(b)) = (small_number(a), small_number(b)) else {
        return Ok(None);
    };
    let year = match (year, ctx.reference_days()) {
        (Some(year), _) => year,
        (None, Some(DayRange { first, last })) if first.year() == last.year() => first.year(),
        (None, Some(_)) => return Err(Problem::Unreadable),
        (None, None) => return Err(Problem::NeedsReference),
    };
    let day_first = Date::new(year, b, a).ok().map(DateValue::day);
    let month_first = Date::new(year, a, b).ok().map(DateValue::day);
    let impossible = |order: &str| Problem::Impossible(format!("\"{token}\" read {order}"));
    match (ctx.date_order, day_first, month_first) {
        (Some(DateOrder::DayFirst), found, _) => found.map(Some).ok_or_else(|| impossible("day first")),
        (Some(DateOrder::MonthFirst), _, found) => found.map(Some).ok_or_else(|| impossible("month first")),
        (None, Some(one), Some(other)) => Ok(Some(DateValue::either(one, other))),
        (None, Some(one), None) | (None, None, Some(one)) => Ok(Some(one)),
        (None, None, None) => Err(impossible("either way")),
    }
}

/// A year of four digits, or of two read as this century's up to 69 and the last one's
/// from 70 (`25` is 2025, `98` is 1998).
fn full_year(text: &str) -> Option<i16> {
    if is_digits(text, 4, 4) {
        return text.parse().ok();
    }
    if !is_digits(text, 2, 2) {
        return None;
    }
    let short: i16 = text.parse().ok()?;
    Some(if short < 70 { 2000 + short } else { 1900 + short })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn ctx(order: Option<DateOrder>) -> ParseContext {
        let day = date(2025, 10, 22);
        ParseContext {
            reference: Some(DayRange { first: day, last: day }),
            date_order: order,
        }
    }

    fn shown(token: &str, order: Option<DateOrder>) -> String {
        match read(&[token], &ctx(order)) {
            Ok(Some(found)) => found.to_string(),
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn numeric_dates_in_each_order() {
        assert_eq!(shown("22/10/2025", None), "2025-10-22");
        assert_eq!(shown("10/22/2025", None), "2025-10-22");
        assert_eq!(shown("03/04/2025", None), "either 2025-03-04 or 2025-04-03");
        assert_eq!(shown("03/04/2025", Some(DateOrder::DayFirst)), "2025-04-03");
        assert_eq!(shown("03/04/2025", Some(DateOrder::MonthFirst)), "2025-03-04");
        assert_eq!(shown("22.10.25", Some(DateOrder::DayFirst)), "2025-10-22");
        assert_eq!(shown("4/4/98", None), "1998-04-04");
        assert_eq!(shown("22/10", None), "2025-10-22");
        assert!(shown("10/22/2025", Some(DateOrder::DayFirst)).contains("read day first"));
        assert!(shown("31/31/2025", None).contains("either way"));
        assert_eq!(shown("1.5", None), "Ok(None)");
    }
}
