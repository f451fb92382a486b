//! `--format html`: one self-contained page, text from sources escaped; each group says where
//! its review stands, its id, its decision and every pair that does not agree; and in a real
//! headless Chromium at desktop (1400 px) and phone (420 px) width the script runs, the page
//! never scrolls sideways, the filters from the address work, ids are copyable and screenshots
//! are produced (`CROSSCHECK_UPDATE_SCREENSHOTS=1` writes them to `examples/`).

use crate::common::{Run, ScratchCorpus, hostile_corpus, run, system_tool};
use std::path::Path;
use std::process::Command;

fn html_of(args: &[&str]) -> String {
    let run: Run = run(args);
    assert_eq!(run.stderr, "");
    assert!(run.code < 2, "exit {}", run.code);
    run.stdout
}

/// The `<article class="group" ...>` opening tags of a page, in order.
fn group_rows(page: &str) -> Vec<&str> {
    page.match_indices("<article class=\"group\"")
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
fn review_and_show_have_pages_of_their_own() {
    let review = html_of(&["review", "bfmtv-oumar-diaby", "--format", "html"]);
    assert!(review.contains("<title>crosscheck: review of bfmtv-oumar-diaby</title>"));
    for row in group_rows(&review) {
        assert!(row.starts_with("<article class=\"group\""));
    }
    let standings: serde_json::Value =
        serde_json::from_str(&run(&["review", "bfmtv-oumar-diaby", "--format", "json"]).stdout).expect("JSON");
    let claims = standings["claims"].as_array().expect("claims");
    assert_eq!(
        review.matches("<tr class=\"standing-row\"").count(),
        claims.len(),
        "a row of standings per claim"
    );
    for claim in claims {
        let standing = claim["standing"].as_str().expect("a standing");
        assert!(review.contains(&format!("<span class=\"standing {standing}\">{standing}</span>")));
    }
    assert!(
        review.contains("<dt>Outlet</dt><dd>BFM TV</dd>"),
        "the source's metadata leads"
    );

    let show = html_of(&["show", "Omar Omsen", "--format", "html"]);
    assert!(show.contains("<title>crosscheck: everything on Omar Diaby</title>"));
    let rows = group_rows(&show);
    assert!(!rows.is_empty());
    let about = [
        "omar-diaby",
        "diaby-hts-detention",
        "diaby-prison-term",
        "diaby-us-designation",
    ];
    assert!(
        rows.iter()
            .all(|row| about.iter().any(|id| row.contains(&format!("data-subject=\"{id}\"")))),
        "groups about him and the events he takes part in"
    );
    assert!(rows.iter().any(|row| row.contains("data-subject=\"omar-diaby\"")));
    let subject: serde_json::Value =
        serde_json::from_str(&run(&["show", "Omar Omsen", "--format", "json"]).stdout).expect("JSON");
    let spellings = subject["spellings"].as_array().expect("spellings");
    assert_eq!(show.matches("<tr class=\"spelling\"").count(), spellings.len());
    assert!(show.contains("<tr class=\"spelling\" data-spelling=\"Oumar Diaby\">"));
    assert!(
        show.contains("<a class=\"outlet\" href=\"#source-bfmtv-oumar-diaby\" title=\"bfmtv-oumar-diaby\">BFM TV</a>"),
        "sources by outlet name"
    );
}

/// The card of the group with this discrepancy id, from its opening tag to its end.
fn card_of<'a>(page: &'a str, id: &str) -> &'a str {
    let at = page
        .find(&format!("<code class=\"discrepancy-id\">{id}</code>"))
        .unwrap_or_else(|| panic!("no card shows {id}"));
    let start = page[..at].rfind("<article class=\"group\"").expect("inside a card");
    let end = at + page[at..].find("</article>").expect("a closed card");
    &page[start..end]
}

