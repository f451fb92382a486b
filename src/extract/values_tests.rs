//! Tests of the value finder.

use super::*;

/// Whitespace runs become one space, whether or not the text already has single spaces.
#[test]
fn tidy_makes_whitespace_runs_one_space() {
    // text | tidied
    let table = [
        ("about  forty", "about forty"),
        ("more than\nten", "more than ten"),
        (" a few ", "a few"),
        ("a\u{a0}dozen", "a dozen"),
        ("twenty-one", "twenty-one"),
        ("two hundred", "two hundred"),
        ("", ""),
        (" ", ""),
    ];
    for (text, tidied) in table {
        assert_eq!(tidy(text), tidied, "{text:?}");
    }
}

/// Found by the extractor fuzz target: a word test on text starting with a character of
/// several bytes cut it in two and panicked.
#[test]
fn word_tests_never_cut_a_character() {
    assert!(!starts_with_word("c\u{FFFD}\u{FFFD} etween", "abc"));
    assert!(!starts_with_word("\u{FFFD}", "ab"));
    assert!(starts_with_word("Dozens of", "dozens"));
    assert!(!starts_with_word("dozensof", "dozens"));
    assert!(!is_end_of_sentence("x", 5));
    assert!(is_end_of_sentence("a. B", 1));
    assert!(!is_end_of_sentence("3.5", 1));
}

fn builtin() -> ValueFinder {
    let raw: Patterns = super::super::tests::builtin_patterns();
    ValueFinder::new(&raw).unwrap()
}

fn found(text: &str) -> Vec<(Family, String)> {
    builtin()
        .find(text)
        .into_iter()
        .filter(loads)
        .map(|f| (f.family, f.written))
        .collect()
}

fn one(text: &str) -> (Family, String) {
    let all = found(text);
    assert_eq!(all.len(), 1, "{text}: {all:?}");
    all[0].clone()
}

#[test]
fn hedged_and_vague_counts() {
    use Family::Count;
    assert_eq!(
        one("comprises roughly 70 French fighters"),
        (Count, "roughly 70".into())
    );
    assert_eq!(
        one("believed to include around 150 French-speaking fighters"),
        (Count, "around 150".into())
    );
    assert_eq!(
        one("including more than 70 French nationals"),
        (Count, "more than 70".into())
    );
    assert_eq!(
        one("About “fifty” people would be part of his group"),
        (Count, "about fifty".into())
    );
    assert_eq!(
        one("estimated to number in the dozens, led by"),
        (Count, "in the dozens".into())
    );
    assert_eq!(
        one("there remained “a large hundred” Frenchmen"),
        (Count, "a large hundred".into())
    );
    assert_eq!(one("of the “1,500 who left"), (Count, "1,500".into()));
    assert_eq!(
        one("put the crowd at close to four million people"),
        (Count, "close to four million".into())
    );
    assert_eq!(one("about 1.5 billion viewers"), (Count, "about 1.5 billion".into()));
    // Money is a measured value, no count.
    assert_eq!(
        found("released $60 million in emergency money"),
        [(Family::Measure, "$60 million".into())]
    );
}

#[test]
fn a_tally_passing_a_figure_makes_it_a_lower_bound() {
    use Family::Count;
    assert_eq!(
        one("Flood toll passes 215 as anger grows"),
        (Count, "more than 215".into())
    );
    assert_eq!(one("Quake toll passes 2,900"), (Count, "more than 2,900".into()));
    assert_eq!(one("the death toll has now topped 60"), (Count, "more than 60".into()));
    // Passing something else, or a hedge of its own: as written.
    assert_eq!(one("the parliament passed 215 amendments"), (Count, "215".into()));
    assert_eq!(one("the toll passes about 60"), (Count, "about 60".into()));
}

#[test]
fn compounds_times_and_decimals_are_not_counts() {
    assert!(found("a 15-member Palestinian body at 10:45, KGS/USD = 0.01143, the 32-nation alliance").is_empty());
}

