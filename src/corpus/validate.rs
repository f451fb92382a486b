//! Validation of the raw files into the model: ids, names, properties, scopes, dates,
//! values and quotes. Every problem is recorded; validation goes on past it so that one run
//! reports them all.

use super::bulk::{Bulk, BulkRegistry};
use super::load::{Loader, ParsedSource, Snippets};
use super::raw::{RawCatalogue, RawClaim, RawEntities, RawProperty, RawScope, RawValue};
use super::registry::NameIndex;
use super::text::QuoteFinder;
use crate::diagnostics::{Code, Diagnostic, FileId};
use crate::model::{Claim, Corpus, Entity, Property, Scope, Source};
use crate::names::{is_valid_id, suggest};
use crate::value::{self, DateOrder, DateValue, DayRange, ParseContext, Tolerance, Value, ValueType};
use arcstr::ArcStr;
use serde_saphyr::{Location, Spanned};
use std::collections::{BTreeMap, HashMap};
use std::path::{Component, Path, PathBuf};

/// What is looked up, and where it would be declared.
const ENTITY_REGISTRY: (&str, &str) = ("entity", "entities.yaml");
const SUBJECT_REGISTRY: (&str, &str) = ("subject", "entities.yaml");
const SCOPE_REGISTRY: (&str, &str) = ("scope", "the scopes of properties.yaml");

const ID_HELP: &str = "ids use lower-case letters, digits and single hyphens, e.g. `omar-diaby`";

/// What claims are validated against.
struct Registry<'a> {
    date_order: Option<DateOrder>,
    entity_names: &'a NameIndex,
    properties: &'a BTreeMap<String, Property>,
    scope_names: &'a NameIndex,
}

impl Loader {
    /// Validates everything read into a corpus (problems are recorded on the loader).
    pub(super) fn validate(
        &mut self,
        entities_file: FileId,
        entities: RawEntities,
        builtin: (FileId, RawCatalogue),
        catalogue: (FileId, RawCatalogue),
        (sources, bulk): (Vec<ParsedSource>, Bulk),
    ) -> Option<Corpus> {
        let open = entities.open;
        let (mut entities, entity_names) = self.validate_entities(entities_file, entities);
        let mut properties = self.validate_properties(builtin.0, builtin.1.properties);
        properties.extend(self.validate_properties(catalogue.0, catalogue.1.properties));
        for declared in bulk.declared {
            properties.entry(declared.id.clone()).or_insert(declared);
        }
        let (scopes, scope_names) = self.validate_scopes(catalogue.0, catalogue.1.scopes);
        let date_order = catalogue.1.date_order;
        let registry = Registry {
            date_order,
            entity_names: &entity_names,
            properties: &properties,
            scope_names: &scope_names,
        };
        let mut sources: Vec<Source> = sources
            .into_iter()
            .filter_map(|source| self.validate_source(source, &registry))
            .collect();
        let root = self.root.clone();
        let bulk_registry = BulkRegistry {
            root: &root,
            entity_names: &entity_names,
            properties: &properties,
            scope_names: &scope_names,
            open,
            date_order,
        };
        let bulk = self.validate_bulk(bulk.files, &bulk_registry);
        merge_sources(&mut sources, bulk.sources);
        for entity in bulk.new_entities {
            entities.entry(entity.id.clone()).or_insert(entity);
        }
        Some(Corpus {
            root: self.root.clone(),
            entities,
            properties,
            scopes,
            sources,
        })
    }

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

