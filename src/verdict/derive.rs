//! Derived checks: claims of different properties about one subject that imply facts about
//! each other. A start and an end imply a length; a length is checked against them. An end
//! cannot come before a start. An age implies a birth-date window, checked against a stated
//! birth date. Which properties play which part is data: the `role` of each property in the
//! catalogue. A count of an entity that lies `within` another (a battalion in a division)
//! cannot exceed the same count of the whole. Every derived group names its derivation
//! ("2020-08 to 2022-02 is 18 calendar months").

use super::normal::Normal;
use super::registry::RuleId;
use super::{Finding, Judged, Verdict};
use crate::graph::Group;
use crate::model::{Claim, ClaimRef, Corpus, Role};
use crate::value::{Bound, DateValue, Interval, Precision, ValueType};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashSet};

/// Average days in a month, for showing lengths in months.
const DAYS_PER_MONTH: f64 = 30.436875;

/// A claim taking part in a derived check.
#[derive(Clone, Copy)]
struct Part<'c> {
    at: ClaimRef,
    claim: &'c Claim,
}

/// A count claim with its readings: as read, and with the reporting tolerance.
struct Count<'c> {
    part: Part<'c>,
    strict: Interval,
    loose: Interval,
}

/// The claims about one subject that have a role, by role.
#[derive(Default)]
struct Roles<'c> {
    starts: Vec<(Part<'c>, DateValue)>,
    ends: Vec<(Part<'c>, DateValue)>,
    lengths: Vec<(Part<'c>, Interval)>,
    births: Vec<(Part<'c>, DateValue)>,
    ages: Vec<(Part<'c>, DateValue)>,
}

/// Every derived check that the claims of the corpus allow, as judged groups.
pub fn derive(corpus: &Corpus, groups: &[Group]) -> Vec<Judged> {
    let parts: Vec<(&str, Roles)> = groups
        .par_iter()
        .filter_map(|group| Some((group.subject.as_str(), roles_of(corpus, group)?)))
        .collect();
    let mut by_subject: BTreeMap<&str, Roles> = BTreeMap::new();
    for (subject, roles) in parts {
        by_subject.entry(subject).or_default().append(roles);
    }
    // One derived group per subject and checked property, whatever the checks behind it.
    let mut checks: BTreeMap<(String, String), Vec<Check>> = BTreeMap::new();
    let mut add = |subject: &str, property: &str, found: Vec<Check>| {
        if !found.is_empty() {
            checks
                .entry((subject.to_owned(), property.to_owned()))
                .or_default()
                .extend(found);
        }
    };
    for (subject, property, check) in part_of_whole(corpus, groups) {
        add(&subject, &property, vec![check]);
    }
    for (subject, roles) in &by_subject {
        if let Some((property, check)) = span_order(roles) {
            add(subject, &property, vec![check]);
        }
        for length in &roles.lengths {
            add(subject, &length.0.claim.property, span_length(roles, length));
        }
        for birth in &roles.births {
            add(subject, &birth.0.claim.property, birth_from_ages(roles, birth));
        }
    }
    checks
        .into_iter()
        .filter_map(|((subject, property), found)| derived_group(corpus, &subject, &property, found))
        .collect()
}

/// The claims of one group by the role they play, when its property has a role or is an age.
fn roles_of<'c>(corpus: &'c Corpus, group: &Group) -> Option<Roles<'c>> {
    let property = corpus
        .properties
        .get(&group.property)
        .filter(|property| property.role.is_some() || property.value_type == ValueType::Age)?;
    let mut roles = Roles::default();
    for &at in &group.claims {
        let Some(claim) = corpus.claim(at) else { continue };
        let part = Part { at, claim };
        match (property.role, Normal::of(claim, property)) {
            (Some(Role::Start), Normal::Days(days)) => roles.starts.push((part, days)),
            (Some(Role::End), Normal::Days(days)) => roles.ends.push((part, days)),
            (Some(Role::Length), Normal::Duration(days)) => roles.lengths.push((part, days)),
            (Some(Role::Birth), Normal::Days(days)) => roles.births.push((part, days)),
            (_, Normal::Birth(window)) if property.value_type == ValueType::Age => {
                roles.ages.push((part, window));
            }
            _ => {}
        }
    }
    Some(roles)
}

impl<'c> Roles<'c> {
    /// Adds the claims of another group about the same subject.
    fn append(&mut self, mut other: Roles<'c>) {
        self.starts.append(&mut other.starts);
        self.ends.append(&mut other.ends);
        self.lengths.append(&mut other.lengths);
        self.births.append(&mut other.births);
        self.ages.append(&mut other.ages);
    }
}

/// One derived comparison: what was derived, how it compares, and the claims involved.
struct Check {
    verdict: Verdict,
    rule: RuleId,
    derivation: String,
    why: String,
    claims: Vec<ClaimRef>,
}

impl Check {
    fn reason(&self) -> String {
        format!("{}: {}", self.derivation, self.why)
    }
}

/// An end before a start: the latest possible start against the earliest possible end.
/// Reported only when violated.
fn span_order(roles: &Roles) -> Option<(String, Check)> {
    let (start, start_days) = roles.starts.iter().max_by_key(|(_, days)| days.first)?;
    let (end, end_days) = roles.ends.iter().min_by_key(|(_, days)| days.last)?;
    if start_days.first <= end_days.last {
        return None;
    }
    let check = Check {
        verdict: Verdict::Conflict,
        rule: RuleId::EndsBeforeStart,
        derivation: format!(
            "{} ends {end_days}, {} starts {start_days}",
            written(end),
            written(start)
        ),
        why: "it cannot end before it starts".to_owned(),
        claims: vec![start.at, end.at],
    };
    Some((end.claim.property.to_string(), check))
}

/// A stated length against what a start and an end allow: the same source's own start and
/// end, and the most precise start and end of any source.
fn span_length(roles: &Roles, length: &(Part, Interval)) -> Vec<Check> {
    let (part, days) = length;
    let own_source = |(p, _): &&(Part, DateValue)| p.claim.source == part.claim.source;
    let own = narrowest(roles.starts.iter().filter(own_source)).zip(narrowest(roles.ends.iter().filter(own_source)));
    let best = narrowest(roles.starts.iter()).zip(narrowest(roles.ends.iter()));
    let mut pairs: Vec<_> = own.into_iter().chain(best).collect();
    pairs.dedup_by_key(|(start, end)| (start.0.at, end.0.at));
    pairs
        .into_iter()
        .filter_map(|(start, end)| judge_length((part, days), start, end))
        .collect()
}

/// The start or end with the fewest possible days.
fn narrowest<'a, 'c: 'a>(
    candidates: impl Iterator<Item = &'a (Part<'c>, DateValue)>,
) -> Option<&'a (Part<'c>, DateValue)> {
    candidates.min_by_key(|(part, days)| ((days.last - days.first).get_days(), part.at))
}

