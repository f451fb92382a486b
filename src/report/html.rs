//! The report as one self-contained HTML page (inline CSS and script, nothing fetched): an
//! overview, the groups in a table filterable by verdict and subject (also from the address,
//! `#verdict=conflict&subject=omar-diaby`), each group expandable to its claims (conflicts
//! open from the start) with every
//! quote inside its sentence of the source text, the claims made by one source only, and a
//! section per source. Every piece of text from the corpus is escaped.

use super::{
    CheckView, Renderer, Review, SubjectView, group_property_name, groups_summary, property_name, qualified_value,
    sentence_around, single_value,
};
use crate::analysis::Analysis;
use crate::model::{Claim, ClaimRef, Corpus, Source};
use crate::verdict::{Judged, Verdict};
use std::collections::HashMap;
use std::io::{self, Write};

const STYLE: &str = include_str!("html/report.css");
const SCRIPT: &str = include_str!("html/report.js");
const VERDICTS: [Verdict; 4] = [Verdict::Conflict, Verdict::Drift, Verdict::Tension, Verdict::Agree];

/// One self-contained HTML page of the groups a view covers.
pub(super) struct HtmlRenderer;

impl Renderer for HtmlRenderer {
    fn check(&self, view: &CheckView, out: &mut dyn Write) -> io::Result<()> {
        write_html(view.analysis, &view.title, out)
    }

    fn review(&self, review: &Review, out: &mut dyn Write) -> io::Result<()> {
        write_html(review.analysis, &format!("review of {}", review.source.id), out)
    }

    fn show(&self, view: &SubjectView, out: &mut dyn Write) -> io::Result<()> {
        write_html(view.analysis, &format!("everything on {}", view.entity.name), out)
    }
}

/// Writes the analysis as a self-contained HTML page titled `title`, section by section.
fn write_html(analysis: &Analysis, title: &str, page: &mut dyn Write) -> io::Result<()> {
    let anchors = anchors(analysis);
    page.write_all(b"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")?;
    page.write_all(b"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")?;
    writeln!(page, "<title>crosscheck: {}</title>", text(title))?;
    writeln!(page, "<style>\n{STYLE}</style>\n</head>\n<body>")?;
    writeln!(page, "<header><h1>crosscheck</h1><p>{}</p></header>", text(title))?;
    overview(page, analysis)?;
    groups(page, analysis)?;
    singles(page, analysis)?;
    sources(page, analysis, &anchors)?;
    writeln!(page, "<script>\n{SCRIPT}</script>\n</body>\n</html>")
}

/// Escapes text for an element's content.
fn text(raw: &str) -> String {
    html_escape::encode_text(raw).into_owned()
}

/// Escapes text for a double-quoted attribute value.
fn attr(raw: &str) -> String {
    html_escape::encode_double_quoted_attribute(raw).into_owned()
}

/// Where each shown claim is on the page: its group's row or its single row.
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

fn overview(page: &mut dyn Write, analysis: &Analysis) -> io::Result<()> {
    let corpus = analysis.corpus;
    let tally = analysis.tally();
    page.write_all(b"<section id=\"overview\">\n<h2>Overview</h2>\n<ul class=\"counts\">\n")?;
    writeln!(page, "<li><b>{}</b> sources</li>", corpus.sources.len())?;
    writeln!(page, "<li><b>{}</b> claims</li>", corpus.claims().count())?;
    writeln!(page, "<li><b>{}</b> groups</li>", analysis.groups.len())?;
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
        "<li><a href=\"#singles\"><b>{}</b> by one source only</a></li>",
        analysis.singles.len()
    )?;
    writeln!(page, "</ul>\n<p>{}</p>\n</section>", text(&groups_summary(analysis)))
}

fn groups(page: &mut dyn Write, analysis: &Analysis) -> io::Result<()> {
    let corpus = analysis.corpus;
    page.write_all(b"<section id=\"groups\">\n<h2>Groups</h2>\n<form id=\"filters\">\n")?;
    page.write_all(b"<label>Verdict <select id=\"verdict-filter\"><option value=\"\">all</option>")?;
    for verdict in VERDICTS {
        write!(page, "<option value=\"{v}\">{v}</option>", v = verdict.as_str())?;
    }
    page.write_all(b"</select></label>\n<label>Subject <select id=\"subject-filter\"><option value=\"\">all</option>")?;
    let mut subjects: Vec<&str> = analysis
        .groups
        .iter()
        .map(|judged| judged.group.subject.as_str())
        .chain(
            analysis
                .singles
                .iter()
                .filter_map(|&at| corpus.claim(at))
                .map(|claim| claim.subject.as_str()),
        )
        .collect();
    subjects.sort_by_key(|id| corpus.entity_name(id).to_lowercase());
    subjects.dedup();
    for id in subjects {
        write!(
            page,
            "<option value=\"{}\">{}</option>",
            attr(id),
            text(corpus.entity_name(id))
        )?;
    }
    page.write_all(b"</select></label>\n<output id=\"shown\"></output>\n</form>\n")?;
    if analysis.groups.is_empty() {
        page.write_all(b"<p>No groups of claims to compare.</p>\n</section>\n")?;
        return Ok(());
    }
    page.write_all(b"<table id=\"group-table\">\n<thead><tr><th>Verdict</th><th>Subject</th><th>Property</th>")?;
    page.write_all(b"<th>Claims</th><th>Why</th></tr></thead>\n<tbody>\n")?;
    for (index, judged) in analysis.groups.iter().enumerate() {
        group_row(page, corpus, index + 1, judged)?;
    }
    page.write_all(b"</tbody>\n</table>\n</section>\n")
}

