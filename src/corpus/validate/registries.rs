//! Validation of the registries: entities (`entities.yaml`), properties and scopes (the
//! built-in catalogue and `properties.yaml`), with their ids, names and `within` links.

use crate::corpus::claim::{ENTITY_REGISTRY, ID_HELP, Lookup, SCOPE_REGISTRY, unknown_name};
use crate::corpus::files::Loader;
use crate::corpus::raw::{RawEntities, RawProperty, RawScope, ScalarText};
use crate::corpus::registry::NameIndex;
use crate::diagnostics::{Code, Diagnostic, FileId};
use crate::model::{Entity, Property, Scope};
use crate::names::is_valid_id;
use crate::value::{self, ParseContext, Tolerance, Value, ValueType};
use serde_saphyr::Spanned;
use std::collections::{BTreeMap, HashMap};

impl Loader {
    fn check_id(&mut self, file: FileId, id: &Spanned<String>, what: &str) -> bool {
        if is_valid_id(&id.value) {
            return true;
        }
        let span = self.span(file, &id.referenced);
        self.report(
            Diagnostic::new(
                Code::InvalidId,
                file,
                span,
                format!("`{}` is not a valid {what} id", id.value),
            )
            .with_help(ID_HELP),
        );
        false
    }

    fn check_unique(
        &mut self,
        file: FileId,
        seen: &mut HashMap<String, usize>,
        id: &Spanned<String>,
        what: &str,
    ) -> bool {
        let line = Loader::line(&id.referenced);
        if let Some(first) = seen.get(&id.value) {
            let span = self.span(file, &id.referenced);
            self.report(
                Diagnostic::new(
                    Code::DuplicateId,
                    file,
                    span,
                    format!("{what} `{}` is defined twice (first on line {first})", id.value),
                )
                .with_help("give each one its own id, or merge them"),
            );
            return false;
        }
        seen.insert(id.value.clone(), line);
        true
    }

    fn index_names(&mut self, file: FileId, index: &mut NameIndex, id: &str, names: &[&Spanned<String>], what: &str) {
        for name in names {
            if let Err(owner) = index.insert(&name.value, id) {
                let span = self.span(file, &name.referenced);
                self.report(
                    Diagnostic::new(
                        Code::AmbiguousAlias,
                        file,
                        span,
                        format!(
                            "`{}` names {what} `{id}` but is already a name of `{owner}`",
                            name.value
                        ),
                    )
                    .with_help("a spelling may stand for one entry only: remove it from one of them, or merge them"),
                );
            }
        }
    }

    /// Checks a registry entry's id (`names[0]`) and indexes all its names; false when the
    /// entry is refused (invalid or repeated id).
    fn admit(
        &mut self,
        file: FileId,
        (seen, index): (&mut HashMap<String, usize>, &mut NameIndex),
        names: &[&Spanned<String>],
        what: &str,
    ) -> bool {
        let Some(id) = names.first() else {
            return false;
        };
        if !self.check_id(file, id, what) || !self.check_unique(file, seen, id, what) {
            return false;
        }
        self.index_names(file, index, &id.value, names, what);
        true
    }

    pub(super) fn validate_entities(
        &mut self,
        file: FileId,
        raw: RawEntities,
    ) -> (BTreeMap<String, Entity>, NameIndex) {
        let mut index = NameIndex::default();
        let mut seen = HashMap::new();
        let mut valid = Vec::new();
        for entry in raw.entities {
            let entity = entry.value;
            let names: Vec<&Spanned<String>> = [&entity.id, &entity.name].into_iter().chain(&entity.aliases).collect();
            if self.admit(file, (&mut seen, &mut index), &names, "entity") {
                valid.push(entity);
            }
        }
        let mut entities = BTreeMap::new();
        for entity in valid {
            let within = entity
                .within
                .as_ref()
                .and_then(|within| self.resolve_name(file, &index, within, ENTITY_REGISTRY));
            let involves = entity
                .involves
                .iter()
                .filter_map(|name| self.resolve_name(file, &index, name, ENTITY_REGISTRY))
                .collect();
            let id = entity.id.value;
            let aliases = entity.aliases.into_iter().map(|alias| alias.value).collect();
            entities.insert(
                id.clone(),
                Entity {
                    id,
                    kind: entity.kind,
                    name: entity.name.value,
                    aliases,
                    within,
                    involves,
                    post: entity.post,
                    note: entity.note,
                },
            );
        }
        self.check_cycles(
            file,
            entities
                .iter()
                .map(|(id, e)| (id.as_str(), e.within.as_deref()))
                .collect(),
            "entity",
        );
        (entities, index)
    }

