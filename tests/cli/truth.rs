//! Truth discovery on the Flight slice: `evaluate` scores every method against the gold rows
//! of its four flights that the gold standard covers.

use crate::common::{ScratchCorpus, run};

fn evaluation(extra: &[&str]) -> serde_json::Value {
    let mut args = vec![
        "evaluate",
        "tests/data/flight",
        "--truth",
        "tests/data/flight-truth",
        "--format",
        "json",
    ];
    args.extend_from_slice(extra);
    let result = run(&args);
    assert_eq!(result.code, 0, "{}", result.stderr);
    serde_json::from_str(&result.stdout).unwrap()
}

fn exact(report: &serde_json::Value, method: &str) -> u64 {
    let found = report["methods"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["method"] == method)
        .unwrap();
    found["all"]["exact"].as_u64().unwrap()
}

#[test]
fn every_method_is_scored_on_the_gold_items() {
    let report = evaluation(&[]);
    assert_eq!(report["schema"], "crosscheck/evaluation@1");
    let methods = report["methods"].as_array().unwrap();
    let names: Vec<&str> = methods.iter().map(|m| m["method"].as_str().unwrap()).collect();
    assert_eq!(names, ["majority", "truthfinder", "accu", "accucopy"]);
    for method in methods {
        // Four flights, six properties, two gates the gold leaves empty.
        assert_eq!(method["all"]["items"], 22, "{method}");
        assert_eq!(method["all"]["missing"], 0, "{method}");
        assert!(
            method["all"]["within"].as_u64() >= method["all"]["exact"].as_u64(),
            "{method}"
        );
    }
    assert!(exact(&report, "accucopy") >= exact(&report, "majority"));
}

#[test]
fn majority_misses_actual_departures_that_copy_detection_gets_right() {
    let report = evaluation(&["--method", "majority", "--method", "accucopy"]);
    assert_eq!(report["methods"].as_array().unwrap().len(), 2);
    let departures = |method: &str| {
        let found = report["methods"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["method"] == method)
            .unwrap();
        found["by_property"]["actual-departure"]["exact"].as_u64().unwrap()
    };
    assert!(departures("accucopy") > departures("majority"));
    assert_eq!(exact(&report, "accucopy"), 22);
}

#[test]
fn an_unreadable_gold_corpus_is_a_usage_error() {
    let result = run(&["evaluate", "tests/data/flight", "--truth", "tests/data/no-such-corpus"]);
    assert_eq!(result.code, 2, "{}", result.stdout);
}

