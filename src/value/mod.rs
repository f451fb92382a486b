//! The value grammar: what editors write in a claim's `value:` field, parsed into a
//! normal form that can be compared (intervals of numbers or days, entity sets,
//! normalised strings).
//!
//! This floor knows nothing about sources, files or the entity registry. Entity names
//! are returned as written; the corpus layer resolves them to canonical ids.
//! Parsing is a pure function of the text, the value type and a [`ParseContext`].

mod date;
mod duration;
mod interval;
mod number;
mod quantity;
mod set;

pub use date::{DateValue, Precision};
pub use duration::{Duration, DurationUnit};
pub use interval::{Bound, Interval};
pub use quantity::{Quantity, Reading, Tolerance};
pub use set::EntitySet;

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
}

/// What the parser needs besides the text: the day (or days) relative dates resolve against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseContext {
    /// The as-of or publication date the value is read at, as an inclusive range of days;
    /// `None` when the source has no date (then relative dates are an error).
    pub reference: Option<DayRange>,
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
    todo!("parse {written:?} as {ty:?} at {ctx:?}")
}

/// Parses a value written as a list of items (a YAML sequence): only `Entities` and
/// `Text` accept lists; each item is read as for [`parse`], and sets are merged.
pub fn parse_list(items: &[&str], ty: ValueType, ctx: &ParseContext) -> Result<Value, ValueError> {
    todo!("parse {items:?} as {ty:?} at {ctx:?}")
}

/// Normalises free text for comparison: Unicode folded to ASCII, lower case, typographic
/// quotes and dashes made plain, punctuation other than `%` and digits' separators dropped,
/// whitespace collapsed.
pub fn normalize_text(text: &str) -> String {
    todo!("{text}")
}
