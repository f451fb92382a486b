//! The subject of a measured value: what a weight or a volume is of, else the thing named
//! before it in its sentence, else one a description or a referring word points back to.

use super::attach::{Attacher, Pick};
use super::layout::Sentence;
use super::measures;
use super::mentions::Mention;
use super::patterns::Rule;
use super::values::Found;
use super::words::DETERMINERS;

impl Attacher<'_> {
    /// The subject of a measured value: the stuff a weight or volume is of ("2,750 tonnes of
    /// ammonium nitrate"), else a thing named in apposition right before it ("The
    /// Dali, a 984-foot vessel"), else the thing named nearest before it in its sentence,
    /// else the one a description or a referring word points back to (as for any value). A
    /// place or an event in that apposition ("a bend at Angrois, about four kilometres
    /// before the station") leaves the value with none: which of two places a distance
    /// belongs to, the words do not say.
    pub(super) fn measured(&self, found: &Found, rule: &Rule, sentence: &Sentence) -> Option<Pick> {
        let before: Vec<&Mention> = self.in_sentence(sentence).filter(|m| m.end <= found.start).collect();
        let allowed = |m: &Mention| self.kind_of(m.entity).is_some_and(|kind| rule.subjects.contains(&kind));
        if let Some(last) = before.last()
            && self.text[last.end..found.start].trim() == ","
            && !allowed(last)
        {
            return None;
        }
        self.stuff_weighed(found, sentence)
            .filter(|m| allowed(m))
            .or_else(|| before.into_iter().rev().find(|m| allowed(m)))
            .map(|m| Pick::named(m.entity))
            // Not named before it in the sentence: a description or a referring word that
            // points back to a thing named earlier ("the train was going at 190 km/h").
            .or_else(|| self.described(found, rule, sentence))
            .or_else(|| self.referred(rule, sentence))
    }

    /// The entity named right after a weight or a volume and its "of" ("2,750 tonnes of
    /// ammonium nitrate", "4 million barrels of the crude"): what is weighed or measured.
    fn stuff_weighed(&self, found: &Found, sentence: &Sentence) -> Option<&Mention> {
        let (unit, end) = measures::unit_after(&self.lower[found.end..sentence.end])?;
        if !measures::weighs_stuff(unit) {
            return None;
        }
        let after_unit = found.end + end;
        let rest = self.lower[after_unit..sentence.end].strip_prefix(" of ")?;
        let skipped = rest
            .split_once(' ')
            .filter(|(word, _)| DETERMINERS.contains(word))
            .map_or(0, |(word, _)| word.len() + 1);
        let name_at = after_unit + " of ".len() + skipped;
        self.in_sentence(sentence).find(|m| m.start == name_at)
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::{Attached, assert_attached};

    const ENTITIES: &str = "entities:\n  - {id: wheat, kind: other, name: Ukrainian wheat, aliases: [wheat]}\n  - {id: tanker, kind: other, name: Sea Empress}\n  - {id: spill, kind: event, name: Milford Haven spill}\n  - {id: port, kind: place, name: Odesa}\n";
    const PROPERTIES: &str = "properties:\n  - {id: weight-tonnes, name: weight in tonnes, type: number}\n  - {id: oil-barrels, name: oil in barrels, type: number}\n";

    #[test]
    fn a_weight_is_of_the_stuff_named_after_its_of() {
        let cases: &[(&str, &[Attached])] = &[
            (
                "The Sea Empress left Odesa with 60,000 tonnes of wheat aboard.",
                &[("wheat", "weight-tonnes", "60,000")],
            ),
            (
                "The Milford Haven spill released some 72,000 tonnes of the tanker's crude.",
                &[("spill", "weight-tonnes", "some 72,000")],
            ),
            (
                "The Sea Empress spilled 2 million barrels of oil.",
                &[("tanker", "oil-barrels", "2 million")],
            ),
            // Stuff the registry does not name: the thing named before keeps the weight.
            (
                "The Sea Empress unloaded 60,000 tonnes of cargo at Odesa.",
                &[("tanker", "weight-tonnes", "60,000")],
            ),
        ];
        assert_attached(ENTITIES, Some(PROPERTIES), cases);
    }
}
