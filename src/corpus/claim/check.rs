//! The one validation of a claim: its id, subject, property, scope, as-of date, value and
//! quote, every problem recorded with where it was written. What repeats in a file (as-of
//! dates, subjects, sources, values, texts) is read once per file: bulk data repeats its
//! values (one departure time in ten sources' rows).

use super::shared_values::{SharedValues, ValueKey, found};
use super::value::{in_context, read_value};
use super::{
    At, ClaimInput, ID_HELP, Problem, SCOPE_REGISTRY, SUBJECT_REGISTRY, ValueText, Why, Written, duplicate_id,
    unknown_name, unknown_name_near,
};
use crate::corpus::registry::NameIndex;
use crate::corpus::text::QuoteFinder;
use crate::diagnostics::Code;
use crate::model::{Claim, Property, TextSpan};
use crate::names::{is_valid_id, matching_key, suggest};
use crate::value::{self, DateOrder, DateValue, DayRange, ParseContext, Value, ValueType};
use arcstr::ArcStr;
use foldhash::HashMap;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::collections::hash_map::Entry;
use std::fmt;

/// What claims are validated against.
pub(in crate::corpus) struct Registry<'a> {
    /// Entity names.
    pub entity_names: &'a NameIndex,
    /// Properties.
    pub properties: &'a BTreeMap<String, Property>,
    /// Scope names.
    pub scope_names: &'a NameIndex,
    /// Whether unknown subjects of bulk claims are created from the data.
    pub open: bool,
    /// The corpus's order for numeric dates in values (`properties.yaml`).
    pub date_order: Option<DateOrder>,
}

/// What a claim's file gives it.
pub(in crate::corpus) enum Setting<'a> {
    /// A YAML source.
    Source {
        /// Its id.
        id: &'a str,
        /// Its publication date: the as-of date of claims that give none, and the reference of
        /// relative ones (`None` when it is invalid, reported with the source).
        published: Option<DateValue>,
        /// Its text, which quotes must be found in, and the text's name (`None` when it could
        /// not be read, reported with the source).
        text: Option<(&'a QuoteFinder<'a>, String)>,
    },
    /// A bulk file, whose claims name their source, need no quote and may create subjects
    /// in an open registry.
    Bulk {
        /// The as-of date of rows that give none, as written.
        as_of: Option<&'a str>,
        /// The file's order for numeric dates in values, instead of the corpus's.
        date_order: Option<DateOrder>,
        /// The values read by every piece of the file.
        values: &'a SharedValues<'a>,
    },
}

/// Validates the claims of one file, caching what repeats; problems are collected in
/// [`ClaimChecker::problems`].
pub(in crate::corpus) struct ClaimChecker<'a> {
    registry: &'a Registry<'a>,
    setting: Setting<'a>,
    /// The file's name as claims store it.
    file_name: ArcStr,
    /// How numeric dates in values are read.
    date_order: Option<DateOrder>,
    /// The source id of a YAML source's claims.
    source_id: ArcStr,
    /// As-of dates read, by spelling.
    dates: HashMap<String, Result<DateValue, (String, String)>>,
    /// Source ids, by the name a row writes.
    sources: HashMap<String, ArcStr>,
    /// Subject ids, by spelling (`None`: unknown), with the number of those made from the
    /// data in [`ClaimChecker::made`].
    subjects: HashMap<String, Option<(ArcStr, Option<usize>)>>,
    /// Subjects made from the data (open registry): id, name first written, and whether a
    /// claim about it was accepted.
    made: Vec<(ArcStr, String, bool)>,
    /// One shared copy of each text that claims repeat (property ids, values, hedges).
    texts: Interner,
    /// Values read, by spelling, then property and as-of date (any date for a reading that
    /// did not look at it).
    values: HashMap<String, Vec<ValueKey<'a>>>,
    /// Subjects made from the data with an accepted claim: id and the name first written.
    pub created: HashMap<String, String>,
    /// Given ids seen, by source as written and id, with their line.
    pub ids: HashMap<(String, String), usize>,
    /// The problems found so far.
    pub problems: Vec<Problem>,
}

