//! Editors read names: the best-supported reading of an entity group by the entity's display
//! name, and a claim's origin by its outlet's name (not repeated when it is the outlet's own
//! reporting), never by an id.

use crate::common::{ScratchCorpus, run};

/// Three outlets on where a man lives: two say Samarkand, one Tashkent; no outlet names an
/// upstream origin, so each is its own.
fn corpus() -> ScratchCorpus {
    let dir = ScratchCorpus::empty();
    dir.write(
        "entities.yaml",
        "entities:\n  - { id: rahimov, kind: person, name: Dilshod Rahimov }\n  \
         - { id: samarkand-city, kind: place, name: Samarkand }\n  \
         - { id: tashkent-city, kind: place, name: Tashkent }\n",
    );
    for (id, outlet, place, name) in [
        ("north-star", "The North Star", "samarkand-city", "Samarkand"),
        ("river-post", "River Post", "samarkand-city", "Samarkand"),
        ("plains-herald", "Plains Herald", "tashkent-city", "Tashkent"),
    ] {
        dir.write(
            &format!("sources/{id}.yaml"),
            format!(
                "outlet: {outlet}\ntitle: t\npublished: 2025-05-01\nlanguage: en\nclaims:\n  \
                 - {{ id: home, subject: rahimov, property: location, value: {place}, quote: lives in {name} }}\n"
            ),
        );
        dir.write(&format!("texts/{id}.txt"), format!("Rahimov lives in {name}.\n"));
    }
    dir
}

#[test]
fn the_best_supported_entity_and_every_origin_are_named() {
    let dir = corpus();
    let path = dir.path().to_str().unwrap();
    for format in ["table", "markdown", "html"] {
        let check = run(&["check", path, "--format", format, "--width", "120"]);
        let at = check
            .stdout
            .find("best supported")
            .unwrap_or_else(|| panic!("{format}: no best-supported line in\n{}", check.stdout));
        let line = check.stdout[at..].lines().next().unwrap();
        assert!(line.contains("best supported: Samarkand"), "{format}: {line}");
        assert!(!line.contains("samarkand-city"), "{format}: {line}");
    }
    for format in ["table", "markdown"] {
        let review = run(&[
            "review",
            "plains-herald",
            "--corpus",
            path,
            "--format",
            format,
            "--width",
            "160",
        ]);
        assert!(review.stdout.contains("The North Star"), "{format}:\n{}", review.stdout);
        assert!(review.stdout.contains("independent"), "{format}:\n{}", review.stdout);
        for id in ["north-star", "river-post", "via The North Star"] {
            assert!(!review.stdout.contains(id), "{format}: {id} in\n{}", review.stdout);
        }
    }
    let show = run(&["show", "rahimov", "--corpus", path, "--format", "json"]);
    let show: serde_json::Value = serde_json::from_str(&show.stdout).unwrap();
    let text = show.to_string();
    assert!(text.contains("\"origin\":\"Plains Herald\""), "{text}");
}
