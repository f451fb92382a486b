//! `crosscheck accept`: record editorial decisions on discrepancies in the reviewed-decisions
//! file, by id, or every discrepancy not yet reviewed as it is now (`--all-new`). Each decision
//! records its claims' values; a decision it replaces is kept in its history. With
//! `--record-values`, decisions written before values were recorded get them.

use super::check::VerdictArg;
use super::decisions::{decisions_problems, parse_decision};
use super::{EXIT_CLEAN, Outcome, corpus_path, load};
use crate::analysis::Analysis;
use crate::counted::{agreeing, counted};
use crate::decisions::{
    DECISIONS_FILE, Decision, Decisions, Earlier, Entry, SeenValues, Standing, Status, accept, lock, record_values,
    seen_in,
};
use crate::model::Corpus;
use crate::names::suggest;
use crate::verdict::Verdict;
use jiff::civil::Date;
use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Arguments of `crosscheck accept`.
#[derive(Debug, clap::Args)]
pub struct AcceptArgs {
    /// Discrepancy ids as `check` prints them (`omar-diaby/age#3f2a1c`), or `subject/property`;
    /// `-` reads ids from standard input, one per line.
    #[arg(required_unless_present_any = ["all_new", "record_values"])]
    pub ids: Vec<String>,
    /// Accept every discrepancy not reviewed as it is now (see --verdict).
    #[arg(long, conflicts_with = "ids")]
    pub all_new: bool,
    /// With --all-new: only discrepancies with this verdict (repeatable).
    #[arg(long, value_enum, requires = "all_new")]
    pub verdict: Vec<VerdictArg>,
    /// Record, in every decision that covers its discrepancy as it is now but has no record
    /// of its claims' values (one written before values were recorded), the values now.
    #[arg(long, conflicts_with_all = ["ids", "all_new", "note"])]
    pub record_values: bool,
    /// Why the sources differ and what to do about it, in an editor's words.
    #[arg(long, required_unless_present = "record_values")]
    pub note: Option<String>,
    /// The decision: explained, keep-both, corrected or wont-fix.
    #[arg(long, value_parser = parse_decision, default_value = "explained")]
    pub decision: Decision,
    /// Who decided (default: `git config user.name` in the corpus folder, else $USER).
    #[arg(long)]
    pub by: Option<String>,
    /// The day of the decision, YYYY-MM-DD (default: today).
    #[arg(long)]
    pub on: Option<String>,
    /// The corpus folder (default: ./claims, else the corpus folder you are in).
    #[arg(long)]
    pub corpus: Option<PathBuf>,
    /// The reviewed-decisions file to write (default: reviewed.yaml in the corpus folder).
    #[arg(long, value_name = "FILE", alias = "baseline")]
    pub decisions: Option<PathBuf>,
}

pub(super) fn accept_command(args: &AcceptArgs) -> Outcome {
    match run(args) {
        Ok(outcome) | Err(outcome) => outcome,
    }
}

fn run(args: &AcceptArgs) -> Result<Outcome, Outcome> {
    let note = args.note.as_deref().map(str::trim).unwrap_or_default();
    if note.is_empty() && !args.record_values {
        return Err(Outcome::usage_error(
            "error: the --note is empty\n  help: say why the sources differ and what to do about it\n".to_owned(),
        ));
    }
    let path = corpus_path(args.corpus.as_ref())?;
    let corpus = load(&path)?;
    let file = args.decisions.clone().unwrap_or_else(|| path.join(DECISIONS_FILE));
    // Held until the new file is in place: another `accept` waits, then reads this one's.
    let _lock = lock(&file).map_err(|(lock_file, error)| {
        Outcome::usage_error(format!(
            "error: cannot lock {} to write the decisions: {error}; nothing was changed\n",
            lock_file.display()
        ))
    })?;
    let decisions = Decisions::load_or_empty(&file)
        .map_err(|problems| decisions_problems(&problems, &file, "nothing was written"))?;
    let analysis = Analysis::reviewed(&corpus, &decisions);
    if args.record_values {
        return record(&analysis, &decisions);
    }
    let targets = if args.all_new {
        unreviewed(&analysis, &args.verdict)
    } else {
        resolve_all(&analysis, &requested_ids(&args.ids)?)?
    };
    if targets.is_empty() {
        return Ok(Outcome {
            stdout: "nothing to accept: every discrepancy is reviewed as it is now\n".to_owned(),
            stderr: String::new(),
            code: EXIT_CLEAN,
        });
    }
    let by = decided_by(args.by.as_deref(), &path)?;
    let on = decided_on(args.on.as_deref())?;
    let mut values = values_now(&analysis, &targets);
    let entries: Vec<Entry> = targets
        .iter()
        .map(|review| {
            let decided = Decided {
                decision: args.decision,
                note,
                by: &by,
                on,
            };
            let seen = values.remove(&review.prefix()).unwrap_or_default();
            entry((review, &corpus), seen, &decided, &decisions)
        })
        .collect();
    let written = accept(&decisions, &entries).map_err(|error| Outcome::usage_error(format!("error: {error}\n")))?;
    Ok(Outcome {
        stdout: report(&entries, &decisions, &written),
        stderr: String::new(),
        code: EXIT_CLEAN,
    })
}

