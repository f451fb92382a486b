//! Helpers shared by the integration tests.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

/// The shipped corpus.
pub fn shipped_corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("claims")
}

/// The binary, with a fixed environment so output does not depend on the caller's.
pub fn crosscheck() -> Command {
    let mut command = Command::cargo_bin("crosscheck").expect("the crosscheck binary is built");
    command
        .env_remove("COLUMNS")
        .env("NO_COLOR", "1")
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    command
}

/// Output of a finished command.
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

/// Longest any run may take: a hang is a failure, not a stuck CI job.
const TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

/// Runs the binary with these arguments, under [`TIMEOUT`].
pub fn run(args: &[&str]) -> Run {
    finish(crosscheck().args(args))
}

/// How to run the binary as a user whom file permissions bind, for tests of unreadable files
/// and unwritable folders: directly when the tests run as such a user; as root (whom
/// permissions do not bind), through `setpriv` as `nobody`. The corpus must then be open to
/// all ([`ScratchCorpus::open_to_all`]). `None`, said loudly, when neither is possible here.
pub struct Unprivileged {
    setpriv: Option<PathBuf>,
}

impl Unprivileged {
    /// The way to run the binary as a user whom file permissions bind, if there is one.
    pub fn find() -> Option<Self> {
        if !permissions_bind_this_user() {
            let setpriv = system_tool("setpriv")?;
            let unprivileged = Unprivileged { setpriv: Some(setpriv) };
            let version = unprivileged.command().arg("--version").timeout(TIMEOUT).output();
            if !version.is_ok_and(|output| output.status.success()) {
                eprintln!(
                    "\n==== SKIPPED: `nobody` cannot run the test binary here (its folder is closed); this test did NOT run ====\n"
                );
                return None;
            }
            return Some(unprivileged);
        }
        Some(Unprivileged { setpriv: None })
    }

    /// Runs the binary with these arguments, as that user.
    pub fn run(&self, args: &[&str]) -> Run {
        finish(self.command().args(args))
    }

    fn command(&self) -> Command {
        let Some(setpriv) = &self.setpriv else {
            return crosscheck();
        };
        let binary = assert_cmd::cargo::cargo_bin("crosscheck");
        let mut command = Command::new(setpriv);
        command
            .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
            .arg(binary)
            .env_remove("COLUMNS")
            .env("NO_COLOR", "1")
            .current_dir(env!("CARGO_MANIFEST_DIR"));
        command
    }
}

