//! Finding values in text: one pattern per family, built from the pattern data and searched
//! in one pass, each match tidied into the value grammar's spelling and checked with
//! [`crate::value::parse`], so that every value found is one the corpus loader reads.

use super::date_patterns::{DateWords, date_pattern, time_pattern};
use super::patterns::{Family, Patterns};
use super::word_trie::{self, NOTHING};
use super::words::{heads_a_noun, is_noun_plural};
use crate::value::{self, DayRange, ParseContext};
use foldhash::HashMap;
use regex_automata::meta::Regex;
use regex_automata::nfa::thompson::backtrack::{self, BoundedBacktracker};
use regex_automata::nfa::thompson::pikevm::{self, PikeVM};
use regex_automata::nfa::thompson::{Compiler, NFA};
use regex_automata::util::{captures::Captures, syntax};
use regex_automata::{Anchored, Input, PatternID};
use std::ops::Range;

/// How an age was written, which decides where its person may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgeForm {
    /// `50-year-old`, `At 50, Name`: the person follows, or precedes as `Name, a 50-year-old`.
    YearOld,
    /// `Name, 50,`, `Romain V., 63.`, `Name, now 49,`, `Name, who is 49`, `Name, who turned 51`,
    /// `Name (50)`, `Name, in his mid-40s,`: the person just precedes.
    AfterName,
    /// `At 42, he`: the person is the one the pronoun refers to.
    BeforePronoun,
    /// `was sentenced at the age of 45`, `he is 45 years old`, `died on Thursday, aged 96`:
    /// the person the clause is about, named before it in the sentence or referred to by a
    /// pronoun there.
    InClause,
    /// `He was 24.`, `Hakizimana was 36.`: as [`AgeForm::InClause`], but with no person found
    /// it is no age ("Turnout was 61.").
    Stated,
}

/// A value found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// The family of the pattern that found it.
    pub family: Family,
    /// Byte offset of the first byte of the value (its hedge included).
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The value in the grammar's spelling (`about fifty`, `October 22`, `50`).
    pub written: String,
    /// For ages: how it was written.
    pub age_form: Option<AgeForm>,
}

/// The patterns of every family, compiled into one regular expression of one pattern per
/// family: one pass over the text, and where values overlap the leftmost wins, then the family
/// listed first (age, percentage, time, date, duration, unit, count). The groups of a match are read
/// by its family's pattern alone, anchored on the match, which is far less work than reading
/// them with every family's.
#[derive(Debug, Clone)]
pub struct ValueFinder {
    all: Regex,
    /// Each family's pattern on its own, in the order of [`FAMILIES`].
    families: Vec<FamilyPattern>,
}

/// One family's pattern, compiled for reading the groups of a match already found: by the
/// bounded backtracker when the match is short enough for it, else by the Pike VM (the meta
/// regex would first search for the match again); and where each group is, by name.
#[derive(Debug, Clone)]
struct FamilyPattern {
    backtracker: BoundedBacktracker,
    pike: PikeVM,
    groups: HashMap<String, usize>,
}

/// What reading a family's groups needs for one text: its captures and the engines' caches.
struct FamilyCaches {
    captures: Captures,
    backtracker: backtrack::Cache,
    pike: pikevm::Cache,
}

// Word lists are matched with ASCII case folding (`(?-u:(?i:...))`), which keeps the
// automaton small: Unicode folding would add the Kelvin sign for every `k`, and so on.
const QUOTE_OPEN: &str = "[\"“‘']";
const QUOTE_CLOSE: &str = "[\"”’']";
/// Room for the states of the lazy DFA that finds values in a text: the pattern of every
/// family is large, and a cache too small for its states is cleared and refilled again and
/// again over a long text.
const DFA_CACHE_BYTES: usize = 16 << 20;
/// The capture group of each family, in order of precedence: `signed` is a measured value
/// written with its unit before the number or around it (`$60 million`, `magnitude 6.8`).
const FAMILIES: [(&str, Family); 9] = [
    ("age", Family::Age),
    ("percentage", Family::Percentage),
    ("time", Family::Time),
    ("date", Family::Date),
    ("duration", Family::Duration),
    ("unit", Family::Unit),
    ("signed", Family::Measure),
    ("measure", Family::Measure),
    ("count", Family::Count),
];

/// Verbs of a tally going past a figure ("Flood toll passes 215"): the count is a lower bound.
const PASSING_VERBS: &[&str] = &[
    "passes",
    "passed",
    "tops",
    "topped",
    "exceeds",
    "exceeded",
    "surpasses",
    "surpassed",
];

