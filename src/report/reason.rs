//! Reasons in an editor's words, made from the evidence a finding carries: outlets by name,
//! values as written, readings in plain words ("read as 128 to 172", "more than 70"), who
//! a figure is attributed to, its hedge and its date; one sentence, no interval notation,
//! no pair counts. The only place that writes reasons: the verdict engine gives rule ids
//! and evidence, and every renderer asks here for the words of what it shows, when it shows
//! it, so every format and view (and the Python package) says the same. JSON also keeps the
//! evidence as data.

use crate::graph::ClaimGraph;
use crate::model::Corpus;
use crate::value::{Bound, DateValue, Interval, Precision};
use crate::verdict::{
    Edge, Evidence, Facts, Finding, FitFacts, Judged, Normal, Rule, RuleId, SideEvidence, Stretch, Verdict, Why,
};
use jiff::civil::Date;

/// The reason of a group in an editor's words: a derived check's from its derivation; an
/// agreeing group's from who says what and how many independent origins that is; any other
/// group's from its most telling finding.
pub fn group(judged: &Judged, corpus: &Corpus, graph: &ClaimGraph) -> String {
    match (&judged.derivation, judged.findings.first()) {
        (Some(evidence), _) => derived(judged.rule, evidence),
        (None, _) if judged.verdict == Verdict::Agree => agreement(judged, corpus, graph),
        (None, Some(lead)) => match also_contradicts_itself(judged, lead, corpus) {
            Some(also) => format!("{}; {also}.", finding(lead, corpus).trim_end_matches('.')),
            None => finding(lead, corpus),
        },
        (None, None) => format!("{}.", Rule::of(judged.rule).summary.trim_end_matches('.')),
    }
}

/// `Alpha Post also contradicts itself, saying "5,300" and "3,800"`, when the group's lead
/// pair is not an outlet contradicting itself but another conflict of the group is.
fn also_contradicts_itself(judged: &Judged, lead: &Finding, corpus: &Corpus) -> Option<String> {
    if lead.contradicts_itself(corpus).is_some() {
        return None;
    }
    judged.findings.iter().find_map(|finding| {
        finding.contradicts_itself(corpus)?;
        let evidence = finding.evidence.as_ref()?;
        match evidence.sides.as_slice() {
            [a, b] => Some(format!(
                "{} also contradicts itself, saying {} and {}",
                a.outlet,
                value_words(a, corpus),
                value_words(b, corpus)
            )),
            _ => None,
        }
    })
}

/// One finding's reason, from its evidence (the rule's summary for a finding whose evidence
/// was not gathered).
pub fn finding(finding: &Finding, corpus: &Corpus) -> String {
    match &finding.evidence {
        Some(evidence) if is_derived(&evidence.facts) => derived(finding.rule, evidence),
        Some(evidence) => sentence(finding.verdict, evidence, corpus),
        None => format!("{}.", Rule::of(finding.rule).summary.trim_end_matches('.')),
    }
}

/// What a derived check derived, in words (`"August 2020" to "February 2022" (Le Monde) is
/// 18 calendar months (518 to 577 days)`); `None` for an ordinary group.
pub fn derivation(judged: &Judged) -> Option<String> {
    judged.derivation.as_ref().map(derivation_words)
}

/// One finding's reason: both sides as their outlets give them, then what the rule found.
pub fn sentence(verdict: Verdict, evidence: &Evidence, corpus: &Corpus) -> String {
    let (Some(a), Some(b)) = (evidence.sides.first(), evidence.sides.get(1)) else {
        return String::new();
    };
    let why = facts_words(&evidence.facts, [a, b]);
    let mut words = if a.source == b.source && a.party != b.party {
        parties_words(verdict, a, b, corpus)
    } else if a.source == b.source {
        let mut words = who_words(a);
        words.push_str(if verdict == Verdict::Conflict {
            " contradicts itself, saying "
        } else {
            " says "
        });
        push_value_words(&mut words, a, corpus);
        words.push_str(" and ");
        push_value_words(&mut words, b, corpus);
        words
    } else {
        let mut words = side_words(a, corpus);
        words.push_str(" and ");
        words.push_str(&side_words(b, corpus));
        words
    };
    for part in [": ", &why, "."] {
        words.push_str(part);
    }
    words
}

