//! Derived checks: claims of different properties about one subject that imply facts about
//! each other. A start and an end imply a length; a length is checked against them. An end
//! cannot come before a start. An age implies a birth-date window, checked against a stated
//! birth date. Which properties play which part is data: the `role` of each property in the
//! catalogue. A count of an entity that lies `within` another (a battalion in a division)
//! cannot exceed the same count of the whole. Every derived group carries the evidence of
//! its derivation as data (the claims, the days a start and an end allow, the calendar
//! months between them); reporters put it in words.

use super::edge::Stretch;
use super::evidence::{Evidence, Facts, SideEvidence, side_evidence};
use super::normal::Normal;
use super::registry::RuleId;
use super::wording;
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
    titles: Vec<(Part<'c>, String)>,
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
        if let Some((property, check)) = span_order(roles, corpus) {
            add(subject, &property, vec![check]);
        }
        for length in &roles.lengths {
            add(subject, &length.0.claim.property, span_length(roles, length, corpus));
        }
        for birth in &roles.births {
            add(subject, &birth.0.claim.property, birth_from_ages(roles, birth, corpus));
        }
    }
    for (subject, property, check) in titles_outside_terms(corpus, &by_subject) {
        add(&subject, &property, vec![check]);
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
            (Some(Role::Title), Normal::Text(title)) => roles.titles.push((part, title)),
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
        self.titles.append(&mut other.titles);
    }
}

/// One derived comparison: its verdict, rule and evidence, and the claims involved.
struct Check {
    verdict: Verdict,
    rule: RuleId,
    evidence: Evidence,
    claims: Vec<ClaimRef>,
}

impl Check {
    /// A check on these parts (in the order its facts name them).
    fn of(verdict: Verdict, rule: RuleId, facts: Facts, parts: &[&Part], corpus: &Corpus) -> Check {
        Check {
            verdict,
            rule,
            evidence: Evidence {
                sides: parts.iter().filter_map(|part| side(part, corpus)).collect(),
                facts,
            },
            claims: parts.iter().map(|part| part.at).collect(),
        }
    }
}

/// A part as a side of the evidence, with its normal form.
fn side(part: &Part, corpus: &Corpus) -> Option<SideEvidence> {
    let property = corpus.properties.get(part.claim.property.as_str())?;
    Some(side_evidence(part.claim, &Normal::of(part.claim, property), corpus))
}

/// An end before a start: the latest possible start against the earliest possible end.
/// Reported only when violated.
fn span_order(roles: &Roles, corpus: &Corpus) -> Option<(String, Check)> {
    let (start, start_days) = roles.starts.iter().max_by_key(|(_, days)| days.first)?;
    let (end, end_days) = roles.ends.iter().min_by_key(|(_, days)| days.last)?;
    if start_days.first <= end_days.last {
        return None;
    }
    let check = Check::of(
        Verdict::Conflict,
        RuleId::EndsBeforeStart,
        Facts::EndsBeforeStart,
        &[end, start],
        corpus,
    );
    Some((end.claim.property.to_string(), check))
}

