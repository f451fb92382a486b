//! Entity references and open-world sets of them, as written.

/// Entities named (and explicitly excluded) by a value, before resolution to ids.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EntitySet {
    /// Names the value includes, in the order written, trimmed.
    pub included: Vec<String>,
    /// Names the value explicitly excludes (`not Islamic State`).
    pub excluded: Vec<String>,
    /// The value was `none`: the claim says there is no such entity.
    pub none: bool,
}

use super::lexer::tidy;

impl EntitySet {
    /// The set as written back: `none`, or the names and `not` exclusions joined by commas.
    pub fn describe(&self) -> String {
        if self.none {
            return "none".to_owned();
        }
        let excluded = self.excluded.iter().map(|name| format!("not {name}"));
        self.included
            .iter()
            .cloned()
            .chain(excluded)
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Adds everything in `other` (names already present, ignoring case, are not repeated).
    pub fn merge(&mut self, other: EntitySet) {
        for name in other.included {
            push_unique(&mut self.included, name);
        }
        for name in other.excluded {
            push_unique(&mut self.excluded, name);
        }
        self.none |= other.none;
    }

    /// Adds one written item: `none`, `not X` / `no X` (excluded), or a name.
    fn add_item(&mut self, item: &str) {
        let item = item.trim();
        if item.is_empty() {
            return;
        }
        if item.eq_ignore_ascii_case("none") {
            self.none = true;
        } else if let Some(name) = strip_word(item, "not").or_else(|| strip_word(item, "no")) {
            push_unique(&mut self.excluded, name.to_string());
        } else {
            push_unique(&mut self.included, item.to_string());
        }
    }
}

/// Appends `name` unless an equal name (ignoring case) is already there.
fn push_unique(names: &mut Vec<String>, name: String) {
    if !names.iter().any(|n| n.to_lowercase() == name.to_lowercase()) {
        names.push(name);
    }
}

/// `text` without a leading `word` and the space after it (ignoring ASCII case), when
/// something follows.
fn strip_word<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    let (head, rest) = text.split_at_checked(word.len())?;
    let rest = rest.strip_prefix(' ')?.trim_start();
    (head.eq_ignore_ascii_case(word) && !rest.is_empty()).then_some(rest)
}

/// The value tidied, with a trailing period dropped unless the last word is an abbreviation
/// with other periods (`U.S.`).
fn tidy_name(written: &str) -> String {
    let tidied = tidy(written);
    let Some(stripped) = tidied.strip_suffix('.') else {
        return tidied;
    };
    let last_word = stripped.rsplit(' ').next().unwrap_or(stripped);
    if last_word.contains('.') {
        tidied
    } else {
        stripped.trim_end().to_string()
    }
}

/// One entity as written: a name, `not X`, or `none`; commas and `and` are part of the name.
pub(super) fn parse_entity(written: &str) -> EntitySet {
    let mut set = EntitySet::default();
    set.add_item(&tidy_name(written));
    set
}

/// A set of entities written as one string: items separated by commas, semicolons and a
/// final ` and `.
pub(super) fn parse_entities(written: &str) -> EntitySet {
    let text = tidy_name(written);
    let mut items: Vec<&str> = text.split([',', ';']).map(str::trim).collect();
    if let Some(last) = items.pop() {
        match split_final_and(last) {
            Some((left, right)) => items.extend([left, right]),
            None => items.push(last),
        }
    }
    let mut set = EntitySet::default();
    for item in items {
        set.add_item(strip_word(item, "and").unwrap_or(item));
    }
    set
}

/// The item split at its last ` and ` (ignoring ASCII case), when both sides are non-empty.
fn split_final_and(item: &str) -> Option<(&str, &str)> {
    let lower = item.to_ascii_lowercase();
    let at = lower.rfind(" and ")?;
    let left = item.get(..at)?.trim();
    let right = item.get(at + " and ".len()..)?.trim();
    (!left.is_empty() && !right.is_empty()).then_some((left, right))
}

#[cfg(test)]
mod tests {
    use super::{EntitySet, parse_entities, parse_entity};

    fn set(included: &[&str], excluded: &[&str], none: bool) -> EntitySet {
        EntitySet {
            included: included.iter().map(|s| s.to_string()).collect(),
            excluded: excluded.iter().map(|s| s.to_string()).collect(),
            none,
        }
    }

    #[test]
    fn one_entity() {
        assert_eq!(parse_entity("82nd Division"), set(&["82nd Division"], &[], false));
        assert_eq!(parse_entity(" None "), set(&[], &[], true));
        assert_eq!(
            parse_entity("Ministry of Defence and Interior, Syria"),
            set(&["Ministry of Defence and Interior, Syria"], &[], false)
        );
        assert_eq!(parse_entity("not Islamic State"), set(&[], &["Islamic State"], false));
        assert_eq!(parse_entity("U.S."), set(&["U.S."], &[], false));
        assert_eq!(parse_entity("Ghuraba."), set(&["Ghuraba"], &[], false));
        assert_eq!(parse_entity("Al-Shar’"), set(&["Al-Shar'"], &[], false));
    }

    #[test]
    fn several_entities() {
        assert_eq!(
            parse_entities("Uzbek fighters, Turkistan Islamic Party"),
            set(&["Uzbek fighters", "Turkistan Islamic Party"], &[], false)
        );
        assert_eq!(
            parse_entities("Uzbek fighters, Turkistan Islamic Party and Tajiks"),
            set(&["Uzbek fighters", "Turkistan Islamic Party", "Tajiks"], &[], false)
        );
        assert_eq!(parse_entities("A; B, and C"), set(&["A", "B", "C"], &[], false));
        assert_eq!(parse_entities("A, , B,"), set(&["A", "B"], &[], false));
        assert_eq!(
            parse_entities("Ghuraba, not Islamic State, no HTS"),
            set(&["Ghuraba"], &["Islamic State", "HTS"], false)
        );
        assert_eq!(parse_entities("none"), set(&[], &[], true));
        assert_eq!(parse_entities("A, a"), set(&["A"], &[], false));
        assert_eq!(parse_entities("Nothing"), set(&["Nothing"], &[], false));
    }

    #[test]
    fn merge() {
        let mut a = set(&["A"], &[], false);
        a.merge(set(&["a", "B"], &["C"], true));
        assert_eq!(a, set(&["A", "B"], &["C"], true));
    }
}