/// Whether the facts are those of a derived check.
fn is_derived(facts: &Facts) -> bool {
    matches!(
        facts,
        Facts::EndsBeforeStart
            | Facts::Length { .. }
            | Facts::AgeAgainstBirthDate
            | Facts::PartOfWhole { .. }
            | Facts::TitleOutsideTerm { .. }
    )
}

/// A derived check's reason: what was derived, then how the claims fit it; a source whose
/// own claims conflict is said to contradict itself.
fn derived(rule: RuleId, evidence: &Evidence) -> String {
    let sides = &evidence.sides;
    let says = |at: usize| {
        sides
            .get(at)
            .map_or_else(String::new, |side| format!("{} says \"{}\"", side.outlet, side.written))
    };
    let why = match &evidence.facts {
        Facts::EndsBeforeStart => "it cannot end before it starts".to_owned(),
        Facts::Length { .. } => {
            let fit = match rule {
                RuleId::LengthDoesNotFitDates => "which cannot fit these dates",
                RuleId::LengthFitsOnlyAtEdges => {
                    "which fits only at the edges: a start late in the first month and an end early in the last"
                }
                _ => "which fits",
            };
            let stated = sides
                .first()
                .and_then(|side| reading(&side.normal).or_else(|| exact_days(&side.normal)))
                .map(|days| format!(" ({days})"))
                .unwrap_or_default();
            format!("{}{stated}, {fit}", says(0))
        }
        Facts::AgeAgainstBirthDate if rule == RuleId::Compatible => format!("{}, which fits", says(0)),
        Facts::AgeAgainstBirthDate => format!("{}: the age and the birth date cannot both be right", says(0)),
        Facts::PartOfWhole { .. } if rule == RuleId::PartFitsOnlyWithinTolerance => {
            format!("{}, which fits only within the reporting tolerance", says(0))
        }
        Facts::PartOfWhole { .. } => format!("{}, more: the part cannot be larger than the whole", says(0)),
        Facts::TitleOutsideTerm { before: true, .. } => "the title is given before the term began".to_owned(),
        Facts::TitleOutsideTerm { before: false, .. } => "the title is given after the term ended".to_owned(),
        _ => String::new(),
    };
    let one_source = sides.first().filter(|first| {
        sides
            .iter()
            .all(|side| (&side.source, &side.party) == (&first.source, &first.party))
    });
    let opening = match one_source {
        Some(only) if Rule::of(rule).verdict == Verdict::Conflict => format!("{} contradicts itself: ", only.outlet),
        _ => String::new(),
    };
    format!("{opening}{}; {why}.", derivation_words(evidence))
}

/// What a derived check derived: `"August 2020" to "February 2022" (Le Monde) is 18
/// calendar months (518 to 577 days)`.
fn derivation_words(evidence: &Evidence) -> String {
    let side = |at: usize| evidence.sides.get(at);
    let quoted =
        |at: usize| side(at).map_or_else(String::new, |side| format!("\"{}\" ({})", side.written, side.outlet));
    match &evidence.facts {
        Facts::EndsBeforeStart => format!("it ends {} and starts {}", quoted(0), quoted(1)),
        Facts::Length {
            allowed,
            calendar_months,
        } => {
            let span = match (side(1), side(2)) {
                (Some(start), Some(end)) if start.source == end.source => {
                    format!("\"{}\" to \"{}\" ({})", start.written, end.written, start.outlet)
                }
                _ => format!("{} to {}", quoted(1), quoted(2)),
            };
            let days = days_span_words(*allowed);
            match calendar_months {
                Some(months) => {
                    let months = usize::try_from(*months).unwrap_or_default();
                    format!(
                        "{span} is {} ({days})",
                        crate::counted::counted(months, "calendar month", "calendar months")
                    )
                }
                None => format!("{span} is {days}"),
            }
        }
        Facts::AgeAgainstBirthDate => {
            let born = side(1).and_then(|age| reading(&age.normal)).unwrap_or_default();
            format!("{} means {born}, and {} gives the birth date", quoted(1), quoted(0))
        }
        Facts::PartOfWhole { part, whole } => format!(
            "{part} is part of {whole}, so its count cannot exceed {} for {whole}",
            quoted(1)
        ),
        Facts::TitleOutsideTerm { term, held, before } => {
            let (Some(title), Some(bound)) = (side(0), side(1)) else {
                return String::new();
            };
            let edge = if *before { "start" } else { "end" };
            let read = match &bound.normal {
                Normal::Days(days) if date_words(days) != bound.written => format!(" ({})", date_words(days)),
                _ => String::new(),
            };
            format!(
                "{} gives \"{}\" for {}, and {} dates the {edge} of {term} \"{}\"{read}",
                title.outlet,
                title.written,
                date_words(held),
                bound.outlet,
                bound.written
            )
        }
        _ => String::new(),
    }
}