/// One length against one start and end. A length counted in months (`17 months`) between
/// dates written to the month is also held to the calendar count of months between them.
fn judge_length(
    (length, days): (&Part, &Interval),
    (start, start_days): &(Part, DateValue),
    (end, end_days): &(Part, DateValue),
) -> Option<Check> {
    let elapsed = elapsed_days(start_days, end_days)?;
    let span = if start.claim.source == end.claim.source {
        format!(
            "\"{}\" to \"{}\" ({})",
            start.claim.written, end.claim.written, start.claim.source
        )
    } else {
        format!("{} to {}", written(start), written(end))
    };
    let months = calendar_months(start_days, end_days);
    let allowed = match months {
        Some(months) => format!("{months} calendar months ({})", describe_days(&elapsed)),
        None => describe_days(&elapsed),
    };
    let stated = format!(
        "\"{}\" ({}, {})",
        length.claim.written,
        length.claim.source,
        describe_days(days)
    );
    let (verdict, rule, why) = if !days.overlaps(&elapsed) {
        (
            Verdict::Conflict,
            RuleId::LengthDoesNotFitDates,
            format!("{stated} cannot fit these dates"),
        )
    } else if months.is_some_and(|months| !days.contains(f64::from(months) * DAYS_PER_MONTH)) {
        (
            Verdict::Tension,
            RuleId::LengthFitsOnlyAtEdges,
            format!("{stated} fits only at the edges: a start late in the first month and an end early in the last"),
        )
    } else {
        (Verdict::Agree, RuleId::Compatible, format!("{stated} fits"))
    };
    let sources = [length, start, end].map(|part| (part.claim.source.as_str(), part.claim.party.as_deref()));
    let why = if verdict == Verdict::Conflict && sources.iter().all(|source| *source == sources[0]) {
        format!("{why} (the source {} contradicts itself)", sources[0].0)
    } else {
        why
    };
    Some(Check {
        verdict,
        rule,
        derivation: format!("{span} is {allowed}"),
        why,
        claims: vec![length.at, start.at, end.at],
    })
}

