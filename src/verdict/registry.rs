//! Every verdict rule by name: a stable kebab-case id, the verdict it gives, a one-line
//! summary, why an editor cares, and an example of claims that the engine judges by it (the
//! tests run every example). A finding names its rule by [`RuleId`]; reports, decisions and
//! code-review tools key on the id, never on the words of a reason.
//!
//! Adding a rule: declare it here, then return it from the code that decides it (a pair's
//! value fit in `compare.rs`, scope, time and hedges in `rules.rs`, checks across properties
//! in `derive.rs`).

use super::Verdict;
use std::fmt;
use std::str::FromStr;

/// One claim of a rule's example: a source of its own, published on a date, making one
/// claim. Entities, scopes and the extra properties it may name are those of
/// [`EXAMPLE_ENTITIES`] and [`EXAMPLE_CATALOGUE`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct ExampleClaim {
    /// The source's id.
    pub source: &'static str,
    /// The source's publication date.
    pub published: &'static str,
    /// The claim's subject (id, name or alias).
    pub subject: &'static str,
    /// The claim's property.
    pub property: &'static str,
    /// The value as written.
    pub value: &'static str,
    /// The claim's scope, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<&'static str>,
    /// The claim's hedge, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hedge: Option<&'static str>,
    /// The date the claim speaks of, when not its source's publication date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<&'static str>,
}

impl ExampleClaim {
    /// A plain claim: no scope, hedge or date of its own.
    const fn new(
        source: &'static str,
        published: &'static str,
        subject: &'static str,
        property: &'static str,
        value: &'static str,
    ) -> Self {
        ExampleClaim {
            source,
            published,
            subject,
            property,
            value,
            scope: None,
            hedge: None,
            as_of: None,
        }
    }

    const fn scope(self, scope: &'static str) -> Self {
        ExampleClaim {
            scope: Some(scope),
            ..self
        }
    }

    const fn hedge(self, hedge: &'static str) -> Self {
        ExampleClaim {
            hedge: Some(hedge),
            ..self
        }
    }

    const fn as_of(self, as_of: &'static str) -> Self {
        ExampleClaim {
            as_of: Some(as_of),
            ..self
        }
    }

    /// The claim as a line of a source file's `claims:` list (without an id or quote).
    pub fn to_yaml(&self) -> String {
        let mut fields = vec![
            format!("subject: {}", self.subject),
            format!("property: {}", self.property),
            format!("value: \"{}\"", self.value),
        ];
        let optional = [("scope", self.scope), ("hedge", self.hedge), ("as_of", self.as_of)];
        fields.extend(
            optional
                .into_iter()
                .filter_map(|(name, value)| value.map(|value| format!("{name}: {value}"))),
        );
        format!("{{ {} }}", fields.join(", "))
    }
}

/// The entities rule examples may name (an `entities.yaml`).
pub const EXAMPLE_ENTITIES: &str = "entities:
  - { id: diaby, kind: person, name: Omar Diaby, aliases: [Omar Omsen] }
  - { id: ghuraba, kind: group, name: Ghuraba }
  - { id: idlib, kind: place, name: Idlib province }
  - { id: harem, kind: place, name: Harem, within: idlib }
  - { id: latakia, kind: place, name: Latakia }
  - { id: uzbeks, kind: group, name: Uzbek fighters }
  - { id: tip, kind: group, name: Turkistan Islamic Party }
  - { id: flight, kind: other, name: AA-1007 }
  - { id: belgium, kind: place, name: Belgium }
  - { id: belgian-police, kind: organisation, name: Belgian federal police, within: belgium }
  - { id: dutch-police, kind: organisation, name: Dutch national police }
  - { id: vidal, kind: person, name: Ana Vidal }
  - { id: vidal-term, kind: event, name: Ana Vidal's term as mayor, involves: [vidal], post: mayor }
";

/// The scopes and properties rule examples may name beyond the built-in properties (a
/// `properties.yaml`).
pub const EXAMPLE_CATALOGUE: &str = "properties:
  - { id: first-of-its-kind, type: boolean }
  - { id: departure, type: time }
  - { id: gate, type: code }
  - { id: killed, type: count, changes_over_time: true, drift_after: 1 day }
scopes:
  - { id: speakers, name: French-speaking fighters }
  - { id: nationals, name: French nationals, within: speakers }
";

/// A rule: its id, the verdict it gives, and its documentation.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Rule {
    /// The stable id.
    pub id: RuleId,
    /// The verdict a finding by this rule has.
    pub verdict: Verdict,
    /// What the rule finds, in one line.
    pub summary: &'static str,
    /// Why an editor cares.
    pub why: &'static str,
    /// Claims the engine judges by this rule, one source each.
    pub example: &'static [ExampleClaim],
}

