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
