//! One subject as JSON, schema `crosscheck/show@1` (see README): fields may be added,
//! never renamed or dropped without bumping the version.

use super::{PropertyClaims, Side, SubjectView};
use crate::model::EntityKind;
use crate::report::parts::json::{ClaimFields, write_pretty};
use crate::report::property_name;
use serde::Serialize;
use std::io::{self, Write};

/// The schema name and version of the subject view.
pub const SHOW_SCHEMA: &str = "crosscheck/show@1";

#[derive(Serialize)]
struct ShowOut<'a> {
    schema: &'static str,
    subject: &'a str,
    subject_name: &'a str,
    kind: EntityKind,
    within: Option<&'a str>,
    parts: Vec<&'a str>,
    spellings: Vec<SpellingOut<'a>>,
    properties: Vec<PropertyOut<'a>>,
    events: Vec<EventOut<'a>>,
}

#[derive(Serialize)]
struct EventOut<'a> {
    event: &'a str,
    event_name: &'a str,
    kind: EntityKind,
    registered: bool,
    named_by: &'a [String],
    properties: Vec<PropertyOut<'a>>,
}

#[derive(Serialize)]
struct SpellingOut<'a> {
    text: &'a str,
    registered: bool,
    sources: &'a [String],
}

#[derive(Serialize)]
struct PropertyOut<'a> {
    property: &'a str,
    property_name: &'a str,
    verdict: &'static str,
    reason: Option<&'a str>,
    derivation: Option<&'a str>,
    claims: Vec<ClaimOut<'a>>,
}

#[derive(Serialize)]
struct ClaimOut<'a> {
    #[serde(flatten)]
    claim: ClaimFields<'a>,
    subject_written: &'a str,
}

/// Writes a subject view as JSON (pretty-printed, with a final newline).
pub(in crate::report) fn write_show_json(view: &SubjectView, out: &mut dyn Write) -> io::Result<()> {
    let entity = view.entity;
    let model = ShowOut {
        schema: SHOW_SCHEMA,
        subject: &entity.id,
        subject_name: &entity.name,
        kind: entity.kind,
        within: entity.within.as_deref(),
        parts: view.parts.iter().map(|part| part.id.as_str()).collect(),
        spellings: view
            .spellings
            .iter()
            .map(|spelling| SpellingOut {
                text: &spelling.text,
                registered: spelling.registered,
                sources: &spelling.sources,
            })
            .collect(),
        properties: view.properties.iter().map(|group| property_out(view, group)).collect(),
        events: view
            .events
            .iter()
            .map(|event| EventOut {
                event: &event.involvement.event.id,
                event_name: &event.involvement.event.name,
                kind: event.involvement.event.kind,
                registered: event.involvement.registered,
                named_by: &event.involvement.naming,
                properties: event.properties.iter().map(|group| property_out(view, group)).collect(),
            })
            .collect(),
    };
    write_pretty(&model, out)
}

fn property_out<'a>(view: &SubjectView<'a>, group: &'a PropertyClaims<'a>) -> PropertyOut<'a> {
    PropertyOut {
        property: group.property,
        property_name: property_name(view.corpus, group.property),
        verdict: group.verdict.as_ref().map_or("single", |(verdict, _)| verdict.as_str()),
        reason: group.verdict.as_ref().map(|(_, reason)| reason.as_str()),
        derivation: group.derivation.as_deref(),
        claims: group.claims.iter().map(claim_out).collect(),
    }
}

fn claim_out<'a>(side: &'a Side<'a>) -> ClaimOut<'a> {
    ClaimOut {
        claim: ClaimFields::of(side.claim, &side.normal, &side.origin),
        subject_written: &side.claim.subject_written,
    }
}
