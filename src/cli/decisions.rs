//! The reviewed-decisions file as the commands find it: `CORPUS/reviewed.yaml` by default,
//! another file with `--decisions`, none with `--no-decisions` (`--baseline` and
//! `--no-baseline`, their earlier names, still work and are not shown in the help).

use super::Outcome;
use crate::decisions::{DECISIONS_FILE, Decision, Decisions};
use crate::diagnostics::Problems;
use std::path::{Path, PathBuf};

/// Which reviewed-decisions file to read.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct DecisionsArgs {
    /// The reviewed-decisions file (default: reviewed.yaml in the corpus folder, if there is one).
    #[arg(long, value_name = "FILE", conflicts_with = "no_decisions", alias = "baseline")]
    pub decisions: Option<PathBuf>,
    /// Ignore the reviewed-decisions file: every conflict counts as unreviewed.
    #[arg(long, alias = "no-baseline")]
    pub no_decisions: bool,
}

impl DecisionsArgs {
    /// The file these arguments name for a corpus (`None` with `--no-decisions`).
    pub fn path(&self, corpus: &Path) -> Option<PathBuf> {
        if self.no_decisions {
            return None;
        }
        Some(self.decisions.clone().unwrap_or_else(|| corpus.join(DECISIONS_FILE)))
    }

    /// Reads the decisions; a file named with `--decisions` must exist, the default one may
    /// be missing. Bad entries are a usage error with their positions.
    pub fn load(&self, corpus: &Path) -> Result<Decisions, Outcome> {
        let Some(path) = self.path(corpus) else {
            return Ok(Decisions::empty());
        };
        let loaded = if self.decisions.is_some() {
            Decisions::load(&path)
        } else {
            Decisions::load_or_empty(&path)
        };
        loaded.map_err(|problems| decisions_problems(&problems, &path, "nothing was checked"))
    }
}

/// The usage error for a decisions file with problems, each at its position.
pub(super) fn decisions_problems(problems: &Problems, path: &Path, consequence: &str) -> Outcome {
    super::problems_outcome(problems, "the reviewed decisions", path, consequence)
}

/// Reads `--decision`: one of explained, keep-both, corrected, wont-fix.
pub(super) fn parse_decision(text: &str) -> Result<Decision, String> {
    Decision::from_name(text).ok_or_else(|| {
        let names: Vec<&str> = Decision::ALL.iter().map(|decision| decision.as_str()).collect();
        format!("one of: {}", names.join(", "))
    })
}
