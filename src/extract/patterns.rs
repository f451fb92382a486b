//! The extraction patterns as data: the built-in file (`patterns.yaml`, embedded) and an
//! optional corpus extension (`<corpus>/patterns.yaml`), read with positions and validated
//! against the corpus's properties and the value grammar, with a `file:line:column`
//! problem for every mistake.

use crate::corpus::NameIndex;
use crate::diagnostics::{Code, Diagnostic, FileId, Files, Problems};
use crate::model::{Entity, EntityKind, Property};
use crate::names::suggest;
use crate::value::{self, ParseContext, ValueType};
use serde::Deserialize;
use serde_saphyr::{Location, Spanned};
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

/// The built-in patterns, in the format of a corpus's `patterns.yaml`.
pub const BUILTIN_PATTERNS: &str = include_str!("patterns.yaml");

/// The name of a corpus's pattern extension file, at the corpus root.
pub const EXTENSION_FILE: &str = "patterns.yaml";

/// What a pattern finds, which decides how the value is written and read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Family {
    /// A count of people or things, hedged or vague (`roughly 70`, `dozens`).
    Count,
    /// A percentage (`80%`, `up to 80 percent`).
    Percentage,
    /// An age (`50-year-old`, `aged 49`, `now 49`, `Diaby, 50,`).
    Age,
    /// A date (`in 2013`, `August 2020`, `October 22`, `this Wednesday`).
    Date,
    /// A length of time (`17 months`, `five years`).
    Duration,
    /// A time of day on a day the words name (`about 1:28 a.m. on Tuesday`, `Friday at
    /// 9am`); found only for a corpus with a property of that type.
    Time,
    /// A numbered unit (`82nd Division`).
    Unit,
    /// A number written with a unit of measure (`about 40 miles`, `a 984-foot vessel`).
    Measure,
}

impl Family {
    /// The value type a value of this family is read as.
    pub fn value_type(self) -> ValueType {
        match self {
            Family::Count => ValueType::Count,
            Family::Percentage => ValueType::Percentage,
            Family::Age => ValueType::Age,
            Family::Date => ValueType::Date,
            Family::Duration => ValueType::Duration,
            Family::Time => ValueType::Time,
            Family::Unit => ValueType::Entity,
            Family::Measure => ValueType::Number,
        }
    }

    /// Whether a property of this type can hold values of this family.
    fn fits(self, ty: ValueType) -> bool {
        match self {
            Family::Count => matches!(ty, ValueType::Count | ValueType::Number),
            Family::Unit => matches!(ty, ValueType::Entity | ValueType::Entities),
            _ => ty == self.value_type(),
        }
    }

    /// The family's name as written in pattern files.
    pub fn name(self) -> &'static str {
        match self {
            Family::Count => "count",
            Family::Percentage => "percentage",
            Family::Age => "age",
            Family::Date => "date",
            Family::Duration => "duration",
            Family::Time => "time",
            Family::Unit => "unit",
            Family::Measure => "measure",
        }
    }
}

