//! Reasons from evidence: a table of (verdict, evidence) and the sentence an editor reads.

use super::sentence;
use crate::model::Corpus;
use crate::value::{Bound, DateValue, EntitySet, Interval, Precision};
use crate::verdict::{Edge, Evidence, Facts, FitFacts, Normal, SideEvidence, Stretch, Verdict, Why};
use jiff::civil::date;
use std::borrow::Cow;

fn no_entities() -> Corpus {
    Corpus {
        root: std::path::PathBuf::new(),
        entities: Default::default(),
        properties: Default::default(),
        scopes: Default::default(),
        sources: Vec::new(),
    }
}

fn side(source: &str, outlet: &str, written: &str, normal: Normal) -> SideEvidence {
    SideEvidence {
        source: source.to_owned(),
        outlet: outlet.to_owned(),
        written: written.to_owned(),
        normal,
        hedge: None,
        attribution: None,
        party: None,
        dated: None,
        scope: None,
    }
}

fn figures(lo: f64, hi: f64) -> Normal {
    Normal::Numbers {
        strict: Interval::closed(lo, hi),
        loose: Interval::closed(lo, hi),
        written: Interval::closed(lo, hi),
    }
}

fn fit(found: Why<'static>) -> FitFacts {
    FitFacts {
        rule: found.rule(),
        found,
    }
}

fn entity(id: &str) -> Normal {
    Normal::Entity(EntitySet {
        included: vec![id.to_owned()],
        excluded: Vec::new(),
        none: false,
    })
}

