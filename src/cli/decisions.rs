//! The reviewed-decisions file as the commands find it: `CORPUS/reviewed.yaml` by default,
//! another file with `--baseline`, none with `--no-baseline`.

use super::Outcome;
use crate::baseline::{BASELINE_FILE, Baseline, Decision};
use crate::diagnostics::{Problems, Style};
use std::path::{Path, PathBuf};

/// Which reviewed-decisions file to read.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct BaselineArgs {
    /// The reviewed-decisions file (default: reviewed.yaml in the corpus folder, if there is one).
    #[arg(long, value_name = "FILE", conflicts_with = "no_baseline")]
    pub baseline: Option<PathBuf>,
    /// Ignore the reviewed-decisions file: every conflict counts as unreviewed.
    #[arg(long)]
    pub no_baseline: bool,
}

impl BaselineArgs {
    /// The file these arguments name for a corpus (`None` with `--no-baseline`).
    pub fn path(&self, corpus: &Path) -> Option<PathBuf> {
        if self.no_baseline {
            return None;
        }
        Some(self.baseline.clone().unwrap_or_else(|| corpus.join(BASELINE_FILE)))
    }

    /// Reads the decisions; a file named with `--baseline` must exist, the default one may
    /// be missing. Bad entries are a usage error with their positions.
    pub fn load(&self, corpus: &Path) -> Result<Baseline, Outcome> {
        let Some(path) = self.path(corpus) else {
            return Ok(Baseline::empty());
        };
        let loaded = if self.baseline.is_some() {
            Baseline::load(&path)
        } else {
            Baseline::load_or_empty(&path)
        };
        loaded.map_err(|problems| problems_outcome(&problems, &path, "nothing was checked"))
    }
}

/// The usage error for a decisions file with problems, each at its position.
pub(super) fn problems_outcome(problems: &Problems, path: &Path, consequence: &str) -> Outcome {
    let count = problems.diagnostics.len();
    let mut stderr = problems.render(Style::Rich);
    stderr.push_str(&format!(
        "error: {count} problem{} in the reviewed decisions {}; {consequence}\n",
        if count == 1 { "" } else { "s" },
        path.display()
    ));
    Outcome::usage_error(stderr)
}

/// Reads `--decision`: one of explained, keep-both, corrected, wont-fix.
pub(super) fn parse_decision(text: &str) -> Result<Decision, String> {
    Decision::from_name(text).ok_or_else(|| {
        let names: Vec<&str> = Decision::ALL.iter().map(|decision| decision.as_str()).collect();
        format!("one of: {}", names.join(", "))
    })
}