/// A pattern file as written.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawPatterns {
    #[serde(default)]
    hedges: Vec<Spanned<String>>,
    #[serde(default)]
    vague: Vec<Spanned<String>>,
    #[serde(default)]
    number_words: Vec<Spanned<String>>,
    #[serde(default)]
    unit_nouns: Vec<Spanned<String>>,
    #[serde(default)]
    count_verbs: Vec<Spanned<String>>,
    #[serde(default)]
    vetoes: Vec<Spanned<String>>,
    #[serde(default)]
    anaphora: Vec<RawAnaphora>,
    #[serde(default)]
    rules: Vec<Spanned<RawRule>>,
    #[serde(default)]
    cue_classes: Vec<RawCueClass>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCueClass {
    family: Family,
    names: Vec<Spanned<String>>,
    cues: Vec<Spanned<String>>,
    subjects: Vec<EntityKind>,
    #[serde(default)]
    describes: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAnaphora {
    kind: EntityKind,
    words: Vec<Spanned<String>>,
    owner: Option<EntityKind>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    family: Family,
    property: Spanned<String>,
    #[serde(default)]
    cues: Vec<Spanned<String>>,
    #[serde(default)]
    subjects: Vec<EntityKind>,
    subject: Option<Spanned<String>>,
    #[serde(default)]
    when: Vec<Spanned<String>>,
}

/// Words that refer back to the last entity of a kind mentioned before them.
#[derive(Debug, Clone, PartialEq)]
pub struct Anaphora {
    /// The kind of entity they stand for.
    pub kind: EntityKind,
    /// The words, lower case.
    pub words: Vec<String>,
    /// When set, the words stand for the entity led by the last entity of this kind.
    pub owner: Option<EntityKind>,
}

/// Cue words of a kind of quantity (people killed, injured, missing...), given to every
/// property of the corpus whose id or name has one of the class's `names`.
#[derive(Debug, Clone, PartialEq)]
pub struct CueClass {
    /// The family of values the class applies to.
    pub family: Family,
    /// Words of a property's id or name that make it a property of this class, lower case.
    pub names: Vec<String>,
    /// Cue words, lower case.
    pub cues: Vec<String>,
    /// The kinds of entity such values may be about.
    pub subjects: Vec<EntityKind>,
    /// Its cues say who is counted ("on board"), not what befell them: a cue of a class
    /// that does not describe ("killed") beats them around the same value.
    pub describes: bool,
}

impl CueClass {
    /// The distinct telling words a property's id and name have besides the class's names.
    fn other_words(&self, property: &Property) -> Vec<String> {
        let mut others: Vec<String> = property_words(property)
            .into_iter()
            .filter(|word| word.len() > 3 && !self.names.iter().any(|name| word.trim_end_matches('s') == name))
            .collect();
        others.sort();
        others.dedup();
        others
    }

    /// The rule this class gives a property, if the property's id or name has one of its names.
    /// A class that says who is counted (`describes`) leaves alone a property named for the
    /// things it counts ("number of containers on board" counts containers, not people on
    /// board): the "number of" reading takes it.
    fn rule_for(&self, property: &Property) -> Option<Rule> {
        let words = property_words(property);
        let named = self.names.iter().any(|name| {
            words
                .iter()
                .any(|word| word == name || word.strip_suffix('s') == Some(name))
        });
        if self.describes && counted_rule(property).is_some() {
            return None;
        }
        (named && self.family.fits(property.value_type)).then(|| Rule {
            family: self.family,
            property: property.id.clone(),
            cues: self.cues.clone(),
            subjects: self.subjects.clone(),
            subject: None,
            when: Vec::new(),
            near: true,
            counted: false,
            describes: self.describes,
            qualifiers: Vec::new(),
        })
    }
}

/// Words of a "number of ..." name that say who, not what, is counted.
const GENERIC_COUNTED: &[&str] = &[
    "people", "persons", "others", "times", "days", "years", "months", "hours",
];

/// The rule of a count property named "number of <things>" ("number of missiles", "number of
/// invalid votes", "number of major pieces found"): its cues are the first plural noun of the
/// things with the words before it ("invalid votes"), and the same in the singular.
fn counted_rule(property: &Property) -> Option<Rule> {
    if !Family::Count.fits(property.value_type) {
        return None;
    }
    let name = property.name.to_lowercase();
    let things = name
        .strip_prefix("number of ")
        .or_else(|| starts_with_plural(&name).then_some(name.as_str()))?;
    let mut before: Vec<&str> = Vec::new();
    let mut cues: Vec<String> = Vec::new();
    let mut qualifiers: Vec<String> = Vec::new();
    let words: Vec<&str> = things
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // "number of crew": a collective noun alone is what is counted.
    if let [only] = words.as_slice()
        && !GENERIC_COUNTED.contains(only)
        && !only.ends_with("ed")
    {
        cues.push((*only).to_owned());
    }
    for (index, &word) in words.iter().enumerate() {
        if word == "people" || word == "persons" {
            return outcome_rule(property, &things[things.find(word)? + word.len()..]);
        }
        if !counts_as_plural(word) {
            before.push(word);
            continue;
        }
        if GENERIC_COUNTED.contains(&word) {
            return None;
        }
        let lead: String = before.iter().map(|w| format!("{w} ")).collect();
        cues.extend([format!("{lead}{word}"), format!("{lead}{}", singular(word))]);
        // "number of images and videos": things joined to the first are counted too.
        let joined = name_rules::joined_plurals(words.get(index + 1..).unwrap_or_default());
        cues.extend(joined.iter().flat_map(|other| [(*other).to_owned(), singular(other)]));
        let at = things.find(word)?;
        let last = joined.last().copied().unwrap_or(word);
        qualifiers = name_rules::qualifying_words(&things[at + things[at..].find(last)? + last.len()..]);
        break;
    }
    (!cues.is_empty()).then(|| Rule {
        family: Family::Count,
        property: property.id.clone(),
        cues,
        subjects: vec![EntityKind::Event, EntityKind::Agreement, EntityKind::Other],
        subject: None,
        when: Vec::new(),
        near: false,
        counted: true,
        describes: false,
        qualifiers,
    })
}

/// The rule of a count property named "number of people <what befell them>" ("number of
/// people evacuated", "number of people rescued"): the words after "people" are its cues,
/// standing near the value as a cue class's do ("100,000 people were evacuated").
fn outcome_rule(property: &Property, outcome: &str) -> Option<Rule> {
    let words: Vec<&str> = outcome
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let first = (*words.first()?).to_owned();
    if !first.ends_with("ed") {
        return None;
    }
    let mut cues = vec![words.join(" ")];
    if !cues.contains(&first) {
        cues.push(first);
    }
    Some(near_cue_rule(Family::Count, property, cues))
}

/// A rule derived from a property's name whose cue words stand near the value, about an
/// event, an agreement or another thing.
fn near_cue_rule(family: Family, property: &Property, cues: Vec<String>) -> Rule {
    Rule {
        cues,
        near: true,
        ..Rule::about(
            family,
            &property.id,
            vec![EntityKind::Event, EntityKind::Agreement, EntityKind::Other],
        )
    }
}

/// The rule of a number property named with a unit ("distance in miles", `speed-kmh`): its
/// cues are the unit's words, then its dimension's ([`super::measures`]); the unit must
/// stand right after the value.
fn measure_rule(property: &Property) -> Option<Rule> {
    let words = property_words(property);
    let cues = super::measures::cues_for(property, &words)?;
    Some(Rule {
        family: Family::Measure,
        property: property.id.clone(),
        cues,
        subjects: super::measures::subjects_for(&words),
        subject: None,
        when: Vec::new(),
        near: false,
        counted: true,
        describes: false,
        qualifiers: super::measures::measured_words(&words),
    })
}

/// The words of a property's id and name, lower case.
fn property_words(property: &Property) -> Vec<String> {
    property
        .id
        .split('-')
        .map(str::to_owned)
        .chain(
            property
                .name
                .split(|c: char| !c.is_alphanumeric())
                .filter(|word| !word.is_empty())
                .map(str::to_lowercase),
        )
        .collect()
}

/// Which property a value of a family is proposed for, given cue words near it.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    /// The family of values the rule applies to.
    pub family: Family,
    /// The property proposed.
    pub property: String,
    /// Lower-case cue words; empty for the family's default rule.
    pub cues: Vec<String>,
    /// The kinds of entity the value may be about.
    pub subjects: Vec<EntityKind>,
    /// A fixed subject (canonical id): the event the cue words name in this corpus.
    pub subject: Option<String>,
    /// Canonical ids of which one must be mentioned in the value's section for the rule to
    /// apply (required with a fixed subject, so that other articles are left alone).
    pub when: Vec<String>,
    /// A rule from a cue class: its cues may stand a few words before the value or anywhere
    /// in the clause after it, and a cue of such a rule beats the cues of the others.
    pub near: bool,
    /// A rule read from a property named "number of <things>": its cues (the things) count
    /// only right after the value, and the article's event may be its subject.
    pub counted: bool,
    /// A rule whose cues yield to another's near the same value: a cue class's that says who
    /// is counted, not what befell them, or one read from the words of a property's name.
    pub describes: bool,
    /// Words of a "number of <things> ..." name after the things ("exit", "poll" of "number
    /// of seats in the exit poll"): between rules with the same cue, the one whose words
    /// stand in the value's sentence is chosen, and one whose words are missing comes last.
    pub qualifiers: Vec<String>,
}

