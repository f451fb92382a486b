//! The validated corpus: entities, properties, scopes, sources and their claims, with every
//! name resolved to a canonical id and every value parsed. Nothing here can be invalid;
//! the corpus loader is the only way in.

use crate::value::{DateValue, Tolerance, Value, ValueType};
use arcstr::ArcStr;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// What sort of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EntityKind {
    /// A person.
    Person,
    /// An armed group, faction or movement.
    Group,
    /// A military unit.
    Unit,
    /// A place: country, province, town, camp.
    Place,
    /// An organisation: ministry, agency, NGO, outlet.
    Organisation,
    /// Something that happened: a raid, a detention, a capture.
    Event,
    /// An agreement or deal.
    Agreement,
    /// A population counted as a whole (foreign fighters in Syria).
    Population,
    /// Anything else.
    Other,
}

/// A subject claims can be about.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// Stable kebab-case id.
    pub id: String,
    /// What sort of thing it is.
    pub kind: EntityKind,
    /// Display name.
    pub name: String,
    /// Other spellings and names.
    pub aliases: Vec<String>,
    /// The entity this one is part of (a town in a province, a battalion in a division).
    pub within: Option<String>,
    /// For an event or agreement, the entities the registry says take part in it (ids).
    pub involves: Vec<String>,
    /// For an event that is a term of office: the post its holders (`involves`) hold during
    /// it (`prime minister`), so that the title given outside the term is raised.
    pub post: Option<String>,
    /// Editorial note.
    pub note: Option<String>,
}

/// A property claims state a value of, with how values are read and compared.
#[derive(Debug, Clone, PartialEq)]
pub struct Property {
    /// Stable kebab-case id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// How values are read.
    pub value_type: ValueType,
    /// Whether the property holds a set (open-world) rather than one value.
    pub multi: bool,
    /// Whether values may legitimately differ at different dates.
    pub changes_over_time: bool,
    /// Days apart two as-of dates must be for a difference to be drift.
    pub drift_after_days: Option<f64>,
    /// Whether the property is a running total that only rises (a death toll): a later
    /// figure below an earlier one is a finding, never drift.
    pub running_total: bool,
    /// Tolerances for hedged and bare numbers.
    pub tolerance: Tolerance,
    /// The share of the narrower of two readings that their overlap must reach for the two
    /// to agree; below it they fit only at the edges, a tension ([`DEFAULT_EDGE_FIT`]).
    pub edge_fit: f64,
    /// What the property is to derived checks (a span's start, end or length; a birth date).
    pub role: Option<Role>,
    /// What the property means.
    pub description: Option<String>,
}

/// Whether a count property is a running total by its id or name when its catalogue entry
/// does not say: it names a toll of people (killed, dead, deaths, died, casualties,
/// fatalities, injured, wounded, victims, toll).
pub fn names_a_toll(value_type: crate::value::ValueType, id: &str, name: &str) -> bool {
    const TOLLS: &[&str] = &[
        "killed",
        "dead",
        "deaths",
        "died",
        "casualties",
        "fatalities",
        "injured",
        "wounded",
        "victims",
        "toll",
    ];
    value_type == crate::value::ValueType::Count
        && [id, name]
            .iter()
            .flat_map(|text| text.split(|c: char| !c.is_alphanumeric()))
            .any(|word| TOLLS.contains(&word.to_lowercase().as_str()))
}

/// The share of the narrower reading two readings must overlap by to agree, unless a
/// property sets its own `edge_fit`: "11" and "12" printed days apart overlap by a few
/// weeks of a year of birth dates, and fit only if a birthday fell in between.
pub const DEFAULT_EDGE_FIT: f64 = 0.1;

/// The part a property plays in derived checks: claims with these roles on one subject are
/// compared with each other even though their properties differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// When the subject (an event, a detention) began: a date.
    Start,
    /// When it ended: a date.
    End,
    /// How long it lasted: a duration, derivable from a start and an end.
    Length,
    /// When the subject (a person) was born: a date, derivable from an age.
    Birth,
    /// A title or post the subject (a person) holds at the claim's date: checked against the
    /// terms of office the registry records (an event's `post`).
    Title,
}

impl Role {
    /// The value type a property with this role must have.
    pub fn value_type(self) -> ValueType {
        match self {
            Role::Start | Role::End | Role::Birth => ValueType::Date,
            Role::Length => ValueType::Duration,
            Role::Title => ValueType::Text,
        }
    }

    /// The name used in corpus files.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Start => "start",
            Role::End => "end",
            Role::Length => "length",
            Role::Birth => "birth",
            Role::Title => "title",
        }
    }
}

