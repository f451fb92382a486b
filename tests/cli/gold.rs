//! Editors' gold lists scored against the report: the five seed texts
//! (`tests/data/seed-gold/gold.yaml`) on the shipped corpus, the sixth source
//! (`tests/data/sixth-source/gold.yaml`) added to a copy of it as an editor would add it, and
//! every held-out judgement corpus (`tests/data/judge-heldout/*/gold.yaml`, format in that
//! folder's README). Every item the engine meets today must stay met; an item it does not yet
//! meet says why in its `unmet` line, and the test fails when such an item starts to be met, so
//! the list stays honest.

use crate::common::{ScratchCorpus, run};
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// What the editor expects of a pair of claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Expect {
    /// The report calls the pair a conflict.
    Conflict,
    /// The report raises the pair: tension or conflict.
    Surface,
    /// The report raises the pair as a tension, not a conflict (an edge fit, one reading).
    Tension,
    /// The report neither calls the pair a tension nor a conflict.
    Dismiss,
}

/// One thing the editor expects: of claims named by key (`source/claim-id`: every pair among
/// them), or of a whole group named `subject/property` (every finding of its groups, derived
/// checks included).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Item {
    id: String,
    expect: Expect,
    #[serde(default)]
    claims: Vec<String>,
    group: Option<String>,
    why: String,
    unmet: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Gold {
    items: Vec<Item>,
}

fn data(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(relative)
}

fn gold(relative: &str) -> Gold {
    let text = std::fs::read_to_string(data(relative)).expect("the gold list is readable");
    serde_saphyr::from_str(&text).unwrap_or_else(|error| panic!("{relative}: {error}"))
}

fn report(corpus: &Path) -> Value {
    let path = corpus.to_str().expect("corpus paths are UTF-8");
    let result = run(&["check", path, "--format", "json"]);
    assert_ne!(result.code, 2, "{}", result.stderr);
    serde_json::from_str(&result.stdout).expect("the report is JSON")
}

/// Every claim key (`source/claim-id`) in a group of the report (a gold item pairs claims of one group).
fn claim_keys(report: &Value) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for group in report["groups"].as_array().expect("groups") {
        for claim in group["claims"].as_array().expect("claims") {
            keys.insert(format!(
                "{}/{}",
                claim["source"].as_str().unwrap(),
                claim["id"].as_str().unwrap()
            ));
        }
    }
    keys
}

/// The findings of the report, each as its verdict and the claim keys it names.
fn findings(report: &Value) -> Vec<(String, BTreeSet<String>)> {
    report["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .flat_map(|group| group["findings"].as_array().into_iter().flatten())
        .map(|finding| {
            let verdict = finding["verdict"].as_str().expect("a verdict").to_owned();
            let claims = finding["claims"].as_array().expect("claims");
            (
                verdict,
                claims.iter().map(|claim| claim.as_str().unwrap().to_owned()).collect(),
            )
        })
        .collect()
}

/// The worst verdict the report gives a finding that names all these claims, if any.
fn raised<'a>(findings: &'a [(String, BTreeSet<String>)], claims: &[String]) -> Option<&'a str> {
    findings
        .iter()
        .filter(|(_, named)| claims.iter().all(|claim| named.contains(claim)))
        .map(|(verdict, _)| verdict.as_str())
        .max_by_key(|verdict| rank(verdict))
}