/// Validated patterns: the built-in ones with a corpus's extension merged in.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Patterns {
    /// Hedge words before numbers, lower case.
    pub hedges: Vec<String>,
    /// Vague quantity phrases, lower case.
    pub vague: Vec<String>,
    /// Spelled-out numbers, lower case.
    pub number_words: Vec<String>,
    /// Nouns of numbered units.
    pub unit_nouns: Vec<String>,
    /// Verbs that make a count refer back to a noun before it.
    pub count_verbs: Vec<String>,
    /// Words before a number that make it not a count of members.
    pub vetoes: Vec<String>,
    /// Words referring back to entities.
    pub anaphora: Vec<Anaphora>,
    /// Property rules: the cue classes' rules for the corpus's properties, the corpus's
    /// rules, then the built-in ones.
    pub rules: Vec<Rule>,
    /// Cue classes of quantities.
    pub cue_classes: Vec<CueClass>,
    /// The rules of the corpus's properties that hold differences (margins, majorities).
    pub margins: Vec<MarginRule>,
}

impl Patterns {
    /// Loads the built-in patterns and, if the corpus has one, its extension file.
    pub fn load(
        corpus_root: &Path,
        properties: &BTreeMap<String, Property>,
        entities: &BTreeMap<String, Entity>,
    ) -> Result<Patterns, Problems> {
        let mut names = NameIndex::default();
        for entity in entities.values() {
            for name in [&entity.id, &entity.name].into_iter().chain(&entity.aliases) {
                // The corpus loader already rejected spellings shared by two entities.
                let _ = names.insert(name, &entity.id);
            }
        }
        let mut reader = Reader {
            files: Files::default(),
            diagnostics: Vec::new(),
            properties,
            names,
        };
        let builtin_file = reader.files.add("<built-in patterns>", BUILTIN_PATTERNS);
        let mut patterns = reader.read(builtin_file, BUILTIN_PATTERNS).unwrap_or_default();
        let extension_path = corpus_root.join(EXTENSION_FILE);
        if extension_path.exists() {
            let name = extension_path.display().to_string();
            let read = crate::corpus::read_limited(corpus_root, &extension_path, crate::corpus::MAX_FILE_BYTES)
                .map_err(|error| error.describe())
                .and_then(|bytes| {
                    String::from_utf8(bytes).map_err(|_| {
                        (
                            Code::NotUtf8,
                            "the file is not valid UTF-8".to_owned(),
                            "save the file as UTF-8".to_owned(),
                        )
                    })
                });
            match read {
                Ok(text) => {
                    let file = reader.files.add(name, text.clone());
                    if let Some(extension) = reader.read(file, &text) {
                        patterns = extension.then(patterns);
                    }
                }
                Err((code, message, help)) => {
                    let file = reader.files.add(name, "");
                    reader.report(file, None, code, message, &help);
                }
            }
        }
        if reader.diagnostics.is_empty() {
            patterns.add_class_rules(properties);
            Ok(patterns)
        } else {
            Err(Problems {
                files: reader.files,
                diagnostics: reader.diagnostics,
            })
        }
    }