    pub(super) fn validate_scopes(
        &mut self,
        file: FileId,
        raw: Vec<Spanned<RawScope>>,
    ) -> (BTreeMap<String, Scope>, NameIndex) {
        let mut index = NameIndex::default();
        let mut seen = HashMap::new();
        let mut valid = Vec::new();
        for entry in raw {
            let scope = entry.value;
            // A display name is positioned at the id: the raw scope keeps no span for it.
            let name = scope
                .name
                .as_ref()
                .map(|name| Spanned::new(name.clone(), scope.id.referenced, scope.id.defined));
            let names: Vec<&Spanned<String>> = std::iter::once(&scope.id)
                .chain(&scope.aliases)
                .chain(name.as_ref())
                .collect();
            if self.admit(file, (&mut seen, &mut index), &names, "scope") {
                valid.push(scope);
            }
        }
        let mut scopes = BTreeMap::new();
        for scope in valid {
            let within = scope
                .within
                .as_ref()
                .and_then(|within| self.resolve_name(file, &index, within, SCOPE_REGISTRY));
            let id = scope.id.value;
            let name = scope.name.unwrap_or_else(|| id.clone());
            let aliases = scope.aliases.into_iter().map(|alias| alias.value).collect();
            scopes.insert(
                id.clone(),
                Scope {
                    id,
                    name,
                    aliases,
                    within,
                },
            );
        }
        self.check_cycles(
            file,
            scopes
                .iter()
                .map(|(id, s)| (id.as_str(), s.within.as_deref()))
                .collect(),
            "scope",
        );
        (scopes, index)
    }

    /// Resolves a spelling to its canonical id, or reports it with a suggestion.
    fn resolve_name(
        &mut self,
        file: FileId,
        index: &NameIndex,
        name: &Spanned<String>,
        lookup: Lookup,
    ) -> Option<String> {
        if let Some(id) = index.resolve(&name.value) {
            return Some(id.to_owned());
        }
        let span = self.span(file, &name.referenced);
        let (code, message, help) = unknown_name(index, &name.value, lookup, "");
        self.report(Diagnostic::new(code, file, span, message).with_help(help));
        None
    }

    fn check_cycles(&mut self, file: FileId, parents: HashMap<&str, Option<&str>>, what: &str) {
        let mut looping: Vec<&str> = parents
            .keys()
            .copied()
            .filter(|start| {
                let mut current = parents.get(start).copied().flatten();
                for _ in 0..=parents.len() {
                    match current {
                        Some(id) if id == *start => return true,
                        Some(id) => current = parents.get(id).copied().flatten(),
                        None => return false,
                    }
                }
                false
            })
            .collect();
        looping.sort_unstable();
        if !looping.is_empty() {
            self.report(
                Diagnostic::new(
                    Code::CyclicWithin,
                    file,
                    None,
                    format!("the `within` links of {what} {} form a loop", looping.join(", ")),
                )
                .with_help("`within` must point to something larger; remove one link of the loop"),
            );
        }
    }

    pub(super) fn validate_properties(
        &mut self,
        file: FileId,
        raw: Vec<Spanned<RawProperty>>,
    ) -> BTreeMap<String, Property> {
        let mut seen = HashMap::new();
        let mut properties = BTreeMap::new();
        for entry in raw {
            let raw = entry.value;
            if !self.check_id(file, &raw.id, "property") || !self.check_unique(file, &mut seen, &raw.id, "property") {
                continue;
            }
            if let Some(property) = self.validate_property(file, raw) {
                properties.insert(property.id.clone(), property);
            }
        }
        properties
    }

