//! What a finding rests on, as data: each side of the pair (who says it, the value as
//! written, its normal form, hedge, attribution and date) and the facts of the rule that
//! judged it. Reporters make the words (`report::reason`); JSON shows the data as it is.
//! Also the order of a group's findings: the most telling pair first.

use super::Finding;
use super::compare::{Fit, Why};
use super::edge::Stretch;
use super::normal::Normal;
use super::registry::RuleId;
use super::rules::{Reason, Side};
use crate::model::{Claim, ClaimRef, Corpus};
use crate::value::DateValue;
use std::cmp::Reverse;

/// The evidence of one finding: the claims it compares and what the rule found.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Evidence {
    /// The sides, in the finding's order: two for a pair; for a derived check, as its facts
    /// say.
    pub sides: Vec<SideEvidence>,
    /// What the rule found.
    pub facts: Facts,
}

/// One side of a finding: who says what, and how it was read.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct SideEvidence {
    /// The source's id.
    pub source: String,
    /// The outlet's name, as editors know it.
    pub outlet: String,
    /// The value as written in the claim.
    pub written: String,
    /// Its normal form (the machine form: an interval, a window of days, entity ids).
    #[serde(serialize_with = "as_text")]
    pub normal: Normal,
    /// The hedge the text puts on it (`would be`), if any.
    pub hedge: Option<String>,
    /// Whom the text attributes it to (`French security sources`), if anyone.
    pub attribution: Option<String>,
    /// The party that attribution names, resolved through the registry (an entity id, else
    /// the attribution as written): two sides attributed to one party have the same.
    #[serde(skip)]
    pub party: Option<String>,
    /// The date the claim is given for, when the text states one.
    #[serde(serialize_with = "as_optional_text")]
    pub dated: Option<DateValue>,
    /// The scope counted, by name, when the claim has one.
    pub scope: Option<String>,
}

/// What the rule found, beyond how the values fit.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Facts {
    /// How the values fit, as it stands.
    Fit(FitFacts),
    /// Compatible values, only one of them hedged.
    Hedged {
        /// How the values fit.
        fit: FitFacts,
        /// Which side (0 or 1) is hedged.
        side: usize,
    },
    /// Different values dated far enough apart on a property that changes over time.
    Drift {
        /// How the values differ.
        fit: FitFacts,
        /// Days between their dates.
        days: i64,
        /// The property's name.
        property: String,
    },
    /// A running total whose later figure is below an earlier one.
    TotalFell {
        /// How the values differ.
        fit: FitFacts,
        /// Days between their dates.
        days: i64,
        /// The property's name.
        property: String,
        /// Which side (0 or 1) is the later, lower figure.
        later: usize,
    },
    /// Different values dated too close together for the property to have changed.
    TooClose {
        /// How the values differ.
        fit: FitFacts,
        /// Days between their dates.
        days: i64,
        /// The property's name.
        property: String,
    },
    /// Counts of nested scopes that can both be right.
    Nested {
        /// The scope that is part of the other.
        part: String,
        /// The scope it is part of; `None` for the whole subject (no scope).
        whole: Option<String>,
    },
    /// A count of a part below the count of its whole on every reading.
    BelowWhole {
        /// The scope that is part of the other.
        part: String,
        /// The scope it is part of; `None` for the whole subject (no scope).
        whole: Option<String>,
    },
    /// Values of different scopes, for an editor to check.
    DifferentScopes {
        /// How the values fit.
        fit: FitFacts,
        /// Whether the values would be compatible were the scopes the same.
        compatible: bool,
    },
    /// A derived check: an end dated before a start. Sides: the end, the start.
    EndsBeforeStart,
    /// A derived check: a stated length against the days a start and an end allow (the rule
    /// says whether it fits). Sides: the length, the start, the end.
    Length {
        /// The days that can pass between the start and the end.
        allowed: Stretch,
        /// The calendar months between them, when both are written to the month.
        calendar_months: Option<i32>,
    },
    /// A derived check: a stated birth date against the birth-date window an age implies
    /// (the age side's normal form). Sides: the birth date, the age.
    AgeAgainstBirthDate,
    /// A derived check: a title given for a date outside a term of office the registry
    /// records for that post. Sides: the title, the term's start (or end).
    TitleOutsideTerm {
        /// The term, by name.
        term: String,
        /// The date the title is given for.
        #[serde(serialize_with = "as_date")]
        held: DateValue,
        /// Whether the date is before the term's start (else after its end).
        before: bool,
    },
    /// A derived check: a count of a part larger than the count of the whole it lies within.
    /// Sides: the part's count, the whole's (one finding per pair that does not fit).
    PartOfWhole {
        /// The part, by name.
        part: String,
        /// The whole, by name.
        whole: String,
    },
}

/// How two values fit: the rule of the fit and its facts.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct FitFacts {
    /// The rule of the fit.
    pub rule: RuleId,
    /// What the fit found.
    #[serde(flatten)]
    pub found: Why<'static>,
}

impl From<&Why<'_>> for FitFacts {
    fn from(why: &Why<'_>) -> FitFacts {
        FitFacts {
            rule: why.rule(),
            found: why.clone().into_owned(),
        }
    }
}

