//! Counts given by what they leave out of another: "all but one of the six" is five. The
//! two numbers are found as counts of their own; this joins them into the count they mean,
//! spanning the whole phrase, so that neither is proposed alone.

use super::patterns::Family;
use super::values::Found;

/// What stands between the two numbers: "all but one of the six", "all but two of its 40".
const LINKS: &[&str] = &[" of the ", " of ", " of its ", " of their ", " of his ", " of her "];

/// The values found, with each "all but N of M" joined into one count of M minus N.
pub(super) fn join_all_but(found: Vec<Found>, lower: &str) -> Vec<Found> {
    let mut joined: Vec<Found> = Vec::with_capacity(found.len());
    let mut values = found.into_iter().peekable();
    while let Some(value) = values.next() {
        let remainder = values.peek().and_then(|whole| remainder(&value, whole, lower));
        match remainder {
            Some(count) => {
                values.next();
                joined.push(count);
            }
            None => joined.push(value),
        }
    }
    joined
}

/// The count "all but `left_out` of `whole`" means, when the words say so.
fn remainder(left_out: &Found, whole: &Found, lower: &str) -> Option<Found> {
    if left_out.family != Family::Count || whole.family != Family::Count {
        return None;
    }
    let start = left_out.start.checked_sub("all but ".len())?;
    let linked = lower
        .get(left_out.end..whole.start)
        .is_some_and(|link| LINKS.contains(&link));
    if lower.get(start..left_out.start) != Some("all but ") || !linked {
        return None;
    }
    let (out, all) = (exact(&left_out.written)?, exact(&whole.written)?);
    let left = all.checked_sub(out).filter(|&left| left > 0)?;
    Some(Found {
        family: Family::Count,
        start,
        end: whole.end,
        written: left.to_string(),
        age_form: None,
    })
}

/// A count written as a whole number, in digits or words (`40`, `twenty-one`), read by the
/// value grammar's number reader.
fn exact(written: &str) -> Option<u64> {
    let number = crate::value::parse_number(written)?;
    let whole = number >= 0.0 && number.fract() == 0.0 && number <= f64::from(u32::MAX);
    // Whole, not negative and within `u32`: the conversion is exact.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    whole.then_some(number as u64)
}

#[cfg(test)]
mod tests {
    use super::super::tests::attached_in;

    const ENTITIES: &str = "entities:\n  - id: key-bridge-collapse\n    kind: event\n    name: Key Bridge collapse\n";
    const PROPERTIES: &str = "properties:\n  - id: recovered\n    name: number of bodies recovered\n    type: count\n";

    fn attached(text: &str) -> Vec<(String, String, String)> {
        attached_in(ENTITIES, Some(PROPERTIES), text)
    }

    #[test]
    fn all_but_some_of_a_whole_is_the_rest() {
        let cases: &[(&str, &[super::super::tests::Attached])] = &[
            (
                "After the Key Bridge collapse, all but one of the six had been recovered by May 1.",
                &[("key-bridge-collapse", "recovered", "5")],
            ),
            (
                "After the Key Bridge collapse, all but two of their 12 bodies were recovered.",
                &[("key-bridge-collapse", "recovered", "10")],
            ),
            // Not a remainder: "all" of a whole, or "but" without "all".
            (
                "After the Key Bridge collapse, all six had been recovered, but one of the divers was hurt.",
                &[("key-bridge-collapse", "recovered", "six")],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(attached(text), super::super::tests::owned(expected), "{text}");
        }
    }

    #[test]
    fn numbers_in_words_and_digits_are_read() {
        assert_eq!(super::exact("twenty-one"), Some(21));
        assert_eq!(super::exact("1,404"), Some(1404));
        assert_eq!(super::exact("Twelve"), Some(12));
        assert_eq!(super::exact("2.5"), None);
        assert_eq!(super::exact("about 50"), None);
    }
}