/// A length read exactly, in days: `150 days`, `1 day`.
fn exact_days(normal: &Normal) -> Option<String> {
    match normal {
        Normal::Duration(days) => match (days.lo, days.hi) {
            (Bound::Closed(lo), Bound::Closed(hi)) if lo == hi => Some(length_words(lo)),
            _ => None,
        },
        _ => None,
    }
}

/// `518 to 577 days`, `0 to 1 day`, `1 day`.
fn days_span_words(days: Stretch) -> String {
    let (lo, hi) = (days.lo.round(), days.hi.round());
    let unit = |n: f64| if n == 1.0 { "day" } else { "days" };
    if lo == hi {
        format!("{lo} {}", unit(lo))
    } else {
        format!("{lo} to {hi} {}", unit(hi))
    }
}

/// `BFM TV, citing French security sources, says "about fifty" (December 2024, hedged
/// "would be", read as 43 to 57)`.
fn side_words(side: &SideEvidence, corpus: &Corpus) -> String {
    let mut words = who_words(side);
    words.push_str(" says ");
    push_value_words(&mut words, side, corpus);
    words
}

/// A side's outlet and whom it cites: `Gulf Herald, citing the mayor,`, or `Gulf Herald`.
fn who_words(side: &SideEvidence) -> String {
    let mut words = String::with_capacity(160);
    words.push_str(&side.outlet);
    if let Some(party) = party_words(side) {
        for part in [", citing ", party, ","] {
            words.push_str(part);
        }
    }
    words
}

/// Two values one outlet gives for different parties, each party named: `Gulf Herald reports
/// a disagreement: "11,300" according to the Red Crescent and "20,000" according to the
/// mayor`; with the outlet's own value, `Gulf Herald says "20,000" itself and "11,300"
/// according to the Red Crescent`.
fn parties_words(verdict: Verdict, a: &SideEvidence, b: &SideEvidence, corpus: &Corpus) -> String {
    let outlet = &a.outlet;
    let (first, second) = (value_words(a, corpus), value_words(b, corpus));
    match (party_words(a), party_words(b)) {
        (Some(party_a), Some(party_b)) => {
            let opening = if verdict == Verdict::Conflict {
                "reports a disagreement:"
            } else {
                "gives"
            };
            format!("{outlet} {opening} {first} according to {party_a} and {second} according to {party_b}")
        }
        (None, Some(party)) => format!("{outlet} says {first} itself and {second} according to {party}"),
        (Some(party), _) => format!("{outlet} says {first} according to {party} and {second} itself"),
        (None, None) => format!("{outlet} says {first} and {second}"),
    }
}

/// Whom a side is attributed to, as short as an editor names them in a sentence: the
/// attribution without what follows a comma or a bracket (`Mohammed Suleiman, a researcher
/// at the Jusoor Center` is `Mohammed Suleiman`); it stays whole in the claim and in JSON.
fn party_words(side: &SideEvidence) -> Option<&str> {
    let attribution = side.attribution.as_deref()?;
    let head = attribution
        .split([',', '('])
        .next()
        .map(str::trim)
        .filter(|head| !head.is_empty());
    Some(head.unwrap_or(attribution))
}

/// The value as written (entities by name), with what a reader needs to weigh it.
fn value_words(side: &SideEvidence, corpus: &Corpus) -> String {
    let mut words = String::with_capacity(80);
    push_value_words(&mut words, side, corpus);
    words
}

