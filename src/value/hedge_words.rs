//! The words of hedged quantities, as data: hedges before a number and their direction,
//! hedges after it, vague quantity phrases and their default readings. One entry a form.

use foldhash::{HashMap, HashMapExt};
use std::sync::LazyLock;

/// A hedge's direction: what it says about the true figure against the number written.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Hedge {
    /// The number itself (`exactly 70`, `just 12`, `a total of 9`).
    Exact,
    /// Either side of it (`about`, `some`, `or so`, `-odd`).
    Approx,
    /// A little below it, never above (`nearly`, `almost`, `just under`).
    Below,
    /// A little above it, never below (`just over`, `slightly more than`).
    Above,
    /// It or more (`at least`, `or more`, `-plus`).
    AtLeast,
    /// More than it, by any amount (`more than`, `over`, `upwards of`, `well over`).
    MoreThan,
    /// It or less (`up to`, `as many as`, `at most`, `or fewer`).
    AtMost,
    /// Less than it, by any amount (`fewer than`, `under`, `well below`).
    LessThan,
}

/// Hedges written before a number; a longer phrase comes before any phrase it starts with.
const HEDGES: &[(&[&str], Hedge)] = &[
    (&["greater", "than", "or", "equal", "to"], Hedge::AtLeast),
    (&["more", "than", "or", "equal", "to"], Hedge::AtLeast),
    (&["equal", "to", "or", "more", "than"], Hedge::AtLeast),
    (&["equal", "to", "or", "greater", "than"], Hedge::AtLeast),
    (&["less", "than", "or", "equal", "to"], Hedge::AtMost),
    (&["fewer", "than", "or", "equal", "to"], Hedge::AtMost),
    (&["equal", "to", "or", "less", "than"], Hedge::AtMost),
    (&["equal", "to", "or", "fewer", "than"], Hedge::AtMost),
    (&["a", "little", "more", "than"], Hedge::Above),
    (&["a", "little", "less", "than"], Hedge::Below),
    (&["a", "little", "fewer", "than"], Hedge::Below),
    (&["well", "in", "excess", "of"], Hedge::MoreThan),
    (&["in", "the", "region", "of"], Hedge::Approx),
    (&["in", "the", "neighbourhood", "of"], Hedge::Approx),
    (&["in", "the", "neighborhood", "of"], Hedge::Approx),
    (&["in", "the", "order", "of"], Hedge::Approx),
    (&["of", "the", "order", "of"], Hedge::Approx),
    (&["on", "the", "order", "of"], Hedge::Approx),
    (&["a", "shade", "under"], Hedge::Below),
    (&["a", "shade", "over"], Hedge::Above),
    (&["a", "little", "under"], Hedge::Below),
    (&["a", "little", "over"], Hedge::Above),
    (&["slightly", "more", "than"], Hedge::Above),
    (&["slightly", "less", "than"], Hedge::Below),
    (&["slightly", "fewer", "than"], Hedge::Below),
    (&["just", "more", "than"], Hedge::Above),
    (&["just", "less", "than"], Hedge::Below),
    (&["just", "fewer", "than"], Hedge::Below),
    (&["just", "short", "of"], Hedge::Below),
    (&["the", "best", "part", "of"], Hedge::Below),
    (&["the", "better", "part", "of"], Hedge::Below),
    (&["the", "greater", "part", "of"], Hedge::Below),
    (&["just", "shy", "of"], Hedge::Below),
    (&["no", "fewer", "than"], Hedge::AtLeast),
    (&["no", "less", "than"], Hedge::AtLeast),
    (&["not", "fewer", "than"], Hedge::AtLeast),
    (&["not", "less", "than"], Hedge::AtLeast),
    (&["no", "more", "than"], Hedge::AtMost),
    (&["not", "more", "than"], Hedge::AtMost),
    (&["a", "minimum", "of"], Hedge::AtLeast),
    (&["less", "or", "equal", "than"], Hedge::AtMost),
    (&["smaller", "or", "equal", "than"], Hedge::AtMost),
    (&["lower", "or", "equal", "than"], Hedge::AtMost),
    (&["greater", "or", "equal", "than"], Hedge::AtLeast),
    (&["bigger", "or", "equal", "than"], Hedge::AtLeast),
    (&["higher", "or", "equal", "than"], Hedge::AtLeast),
    (&["larger", "or", "equal", "than"], Hedge::AtLeast),
    (&["at", "least", "or", "equal", "to"], Hedge::AtLeast),
    (&[">="], Hedge::AtLeast),
    (&["<="], Hedge::AtMost),
    (&[">"], Hedge::MoreThan),
    (&["<"], Hedge::LessThan),
    (&["a", "maximum", "of"], Hedge::AtMost),
    (&["a", "total", "of"], Hedge::Exact),
    (&["a", "record"], Hedge::Exact),
    (&["as", "many", "as"], Hedge::AtMost),
    (&["as", "much", "as"], Hedge::AtMost),
    (&["at", "the", "most"], Hedge::AtMost),
    (&["at", "the", "very", "least"], Hedge::AtLeast),
    (&["in", "excess", "of"], Hedge::MoreThan),
    (&["something", "like"], Hedge::Approx),
    (&["an", "estimated"], Hedge::Approx),
    (&["an", "approximate"], Hedge::Approx),
    (&["round", "about"], Hedge::Approx),
    (&["close", "to"], Hedge::Below),
    (&["approaching"], Hedge::Below),
    (&["getting", "on", "for"], Hedge::Below),
    (&["not", "quite"], Hedge::Below),
    (&["just", "under"], Hedge::Below),
    (&["just", "below"], Hedge::Below),
    (&["slightly", "under"], Hedge::Below),
    (&["slightly", "below"], Hedge::Below),
    (&["just", "over"], Hedge::Above),
    (&["just", "above"], Hedge::Above),
    (&["slightly", "over"], Hedge::Above),
    (&["slightly", "above"], Hedge::Above),
    (&["at", "least"], Hedge::AtLeast),
    (&["more", "than"], Hedge::MoreThan),
    (&["greater", "than"], Hedge::MoreThan),
    (&["higher", "than"], Hedge::MoreThan),
    (&["larger", "than"], Hedge::MoreThan),
    (&["far", "more", "than"], Hedge::MoreThan),
    (&["many", "more", "than"], Hedge::MoreThan),
    (&["well", "over"], Hedge::MoreThan),
    (&["well", "above"], Hedge::MoreThan),
    (&["upwards", "of"], Hedge::MoreThan),
    (&["upward", "of"], Hedge::MoreThan),
    (&["north", "of"], Hedge::MoreThan),
    (&["up", "to"], Hedge::AtMost),
    (&["at", "most"], Hedge::AtMost),
    (&["fewer", "than"], Hedge::LessThan),
    (&["less", "than"], Hedge::LessThan),
    (&["lower", "than"], Hedge::LessThan),
    (&["smaller", "than"], Hedge::LessThan),
    (&["far", "fewer", "than"], Hedge::LessThan),
    (&["far", "less", "than"], Hedge::LessThan),
    (&["well", "under"], Hedge::LessThan),
    (&["well", "below"], Hedge::LessThan),
    (&["equal", "to"], Hedge::Exact),
    (&["about"], Hedge::Approx),
    (&["around"], Hedge::Approx),
    (&["roughly"], Hedge::Approx),
    (&["some"], Hedge::Approx),
    (&["approximately"], Hedge::Approx),
    (&["approx."], Hedge::Approx),
    (&["approx"], Hedge::Approx),
    (&["circa"], Hedge::Approx),
    (&["c."], Hedge::Approx),
    (&["ca."], Hedge::Approx),
    (&["estimated"], Hedge::Approx),
    (&["nearly"], Hedge::Below),
    (&["almost"], Hedge::Below),
    (&["over"], Hedge::MoreThan),
    (&["above"], Hedge::MoreThan),
    (&["under"], Hedge::LessThan),
    (&["below"], Hedge::LessThan),
    (&["exactly"], Hedge::Exact),
    (&["precisely"], Hedge::Exact),
    (&["just"], Hedge::Exact),
    (&["only"], Hedge::Exact),
    (&["equals"], Hedge::Exact),
    (&["equaling", "to"], Hedge::Exact),
    (&["equalling", "to"], Hedge::Exact),
];

