//! The groups of the page as cards, and the claims made by one source only. A card leads with
//! its verdict, its review status in words and colour and its discrepancy id (selectable, with
//! a copy button for `crosscheck accept`), then the decision and its note in full with any
//! earlier decisions, every pair that does not agree with each side's outlet, and the claims.

use super::{attr, claim_anchor, outlet_link, status_mark, status_words, text};
use crate::analysis::Analysis;
use crate::counted::{agreeing, counted};
use crate::decisions::{DiscrepancyId, Standing, Status};
use crate::model::{Claim, Corpus, Source};
use crate::report::reason;
use crate::report::{group_property_name, property_name, qualified_value, sentence_around, single_value};
use crate::verdict::{Finding, Judged, Normal, Verdict};
use std::io::{self, Write};

const VERDICTS: [Verdict; 4] = [Verdict::Conflict, Verdict::Drift, Verdict::Tension, Verdict::Agree];
const STATUSES: [Status; 3] = [Status::Unreviewed, Status::Changed, Status::Reviewed];

/// The groups section: the filters, then one card per group.
pub(super) fn groups(page: &mut dyn Write, analysis: &Analysis) -> io::Result<()> {
    page.write_all(b"<section id=\"groups\">\n<h2>Groups</h2>\n<form id=\"filters\">\n")?;
    page.write_all(b"<label>Verdict <select id=\"verdict-filter\"><option value=\"\">all</option>")?;
    for verdict in VERDICTS {
        write!(page, "<option value=\"{v}\">{v}</option>", v = verdict.as_str())?;
    }
    page.write_all(b"</select></label>\n<label>Review <select id=\"status-filter\"><option value=\"\">all</option>")?;
    for status in STATUSES {
        write!(
            page,
            "<option value=\"{}\">{}</option>",
            status.as_str(),
            status_words(status)
        )?;
    }
    page.write_all(b"</select></label>\n<label>Subject <select id=\"subject-filter\"><option value=\"\">all</option>")?;
    let corpus = analysis.corpus;
    for id in subjects(analysis) {
        write!(
            page,
            "<option value=\"{}\">{}</option>",
            attr(id),
            text(corpus.entity_name(id))
        )?;
    }
    page.write_all(b"</select></label>\n<output id=\"shown\"></output>\n</form>\n")?;
    if analysis.groups.is_empty() {
        page.write_all(b"<p>No groups of claims to compare.</p>\n")?;
    }
    for (index, judged) in analysis.groups.iter().enumerate() {
        group_card(page, analysis, index + 1, judged)?;
    }
    page.write_all(b"</section>\n")
}

/// The subjects of the groups and single claims, by name.
fn subjects<'a>(analysis: &'a Analysis) -> Vec<&'a str> {
    let corpus = analysis.corpus;
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
    subjects.sort_by_key(|id| (corpus.entity_name(id).to_lowercase(), *id));
    subjects.dedup();
    subjects
}

fn group_card(page: &mut dyn Write, analysis: &Analysis, number: usize, judged: &Judged) -> io::Result<()> {
    let corpus = analysis.corpus;
    let subject = &judged.group.subject;
    let verdict = judged.verdict.as_str();
    let review = analysis.standing(judged);
    let status = review.map_or("none", |review| review.status.as_str());
    writeln!(
        page,
        "<article class=\"group\" id=\"group-{number}\" data-verdict=\"{verdict}\" data-status=\"{status}\" data-subject=\"{}\">",
        attr(subject)
    )?;
    writeln!(
        page,
        "<div class=\"card-head\"><span class=\"verdict {verdict}\">{verdict}</span>{}<h3>{} · {}</h3></div>",
        review.map_or_else(String::new, |review| status_badge(review.status)),
        text(corpus.entity_name(subject)),
        text(&group_property_name(corpus, judged))
    )?;
    writeln!(
        page,
        "<p class=\"why\">{}</p>",
        text(&reason::group(judged, corpus, &analysis.graph))
    )?;
    if let Some(line) = crate::report::estimate::estimate_line(analysis, judged) {
        writeln!(page, "<p class=\"estimate\">{}</p>", text(&line))?;
    }
    if let Some(review) = review {
        review_block(page, review.id(corpus), review)?;
    }
    pairs(page, corpus, judged)?;
    claims(page, corpus, judged)?;
    page.write_all(b"</article>\n")
}

/// `<span class="status unreviewed">○ unreviewed</span>`: the mark and words tell what the colour tells.
fn status_badge(status: Status) -> String {
    format!(
        "<span class=\"status {}\"><span aria-hidden=\"true\">{}</span> {}</span>",
        status.as_str(),
        status_mark(status),
        status_words(status)
    )
}