/// Nouns of a tally whose passing a figure makes it a lower bound.
const TALLY_NOUNS: &[&str] = &["toll", "tally", "count", "number", "figure", "total"];

/// Words before a measured value that bound it in a way the value grammar does not read
/// (`within 200 km`): the number alone would say more than the text.
const UNREAD_BOUNDS: &[&str] = &["within", "under", "below", "above", "beyond", "than", "no"];

impl ValueFinder {
    /// Compiles the patterns.
    pub fn new(patterns: &Patterns) -> Result<ValueFinder, String> {
        let hedges = alternation(&patterns.hedges);
        let number = number_pattern(&patterns.number_words);
        let digits = r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?";
        let vague = alternation(&patterns.vague);
        let units = alternation(&patterns.unit_nouns);
        let b = "(?-u:\\b)";
        // The words of months, weekdays and units are the value grammar's own lists.
        let words = |list: &[&str]| word_trie::alternation(list);
        let months = words(&value::MONTH_NAMES);
        let weekdays = words(&value::WEEKDAY_NAMES);
        let mut unit_words: Vec<&str> = value::UNIT_WORDS.iter().map(|(word, _)| *word).collect();
        unit_words.sort_by_key(|word| std::cmp::Reverse(word.len()));
        let unit_words = words(&unit_words);
        let age = format!(
            r"(?:{b}(?P<old>[0-9]{{1,3}})-years?-old|\.?(?P<after>,\s+(?:now\s+)?[0-9]{{1,3}})(?:,(?:\s|$)|;|\s+years\s+old)|\.?,\s+(?P<last>[0-9]{{1,3}})\.(?:\s|\z)|,\s+(?:also|now|who\s+is|who\s+turned|who\s+turns)\s+(?P<bare>[0-9]{{1,3}})(?:\s+years\s+old)?{b}|(?:,\s+|{b})(?P<aged>aged\s+[0-9]{{1,3}})(?:\s+years\s+old)?{b}|{b}[Aa]t\s+(?P<at>[0-9]{{1,3}}),\s+(?:he|she){b}|{b}(?-i:At)\s+(?P<at_name>[0-9]{{1,3}}),|\s?\((?P<paren>[0-9]{{1,3}})\)|,\s+(?P<decade>in\s+(?:his|her)\s+(?:early\s+|mid-?|late\s+)?(?:[1-9]0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)){b}|{b}at\s+the\s+age\s+of\s+(?P<age_of>[0-9]{{1,3}}){b}|{b}(?:is|was)\s+(?P<years_old>[0-9]{{1,3}})\s+years\s+old{b}|(?:,\s+(?:who\s+)?|{b}(?-i:[Hh]e|[Ss]he|[A-Z][a-z]+)\s+)(?:is|was)\s+(?P<was>[0-9]{{1,3}})(?:[.,;](?:\s|\z)|\s+(?:when|and|at\s+the\s+time|on\s+the\s+(?:night|day))(?-u:\b)))"
        );
        let percentage = format!(
            r"{b}(?:(?P<p_hedge>{hedges})\s+)?(?P<p_num>{digits})\s?(?P<sign>%|percent{b}|per\s+cent{b})|{}",
            share_pattern(&hedges)
        );
        // A month named alone is a month only when capitalised ("in May", not "it may").
        let named_months = capitalised(&value::MONTH_NAMES);
        let date_words = DateWords {
            months: &months,
            named_months: &named_months,
            weekdays: &weekdays,
            hedges: &hedges,
            digits,
            number: &number,
        };
        let date = date_pattern(&date_words);
        let duration = format!(
            r"{b}(?:(?P<d_hedge>{hedges})\s+)?(?P<d_low>between\s+(?:{digits}|{number})\s+and\s+|(?:{digits}|{number})\s+to\s+)?(?P<d_num>{digits}|{number}|half\s+an?|an?|several|a\s+few|a\s+couple\s+of)(?P<d_half>[\s-]and[\s-]a[\s-]half)?[\s-](?P<d_unit>{unit_words})(?:(?P<d_after>\s+and\s+a\s+half)|\s+and\s+(?P<d_more>(?:{digits}|{number}|an?)[\s-](?:{unit_words})))?{b}"
        );
        let time = if patterns.rules.iter().any(|rule| rule.family == Family::Time) {
            time_pattern(&date_words)
        } else {
            NOTHING.to_owned()
        };
        let unit = format!(r"{b}(?P<u_unit>[0-9]{{1,3}}(?:st|nd|rd|th)\s+(?:{units})){b}");
        let mut measure_units: Vec<&str> = super::measures::unit_words().collect();
        measure_units.sort_by_key(|word| std::cmp::Reverse(word.len()));
        let measure_units = word_trie::alternation(&measure_units);
        let measure = format!(
            r"{b}(?:(?P<m_hedge>{hedges})\s+)?(?P<m_num>(?:{digits}|{number})(?:\s+(?-u:(?i:million|billion)))?)[\s-]?(?P<m_unit>{measure_units})(?-u:\b)"
        );
        let signs: Vec<String> = super::measures::signs_before().map(regex::escape).collect();
        let signs = signs.join("|");
        let currencies: Vec<&str> = super::measures::currency_words().collect();
        let currencies = currencies.join("|");
        let scale = r"(?:[\s-]*(?-u:(?i:million|billion|trillion|bn|m))(?-u:\b))?";
        let amount = format!(r"(?:{signs})(?:\s+of)?[\s-]?(?:{digits}){scale}");
        let signed = format!(
            r"(?:{b}(?P<s_hedge>{hedges})\s+)?(?P<s_amount>between\s+{amount}\s+and\s+{amount}|{amount}|(?:{digits}|{number})\s+(?-u:(?i:million|billion))\s+(?-u:(?i:{currencies})){b})"
        );
        let count = count_pattern(&hedges, &vague, digits, &number);
        let families = [age, percentage, time, date, duration, unit, signed, measure, count];
        let alternatives: Vec<String> = FAMILIES
            .iter()
            .zip(&families)
            .map(|((name, _), pattern)| format!("(?i)(?P<{name}>{pattern})"))
            .collect();
        let parsed = syntax::parse_many(&alternatives).map_err(|error| error.to_string())?;
        let families = parsed
            .iter()
            .map(|hir| {
                Compiler::new()
                    .build_from_hir(hir)
                    .map_err(|error| error.to_string())
                    .and_then(FamilyPattern::new)
            })
            .collect::<Result<_, _>>()?;
        Ok(ValueFinder {
            all: Regex::builder()
                .configure(Regex::config().hybrid_cache_capacity(DFA_CACHE_BYTES))
                .build_many_from_hir(&parsed)
                .map_err(|error| error.to_string())?,
            families,
        })
    }

