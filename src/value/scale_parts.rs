//! A part of a span of numbers: `the low hundreds`, `in the upper thousands`, `the high
//! teens`, `the mid-thirties`, `the high single digits`. A span is split in thirds as the
//! decades of life are (`low` or `early` the first, `mid` the middle, `high`, `upper` or
//! `late` the last): the teens are 13 to 19 (`the high teens` is 17-19), a decade (`the low
//! twenties` is 20-23), single digits 1 to 9, double digits 10 to 99, and a scale word from
//! one to ten times its scale (`the low hundreds` is 100 to 399).

use super::age::DECADES;
use super::{Reading, ValueType};

/// Which third of a span was written.
#[derive(Clone, Copy)]
enum Part {
    /// The first years of a decade, the low end of a scale.
    Low,
    /// The middle.
    Mid,
    /// The last years of a decade, the high end of a scale.
    High,
}

impl Part {
    /// The part a word names (`low`, `lower`, `early`; `mid`, `middle`; `high`, `upper`,
    /// `late`).
    fn of(word: &str) -> Option<Part> {
        match word {
            "low" | "lower" | "early" => Some(Part::Low),
            "mid" | "middle" => Some(Part::Mid),
            "high" | "upper" | "late" => Some(Part::High),
            _ => None,
        }
    }

    /// The word the part is shown with.
    fn name(self) -> &'static str {
        match self {
            Part::Low => "low",
            Part::Mid => "mid",
            Part::High => "high",
        }
    }

    /// The first and last tenths of a span this part takes (its thirds, the middle one
    /// narrower).
    fn steps(self) -> (f64, f64) {
        match self {
            Part::Low => (0.0, 3.0),
            Part::Mid => (4.0, 6.0),
            Part::High => (7.0, 9.0),
        }
    }
}

/// Scale words and the number they count in.
const SCALES: &[(&str, f64)] = &[
    ("hundreds of millions", 1e8),
    ("tens of millions", 1e7),
    ("hundreds of thousands", 1e5),
    ("tens of thousands", 1e4),
    ("hundreds", 100.0),
    ("thousands", 1000.0),
    ("millions", 1e6),
    ("billions", 1e9),
];

/// Reads a part of a span as a quantity of type `ty` (a scale word only for counts and
/// numbers; an age takes the teens and decades); `None` when the text is not one.
pub(super) fn read(text: &str, ty: ValueType) -> Option<Reading> {
    let first = text.split([' ', '-']).find(|word| !matches!(*word, "in" | "the"))?;
    let part = Part::of(first)?;
    let spaced = text.replace('-', " ");
    let mut words = spaced.split(' ').skip_while(|word| matches!(*word, "in" | "the"));
    words.next();
    let rest: Vec<&str> = words.collect();
    if let Some(reading) = small_span(part, &rest, ty) {
        return Some(reading);
    }
    if !matches!(ty, ValueType::Count | ValueType::Number) {
        return None;
    }
    let joined = rest.join(" ");
    let (_, scale) = SCALES.iter().find(|(words, _)| *words == joined)?;
    let (from, to) = part.steps();
    Some(Reading::Vague {
        phrase: format!("{} {joined}", part.name()),
        lo: scale * from.max(1.0),
        hi: scale * (to + 1.0) - 1.0,
    })
}

/// The teens, a decade, single or double digits, as the range of the part written.
fn small_span(part: Part, rest: &[&str], ty: ValueType) -> Option<Reading> {
    let digits = !matches!(ty, ValueType::Age);
    // The span's first number, the size of a tenth of it, and its least number.
    let (start, step, least) = match rest {
        ["teens"] => return Some(teens(part)),
        [decade] => {
            let start = decade_start(decade)?;
            (start, 1.0, start)
        }
        ["single", "digits" | "figures"] if digits => (0.0, 1.0, 1.0),
        ["double", "digits" | "figures"] if digits => (0.0, 10.0, 10.0),
        _ => return None,
    };
    let (from, to) = part.steps();
    Some(Reading::Range(
        (start + from * step).max(least),
        start + (to + 1.0) * step - 1.0,
    ))
}

/// The first, middle or last years of the teens: 13-15, 14-16, 17-19.
fn teens(part: Part) -> Reading {
    match part {
        Part::Low => Reading::Range(13.0, 15.0),
        Part::Mid => Reading::Range(14.0, 16.0),
        Part::High => Reading::Range(17.0, 19.0),
    }
}

/// The first number of a decade written `thirties`, `30s` or `30's`.
fn decade_start(word: &str) -> Option<f64> {
    if let Some((_, start)) = DECADES.iter().find(|(name, _)| *name == word) {
        return Some(*start);
    }
    let digits = word.strip_suffix("'s").or_else(|| word.strip_suffix('s'))?;
    let n: u8 = digits.parse().ok()?;
    (digits.len() == 2 && n.is_multiple_of(10) && n >= 20).then_some(f64::from(n))
}

#[cfg(test)]
mod tests {
    use super::read;
    use crate::value::{Reading, ValueType};

    fn shown(text: &str, ty: ValueType) -> String {
        read(text, ty).map_or("none".to_owned(), |reading| format!("{reading:?}"))
    }

    #[test]
    fn thirds_of_each_span() {
        let count = |text| shown(text, ValueType::Count);
        assert_eq!(
            count("the low hundreds"),
            r#"Vague { phrase: "low hundreds", lo: 100.0, hi: 399.0 }"#
        );
        assert_eq!(
            count("in the upper thousands"),
            r#"Vague { phrase: "high thousands", lo: 7000.0, hi: 9999.0 }"#
        );
        assert_eq!(
            count("mid hundreds"),
            r#"Vague { phrase: "mid hundreds", lo: 400.0, hi: 699.0 }"#
        );
        assert_eq!(count("the high teens"), format!("{:?}", Reading::Range(17.0, 19.0)));
        assert_eq!(count("the mid-thirties"), format!("{:?}", Reading::Range(34.0, 36.0)));
        assert_eq!(count("the low 20s"), format!("{:?}", Reading::Range(20.0, 23.0)));
        assert_eq!(
            count("the high single digits"),
            format!("{:?}", Reading::Range(7.0, 9.0))
        );
        assert_eq!(
            count("the low single digits"),
            format!("{:?}", Reading::Range(1.0, 3.0))
        );
        assert_eq!(
            count("the low double digits"),
            format!("{:?}", Reading::Range(10.0, 39.0))
        );
        assert_eq!(
            count("the high double digits"),
            format!("{:?}", Reading::Range(70.0, 99.0))
        );
    }

    #[test]
    fn other_words_and_types_are_left_alone() {
        for text in [
            "low",
            "the low",
            "high 50",
            "the low 25s",
            "the low hundred",
            "lowly hundreds",
            "low teens too",
        ] {
            assert_eq!(shown(text, ValueType::Count), "none", "{text}");
        }
        assert_eq!(shown("the low hundreds", ValueType::Age), "none");
        assert_eq!(shown("the low hundreds", ValueType::Percentage), "none");
        assert_eq!(shown("the high single digits", ValueType::Age), "none");
    }
}