impl Rule {
    /// The rule with this id.
    pub fn of(id: RuleId) -> &'static Rule {
        // The table is declared in the order of the enum, one entry per variant.
        #[allow(clippy::indexing_slicing)]
        &RULES[id as usize]
    }
}

/// Every rule, in a stable order (agreement first, then pairs of claims, then checks across
/// properties).
pub fn rules() -> &'static [Rule] {
    RULES
}

/// An id that names no rule, with the nearest id if one is close.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownRule {
    /// The id as given.
    pub wanted: String,
    /// The nearest rule id, if one is close.
    pub near: Option<&'static str>,
}

impl fmt::Display for UnknownRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown rule `{}`", self.wanted)
    }
}

impl std::error::Error for UnknownRule {}

impl FromStr for RuleId {
    type Err = UnknownRule;

    fn from_str(wanted: &str) -> Result<RuleId, UnknownRule> {
        RULES
            .iter()
            .find(|rule| rule.id.as_str() == wanted)
            .map(|rule| rule.id)
            .ok_or_else(|| UnknownRule {
                wanted: wanted.to_owned(),
                near: crate::names::suggest(wanted, RULES.iter().map(|rule| rule.id.as_str())),
            })
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RuleId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RuleId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<RuleId, D::Error> {
        let id = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        id.parse().map_err(serde::de::Error::custom)
    }
}

/// Declares the rules: the [`RuleId`] enum, its ids, and the table of [`Rule`]s, in one
/// order.
macro_rules! declare_rules {
    ($(
        $(#[doc = $doc:literal])*
        $variant:ident = $id:literal, $verdict:ident {
            summary: $summary:literal,
            why: $why:literal,
            example: [$($claim:expr),+ $(,)?] $(,)?
        }
    )+) => {
        /// The id of a verdict rule; serialised as its kebab-case name.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum RuleId {
            $($(#[doc = $doc])* $variant,)+
        }

        impl RuleId {
            /// The stable kebab-case id.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(RuleId::$variant => $id,)+
                }
            }
        }

        static RULES: &[Rule] = &[$(
            Rule {
                id: RuleId::$variant,
                verdict: Verdict::$verdict,
                summary: $summary,
                why: $why,
                example: &[$($claim),+],
            },
        )+];
    };
}

/// Shorthand for the examples.
const fn claim(
    source: &'static str,
    published: &'static str,
    subject: &'static str,
    property: &'static str,
    value: &'static str,
) -> ExampleClaim {
    ExampleClaim::new(source, published, subject, property, value)
}

declare_rules! {
    /// The values can all be true together.
    Compatible = "compatible", Agree {
        summary: "The values can all be true together.",
        why: "Nothing to check between these claims. When several independent origins give \
              compatible values, the value is corroborated; when they all come through one origin \
              (two outlets printing one wire story), the report says it is one voice, not \
              corroboration.",
        example: [
            claim("alpha", "2025-10-22", "ghuraba", "fighter-count", "about 70"),
            claim("beta", "2025-10-22", "ghuraba", "fighter-count", "more than 60"),
        ],
    }
    /// Numbers that meet only when widened by the property's reporting tolerance.
    WithinReportingTolerance = "within-reporting-tolerance", Tension {
        summary: "Two numbers differ, but only by the reporting tolerance of the property.",
        why: "Bare figures are often rounded or counted at slightly different moments. A small \
              gap is usually not an error, but an editor should know which figure the story uses \
              and why.",
        example: [
            claim("alpha", "2025-10-22", "ghuraba", "fighter-count", "70"),
            claim("beta", "2025-10-22", "ghuraba", "fighter-count", "72"),
        ],
    }
    /// Readings that overlap only in a sliver of the narrower one.
    EdgeFit = "edge-fit", Tension {
        summary: "Two readings overlap only at their edges: both hold only if the truth sits at the edge of each.",
        why: "Ages given days apart, lengths a month apart, figures that barely meet: both can be \
              true only in a narrow case (a birthday between the two dates, a length of exactly \
              seventeen and a half months), which is more often a miscount. The reason says what \
              would have to be true; a property's `edge_fit` sets how thin a sliver counts \
              (default a tenth of the narrower reading). Two hedged figures that reach each \
              other only by both hedges (\"about 400\" and \"nearly 500\", neither figure within \
              the other's reading) meet at an edge too, however wide the overlap.",
        example: [
            claim("alpha", "2025-03-02", "diaby", "age", "31"),
            claim("beta", "2025-03-20", "Omar Omsen", "age", "32"),
        ],
    }
    /// Numbers whose readings do not overlap, dated together.
    DisjointIntervals = "disjoint-intervals", Conflict {
        summary: "Two numbers cannot both be right: their readings do not overlap, even with \"about\".",
        why: "One of the sources has the figure wrong, or they count different things. Printing \
              either without checking risks a correction.",
        example: [
            claim("alpha", "2025-10-22", "ghuraba", "fighter-count", "about fifty"),
            claim("beta", "2025-10-22", "ghuraba", "fighter-count", "around 150"),
        ],
    }
    /// A bare round figure against a value hedged toward it.
    BareRoundFigure = "bare-round-figure", Agree {
        summary: "A bare round figure against a value hedged toward it (\"400\" and \"nearly 400\"): they agree.",
        why: "Read strictly, \"nearly 400\" is below 400 and \"more than 70\" above 70, so neither \
              holds with a bare 400 or 70. But a round figure printed bare is itself approximate: \
              the two say the same figure, one with a hedge, and an editor does not raise them. \
              Only a whole number of tens counts as round; a bare 397 against \"nearly 400\" keeps \
              its verdict.",
        example: [
            claim("alpha", "2025-10-22", "ghuraba", "fighter-count", "nearly 400"),
            claim("beta", "2025-10-22", "ghuraba", "fighter-count", "400"),
        ],
    }
    /// Dates on consecutive days, one of them at the turn of a day.
    ConsecutiveDays = "consecutive-days", Tension {
        summary: "Two dates fall on consecutive days, and one of them is at night, late or early in a day, or around midnight.",
        why: "A moment near midnight is often dated on one side of it by one source and on the \
              other by another, or across time zones; sometimes it is a wrong day. Worth a look \
              before printing a date.",
        example: [
            claim("alpha", "2025-10-22", "ghuraba", "date", "late on Tuesday"),
            claim("beta", "2025-10-22", "ghuraba", "date", "October 22"),
        ],
    }
    /// Single days next to each other, neither at the turn of a day.
    NextDay = "next-day", Conflict {
        summary: "Two dates name consecutive days, and neither text puts the moment near midnight.",
        why: "A day stated as a day is that day: without a late hour, a night or a time zone in \
              the text, the sources place the event on different days, and at most one is right.",
        example: [
            claim("alpha", "2025-10-22", "ghuraba", "date", "Tuesday"),
            claim("beta", "2025-10-22", "ghuraba", "date", "October 22"),
        ],
    }
    /// Dates that do not overlap and are more than a day apart.
    DisjointDates = "disjoint-dates", Conflict {
        summary: "Two dates (or date ranges) do not overlap and are more than a day apart.",
        why: "The sources place the event on different days; at most one of them is right.",
        example: [
            claim("alpha", "2025-10-22", "ghuraba", "date", "2025-10-19"),
            claim("beta", "2025-10-22", "ghuraba", "date", "October 22"),
        ],
    }
    /// A date that reads two ways, one of which contradicts the other claim.
    AmbiguousReading = "ambiguous-reading", Tension {
        summary: "A date reads two ways (03/04/2025 without a date order, shortly after midnight \
                  Tuesday): one reading agrees with the other source, the other does not.",
        why: "Whether the sources agree depends on how the ambiguous date is read. Check which \
              day the source meant, or set `date_order` for numeric dates, before printing either.",
        example: [
            claim("alpha", "2025-10-22", "ghuraba", "date", "03/04/2025"),
            claim("beta", "2025-10-22", "ghuraba", "date", "2025-04-03"),
        ],
    }
    /// Ages whose birth-date windows do not overlap.
    BirthWindowsDisjoint = "birth-windows-disjoint", Conflict {
        summary: "Two ages imply birth dates that do not overlap.",
        why: "An age is read as the window of birth dates it implies on the date it was given, so \
              ages stated years apart still compare. When the windows miss each other, the ages \
              cannot both be right.",
        example: [
            claim("alpha", "2025-10-22", "diaby", "age", "50"),
            claim("beta", "2025-10-22", "Omar Omsen", "age", "now 49"),
        ],
    }
    /// Durations that do not overlap.
    DisjointDurations = "disjoint-durations", Conflict {
        summary: "Two durations do not overlap.",
        why: "The sources disagree on how long something lasted; at most one of them is right.",
        example: [
            claim("alpha", "2025-10-22", "ghuraba", "duration", "five months"),
            claim("beta", "2025-10-22", "ghuraba", "duration", "two years"),
        ],
    }
    /// One claim names an entity, the other says there is none.
    NoneVersusNamed = "none-versus-named", Conflict {
        summary: "One source names an entity, another says there is none.",
        why: "A claim of \"none\" is a claim too: the two cannot both be right.",
        example: [
            claim("alpha", "2025-10-22", "ghuraba", "leader", "none"),
            claim("beta", "2025-10-22", "ghuraba", "leader", "Omar Diaby"),
        ],
    }
    /// One claim names an entity that another explicitly excludes.
    NamedAndExcluded = "named-and-excluded", Conflict {
        summary: "One source names an entity that another explicitly excludes.",
        why: "Sets are open (naming different members is no contradiction), but an explicit \
              \"not X\" against \"X\" is.",
        example: [
            claim("alpha", "2025-10-22", "ghuraba", "mediators", "Uzbek fighters, Turkistan Islamic Party"),
            claim("beta", "2025-10-22", "ghuraba", "mediators", "not Uzbek fighters"),
        ],
    }
    /// Two sets each naming members the other lacks.
    SetsDiffer = "sets-differ", Tension {
        summary: "Two sets each name a member the other lacks.",
        why: "A set that only adds members to another agrees with it, but two sets that each add \
              something (two lists of mediators, two designating states) tell different stories: \
              an editor should know which source adds what before printing either list.",
        example: [
            claim("alpha", "2025-10-22", "ghuraba", "mediators", "Uzbek fighters"),
            claim("beta", "2025-10-22", "ghuraba", "mediators", "Turkistan Islamic Party"),
        ],
    }
    /// One entity lies within the other (a town and its province, a ministry and its state).
    EntityGranularity = "entity-granularity", Agree {
        summary: "One entity is part of the other: the same answer at a different granularity, so they agree.",
        why: "A town and its province, or a ministry and the state it acts for (the State \
              Department and the United States), are one answer told more or less precisely, not \
              two. Only an explicit exclusion (\"not Harem\") sets them against each other. The \
              story should use the more precise one if it is well sourced.",
        example: [
            claim("alpha", "2025-10-22", "ghuraba", "location", "Harem"),
            claim("beta", "2025-10-22", "ghuraba", "location", "Idlib province"),
        ],
    }
    /// Different entities for a single-valued property.
    DifferentEntities = "different-entities", Conflict {
        summary: "Two sources name different entities where there can be only one.",
        why: "A group has one location, a person one employer at a time: at most one source is \
              right.",
        example: [
            claim("alpha", "2025-10-22", "ghuraba", "location", "Harem"),
            claim("beta", "2025-10-22", "ghuraba", "location", "Latakia"),
        ],
    }
    /// Texts that say the same in the same words, one adding only what narrows it.
    MoreSpecificWording = "more-specific-wording", Agree {
        summary: "One wording only narrows the other, or reorders its words: they agree.",
        why: "\"Interim president\" is a president, and \"Suez Canal Authority chairman\" is the \
              chairman of the Suez Canal Authority: an editor does not raise a title for being \
              fuller in one outlet. Words inside the title count too when they only qualify the \
              post (\"Paris public prosecutor\") or join a field to it with \"and\" (\"mining and \
              energy minister\"); a word that names another field (\"foreign trade minister\") \
              does not. Words that make another post (former, deputy, vice, acting, \
              -elect) or a title that only names the other as its complement (spokesman for the \
              president) stay worded differently, unless both titles have them (\"retired Thai \
              Navy SEAL\" and \"former navy SEAL\": retired and ex are read as former).",
        example: [
            claim("alpha", "2025-10-22", "diaby", "role", "interim emir"),
            claim("beta", "2025-10-22", "diaby", "role", "emir"),
        ],
    }
    /// Two titles naming the head of one body in other words.
    HeadOfOneBody = "head-of-one-body", Agree {
        summary: "Two titles name the head of one body with other words for head or for the kind of body: they agree.",
        why: "\"Police chief\" and \"commander of the police force\" are one post: chief, head, \
              commander, leader, chairman, foreman and supervisor all name the head of what follows \
              (\"shift foreman\" and \"shift supervisor\"), and words such as \
              forces, agency or province only say what kind of body or place it is. Another body, \
              a narrower unit or a word that makes another post (deputy, former) keeps the titles \
              worded differently.",
        example: [
            claim("alpha", "2025-10-22", "diaby", "role", "Idlib police chief"),
            claim("beta", "2025-10-22", "diaby", "role", "commander of the police forces of Idlib province"),
        ],
    }
    /// Texts worded differently.
    WordedDifferently = "worded-differently", Tension {
        summary: "Two texts are worded differently.",
        why: "Different words may mean the same thing or not; only an editor can tell.",
        example: [
            claim("alpha", "2025-10-22", "diaby", "role", "emir"),
            claim("beta", "2025-10-22", "diaby", "role", "spokesman"),
        ],
    }
    /// Two titles naming different offices.
    DifferentOffices = "different-offices", Conflict {
        summary: "Two sources give one person different offices or ranks at the same time.",
        why: "A mayor is not a governor and a colonel is not a captain: titles that name two \
              different offices, with no word such as former or deputy to tell them apart, cannot \
              both be right at one time. Dated further apart than the property's drift window, \
              the person may have changed posts, and the pair is drift instead.",
        example: [
            claim("alpha", "2025-10-22", "diaby", "role", "mayor"),
            claim("beta", "2025-10-22", "diaby", "role", "governor"),
        ],
    }
    /// One says yes, the other no.
    YesAndNo = "yes-and-no", Conflict {
        summary: "One source says yes, another says no.",
        why: "A yes-or-no fact has one answer.",
        example: [
            claim("alpha", "2025-10-22", "ghuraba", "first-of-its-kind", "yes"),
            claim("beta", "2025-10-22", "ghuraba", "first-of-its-kind", "no"),
        ],
    }
    /// Different times of day.
    DifferentTimes = "different-times", Conflict {
        summary: "Two sources give different times for one moment.",
        why: "A departure or an attack happened at one time; at most one of the times is right.",
        example: [
            claim("alpha", "2011-12-01", "AA-1007", "departure", "12/01/2011 01:55 PM"),
            claim("beta", "2011-12-01", "AA-1007", "departure", "12/1/2011 2:07PM EST"),
        ],
    }
    /// Different codes.
    DifferentCodes = "different-codes", Conflict {
        summary: "Two sources give different codes (a gate, a flight number).",
        why: "A code names one thing; at most one of the codes is right.",
        example: [
            claim("alpha", "2011-12-01", "AA-1007", "gate", "F78"),
            claim("beta", "2011-12-01", "AA-1007", "gate", "D5"),
        ],
    }
    /// Values of different kinds for one property.
    DifferentKinds = "different-kinds", Tension {
        summary: "Two values of one property are of different kinds.",
        why: "Cannot arise from a valid corpus, where every claim of a property is read by the \
              property's type; kept so that a mismatch would be shown, not hidden. The example \
              compares the values of two different properties directly.",
        example: [
            claim("alpha", "2025-10-22", "ghuraba", "fighter-count", "about 70"),
            claim("beta", "2025-10-22", "ghuraba", "founded", "2013"),
        ],
    }
    /// One source says the value is not known or not disclosed, another gives it.
    UnknownAgainstKnown = "unknown-against-known", Tension {
        summary: "One source says the value was not disclosed or is not known, another gives it.",
        why: "Not a contradiction: the second source may have learnt what the first did not, or \
              may be guessing. An editor should know which source the figure rests on before \
              printing it.",
        example: [
            claim("alpha", "2025-10-22", "ghuraba", "fighter-count", "not disclosed"),
            claim("beta", "2025-10-22", "ghuraba", "fighter-count", "about 70"),
        ],
    }
    /// Compatible values that differ only by a hedge.
    OneSideHedged = "one-side-hedged", Agree {
        summary: "The values are compatible and differ only by a hedge (\"reportedly\", \"is considered\"): they agree, the hedge named.",
        why: "A hedge on a value another source gives firmly is not a disagreement an editor \
              raises; the reason names the hedge so that the story does not sound surer than its \
              best source. Values that cannot both hold keep their verdict, hedged or not.",
        example: [
            claim("alpha", "2025-10-22", "ghuraba", "leader", "Omar Diaby").hedge("is considered"),
            claim("beta", "2025-10-22", "ghuraba", "leader", "diaby"),
        ],
    }
    /// Different values dated far apart on a property that changes over time.
    DriftOverTime = "drift-over-time", Drift {
        summary: "The values differ, but they are dated far enough apart for the property to have changed.",
        why: "Not an error: the fact changed. The story should date the figure it uses.",
        example: [
            claim("alpha", "2015-04", "ghuraba", "fighter-count", "about fifty"),
            claim("beta", "2025-10-22", "ghuraba", "fighter-count", "around 150"),
        ],
    }
    /// A running total (a death toll) whose later figure is below an earlier one.
    RunningTotalFell = "running-total-fell", Conflict {
        summary: "A running total (a death toll) is lower in a later report than in an earlier one.",
        why: "Tolls rise as the dead are found and counted; they fall only when an earlier figure \
              is revised down (counted twice, wrongly attributed) or one of the figures is wrong. \
              Either way it is not drift, and the dates do not explain it: an editor checks which \
              figure stands, and records a decision saying so if the toll was revised. A count whose id or name names a toll (killed, dead, deaths, \
              injured and the like) is a running total unless its catalogue entry sets \
              `running_total: false`; any count can be one with `running_total: true`.",
        example: [
            claim("alpha", "2025-03-29", "harem", "killed", "5,300"),
            claim("beta", "2025-04-02", "harem", "killed", "3,800"),
        ],
    }
    /// Different values dated too close together for the property to have changed.
    TooCloseInTime = "too-close-in-time", Conflict {
        summary: "The values differ, and they are dated too close together for the property to have changed that much.",
        why: "The property does change over time, but not this fast: the difference is not \
              explained by the dates, so one of the values is likely wrong.",
        example: [
            claim("alpha", "2025-10-22", "ghuraba", "fighter-count", "about fifty").as_of("2025-06"),
            claim("beta", "2025-10-22", "ghuraba", "fighter-count", "around 150"),
        ],
    }
    /// Counts of nested scopes that can both be right.
    NestedScopes = "nested-scopes", Tension {
        summary: "Counts of nested scopes (French nationals among French speakers) that can both be right.",
        why: "Consistent, but easy to misquote: the story must say which population a figure \
              counts.",
        example: [
            claim("alpha", "2025-10-22", "ghuraba", "fighter-count", "more than 70").scope("nationals"),
            claim("beta", "2025-10-22", "ghuraba", "fighter-count", "around 150").scope("speakers"),
        ],
    }
    /// Values of different scopes.
    ScopeDiffers = "scope-differs", Tension {
        summary: "The values are of different scopes, so they may not measure the same thing.",
        why: "A share of one population and a share of another can both be right. An editor should \
              check they are not quoted as one figure.",
        example: [
            claim("alpha", "2025-10-22", "diaby", "share", "up to 80 percent").scope("nationals"),
            claim("beta", "2025-10-22", "diaby", "share", "80%").scope("speakers"),
        ],
    }
    /// A count of a part wholly below the count of its whole.
    PartBelowWhole = "part-below-whole", Agree {
        summary: "A part is counted below its whole on every reading (a dozen French nationals in a faction of about 70): they agree.",
        why: "A part smaller than the whole it belongs to is what one expects, not a \
              discrepancy: the counts agree, and the reason says which is the part. Only a part \
              that could outnumber its whole on some reading stays a tension (nested scopes), and \
              one that must outnumber it a conflict.",
        example: [
            claim("alpha", "2025-10-22", "ghuraba", "fighter-count", "about a dozen").scope("nationals"),
            claim("beta", "2025-10-22", "ghuraba", "fighter-count", "around 150").scope("speakers"),
        ],
    }
    /// A part counted larger than its whole.
    PartExceedsWhole = "part-exceeds-whole", Conflict {
        summary: "A part is counted larger than its whole (a scope within another, a town within its province).",
        why: "Whatever the scope, a part cannot outnumber the whole it belongs to: one of the counts \
              is wrong.",
        example: [
            claim("alpha", "2025-10-22", "ghuraba", "fighter-count", "dozens"),
            claim("beta", "2025-10-22", "ghuraba", "fighter-count", "around 150").scope("speakers"),
        ],
    }
    /// A part larger than its whole, except within the reporting tolerance.
    PartFitsOnlyWithinTolerance = "part-fits-only-within-tolerance", Tension {
        summary: "A part's count exceeds its whole's, unless the reporting tolerance is allowed.",
        why: "Rounded figures can make a part look larger than its whole. Probably rounding, but the \
              figures should not be printed side by side unchecked.",
        example: [
            claim("alpha", "2025-10-22", "harem", "fighter-count", "104"),
            claim("beta", "2025-10-22", "idlib", "fighter-count", "100"),
        ],
    }
    /// An end dated before a start.
    EndsBeforeStart = "ends-before-start", Conflict {
        summary: "Something is said to end before it starts.",
        why: "A start and an end, from one source or two, that cannot both be right.",
        example: [
            claim("alpha", "2025-10-22", "ghuraba", "start", "2021"),
            claim("beta", "2025-10-22", "ghuraba", "end", "August 2020"),
        ],
    }
    /// A stated length that cannot fit a start and an end.
    LengthDoesNotFitDates = "length-does-not-fit-dates", Conflict {
        summary: "A stated length cannot fit between a stated start and end.",
        why: "The length, the start or the end is wrong. Lengths are often computed by reporters \
              and not checked against the dates.",
        example: [
            claim("alpha", "2025-10-22", "ghuraba", "start", "August 2020"),
            claim("beta", "2025-10-22", "ghuraba", "end", "February 2022"),
            claim("gamma", "2025-10-22", "ghuraba", "duration", "five months"),
        ],
    }
    /// A length in months that fits the dates only at their edges.
    LengthFitsOnlyAtEdges = "length-fits-only-at-edges", Tension {
        summary: "A length in months fits a start and an end written to the month only at the edges of those months.",
        why: "August 2020 to February 2022 is 18 calendar months; \"17 months\" fits only if it began \
              late in August and ended early in February. Likely a miscount.",
        example: [
            claim("alpha", "2025-10-22", "ghuraba", "start", "August 2020"),
            claim("beta", "2025-10-22", "ghuraba", "end", "February 2022"),
            claim("gamma", "2025-10-22", "ghuraba", "duration", "17 months"),
        ],
    }
    /// A title given for a date outside the term of office the registry records for it.
    TitleOutsideTerm = "title-outside-term", Tension {
        summary: "A title is given for a date before the holder took the post, or after they left it.",
        why: "An anachronism: \"Mayor Vidal\" on a day before she took office. The title, the date \
              it is given for or the date of the term is wrong; the registry's `post` on a term of \
              office (an event that `involves` its holder) says which title it confers.",
        example: [
            claim("alpha", "2025-10-22", "vidal-term", "start", "March 2023"),
            claim("beta", "2025-10-22", "vidal", "role", "mayor").as_of("2022-06-01"),
        ],
    }
    /// An age that does not fit a stated birth date.
    AgeContradictsBirthDate = "age-contradicts-birth-date", Conflict {
        summary: "An age implies birth dates that miss a stated birth date.",
        why: "The age or the birth date is wrong (or belongs to someone else).",
        example: [
            claim("alpha", "2025-10-22", "diaby", "age", "50"),
            claim("beta", "2025-10-22", "diaby", "born", "1980"),
        ],
    }
}
