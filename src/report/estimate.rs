//! The best-supported reading of a group and a source's reliability, as one line each for
//! people: evidence under the method's assumptions, worded as such, never "the truth".

use super::parts::table::outlet;
use super::{entity_names, property_name, qualified_value};
use crate::analysis::Analysis;
use crate::counted::counted;
use crate::truth::{Accuracy, Backing, Estimate};
use crate::verdict::{Judged, Verdict, independent_origins};

/// A range of probabilities or accuracies wider than this is said to be wide.
const WIDE: f64 = 0.25;

/// "best supported: roughly 70 (weak support, 62 to 95%, a wide range: few claims per
/// source; by 2 of 3 independent origins)", "agreed value: 2016 (...)", or `None` for a group
/// without an estimate (a derived check, or a summary). A group whose claims have different
/// scopes has none either, and says why: "best supported: no one value, the claims count
/// different things (French fighters; all foreign fighters)".
pub(super) fn estimate_line(analysis: &Analysis, judged: &Judged) -> Option<String> {
    if judged.verdict == Verdict::Drift && judged.derivation.is_none() {
        return drift_line(analysis, judged);
    }
    let Some(estimate) = analysis.estimate(judged) else {
        return mixed_scopes_line(analysis, judged);
    };
    let value = entity_names(analysis.corpus, &estimate.normal).unwrap_or_else(|| estimate.value.clone());
    let line = if judged.verdict == Verdict::Agree {
        format!(
            "agreed value: {value} ({}; by {})",
            describe_backing(&estimate.backing),
            origins(estimate.origins)
        )
    } else {
        let all = independent_origins(judged, analysis.corpus, &analysis.graph);
        describe_estimate(&value, estimate, all)
    };
    Some(line)
}

/// The line of a group whose values differ because the property changed between their dates:
/// no one value is best supported, so it names the latest claim ("best supported: no one value,
/// ties to changes over time, and the latest claim (Asharq Al-Awsat, 2025-10-22) says not
/// Al-Qaeda").
fn drift_line(analysis: &Analysis, judged: &Judged) -> Option<String> {
    analysis.truth.as_ref()?;
    let corpus = analysis.corpus;
    let (_, latest, _) = judged.sides(corpus).max_by_key(|(_, claim, _)| claim.as_of.last)?;
    let dated = format!(" (as of {})", latest.as_of);
    let value = qualified_value(corpus, latest);
    Some(format!(
        "best supported: no one value, {} changes over time, and the latest claim ({}, {}) says {}",
        property_name(corpus, &judged.group.property),
        outlet(corpus, latest),
        latest.as_of,
        value.strip_suffix(dated.as_str()).unwrap_or(&value)
    ))
}

/// The line of a group whose claims have different scopes, when the view shows estimates.
fn mixed_scopes_line(analysis: &Analysis, judged: &Judged) -> Option<String> {
    if judged.derivation.is_some() || analysis.truth.is_none() {
        return None;
    }
    let corpus = analysis.corpus;
    let mut scopes: Vec<&str> = Vec::new();
    for claim in judged.group.claims.iter().filter_map(|&at| corpus.claim(at)) {
        let name = claim.scope.as_ref().map_or("no scope given", |scope| {
            corpus
                .scopes
                .get(scope.as_str())
                .map_or(scope.as_str(), |s| s.name.as_str())
        });
        if !scopes.contains(&name) {
            scopes.push(name);
        }
    }
    (scopes.len() > 1).then(|| {
        format!(
            "best supported: no one value, the claims count different things ({})",
            scopes.join("; ")
        )
    })
}

/// The line for the estimate of a group whose claims come through `all` independent origins,
/// its reading shown as `value`.
fn describe_estimate(value: &str, estimate: &Estimate, all: usize) -> String {
    format!(
        "best supported: {value} ({}; by {} of {})",
        describe_backing(&estimate.backing),
        estimate.origins,
        origins(all)
    )
}

