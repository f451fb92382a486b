//! The report as one self-contained HTML page (inline CSS and script, nothing fetched): an
//! overview, the groups as cards filterable by verdict, review status and subject (also from the
//! address, `#verdict=conflict&subject=omar-diaby`), each card saying where its review stands
//! in words and colour, the decision and its note in full, its discrepancy id with a copy
//! button, every pair that does not agree, and its claims (conflicts open from the start) with
//! every quote inside its sentence of the source text; then the claims made by one source only
//! and a section per source. `review` and `show` pages lead with their standings and spellings.
//! The page reads at phone width: tables become stacked cards. Every piece of text from the
//! corpus is escaped.

mod group;
mod views;

use super::reviewed::stale_line;
use super::{CheckView, Renderer, Review, SubjectView, groups_summary, property_name};
use crate::analysis::Analysis;
use crate::counted::{agreeing, counted};
use crate::decisions::Status;
use crate::model::{Claim, ClaimRef, Corpus, Source};
use crate::verdict::Verdict;
use std::collections::HashMap;
use std::io::{self, Write};

const STYLE: &str = include_str!("html/report.css");
const SCRIPT: &str = include_str!("html/report.js");

/// One self-contained HTML page of the groups a view covers.
pub(super) struct HtmlRenderer;

impl Renderer for HtmlRenderer {
    fn check(&self, view: &CheckView, out: &mut dyn Write) -> io::Result<()> {
        write_page(out, &view.title, |page| groups_page(page, view.analysis))
    }

    fn review(&self, review: &Review, out: &mut dyn Write) -> io::Result<()> {
        write_page(out, &format!("review of {}", review.source.id), |page| {
            views::review_section(page, review)?;
            groups_page(page, review.analysis)
        })
    }

    fn show(&self, view: &SubjectView, out: &mut dyn Write) -> io::Result<()> {
        write_page(out, &format!("everything on {}", view.entity.name), |page| {
            views::subject_section(page, view)?;
            groups_page(page, view.analysis)
        })
    }
}

/// Writes a self-contained HTML page titled `title` around the body `body` writes.
fn write_page(
    page: &mut dyn Write,
    title: &str,
    body: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    page.write_all(b"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")?;
    page.write_all(b"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")?;
    writeln!(page, "<title>crosscheck: {}</title>", text(title))?;
    writeln!(page, "<style>\n{STYLE}</style>\n</head>\n<body>")?;
    writeln!(page, "<header><h1>crosscheck</h1><p>{}</p></header>", text(title))?;
    body(page)?;
    writeln!(page, "<script>\n{SCRIPT}</script>\n</body>\n</html>")
}

/// The overview, the groups, the claims made by one source only and the sources of an analysis.
fn groups_page(page: &mut dyn Write, analysis: &Analysis) -> io::Result<()> {
    overview(page, analysis)?;
    group::groups(page, analysis)?;
    group::singles(page, analysis)?;
    stale(page, analysis)?;
    sources(page, analysis, &anchors(analysis))
}

/// The decisions whose discrepancy no longer exists, and what to do with them.
fn stale(page: &mut dyn Write, analysis: &Analysis) -> io::Result<()> {
    let stale = &analysis.standings.stale;
    if stale.is_empty() {
        return Ok(());
    }
    writeln!(
        page,
        "<section id=\"stale\">\n<h2>Stale decisions ({})</h2>\n<ul>",
        stale.len()
    )?;
    for entry in stale {
        writeln!(page, "<li>{}</li>", text(&stale_line(entry)))?;
    }
    page.write_all(b"</ul>\n<p>Remove them from the decisions file, or review the discrepancy again under its new id.</p>\n</section>\n")
}

/// Escapes text for an element's content.
fn text(raw: &str) -> String {
    html_escape::encode_text(raw).into_owned()
}

/// Escapes text for a double-quoted attribute value.
fn attr(raw: &str) -> String {
    html_escape::encode_double_quoted_attribute(raw).into_owned()
}

