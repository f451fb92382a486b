//! Reasons in an editor's words, made from the evidence a finding carries: outlets by name,
//! values as written, readings in plain words ("read as 128 to 172", "more than 70"), who
//! a figure is attributed to, its hedge and its date; one sentence, no interval notation,
//! no pair counts. Every format shows these words; JSON also keeps the evidence as data.

use crate::analysis::Analysis;
use crate::graph::ClaimGraph;
use crate::model::{ClaimRef, Corpus};
use crate::value::{Bound, DateValue, Interval, Precision};
use crate::verdict::{Evidence, Facts, FitFacts, Judged, Normal, RuleId, SideEvidence, Verdict, voices};
use jiff::civil::Date;

/// Outlets named in the reason of an agreeing group; more are counted.
const LISTED_OUTLETS: usize = 8;

/// Writes every shown reason of an analysis in an editor's words: each finding's from its
/// evidence, each group's from its most telling finding (or, when its claims agree, who
/// says what and how many independent origins that is). Derived checks keep their words.
pub fn write(analysis: &mut Analysis) {
    let (corpus, graph) = (analysis.corpus, &analysis.graph);
    for judged in &mut analysis.groups {
        if judged.derivation.is_some() {
            judged.reason = with_outlet_names(&judged.reason, &judged.group.claims, corpus);
            for finding in &mut judged.findings {
                finding.reason = with_outlet_names(&finding.reason, &finding.claims, corpus);
            }
            continue;
        }
        for finding in &mut judged.findings {
            if let Some(evidence) = &finding.evidence {
                finding.reason = sentence(finding.verdict, evidence, corpus);
            }
        }
        if judged.verdict == Verdict::Agree {
            judged.reason = agreement(judged, corpus, graph);
        } else if let Some(first) = judged.findings.first().filter(|first| first.evidence.is_some()) {
            judged.reason = first.reason.clone();
        }
    }
}

/// One finding's reason: both sides as their outlets give them, then what the rule found.
pub fn sentence(verdict: Verdict, evidence: &Evidence, corpus: &Corpus) -> String {
    let [a, b] = &evidence.sides;
    let why = facts_words(&evidence.facts, &evidence.sides);
    let sides = if a.source == b.source && a.party != b.party {
        parties_words(verdict, a, b, corpus)
    } else if a.source == b.source {
        let outlet = match &a.attribution {
            Some(attribution) => format!("{}, citing {attribution},", a.outlet),
            None => a.outlet.clone(),
        };
        let opening = if verdict == Verdict::Conflict {
            format!("{outlet} contradicts itself, saying")
        } else {
            format!("{outlet} says")
        };
        format!("{opening} {} and {}", value_words(a, corpus), value_words(b, corpus))
    } else {
        format!("{} and {}", side_words(a, corpus), side_words(b, corpus))
    };
    format!("{sides}: {why}.")
}

/// `BFM TV, citing French security sources, says "about fifty" (December 2024, hedged
/// "would be", read as 43 to 57)`.
fn side_words(side: &SideEvidence, corpus: &Corpus) -> String {
    let who = match &side.attribution {
        Some(attribution) => format!("{}, citing {attribution},", side.outlet),
        None => side.outlet.clone(),
    };
    format!("{who} says {}", value_words(side, corpus))
}

