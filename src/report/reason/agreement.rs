//! The reason of an agreeing group: who says what, what let the values agree, and how many
//! independent origins stand behind them.

use super::{and_list, entity_names, outlet_name};
use crate::graph::ClaimGraph;
use crate::model::{ClaimRef, Corpus};
use crate::verdict::{Evidence, Facts, Judged, Normal, RuleId, Why, voices};

/// Outlets named in the reason of an agreeing group; more are counted.
const LISTED_OUTLETS: usize = 8;

/// The reason of an agreeing group: each outlet once, with the values it gives (once, when
/// every outlet gives the same), then how many independent origins stand behind them.
pub(super) fn agreement(judged: &Judged, corpus: &Corpus, graph: &ClaimGraph) -> String {
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
        RuleId::MoreSpecificWording => fuller_wording(judged, corpus),
        _ => String::new(),
    }
}

/// `, "Paris public prosecutor" being a fuller wording of "Paris prosecutor"` (each as an
/// outlet writes it), or `, the same words in another order`, when the group agrees because
/// one wording only narrows or reorders another; else nothing.
fn fuller_wording(judged: &Judged, corpus: &Corpus) -> String {
    noted_evidence(judged, corpus)
        .find_map(|evidence| {
            let found = match &evidence.facts {
                Facts::Fit(fit) | Facts::Hedged { fit, .. } => &fit.found,
                _ => return None,
            };
            let as_written = |text: &str| {
                let side = evidence
                    .sides
                    .iter()
                    .find(|side| matches!(&side.normal, Normal::Text(normal) if normal == text));
                side.map_or_else(|| text.to_owned(), |side| side.written.clone())
            };
            match found {
                Why::MoreSpecific { longer, shorter } => Some(format!(
                    ", \"{}\" being a fuller wording of \"{}\"",
                    as_written(longer),
                    as_written(shorter)
                )),
                Why::SameWords => Some(", the same words in another order".to_owned()),
                _ => None,
            }
        })
        .unwrap_or_default()
}

/// The evidence of the pairs among an agreeing group's first [`NOTED_CLAIMS`] claims, for a
/// note on what let them agree.
fn noted_evidence<'a>(judged: &'a Judged, corpus: &'a Corpus) -> impl Iterator<Item = Evidence> + 'a {
    let claims: Vec<ClaimRef> = judged.group.claims.iter().take(NOTED_CLAIMS).copied().collect();
    let pairs: Vec<(ClaimRef, ClaimRef)> = claims
        .iter()
        .enumerate()
        .flat_map(|(i, &a)| claims.iter().skip(i + 1).map(move |&b| (a, b)))
        .collect();
    pairs
        .into_iter()
        .filter_map(move |(a, b)| judged.pair(a, b, corpus)?.evidence)
}

/// Claims of an agreeing group read pairwise for the note on a part counted below its whole;
/// a larger group is named by its first pair of that kind among these.
const NOTED_CLAIMS: usize = 8;

/// `, since French nationals are part of the whole and counted below it`, when the group
/// agrees because a part is counted below its whole; else nothing.
fn part_below_whole(judged: &Judged, corpus: &Corpus) -> String {
    noted_evidence(judged, corpus)
        .find_map(|evidence| match evidence.facts {
            Facts::BelowWhole { part, whole } => Some(format!(
                ", since {part} are part of {} and counted below it",
                whole.as_deref().unwrap_or("the total")
            )),
            _ => None,
        })
        .unwrap_or_default()
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