/// A declared scope (a part of a subject a claim is restricted to).
#[derive(Debug, Clone, PartialEq)]
pub struct Scope {
    /// Stable kebab-case id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Other wordings of the same scope.
    pub aliases: Vec<String>,
    /// The scope this one is a subset of.
    pub within: Option<String>,
}

/// A source: one article or report, its metadata, text and claims.
#[derive(Debug, Clone)]
pub struct Source {
    /// The source id (its file name without `.yaml`).
    pub id: String,
    /// Outlet that published it.
    pub outlet: String,
    /// Headline or title.
    pub title: String,
    /// Address, when known.
    pub url: Option<String>,
    /// Publication date, as precisely as known.
    pub published: DateValue,
    /// How the publication date was established, when not printed.
    pub published_note: Option<String>,
    /// Language code.
    pub language: String,
    /// Upstream origins (wire agencies, outlets it copies or quotes).
    pub origin: Vec<String>,
    /// Path of the source file, relative to the corpus.
    pub file: PathBuf,
    /// Path of the text, relative to the corpus.
    pub text_path: PathBuf,
    /// The text itself.
    pub text: String,
    /// Editorial note.
    pub note: Option<String>,
    /// Claims, in file order.
    pub claims: Vec<Claim>,
}

/// Where a quote sits in its source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextSpan {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// 1-based line of the first byte.
    pub line: usize,
}

/// One checkable claim made by a source.
#[derive(Debug, Clone)]
pub struct Claim {
    /// Id, unique within its source.
    pub id: ArcStr,
    /// Id of the source making the claim.
    pub source: ArcStr,
    /// Canonical id of the subject.
    pub subject: ArcStr,
    /// The subject as the claim wrote it (an id, the name or an alias).
    pub subject_written: ArcStr,
    /// Property id.
    pub property: ArcStr,
    /// The value as written in the corpus file.
    pub written: ArcStr,
    /// The parsed value, entity names resolved to ids.
    pub value: Value,
    /// The verbatim quote from the text.
    pub quote: ArcStr,
    /// Where the quote is in the text.
    pub span: TextSpan,
    /// Who the source says made the claim.
    pub attribution: Option<ArcStr>,
    /// The party the attribution names: an entity id when it resolves through the registry
    /// (so spellings of one party are one party), else the attribution as written.
    pub party: Option<ArcStr>,
    /// Upstream outlet the claim came through.
    pub origin: Option<ArcStr>,
    /// The date the claim speaks of.
    pub as_of: DateValue,
    /// Whether `as_of` was given explicitly (otherwise it is the publication date).
    pub as_of_explicit: bool,
    /// Scope id, when restricted to part of the subject.
    pub scope: Option<ArcStr>,
    /// The text's hedge.
    pub hedge: Option<ArcStr>,
    /// Editorial note.
    pub note: Option<ArcStr>,
    /// The file the claim is written in (a source's YAML file or a bulk file), relative to
    /// the corpus, with `/` between folders.
    pub file: ArcStr,
    /// 1-based line of the claim's item (the YAML claim, or the bulk row) in [`Claim::file`].
    pub line: u32,
    /// 1-based column of the claim's item (1 for a bulk row).
    pub column: u32,
}

impl Claim {
    /// A 1-based line or column as a claim stores it (saturating: no real file is that long).
    pub fn position(at: usize) -> u32 {
        u32::try_from(at).unwrap_or(u32::MAX)
    }

    /// A corpus-relative path as [`Claim::file`] stores it: its parts joined by `/`.
    pub fn file_name(relative: &Path) -> ArcStr {
        let parts: Vec<_> = relative.iter().map(|part| part.to_string_lossy()).collect();
        ArcStr::from(parts.join("/"))
    }

    /// The claim's corpus-wide key, `source/id`.
    pub fn key(&self) -> String {
        self.key_parts().concat()
    }

    /// The pieces of [`Claim::key`], for writing it out without making it first.
    pub fn key_parts(&self) -> [&str; 3] {
        [&self.source, "/", &self.id]
    }
}

/// A claim's place in the corpus: source index and claim index within the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClaimRef {
    /// Index in [`Corpus::sources`].
    pub source: usize,
    /// Index in that source's claims.
    pub claim: usize,
}

/// A whole validated corpus.
#[derive(Debug, Clone)]
pub struct Corpus {
    /// The corpus folder.
    pub root: PathBuf,
    /// Entities by id.
    pub entities: BTreeMap<String, Entity>,
    /// Properties by id (built-ins merged with the corpus's own).
    pub properties: BTreeMap<String, Property>,
    /// Scopes by id.
    pub scopes: BTreeMap<String, Scope>,
    /// Sources, sorted by id.
    pub sources: Vec<Source>,
}