/// The days that can pass between a start and an end: from the latest start to the earliest
/// end, less a day (an event can start late on one day and end early on the next), up to the
/// earliest start to the latest end, plus a day. `None` when the end is before the start.
fn elapsed_days(start: &DateValue, end: &DateValue) -> Option<Interval> {
    if end.last < start.first {
        return None;
    }
    let shortest = (end.first - start.last).get_days() - 1;
    let longest = (end.last - start.first).get_days() + 1;
    Some(Interval::closed(f64::from(shortest.max(0)), f64::from(longest)))
}

/// Whole calendar months between a start and an end both written to the month
/// (`August 2020` to `February 2022` is 18).
fn calendar_months(start: &DateValue, end: &DateValue) -> Option<i32> {
    (start.precision == Precision::Month && end.precision == Precision::Month).then(|| {
        (i32::from(end.first.year()) - i32::from(start.first.year())) * 12 + i32::from(end.first.month())
            - i32::from(start.first.month())
    })
}

/// A stated birth date against every stated age: the birth-date windows must overlap.
fn birth_from_ages(roles: &Roles, birth: &(Part, DateValue)) -> Vec<Check> {
    let (part, born) = birth;
    roles
        .ages
        .iter()
        .map(|(age, window)| {
            let (verdict, rule, why) = if window.overlaps(born) {
                (Verdict::Agree, RuleId::Compatible, "the dates overlap")
            } else {
                (
                    Verdict::Conflict,
                    RuleId::AgeContradictsBirthDate,
                    "the dates do not overlap, so the age and the birth date cannot both be right",
                )
            };
            Check {
                verdict,
                rule,
                derivation: format!("{} means born {}..{}", written(age), window.first, window.last),
                why: format!("{} is {born}; {why}", written(part)),
                claims: vec![part.at, age.at],
            }
        })
        .collect()
}

/// Counts of a part against the same counts of the wholes it lies within: for each part,
/// property and whole, the largest low end of the part against the smallest high end of the
/// whole, so the cost is linear in the claims. Scoped counts are left to their own groups.
fn part_of_whole(corpus: &Corpus, groups: &[Group]) -> Vec<(String, String, Check)> {
    let nested: HashSet<&str> = corpus
        .entities
        .values()
        .filter_map(|entity| entity.within.as_deref().map(|whole| [entity.id.as_str(), whole]))
        .flatten()
        .collect();
    let counts: BTreeMap<(&str, &str), Vec<Count>> = groups
        .iter()
        .filter(|group| nested.contains(group.subject.as_str()))
        .filter_map(|group| {
            let property = corpus.properties.get(&group.property)?;
            let claims: Vec<_> = group
                .claims
                .iter()
                .filter_map(|&at| {
                    let claim = corpus.claim(at).filter(|claim| claim.scope.is_none())?;
                    match Normal::of(claim, property) {
                        Normal::Numbers { strict, loose } => Some(Count {
                            part: Part { at, claim },
                            strict,
                            loose,
                        }),
                        _ => None,
                    }
                })
                .collect();
            (property.value_type == ValueType::Count && !claims.is_empty())
                .then_some(((group.subject.as_str(), group.property.as_str()), claims))
        })
        .collect();
    let mut derived = Vec::new();
    for (&(subject, property), parts) in &counts {
        let mut whole = corpus.entities.get(subject).and_then(|entity| entity.within.as_deref());
        for _ in 0..64 {
            let Some(outer) = whole else { break };
            if let Some(wholes) = counts.get(&(outer, property))
                && let Some(check) = judge_part_of_whole(corpus, subject, outer, parts, wholes)
            {
                derived.push((subject.to_owned(), property.to_owned(), check));
            }
            whole = corpus.entities.get(outer).and_then(|entity| entity.within.as_deref());
        }
    }
    derived
}

fn judge_part_of_whole(corpus: &Corpus, part: &str, whole: &str, parts: &[Count], wholes: &[Count]) -> Option<Check> {
    let largest = parts
        .iter()
        .max_by(|a, b| low_end(&a.strict).total_cmp(&low_end(&b.strict)))?;
    let smallest = wholes
        .iter()
        .min_by(|a, b| high_end(&a.strict).total_cmp(&high_end(&b.strict)))?;
    let (verdict, rule, why) = if super::rules::part_can_fit(&largest.strict, &smallest.strict) {
        return None;
    } else if super::rules::part_can_fit(&largest.loose, &smallest.loose) {
        (
            Verdict::Tension,
            RuleId::PartFitsOnlyWithinTolerance,
            "the part fits only within the reporting tolerance",
        )
    } else {
        (
            Verdict::Conflict,
            RuleId::PartExceedsWhole,
            "the part cannot be larger than the whole",
        )
    };
    Some(Check {
        verdict,
        rule,
        derivation: format!(
            "{} is part of {}, so its count cannot exceed {} of {}",
            corpus.entity_name(part),
            corpus.entity_name(whole),
            written(&smallest.part),
            corpus.entity_name(whole)
        ),
        why: format!("{} is more; {why}", written(&largest.part)),
        claims: vec![largest.part.at, smallest.part.at],
    })
}

