//! A temporary corpus folder for unit tests, written file by file.

use std::path::Path;

/// A fresh temporary folder that tests write corpus files into; removed when dropped.
pub(crate) struct Scratch(tempfile::TempDir);

impl Scratch {
    /// An empty temporary folder.
    pub(crate) fn new() -> Self {
        Scratch(tempfile::tempdir().expect("a temporary folder"))
    }

    /// The folder.
    pub(crate) fn path(&self) -> &Path {
        self.0.path()
    }

    /// Writes a file at a path relative to the folder, making its parent folders.
    pub(crate) fn write(&self, relative: &str, text: &str) -> &Self {
        let path = self.0.path().join(relative);
        std::fs::create_dir_all(path.parent().expect("a file has a parent folder")).expect("the folder can be made");
        std::fs::write(path, text).expect("the file is writable");
        self
    }
}