    /// Puts first a rule for every property no rule names that a cue class fits (the
    /// first class that does).
    /// Of several properties a class fits, those whose names say least besides the class's
    /// names get its rule as it is ("prison sentence"); the others get it with the words
    /// their names say besides as qualifiers, which must all stand in a value's sentence for
    /// the rule to come first ("first-instance prison sentence": "first", "instance").
    fn add_class_rules(&mut self, properties: &BTreeMap<String, Property>) {
        let fitted: Vec<(usize, Vec<String>, Rule)> = properties
            .values()
            .filter(|property| !self.rules.iter().any(|rule| rule.property == property.id))
            .filter_map(|property| {
                self.cue_classes.iter().enumerate().find_map(|(index, class)| {
                    let rule = class.rule_for(property)?;
                    Some((index, class.other_words(property), rule))
                })
            })
            .collect();
        let plainest = |class: usize| {
            fitted
                .iter()
                .filter(|(index, _, _)| *index == class)
                .map(|(_, words, _)| words)
                .min_by_key(|words| words.len())
        };
        let mut derived: Vec<Rule> = fitted
            .iter()
            .filter_map(|(class, words, rule)| {
                let plain = plainest(*class)?;
                let qualifiers: Vec<String> = words.iter().filter(|word| !plain.contains(word)).cloned().collect();
                match (words.len() == plain.len(), qualifiers.is_empty()) {
                    (true, _) => Some(rule.clone()),
                    (false, true) => None,
                    (false, false) => Some(Rule {
                        qualifiers,
                        ..rule.clone()
                    }),
                }
            })
            .collect();
        let counted: Vec<Rule> = properties
            .values()
            .filter(|property| {
                !self
                    .rules
                    .iter()
                    .chain(&derived)
                    .any(|rule| rule.property == property.id)
            })
            .filter_map(counted_rule)
            .collect();
        let participles: Vec<Rule> = properties.values().filter_map(participle_rule).collect();
        let shared = |rule: &Rule| {
            participles
                .iter()
                .any(|other| other.property != rule.property && other.cues == rule.cues)
        };
        let participles: Vec<Rule> = participles
            .iter()
            .filter(|rule| !shared(rule) && counted.iter().any(|c| c.property == rule.property))
            .cloned()
            .collect();
        derived.extend(counted);
        derived.extend(participles);
        // A class's rule that needs further words of the name does not stop the name's state
        // from being read ("critically-injured", "number in a critical condition").
        let states: Vec<Rule> = properties
            .values()
            .filter(|property| {
                !derived
                    .iter()
                    .filter(|rule| rule.qualifiers.is_empty())
                    .chain(&self.rules)
                    .any(|rule| rule.property == property.id)
            })
            .filter_map(state_rule)
            .collect();
        derived.extend(states);
        let shares: Vec<Rule> = properties
            .values()
            .filter(|property| !derived.iter().any(|rule| rule.property == property.id))
            .filter_map(share_rule)
            .collect();
        derived.extend(shares);
        derived.extend(name_rules::named_rules(properties, &derived, &self.rules));
        derived.extend(properties.values().filter_map(measure_rule));
        name_rules::widen_counted(&mut derived, &self.rules);
        leave_own_cues_to_own_rules(&mut derived);
        derived.append(&mut self.rules);
        self.rules = derived;
        self.margins = properties.values().filter_map(margin_rule).collect();
    }