#[test]
fn each_rule_reads_as_one_sentence_an_editor_would_sign() {
    let mut fifty = side("bfm", "BFM TV", "about fifty", figures(42.5, 57.5));
    fifty.hedge = Some("would be".to_owned());
    fifty.attribution = Some("French security sources".to_owned());
    fifty.dated = Some(DateValue::span(date(2024, 12, 1), date(2024, 12, 31), Precision::Month));
    let mut hundred_fifty = side("asharq", "Asharq Al-Awsat", "around 150", figures(127.5, 172.5));
    hundred_fifty.scope = Some("French-speaking fighters".to_owned());
    let over_seventy = side(
        "noon",
        "Noon Post",
        "over 70",
        Normal::Numbers {
            strict: Interval {
                lo: Bound::Open(70.0),
                hi: Bound::Unbounded,
            },
            loose: Interval {
                lo: Bound::Open(70.0),
                hi: Bound::Unbounded,
            },
            written: Interval {
                lo: Bound::Open(70.0),
                hi: Bound::Unbounded,
            },
        },
    );
    let more_than_seventy = SideEvidence {
        written: "more than 70".to_owned(),
        ..over_seventy.clone()
    };
    let mut cases: Vec<(Verdict, Evidence, &str)> = vec![
        (
            Verdict::Conflict,
            Evidence {
                sides: vec![
                    fifty.clone(),
                    side("noon", "Noon Post", "roughly 70", figures(59.5, 80.5)),
                ],
                facts: Facts::TooClose {
                    fit: fit(Why::ReadingsApart { gap: 2.0 }),
                    days: 1,
                    property: "number of fighters".to_owned(),
                },
            },
            "BFM TV, citing French security sources, says \"about fifty\" (December 2024, hedged \"would be\", \
             read as 43 to 57) and Noon Post says \"roughly 70\" (read as 60 to 80): the figures cannot both be \
             right, even read loosely, and they are dated only 1 day apart, too soon for number of fighters to \
             have changed that much.",
        ),
        (
            Verdict::Tension,
            Evidence {
                sides: vec![hundred_fifty.clone(), over_seventy.clone()],
                facts: Facts::DifferentScopes {
                    fit: fit(Why::Compatible),
                    compatible: true,
                },
            },
            "Asharq Al-Awsat says \"around 150\" (counting French-speaking fighters, read as 128 to 172) and \
             Noon Post says \"over 70\" (read as more than 70): one counts only French-speaking fighters, the \
             other gives no scope, and the figures would fit, so an editor should check they measure the same \
             thing.",
        ),
        (
            Verdict::Tension,
            Evidence {
                sides: vec![hundred_fifty, more_than_seventy],
                facts: Facts::Nested {
                    part: "French-speaking fighters".to_owned(),
                    whole: None,
                },
            },
            "Asharq Al-Awsat says \"around 150\" (counting French-speaking fighters, read as 128 to 172) and \
             Noon Post says \"more than 70\": they count different things, and French-speaking fighters are \
             part of the total, so both can be right.",
        ),
        (
            Verdict::Agree,
            Evidence {
                sides: vec![
                    SideEvidence {
                        scope: Some("French nationals".to_owned()),
                        ..side("riviera", "Riviera Daily", "about a dozen", figures(10.2, 13.8))
                    },
                    side("noon", "Noon Post", "roughly 70", figures(59.5, 80.5)),
                ],
                facts: Facts::BelowWhole {
                    part: "French nationals".to_owned(),
                    whole: None,
                },
            },
            "Riviera Daily says \"about a dozen\" (counting French nationals, read as 11 to 13) and Noon Post \
             says \"roughly 70\" (read as 60 to 80): French nationals are part of the total, and the part's figure \
             is below the whole's on every reading, so they agree.",
        ),
        (
            Verdict::Conflict,
            Evidence {
                sides: vec![
                    side("asharq", "Asharq Al-Awsat", "france", entity("France")),
                    side("asharq", "Asharq Al-Awsat", "us", entity("United States")),
                ],
                facts: Facts::Fit(fit(Why::DifferentEntities)),
            },
            "Asharq Al-Awsat contradicts itself, saying France and United States: they name different entities.",
        ),
        (
            Verdict::Conflict,
            Evidence {
                sides: vec![
                    SideEvidence {
                        attribution: Some("the Red Crescent".to_owned()),
                        party: Some("red-crescent".to_owned()),
                        ..side("herald", "Gulf Herald", "11,300", figures(11300.0, 11300.0))
                    },
                    SideEvidence {
                        attribution: Some("the mayor".to_owned()),
                        party: Some("the mayor".to_owned()),
                        ..side("herald", "Gulf Herald", "20,000", figures(20000.0, 20000.0))
                    },
                ],
                facts: Facts::Fit(fit(Why::ReadingsApart { gap: 8700.0 })),
            },
            "Gulf Herald reports a disagreement: \"11,300\" according to the Red Crescent and \"20,000\" according \
             to the mayor: the figures cannot both be right, even read loosely.",
        ),
        (
            Verdict::Conflict,
            Evidence {
                sides: vec![
                    SideEvidence {
                        attribution: Some("the mayor".to_owned()),
                        party: Some("the mayor".to_owned()),
                        ..side("herald", "Gulf Herald", "11,300", figures(11300.0, 11300.0))
                    },
                    side("herald", "Gulf Herald", "20,000", figures(20000.0, 20000.0)),
                ],
                facts: Facts::Fit(fit(Why::ReadingsApart { gap: 8700.0 })),
            },
            "Gulf Herald says \"11,300\" according to the mayor and \"20,000\" itself: the figures cannot both be \
             right, even read loosely.",
        ),
        (
            Verdict::Drift,
            Evidence {
                sides: vec![
                    side("asharq", "Asharq Al-Awsat", "al-qaeda", entity("Al-Qaeda")),
                    side("rferl", "RFE/RL", "al-qaeda", entity("Al-Qaeda")),
                ],
                facts: Facts::Drift {
                    fit: fit(Why::Excluded {
                        name: Cow::Borrowed("Al-Qaeda"),
                    }),
                    days: 3828,
                    property: "ties to".to_owned(),
                },
            },
            "Asharq Al-Awsat says Al-Qaeda and RFE/RL says Al-Qaeda: one names Al-Qaeda, the other explicitly \
             excludes it, but they are dated 10 years apart and ties to changes over time.",
        ),
        (
            Verdict::Tension,
            Evidence {
                sides: vec![
                    side(
                        "asharq",
                        "Asharq Al-Awsat",
                        "now 49",
                        Normal::Birth(DateValue::span(
                            date(1975, 10, 23),
                            date(1976, 10, 22),
                            Precision::Range,
                        )),
                    ),
                    SideEvidence {
                        hedge: Some("is considered".to_owned()),
                        ..side(
                            "noon",
                            "Noon Post",
                            "49",
                            Normal::Birth(DateValue::span(
                                date(1975, 10, 20),
                                date(1976, 10, 20),
                                Precision::Range,
                            )),
                        )
                    },
                ],
                facts: Facts::Hedged {
                    fit: fit(Why::Compatible),
                    side: 1,
                },
            },
            "Asharq Al-Awsat says \"now 49\" (read as born between 23 October 1975 and 22 October 1976) and \
             Noon Post says \"49\" (hedged \"is considered\", read as born between 20 October 1975 and 20 October \
             1976): the values are compatible, but only Noon Post hedges it.",
        ),
    ];
    let year = |source: &str, outlet: &str, written: &str, year: i16| {
        let first = date(year, 1, 1);
        side(
            source,
            outlet,
            written,
            Normal::Days(DateValue::span(first, date(year, 12, 31), Precision::Year)),
        )
    };
    cases.push((
        Verdict::Conflict,
        Evidence {
            sides: vec![
                year("ledger", "Continental Ledger", "1160", 1160),
                year("post", "Seine Evening Post", "1163", 1163),
            ],
            facts: Facts::Fit(fit(Why::DaysApart { days: 731 })),
        },
        "Continental Ledger says \"1160\" and Seine Evening Post says \"1163\": they name different years, 3 years \
         apart.",
    ));
    let corpus = no_entities();
    for (verdict, evidence, expected) in cases {
        assert_eq!(sentence(verdict, &evidence, &corpus), expected);
    }
}