    /// Every value in the text that the value grammar reads (see [`loads`]), in text order: a
    /// match the grammar refuses (`29.25` is no count) is never proposed.
    pub fn find(&self, text: &str) -> Vec<Found> {
        let mut caches: Vec<FamilyCaches> = self.families.iter().map(FamilyPattern::caches).collect();
        self.all
            .find_iter(text)
            .filter_map(|found| {
                let index = found.pattern().as_usize();
                let (&(name, family), pattern, caches) =
                    (FAMILIES.get(index)?, self.families.get(index)?, caches.get_mut(index)?);
                pattern.read_groups(text, found.range(), caches);
                let groups = Groups {
                    text,
                    captures: &caches.captures,
                    names: &pattern.groups,
                };
                read(name, family, &groups, text)
            })
            .filter(loads)
            .collect()
    }
}

impl FamilyPattern {
    /// The engines of one family's compiled pattern.
    fn new(nfa: NFA) -> Result<FamilyPattern, String> {
        let groups = nfa
            .group_info()
            .pattern_names(PatternID::ZERO)
            .enumerate()
            .filter_map(|(index, name)| Some((name?.to_owned(), index)))
            .collect();
        Ok(FamilyPattern {
            backtracker: BoundedBacktracker::new_from_nfa(nfa.clone()).map_err(|error| error.to_string())?,
            pike: PikeVM::new_from_nfa(nfa).map_err(|error| error.to_string())?,
            groups,
        })
    }

    /// Fresh captures and caches for reading this family's matches in one text.
    fn caches(&self) -> FamilyCaches {
        FamilyCaches {
            captures: self.pike.create_captures(),
            backtracker: self.backtracker.create_cache(),
            pike: self.pike.create_cache(),
        }
    }

    /// Reads into the captures the groups of the family's match that spans `range` of the
    /// text.
    fn read_groups(&self, text: &str, range: Range<usize>, caches: &mut FamilyCaches) {
        let fits = range.len() <= self.backtracker.max_haystack_len();
        let input = Input::new(text).range(range).anchored(Anchored::Yes);
        let captures = &mut caches.captures;
        if !(fits
            && self
                .backtracker
                .try_search(&mut caches.backtracker, &input, captures)
                .is_ok())
        {
            self.pike.search(&mut caches.pike, &input, captures);
        }
    }
}