/// Writes a side's value as [`value_words`] words it.
fn push_value_words(words: &mut String, side: &SideEvidence, corpus: &Corpus) {
    match entity_names(&side.normal, corpus) {
        Some(names) => words.push_str(&and_list(&names)),
        None => {
            for part in ["\"", &side.written, "\""] {
                words.push_str(part);
            }
        }
    }
    let mut extras = Extras { words, open: false };
    if let Some(scope) = &side.scope {
        extras.next(&["counting ", scope]);
    }
    if let Some(dated) = &side.dated {
        extras.next(&[&date_words(dated)]);
    }
    if let Some(hedge) = &side.hedge {
        extras.next(&["hedged \"", hedge, "\""]);
    }
    let written = side.written.to_lowercase();
    if let Some(reading) = reading(&side.normal).filter(|reading| !written.contains(&reading.to_lowercase())) {
        extras.next(&["read as ", &reading]);
    }
    if extras.open {
        extras.words.push(')');
    }
}

/// What a value's words add after it, in brackets and separated by commas.
struct Extras<'w> {
    words: &'w mut String,
    /// Whether the bracket is open.
    open: bool,
}

impl Extras<'_> {
    /// Adds one extra, written in parts.
    fn next(&mut self, parts: &[&str]) {
        self.words.push_str(if self.open { ", " } else { " (" });
        self.open = true;
        for part in parts {
            self.words.push_str(part);
        }
    }
}

/// What the rule found, in plain words.
fn facts_words(facts: &Facts, [a, b]: [&SideEvidence; 2]) -> String {
    match facts {
        Facts::Fit(fit) => fit_words(fit, [a, b]),
        Facts::Hedged { fit, side } => {
            let hedged = if *side == 0 { &a.outlet } else { &b.outlet };
            format!("{}, but only {hedged} hedges it", fit_words(fit, [a, b]))
        }
        Facts::Drift { fit, days, property } => format!(
            "{}, but they are dated {} apart and {property} changes over time",
            fit_words(fit, [a, b]),
            days_words(*days)
        ),
        Facts::TotalFell {
            days, property, later, ..
        } => {
            let lower = if *later == 0 { a } else { b };
            format!(
                "{}'s figure is lower though dated {} later, and {property} is a running total that only rises, so an editor should check whether the earlier figure was revised down or one of them is wrong",
                lower.outlet,
                days_words(*days)
            )
        }
        Facts::TooClose { fit, days, property } => format!(
            "{}, and they are dated only {} apart, too soon for {property} to have changed that much",
            fit_words(fit, [a, b]),
            days_words(*days)
        ),
        Facts::BelowWhole { part, whole } => format!(
            "{part} are part of {}, and the part's figure is below the whole's on every reading, so they agree",
            whole.as_deref().unwrap_or("the total")
        ),
        Facts::Nested { part, whole } => format!(
            "they count different things, and {part} are part of {}, so both can be right",
            whole.as_deref().unwrap_or("the total")
        ),
        Facts::DifferentScopes { fit, compatible } => {
            let values = if *compatible {
                "the figures would fit".to_owned()
            } else {
                fit_words(fit, [a, b])
            };
            let scopes = match (&a.scope, &b.scope) {
                (Some(first), Some(second)) => format!("they count different things ({first} against {second}) and"),
                (Some(only), None) | (None, Some(only)) => {
                    format!("one counts only {only}, the other gives no scope, and")
                }
                (None, None) => "they count different things and".to_owned(),
            };
            format!("{scopes} {values}, so an editor should check they measure the same thing")
        }
        Facts::EndsBeforeStart
        | Facts::Length { .. }
        | Facts::AgeAgainstBirthDate
        | Facts::PartOfWhole { .. }
        | Facts::TitleOutsideTerm { .. } => String::new(),
    }
}

