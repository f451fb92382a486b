//! A synthetic corpus of any size, for benchmarks and scale tests:
//!
//! ```sh
//! cargo run --release --example generate -- --claims 100000 --format jsonl --conflicts 25 --out /tmp/corpus
//! crosscheck check /tmp/corpus --format json
//! ```
//!
//! Its shape follows research corpora: subjects named by aliases (the registry knows the
//! first thousand; the others come through an open registry), hedged numbers (`about 1,500`,
//! `more than 90`, `between 40 and 50`), dates of day, month and year precision, ages, claims
//! copied from wire agencies, one very large group (a tenth of the claims by default), and a
//! known number of injected conflicts: every other group is compatible by construction.
//! `expected.json` in the output folder lists the injected conflicts.

// A generator that cannot do its job should stop loudly.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// What to generate.
#[derive(Debug, Clone)]
pub struct Options {
    /// How many claims.
    pub claims: usize,
    /// JSON Lines (`bulk/`) or YAML (`sources/` and `texts/`).
    pub format: Format,
    /// How many groups get a conflicting claim (the big group first).
    pub conflicts: usize,
    /// Claims in the one very large group.
    pub big_group: usize,
    /// Seed of the pseudo-random choices.
    pub seed: u64,
    /// The corpus folder to write (created; must not exist or be empty).
    pub out: PathBuf,
}

/// The two layouts of a generated corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `bulk/claims-NNN.jsonl`, 100,000 claims a file.
    JsonLines,
    /// One YAML file and one text per source.
    Yaml,
}

/// What the generated corpus holds, written to `expected.json`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expected {
    /// Claims written.
    pub claims: usize,
    /// Groups of two or more claims.
    pub groups: usize,
    /// The groups with an injected conflict: (subject id, property).
    pub conflicting: Vec<(String, String)>,
}

const PROPERTIES: [&str; 3] = ["fighter-count", "founded", "age"];
const REGISTERED: usize = 1000;
const CLAIMS_PER_FILE: usize = 100_000;
const SOURCES_PER_CLAIM: usize = 100;

/// SplitMix64: small, fast and good enough for shaping test data.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// One claim to write.
struct Generated {
    source: usize,
    subject: String,
    property: &'static str,
    value: String,
    as_of: String,
    hedge: Option<&'static str>,
    origin: Option<String>,
}

/// Writes the corpus and returns what it holds.
pub fn generate(options: &Options) -> std::io::Result<Expected> {
    let mut random = Random(options.seed);
    let sources = (options.claims / SOURCES_PER_CLAIM).max(5);
    let mut claims = Vec::with_capacity(options.claims);
    let mut conflicting = Vec::new();
    let big = options.big_group.min(options.claims);
    let mut groups = 0;
    let mut subject_index = 0;
    let mut remaining = options.claims;
    while remaining > 0 {
        let size = if groups == 0 && big >= 2 {
            big
        } else {
            (2 + random.below(5)).min(remaining)
        };
        let property = PROPERTIES[groups % PROPERTIES.len()];
        if groups % PROPERTIES.len() == 0 && groups > 0 {
            subject_index += 1;
        }
        let conflict = size >= 2 && wants_conflict(groups, options, estimated_groups(options));
        if conflict {
            conflicting.push((format!("subject-{subject_index}"), property.to_owned()));
        }
        write_group(
            &mut random,
            &mut claims,
            (subject_index, property),
            size,
            conflict,
            sources,
        );
        if size >= 2 {
            groups += 1;
        }
        remaining -= size;
    }
    std::fs::create_dir_all(&options.out)?;
    let registered = match options.format {
        Format::JsonLines => REGISTERED,
        Format::Yaml => usize::MAX,
    };
    write_entities(&options.out, subject_index + 1, registered)?;
    match options.format {
        Format::JsonLines => write_json_lines(&options.out, &claims)?,
        Format::Yaml => write_yaml(&options.out, &claims, sources)?,
    }
    let expected = Expected {
        claims: claims.len(),
        groups,
        conflicting,
    };
    write_expected(&options.out, &expected)?;
    Ok(expected)
}

fn estimated_groups(options: &Options) -> usize {
    let big = options.big_group.min(options.claims);
    1 + options.claims.saturating_sub(big) / 4
}

/// Conflicts go to the big group first, then to groups spread evenly over the corpus.
fn wants_conflict(group: usize, options: &Options, groups: usize) -> bool {
    if options.conflicts == 0 {
        return false;
    }
    if group == 0 {
        return true;
    }
    let others = options.conflicts - 1;
    let step = (groups / (others + 1)).max(1);
    others > 0 && group.is_multiple_of(step) && group / step <= others
}