/// What the editor decides, the same for every discrepancy of one run.
struct Decided<'a> {
    decision: Decision,
    note: &'a str,
    by: &'a str,
    on: Date,
}

/// The values of the claims of each target now, by `subject/property`.
fn values_now(analysis: &Analysis, targets: &[&Standing]) -> HashMap<String, SeenValues> {
    let wanted: HashSet<String> = targets.iter().map(|review| review.prefix()).collect();
    analysis
        .groups
        .iter()
        .filter_map(|judged| {
            let prefix = analysis.standing(judged)?.prefix();
            wanted
                .contains(&prefix)
                .then(|| (prefix, seen_in(analysis.corpus, judged)))
        })
        .collect()
}

/// The new entry for a discrepancy: the decision, what it saw, and the decision it replaces
/// (with that one's own history) kept as its history.
fn entry(
    (review, corpus): (&Standing, &Corpus),
    values: SeenValues,
    decided: &Decided,
    decisions: &Decisions,
) -> Entry {
    let id = review.id(corpus);
    let history = decisions
        .earlier(id)
        .map(|earlier| {
            std::iter::once(Earlier::of(earlier))
                .chain(earlier.history.iter().cloned())
                .collect()
        })
        .unwrap_or_default();
    Entry {
        id: id.clone(),
        decision: decided.decision,
        note: decided.note.to_owned(),
        by: decided.by.to_owned(),
        on: decided.on,
        verdict: review.verdict,
        claims: review.keys(corpus),
        values,
        history,
        offset: 0,
        line: 0,
    }
}

/// `--record-values`: the values now, in each decision that has none and covers its
/// discrepancy as it is now.
fn record(analysis: &Analysis, decisions: &Decisions) -> Result<Outcome, Outcome> {
    let without: Vec<(usize, &Entry)> = decisions
        .entries
        .iter()
        .enumerate()
        .filter(|(_, entry)| entry.values.is_empty())
        .collect();
    let reviewed: Vec<&Standing> = without
        .iter()
        .filter_map(|(_, entry)| analysis.standings.get(&entry.id.subject, &entry.id.property))
        .filter(|review| review.status == Status::Reviewed)
        .collect();
    let mut values = values_now(analysis, &reviewed);
    let updates: Vec<(usize, SeenValues)> = without
        .iter()
        .filter_map(|(at, entry)| Some((*at, values.remove(&entry.id.prefix())?)))
        .collect();
    let mut stdout = String::new();
    if updates.is_empty() {
        stdout.push_str("no values to record: every decision that covers its discrepancy as it is now has them\n");
    } else {
        let written =
            record_values(decisions, &updates).map_err(|error| Outcome::usage_error(format!("error: {error}\n")))?;
        for (at, seen) in &updates {
            if let Some(entry) = decisions.entries.get(*at) {
                stdout.push_str(&format!(
                    "recorded the values of {} ({})\n",
                    entry.id,
                    counted(seen.len(), "claim", "claims")
                ));
            }
        }
        stdout.push_str(&format!(
            "wrote the values of {} to {}\n",
            counted(updates.len(), "decision", "decisions"),
            written.display()
        ));
    }
    let left = without.len() - updates.len();
    let stderr = if left == 0 {
        String::new()
    } else {
        format!(
            "warning: {} without values {} a discrepancy that changed since or is gone; \
             values are recorded only for a decision that covers its discrepancy as it is now\n  = help: \
             re-review each (crosscheck check lists them as changed or stale): crosscheck accept ID --note \"why\"\n",
            counted(left, "decision", "decisions"),
            agreeing(left, "covers", "cover")
        )
    };
    Ok(Outcome {
        stdout,
        stderr,
        code: EXIT_CLEAN,
    })
}

/// What `accept` says: each decision written, with the decision it replaced and its note in
/// full, and the file written.
fn report(entries: &[Entry], decisions: &Decisions, written: &Path) -> String {
    let mut out = String::new();
    for entry in entries {
        out.push_str(&format!(
            "accepted {} ({}, {})",
            entry.id, entry.verdict, entry.decision
        ));
        match decisions.earlier(&entry.id) {
            Some(earlier) => out.push_str(&format!(
                ", replacing the decision of {} on {} ({}), kept in its history:\n{}\n",
                earlier.by,
                earlier.on,
                earlier.decision,
                indented(&earlier.note)
            )),
            None => out.push('\n'),
        }
    }
    out.push_str(&format!(
        "wrote {} to {}\n",
        counted(entries.len(), "decision", "decisions"),
        written.display()
    ));
    out
}

