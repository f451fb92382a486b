//! What leads the pages of `review` and `show`: the reviewed source with a table of where each
//! of its claims stands, and the subject with a table of its spellings. Both tables become
//! stacked cards at phone width.

use super::{attr, outlet_link, source_metadata, text};
use crate::counted::counted;
use crate::model::Claim;
use crate::report::review::{Entry, Other};
use crate::report::show::Spelling;
use crate::report::{Review, SubjectView, property_name, qualified_value};
use std::io::{self, Write};

/// The reviewed source, its standings in a summary and a table, one row per claim in text order.
pub(super) fn review_section(page: &mut dyn Write, review: &Review) -> io::Result<()> {
    writeln!(
        page,
        "<section id=\"review\">\n<h2>Review of {}</h2>",
        text(&review.source.id)
    )?;
    source_metadata(page, review.source)?;
    writeln!(page, "<p class=\"summary\">{}</p>", text(&review.summary()))?;
    let reliability = review.reliability();
    if !reliability.is_empty() {
        page.write_all(b"<ul class=\"reliability\">\n")?;
        for line in &reliability {
            writeln!(page, "<li>{}</li>", text(line))?;
        }
        page.write_all(b"</ul>\n")?;
    }
    if review.entries.is_empty() {
        return page.write_all(b"<p>This source makes no claims.</p>\n</section>\n");
    }
    page.write_all(b"<table class=\"stack standings\">\n<thead><tr><th>Line</th><th>Claim</th>")?;
    page.write_all(b"<th>Standing</th><th>What the others say</th></tr></thead>\n<tbody>\n")?;
    for entry in &review.entries {
        standing_row(page, review, entry)?;
    }
    page.write_all(b"</tbody>\n</table>\n</section>\n")
}

fn standing_row(page: &mut dyn Write, review: &Review, entry: &Entry) -> io::Result<()> {
    let corpus = review.corpus;
    let claim = entry.claim;
    let standing = entry.standing.as_str();
    writeln!(
        page,
        "<tr class=\"standing-row\" data-standing=\"{standing}\"><td data-label=\"Line\">{}</td>\
         <td data-label=\"Claim\">{} · {}: <b>{}</b> = <code>{}</code><blockquote>{}</blockquote></td>",
        claim.span.line,
        text(corpus.entity_name(&claim.subject)),
        text(property_name(corpus, &claim.property)),
        text(&qualified_value(corpus, claim)),
        text(&entry.normal),
        text(&claim.quote)
    )?;
    write!(
        page,
        "<td data-label=\"Standing\"><span class=\"standing {standing}\">{standing}</span>"
    )?;
    if let Some((verdict, _)) = entry.group {
        write!(page, " <small>(group: {verdict})</small>")?;
    }
    page.write_all(b"</td><td data-label=\"What the others say\">")?;
    if entry.others.is_empty() {
        page.write_all(b"no other source says")?;
    } else {
        page.write_all(b"<ul class=\"others\">")?;
        for other in &entry.others {
            other_item(page, review, other)?;
        }
        page.write_all(b"</ul>")?;
    }
    page.write_all(b"</td></tr>\n")
}

fn other_item(page: &mut dyn Write, review: &Review, other: &Other) -> io::Result<()> {
    let corpus = review.corpus;
    let claim = other.claim;
    write!(
        page,
        "<li>{}: <b>{}</b> = <code>{}</code>{} · {}",
        outlet_link(corpus, &claim.source),
        text(&qualified_value(corpus, claim)),
        text(&other.normal),
        implicit_as_of(claim),
        text(&other.origin_words(review))
    )?;
    if let Some(reason) = &other.reason {
        let verdict = other.verdict.as_str();
        write!(
            page,
            "<br><span class=\"verdict {verdict}\">{verdict}</span> {}",
            text(reason)
        )?;
    }
    page.write_all(b"</li>")
}

/// ` (as of 2025-10-22)` when the value as qualified does not already say it.
fn implicit_as_of(claim: &Claim) -> String {
    if claim.as_of_explicit {
        String::new()
    } else {
        format!(" (as of {})", claim.as_of)
    }
}

/// The subject, what it is part of and its parts, a summary, and its spellings in a table.
pub(super) fn subject_section(page: &mut dyn Write, view: &SubjectView) -> io::Result<()> {
    let corpus = view.corpus;
    let entity = view.entity;
    let kind = serde_json::to_value(entity.kind)
        .ok()
        .and_then(|kind| kind.as_str().map(str::to_owned))
        .unwrap_or_default();
    writeln!(
        page,
        "<section id=\"subject\">\n<h2>{}</h2>\n<p><code>{}</code>, {}",
        text(&entity.name),
        text(&entity.id),
        text(&kind)
    )?;
    if let Some(within) = &entity.within {
        write!(page, ", within {}", text(corpus.entity_name(within)))?;
    }
    if !view.parts.is_empty() {
        let parts: Vec<&str> = view.parts.iter().map(|part| part.name.as_str()).collect();
        write!(page, "; parts: {}", text(&parts.join(", ")))?;
    }
    page.write_all(b"</p>\n")?;
    if let Some(note) = &entity.note {
        writeln!(page, "<p class=\"note\">{}</p>", text(note))?;
    }
    writeln!(page, "<p class=\"summary\">{}</p>", text(&view.summary()))?;
    page.write_all(b"<h3>Spellings</h3>\n<table class=\"stack spellings\">\n<thead><tr><th>Spelling</th>")?;
    page.write_all(b"<th>Registered</th><th>Used by</th></tr></thead>\n<tbody>\n")?;
    for spelling in &view.spellings {
        spelling_row(page, view, spelling)?;
    }
    page.write_all(b"</tbody>\n</table>\n")?;
    events(page, view)?;
    page.write_all(b"</section>\n")
}

/// The events the subject takes part in, each linked to its groups below.
fn events(page: &mut dyn Write, view: &SubjectView) -> io::Result<()> {
    if view.events.is_empty() {
        return Ok(());
    }
    page.write_all(b"<h3>Events it takes part in</h3>\n<ul class=\"events\">\n")?;
    for event in &view.events {
        let involvement = &event.involvement;
        let claims: usize = event.properties.iter().map(|group| group.claims.len()).sum();
        writeln!(
            page,
            "<li class=\"event\" data-event=\"{}\"><a href=\"#subject={}\">{}</a> (<code>{}</code>): {}; {}</li>",
            attr(&involvement.event.id),
            attr(&involvement.event.id),
            text(&involvement.event.name),
            text(&involvement.event.id),
            text(&involvement.how()),
            counted(claims, "claim", "claims")
        )?;
    }
    page.write_all(b"</ul>\n")
}

fn spelling_row(page: &mut dyn Write, view: &SubjectView, spelling: &Spelling) -> io::Result<()> {
    let used = if spelling.sources.is_empty() {
        "no source text".to_owned()
    } else {
        spelling
            .sources
            .iter()
            .map(|source| outlet_link(view.corpus, source))
            .collect::<Vec<_>>()
            .join(", ")
    };
    writeln!(
        page,
        "<tr class=\"spelling\" data-spelling=\"{}\"><td data-label=\"Spelling\">{}</td>\
         <td data-label=\"Registered\">{}</td><td data-label=\"Used by\">{used}</td></tr>",
        attr(&spelling.text),
        text(&spelling.text),
        if spelling.registered {
            "registered name or alias"
        } else {
            "written in a claim, not registered"
        }
    )
}
