//! `crosscheck rules [ID]`: the verdict rules, listed (id, verdict, summary) or one explained
//! (summary, why an editor cares, an example), as a table for people, Markdown or JSON.

use super::{EXIT_CLEAN, Outcome, unknown};
use crate::verdict::{ExampleClaim, Rule, RuleId, rules};
use clap::ValueEnum;
use serde::Serialize;
use std::fmt::Write as _;

/// Arguments of `crosscheck rules`.
#[derive(Debug, clap::Args)]
pub struct RulesArgs {
    /// A rule id to explain (default: list every rule).
    pub id: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = RulesFormat::Table)]
    pub format: RulesFormat,
}

/// Formats of `crosscheck rules`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    /// Plain text for people at a terminal.
    Table,
    /// GitHub-flavoured Markdown, for documentation.
    Markdown,
    /// JSON: each rule with its id, verdict, summary, why and example.
    Json,
}

pub(super) fn rules_command(args: &RulesArgs) -> Outcome {
    let chosen: Vec<&Rule> = match &args.id {
        None => rules().iter().collect(),
        Some(wanted) => match wanted.parse::<RuleId>() {
            Ok(id) => vec![Rule::of(id)],
            Err(error) => return Outcome::usage_error(unknown("rule", &error.wanted, error.near)),
        },
    };
    let stdout = match (args.format, args.id.is_some()) {
        (RulesFormat::Table, false) => list_table(&chosen),
        (RulesFormat::Table, true) => chosen.iter().map(|rule| explain_text(rule)).collect(),
        (RulesFormat::Markdown, false) => list_markdown(&chosen),
        (RulesFormat::Markdown, true) => chosen.iter().map(|rule| explain_markdown(rule)).collect(),
        (RulesFormat::Json, false) => json(&chosen),
        (RulesFormat::Json, true) => chosen.first().map_or_else(String::new, json),
    };
    Outcome {
        stdout,
        stderr: String::new(),
        code: EXIT_CLEAN,
    }
}

/// `id  verdict  summary`, one rule a line, in columns.
fn list_table(chosen: &[&Rule]) -> String {
    let id_width = chosen.iter().map(|rule| rule.id.as_str().len()).max().unwrap_or(0);
    let mut out = format!("{:id_width$}  {:8}  {}\n", "RULE", "VERDICT", "SUMMARY");
    for rule in chosen {
        let _ = writeln!(
            out,
            "{:id_width$}  {:8}  {}",
            rule.id.as_str(),
            rule.verdict.as_str(),
            rule.summary
        );
    }
    let _ = writeln!(out, "\n{} rules; `crosscheck rules ID` explains one.", chosen.len());
    out
}

fn list_markdown(chosen: &[&Rule]) -> String {
    let mut out = String::from("| Rule | Verdict | Summary |\n|---|---|---|\n");
    for rule in chosen {
        let _ = writeln!(
            out,
            "| `{}` | {} | {} |",
            rule.id.as_str(),
            rule.verdict.as_str(),
            rule.summary.replace('|', "\\|")
        );
    }
    out
}

/// One rule for people: summary, why, and its example as the source files it would be.
fn explain_text(rule: &Rule) -> String {
    let mut out = format!("{} ({})\n\n", rule.id.as_str(), rule.verdict.as_str());
    push_wrapped(&mut out, rule.summary, "");
    out.push_str("\nWhy an editor cares:\n");
    push_wrapped(&mut out, rule.why, "  ");
    let _ = writeln!(out, "\nExample (judged {}):", rule.verdict.as_str());
    push_example(&mut out, rule.example, "  ");
    out
}

fn explain_markdown(rule: &Rule) -> String {
    let mut out = format!(
        "## `{}` ({})\n\n{}\n\n**Why an editor cares.** {}\n\n**Example** (judged {}):\n\n```yaml\n",
        rule.id.as_str(),
        rule.verdict.as_str(),
        rule.summary,
        rule.why,
        rule.verdict.as_str()
    );
    push_example(&mut out, rule.example, "");
    out.push_str("```\n");
    out
}

/// The example's claims under the source file each is in.
fn push_example(out: &mut String, example: &[ExampleClaim], indent: &str) {
    let mut previous: Option<&str> = None;
    for claim in example {
        if previous != Some(claim.source) {
            let _ = writeln!(
                out,
                "{indent}# sources/{}.yaml, published {}",
                claim.source, claim.published
            );
            previous = Some(claim.source);
        }
        let _ = writeln!(out, "{indent}- {}", claim.to_yaml());
    }
}

/// Longest line of wrapped text.
const WIDTH: usize = 88;

/// `text` in lines of at most [`WIDTH`] columns (a longer word stands alone), each indented.
fn push_wrapped(out: &mut String, text: &str, indent: &str) {
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && indent.len() + line.len() + 1 + word.len() > WIDTH {
            let _ = writeln!(out, "{indent}{line}");
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        let _ = writeln!(out, "{indent}{line}");
    }
}

fn json(value: &impl Serialize) -> String {
    // Serialising rules (plain structs of strings) cannot fail.
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}