fn write_group(
    random: &mut Random,
    claims: &mut Vec<Generated>,
    (subject, property): (usize, &'static str),
    size: usize,
    conflict: bool,
    sources: usize,
) {
    let base_count = 20 + random.below(3000);
    let base_year = 1990 + random.below(30);
    let base_month = 1 + random.below(12);
    let base_day = 1 + random.below(28);
    let base_age = 25 + random.below(40);
    for n in 0..size {
        let odd_one = conflict && n == size - 1;
        let value = match property {
            "fighter-count" if odd_one => thousands(base_count * 10 + 500),
            // The claim the odd one contradicts: a bounded reading.
            "fighter-count" if conflict && n == 0 => thousands(base_count),
            "fighter-count" => count_form(random, base_count),
            "founded" if odd_one => format!("{}", base_year + 7),
            "founded" => date_form(random, base_year, base_month, base_day),
            _ if odd_one => format!("{}", base_age + 25),
            _ => age_form(random, base_age),
        };
        let copied = random.below(7) == 0;
        claims.push(Generated {
            source: random.below(sources),
            subject: spelling(random, subject),
            property,
            value,
            as_of: format!("2025-03-0{}", 1 + random.below(7)),
            hedge: (random.below(10) == 0).then_some("reportedly"),
            origin: copied.then(|| format!("Wire Agency {}", random.below(3))),
        });
    }
}

/// A subject by any of its names (the first thousand, registered in every format); the
/// others by their one name.
fn spelling(random: &mut Random, subject: usize) -> String {
    if subject >= REGISTERED {
        return format!("Subject {subject}");
    }
    match random.below(3) {
        0 => format!("Subject {subject}"),
        1 => format!("Subj. {subject}"),
        _ => format!("subject-{subject}"),
    }
}

fn thousands(n: usize) -> String {
    if n < 1000 {
        n.to_string()
    } else {
        format!("{},{:03}", n / 1000, n % 1000)
    }
}

/// A reading of `n` that contains `n`.
fn count_form(random: &mut Random, n: usize) -> String {
    let tenth = (n / 10).max(1);
    match random.below(7) {
        0 | 1 => thousands(n),
        2 => format!("about {}", thousands(n)),
        3 => format!("around {}", thousands(n)),
        4 => format!("more than {}", thousands(n - tenth)),
        5 => format!("at least {}", thousands(n)),
        _ => format!("between {} and {}", thousands(n - tenth), thousands(n + tenth)),
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date of day, month or year precision that contains the day.
fn date_form(random: &mut Random, year: usize, month: usize, day: usize) -> String {
    match random.below(4) {
        0 => format!("{year}-{month:02}-{day:02}"),
        1 => format!("{} {year}", MONTHS[month - 1]),
        2 => format!("{year}"),
        _ => format!("{day} {} {year}", MONTHS[month - 1]),
    }
}

fn age_form(random: &mut Random, age: usize) -> String {
    match random.below(3) {
        0 => age.to_string(),
        1 => format!("aged {age}"),
        _ => format!("{age}-year-old"),
    }
}

/// The registry: `registered` subjects with an alias (YAML claims need every subject
/// registered; bulk claims find the others through the open registry).
fn write_entities(out: &Path, subjects: usize, registered: usize) -> std::io::Result<()> {
    let mut yaml = String::from("# Subjects beyond the registered ones come from the data.\nopen: true\nentities:\n");
    for subject in 0..subjects.min(registered) {
        let _ = writeln!(
            yaml,
            "  - {{ id: subject-{subject}, kind: group, name: Subject {subject}, aliases: [Subj. {subject}] }}"
        );
    }
    std::fs::write(out.join("entities.yaml"), yaml)
}

fn json_text(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

fn write_json_lines(out: &Path, claims: &[Generated]) -> std::io::Result<()> {
    let bulk = out.join("bulk");
    std::fs::create_dir_all(&bulk)?;
    for (file, chunk) in claims.chunks(CLAIMS_PER_FILE).enumerate() {
        let mut text = String::with_capacity(chunk.len() * 160);
        for claim in chunk {
            let _ = write!(
                text,
                r#"{{"source": "Outlet {}", "subject": {}, "property": "{}", "value": {}, "as_of": "{}""#,
                claim.source,
                json_text(&claim.subject),
                claim.property,
                json_text(&claim.value),
                claim.as_of
            );
            if let Some(hedge) = claim.hedge {
                let _ = write!(text, r#", "hedge": "{hedge}""#);
            }
            if let Some(origin) = &claim.origin {
                let _ = write!(text, r#", "origin": "{origin}""#);
            }
            text.push_str("}\n");
        }
        std::fs::write(bulk.join(format!("claims-{file:03}.jsonl")), text)?;
    }
    Ok(())
}

fn write_yaml(out: &Path, claims: &[Generated], sources: usize) -> std::io::Result<()> {
    std::fs::create_dir_all(out.join("sources"))?;
    std::fs::create_dir_all(out.join("texts"))?;
    let mut files: Vec<(String, String)> = (0..sources)
        .map(|source| {
            let yaml = format!(
                "outlet: Outlet {source}\ntitle: Generated report {source}\npublished: 2025-03-08\nlanguage: en\nclaims:\n"
            );
            (yaml, String::new())
        })
        .collect();
    for (n, claim) in claims.iter().enumerate() {
        let (yaml, text) = &mut files[claim.source];
        let quote = format!("{} has {} {} (item {n}).", claim.subject, claim.property, claim.value);
        let _ = writeln!(text, "{quote}");
        let _ = write!(
            yaml,
            "  - id: c-{n}\n    subject: {}\n    property: {}\n    value: {}\n    quote: {}\n    as_of: {}\n",
            json_text(&claim.subject),
            claim.property,
            json_text(&claim.value),
            json_text(&quote),
            claim.as_of
        );
        if let Some(hedge) = claim.hedge {
            let _ = writeln!(yaml, "    hedge: {hedge}");
        }
        if let Some(origin) = &claim.origin {
            let _ = writeln!(yaml, "    origin: {origin}");
        }
    }
    for (source, (yaml, text)) in files.into_iter().enumerate() {
        let yaml = if yaml.ends_with("claims:\n") {
            yaml.replace("claims:\n", "claims: []\n")
        } else {
            yaml
        };
        std::fs::write(out.join(format!("sources/outlet-{source}.yaml")), yaml)?;
        std::fs::write(
            out.join(format!("texts/outlet-{source}.txt")),
            format!("Generated report.\n{text}"),
        )?;
    }
    Ok(())
}

fn write_expected(out: &Path, expected: &Expected) -> std::io::Result<()> {
    let pairs: Vec<String> = expected
        .conflicting
        .iter()
        .map(|(subject, property)| format!("[\"{subject}\", \"{property}\"]"))
        .collect();
    std::fs::write(
        out.join("expected.json"),
        format!(
            "{{\"claims\": {}, \"groups\": {}, \"conflicts\": {}, \"conflicting\": [{}]}}\n",
            expected.claims,
            expected.groups,
            expected.conflicting.len(),
            pairs.join(", ")
        ),
    )
}

fn usage() -> ! {
    eprintln!("usage: generate --claims N --out DIR [--format jsonl|yaml] [--conflicts K] [--big-group N] [--seed S]");
    std::process::exit(2)
}

fn parse_options(args: &[String]) -> Option<Options> {
    let mut options = Options {
        claims: 0,
        format: Format::JsonLines,
        conflicts: 10,
        big_group: 0,
        seed: 7,
        out: PathBuf::new(),
    };
    let mut big_group = None;
    let mut pairs = args.chunks(2);
    for pair in &mut pairs {
        let [flag, value] = pair else { return None };
        match flag.as_str() {
            "--claims" => options.claims = value.parse().ok()?,
            "--out" => options.out = PathBuf::from(value),
            "--format" if value == "jsonl" => options.format = Format::JsonLines,
            "--format" if value == "yaml" => options.format = Format::Yaml,
            "--conflicts" => options.conflicts = value.parse().ok()?,
            "--big-group" => big_group = Some(value.parse().ok()?),
            "--seed" => options.seed = value.parse().ok()?,
            _ => return None,
        }
    }
    if options.claims == 0 || options.out.as_os_str().is_empty() {
        return None;
    }
    options.big_group = big_group.unwrap_or(options.claims / 10);
    Some(options)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(options) = parse_options(&args) else { usage() };
    match generate(&options) {
        Ok(expected) => println!(
            "{} claims, {} groups, {} injected conflicts in {}",
            expected.claims,
            expected.groups,
            expected.conflicting.len(),
            options.out.display()
        ),
        Err(error) => {
            eprintln!("error: cannot write the corpus: {error}");
            std::process::exit(2)
        }
    }
}
