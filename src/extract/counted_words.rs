//! What a count counts: the few words after it that name the things ("212 seats", past a
//! name or a model: "171 Boeing 737 MAX 9 jets"), and counts that count nothing of their own:
//! one picked out of a group ("one of the victims"), a part of a group named before ("31 of
//! them"), a number in a name ("Boeing 737", "Flight 1282").

use super::attach::Attacher;
use super::layout::Sentence;
use super::values::Found;
use super::words::word_spans;

/// How many words after a count may name what is counted.
const COUNTED_WORDS: usize = 4;
/// How many words of a name or a model may stand between a count and what it counts, beyond
/// [`COUNTED_WORDS`].
const NAME_WORDS: usize = 4;
/// Words after a count that make it a part of a group named before it.
const PART_PHRASES: &[&str] = &[" of them", " of whom", " of those"];

impl Attacher<'_> {
    /// The end of the words naming what a count counts: a few words, up to punctuation or an
    /// "of" that starts another noun phrase (`two groups of foreign fighters`).
    pub(super) fn counted_words_end(&self, from: usize, limit: usize) -> usize {
        let mut end = from;
        let mut count = 0;
        let mut named = false;
        for (index, (offset, word)) in word_spans(&self.lower[from..limit]).enumerate() {
            if count >= COUNTED_WORDS || index >= COUNTED_WORDS + NAME_WORDS || (count > 0 && word == "of") {
                break;
            }
            // The words of a name or a model ("171 Boeing 737 MAX 9 jets"), its numbers after
            // its words, stand before what is counted without counting as its words.
            let written = &self.text[from + offset..];
            named =
                written.starts_with(char::is_uppercase) || named && written.starts_with(|c: char| c.is_ascii_digit());
            if !named {
                count += 1;
            }
            end = from + offset + word.len();
            if word
                .trim_end_matches(['"', '”', '’', '\''])
                .ends_with([',', '.', ';', ':', ')'])
            {
                break;
            }
        }
        end
    }

    /// Whether a count picks one out of a group rather than counting it ("the mother of one of
    /// the youngest victims").
    pub(super) fn picks_one_out(&self, found: &Found) -> bool {
        let written = &self.lower[found.start..found.end];
        (written == "one" || written == "1") && self.lower[found.end..].starts_with(" of ") && !self.is_part(found)
    }

    /// Whether a count in digits is part of a name or a model: right after a capitalised word
    /// that does not open its sentence, and either before more of the name ("Boeing 737 MAX")
    /// or after a word in capitals ("MAX 9"); not a count after a name ("gave the Greens 212
    /// seats").
    pub(super) fn in_a_name(&self, found: &Found, sentence: &Sentence) -> bool {
        let before = self.text[sentence.start..found.start].trim_end();
        let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
        let next = self.text[found.end..sentence.end].trim_start();
        let capitals = word.len() > 1 && word.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
        found.written.starts_with(|c: char| c.is_ascii_digit())
            && word.len() < before.len()
            && word.starts_with(char::is_uppercase)
            && word.chars().all(|c| c.is_alphanumeric() || c == '-')
            && (capitals || next.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
    }

    /// Whether a count is a part of a group named before it ("31 of them", "two of whom").
    pub(super) fn is_part(&self, found: &Found) -> bool {
        let after = &self.lower[found.end..];
        PART_PHRASES.iter().any(|phrase| {
            after.starts_with(phrase) && !after[phrase.len()..].starts_with(|c: char| c.is_alphanumeric())
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::{Attached, assert_attached};

    const ENTITIES: &str = "entities:
  - {id: regulator, kind: organisation, name: Civil Aviation Authority, aliases: [CAA]}
  - {id: airline, kind: organisation, name: Northwind Air}
";
    const PROPERTIES: &str = "properties:\n  - {id: grounded, name: number of aircraft grounded, type: count}\n";

    #[test]
    fn a_count_reaches_what_it_counts_past_a_model_and_no_number_of_the_model_is_a_count() {
        let table: &[(&str, &[Attached])] = &[
            // "Aircraft" is its own plural.
            ("The CAA grounded 40 aircraft.", &[("regulator", "grounded", "40")]),
            (
                "The CAA ordered 40 Airbus A220 aircraft to stay on the ground.",
                &[("regulator", "grounded", "40")],
            ),
            (
                "Northwind Air took its 12 Boeing 737 MAX 8 jets out of service.",
                &[("airline", "grounded", "12")],
            ),
            // A number after other numbers and words is no model's: what it counts is too far.
            ("The CAA checked 40 of the nearly 4,700 parts in stock aircraft.", &[]),
        ];
        assert_attached(ENTITIES, Some(PROPERTIES), table);
    }
}