    /// These patterns, then `later`'s: lists concatenated, duplicates dropped.
    fn then(mut self, later: Patterns) -> Patterns {
        append_new(&mut self.hedges, later.hedges);
        append_new(&mut self.vague, later.vague);
        append_new(&mut self.number_words, later.number_words);
        append_new(&mut self.unit_nouns, later.unit_nouns);
        append_new(&mut self.count_verbs, later.count_verbs);
        append_new(&mut self.vetoes, later.vetoes);
        append_new(&mut self.anaphora, later.anaphora);
        append_new(&mut self.rules, later.rules);
        append_new(&mut self.cue_classes, later.cue_classes);
        self
    }
}

fn append_new<T: PartialEq>(list: &mut Vec<T>, more: Vec<T>) {
    for item in more {
        if !list.contains(&item) {
            list.push(item);
        }
    }
}

/// One reading of pattern files, collecting every problem.
struct Reader<'a> {
    files: Files,
    diagnostics: Vec<Diagnostic>,
    properties: &'a BTreeMap<String, Property>,
    names: NameIndex,
}

impl Reader<'_> {
    fn report(&mut self, file: FileId, span: Option<Range<usize>>, code: Code, message: String, help: &str) {
        self.diagnostics
            .push(Diagnostic::new(code, file, span, message).with_help(help));
    }

    fn span(&self, file: FileId, location: &Location) -> Option<Range<usize>> {
        crate::corpus::location_span(&self.files, file, location)
    }

    fn read(&mut self, file: FileId, text: &str) -> Option<Patterns> {
        let raw: RawPatterns = match serde_saphyr::from_str(text) {
            Ok(raw) => raw,
            Err(error) => {
                let span = error.location().and_then(|location| self.span(file, &location));
                let code = if error.to_string().contains("unknown field") {
                    Code::UnknownField
                } else {
                    Code::YamlSyntax
                };
                self.report(
                    file,
                    span,
                    code,
                    error.to_string(),
                    "see README.md, \"Extraction patterns\", for the format",
                );
                return None;
            }
        };
        let before = self.diagnostics.len();
        let patterns = Patterns {
            hedges: self.phrases(file, raw.hedges, |h| format!("{h} 70")),
            vague: self.phrases(file, raw.vague, str::to_owned),
            number_words: self.phrases(file, raw.number_words, str::to_owned),
            unit_nouns: self.words(file, raw.unit_nouns),
            count_verbs: self.words(file, raw.count_verbs),
            vetoes: self.words(file, raw.vetoes),
            anaphora: raw
                .anaphora
                .into_iter()
                .map(|a| Anaphora {
                    kind: a.kind,
                    words: self.words(file, a.words),
                    owner: a.owner,
                })
                .collect(),
            rules: raw.rules.into_iter().filter_map(|rule| self.rule(file, rule)).collect(),
            cue_classes: raw
                .cue_classes
                .into_iter()
                .map(|class| CueClass {
                    family: class.family,
                    names: super::synonyms::widen_names(self.words(file, class.names)),
                    cues: self.words(file, class.cues),
                    subjects: class.subjects,
                    describes: class.describes,
                })
                .collect(),
            margins: Vec::new(),
        };
        (self.diagnostics.len() == before).then_some(patterns)
    }

    /// Non-empty words, lower case.
    fn words(&mut self, file: FileId, words: Vec<Spanned<String>>) -> Vec<String> {
        let mut out = Vec::new();
        for word in words {
            let tidy = word
                .value
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            if tidy.is_empty() {
                let span = self.span(file, &word.referenced);
                self.report(
                    file,
                    span,
                    Code::InvalidValue,
                    "empty word in a pattern list".into(),
                    "remove the empty entry",
                );
            } else {
                out.push(tidy);
            }
        }
        out
    }

    /// Words that must make a count the value grammar reads, once put in `example`.
    fn phrases(&mut self, file: FileId, words: Vec<Spanned<String>>, example: impl Fn(&str) -> String) -> Vec<String> {
        let mut out = Vec::new();
        for word in words {
            let location = word.referenced;
            let tidy = self.words(file, vec![word]);
            for phrase in tidy {
                let written = example(&phrase);
                let context = ParseContext {
                    reference: None,
                    date_order: None,
                };
                if value::parse(&written, ValueType::Count, &context).is_err() {
                    let span = self.span(file, &location);
                    self.report(
                        file,
                        span,
                        Code::InvalidValue,
                        format!("the value grammar cannot read \"{written}\", so `{phrase}` would propose values that do not load"),
                        "use a hedge or phrase listed in README.md, \"Values\"",
                    );
                } else {
                    out.push(phrase);
                }
            }
        }
        out
    }

    fn rule(&mut self, file: FileId, spanned: Spanned<RawRule>) -> Option<Rule> {
        let raw = spanned.value;
        let property = raw.property.value.clone();
        let span = self.span(file, &raw.property.referenced);
        let Some(known) = self.properties.get(&property) else {
            let near = suggest(&property, self.properties.keys().map(String::as_str));
            let help = match near {
                Some(near) => format!("did you mean `{near}`? Otherwise declare it in properties.yaml"),
                None => "declare it in properties.yaml".to_owned(),
            };
            self.report(
                file,
                span,
                Code::UnknownProperty,
                format!("unknown property `{property}`"),
                &help,
            );
            return None;
        };
        if !raw.family.fits(known.value_type) {
            let message = format!(
                "property `{property}` holds {} and cannot take {} value",
                known.value_type.noun_phrase(),
                raw.family.name()
            );
            self.report(
                file,
                span,
                Code::InvalidValue,
                message,
                "pick a property of the family's type, or another family",
            );
            return None;
        }
        let subject = raw.subject.map(|name| self.entity(file, &name));
        if subject.is_some() && raw.when.is_empty() {
            self.report(
                file,
                span,
                Code::InvalidValue,
                format!("the rule for `{property}` has a fixed subject but no `when`"),
                "add `when: [...]`, the entities a section must mention for the rule to apply",
            );
        }
        let when: Vec<Option<String>> = raw.when.iter().map(|name| self.entity(file, name)).collect();
        Some(Rule {
            family: raw.family,
            property,
            cues: self.words(file, raw.cues),
            subjects: raw.subjects,
            subject: subject.flatten(),
            when: when.into_iter().flatten().collect(),
            near: false,
            counted: false,
            describes: false,
            qualifiers: Vec::new(),
        })
    }

    /// The canonical id of an entity name, or a problem with "did you mean".
    fn entity(&mut self, file: FileId, name: &Spanned<String>) -> Option<String> {
        if let Some(id) = self.names.resolve(&name.value) {
            return Some(id.to_owned());
        }
        let span = self.span(file, &name.referenced);
        let help = match self.names.suggest(&name.value) {
            Some(near) => format!("did you mean `{near}`? Otherwise add it to entities.yaml"),
            None => "add it to entities.yaml".to_owned(),
        };
        self.report(
            file,
            span,
            Code::UnknownEntity,
            format!("unknown subject `{}`", name.value),
            &help,
        );
        None
    }
}

#[path = "name_rules.rs"]
mod name_rules;
use super::words::{counts_as_plural, is_plural};
pub(super) use name_rules::lower_words;

#[path = "margin_rules.rs"]
mod margin_rules;
use margin_rules::margin_rule;
pub use margin_rules::{MarginRule, Side};
use name_rules::{leave_own_cues_to_own_rules, participle_rule, share_rule, singular, starts_with_plural, state_rule};

#[cfg(test)]
#[path = "patterns_tests.rs"]
mod tests;
