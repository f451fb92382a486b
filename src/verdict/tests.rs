//! Verdict rules on small corpora written for each rule, loaded through the real loader.

use super::{EXAMPLE_CATALOGUE as CATALOGUE, EXAMPLE_ENTITIES as ENTITIES, Judged, Verdict, judge};
use crate::graph::ClaimGraph;
use crate::model::Corpus;

/// A claim line set: (source, published, claims YAML).
pub(super) fn corpus(sources: &[(&str, &str, &str)]) -> (tempfile::TempDir, Corpus) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("entities.yaml"), ENTITIES).unwrap();
    std::fs::write(dir.path().join("properties.yaml"), CATALOGUE).unwrap();
    std::fs::create_dir_all(dir.path().join("sources")).unwrap();
    std::fs::create_dir_all(dir.path().join("texts")).unwrap();
    for (id, published, claims) in sources {
        let yaml = format!("outlet: {id}\ntitle: t\npublished: {published}\nlanguage: en\nclaims:\n{claims}");
        std::fs::write(dir.path().join(format!("sources/{id}.yaml")), yaml).unwrap();
        std::fs::write(dir.path().join(format!("texts/{id}.txt")), "the quote\n").unwrap();
    }
    let corpus = crate::corpus::load(dir.path()).unwrap();
    (dir, corpus)
}

pub(super) fn claim(subject: &str, property: &str, value: &str, extra: &str) -> String {
    format!(
        "  - {{ id: c-{property}-{}, subject: {subject}, property: {property}, value: \"{value}\", quote: the quote{extra} }}\n",
        value.len() + extra.len()
    )
}

fn only_group(corpus: &Corpus) -> Judged {
    let mut groups = judge(corpus, crate::graph::groups(corpus));
    assert_eq!(groups.len(), 1, "{groups:#?}");
    groups.remove(0)
}

/// The reason of a group, in the words reports show.
pub(super) fn words(judged: &Judged, corpus: &Corpus) -> String {
    crate::report::reason::group(judged, corpus, &ClaimGraph::build(corpus))
}

/// The rule behind the verdict on two claims.
fn rule_of(a: (&str, String), b: (&str, String)) -> super::RuleId {
    let (_dir, corpus) = corpus(&[("alpha", a.0, &a.1), ("beta", b.0, &b.1)]);
    only_group(&corpus).rule
}

fn verdict_of(a: (&str, String), b: (&str, String)) -> (Verdict, String) {
    let (_dir, corpus) = corpus(&[("alpha", a.0, &a.1), ("beta", b.0, &b.1)]);
    let judged = only_group(&corpus);
    (judged.verdict, words(&judged, &corpus))
}

#[test]
fn a_toll_lower_in_a_later_report_is_a_conflict_for_an_editor_not_drift() {
    let (verdict, reason) = verdict_of(
        ("2025-03-29", claim("harem", "killed", "5,300", "")),
        ("2025-04-02", claim("harem", "killed", "3,800", "")),
    );
    assert_eq!(verdict, Verdict::Conflict, "{reason}");
    assert_eq!(
        reason,
        "alpha says \"5,300\" and beta says \"3,800\": beta's figure is lower though dated 4 days later, and \
         killed is a running total that only rises, so an editor should check whether the earlier figure was \
         revised down or one of them is wrong."
    );
    assert_eq!(
        rule_of(
            ("2025-04-02", claim("harem", "killed", "3,800", "")),
            ("2025-03-29", claim("harem", "killed", "5,300", "")),
        ),
        super::RuleId::RunningTotalFell
    );
    let (verdict, reason) = verdict_of(
        ("2025-03-29", claim("harem", "killed", "3,800", "")),
        ("2025-04-02", claim("harem", "killed", "5,300", "")),
    );
    assert_eq!(verdict, Verdict::Drift, "a toll that rises is drift: {reason}");
    let own = claim("harem", "killed", "5,300", ", as_of: 2025-03-29") + &claim("harem", "killed", "3,800", "");
    let (_dir, corpus) = corpus(&[("alpha", "2025-04-02", &own)]);
    let judged = only_group(&corpus);
    assert_eq!(judged.rule, super::RuleId::RunningTotalFell);
    assert_eq!(
        judged.findings[0].contradicts_itself(&corpus),
        None,
        "a revision, not a contradiction"
    );
    let (verdict, reason) = verdict_of(
        ("2025-03-29", claim("ghuraba", "fighter-count", "5,300", "")),
        ("2026-04-02", claim("ghuraba", "fighter-count", "3,800", "")),
    );
    assert_eq!(verdict, Verdict::Drift, "a count that is no toll may fall: {reason}");
}

