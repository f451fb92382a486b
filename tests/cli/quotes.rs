//! Every quote in the JSON report is in its source text, at the span the report gives,
//! differing at most in whitespace and typographic quotes, apostrophes and dashes. The
//! comparison here is written independently of the loader's, so each checks the other.

use crate::common::{run, shipped_corpus};
use serde_json::Value;

fn plain(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let c = match c {
            '‘' | '’' | '‚' | '‛' | 'ʼ' | '′' => '\'',
            '“' | '”' | '„' | '‟' | '«' | '»' | '″' => '"',
            '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => '-',
            c => c,
        };
        if c.is_whitespace() {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    out.trim().to_owned()
}

#[test]
fn every_quote_in_the_report_is_verbatim_in_its_source_text() {
    let report: Value = serde_json::from_str(&run(&["check", "--format", "json"]).stdout).expect("the report is JSON");
    let texts: std::collections::HashMap<String, String> = report["sources"]
        .as_array()
        .expect("sources")
        .iter()
        .map(|source| {
            let path = shipped_corpus().join(source["text"].as_str().expect("text path"));
            (
                source["id"].as_str().expect("id").to_owned(),
                std::fs::read_to_string(path).expect("text readable"),
            )
        })
        .collect();
    let mut checked = 0;
    for group in report["groups"].as_array().expect("groups") {
        for claim in group["claims"].as_array().expect("claims") {
            let text = &texts[claim["source"].as_str().expect("source")];
            let quote = claim["quote"].as_str().expect("quote");
            let start = claim["quote_span"][0].as_u64().expect("span start") as usize;
            let end = claim["quote_span"][1].as_u64().expect("span end") as usize;
            let found = text.get(start..end).expect("the span is inside the text");
            assert_eq!(plain(found), plain(quote), "claim {}/{}", claim["source"], claim["id"]);
            let line = 1 + text[..start].matches('\n').count();
            assert_eq!(
                claim["quote_line"].as_u64(),
                Some(line as u64),
                "claim {}/{}",
                claim["source"],
                claim["id"]
            );
            checked += 1;
        }
    }
    assert!(checked >= 20, "only {checked} quotes in groups");
}

#[test]
fn quotes_of_claims_outside_groups_are_in_their_texts_too() {
    let corpus = crosscheck::corpus::load(&shipped_corpus()).expect("the shipped corpus loads");
    for source in &corpus.sources {
        for claim in &source.claims {
            let found = &source.text[claim.span.start..claim.span.end];
            assert_eq!(plain(found), plain(&claim.quote), "claim {}", claim.key());
            assert!(
                plain(&source.text).contains(&plain(&claim.quote)),
                "claim {}",
                claim.key()
            );
        }
    }
}