    fn validate_entities(&mut self, file: FileId, raw: RawEntities) -> (BTreeMap<String, Entity>, NameIndex) {
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
                .and_then(|within| self.resolve_name(file, &index, within, ENTITY_REGISTRY, ""));
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

    fn validate_scopes(&mut self, file: FileId, raw: Vec<Spanned<RawScope>>) -> (BTreeMap<String, Scope>, NameIndex) {
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
                .and_then(|within| self.resolve_name(file, &index, within, SCOPE_REGISTRY, ""));
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

    /// Resolves a spelling to its canonical id, or reports it (after `context`, such as
    /// "claim `x`: ") with a suggestion.
    fn resolve_name(
        &mut self,
        file: FileId,
        index: &NameIndex,
        name: &Spanned<String>,
        (what, registry): (&str, &str),
        context: &str,
    ) -> Option<String> {
        if let Some(id) = index.resolve(&name.value) {
            return Some(id.to_owned());
        }
        let span = self.span(file, &name.referenced);
        let help = match index.suggest(&name.value) {
            Some(near) => format!("did you mean `{near}`? Otherwise add `{}` to {registry}", name.value),
            None => format!(
                "use an id, name or alias from {registry}, or add `{}` there",
                name.value
            ),
        };
        self.report(
            Diagnostic::new(
                unknown_code(what),
                file,
                span,
                format!("{context}unknown {what} `{}`", name.value),
            )
            .with_help(help),
        );
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

    fn validate_properties(&mut self, file: FileId, raw: Vec<Spanned<RawProperty>>) -> BTreeMap<String, Property> {
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
        Some(Property {
            name: raw.name.unwrap_or_else(|| raw.id.value.clone()),
            id: raw.id.value,
            value_type: raw.value_type,
            multi: multi || raw.value_type == ValueType::Entities,
            changes_over_time: raw.changes_over_time.unwrap_or(false),
            drift_after_days,
            tolerance,
            role,
            description: raw.description,
        })
    }

    fn parse_drift(&mut self, file: FileId, property: &str, drift: &Spanned<super::raw::ScalarText>) -> Option<f64> {
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

    fn validate_source(&mut self, parsed: ParsedSource, registry: &Registry) -> Option<Source> {
        let ParsedSource { id, file, path, raw } = parsed;
        if !is_valid_id(&id) {
            self.report(
                Diagnostic::new(
                    Code::InvalidId,
                    file,
                    None,
                    format!("`{id}` is not a valid source id (it is the file name)"),
                )
                .with_help(ID_HELP),
            );
        }
        let published = self.parse_date(file, &raw.published, None, "published");
        let text_path = match &raw.text {
            Some(text) => self.confined_path(file, text),
            None => Some(PathBuf::from("texts").join(format!("{id}.txt"))),
        };
        let text = text_path
            .as_ref()
            .and_then(|path| self.read_text(path, Snippets::Skip).map(|(_, text)| text));
        let finder = text.as_deref().map(QuoteFinder::new);
        let mut seen = HashMap::new();
        let mut claims = Vec::new();
        let file_name = Claim::file_name(&path);
        for entry in raw.claims {
            let claim = entry.value;
            if !self.check_id(file, &claim.id, "claim") || !self.check_unique(file, &mut seen, &claim.id, "claim") {
                continue;
            }
            let context = ClaimContext {
                source: &id,
                file,
                file_name: &file_name,
                item: &entry.referenced,
                published,
                text: finder.as_ref(),
                text_path: text_path.as_deref(),
            };
            if let Some(claim) = self.validate_claim(claim, &context, registry) {
                claims.push(claim);
            }
        }
        Some(Source {
            id: id.clone(),
            outlet: raw.outlet,
            title: raw.title,
            url: raw.url,
            published: published?,
            published_note: raw.published_note,
            language: raw.language,
            origin: raw.origin,
            file: path,
            text_path: text_path?,
            text: text?,
            note: raw.note,
            claims,
        })
    }

    fn confined_path(&mut self, file: FileId, path: &Spanned<String>) -> Option<PathBuf> {
        let candidate = Path::new(&path.value);
        let inside = candidate
            .components()
            .all(|component| matches!(component, Component::Normal(_) | Component::CurDir));
        if inside && !path.value.is_empty() {
            return Some(candidate.to_path_buf());
        }
        let span = self.span(file, &path.referenced);
        self.report(
            Diagnostic::new(
                Code::PathOutsideCorpus,
                file,
                span,
                format!("text path `{}` leads outside the corpus", path.value),
            )
            .with_help("give a path relative to the corpus folder, such as `texts/my-source.txt`, without `..`"),
        );
        None
    }

    fn parse_date(
        &mut self,
        file: FileId,
        written: &Spanned<super::raw::ScalarText>,
        reference: Option<DateValue>,
        field: &str,
    ) -> Option<DateValue> {
        let context = ParseContext {
            reference: reference.map(|date| DayRange {
                first: date.first,
                last: date.last,
            }),
            date_order: None,
        };
        let error = match value::parse(&written.value.0, ValueType::Date, &context) {
            Ok(Value::Date(date)) => return Some(date),
            Ok(_) => value::ValueError {
                message: format!("`{}` is not a date", written.value.0),
                help: String::new(),
            },
            Err(error) => error,
        };
        let span = self.span(file, &written.referenced);
        let help = if error.help.is_empty() {
            "write a date such as `2025-10-22`, `2025-10` or `2025`".to_owned()
        } else {
            error.help
        };
        self.report(
            Diagnostic::new(Code::InvalidDate, file, span, format!("{field}: {}", error.message)).with_help(help),
        );
        None
    }

    fn validate_claim(&mut self, raw: RawClaim, context: &ClaimContext, registry: &Registry) -> Option<Claim> {
        let file = context.file;
        let label = format!("claim `{}`", raw.id.value);
        let prefix = format!("{label}: ");
        let subject = self.resolve_name(file, registry.entity_names, &raw.subject, SUBJECT_REGISTRY, &prefix);
        let property = self.resolve_property(file, registry.properties, &raw.property, &label);
        let scope = raw
            .scope
            .as_ref()
            .map(|scope| self.resolve_name(file, registry.scope_names, scope, SCOPE_REGISTRY, &prefix));
        let as_of = match &raw.as_of {
            Some(as_of) => context
                .published
                .and_then(|published| self.parse_date(file, as_of, Some(published), "as_of")),
            None => context.published,
        };
        let value = match (property, as_of) {
            (Some(property), Some(as_of)) => self.parse_value(
                file,
                &raw.value,
                property,
                (as_of, registry.date_order),
                registry.entity_names,
                &label,
            ),
            _ => None,
        };
        let span = self.find_claim_quote(file, &raw.quote, context, &label);
        // An unresolved scope (reported above) invalidates the claim.
        if scope.as_ref().is_some_and(Option::is_none) {
            return None;
        }
        Some(Claim {
            id: raw.id.value.as_str().into(),
            source: context.source.into(),
            subject: subject?.into(),
            subject_written: raw.subject.value.as_str().into(),
            property: property?.id.as_str().into(),
            written: raw.value.value.written().into(),
            value: value?,
            quote: raw.quote.value.into(),
            span: span?,
            attribution: raw.attribution.map(ArcStr::from),
            origin: raw.origin.map(ArcStr::from),
            as_of: as_of?,
            as_of_explicit: raw.as_of.is_some(),
            scope: scope.flatten().map(ArcStr::from),
            hedge: raw.hedge.map(ArcStr::from),
            note: raw.note.map(ArcStr::from),
            file: context.file_name.clone(),
            line: Claim::position(Loader::line(context.item)),
            column: Claim::position(usize::try_from(context.item.column()).unwrap_or(0)),
        })
    }

    fn resolve_property<'p>(
        &mut self,
        file: FileId,
        properties: &'p BTreeMap<String, Property>,
        name: &Spanned<String>,
        label: &str,
    ) -> Option<&'p Property> {
        if let Some(property) = properties.get(&name.value) {
            return Some(property);
        }
        let span = self.span(file, &name.referenced);
        let help = match suggest(&name.value, properties.keys().map(String::as_str)) {
            Some(near) => format!(
                "did you mean `{near}`? Otherwise declare `{}` in properties.yaml",
                name.value
            ),
            None => format!("use a built-in property or declare `{}` in properties.yaml", name.value),
        };
        self.report(
            Diagnostic::new(
                Code::UnknownProperty,
                file,
                span,
                format!("{label}: unknown property `{}`", name.value),
            )
            .with_help(help),
        );
        None
    }

    fn parse_value(
        &mut self,
        file: FileId,
        written: &Spanned<RawValue>,
        property: &Property,
        (as_of, date_order): (DateValue, Option<DateOrder>),
        names: &NameIndex,
        label: &str,
    ) -> Option<Value> {
        match read_value(&written.value, property, (as_of, date_order), &|name| {
            names.resolve(name).map(str::to_owned)
        }) {
            Ok(value) => Some(value),
            Err(problems) => {
                let span = self.span(file, &written.referenced);
                for problem in problems {
                    let help = match (&problem.unknown_entity, problem.code) {
                        (Some(name), _) => match names.suggest(name) {
                            Some(near) => format!("did you mean `{near}`? Otherwise add `{name}` to entities.yaml"),
                            None => problem.help,
                        },
                        _ => problem.help,
                    };
                    self.report(
                        Diagnostic::new(
                            problem.code,
                            file,
                            span.clone(),
                            format!("{label}: {}", problem.message),
                        )
                        .with_help(help),
                    );
                }
                None
            }
        }
    }

    fn find_claim_quote(
        &mut self,
        file: FileId,
        quote: &Spanned<String>,
        context: &ClaimContext,
        label: &str,
    ) -> Option<crate::model::TextSpan> {
        let finder = context.text?;
        if let Some(span) = finder.find(&quote.value) {
            return Some(span);
        }
        let text_name = context.text_path.map(|path| self.display(path)).unwrap_or_default();
        let matched = longest_matching_prefix(finder, &quote.value);
        let help = if matched.trim().is_empty() {
            "copy the words exactly from the text; only whitespace and typographic quotes may differ".to_owned()
        } else {
            format!(
                "the text has `{}` but then differs; copy the rest exactly",
                matched.trim()
            )
        };
        let span = self.span(file, &quote.referenced);
        self.report(
            Diagnostic::new(
                Code::QuoteNotFound,
                file,
                span,
                format!("{label}: quote not found in {text_name}"),
            )
            .with_help(help),
        );
        None
    }
}

/// Adds bulk sources to the YAML ones (claims of a source in both are appended to it),
/// keeping sources in id order.
fn merge_sources(sources: &mut Vec<Source>, bulk: Vec<Source>) {
    let known: HashMap<String, usize> = sources
        .iter()
        .enumerate()
        .map(|(at, source)| (source.id.clone(), at))
        .collect();
    for source in bulk {
        match known.get(&source.id).and_then(|&at| sources.get_mut(at)) {
            Some(known) => known.claims.extend(source.claims),
            None => sources.push(source),
        }
    }
    sources.sort_by(|a, b| a.id.cmp(&b.id));
}

/// Where a claim is validated: its source, file, publication date and text.
struct ClaimContext<'a> {
    source: &'a str,
    file: FileId,
    /// The source file's name as claims store it.
    file_name: &'a ArcStr,
    /// Where the claim's item starts.
    item: &'a Location,
    published: Option<DateValue>,
    text: Option<&'a QuoteFinder<'a>>,
    text_path: Option<&'a Path>,
}

fn unknown_code(what: &str) -> Code {
    if what == "scope" {
        Code::UnknownScope
    } else {
        Code::UnknownEntity
    }
}

/// The longest start of `quote` that the text contains, to show where a quote goes wrong.
fn longest_matching_prefix<'q>(text: &QuoteFinder, quote: &'q str) -> &'q str {
    let ends: Vec<usize> = quote.char_indices().map(|(i, c)| i + c.len_utf8()).collect();
    let (mut low, mut high) = (0, ends.len());
    while low < high {
        let mid = (low + high).div_ceil(2);
        let prefix = ends.get(mid - 1).and_then(|&end| quote.get(..end)).unwrap_or("");
        if text.find(prefix).is_some() {
            low = mid;
        } else {
            high = mid - 1;
        }
    }
    low.checked_sub(1)
        .and_then(|i| ends.get(i))
        .and_then(|&end| quote.get(..end))
        .unwrap_or("")
}

fn midpoint(interval: &value::Interval) -> f64 {
    let end = |bound: value::Bound| match bound {
        value::Bound::Closed(x) | value::Bound::Open(x) => x,
        value::Bound::Unbounded => 0.0,
    };
    (end(interval.lo) + end(interval.hi)) / 2.0
}

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
    written: &RawValue,
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
        RawValue::Scalar(text) => value::parse(text, property.value_type, &context),
        RawValue::List(items) => {
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