#[test]
fn an_outlet_contradicting_itself_is_named_even_when_another_pair_leads() {
    let mut sources = vec![(
        "alpha",
        "2025-10-22",
        claim("ghuraba", "casualties", "40", "") + &claim("ghuraba", "casualties", "12", ", note: later on"),
    )];
    for name in ["beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota"] {
        sources.push((name, "2025-10-22", claim("ghuraba", "casualties", "40", "")));
    }
    let sources: Vec<(&str, &str, &str)> = sources.iter().map(|(s, d, c)| (*s, *d, c.as_str())).collect();
    let (_dir, corpus) = corpus(&sources);
    let judged = only_group(&corpus);
    assert!(judged.group.claims.len() > 8, "a group the sweep judges");
    let own = judged
        .findings
        .iter()
        .find(|finding| finding.contradicts_itself(&corpus) == Some("alpha"))
        .expect("alpha's own pair is a finding");
    assert_eq!(own.verdict, Verdict::Conflict);
    let reason = words(&judged, &corpus);
    assert!(reason.contains("alpha"), "{reason}");
    assert!(
        reason.contains("alpha contradicts itself") || reason.contains("alpha also contradicts itself"),
        "{reason}"
    );
    let others = judged
        .findings
        .iter()
        .filter(|finding| finding.contradicts_itself(&corpus).is_some())
        .count();
    assert_eq!(others, 1, "only alpha contradicts itself");
}

#[test]
fn ages_one_year_apart_on_the_same_day_conflict_through_birth_windows() {
    let (verdict, reason) = verdict_of(
        ("2025-10-22", claim("diaby", "age", "50", "")),
        ("2025-10-22", claim("Omar Omsen", "age", "now 49", "")),
    );
    assert_eq!(verdict, Verdict::Conflict, "{reason}");
    assert!(
        reason.contains("born between 23 October 1974 and 22 October 1975")
            && reason.contains("born between 23 October 1975 and 22 October 1976"),
        "{reason}"
    );
}

#[test]
fn ages_a_year_apart_fit_only_if_a_birthday_fell_between_their_dates() {
    let (verdict, reason) = verdict_of(
        ("2025-10", claim("diaby", "age", "50", "")),
        ("2025-10-22", claim("diaby", "age", "49", "")),
    );
    assert_eq!(verdict, Verdict::Tension, "{reason}");
    assert!(
        reason.ends_with("both hold only if the birth date is between 23 and 31 October 1975, so that the birthday fell between the dates the ages were given."),
        "{reason}"
    );
    let (verdict, reason) = verdict_of(
        ("2025-04", claim("diaby", "age", "50", "")),
        ("2025-10-22", claim("diaby", "age", "50", "")),
    );
    assert_eq!(verdict, Verdict::Agree, "{reason}");
}

#[test]
fn disjoint_hedged_counts_conflict_when_close_in_time() {
    let (verdict, reason) = verdict_of(
        ("2025-10-22", claim("ghuraba", "fighter-count", "about fifty", "")),
        ("2025-10-22", claim("ghuraba", "fighter-count", "around 150", "")),
    );
    assert_eq!(verdict, Verdict::Conflict, "{reason}");
    assert!(
        reason.contains("read as 43 to 57") && reason.contains("read as 128 to 172"),
        "{reason}"
    );
}

#[test]
fn disjoint_counts_years_apart_are_drift() {
    let (verdict, reason) = verdict_of(
        ("2015-04", claim("ghuraba", "fighter-count", "about fifty", "")),
        ("2025-10-22", claim("ghuraba", "fighter-count", "around 150", "")),
    );
    assert_eq!(verdict, Verdict::Drift, "{reason}");
    assert!(reason.contains("changes over time"), "{reason}");
}