/// The groups of a family's match, read by name.
struct Groups<'a> {
    text: &'a str,
    captures: &'a Captures,
    /// The index of each group of the family's pattern, by name.
    names: &'a HashMap<String, usize>,
}

/// One group of a match: where it is in the text, and its text.
#[derive(Clone, Copy)]
struct Group<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

impl<'a> Groups<'a> {
    /// The group of that name, when it took part in the match.
    fn name(&self, name: &str) -> Option<Group<'a>> {
        let span = self.captures.get_group(*self.names.get(name)?)?;
        Some(Group {
            text: self.text.get(span.range())?,
            start: span.start,
            end: span.end,
        })
    }
}

impl std::ops::Index<&str> for Groups<'_> {
    type Output = str;

    /// The text of a group the family's pattern always takes part in (empty if it did not).
    fn index(&self, name: &str) -> &str {
        self.name(name).map_or("", |group| group.text)
    }
}

impl<'a> Group<'a> {
    fn as_str(&self) -> &'a str {
        self.text
    }

    fn start(&self) -> usize {
        self.start
    }

    fn end(&self) -> usize {
        self.end
    }
}

/// Whether the value grammar reads the written value (relative dates against any day).
pub fn loads(found: &Found) -> bool {
    let day = jiff::civil::date(2025, 10, 22);
    let context = ParseContext {
        reference: Some(DayRange { first: day, last: day }),
        date_order: None,
    };
    value::parse(&found.written, found.family.value_type(), &context).is_ok()
}

fn read(name: &str, family: Family, captures: &Groups, text: &str) -> Option<Found> {
    let whole = captures.name(name)?;
    let (mut start, mut end) = (whole.start(), whole.end());
    // The space after an age's comma is no part of it.
    if family == Family::Age {
        end = start + text.get(start..end)?.trim_end().len();
    }
    // "He was 24.": the value is its number; after a name's comma ("X, who was 51"), from it.
    if let Some(age) = captures.name("was") {
        end = age.end();
        if was_form(&text[..age.start()]) == AgeForm::Stated {
            start = age.start();
        }
    }
    // A measured value ends with its number: the unit after it is what chooses its property.
    if let Some(number) = captures.name("m_num") {
        end = number.end();
    }
    // "at 9am on Friday": the value is the time, "at" what places it.
    if let Some(time) = captures.name("t_value") {
        (start, end) = (time.start(), time.end());
    }
    // "Tuesday's floods": the value is the day, the possessive what it is of.
    if let Some(day) = captures.name("poss_day") {
        (start, end) = (day.start(), day.end());
    }
    // "a third of the vote": the value is the share, "of" what it is of.
    if let Some(share) = captures.name("f_value") {
        end = share.end();
    }
    // "in December", "on the 14th": the value is the date, the word before it what places it.
    if let Some(date) = captures.name("inner").or(captures.name("on_day")) {
        start = date.start();
    }
    // "from 39 to 50" is a change, not a range: the value is where it went.
    let low = captures.name("c_low").or(captures.name("d_low"));
    let from = low.is_some() && ends_with_from(&text[..start]);
    if let (true, Some(number)) = (from, captures.name("c_num").or(captures.name("d_num"))) {
        start = number.start();
    }
    let (written, age_form) = match family {
        Family::Age => read_age(captures, text)?,
        Family::Percentage => (read_percentage(captures), None),
        Family::Date => (read_date(captures)?, None),
        Family::Time => (tidy(&captures["t_value"]), None),
        Family::Duration => (read_duration(captures, text, whole.start()..end, from)?, None),
        Family::Unit => (tidy(captures.name("u_unit")?.as_str()), None),
        Family::Measure if captures.name("s_amount").is_some() => (read_signed(captures, text, start)?, None),
        Family::Measure => (read_measure(captures, text, start)?, None),
        Family::Count => (read_count(captures, text, from)?, None),
    };
    Some(Found {
        family,
        start,
        end,
        written,
        age_form,
    })
}