/// A note as shown under the line that names it: each of its lines indented by four spaces.
fn indented(note: &str) -> String {
    note.lines()
        .map(|line| format!("    {line}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every discrepancy not reviewed as it is now, optionally of some verdicts only.
fn unreviewed<'a>(analysis: &'a Analysis, verdicts: &[VerdictArg]) -> Vec<&'a Standing> {
    let verdicts: Vec<Verdict> = verdicts.iter().map(|&v| v.into()).collect();
    analysis
        .standings
        .groups
        .iter()
        .filter(|review| review.status != Status::Reviewed)
        .filter(|review| verdicts.is_empty() || verdicts.contains(&review.verdict))
        .collect()
}

/// The ids given, with `-` replaced by the lines of standard input (blank lines and `#`
/// comments skipped).
fn requested_ids(ids: &[String]) -> Result<Vec<String>, Outcome> {
    let mut out = Vec::new();
    for id in ids {
        if id != "-" {
            out.push(id.clone());
            continue;
        }
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|error| Outcome::usage_error(format!("error: cannot read ids from standard input: {error}\n")))?;
        out.extend(
            text.lines()
                .map(str::trim)
                .filter(|line| !line.is_empty() && !line.starts_with('#'))
                .map(|line| line.split_whitespace().next().unwrap_or(line).to_owned()),
        );
    }
    Ok(out)
}

/// Each id's discrepancy; every unknown id is reported (with a suggestion) before anything
/// is written.
fn resolve_all<'a>(analysis: &'a Analysis, ids: &[String]) -> Result<Vec<&'a Standing>, Outcome> {
    let mut found: Vec<&Standing> = Vec::new();
    let mut errors = String::new();
    for id in ids {
        match resolve(analysis, id) {
            Ok(review)
                if !found
                    .iter()
                    .any(|seen| (&seen.subject, &seen.property) == (&review.subject, &review.property)) =>
            {
                found.push(review)
            }
            Ok(_) => {}
            Err(message) => errors.push_str(&message),
        }
    }
    if errors.is_empty() {
        Ok(found)
    } else {
        errors.push_str("error: nothing was written\n");
        Err(Outcome::usage_error(errors))
    }
}

fn resolve<'a>(analysis: &'a Analysis, wanted: &str) -> Result<&'a Standing, String> {
    let reviews = &analysis.standings;
    let wanted = wanted.trim();
    let prefix = wanted.split('#').next().unwrap_or(wanted);
    if let Some(review) = reviews.by_prefix(prefix) {
        let id = review.id(analysis.corpus);
        if wanted.contains('#') && id.to_string() != wanted {
            return Err(format!(
                "error: `{wanted}` is not the discrepancy {prefix} as it is now: that is `{}` ({}); its claims may \
                 have changed since the id was printed\n  help: read it again (crosscheck check --subject {}), then \
                 accept `{}`\n",
                id, review.verdict, id.subject, id
            ));
        }
        return Ok(review);
    }
    let ids: Vec<String> = reviews
        .groups
        .iter()
        .map(|review| review.id(analysis.corpus).to_string())
        .collect();
    let near =
        suggest(wanted, ids.iter().map(String::as_str)).or_else(|| suggest(prefix, ids.iter().map(String::as_str)));
    Err(match near {
        Some(near) => format!("error: no discrepancy `{wanted}`\n  help: did you mean `{near}`?\n"),
        None => {
            format!("error: no discrepancy `{wanted}`\n  help: `crosscheck check` lists the ids of all discrepancies\n")
        }
    })
}

/// `--by`, else `git config user.name` in the corpus folder, else `$USER`.
fn decided_by(given: Option<&str>, corpus: &Path) -> Result<String, Outcome> {
    let from_git = || {
        Command::new("git")
            .arg("-C")
            .arg(corpus)
            .args(["config", "user.name"])
            .output()
            .ok()
            .filter(|output| output.status.success())
            .map(|output| String::from_utf8_lossy(&output.stdout).trim().to_owned())
    };
    given
        .map(str::to_owned)
        .or_else(from_git)
        .or_else(|| std::env::var("USER").ok())
        .map(|name| name.trim().to_owned())
        .filter(|name| !name.is_empty())
        .ok_or_else(|| {
            Outcome::usage_error(
                "error: who decided? no --by, no `git config user.name` and no $USER\n  help: pass --by NAME\n"
                    .to_owned(),
            )
        })
}

fn decided_on(given: Option<&str>) -> Result<Date, Outcome> {
    match given {
        Some(text) => text.trim().parse::<Date>().map_err(|_| {
            Outcome::usage_error(format!(
                "error: `{text}` is not a date\n  help: write --on YYYY-MM-DD\n"
            ))
        }),
        None => Ok(jiff::Zoned::now().date()),
    }
}
