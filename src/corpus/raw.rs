//! The corpus files exactly as written: serde types that carry positions ([`Spanned`]) so
//! that validation can point at the offending line and column. Unknown fields are errors.

use crate::model::{EntityKind, Role};
use crate::value::ValueType;
use serde::Deserialize;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde_saphyr::Spanned;
use std::fmt;

/// `entities.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEntities {
    /// An open registry: subjects of bulk claims that it does not name are created from the
    /// data (see README.md, "Bulk claims").
    #[serde(default)]
    pub open: bool,
    /// The registry.
    #[serde(default)]
    pub entities: Vec<Spanned<RawEntity>>,
}

/// One entry of `entities.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEntity {
    /// Stable id.
    pub id: Spanned<String>,
    /// Kind of entity.
    pub kind: EntityKind,
    /// Display name.
    pub name: Spanned<String>,
    /// Other spellings.
    #[serde(default)]
    pub aliases: Vec<Spanned<String>>,
    /// Parent entity.
    pub within: Option<Spanned<String>>,
    /// Entities that take part in an event or agreement.
    #[serde(default)]
    pub involves: Vec<Spanned<String>>,
    /// For a term of office: the post held.
    pub post: Option<String>,
    /// Editorial note.
    pub note: Option<String>,
}

/// `properties.yaml` (and the built-in catalogue).
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawCatalogue {
    /// Properties.
    #[serde(default)]
    pub properties: Vec<Spanned<RawProperty>>,
    /// Scopes.
    #[serde(default)]
    pub scopes: Vec<Spanned<RawScope>>,
    /// How numeric dates (`03/04/2025`) are read in every claim: `day-first` or
    /// `month-first`; without it, a date whose day and month could swap keeps both readings.
    #[serde(default)]
    pub date_order: Option<crate::value::DateOrder>,
}

/// One property entry.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProperty {
    /// Stable id.
    pub id: Spanned<String>,
    /// Display name (default: the id).
    pub name: Option<String>,
    /// Value type.
    #[serde(rename = "type")]
    pub value_type: ValueType,
    /// Set-valued text.
    pub multi: Option<bool>,
    /// Values may differ over time.
    pub changes_over_time: Option<bool>,
    /// A duration such as `12 months`.
    pub drift_after: Option<Spanned<ScalarText>>,
    /// A running total that only rises (default: a count named as a toll).
    pub running_total: Option<bool>,
    /// Tolerances.
    pub tolerance: Option<RawTolerance>,
    /// Share of the narrower reading two readings must overlap by to agree.
    pub edge_fit: Option<f64>,
    /// Its part in derived checks.
    pub role: Option<Spanned<Role>>,
    /// What it means.
    pub description: Option<String>,
}

/// Tolerances as fractions.
#[derive(Debug, Deserialize, Clone, Copy)]
#[serde(deny_unknown_fields)]
pub struct RawTolerance {
    /// For `about N`.
    pub approx: Option<f64>,
    /// For a bare `N`.
    pub report: Option<f64>,
}

/// One scope entry.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawScope {
    /// Stable id.
    pub id: Spanned<String>,
    /// Display name (default: the id).
    pub name: Option<String>,
    /// Other wordings.
    #[serde(default)]
    pub aliases: Vec<Spanned<String>>,
    /// Parent scope.
    pub within: Option<Spanned<String>>,
}

/// `sources/<id>.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    /// Outlet.
    pub outlet: Spanned<String>,
    /// Title.
    pub title: Spanned<String>,
    /// Address.
    pub url: Option<String>,
    /// Publication date.
    pub published: Spanned<ScalarText>,
    /// How the date was established.
    pub published_note: Option<String>,
    /// Language code.
    pub language: String,
    /// Upstream origins.
    #[serde(default)]
    pub origin: Vec<String>,
    /// Path of the text.
    pub text: Option<Spanned<String>>,
    /// Editorial note.
    pub note: Option<String>,
    /// Claims; `claims:` with nothing after it (every claim of a draft deleted) is none.
    #[serde(default, deserialize_with = "null_as_empty")]
    pub claims: Vec<Spanned<RawClaim>>,
}

/// A list that may be written as nothing at all (`claims:`), read as empty.
fn null_as_empty<'de, D: Deserializer<'de>, T: Deserialize<'de>>(deserializer: D) -> Result<Vec<T>, D::Error> {
    Ok(Option::<Vec<T>>::deserialize(deserializer)?.unwrap_or_default())
}

/// One claim as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawClaim {
    /// Id within the source.
    pub id: Spanned<String>,
    /// Subject: id, name or alias; null in a draft whose extractor found none.
    pub subject: Spanned<Option<String>>,
    /// Property id.
    pub property: Spanned<String>,
    /// Value in the grammar.
    pub value: Spanned<RawValue>,
    /// Verbatim quote.
    pub quote: Spanned<String>,
    /// Who said it.
    pub attribution: Option<String>,
    /// Upstream outlet.
    pub origin: Option<String>,
    /// Date the claim speaks of.
    pub as_of: Option<Spanned<ScalarText>>,
    /// Scope id or alias.
    pub scope: Option<Spanned<String>>,
    /// Hedge.
    pub hedge: Option<String>,
    /// Editorial note.
    pub note: Option<String>,
    /// Set by `crosscheck extract` on claims it proposed; an editor removes it on confirming.
    pub proposed: Option<bool>,
}

/// A scalar read as text whatever YAML thinks it is (`2013`, `2025-10-22`, `fifty`).
#[derive(Debug, Clone, PartialEq)]
pub struct ScalarText(pub String);

/// A claim value: one scalar, or a list of scalars for sets.
#[derive(Debug, Clone, PartialEq)]
pub enum RawValue {
    /// One value.
    Scalar(String),
    /// A list of values.
    List(Vec<String>),
}

impl RawValue {
    /// The value as written, a list joined with commas.
    pub fn written(&self) -> String {
        match self {
            RawValue::Scalar(text) => text.clone(),
            RawValue::List(items) => items.join(", "),
        }
    }
}

struct ScalarVisitor;

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a single value (text, number or date)")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        Ok(v.to_owned())
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<String, E> {
        Ok(v.to_string())
    }
}

impl<'de> Deserialize<'de> for ScalarText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ScalarVisitor).map(ScalarText)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = RawValue;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a value (text, number or date) or a list of values")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<RawValue, E> {
        Ok(RawValue::Scalar(v.to_owned()))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<RawValue, E> {
        Ok(RawValue::Scalar(v.to_string()))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawValue, E> {
        Ok(RawValue::Scalar(v.to_string()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawValue, E> {
        Ok(RawValue::Scalar(v.to_string()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<RawValue, E> {
        Ok(RawValue::Scalar(v.to_string()))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawValue, A::Error> {
        let mut items = Vec::new();
        while let Some(ScalarText(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(RawValue::List(items))
    }
}

impl<'de> Deserialize<'de> for RawValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ValueVisitor)
    }
}