#[test]
fn a_part_counted_larger_than_its_whole_conflicts_whatever_the_scope() {
    let (verdict, reason) = verdict_of(
        ("2025-10-22", claim("ghuraba", "fighter-count", "dozens", "")),
        (
            "2025-10-22",
            claim(
                "ghuraba",
                "fighter-count",
                "around 150",
                ", scope: French-speaking fighters",
            ),
        ),
    );
    assert_eq!(verdict, Verdict::Conflict, "{reason}");
    assert!(reason.contains("whatever the scope"), "{reason}");
}

#[test]
fn a_smaller_part_is_consistent_but_in_tension() {
    let (verdict, reason) = verdict_of(
        (
            "2025-10-22",
            claim("ghuraba", "fighter-count", "more than 70", ", scope: nationals"),
        ),
        (
            "2025-10-22",
            claim("ghuraba", "fighter-count", "around 150", ", scope: speakers"),
        ),
    );
    assert_eq!(verdict, Verdict::Tension, "{reason}");
    assert!(reason.contains("both can be right"), "{reason}");
}

#[test]
fn percentages_of_different_populations_are_only_in_tension() {
    let (verdict, reason) = verdict_of(
        (
            "2025-10-22",
            claim("diaby", "share", "up to 80 percent", ", scope: nationals"),
        ),
        ("2025-10-22", claim("diaby", "share", "80%", ", scope: speakers")),
    );
    assert_eq!(verdict, Verdict::Tension, "{reason}");
    assert!(reason.contains("count different things"), "{reason}");
}

#[test]
fn bare_counts_within_the_reporting_tolerance_are_in_tension() {
    let (verdict, reason) = verdict_of(
        ("2025-10-22", claim("ghuraba", "fighter-count", "70", "")),
        ("2025-10-22", claim("ghuraba", "fighter-count", "72", "")),
    );
    assert_eq!(verdict, Verdict::Tension, "{reason}");
    assert!(reason.contains("reporting tolerance"), "{reason}");
}

#[test]
fn a_town_against_its_province_is_granularity_not_conflict() {
    let (verdict, reason) = verdict_of(
        ("2025-10-22", claim("ghuraba", "location", "Harem", "")),
        ("2025-10-22", claim("ghuraba", "location", "Idlib province", "")),
    );
    assert_eq!(verdict, Verdict::Agree, "{reason}");
    let (verdict, _) = verdict_of(
        ("2025-10-22", claim("ghuraba", "location", "Harem", "")),
        ("2025-10-22", claim("ghuraba", "location", "Latakia", "")),
    );
    assert_eq!(verdict, Verdict::Conflict);
}

/// An invented arrest: a police force and the state it acts for are one author told at two
/// granularities; another state's police is another author.
#[test]
fn a_part_of_the_same_party_agrees_and_another_party_conflicts() {
    let (_dir, corpus) = corpus(&[
        (
            "alpha",
            "2024-05-02",
            &claim("flight", "arrested-by", "Belgian federal police", ""),
        ),
        ("beta", "2024-05-03", &claim("flight", "arrested-by", "Belgium", "")),
    ]);
    let judged = only_group(&corpus);
    assert_eq!(
        (judged.verdict, judged.rule),
        (Verdict::Agree, super::RuleId::EntityGranularity),
        "{}",
        words(&judged, &corpus)
    );
    let (verdict, reason) = verdict_of(
        (
            "2024-05-02",
            claim("flight", "arrested-by", "Belgian federal police", ""),
        ),
        (
            "2024-05-03",
            claim("flight", "arrested-by", "Dutch national police", ""),
        ),
    );
    assert_eq!(verdict, Verdict::Conflict, "{reason}");
}