#[test]
fn every_discrepancy_shows_its_status_id_decision_and_every_pair_that_does_not_agree() {
    let page = html_of(&["check", "--format", "html"]);
    let report: serde_json::Value =
        serde_json::from_str(&run(&["check", "--format", "json"]).stdout).expect("the report is JSON");
    let groups = report["groups"].as_array().expect("groups");
    let mut discrepancies = 0;
    for group in groups.iter().filter(|group| group["verdict"] != "agree") {
        discrepancies += 1;
        let id = group["id"].as_str().expect("a discrepancy has an id");
        let card = card_of(&page, id);
        let status = group["review"]["status"].as_str().expect("a status");
        assert!(card.contains(&format!("data-status=\"{status}\"")), "{id}");
        assert!(
            card.contains(&format!("<span class=\"status {status}\">")),
            "{id}: status in colour"
        );
        assert!(card.contains(&format!("data-copy=\"{id}\"")), "{id}: a copy button");
        let note = group["review"]["decision"]["note"].as_str().expect("a note");
        let escaped = note
            .trim()
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        assert!(card.contains(&escaped), "{id}: the note in full");
        let findings = group["findings"].as_array().expect("findings");
        let pairs = &card[card.find("<ul class=\"pairs\">").expect("pairs")..];
        let pairs = &pairs[..pairs.find("</ul>").expect("a closed list")];
        assert_eq!(pairs.matches("<li>").count(), findings.len(), "{id}: every pair");
        for finding in findings {
            let verdict = finding["verdict"].as_str().expect("a verdict");
            assert!(pairs.contains(&format!("<span class=\"verdict {verdict}\">")), "{id}");
        }
    }
    assert!(discrepancies >= 2, "the shipped corpus has discrepancies");
    assert_eq!(
        page.matches("<span class=\"status ").count(),
        discrepancies,
        "agreeing groups have no status"
    );
    assert!(
        page.contains("<a class=\"outlet\" href=\"#source-asharq-foreign-fighters\" title=\"asharq-foreign-fighters\">Asharq Al-Awsat</a> “around 150 [French-speaking fighters]”"),
        "pairs name outlets"
    );
    assert_eq!(
        page.matches("<tr class=\"single\"").count() as u64,
        report["summary"]["single_claims"].as_u64().expect("single claims")
    );
}

/// The shipped corpus after an editor's day: a value changed under a reviewed conflict, the
/// decision on another conflict gone, and a tension decided twice.
fn edited_corpus() -> ScratchCorpus {
    let scratch = ScratchCorpus::new();
    scratch.replace(
        "sources/bfmtv-oumar-diaby.yaml",
        "property: age\n    value: 50\n",
        "property: age\n    value: 51\n",
    );
    let decisions = std::fs::read_to_string(scratch.file("reviewed.yaml")).expect("decisions");
    let start = decisions
        .find("  - id: ghuraba/fighter-count#")
        .expect("the decision on the fighters");
    let end = decisions
        .find("  - id: omar-diaby/age#")
        .expect("the decision on the age");
    scratch.write("reviewed.yaml", format!("{}{}", &decisions[..start], &decisions[end..]));
    let corpus = scratch.path().to_str().expect("UTF-8").to_owned();
    let accepted = run(&[
        "accept",
        "ghuraba/parent-unit",
        "--corpus",
        &corpus,
        "--note",
        "Read again: <Noon Post> names one unit, the others another.",
        "--by",
        "A. Editor",
        "--on",
        "2026-12-01",
    ]);
    assert_eq!(accepted.code, 0, "{}", accepted.stderr);
    scratch
}

#[test]
fn a_changed_an_unreviewed_and_a_twice_decided_discrepancy_read_as_such() {
    let scratch = edited_corpus();
    let run = scratch.check(&["--format", "html"]);
    assert_eq!(run.code, 1, "unreviewed conflicts fail the check");
    let page = run.stdout;
    let fighters = page
        .find("data-verdict=\"conflict\" data-status=\"unreviewed\" data-subject=\"ghuraba\">")
        .map(|at| &page[at..at + page[at..].find("</article>").expect("closed")])
        .expect("the fighters' conflict is unreviewed");
    assert!(fighters.contains("<span aria-hidden=\"true\">○</span> unreviewed</span>"));
    assert!(fighters.contains("No decision yet"));
    let age = page[page.find("data-subject=\"omar-diaby\">").expect("the age")..]
        .split("</article>")
        .next()
        .expect("a card");
    assert!(
        age.contains("data-status=\"changed\"") || page.contains("data-status=\"changed\" data-subject=\"omar-diaby\"")
    );
    assert!(page.contains("<span aria-hidden=\"true\">△</span> changed since review</span>"));
    assert!(page.contains("now \"51\""), "what changed is said");
    let leader = &page[page
        .find("data-status=\"reviewed\" data-subject=\"ghuraba\"")
        .expect("the parent unit")..];
    let leader = &leader[..leader.find("</article>").expect("closed")];
    assert!(leader.contains("by A. Editor on 2026-12-01"));
    assert!(
        leader.contains("Read again: &lt;Noon Post&gt; names one unit"),
        "the note, escaped"
    );
    assert!(
        leader.contains("<summary>1 earlier decision</summary>"),
        "the decision it replaced"
    );
    assert!(leader.contains("by corpus-editor on 2026-12-05"));
    assert!(page.contains("<b>1</b> unreviewed</a>") && page.contains("<b>1</b> changed since review</a>"));
}