/// "weak support, 62 to 95%, a wide range: few claims per source", or "strong support, 98%".
fn describe_backing(backing: &Backing) -> String {
    let (low, high) = backing.range;
    let words = strength(low);
    if high - low < 0.05 {
        return format!("{words}, {}%", percent(backing.confidence));
    }
    let range = format!("{words}, {} to {}%", percent(low), percent(high));
    if high - low > WIDE {
        format!("{range}, a wide range: few claims per source")
    } else {
        range
    }
}

/// A probability in whole percent, rounded down and never 100: evidence is never certain.
fn percent(probability: f64) -> u32 {
    ((100.0 * probability).floor() as u32).min(99)
}

/// "1 independent origin", "2 independent origins".
fn origins(count: usize) -> String {
    counted(count, "independent origin", "independent origins")
}

/// How strong the support is, in words, by the low end of its range.
fn strength(low: f64) -> &'static str {
    match low {
        c if c >= 0.9 => "strong support",
        c if c >= 0.7 => "fair support",
        c if c >= 0.5 => "weak support",
        _ => "contested",
    }
}

/// "agrees with the best-supported reading in 79% of 27 claims (95% range 60 to 90%)", with
/// a warning when the claims are too few for the figure to say much.
pub fn describe_accuracy(accuracy: &Accuracy) -> String {
    let (low, high) = accuracy.interval;
    let mut line = format!(
        "agrees with the best-supported reading in {:.0}% of {} (95% range {:.0} to {:.0}%)",
        100.0 * accuracy.accuracy,
        counted(accuracy.claims, "claim", "claims"),
        100.0 * low,
        100.0 * high
    );
    if !telling(accuracy) {
        line.push_str(": too few claims to say much");
    }
    line
}

/// Whether an accuracy rests on claims enough to say something: its range is not wide.
pub fn telling(accuracy: &Accuracy) -> bool {
    accuracy.interval.1 - accuracy.interval.0 <= WIDE
}

#[cfg(test)]
mod tests {
    use super::{describe_accuracy, describe_estimate, strength};
    use crate::truth::{Accuracy, Backing, Estimate};
    use crate::verdict::Normal;

    fn estimate(range: (f64, f64), origins: usize) -> Estimate {
        Estimate {
            subject: "s".into(),
            property: "p".into(),
            normal: Normal::Code("C44".into()),
            value: "Gate C44".into(),
            backing: Backing {
                confidence: (range.0 + range.1) / 2.0,
                range,
            },
            claims: Vec::new(),
            origins,
            group_claims: 3,
        }
    }

    #[test]
    fn an_estimate_reads_as_evidence_with_its_range() {
        assert_eq!(
            describe_estimate("Gate C44", &estimate((0.93, 0.95), 1), 2),
            "best supported: Gate C44 (strong support, 94%; by 1 of 2 independent origins)"
        );
        assert_eq!(
            describe_estimate("Gate C44", &estimate((0.999, 1.0), 3), 3),
            "best supported: Gate C44 (strong support, 99%; by 3 of 3 independent origins)"
        );
        assert_eq!(
            describe_estimate("Gate C44", &estimate((0.75, 0.9), 2), 3),
            "best supported: Gate C44 (fair support, 75 to 90%; by 2 of 3 independent origins)"
        );
        assert_eq!(
            describe_estimate("Gate C44", &estimate((0.4, 0.9), 2), 3),
            "best supported: Gate C44 (contested, 40 to 90%, a wide range: few claims per source; \
             by 2 of 3 independent origins)"
        );
        assert_eq!(strength(0.55), "weak support");
    }

    #[test]
    fn few_claims_are_said_plainly() {
        let few = Accuracy {
            accuracy: 1.0,
            claims: 3,
            interval: (0.44, 1.0),
        };
        assert!(describe_accuracy(&few).ends_with("too few claims to say much"));
        let many = Accuracy {
            accuracy: 0.95,
            claims: 400,
            interval: (0.92, 0.97),
        };
        assert_eq!(
            describe_accuracy(&many),
            "agrees with the best-supported reading in 95% of 400 claims (95% range 92 to 97%)"
        );
    }
}