    fn validate_property(&mut self, file: FileId, raw: RawProperty) -> Option<Property> {
        let id_span = self.span(file, &raw.id.referenced);
        let multi = raw.multi.unwrap_or(false);
        if multi && raw.value_type != ValueType::Text {
            self.report(
                Diagnostic::new(
                    Code::YamlType,
                    file,
                    id_span.clone(),
                    format!("property `{}`: `multi` applies to text properties only", raw.id.value),
                )
                .with_help("use type `entities` for a set of entities, or remove `multi`"),
            );
        }
        let tolerance = Tolerance {
            approx: raw.tolerance.and_then(|t| t.approx).unwrap_or(0.15),
            report: raw.tolerance.and_then(|t| t.report).unwrap_or(0.0),
        };
        for (name, fraction) in [("approx", tolerance.approx), ("report", tolerance.report)] {
            if !(0.0..=1.0).contains(&fraction) {
                self.report(
                    Diagnostic::new(
                        Code::InvalidValue,
                        file,
                        id_span.clone(),
                        format!(
                            "property `{}`: tolerance.{name} is {fraction}, outside 0 to 1",
                            raw.id.value
                        ),
                    )
                    .with_help("tolerances are fractions: 0.15 means 15%"),
                );
            }
        }
        let edge_fit = raw.edge_fit.unwrap_or(crate::model::DEFAULT_EDGE_FIT);
        if !(0.0..=1.0).contains(&edge_fit) {
            self.report(
                Diagnostic::new(
                    Code::InvalidValue,
                    file,
                    id_span.clone(),
                    format!("property `{}`: edge_fit is {edge_fit}, outside 0 to 1", raw.id.value),
                )
                .with_help("edge_fit is a share of the narrower reading: 0.1 means 10%, 0 turns edge fits off"),
            );
        }
        let drift_after_days = raw
            .drift_after
            .as_ref()
            .and_then(|drift| self.parse_drift(file, &raw.id.value, drift));
        let role = raw.role.as_ref().map(|role| role.value);
        if let Some(role) = &raw.role
            && role.value.value_type() != raw.value_type
        {
            let span = self.span(file, &role.referenced);
            self.report(
                Diagnostic::new(
                    Code::YamlType,
                    file,
                    span,
                    format!(
                        "property `{}`: role `{}` needs type `{}`, not `{}`",
                        raw.id.value,
                        role.value.as_str(),
                        role.value.value_type().as_str(),
                        raw.value_type.as_str()
                    ),
                )
                .with_help(format!(
                    "change the type to `{}` or remove the role",
                    role.value.value_type().as_str()
                )),
            );
        }
        let name = raw.name.unwrap_or_else(|| raw.id.value.clone());
        let running_total = raw
            .running_total
            .unwrap_or_else(|| crate::model::names_a_toll(raw.value_type, &raw.id.value, &name));
        Some(Property {
            name,
            id: raw.id.value,
            value_type: raw.value_type,
            multi: multi || matches!(raw.value_type, ValueType::Entities | ValueType::People),
            changes_over_time: raw.changes_over_time.unwrap_or(false),
            drift_after_days,
            running_total,
            tolerance,
            edge_fit,
            role,
            description: raw.description,
        })
    }

    fn parse_drift(&mut self, file: FileId, property: &str, drift: &Spanned<ScalarText>) -> Option<f64> {
        let exact = Tolerance {
            approx: 0.0,
            report: 0.0,
        };
        match value::parse(
            &drift.value.0,
            ValueType::Duration,
            &ParseContext {
                reference: None,
                date_order: None,
            },
        ) {
            Ok(Value::Duration(duration)) => {
                let days = duration.days(exact);
                Some(midpoint(&days))
            }
            Ok(_) | Err(_) => {
                let span = self.span(file, &drift.referenced);
                self.report(
                    Diagnostic::new(
                        Code::InvalidValue,
                        file,
                        span,
                        format!(
                            "property `{property}`: drift_after `{}` is not a duration",
                            drift.value.0
                        ),
                    )
                    .with_help("write a duration such as `12 months` or `2 years`"),
                );
                None
            }
        }
    }
}

fn midpoint(interval: &value::Interval) -> f64 {
    let end = |bound: value::Bound| match bound {
        value::Bound::Closed(x) | value::Bound::Open(x) => x,
        value::Bound::Unbounded => 0.0,
    };
    (end(interval.lo) + end(interval.hi)) / 2.0
}