impl<'a> ClaimChecker<'a> {
    /// A checker of the claims of one file, named as claims store it (see [`Claim::file_name`]).
    pub fn new(registry: &'a Registry<'a>, setting: Setting<'a>, file_name: ArcStr) -> Self {
        let source_id = match &setting {
            Setting::Source { id, .. } => ArcStr::from(*id),
            Setting::Bulk { .. } => ArcStr::new(),
        };
        let date_order = match &setting {
            Setting::Bulk {
                date_order: Some(order),
                ..
            } => Some(*order),
            _ => registry.date_order,
        };
        ClaimChecker {
            registry,
            setting,
            file_name,
            date_order,
            source_id,
            dates: HashMap::default(),
            sources: HashMap::default(),
            subjects: HashMap::default(),
            made: Vec::new(),
            texts: Interner::default(),
            values: HashMap::default(),
            created: HashMap::default(),
            ids: HashMap::default(),
            problems: Vec::new(),
        }
    }

    /// The party an attribution names: the entity it resolves to through the registry, else
    /// the attribution as written.
    fn party(&mut self, attribution: &str) -> ArcStr {
        let registry = self.registry;
        match registry.entity_names.resolve(attribution) {
            Some(id) => self.texts.get(id),
            None => self.texts.get(attribution),
        }
    }

    /// Validates one claim: the claim, or `None` with its problems recorded.
    pub fn check(&mut self, input: ClaimInput) -> Option<Claim> {
        if input.id_given && !self.admit_id(&input) {
            return None;
        }
        let subject = self.subject(&input);
        let property = self.property(&input);
        let scope = input.scope.as_ref().map(|scope| self.scope(scope, &input));
        let as_of = self.as_of(&input);
        let value = match (property, as_of) {
            (Some(property), Some(as_of)) => self.value(&input, property, as_of),
            _ => None,
        };
        let quote = self.quote(&input);
        // An unresolved scope (reported above) invalidates the claim.
        let scope = match scope {
            Some(scope) => Some(scope?),
            None => None,
        };
        let written = self.texts.get(&input.value.text.written());
        let (quote, span) = quote?;
        let (subject, made) = subject?;
        let (property, value, as_of) = (property?, value?, as_of?);
        self.accept_subject(made);
        Some(Claim {
            id: ArcStr::from(&*input.id.text),
            source: self.source(&input.source),
            subject,
            subject_written: self.texts.get(&input.subject.text),
            property: self.texts.get(&property.id),
            quote: quote.unwrap_or_else(|| written.clone()),
            written,
            value,
            span,
            party: input.attribution.as_deref().map(|text| self.party(text)),
            attribution: input.attribution.map(|text| self.texts.get(&text)),
            origin: input.origin.map(|text| self.texts.get(&text)),
            as_of,
            as_of_explicit: input.as_of.is_some(),
            scope: scope.map(|id| self.texts.get(id)),
            hedge: input.hedge.map(|text| self.texts.get(&text)),
            note: input.note.map(|note| ArcStr::from(&*note)),
            file: self.file_name.clone(),
            line: Claim::position(input.line),
            column: Claim::position(input.column),
        })
    }

    fn fail(&mut self, at: At, why: Why) {
        self.problems.push(Problem::new(at, why));
    }

    /// A given id that is valid and not seen before in the claim's source.
    fn admit_id(&mut self, input: &ClaimInput) -> bool {
        let id = &input.id;
        if !is_valid_id(&id.text) {
            let message = format!("`{}` is not a valid claim id", id.text);
            self.fail(id.at, (Code::InvalidId, message, ID_HELP.to_owned()));
            return false;
        }
        match self.ids.entry((input.source.to_string(), id.text.to_string())) {
            Entry::Vacant(vacant) => {
                vacant.insert(id.at.line());
                true
            }
            Entry::Occupied(first) => {
                let source = matches!(self.setting, Setting::Bulk { .. }).then_some(&*input.source);
                let why = duplicate_id(&id.text, source, *first.get());
                self.fail(id.at, why);
                false
            }
        }
    }