/// Invented titles: a fuller title agrees, a title that makes another post is still raised.
#[test]
fn a_fuller_title_agrees_and_another_post_is_worded_differently() {
    let (_dir, corpus) = corpus(&[
        (
            "alpha",
            "2024-05-02",
            &claim("diaby", "role", "harbour master of the port authority", ""),
        ),
        ("beta", "2024-05-03", &claim("diaby", "role", "harbour master", "")),
        (
            "gamma",
            "2024-05-03",
            &claim("diaby", "role", "port authority harbour master", ""),
        ),
    ]);
    let judged = only_group(&corpus);
    assert_eq!(
        (judged.verdict, judged.rule),
        (Verdict::Agree, super::RuleId::MoreSpecificWording),
        "{}",
        words(&judged, &corpus)
    );
    for other in ["deputy harbour master", "former harbour master", "pilot"] {
        let (verdict, reason) = verdict_of(
            ("2024-05-02", claim("diaby", "role", "harbour master", "")),
            ("2024-05-03", claim("diaby", "role", other, "")),
        );
        assert_eq!(verdict, Verdict::Tension, "{other}: {reason}");
    }
}

#[test]
fn a_set_adding_members_agrees_sets_differing_both_ways_are_tension_an_exclusion_conflicts() {
    let (verdict, reason) = verdict_of(
        ("2025-10-22", claim("ghuraba", "mediators", "Uzbek fighters", "")),
        (
            "2025-10-22",
            claim("ghuraba", "mediators", "Turkistan Islamic Party, Uzbek fighters", ""),
        ),
    );
    assert_eq!(verdict, Verdict::Agree, "{reason}");
    let (verdict, reason) = verdict_of(
        ("2025-10-22", claim("ghuraba", "mediators", "Uzbek fighters", "")),
        (
            "2025-10-22",
            claim("ghuraba", "mediators", "Turkistan Islamic Party", ""),
        ),
    );
    assert_eq!(verdict, Verdict::Tension, "{reason}");
    assert!(
        reason.ends_with("the first adds Uzbek fighters, the second Turkistan Islamic Party."),
        "{reason}"
    );
    let (verdict, reason) = verdict_of(
        (
            "2025-10-22",
            claim("ghuraba", "mediators", "Uzbek fighters, Turkistan Islamic Party", ""),
        ),
        ("2025-10-22", claim("ghuraba", "mediators", "not Uzbek fighters", "")),
    );
    assert_eq!(verdict, Verdict::Conflict, "{reason}");
}

/// A hedge on a compatible value agrees and is named; a hedge never rescues values that
/// cannot both hold (an invented flood toll).
#[test]
fn a_hedge_on_one_side_only_agrees_and_is_named() {
    let (verdict, reason) = verdict_of(
        (
            "2025-10-22",
            claim("ghuraba", "leader", "Omar Diaby", ", hedge: is considered"),
        ),
        ("2025-10-22", claim("ghuraba", "leader", "diaby", "")),
    );
    assert_eq!(verdict, Verdict::Agree, "{reason}");
    assert_eq!(
        rule_of(
            (
                "2025-10-22",
                claim("ghuraba", "leader", "Omar Diaby", ", hedge: is considered")
            ),
            ("2025-10-22", claim("ghuraba", "leader", "diaby", "")),
        ),
        super::RuleId::OneSideHedged
    );
    let (verdict, reason) = verdict_of(
        (
            "2024-09-15",
            claim("ghuraba", "casualties", "about 40", ", hedge: reportedly"),
        ),
        ("2024-09-15", claim("ghuraba", "casualties", "38", "")),
    );
    assert_eq!(verdict, Verdict::Agree, "{reason}");
    let (verdict, reason) = verdict_of(
        (
            "2024-09-15",
            claim("ghuraba", "casualties", "60", ", hedge: reportedly"),
        ),
        ("2024-09-15", claim("ghuraba", "casualties", "38", "")),
    );
    assert_eq!(verdict, Verdict::Conflict, "{reason}");
}