/// The discrepancy id with its copy button, then the decision, what changed since it, and
/// the decisions it replaced.
fn review_block(page: &mut dyn Write, id: &DiscrepancyId, review: &Standing) -> io::Result<()> {
    let id = id.to_string();
    writeln!(
        page,
        "<div class=\"review\">\n<p class=\"id\">Discrepancy <code class=\"discrepancy-id\">{}</code> \
         <button type=\"button\" class=\"copy\" data-copy=\"{}\" aria-label=\"Copy the id {}\">Copy id</button></p>",
        text(&id),
        attr(&id),
        attr(&id)
    )?;
    if review.status == Status::Changed {
        page.write_all(b"<p>Changed since the decision below:</p>\n<ul class=\"changes\">")?;
        for change in &review.changes {
            write!(page, "<li>{}</li>", text(change))?;
        }
        page.write_all(b"</ul>\n")?;
    }
    match &review.decision {
        Some(entry) => {
            writeln!(
                page,
                "<p class=\"decision\">Decision: <b>{}</b>, by {} on {}</p>\n<blockquote class=\"note\">{}</blockquote>",
                entry.decision,
                text(&entry.by),
                entry.on,
                text(entry.note.trim())
            )?;
            if !entry.history.is_empty() {
                writeln!(
                    page,
                    "<details class=\"history\"><summary>{}</summary><ol>",
                    counted(entry.history.len(), "earlier decision", "earlier decisions")
                )?;
                for earlier in &entry.history {
                    writeln!(
                        page,
                        "<li><b>{}</b>, by {} on {}: {}</li>",
                        earlier.decision,
                        text(&earlier.by),
                        earlier.on,
                        text(earlier.note.trim())
                    )?;
                }
                page.write_all(b"</ol></details>\n")?;
            }
        }
        None => writeln!(
            page,
            "<p class=\"decision\">No decision yet: read the claims, then <code>crosscheck accept {} --note \"why\"</code></p>",
            text(&id)
        )?,
    }
    page.write_all(b"</div>\n")
}

/// Every pair (or derived check) of the group that does not simply agree, with its verdict,
/// each side's outlet and value, and why.
fn pairs(page: &mut dyn Write, corpus: &Corpus, judged: &Judged) -> io::Result<()> {
    if judged.findings.is_empty() {
        return Ok(());
    }
    let count = judged.findings.len();
    writeln!(
        page,
        "<p class=\"pairs-head\">{} that {} not agree:</p>\n<ul class=\"pairs\">",
        counted(count, "pair", "pairs"),
        agreeing(count, "does", "do")
    )?;
    for finding in &judged.findings {
        pair_item(page, corpus, finding)?;
    }
    page.write_all(b"</ul>\n")
}

fn pair_item(page: &mut dyn Write, corpus: &Corpus, finding: &Finding) -> io::Result<()> {
    let sides: Vec<String> = finding
        .claims
        .iter()
        .filter_map(|&at| corpus.claim(at))
        .map(|claim| {
            let value = qualified_value(corpus, claim);
            format!("{} “{}”", outlet_link(corpus, &claim.source), text(&value))
        })
        .collect();
    let verdict = finding.verdict.as_str();
    writeln!(
        page,
        "<li><span class=\"verdict {verdict}\">{verdict}</span> {}: {}</li>",
        sides.join(" and "),
        text(&reason::finding(finding, corpus))
    )
}

/// The group's claims, open from the start for a conflict, which an editor must read first.
fn claims(page: &mut dyn Write, corpus: &Corpus, judged: &Judged) -> io::Result<()> {
    let values: Vec<String> = judged
        .sides(corpus)
        .map(|(_, claim, _)| {
            let outlet = corpus
                .source(&claim.source)
                .map_or(claim.source.as_str(), |s| s.outlet.as_str());
            format!("{} ({outlet})", qualified_value(corpus, claim))
        })
        .collect();
    let open = if judged.verdict == Verdict::Conflict {
        " open"
    } else {
        ""
    };
    writeln!(
        page,
        "<details{open}><summary>{}: {}</summary>\n<ol class=\"claims\">",
        counted(values.len(), "claim", "claims"),
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
    page.write_all(b"</ol></details>\n")
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
        "<div class=\"cite\">— {} ({}), line {} · {}</div></li>",
        outlet_link(corpus, &claim.source),
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

/// The claims no other claim shares a subject and property with, as a table that becomes
/// stacked cards at phone width.
pub(super) fn singles(page: &mut dyn Write, analysis: &Analysis) -> io::Result<()> {
    let corpus = analysis.corpus;
    if analysis.singles.is_empty() {
        return Ok(());
    }
    writeln!(
        page,
        "<section id=\"singles\">\n<h2>Claims made by one source only ({})</h2>",
        analysis.singles.len()
    )?;
    page.write_all(
        b"<table class=\"stack\">\n<thead><tr><th>Subject</th><th>Property</th><th>Claim</th></tr></thead>\n<tbody>\n",
    )?;
    for claim in analysis.singles.iter().filter_map(|&at| corpus.claim(at)) {
        single_row(page, corpus, claim)?;
    }
    page.write_all(b"</tbody>\n</table>\n</section>\n")
}

fn single_row(page: &mut dyn Write, corpus: &Corpus, claim: &Claim) -> io::Result<()> {
    writeln!(
        page,
        "<tr class=\"single\" data-subject=\"{}\"><td data-label=\"Subject\">{}</td>\
         <td data-label=\"Property\">{}</td><td data-label=\"Claim\"><ol class=\"claims\">",
        attr(&claim.subject),
        text(corpus.entity_name(&claim.subject)),
        text(property_name(corpus, &claim.property))
    )?;
    let normal = corpus
        .properties
        .get(claim.property.as_str())
        .map(|property| Normal::of(claim, property).describe(corpus))
        .unwrap_or_default();
    claim_item(page, corpus, claim, &single_value(corpus, claim), &normal)?;
    page.write_all(b"</ol></td></tr>\n")
}