/// How two values fit, in words; figures that do not meet are said without their gap.
fn fit_words(fit: &FitFacts, sides: [&SideEvidence; 2]) -> String {
    match &fit.found {
        Why::Compatible => "the values are compatible".to_owned(),
        Why::WithinTolerance => "they overlap only within the reporting tolerance".to_owned(),
        Why::EdgeFit { edge } => format!(
            "they overlap only at the edge of each reading: both hold only if {}",
            edge_words(edge)
        ),
        Why::SetsDiffer {
            first_adds,
            second_adds,
        } => format!(
            "each names what the other lacks: the first adds {}, the second {}",
            and_list(first_adds),
            and_list(second_adds)
        ),
        Why::ReadingsApart { .. } => "the figures cannot both be right, even read loosely".to_owned(),
        Why::ConsecutiveDays => {
            "they are on consecutive days, and one is at the turn of a day (a late hour, or time zones?)".to_owned()
        }
        Why::NextDay => "they name consecutive days, and neither puts the moment near midnight".to_owned(),
        Why::DaysApart { days } => years_apart(sides).unwrap_or_else(|| match days {
            1 => "the dates do not overlap: one ends the day before the other begins".to_owned(),
            days => format!("the date ranges are {} apart", days_words(*days)),
        }),
        Why::AmbiguousReading { apart, days, fits } => {
            let how = if *days == 1 {
                "it falls on the day next to the other date".to_owned()
            } else {
                format!("it contradicts the other date ({} apart)", days_words(*days))
            };
            format!(
                "ambiguous: read as {} {how}; read as {} they agree",
                spoken(apart),
                spoken(fits)
            )
        }
        Why::BirthWindowsApart => "the birth-date windows do not overlap, so both ages cannot be right".to_owned(),
        Why::DurationsApart { days } => format!("the lengths are {} apart", gap_words(*days)),
        Why::NoneVersusNamed => "one names an entity, the other says there is none".to_owned(),
        Why::Excluded { name } => format!("one names {name}, the other explicitly excludes it"),
        Why::PartOf { part, whole } => format!("{part} is part of {whole}: the same answer at a finer granularity"),
        Why::DifferentEntities => "they name different entities".to_owned(),
        Why::MoreSpecific { longer, shorter } => {
            format!("\"{longer}\" says more than \"{shorter}\", in the same words")
        }
        Why::SameWords => "the same words in another order".to_owned(),
        Why::HeadOfOneBody { first, second } => {
            format!("\"{first}\" and \"{second}\" both name the head of one body, in other words")
        }
        Why::RoundFigure { figure: round } => format!(
            "the bare round figure {} is itself approximate, so only the hedge toward it differs",
            figure(*round)
        ),
        Why::WordedDifferently => "worded differently".to_owned(),
        Why::DifferentOffices => "these are different offices, which one person does not hold at once".to_owned(),
        Why::YesAndNo => "one says yes, the other no".to_owned(),
        Why::MinutesApart { minutes } => format!(
            "the times are {} apart",
            crate::counted::counted(minutes.unsigned_abs() as usize, "minute", "minutes")
        ),
        Why::DifferentCodes => "different codes".to_owned(),
        Why::DifferentKinds => "the values are of different kinds".to_owned(),
        Why::UnknownAgainstKnown => "one source says it is not known or not disclosed, the other gives it".to_owned(),
        Why::ExceedsWhole { part, whole } => format!(
            "incompatible whatever the scope: {part} are part of {}, so their number cannot exceed it",
            whole.as_deref().unwrap_or("the total")
        ),
    }
}

/// `they name different years, 3 years apart`, for two dates written as years only; `None`
/// for any other dates (their gap is said in days).
fn years_apart([a, b]: [&SideEvidence; 2]) -> Option<String> {
    let year = |side: &SideEvidence| match &side.normal {
        Normal::Days(days) if days.precision == Precision::Year && days.readings.is_none() => Some(days.first.year()),
        _ => None,
    };
    let apart = (i64::from(year(a)?) - i64::from(year(b)?)).unsigned_abs();
    let apart = usize::try_from(apart).ok()?;
    Some(format!(
        "they name different years, {} apart",
        crate::counted::counted(apart, "year", "years")
    ))
}

/// What would have to be true for two readings that meet only at their edges.
fn edge_words(edge: &Edge) -> String {
    match *edge {
        Edge::Figure { common } => format!("the figure is {}", figure_words(common)),
        Edge::Birth { first, last } => format!(
            "the birth date is {}, so that the birthday fell between the dates the ages were given",
            span_words(first, last)
        ),
        Edge::Length { common } => format!("it lasted about {}", length_words((common.lo + common.hi) / 2.0)),
        Edge::Days { first, last } => format!("it happened {}", span_words(first, last)),
    }
}