/// A hedge's words and its direction.
pub(super) type HedgeEntry = (&'static [&'static str], Hedge);

/// The [`HEDGES`] that start with `word`, in table order (a longer phrase before any phrase
/// it starts with): a value's first word picks its few candidates instead of a search of the
/// whole table.
pub(super) fn hedges_starting_with(word: &str) -> &'static [HedgeEntry] {
    static BY_FIRST_WORD: LazyLock<HashMap<&'static str, Vec<HedgeEntry>>> =
        LazyLock::new(|| by_first_word(HEDGES.iter().map(|&(words, hedge)| (words, (words, hedge)))));
    BY_FIRST_WORD.get(word).map_or(&[], Vec::as_slice)
}

/// An approximate phrase's words and the number it stands for.
pub(super) type ApproximateEntry = (&'static [&'static str], f64);

/// The [`APPROXIMATE`] phrases that start with `word`, in table order.
pub(super) fn approximate_starting_with(word: &str) -> &'static [ApproximateEntry] {
    static BY_FIRST_WORD: LazyLock<HashMap<&'static str, Vec<ApproximateEntry>>> =
        LazyLock::new(|| by_first_word(APPROXIMATE.iter().map(|&(words, n)| (words, (words, n)))));
    BY_FIRST_WORD.get(word).map_or(&[], Vec::as_slice)
}

