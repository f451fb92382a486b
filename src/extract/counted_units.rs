//! Values written with a unit that the corpus counts rather than measures ("the six points of
//! the plan", where "number of points" is a property and none is measured in points): they
//! are counts.

use super::attach::Attacher;
use super::measures;
use super::patterns::Family;
use super::values::Found;

impl Attacher<'_> {
    /// A value written with a unit that no measure rule of the corpus takes but a count rule
    /// names as what it counts ("the six points of the plan", where "number of points" is a
    /// property and none is measured in points) is a count; any other value is as found.
    pub(super) fn counted_unless_measured(&self, found: Found) -> Found {
        let rules = &self.patterns.rules;
        let counted = found.family == Family::Measure
            && measures::unit_after(&self.lower[found.end..]).is_some_and(|(unit, _)| {
                !rules
                    .iter()
                    .any(|rule| rule.family == Family::Measure && rule.cues.iter().any(|cue| cue == unit))
                    && rules.iter().any(|rule| {
                        rule.counted && rule.family == Family::Count && rule.cues.iter().any(|cue| cue == unit)
                    })
            });
        if counted {
            Found {
                family: Family::Count,
                ..found
            }
        } else {
            found
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::proposed_in;

    #[test]
    fn points_a_corpus_counts_and_measures_in_no_property_are_a_count() {
        let entities = "entities:\n  - {id: truce, kind: agreement, name: Idlib truce}\n";
        let counted = "properties:\n  - {id: point-count, name: number of points, type: count}\n";
        let measured = "properties:\n  - {id: point-count, name: number of points, type: count}\n  - {id: lead-points, name: 'lead, in percentage points', type: number}\n";
        let text = "The Idlib truce sets out six points.";
        let six = |property: &str| (Some("truce".to_owned()), property.to_owned(), "six".to_owned());
        assert_eq!(proposed_in(entities, Some(counted), text), [six("point-count")]);
        // Where a property is measured in points, points are its measure.
        let measure = (None, "lead-points".to_owned(), "six".to_owned());
        assert_eq!(proposed_in(entities, Some(measured), text), [measure]);
        // Neither counted nor measured: no value of either.
        assert!(proposed_in(entities, None, text).is_empty());
    }
}