    /// The subject's id: a registered spelling, or in an open registry an id made from it
    /// (with its number in [`ClaimChecker::made`]).
    fn subject(&mut self, input: &ClaimInput) -> Option<(ArcStr, Option<usize>)> {
        let written = &input.subject.text;
        if written.trim().is_empty() {
            let message = format!("{}no subject is given", Label(input));
            self.fail(
                input.subject.at,
                (Code::Unfinished, message, NO_SUBJECT_HELP.to_owned()),
            );
            return None;
        }
        let known = match self.subjects.get(&**written) {
            Some(id) => id.clone(),
            None => {
                let id = self.resolve_subject(written);
                self.subjects.insert(written.to_string(), id.clone());
                id
            }
        };
        if known.is_none() {
            let names = self.registry.entity_names;
            let near = names.suggest(written);
            let (code, message, mut help) =
                unknown_name_near(near, written, SUBJECT_REGISTRY, &Label(input).to_string());
            if near.is_none() && matches!(self.setting, Setting::Bulk { .. }) {
                help.push_str("; or open the registry (`open: true`) to make subjects from the data");
            }
            self.fail(input.subject.at, (code, message, help));
        }
        known
    }

    fn resolve_subject(&mut self, written: &str) -> Option<(ArcStr, Option<usize>)> {
        match self.registry.entity_names.resolve(written) {
            Some(id) => Some((ArcStr::from(id), None)),
            None if self.creates_entities() => {
                let id = ArcStr::from(source_id(written));
                self.made.push((id.clone(), written.to_owned(), false));
                Some((id, Some(self.made.len() - 1)))
            }
            None => None,
        }
    }

    /// Records a subject made from the data once a claim about it is accepted.
    fn accept_subject(&mut self, made: Option<usize>) {
        if let Some((id, name, accepted)) = made.and_then(|at| self.made.get_mut(at))
            && !*accepted
        {
            *accepted = true;
            self.created.entry(id.to_string()).or_insert_with(|| name.clone());
        }
    }

    /// Whether names the registry lacks are made entities: bulk claims in an open registry.
    fn creates_entities(&self) -> bool {
        self.registry.open && matches!(self.setting, Setting::Bulk { .. })
    }