fn group_row(page: &mut dyn Write, corpus: &Corpus, number: usize, judged: &Judged) -> io::Result<()> {
    let subject = &judged.group.subject;
    let verdict = judged.verdict.as_str();
    writeln!(
        page,
        "<tr class=\"group\" id=\"group-{number}\" data-verdict=\"{verdict}\" data-subject=\"{}\">",
        attr(subject)
    )?;
    writeln!(
        page,
        "<td><span class=\"verdict {verdict}\">{verdict}</span></td><td>{}</td><td>{}</td>",
        text(corpus.entity_name(subject)),
        text(&group_property_name(corpus, judged))
    )?;
    let values: Vec<String> = judged
        .sides(corpus)
        .map(|(_, claim, _)| format!("{} ({})", claim.written, claim.source))
        .collect();
    // Conflicts are what an editor must read first: their claims are shown from the start.
    let open = if judged.verdict == Verdict::Conflict {
        " open"
    } else {
        ""
    };
    writeln!(
        page,
        "<td><details{open}><summary>{} claims: {}</summary>\n<ol class=\"claims\">",
        values.len(),
        text(&values.join(" · "))
    )?;
    for (_, claim, normal) in judged.sides(corpus) {
        claim_item(
            page,
            corpus,
            claim,
            &qualified_value(corpus, claim),
            &normal.describe(corpus),
        )?;
    }
    writeln!(page, "</ol></details></td>\n<td>{}</td>\n</tr>", text(&judged.reason))
}

fn claim_item(page: &mut dyn Write, corpus: &Corpus, claim: &Claim, value: &str, normal: &str) -> io::Result<()> {
    writeln!(
        page,
        "<li class=\"claim\" id=\"{}\"><div><b>{}</b> = <code>{}</code></div>",
        attr(&claim_anchor(claim)),
        text(value),
        text(normal)
    )?;
    if let Some(source) = corpus.source(&claim.source) {
        quote_block(page, source, claim)?;
    }
    let mut details = vec![format!("as of {}", claim.as_of)];
    if let Some(hedge) = &claim.hedge {
        details.push(format!("hedge: {hedge}"));
    }
    if let Some(attribution) = &claim.attribution {
        details.push(format!("attributed to {attribution}"));
    }
    if let Some(origin) = &claim.origin {
        details.push(format!("through {origin}"));
    }
    writeln!(
        page,
        "<div class=\"cite\">— <a href=\"#source-{}\">{}</a>, line {} · {}</div></li>",
        attr(&claim.source),
        text(&claim.source),
        claim.span.line,
        text(&details.join(" · "))
    )
}

fn quote_block(page: &mut dyn Write, source: &Source, claim: &Claim) -> io::Result<()> {
    let sentence = sentence_around(&source.text, claim.span);
    let ellipsis = |cut: bool| if cut { "…" } else { "" };
    writeln!(
        page,
        "<blockquote>{}{}<mark>{}</mark>{}{}</blockquote>",
        ellipsis(sentence.cut_before),
        text(sentence.before),
        text(sentence.quote),
        text(sentence.after),
        ellipsis(sentence.cut_after)
    )
}

fn singles(page: &mut dyn Write, analysis: &Analysis) -> io::Result<()> {
    let corpus = analysis.corpus;
    if analysis.singles.is_empty() {
        return Ok(());
    }
    writeln!(
        page,
        "<section id=\"singles\">\n<h2>Claims made by one source only ({})</h2>",
        analysis.singles.len()
    )?;
    page.write_all(b"<table>\n<thead><tr><th>Subject</th><th>Property</th><th>Claim</th></tr></thead>\n<tbody>\n")?;
    for claim in analysis.singles.iter().filter_map(|&at| corpus.claim(at)) {
        writeln!(
            page,
            "<tr class=\"single\" data-subject=\"{}\"><td>{}</td><td>{}</td><td><ol class=\"claims\">",
            attr(&claim.subject),
            text(corpus.entity_name(&claim.subject)),
            text(property_name(corpus, &claim.property))
        )?;
        let normal = corpus
            .properties
            .get(claim.property.as_str())
            .map(|property| crate::verdict::Normal::of(claim, property).describe(corpus))
            .unwrap_or_default();
        claim_item(page, corpus, claim, &single_value(corpus, claim), &normal)?;
        page.write_all(b"</ol></td></tr>\n")?;
    }
    page.write_all(b"</tbody>\n</table>\n</section>\n")
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
    writeln!(page, "<p>{} claims:</p>\n<ul>", source.claims.len())?;
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
