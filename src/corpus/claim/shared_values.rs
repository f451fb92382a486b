//! Values read once for every piece of a bulk file: the pieces are checked in parallel, each
//! with its own cache, and a text repeated across pieces (one departure time in many rows)
//! would otherwise be read again by each piece. A reading depends only on its text, its
//! property, the file's order for numeric dates and, when it looks at it, the as-of date, so
//! whichever piece reads it first, the others take the same reading.

use super::Why;
use crate::value::{DateValue, Value};
use foldhash::HashMap;
use std::sync::RwLock;

/// A value read under a property at an as-of date (`None`: a reading that did not look at
/// the date, the same at every as-of date), or why it was refused.
pub(super) type ValueKey<'a> = ((&'a str, Option<DateValue>), Result<Value, Vec<Why>>);

/// The readings of one file's values, by spelling, shared by the threads that check its
/// pieces. Only readings that made no entity are kept: a made entity is recorded by the
/// piece that read it.
#[derive(Default)]
pub(in crate::corpus) struct SharedValues<'a> {
    readings: RwLock<HashMap<String, Vec<ValueKey<'a>>>>,
}

impl<'a> SharedValues<'a> {
    /// The reading of `written` under `property` at `as_of`, if a piece kept one, with the
    /// date it looked at.
    pub(super) fn get(&self, written: &str, property: &str, as_of: DateValue) -> Option<ValueKey<'a>> {
        let readings = self.readings.read().ok()?;
        found(readings.get(written)?, property, as_of).cloned()
    }

    /// Keeps a reading of `written` under `property`, at `dated` when it looked at its as-of
    /// date, unless one is kept already.
    pub(super) fn put(&self, written: &str, key: (&'a str, Option<DateValue>), read: &Result<Value, Vec<Why>>) {
        let Ok(mut readings) = self.readings.write() else {
            return;
        };
        let seen = readings.entry(written.to_owned()).or_default();
        if !seen
            .iter()
            .any(|((property, dated), _)| *property == key.0 && *dated == key.1)
        {
            seen.push((key, read.clone()));
        }
    }
}

/// The reading among `seen` of `property` at `as_of` (or at any date).
pub(super) fn found<'s, 'a>(seen: &'s [ValueKey<'a>], property: &str, as_of: DateValue) -> Option<&'s ValueKey<'a>> {
    seen.iter()
        .find(|((p, date), _)| *p == property && date.is_none_or(|date| date == as_of))
}

#[cfg(test)]
mod tests {
    use super::SharedValues;
    use crate::value::{DateValue, Value};
    use jiff::civil::date;

    #[test]
    fn a_reading_is_found_for_its_property_and_its_date_when_it_looked_at_it() {
        let shared = SharedValues::default();
        let (monday, tuesday) = (DateValue::day(date(2025, 3, 3)), DateValue::day(date(2025, 3, 4)));
        let yes = Ok(Value::Boolean(true));
        shared.put("yes", ("open", None), &yes);
        shared.put("today", ("opened", Some(monday)), &Ok(Value::Date(monday)));
        assert_eq!(shared.get("yes", "open", tuesday), Some((("open", None), yes.clone())));
        assert_eq!(shared.get("yes", "closed", tuesday), None);
        let today = Ok(Value::Date(monday));
        assert_eq!(
            shared.get("today", "opened", monday),
            Some((("opened", Some(monday)), today))
        );
        assert_eq!(shared.get("today", "opened", tuesday), None);
        assert_eq!(shared.get("no", "open", monday), None);
    }

    #[test]
    fn the_first_reading_kept_stays() {
        let shared = SharedValues::default();
        let day = DateValue::day(date(2025, 3, 3));
        shared.put("yes", ("open", None), &Ok(Value::Boolean(true)));
        shared.put("yes", ("open", None), &Ok(Value::Boolean(false)));
        let kept = shared.get("yes", "open", day).map(|(_, read)| read);
        assert_eq!(kept, Some(Ok(Value::Boolean(true))));
    }
}