    fn property(&mut self, input: &ClaimInput) -> Option<&'a Property> {
        let properties = self.registry.properties;
        let name = &input.property.text;
        if let Some(property) = properties.get(&**name) {
            return Some(property);
        }
        let help = match suggest(name, properties.keys().map(String::as_str)) {
            Some(near) => format!("did you mean `{near}`? Otherwise declare `{name}` in properties.yaml"),
            None => format!("use a built-in property or declare `{name}` in properties.yaml"),
        };
        let message = format!("{}unknown property `{name}`", Label(input));
        self.fail(input.property.at, (Code::UnknownProperty, message, help));
        None
    }

    fn scope(&mut self, scope: &Written, input: &ClaimInput) -> Option<&'a str> {
        let names = self.registry.scope_names;
        if let Some(id) = names.resolve(&scope.text) {
            return Some(id);
        }
        let why = unknown_name(names, &scope.text, SCOPE_REGISTRY, &Label(input).to_string());
        self.fail(scope.at, why);
        None
    }

    /// The claim's as-of date: its own, else its source's publication date or its bulk
    /// file's as-of date.
    fn as_of(&mut self, input: &ClaimInput) -> Option<DateValue> {
        let (written, at) = match (&input.as_of, &self.setting) {
            (Some(as_of), Setting::Source { published: Some(_), .. } | Setting::Bulk { .. }) => {
                (&*as_of.text, as_of.at)
            }
            (_, Setting::Source { published, .. }) => return *published,
            (None, Setting::Bulk { as_of: Some(as_of), .. }) => (*as_of, input.id.at),
            (None, Setting::Bulk { as_of: None, .. }) => {
                let why = (
                    Code::InvalidDate,
                    "no as-of date".to_owned(),
                    "give each claim an `as_of` date, or `as_of` in the mapping".to_owned(),
                );
                self.fail(input.id.at, why);
                return None;
            }
        };
        match self.date(written) {
            Ok(date) => Some(date),
            Err((message, help)) => {
                self.fail(at, (Code::InvalidDate, format!("as_of: {message}"), help));
                None
            }
        }
    }

    /// A date, read once per spelling; `20111201` is read as `2011-12-01`. Relative dates
    /// are read from a source's publication date.
    fn date(&mut self, written: &str) -> Result<DateValue, (String, String)> {
        if let Some(date) = self.dates.get(written) {
            return date.clone();
        }
        let reference = match &self.setting {
            Setting::Source { published, .. } => *published,
            Setting::Bulk { .. } => None,
        };
        let read = compact_date(written)
            .and_then(|compact| read_date(&compact, reference).ok())
            .map_or_else(|| read_date(written, reference), Ok);
        self.dates.insert(written.to_owned(), read.clone());
        read
    }

    /// The value, read once per file for each spelling and property, and as-of date when the
    /// reading looks at it.
    fn value(&mut self, input: &ClaimInput, property: &'a Property, as_of: DateValue) -> Option<Value> {
        let read = match &input.value.text {
            ValueText::Scalar(written) => {
                let known = self
                    .values
                    .get(&**written)
                    .and_then(|seen| found(seen, &property.id, as_of));
                match known {
                    Some((_, read)) => read.clone(),
                    None => self.read_scalar(written, property, as_of),
                }
            }
            ValueText::List(_) => self.read_value(&input.value.text, property, as_of),
        };
        match read {
            Ok(value) => {
                let fields = (
                    &input.value.text,
                    input.hedge.as_deref(),
                    input.quote.as_ref().map(|quote| &*quote.text),
                );
                Some(in_context(value, fields, as_of, |text| {
                    self.read_value(text, property, as_of).ok()
                }))
            }
            Err(problems) => {
                for (code, message, help) in problems {
                    let message = format!("{}{message}", Label(input));
                    self.fail(input.value.at, (code, message, help));
                }
                None
            }
        }
    }

    /// Reads a value this checker has not read: another piece's reading of a bulk file, else
    /// read anew (and shared with the other pieces when it made no entity).
    fn read_scalar(&mut self, written: &str, property: &'a Property, as_of: DateValue) -> Result<Value, Vec<Why>> {
        let shared = match self.setting {
            Setting::Bulk { values, .. } => Some(values),
            Setting::Source { .. } => None,
        };
        let id = property.id.as_str();
        let (key, read) = match shared.and_then(|values| values.get(written, id, as_of)) {
            Some(kept) => kept,
            None => {
                let text = ValueText::Scalar(written.into());
                let ((read, made), dated) = value::noting_reference(|| self.read_noting(&text, property, as_of));
                let key = (id, dated.then_some(as_of));
                if let (Some(values), false) = (shared, made) {
                    values.put(written, key, &read);
                }
                (key, read)
            }
        };
        let seen = self
            .values
            .entry(written.to_owned())
            .or_insert_with(|| Vec::with_capacity(1));
        seen.push((key, read.clone()));
        read
    }

    /// Reads a value; entity names it holds that the registry lacks are problems with the
    /// nearest spelling, or made entities in an open registry.
    fn read_value(&mut self, written: &ValueText, property: &Property, as_of: DateValue) -> Result<Value, Vec<Why>> {
        self.read_noting(written, property, as_of).0
    }

    /// Reads a value as [`ClaimChecker::read_value`] does, and whether it made an entity.
    fn read_noting(
        &mut self,
        written: &ValueText,
        property: &Property,
        as_of: DateValue,
    ) -> (Result<Value, Vec<Why>>, bool) {
        let names = self.registry.entity_names;
        let creates = self.creates_entities();
        let created = RefCell::new(Vec::new());
        let resolve = |name: &str| match names.resolve(name) {
            Some(id) => Some(id.to_owned()),
            None if creates => {
                let id = source_id(name);
                created.borrow_mut().push((id.clone(), name.to_owned()));
                Some(id)
            }
            None => None,
        };
        let read = read_value(written, property, (as_of, self.date_order), &resolve);
        let created = created.into_inner();
        let made = !created.is_empty();
        for (id, name) in created {
            self.created.entry(id).or_insert(name);
        }
        let read = read.map_err(|problems| {
            problems
                .into_iter()
                .map(|problem| {
                    let help = match problem.unknown_entity.as_deref().and_then(|name| {
                        let near = names.suggest(name)?;
                        Some(format!(
                            "did you mean `{near}`? Otherwise add `{name}` to entities.yaml"
                        ))
                    }) {
                        Some(help) => help,
                        None => problem.help,
                    };
                    (problem.code, problem.message, help)
                })
                .collect()
        });
        (read, made)
    }

    /// The quote and where it is: a YAML claim's quote found in its source's text; a bulk
    /// claim's quote, if any, at its row (`None` inside: the value stands for it).
    fn quote(&mut self, input: &ClaimInput) -> Option<(Option<ArcStr>, TextSpan)> {
        let Setting::Source { text, .. } = &self.setting else {
            let quote = input.quote.as_ref().map(|quote| ArcStr::from(&*quote.text));
            let span = TextSpan {
                start: 0,
                end: 0,
                line: input.line,
            };
            return Some((quote, span));
        };
        let ((finder, text_name), quote) = (text.as_ref()?, input.quote.as_ref()?);
        if let Some(span) = finder.find(&quote.text) {
            return Some((Some(ArcStr::from(&*quote.text)), span));
        }
        let matched = longest_matching_prefix(finder, &quote.text);
        let help = if matched.trim().is_empty() {
            "copy the words exactly from the text; only whitespace and typographic quotes may differ".to_owned()
        } else {
            format!(
                "the text has `{}` but then differs; copy the rest exactly",
                matched.trim()
            )
        };
        let message = format!("{}quote not found in {text_name}", Label(input));
        self.fail(quote.at, (Code::QuoteNotFound, message, help));
        None
    }

    /// The id of the source a claim names: a YAML source's own; made from a bulk row's name.
    fn source(&mut self, written: &str) -> ArcStr {
        if let Setting::Source { .. } = self.setting {
            return self.source_id.clone();
        }
        if let Some(id) = self.sources.get(written) {
            return id.clone();
        }
        let id = ArcStr::from(source_id(written));
        self.sources.insert(written.to_owned(), id.clone());
        id
    }
}