/// The pattern of a share written in words: a fraction of something (`half of`, `a third
/// of`, `two-thirds of`: the value, group `f_value`, ends before "of") or a ratio (`one in
/// five`, `nine out of ten`, group `f_ratio`), each with its hedge (`f_hedge`). A fraction not
/// followed by "of" is left alone: `half an hour`, `half a million`, `a quarter past`.
fn share_pattern(hedges: &str) -> String {
    let b = "(?-u:\\b)";
    let fraction =
        r"half|(?:a|one)\s+(?:third|quarter|fifth|tenth)|(?:two|three|four)[\s-](?:thirds|quarters|fifths|tenths)";
    let small = "(?:one|two|three|four|five|six|seven|eight|nine|ten|[0-9]{1,3})";
    format!(
        r"{b}(?:(?P<f_hedge>{hedges})\s+)?(?:(?P<f_value>{fraction})\s+of|(?P<f_ratio>{small}\s+(?:in|out\s+of)\s+{small})){b}"
    )
}

/// The pattern of a count: a hedge, then a vague phrase (`dozens`, `a handful`) or a number
/// in digits or words with its scale words (`1.2 million`, `three hundred and six`, `two
/// dozen`, `half a million`, `a few thousand`), or a range (`30 to 40`, `between 30 and 40`),
/// and what may follow it (`or so`, `or more`, `-odd`, `-plus`). A number comes before a
/// vague phrase, so that `a few thousand` is read whole, not as `a few`.
fn count_pattern(hedges: &str, vague: &str, digits: &str, number: &str) -> String {
    let b = "(?-u:\\b)";
    let scale = "(?:hundred|thousand|million|billion|dozen)";
    let figure = format!(r"(?:{digits}|{number})(?:\s+{scale}(?:\s+(?:and\s+)?{number})?)*");
    let fraction = format!(
        r"(?:an?|half\s+an?|a\s+quarter\s+of\s+an?|a\s+couple\s+of|a\s+few|several)\s+{scale}(?:\s+(?:and\s+)?{number})?"
    );
    let low = format!(r"between\s+(?:{digits}|{number})\s+and\s+|(?:{digits}|{number})\s+to\s+");
    // "1.2m", "12k", "30-40": read only before a plural noun (see `read_count`).
    let short = format!(r"(?:{digits})(?:m|bn|k)|(?:{digits})[-\u{{2013}}](?:{digits})");
    format!(
        r"(?:{b}(?P<c_hedge>{hedges})\s+{QUOTE_OPEN}?|{QUOTE_OPEN}|{b})(?:(?P<c_low>{low})?(?:(?P<c_short>{short})|(?P<c_num>{fraction}|{figure}))|(?P<vague>{vague})){b}(?P<c_tail>\s+or\s+(?:so|more)|-odd|-plus)?{QUOTE_CLOSE}?"
    )
}

/// Whether a text ends with the word "from" (in any case) and spaces: only its end is read.
fn ends_with_from(text: &str) -> bool {
    let text = text.trim_end();
    text.as_bytes()
        .get(text.len().saturating_sub(" from".len())..)
        .is_some_and(|end| end.eq_ignore_ascii_case(b" from"))
}

/// A date as written, its leading qualifier (`This`, `Early`, `The`) in lower case.
fn read_date(captures: &Groups) -> Option<String> {
    let written = tidy(
        captures
            .name("full")
            .or(captures.name("inner"))
            .or(captures.name("inner_day"))
            .or(captures.name("poss_day"))
            .or(captures.name("on_day"))?
            .as_str(),
    );
    let qualifiers = [
        "this",
        "last",
        "early",
        "late",
        "mid",
        "between",
        "the",
        "yesterday",
        "tonight",
        "earlier",
        "next",
    ];
    let first = written.split([' ', '-']).next().unwrap_or("").to_lowercase();
    if let Some(rest) = written
        .get(first.len()..)
        .filter(|_| qualifiers.contains(&first.as_str()))
    {
        return Some(format!("{first}{rest}"));
    }
    Some(written)
}