#[test]
fn readings_are_said_in_plain_words_without_interval_notation() {
    let unbounded = |lo: Bound, hi: Bound| Normal::Numbers {
        strict: Interval { lo, hi },
        loose: Interval { lo, hi },
        written: Interval { lo, hi },
    };
    let cases = [
        (figures(127.5, 172.5), Some("128 to 172")),
        (figures(0.5, 1.5), Some("0.5 to 1.5")),
        (figures(70.0, 70.0), None),
        (figures(0.0, 80.0), Some("at most 80")),
        (figures(9605.0, 12995.0), Some("9605 to 12,995")),
        (figures(630e6, 770e6), Some("630 million to 770 million")),
        (figures(8.64e9, 1.056e10), Some("8.64 billion to 10.56 billion")),
        (unbounded(Bound::Open(70.0), Bound::Unbounded), Some("more than 70")),
        (unbounded(Bound::Closed(12.0), Bound::Unbounded), Some("at least 12")),
        (unbounded(Bound::Unbounded, Bound::Open(5.0)), Some("fewer than 5")),
        (unbounded(Bound::Unbounded, Bound::Closed(5.0)), Some("at most 5")),
        (
            Normal::Duration(Interval::closed(502.0, 533.0)),
            Some("502 to 533 days"),
        ),
        (
            Normal::Days(DateValue::span(date(2024, 12, 1), date(2024, 12, 31), Precision::Month)),
            Some("December 2024"),
        ),
        (Normal::Days(DateValue::day(date(2025, 10, 22))), None),
        (
            Normal::Days(DateValue::span(date(2025, 10, 20), date(2025, 10, 26), Precision::Week)),
            Some("between 20 and 26 October 2025"),
        ),
    ];
    for (normal, expected) in cases {
        assert_eq!(super::reading(&normal).as_deref(), expected, "{normal}");
    }
}