/// A stated length against what a start and an end allow: the same source's own start and
/// end, and the most precise start and end of any source.
fn span_length(roles: &Roles, length: &(Part, Interval), corpus: &Corpus) -> Vec<Check> {
    let (part, days) = length;
    let own_source = |(p, _): &&(Part, DateValue)| p.claim.source == part.claim.source;
    let own = narrowest(roles.starts.iter().filter(own_source)).zip(narrowest(roles.ends.iter().filter(own_source)));
    let best = narrowest(roles.starts.iter()).zip(narrowest(roles.ends.iter()));
    let mut pairs: Vec<_> = own.into_iter().chain(best).collect();
    pairs.dedup_by_key(|(start, end)| (start.0.at, end.0.at));
    pairs
        .into_iter()
        .filter_map(|(start, end)| judge_length((part, days), start, end, corpus))
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
    corpus: &Corpus,
) -> Option<Check> {
    let elapsed = elapsed_days(start_days, end_days)?;
    let months = calendar_months(start_days, end_days);
    let (verdict, rule) = if !days.overlaps(&elapsed) {
        (Verdict::Conflict, RuleId::LengthDoesNotFitDates)
    } else if months.is_some_and(|months| !days.contains(f64::from(months) * DAYS_PER_MONTH)) {
        (Verdict::Tension, RuleId::LengthFitsOnlyAtEdges)
    } else {
        (Verdict::Agree, RuleId::Compatible)
    };
    let facts = Facts::Length {
        allowed: Stretch::of_interval(&elapsed),
        calendar_months: months,
    };
    Some(Check::of(verdict, rule, facts, &[length, start, end], corpus))
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
fn birth_from_ages(roles: &Roles, birth: &(Part, DateValue), corpus: &Corpus) -> Vec<Check> {
    let (part, born) = birth;
    roles
        .ages
        .iter()
        .map(|(age, window)| {
            let (verdict, rule) = if window.overlaps(born) {
                (Verdict::Agree, RuleId::Compatible)
            } else {
                (Verdict::Conflict, RuleId::AgeContradictsBirthDate)
            };
            Check::of(verdict, rule, Facts::AgeAgainstBirthDate, &[part, age], corpus)
        })
        .collect()
}

/// Titles given outside a term of office: for every event the registry gives a `post`, each
/// title of one of its holders that names that post (in the same or fuller words), against
/// the term's earliest start and latest end. A title given for a date wholly before the start
/// or after the end is a tension: the title, the date or the term's date is wrong.
fn titles_outside_terms(corpus: &Corpus, by_subject: &BTreeMap<&str, Roles>) -> Vec<(String, String, Check)> {
    let mut found = Vec::new();
    for term in corpus.entities.values() {
        let (Some(post), Some(dates)) = (term.post.as_deref(), by_subject.get(term.id.as_str())) else {
            continue;
        };
        let post = crate::value::normalize_text(post);
        let start = dates.starts.iter().min_by_key(|(_, days)| days.first);
        let end = dates.ends.iter().max_by_key(|(_, days)| days.last);
        let titles = term
            .involves
            .iter()
            .filter_map(|holder| by_subject.get(holder.as_str()))
            .flat_map(|holder| &holder.titles)
            .filter(|(_, title)| *title == post || wording::relation(title, &post).is_some());
        for (title, _) in titles {
            let held = &title.claim.as_of;
            let outside = match (start, end) {
                (Some(start), _) if held.last < start.1.first => Some((start, true)),
                (_, Some(end)) if held.first > end.1.last => Some((end, false)),
                _ => None,
            };
            if let Some(((bound, _), before)) = outside {
                let facts = Facts::TitleOutsideTerm {
                    term: term.name.clone(),
                    held: *held,
                    before,
                };
                let check = Check::of(
                    Verdict::Tension,
                    RuleId::TitleOutsideTerm,
                    facts,
                    &[title, bound],
                    corpus,
                );
                found.push((title.claim.subject.to_string(), title.claim.property.to_string(), check));
            }
        }
    }
    found
}

/// Counts of a part against the same counts of the wholes it lies within: for each part,
/// property and whole, every pair that does not fit (see [`judge_part_of_whole`]). Scoped
/// counts are left to their own groups.
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
                        Normal::Numbers { strict, loose, .. } => Some(Count {
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
            if let Some(wholes) = counts.get(&(outer, property)) {
                let checks = judge_part_of_whole(corpus, subject, outer, parts, wholes);
                derived.extend(
                    checks
                        .into_iter()
                        .map(|check| (subject.to_owned(), property.to_owned(), check)),
                );
            }
            whole = corpus.entities.get(outer).and_then(|entity| entity.within.as_deref());
        }
    }
    derived
}

/// Parts and wholes up to this many pairs have every pair judged; more are swept: each part
/// against the whole with the smallest high end and each whole against the part with the
/// largest low end, so the cost stays linear in the claims.
const EVERY_PART_PAIR: usize = 64;