/// `about 57` for a sliver, `between 56 and 58` for a wider common part.
fn figure_words(common: Stretch) -> String {
    let (lo, hi) = (round_figure(common.lo), round_figure(common.hi));
    if lo == hi {
        format!("about {lo}")
    } else {
        format!("between {lo} and {hi}")
    }
}

fn round_figure(x: f64) -> String {
    let digits = if x.abs() >= 10.0 {
        x.round()
    } else {
        (x * 10.0).round() / 10.0
    };
    format!("{digits}")
}

/// A length in days as a reporter would say it: days under two months, then months to the
/// half month under three years, then years to the half year.
fn length_words(days: f64) -> String {
    const MONTH: f64 = 365.25 / 12.0;
    if days < 60.0 {
        let days = days.round();
        return format!("{days} day{}", if days == 1.0 { "" } else { "s" });
    }
    let (count, unit) = if days < 3.0 * 365.25 {
        ((days / MONTH * 2.0).round() / 2.0, "month")
    } else {
        ((days / 365.25 * 2.0).round() / 2.0, "year")
    };
    let whole = count.trunc();
    if count == whole {
        format!("{whole} {unit}{}", if whole == 1.0 { "" } else { "s" })
    } else {
        format!("{whole} and a half {unit}s")
    }
}

/// A gap between two lengths as an editor says it: `1 day`, `3 days`, `about 15 days`,
/// `about 4 months`; `less than a day`.
fn gap_words(days: f64) -> String {
    if days < 0.5 {
        return "less than a day".to_owned();
    }
    let words = length_words(days);
    if days.fract() == 0.0 && days < 60.0 {
        words
    } else {
        format!("about {words}")
    }
}

/// A reading for people: a single day with its weekday (`Tuesday 21 October 2025`), any
/// other date as a reporter writes it.
fn spoken(date: &DateValue) -> String {
    if date.first == date.last && date.precision == Precision::Day {
        return date.first.strftime("%A %-d %B %Y").to_string();
    }
    date_words(date)
}

/// A reading in plain words, or `None` when the value as written says it all: `128 to
/// 172`, `more than 70`, `born between 23 October 1975 and 22 October 1976`.
pub fn reading(normal: &Normal) -> Option<String> {
    match normal {
        Normal::Numbers { strict, .. } => figure_reading(strict),
        Normal::Birth(window) => Some(format!("born {}", span_words(window.first, window.last))),
        Normal::Days(days) if days.is_ambiguous() => {
            let readings: Vec<String> = days.each_reading().iter().map(date_words).collect();
            Some(format!("either {}", readings.join(" or ")))
        }
        Normal::Days(days) if days.precision == Precision::Day || days.first == days.last => None,
        Normal::Days(days) => Some(date_words(days)),
        Normal::Duration(days) => figure_reading(days).map(|figures| format!("{figures} days")),
        _ => None,
    }
}

/// `128 to 172`, `more than 70`, `at most 5`; `None` for one exact figure.
fn figure_reading(interval: &Interval) -> Option<String> {
    match (interval.lo, interval.hi) {
        (Bound::Closed(lo), Bound::Closed(hi)) if lo == hi => None,
        (Bound::Closed(0.0), Bound::Closed(hi)) => Some(format!("at most {}", figure(hi))),
        (Bound::Closed(lo) | Bound::Open(lo), Bound::Closed(hi) | Bound::Open(hi)) => {
            let (lo, hi) = if hi - lo >= 2.0 {
                (lo.ceil(), hi.floor())
            } else {
                (lo, hi)
            };
            Some(format!("{} to {}", figure(lo), figure(hi)))
        }
        (Bound::Open(lo), Bound::Unbounded) => Some(format!("more than {}", figure(lo))),
        (Bound::Closed(lo), Bound::Unbounded) => Some(format!("at least {}", figure(lo))),
        (Bound::Unbounded, Bound::Open(hi)) => Some(format!("fewer than {}", figure(hi))),
        (Bound::Unbounded, Bound::Closed(hi)) => Some(format!("at most {}", figure(hi))),
        (Bound::Unbounded, Bound::Unbounded) => Some("any figure".to_owned()),
    }
}

