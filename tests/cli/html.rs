//! `--format html`: one self-contained page, text from sources escaped, and in a real
//! headless Chromium the script runs, the filter from the address works and a screenshot
//! is produced.

use crate::common::{Run, hostile_corpus, run, system_tool};
use std::path::Path;
use std::process::Command;

fn html_of(args: &[&str]) -> String {
    let run: Run = run(args);
    assert_eq!(run.stderr, "");
    assert!(run.code < 2, "exit {}", run.code);
    run.stdout
}

/// The `<tr class="group" ...>` opening tags of a page, in order.
fn group_rows(page: &str) -> Vec<&str> {
    page.match_indices("<tr class=\"group\"")
        .map(|(at, _)| &page[at..at + page[at..].find('>').expect("a closed tag")])
        .collect()
}

fn chromium(args: &[&str], page: &Path, fragment: &str) -> Option<std::process::Output> {
    let browser = system_tool("chromium")?;
    let profile = tempfile::tempdir().expect("a profile folder");
    let output = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(format!("file://{}{fragment}", page.display()))
        .output()
        .expect("chromium runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    Some(output)
}

fn write_page(dir: &Path, page: &str) -> std::path::PathBuf {
    let path = dir.join("report.html");
    std::fs::write(&path, page).expect("the page is written");
    path
}

#[test]
fn the_page_is_self_contained_and_lists_every_claim() {
    let page = html_of(&["check", "--format", "html"]);
    assert!(page.starts_with("<!DOCTYPE html>"));
    for outside in ["<link", "src=", "@import", "url(", "fetch(", "XMLHttpRequest"] {
        assert!(
            !page.contains(outside),
            "the page refers to something outside: {outside}"
        );
    }
    assert_eq!(page.matches("<script>").count(), 1);
    let report: serde_json::Value =
        serde_json::from_str(&run(&["check", "--format", "json"]).stdout).expect("the report is JSON");
    let summary = &report["summary"];
    let in_groups: u64 = report["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .map(|group| group["claims"].as_array().map_or(0, |claims| claims.len() as u64))
        .sum();
    assert_eq!(
        page.matches("<li class=\"claim\"").count() as u64,
        in_groups + summary["single_claims"].as_u64().expect("single claims"),
        "every claim is on the page, in each group it takes part in or alone"
    );
    assert_eq!(Some(group_rows(&page).len() as u64), summary["groups"].as_u64());
    assert_eq!(
        page.matches("<article class=\"source\"").count(),
        report["sources"].as_array().expect("sources").len()
    );
    assert!(
        page.contains(
            "<blockquote>The Ghuraba faction, <mark>headed by 50-year-old Omar Diaby</mark>, comprises roughly 70 \
             French fighters residing in a camp near the Turkish border.</blockquote>"
        ),
        "quotes sit in their sentence"
    );
    assert!(page.contains("href=\"#source-noonpost-ghuraba\""));
    assert!(page.contains("<article class=\"source\" id=\"source-noonpost-ghuraba\">"));
}

#[test]
fn markup_in_a_quote_is_shown_not_run() {
    let scratch = hostile_corpus();
    let page = scratch.check(&["--format", "html"]).stdout;
    assert_eq!(page.matches("<script>").count(), 1, "only the page's own script");
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(page.contains("&lt;b&gt;x&lt;/b&gt;"));
    let dir = tempfile::tempdir().expect("a folder");
    let path = write_page(dir.path(), &page);
    let Some(output) = chromium(&["--dump-dom"], &path, "") else {
        return;
    };
    let dom = String::from_utf8_lossy(&output.stdout);
    assert!(dom.contains("<body data-ready=\"1\">"), "the script ran to its end");
    assert!(!dom.contains("<b>x</b>"), "no markup from the source became an element");
}

#[test]
fn in_a_browser_the_filter_from_the_address_shows_only_conflicts() {
    let page = html_of(&["check", "--format", "html"]);
    let dir = tempfile::tempdir().expect("a folder");
    let path = write_page(dir.path(), &page);
    let Some(output) = chromium(&["--dump-dom"], &path, "#verdict=conflict") else {
        return;
    };
    let dom = String::from_utf8_lossy(&output.stdout);
    assert!(
        dom.contains("<body data-ready=\"1\">"),
        "the script ran without error: {dom}"
    );
    let rows = group_rows(&dom);
    assert_eq!(rows.len(), group_rows(&page).len());
    let visible: Vec<&&str> = rows.iter().filter(|row| !row.contains("hidden")).collect();
    assert!(!visible.is_empty());
    for row in &rows {
        let conflict = row.contains("data-verdict=\"conflict\"");
        assert_eq!(conflict, !row.contains("hidden"), "{row}");
    }
    assert!(dom.contains(&format!("{} of {} groups shown", visible.len(), rows.len())));
    assert!(
        dom.contains("<tr class=\"single\"") && !dom.contains("<tr class=\"single\" data-subject=\"omar-diaby\">"),
        "claims made by one source only are hidden too"
    );
}

#[test]
fn in_a_browser_the_filter_by_subject_works() {
    let page = html_of(&["check", "--format", "html"]);
    let dir = tempfile::tempdir().expect("a folder");
    let path = write_page(dir.path(), &page);
    let Some(output) = chromium(&["--dump-dom"], &path, "#subject=omar-diaby") else {
        return;
    };
    let dom = String::from_utf8_lossy(&output.stdout);
    for row in group_rows(&dom) {
        assert_eq!(
            row.contains("data-subject=\"omar-diaby\""),
            !row.contains("hidden"),
            "{row}"
        );
    }
}

#[test]
fn in_a_browser_a_screenshot_is_produced() {
    let page = html_of(&["check", "--format", "html"]);
    let dir = tempfile::tempdir().expect("a folder");
    let path = write_page(dir.path(), &page);
    let shot = dir.path().join("report.png");
    let screenshot = format!("--screenshot={}", shot.display());
    let Some(_) = chromium(&[&screenshot, "--window-size=1280,2000"], &path, "") else {
        return;
    };
    let png = std::fs::read(&shot).expect("a screenshot was written");
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG");
    assert!(png.len() > 20_000, "more than a blank page: {} bytes", png.len());
}

#[test]
fn review_and_show_have_pages_of_their_own() {
    let review = html_of(&["review", "bfmtv-oumar-diaby", "--format", "html"]);
    assert!(review.contains("<title>crosscheck: review of bfmtv-oumar-diaby</title>"));
    for row in group_rows(&review) {
        assert!(row.starts_with("<tr class=\"group\""));
    }
    let show = html_of(&["show", "Omar Omsen", "--format", "html"]);
    assert!(show.contains("<title>crosscheck: everything on Omar Diaby</title>"));
    let rows = group_rows(&show);
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|row| row.contains("data-subject=\"omar-diaby\"")));
}

#[test]
fn in_a_browser_a_link_to_a_group_opens_it() {
    let page = html_of(&["check", "--format", "html"]);
    let conflicts = page.matches("<details open>").count();
    assert_eq!(
        conflicts,
        page.matches("data-verdict=\"conflict\" data-subject").count(),
        "conflicts start open"
    );
    let dir = tempfile::tempdir().expect("a folder");
    let path = write_page(dir.path(), &page);
    let Some(output) = chromium(&["--dump-dom"], &path, "#group-3") else {
        return;
    };
    let dom = String::from_utf8_lossy(&output.stdout);
    assert!(dom.contains("id=\"group-3\" data-verdict=\"drift\""));
    assert_eq!(
        dom.matches("<details open=\"\">").count(),
        conflicts + 1,
        "the linked group opened"
    );
    let group_three = &dom[dom.find("id=\"group-3\"").expect("group 3")..];
    let details = group_three.find("<details").expect("group 3 has claims");
    assert!(group_three[details..].starts_with("<details open"), "group 3 is open");
}