/// The outlet of a source by name, linked to the source's section: `<a href="#source-x">BFM TV</a>`.
fn outlet_link(corpus: &Corpus, source: &str) -> String {
    let outlet = corpus.source(source).map_or(source, |source| source.outlet.as_str());
    format!(
        "<a class=\"outlet\" href=\"#source-{}\" title=\"{}\">{}</a>",
        attr(source),
        attr(source),
        text(outlet)
    )
}

/// Where each shown claim is on the page: its group's card or its single row.
fn anchors(analysis: &Analysis) -> HashMap<ClaimRef, String> {
    let mut anchors = HashMap::new();
    for (index, judged) in analysis.groups.iter().enumerate() {
        for &at in &judged.group.claims {
            anchors.insert(at, format!("group-{}", index + 1));
        }
    }
    for &at in &analysis.singles {
        if let Some(claim) = analysis.corpus.claim(at) {
            anchors.insert(at, claim_anchor(claim));
        }
    }
    anchors
}

fn claim_anchor(claim: &Claim) -> String {
    format!("claim-{}-{}", claim.source, claim.id)
}

/// The words for a review status: `changed since review`.
fn status_words(status: Status) -> &'static str {
    match status {
        Status::Reviewed => "reviewed",
        Status::Changed => "changed since review",
        Status::Unreviewed => "unreviewed",
    }
}

/// A mark that tells the statuses apart without colour.
fn status_mark(status: Status) -> &'static str {
    match status {
        Status::Reviewed => "✓",
        Status::Changed => "△",
        Status::Unreviewed => "○",
    }
}

fn overview(page: &mut dyn Write, analysis: &Analysis) -> io::Result<()> {
    let corpus = analysis.corpus;
    let tally = analysis.tally();
    page.write_all(b"<section id=\"overview\">\n<h2>Overview</h2>\n<ul class=\"counts\">\n")?;
    for (count, one, many) in [
        (corpus.sources.len(), "source", "sources"),
        (corpus.claims().count(), "claim", "claims"),
        (analysis.groups.len(), "group", "groups"),
    ] {
        writeln!(page, "<li><b>{count}</b> {}</li>", agreeing(count, one, many))?;
    }
    for (verdict, count) in [
        (Verdict::Conflict, tally.conflict),
        (Verdict::Drift, tally.drift),
        (Verdict::Tension, tally.tension),
        (Verdict::Agree, tally.agree),
    ] {
        writeln!(
            page,
            "<li><a class=\"verdict {v}\" href=\"#verdict={v}\"><b>{count}</b> {v}</a></li>",
            v = verdict.as_str()
        )?;
    }
    writeln!(
        page,
        "<li><a href=\"#singles\"><b>{}</b> by one source only</a></li>\n</ul>\n<ul class=\"counts\">",
        analysis.singles.len()
    )?;
    let shown: Vec<Status> = analysis
        .groups
        .iter()
        .filter_map(|judged| analysis.standing(judged))
        .map(|review| review.status)
        .collect();
    for status in [Status::Unreviewed, Status::Changed, Status::Reviewed] {
        writeln!(
            page,
            "<li><a class=\"status {s}\" href=\"#status={s}\"><span aria-hidden=\"true\">{}</span> <b>{}</b> {}</a></li>",
            status_mark(status),
            shown.iter().filter(|&&shown| shown == status).count(),
            status_words(status),
            s = status.as_str()
        )?;
    }
    writeln!(page, "</ul>\n<p>{}</p>\n</section>", text(&groups_summary(analysis)))
}

fn sources(page: &mut dyn Write, analysis: &Analysis, anchors: &HashMap<ClaimRef, String>) -> io::Result<()> {
    page.write_all(b"<section id=\"sources\">\n<h2>Sources</h2>\n")?;
    for (index, source) in analysis.corpus.sources.iter().enumerate() {
        source_article(page, analysis.corpus, index, source, anchors)?;
    }
    page.write_all(b"</section>\n")
}