#[test]
fn ages_in_every_form() {
    use Family::Age;
    assert_eq!(one("headed by 50-year-old Omar Diaby"), (Age, "50".into()));
    assert_eq!(one("accused Diaby, 50, of kidnapping"), (Age, "50".into()));
    assert_eq!(one("Diaby, now 49, heads"), (Age, "now 49".into()));
    assert_eq!(one("Diaby, aged 49, heads"), (Age, "aged 49".into()));
    // "Aged" at a clause's end, with or without its comma.
    assert_eq!(one("she died at home, aged 96."), (Age, "aged 96".into()));
    assert_eq!(one("she died at home aged 96"), (Age, "aged 96".into()));
    // The ages of a group, or a range of them, are no one's age.
    for text in [
        "she met children aged 12",
        "pupils, aged 5 to 12, sang",
        "all those aged 18-25 voted",
    ] {
        assert!(found(text).iter().all(|(family, _)| *family != Age), "{text}");
    }
    assert_eq!(one("Mahmoud Abu Ishaq, a 14-year-old, has"), (Age, "14".into()));
    assert_eq!(one("Carlos Mazón, who turned 51 in the spring"), (Age, "51".into()));
    // A name may end with a letter outside ASCII.
    assert_eq!(one("Then Kylian Mbappé, 23, scored"), (Age, "23".into()));
    assert_eq!(one("the driver, José, 52."), (Age, "52".into()));
    // The first digits of a number with thousands after a comma are no age.
    assert_eq!(
        found("Hundreds were hurt, 2,310 of them badly."),
        [(Family::Count, "hundreds".into()), (Family::Count, "2,310".into())]
    );
    assert_eq!(one("Diaby, 50,\nsaid"), (Age, "50".into()));
    // "Was" and a number that ends a clause, after a name, a pronoun or a comma.
    for (text, age) in [
        ("Okafor was 41.", "41"),
        ("She was 41 when the war began", "41"),
        ("Okafor, who was 41 at the time, said", "41"),
        ("The pilot, Dan Okafor, was 41 and had flown for years", "41"),
    ] {
        assert_eq!(one(text), (Age, age.into()), "{text}");
    }
    // Not after a common noun, nor a number a noun follows.
    for text in [
        "the toll was 41.",
        "Okafor, who was 41 minutes late",
        "He was 41 points ahead",
    ] {
        assert!(found(text).iter().all(|(family, _)| *family != Age), "{text}");
    }
    // Turning a figure is no age without a name and its comma.
    assert!(
        found("the toll turned 51 by noon")
            .iter()
            .all(|(family, _)| *family != Age)
    );
}

#[test]
fn percentages() {
    use Family::Percentage;
    assert_eq!(
        one("recruiting 80% of French-speaking jihadists"),
        (Percentage, "80%".into())
    );
    assert_eq!(
        one("recruiting up to 80 percent of French fighters"),
        (Percentage, "up to 80 percent".into())
    );
    assert_eq!(one("around 3.5% of GDP"), (Percentage, "around 3.5%".into()));
}

#[test]
fn dates_of_every_precision() {
    use Family::Date;
    assert_eq!(one("relocated to Syria in 2013 and"), (Date, "2013".into()));
    assert_eq!(one("in August 2020 he was arrested"), (Date, "August 2020".into()));
    assert_eq!(one("On October 22, clashes erupted"), (Date, "October 22".into()));
    assert_eq!(
        one("clashed with French jihadists this Wednesday, at"),
        (Date, "this Wednesday".into())
    );
    assert_eq!(
        one("Fighting broke out early last week when"),
        (Date, "early last week".into())
    );
    assert_eq!(one("a stronghold in the 1980s."), (Date, "the 1980s".into()));
    assert_eq!(
        one("in a French prison in the early 2000s for theft"),
        (Date, "the early 2000s".into())
    );
    assert_eq!(one("between 2020 and 2022."), (Date, "between 2020 and 2022".into()));
    assert_eq!(one("on Jan. 27 she said"), (Date, "Jan. 27".into()));
    // A weekday keeps the part of the day written with it.
    assert_eq!(one("The ferry sank on Friday night off"), (Date, "Friday night".into()));
    assert_eq!(one("by Saturday morning the roads"), (Date, "Saturday morning".into()));
    assert_eq!(one("on Monday the mayor"), (Date, "Monday".into()));
}

#[test]
fn hedges_a_little_or_well_past_a_number_are_kept_whole() {
    // written | family | the value found
    let table = [
        ("just over 300 volunteers signed up", Family::Count, "just over 300"),
        ("a little under 60 boats set out", Family::Count, "a little under 60"),
        ("well over 1,000 homes lost power", Family::Count, "well over 1,000"),
        (
            "slightly more than 40 firms bid",
            Family::Count,
            "slightly more than 40",
        ),
        (
            "the strike lasted just under two weeks",
            Family::Duration,
            "just under two weeks",
        ),
    ];
    for (text, family, value) in table {
        assert_eq!(one(text), (family, value.into()), "{text}");
    }
    // "over" alone is still a hedge of its own.
    assert_eq!(one("over 50 shops shut"), (Family::Count, "over 50".into()));
}