fn low_end(interval: &Interval) -> f64 {
    match interval.lo {
        Bound::Closed(x) | Bound::Open(x) => x,
        Bound::Unbounded => f64::NEG_INFINITY,
    }
}

fn high_end(interval: &Interval) -> f64 {
    bound_value(interval.hi)
}

/// A claim as its value and source: `"August 2020" (bfmtv-oumar-diaby)`.
fn written(part: &Part) -> String {
    format!("\"{}\" ({})", part.claim.written, part.claim.source)
}

/// The judged group of some checks on one subject and property: the worst check decides,
/// every claim of every check is in it, and the checks that do not agree are its findings.
fn derived_group(corpus: &Corpus, subject: &str, property: &str, mut checks: Vec<Check>) -> Option<Judged> {
    checks.sort_by_key(|check| std::cmp::Reverse(check.verdict));
    let worst = checks.first()?;
    let mut claims: Vec<ClaimRef> = checks.iter().flat_map(|check| check.claims.iter().copied()).collect();
    claims.sort();
    claims.dedup();
    let normals = claims
        .iter()
        .filter_map(|&at| {
            let claim = corpus.claim(at)?;
            corpus
                .properties
                .get(claim.property.as_str())
                .map(|property| Normal::of(claim, property))
        })
        .collect();
    Some(Judged {
        verdict: worst.verdict,
        rule: worst.rule,
        reason: worst.reason(),
        derivation: Some(worst.derivation.clone()),
        group: Group {
            subject: subject.to_owned(),
            property: property.to_owned(),
            claims,
        },
        normals,
        findings: checks
            .iter()
            .filter(|check| check.verdict != Verdict::Agree)
            .map(|check| Finding {
                verdict: check.verdict,
                rule: check.rule,
                reason: check.reason(),
                claims: check.claims.clone(),
                evidence: None,
            })
            .collect(),
    })
}

/// `518 to 577 days`, `1 day`.
fn describe_days(days: &Interval) -> String {
    let (lo, hi) = (bound_value(days.lo), bound_value(days.hi));
    let unit = |n: f64| if (n - 1.0).abs() < 0.5 { "day" } else { "days" };
    if (hi - lo).abs() < 0.5 {
        format!("{lo:.0} {}", unit(lo))
    } else {
        format!("{lo:.0} to {hi:.0} {}", unit(hi))
    }
}