/// Two single days next to each other are one moment only when a text puts it at the turn
/// of a day (at night, late or early, in the evening, at dawn, around midnight).
#[test]
fn consecutive_days_are_tension_only_at_the_turn_of_a_day() {
    use super::RuleId::{ConsecutiveDays, DisjointDates, NextDay};
    for (one, other, rule) in [
        ("Tuesday", "October 22", NextDay),
        ("October 21", "22 October", NextDay),
        ("Tuesday morning", "October 22", NextDay),
        ("Tuesday afternoon", "Wednesday", NextDay),
        ("late on Tuesday", "October 22", ConsecutiveDays),
        ("late Tuesday", "Wednesday", ConsecutiveDays),
        ("Tuesday evening", "October 22", ConsecutiveDays),
        ("October 21", "in the early hours of Wednesday", ConsecutiveDays),
        ("October 21", "at dawn on Wednesday", ConsecutiveDays),
        ("early Wednesday", "Tuesday", ConsecutiveDays),
        ("Monday night", "October 22", ConsecutiveDays),
        ("shortly after midnight Tuesday", "October 23", ConsecutiveDays),
        ("2025-10-19", "October 22", DisjointDates),
        ("late on Sunday", "October 22", DisjointDates),
    ] {
        let (a, b) = (
            ("2025-10-22", claim("ghuraba", "date", one, "")),
            ("2025-10-22", claim("ghuraba", "date", other, "")),
        );
        let (verdict, reason) = verdict_of(a.clone(), b.clone());
        assert_eq!(rule_of(a, b), rule, "{one} and {other}: {reason}");
        let expected = if rule == ConsecutiveDays {
            Verdict::Tension
        } else {
            Verdict::Conflict
        };
        assert_eq!(verdict, expected, "{one} and {other}: {reason}");
    }
}

/// Only two single days (or nights) can be one moment across midnight or a time zone: two
/// years, or two months, that touch are different dates.
#[test]
fn touching_years_and_months_conflict_and_are_not_consecutive_days() {
    for (one, other) in [
        ("1976", "1977"),
        ("2019", "2020"),
        ("March 2024", "April 2024"),
        ("2011", "January 2012"),
    ] {
        let (verdict, reason) = verdict_of(
            ("2025-10-22", claim("ghuraba", "founded", one, "")),
            ("2025-10-22", claim("ghuraba", "founded", other, "")),
        );
        assert_eq!(verdict, Verdict::Conflict, "{one} and {other}: {reason}");
        assert!(!reason.contains("consecutive days"), "{reason}");
    }
    let (verdict, reason) = verdict_of(
        ("2025-10-22", claim("ghuraba", "date", "Tuesday night", "")),
        ("2025-10-22", claim("ghuraba", "date", "October 23", "")),
    );
    assert_eq!(verdict, Verdict::Tension, "a night and the next day: {reason}");
}

#[test]
fn a_hedged_time_agrees_with_a_minute_it_allows_and_conflicts_with_one_outside() {
    let (verdict, reason) = verdict_of(
        (
            "2024-05-07",
            claim("ghuraba", "departure", "about 1.30am on 4 May 2024", ""),
        ),
        (
            "2024-05-07",
            claim("ghuraba", "departure", "1:28 a.m. on May 4, 2024", ""),
        ),
    );
    assert_eq!(verdict, Verdict::Agree, "{reason}");
    let (verdict, reason) = verdict_of(
        (
            "2024-05-07",
            claim("ghuraba", "departure", "shortly before 9am on 4 May 2024", ""),
        ),
        ("2024-05-07", claim("ghuraba", "departure", "9.20am on 4 May 2024", "")),
    );
    assert_eq!(verdict, Verdict::Conflict, "{reason}");
    assert!(reason.contains("21 minutes apart"), "{reason}");
    let (verdict, reason) = verdict_of(
        (
            "2024-05-07",
            claim("ghuraba", "departure", "between 8am and 9am on 4 May 2024", ""),
        ),
        (
            "2024-05-07",
            claim("ghuraba", "departure", "early on Saturday morning", ""),
        ),
    );
    assert_eq!(verdict, Verdict::Agree, "{reason}");
}

#[test]
fn a_source_contradicting_itself_is_named() {
    let claims = claim("ghuraba", "founded", "2013", "") + &claim("ghuraba", "founded", "2011", ", note: x");
    let (_dir, corpus) = corpus(&[("alpha", "2025-10-22", &claims)]);
    let judged = only_group(&corpus);
    assert_eq!(judged.verdict, Verdict::Conflict);
    assert!(
        words(&judged, &corpus).contains("alpha contradicts itself"),
        "{}",
        words(&judged, &corpus)
    );
}

#[test]
fn two_copies_of_one_origin_agreeing_are_one_voice() {
    let (verdict, reason) = verdict_of(
        ("2025-10-22", claim("diaby", "age", "50", ", origin: AFP")),
        ("2025-10-22", claim("diaby", "age", "50", ", origin: AFP")),
    );
    assert_eq!(verdict, Verdict::Agree, "{reason}");
    assert!(
        reason.ends_with("but all come through one origin (AFP), so this is one voice, not corroboration."),
        "{reason}"
    );
}