fn read_age(captures: &Groups, text: &str) -> Option<(String, Option<AgeForm>)> {
    if let Some(old) = captures.name("old") {
        return Some((old.as_str().to_owned(), Some(AgeForm::YearOld)));
    }
    if let Some(aged) = captures.name("aged") {
        return is_persons_age(text, aged.start(), aged.end())
            .then(|| (tidy(aged.as_str()).to_lowercase(), Some(AgeForm::InClause)));
    }
    if let Some(bare) = captures.name("bare").or(captures.name("last")) {
        return Some((bare.as_str().to_owned(), Some(AgeForm::AfterName)));
    }
    if let Some(at) = captures.name("at") {
        return Some((at.as_str().to_owned(), Some(AgeForm::BeforePronoun)));
    }
    if let Some(age) = captures.name("at_name") {
        return Some((age.as_str().to_owned(), Some(AgeForm::YearOld)));
    }
    if let Some(age) = captures.name("paren") {
        return Some((age.as_str().to_owned(), Some(AgeForm::AfterName)));
    }
    if let Some(decade) = captures.name("decade") {
        return Some((tidy(decade.as_str()).to_lowercase(), Some(AgeForm::AfterName)));
    }
    if let Some(age) = captures.name("was") {
        return Some((age.as_str().to_owned(), Some(was_form(&text[..age.start()]))));
    }
    if let Some(age) = captures.name("age_of").or(captures.name("years_old")) {
        return Some((age.as_str().to_owned(), Some(AgeForm::InClause)));
    }
    let after = captures.name("after")?.as_str();
    let written = tidy(after.trim_start_matches(',')).to_lowercase();
    Some((written, Some(AgeForm::AfterName)))
}

/// How "was 24" is written, by the text before it: after a name and a comma ("Yared Getachew,
/// was 29", "Schettino, who was 51") its person just precedes; after a name or a pronoun
/// ("Hakizimana was 36.", "He was 24.") its person is the clause's.
fn was_form(before: &str) -> AgeForm {
    let rest = before
        .trim_end()
        .trim_end_matches("was")
        .trim_end_matches("is")
        .trim_end();
    if rest.ends_with(',') || rest.ends_with(", who") {
        AgeForm::AfterName
    } else {
        AgeForm::Stated
    }
}

/// Whether "aged" and the number at `start..end` say one person's age: not the ages of the
/// people a plural noun before it names ("children aged 5"), nor one end of a range of ages
/// ("aged 5 to 12", "aged 18-25").
fn is_persons_age(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end();
    let before = before.strip_suffix(',').unwrap_or(before);
    let plural_before = before.rsplit(char::is_whitespace).next().is_some_and(is_noun_plural);
    let rest = text[end..].trim_start();
    let range = rest.starts_with(['-', '\u{2013}']) || starts_with_word(rest, "to") || starts_with_word(rest, "and");
    !plural_before && !range
}

fn read_percentage(captures: &Groups) -> String {
    if let Some(share) = captures.name("f_value").or(captures.name("f_ratio")) {
        let share = tidy(share.as_str()).to_lowercase();
        return match captures.name("f_hedge") {
            Some(hedge) => format!("{} {share}", tidy(hedge.as_str()).to_lowercase()),
            None => share,
        };
    }
    let hedge = captures.name("p_hedge").map(|h| tidy(h.as_str()).to_lowercase());
    let number = &captures["p_num"];
    let sign = if &captures["sign"] == "%" { "%" } else { " percent" };
    match hedge {
        Some(hedge) => format!("{hedge} {number}{sign}"),
        None => format!("{number}{sign}"),
    }
}

/// A measured value as the number it is (`about 40` of `about 40 miles`), unless a word the
/// grammar does not read bounds it (`within 200 km`) or it is money or part of a decimal.
fn read_measure(captures: &Groups, text: &str, start: usize) -> Option<String> {
    let before = &text[..start];
    let bound = last_word(before).to_ascii_lowercase();
    if before.ends_with(['$', '€', '£', '.', ',', '-', '/']) || UNREAD_BOUNDS.contains(&bound.as_str()) {
        return None;
    }
    let number = tidy(&captures["m_num"]).to_lowercase();
    Some(match captures.name("m_hedge") {
        Some(hedge) => format!("{} {number}", tidy(hedge.as_str()).to_lowercase()),
        None => number,
    })
}

/// A measured value written with its unit (`about $60 million`, `between $1.7 billion and
/// $1.9 billion`, `magnitude 6.8`), unless a word the grammar does not read bounds it (`no
/// less than €17.8 billion`).
fn read_signed(captures: &Groups, text: &str, start: usize) -> Option<String> {
    if UNREAD_BOUNDS.contains(&last_word(&text[..start]).to_ascii_lowercase().as_str()) {
        return None;
    }
    // A currency written with letters keeps its capitals ("US$60 million"); the words do not.
    let amount: Vec<String> = captures["s_amount"]
        .split_whitespace()
        .map(|word| {
            if word.contains(['$', '€', '£']) {
                word.to_owned()
            } else {
                word.to_lowercase()
            }
        })
        .collect();
    let amount = amount
        .join(" ")
        .replace("magnitude of ", "magnitude ")
        .replace("magnitude-", "magnitude ");
    Some(match captures.name("s_hedge") {
        Some(hedge) => format!("{} {amount}", tidy(hedge.as_str()).to_lowercase()),
        None => amount,
    })
}