fn source_article(
    page: &mut dyn Write,
    corpus: &Corpus,
    index: usize,
    source: &Source,
    anchors: &HashMap<ClaimRef, String>,
) -> io::Result<()> {
    writeln!(
        page,
        "<article class=\"source\" id=\"source-{}\">\n<h3>{}</h3>",
        attr(&source.id),
        text(&source.id)
    )?;
    source_metadata(page, source)?;
    source_claims(page, corpus, index, source, anchors)?;
    page.write_all(b"</article>\n")
}

/// A source's outlet, title, address, date, language, origins, text file and note.
fn source_metadata(page: &mut dyn Write, source: &Source) -> io::Result<()> {
    page.write_all(b"<dl>\n")?;
    let mut row = |term: &str, value: String| writeln!(page, "<dt>{term}</dt><dd>{value}</dd>");
    row("Outlet", text(&source.outlet))?;
    row("Title", text(&source.title))?;
    if let Some(url) = &source.url {
        row("Address", link(url))?;
    }
    let mut published = text(&source.published.to_string());
    if let Some(note) = &source.published_note {
        published.push_str(&format!(" <small>({})</small>", text(note)));
    }
    row("Published", published)?;
    row("Language", text(&source.language))?;
    if !source.origin.is_empty() {
        row("Through", text(&source.origin.join(", ")))?;
    }
    row("Text", text(&source.text_path.display().to_string()))?;
    if let Some(note) = &source.note {
        row("Note", text(note))?;
    }
    page.write_all(b"</dl>\n")
}

/// The source's claims in text order, each linked to where the page shows it.
fn source_claims(
    page: &mut dyn Write,
    corpus: &Corpus,
    index: usize,
    source: &Source,
    anchors: &HashMap<ClaimRef, String>,
) -> io::Result<()> {
    writeln!(
        page,
        "<p>{}:</p>\n<ul>",
        counted(source.claims.len(), "claim", "claims")
    )?;
    let mut claims: Vec<(usize, &Claim)> = source.claims.iter().enumerate().collect();
    claims.sort_by_key(|(at, claim)| (claim.span.start, *at));
    for (claim_index, claim) in claims {
        let at = ClaimRef {
            source: index,
            claim: claim_index,
        };
        let label = text(&format!(
            "line {}: {} · {}: {}",
            claim.span.line,
            corpus.entity_name(&claim.subject),
            property_name(corpus, &claim.property),
            claim.written
        ));
        match anchors.get(&at) {
            Some(anchor) => writeln!(page, "<li><a href=\"#{}\">{label}</a></li>", attr(anchor))?,
            None => writeln!(page, "<li>{label}</li>")?,
        }
    }
    page.write_all(b"</ul>\n")
}

/// A link for web addresses; anything else (`javascript:`, relative paths) stays plain text.
fn link(url: &str) -> String {
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        format!("<a href=\"{}\" rel=\"noreferrer\">{}</a>", attr(url), text(url))
    } else {
        text(url)
    }
}

#[cfg(test)]
mod tests {
    use super::{attr, link, text};

    #[test]
    fn markup_from_sources_is_escaped() {
        assert_eq!(
            text("<script>alert('x')</script> & more"),
            "&lt;script&gt;alert('x')&lt;/script&gt; &amp; more"
        );
        let escaped = attr("\" onmouseover=\"alert(1)");
        assert!(!escaped.contains('"'), "{escaped}");
    }

    #[test]
    fn only_web_addresses_become_links() {
        assert_eq!(link("javascript:alert(1)"), "javascript:alert(1)");
        assert_eq!(
            link("https://example.org/?a=1&b=\"2\""),
            "<a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\" rel=\"noreferrer\">https://example.org/?a=1&amp;b=\"2\"</a>"
        );
    }
}