#[test]
fn months_seasons_and_days_counted_back_are_dates() {
    use Family::Date;
    // written | the date found
    let table = [
        ("The ferry was refitted in November and", "November"),
        ("He will be sentenced in March, lawyers said", "March"),
        ("The mine closed last February after", "last February"),
        ("Work should end by late September at", "late September"),
        ("a second vote in early May 2027 was", "early May 2027"),
        ("sales slowed from mid-July onwards", "mid-July"),
        ("set to reopen in the spring of 2031 once", "the spring of 2031"),
        ("was launched in summer 2019 by", "summer 2019"),
        ("the fishermen left last winter for", "last winter"),
        ("the dam burst three weeks ago, flooding", "three weeks ago"),
        (
            "the levee was last inspected about a decade ago by",
            "about a decade ago",
        ),
        ("in October 3, 2019 at", "October 3, 2019"),
    ];
    for (text, date) in table {
        assert_eq!(one(text), (Date, date.into()), "{text}");
    }
    // A modal or a verb is no month; a month's name in lower case is not read alone.
    for text in [
        "It may rain in may, the farmers fear.",
        "Troops march in march formation.",
    ] {
        assert!(found(text).iter().all(|(family, _)| *family != Date), "{text}");
    }
    // A length of time counted from another day than the article's is no date the grammar
    // reads.
    for text in ["it reopened two weeks later", "a week after the storm"] {
        assert!(found(text).iter().all(|(family, _)| *family != Date), "{text}");
    }
}

#[test]
fn days_counted_from_the_article_and_days_of_a_possessive_are_dates() {
    use Family::Date;
    // written | the date found
    let table = [
        ("The levee gave way early this morning near", "early this morning"),
        ("Rebels shelled the port last night, killing", "last night"),
        ("The strike began yesterday afternoon at", "yesterday afternoon"),
        ("Yesterday the ferry sank off", "yesterday"),
        ("Polls close tonight across", "tonight"),
        ("The dam was inspected earlier today by", "earlier today"),
        ("The market was shut last weekend after", "last weekend"),
        ("Wednesday night's derailment killed", "Wednesday night"),
        ("after Tuesday’s storm the town", "Tuesday"),
    ];
    for (text, date) in table {
        assert_eq!(one(text), (Date, date.into()), "{text}");
    }
    // "today" alone, a weekday's name that is no day, and "tonight" inside a word are none.
    for text in [
        "Today's paper leads on the storm.",
        "the Sunday Times reported",
        "the tonightly news",
    ] {
        assert!(found(text).iter().all(|(family, _)| *family != Date), "{text}");
    }
}

#[test]
fn dates_as_news_writes_them() {
    use Family::Date;
    // written | the date found
    let table = [
        ("The dam burst on Aug. 4 after", "Aug. 4"),
        ("was attacked on Sept. 11, 2001 by", "Sept. 11, 2001"),
        ("The fair opens March 3rd with", "March 3rd"),
        ("signed on 3rd March 2024 in", "3rd March 2024"),
        ("It sank on the 3rd of March off", "the 3rd of March"),
        ("Talks resume on the 14th in", "the 14th"),
        ("The summit ran from 1 to 3 August in", "1 to 3 August"),
        ("held between 1 and 3 August 2020 at", "between 1 and 3 August 2020"),
        ("The rally was held on August 1-3, 2020 in", "August 1-3, 2020"),
        ("It struck on the night of 4 August when", "the night of 4 August"),
        (
            "Gunmen attacked in the early hours of Sunday, police said",
            "the early hours of Sunday",
        ),
        ("The plant reopened at the end of March after", "the end of March"),
        ("Sales fell in the second half of 2023 as", "the second half of 2023"),
        ("Profit doubled in Q3 2022 on", "Q3 2022"),
        ("in the third quarter of 2022 the bank", "the third quarter of 2022"),
        ("The fire was put out over the weekend by", "the weekend"),
        ("A vote is due next week in", "next week"),
        ("The alert was raised in July last year by", "July last year"),
        ("The deal closed on 23 July last year after", "23 July last year"),
        ("It reopens in March next year, the", "March next year"),
        ("Next month the port reopens to", "next month"),
        ("The mayor resigned earlier this month over", "earlier this month"),
        ("The order was signed on 2020-08-04 by", "2020-08-04"),
    ];
    for (text, date) in table {
        assert_eq!(one(text), (Date, date.into()), "{text}");
    }
    // A century, a lower-case abbreviation and a day number with no month are no dates.
    for text in [
        "a church built in the 14th century",
        "the mar 3 pipe",
        "ranked 3rd of 20 teams",
    ] {
        assert!(found(text).iter().all(|(family, _)| *family != Date), "{text}");
    }
}