#[test]
fn independent_sources_agreeing_are_counted_as_independent_origins() {
    let (verdict, reason) = verdict_of(
        ("2025-10-22", claim("diaby", "age", "50", ", origin: AFP")),
        ("2025-10-22", claim("diaby", "age", "50", "")),
    );
    assert_eq!(verdict, Verdict::Agree, "{reason}");
    assert!(reason.ends_with(", from 2 independent origins."), "{reason}");
}

/// A source that names the members of one set in two sentences gives one list, not two
/// lists that differ.
#[test]
fn one_source_naming_members_in_parts_agrees_with_itself() {
    let claims = claim("ghuraba", "mediators", "Uzbek fighters", "")
        + &claim("ghuraba", "mediators", "Turkistan Islamic Party", "");
    let (_dir, corpus) = corpus(&[("alpha", "2025-10-22", &claims)]);
    let judged = only_group(&corpus);
    assert_eq!(judged.verdict, Verdict::Agree, "{}", words(&judged, &corpus));
}

/// The same principle for every type read as a stretch: a sliver of overlap is tension,
/// saying what would have to be true, and an overlap wide enough agrees.
#[test]
fn edge_fits_are_tension_for_lengths_figures_and_dates() {
    let cases = [
        (
            "duration",
            "17 months",
            "18 months",
            "it lasted about 17 and a half months",
        ),
        (
            "fighter-count",
            "about 50",
            "about 66",
            "the figure is between 56 and 58",
        ),
        (
            "date",
            "2025-03-01..2025-03-31",
            "2025-03-31..2025-05-31",
            "it happened on 31 March 2025",
        ),
    ];
    for (property, one, other, words) in cases {
        let (verdict, reason) = verdict_of(
            ("2025-10-22", claim("ghuraba", property, one, "")),
            ("2025-10-22", claim("ghuraba", property, other, "")),
        );
        assert_eq!(verdict, Verdict::Tension, "{reason}");
        assert!(reason.ends_with(&format!("{words}.")), "{reason}");
    }
    let (verdict, reason) = verdict_of(
        ("2025-10-22", claim("ghuraba", "duration", "17 months", "")),
        ("2025-10-22", claim("ghuraba", "duration", "about 18 months", "")),
    );
    assert_eq!(verdict, Verdict::Agree, "{reason}");
}

/// A part counted below its whole on every reading agrees; one that could outnumber it on
/// some reading stays a tension; one that must outnumber it conflicts.
#[test]
fn a_part_counted_below_its_whole_agrees_and_says_so() {
    let cases = [
        (
            "a dozen",
            ", scope: nationals",
            "around 150",
            ", scope: speakers",
            Verdict::Agree,
        ),
        ("about a dozen", ", scope: nationals", "roughly 70", "", Verdict::Agree),
        ("12", ", scope: speakers", "12", "", Verdict::Agree),
        (
            "more than 70",
            ", scope: nationals",
            "around 150",
            ", scope: speakers",
            Verdict::Tension,
        ),
        ("around 60", ", scope: nationals", "about 70", "", Verdict::Tension),
        ("200", ", scope: nationals", "about 70", "", Verdict::Conflict),
    ];
    for (part, part_scope, whole, whole_scope, expected) in cases {
        let (verdict, _) = verdict_of(
            ("2025-10-22", claim("ghuraba", "fighter-count", part, part_scope)),
            ("2025-10-22", claim("ghuraba", "fighter-count", whole, whole_scope)),
        );
        assert_eq!(verdict, expected, "{part}{part_scope} against {whole}{whole_scope}");
    }
    let (_dir, corpus) = corpus(&[
        (
            "alpha",
            "2025-10-22",
            &claim("ghuraba", "fighter-count", "about a dozen", ", scope: nationals"),
        ),
        (
            "beta",
            "2025-10-22",
            &claim("ghuraba", "fighter-count", "roughly 70", ""),
        ),
    ]);
    let judged = only_group(&corpus);
    assert_eq!(judged.rule, super::RuleId::PartBelowWhole);
    assert!(judged.findings.is_empty(), "{:#?}", judged.findings);
    let [a, b] = [judged.group.claims[0], judged.group.claims[1]];
    let pair = judged.pair(a, b, &corpus).unwrap();
    assert_eq!(pair.rule, super::RuleId::PartBelowWhole);
    assert!(matches!(
        pair.evidence.unwrap().facts,
        super::Facts::BelowWhole { ref part, ref whole } if part == "French nationals" && whole.is_none()
    ));
}