/// The [`PHRASES`] that start with `word`, in table order.
pub(super) fn phrases_starting_with(word: &str) -> &'static [&'static Phrase] {
    static BY_FIRST_WORD: LazyLock<HashMap<&'static str, Vec<&'static Phrase>>> =
        LazyLock::new(|| by_first_word(PHRASES.iter().map(|phrase| (phrase.words, phrase))));
    BY_FIRST_WORD.get(word).map_or(&[], Vec::as_slice)
}

/// Entries grouped by the first of their words, each group in the order given.
fn by_first_word<T>(entries: impl Iterator<Item = (&'static [&'static str], T)>) -> HashMap<&'static str, Vec<T>> {
    let mut index: HashMap<&'static str, Vec<T>> = HashMap::new();
    for (words, entry) in entries {
        if let Some(first) = words.first() {
            index.entry(first).or_default().push(entry);
        }
    }
    index
}

/// Hedges written after a number (`50 or so`, `150-odd`, `70 or more`, `65 and over`).
pub(super) const SUFFIX_HEDGES: &[(&[&str], Hedge)] = &[
    (&["or", "thereabouts"], Hedge::Approx),
    (&["give", "or", "take"], Hedge::Approx),
    (&["more", "or", "less"], Hedge::Approx),
    (&["or", "so"], Hedge::Approx),
    (&["odd"], Hedge::Approx),
    (&["or", "more"], Hedge::AtLeast),
    (&["and", "more"], Hedge::AtLeast),
    (&["or", "over"], Hedge::AtLeast),
    (&["and", "over"], Hedge::AtLeast),
    (&["or", "above"], Hedge::AtLeast),
    (&["and", "above"], Hedge::AtLeast),
    (&["and", "up"], Hedge::AtLeast),
    (&["or", "greater"], Hedge::AtLeast),
    (&["or", "greater", "than"], Hedge::AtLeast),
    (&["or", "higher"], Hedge::AtLeast),
    (&["or", "older"], Hedge::AtLeast),
    (&["and", "older"], Hedge::AtLeast),
    (&["or", "younger"], Hedge::AtMost),
    (&["and", "younger"], Hedge::AtMost),
    (&["plus"], Hedge::AtLeast),
    (&["or", "fewer"], Hedge::AtMost),
    (&["or", "less"], Hedge::AtMost),
    (&["or", "under"], Hedge::AtMost),
    (&["and", "under"], Hedge::AtMost),
    (&["or", "below"], Hedge::AtMost),
    (&["and", "below"], Hedge::AtMost),
    (&["or", "lower"], Hedge::AtMost),
];

/// Phrases that stand for an approximate number (`a dozen` is about 12).
pub(super) const APPROXIMATE: &[ApproximateEntry] = &[
    (&["a", "couple", "of", "dozen"], 24.0),
    (&["a", "couple", "dozen"], 24.0),
    (&["a", "couple", "of", "hundred"], 200.0),
    (&["a", "couple", "hundred"], 200.0),
    (&["a", "couple", "of", "thousand"], 2000.0),
    (&["a", "couple", "thousand"], 2000.0),
    (&["half", "a", "dozen"], 6.0),
    (&["a", "half", "dozen"], 6.0),
    (&["a", "dozen"], 12.0),
    (&["a", "score"], 20.0),
];

/// A vague quantity phrase and its default reading.
pub(super) struct Phrase {
    /// The words of the phrase.
    pub(super) words: &'static [&'static str],
    /// The phrase's canonical name (`in the dozens` is `dozens`).
    pub(super) name: &'static str,
    /// Low end of the default reading.
    pub(super) lo: f64,
    /// High end of the default reading.
    pub(super) hi: f64,
}