#[test]
fn counts_with_scale_words_vague_phrases_and_tails_are_read_whole() {
    // written | the count found
    let table = [
        ("Rescuers freed two dozen miners from", "two dozen"),
        (
            "the storm left three hundred and six homes without",
            "three hundred and six",
        ),
        ("about a hundred fishermen were missing", "about a hundred"),
        ("more than a thousand pilgrims fell ill", "more than a thousand"),
        ("half a million people fled the city", "half a million"),
        ("a few thousand protesters marched", "a few thousand"),
        ("a couple of hundred guests left", "a couple of hundred"),
        ("hundreds of thousands of voters stayed home", "hundreds of thousands"),
        ("a handful of survivors were found", "a handful"),
        ("scores of shops were looted", "scores"),
        ("several firefighters were hurt", "several"),
        ("between 30 and 40 surgeons were there", "between 30 and 40"),
        ("well under 100 ballots were spoiled", "well under 100"),
        ("a hundred or so cars burned", "a hundred or so"),
        ("50-odd boats sank in the harbour", "50-odd"),
        ("1,000-plus runners finished", "1,000-plus"),
        ("In the flood, 12,000 homes were lost", "12,000"),
    ];
    for (text, count) in table {
        assert_eq!(one(text), (Family::Count, count.into()), "{text}");
    }
    // A vague word before a unit of time or "times" is a length or a frequency; a number
    // before a currency is a sum.
    for text in [
        "it rained for several months",
        "the ferry was late a few times",
        "each family got 400,000 pesos",
        "a fine of 3 million roubles",
    ] {
        assert!(found(text).iter().all(|(family, _)| *family != Family::Count), "{text}");
    }
}

#[test]
fn short_counts_and_dashed_ranges_count_only_a_plural_noun() {
    // written | the count found
    let table = [
        ("the storm forced 1.2m people from their homes", "1.2m"),
        ("some 40k fans packed the square", "some 40k"),
        ("the bill would cost 3bn taxpayers a pound each", "3bn"),
        ("30-40 armed men stormed the depot", "30-40"),
        ("between 12\u{2013}15 climbers were stranded", "12\u{2013}15"),
    ];
    for (text, count) in table {
        assert_eq!(one(text), (Family::Count, count.into()), "{text}");
    }
    // A race, a score, a length or a ruling is no count.
    for text in [
        "she won the 10k race in June",
        "they lost the 100m final",
        "a 2-1 win at home",
        "a 12m yacht ran aground",
        "the court split 5-4 on the question",
        "in a 7-2 ruling the justices agreed",
    ] {
        assert!(found(text).iter().all(|(family, _)| *family != Family::Count), "{text}");
    }
}

#[test]
fn sums_of_money_keep_their_currency_as_written() {
    // written | the sum found
    let table = [
        ("the firm paid US$60 million for it", "US$60 million"),
        ("a deal worth $1.2bn was signed", "$1.2bn"),
        ("he was fined \u{a3}3.5m on Friday", "\u{a3}3.5m"),
        ("the city spent sixty million dollars on it", "sixty million dollars"),
        ("about 2.5 million euros were pledged", "about 2.5 million euros"),
        ("each family gets 1 million rupees in aid", "1 million rupees"),
        ("a \u{a5}300 billion stimulus", "\u{a5}300 billion"),
        ("fined 5 million francs", "5 million francs"),
    ];
    for (text, sum) in table {
        assert_eq!(found_measures(text), [(Family::Measure, sum.into())], "{text}");
    }
}