fn bound_value(bound: Bound) -> f64 {
    match bound {
        Bound::Closed(x) | Bound::Open(x) => x,
        Bound::Unbounded => f64::INFINITY,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{claim, corpus};
    use super::super::{Judged, Verdict, judge};
    use crate::graph::ClaimGraph;

    /// The derived groups of a corpus of (source, published, claims) entries.
    fn derived(sources: &[(&str, &str, &str)]) -> Vec<Judged> {
        let (_dir, corpus) = corpus(sources);
        {
            let graph = ClaimGraph::build(&corpus);
            judge(&corpus, &graph, crate::graph::groups(&corpus))
        }
        .into_iter()
        .filter(|judged| judged.derivation.is_some())
        .collect()
    }

    fn only(sources: &[(&str, &str, &str)]) -> Judged {
        let mut groups = derived(sources);
        assert_eq!(groups.len(), 1, "{groups:#?}");
        groups.remove(0)
    }

    fn span(start: &str, end: &str) -> String {
        claim("ghuraba", "start", start, "") + &claim("ghuraba", "end", end, "")
    }

    #[test]
    fn a_length_one_month_short_of_the_calendar_months_is_tension() {
        let judged = only(&[
            ("alpha", "2025-10", &span("August 2020", "February 2022")),
            ("beta", "2025-10", &claim("ghuraba", "duration", "17 months", "")),
        ]);
        assert_eq!(judged.verdict, Verdict::Tension, "{}", judged.reason);
        assert_eq!(
            judged.derivation.as_deref(),
            Some("\"August 2020\" to \"February 2022\" (alpha) is 18 calendar months (518 to 577 days)")
        );
        assert_eq!(judged.group.property, "duration");
        assert_eq!(judged.group.claims.len(), 3);
    }

    #[test]
    fn a_length_matching_the_calendar_months_agrees() {
        let judged = only(&[
            ("alpha", "2025-10", &span("August 2020", "February 2022")),
            ("beta", "2025-10", &claim("ghuraba", "duration", "18 months", "")),
        ]);
        assert_eq!(judged.verdict, Verdict::Agree, "{}", judged.reason);
    }

    #[test]
    fn a_length_that_cannot_fit_the_dates_conflicts() {
        let judged = only(&[
            ("alpha", "2025-10", &span("August 2020", "February 2022")),
            ("beta", "2025-10", &claim("ghuraba", "duration", "five months", "")),
        ]);
        assert_eq!(judged.verdict, Verdict::Conflict, "{}", judged.reason);
        assert!(judged.reason.contains("cannot fit these dates"), "{}", judged.reason);
        assert!(!judged.reason.contains("contradicts itself"), "{}", judged.reason);
    }

    #[test]
    fn a_source_whose_own_length_contradicts_its_dates_contradicts_itself() {
        let claims = span("2020", "2021") + &claim("ghuraba", "duration", "five years", "");
        let judged = only(&[("alpha", "2025-10", &claims)]);
        assert_eq!(judged.verdict, Verdict::Conflict, "{}", judged.reason);
        assert!(
            judged.reason.contains("(the source alpha contradicts itself)"),
            "{}",
            judged.reason
        );
    }

    #[test]
    fn years_are_not_held_to_a_calendar_count() {
        let claims = span("2020", "2022") + &claim("ghuraba", "duration", "17 months", "");
        let judged = only(&[("alpha", "2025-10", &claims)]);
        assert_eq!(judged.verdict, Verdict::Agree, "{}", judged.reason);
        assert!(judged.findings.is_empty());
    }

    #[test]
    fn a_one_day_event_starting_and_ending_on_one_day_agrees() {
        let judged = only(&[
            ("alpha", "2025-10-22", &span("October 22", "Wednesday")),
            ("beta", "2025-10", &claim("ghuraba", "duration", "one day", "")),
        ]);
        assert_eq!(judged.verdict, Verdict::Agree, "{}", judged.reason);
        assert!(judged.reason.contains("is 0 to 1 day"), "{}", judged.reason);
    }

    #[test]
    fn an_end_before_the_start_conflicts() {
        let judged = only(&[
            ("alpha", "2025-10", &claim("ghuraba", "start", "2021", "")),
            ("beta", "2025-10", &claim("ghuraba", "end", "August 2020", "")),
        ]);
        assert_eq!(judged.verdict, Verdict::Conflict, "{}", judged.reason);
        assert!(
            judged.reason.contains("cannot end before it starts"),
            "{}",
            judged.reason
        );
        assert_eq!(judged.group.property, "end");
    }

    #[test]
    fn an_end_after_the_start_derives_nothing_without_a_length() {
        assert!(derived(&[("alpha", "2025-10", &span("2020", "2022"))]).is_empty());
    }

    #[test]
    fn a_count_of_a_part_larger_than_the_count_of_its_whole_conflicts() {
        let judged = only(&[
            ("alpha", "2025-10", &claim("harem", "fighter-count", "about 300", "")),
            ("beta", "2025-10", &claim("idlib", "fighter-count", "dozens", "")),
        ]);
        assert_eq!(judged.verdict, Verdict::Conflict, "{}", judged.reason);
        assert_eq!(
            judged.reason,
            "Harem is part of Idlib province, so its count cannot exceed \"dozens\" (beta) of Idlib province: \
             \"about 300\" (alpha) is more; the part cannot be larger than the whole"
        );
        assert!(
            derived(&[
                ("alpha", "2025-10", &claim("harem", "fighter-count", "about 30", "")),
                ("beta", "2025-10", &claim("idlib", "fighter-count", "dozens", "")),
            ])
            .is_empty()
        );
    }

    #[test]
    fn an_age_implies_a_birth_window_checked_against_a_birth_date() {
        let ages = claim("diaby", "age", "50", "");
        let agreeing = only(&[
            ("alpha", "2025-10-22", &ages),
            ("beta", "2025-10", &claim("Omar Omsen", "born", "1975", "")),
        ]);
        assert_eq!(agreeing.verdict, Verdict::Agree, "{}", agreeing.reason);
        let conflicting = only(&[
            ("alpha", "2025-10-22", &ages),
            ("beta", "2025-10", &claim("diaby", "born", "1980", "")),
        ]);
        assert_eq!(conflicting.verdict, Verdict::Conflict, "{}", conflicting.reason);
        assert!(
            conflicting
                .reason
                .starts_with("\"50\" (alpha) means born 1974-10-23..1975-10-22"),
            "{}",
            conflicting.reason
        );
        assert_eq!(conflicting.group.property, "born");
    }
}
