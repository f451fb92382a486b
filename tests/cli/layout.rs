//! The house rules on the shape of `src/`: no file over 800 lines, and no import cycle
//! between modules. The module graph is read from the paths the code names (`use crate::..`,
//! `use super::..`, and `crate::`/`super::` paths in code; test modules left out, inline or
//! in files of their own declared under `#[cfg(test)]`); an edge
//! between two modules counts between their ancestors that are siblings (`corpus::bulk::file`
//! using `corpus::claim::check` is `corpus::bulk` using `corpus::claim`), and a module using
//! its own parent or child is not a cycle. Methods called on a type defined elsewhere
//! (`impl Loader` blocks) are not seen.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
}

/// The module path of a file under `src/` (`corpus/bulk/mod.rs` is `[corpus, bulk]`).
fn module_of(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .with_extension("")
        .components()
        .map(|part| part.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib" | "main")) {
        parts.pop();
    }
    parts
}

/// The code of a file without its test modules and comments.
fn code_of(text: &str) -> String {
    let text = match text.find("#[cfg(test)]\nmod ") {
        Some(at) => &text[..at],
        None => text,
    };
    text.lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The paths named by a `use` tree (`a::{b, c::{d}}` is `a::b` and `a::c::d`).
fn expand(tree: &str) -> Vec<String> {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        return vec![tree.split(" as ").next().unwrap_or("").trim().to_owned()];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').unwrap()];
    let mut items = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (at, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&inner[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    items.push(&inner[start..]);
    items
        .into_iter()
        .filter(|item| !item.trim().is_empty())
        .flat_map(|item| expand(item).into_iter().map(|path| format!("{prefix}{path}")))
        .collect()
}

/// Every `crate::` or `super::` path a file's code names.
fn paths_named(code: &str) -> Vec<String> {
    let uses = regex::Regex::new(r"(?s)\buse\s+((?:crate|super)::[^;]*);").unwrap();
    let inline = regex::Regex::new(r"\b(?:crate|super)(?:::(?:super|[A-Za-z_][A-Za-z0-9_]*))+").unwrap();
    let mut paths: Vec<String> = uses
        .captures_iter(code)
        .flat_map(|capture| expand(&capture[1].split_whitespace().collect::<String>()))
        .collect();
    let without_uses = uses.replace_all(code, "");
    paths.extend(inline.find_iter(&without_uses).map(|found| found.as_str().to_owned()));
    paths
}

/// The module a path names, from `module`: the longest of its prefixes that is a module.
fn target(module: &[String], path: &str, modules: &BTreeSet<Vec<String>>) -> Option<Vec<String>> {
    let mut parts = path.split("::").peekable();
    let mut at: Vec<String> = match parts.peek().copied() {
        Some("crate") => {
            parts.next();
            Vec::new()
        }
        _ => module.to_vec(),
    };
    let mut resolved = at.clone();
    for part in parts {
        if part == "super" {
            at.pop();
            resolved = at.clone();
            continue;
        }
        at.push(part.to_owned());
        if modules.contains(&at) {
            resolved = at.clone();
        }
    }
    Some(resolved)
}

#[test]
fn no_file_in_src_is_over_800_lines() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    let long: Vec<String> = files
        .iter()
        .map(|file| (file, std::fs::read_to_string(file).unwrap().lines().count()))
        .filter(|(_, lines)| *lines > 800)
        .map(|(file, lines)| format!("{}: {lines} lines", file.display()))
        .collect();
    assert!(long.is_empty(), "{long:#?}");
}

/// The files that hold test modules of their own: declared under `#[cfg(test)]` (with or
/// without a `#[path]`), like a test module written inline.
fn test_files(files: &[PathBuf]) -> BTreeSet<PathBuf> {
    let mut tests = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(file).unwrap();
        let dir = match file.file_name().and_then(|name| name.to_str()) {
            Some("mod.rs" | "lib.rs") => file.parent().unwrap().to_path_buf(),
            _ => file.with_extension(""),
        };
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        for (at, line) in lines.iter().enumerate() {
            if *line != "#[cfg(test)]" {
                continue;
            }
            let mut next = lines[at + 1..].iter();
            let (mut path, mut declaration) = (None, next.next().copied().unwrap_or(""));
            if let Some(rest) = declaration.strip_prefix("#[path = \"") {
                path = rest.strip_suffix("\"]");
                declaration = next.next().copied().unwrap_or("");
            }
            let name = declaration
                .trim_start_matches("pub(super) ")
                .strip_prefix("mod ")
                .and_then(|rest| rest.strip_suffix(';'));
            match (path, name) {
                (Some(path), Some(_)) => {
                    tests.insert(file.parent().unwrap().join(path));
                }
                (None, Some(name)) => {
                    tests.insert(dir.join(format!("{name}.rs")));
                    tests.insert(dir.join(name).join("mod.rs"));
                }
                _ => {}
            }
        }
    }
    tests
}

#[test]
fn no_two_modules_import_each_other_even_through_others() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    let tests = test_files(&files);
    let sources: Vec<(Vec<String>, String)> = files
        .iter()
        .filter(|file| !file.ends_with("main.rs") && !tests.contains(*file))
        .map(|file| {
            let module = module_of(file.strip_prefix("src").unwrap());
            (module, code_of(&std::fs::read_to_string(file).unwrap()))
        })
        .collect();
    let modules: BTreeSet<Vec<String>> = sources.iter().map(|(module, _)| module.clone()).collect();
    let mut edges: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for (module, code) in &sources {
        for path in paths_named(code) {
            let Some(to) = target(module, &path, &modules) else {
                continue;
            };
            let shared = module.iter().zip(&to).take_while(|(a, b)| a == b).count();
            if shared == module.len() || shared == to.len() {
                continue; // a module and its own ancestor or descendant
            }
            let (from, to) = (module[..=shared].to_vec(), to[..=shared].to_vec());
            edges.entry(from).or_default().insert(to);
        }
    }
    assert!(
        edges.contains_key(&vec!["corpus".to_owned(), "bulk".to_owned()]),
        "the use-lines were read: {edges:#?}"
    );
    // A depth-first search for a path back to where it started.
    let mut cycles = Vec::new();
    for start in edges.keys() {
        let mut stack = vec![(start.clone(), vec![start.join("::")])];
        let mut seen = BTreeSet::new();
        while let Some((node, trail)) = stack.pop() {
            for next in edges.get(&node).into_iter().flatten() {
                if next == start {
                    cycles.push(format!("{} -> {}", trail.join(" -> "), start.join("::")));
                } else if seen.insert(next.clone()) {
                    let mut longer = trail.clone();
                    longer.push(next.join("::"));
                    stack.push((next.clone(), longer));
                }
            }
        }
    }
    assert!(cycles.is_empty(), "import cycles:\n{}", cycles.join("\n"));
}