#[test]
fn lengths_of_a_single_unit_and_vague_lengths() {
    // written | the length found
    let table = [
        ("The storm raged for more than an hour over", "more than an hour"),
        ("The strike lasted for a fortnight in", "a fortnight"),
        ("The ward was shut for a week in", "a week"),
        ("Talks went on for an hour and 20 minutes in", "an hour and 20 minutes"),
        ("Divers searched for half an hour in", "half an hour"),
        ("The border stayed shut for over a decade until", "over a decade"),
        ("Queues formed for several weeks at", "several weeks"),
        ("Power was cut for a couple of days in", "a couple of days"),
        ("The runway closed for a few hours on", "a few hours"),
    ];
    for (text, length) in table {
        assert_eq!(one(text), (Family::Duration, length.into()), "{text}");
    }
    // "a day" as a rate, or a length counted from an event, is no length.
    for text in [
        "The well leaked 60,000 barrels a day into the gulf",
        "Nurses came twice a day to the ward",
        "A week after the storm the roads reopened",
    ] {
        assert!(
            found(text).iter().all(|(family, _)| *family != Family::Duration),
            "{text}"
        );
    }
}

#[test]
fn shares_written_in_words() {
    // written | the share found
    let table = [
        ("Half of the town was flooded", "half"),
        ("about a third of voters stayed home", "about a third"),
        ("almost two-thirds of the seats went to", "almost two-thirds"),
        ("three-quarters of the crops were lost", "three-quarters"),
        ("one in five homes has no power", "one in five"),
        ("nine out of ten doctors agreed", "nine out of ten"),
    ];
    for (text, share) in table {
        assert_eq!(one(text), (Family::Percentage, share.into()), "{text}");
    }
    // A fraction not followed by "of" is no share: a length, a count, a clock.
    assert_eq!(
        one("they waited half an hour"),
        (Family::Duration, "half an hour".into())
    );
    assert_eq!(
        one("half a million people fled"),
        (Family::Count, "half a million".into())
    );
    assert!(
        found("at a quarter past nine")
            .iter()
            .all(|(family, _)| *family != Family::Percentage)
    );
}

#[test]
fn ranges_years_and_changes() {
    assert_eq!(one("30 to 40 surgeons were there"), (Family::Count, "30 to 40".into()));
    assert_eq!(
        one("terms of between 10 and 18 years"),
        (Family::Duration, "between 10 and 18 years".into())
    );
    // From one figure to another is a change: the value is the second.
    assert_eq!(one("the toll rose from 39 to 50"), (Family::Count, "50".into()));
    // A year is no count; a year with a hedge or a comma is.
    assert!(found("In the 1957 Valencia flood").is_empty());
    assert_eq!(one("some 1957 people"), (Family::Count, "some 1957".into()));
    // A difference of lengths is no length.
    assert_eq!(
        found("given ten years, one year more than before"),
        [(Family::Duration, "ten years".into())]
    );
}

#[test]
fn durations_but_not_ages_or_relative_dates() {
    use Family::Duration;
    assert_eq!(one("holding him for 17 months between"), (Duration, "17 months".into()));
    assert_eq!(
        one("served five years in a French prison"),
        (Duration, "five years".into())
    );
    assert_eq!(one("The recent one-day clashes"), (Duration, "one day".into()));
    assert_eq!(
        one("shut for close to two years since"),
        (Duration, "close to two years".into())
    );
    // Halves, before the unit or after it; a bare `a year` is no length of its own.
    assert_eq!(
        one("sentenced to 22 and a half years in prison"),
        (Duration, "22 and a half years".into())
    );
    assert_eq!(
        one("after the three-and-a-half-month trial"),
        (Duration, "three and a half months".into())
    );
    assert_eq!(
        one("he spent a year and a half in hiding"),
        (Duration, "a year and a half".into())
    );
    assert_eq!(
        one("talks lasted two and a half hours"),
        (Duration, "two and a half hours".into())
    );
    // A unit and a smaller one, found whole (the grammar reads them together).
    assert_eq!(
        one("was jailed for 11 years and three months for fraud"),
        (Duration, "11 years and three months".into())
    );
    assert_eq!(
        one("The hearing ran for two hours and 40 minutes"),
        (Duration, "two hours and 40 minutes".into())
    );
    assert_eq!(
        found("He served five years and two children were born"),
        [(Duration, "five years".into()), (Family::Count, "two".into())]
    );
    assert!(found("once a year, at most").is_empty());
    let found = found("wounded five months ago under the 4-month-old ceasefire, 50 patients a day");
    assert!(found.iter().all(|(family, _)| *family != Duration), "{found:?}");
}

