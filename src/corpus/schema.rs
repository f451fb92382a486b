//! JSON Schemas of the corpus files, for YAML editors (completion, validation as you type).
//! They are kept by hand beside the raw types of [`super::raw`] (which carry positions and
//! cannot derive a schema); tests fail when a field or a kind is added to one and not the other.

use serde_json::{Value, json};

/// Which corpus file a schema describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaKind {
    /// `entities.yaml`.
    Entities,
    /// `properties.yaml`.
    Properties,
    /// `sources/<source-id>.yaml`.
    Source,
}

impl SchemaKind {
    /// Every kind, in the order they are documented.
    pub const ALL: [SchemaKind; 3] = [SchemaKind::Entities, SchemaKind::Properties, SchemaKind::Source];

    /// The schema's file name, as committed under `claims/schema/`.
    pub fn file_name(self) -> &'static str {
        match self {
            SchemaKind::Entities => "entities.schema.json",
            SchemaKind::Properties => "properties.schema.json",
            SchemaKind::Source => "source.schema.json",
        }
    }

    /// The schema, pretty-printed with a final newline.
    pub fn render(self) -> String {
        let schema = match self {
            SchemaKind::Entities => entities(),
            SchemaKind::Properties => properties(),
            SchemaKind::Source => source(),
        };
        let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// Entity kinds, as written in `entities.yaml`.
pub const ENTITY_KINDS: [&str; 9] = [
    "person",
    "group",
    "unit",
    "place",
    "organisation",
    "event",
    "agreement",
    "population",
    "other",
];

/// Value types, as written in `properties.yaml`.
pub const VALUE_TYPES: [&str; 13] = [
    "count",
    "number",
    "percentage",
    "age",
    "date",
    "duration",
    "entity",
    "entities",
    "text",
    "boolean",
    "time",
    "code",
    "people",
];

/// Draft 7: the newest draft the YAML language server fully supports.
const DRAFT: &str = "http://json-schema.org/draft-07/schema#";
/// Kept in step with [`crate::names::is_valid_id`] (a test checks both on the same examples).
const ID_PATTERN: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";

fn text(description: &str) -> Value {
    json!({ "type": "string", "description": description })
}

fn id(description: &str) -> Value {
    json!({ "type": "string", "pattern": ID_PATTERN, "description": description })
}

fn texts(description: &str) -> Value {
    json!({ "type": "array", "items": { "type": "string" }, "description": description })
}

/// A date as YAML reads it: `2025` is a number, `2025-10-22` or `August 2020` a string.
fn date(description: &str) -> Value {
    json!({ "type": ["string", "integer"], "description": description })
}

fn document(title: &str, description: &str, properties: Value, required: &[&str]) -> Value {
    json!({
        "$schema": DRAFT,
        "title": title,
        "description": description,
        "type": "object",
        "additionalProperties": false,
        "required": required,
        "properties": properties,
    })
}

fn entities() -> Value {
    let entity = json!({
        "type": "object",
        "additionalProperties": false,
        "required": ["id", "kind", "name"],
        "properties": {
            "id": id("Stable id: lower-case letters, digits and single hyphens (omar-diaby)."),
            "kind": { "enum": ENTITY_KINDS, "description": "What sort of thing the entity is." },
            "name": text("Display name."),
            "aliases": texts("Other spellings and names, transliteration variants included."),
            "within": text("The entity this one is part of (id, name or alias)."),
            "involves": texts("For an event or agreement: the entities that take part in it (ids, names or aliases), so that `crosscheck show` lists it with them."),
            "post": text("For an event that is a term of office: the post its holders (`involves`) hold during it (`prime minister`), so that a title given before its start or after its end is raised."),
            "note": text("Editorial note."),
        },
    });
    document(
        "crosscheck entities.yaml",
        "The registry of subjects claims can be about.",
        json!({
            "entities": { "type": "array", "items": entity, "description": "The registry." },
            "open": {
                "type": "boolean",
                "description": "Bulk corpora: subjects not in the registry are created from the data.",
            },
        }),
        &[],
    )
}

fn properties() -> Value {
    let property = json!({
        "type": "object",
        "additionalProperties": false,
        "required": ["id", "type"],
        "properties": {
            "id": id("Stable id; the same id as a built-in property replaces it."),
            "name": text("Display name (default: the id)."),
            "type": { "enum": VALUE_TYPES, "description": "How values are read and compared." },
            "multi": { "type": "boolean", "description": "Text only: the property holds a set of strings." },
            "changes_over_time": { "type": "boolean", "description": "May values legitimately differ at different dates?" },
            "drift_after": {
                "type": ["string", "integer"],
                "description": "How far apart two as-of dates must be for a difference to be drift (12 months)."
            },
            "running_total": {
                "type": "boolean",
                "description": "A count that only rises (a death toll): a later figure below an earlier one is a conflict, not drift (default: a count whose id or name names a toll, such as killed, dead, deaths, injured)."
            },
            "edge_fit": {
                "type": "number",
                "minimum": 0,
                "maximum": 1,
                "description": "Two readings that overlap by less than this share of the narrower one fit only at the edges: a tension (default 0.1; 0 turns it off)."
            },
            "tolerance": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                    "approx": { "type": "number", "minimum": 0, "description": "`about N` reaches N +/- this fraction." },
                    "report": { "type": "number", "minimum": 0, "description": "A bare N reaches N +/- this fraction." },
                },
                "description": "Comparison tolerances, as fractions.",
            },
            "role": {
                "enum": ["start", "end", "length", "birth", "title"],
                "description": "Its part in derived checks: start, end and birth are dates, length a duration, title a text checked against the terms of office in the registry.",
            },
            "description": text("What the property means."),
        },
    });
    let scope = json!({
        "type": "object",
        "additionalProperties": false,
        "required": ["id"],
        "properties": {
            "id": id("Stable id."),
            "name": text("Display name (default: the id)."),
            "aliases": texts("Other wordings of the scope."),
            "within": text("The scope this one is a subset of."),
        },
    });
    document(
        "crosscheck properties.yaml",
        "Properties and scopes beyond the built-in catalogue.",
        json!({
            "properties": { "type": "array", "items": property, "description": "Properties." },
            "scopes": { "type": "array", "items": scope, "description": "Scopes (parts of a subject)." },
            "date_order": {
                "enum": ["day-first", "month-first"],
                "description": "How numeric dates (03/04/2025) are read; without it a date whose day and month could swap keeps both readings."
            },
        }),
        &[],
    )
}