/// Claims attributed to one party (spelled as the registry knows it) are one voice in any
/// outlet; claims attributed to different parties are independent.
#[test]
fn claims_attributed_to_one_party_are_one_voice() {
    let (verdict, reason) = verdict_of(
        (
            "2025-10-22",
            claim("diaby", "age", "50", ", attribution: the Belgian federal police"),
        ),
        (
            "2025-10-22",
            claim("diaby", "age", "50", ", attribution: belgian federal police"),
        ),
    );
    assert_eq!(verdict, Verdict::Agree, "{reason}");
    assert!(
        reason.ends_with(
            "but all come through one origin (Belgian federal police), so this is one voice, not corroboration."
        ),
        "{reason}"
    );
    let (_, reason) = verdict_of(
        (
            "2025-10-22",
            claim("diaby", "age", "50", ", attribution: the Belgian federal police"),
        ),
        (
            "2025-10-22",
            claim("diaby", "age", "50", ", attribution: Dutch national police"),
        ),
    );
    assert!(reason.ends_with(", from 2 independent origins."), "{reason}");
}

/// The single origin that estimates key on is the party too: two outlets quoting one party
/// are one backer, and that party is the origin shown.
#[test]
fn the_origin_of_an_attributed_claim_is_its_party() {
    let (_dir, corpus) = corpus(&[
        (
            "alpha",
            "2025-10-22",
            &claim("diaby", "age", "50", ", attribution: the Belgian federal police"),
        ),
        (
            "beta",
            "2025-10-22",
            &claim("diaby", "age", "50", ", attribution: Belgian Federal Police"),
        ),
        ("gamma", "2025-10-22", &claim("diaby", "age", "50", "")),
    ]);
    let graph = ClaimGraph::build(&corpus);
    let at = |source: usize| crate::model::ClaimRef { source, claim: 0 };
    assert_eq!(graph.origin_of(at(0)), graph.origin_of(at(1)));
    assert_ne!(graph.origin_of(at(0)), graph.origin_of(at(2)));
    assert_eq!(graph.origin_name(at(1), &corpus), "Belgian federal police");
    assert_eq!(graph.origin_name(at(2), &corpus), "gamma");
    assert!(!graph.independent(at(0), at(1), &corpus));
    assert!(graph.independent(at(0), at(2), &corpus));
}

/// Two figures one source attributes to different parties are a disagreement it reports, not
/// a contradiction of its own; the same party under two spellings is still one party.
#[test]
fn a_source_reporting_two_parties_figures_does_not_contradict_itself() {
    let claims = claim(
        "ghuraba",
        "founded",
        "2013",
        ", attribution: the Belgian federal police",
    ) + &claim("ghuraba", "founded", "2011", ", attribution: Dutch national police");
    let (_dir, reported) = corpus(&[("alpha", "2025-10-22", &claims)]);
    let judged = only_group(&reported);
    assert_eq!(judged.verdict, Verdict::Conflict);
    let reason = words(&judged, &reported);
    assert!(
        reason.starts_with("alpha reports a disagreement:")
            && reason.contains("according to the Belgian federal police")
            && reason.contains("according to Dutch national police"),
        "{reason}"
    );
    let claims = claim(
        "ghuraba",
        "founded",
        "2013",
        ", attribution: the Belgian federal police",
    ) + &claim("ghuraba", "founded", "2011", ", attribution: Belgian federal police");
    let (_dir, one_party) = corpus(&[("alpha", "2025-10-22", &claims)]);
    let reason = words(&only_group(&one_party), &one_party);
    assert!(reason.contains("alpha, citing"), "{reason}");
    assert!(reason.contains("contradicts itself"), "{reason}");
}