/// Every text of the shipped corpus and of the test data (held-out sets aside).
fn every_text() -> Vec<(std::path::PathBuf, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut folders = vec![root.join("claims/texts"), root.join("tests/data")];
    let mut texts = Vec::new();
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.to_string_lossy().contains("heldout") {
                continue;
            }
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "txt") {
                let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
                texts.push((path, text));
            }
        }
    }
    texts
}

#[test]
fn every_value_the_finder_proposes_in_every_text_loads() {
    let finder = builtin();
    let texts = every_text();
    assert!(texts.len() >= 20, "{} texts", texts.len());
    let mut proposed = 0;
    for (path, text) in texts {
        for found in finder.find(&text) {
            proposed += 1;
            let day = jiff::civil::date(2025, 10, 22);
            let context = ParseContext {
                reference: Some(DayRange { first: day, last: day }),
                date_order: None,
            };
            let read = value::parse(&found.written, found.family.value_type(), &context);
            assert!(
                read.is_ok(),
                "{}: {:?} does not load: {read:?}",
                path.display(),
                found.written
            );
        }
    }
    assert!(proposed > 300, "{proposed} values proposed");
}

#[test]
fn measured_values_end_with_their_number() {
    use Family::Measure;
    assert_eq!(
        one("about 40 miles off the Louisiana coast"),
        (Measure, "about 40".into())
    );
    assert_eq!(one("the Dali, a 984-foot vessel"), (Measure, "984".into()));
    assert_eq!(one("most of the 1.6-mile span"), (Measure, "1.6".into()));
    assert_eq!(one("going at around 190 km/h when"), (Measure, "around 190".into()));
    assert_eq!(
        one("about four kilometres before the station"),
        (Measure, "about four".into())
    );
    let found = builtin().find("in about 5,000 feet of water");
    assert_eq!(
        &"in about 5,000 feet of water"[found[0].start..found[0].end],
        "about 5,000"
    );
    // A bound the grammar does not read, and money, are no measure.
    assert!(found_measures("we got to within 200 km of Moscow, no less than 30 miles").is_empty());
    assert!(found_measures("a 3.5.2 miles").is_empty());
    assert_eq!(found_measures("a $5 km fee"), [(Measure, "$5".into())]);
}

fn found_measures(text: &str) -> Vec<(Family, String)> {
    found(text)
        .into_iter()
        .filter(|(family, _)| *family == Family::Measure)
        .collect()
}

#[test]
fn numbered_units() {
    assert_eq!(
        one("Ghuraba is part of the 82nd Division of the Syrian Army"),
        (Family::Unit, "82nd Division".into())
    );
}

/// A time of day on a named day, in a corpus with a time-of-day property: (text, the
/// values found, in order).
#[test]
fn times_of_day_on_a_named_day() {
    let properties = "properties:\n  - {id: time, name: time of day, type: time}\n";
    let entities = "entities:\n  - {id: blast, kind: event, name: the blast}\n";
    let table: &[(&str, &[(&str, &str)])] = &[
        (
            "The blast came at about 1:28 a.m. on Tuesday.",
            &[("time", "about 1:28 a.m. on Tuesday")],
        ),
        (
            "The blast was heard at 4:30 p.m. ET on March 26.",
            &[("time", "4:30 p.m. ET on March 26")],
        ),
        (
            "On Friday at 9am the blast shook the port.",
            &[("time", "Friday at 9am")],
        ),
        (
            "The blast, at 20:12 on 4 August, was filmed.",
            &[("time", "20:12 on 4 August")],
        ),
        (
            "The blast struck shortly after 6 a.m. on Sunday morning.",
            &[("time", "shortly after 6 a.m. on Sunday morning")],
        ),
        // Negatives: a clock with no day, or an hour with no half of the day, is no time of
        // day the grammar can place; the day alone is still a date.
        ("The blast came at 3:30 p.m., officials said.", &[]),
        (
            "At 10 on Tuesday night the blast was heard.",
            &[("date", "Tuesday night")],
        ),
        ("The score was 2-1 on Tuesday.", &[("date", "Tuesday")]),
    ];
    crate::extract::tests::assert_properties(entities, properties, table);
}

/// A corpus with no time-of-day property finds the day of a time as a date.
#[test]
fn without_a_time_property_the_day_of_a_time_is_a_date() {
    assert_eq!(
        one("The blast came at about 1:28 a.m. on Tuesday."),
        (Family::Date, "Tuesday".into())
    );
}