/// Every count of a part against every count of its whole that it cannot fit below (each
/// claim's worst pair, for many claims), the most telling first: firm figures over hedged
/// ones (a reported toll over a projection), then attributed, dated and recent ones.
fn judge_part_of_whole(corpus: &Corpus, part: &str, whole: &str, parts: &[Count], wholes: &[Count]) -> Vec<Check> {
    let mut pairs: Vec<(usize, usize)> = if parts.len() * wholes.len() <= EVERY_PART_PAIR {
        (0..parts.len())
            .flat_map(|i| (0..wholes.len()).map(move |j| (i, j)))
            .collect()
    } else {
        let smallest = wholes
            .iter()
            .enumerate()
            .min_by(|(_, a), (_, b)| high_end(&a.strict).total_cmp(&high_end(&b.strict)))
            .map(|(at, _)| at);
        let largest = parts
            .iter()
            .enumerate()
            .max_by(|(_, a), (_, b)| low_end(&a.strict).total_cmp(&low_end(&b.strict)))
            .map(|(at, _)| at);
        let mut swept: Vec<(usize, usize)> = Vec::new();
        swept.extend(smallest.into_iter().flat_map(|j| (0..parts.len()).map(move |i| (i, j))));
        swept.extend(largest.into_iter().flat_map(|i| (0..wholes.len()).map(move |j| (i, j))));
        swept
    };
    pairs.sort_unstable();
    pairs.dedup();
    let facts = Facts::PartOfWhole {
        part: corpus.entity_name(part).to_owned(),
        whole: corpus.entity_name(whole).to_owned(),
    };
    let mut checks: Vec<Check> = pairs
        .into_iter()
        .filter_map(|(i, j)| {
            let (inner, outer) = (parts.get(i)?, wholes.get(j)?);
            let (verdict, rule) = if apart_in_time(&inner.part, &outer.part, corpus)
                || super::rules::part_can_fit(&inner.strict, &outer.strict)
            {
                return None;
            } else if super::rules::part_can_fit(&inner.loose, &outer.loose) {
                (Verdict::Tension, RuleId::PartFitsOnlyWithinTolerance)
            } else {
                (Verdict::Conflict, RuleId::PartExceedsWhole)
            };
            Some(Check::of(
                verdict,
                rule,
                facts.clone(),
                &[&inner.part, &outer.part],
                corpus,
            ))
        })
        .collect();
    checks.sort_by_cached_key(|check| {
        (
            std::cmp::Reverse(check.verdict),
            std::cmp::Reverse(super::evidence::telling(&check.claims, corpus)),
        )
    });
    checks
}

/// Whether a part's count and its whole's are dated far enough apart, on a property that
/// changes over time, for the whole to have grown since (or shrunk): drift, not a finding.
/// A running total's part counted before its whole can never exceed it, so it stays checked.
fn apart_in_time(part: &Part, whole: &Part, corpus: &Corpus) -> bool {
    let Some(property) = corpus.properties.get(part.claim.property.as_str()) else {
        return false;
    };
    let Some(threshold) = property.drift_after_days.filter(|_| property.changes_over_time) else {
        return false;
    };
    let (part_on, whole_on) = (&part.claim.as_of, &whole.claim.as_of);
    let far = part_on.days_apart(whole_on) as f64 >= threshold;
    far && !(property.running_total && part_on.last < whole_on.first)
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
        derivation: Some(worst.evidence.clone()),
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
                claims: check.claims.clone(),
                evidence: Some(check.evidence.clone()),
            })
            .collect(),
    })
}

