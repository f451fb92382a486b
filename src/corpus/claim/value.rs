//! Reading a claim's written value under its property: the one value normalisation of YAML
//! and bulk claims alike, entity names resolved to ids.

use super::ValueText;
use crate::diagnostics::Code;
use crate::model::Property;
use crate::value::{self, DateOrder, DateValue, DayRange, ParseContext, Value};

/// Why a written value was refused, before it is placed in a file.
pub(super) struct ValueProblem {
    /// Invalid value or unknown entity.
    pub code: Code,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: String,
    /// The entity name that is unknown, for a "did you mean".
    pub unknown_entity: Option<String>,
}

/// Reads a written value under its property at an as-of date, entity names resolved to ids
/// by `resolve`: the one value normalisation of YAML and bulk claims alike.
pub(super) fn read_value(
    written: &ValueText,
    property: &Property,
    (as_of, date_order): (DateValue, Option<DateOrder>),
    resolve: &dyn Fn(&str) -> Option<String>,
) -> Result<Value, Vec<ValueProblem>> {
    let context = ParseContext {
        reference: Some(DayRange {
            first: as_of.first,
            last: as_of.last,
        }),
        date_order,
    };
    let parsed = match written {
        ValueText::Scalar(text) => value::parse(text, property.value_type, &context),
        ValueText::List(items) => {
            let items: Vec<&str> = items.iter().map(String::as_str).collect();
            value::parse_list(&items, property.value_type, &context)
        }
    };
    match parsed {
        Ok(Value::Entities(mut set)) => {
            let mut unknown = Vec::new();
            for name in set.included.iter_mut().chain(set.excluded.iter_mut()) {
                match resolve(name) {
                    Some(id) => *name = id,
                    None => unknown.push(ValueProblem {
                        code: Code::UnknownEntity,
                        message: format!("unknown entity `{name}` in the value"),
                        help: format!(
                            "values of `{}` name entities: add `{name}` to entities.yaml",
                            property.id
                        ),
                        unknown_entity: Some(name.clone()),
                    }),
                }
            }
            if !unknown.is_empty() {
                return Err(unknown);
            }
            set.included.sort();
            set.included.dedup();
            set.excluded.sort();
            set.excluded.dedup();
            Ok(Value::Entities(set))
        }
        Ok(value) => Ok(value),
        Err(error) => Err(vec![ValueProblem {
            code: Code::InvalidValue,
            message: format!(
                "{} (property `{}` holds {})",
                error.message,
                property.id,
                property.value_type.noun_phrase()
            ),
            help: error.help,
            unknown_entity: None,
        }]),
    }
}

/// Hedges that say how near a figure, date or time is, not how sure the source is: in a
/// claim's `hedge` field they widen the value as they would written before it. Every other
/// hedge (`reportedly`, `is considered`, `estimated`) is named in reasons, never weighed.
const NEARNESS: [&str; 6] = ["about", "around", "roughly", "approximately", "some", "circa"];

/// What a claim's other fields say of the value it read: a hedge of [`NEARNESS`] is read with
/// the value (`hedge: about` on `1.30am on Tuesday` is `about 1.30am on Tuesday`: the quote's
/// hedge, kept apart in the file, still widens the figure, date, length or time), and a date
/// without its week or year is placed by the quote's tense ([`value::placed_by_tense`]: `will
/// be proclaimed on Saturday`, `pleaded guilty in December`). `reread` reads another text under the same property; a value
/// the hedge cannot be read with (`about around 400`) stays as read.
pub(super) fn in_context(
    value: Value,
    (written, hedge, quote): (&ValueText, Option<&str>, Option<&str>),
    as_of: DateValue,
    reread: impl FnOnce(&ValueText) -> Option<Value>,
) -> Value {
    let ValueText::Scalar(text) = written else {
        return value;
    };
    let value = match hedge {
        Some(hedge) if widens(&value) && NEARNESS.contains(&hedge.trim().to_lowercase().as_str()) => {
            match reread(&ValueText::Scalar(format!("{hedge} {text}").into())) {
                Some(hedged) if std::mem::discriminant(&hedged) == std::mem::discriminant(&value) => hedged,
                _ => value,
            }
        }
        _ => value,
    };
    match (value, quote) {
        (Value::Date(day), Some(quote)) => Value::Date(value::placed_by_tense(day, text, quote, &as_of)),
        (value, _) => value,
    }
}

/// Whether a hedge can widen the value: a figure, a date, a length or a time.
fn widens(value: &Value) -> bool {
    matches!(
        value,
        Value::Quantity(_) | Value::Date(_) | Value::Duration(_) | Value::Time(_)
    )
}

#[cfg(test)]
mod tests {
    use super::{ValueText, in_context};
    use crate::value::{self, DateValue, ParseContext, Value, ValueType};
    use jiff::civil::date;

    fn read(text: &str, value_type: ValueType) -> Option<Value> {
        let context = ParseContext {
            reference: Some(value::DayRange {
                first: date(2022, 9, 9),
                last: date(2022, 9, 9),
            }),
            date_order: None,
        };
        value::parse(text, value_type, &context).ok()
    }

    fn in_quote(written: &str, hedge: Option<&str>, quote: &str, value_type: ValueType) -> String {
        let value = read(written, value_type).expect("reads");
        let text = ValueText::Scalar(written.into());
        let as_of = DateValue::day(date(2022, 9, 9));
        let reread = |text: &ValueText| match text {
            ValueText::Scalar(text) => read(text, value_type),
            ValueText::List(_) => None,
        };
        in_context(value, (&text, hedge, Some(quote)), as_of, reread).to_string()
    }

    /// A Friday 9 September 2022 article: its hedges and tenses, as the claim's fields give them.
    #[test]
    fn the_hedge_and_the_tense_of_the_quote_are_read_with_the_value() {
        use ValueType::{Count, Date, Text, Time};
        for (written, hedge, quote, value_type, read) in [
            (
                "1.30am on Tuesday",
                Some("about"),
                "at about 1.30am on Tuesday",
                Time,
                "2022-09-06 01:00..2022-09-06 02:00",
            ),
            (
                "1.30am on Tuesday",
                None,
                "at 1.30am on Tuesday",
                Time,
                "2022-09-06 01:30",
            ),
            ("400", Some("roughly"), "roughly 400 ships", Count, "about 400"),
            ("400", Some("estimated"), "an estimated 400 ships", Count, "400"),
            ("400", Some("allegedly"), "allegedly 400 ships", Count, "400"),
            ("around 400", Some("about"), "about around 400", Count, "about 400"),
            ("chief", Some("about"), "about chief", Text, "chief"),
            (
                "Saturday",
                None,
                "He will be proclaimed king on Saturday",
                Date,
                "2022-09-10",
            ),
            (
                "Saturday",
                None,
                "He was proclaimed king on Saturday",
                Date,
                "2022-09-03",
            ),
            ("Friday", None, "He will speak on Friday", Date, "2022-09-09"),
            ("Tuesday", None, "On Tuesday she received Liz Truss", Date, "2022-09-06"),
        ] {
            assert_eq!(
                in_quote(written, hedge, quote, value_type),
                read,
                "{written} / {hedge:?} / {quote}"
            );
        }
    }
}