#[test]
fn sources_are_ranked_and_copies_listed() {
    let result = run(&["sources", "tests/data/flight", "--format", "json"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let report: serde_json::Value = serde_json::from_str(&result.stdout).unwrap();
    assert_eq!(report["schema"], "crosscheck/sources@1");
    let sources = report["sources"].as_array().unwrap();
    assert_eq!(sources.len(), 34);
    let low = |s: &serde_json::Value| s["reliability"]["interval"][0].as_f64().unwrap();
    assert!(sources.windows(2).all(|w| low(&w[0]) >= low(&w[1])));
    // Mirrors of one feed repeat each other's errors.
    let copies = report["copies"].as_array().unwrap();
    assert!(
        copies
            .iter()
            .any(|c| c["sources"] == serde_json::json!(["airtravelcenter", "flytecomm"])),
        "{copies:?}"
    );
    let table = run(&["sources", "tests/data/flight", "--copies"]);
    assert!(
        table.stdout.contains("airtravelcenter and flytecomm"),
        "{}",
        table.stdout
    );
}

#[test]
fn book_author_lists_are_matched_as_sets_of_people() {
    let result = run(&[
        "evaluate",
        "tests/data/book",
        "--truth",
        "tests/data/book-truth",
        "--format",
        "json",
    ]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let report: serde_json::Value = serde_json::from_str(&result.stdout).unwrap();
    for method in report["methods"].as_array().unwrap() {
        assert_eq!(method["all"]["items"], 42, "{method}");
        assert_eq!(method["all"]["missing"], 0, "{method}");
    }
    // Many stores name only the first author; weighing stores by accuracy finds the full lists.
    assert!(exact(&report, "accucopy") > exact(&report, "majority"));
    assert!(exact(&report, "truthfinder") > exact(&report, "majority"));
}

#[test]
fn evaluate_lists_the_items_a_method_gets_wrong() {
    let result = run(&[
        "evaluate",
        "tests/data/book",
        "--truth",
        "tests/data/book-truth",
        "--method",
        "majority",
        "--misses",
    ]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(result.stdout.contains("majority gets wrong:"), "{}", result.stdout);
    // Terry Halpin's book has four authors; most stores name him alone.
    assert!(
        result
            .stdout
            .contains("1558609199 authors: {halpin t} (gold: {evans k; hallock p; halpin t; maclean b})"),
        "{}",
        result.stdout
    );
}

/// Five outlets count a brigade's fighters: three count every foreign fighter (400), two only
/// the Chechen fighters among them (35).
fn scoped_corpus() -> ScratchCorpus {
    let dir = ScratchCorpus::empty();
    dir.write(
        "entities.yaml",
        "entities:\n  - { id: valley-brigade, kind: group, name: Valley Brigade }\n",
    );
    dir.write(
        "properties.yaml",
        "properties: []\nscopes:\n  - { id: foreign-fighters, name: foreign fighters }\n  \
         - { id: chechen-fighters, name: Chechen fighters, within: foreign-fighters }\n",
    );
    for (id, value, scope) in [
        ("one", "400", "foreign-fighters"),
        ("two", "400", "foreign-fighters"),
        ("three", "400", "foreign-fighters"),
        ("four", "35", "chechen-fighters"),
        ("five", "35", "chechen-fighters"),
    ] {
        dir.write(
            &format!("sources/{id}.yaml"),
            format!(
                "outlet: Outlet {id}\ntitle: t\npublished: 2025-06-01\nlanguage: en\nclaims:\n  \
                 - {{ id: size, subject: valley-brigade, property: fighter-count, value: \"{value}\", scope: {scope}, quote: \"{value} fighters\" }}\n"
            ),
        );
        dir.write(&format!("texts/{id}.txt"), format!("It has {value} fighters.\n"));
    }
    dir
}

#[test]
fn a_group_of_several_scopes_has_no_one_best_supported_value() {
    let dir = scoped_corpus();
    let path = dir.path().to_str().unwrap();
    let json = run(&["check", path, "--format", "json"]);
    assert!(json.code < 2, "{}", json.stderr);
    let report: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let group = &report["groups"][0];
    assert_eq!(group["property"], "fighter-count", "{group}");
    assert!(group.get("estimate").is_none(), "an estimate mixing scopes: {group}");
    let table = run(&["check", path, "--width", "200"]);
    let at = table
        .stdout
        .find("best supported: no one value, the claims count different things (")
        .unwrap_or_else(|| panic!("{}", table.stdout));
    let line = table.stdout[at..].lines().next().unwrap();
    assert!(
        line.contains("Chechen fighters") && line.contains("foreign fighters"),
        "{line}"
    );
    // Each scope is still judged on its own: the sources that count alike agree with the
    // reading of their own scope, so none is marked down for the other scope's figure.
    let sources = run(&["sources", path, "--format", "json"]);
    let sources: serde_json::Value = serde_json::from_str(&sources.stdout).unwrap();
    for source in sources["sources"].as_array().unwrap() {
        let accuracy = source["reliability"]["accuracy"].as_f64().unwrap();
        assert!(accuracy > 0.5, "{source}");
    }
}

/// Four outlets count the people a ferry carried: two quote the harbour master through one
/// wire story, spelling his name two ways; a third counts for itself; a fourth gives another
/// figure.
fn wire_corpus() -> ScratchCorpus {
    let dir = ScratchCorpus::empty();
    dir.write(
        "entities.yaml",
        "entities:\n  - { id: ferry, kind: other, name: the Lindholm ferry }\n",
    );
    for (id, value, extra) in [
        (
            "coast",
            "212",
            "attribution: harbour master Jens Okafor, origin: Reuters",
        ),
        ("bay", "212", "attribution: harbourmaster J. Okafor, origin: Reuters"),
        ("isles", "212", "as_of: 2025-03-02"),
        ("gazette", "340", "as_of: 2025-03-02"),
    ] {
        dir.write(
            &format!("sources/{id}.yaml"),
            format!(
                "outlet: The {id} Times\ntitle: t\npublished: 2025-03-02\nlanguage: en\nclaims:\n  \
                 - {{ id: aboard, subject: ferry, property: count, value: \"{value}\", {extra}, quote: \"{value} people were aboard\" }}\n"
            ),
        );
        dir.write(
            &format!("texts/{id}.txt"),
            format!("Officials said {value} people were aboard.\n"),
        );
    }
    dir
}

/// The origins behind a best-supported reading are counted as the group's are: two outlets
/// quoting one man through one wire story are one voice, so the reading is backed by some of
/// the group's independent origins, never by more of them than the group has.
#[test]
fn an_estimate_is_backed_by_no_more_independent_origins_than_its_group_has() {
    let dir = wire_corpus();
    let path = dir.path().to_str().unwrap();
    let json = run(&["check", path, "--format", "json"]);
    assert!(json.code < 2, "{}", json.stderr);
    let report: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let group = &report["groups"][0];
    assert_eq!(group["independent_origins"], 3, "{group}");
    assert_eq!(group["estimate"]["value"], "212", "{group}");
    assert_eq!(group["estimate"]["independent_origins"], 2, "{group}");
    let markdown = run(&["check", path, "--format", "markdown"]);
    let line = markdown
        .stdout
        .split("<br>")
        .find(|part| part.starts_with("best supported: 212 ("))
        .unwrap_or_else(|| panic!("{}", markdown.stdout));
    assert!(line.contains("; by 2 of 3 independent origins)"), "{line}");
    // The same holds on every group of the shipped corpus.
    let shipped = run(&["check", "claims", "--format", "json"]);
    let shipped: serde_json::Value = serde_json::from_str(&shipped.stdout).unwrap();
    for group in shipped["groups"].as_array().unwrap() {
        if let Some(backed) = group["estimate"]["independent_origins"].as_u64() {
            assert!(backed <= group["independent_origins"].as_u64().unwrap(), "{group}");
        }
    }
}

/// `sources` is read by editors: outlets by name (with the id `review` takes), properties by
/// name, and per property only what rests on claims enough to say something.
#[test]
fn sources_name_outlets_and_say_when_claims_are_too_few() {
    let table = run(&["sources", "claims"]);
    assert_eq!(table.code, 0, "{}", table.stderr);
    let lines: Vec<&str> = table.stdout.lines().collect();
    assert!(
        lines[0].starts_with("Sources by how often their claims agree"),
        "{}",
        table.stdout
    );
    assert!(
        lines
            .iter()
            .any(|line| line.starts_with("  Noon Post (noonpost-ghuraba) agrees with the best-supported reading in ")),
        "{}",
        table.stdout
    );
    // Each source of the shipped corpus has one or two claims per property: no figure per
    // property, but how many properties say too little.
    assert!(
        lines
            .iter()
            .filter(|line| line.starts_with("    "))
            .all(|line| line.starts_with("    too few claims on ") && line.ends_with(" to say more")),
        "{}",
        table.stdout
    );
    let markdown = run(&["sources", "claims", "--format", "markdown"]).stdout;
    assert!(
        markdown.contains("| BFM TV (bfmtv-oumar-diaby) | agrees with"),
        "{markdown}"
    );
    let copies = run(&["sources", "tests/data/flight", "--copies"]).stdout;
    assert!(
        copies.contains("airtravelcenter and flytecomm give the same wrong reading, written alike, on "),
        "{copies}"
    );
}

/// Three outlets name the parties to a river truce, each adding a party to the one before.
fn truce_corpus() -> ScratchCorpus {
    let dir = ScratchCorpus::empty();
    dir.write(
        "entities.yaml",
        "entities:\n  - { id: river-truce, kind: agreement, name: the river truce }\n  \
         - { id: red-hand, kind: group, name: Red Hand Militia }\n  \
         - { id: blue-lake, kind: group, name: Blue Lake Council }\n  \
         - { id: grey-hill, kind: group, name: Grey Hill Brigade }\n",
    );
    let sources = [
        ("ledger", vec!["grey-hill, red-hand, blue-lake"]),
        ("courier", vec!["red-hand, blue-lake"]),
        ("herald", vec!["blue-lake"]),
    ];
    for (id, values) in sources {
        let mut claims = String::new();
        let mut text = String::new();
        for (n, value) in values.iter().enumerate() {
            claims.push_str(&format!(
                "  - {{ id: party-{n}, subject: river-truce, property: participants, value: \"{value}\", quote: \"signed by {value}\" }}\n"
            ));
            text.push_str(&format!("It was signed by {value}.\n"));
        }
        dir.write(
            &format!("sources/{id}.yaml"),
            format!("outlet: The {id}\ntitle: t\npublished: 2025-05-01\nlanguage: en\nclaims:\n{claims}"),
        );
        dir.write(&format!("texts/{id}.txt"), &text);
    }
    dir
}

/// Lists that agree only add members to one another, so the agreed value is every member
/// they name together, by name, not one of the lists.
#[test]
fn the_agreed_value_of_lists_is_every_member_they_name() {
    let dir = truce_corpus();
    let path = dir.path().to_str().unwrap();
    let json = run(&["check", path, "--format", "json"]);
    assert!(json.code < 2, "{}", json.stderr);
    let report: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let group = &report["groups"][0];
    assert_eq!(group["verdict"], "agree", "{group}");
    assert_eq!(
        group["estimate"]["value"], "Blue Lake Council, Grey Hill Brigade, Red Hand Militia",
        "{group}"
    );
    let markdown = run(&["check", path, "--format", "markdown"]).stdout;
    assert!(
        markdown.contains("agreed value: Blue Lake Council, Grey Hill Brigade, Red Hand Militia ("),
        "{markdown}"
    );
}

/// Two outlets name the chair of a harbour board eight years apart.
fn changed_chair_corpus() -> ScratchCorpus {
    let dir = ScratchCorpus::empty();
    dir.write(
        "entities.yaml",
        "entities:\n  - { id: harbour-board, kind: organisation, name: the harbour board }\n  \
         - { id: ada-quist, kind: person, name: Ada Quist }\n  \
         - { id: tomas-reyes, kind: person, name: Tomas Reyes }\n",
    );
    for (id, leader, published) in [
        ("almanac", "ada-quist", "2016-04-02"),
        ("daily", "tomas-reyes", "2024-09-12"),
    ] {
        dir.write(
            &format!("sources/{id}.yaml"),
            format!(
                "outlet: The {id}\ntitle: t\npublished: {published}\nlanguage: en\nclaims:\n  \
                 - {{ id: chair, subject: harbour-board, property: leader, value: {leader}, quote: \"chaired by {leader}\" }}\n"
            ),
        );
        dir.write(
            &format!("texts/{id}.txt"),
            format!("The board is chaired by {leader}.\n"),
        );
    }
    dir
}

/// Values that differ because the property changed between their dates have no one
/// best-supported value: the line says so and names the latest claim.
#[test]
fn a_group_that_drifted_names_its_latest_claim_instead_of_a_best_value() {
    let dir = changed_chair_corpus();
    let path = dir.path().to_str().unwrap();
    let markdown = run(&["check", path, "--format", "markdown"]);
    assert!(markdown.code < 2, "{}", markdown.stderr);
    assert!(
        markdown.stdout.contains("| drift<br>unreviewed |"),
        "{}",
        markdown.stdout
    );
    assert!(
        markdown.stdout.contains(
            "best supported: no one value, leader changes over time, and the latest claim (The daily, 2024-09-12) says Tomas Reyes"
        ),
        "{}",
        markdown.stdout
    );
}
