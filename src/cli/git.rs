//! A corpus folder as it was at a git revision, unpacked into a temporary folder with
//! `git archive` (git itself runs; crosscheck only reads what it prints).

use std::path::{Path, PathBuf};
use std::process::Command;

/// A corpus materialised from a revision; the folder is deleted when this is dropped.
pub struct RevisionCorpus {
    dir: tempfile::TempDir,
    prefix: PathBuf,
    /// `REV:path/in/repo`, for reports.
    pub label: String,
}

impl RevisionCorpus {
    /// The corpus folder.
    pub fn path(&self) -> PathBuf {
        self.dir.path().join(&self.prefix)
    }
}

/// Runs git in `folder` and returns its standard output, or a message naming what failed.
fn git(folder: &Path, args: &[&str]) -> Result<Vec<u8>, String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(folder)
        .args(args)
        .output()
        .map_err(|error| {
            format!("cannot run git: {error}\n  help: install git, or compare two folders: crosscheck diff OLD NEW")
        })?;
    if output.status.success() {
        Ok(output.stdout)
    } else {
        Err(String::from_utf8_lossy(&output.stderr).trim().to_owned())
    }
}

fn git_text(folder: &Path, args: &[&str]) -> Result<String, String> {
    git(folder, args).map(|bytes| {
        String::from_utf8_lossy(&bytes)
            .trim_end_matches(['\n', '\r'])
            .to_owned()
    })
}

/// Unpacks the corpus folder `corpus` (inside a git work tree) as it was at `rev`.
pub fn corpus_at(corpus: &Path, rev: &str) -> Result<RevisionCorpus, String> {
    if !corpus.is_dir() {
        return Err(format!("{} is not a folder", corpus.display()));
    }
    let top = git_text(corpus, &["rev-parse", "--show-toplevel"]).map_err(|error| {
        format!(
            "{} is not inside a git repository ({error})\n  help: --rev needs the corpus in a git work tree; \
             otherwise compare two folders: crosscheck diff OLD NEW",
            corpus.display()
        )
    })?;
    let prefix = git_text(corpus, &["rev-parse", "--show-prefix"])?;
    let commit = format!("{rev}^{{commit}}");
    git_text(corpus, &["rev-parse", "--verify", "--quiet", &commit]).map_err(|_| {
        format!("unknown revision `{rev}`\n  help: give a commit, branch or tag (git fetch it first in CI)")
    })?;
    let mut args = vec!["archive", "--format=tar", rev];
    if !prefix.is_empty() {
        args.push("--");
        args.push(&prefix);
    }
    let tar = git(Path::new(&top), &args).map_err(|error| {
        format!(
            "the corpus folder `{prefix}` does not exist at `{rev}` ({error})\n  help: compare against a revision that has it"
        )
    })?;
    let dir = tempfile::tempdir().map_err(|error| format!("cannot create a temporary folder: {error}"))?;
    tar::Archive::new(tar.as_slice())
        .unpack(dir.path())
        .map_err(|error| format!("cannot unpack `{rev}`: {error}"))?;
    let shown = if prefix.is_empty() {
        "."
    } else {
        prefix.trim_end_matches('/')
    };
    Ok(RevisionCorpus {
        dir,
        prefix: PathBuf::from(&prefix),
        label: format!("{rev}:{shown}"),
    })
}
