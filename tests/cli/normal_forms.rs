//! Every value in the shipped corpus, as written and in normal form: pins the value grammar
//! on the real data, so a change to how any value is read shows up in review.

use crate::common::shipped_corpus;
use crosscheck::verdict::Normal;

#[test]
fn every_value_of_the_shipped_corpus_in_normal_form_is_pinned() {
    let corpus = crosscheck::corpus::load(&shipped_corpus()).expect("the shipped corpus loads");
    let mut lines = Vec::new();
    for claim in corpus.claims() {
        let property = &corpus.properties[claim.property.as_str()];
        let normal = Normal::of(claim, property);
        lines.push(format!(
            "{:<48} {:<22} {:<40} => {}",
            claim.key(),
            claim.property,
            claim.written,
            normal
        ));
    }
    assert_eq!(lines.len(), corpus.claims().count());
    insta::assert_snapshot!("normal_forms", lines.join("\n"));
}