/// Words an editor would write: counts that agree with one (`1 minute`, `1 month`), gaps
/// rounded (`about 15 days`), no bare "the whole" for a count without a scope.
#[test]
fn small_and_fractional_figures_read_as_an_editor_writes_them() {
    let facts = |found: Why<'static>| Facts::Fit(fit(found));
    let words = |facts: &Facts| {
        let sides = [
            side("a", "Alpha", "x", figures(1.0, 1.0)),
            side("b", "Beta", "y", figures(2.0, 2.0)),
        ];
        super::facts_words(facts, [&sides[0], &sides[1]])
    };
    let cases = [
        (Why::MinutesApart { minutes: 1 }, "the times are 1 minute apart"),
        (Why::MinutesApart { minutes: 26 }, "the times are 26 minutes apart"),
        (
            Why::DurationsApart { days: 15.22 },
            "the lengths are about 15 days apart",
        ),
        (Why::DurationsApart { days: 1.0 }, "the lengths are 1 day apart"),
        (
            Why::DurationsApart { days: 0.2 },
            "the lengths are less than a day apart",
        ),
        (Why::DurationsApart { days: 31.0 }, "the lengths are 31 days apart"),
        (
            Why::DurationsApart { days: 95.3 },
            "the lengths are about 3 months apart",
        ),
        (Why::DaysApart { days: 3 }, "the date ranges are 3 days apart"),
        (
            Why::ExceedsWhole {
                part: Cow::Borrowed("French nationals"),
                whole: None,
            },
            "incompatible whatever the scope: French nationals are part of the total, so their number cannot \
             exceed it",
        ),
        (
            Why::EdgeFit {
                edge: Edge::Length {
                    common: Stretch { lo: 29.0, hi: 31.0 },
                },
            },
            "they overlap only at the edge of each reading: both hold only if it lasted about 30 days",
        ),
        (
            Why::EdgeFit {
                edge: Edge::Figure {
                    common: Stretch { lo: 56.6, hi: 57.5 },
                },
            },
            "they overlap only at the edge of each reading: both hold only if the figure is between 57 and 58",
        ),
        (
            Why::EdgeFit {
                edge: Edge::Birth {
                    first: date(2013, 10, 2),
                    last: date(2013, 10, 24),
                },
            },
            "they overlap only at the edge of each reading: both hold only if the birth date is between 2 and \
             24 October 2013, so that the birthday fell between the dates the ages were given",
        ),
    ];
    for (found, expected) in cases {
        assert_eq!(words(&facts(found)), expected);
    }
    assert_eq!(super::length_words(30.4), "30 days");
    assert_eq!(super::length_words(31.0 * 1.5), "47 days");
    assert_eq!(super::length_words(365.25 / 12.0 * 1.0 + 30.0), "2 months");
    assert_eq!(super::length_words(365.25 / 12.0 * 17.5), "17 and a half months");
    assert_eq!(super::length_words(4.0 * 365.25), "4 years");
    assert_eq!(super::length_words(365.25 * 3.0), "3 years");
    assert_eq!(super::length_words(61.0), "2 months");
}

/// Gaps of more than two months are said in months, to the half month.
#[test]
fn gaps_over_two_months_are_said_in_months() {
    assert_eq!(super::length_words(365.25 / 12.0 * 2.5), "2 and a half months");
    assert_eq!(super::gap_words(62.0), "about 2 months");
}

/// A party is named as a sentence names it: the attribution without its apposition or its
/// bracket, whole in the evidence.
#[test]
fn a_long_attribution_is_named_by_its_head() {
    let evidence = |attribution: &str| {
        let mut first = side("quay", "Quay Post", "12", figures(12.0, 12.0));
        first.attribution = Some(attribution.to_owned());
        first.party = Some(attribution.to_owned());
        Evidence {
            sides: vec![first, side("dock", "Dock Times", "19", figures(19.0, 19.0))],
            facts: Facts::Fit(fit(Why::ReadingsApart { gap: 7.0 })),
        }
    };
    let cases = [
        (
            "Marta Ruiz, a harbour engineer at the port authority",
            "Quay Post, citing Marta Ruiz, says",
        ),
        (
            "the coastguard statement (Northern Region)",
            "Quay Post, citing the coastguard statement, says",
        ),
        ("the harbour master", "Quay Post, citing the harbour master, says"),
    ];
    for (attribution, opening) in cases {
        let evidence = evidence(attribution);
        let reason = sentence(Verdict::Conflict, &evidence, &no_entities());
        assert!(reason.starts_with(opening), "{reason}");
        assert_eq!(evidence.sides[0].attribution.as_deref(), Some(attribution));
    }
}

proptest::proptest! {
    /// A day is written as jiff's `%-d %B %Y` writes it, in every year jiff knows.
    #[test]
    fn a_day_is_written_as_jiff_writes_it(days in -4_000_000i32..3_000_000) {
        let day = date(2000, 1, 1)
            .checked_add(jiff::Span::new().days(days))
            .unwrap_or(date(2000, 1, 1));
        proptest::prop_assert_eq!(super::day_words(day), day.strftime("%-d %B %Y").to_string());
    }
}