/// The worst verdict the report gives any finding of the groups on `subject/property`, and
/// whether there is such a group.
fn raised_in_group<'a>(report: &'a Value, group: &str) -> (bool, Option<&'a str>) {
    let (subject, property) = group.split_once('/').expect("a group is written subject/property");
    let groups: Vec<&Value> = report["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .filter(|found| found["subject"] == subject && found["property"] == property)
        .collect();
    let worst = groups
        .iter()
        .flat_map(|found| found["findings"].as_array().into_iter().flatten())
        .filter_map(|finding| finding["verdict"].as_str())
        .max_by_key(|verdict| rank(verdict));
    (!groups.is_empty(), worst)
}

fn rank(verdict: &str) -> Option<usize> {
    ["agree", "drift", "tension", "conflict"]
        .iter()
        .position(|known| *known == verdict)
}

/// What the report gives an item: for a group, its worst finding; for claims, the verdict of
/// the pair among them that meets the expectation least (every pair must meet it).
fn verdict_of<'a>(item: &Item, report: &'a Value, findings: &'a [(String, BTreeSet<String>)]) -> Option<&'a str> {
    if let Some(group) = &item.group {
        let (exists, worst) = raised_in_group(report, group);
        assert!(exists, "{}: no group {group} in the report", item.id);
        return worst;
    }
    let pairs = item
        .claims
        .iter()
        .enumerate()
        .flat_map(|(i, a)| item.claims[i + 1..].iter().map(move |b| [a.clone(), b.clone()]));
    let verdicts: Vec<Option<&str>> = pairs.map(|pair| raised(findings, &pair)).collect();
    verdicts
        .iter()
        .copied()
        .find(|verdict| !meets(item.expect, *verdict))
        .or_else(|| verdicts.first().copied())
        .flatten()
}

fn meets(expect: Expect, raised: Option<&str>) -> bool {
    match expect {
        Expect::Conflict => raised == Some("conflict"),
        Expect::Surface => matches!(raised, Some("conflict" | "tension")),
        Expect::Tension => raised == Some("tension"),
        Expect::Dismiss => !matches!(raised, Some("conflict" | "tension")),
    }
}

/// Scores a gold list against a report, prints the score, and checks every item is met unless
/// its `unmet` line says why not (and that such an item is indeed not met).
fn score(name: &str, gold: &Gold, report: &Value) {
    let keys = claim_keys(report);
    let findings = findings(report);
    let mut failures = Vec::new();
    let mut met_by_kind = std::collections::BTreeMap::new();
    for item in &gold.items {
        assert!(
            !item.why.trim().is_empty(),
            "{}: the editor's reason is missing",
            item.id
        );
        assert!(
            item.group.is_some() != (item.claims.len() >= 2),
            "{}: name either two or more claims or one group",
            item.id
        );
        for claim in &item.claims {
            assert!(keys.contains(claim), "{}: no claim {claim} in the corpus", item.id);
        }
        let verdict = verdict_of(item, report, &findings);
        let met = meets(item.expect, verdict);
        let (hits, total) = met_by_kind
            .entry(format!("{:?}", item.expect).to_lowercase())
            .or_insert((0, 0));
        *total += 1;
        *hits += usize::from(met);
        let found = verdict.unwrap_or("no finding");
        match (&item.unmet, met) {
            (None, false) => failures.push(format!(
                "{}: expected {:?}, the report has {found}",
                item.id, item.expect
            )),
            (Some(_), true) => failures.push(format!("{}: now met ({found}); delete its `unmet` line", item.id)),
            _ => {}
        }
    }
    let met: usize = met_by_kind.values().map(|(hits, _)| hits).sum();
    let by_kind: Vec<String> = met_by_kind
        .iter()
        .map(|(kind, (hits, total))| format!("{kind} {hits}/{total}"))
        .collect();
    println!(
        "{name}: {met} of {} items met ({})",
        gold.items.len(),
        by_kind.join(", ")
    );
    assert!(failures.is_empty(), "{name}:\n{}", failures.join("\n"));
}

#[test]
fn the_seed_gold_list_is_met_except_where_it_says_why() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("claims");
    score("seed gold", &gold("seed-gold/gold.yaml"), &report(&corpus));
}