/// Vague phrases, longer (more specific) phrases first.
pub(super) const PHRASES: &[Phrase] = &[
    phrase(
        &["hundreds", "of", "millions"],
        "hundreds of millions",
        2e8,
        999_999_999.0,
    ),
    phrase(&["tens", "of", "millions"], "tens of millions", 2e7, 99_999_999.0),
    phrase(
        &["hundreds", "of", "thousands"],
        "hundreds of thousands",
        200_000.0,
        999_999.0,
    ),
    phrase(&["tens", "of", "thousands"], "tens of thousands", 20_000.0, 99_999.0),
    phrase(
        &["in", "the", "tens", "of", "thousands"],
        "tens of thousands",
        20_000.0,
        99_999.0,
    ),
    phrase(
        &["a", "few", "hundred", "thousand"],
        "a few hundred thousand",
        200_000.0,
        500_000.0,
    ),
    phrase(
        &["several", "hundred", "thousand"],
        "several hundred thousand",
        300_000.0,
        999_999.0,
    ),
    phrase(&["a", "few", "dozen"], "a few dozen", 24.0, 60.0),
    phrase(&["a", "few", "hundred"], "a few hundred", 200.0, 500.0),
    phrase(&["a", "few", "thousand"], "a few thousand", 2000.0, 5000.0),
    phrase(&["a", "few", "million"], "a few million", 2e6, 5e6),
    phrase(&["several", "dozen"], "several dozen", 36.0, 99.0),
    phrase(&["several", "hundred"], "several hundred", 300.0, 999.0),
    phrase(&["several", "thousand"], "several thousand", 3000.0, 9999.0),
    phrase(&["several", "million"], "several million", 3e6, 9_999_999.0),
    phrase(&["a", "large", "hundred"], "a large hundred", 100.0, 150.0),
    phrase(&["in", "the", "dozens"], "dozens", 24.0, 99.0),
    phrase(&["in", "the", "hundreds"], "hundreds", 200.0, 999.0),
    phrase(&["in", "the", "thousands"], "thousands", 2000.0, 9999.0),
    phrase(&["in", "the", "millions"], "millions", 2e6, 9_999_999.0),
    phrase(&["dozens", "upon", "dozens"], "dozens", 24.0, 99.0),
    phrase(&["dozens"], "dozens", 24.0, 99.0),
    phrase(&["scores"], "scores", 40.0, 199.0),
    phrase(&["hundreds"], "hundreds", 200.0, 999.0),
    phrase(&["thousands"], "thousands", 2000.0, 9999.0),
    phrase(&["millions"], "millions", 2e6, 9_999_999.0),
    phrase(&["billions"], "billions", 2e9, 9_999_999_999.0),
    phrase(&["triple", "figures"], "triple figures", 100.0, 999.0),
    phrase(&["triple", "digits"], "triple figures", 100.0, 999.0),
    phrase(&["double", "figures"], "double figures", 10.0, 99.0),
    phrase(&["double", "digits"], "double figures", 10.0, 99.0),
    phrase(&["single", "figures"], "single figures", 1.0, 9.0),
    phrase(&["single", "digits"], "single figures", 1.0, 9.0),
    phrase(&["a", "handful"], "a handful", 3.0, 7.0),
    phrase(&["a", "small", "handful"], "a handful", 3.0, 7.0),
    phrase(&["several"], "several", 3.0, 9.0),
    phrase(&["a", "few"], "a few", 2.0, 5.0),
    phrase(&["a", "couple"], "a couple", 2.0, 3.0),
];

/// A [`Phrase`] table entry.
const fn phrase(words: &'static [&'static str], name: &'static str, lo: f64, hi: f64) -> Phrase {
    Phrase { words, name, lo, hi }
}

/// Hedge words that must not be taken for a unit after a number (`70 fighters or more`).
pub(super) const STRAY_HEDGE_WORDS: &[&str] = &[
    "about",
    "above",
    "almost",
    "approximately",
    "around",
    "below",
    "between",
    "but",
    "fewer",
    "least",
    "less",
    "more",
    "most",
    "nearly",
    "odd",
    "or",
    "over",
    "plus",
    "roughly",
    "than",
    "under",
];

#[cfg(test)]
mod tests {
    use super::{HEDGES, hedges_starting_with};

    #[test]
    fn the_index_finds_the_hedge_a_search_of_the_table_finds() {
        for (words, _) in HEDGES {
            let mut text = words.to_vec();
            text.push("50");
            let by_search = HEDGES.iter().find(|(phrase, _)| text.starts_with(phrase));
            let first = text.first().copied().unwrap_or_default();
            let by_index = hedges_starting_with(first)
                .iter()
                .find(|(phrase, _)| text.starts_with(phrase));
            assert_eq!(by_index, by_search, "{words:?}");
        }
        assert!(hedges_starting_with("banana").is_empty());
    }
}
