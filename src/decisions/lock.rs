//! One writer at a time: `accept` holds an exclusive lock on a file beside the decisions file
//! (`.reviewed.yaml.lock`) from before it reads the decisions until the new file is in place,
//! so two editors accepting at once never lose one of their decisions: the second waits, then
//! reads what the first wrote. The lock is the operating system's (released when the process
//! ends, even when it is killed); the lock file itself stays, empty, for the next run.

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};

/// A held lock on a decisions file; released when dropped.
#[derive(Debug)]
pub struct DecisionsLock {
    _file: File,
}

/// The lock file of a decisions file: `.NAME.lock` in the same folder.
pub fn lock_path(decisions: &Path) -> PathBuf {
    let name = decisions
        .file_name()
        .map_or_else(|| "reviewed.yaml".into(), |name| name.to_string_lossy());
    decisions.with_file_name(format!(".{name}.lock"))
}

/// Waits for, then takes, the exclusive lock on the decisions file at `decisions`.
pub fn lock(decisions: &Path) -> Result<DecisionsLock, (PathBuf, std::io::Error)> {
    let path = lock_path(decisions);
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|error| (path.clone(), error))?;
    file.lock().map_err(|error| (path, error))?;
    Ok(DecisionsLock { _file: file })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_waits_for_the_first() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let decisions = dir.path().join("reviewed.yaml");
        assert_eq!(lock_path(&decisions), dir.path().join(".reviewed.yaml.lock"));
        let first = lock(&decisions).expect("locked");
        let probe = File::open(lock_path(&decisions)).expect("the lock file exists");
        assert!(probe.try_lock().is_err(), "held by the first");
        drop(first);
        assert!(probe.try_lock().is_ok(), "free once the first is dropped");
    }
}
