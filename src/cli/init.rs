//! `crosscheck init DIR`: a new corpus with a commented example source that passes `check`.
//! Nothing is overwritten: if any file it would write exists, it writes none. Each file is
//! written to a temporary file in its folder and renamed into place, never over a file.

use super::{EXIT_CLEAN, Outcome};
use crate::corpus::template::starter_files;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Arguments of `crosscheck init`.
#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// The folder of the new corpus (created if missing).
    pub dir: PathBuf,
}

pub(super) fn init(args: &InitArgs) -> Outcome {
    let files = starter_files();
    let existing: Vec<String> = files
        .iter()
        .map(|(relative, _)| args.dir.join(relative))
        .filter(|path| path.exists())
        .map(|path| format!("  {}\n", path.display()))
        .collect();
    if !existing.is_empty() {
        return Outcome::usage_error(format!(
            "error: {} already has corpus files; nothing was written:\n{}  help: choose an empty or new folder\n",
            args.dir.display(),
            existing.concat()
        ));
    }
    for (relative, contents) in &files {
        let path = args.dir.join(relative);
        if let Err(error) = write_new(&path, contents) {
            return Outcome::usage_error(format!("error: cannot write {}: {error}\n", path.display()));
        }
    }
    Outcome {
        stdout: format!(
            "Created a corpus in {dir} with an example source.\nNext: crosscheck check {dir}\n",
            dir = args.dir.display()
        ),
        stderr: String::new(),
        code: EXIT_CLEAN,
    }
}

/// Writes a new file atomically; fails rather than replace a file that appeared meanwhile.
fn write_new(path: &Path, contents: &str) -> std::io::Result<()> {
    let folder = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(folder)?;
    let mut file = tempfile::NamedTempFile::new_in(folder)?;
    file.write_all(contents.as_bytes())?;
    file.as_file().sync_all()?;
    file.persist_noclobber(path).map_err(|error| error.error)?;
    Ok(())
}