/// What a probe script appended to a page measures once the page's own script has run.
const PROBE: &str = r#"<script>
(function () {
  var doc = document.documentElement;
  var result = { width: window.innerWidth, scrollWidth: doc.scrollWidth, ready: document.body.dataset.ready };
  result.statuses = Array.prototype.map.call(document.querySelectorAll("article.group .card-head .status"), function (badge) {
    return { status: badge.closest("article").dataset.status, words: badge.textContent.trim(),
      color: getComputedStyle(badge).color, visible: badge.getBoundingClientRect().width > 0 };
  });
  result.discrepancies = document.querySelectorAll('article.group:not([data-verdict="agree"])').length;
  var button = document.querySelector("button.copy");
  if (button) {
    button.click();
    result.copy = { id: button.dataset.copy, selected: String(window.getSelection()),
      shown: button.parentNode.querySelector(".discrepancy-id").textContent,
      userSelect: getComputedStyle(button.parentNode.querySelector(".discrepancy-id")).userSelect };
  }
  result.wide = Array.prototype.filter.call(document.querySelectorAll("body *"), function (element) {
    return element.getBoundingClientRect().right > window.innerWidth + 1;
  }).slice(0, 5).map(function (element) { return element.tagName + "." + element.className; });
  var out = document.createElement("script");
  out.type = "application/json";
  out.id = "probe";
  out.textContent = JSON.stringify(result);
  document.body.appendChild(out);
}());
</script>"#;

/// Runs the probe on a page in Chromium, the page in a frame this wide (a headless window is
/// never narrower than 500 px, a frame is); `None` without Chromium.
fn probe(page: &str, width: u32) -> Option<serde_json::Value> {
    let dir = tempfile::tempdir().expect("a folder");
    write_page(dir.path(), &page.replace("</body>", &format!("{PROBE}\n</body>")));
    let frame = dir.path().join("frame.html");
    std::fs::write(
        &frame,
        format!(
            "<!DOCTYPE html><body style=\"margin:0\"><iframe id=\"page\" src=\"report.html\" \
             style=\"width:{width}px;height:900px;border:0\"></iframe><script>\
             window.addEventListener(\"load\", function () {{\
               var probe = document.getElementById(\"page\").contentDocument.getElementById(\"probe\");\
               var out = document.createElement(\"script\"); out.type = \"application/json\"; out.id = \"probe\";\
               out.textContent = probe.textContent; document.body.appendChild(out);\
             }});</script></body>"
        ),
    )
    .expect("the frame is written");
    let size = format!("--window-size={},1000", width + 100);
    let flags = [
        "--dump-dom",
        "--allow-file-access-from-files",
        "--virtual-time-budget=5000",
        &size,
    ];
    let output = chromium(&flags, &frame, "")?;
    let dom = String::from_utf8_lossy(&output.stdout);
    let start = dom
        .find("<script type=\"application/json\" id=\"probe\">")
        .unwrap_or_else(|| panic!("the probe ran: {dom}"));
    let json = &dom[start..];
    let json = &json[json.find('>').expect("a tag") + 1..json.find("</script>").expect("closed")];
    Some(serde_json::from_str(json).expect("the probe wrote JSON"))
}

