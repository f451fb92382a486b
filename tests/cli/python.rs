//! The Python package's place in the repository: the README's test command runs its tests,
//! CI runs the README's test command, and `cargo test` never builds it.

use std::fs;

fn read(path: &str) -> String {
    fs::read_to_string(path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

/// The lines of the first `sh` block after the heading `## The two commands`.
fn readme_commands() -> Vec<String> {
    let readme = read("README.md");
    let section = readme
        .split("## The two commands")
        .nth(1)
        .expect("README has the two commands");
    let block = section.split("```sh\n").nth(1).expect("a sh block");
    let block = block.split("```").next().expect("a closed block");
    block
        .lines()
        .map(|line| line.split('#').next().unwrap_or_default().trim().to_owned())
        .collect()
}

#[test]
fn the_readme_test_command_is_what_ci_runs() {
    let commands = readme_commands();
    assert!(commands.contains(&"bash tests/run-all.sh".to_owned()), "{commands:?}");
    let ci = read(".ci/run");
    assert!(
        ci.lines().any(|line| line.trim() == "bash tests/run-all.sh"),
        "CI runs the README's test command"
    );
}

#[test]
fn the_test_command_runs_cargo_test_and_the_python_tests() {
    let script = read("tests/run-all.sh");
    let commands: Vec<&str> = script
        .lines()
        .map(str::trim)
        .filter(|line| !line.starts_with('#'))
        .collect();
    assert!(commands.iter().any(|line| line.starts_with("cargo test")));
    assert!(
        commands.iter().any(|line| line.contains("-m venv --clear")),
        "a fresh virtual environment"
    );
    assert!(commands.iter().any(|line| line.contains("-r python/requirements.txt")));
    assert!(
        commands
            .iter()
            .any(|line| line.contains("maturin\" build") && line.contains("python/Cargo.toml"))
    );
    assert!(commands.iter().any(|line| line.contains("-m pytest")));
}

#[test]
fn the_python_requirements_are_pinned() {
    let requirements = read("python/requirements.txt");
    let pins: Vec<&str> = requirements
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .collect();
    assert!(pins.len() >= 5, "{pins:?}");
    for pin in pins {
        assert!(pin.contains("=="), "`{pin}` is not pinned to one version");
    }
}

#[test]
fn cargo_test_builds_the_product_only() {
    let manifest = read("Cargo.toml");
    assert!(manifest.contains("members = [\".\", \"python\"]"));
    assert!(
        manifest.contains("default-members = [\".\"]"),
        "PyO3 stays out of `cargo test`"
    );
}