fn source() -> Value {
    let scalar = json!({ "type": ["string", "number", "boolean"] });
    let claim = json!({
        "type": "object",
        "additionalProperties": false,
        "required": ["id", "subject", "property", "value", "quote"],
        "properties": {
            "id": id("Unique within this source."),
            "subject": text("Entity id, name or alias."),
            "property": text("Property id."),
            "value": {
                "anyOf": [scalar, { "type": "array", "items": scalar }],
                "description": "A value in the grammar (70, about fifty, August 2020, 82nd Division); a list for sets.",
            },
            "quote": text("Verbatim from the source text."),
            "attribution": text("Who the source says made the claim."),
            "origin": text("The upstream outlet the claim came through (AFP)."),
            "as_of": date("The date the claim speaks of (default: the publication date)."),
            "scope": text("A declared scope (id, name or alias)."),
            "hedge": text("The text's hedge (believed to, allegedly, on paper)."),
            "note": text("Editorial note."),
            "proposed": {
                "type": "boolean",
                "description": "Proposed by `crosscheck extract` and not yet confirmed by an editor.",
            },
        },
    });
    document(
        "crosscheck source",
        "One source: its metadata and its claims. The file name is the source id.",
        json!({
            "outlet": text("Outlet that published it."),
            "title": text("Headline or title."),
            "url": text("Address, when known."),
            "published": date("Publication date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as known."),
            "published_note": text("How the publication date was established, when not printed."),
            "language": text("Language code (en)."),
            "origin": texts("Upstream origins when it is a wire copy or quotes another outlet (AFP)."),
            "text": text("Path of the text, relative to the corpus (default: texts/<source-id>.txt)."),
            "note": text("Editorial note."),
            "claims": { "type": "array", "items": claim, "description": "The claims." },
        }),
        &["outlet", "title", "published", "language"],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::raw::{RawCatalogue, RawClaim, RawEntities, RawEntity, RawProperty, RawScope, RawSource};
    use crate::model::EntityKind;
    use crate::names::is_valid_id;
    use crate::value::ValueType;
    use serde::de::DeserializeOwned;

    /// The fields serde expects for a raw type, read from its "unknown field" error: the raw
    /// types deny unknown fields, and serde lists every field it knows.
    fn fields_of<T: DeserializeOwned + std::fmt::Debug>(yaml: &str) -> Vec<String> {
        let error = serde_saphyr::from_str::<T>(yaml).expect_err("the probe field is unknown");
        names_after("expected one of ", &error.to_string())
    }

    fn names_after(marker: &str, message: &str) -> Vec<String> {
        let list = &message[message.find(marker).unwrap_or_else(|| panic!("{message}")) + marker.len()..];
        let list = list.lines().next().unwrap_or_default();
        list.split(", ")
            .map(|name| name.trim().trim_matches(|c: char| !c.is_alphanumeric() && c != '_'))
            .filter(|name| !name.is_empty())
            .map(str::to_owned)
            .collect()
    }

    fn keys(schema: &Value, pointer: &str) -> Vec<String> {
        let mut keys: Vec<String> = schema
            .pointer(pointer)
            .and_then(Value::as_object)
            .unwrap_or_else(|| panic!("no {pointer}"))
            .keys()
            .cloned()
            .collect();
        keys.sort();
        keys
    }

    fn sorted(mut names: Vec<String>) -> Vec<String> {
        names.sort();
        names
    }

    #[test]
    fn every_field_of_the_raw_types_is_in_the_schemas_and_no_other() {
        let entities = entities();
        let properties = properties();
        let source = source();
        let probe = "__probe__: 1\n";
        let cases = [
            (fields_of::<RawEntities>(probe), keys(&entities, "/properties")),
            (
                fields_of::<RawEntity>(probe),
                keys(&entities, "/properties/entities/items/properties"),
            ),
            (fields_of::<RawCatalogue>(probe), keys(&properties, "/properties")),
            (
                fields_of::<RawProperty>(probe),
                keys(&properties, "/properties/properties/items/properties"),
            ),
            (
                fields_of::<RawScope>(probe),
                keys(&properties, "/properties/scopes/items/properties"),
            ),
            (fields_of::<RawSource>(probe), keys(&source, "/properties")),
            (
                fields_of::<RawClaim>(probe),
                keys(&source, "/properties/claims/items/properties"),
            ),
            (
                fields_of::<crate::corpus::raw::RawTolerance>(probe),
                keys(
                    &properties,
                    "/properties/properties/items/properties/tolerance/properties",
                ),
            ),
        ];
        for (fields, schema) in cases {
            assert_eq!(sorted(fields), schema);
        }
    }

    #[test]
    fn the_kinds_and_types_are_those_the_loader_reads() {
        let error = serde_saphyr::from_str::<EntityKind>("nonsense").expect_err("not a kind");
        assert_eq!(
            sorted(names_after("expected one of ", &error.to_string())),
            sorted(ENTITY_KINDS.map(String::from).to_vec())
        );
        let error = serde_saphyr::from_str::<ValueType>("nonsense").expect_err("not a type");
        assert_eq!(
            sorted(names_after("expected one of ", &error.to_string())),
            sorted(VALUE_TYPES.map(String::from).to_vec())
        );
    }

    #[test]
    fn the_id_pattern_accepts_what_the_loader_accepts() {
        let pattern = regex::Regex::new(ID_PATTERN).expect("a valid pattern");
        for id in [
            "omar-diaby",
            "82nd-division",
            "a",
            "x1-2-3",
            "",
            "-a",
            "a-",
            "a--b",
            "Omar",
            "a_b",
            "é",
        ] {
            assert_eq!(pattern.is_match(id), is_valid_id(id), "{id:?}");
        }
    }
}