#[test]
fn in_a_browser_pages_fit_a_phone_and_a_desktop_with_statuses_and_copyable_ids() {
    let scratch = edited_corpus();
    let corpus = scratch.path().to_str().expect("UTF-8").to_owned();
    let pages = [
        scratch.check(&["--format", "html"]).stdout,
        run(&["review", "bfmtv-oumar-diaby", "--corpus", &corpus, "--format", "html"]).stdout,
        run(&["show", "Ghuraba", "--corpus", &corpus, "--format", "html"]).stdout,
    ];
    for (name, page) in ["check", "review", "show"].iter().zip(&pages) {
        assert!(page.starts_with("<!DOCTYPE html>"), "{name}: {page}");
        for width in [1400, 420] {
            let Some(probe) = probe(page, width) else {
                return;
            };
            let at = format!("{name} at {width} px: {probe}");
            assert_eq!(probe["ready"], "1", "{at}: the script ran");
            assert_eq!(probe["width"], width, "{at}: the window has the width asked for");
            assert!(
                probe["scrollWidth"].as_u64() <= probe["width"].as_u64(),
                "{at}: the page scrolls sideways"
            );
            let statuses = probe["statuses"].as_array().expect("statuses");
            assert_eq!(Some(statuses.len() as u64), probe["discrepancies"].as_u64(), "{at}");
            let mut colours = std::collections::BTreeMap::new();
            for badge in statuses {
                let words = match badge["status"].as_str() {
                    Some("unreviewed") => "○ unreviewed",
                    Some("changed") => "△ changed since review",
                    Some("reviewed") => "✓ reviewed",
                    other => panic!("{at}: status {other:?}"),
                };
                assert_eq!(badge["words"], words, "{at}");
                assert_eq!(badge["visible"], true, "{at}");
                colours.insert(badge["status"].to_string(), badge["color"].to_string());
            }
            let distinct: std::collections::BTreeSet<&String> = colours.values().collect();
            assert_eq!(distinct.len(), colours.len(), "{at}: each status has its colour");
            let copy = &probe["copy"];
            assert_eq!(copy["selected"], copy["id"], "{at}: the copy button selects the id");
            assert_eq!(copy["shown"], copy["id"], "{at}");
            assert_eq!(copy["userSelect"], "all", "{at}: one click selects the whole id");
        }
    }
}

#[test]
fn in_a_browser_screenshots_at_desktop_and_phone_width() {
    let scratch = edited_corpus();
    // The picture names the corpus as the README's command does, not a temporary folder.
    let folder = scratch.path().to_str().expect("UTF-8");
    let page = scratch.check(&["--format", "html"]).stdout.replace(folder, "claims");
    let dir = tempfile::tempdir().expect("a folder");
    let path = write_page(dir.path(), &page);
    let update = std::env::var("CROSSCHECK_UPDATE_SCREENSHOTS").is_ok_and(|value| value == "1");
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    for (name, size) in [("report.png", "1400,1800"), ("report-phone.png", "420,1800")] {
        let shot = if update {
            examples.join(name)
        } else {
            dir.path().join(name)
        };
        let screenshot = format!("--screenshot={}", shot.display());
        let window = format!("--window-size={size}");
        let Some(_) = chromium(&[&screenshot, &window, "--hide-scrollbars"], &path, "") else {
            return;
        };
        let png = std::fs::read(&shot).expect("a screenshot was written");
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG");
        assert!(png.len() > 20_000, "more than a blank page: {} bytes", png.len());
        assert!(
            examples.join(name).is_file(),
            "examples/{name} is committed for the README"
        );
    }
}

#[test]
fn in_a_browser_a_link_to_a_group_opens_it() {
    let page = html_of(&["check", "--format", "html"]);
    let conflicts = page.matches("<details open>").count();
    assert_eq!(
        conflicts,
        group_rows(&page)
            .iter()
            .filter(|row| row.contains("data-verdict=\"conflict\""))
            .count(),
        "conflicts start open"
    );
    let dir = tempfile::tempdir().expect("a folder");
    let path = write_page(dir.path(), &page);
    let Some(output) = chromium(&["--dump-dom"], &path, "#group-4") else {
        return;
    };
    let dom = String::from_utf8_lossy(&output.stdout);
    assert!(dom.contains("id=\"group-4\" data-verdict=\"drift\""));
    assert_eq!(
        dom.matches("<details open=\"\">").count(),
        conflicts + 1,
        "the linked group opened"
    );
    let group_three = &dom[dom.find("id=\"group-3\"").expect("group 3")..];
    let details = group_three.find("<details").expect("group 3 has claims");
    assert!(group_three[details..].starts_with("<details open"), "group 3 is open");
}

#[test]
fn in_a_browser_the_filter_by_review_status_works() {
    let scratch = edited_corpus();
    let page = scratch.check(&["--format", "html"]).stdout;
    let dir = tempfile::tempdir().expect("a folder");
    let path = write_page(dir.path(), &page);
    let Some(output) = chromium(&["--dump-dom"], &path, "#verdict=conflict&status=unreviewed") else {
        return;
    };
    let dom = String::from_utf8_lossy(&output.stdout);
    let rows = group_rows(&dom);
    let visible: Vec<&&str> = rows.iter().filter(|row| !row.contains("hidden")).collect();
    assert_eq!(visible.len(), 1, "{visible:#?}");
    assert!(visible[0].contains("data-verdict=\"conflict\" data-status=\"unreviewed\" data-subject=\"ghuraba\""));
    assert!(dom.contains(&format!("1 of {} groups shown", rows.len())));
}