/// Two values one outlet gives for different parties, each party named: `Gulf Herald reports
/// a disagreement: "11,300" according to the Red Crescent and "20,000" according to the
/// mayor`; with the outlet's own value, `Gulf Herald says "20,000" itself and "11,300"
/// according to the Red Crescent`.
fn parties_words(verdict: Verdict, a: &SideEvidence, b: &SideEvidence, corpus: &Corpus) -> String {
    let outlet = &a.outlet;
    let (first, second) = (value_words(a, corpus), value_words(b, corpus));
    match (&a.attribution, &b.attribution) {
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

/// The value as written (entities by name), with what a reader needs to weigh it.
fn value_words(side: &SideEvidence, corpus: &Corpus) -> String {
    let value = match entity_names(&side.normal, corpus) {
        Some(names) => and_list(&names),
        None => format!("\"{}\"", side.written),
    };
    let mut extras = Vec::new();
    if let Some(scope) = &side.scope {
        extras.push(format!("counting {scope}"));
    }
    if let Some(dated) = &side.dated {
        extras.push(date_words(dated));
    }
    if let Some(hedge) = &side.hedge {
        extras.push(format!("hedged \"{hedge}\""));
    }
    let written = side.written.to_lowercase();
    if let Some(reading) = reading(&side.normal).filter(|reading| !written.contains(&reading.to_lowercase())) {
        extras.push(format!("read as {reading}"));
    }
    if extras.is_empty() {
        value
    } else {
        format!("{value} ({})", extras.join(", "))
    }
}

/// What the rule found, in plain words.
fn facts_words(facts: &Facts, sides: &[SideEvidence; 2]) -> String {
    match facts {
        Facts::Fit(fit) => fit_words(fit, sides),
        Facts::Hedged { fit, side } => {
            let hedged = sides.get(*side).map_or("one side", |side| side.outlet.as_str());
            format!("{}, but only {hedged} hedges it", fit_words(fit, sides))
        }
        Facts::Drift { fit, days, property } => format!(
            "{}, but they are dated {} apart and {property} changes over time",
            fit_words(fit, sides),
            days_words(*days)
        ),
        Facts::TooClose { fit, days, property } => format!(
            "{}, and they are dated only {} apart, too soon for {property} to have changed that much",
            fit_words(fit, sides),
            days_words(*days)
        ),
        Facts::Nested { part, whole } => {
            format!("they count different things, and {part} are part of {whole}, so both can be right")
        }
        Facts::BelowWhole { part, whole } => {
            format!(
                "{part} are part of {whole}, and the part's figure is below the whole's on every reading, so they agree"
            )
        }
        Facts::DifferentScopes { fit, compatible } => {
            let scope = |side: &SideEvidence| side.scope.clone().unwrap_or_else(|| "the whole".to_owned());
            let values = if *compatible {
                "the figures would fit".to_owned()
            } else {
                fit_words(fit, sides)
            };
            let [a, b] = sides;
            format!(
                "they count different things ({} against {}) and {values}, so an editor should check they measure the same thing",
                scope(a),
                scope(b)
            )
        }
    }
}

/// How two values fit, in words; figures that do not meet are said without their gap.
fn fit_words(fit: &FitFacts, sides: &[SideEvidence; 2]) -> String {
    match fit.rule {
        RuleId::DisjointIntervals => "the figures cannot both be right, even read loosely".to_owned(),
        RuleId::DisjointDates => years_apart(sides).unwrap_or_else(|| fit.found.clone()),
        _ => fit.found.clone(),
    }
}

/// `they name different years, 3 years apart`, for two dates written as years only; `None`
/// for any other dates (their gap is said in days).
fn years_apart(sides: &[SideEvidence; 2]) -> Option<String> {
    let year = |side: &SideEvidence| match &side.normal {
        Normal::Days(days) if days.precision == Precision::Year && days.readings.is_none() => Some(days.first.year()),
        _ => None,
    };
    let [a, b] = sides;
    let apart = (i64::from(year(a)?) - i64::from(year(b)?)).unsigned_abs();
    let apart = usize::try_from(apart).ok()?;
    Some(format!(
        "they name different years, {} apart",
        super::counted(apart, "year", "years")
    ))
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
        Precision::Day if date.first == date.last => date.first.strftime("%-d %B %Y").to_string(),
        Precision::Month => date.first.strftime("%B %Y").to_string(),
        Precision::Year => date.first.strftime("%Y").to_string(),
        _ => span_words(date.first, date.last),
    }
}

/// `on 24 October 2013`, `between 2 and 24 October 2013`, `between 30 December 2013 and 2
/// January 2014`.
fn span_words(first: Date, last: Date) -> String {
    if first == last {
        return format!("on {}", first.strftime("%-d %B %Y"));
    }
    let start = if first.year() != last.year() {
        first.strftime("%-d %B %Y").to_string()
    } else if first.month() != last.month() {
        first.strftime("%-d %B").to_string()
    } else {
        first.strftime("%-d").to_string()
    };
    format!("between {start} and {}", last.strftime("%-d %B %Y"))
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

/// The reason of an agreeing group: each outlet once, with the values it gives (once, when
/// every outlet gives the same), then how many independent origins stand behind them.
fn agreement(judged: &Judged, corpus: &Corpus, graph: &ClaimGraph) -> String {
    let mut outlets: Vec<(&str, Vec<String>)> = Vec::new();
    for (_, claim, normal) in judged.sides(corpus) {
        let outlet = outlet_name(&claim.source, corpus);
        let value = match entity_names(normal, corpus) {
            Some(names) => and_list(&names),
            None => format!("\"{}\"", claim.written),
        };
        match outlets.iter_mut().find(|(name, _)| *name == outlet) {
            Some((_, values)) if values.contains(&value) => {}
            Some((_, values)) => values.push(value),
            None => outlets.push((outlet, vec![value])),
        }
    }
    let one_value = outlets
        .iter()
        .all(|(_, values)| values.len() == 1 && outlets.first().is_some_and(|(_, first)| first == values));
    let mut named: Vec<String> = outlets
        .iter()
        .take(LISTED_OUTLETS)
        .map(|(outlet, values)| {
            if one_value {
                (*outlet).to_owned()
            } else {
                format!("{outlet} ({})", values.join(", "))
            }
        })
        .collect();
    if outlets.len() > LISTED_OUTLETS {
        let more = outlets.len() - LISTED_OUTLETS;
        named.push(crate::counted::counted(more, "other outlet", "other outlets"));
    }
    let who = and_list(&named);
    let agree = match (one_value, outlets.as_slice()) {
        (true, [(_, values), _, ..]) => format!("{who} agree on {}", values.join(", ")),
        (true, [(_, values)]) => format!("{who} gives {} more than once", values.join(", ")),
        (false, [_]) => format!("{who} gives values that agree"),
        _ => format!("{who} agree"),
    };
    let corroboration = corroboration(&judged.group.claims, outlets.len(), corpus, graph);
    format!("{agree}{}{corroboration}.", agreeing_note(judged, corpus))
}

/// What let the values of an agreeing group agree, when a rule other than plain
/// compatibility did and the values alone do not show it.
fn agreeing_note(judged: &Judged, corpus: &Corpus) -> String {
    match judged.rule {
        RuleId::PartBelowWhole => part_below_whole(judged, corpus),
        RuleId::HeadOfOneBody => ", the titles naming the head of one body in other words".to_owned(),
        RuleId::BareRoundFigure => ", a bare round figure being itself approximate".to_owned(),
        _ => String::new(),
    }
}

/// Claims of an agreeing group read pairwise for the note on a part counted below its whole;
/// a larger group is named by its first pair of that kind among these.
const NOTED_CLAIMS: usize = 8;

/// `, since French nationals are part of the whole and counted below it`, when the group
/// agrees because a part is counted below its whole; else nothing.
fn part_below_whole(judged: &Judged, corpus: &Corpus) -> String {
    let claims: Vec<ClaimRef> = judged.group.claims.iter().take(NOTED_CLAIMS).copied().collect();
    let pairs = claims
        .iter()
        .enumerate()
        .flat_map(|(i, &a)| claims.iter().skip(i + 1).map(move |&b| (a, b)));
    pairs
        .filter_map(|(a, b)| judged.pair(a, b, corpus)?.evidence)
        .find_map(|evidence| match evidence.facts {
            Facts::BelowWhole { part, whole } => {
                Some(format!(", since {part} are part of {whole} and counted below it"))
            }
            _ => None,
        })
        .unwrap_or_default()
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

/// A derived check's reason with its sources by outlet name, ended as a sentence (derived
/// checks carry their words, not evidence).
fn with_outlet_names(reason: &str, claims: &[ClaimRef], corpus: &Corpus) -> String {
    let mut reason = reason.to_owned();
    for claim in claims.iter().filter_map(|&at| corpus.claim(at)) {
        reason = reason.replace(claim.source.as_str(), outlet_name(&claim.source, corpus));
    }
    if !reason.is_empty() && !reason.ends_with('.') {
        reason.push('.');
    }
    reason
}

/// `, from 3 independent origins`, or that every outlet carries one origin.
fn corroboration(claims: &[ClaimRef], outlets: usize, corpus: &Corpus, graph: &ClaimGraph) -> String {
    let voices = voices(claims, corpus, graph);
    match voices.as_slice() {
        [only] if outlets > 1 => format!(
            ", but all come through {} ({}), so this is one voice, not corroboration",
            if only.len() == 1 {
                "one origin"
            } else {
                "overlapping origins"
            },
            and_list(only)
        ),
        [_] => String::new(),
        many => format!(", from {} independent origins", many.len()),
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

#[cfg(test)]
#[path = "reason_tests.rs"]
mod tests;