/// Every held-out judgement corpus (a folder of `tests/data/judge-heldout` with an editor's
/// `EXPECTED.md`) has its list as data in `gold.yaml`, and the report on it meets every item
/// but those whose `unmet` line says why.
#[test]
fn every_held_out_judgement_corpus_is_scored_against_its_editors_list() {
    let root = data("judge-heldout");
    let mut corpora: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("the held-out corpora are readable")
        .map(|entry| entry.expect("a folder entry").path())
        .filter(|path| path.join("EXPECTED.md").is_file())
        .collect();
    corpora.sort();
    assert!(corpora.len() >= 5, "{corpora:?}");
    for corpus in corpora {
        let name = corpus.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            corpus.join("gold.yaml").is_file(),
            "{name}: EXPECTED.md has no gold.yaml beside it"
        );
        score(
            &name,
            &gold(&format!("judge-heldout/{name}/gold.yaml")),
            &report(&corpus),
        );
    }
}

/// The shipped corpus with the sixth source added as an editor adds it: the new spellings as
/// aliases of the entities they name (as `tests/data/sixth-source/EXPECTED.md` lists them),
/// then the source's claims and text.
fn corpus_with_sixth_source() -> ScratchCorpus {
    let scratch = ScratchCorpus::new();
    let mut registry = std::fs::read_to_string(scratch.file("entities.yaml")).unwrap();
    for (id, alias) in [
        ("omar-diaby", "Omar Omsin"),
        ("ghuraba", "Firqatul Ghuraba"),
        ("maimouna", "Maymuna"),
    ] {
        registry = with_alias(&registry, id, alias);
    }
    scratch.write("entities.yaml", registry);
    for relative in ["sources/riviera-daily-omsin.yaml", "texts/riviera-daily-omsin.txt"] {
        scratch.write(relative, std::fs::read(data("sixth-source").join(relative)).unwrap());
    }
    scratch
}

/// The registry with one more alias for an entity, added to its list of aliases (written
/// inline or as a block), or as a new list.
fn with_alias(registry: &str, id: &str, alias: &str) -> String {
    let entry = format!("  - id: {id}\n");
    let start = registry.find(&entry).unwrap_or_else(|| panic!("no entity {id}")) + entry.len();
    let end = registry[start..]
        .find("\n  - id: ")
        .map_or(registry.len(), |at| start + at);
    let block = &registry[start..end];
    let block = if block.contains("    aliases: [") {
        block.replacen("    aliases: [", &format!("    aliases: [{alias}, "), 1)
    } else if block.contains("    aliases:\n") {
        block.replacen("    aliases:\n", &format!("    aliases:\n      - {alias}\n"), 1)
    } else {
        format!("    aliases: [{alias}]\n{block}")
    };
    format!("{}{block}{}", &registry[..start], &registry[end..])
}

/// Every conflict that names a claim of the sixth source is one the editor foresaw: an item
/// that expects a conflict, or raises the pair without saying how (`surface`), or a known miss
/// whose `unmet` line says why. No other conflict, and every expected conflict is there.
#[test]
fn the_sixth_source_raises_exactly_the_conflicts_the_editor_expects() {
    let scratch = corpus_with_sixth_source();
    let report = report(scratch.path());
    let gold = gold("sixth-source/gold.yaml");
    score("sixth source", &gold, &report);
    let findings = findings(&report);
    let foresees = |item: &Item| item.unmet.is_some() || matches!(item.expect, Expect::Conflict | Expect::Surface);
    let sixth = |claim: &String| claim.starts_with("riviera-daily-omsin/");
    for (verdict, claims) in &findings {
        if verdict != "conflict" || !claims.iter().any(sixth) {
            continue;
        }
        let foreseen = gold
            .items
            .iter()
            .any(|item| foresees(item) && item.claims.iter().all(|claim| claims.contains(claim)));
        assert!(foreseen, "a conflict the editor does not expect: {claims:?}");
    }
    let expected = gold.items.iter().filter(|item| item.expect == Expect::Conflict);
    for item in expected.filter(|item| item.unmet.is_none()) {
        assert_eq!(
            raised(&findings, &item.claims),
            Some("conflict"),
            "{}: {}",
            item.id,
            item.why
        );
    }
}