/// The evidence of a finding on the pair `a`, `b`, judged for `why`.
pub fn evidence(a: &Side, b: &Side, why: &Reason, corpus: &Corpus) -> Evidence {
    let facts = match why {
        Reason::Fit(why) => Facts::Fit(why.into()),
        Reason::Hedged { why } => Facts::Hedged {
            fit: why.into(),
            side: usize::from(a.claim.hedge.is_none()),
        },
        Reason::Drift { why, days, property } => Facts::Drift {
            fit: why.into(),
            days: *days,
            property: (*property).to_owned(),
        },
        Reason::TotalFell {
            why,
            days,
            property,
            later,
        } => Facts::TotalFell {
            fit: why.into(),
            days: *days,
            property: (*property).to_owned(),
            later: *later,
        },
        Reason::TooClose { why, days, property } => Facts::TooClose {
            fit: why.into(),
            days: *days,
            property: (*property).to_owned(),
        },
        Reason::Nested { part, whole } => Facts::Nested {
            part: (*part).to_owned(),
            whole: whole.map(str::to_owned),
        },
        Reason::BelowWhole { part, whole } => Facts::BelowWhole {
            part: (*part).to_owned(),
            whole: whole.map(str::to_owned),
        },
        Reason::DifferentScopes { fit } => {
            let (compatible, why) = match fit {
                Fit::Compatible(why) => (true, why),
                Fit::Loose(why) | Fit::Incompatible(why) => (false, why),
            };
            Facts::DifferentScopes {
                fit: why.into(),
                compatible,
            }
        }
    };
    Evidence {
        sides: vec![
            side_evidence(a.claim, a.normal, corpus),
            side_evidence(b.claim, b.normal, corpus),
        ],
        facts,
    }
}

/// One side of a finding: a claim and its normal form.
pub(super) fn side_evidence(claim: &Claim, normal: &Normal, corpus: &Corpus) -> SideEvidence {
    SideEvidence {
        source: claim.source.to_string(),
        outlet: corpus
            .source(&claim.source)
            .map_or_else(|| claim.source.to_string(), |source| source.outlet.clone()),
        written: claim.written.to_string(),
        normal: normal.clone(),
        hedge: claim.hedge.as_ref().map(ToString::to_string),
        attribution: claim.attribution.as_ref().map(ToString::to_string),
        party: claim.party.as_ref().map(ToString::to_string),
        dated: claim.as_of_explicit.then_some(claim.as_of),
        scope: claim.scope.as_ref().map(|id| {
            corpus
                .scopes
                .get(id.as_str())
                .map_or_else(|| id.to_string(), |scope| scope.name.clone())
        }),
    }
}

/// Orders a group's findings most severe first and, within one verdict, the most telling
/// pair first: more firm sides (not hedged), then more sides attributed to someone, then
/// more sides with a stated date, then the most recent date; ties keep the order found.
pub fn most_telling_first(findings: &mut [Finding], corpus: &Corpus) {
    findings.sort_by_cached_key(|finding| (Reverse(finding.verdict), Reverse(telling(&finding.claims, corpus))));
}

/// How telling a pair is, higher first: firm sides, attributed sides, dated sides, and the
/// latest day either claim is given for.
pub(super) fn telling(claims: &[ClaimRef], corpus: &Corpus) -> (usize, usize, usize, Option<jiff::civil::Date>) {
    let mut telling = (0, 0, 0, None);
    for claim in claims.iter().filter_map(|&at| corpus.claim(at)) {
        telling.0 += usize::from(claim.hedge.is_none());
        telling.1 += usize::from(claim.attribution.is_some());
        telling.2 += usize::from(claim.as_of_explicit);
        telling.3 = telling.3.max(Some(claim.as_of.last));
    }
    telling
}

fn as_text<S: serde::Serializer>(normal: &Normal, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(normal)
}

fn as_date<S: serde::Serializer>(date: &DateValue, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(date)
}

fn as_optional_text<S: serde::Serializer>(date: &Option<DateValue>, serializer: S) -> Result<S::Ok, S::Error> {
    match date {
        Some(date) => serializer.collect_str(date),
        None => serializer.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{claim, corpus};
    use super::super::{Verdict, judge};

    /// Sources `alpha` to `delta` each counting Ghuraba's fighters, with these extras.
    fn lead_pair(counts: [(&str, &str); 4]) -> Vec<String> {
        let claims: Vec<(&str, &str, String)> = ["alpha", "beta", "gamma", "delta"]
            .iter()
            .zip(counts)
            .map(|(source, (value, extra))| (*source, "2025-10-22", claim("ghuraba", "fighter-count", value, extra)))
            .collect();
        let claims: Vec<(&str, &str, &str)> = claims.iter().map(|(s, d, c)| (*s, *d, c.as_str())).collect();
        let (_dir, corpus) = corpus(&claims);
        let judged = judge(&corpus, crate::graph::groups(&corpus)).remove(0);
        assert_eq!(judged.verdict, Verdict::Conflict);
        let lead = &judged.findings[0];
        lead.claims
            .iter()
            .map(|&at| corpus.claim(at).unwrap().source.to_string())
            .collect()
    }

    #[test]
    fn firm_figures_lead_over_hedged_ones() {
        let lead = lead_pair([
            ("about 10", ", hedge: would be"),
            ("200", ""),
            ("about 1000", ", hedge: reportedly"),
            ("5000", ""),
        ]);
        assert_eq!(lead, ["beta", "delta"]);
    }

    #[test]
    fn among_firm_figures_attributed_ones_lead() {
        let lead = lead_pair([
            ("10", ""),
            ("200", ", attribution: the police"),
            ("1000", ""),
            ("5000", ", attribution: the army"),
        ]);
        assert_eq!(lead, ["beta", "delta"]);
    }
}