/// The last word of a text, without punctuation, found from its end.
fn last_word(text: &str) -> &str {
    text.split_whitespace()
        .next_back()
        .map_or("", |word| word.trim_matches(|c: char| !c.is_alphanumeric()))
}

/// A duration, unless the words after it make it an age, a relative date or a difference
/// (`4-month-old`, `five months ago`, `one year more than`).
fn read_duration(captures: &Groups, text: &str, span: std::ops::Range<usize>, from: bool) -> Option<String> {
    let after = text[span.end..].trim_start_matches([' ', '-']);
    let relative = [
        "old", "ago", "later", "earlier", "before", "after", "more", "less", "longer", "shorter",
    ];
    if relative.iter().any(|word| starts_with_word(after, word)) {
        return None;
    }
    let hedge = captures
        .name("d_hedge")
        .filter(|_| !from)
        .map(|h| tidy(h.as_str()).to_lowercase());
    let amount = match captures.name("d_low").filter(|_| !from) {
        Some(low) => format!(
            "{} {}",
            tidy(low.as_str()).to_lowercase(),
            captures["d_num"].to_lowercase()
        ),
        None => captures["d_num"].to_lowercase(),
    };
    let unit = value::DurationUnit::from_word(&captures["d_unit"].to_lowercase())?;
    // `22 and a half years`, `a year and a half`: the grammar reads halves in both places.
    let half = captures.name("d_half").is_some();
    let half_after = captures.name("d_after").is_some();
    let amount = tidy(&amount);
    let bare = amount == "a" || amount == "an";
    // "a day" alone is as often a rate ("twice a day") as a length; hedged, counted on
    // ("an hour and 20 minutes") or after "for" it is a length.
    let placed = hedge.is_some()
        || captures.name("d_more").is_some()
        || last_word(&text[..span.start]).eq_ignore_ascii_case("for");
    if bare && !(half_after || placed) || half && half_after {
        return None;
    }
    let one = bare || amount == "one" || amount == "1" || amount.starts_with("half ");
    let unit = unit.name(half || !one);
    let written = match (half, half_after, captures.name("d_more")) {
        (true, _, _) => format!("{amount} and a half {unit}"),
        (_, true, _) => format!("{amount} {unit} and a half"),
        // `11 years and three months`: the grammar reads a unit and smaller units.
        (_, _, Some(more)) => format!("{amount} {unit} and {}", tidy(more.as_str()).to_lowercase()),
        _ => format!("{amount} {unit}"),
    };
    Some(match hedge {
        Some(hedge) => format!("{hedge} {written}"),
        None => written,
    })
}

/// A count, unless the characters around it make it part of something else: a compound
/// (`15-member`), a time (`10:45`), a decimal or fraction, money, an ordinal, or it is a year
/// (`the 1957 Valencia flood`: four digits from 1800 to 2099 with no comma and no hedge).
fn read_count(captures: &Groups, text: &str, from: bool) -> Option<String> {
    let short = captures.name("c_short");
    // "a 10k race", "the 100m final", "a 2-1 win": a short form counts only what a plural
    // noun after it names ("1.2m people", "30-40 armed men").
    if short.is_some_and(|short| !heads_a_noun(&text[short.end()..])) {
        return None;
    }
    let core = captures.name("vague").or(short).or(captures.name("c_num"))?;
    let tail = captures.name("c_tail");
    let low = captures.name("c_low").filter(|_| !from);
    let before = text[..low.unwrap_or(core).start()].chars().next_back();
    let after = text[tail.unwrap_or(core).end()..].chars().next();
    if before.is_some_and(|c| matches!(c, '-' | '.' | '/' | ':' | '$' | '€' | '£' | ',')) {
        return None;
    }
    if after.is_some_and(|c| {
        matches!(c, '-' | '%' | ':' | '/' | '.' | '\u{2013}') && !is_end_of_sentence(text, tail.unwrap_or(core).end())
    }) {
        return None;
    }
    if captures.name("c_hedge").is_none() && is_year(core.as_str()) {
        return None;
    }
    // "several months", "a few times": a length of time or a frequency, not a count; "400,000
    // pesos": a sum of money.
    let next = text[tail.unwrap_or(core).end()..].trim_start();
    if value::UNIT_WORDS.iter().any(|(word, _)| starts_with_word(next, word))
        || starts_with_word(next, "times")
        || super::measures::currency_words()
            .chain(OTHER_CURRENCIES.iter().copied())
            .any(|word| starts_with_word(next, word))
    {
        return None;
    }
    let hedge = captures
        .name("c_hedge")
        .filter(|_| !from)
        .map(|h| tidy(h.as_str()).to_lowercase())
        .or_else(|| (low.is_none() && passed_by_a_tally(&text[..core.start()])).then(|| "more than".to_owned()));
    let core = match low {
        Some(low) => format!(
            "{} {}",
            tidy(low.as_str()).to_lowercase(),
            tidy(core.as_str()).to_lowercase()
        ),
        None => tidy(core.as_str()).to_lowercase(),
    };
    // "100 or so", "50-odd": what follows the number is part of the value.
    let core = match tail {
        Some(tail) if tail.as_str().starts_with(char::is_whitespace) => {
            format!("{core} {}", tidy(tail.as_str()).to_lowercase())
        }
        Some(tail) => format!("{core}{}", tail.as_str().to_lowercase()),
        None => core,
    };
    Some(match hedge {
        Some(hedge) => format!("{hedge} {core}"),
        None => core,
    })
}