/// A figure as a reporter writes it, without trailing zeros: `70`, `12.5`, `11,300`, `630
/// million`, `9.6 billion`.
fn figure(x: f64) -> String {
    let scaled = [(1e9, "billion"), (1e6, "million")]
        .into_iter()
        .find(|(unit, _)| x.abs() >= *unit)
        .map(|(unit, name)| format!("{} {name}", (x / unit * 100.0).round() / 100.0));
    scaled.unwrap_or_else(|| {
        let rounded = (x * 10.0).round() / 10.0;
        if rounded.abs() >= 10_000.0 && rounded.fract() == 0.0 {
            thousands(rounded)
        } else {
            format!("{rounded}")
        }
    })
}

/// A whole number with commas between thousands: `11,300`, `-250,000`.
fn thousands(x: f64) -> String {
    let digits = format!("{}", x.abs());
    let grouped: Vec<&str> = digits
        .as_bytes()
        .rchunks(3)
        .rev()
        .filter_map(|chunk| std::str::from_utf8(chunk).ok())
        .collect();
    format!("{}{}", if x < 0.0 { "-" } else { "" }, grouped.join(","))
}

/// A date as a reporter writes it, to its precision: `5 December 2024`, `December 2024`,
/// `2024`, `between 2 and 24 October 2013`.
fn date_words(date: &DateValue) -> String {
    match date.precision {
        Precision::Day if date.first == date.last => day_words(date.first),
        Precision::Month => date.first.strftime("%B %Y").to_string(),
        Precision::Year => date.first.strftime("%Y").to_string(),
        _ => span_words(date.first, date.last),
    }
}

/// `24 October 2013`: a day of a four-digit year written part by part, as jiff's
/// `%-d %B %Y` writes it.
fn day_words(day: Date) -> String {
    let month = usize::try_from(day.month() - 1).ok().and_then(|at| MONTHS.get(at));
    let Some(month) = month.filter(|_| (1000..=9999).contains(&day.year())) else {
        return day.strftime("%-d %B %Y").to_string();
    };
    let mut words = String::with_capacity(20);
    let mut digits = itoa::Buffer::new();
    words.push_str(digits.format(day.day()));
    words.push(' ');
    words.push_str(month);
    words.push(' ');
    words.push_str(digits.format(day.year()));
    words
}

/// The months' names.
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `on 24 October 2013`, `between 2 and 24 October 2013`, `between 30 December 2013 and 2
/// January 2014`.
fn span_words(first: Date, last: Date) -> String {
    if first == last {
        return format!("on {}", day_words(first));
    }
    let start = if first.year() != last.year() {
        day_words(first)
    } else if first.month() != last.month() {
        first.strftime("%-d %B").to_string()
    } else {
        first.strftime("%-d").to_string()
    };
    format!("between {start} and {}", day_words(last))
}

/// `1 day`, `40 days`, `3 months`, `10 years`.
fn days_words(days: i64) -> String {
    let (count, unit) = match days {
        d if d >= 730 => (d / 365, "year"),
        d if d >= 60 => (d / 30, "month"),
        d => (d, "day"),
    };
    crate::counted::counted(count as usize, unit, &format!("{unit}s"))
}

/// The outlet of a source, by name (the source's id when it has none).
fn outlet_name<'c>(source: &'c str, corpus: &'c Corpus) -> &'c str {
    corpus.source(source).map_or(source, |source| source.outlet.as_str())
}

/// The entities a value names, by name (`not` before an excluded one); `None` for a value
/// that names none.
pub fn entity_names(normal: &Normal, corpus: &Corpus) -> Option<Vec<String>> {
    match normal {
        Normal::Entity(set) | Normal::EntitySet(set) if !set.none => Some(
            set.included
                .iter()
                .map(|id| corpus.entity_name(id).to_owned())
                .chain(set.excluded.iter().map(|id| format!("not {}", corpus.entity_name(id))))
                .collect(),
        ),
        _ => None,
    }
}

/// `a`, `a and b`, `a, b and c`.
fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [only] => only.as_ref().to_owned(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", init.join(", "), last.as_ref())
        }
    }
}

mod agreement;
use agreement::agreement;

#[cfg(test)]
#[path = "reason_tests.rs"]
mod tests;
