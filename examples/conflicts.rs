//! Using crosscheck as a library: load a corpus, judge it, and list the groups in conflict
//! with the claims on each side.
//!
//! ```sh
//! cargo run --example conflicts            # the shipped corpus
//! cargo run --example conflicts -- DIR     # another corpus
//! ```

use crosscheck::analysis::Analysis;
use crosscheck::diagnostics::Style;
use crosscheck::verdict::Verdict;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let path = std::env::args_os()
        .nth(1)
        .map_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("claims"), PathBuf::from);
    let corpus = match crosscheck::corpus::load(&path) {
        Ok(corpus) => corpus,
        Err(problems) => {
            eprint!("{}", problems.render(Style::Short));
            return ExitCode::from(2);
        }
    };
    let analysis = Analysis::of(&corpus);
    for judged in analysis
        .groups
        .iter()
        .filter(|judged| judged.verdict == Verdict::Conflict)
    {
        println!(
            "{} / {}",
            corpus.entity_name(&judged.group.subject),
            judged.group.property
        );
        for claim in judged.group.claims.iter().filter_map(|&at| corpus.claim(at)) {
            println!("  {:<14} {:<26} {}", claim.written, claim.source, claim.quote);
        }
        println!(
            "  why: {}\n",
            crosscheck::report::reason::group(judged, &corpus, &analysis.graph)
        );
    }
    ExitCode::SUCCESS
}