fn bound_value(bound: Bound) -> f64 {
    match bound {
        Bound::Closed(x) | Bound::Open(x) => x,
        Bound::Unbounded => f64::INFINITY,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{claim, corpus, words};
    use super::super::{Judged, Verdict, judge};

    /// A derived group with its reason, in the words reports show.
    struct Derived {
        judged: Judged,
        reason: String,
        /// The source of each claim of the group.
        sources: std::collections::BTreeMap<crate::model::ClaimRef, String>,
    }

    /// The derived groups of a corpus of (source, published, claims) entries.
    fn derived(sources: &[(&str, &str, &str)]) -> Vec<Derived> {
        let (_dir, corpus) = corpus(sources);
        judge(&corpus, crate::graph::groups(&corpus))
            .into_iter()
            .filter(|judged| judged.derivation.is_some())
            .map(|judged| Derived {
                reason: words(&judged, &corpus),
                sources: judged
                    .group
                    .claims
                    .iter()
                    .filter_map(|&at| Some((at, corpus.claim(at)?.source.to_string())))
                    .collect(),
                judged,
            })
            .collect()
    }

    fn only(sources: &[(&str, &str, &str)]) -> Derived {
        let mut groups = derived(sources);
        assert_eq!(
            groups.len(),
            1,
            "{:#?}",
            groups.iter().map(|group| &group.reason).collect::<Vec<_>>()
        );
        groups.remove(0)
    }

    fn span(start: &str, end: &str) -> String {
        claim("ghuraba", "start", start, "") + &claim("ghuraba", "end", end, "")
    }

    #[test]
    fn a_length_one_month_short_of_the_calendar_months_is_tension() {
        let check = only(&[
            ("alpha", "2025-10", &span("August 2020", "February 2022")),
            ("beta", "2025-10", &claim("ghuraba", "duration", "17 months", "")),
        ]);
        assert_eq!(check.judged.verdict, Verdict::Tension, "{}", check.reason);
        assert_eq!(
            crate::report::reason::derivation(&check.judged).as_deref(),
            Some("\"August 2020\" to \"February 2022\" (alpha) is 18 calendar months (518 to 577 days)")
        );
        assert_eq!(check.judged.group.property, "duration");
        assert_eq!(check.judged.group.claims.len(), 3);
    }

    #[test]
    fn a_length_matching_the_calendar_months_agrees() {
        let check = only(&[
            ("alpha", "2025-10", &span("August 2020", "February 2022")),
            ("beta", "2025-10", &claim("ghuraba", "duration", "18 months", "")),
        ]);
        assert_eq!(check.judged.verdict, Verdict::Agree, "{}", check.reason);
    }

    #[test]
    fn a_length_that_cannot_fit_the_dates_conflicts() {
        let check = only(&[
            ("alpha", "2025-10", &span("August 2020", "February 2022")),
            ("beta", "2025-10", &claim("ghuraba", "duration", "five months", "")),
        ]);
        assert_eq!(check.judged.verdict, Verdict::Conflict, "{}", check.reason);
        assert!(check.reason.contains("cannot fit these dates"), "{}", check.reason);
        assert!(!check.reason.contains("contradicts itself"), "{}", check.reason);
    }

    #[test]
    fn a_source_whose_own_length_contradicts_its_dates_contradicts_itself() {
        let claims = span("2020", "2021") + &claim("ghuraba", "duration", "five years", "");
        let check = only(&[("alpha", "2025-10", &claims)]);
        assert_eq!(check.judged.verdict, Verdict::Conflict, "{}", check.reason);
        assert!(check.reason.contains("alpha contradicts itself"), "{}", check.reason);
    }

    #[test]
    fn years_are_not_held_to_a_calendar_count() {
        let claims = span("2020", "2022") + &claim("ghuraba", "duration", "17 months", "");
        let check = only(&[("alpha", "2025-10", &claims)]);
        assert_eq!(check.judged.verdict, Verdict::Agree, "{}", check.reason);
        assert!(check.judged.findings.is_empty());
    }

    #[test]
    fn a_one_day_event_starting_and_ending_on_one_day_agrees() {
        let check = only(&[
            ("alpha", "2025-10-22", &span("October 22", "Wednesday")),
            ("beta", "2025-10", &claim("ghuraba", "duration", "one day", "")),
        ]);
        assert_eq!(check.judged.verdict, Verdict::Agree, "{}", check.reason);
        assert!(check.reason.contains("is 0 to 1 day"), "{}", check.reason);
    }

    #[test]
    fn an_end_before_the_start_conflicts() {
        let check = only(&[
            ("alpha", "2025-10", &claim("ghuraba", "start", "2021", "")),
            ("beta", "2025-10", &claim("ghuraba", "end", "August 2020", "")),
        ]);
        assert_eq!(check.judged.verdict, Verdict::Conflict, "{}", check.reason);
        assert!(check.reason.contains("cannot end before it starts"), "{}", check.reason);
        assert_eq!(check.judged.group.property, "end");
    }

    #[test]
    fn an_end_after_the_start_derives_nothing_without_a_length() {
        assert!(derived(&[("alpha", "2025-10", &span("2020", "2022"))]).is_empty());
    }

    #[test]
    fn a_count_of_a_part_larger_than_the_count_of_its_whole_conflicts() {
        let check = only(&[
            ("alpha", "2025-10", &claim("harem", "fighter-count", "about 300", "")),
            ("beta", "2025-10", &claim("idlib", "fighter-count", "dozens", "")),
        ]);
        assert_eq!(check.judged.verdict, Verdict::Conflict, "{}", check.reason);
        assert_eq!(
            check.reason,
            "Harem is part of Idlib province, so its count cannot exceed \"dozens\" (beta) for Idlib province; \
             alpha says \"about 300\", more: the part cannot be larger than the whole."
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
    fn every_part_above_its_whole_is_a_finding_and_a_reported_figure_leads_over_a_projection() {
        let check = only(&[
            ("alpha", "2025-10-22", &claim("harem", "casualties", "300", "")),
            (
                "beta",
                "2025-10-22",
                &claim(
                    "harem",
                    "casualties",
                    "900",
                    ", hedge: could reach, attribution: the mayor",
                ),
            ),
            (
                "gamma",
                "2025-10-22",
                &claim("idlib", "casualties", "250", ", attribution: a UN agency"),
            ),
            ("delta", "2025-10-22", &claim("idlib", "casualties", "2000", "")),
        ]);
        assert_eq!(check.judged.verdict, Verdict::Conflict, "{}", check.reason);
        let pairs = finding_sources(&check);
        assert_eq!(pairs, [["alpha", "gamma"], ["beta", "gamma"]]);
        assert_eq!(
            check.reason,
            "Harem is part of Idlib province, so its count cannot exceed \"250\" (gamma) for Idlib province; \
             alpha says \"300\", more: the part cannot be larger than the whole."
        );
    }

    /// The sources of the claims of each finding of a derived group.
    fn finding_sources(check: &Derived) -> Vec<Vec<String>> {
        let source = |at| check.sources.get(&at).cloned().unwrap_or_default();
        check
            .judged
            .findings
            .iter()
            .map(|finding| finding.claims.iter().map(|&at| source(at)).collect())
            .collect()
    }

    #[test]
    fn a_toll_of_a_part_is_held_to_its_whole_only_when_the_whole_is_not_older() {
        let toll = |subject: &str, value: &str| claim(subject, "killed", value, "");
        let check = only(&[
            ("alpha", "2025-03-29", &toll("idlib", "600")),
            ("beta", "2025-04-02", &(toll("idlib", "2,900") + &toll("harem", "3100"))),
            ("gamma", "2025-04-01", &toll("harem", "1,300")),
        ]);
        let pairs = finding_sources(&check);
        assert_eq!(pairs, [["beta", "beta"]], "{}", check.reason);
        assert!(check.reason.starts_with("beta contradicts itself"), "{}", check.reason);
        assert!(
            derived(&[
                ("alpha", "2025-03-29", &toll("idlib", "600")),
                ("gamma", "2025-04-01", &toll("harem", "1,300")),
            ])
            .is_empty(),
            "a part counted days after its whole may exceed it"
        );
        let earlier = only(&[
            ("alpha", "2025-03-29", &toll("harem", "1,300")),
            ("beta", "2025-04-02", &toll("idlib", "600")),
        ]);
        assert_eq!(earlier.judged.verdict, Verdict::Conflict, "{}", earlier.reason);
    }

    #[test]
    fn an_age_implies_a_birth_window_checked_against_a_birth_date() {
        let ages = claim("diaby", "age", "50", "");
        let agreeing = only(&[
            ("alpha", "2025-10-22", &ages),
            ("beta", "2025-10", &claim("Omar Omsen", "born", "1975", "")),
        ]);
        assert_eq!(agreeing.judged.verdict, Verdict::Agree, "{}", agreeing.reason);
        let conflicting = only(&[
            ("alpha", "2025-10-22", &ages),
            ("beta", "2025-10", &claim("diaby", "born", "1980", "")),
        ]);
        assert_eq!(conflicting.judged.verdict, Verdict::Conflict, "{}", conflicting.reason);
        assert!(
            conflicting
                .reason
                .starts_with("\"50\" (alpha) means born between 23 October 1974 and 22 October 1975"),
            "{}",
            conflicting.reason
        );
        assert_eq!(conflicting.judged.group.property, "born");
    }
}