impl Corpus {
    /// Every claim of every source, sources in id order and claims in file order.
    pub fn claims(&self) -> impl Iterator<Item = &Claim> {
        self.sources.iter().flat_map(|source| source.claims.iter())
    }

    /// The claim at a place, if there is one.
    pub fn claim(&self, at: ClaimRef) -> Option<&Claim> {
        self.sources.get(at.source)?.claims.get(at.claim)
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        // Found by halves in sources sorted by id; a list built out of order is scanned.
        match self.sources.binary_search_by(|source| source.id.as_str().cmp(id)) {
            Ok(at) => self.sources.get(at),
            Err(_) => self.sources.iter().find(|source| source.id == id),
        }
    }

    /// Display name of an entity id (the id itself when unknown).
    pub fn entity_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.entities.get(id).map_or(id, |entity| entity.name.as_str())
    }

    /// Whether scope `inner` is `outer` or lies (transitively) within it.
    pub fn scope_within(&self, inner: &str, outer: &str) -> bool {
        chain_contains(inner, outer, |id| self.scopes.get(id).and_then(|s| s.within.as_deref()))
    }

    /// Whether entity `inner` is `outer` or lies (transitively) within it.
    pub fn entity_within(&self, inner: &str, outer: &str) -> bool {
        chain_contains(inner, outer, |id| {
            self.entities.get(id).and_then(|e| e.within.as_deref())
        })
    }
}

/// Walks a `within` chain from `start` looking for `target`; the loader rejects cycles, and
/// the walk is bounded anyway.
fn chain_contains<'a>(start: &'a str, target: &str, parent: impl Fn(&str) -> Option<&'a str>) -> bool {
    let mut current = Some(start);
    for _ in 0..64 {
        match current {
            Some(id) if id == target => return true,
            Some(id) => current = parent(id),
            None => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::{Claim, names_a_toll};
    use crate::value::ValueType;

    #[test]
    fn a_count_named_as_a_toll_is_a_running_total_unless_the_catalogue_says_not() {
        assert!(names_a_toll(ValueType::Count, "death-toll", "death toll"));
        assert!(names_a_toll(
            ValueType::Count,
            "flood-dead",
            "people dead in the floods"
        ));
        assert!(names_a_toll(ValueType::Count, "hurt", "people injured"));
        assert!(!names_a_toll(ValueType::Count, "ships-waiting", "ships waiting"));
        assert!(!names_a_toll(ValueType::Count, "deadline-count", "deadlines"));
        assert!(!names_a_toll(ValueType::Text, "cause-of-death", "killed by"));
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("entities.yaml"),
            "entities:\n  - { id: town, kind: place, name: Town }\n",
        )
        .unwrap();
        std::fs::write(
            dir.path().join("properties.yaml"),
            "properties:\n  - { id: dead, type: count }\n  - { id: wounded, type: count, running_total: false }\n  - { id: tents, type: count, running_total: true }\n",
        )
        .unwrap();
        std::fs::create_dir_all(dir.path().join("sources")).unwrap();
        let corpus = crate::corpus::load(dir.path()).unwrap();
        let running = |id: &str| corpus.properties[id].running_total;
        assert!(running("dead"));
        assert!(!running("wounded"));
        assert!(running("tents"));
    }

    /// A YAML claim is placed at its item, a bulk claim at its row, each in its own file.
    #[test]
    fn claims_know_where_they_are_written() {
        let dir = crate::scratch::Scratch::new();
        dir.write(
            "entities.yaml",
            "entities:\n  - { id: diaby, kind: person, name: Omar Diaby }\n",
        );
        dir.write(
            "sources/wire.yaml",
            "outlet: Wire\ntitle: t\npublished: 2025-10-24\nlanguage: en\nclaims:\n  - id: one\n    subject: diaby\n    property: age\n    value: 48\n    quote: the quote\n\n  -   { id: two, subject: diaby, property: age, value: 49, quote: the quote }\n",
        );
        dir.write("texts/wire.txt", "the quote\n");
        let row = r#"{"source": "Desk", "subject": "diaby", "property": "age", "value": "50", "as_of": "2025-10-22"}"#;
        dir.write("bulk/rows.jsonl", &format!("{row}\n\n{row}\n"));
        let corpus = crate::corpus::load(dir.path()).unwrap();
        let places: Vec<(&str, u32, u32)> = corpus
            .claims()
            .map(|claim: &Claim| (claim.file.as_str(), claim.line, claim.column))
            .collect();
        assert_eq!(
            places,
            [
                ("bulk/rows.jsonl", 1, 1),
                ("bulk/rows.jsonl", 3, 1),
                ("sources/wire.yaml", 6, 5),
                ("sources/wire.yaml", 12, 7),
            ]
        );
    }
}