/// Names of currencies written after an amount that `measures` does not measure in: a number
/// before one, as before one of those, is a sum of money, never a count.
const OTHER_CURRENCIES: &[&str] = &[
    "pounds", "pesos", "roubles", "rubles", "rand", "naira", "lira", "liras", "dirhams", "riyals", "shekels", "kronor",
    "kroner", "zlotys", "zloty", "reais", "baht", "ringgit", "rupiah", "hryvnias", "dinars",
];

/// Whether the words before a count are a tally going past it ("toll passes", "the number
/// of dead has topped"), which makes the count a lower bound; read from the text's end, so
/// the check costs the same late in a long text as early in it.
fn passed_by_a_tally(before: &str) -> bool {
    let words: Vec<String> = before
        .split_whitespace()
        .rev()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase())
        .filter(|w| !matches!(w.as_str(), "has" | "have" | "had" | "now" | "already"))
        .take(2)
        .collect();
    matches!(words.as_slice(), [verb, noun] if PASSING_VERBS.contains(&verb.as_str()) && TALLY_NOUNS.contains(&noun.as_str()))
}

/// Four digits that read as a year of modern history.
fn is_year(digits: &str) -> bool {
    digits.len() == 4 && digits.parse::<u16>().is_ok_and(|year| (1800..2100).contains(&year))
}

/// Whether a full stop at `at` ends the sentence rather than starting decimals.
fn is_end_of_sentence(text: &str, at: usize) -> bool {
    text.get(at..).is_some_and(|rest| rest.starts_with('.'))
        && !text
            .get(at + 1..)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether `text` starts with `word` (any case) followed by no letter or digit. A prefix that
/// would cut a character in two is no match.
fn starts_with_word(text: &str, word: &str) -> bool {
    match (text.get(..word.len()), text.get(word.len()..)) {
        (Some(head), Some(rest)) => head.eq_ignore_ascii_case(word) && !rest.starts_with(|c: char| c.is_alphanumeric()),
        _ => false,
    }
}

/// A regex alternation of lower-case words written capitalised, matched in that case only.
fn capitalised(words: &[&str]) -> String {
    let written: Vec<String> = words
        .iter()
        .map(|word| {
            let mut letters = word.chars();
            letters
                .next()
                .map(|first| first.to_uppercase().chain(letters).collect())
                .unwrap_or_default()
        })
        .collect();
    format!("(?-i:{})", written.join("|"))
}

/// Whitespace runs made one space.
fn tidy(text: &str) -> String {
    let mut previous = ' ';
    let tidy = text.chars().all(|c| {
        let single = !c.is_whitespace() || c == ' ' && previous != ' ';
        previous = c;
        single
    }) && !text.ends_with(' ');
    if tidy {
        return text.to_owned();
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A regex alternation of phrases, longest first, spaces matching any whitespace.
fn alternation(phrases: &[String]) -> String {
    let mut sorted: Vec<&String> = phrases.iter().collect();
    sorted.sort_by_key(|p| std::cmp::Reverse(p.len()));
    word_trie::alternation(&sorted)
}

/// Spelled-out numbers, joined by hyphens or spaces (`twenty-five`, `one hundred`).
fn number_pattern(words: &[String]) -> String {
    let word = alternation(words);
    format!("(?:{word})(?:[- ](?:{word}))*")
}

#[cfg(test)]
#[path = "values_tests.rs"]
mod tests;