/// What a claim's problems start with: `claim `id`: ` when it was given an id (a bulk row
/// without one is known by its line and column).
/// How to give a claim the subject it lacks.
const NO_SUBJECT_HELP: &str = "write the id, name or alias of the entity it is about (see entities.yaml), \
     or delete the claim if the text names nothing of the registry";

struct Label<'i, 'r>(&'i ClaimInput<'r>);

impl fmt::Display for Label<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.id_given {
            write!(f, "claim `{}`: ", self.0.id.text)
        } else {
            Ok(())
        }
    }
}

/// A date read from `reference` (for relative dates), or what is wrong and how to fix it.
pub(in crate::corpus) fn read_date(written: &str, reference: Option<DateValue>) -> Result<DateValue, (String, String)> {
    let context = ParseContext {
        reference: reference.map(|date| DayRange {
            first: date.first,
            last: date.last,
        }),
        date_order: None,
    };
    let error = match value::parse(written, ValueType::Date, &context) {
        Ok(Value::Date(date)) => return Ok(date),
        Ok(_) => value::ValueError {
            message: format!("`{written}` is not a date"),
            help: String::new(),
        },
        Err(error) => error,
    };
    let help = if error.help.is_empty() {
        "write a date such as `2025-10-22`, `2025-10` or `2025`".to_owned()
    } else {
        error.help
    };
    Err((error.message, help))
}

/// `20111201` as `2011-12-01`; other texts unchanged (`None`).
fn compact_date(written: &str) -> Option<String> {
    let digits = written.trim();
    (digits.len() == 8 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| format!("{}-{}-{}", &digits[..4], &digits[4..6], &digits[6..]))
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

/// One shared copy of each distinct text: rows repeat their sources, properties and values,
/// and a claim holding a shared copy costs a pointer, not an allocation.
#[derive(Default)]
struct Interner(foldhash::HashSet<ArcStr>);

impl Interner {
    /// The shared copy of `text`, made on first sight.
    fn get(&mut self, text: &str) -> ArcStr {
        if let Some(shared) = self.0.get(text) {
            return shared.clone();
        }
        let shared = ArcStr::from(text);
        self.0.insert(shared.clone());
        shared
    }
}

/// An id made from a name: its matching key with hyphens (`World Flight Tracker` is
/// `world-flight-tracker`, `CO` is `co`).
pub fn source_id(name: &str) -> String {
    let key = matching_key(name).replace(' ', "-");
    if key.is_empty() { "unnamed".to_owned() } else { key }
}