/// Whether a file without read permission is unreadable to this user (false for root).
fn permissions_bind_this_user() -> bool {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("a temporary folder");
    let probe = dir.path().join("probe");
    std::fs::write(&probe, "x").expect("the probe can be written");
    std::fs::set_permissions(&probe, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    std::fs::read(&probe).is_err()
}

/// The output of a command run under [`TIMEOUT`].
fn finish(command: &mut Command) -> Run {
    let output = command.timeout(TIMEOUT).output().expect("the binary runs");
    Run {
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
        code: output
            .status
            .code()
            .expect("the binary exits normally, not by a signal or the timeout"),
    }
}

/// A scratch copy of the shipped corpus that tests may break.
pub struct ScratchCorpus {
    dir: tempfile::TempDir,
}

impl ScratchCorpus {
    /// Copies the shipped corpus into a fresh temporary folder.
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("a temporary folder");
        copy_dir(&shipped_corpus(), dir.path());
        ScratchCorpus { dir }
    }

    /// An empty corpus in a fresh temporary folder, for a test to write its own files.
    pub fn empty() -> Self {
        ScratchCorpus {
            dir: tempfile::tempdir().expect("a temporary folder"),
        }
    }

    /// The corpus folder.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// A file in the corpus.
    pub fn file(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    /// Replaces the first occurrence of `from` by `to` in a corpus file; `from` must be there.
    pub fn replace(&self, relative: &str, from: &str, to: &str) -> &Self {
        let path = self.file(relative);
        let text = std::fs::read_to_string(&path).expect("the file is readable");
        assert!(text.contains(from), "{relative} does not contain {from:?}");
        std::fs::write(&path, text.replacen(from, to, 1)).expect("the file is writable");
        self
    }

    /// Overwrites a corpus file.
    pub fn write(&self, relative: &str, contents: impl AsRef<[u8]>) -> &Self {
        let path = self.file(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("the folder can be created");
        }
        std::fs::write(path, contents).expect("the file is writable");
        self
    }

    /// Runs `crosscheck check` on this corpus with extra arguments.
    pub fn check(&self, extra: &[&str]) -> Run {
        let path = self.path().to_str().expect("the temporary path is UTF-8").to_owned();
        let mut args = vec!["check", path.as_str()];
        args.extend_from_slice(extra);
        run(&args)
    }

    /// Lets every user read the corpus and list its folders (a temporary folder is its
    /// owner's alone), for a run as another user.
    pub fn open_to_all(&self) -> &Self {
        use std::os::unix::fs::PermissionsExt;
        let mode = |path: &Path| if path.is_dir() { 0o755 } else { 0o644 };
        let mut folders = vec![self.path().to_path_buf()];
        while let Some(folder) = folders.pop() {
            std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(mode(&folder))).expect("chmod");
            for entry in std::fs::read_dir(&folder).expect("the folder is readable") {
                let path = entry.expect("a directory entry").path();
                if path.is_dir() {
                    folders.push(path);
                } else {
                    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode(&path))).expect("chmod");
                }
            }
        }
        self
    }
}

/// Copies a folder and everything in it.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("the folder can be created");
    for entry in std::fs::read_dir(from).expect("the corpus is readable") {
        let entry = entry.expect("a directory entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("a file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("the file can be copied");
        }
    }
}

/// A system program a test needs (`chromium`, `dot`). When it is missing, the test fails
/// under CI (`CI=true`, where `.ci/run` installs it) and elsewhere says loudly that it is
/// skipped; the caller then returns early.
pub fn system_tool(name: &str) -> Option<PathBuf> {
    let found = std::env::var_os("PATH").and_then(|path| {
        std::env::split_paths(&path)
            .map(|dir| dir.join(name))
            .find(|candidate| candidate.is_file())
    });
    if found.is_none() {
        let ci = std::env::var("CI").is_ok_and(|value| value == "true");
        assert!(!ci, "`{name}` is not installed; .ci/run installs it under CI");
        eprintln!(
            "\n==== SKIPPED: `{name}` is not installed; this test did NOT run (install it, or run .ci/run) ====\n"
        );
    }
    found
}

/// The shipped corpus with one quote full of markup (HTML, Markdown, DOT) and a formula as
/// attribution, to show that text from sources stays inert in every format.
pub fn hostile_corpus() -> ScratchCorpus {
    let original = "headed by 50-year-old Omar Diaby";
    let hostile = "headed by 50-year-old Omar Diaby | *a* <b>x</b> [l](u) & `c` <script>alert(1)</script> \\\" }";
    let scratch = ScratchCorpus::new();
    scratch
        .replace("texts/noonpost-ghuraba.txt", original, hostile)
        .replace(
            "sources/noonpost-ghuraba.yaml",
            &format!("    quote: {original}\n"),
            &format!("    quote: '{hostile}'\n    attribution: '=HYPERLINK(\"x\")'\n"),
        );
    scratch
}

/// The cells of the rows of the first table after `header` in `text`.
pub fn rows_after(text: &str, header: &str) -> Vec<Vec<String>> {
    let table = text
        .split(header)
        .nth(1)
        .unwrap_or_else(|| panic!("a table headed {header}"));
    table_rows(table)
}

/// The cells of the rows of the table that `text` starts with (its header line written just before).
pub fn table_rows(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .map(|line| {
            line.trim_matches('|')
                .split('|')
                .map(|cell| cell.trim().to_owned())
                .collect()
        })
        .collect()
}
