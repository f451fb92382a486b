//! The normal form of a claim's value: what is compared, and what a reason shows. Counts
//! become intervals under the property's tolerances, ages become the birth-date window they
//! imply at the claim's as-of date, durations become intervals of days.

use crate::model::{Claim, Corpus, Property};
use crate::value::{
    Bound, DateValue, EntitySet, Interval, Precision, TimeWindow, Tolerance, Unknown, Value, years_before,
};
use jiff::civil::Date;
use std::fmt;

/// A comparable value.
#[derive(Debug, Clone, PartialEq)]
pub enum Normal {
    /// A number as read (`strict`: bare numbers exact) and with the reporting tolerance (`loose`).
    Numbers {
        /// The reading itself.
        strict: Interval,
        /// The reading widened by the property's reporting tolerance.
        loose: Interval,
        /// The figures as written, without the hedge's reach (`about 400` is 400).
        written: Interval,
    },
    /// A range of days.
    Days(DateValue),
    /// The window of birth dates an age implies.
    Birth(DateValue),
    /// A duration as an interval of days.
    Duration(Interval),
    /// One entity id (or none), for a single-valued property.
    Entity(EntitySet),
    /// Entity ids named or excluded, for a set-valued property (open-world).
    EntitySet(EntitySet),
    /// One normalised text.
    Text(String),
    /// A set of normalised texts (open-world).
    TextSet(Vec<String>),
    /// Yes or no.
    Boolean(bool),
    /// The local minutes a time allows (one minute, or a hedged or windowed time's).
    Time(TimeWindow),
    /// A code (gate, flight number) in normal form.
    Code(String),
    /// The source says the value is not known or not given.
    Unknown(Unknown),
}

impl Normal {
    /// The normal form of a claim's value under its property.
    pub fn of(claim: &Claim, property: &Property) -> Normal {
        let strict = Tolerance {
            approx: property.tolerance.approx,
            report: 0.0,
        };
        match &claim.value {
            Value::Quantity(quantity) if property.value_type == crate::value::ValueType::Age => {
                Normal::Birth(birth_window(&quantity.interval(strict), &claim.as_of))
            }
            Value::Quantity(quantity) => Normal::Numbers {
                strict: quantity.interval(strict),
                loose: quantity.interval(property.tolerance),
                written: quantity.as_written(),
            },
            Value::Date(date) => Normal::Days(*date),
            Value::Duration(duration) => Normal::Duration(duration.days(property.tolerance)),
            Value::Entities(set) if property.multi => Normal::EntitySet(set.clone()),
            Value::Entities(set) => Normal::Entity(set.clone()),
            Value::Text(text) if property.multi => {
                let mut items: Vec<String> = text
                    .split("; ")
                    .filter(|item| !item.is_empty())
                    .map(str::to_owned)
                    .collect();
                items.sort();
                items.dedup();
                Normal::TextSet(items)
            }
            Value::Text(text) => Normal::Text(text.clone()),
            Value::Boolean(yes) => Normal::Boolean(*yes),
            Value::Time(time) => Normal::Time(*time),
            Value::Code(code) => Normal::Code(code.clone()),
            Value::Unknown(unknown) => Normal::Unknown(*unknown),
        }
    }
}

impl Normal {
    /// The normal form for people: like its `Display`, but entities by display name.
    pub fn describe(&self, corpus: &Corpus) -> String {
        match self {
            Normal::Entity(set) | Normal::EntitySet(set) => {
                let named = EntitySet {
                    included: set
                        .included
                        .iter()
                        .map(|id| corpus.entity_name(id).to_owned())
                        .collect(),
                    excluded: set
                        .excluded
                        .iter()
                        .map(|id| corpus.entity_name(id).to_owned())
                        .collect(),
                    none: set.none,
                };
                describe_set(&named)
            }
            other => other.to_string(),
        }
    }
}

/// Birth dates compatible with an age in `years` on some day of `as_of`: someone aged N on
/// day D was born after D minus N+1 years and on or before D minus N years; an age below a
/// whole number (`under 18`, `nearly 50`) is at most the number before it.
fn birth_window(years: &Interval, as_of: &DateValue) -> DateValue {
    let youngest = match years.lo {
        Bound::Closed(x) => x.floor(),
        Bound::Open(x) => x.floor() + if x.fract() == 0.0 { 1.0 } else { 0.0 },
        Bound::Unbounded => 0.0,
    };
    let oldest = match years.hi {
        // `under 18` admits no one aged 18: an open whole end is the year below it.
        Bound::Open(x) if x.fract() == 0.0 && x >= 1.0 => (x - 1.0).min(150.0),
        Bound::Closed(x) | Bound::Open(x) => x.ceil().min(150.0),
        Bound::Unbounded => 150.0,
    };
    let first = years_before(as_of.first, oldest as i64 + 1)
        .and_then(|d| d.tomorrow().ok())
        .unwrap_or(Date::MIN);
    let last = years_before(as_of.last, youngest as i64).unwrap_or(as_of.last);
    DateValue::span(first, last, Precision::Range)
}

/// The normal form as shown in reasons and reports.
impl fmt::Display for Normal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Normal::Numbers { strict, .. } => write!(f, "{strict}"),
            Normal::Days(date) => write!(f, "{date}"),
            Normal::Birth(window) => write!(f, "born {}..{}", window.first, window.last),
            Normal::Duration(days) => write!(f, "{days} days"),
            Normal::Entity(set) | Normal::EntitySet(set) => f.write_str(&describe_set(set)),
            Normal::Text(text) => write!(f, "\"{text}\""),
            Normal::TextSet(items) => write!(f, "{{{}}}", items.join("; ")),
            Normal::Boolean(yes) => f.write_str(if *yes { "yes" } else { "no" }),
            Normal::Time(time) => write!(f, "{time}"),
            Normal::Code(code) => f.write_str(code),
            Normal::Unknown(unknown) => write!(f, "{unknown}"),
        }
    }
}

fn describe_set(set: &EntitySet) -> String {
    if set.none {
        return "none".to_owned();
    }
    let items: Vec<String> = set
        .included
        .iter()
        .cloned()
        .chain(set.excluded.iter().map(|id| format!("not {id}")))
        .collect();
    format!("{{{}}}", items.join(", "))
}

#[cfg(test)]
mod tests {
    use super::birth_window;
    use crate::value::{Bound, DateValue, Interval};
    use jiff::civil::date;

    fn born(lo: Bound, hi: Bound) -> String {
        let window = birth_window(&Interval { lo, hi }, &DateValue::day(date(2025, 3, 14)));
        format!("{}..{}", window.first, window.last)
    }

    #[test]
    fn an_age_below_a_whole_number_stops_at_the_year_before_it() {
        // `under 18`: 17 at most, born after 14 March 2007.
        assert_eq!(born(Bound::Closed(0.0), Bound::Open(18.0)), "2007-03-15..2025-03-14");
        // `up to 18` admits 18.
        assert_eq!(born(Bound::Closed(0.0), Bound::Closed(18.0)), "2006-03-15..2025-03-14");
        // `18`: born in the year to 14 March 2007.
        assert_eq!(born(Bound::Closed(18.0), Bound::Closed(18.0)), "2006-03-15..2007-03-14");
        // `more than 64`: 65 or older.
        assert_eq!(
            born(Bound::Open(64.0), Bound::Unbounded).split("..").nth(1),
            Some("1960-03-14")
        );
    }
}