/// A bare round figure is itself approximate: a value hedged toward it agrees with it; a
/// figure that is not round, or one the hedge does not reach, keeps its verdict.
#[test]
fn a_bare_round_figure_agrees_with_a_value_hedged_toward_it() {
    let cases = [
        ("nearly 400", "400", Verdict::Agree),
        ("more than 70", "70", Verdict::Agree),
        ("nearly 25", "25", Verdict::Conflict),
        ("nearly 400", "410", Verdict::Conflict),
    ];
    for (hedged, bare, expected) in cases {
        let (verdict, reason) = verdict_of(
            ("2025-10-22", claim("ghuraba", "casualties", hedged, "")),
            ("2025-10-22", claim("ghuraba", "casualties", bare, "")),
        );
        assert_eq!(verdict, expected, "{hedged} against {bare}: {reason}");
    }
    let (_dir, corpus) = corpus(&[
        ("alpha", "2025-10-22", &claim("ghuraba", "casualties", "nearly 400", "")),
        ("beta", "2025-10-22", &claim("ghuraba", "casualties", "400", "")),
    ]);
    assert_eq!(only_group(&corpus).rule, super::RuleId::BareRoundFigure);
}

/// The judged groups of a corpus, derived checks included.
fn all_groups(corpus: &Corpus) -> Vec<Judged> {
    judge(corpus, crate::graph::groups(corpus))
}

#[test]
fn a_title_given_outside_its_term_of_office_is_a_tension() {
    let term = claim("vidal-term", "start", "March 2023", "") + &claim("vidal-term", "end", "May 2024", "");
    let title = |value: &str, as_of: &str| claim("vidal", "role", value, &format!(", as_of: {as_of}"));
    let outside = |title: String| {
        let (_dir, corpus) = corpus(&[("alpha", "2025-10-22", &term), ("beta", "2025-10-22", &title)]);
        all_groups(&corpus)
            .into_iter()
            .find(|group| group.rule == super::RuleId::TitleOutsideTerm)
            .map(|group| (group.verdict, words(&group, &corpus)))
    };
    let (verdict, reason) = outside(title("mayor", "2022-06-01")).expect("a title before the term");
    assert_eq!(verdict, Verdict::Tension);
    assert_eq!(
        reason,
        "beta gives \"mayor\" for 1 June 2022, and alpha dates the start of Ana Vidal's term as mayor \"March 2023\"; the title is given before the term began."
    );
    let (_, reason) = outside(title("Mayor", "2024-09-01")).expect("a title after the term");
    assert!(reason.ends_with("the title is given after the term ended."), "{reason}");
    let (_dir, corpus) = corpus(&[
        ("alpha", "2025-03-07", &claim("vidal-term", "start", "Tuesday", "")),
        ("beta", "2025-10-22", &title("mayor", "2025-03-03")),
    ]);
    let group = all_groups(&corpus)
        .into_iter()
        .find(|group| group.rule == super::RuleId::TitleOutsideTerm)
        .expect("a title the day before the term");
    assert!(
        words(&group, &corpus).contains("the start of Ana Vidal's term as mayor \"Tuesday\" (4 March 2025);"),
        "{}",
        words(&group, &corpus)
    );
    assert!(outside(title("mayor", "2023-06-01")).is_none(), "within the term");
    assert!(outside(title("deputy mayor", "2022-06-01")).is_none(), "another post");
}

#[test]
fn a_fuller_wording_of_a_title_agrees_and_the_reason_names_it() {
    let (verdict, reason) = verdict_of(
        ("2025-10-22", claim("diaby", "role", "Lyon public prosecutor", "")),
        ("2025-10-22", claim("diaby", "role", "Lyon prosecutor", "")),
    );
    assert_eq!(verdict, Verdict::Agree, "{reason}");
    assert!(
        reason.contains(", \"Lyon public prosecutor\" being a fuller wording of \"Lyon prosecutor\""),
        "{reason}"
    );
    let (verdict, reason) = verdict_of(
        ("2025-10-22", claim("diaby", "role", "Foreign Trade Minister", "")),
        ("2025-10-22", claim("diaby", "role", "Foreign Minister", "")),
    );
    assert_eq!(verdict, Verdict::Tension, "{reason}");
}
